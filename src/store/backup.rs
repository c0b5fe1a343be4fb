//! Rotating backups of the journal through SQLite's online backup API.
//!
//! Backups live in a `backups` folder next to the journal, one file per backup named after the
//! journal, `STEM-YYYYMMDD-HHMMSS-REASON.db` (`journal-20261128-093000-daily.db` for
//! `journal.db`), readable by the user only. Journals sharing a folder keep their backups apart. They are taken at app start
//! at most once a day, before every import, restore and schema migration, and on request;
//! backups older than the `backup_keep_days` setting are removed, always keeping the newest.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::Connection;

use super::Store;
use super::error::{StoreError, StoreResult};
use super::open::{
    check_existing, create_private_dir, create_private_file, io_error, restrict_permissions,
};

/// The folder, next to the journal, that holds its backups.
pub const BACKUP_FOLDER_NAME: &str = "backups";

/// Why a backup was taken; part of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupReason {
    /// The daily backup at app start.
    Daily,
    /// Before importing a file.
    BeforeImport,
    /// Before restoring another backup.
    BeforeRestore,
    /// Before upgrading the schema.
    BeforeMigration,
    /// Asked for by the user.
    Manual,
}

impl BackupReason {
    /// Every reason, for reading backup names.
    const ALL: [Self; 5] = [
        Self::Daily,
        Self::BeforeImport,
        Self::BeforeRestore,
        Self::BeforeMigration,
        Self::Manual,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Self::Daily => "daily",
            Self::BeforeImport => "before-import",
            Self::BeforeRestore => "before-restore",
            Self::BeforeMigration => "before-migration",
            Self::Manual => "manual",
        }
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    /// The file.
    pub path: PathBuf,
    /// When it was taken (local time, from its name).
    pub taken_at: NaiveDateTime,
    /// Why it was taken, as written in its name.
    pub reason: String,
    /// Its size in bytes.
    pub size_bytes: u64,
}

/// The backup folder of the journal at `journal`.
pub fn backup_folder(journal: &Path) -> PathBuf {
    journal
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join(BACKUP_FOLDER_NAME)
}

/// The backups of the journal at `journal`, newest first.
///
/// # Errors
/// [`StoreError`] when the backup folder exists but cannot be read.
pub fn list_backups(journal: &Path) -> StoreResult<Vec<BackupInfo>> {
    let folder = backup_folder(journal);
    if !folder.is_dir() {
        return Ok(Vec::new());
    }
    let mut backups = Vec::new();
    for item in fs::read_dir(&folder).map_err(|source| io_error(&folder, source))? {
        let item = item.map_err(|source| io_error(&folder, source))?;
        let path = item.path();
        let Some((taken_at, reason)) = parse_backup_name(journal, &path) else {
            continue;
        };
        let size_bytes = item.metadata().map(|metadata| metadata.len()).unwrap_or(0);
        backups.push(BackupInfo {
            path,
            taken_at,
            reason,
            size_bytes,
        });
    }
    backups.sort_by(|a, b| {
        b.taken_at
            .cmp(&a.taken_at)
            .then_with(|| b.path.cmp(&a.path))
    });
    Ok(backups)
}

/// The start of the names of `journal`'s backups: its file stem and a dash.
fn backup_prefix(journal: &Path) -> String {
    let stem = journal
        .file_stem()
        .map_or_else(|| "journal".into(), |stem| stem.to_string_lossy());
    format!("{stem}-")
}

/// When and why the backup at `path` of `journal` was taken; `None` for other files.
///
/// The name must be exactly `STEM-YYYYMMDD-HHMMSS-REASON.db` or `…-REASON-N.db` with a known
/// reason, so that the backups of `journal-20241231.db` are never taken for `journal.db`'s.
fn parse_backup_name(journal: &Path, path: &Path) -> Option<(NaiveDateTime, String)> {
    let name = path.file_name()?.to_str()?;
    let rest = name
        .strip_prefix(&backup_prefix(journal))?
        .strip_suffix(".db")?;
    let (stamp, reason) = rest.split_at_checked(15)?;
    let taken_at = NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S").ok()?;
    let reason = reason.strip_prefix('-')?;
    let known = BackupReason::ALL.into_iter().any(|known| {
        reason.strip_prefix(known.as_str()).is_some_and(|counter| {
            counter.is_empty()
                || counter.strip_prefix('-').is_some_and(|digits| {
                    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
                })
        })
    });
    known.then(|| (taken_at, reason.to_owned()))
}

fn backup_path(journal: &Path, now: NaiveDateTime, reason: BackupReason) -> PathBuf {
    let folder = backup_folder(journal);
    let prefix = backup_prefix(journal);
    let stamp = now.format("%Y%m%d-%H%M%S");
    let mut path = folder.join(format!("{prefix}{stamp}-{}.db", reason.as_str()));
    let mut counter = 2;
    while path.exists() {
        path = folder.join(format!("{prefix}{stamp}-{}-{counter}.db", reason.as_str()));
        counter += 1;
    }
    path
}

/// Copies the database behind `connection` into a new private backup file.
pub(super) fn backup_connection(
    connection: &Connection,
    journal: &Path,
    now: NaiveDateTime,
    reason: BackupReason,
) -> StoreResult<PathBuf> {
    create_private_dir(&backup_folder(journal))?;
    let path = backup_path(journal, now, reason);
    create_private_file(&path)?;
    if let Err(error) = connection.backup(rusqlite::MAIN_DB, &path, None) {
        let _ = fs::remove_file(&path);
        return Err(error.into());
    }
    // A backup is a plain, self-contained file: fold any write-ahead log into it.
    let copy = Connection::open(&path)?;
    copy.pragma_update(None, "journal_mode", "DELETE")?;
    drop(copy);
    restrict_permissions(&path)?;
    Ok(path)
}

/// Removes backups taken before `keep_days` days ago, always keeping the newest one.
///
/// # Errors
/// [`StoreError`] when the backup folder cannot be read or a backup cannot
/// be removed.
pub fn prune_backups(journal: &Path, keep_days: u32, today: NaiveDate) -> StoreResult<usize> {
    let oldest_kept = today - chrono::Duration::days(i64::from(keep_days));
    let mut removed = 0;
    for backup in list_backups(journal)?.into_iter().skip(1) {
        if backup.taken_at.date() < oldest_kept {
            fs::remove_file(&backup.path).map_err(|source| io_error(&backup.path, source))?;
            removed += 1;
        }
    }
    Ok(removed)
}

impl Store {
    /// Takes a backup of the journal now. In-memory journals have nothing to back up.
    ///
    /// # Errors
    /// [`StoreError`] when the backup folder cannot be made or the copy
    /// cannot be written.
    pub fn backup(&self, now: NaiveDateTime, reason: BackupReason) -> StoreResult<Option<PathBuf>> {
        let Some(journal) = self.path.clone() else {
            return Ok(None);
        };
        let path = backup_connection(&self.connection, &journal, now, reason)?;
        Ok(Some(path))
    }

    /// Takes the daily backup unless one was taken today, then prunes old backups.
    /// Returns the new backup, if one was taken.
    ///
    /// # Errors
    /// [`StoreError`] when the backup cannot be written or old backups cannot
    /// be listed or removed.
    pub fn daily_backup(&self, now: NaiveDateTime) -> StoreResult<Option<PathBuf>> {
        let Some(journal) = self.path.clone() else {
            return Ok(None);
        };
        let taken_today = list_backups(&journal)?
            .first()
            .is_some_and(|newest| newest.taken_at.date() == now.date());
        if taken_today || self.is_empty()? {
            return Ok(None);
        }
        let path = backup_connection(&self.connection, &journal, now, BackupReason::Daily)?;
        prune_backups(&journal, self.settings()?.backup_keep_days, now.date())?;
        Ok(Some(path))
    }

    /// Replaces the journal's content with the backup at `backup`, after backing up the
    /// current content. The backup must be a Relief Journal this version can read.
    /// Returns the backup taken of the current content.
    ///
    /// # Errors
    /// [`StoreError`] when the backup is not a journal this version can read,
    /// or the current content cannot be backed up or replaced; the journal is then unchanged.
    pub fn restore(&mut self, backup: &Path, now: NaiveDateTime) -> StoreResult<Option<PathBuf>> {
        check_existing(backup)?;
        let source =
            Connection::open_with_flags(backup, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let application_id: i32 =
            source.query_row("PRAGMA application_id", [], |row| row.get(0))?;
        if application_id != super::APPLICATION_ID {
            return Err(StoreError::NotAJournal {
                path: backup.to_owned(),
                reason: "an empty file".into(),
            });
        }
        drop(source);
        let safety_copy = self.backup(now, BackupReason::BeforeRestore)?;
        self.connection.restore(
            rusqlite::MAIN_DB,
            backup,
            None::<fn(rusqlite::backup::Progress)>,
        )?;
        super::migrations().to_latest(&mut self.connection)?;
        Ok(safety_copy)
    }
}

/// What [`restore_journal`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreOutcome {
    /// The backup taken of the journal's previous content, if it could be opened.
    pub safety_copy: Option<PathBuf>,
    /// Where a journal that could not be opened (damaged, foreign or newer) was moved, untouched.
    pub set_aside: Option<PathBuf>,
}

/// Restores the backup at `backup` into the journal at `journal`, whatever state the journal
/// is in: a readable journal is backed up first; one that cannot be opened is renamed aside
/// (never overwritten or deleted) and a fresh journal is made from the backup.
///
/// # Errors
/// [`StoreError`] when the backup cannot be read as a journal, or the journal
/// cannot be backed up, set aside or written.
pub fn restore_journal(
    journal: &Path,
    backup: &Path,
    now: NaiveDateTime,
) -> StoreResult<RestoreOutcome> {
    check_existing(backup)?;
    let mut set_aside = None;
    if journal.exists() {
        match Store::open(journal) {
            Ok(mut store) => {
                let safety_copy = store.restore(backup, now)?;
                return Ok(RestoreOutcome {
                    safety_copy,
                    set_aside: None,
                });
            }
            Err(
                StoreError::NotAJournal { .. }
                | StoreError::Damaged { .. }
                | StoreError::NewerSchema { .. },
            ) => {
                set_aside = Some(move_aside(journal, now)?);
            }
            Err(error) => return Err(error),
        }
    }
    let mut store = Store::open(journal)?;
    store.restore(backup, now)?;
    Ok(RestoreOutcome {
        safety_copy: None,
        set_aside,
    })
}

/// Renames the journal and its side files to `NAME.set-aside-YYYYMMDD-HHMMSS`.
fn move_aside(journal: &Path, now: NaiveDateTime) -> StoreResult<PathBuf> {
    let suffix = format!(".set-aside-{}", now.format("%Y%m%d-%H%M%S"));
    let mut moved = None;
    for file in super::open::with_side_files(journal) {
        if file.exists() {
            let mut target = file.as_os_str().to_owned();
            target.push(&suffix);
            let target = PathBuf::from(target);
            fs::rename(&file, &target).map_err(|source| io_error(&file, source))?;
            if moved.is_none() {
                moved = Some(target);
            }
        }
    }
    moved.ok_or_else(|| io_error(journal, std::io::ErrorKind::NotFound.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_carry_time_and_reason() {
        let journal = Path::new("/x/journal.db");
        let path = Path::new("/x/backups/journal-20261128-093000-before-import.db");
        let (taken_at, reason) = parse_backup_name(journal, path).unwrap();
        assert_eq!(taken_at.to_string(), "2026-11-28 09:30:00");
        assert_eq!(reason, "before-import");
        assert_eq!(
            parse_backup_name(journal, Path::new("/x/backups/notes.txt")),
            None
        );
    }

    #[test]
    fn journals_sharing_a_folder_keep_their_backups_apart() {
        let backup = Path::new("/x/backups/demo-20261128-093000-daily.db");
        assert!(parse_backup_name(Path::new("/x/demo.db"), backup).is_some());
        assert_eq!(parse_backup_name(Path::new("/x/journal.db"), backup), None);
        let named = Path::new("/x/backups/my journal-20261128-093000-manual.db");
        assert!(parse_backup_name(Path::new("/x/my journal.db"), named).is_some());
        assert_eq!(parse_backup_name(Path::new("/x/my.db"), named), None);
    }

    #[test]
    fn a_journal_named_after_a_date_keeps_its_backups() {
        let dated = Path::new("/x/journal-20241231.db");
        let backup = Path::new("/x/backups/journal-20241231-20261128-093000-daily.db");
        assert!(parse_backup_name(dated, backup).is_some());
        assert_eq!(parse_backup_name(Path::new("/x/journal.db"), backup), None);
        let second = Path::new("/x/backups/journal-20261128-093000-manual-2.db");
        let (_, reason) = parse_backup_name(Path::new("/x/journal.db"), second).unwrap();
        assert_eq!(reason, "manual-2");
        let odd = Path::new("/x/backups/journal-20261128-093000-manual-x.db");
        assert_eq!(parse_backup_name(Path::new("/x/journal.db"), odd), None);
    }
}
