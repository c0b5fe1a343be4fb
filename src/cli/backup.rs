//! `relief-journal backup`: take a backup now, or list the backups.

use chrono::NaiveDateTime;
use clap::Args;

use super::CliError;
use crate::store::{BackupReason, Store, list_backups};

/// Arguments of `backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// List the backups (newest first) instead of taking one.
    #[arg(long)]
    list: bool,
}

/// Takes a backup through SQLite's backup API, or lists the backups.
///
/// # Errors
///
/// [`CliError::Failure`] when the backup cannot be taken or the backups folder cannot be read.
pub fn run(store: &Store, args: &BackupArgs, now: NaiveDateTime) -> Result<(), CliError> {
    let Some(journal) = store.path() else {
        return Err(CliError::Failure(
            "an in-memory journal has no backups".into(),
        ));
    };
    if args.list {
        let backups = list_backups(journal)?;
        if backups.is_empty() {
            println!("No backups yet.");
        }
        for backup in backups {
            println!(
                "{}  {:<16} {:>9} bytes  {}",
                backup.taken_at.format("%Y-%m-%d %H:%M:%S"),
                backup.reason,
                backup.size_bytes,
                backup.path.display()
            );
        }
        return Ok(());
    }
    if let Some(path) = store.backup(now, BackupReason::Manual)? {
        println!("Backed up the journal to {}.", path.display());
    }
    Ok(())
}
