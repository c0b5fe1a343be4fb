//! Why a sync or a merge did not happen, or a file in the sync folder was skipped: typed values,
//! worded in `crate::wording::sync`.

use std::path::PathBuf;

use crate::store::{Damage, StoreError};

/// What went wrong with a sync folder, a snapshot or a file to merge. Nothing in the journal
/// changed when one of these is returned (a skipped snapshot leaves the others merged).
#[derive(Debug)]
pub enum SyncError {
    /// No sync folder was given and none was chosen before.
    NoFolder,
    /// The sync folder does not exist (a USB stick not plugged in, a typo).
    FolderMissing {
        /// The folder.
        folder: PathBuf,
    },
    /// The sync folder is a file.
    NotAFolder {
        /// The path given.
        folder: PathBuf,
    },
    /// The sync folder holds the journal itself, which would then be synced live.
    JournalInFolder {
        /// The folder.
        folder: PathBuf,
    },
    /// A journal that lives only in memory has nothing to sync.
    NotAFile,
    /// This computer's snapshot could not be written into the sync folder.
    FolderNotWritable {
        /// The folder.
        folder: PathBuf,
        /// What the system said.
        detail: String,
    },
    /// The file to merge is the journal itself.
    SameJournal {
        /// The file.
        file: PathBuf,
    },
    /// The file is not a Relief Journal file or snapshot.
    NotAJournal {
        /// The file.
        file: PathBuf,
    },
    /// The file is damaged, or was not completely copied yet (a snapshot on its way through a
    /// sync service).
    Damaged {
        /// The file.
        file: PathBuf,
        /// What SQLite reported.
        detail: String,
    },
    /// The file was written by a newer version of Relief Journal.
    Newer {
        /// The file.
        file: PathBuf,
    },
    /// The file is protected by a passphrase and this journal has none (and none was given).
    Protected {
        /// The file.
        file: PathBuf,
    },
    /// The file is protected by another passphrase than this journal's (or is damaged where
    /// its key is checked; the two cannot be told apart).
    OtherPassphrase {
        /// The file.
        file: PathBuf,
    },
    /// The file could not be read (permissions, a disk that went away).
    Unreadable {
        /// The file.
        file: PathBuf,
        /// What the system said.
        detail: String,
    },
    /// The journal could not be backed up, read or written.
    Journal(StoreError),
    /// SQLite failed while merging; the merge was rolled back.
    Sqlite(rusqlite::Error),
}

impl std::error::Error for SyncError {}

impl From<StoreError> for SyncError {
    fn from(error: StoreError) -> Self {
        Self::Journal(error)
    }
}

impl From<rusqlite::Error> for SyncError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Sqlite(error)
    }
}

impl SyncError {
    /// Whether the error is about what was given (a folder, a file), not a failure of this
    /// journal: the command line exits with 2 for these.
    pub fn is_bad_input(&self) -> bool {
        match self {
            Self::NoFolder
            | Self::FolderMissing { .. }
            | Self::NotAFolder { .. }
            | Self::JournalInFolder { .. }
            | Self::NotAFile
            | Self::SameJournal { .. }
            | Self::NotAJournal { .. }
            | Self::Damaged { .. }
            | Self::Newer { .. }
            | Self::Protected { .. }
            | Self::OtherPassphrase { .. } => true,
            Self::FolderNotWritable { .. }
            | Self::Unreadable { .. }
            | Self::Journal(_)
            | Self::Sqlite(_) => false,
        }
    }

    /// What a store error met while reading `file` (another journal or a snapshot) says of it.
    pub(super) fn reading(file: &std::path::Path, error: StoreError) -> Self {
        let file = file.to_owned();
        match error {
            StoreError::NotAJournal { .. } => Self::NotAJournal { file },
            StoreError::Damaged { damage, .. } => Self::Damaged {
                file,
                detail: match damage {
                    Damage::Reported(detail) => detail,
                    Damage::ConvertedCopyDiffers { verdict } => verdict,
                },
            },
            StoreError::NewerSchema { .. } => Self::Newer { file },
            StoreError::Protected { .. } => Self::Protected { file },
            StoreError::WrongPassphrase { .. } => Self::OtherPassphrase { file },
            // Named by the file given, not by the private copy it was read through.
            StoreError::Unreadable { reason, .. } => {
                Self::Journal(StoreError::Unreadable { path: file, reason })
            }
            StoreError::Io { source, .. } => Self::Unreadable {
                file,
                detail: source.to_string(),
            },
            StoreError::Sqlite(error) => Self::Damaged {
                file,
                detail: error.to_string(),
            },
            other => Self::Journal(other),
        }
    }
}
