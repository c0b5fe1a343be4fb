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
use super::open::{check_existing_keyed, open_read_only};
use super::passphrase::{Passphrase, checkpoint_to_single_file, export_copy, open_keyed};

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
    /// Whether it was kept with a journal set aside after "Forgot it?" (its name ends in
    /// `-kept.db`): listed, restorable, never pruned.
    pub kept: bool,
}

/// What opens a backup (or a kept journal), as `backup --list` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupProtection {
    /// A plain SQLite file.
    Plain,
    /// Protected by the journal's own passphrase.
    JournalPassphrase,
    /// Protected by another passphrase (an earlier one, after a change that was interrupted,
    /// or that of a journal set aside): restoring it asks for that one.
    OtherPassphrase,
    /// Not a file this version can read as a journal (empty, cut short, another format).
    NotAJournal,
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
            kept,
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
            kept,
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
    kept: bool,
}

/// When and why the backup at `path` of `journal` was taken; `None` for other files.
///
/// The name must be exactly `STEM-YYYYMMDD-HHMMSS-REASON-seqN.db`, or (from earlier versions)
/// `STEM-YYYYMMDD-HHMMSS-REASON.db` or `…-REASON-N.db`, with a known reason, so that the
/// backups of `journal-20241231.db` are never taken for `journal.db`'s; any of them may end in
/// `-kept.db` instead of `.db` (kept with a journal set aside).
fn parse_backup_name(journal: &Path, path: &Path) -> Option<BackupName> {
    let name = path.file_name()?.to_str()?;
    let rest = name
        .strip_prefix(&backup_prefix(journal))?
        .strip_suffix(".db")?;
    let (rest, kept) = match rest.strip_suffix(KEPT_BACKUP_SUFFIX) {
        Some(rest) => (rest, true),
        None => (rest, false),
    };
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
        kept,
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
    create_backup_folder(journal)?;
    remove_partial_copies(journal);
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
pub(super) const PARTIAL_SUFFIX: &str = ".partial";

/// Removes copies of `journal` left unfinished by an earlier backup that was cut short.
fn remove_partial_copies(journal: &Path) {
    let Ok(leftovers) = super::leftovers::find_leftovers(journal) else {
        return;
    };
    for leftover in leftovers {
        if leftover.kind == super::leftovers::LeftoverKind::PartialBackup
            && let Err(error) = super::leftovers::remove(&leftover.path)
        {
            log::warn!(
                "{}: an unfinished backup was not removed ({error})",
                leftover.path.display()
            );
        }
    }
}

/// Whether `path` is named as a backup of `journal` (see [`list_backups`]).
pub(super) fn is_backup_of(journal: &Path, path: &Path) -> bool {
    parse_backup_name(journal, path).is_some()
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
        super::passphrase::key_new_file(&copy, passphrase)?;
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
    // Backups kept with a journal set aside are never pruned.
    let backups: Vec<BackupInfo> = list_backups(journal)?
        .into_iter()
        .filter(|backup| !backup.kept)
        .collect();
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

    /// What opens the file at `path` (a backup, a kept journal): nothing, the journal's own
    /// passphrase, or another one. Trying the journal's passphrase costs one key derivation.
    pub fn protection_of(&self, path: &Path) -> BackupProtection {
        match super::passphrase::file_kind(path) {
            Ok(super::passphrase::FileKind::Plain) => BackupProtection::Plain,
            Ok(super::passphrase::FileKind::Protected) => match &self.passphrase {
                Some(own) if open_keyed(path, Some(own)).is_ok() => {
                    BackupProtection::JournalPassphrase
                }
                _ => BackupProtection::OtherPassphrase,
            },
            _ => BackupProtection::NotAJournal,
        }
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

    /// Replaces the journal's content with the backup at `backup` (plain, or protected by the
    /// journal's own passphrase), after backing up the current content. Returns the backup
    /// taken of the current content. [`restore_journal_with`] restores a file under another
    /// passphrase too.
    ///
    /// # Errors
    /// [`StoreError`] when the file is not a journal this version can read, or the current
    /// content cannot be backed up or replaced; the journal is then unchanged.
    /// [`StoreError::RestorePassphrase`] when the file is protected by another passphrase.
    pub fn restore(&mut self, backup: &Path, now: NaiveDateTime) -> StoreResult<Option<PathBuf>> {
        let key = passphrase_for_file(backup, None, self.passphrase.as_ref())?;
        self.restore_content(backup, key.as_ref(), now)
    }

    /// Replaces the journal's content with the file at `backup` (a backup, or a journal kept
    /// aside), after backing up the current content. The journal keeps its own protection: a
    /// file under another key (a plain one, or one protected by `file_key`, the passphrase that
    /// opens it as [`passphrase_for_file`] found it) is first copied, checked, under the
    /// journal's key beside the backups, as SQLCipher copies pages only between files keyed
    /// alike. A protected file is never restored into a plain journal here: its content would
    /// be written plain ([`restore_journal_with`] makes the journal a whole copy of the file).
    /// Returns the backup taken of the current content.
    ///
    /// # Errors
    /// [`StoreError`] when the file is not a journal this version can read, or the current
    /// content cannot be backed up or replaced; the journal is then unchanged.
    /// [`StoreError::RestorePassphrase`] when the file is protected and the journal is not.
    fn restore_content(
        &mut self,
        backup: &Path,
        file_key: Option<&Passphrase>,
        now: NaiveDateTime,
    ) -> StoreResult<Option<PathBuf>> {
        self.writable()?;
        if file_key.is_some() && self.passphrase.is_none() {
            return Err(StoreError::RestorePassphrase {
                path: backup.to_owned(),
                tried: false,
            });
        }
        if file_key != self.passphrase.as_ref()
            && let Some(journal) = self.path.clone()
        {
            let copy = restoring_path(&journal);
            create_backup_folder(&journal)?;
            export_copy(backup, file_key, &copy, self.passphrase.as_ref())?;
            let key = self.passphrase.clone();
            let restored = self.restore_keyed(&copy, key.as_ref(), now);
            remove_with_every_side_file(&copy);
            return restored;
        }
        self.restore_keyed(backup, file_key, now)
    }

    /// Copies the file at `source`, keyed with `key` exactly as the journal is, into the journal
    /// through SQLite's backup API, after a backup of the current content.
    fn restore_keyed(
        &mut self,
        source_path: &Path,
        key: Option<&Passphrase>,
        now: NaiveDateTime,
    ) -> StoreResult<Option<PathBuf>> {
        let access = super::open::access(source_path)?;
        // Read only, so a backup on a read-only disk or snapshot restores too.
        let source = open_read_only(source_path, &access, key)?;
        let application_id: i32 =
            source.query_row("PRAGMA application_id", [], |row| row.get(0))?;
        if application_id != super::APPLICATION_ID {
            return Err(StoreError::NotAJournal {
                path: source_path.to_owned(),
                reason: super::error::NotAJournal::EmptyDatabase,
            });
        }
        let safety_copy = self.backup(now, BackupReason::BeforeRestore)?;
        super::changes::keep_before_restore(&self.connection)?;
        super::changes::uninstall(&self.connection)?;
        rusqlite::backup::Backup::new(&source, &mut self.connection)?.run_to_completion(
            256,
            std::time::Duration::ZERO,
            None,
        )?;
        drop(source);
        super::migrations().to_latest(&mut self.connection)?;
        super::changes::install(&self.connection, &self.computer)?;
        super::changes::stamp_restored(&self.connection)?;
        self.note_last_logged_day();
        Ok(safety_copy)
    }
}

/// The copy, under the journal's key, that a restore of a file under another key is made from:
/// `.STEM-restoring.db` in the backups folder, apart from another journal's in the same folder.
pub(super) fn restoring_path(journal: &Path) -> PathBuf {
    backup_folder(journal).join(format!(".{}restoring.db", backup_prefix(journal)))
}

/// Removes `path` and every side file SQLite may have left beside it (`-journal`, `-wal`,
/// `-shm`), those that are there; what cannot be removed is logged.
pub(super) fn remove_with_every_side_file(path: &Path) {
    let mut rollback = path.as_os_str().to_owned();
    rollback.push("-journal");
    let files = super::files::with_side_files(path);
    for file in files.iter().chain([&PathBuf::from(rollback)]) {
        match fs::remove_file(file) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => log::warn!("{}: not removed ({error})", file.display()),
        }
    }
}

/// The passphrase that opens the file at `file`, to restore it: `given` (typed for that file),
/// else the journal's own `journal_key`; `None` for a plain file. Returned as it keys the file
/// (see [`Passphrase`]). The file is checked as a journal this version can read.
///
/// # Errors
///
/// [`StoreError::RestorePassphrase`] when the file is protected and neither passphrase opens
/// it (`tried` when one was tried); the errors of [`super::open::check_existing_with`] for a file
/// that is not a journal this version can read.
pub fn passphrase_for_file(
    file: &Path,
    given: Option<&Passphrase>,
    journal_key: Option<&Passphrase>,
) -> StoreResult<Option<Passphrase>> {
    super::open::refuse_folder(file)?;
    let access = super::open::access(file)?;
    let candidates: Vec<&Passphrase> = given.into_iter().chain(journal_key).collect();
    if candidates.is_empty() {
        return match check_existing_keyed(file, &access, None) {
            Ok((_, keyed)) => Ok(keyed),
            Err(StoreError::Protected { .. }) => Err(StoreError::RestorePassphrase {
                path: file.to_owned(),
                tried: false,
            }),
            Err(error) => Err(error),
        };
    }
    for candidate in candidates {
        match check_existing_keyed(file, &access, Some(candidate)) {
            Ok((_, keyed)) => return Ok(keyed),
            Err(StoreError::WrongPassphrase { .. }) => {}
            Err(error) => return Err(error),
        }
    }
    Err(StoreError::RestorePassphrase {
        path: file.to_owned(),
        tried: true,
    })
}

/// What [`restore_journal`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreOutcome {
    /// The backup taken of the journal's previous content, if it could be opened.
    pub safety_copy: Option<PathBuf>,
    /// Where a journal that could not be opened (damaged, foreign or newer) was moved, untouched.
    pub set_aside: Option<PathBuf>,
    /// The passphrase the journal is protected with now (`None`: plain), to open it again.
    pub passphrase: Option<Passphrase>,
    /// Whether the journal took the passphrase of the file restored: a plain journal (or none)
    /// replaced whole by a protected file, so that nothing of it is ever written plain.
    pub took_file_passphrase: bool,
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
    restore_journal_with(journal, backup, None, None, now)
}

/// [`restore_journal`] for journals and files that may be protected by a passphrase:
/// `journal_key` opens a protected journal, and `file_key` the file to restore when it is
/// protected by another passphrase (the journal's is tried on it otherwise).
///
/// A journal that has a passphrase keeps it: a file under another key is copied under the
/// journal's. A plain journal replaced by a protected file (a journal kept aside after "Forgot
/// it?" and its passphrase remembered) becomes a whole, checked copy of that file, keeping its
/// passphrase, after a backup of the plain journal; its plain backups are then encrypted with
/// that passphrase, as after `passphrase set`. When there is no journal to restore into (or it
/// was set aside), a protected file is copied whole alike. A journal that the passphrase
/// opening the file does not open, when that passphrase was the one given for the journal, is
/// taken to be damaged where its key is checked and set aside untouched.
///
/// # Errors
/// As [`restore_journal`], and [`StoreError::RestorePassphrase`] when the file is protected
/// and neither passphrase opens it, [`StoreError::Protected`] or
/// [`StoreError::WrongPassphrase`] when `journal_key` is missing or does not open the journal.
/// Nothing is changed then.
pub fn restore_journal_with(
    journal: &Path,
    backup: &Path,
    journal_key: Option<&Passphrase>,
    file_key: Option<&Passphrase>,
    now: NaiveDateTime,
) -> StoreResult<RestoreOutcome> {
    let file_key = passphrase_for_file(backup, file_key, journal_key)?;
    let mut set_aside = None;
    if journal.exists() {
        match Store::open_with(journal, journal_key) {
            Ok(mut store) => {
                let key = match &file_key {
                    Some(key) if !store.is_protected() => key.clone(),
                    _ => {
                        let safety_copy = store.restore_content(backup, file_key.as_ref(), now)?;
                        return Ok(RestoreOutcome {
                            safety_copy,
                            set_aside: None,
                            passphrase: store.passphrase.clone(),
                            took_file_passphrase: false,
                        });
                    }
                };
                let safety_copy = store.backup(now, BackupReason::BeforeRestore)?;
                drop(store);
                checkpoint_to_single_file(journal, None)?;
                copy_protected_backup(journal, backup, &key)?;
                return Ok(RestoreOutcome {
                    safety_copy,
                    set_aside: None,
                    passphrase: Some(key.normalized()),
                    took_file_passphrase: true,
                });
            }
            Err(
                StoreError::NotAJournal { .. }
                | StoreError::Damaged { .. }
                | StoreError::NewerSchema { .. },
            ) => {
                set_aside = Some(move_aside(journal, now)?);
            }
            // The passphrase given for the journal opens the file but not the journal: the
            // journal is damaged where its key is checked, or under another passphrase. Either
            // way it is kept, untouched.
            Err(StoreError::WrongPassphrase { .. })
                if file_key
                    .as_ref()
                    .zip(journal_key)
                    .is_some_and(|(file, given)| file.same_as(given)) =>
            {
                set_aside = Some(move_aside(journal, now)?);
            }
            Err(error) => return Err(error),
        }
    }
    if let Some(key) = file_key {
        copy_protected_backup(journal, backup, &key)?;
        return Ok(RestoreOutcome {
            safety_copy: None,
            set_aside,
            passphrase: Some(key.normalized()),
            took_file_passphrase: true,
        });
    }
    let mut store = Store::open(journal)?;
    store.restore_content(backup, None, now)?;
    Ok(RestoreOutcome {
        safety_copy: None,
        set_aside,
        passphrase: None,
        took_file_passphrase: false,
    })
}

/// Makes the journal at `journal` a whole copy of the protected file at `backup` (written beside
/// it, checked, keyed with the normalized passphrase and renamed into place), and opens it once
/// so that it is checked, back in WAL mode, its plain backups encrypted and its last-logged-day
/// file written. A journal already there must be in a single file (no `-wal`).
fn copy_protected_backup(
    journal: &Path,
    backup: &Path,
    passphrase: &Passphrase,
) -> StoreResult<()> {
    let copy = super::passphrase::converting_path(journal);
    let normalized = passphrase.normalized();
    super::passphrase::export_copy(backup, Some(passphrase), &copy, Some(&normalized))?;
    fs::rename(&copy, journal).map_err(|source| io_error(journal, source))?;
    drop(Store::open_with(journal, Some(&normalized))?);
    Ok(())
}

/// Renames the journal to `NAME.set-aside-YYYYMMDD-HHMMSS`, unchanged, with its write-ahead log
/// renamed along when it holds anything (`NAME.set-aside-…-wal`, where SQLite finds it when the
/// kept file is opened: without its passphrase it cannot be folded into the file, and it may hold
/// the last days logged). Nothing else is left beside the kept journal: the `-shm` index SQLite
/// rebuilds, an empty log and the last-logged-day file (which describes the journal no longer
/// there) are removed. Returns the journal's new name. Used for a journal that cannot be opened
/// (before a restore) and for one whose passphrase is lost ([`set_aside_forgotten`]): a new one
/// can then be started at the same place while the old file is kept. No connection may have the
/// journal open.
///
/// Killed between the two renames, the log waits as `NAME.set-aside-…-wal` beside no kept file;
/// the next open gives it back to the journal (`super::leftovers`).
///
/// # Errors
/// [`StoreError::Io`] when there is no journal or it cannot be renamed.
pub fn move_aside(journal: &Path, now: NaiveDateTime) -> StoreResult<PathBuf> {
    if !journal.exists() {
        return Err(io_error(journal, std::io::ErrorKind::NotFound.into()));
    }
    let kept = kept_path(journal, now);
    let [_, wal, shm] = super::files::with_side_files(journal);
    let [_, kept_wal, _] = super::files::with_side_files(&kept);
    if fs::metadata(&wal).is_ok_and(|metadata| metadata.len() > 0) {
        fs::rename(&wal, &kept_wal).map_err(|source| io_error(&wal, source))?;
    }
    fs::rename(journal, &kept).map_err(|source| io_error(journal, source))?;
    for side in [wal, shm, super::last_logged::last_logged_path(journal)] {
        if let Err(error) = super::leftovers::remove(&side) {
            log::warn!("{}: not removed ({error})", side.display());
        }
    }
    Ok(kept)
}

/// The name a journal is kept under when set aside at `now`.
fn kept_path(journal: &Path, now: NaiveDateTime) -> PathBuf {
    let mut name = journal.as_os_str().to_owned();
    name.push(format!("{KEPT_MARK}{}", now.format("%Y%m%d-%H%M%S")));
    PathBuf::from(name)
}

/// What a kept journal's name adds to the journal's: `.set-aside-` and the time.
pub(super) const KEPT_MARK: &str = ".set-aside-";

/// "Forgot it?": sets the journal aside as [`move_aside`] does, and marks its backups as kept
/// with it (`…-kept.db`), so that they are never pruned by the new journal started in its place
/// and stay in the list of backups, ready to restore once the passphrase is remembered.
///
/// # Errors
/// As [`move_aside`]; a backup that cannot be marked is logged and left as it is.
pub fn set_aside_forgotten(journal: &Path, now: NaiveDateTime) -> StoreResult<PathBuf> {
    let kept = move_aside(journal, now)?;
    for backup in list_backups(journal)? {
        if backup.kept {
            continue;
        }
        let marked = kept_backup_path(&backup.path);
        if let Err(error) = fs::rename(&backup.path, &marked) {
            log::warn!("{}: not marked as kept ({error})", backup.path.display());
        }
    }
    Ok(kept)
}

/// The name of a backup kept with a journal set aside: `….db` becomes `…-kept.db`.
fn kept_backup_path(backup: &Path) -> PathBuf {
    let name = backup
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".db").unwrap_or(&name);
    backup.with_file_name(format!("{stem}{KEPT_BACKUP_SUFFIX}.db"))
}

/// What the name of a backup kept with a journal set aside ends in, before `.db`.
const KEPT_BACKUP_SUFFIX: &str = "-kept";

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
        assert!(!name.kept);
        let kept = kept_backup_path(numbered);
        assert_eq!(
            kept,
            Path::new("/x/backups/journal-20261128-093000-daily-seq41-kept.db")
        );
        let name = parse_backup_name(journal, &kept).unwrap();
        assert_eq!(
            (name.reason.as_str(), name.sequence, name.kept),
            ("daily", 41, true)
        );
        let old = Path::new("/x/backups/journal-20261128-093000-manual-2-kept.db");
        let name = parse_backup_name(journal, old).unwrap();
        assert_eq!((name.reason.as_str(), name.kept), ("manual-2", true));
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
