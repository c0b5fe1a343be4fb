//! `relief-journal export`: write the journal to JSON or CSV.

use std::path::PathBuf;

use clap::Args;

use super::CliError;
use crate::exchange::{entries_to_csv, infusions_to_csv, journal_to_json};
use crate::store::Store;
use crate::store::write_private_file;

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
    let (text, what) = match (extension.as_deref(), args.infusions) {
        (Some("json"), false) => (
            journal_to_json(&journal),
            format!(
                "{} entries and {} infusions",
                journal.entries.len(),
                journal.infusions.len()
            ),
        ),
        (Some("json"), true) => {
            return Err(CliError::BadInput(
                "--infusions applies to .csv; a .json export always holds the whole journal".into(),
            ));
        }
        (Some("csv"), false) => (
            entries_to_csv(&journal.entries),
            format!("{} entries", journal.entries.len()),
        ),
        (Some("csv"), true) => (
            infusions_to_csv(&journal.infusions),
            format!("{} infusions", journal.infusions.len()),
        ),
        _ => {
            return Err(CliError::BadInput(format!(
                "{}: unknown file type; expected a file name ending in .json or .csv",
                args.file.display()
            )));
        }
    };
    write_private_file(&args.file, text.as_bytes())?;
    println!("Exported {what} to {}.", args.file.display());
    Ok(())
}
