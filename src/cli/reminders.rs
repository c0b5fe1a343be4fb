//! `relief-journal reminders on --at HH:MM | off | status`: the daily reminder job of the
//! current user in the system's scheduler (see [`crate::reminders`]).

use std::path::Path;

use chrono::NaiveDateTime;
use clap::{Args, Subcommand};

use super::CliError;
use crate::domain::Locale;
use crate::reminders::{
    InstalledReminder, JobPart, ReminderError, ReminderJob, Scheduler, next_run, parse_time,
    time_text,
};
use crate::t;
use crate::wording::format::{list, weekday_date};
use crate::wording::language::language_name;

/// Arguments of `reminders`.
#[derive(Debug, Args)]
pub struct RemindersArgs {
    /// Turn the reminder on or off, or show it.
    #[command(subcommand)]
    action: RemindersAction,
}

/// What `reminders` does.
#[derive(Debug, Subcommand)]
enum RemindersAction {
    /// Remind me daily at this time when the journal day has no entry (replaces a reminder
    /// already on).
    On {
        /// The time of day, HH:MM on a 24-hour clock.
        #[arg(long, value_name = "HH:MM", default_value = "20:00")]
        at: String,
        /// Also remind, at the same time, the day before a planned infusion.
        #[arg(long)]
        infusion_eve: bool,
    },
    /// Remove the reminder and everything it installed.
    Off,
    /// Show what is installed and when it next runs.
    Status,
}

/// Turns the reminder on or off, or shows it.
///
/// # Errors
///
/// [`CliError::BadInput`] for a time that is not HH:MM or a journal that does not exist (nothing
/// is installed then);
/// [`CliError::Failure`] when the system's scheduler cannot be reached or refuses.
pub fn run(journal: &Path, args: &RemindersArgs, now: NaiveDateTime) -> Result<(), CliError> {
    match &args.action {
        RemindersAction::On { at, infusion_eve } => {
            let at = parse_time(at)?;
            if !journal.is_file() {
                return Err(CliError::BadInput(t!(
                    "cli-reminders-no-journal",
                    path = (journal.display().to_string())
                )));
            }
            let job = ReminderJob {
                at,
                program: std::env::current_exe().map_err(|error| {
                    CliError::Failure(t!("cli-reminders-no-program", error = (error.to_string())))
                })?,
                journal: std::path::absolute(journal).map_err(|error| {
                    CliError::Failure(format!("{}: {error}", journal.display()))
                })?,
                infusion_eve: *infusion_eve,
            };
            // The job records the language spoken now (see `ReminderJob`).
            let installed = scheduler()?.install(&job).map_err(failure)?;
            println!("{}", describe(&installed, now));
            Ok(())
        }
        RemindersAction::Off => {
            let removed = scheduler()?.remove().map_err(failure)?;
            if removed.is_empty() {
                println!("{}", t!("cli-reminders-none-was-on"));
            } else {
                println!(
                    "{}",
                    t!("cli-reminders-off", parts = (parts_list(&removed)))
                );
            }
            Ok(())
        }
        RemindersAction::Status => {
            match scheduler()?.status().map_err(failure)? {
                Some(installed) => println!("{}", describe(&installed, now)),
                None => println!("{}", t!("cli-reminders-none-on")),
            }
            Ok(())
        }
    }
}

fn scheduler() -> Result<Scheduler, CliError> {
    Scheduler::for_current_user().map_err(failure)
}

fn failure(error: ReminderError) -> CliError {
    CliError::Failure(error.to_string())
}

/// The parts of the job as a list: `a, b and c`.
fn parts_list(parts: &[JobPart]) -> String {
    let parts: Vec<String> = parts.iter().map(ToString::to_string).collect();
    list(&parts)
}

/// One line each: when and for which journal, the next run, the files, the language of the
/// notification, and what the system said.
fn describe(installed: &InstalledReminder, now: NaiveDateTime) -> String {
    let time = time_text(installed.at);
    let infusion_eve = if installed.infusion_eve { "yes" } else { "no" };
    let when = match &installed.journal {
        Some(journal) => t!(
            "cli-reminders-on",
            time = time.as_str(),
            journal = (journal.display().to_string()),
            infusion_eve = infusion_eve
        ),
        None => t!(
            "cli-reminders-on-journal-unknown",
            time = time.as_str(),
            infusion_eve = infusion_eve
        ),
    };
    let next = next_run(installed.at, now);
    let mut lines = vec![
        when,
        t!(
            "cli-reminders-next-run",
            date = (weekday_date(next.date())),
            time = (time_text(next.time()))
        ),
        t!(
            "cli-reminders-installed",
            parts = (parts_list(&installed.parts))
        ),
    ];
    if let Some(locale) = installed.language.as_deref().and_then(Locale::parse) {
        lines.push(t!(
            "cli-reminders-language",
            language = (locale.language().tag),
            name = (language_name(locale.language()))
        ));
    }
    if let Some(note) = &installed.note {
        lines.push(t!("cli-reminders-note", note = (note.to_string())));
    }
    lines.join("\n")
}
