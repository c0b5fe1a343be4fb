//! `relief-journal reminders on --at HH:MM | off | status`: the daily reminder job of the
//! current user in the system's scheduler (see [`crate::reminders`]).

use std::path::Path;

use chrono::NaiveDateTime;
use clap::{Args, Subcommand};

use super::CliError;
use crate::reminders::{
    InstalledReminder, ReminderError, ReminderJob, Scheduler, next_run, parse_time, time_text,
};

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
                return Err(CliError::BadInput(format!(
                    "there is no journal at {} to remind about; start it first (open the app, or \
                     log a day), then turn the reminder on",
                    journal.display()
                )));
            }
            let job = ReminderJob {
                at,
                program: std::env::current_exe().map_err(|error| {
                    CliError::Failure(format!("cannot tell where this program is: {error}"))
                })?,
                journal: std::path::absolute(journal).map_err(|error| {
                    CliError::Failure(format!("{}: {error}", journal.display()))
                })?,
                infusion_eve: *infusion_eve,
            };
            let installed = scheduler()?.install(&job).map_err(failure)?;
            println!("Reminder on: {}", describe(&installed, now));
            Ok(())
        }
        RemindersAction::Off => {
            let removed = scheduler()?.remove().map_err(failure)?;
            if removed.is_empty() {
                println!("No reminder was on.");
            } else {
                println!("Reminder off; removed {}.", removed.join(", "));
            }
            Ok(())
        }
        RemindersAction::Status => {
            match scheduler()?.status().map_err(failure)? {
                Some(installed) => println!("Reminder on: {}", describe(&installed, now)),
                None => println!("No reminder is on."),
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

/// One paragraph: when, for which journal, the next run, the files, and what the system said.
fn describe(installed: &InstalledReminder, now: NaiveDateTime) -> String {
    let mut text = format!(
        "daily at {} when the journal day has no entry",
        time_text(installed.at)
    );
    if let Some(journal) = &installed.journal {
        text.push_str(&format!(" in {}", journal.display()));
    }
    if installed.infusion_eve {
        text.push_str(", and the day before a planned infusion");
    }
    text.push_str(&format!(
        ".\nNext run: {}.\nInstalled: {}.",
        next_run(installed.at, now).format("%Y-%m-%d %H:%M"),
        installed.parts.join(", ")
    ));
    if let Some(note) = &installed.note {
        text.push_str(&format!("\nNote: {note}."));
    }
    text
}
