//! How a journal file can be used, and why one cannot be written: plain values, found by
//! `open` and carried by `StoreError::ReadOnly` and an open `Store`.

use std::path::PathBuf;

/// How a journal file can be used, found before it is opened and without changing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    /// The file and its folder can be written.
    Writable,
    /// Only reading is possible, for this reason.
    ReadOnly(ReadOnly),
}

/// Why a journal cannot be written; worded by the text layer (`crate::wording::store_words`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnly {
    /// The folder holding the journal cannot be written (a read-only disk or mount, a backup
    /// snapshot, a write-protected stick); SQLite cannot keep its `-wal` and `-shm` files there.
    Folder(PathBuf),
    /// The journal file itself cannot be written (its permissions, or another user's file).
    File(PathBuf),
    /// The journal was written by an older version and needs its schema upgraded, which
    /// cannot be done for this reason.
    NeedsUpgrade(Box<ReadOnly>),
    /// Opened for reading only on request (`--read-only`).
    Requested(PathBuf),
}
