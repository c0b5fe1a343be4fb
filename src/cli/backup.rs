//! `relief-journal backup`: take a backup now, or list the backups.

use chrono::NaiveDateTime;
use clap::Args;

use super::CliError;
use crate::store::{BackupInfo, BackupReason, Store, list_backups};
use crate::t;

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
        return Err(CliError::Failure(t!("cli-backup-in-memory")));
    };
    if args.list {
        let backups = list_backups(journal)?;
        if backups.is_empty() {
            println!("{}", t!("cli-backup-none"));
        }
        for line in listing(&backups) {
            println!("{line}");
        }
        return Ok(());
    }
    if let Some(path) = store.backup(now, BackupReason::Manual)? {
        println!(
            "{}",
            t!("cli-backed-up", path = (path.display().to_string()))
        );
    }
    Ok(())
}

/// One line per backup: when it was taken (as the file name writes it), why, its size and its
/// file, in columns.
fn listing(backups: &[BackupInfo]) -> Vec<String> {
    let rows: Vec<(String, String, String, String)> = backups
        .iter()
        .map(|backup| {
            (
                backup.taken_at.format("%Y-%m-%d %H:%M:%S").to_string(),
                reason(&backup.reason),
                t!("cli-backup-size", size = backup.size_bytes),
                backup.path.display().to_string(),
            )
        })
        .collect();
    let width = |cell: fn(&(String, String, String, String)) -> &String| {
        rows.iter()
            .map(|row| cell(row).chars().count())
            .max()
            .unwrap_or(0)
    };
    let reason_width = width(|row| &row.1);
    let size_width = width(|row| &row.2);
    rows.iter()
        .map(|(taken, reason, size, path)| {
            format!("{taken}  {reason:<reason_width$}  {size:>size_width$}  {path}")
        })
        .collect()
}

/// The reasons `cli-backup-reason` words, as backup file names write them.
const REASONS: [&str; 6] = [
    "daily",
    "before-import",
    "before-restore",
    "before-migration",
    "manual",
    "before-passphrase",
];

/// Why a backup was taken, worded; a reason this version does not know (written by a later
/// one) as its file name writes it.
fn reason(written: &str) -> String {
    if REASONS.contains(&written) {
        t!("cli-backup-reason", reason = written)
    } else {
        written.to_owned()
    }
}
