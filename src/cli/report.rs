//! `relief-journal report`: the appointment report as a PDF.
//!
//! The report speaks the program's language: `--lang` (which may follow `report`: `report --lang
//! en` for a clinician who reads English), `RELIEF_JOURNAL_LANG`, the journal's setting, or the
//! system's. `--lang` is one option of the whole program, so it also sets the language of the
//! line that says where the report was saved.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;

use super::{CliError, optional};
use crate::charts::DateRange;
use crate::domain::parse_date;
use crate::report::{Paper, ReportError, ReportOptions, report_pdf};
use crate::store::{Store, write_private_file};
use crate::t;
use crate::wording::format::date;

/// Arguments of `report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The PDF file to write.
    #[arg(long, value_name = "FILE.pdf")]
    out: PathBuf,
    /// First day of the period (YYYY-MM-DD); default three months before --to.
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Last day of the period (YYYY-MM-DD); default today.
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Paper size: a4 or letter.
    #[arg(long, default_value = "a4", value_name = "SIZE")]
    paper: String,
    /// Leave out the table of daily entries.
    #[arg(long)]
    no_daily: bool,
}

/// Writes the report for the chosen period.
///
/// # Errors
///
/// [`CliError::BadInput`] for a bad date or paper size, a backwards period or a file name not
/// ending in `.pdf`; [`CliError::Failure`] when the journal cannot be read or the report cannot
/// be made or written.
pub fn run(store: &Store, args: &ReportArgs, today: NaiveDate) -> Result<(), CliError> {
    let paper: Paper = args.paper.parse()?;
    let to = optional(args.to.as_ref(), |text| parse_date("to", text))?.unwrap_or(today);
    let from = optional(args.from.as_ref(), |text| parse_date("from", text))?
        .unwrap_or(DateRange::last_three_months(to).start);
    if from > to {
        return Err(CliError::BadInput(t!(
            "cli-error-range-backwards",
            from = (from.to_string()),
            to = (to.to_string())
        )));
    }
    if !args
        .out
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("pdf"))
    {
        return Err(CliError::BadInput(t!(
            "cli-report-not-pdf",
            path = (args.out.display().to_string())
        )));
    }
    let journal = store.journal()?;
    let options = ReportOptions {
        period: DateRange {
            start: from,
            end: to,
        },
        paper,
        include_daily: !args.no_daily,
        patient_name: journal.settings.patient_name.clone(),
        generated_on: today,
    };
    let bytes = report_pdf(&journal, &options).map_err(|error| match error {
        ReportError::Period { .. } => CliError::BadInput(error.to_string()),
        other => CliError::Failure(other.to_string()),
    })?;
    write_private_file(&args.out, &bytes)?;
    println!(
        "{}",
        t!(
            "cli-report-saved",
            from = (date(from)),
            to = (date(to)),
            path = (args.out.display().to_string())
        )
    );
    Ok(())
}
