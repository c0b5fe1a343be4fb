//! `relief-journal restore`: replace the journal with a backup.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use clap::Args;

use super::CliError;
use crate::store::restore_journal;

/// Arguments of `restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file to restore (see `backup --list`).
    file: PathBuf,
}

/// Backs up the current journal (or sets aside one that cannot be opened), then restores.
///
/// # Errors
///
/// [`CliError::BadInput`] when the backup is not a Relief Journal this version can read;
/// [`CliError::Failure`] when the current journal cannot be backed up or set aside, or the
/// restore cannot be written.
pub fn run(journal: &Path, args: &RestoreArgs, now: NaiveDateTime) -> Result<(), CliError> {
    let outcome = restore_journal(journal, &args.file, now)?;
    if let Some(path) = outcome.safety_copy {
        println!("Backed up the current journal to {}.", path.display());
    }
    if let Some(path) = outcome.set_aside {
        println!(
            "The journal could not be opened; it was moved, unchanged, to {}.",
            path.display()
        );
    }
    println!(
        "Restored {} from {}.",
        journal.display(),
        args.file.display()
    );
    Ok(())
}
