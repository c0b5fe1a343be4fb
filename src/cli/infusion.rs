//! `relief-journal infusion`: record a done or planned infusion.

use clap::Args;

use super::{CliError, optional};
use chrono::NaiveDate;

use crate::domain::{
    DoseMg, DurationMin, Infusion, InfusionStatus, Phase, TextList, done_infusion_not_after_today,
    parse_date,
};
use crate::store::Store;
use crate::t;
use crate::wording::format::date;

/// Arguments of `infusion`.
#[derive(Debug, Args)]
pub struct InfusionArgs {
    /// The day of the infusion (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    date: String,
    /// The infusion is booked, not yet given.
    #[arg(long)]
    planned: bool,
    /// loading or maintenance; leave out to let the analysis infer it.
    #[arg(long, value_name = "PHASE")]
    phase: Option<String>,
    /// Dose in milligrams.
    #[arg(long, value_name = "MG", allow_negative_numbers = true)]
    dose_mg: Option<String>,
    /// Duration in minutes.
    #[arg(long, value_name = "MINUTES", allow_negative_numbers = true)]
    duration_min: Option<String>,
    /// Clinic name.
    #[arg(long, value_name = "TEXT")]
    clinic: Option<String>,
    /// A side effect (repeat for several).
    #[arg(long = "side-effect", value_name = "TEXT")]
    side_effects: Vec<String>,
    /// A free note.
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
}

/// Validates and adds the infusion.
///
/// # Errors
///
/// [`CliError::BadInput`] when a value is out of range or cannot be read;
/// [`CliError::Failure`] when the journal cannot be written.
pub fn run(store: &mut Store, args: &InfusionArgs, today: NaiveDate) -> Result<(), CliError> {
    let infusion = Infusion {
        date: parse_date("date", &args.date)?,
        status: if args.planned {
            InfusionStatus::Planned
        } else {
            InfusionStatus::Done
        },
        phase: optional(args.phase.as_ref(), Phase::parse_optional)?.flatten(),
        dose_mg: optional(args.dose_mg.as_ref(), DoseMg::parse)?,
        duration_min: optional(args.duration_min.as_ref(), DurationMin::parse)?,
        clinic: args.clinic.clone().unwrap_or_default(),
        side_effects: TextList::new("side_effects", &args.side_effects)?,
        note: args.note.clone().unwrap_or_default(),
    };
    if infusion.is_done() {
        done_infusion_not_after_today(infusion.date, today)?;
    }
    store.add_infusion(&infusion)?;
    let status = match infusion.status {
        InfusionStatus::Done => "done",
        InfusionStatus::Planned => "planned",
    };
    let phase = match infusion.phase {
        Some(Phase::Loading) => "loading",
        Some(Phase::Maintenance) => "maintenance",
        None => "inferred",
    };
    println!(
        "{}",
        t!(
            "cli-infusion-saved",
            status = status,
            date = (date(infusion.date)),
            phase = phase
        )
    );
    Ok(())
}
