//! Snapshots: the copy of a journal each computer keeps in the sync folder, and the reading of
//! another journal (a snapshot, a conflicted copy) before a merge.
//!
//! A computer writes only its own snapshot, `<computer id>.relief-journal-snapshot`: a
//! consistent copy made through SQLite's backup API in a private work folder beside the journal
//! (encrypted under the journal's passphrase when it has one), labelled with the computer's id
//! and name, then written into the sync folder under a temporary name, flushed and renamed, so
//! the folder never holds half of a snapshot of ours and the sync service never sees two
//! writers of one file.
//!
//! Another journal is never opened where it lies: its bytes are copied into the work folder
//! first, so a file that the sync service replaces while it is read, or a folder on a read-only
//! stick, changes nothing; the copy is checked (a Relief Journal, not newer, not damaged, under
//! this journal's passphrase), brought up to this version's schema when older (its records then
//! dated to the file's last change), read and removed.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::OptionalExtension;

use super::error::SyncError;
use super::merge::{Incoming, SnapshotOf, Source};
use crate::store::{FileKind, Passphrase, ReadOnly, Store, StoreError, file_kind};

/// The extension of snapshot files.
pub const SNAPSHOT_EXTENSION: &str = "relief-journal-snapshot";

/// The name of `computer`'s snapshot in a sync folder.
pub fn snapshot_name(computer_id: &str) -> String {
    format!("{computer_id}.{SNAPSHOT_EXTENSION}")
}

/// A private folder beside the journal for copies being written or read, removed when done.
pub(super) struct WorkFolder {
    path: PathBuf,
}

impl WorkFolder {
    /// The work folder of the journal at `journal` (`<journal file name>.sync-work`), made
    /// readable by the user only.
    pub(super) fn for_journal(journal: &Path) -> Result<Self, SyncError> {
        let mut name = journal.file_name().unwrap_or_default().to_owned();
        name.push(".sync-work");
        let path = journal.with_file_name(name);
        create_private_dir(&path).map_err(|source| {
            SyncError::Journal(StoreError::Io {
                path: path.clone(),
                source,
            })
        })?;
        Ok(Self { path })
    }

    fn file(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }
}

impl Drop for WorkFolder {
    fn drop(&mut self) {
        if let Err(error) = fs::remove_dir_all(&self.path)
            && error.kind() != std::io::ErrorKind::NotFound
        {
            log::warn!(
                "{}: the sync work folder was not removed ({error})",
                self.path.display()
            );
        }
    }
}

/// Makes a folder readable by the user only.
fn create_private_dir(folder: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(folder)
}

/// Writes this computer's snapshot of `store` into `folder` and returns its path.
///
/// # Errors
///
/// [`SyncError::FolderNotWritable`] when the folder cannot take it; [`SyncError::Journal`]
/// when the copy cannot be made. A snapshot already there is left as it was.
pub(super) fn write_snapshot(
    store: &Store,
    folder: &Path,
    work: &WorkFolder,
) -> Result<PathBuf, SyncError> {
    let computer = store.computer().clone();
    let copy = work.file("snapshot.db");
    remove_with_side_files(&copy);
    crate::store::write_private_file(&copy, b"")?;
    let written_ms = chrono::Utc::now().timestamp_millis();
    store.write_copy(&copy, |connection| {
        connection.execute_batch(
            "CREATE TABLE snapshot_of (
                 id         INTEGER PRIMARY KEY CHECK (id = 1),
                 computer   TEXT    NOT NULL,
                 name       TEXT    NOT NULL,
                 written_ms INTEGER NOT NULL
             ) STRICT;
             DELETE FROM sync_folder;",
        )?;
        connection.execute(
            "INSERT INTO snapshot_of (id, computer, name, written_ms) VALUES (1, ?1, ?2, ?3)",
            rusqlite::params![computer.id(), computer.name(), written_ms],
        )?;
        Ok(())
    })?;
    let bytes = fs::read(&copy).map_err(|source| {
        SyncError::Journal(StoreError::Io {
            path: copy.clone(),
            source,
        })
    })?;
    remove_with_side_files(&copy);
    let target = folder.join(snapshot_name(computer.id()));
    crate::platform::write_private_file(&target, &bytes).map_err(|error| {
        SyncError::FolderNotWritable {
            folder: folder.to_owned(),
            detail: error.to_string(),
        }
    })?;
    sync_folder_entry(folder);
    Ok(target)
}

/// Makes a rename in `folder` durable where the system allows it (Unix).
fn sync_folder_entry(folder: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = fs::File::open(folder) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

fn remove_with_side_files(path: &Path) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = fs::remove_file(PathBuf::from(name));
    }
}

/// Reads the journal or snapshot at `file` (keyed with `passphrase` when it is protected) for
/// a merge, through a copy in `work` named after `slot`.
///
/// # Errors
///
/// [`SyncError::NotAJournal`], [`SyncError::Damaged`], [`SyncError::Newer`],
/// [`SyncError::Protected`], [`SyncError::OtherPassphrase`] or [`SyncError::Unreadable`]
/// naming `file`.
pub(super) fn read_incoming(
    file: &Path,
    passphrase: Option<&Passphrase>,
    work: &WorkFolder,
    slot: usize,
) -> Result<Incoming, SyncError> {
    let bytes = fs::read(file).map_err(|error| SyncError::Unreadable {
        file: file.to_owned(),
        detail: error.to_string(),
    })?;
    let folder = work.file(&format!("incoming-{slot}"));
    let _ = fs::remove_dir_all(&folder);
    create_private_dir(&folder).map_err(|source| {
        SyncError::Journal(StoreError::Io {
            path: folder.clone(),
            source,
        })
    })?;
    let copy = folder.join("journal.db");
    let read = read_copy(file, &bytes, &copy, passphrase);
    let _ = fs::remove_dir_all(&folder);
    read
}

fn read_copy(
    file: &Path,
    bytes: &[u8],
    copy: &Path,
    passphrase: Option<&Passphrase>,
) -> Result<Incoming, SyncError> {
    crate::store::write_private_file(copy, bytes)?;
    if matches!(file_kind(copy), Ok(FileKind::Empty)) {
        return Err(SyncError::Damaged {
            file: file.to_owned(),
            detail: crate::t!("sync-detail-empty-file"),
        });
    }
    let store = match Store::open_for_reading_with(copy, passphrase) {
        Ok(store) => store,
        Err(StoreError::ReadOnly {
            reason: ReadOnly::NeedsUpgrade(_),
        }) => upgraded_copy(file, copy, passphrase)?,
        Err(error) => return Err(SyncError::reading(file, error)),
    };
    let connection = store.connection();
    let has_label: bool = connection
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'snapshot_of')",
            [],
            |row| row.get(0),
        )
        .map_err(|error| SyncError::reading(file, error.into()))?;
    let label = if has_label {
        connection
            .query_row(
                "SELECT computer, name, written_ms FROM snapshot_of WHERE id = 1",
                [],
                |row| {
                    Ok(SnapshotOf {
                        id: row.get(0)?,
                        name: row.get(1)?,
                        written_ms: row.get(2)?,
                    })
                },
            )
            .optional()
            .map_err(|error| SyncError::reading(file, error.into()))?
    } else {
        None
    };
    let source = match label {
        Some(of) => Source::Computer(of),
        None => Source::File(file.to_owned()),
    };
    Incoming::read(connection, source).map_err(|error| match error {
        SyncError::Sqlite(error) => SyncError::Damaged {
            file: file.to_owned(),
            detail: error.to_string(),
        },
        other => other,
    })
}

/// Opens a copy of a journal older than schema 6 for writing, which upgrades it, and dates its
/// records to the original file's last change (they cannot be newer than that).
fn upgraded_copy(
    file: &Path,
    copy: &Path,
    passphrase: Option<&Passphrase>,
) -> Result<Store, SyncError> {
    let modified_ms = fs::metadata(file)
        .and_then(|metadata| metadata.modified())
        .ok()
        .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
        .and_then(|since| i64::try_from(since.as_millis()).ok());
    let mut store =
        Store::open_with(copy, passphrase).map_err(|error| SyncError::reading(file, error))?;
    if let Some(modified_ms) = modified_ms {
        let connection = store.connection_for_merge()?;
        connection
            .execute_batch(&format!(
                "UPDATE entry SET changed_at = {modified_ms} WHERE changed_by = '';
                 UPDATE infusion SET changed_at = {modified_ms} WHERE changed_by = '';
                 UPDATE setting_change SET changed_at = {modified_ms} WHERE changed_by = '';
                 UPDATE sync_clock SET last_ms = {modified_ms};"
            ))
            .map_err(SyncError::Sqlite)?;
    }
    Ok(store)
}
