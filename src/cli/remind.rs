//! `relief-journal remind`: show one desktop notification when the journal day has no entry.
//!
//! Run by the system's scheduler (see [`crate::reminders`]), never by the user's hand alone. It
//! writes nothing: the journal is opened read-only, and only when the last-logged-day file beside
//! it does not already say the day is logged, so a journal in a folder that cannot be written
//! works. That file counts only when it describes the journal file there now and lists that
//! very day (see [`crate::store::LoggedDays`]): it can spare reading the journal, never silence
//! the reminder. A journal protected by a passphrase, which `remind` cannot read, is reminded
//! about whenever that file does not say the day is logged.
//!
//! It speaks the patient's language with no terminal and often without the user's language in
//! the scheduler's environment: `--lang` or `RELIEF_JOURNAL_LANG` when given, else the journal's
//! language setting when the journal can be read without a passphrase, else the language
//! `reminders on` (or the app) recorded in the job as `--fallback-lang` (see
//! [`crate::reminders::ReminderJob`]), else the system's.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use clap::Args;

use super::CliError;
use crate::domain::{Settings, journal_day};
use crate::reminders::notify::{self, Reminder};
use crate::store::{self, StoreError};
use crate::t;
use crate::wording::format::date;

/// Arguments of `remind`.
#[derive(Debug, Args)]
pub struct RemindArgs {
    /// Also remind the day before a planned infusion (when the journal can be read without the
    /// app).
    #[arg(long)]
    infusion_eve: bool,
}

/// Whether the journal day is logged, and how that was found out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Logged {
    /// The last-logged-day file, describing this very journal file, lists the day.
    ByLastLoggedDay,
    /// The journal has the day's entry.
    InJournal,
    /// Not logged.
    No,
}

/// Shows the reminder when the journal day is not logged; does nothing when it is, unless
/// `--infusion-eve` was given and an infusion is planned for the next day.
///
/// `today` is `--today` when given; otherwise the journal day of `now` with the journal's
/// day-rollover hour (the default hour when the journal cannot be read without the app).
///
/// # Errors
///
/// [`CliError::Failure`] when there is no journal at `journal`, when neither the last-logged-day
/// file nor the journal can be read, or when the notification cannot be shown.
pub fn run(
    journal: &Path,
    args: &RemindArgs,
    today: Option<NaiveDate>,
    now: NaiveDateTime,
) -> Result<(), CliError> {
    if !journal.is_file() {
        return Err(CliError::Failure(t!(
            "cli-remind-no-journal",
            path = (journal.display().to_string())
        )));
    }
    let day = match today {
        Some(day) => day,
        None => {
            let hour = store::day_rollover_hour(journal).unwrap_or_else(|error| {
                log::info!("using the default day-rollover hour: {error}");
                Settings::default().day_rollover_hour
            });
            journal_day(now, hour)
        }
    };
    let tomorrow = day + chrono::Days::new(1);
    let infusion_tomorrow = args.infusion_eve && infusion_planned(journal, tomorrow);
    let reminder = match logged(journal, day)? {
        Logged::No => {
            println!("{}", t!("cli-remind-not-logged", date = (date(day))));
            Reminder::NotLogged {
                day,
                infusion_tomorrow,
            }
        }
        Logged::ByLastLoggedDay | Logged::InJournal if infusion_tomorrow => {
            println!(
                "{}",
                t!(
                    "cli-remind-logged-infusion-tomorrow",
                    date = (date(day)),
                    tomorrow = (date(tomorrow))
                )
            );
            Reminder::InfusionTomorrow { tomorrow }
        }
        Logged::ByLastLoggedDay | Logged::InJournal => {
            println!("{}", t!("cli-remind-logged", date = (date(day))));
            return Ok(());
        }
    };
    notify::show_reminder(journal, reminder).map_err(|error| CliError::Failure(error.to_string()))
}

/// Whether the journal has a planned infusion on `date`; a journal that cannot be read without
/// the app (a passphrase) has none that `remind` can see.
fn infusion_planned(journal: &Path, date: NaiveDate) -> bool {
    store::infusion_planned_on(journal, date).unwrap_or_else(|error| {
        log::info!("planned infusions not read: {error}");
        false
    })
}

/// Reads the last-logged-day file first, then the journal; a journal that cannot be read
/// without the app (a passphrase) and that the file does not say is logged is not logged.
fn logged(journal: &Path, day: NaiveDate) -> Result<Logged, CliError> {
    match store::read_logged_days(journal) {
        Ok(Some(logged)) if logged.says_logged(journal, day) => return Ok(Logged::ByLastLoggedDay),
        Ok(_) => {}
        Err(error) => log::warn!("{error}"),
    }
    match store::day_is_logged(journal, day) {
        Ok(true) => Ok(Logged::InJournal),
        Ok(false) => Ok(Logged::No),
        Err(StoreError::NotAJournal {
            reason: store::NotAJournal::NeedsTheApp { .. },
            ..
        }) => Ok(Logged::No),
        Err(error) => Err(CliError::Failure(t!(
            "cli-remind-cannot-tell",
            date = (date(day)),
            error = (error.to_string())
        ))),
    }
}
