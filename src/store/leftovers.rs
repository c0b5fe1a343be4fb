//! What interrupted work leaves beside a journal and in its backups folder, and the journals
//! kept aside.
//!
//! Converting a passphrase, taking a backup and restoring a file each write a new file beside
//! the old one and rename it into place only once it is complete and checked. Killed before
//! the rename, they leave that unfinished file (with the rollback journal or log SQLite keeps
//! beside it while writing): `journal.db.converting` and its `-journal`, a backup's
//! `….db.converting`, `.journal-restoring.db`, a backup's `….db.partial`. None of them is ever
//! the only copy of anything: the file it was made from is untouched. They are removed when the
//! journal is next opened for writing ([`clean_leftovers`]), and named, with what each is, by
//! [`find_leftovers`] (for `backup --list`) where they could not be.
//!
//! A journal set aside (after "Forgot it?", or before a restore replaced a journal that could
//! not be opened) is not a leftover: it is kept, untouched, as `journal.db.set-aside-…` beside
//! the journal, with its write-ahead log as `journal.db.set-aside-…-wal` where SQLite finds it
//! ([`kept_journals`]). Versions before this one renamed that log to `journal.db-wal.set-aside-…`,
//! where SQLite does not look; [`clean_leftovers`] gives it back to its journal.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use super::backup::{KEPT_MARK, PARTIAL_SUFFIX, backup_folder, is_backup_of, restoring_path};
use super::error::StoreResult;
use super::files::{folder_of, io_error, with_side_files};
use super::passphrase::{FileKind, converting_path, file_kind};

/// What a file left by interrupted work is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftoverKind {
    /// An unfinished copy of the journal under another passphrase (a passphrase set, changed
    /// or removed, interrupted before the copy replaced the journal), or its rollback journal.
    JournalConversion,
    /// An unfinished copy of a backup under another passphrase, or its rollback journal.
    BackupConversion,
    /// The copy a restore of a file under another key was being made from.
    Restore,
    /// A backup cut short while it was written.
    PartialBackup,
    /// The write-ahead log of a kept journal under the name versions before this one gave it,
    /// where SQLite does not find it.
    KeptJournalLog,
    /// The shared-memory index of a kept journal's log, which SQLite rebuilds.
    KeptJournalIndex,
    /// The journal's own write-ahead log, renamed for a kept journal by a set-aside cut short
    /// before the journal itself was renamed (`NAME.set-aside-…-wal` beside no kept file).
    StrandedLog,
}

/// A file left by interrupted work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leftover {
    /// The file.
    pub path: PathBuf,
    /// What it is.
    pub kind: LeftoverKind,
}

/// A journal kept aside beside the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptJournal {
    /// The kept file (`journal.db.set-aside-YYYYMMDD-HHMMSS`).
    pub path: PathBuf,
    /// When it was set aside (from its name, as the clock read then).
    pub set_aside_at: NaiveDateTime,
    /// Whether it is protected by a passphrase.
    pub protected: bool,
    /// Whether its write-ahead log is beside it (changes not yet in the file itself; SQLite
    /// reads them when the kept journal is opened or restored).
    pub has_log: bool,
}

/// The file a journal's side file (`-journal`, `-wal`, `-shm`) belongs to; `path` itself when
/// it is none.
fn without_side_suffix(path: &str) -> &str {
    ["-journal", "-wal", "-shm"]
        .into_iter()
        .find_map(|side| path.strip_suffix(side))
        .unwrap_or(path)
}

/// The files interrupted work left beside the journal at `journal` and in its backups folder,
/// with what each is. Kept journals are not among them ([`kept_journals`]).
///
/// # Errors
///
/// [`super::StoreError::Io`] when the journal's folder or the backups folder cannot be read.
pub fn find_leftovers(journal: &Path) -> StoreResult<Vec<Leftover>> {
    let mut found = Vec::new();
    let converting = converting_path(journal);
    let restoring = restoring_path(journal);
    let name = journal
        .file_name()
        .map(|name| name.to_string_lossy().into_owned());
    for path in files_in(&folder_of(journal))? {
        let Some(text) = path.to_str() else {
            continue;
        };
        if Path::new(without_side_suffix(text)) == converting {
            found.push(Leftover {
                path,
                kind: LeftoverKind::JournalConversion,
            });
        } else if let Some(name) = &name
            && let Some(kind) = old_kept_side_file(name, &path)
        {
            found.push(Leftover { path, kind });
        } else if let Some(name) = &name
            && is_stranded_log(name, &path)
        {
            found.push(Leftover {
                path,
                kind: LeftoverKind::StrandedLog,
            });
        }
    }
    for path in files_in(&backup_folder(journal))? {
        let Some(text) = path.to_str() else {
            continue;
        };
        let owner = without_side_suffix(text);
        let kind = if Path::new(owner) == restoring {
            Some(LeftoverKind::Restore)
        } else if let Some(backup) = owner.strip_suffix(".converting") {
            is_backup_of(journal, Path::new(backup)).then_some(LeftoverKind::BackupConversion)
        } else if let Some(backup) = owner.strip_suffix(PARTIAL_SUFFIX) {
            is_backup_of(journal, Path::new(backup)).then_some(LeftoverKind::PartialBackup)
        } else {
            None
        };
        if let Some(kind) = kind {
            found.push(Leftover { path, kind });
        }
    }
    found.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(found)
}

/// Whether `path` is a side file of a kept journal of `name` as versions before this one named
/// it: `NAME-wal.set-aside-…` (its log) or `NAME-shm.set-aside-…` (its index).
fn old_kept_side_file(name: &str, path: &Path) -> Option<LeftoverKind> {
    let file = path.file_name()?.to_str()?;
    let rest = file.strip_prefix(name)?;
    [
        ("-wal", LeftoverKind::KeptJournalLog),
        ("-shm", LeftoverKind::KeptJournalIndex),
    ]
    .into_iter()
    .find_map(|(side, kind)| {
        rest.strip_prefix(side)?
            .starts_with(KEPT_MARK)
            .then_some(kind)
    })
}

/// Whether `path` is `NAME.set-aside-YYYYMMDD-HHMMSS-wal` with no `NAME.set-aside-YYYYMMDD-HHMMSS`
/// beside it: the log of a journal whose set-aside was cut short between its two renames.
fn is_stranded_log(name: &str, path: &Path) -> bool {
    let Some(stamp) = path
        .file_name()
        .and_then(|file| file.to_str())
        .and_then(|file| file.strip_prefix(name))
        .and_then(|rest| rest.strip_prefix(KEPT_MARK))
        .and_then(|rest| rest.strip_suffix("-wal"))
    else {
        return false;
    };
    NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S").is_ok()
        && !path
            .with_file_name(format!("{name}{KEPT_MARK}{stamp}"))
            .exists()
}

/// The files in `folder` (none when it does not exist).
fn files_in(folder: &Path) -> StoreResult<Vec<PathBuf>> {
    let items = match fs::read_dir(folder) {
        Ok(items) => items,
        // No folder, or a file in its place (named when a backup is taken): nothing in it.
        Err(error)
            if matches!(
                error.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            return Ok(Vec::new());
        }
        Err(source) => return Err(io_error(folder, source)),
    };
    let mut files = Vec::new();
    for item in items {
        let path = item.map_err(|source| io_error(folder, source))?.path();
        if path.is_file() {
            files.push(path);
        }
    }
    Ok(files)
}

/// Removes what interrupted work left (see [`find_leftovers`]) and gives a kept journal's log,
/// named as versions before this one named it, back to its journal. Run when the journal is
/// opened for writing, before anything else can start such work. Returns what was removed or
/// renamed; what could not be is logged and named by [`find_leftovers`] later.
///
/// # Errors
///
/// [`super::StoreError::Io`] when the journal's folder or the backups folder cannot be read.
pub fn clean_leftovers(journal: &Path) -> StoreResult<Vec<Leftover>> {
    let mut cleaned = Vec::new();
    for leftover in find_leftovers(journal)? {
        let done = match leftover.kind {
            LeftoverKind::KeptJournalLog => give_log_back(journal, &leftover.path),
            LeftoverKind::StrandedLog => give_log_to_journal(journal, &leftover.path),
            _ => remove(&leftover.path),
        };
        match done {
            Ok(()) => {
                log::info!(
                    "{}: left by interrupted work, cleaned",
                    leftover.path.display()
                );
                cleaned.push(leftover);
            }
            Err(error) => log::warn!("{}: left as it is ({error})", leftover.path.display()),
        }
    }
    Ok(cleaned)
}

/// Removes a file; one that is not there any more is no failure.
pub(super) fn remove(path: &Path) -> std::io::Result<()> {
    match fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

/// Renames the log `NAME-wal.set-aside-T` of the kept journal `NAME.set-aside-T` to
/// `NAME.set-aside-T-wal`, where SQLite reads it, unless the kept journal has a log of its own
/// there already or is gone.
fn give_log_back(journal: &Path, log_path: &Path) -> std::io::Result<()> {
    let Some(stamp) = log_path
        .file_name()
        .and_then(|name| name.to_str())
        .and_then(|name| name.split_once(KEPT_MARK))
        .map(|(_, stamp)| stamp.to_owned())
    else {
        return Ok(());
    };
    let mut kept = journal.as_os_str().to_owned();
    kept.push(format!("{KEPT_MARK}{stamp}"));
    let [kept, kept_log, _] = with_side_files(Path::new(&kept));
    if !kept.exists() || kept_log.exists() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "no kept journal without a log of its own to give it to",
        ));
    }
    fs::rename(log_path, kept_log)
}

/// Renames a stranded log (see [`LeftoverKind::StrandedLog`]) back to the journal's own log,
/// unless the journal is gone or has a log of its own.
fn give_log_to_journal(journal: &Path, log_path: &Path) -> std::io::Result<()> {
    let [journal, own_log, _] = with_side_files(journal);
    if !journal.exists() || own_log.exists() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "the journal is gone or has a log of its own",
        ));
    }
    fs::rename(log_path, own_log)
}

/// The journals kept aside beside the journal at `journal`, the most recently set aside first.
///
/// # Errors
///
/// [`super::StoreError::Io`] when the journal's folder cannot be read.
pub fn kept_journals(journal: &Path) -> StoreResult<Vec<KeptJournal>> {
    let Some(name) = journal.file_name().and_then(|name| name.to_str()) else {
        return Ok(Vec::new());
    };
    let prefix = format!("{name}{KEPT_MARK}");
    let mut kept = Vec::new();
    for path in files_in(&folder_of(journal))? {
        let Some(stamp) = path
            .file_name()
            .and_then(|file| file.to_str())
            .and_then(|file| file.strip_prefix(&prefix))
        else {
            continue;
        };
        let Ok(set_aside_at) = NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S") else {
            continue;
        };
        let [_, log_path, _] = with_side_files(&path);
        kept.push(KeptJournal {
            protected: matches!(file_kind(&path), Ok(FileKind::Protected)),
            has_log: fs::metadata(&log_path).is_ok_and(|metadata| metadata.len() > 0),
            path,
            set_aside_at,
        });
    }
    kept.sort_by(|a, b| {
        b.set_aside_at
            .cmp(&a.set_aside_at)
            .then(b.path.cmp(&a.path))
    });
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn side_files_belong_to_their_file() {
        assert_eq!(
            without_side_suffix("/a/j.db.converting-journal"),
            "/a/j.db.converting"
        );
        assert_eq!(without_side_suffix("/a/j.db-wal"), "/a/j.db");
        assert_eq!(without_side_suffix("/a/j.db"), "/a/j.db");
    }

    #[test]
    fn old_names_of_a_kept_journals_side_files() {
        let name = "journal.db";
        let found = |file: &str| old_kept_side_file(name, &Path::new("/a").join(file));
        assert_eq!(
            found("journal.db-wal.set-aside-20261128-093000"),
            Some(LeftoverKind::KeptJournalLog)
        );
        assert_eq!(
            found("journal.db-shm.set-aside-20261128-093000"),
            Some(LeftoverKind::KeptJournalIndex)
        );
        assert_eq!(found("journal.db.set-aside-20261128-093000-wal"), None);
        assert_eq!(found("journal.db-wal"), None);
        assert_eq!(found("other.db-wal.set-aside-20261128-093000"), None);
    }

    #[test]
    fn a_log_is_stranded_only_without_its_kept_journal() {
        let folder = tempfile::tempdir().unwrap();
        let log = folder
            .path()
            .join("journal.db.set-aside-20261128-093000-wal");
        fs::write(&log, b"log").unwrap();
        assert!(is_stranded_log("journal.db", &log));
        assert!(!is_stranded_log("other.db", &log));
        fs::write(
            folder.path().join("journal.db.set-aside-20261128-093000"),
            b"db",
        )
        .unwrap();
        assert!(!is_stranded_log("journal.db", &log));
    }
}
