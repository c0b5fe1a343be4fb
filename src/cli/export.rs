//! `relief-journal export`: write the journal to JSON or CSV.

use std::path::PathBuf;

use clap::Args;

use super::CliError;
use crate::exchange::{entries_to_csv, infusions_to_csv, journal_to_json};
use crate::store::Store;
use crate::store::write_private_file;
use crate::t;

/// Arguments of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// .json for the whole journal, .csv for entries (or infusions with --infusions).
    file: PathBuf,
    /// Export infusions instead of entries to CSV.
    #[arg(long)]
    infusions: bool,
}

/// Writes the export file (readable by the user only) in one step.
///
/// # Errors
///
/// [`CliError::BadInput`] for a file type other than `.json` or `.csv`;
/// [`CliError::Failure`] when the journal cannot be read or the file cannot be written.
pub fn run(store: &Store, args: &ExportArgs) -> Result<(), CliError> {
    let extension = args
        .file
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase);
    let journal = store.journal()?;
    let file = args.file.display().to_string();
    let entries = journal.entries.len();
    let infusions = journal.infusions.len();
    let (text, done) = match (extension.as_deref(), args.infusions) {
        (Some("json"), false) => (
            journal_to_json(&journal),
            t!(
                "cli-export-journal-done",
                entries = entries,
                infusions = infusions,
                file = file.as_str()
            ),
        ),
        (Some("json"), true) => {
            return Err(CliError::BadInput(t!("cli-export-infusions-json")));
        }
        (Some("csv"), false) => (
            entries_to_csv(&journal.entries),
            t!(
                "cli-export-entries-done",
                entries = entries,
                file = file.as_str()
            ),
        ),
        (Some("csv"), true) => (
            infusions_to_csv(&journal.infusions),
            t!(
                "cli-export-infusions-done",
                infusions = infusions,
                file = file.as_str()
            ),
        ),
        _ => {
            return Err(CliError::BadInput(t!(
                "cli-export-unknown-type",
                file = file.as_str()
            )));
        }
    };
    write_private_file(&args.file, text.as_bytes())?;
    println!("{done}");
    Ok(())
}
