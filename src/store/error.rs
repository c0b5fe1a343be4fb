//! Errors of the store, each saying what happened and what to do.
//!
//! Typed, not worded: each variant carries the file and what was found, and the text layer
//! (`crate::wording::store_words`) words it in the reader's language. What SQLite or the system
//! reported is kept as they said it (`detail`), in parentheses.

use std::path::PathBuf;

use crate::domain::ValidationError;

/// Why the journal could not be opened, read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not a Relief Journal.
    NotAJournal {
        /// The file.
        path: PathBuf,
        /// What was found instead.
        reason: NotAJournal,
    },
    /// The journal was written by a newer version of the app.
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
    Protected {
        /// The file.
        path: PathBuf,
    },
    /// The passphrase given does not open the file.
    WrongPassphrase {
        /// The file.
        path: PathBuf,
    },
    /// A file to restore is protected by a passphrase other than the journal's: none was given
    /// for it (`tried` false), or the one given does not open it either.
    RestorePassphrase {
        /// The file to restore.
        path: PathBuf,
        /// Whether a passphrase (given for the file, or the journal's own) was tried on it.
        tried: bool,
    },
    /// The passphrase of a journal that has none was to be removed.
    NotProtected {
        /// The file.
        path: PathBuf,
    },
    /// An empty passphrase was given.
    EmptyPassphrase,
    /// The file is damaged.
    Damaged {
        /// The file.
        path: PathBuf,
        /// What shows the damage.
        damage: Damage,
    },
    /// The file exists but could not be read: its permissions, another user's file, a disk that
    /// went away. Nothing says it is damaged.
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why it could not be read.
        reason: Unreadable,
    },
    /// There is no journal file where one was to be read (the reminder's look at the journal).
    NoJournalFile {
        /// Where the journal was looked for.
        path: PathBuf,
    },
    /// The journal can be read but not written; nothing was changed.
    ReadOnly {
        /// Why it cannot be written.
        reason: super::access::ReadOnly,
    },
    /// The journal path names a folder, not a file.
    IsAFolder {
        /// The folder.
        path: PathBuf,
        /// A journal file path inside it.
        example: PathBuf,
    },
    /// A file stands where the backups folder should be.
    BackupFolderIsAFile {
        /// The file with the backups folder's name.
        path: PathBuf,
    },
    /// A value read from the database does not fit its field (the file was edited by hand).
    StoredValue(ValidationError),
    /// A value to be saved does not fit its field.
    Invalid(#[from] ValidationError),
    /// A file system error, e.g. the folder cannot be created.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// An SQLite error.
    Sqlite(#[from] rusqlite::Error),
    /// A schema migration failed; the journal was rolled back to its previous version.
    Migration(#[from] rusqlite_migration::Error),
    /// No platform data directory could be found for the default journal location.
    NoDataDirectory,
}

/// What a file that is not a Relief Journal is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotAJournal {
    /// Not an SQLite database at all.
    NotSqlite,
    /// An SQLite database of another program.
    OtherProgram,
    /// An SQLite database with nothing in it.
    EmptyDatabase,
    /// A last-logged-day file that holds anything but one `YYYY-MM-DD` date.
    LastLoggedDay,
    /// A file SQLite cannot read without the app (a journal protected by a passphrase looks
    /// so); `detail` is what SQLite said.
    NeedsTheApp {
        /// What SQLite reported.
        detail: String,
    },
}

/// What shows that a journal is damaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// What SQLite reported (its integrity check, or the error it met).
    Reported(String),
    /// A copy written under another passphrase does not match the journal.
    ConvertedCopyDiffers {
        /// SQLite's integrity check of the copy.
        verdict: String,
    },
}

/// Why a file that exists could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// There is no journal file there.
    NoFile,
    /// The file belongs to another user account, or its permissions do not let this user read
    /// it.
    PermissionDenied,
    /// Its latest changes are in its `-wal` file, which SQLite cannot read from a read-only
    /// folder.
    ChangesInReadOnlyFolder {
        /// The `-wal` file.
        wal: PathBuf,
    },
    /// SQLite could not open it: this user may not read the file, or the folder beside it.
    CannotOpen {
        /// What SQLite reported.
        detail: String,
    },
    /// What the system or SQLite reported.
    Reported(String),
}

/// Result of store operations.
pub type StoreResult<T> = Result<T, StoreError>;
