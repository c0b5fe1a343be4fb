//! `relief-journal restore`: replace the journal with a backup.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use clap::Args;

use super::CliError;
use crate::store::{Passphrase, restore_journal_with};

/// Arguments of `restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file to restore (see `backup --list`).
    file: PathBuf,
}

/// Backs up the current journal (or sets aside one that cannot be opened), then restores.
/// `passphrase` opens a protected journal and a protected backup.
///
/// # Errors
///
/// [`CliError::BadInput`] when the backup is not a Relief Journal this version can read;
/// [`CliError::Failure`] when the current journal cannot be backed up or set aside, or the
/// restore cannot be written.
pub fn run(
    journal: &Path,
    args: &RestoreArgs,
    passphrase: Option<&Passphrase>,
    now: NaiveDateTime,
) -> Result<(), CliError> {
    let outcome = restore_journal_with(journal, &args.file, passphrase, now)?;
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
