//! Rotating backups of the journal through SQLite's online backup API.
//!
//! Backups live in a `backups` folder next to the journal, one file per backup named after the
//! journal, `STEM-YYYYMMDD-HHMMSS-REASON-seqN.db` (`journal-20261128-093000-daily-seq12.db` for
//! `journal.db`), readable by the user only. Journals sharing a folder keep their backups apart.
//! They are taken at app start at most once a day, before every import, restore and schema
//! migration, and on request.
//!
//! The clock can be wrong (a dead clock battery, a wrong time zone, a virtual machine restored
//! from a snapshot), so the order of backups does not rest on it: `seqN` counts the backups in
//! the order they were written, and "the latest backup" is the one written last, whatever the
//! date in its name. After every backup, copies older than the `backup_keep_days` setting are
//! removed, with three guards against a wrong clock: the newest [`ALWAYS_KEPT`] copies are kept
//! whatever their dates; a copy's age is never taken as less than that of a copy written after
//! it; and nothing is removed when the clock reads earlier than the copy written before, or
//! more than [`CLOCK_JUMP_DAYS`] (or `backup_keep_days`, if longer) later than it. Names written by earlier versions
//! (`STEM-YYYYMMDD-HHMMSS-REASON.db`, `…-REASON-N.db`) are read too, as older than every
//! numbered copy.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use rusqlite::Connection;

use super::Store;
use super::access::ReadOnly;
use super::error::{StoreError, StoreResult};
use super::files::{create_private_dir, create_private_file, io_error, restrict_permissions};
use super::open::{check_existing, check_existing_with, open_read_only};
use super::passphrase::{FileKind, Passphrase, export_copy};

/// The folder, next to the journal, that holds its backups.
pub const BACKUP_FOLDER_NAME: &str = "backups";

/// How many of the most recently written backups are kept whatever the dates in their names say.
pub const ALWAYS_KEPT: usize = 7;

/// A clock that reads more than this many days (or `backup_keep_days`, if longer) after the
/// previous backup is taken to have jumped, and nothing is pruned on its word.
pub const CLOCK_JUMP_DAYS: u32 = 31;

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
    /// Before setting, changing or removing the journal's passphrase.
    BeforePassphrase,
    /// Before merging another computer's changes (a sync, a merged file).
    BeforeMerge,
}

impl BackupReason {
    /// Every reason, for reading backup names.
    const ALL: [Self; 7] = [
        Self::Daily,
        Self::BeforeImport,
        Self::BeforeRestore,
        Self::BeforeMigration,
        Self::Manual,
        Self::BeforePassphrase,
        Self::BeforeMerge,
    ];

    /// The reason as backup names write it: `daily`, `before-import`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Daily => "daily",
            Self::BeforeImport => "before-import",
            Self::BeforeRestore => "before-restore",
            Self::BeforeMigration => "before-migration",
            Self::Manual => "manual",
            Self::BeforePassphrase => "before-passphrase",
            Self::BeforeMerge => "before-merge",
        }
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    /// The file.
    pub path: PathBuf,
    /// When it was taken (local time, from its name, as the clock read then).
    pub taken_at: NaiveDateTime,
    /// Its place in the order backups were written (1 for the first); 0 for names written by
    /// versions that did not count.
    pub sequence: u64,
    /// Why it was taken, as written in its name (`before-import`, `manual-2`); see
    /// [`BackupInfo::kind`].
    pub reason: String,
    /// Its size in bytes.
    pub size_bytes: u64,
}

impl BackupInfo {
    /// Why the backup was taken, read from its name; `None` for a reason this version does not
    /// know.
    pub fn kind(&self) -> Option<BackupReason> {
        BackupReason::ALL
            .into_iter()
            .filter(|known| self.reason.starts_with(known.as_str()))
            .max_by_key(|known| known.as_str().len())
    }
}

/// The backup folder of the journal at `journal`.
pub fn backup_folder(journal: &Path) -> PathBuf {
    journal
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join(BACKUP_FOLDER_NAME)
}

/// The backups of the journal at `journal`, the most recently written first (by their
/// sequence number, then by the time in their names).
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
        let Some(BackupName {
            taken_at,
            reason,
            sequence,
        }) = parse_backup_name(journal, &path)
        else {
            continue;
        };
        let size_bytes = item.metadata().map(|metadata| metadata.len()).unwrap_or(0);
        backups.push(BackupInfo {
            path,
            taken_at,
            sequence,
            reason,
            size_bytes,
        });
    }
    backups.sort_by(|a, b| {
        b.sequence
            .cmp(&a.sequence)
            .then_with(|| b.taken_at.cmp(&a.taken_at))
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

/// What a backup's name says.
#[derive(Debug, PartialEq, Eq)]
struct BackupName {
    taken_at: NaiveDateTime,
    reason: String,
    sequence: u64,
}

/// When and why the backup at `path` of `journal` was taken; `None` for other files.
///
/// The name must be exactly `STEM-YYYYMMDD-HHMMSS-REASON-seqN.db`, or (from earlier versions)
/// `STEM-YYYYMMDD-HHMMSS-REASON.db` or `…-REASON-N.db`, with a known reason, so that the
/// backups of `journal-20241231.db` are never taken for `journal.db`'s.
fn parse_backup_name(journal: &Path, path: &Path) -> Option<BackupName> {
    let name = path.file_name()?.to_str()?;
    let rest = name
        .strip_prefix(&backup_prefix(journal))?
        .strip_suffix(".db")?;
    let (stamp, reason) = rest.split_at_checked(15)?;
    let taken_at = NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S").ok()?;
    let reason = reason.strip_prefix('-')?;
    let (reason, sequence) = match reason.rsplit_once("-seq") {
        Some((reason, digits)) => (reason, parse_digits(digits)?),
        None => (reason, 0),
    };
    let known = BackupReason::ALL.into_iter().any(|known| {
        reason.strip_prefix(known.as_str()).is_some_and(|counter| {
            counter.is_empty()
                || counter.strip_prefix('-').is_some_and(|digits| {
                    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
                })
        })
    });
    known.then(|| BackupName {
        taken_at,
        reason: reason.to_owned(),
        sequence,
    })
}

/// A positive whole number written with ASCII digits only.
fn parse_digits(digits: &str) -> Option<u64> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&number| number > 0)
}

/// The name of the next backup: the time and reason, and a sequence number one above every
/// backup already there.
fn backup_path(
    journal: &Path,
    existing: &[BackupInfo],
    now: NaiveDateTime,
    reason: BackupReason,
) -> PathBuf {
    let folder = backup_folder(journal);
    let prefix = backup_prefix(journal);
    let stamp = now.format("%Y%m%d-%H%M%S");
    let mut sequence = existing
        .iter()
        .map(|backup| backup.sequence)
        .max()
        .unwrap_or(0)
        + 1;
    loop {
        let path = folder.join(format!(
            "{prefix}{stamp}-{}-seq{sequence}.db",
            reason.as_str()
        ));
        if !path.exists() {
            return path;
        }
        sequence += 1;
    }
}

/// Makes the backup folder, saying plainly when a file stands where it should be.
fn create_backup_folder(journal: &Path) -> StoreResult<PathBuf> {
    let folder = backup_folder(journal);
    if folder.exists() && !folder.is_dir() {
        return Err(StoreError::BackupFolderIsAFile {
            path: folder.clone(),
        });
    }
    create_private_dir(&folder)?;
    Ok(folder)
}

/// Copies the database behind `connection` into a new private backup file, encrypted with
/// `passphrase` when the journal is (SQLCipher copies pages only between files keyed alike).
pub(super) fn backup_connection(
    connection: &Connection,
    journal: &Path,
    passphrase: Option<&Passphrase>,
    now: NaiveDateTime,
    reason: BackupReason,
) -> StoreResult<PathBuf> {
    let folder = create_backup_folder(journal)?;
    remove_partial_copies(journal, &folder);
    let existing = list_backups(journal)?;
    let path = backup_path(journal, &existing, now, reason);
    // Written under a name no listing takes for a backup, then renamed: a copy cut short (a
    // full disk, a kill, a power cut) is never offered as the latest backup. A backup is a
    // self-contained file under the journal's key: any write-ahead log is folded into it.
    let partial = partial_path(&path);
    create_private_file(&partial)?;
    let written = copy_into(connection, &partial, passphrase)
        .and_then(|()| restrict_permissions(&partial))
        .and_then(|()| fs::rename(&partial, &path).map_err(|source| io_error(&path, source)));
    if let Err(error) = written {
        let _ = fs::remove_file(&partial);
        return Err(error);
    }
    Ok(path)
}

/// The name a backup is written under before it is complete.
fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(PARTIAL_SUFFIX);
    PathBuf::from(name)
}

/// The end of the name of a backup still being written.
const PARTIAL_SUFFIX: &str = ".partial";

/// Removes copies of `journal` left unfinished by an earlier backup that was cut short.
fn remove_partial_copies(journal: &Path, folder: &Path) {
    let Ok(items) = fs::read_dir(folder) else {
        return;
    };
    for item in items.flatten() {
        let path = item.path();
        let unfinished = path
            .to_str()
            .map(|text| {
                ["-journal", "-wal", "-shm"]
                    .into_iter()
                    .find_map(|side| text.strip_suffix(side))
                    .unwrap_or(text)
            })
            .and_then(|text| text.strip_suffix(PARTIAL_SUFFIX))
            .is_some_and(|finished| parse_backup_name(journal, Path::new(finished)).is_some());
        if unfinished && let Err(error) = fs::remove_file(&path) {
            log::warn!(
                "{}: an unfinished backup was not removed ({error})",
                path.display()
            );
        }
    }
}

/// Copies the database behind `connection` into the empty file at `path`, keyed with
/// `passphrase`, in rollback-journal mode.
fn copy_into(
    connection: &Connection,
    path: &Path,
    passphrase: Option<&Passphrase>,
) -> StoreResult<()> {
    let mut copy = Connection::open(path)?;
    if let Some(passphrase) = passphrase {
        super::passphrase::key_connection(&copy, path, passphrase)?;
    }
    rusqlite::backup::Backup::new(connection, &mut copy)?.run_to_completion(
        256,
        std::time::Duration::ZERO,
        None,
    )?;
    copy.pragma_update(None, "journal_mode", "DELETE")?;
    Ok(())
}

/// Removes backups older than `keep_days` days before `now`, after a backup was written (see
/// the module's documentation for the guards against a wrong clock). Returns how many were
/// removed.
///
/// # Errors
/// [`StoreError`] when the backup folder cannot be read or a backup cannot be removed.
pub fn prune_backups(journal: &Path, keep_days: u32, now: NaiveDateTime) -> StoreResult<usize> {
    let backups = list_backups(journal)?;
    let keep = chrono::Duration::days(i64::from(keep_days));
    let jump = chrono::Duration::days(i64::from(keep_days.max(CLOCK_JUMP_DAYS)));
    // The copy written before the newest one: the clock must not read earlier than it, nor
    // far later (a jump forward would otherwise age every copy at once).
    if let Some(previous) = backups.get(1)
        && (now < previous.taken_at || now - previous.taken_at > jump)
    {
        log::info!(
            "backups not pruned: the clock reads {now}, the copy written before the newest is dated {}",
            previous.taken_at
        );
        return Ok(0);
    }
    let oldest_kept = now - keep;
    let mut removed = 0;
    // Walking from the newest, a copy counts as no younger than the one written after it.
    let mut age_limit = now;
    for (position, backup) in backups.iter().enumerate() {
        let dated = backup.taken_at.min(age_limit);
        age_limit = dated;
        if position < ALWAYS_KEPT || dated >= oldest_kept {
            continue;
        }
        fs::remove_file(&backup.path).map_err(|source| io_error(&backup.path, source))?;
        removed += 1;
    }
    Ok(removed)
}

/// Prunes after a backup; a failure to prune is logged, not fatal (the backup itself was made).
fn prune_after_backup(journal: &Path, keep_days: u32, now: NaiveDateTime) {
    if let Err(error) = prune_backups(journal, keep_days, now) {
        log::warn!("old backups could not be removed: {error}");
    }
}

impl Store {
    /// Takes a backup of the journal now. In-memory journals have nothing to back up.
    ///
    /// # Errors
    /// [`StoreError`] when the backup folder cannot be made or the copy
    /// cannot be written.
    /// Then removes old backups (see [`prune_backups`]).
    pub fn backup(&self, now: NaiveDateTime, reason: BackupReason) -> StoreResult<Option<PathBuf>> {
        let Some(journal) = self.path.clone() else {
            return Ok(None);
        };
        if let Some(reason @ ReadOnly::Folder(_)) = self.read_only() {
            return Err(StoreError::ReadOnly {
                reason: reason.clone(),
            });
        }
        let path = backup_connection(
            &self.connection,
            &journal,
            self.passphrase.as_ref(),
            now,
            reason,
        )?;
        prune_after_backup(&journal, self.settings()?.backup_keep_days, now);
        Ok(Some(path))
    }

    /// Takes the daily backup unless the most recently written backup is dated today, then
    /// prunes old backups. Returns the new backup, if one was taken. A journal opened for
    /// reading only gets none: nothing in it can change.
    ///
    /// # Errors
    /// [`StoreError`] when the backup cannot be written or old backups cannot be listed.
    pub fn daily_backup(&self, now: NaiveDateTime) -> StoreResult<Option<PathBuf>> {
        let Some(journal) = self.path.clone() else {
            return Ok(None);
        };
        if self.read_only().is_some() {
            return Ok(None);
        }
        let taken_today = list_backups(&journal)?
            .first()
            .is_some_and(|newest| newest.taken_at.date() == now.date());
        if taken_today || self.is_empty()? {
            return Ok(None);
        }
        self.backup(now, BackupReason::Daily)
    }

    /// Replaces the journal's content with the backup at `backup`, after backing up the
    /// current content. The backup must be a Relief Journal this version can read: plain, or
    /// protected by the journal's own passphrase. A plain backup restored into a protected
    /// journal is encrypted on the way in.
    /// Returns the backup taken of the current content.
    ///
    /// # Errors
    /// [`StoreError`] when the backup is not a journal this version can read,
    /// or the current content cannot be backed up or replaced; the journal is then unchanged.
    /// [`StoreError::Protected`] when the backup is protected and the journal is not;
    /// [`StoreError::WrongPassphrase`] when the backup is protected by another passphrase.
    pub fn restore(&mut self, backup: &Path, now: NaiveDateTime) -> StoreResult<Option<PathBuf>> {
        self.writable()?;
        super::open::refuse_folder(backup)?;
        let access = super::open::access(backup)?;
        let kind = check_existing_with(backup, &access, self.passphrase.as_ref())?;
        if kind == FileKind::Plain
            && let (Some(passphrase), Some(journal)) = (self.passphrase.clone(), self.path.clone())
        {
            // SQLCipher copies pages only between files keyed alike: encrypt a copy first.
            let encrypted = backup_folder(&journal).join(".restoring.db");
            create_backup_folder(&journal)?;
            export_copy(backup, None, &encrypted, Some(&passphrase))?;
            let restored = self.restore(&encrypted, now);
            for file in super::files::with_side_files(&encrypted) {
                let _ = fs::remove_file(file);
            }
            return restored;
        }
        let key = (kind == FileKind::Protected)
            .then_some(self.passphrase.as_ref())
            .flatten();
        // Read only, so a backup on a read-only disk or snapshot restores too.
        let source = open_read_only(backup, &access, key)?;
        let application_id: i32 =
            source.query_row("PRAGMA application_id", [], |row| row.get(0))?;
        if application_id != super::APPLICATION_ID {
            return Err(StoreError::NotAJournal {
                path: backup.to_owned(),
                reason: super::error::NotAJournal::EmptyDatabase,
            });
        }
        let safety_copy = self.backup(now, BackupReason::BeforeRestore)?;
        let before = super::changes::record_keys(&self.connection)?;
        super::changes::uninstall(&self.connection)?;
        rusqlite::backup::Backup::new(&source, &mut self.connection)?.run_to_completion(
            256,
            std::time::Duration::ZERO,
            None,
        )?;
        drop(source);
        super::migrations().to_latest(&mut self.connection)?;
        super::changes::install(&self.connection, &self.computer)?;
        super::changes::stamp_restored(&self.connection, &before)?;
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
    restore_journal_with(journal, backup, None, now)
}

/// [`restore_journal`] with a passphrase: a protected backup needs it, and it opens a protected
/// journal too. When there is no journal to restore into (or it was set aside), a protected
/// backup is copied whole, so the journal made from it stays protected by the same passphrase.
/// A journal that the passphrase opening the backup does not open is set aside untouched.
///
/// # Errors
/// As [`restore_journal`], and [`StoreError::Protected`] or [`StoreError::WrongPassphrase`]
/// when `passphrase` is missing or does not open the backup or the journal.
pub fn restore_journal_with(
    journal: &Path,
    backup: &Path,
    passphrase: Option<&Passphrase>,
    now: NaiveDateTime,
) -> StoreResult<RestoreOutcome> {
    let backup_kind = check_existing(backup, passphrase)?;
    let mut set_aside = None;
    if journal.exists() {
        match Store::open_with(journal, passphrase) {
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
            // The passphrase opens the backup but not the journal: the journal is damaged where
            // its key is checked, or under another passphrase. Either way it is kept, untouched.
            Err(StoreError::WrongPassphrase { .. }) if backup_kind == FileKind::Protected => {
                set_aside = Some(move_aside(journal, now)?);
            }
            Err(error) => return Err(error),
        }
    }
    if let (FileKind::Protected, Some(passphrase)) = (backup_kind, passphrase) {
        copy_protected_backup(journal, backup, passphrase)?;
        return Ok(RestoreOutcome {
            safety_copy: None,
            set_aside,
        });
    }
    let mut store = Store::open(journal)?;
    store.restore(backup, now)?;
    Ok(RestoreOutcome {
        safety_copy: None,
        set_aside,
    })
}

/// Makes a new journal at `journal` from a whole protected backup (written beside it, then
/// renamed into place), and opens it once so that it is checked and back in WAL mode.
fn copy_protected_backup(
    journal: &Path,
    backup: &Path,
    passphrase: &Passphrase,
) -> StoreResult<()> {
    let copy = super::passphrase::converting_path(journal);
    super::passphrase::export_copy(backup, Some(passphrase), &copy, Some(passphrase))?;
    fs::rename(&copy, journal).map_err(|source| io_error(journal, source))?;
    drop(Store::open_with(journal, Some(passphrase))?);
    Ok(())
}

/// Renames the journal and its side files to `NAME.set-aside-YYYYMMDD-HHMMSS`, unchanged, and
/// returns the journal's new name (for a journal whose passphrase is lost: a new one can then be
/// started at the same place while the old file is kept).
///
/// # Errors
/// [`StoreError::Io`] when there is no journal or it cannot be renamed.
pub fn move_aside(journal: &Path, now: NaiveDateTime) -> StoreResult<PathBuf> {
    let suffix = format!(".set-aside-{}", now.format("%Y%m%d-%H%M%S"));
    let mut moved = None;
    for file in super::files::with_side_files(journal) {
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
        let name = parse_backup_name(journal, path).unwrap();
        assert_eq!(name.taken_at.to_string(), "2026-11-28 09:30:00");
        assert_eq!(name.reason, "before-import");
        assert_eq!(name.sequence, 0);
        let numbered = Path::new("/x/backups/journal-20261128-093000-daily-seq41.db");
        let name = parse_backup_name(journal, numbered).unwrap();
        assert_eq!((name.reason.as_str(), name.sequence), ("daily", 41));
        for odd in [
            "daily-seq",
            "daily-seq0",
            "daily-seqx",
            "daily-seq-4",
            "dialy-seq4",
        ] {
            let path = format!("/x/backups/journal-20261128-093000-{odd}.db");
            assert_eq!(parse_backup_name(journal, Path::new(&path)), None, "{odd}");
        }
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
        let name = parse_backup_name(Path::new("/x/journal.db"), second).unwrap();
        assert_eq!(name.reason, "manual-2");
        let odd = Path::new("/x/backups/journal-20261128-093000-manual-x.db");
        assert_eq!(parse_backup_name(Path::new("/x/journal.db"), odd), None);
    }
}
