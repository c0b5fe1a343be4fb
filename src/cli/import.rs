//! `relief-journal import`: bring in a journal JSON or an entries or infusions CSV, all or nothing.

use std::path::PathBuf;

use chrono::NaiveDateTime;
use clap::Args;

use super::CliError;
use crate::store::exchange::read_file;
use crate::store::{BackupReason, Store};

/// Arguments of `import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A .json journal, or a .csv of entries or infusions (told apart by the header).
    file: PathBuf,
}

/// Reads and validates the whole file, backs up a journal that has data, then stores the file
/// in one transaction.
pub fn run(store: &mut Store, args: &ImportArgs, now: NaiveDateTime) -> Result<(), CliError> {
    let imported = read_file(&args.file)?;
    let file = args.file.display().to_string();
    let settings = imported.settings_over(&store.settings()?, &file)?;
    if !store.is_empty()?
        && let Some(path) = store.backup(now, BackupReason::BeforeImport)?
    {
        println!("Backed up the journal to {}.", path.display());
    }
    let summary = store.import(&imported.entries, &imported.infusions, settings.as_ref())?;
    println!(
        "Imported {file}: {} entries ({} added, {} replaced), {} infusions ({} added, {} replaced){}.",
        summary.entries_added + summary.entries_replaced,
        summary.entries_added,
        summary.entries_replaced,
        summary.infusions_added + summary.infusions_replaced,
        summary.infusions_added,
        summary.infusions_replaced,
        if summary.settings_updated {
            ", settings updated"
        } else {
            ""
        }
    );
    if imported.skipped_empty_rows > 0 {
        println!(
            "Skipped {} empty row{}.",
            imported.skipped_empty_rows,
            if imported.skipped_empty_rows == 1 {
                ""
            } else {
                "s"
            }
        );
    }
    Ok(())
}
