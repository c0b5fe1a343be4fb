//! Errors of the store, each saying what happened and what to do.

use std::path::PathBuf;

use crate::domain::ValidationError;

/// Why the journal could not be opened, read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not a Relief Journal.
    #[error(
        "{path} is not a Relief Journal file ({reason}); it was left untouched. Choose another file, or restore a backup."
    )]
    NotAJournal {
        /// The file.
        path: PathBuf,
        /// What was found instead.
        reason: String,
    },
    /// The journal was written by a newer version of the app.
    #[error(
        "{path} was written by a newer version of Relief Journal (schema {found}, this version reads up to {supported}); it was left untouched. Update the app to open it."
    )]
    NewerSchema {
        /// The file.
        path: PathBuf,
        /// The schema version in the file.
        found: i64,
        /// The newest schema version this build understands.
        supported: i64,
    },
    /// The file is protected by a passphrase (or holds bytes that cannot be told apart from a
    /// protected journal) and none was given.
    #[error(
        "this journal is protected by a passphrase: {path} cannot be read without it (a file of random bytes looks the same). Give the passphrase in the RELIEF_JOURNAL_PASSPHRASE environment variable, with --passphrase-file FILE, or type it when asked in a terminal. It was left untouched."
    )]
    Protected {
        /// The file.
        path: PathBuf,
    },
    /// The passphrase given does not open the file.
    #[error(
        "that passphrase does not open {path}: either it is wrong, or the file is not a Relief Journal; it was left untouched. Passphrases are case-sensitive; a lost passphrase cannot be recovered."
    )]
    WrongPassphrase {
        /// The file.
        path: PathBuf,
    },
    /// The passphrase of a journal that has none was to be removed.
    #[error("{path} is not protected by a passphrase; there is none to remove")]
    NotProtected {
        /// The file.
        path: PathBuf,
    },
    /// An empty passphrase was given.
    #[error("the passphrase is empty; type at least one character")]
    EmptyPassphrase,
    /// The file is damaged.
    #[error("{path} is damaged ({detail}); it was left untouched. Restore the latest backup.")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What SQLite reported.
        detail: String,
    },
    /// The file exists but could not be read: its permissions, another user's file, a disk that
    /// went away. Nothing says it is damaged.
    #[error(
        "{path} could not be read ({detail}); it was left untouched. Check that this user may read the file and its folder, and that the disk is connected."
    )]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the system or SQLite reported.
        detail: String,
    },
    /// The journal can be read but not written; nothing was changed.
    #[error(
        "{reason}: copy the journal somewhere you can write to, or choose another journal. Nothing was changed."
    )]
    ReadOnly {
        /// Why it cannot be written.
        reason: super::access::ReadOnly,
    },
    /// The journal path names a folder, not a file.
    #[error(
        "{path} is a folder, not a journal file; give the journal file inside it (for example {example})"
    )]
    IsAFolder {
        /// The folder.
        path: PathBuf,
        /// A journal file path inside it.
        example: PathBuf,
    },
    /// A value read from the database does not fit its field (the file was edited by hand).
    #[error("the journal holds a value that does not fit: {0}")]
    StoredValue(ValidationError),
    /// A value to be saved does not fit its field.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// A file system error, e.g. the folder cannot be created.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// An SQLite error.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A schema migration failed; the journal was rolled back to its previous version.
    #[error("could not upgrade the journal: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// No platform data directory could be found for the default journal location.
    #[error("no data directory found for this user; pass --db PATH or set RELIEF_JOURNAL_DB")]
    NoDataDirectory,
}

/// Result of store operations.
pub type StoreResult<T> = Result<T, StoreError>;
