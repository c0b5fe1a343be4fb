//! `relief-journal demo`: fill a journal with realistic demo data.

use chrono::NaiveDate;
use clap::Args;

use super::CliError;
use crate::demo::{DEFAULT_SEED, demo_journal};
use crate::store::Store;
use crate::t;
use crate::wording::format::date;

/// Arguments of `demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Years of journal to generate (1 to 50).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=50))]
    years: u32,
    /// Random seed; the same seed and day give the same journal.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    seed: u64,
    /// Replace a journal that already has data.
    #[arg(long)]
    force: bool,
}

/// Writes the demo journal, refusing to touch a journal with data unless `--force`.
///
/// # Errors
///
/// [`CliError::BadInput`] when the journal already holds data and `--force` is not given;
/// [`CliError::Failure`] when the journal cannot be read or written.
pub fn run(store: &mut Store, args: &DemoArgs, today: NaiveDate) -> Result<(), CliError> {
    if !args.force && !store.is_empty()? {
        return Err(CliError::BadInput(t!("cli-demo-has-data")));
    }
    let journal = demo_journal(today, args.years, args.seed);
    store.replace_journal(&journal)?;
    let first = journal.entries.first().map_or(today, |entry| entry.date);
    println!(
        "{}",
        t!(
            "cli-demo-written",
            entries = journal.entries.len(),
            infusions = journal.infusions.len(),
            from = (date(first)),
            to = (date(today))
        )
    );
    Ok(())
}
