//! `relief-journal restore`: replace the journal with a backup.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use clap::Args;

use super::CliError;
use crate::store::{Passphrase, restore_journal_with};
use crate::t;

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
        println!(
            "{}",
            t!(
                "cli-restore-safety-copy",
                path = (path.display().to_string())
            )
        );
    }
    if let Some(path) = outcome.set_aside {
        println!(
            "{}",
            t!("cli-restore-set-aside", path = (path.display().to_string()))
        );
    }
    println!(
        "{}",
        t!(
            "cli-restore-done",
            journal = (journal.display().to_string()),
            backup = (args.file.display().to_string())
        )
    );
    Ok(())
}
