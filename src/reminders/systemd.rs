//! Linux: a systemd user timer and service in `~/.config/systemd/user/`, enabled with
//! `systemctl --user`.
//!
//! The timer fires daily at the reminder time (`Persistent=false`: a reminder missed while the
//! computer was off is not shown later). The service first checks that the program is still
//! there; when it is not (the package was removed), it disables the timer and deletes both
//! units, so no job is left pointing at a missing binary. Where no systemd user session runs
//! (containers, some minimal systems) nothing is installed and the error says so.

use std::path::{Path, PathBuf};

use chrono::NaiveTime;

use super::{
    InstalledReminder, JobPart, ReminderError, ReminderJob, ReminderNote, Scheduler, Unavailable,
    parse_time, recorded_language, remove_job_file, run, time_text, write_job_file,
};

/// The units' name, without the `.timer` and `.service` suffixes.
pub const UNIT_NAME: &str = "relief-journal-reminder";

/// The folder of the user's own units under the configuration folder (`systemd/user`).
pub fn unit_folder(config_home: &Path) -> PathBuf {
    config_home.join("systemd").join("user")
}

/// The timer unit's file.
pub fn timer_path(config_home: &Path) -> PathBuf {
    unit_folder(config_home).join(format!("{UNIT_NAME}.timer"))
}

/// The service unit's file.
pub fn service_path(config_home: &Path) -> PathBuf {
    unit_folder(config_home).join(format!("{UNIT_NAME}.service"))
}

/// The link `systemctl --user enable` makes for the timer.
fn wants_link(config_home: &Path) -> PathBuf {
    unit_folder(config_home)
        .join("timers.target.wants")
        .join(format!("{UNIT_NAME}.timer"))
}

/// The timer unit: daily at `job.at`, local time, not caught up after the computer was off.
pub fn timer_unit(job: &ReminderJob) -> String {
    format!(
        "# Written by Relief Journal (relief-journal reminders on); removed by `relief-journal reminders off`.\n\
         [Unit]\n\
         Description=Relief Journal: daily reminder to log the day at {at}\n\
         \n\
         [Timer]\n\
         OnCalendar=*-*-* {at}:00\n\
         Persistent=false\n\
         Unit={UNIT_NAME}.service\n\
         \n\
         [Install]\n\
         WantedBy=timers.target\n",
        at = time_text(job.at),
    )
}

/// The service unit: runs `program --db journal --fallback-lang LANG remind`, after removing
/// the timer and itself when the program is gone.
///
/// # Errors
///
/// [`ReminderError::LineBreak`] when a path holds a line break, which a unit file cannot hold.
pub fn service_unit(job: &ReminderJob, config_home: &Path) -> Result<String, ReminderError> {
    let program = quote(&job.program)?;
    let journal = quote(&job.journal)?;
    let timer = quote(&timer_path(config_home))?;
    let service = quote(&service_path(config_home))?;
    let remind: String = job
        .command_args()
        .iter()
        .map(|arg| format!(" \"{arg}\""))
        .collect();
    Ok(format!(
        "# Written by Relief Journal (relief-journal reminders on); removed by `relief-journal reminders off`.\n\
         [Unit]\n\
         Description=Relief Journal: remind to log the day when it is not logged\n\
         \n\
         [Service]\n\
         Type=exec\n\
         # When the program was uninstalled, remove this reminder instead of running it.\n\
         ExecCondition=/bin/sh -c '{SELF_REMOVAL}' {program} {timer} {service}\n\
         ExecStart={program} \"--db\" {journal}{remind}\n"
    ))
}

/// The shell test of the service's `ExecCondition`: `$0` is the program, `$1` and `$2` the unit
/// files (`$$` is how a unit file writes `$`). Exit status 1 skips the service without failing it.
const SELF_REMOVAL: &str = "test -x \"$$0\" || { systemctl --user disable --now relief-journal-reminder.timer; rm -f \"$$1\" \"$$2\"; systemctl --user daemon-reload; exit 1; }";

/// Quotes a path as one argument of a unit file's command line.
fn quote(path: &Path) -> Result<String, ReminderError> {
    let text = path.to_string_lossy();
    if text.contains(['\n', '\r']) {
        return Err(ReminderError::LineBreak {
            path: path.to_owned(),
        });
    }
    let mut quoted = String::from("\"");
    for character in text.chars() {
        match character {
            '\\' => quoted.push_str("\\\\"),
            '"' => quoted.push_str("\\\""),
            '%' => quoted.push_str("%%"),
            '$' => quoted.push_str("$$"),
            other => quoted.push(other),
        }
    }
    quoted.push('"');
    Ok(quoted)
}

/// The program and arguments of a service's `ExecStart=` line as this module writes them, or
/// `None` when the text has no such line.
pub fn exec_start_args(service: &str) -> Option<Vec<String>> {
    service
        .lines()
        .find_map(|line| line.strip_prefix("ExecStart="))
        .map(unquote_all)
}

/// Reads back the arguments [`quote`] wrote on a command line.
fn unquote_all(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut characters = line.chars();
    while let Some(character) = characters.next() {
        if character != '"' {
            continue;
        }
        let mut word = String::new();
        while let Some(character) = characters.next() {
            match character {
                '"' => break,
                '\\' => word.extend(characters.next()),
                '%' | '$' => {
                    word.push(character);
                    characters.next();
                }
                other => word.push(other),
            }
        }
        words.push(word);
    }
    words
}

/// Why no reminder can run here, or `None` when a systemd user manager answers.
pub(super) fn unavailable(scheduler: &Scheduler) -> Option<Unavailable> {
    session_error(scheduler).map(|detail| Unavailable::NoUserSession { detail })
}

/// Whether a systemd user manager answers for this user.
fn session_error(scheduler: &Scheduler) -> Option<String> {
    let mut probe = scheduler.tool("systemctl");
    probe.args(["--user", "show-environment"]);
    run(probe).err().map(|error| error.to_string())
}

fn systemctl(scheduler: &Scheduler, args: &[&str]) -> Result<String, ReminderError> {
    let mut command = scheduler.tool("systemctl");
    command.arg("--user").args(args);
    run(command)
}

/// Writes both units, then enables and (re)starts the timer.
pub(super) fn install(scheduler: &Scheduler, job: &ReminderJob) -> Result<(), ReminderError> {
    if let Some(why) = session_error(scheduler) {
        return Err(ReminderError::NoUserSession { detail: why });
    }
    let config = &scheduler.config_home;
    let service = service_unit(job, config)?;
    write_job_file(&service_path(config), service.as_bytes())?;
    write_job_file(&timer_path(config), timer_unit(job).as_bytes())?;
    let timer = format!("{UNIT_NAME}.timer");
    let enabled = systemctl(scheduler, &["daemon-reload"])
        .and_then(|_| systemctl(scheduler, &["enable", &timer]))
        .and_then(|_| systemctl(scheduler, &["restart", &timer]));
    if let Err(error) = enabled {
        // Leave nothing half installed.
        remove(scheduler)?;
        return Err(error);
    }
    Ok(())
}

/// Disables the timer (when a session runs) and deletes both units and the enable link.
pub(super) fn remove(scheduler: &Scheduler) -> Result<Vec<JobPart>, ReminderError> {
    let config = &scheduler.config_home;
    let session = session_error(scheduler).is_none();
    let timer = format!("{UNIT_NAME}.timer");
    if session && timer_path(config).exists() {
        // A timer that was never loaded cannot be stopped; its files go all the same.
        if let Err(error) = systemctl(scheduler, &["disable", "--now", &timer]) {
            log::warn!("{error}");
        }
    }
    let mut removed = Vec::new();
    for path in [wants_link(config), timer_path(config), service_path(config)] {
        if remove_job_file(&path)? {
            removed.push(JobPart::File(path));
        }
    }
    if session && !removed.is_empty() {
        systemctl(scheduler, &["daemon-reload"])?;
    }
    // The folders made for the units go too when nothing else is in them.
    let folder = unit_folder(config);
    for empty in [folder.join("timers.target.wants"), folder.clone()] {
        let _ = std::fs::remove_dir(empty);
    }
    if let Some(systemd) = folder.parent() {
        let _ = std::fs::remove_dir(systemd);
    }
    Ok(removed)
}

/// Reads the timer's time and the service's journal back.
pub(super) fn status(scheduler: &Scheduler) -> Result<Option<InstalledReminder>, ReminderError> {
    let config = &scheduler.config_home;
    let timer_file = timer_path(config);
    let Some(timer) = read_optional(&timer_file)? else {
        return Ok(None);
    };
    let Some(at) = timer
        .lines()
        .find_map(|line| line.strip_prefix("OnCalendar=*-*-* "))
        .and_then(calendar_time)
    else {
        return Err(ReminderError::NotOurTimer { path: timer_file });
    };
    let service_file = service_path(config);
    let words = read_optional(&service_file)?
        .and_then(|service| exec_start_args(&service))
        .unwrap_or_default();
    let journal = words
        .iter()
        .position(|word| word == "--db")
        .and_then(|db| words.get(db + 1))
        .map(PathBuf::from);
    let infusion_eve = words.iter().any(|word| word == super::INFUSION_EVE_FLAG);
    let note = match session_error(scheduler) {
        Some(_) => Some(ReminderNote::NoUserSession),
        None => {
            let mut command = scheduler.tool("systemctl");
            command.args(["--user", "is-enabled", &format!("{UNIT_NAME}.timer")]);
            match run(command) {
                Ok(state) if state.trim() == "enabled" => None,
                Ok(state) => Some(ReminderNote::TimerState(state.trim().to_owned())),
                Err(_) => Some(ReminderNote::TimerNotEnabled),
            }
        }
    };
    Ok(Some(InstalledReminder {
        at,
        journal,
        infusion_eve,
        language: recorded_language(&words),
        parts: vec![JobPart::File(timer_file), JobPart::File(service_file)],
        note,
    }))
}

/// `20:00:00` to 20:00.
fn calendar_time(text: &str) -> Option<NaiveTime> {
    let hours_minutes = text.trim().strip_suffix(":00")?;
    parse_time(hours_minutes).ok()
}

fn read_optional(path: &Path) -> Result<Option<String>, ReminderError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(ReminderError::Io {
            path: path.to_owned(),
            source,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(program: &str, journal: &str) -> ReminderJob {
        ReminderJob {
            at: NaiveTime::from_hms_opt(7, 30, 0).unwrap(),
            program: PathBuf::from(program),
            journal: PathBuf::from(journal),
            infusion_eve: false,
        }
    }

    #[test]
    fn the_timer_runs_daily_without_catching_up() {
        let timer = timer_unit(&job("/usr/bin/relief-journal", "/home/a/j.db"));
        assert!(timer.contains("\nOnCalendar=*-*-* 07:30:00\n"), "{timer}");
        assert!(timer.contains("\nPersistent=false\n"), "{timer}");
        assert!(
            timer.contains("\nUnit=relief-journal-reminder.service\n"),
            "{timer}"
        );
    }

    #[test]
    fn paths_are_quoted_and_read_back() {
        let odd = "/home/a/100% \"mine\" $HOME\\j.db";
        let service = service_unit(&job("/usr/bin/relief-journal", odd), Path::new("/c")).unwrap();
        let exec = service
            .lines()
            .find_map(|line| line.strip_prefix("ExecStart="))
            .unwrap();
        assert_eq!(
            exec,
            r#""/usr/bin/relief-journal" "--db" "/home/a/100%% \"mine\" $$HOME\\j.db" "--fallback-lang" "en_US" "remind""#
        );
        assert_eq!(
            unquote_all(exec),
            [
                "/usr/bin/relief-journal",
                "--db",
                odd,
                "--fallback-lang",
                "en_US",
                "remind"
            ]
        );
    }

    #[test]
    fn a_line_break_in_a_path_is_refused() {
        let error = service_unit(&job("/usr/bin/relief-journal", "/a\nb"), Path::new("/c"));
        assert!(matches!(error, Err(ReminderError::LineBreak { .. })));
    }
}
