//! `relief-journal backup`: take a backup now, or list the backups (with the passphrase each
//! needs), the journals kept aside and what interrupted work left that could not be cleaned.

use chrono::NaiveDateTime;
use clap::Args;

use super::CliError;
use crate::store::{
    BackupInfo, BackupProtection, BackupReason, LeftoverKind, Store, find_leftovers, kept_journals,
    list_backups,
};
use crate::t;

/// Arguments of `backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// List the backups (newest first) with the passphrase each needs, the journals kept aside
    /// and any file interrupted work left, instead of taking a backup.
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
        let protections: Vec<BackupProtection> = backups
            .iter()
            .map(|backup| store.protection_of(&backup.path))
            .collect();
        for line in listing(&backups, &protections) {
            println!("{line}");
        }
        for kept in kept_journals(journal)? {
            println!(
                "{}",
                t!(
                    "cli-backup-kept-journal",
                    path = (kept.path.display().to_string()),
                    protection = protection_word(store.protection_of(&kept.path))
                )
            );
        }
        for leftover in find_leftovers(journal)? {
            println!(
                "{}",
                t!(
                    "cli-backup-leftover",
                    path = (leftover.path.display().to_string()),
                    kind = leftover_word(leftover.kind)
                )
            );
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

/// The cells of one line of the listing: when, why, size, what opens it, file.
type Row = (String, String, String, String, String);

/// One line per backup: when it was taken (as the file name writes it), why, its size, what
/// opens it (`protections`, one per backup) and its file, in columns.
fn listing(backups: &[BackupInfo], protections: &[BackupProtection]) -> Vec<String> {
    let rows: Vec<Row> = backups
        .iter()
        .zip(protections)
        .map(|(backup, protection)| {
            let protection = protection_word(*protection);
            (
                backup.taken_at.format("%Y-%m-%d %H:%M:%S").to_string(),
                reason(&backup.reason),
                t!("cli-backup-size", size = backup.size_bytes),
                if backup.kept {
                    t!("cli-backup-kept-protection", protection = protection)
                } else {
                    t!("cli-backup-protection", protection = protection)
                },
                backup.path.display().to_string(),
            )
        })
        .collect();
    let width = |cell: fn(&Row) -> &String| {
        rows.iter()
            .map(|row| cell(row).chars().count())
            .max()
            .unwrap_or(0)
    };
    let reason_width = width(|row| &row.1);
    let size_width = width(|row| &row.2);
    let protection_width = width(|row| &row.3);
    rows.iter()
        .map(|(taken, reason, size, protection, path)| {
            format!(
                "{taken}  {reason:<reason_width$}  {size:>size_width$}  \
                 {protection:<protection_width$}  {path}"
            )
        })
        .collect()
}

/// The selector `cli-backup-protection` and its neighbours word.
fn protection_word(protection: BackupProtection) -> &'static str {
    match protection {
        BackupProtection::Plain => "plain",
        BackupProtection::JournalPassphrase => "journal",
        BackupProtection::OtherPassphrase => "other",
        BackupProtection::NotAJournal => "unreadable",
    }
}

/// The selector `cli-backup-leftover` words.
fn leftover_word(kind: LeftoverKind) -> &'static str {
    match kind {
        LeftoverKind::JournalConversion => "journal-conversion",
        LeftoverKind::BackupConversion => "backup-conversion",
        LeftoverKind::Restore => "restore",
        LeftoverKind::PartialBackup => "partial-backup",
        LeftoverKind::KeptJournalLog | LeftoverKind::StrandedLog => "log",
        LeftoverKind::KeptJournalIndex => "index",
    }
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
