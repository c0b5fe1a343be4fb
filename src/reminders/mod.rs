//! Reminders to log the day, run by the operating system's own scheduler while the app is closed.
//!
//! Nothing of ours stays resident. `relief-journal reminders on --at HH:MM` (or the switch in
//! Settings) writes one daily job for the current user that runs `relief-journal --db JOURNAL
//! remind`: a systemd user timer and service on Linux ([`systemd`]), a Task Scheduler task on
//! Windows ([`task_scheduler`]), a LaunchAgent on macOS ([`launchd`]). `remind` shows one desktop
//! notification ([`notify`]) when the journal day has no entry. Turning the reminder off removes
//! everything it wrote.
//!
//! The job is the one record of the reminder: its time and journal are read back from it, so the
//! journal file holds no reminder setting (a journal copied to another computer or imported does
//! not carry a reminder with it).
//!
//! Every platform's files and command lines are made by plain functions, compiled everywhere, so
//! they are tested on any machine; only [`Scheduler`] runs the system's tools, and it takes the
//! folders and the tools' folder from its caller, so tests never touch the real user's setup.

pub mod launchd;
pub mod notify;
pub mod systemd;
pub mod task_scheduler;

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{NaiveDateTime, NaiveTime, Timelike};

use crate::domain::{Allowed, Locale, ValidationError};
use crate::wording::language::current_locale;

/// The time offered when the reminder is first turned on (20:00).
pub const DEFAULT_REMINDER_TIME: (u32, u32) = (20, 0);

/// The default reminder time as a [`NaiveTime`].
pub fn default_reminder_time() -> NaiveTime {
    NaiveTime::from_hms_opt(DEFAULT_REMINDER_TIME.0, DEFAULT_REMINDER_TIME.1, 0)
        .unwrap_or(NaiveTime::MIN)
}

/// Reads a reminder time typed as `HH:MM` (24-hour clock, `20:00`, `7:30`).
///
/// # Errors
///
/// [`ValidationError`] for the field `at` naming what is allowed.
pub fn parse_time(text: &str) -> Result<NaiveTime, ValidationError> {
    let error = || ValidationError::new("at", text, Allowed::TimeOfDay);
    let (hours, minutes) = text.trim().split_once(':').ok_or_else(error)?;
    if minutes.len() != 2 || hours.is_empty() || hours.len() > 2 {
        return Err(error());
    }
    let hours: u32 = hours.parse().map_err(|_| error())?;
    let minutes: u32 = minutes.parse().map_err(|_| error())?;
    NaiveTime::from_hms_opt(hours, minutes, 0).ok_or_else(error)
}

/// A time as `HH:MM`.
pub fn time_text(at: NaiveTime) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// The first moment after `now` at which a daily job at `at` runs.
pub fn next_run(at: NaiveTime, now: NaiveDateTime) -> NaiveDateTime {
    let today = now.date().and_time(at);
    if today > now {
        today
    } else {
        (now.date() + chrono::Days::new(1)).and_time(at)
    }
}

/// What the user chose: the time, and whether to be reminded the day before a planned infusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReminderChoice {
    /// The time of day, local time.
    pub at: NaiveTime,
    /// Whether the reminder also comes the day before a planned infusion.
    pub infusion_eve: bool,
}

/// The command-line flag of `remind` that also reminds the day before a planned infusion.
pub const INFUSION_EVE_FLAG: &str = "--infusion-eve";

/// The program's option (before the subcommand) that names the language to speak when neither
/// `--lang` nor the journal's own language setting names one (or the setting cannot be read: a
/// journal protected by a passphrase), instead of the system's.
pub const FALLBACK_LANGUAGE_OPTION: &str = "--fallback-lang";

/// The daily job: run `program --db journal --fallback-lang LANG remind` (with
/// [`INFUSION_EVE_FLAG`] when `infusion_eve`) at `at` every day, recording the language the
/// program speaks while the job is written ([`FALLBACK_LANGUAGE_OPTION`]).
///
/// The scheduler runs `remind` with no terminal and often without the user's language in its
/// environment, and `remind` cannot read the language setting of a journal protected by a
/// passphrase. So the job carries the language spoken when it was turned on: the patient's in the
/// app, `--lang`, the journal's setting or the system's on the command line. `remind` still
/// prefers the journal's own setting whenever it can read it, so a change of language in the app
/// reaches an unprotected journal's reminder at once; for a protected journal the reminder keeps
/// the recorded language until the reminder is turned on again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderJob {
    /// The time of day, local time.
    pub at: NaiveTime,
    /// The `relief-journal` binary, an absolute path.
    pub program: PathBuf,
    /// The journal to look at, an absolute path.
    pub journal: PathBuf,
    /// Whether the reminder also comes the day before a planned infusion.
    pub infusion_eve: bool,
}

impl ReminderJob {
    /// The arguments after `--db JOURNAL`: the language the current thread speaks as the
    /// fallback language (`--fallback-lang es_MX`), then `remind` and the infusion-eve flag when
    /// asked for.
    pub fn command_args(&self) -> Vec<String> {
        let mut args = vec![
            FALLBACK_LANGUAGE_OPTION.to_owned(),
            locale_name(current_locale()),
            "remind".to_owned(),
        ];
        if self.infusion_eve {
            args.push(INFUSION_EVE_FLAG.to_owned());
        }
        args
    }
}

/// A locale as a job records it and [`Locale::parse`] reads it back: the language with its
/// region's conventions, `es_MX`, `en_US`.
pub fn locale_name(locale: Locale) -> String {
    locale.conventions().to_string()
}

/// The fallback language recorded in a job's arguments, if any.
fn recorded_language<S: AsRef<str>>(words: &[S]) -> Option<String> {
    words
        .iter()
        .position(|word| word.as_ref() == FALLBACK_LANGUAGE_OPTION)
        .and_then(|option| words.get(option + 1))
        .map(|name| name.as_ref().to_owned())
}

/// What is installed, read back from the system's files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledReminder {
    /// The time of day the job runs.
    pub at: NaiveTime,
    /// The journal it looks at, when it could be read back.
    pub journal: Option<PathBuf>,
    /// Whether it also reminds the day before a planned infusion.
    pub infusion_eve: bool,
    /// The language `remind` speaks when the journal's own setting cannot be read, as recorded
    /// in the job (`es_MX`); `None` for a job written before the language was recorded.
    pub language: Option<String>,
    /// The files (or, on Windows, the task) that make up the job.
    pub parts: Vec<JobPart>,
    /// What the system itself says, when it said something worth showing (the timer is not
    /// enabled).
    pub note: Option<ReminderNote>,
}

/// One part of the installed job, as `reminders status` and `reminders off` name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobPart {
    /// A file: a systemd unit, the enable link, a LaunchAgent.
    File(PathBuf),
    /// A task of Windows Task Scheduler, by its name.
    Task(String),
}

/// What the system says of an installed reminder, worth showing beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReminderNote {
    /// No systemd user session runs now, so the timer cannot run.
    NoUserSession,
    /// `systemctl` says the timer is in this state (`disabled`, `masked`), not `enabled`.
    TimerState(String),
    /// `systemctl` could not say that the timer is enabled.
    TimerNotEnabled,
}

/// Why the system cannot run a reminder for this user now; the app says it in plain words and
/// keeps the system's own words folded away, for whoever helps with the computer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// No systemd user session answers (a container, a remote or minimal session).
    NoUserSession {
        /// What `systemctl --user` said, already worded.
        detail: String,
    },
}

/// Which scheduler a [`Scheduler`] drives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// systemd user units.
    Systemd,
    /// Windows Task Scheduler (`schtasks`).
    TaskScheduler,
    /// macOS launchd (a LaunchAgent).
    Launchd,
}

impl Platform {
    /// The scheduler of the system this build runs on.
    pub fn current() -> Self {
        if cfg!(windows) {
            Self::TaskScheduler
        } else if cfg!(target_os = "macos") {
            Self::Launchd
        } else {
            Self::Systemd
        }
    }
}

/// Why a reminder could not be installed, removed, read or shown. Worded in
/// `crate::wording` (its `Display`).
#[derive(Debug)]
pub enum ReminderError {
    /// The user has no home folder.
    NoHomeFolder,
    /// The job was written but cannot be read back.
    NotReadBack,
    /// No systemd user session runs for this user, so nothing was installed.
    NoUserSession {
        /// What `systemctl` said.
        detail: String,
    },
    /// A system tool failed.
    Tool {
        /// The command that was run.
        tool: String,
        /// What it said.
        detail: String,
    },
    /// A file could not be read or written.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A path holds a line break, which a systemd unit cannot hold.
    LineBreak {
        /// The program or the journal.
        path: PathBuf,
    },
    /// The command would be longer than Task Scheduler takes.
    CommandTooLong {
        /// Its length in characters.
        length: usize,
        /// The most Task Scheduler takes.
        max: usize,
    },
    /// A path holds a double quote, which a Windows command line cannot pass on.
    DoubleQuote {
        /// The program or the journal.
        path: PathBuf,
    },
    /// The timer unit has no daily time this program wrote.
    NotOurTimer {
        /// The timer unit's file.
        path: PathBuf,
    },
    /// The LaunchAgent is not the one this program wrote.
    NotOurAgent {
        /// The agent's file.
        path: PathBuf,
    },
    /// The LaunchAgent's property list could not be written.
    PropertyList(String),
    /// The notification could not be shown.
    Notification(String),
}

impl std::error::Error for ReminderError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Installs, removes and reads the reminder job of one user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scheduler {
    /// Which scheduler.
    pub platform: Platform,
    /// The user's home folder (macOS: `~/Library/LaunchAgents` is under it).
    pub home: PathBuf,
    /// The user's configuration folder (Linux: `$XDG_CONFIG_HOME`, `~/.config`; the units go
    /// to `systemd/user` under it).
    pub config_home: PathBuf,
    /// Where to find `systemctl`, `schtasks` and `launchctl`; `None` for the `PATH`.
    pub tools: Option<PathBuf>,
}

impl Scheduler {
    /// The scheduler of the current user on this system.
    ///
    /// # Errors
    ///
    /// [`ReminderError::NoHomeFolder`] when the user has no home folder.
    pub fn for_current_user() -> Result<Self, ReminderError> {
        let dirs = directories::BaseDirs::new().ok_or(ReminderError::NoHomeFolder)?;
        Ok(Self {
            platform: Platform::current(),
            home: dirs.home_dir().to_owned(),
            config_home: dirs.config_dir().to_owned(),
            tools: None,
        })
    }

    /// Installs (or replaces) the daily job and returns what is installed.
    ///
    /// # Errors
    ///
    /// [`ReminderError`] when the scheduler cannot be reached or refuses the job; nothing of the
    /// job is left behind then.
    pub fn install(&self, job: &ReminderJob) -> Result<InstalledReminder, ReminderError> {
        match self.platform {
            Platform::Systemd => systemd::install(self, job),
            Platform::TaskScheduler => task_scheduler::install(self, job),
            Platform::Launchd => launchd::install(self, job),
        }?;
        self.status()?.ok_or(ReminderError::NotReadBack)
    }

    /// Removes the job and everything it installed; returns what was removed (empty when
    /// there was nothing).
    ///
    /// # Errors
    ///
    /// [`ReminderError`] when a file cannot be removed or the scheduler refuses.
    pub fn remove(&self) -> Result<Vec<JobPart>, ReminderError> {
        match self.platform {
            Platform::Systemd => systemd::remove(self),
            Platform::TaskScheduler => task_scheduler::remove(self),
            Platform::Launchd => launchd::remove(self),
        }
    }

    /// What is installed, or `None`.
    ///
    /// # Errors
    ///
    /// [`ReminderError`] when the job's files exist but cannot be read.
    pub fn status(&self) -> Result<Option<InstalledReminder>, ReminderError> {
        match self.platform {
            Platform::Systemd => systemd::status(self),
            Platform::TaskScheduler => task_scheduler::status(self),
            Platform::Launchd => launchd::status(self),
        }
    }

    /// Why the system cannot run a reminder for this user now (no systemd user session), or
    /// `None` when it can.
    pub fn unavailable(&self) -> Option<Unavailable> {
        match self.platform {
            Platform::Systemd => systemd::unavailable(self),
            Platform::TaskScheduler | Platform::Launchd => None,
        }
    }

    /// A command for one of the system's tools, from [`Scheduler::tools`] or the `PATH`.
    fn tool(&self, name: &str) -> Command {
        match &self.tools {
            Some(folder) => Command::new(folder.join(name)),
            None => Command::new(name),
        }
    }
}

/// Runs `command` and returns its standard output, or a [`ReminderError::Tool`] with what it
/// said on failure.
fn run(mut command: Command) -> Result<String, ReminderError> {
    let shown = format!(
        "{} {}",
        command.get_program().to_string_lossy(),
        command
            .get_args()
            .map(|arg| arg.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(" ")
    );
    let output = command.output().map_err(|error| ReminderError::Tool {
        tool: shown.clone(),
        detail: error.to_string(),
    })?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        let said = String::from_utf8_lossy(&output.stderr);
        let said = said.trim();
        Err(ReminderError::Tool {
            tool: shown,
            detail: if said.is_empty() {
                output.status.to_string()
            } else {
                said.lines().next().unwrap_or(said).to_owned()
            },
        })
    }
}

/// Writes a file of the job (readable by the user only), creating its folder.
fn write_job_file(path: &Path, text: &[u8]) -> Result<(), ReminderError> {
    let io = |source| ReminderError::Io {
        path: path.to_owned(),
        source,
    };
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(io)?;
    }
    crate::platform::write_private_file(path, text).map_err(io)
}

/// Removes a file of the job; returns whether it was there.
fn remove_job_file(path: &Path) -> Result<bool, ReminderError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(ReminderError::Io {
            path: path.to_owned(),
            source,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn time(hours: u32, minutes: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(hours, minutes, 0).unwrap()
    }

    #[test]
    fn times_are_read_as_hours_and_minutes() {
        assert_eq!(parse_time("20:00").unwrap(), time(20, 0));
        assert_eq!(parse_time(" 7:05 ").unwrap(), time(7, 5));
        assert_eq!(parse_time("00:00").unwrap(), time(0, 0));
        for bad in ["24:00", "20:60", "20", "8pm", "20:5", "-1:00", "123:00", ""] {
            let error = parse_time(bad).unwrap_err();
            assert_eq!(error.field, "at", "{bad}");
        }
        assert_eq!(time_text(time(7, 5)), "07:05");
    }

    #[test]
    fn the_job_records_the_language_spoken_while_it_is_written() {
        let job = ReminderJob {
            at: time(20, 0),
            program: PathBuf::from("/usr/bin/relief-journal"),
            journal: PathBuf::from("/home/a/journal.db"),
            infusion_eve: true,
        };
        assert_eq!(
            job.command_args(),
            ["--fallback-lang", "en_US", "remind", "--infusion-eve"]
        );
        let spain = Locale::parse("es-ES").unwrap();
        let args = crate::wording::language::with_locale(spain, || job.command_args());
        assert_eq!(recorded_language(&args).as_deref(), Some("es_ES"));
        assert_eq!(Locale::parse("es_ES"), Some(spain));
        assert_eq!(recorded_language(&["remind"]), None);
    }

    #[test]
    fn the_next_run_is_later_today_or_tomorrow() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        let at = time(20, 0);
        assert_eq!(
            next_run(at, day.and_hms_opt(19, 59, 0).unwrap()),
            day.and_hms_opt(20, 0, 0).unwrap()
        );
        let new_year = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        assert_eq!(
            next_run(at, day.and_hms_opt(20, 0, 0).unwrap()),
            new_year.and_hms_opt(20, 0, 0).unwrap()
        );
    }
}
