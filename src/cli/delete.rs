//! `relief-journal delete --date D [--infusion [--planned]]`: delete a day's entry, or the
//! infusion of a day. The deletion is kept as a marker, so the day does not come back from
//! another computer at the next sync.

use chrono::NaiveDate;
use clap::Args;

use super::CliError;
use crate::domain::{InfusionStatus, parse_date};
use crate::store::Store;
use crate::t;
use crate::wording::format;

/// Arguments of `delete`.
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    date: String,
    /// Delete that day's done infusion instead of its entry.
    #[arg(long)]
    infusion: bool,
    /// With --infusion: delete that day's planned infusions instead.
    #[arg(long, requires = "infusion")]
    planned: bool,
}

/// Deletes what was asked and says what.
///
/// # Errors
///
/// [`CliError::BadInput`] for a date that cannot be read, or a day with nothing to delete
/// (nothing changes then); [`CliError::Failure`] when the journal cannot be written.
pub fn run(store: &mut Store, args: &DeleteArgs) -> Result<(), CliError> {
    let date = parse_date("date", &args.date)?;
    if args.infusion {
        return delete_infusions(store, date, args.planned);
    }
    match store.delete_entry(date)? {
        Some(entry) => {
            println!(
                "{}",
                t!(
                    "sync-delete-entry",
                    day = format::date(date),
                    pain = entry.pain.get()
                )
            );
            Ok(())
        }
        None => Err(CliError::BadInput(t!(
            "sync-delete-no-entry",
            day = format::date(date)
        ))),
    }
}

fn delete_infusions(store: &mut Store, date: NaiveDate, planned: bool) -> Result<(), CliError> {
    let status = if planned {
        InfusionStatus::Planned
    } else {
        InfusionStatus::Done
    };
    let ids: Vec<i64> = store
        .infusions()?
        .into_iter()
        .filter(|stored| stored.infusion.date == date && stored.infusion.status == status)
        .map(|stored| stored.id)
        .collect();
    if ids.is_empty() {
        return Err(CliError::BadInput(t!(
            "sync-delete-no-infusion",
            status = status.as_str(),
            day = format::date(date)
        )));
    }
    for id in &ids {
        store.delete_infusion(*id)?;
    }
    let day = format::date(date);
    let line = if planned {
        t!(
            "sync-delete-planned-infusions",
            count = i64::try_from(ids.len()).unwrap_or(i64::MAX),
            day = day
        )
    } else {
        t!("sync-delete-done-infusion", day = day)
    };
    println!("{line}");
    Ok(())
}
