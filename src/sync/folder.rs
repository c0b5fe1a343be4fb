//! Syncing through a folder: the other computers' snapshots in it are merged into the journal,
//! then this computer's snapshot is written; the folder chosen for a journal is remembered in
//! it (a setting of this computer, never merged); the other computers met, with when each was
//! last seen.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::OptionalExtension;

use super::error::SyncError;
use super::merge::{Incoming, Merged, merge_into};
use super::snapshot::{
    SNAPSHOT_EXTENSION, WorkFolder, read_incoming, snapshot_name, write_snapshot,
};
use crate::store::{Passphrase, Store};

/// What a sync did.
#[derive(Debug)]
pub struct SyncReport {
    /// The sync folder.
    pub folder: PathBuf,
    /// What merging the other computers' snapshots changed here.
    pub merged: Merged,
    /// Files in the folder that were not merged, each with why (a snapshot still being copied,
    /// one under another passphrase, a newer one).
    pub skipped: Vec<SyncError>,
    /// This computer's snapshot, written after the merge; or why it could not be written (a
    /// read-only or full folder). The merge stands either way, and `merged` says what it did.
    pub snapshot: Result<PathBuf, SyncError>,
    /// The other computers this journal has met.
    pub peers: Vec<PeerInfo>,
}

/// Another computer this journal has met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerInfo {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// When it last wrote a snapshot that reached this journal (directly or through another
    /// computer).
    pub last_seen: Option<DateTime<Utc>>,
    /// When this computer last merged its snapshot; `None` when only heard of through another.
    pub merged_at: Option<DateTime<Utc>>,
}

/// The sync folder chosen for this journal, if any.
///
/// # Errors
///
/// [`SyncError::Sqlite`] when the journal cannot be read.
pub fn sync_folder(store: &Store) -> Result<Option<PathBuf>, SyncError> {
    let path: Option<String> = store
        .connection()
        .query_row("SELECT path FROM sync_folder WHERE id = 1", [], |row| {
            row.get(0)
        })
        .optional()?;
    Ok(path.map(PathBuf::from))
}

/// Remembers `folder` as this journal's sync folder, or forgets it (`None`).
///
/// # Errors
///
/// [`SyncError::Journal`] when the journal cannot be written.
pub fn set_sync_folder(store: &mut Store, folder: Option<&Path>) -> Result<(), SyncError> {
    let connection = store.connection_for_merge()?;
    match folder {
        Some(folder) => {
            connection.execute(
                "INSERT INTO sync_folder (id, path) VALUES (1, ?1)
                 ON CONFLICT (id) DO UPDATE SET path = excluded.path",
                [folder.to_string_lossy()],
            )?;
        }
        None => {
            connection.execute("DELETE FROM sync_folder", [])?;
        }
    }
    Ok(())
}

/// The other computers this journal has met, the most recently seen first.
///
/// # Errors
///
/// [`SyncError::Sqlite`] when the journal cannot be read.
pub fn peers(store: &Store) -> Result<Vec<PeerInfo>, SyncError> {
    let mut statement = store.connection().prepare(
        "SELECT computer, name, last_seen_ms, merged_at_ms FROM sync_peer
         ORDER BY last_seen_ms DESC, name",
    )?;
    let rows = statement.query_map([], |row| {
        let last_seen: i64 = row.get(2)?;
        let merged_at: Option<i64> = row.get(3)?;
        Ok(PeerInfo {
            id: row.get(0)?,
            name: row.get(1)?,
            last_seen: DateTime::from_timestamp_millis(last_seen).filter(|_| last_seen > 0),
            merged_at: merged_at.and_then(DateTime::from_timestamp_millis),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Checks that `folder` can be this journal's sync folder: a folder that exists and does not
/// hold the journal itself.
///
/// # Errors
///
/// [`SyncError::FolderMissing`], [`SyncError::NotAFolder`] or [`SyncError::JournalInFolder`].
pub fn check_folder(journal: &Path, folder: &Path) -> Result<(), SyncError> {
    if !folder.exists() {
        return Err(SyncError::FolderMissing {
            folder: folder.to_owned(),
        });
    }
    if !folder.is_dir() {
        return Err(SyncError::NotAFolder {
            folder: folder.to_owned(),
        });
    }
    let folder_real = folder.canonicalize().unwrap_or_else(|_| folder.to_owned());
    let journal_real = journal
        .canonicalize()
        .unwrap_or_else(|_| std::path::absolute(journal).unwrap_or_else(|_| journal.to_owned()));
    if journal_real.starts_with(&folder_real) {
        return Err(SyncError::JournalInFolder {
            folder: folder.to_owned(),
        });
    }
    Ok(())
}

/// Syncs the journal with `folder`: merges every other computer's snapshot in it (in one
/// transaction, after a backup when anything changes), then writes this computer's snapshot.
/// A file that cannot be merged (half copied, another passphrase, a newer version, not a
/// journal) is skipped with its reason; the rest are merged. `now` dates the backup.
///
/// Once the merge is committed the report is returned whatever happens to the snapshot, so
/// what the merge changed, its conflicts and its backup are always told: a snapshot that
/// cannot be written ([`SyncError::FolderNotWritable`] for a read-only or full folder) is in
/// [`SyncReport::snapshot`].
///
/// # Errors
///
/// [`SyncError::NotAFile`] for a journal in memory; as [`check_folder`]; [`SyncError::Journal`]
/// when the journal cannot be backed up or written (nothing changed then).
pub fn sync_with_folder(
    store: &mut Store,
    folder: &Path,
    now: NaiveDateTime,
) -> Result<SyncReport, SyncError> {
    let journal = store.path().ok_or(SyncError::NotAFile)?.to_owned();
    check_folder(&journal, folder)?;
    let work = WorkFolder::for_journal(&journal)?;
    let own_name = snapshot_name(store.computer().id());
    let mut candidates: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|error| SyncError::Unreadable {
            file: folder.to_owned(),
            detail: error.to_string(),
        })?
        .filter_map(Result::ok)
        .map(|item| item.path())
        .filter(|path| is_snapshot_name(path) && path.file_name() != Some(own_name.as_ref()))
        .collect();
    candidates.sort();
    let passphrase = store.passphrase().cloned();
    let mut incoming = Vec::new();
    let mut skipped = Vec::new();
    for (slot, file) in candidates.iter().enumerate() {
        match read_incoming(file, passphrase.as_ref(), &work, slot) {
            Ok(read)
                if read
                    .computer()
                    .is_some_and(|of| of.id == store.computer().id()) => {}
            Ok(read) => incoming.push(read),
            Err(error) => skipped.push(error),
        }
    }
    let merged = merge_into(store, &incoming, now)?;
    let snapshot = write_snapshot(store, folder, &work);
    Ok(SyncReport {
        folder: folder.to_owned(),
        merged,
        skipped,
        snapshot,
        peers: peers(store)?,
    })
}

/// Writes this computer's snapshot into the journal's sync folder again, without merging, after
/// something that changes every copy of the journal (its passphrase set, changed or removed):
/// the copy the other computers read then has the journal's new protection at once, instead of
/// staying under the old one (plain, after a passphrase was set) until the next sync. `None`
/// when the journal has no sync folder.
///
/// # Errors
///
/// As [`check_folder`]; [`SyncError::FolderNotWritable`] when the folder cannot take the copy;
/// [`SyncError::Journal`] when the copy cannot be made.
pub fn rewrite_snapshot(store: &Store) -> Result<Option<PathBuf>, SyncError> {
    let Some(folder) = sync_folder(store)? else {
        return Ok(None);
    };
    let journal = store.path().ok_or(SyncError::NotAFile)?.to_owned();
    check_folder(&journal, &folder)?;
    let work = WorkFolder::for_journal(&journal)?;
    write_snapshot(store, &folder, &work).map(Some)
}

/// Whether `path` is named like a snapshot (and not like one being written).
fn is_snapshot_name(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|name| name.to_str()) else {
        return false;
    };
    !name.starts_with('.')
        && name
            .strip_suffix(SNAPSHOT_EXTENSION)
            .is_some_and(|stem| stem.ends_with('.') && stem.len() > 1)
        && path.is_file()
}

/// Merges the journal or snapshot at `file` into the journal, after a backup when anything
/// changes. A protected file is read with `passphrase` (the journal's own when `None`).
///
/// # Errors
///
/// [`SyncError::SameJournal`] when `file` is the journal itself; the errors of reading it
/// ([`SyncError::NotAJournal`], [`SyncError::Damaged`], [`SyncError::Newer`],
/// [`SyncError::Protected`], [`SyncError::OtherPassphrase`], [`SyncError::Unreadable`]);
/// [`SyncError::Journal`] when the journal cannot be backed up or written. Nothing changes then.
pub fn merge_file(
    store: &mut Store,
    file: &Path,
    passphrase: Option<&Passphrase>,
    now: NaiveDateTime,
) -> Result<Merged, SyncError> {
    let journal = store.path().ok_or(SyncError::NotAFile)?.to_owned();
    let same = match (journal.canonicalize(), file.canonicalize()) {
        (Ok(journal), Ok(file)) => journal == file,
        _ => false,
    };
    if same {
        return Err(SyncError::SameJournal {
            file: file.to_owned(),
        });
    }
    let work = WorkFolder::for_journal(&journal)?;
    let key = passphrase.cloned().or_else(|| store.passphrase().cloned());
    let read: Incoming = read_incoming(file, key.as_ref(), &work, 0)?;
    merge_into(store, std::slice::from_ref(&read), now)
}
