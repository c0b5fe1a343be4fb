//! `relief-journal delete --date D [--infusion [--planned] [--number N | --dose-mg X]]`: delete a
//! day's entry, or an infusion of a day. The deletion is kept as a marker, so the day does not
//! come back from another computer at the next sync.
//!
//! A day can hold more than one done infusion (two computers each recorded one before they
//! synced); then the patient chooses which to delete, by its number in the list printed or by
//! its dose, and nothing is deleted without that choice.

use chrono::NaiveDate;
use clap::Args;

use super::CliError;
use crate::domain::{DoseMg, InfusionStatus, parse_date};
use crate::store::{Store, StoredInfusion};
use crate::t;
use crate::wording::format;
use crate::wording::import_words::infusion_line;

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
    /// With --infusion: delete only the day's infusion with this number in the list that
    /// `delete` prints for a day with several (1 is the first recorded).
    #[arg(
        long,
        requires = "infusion",
        value_name = "N",
        conflicts_with = "dose_mg"
    )]
    number: Option<String>,
    /// With --infusion: delete only the day's infusion of this dose in milligrams.
    #[arg(
        long,
        requires = "infusion",
        value_name = "MG",
        allow_negative_numbers = true
    )]
    dose_mg: Option<String>,
}

/// Which of a day's infusions the patient chose.
enum Choice {
    /// None: the day's only done infusion, or all its planned ones.
    Unchosen,
    /// By its number in the day's list, from 1.
    Number(String),
    /// By its dose.
    Dose(DoseMg),
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
        let choice = match (&args.number, &args.dose_mg) {
            (Some(number), _) => Choice::Number(number.clone()),
            (None, Some(dose)) => Choice::Dose(DoseMg::parse(dose)?),
            (None, None) => Choice::Unchosen,
        };
        return delete_infusions(store, date, args.planned, &choice);
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

fn delete_infusions(
    store: &mut Store,
    date: NaiveDate,
    planned: bool,
    choice: &Choice,
) -> Result<(), CliError> {
    let status = if planned {
        InfusionStatus::Planned
    } else {
        InfusionStatus::Done
    };
    let of_day: Vec<StoredInfusion> = store
        .infusions()?
        .into_iter()
        .filter(|stored| stored.infusion.date == date && stored.infusion.status == status)
        .collect();
    let day = format::date(date);
    if of_day.is_empty() {
        return Err(CliError::BadInput(t!(
            "sync-delete-no-infusion",
            status = status.as_str(),
            day = day
        )));
    }
    let chosen = choose(&of_day, date, status, choice)?;
    for stored in &chosen {
        store.delete_infusion(stored.id)?;
    }
    let line = match (choice, chosen.as_slice()) {
        (Choice::Unchosen, [_]) if !planned => t!("sync-delete-done-infusion", day = day),
        (Choice::Unchosen, _) => t!(
            "sync-delete-planned-infusions",
            count = format::count(chosen.len()),
            day = day
        ),
        (_, _) => t!(
            "sync-delete-chosen-infusion",
            status = status.as_str(),
            day = day,
            infusion = chosen
                .iter()
                .map(|stored| infusion_line(&stored.infusion))
                .collect::<Vec<_>>()
                .join("; "),
            left = format::count(of_day.len() - chosen.len())
        ),
    };
    println!("{line}");
    Ok(())
}

/// The infusions of `of_day` (all of one day and status, in the order recorded) that `choice`
/// names: exactly one when a number or a dose is given; the only done infusion, or every
/// planned one, without a choice.
///
/// # Errors
///
/// [`CliError::BadInput`] listing the day's infusions with their numbers, and how to choose
/// one, for a day with several done infusions and no choice, a number that is not in the
/// list, or a dose that no infusion or more than one has.
fn choose(
    of_day: &[StoredInfusion],
    date: NaiveDate,
    status: InfusionStatus,
    choice: &Choice,
) -> Result<Vec<StoredInfusion>, CliError> {
    let day = format::date(date);
    let refuse = |reason: String| {
        let mut lines = vec![reason];
        lines.extend(of_day.iter().enumerate().map(|(index, stored)| {
            let line = t!(
                "sync-delete-listed-infusion",
                number = format::count(index + 1),
                infusion = infusion_line(&stored.infusion)
            );
            format!("  {line}")
        }));
        lines.push(t!(
            "sync-delete-how-to-choose",
            status = status.as_str(),
            date = date.to_string()
        ));
        CliError::BadInput(lines.join("\n"))
    };
    match choice {
        Choice::Unchosen if status == InfusionStatus::Done && of_day.len() > 1 => Err(refuse(t!(
            "sync-delete-several-done",
            day = day,
            count = format::count(of_day.len())
        ))),
        Choice::Unchosen => Ok(of_day.to_vec()),
        Choice::Number(text) => {
            let number = text
                .trim()
                .parse::<usize>()
                .ok()
                .filter(|number| (1..=of_day.len()).contains(number));
            match number.and_then(|number| of_day.get(number - 1)) {
                Some(stored) => Ok(vec![stored.clone()]),
                None => Err(refuse(t!(
                    "sync-delete-number-not-listed",
                    status = status.as_str(),
                    day = day,
                    number = text.trim()
                ))),
            }
        }
        Choice::Dose(dose) => {
            let matching: Vec<&StoredInfusion> = of_day
                .iter()
                .filter(|stored| stored.infusion.dose_mg == Some(*dose))
                .collect();
            match matching.as_slice() {
                [stored] => Ok(vec![(*stored).clone()]),
                _ => Err(refuse(t!(
                    "sync-delete-dose-not-one",
                    status = status.as_str(),
                    day = day,
                    dose = format::exact(dose.get()),
                    count = format::count(matching.len())
                ))),
            }
        }
    }
}
