//! The journal file: SQLite storage of entries, infusions and settings, and the import of what
//! `exchange` read from other files.
//!
//! This is the only module that knows SQL. It opens a file safely (a foreign, damaged or newer
//! file is refused and left untouched), migrates the schema, and reads and writes domain values.
//! Every write is one transaction with `synchronous=FULL`, so an acknowledged save survives a crash.
//!
//! The map: [`Store`] is here, opened in `connect.rs` (its files checked first in `open.rs`, on
//! disk through `files.rs`, its access in `access.rs`); `entries.rs`, `infusions.rs`,
//! `settings.rs` and `journal.rs` read and write it, `import.rs` brings files' values in, with
//! `rows.rs` converting rows and `schema.rs` the migrations; `backup.rs`, `passphrase.rs`,
//! `protect.rs`, `leftovers.rs` and `last_logged.rs` look after the file; `error.rs` says what
//! went wrong; `changes.rs` stamps every change with when and where it was made (for merging
//! journals of two computers), as the computer named in `computer.rs`.

mod access;
mod backup;
mod changes;
mod computer;
mod connect;
mod entries;
mod error;
mod files;
mod import;
mod infusions;
mod journal;
mod last_logged;
mod leftovers;
mod open;
mod passphrase;
mod protect;
mod rows;
mod schema;
mod settings;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use access::{Access, ReadOnly};
pub use backup::{
    BackupInfo, BackupProtection, BackupReason, RestoreOutcome, backup_folder, list_backups,
    move_aside, passphrase_for_file, prune_backups, restore_journal, restore_journal_with,
    set_aside_forgotten,
};
pub(crate) use changes::set_stamping;
pub use changes::{ChangeClock, ENTRY_CONTENT, INFUSION_CONTENT, SHARED_SETTINGS};
pub use computer::{COMPUTER_ID_ENV_VAR, COMPUTER_NAME_ENV_VAR, Computer};
pub use entries::SaveOutcome;
pub use error::{Damage, NotAJournal, StoreError, StoreResult, Unreadable};
pub use files::write_private_file;
pub use import::{BackedUpImport, ImportSummary, UnusualDates, unusual_dates};
pub use infusions::StoredInfusion;
pub use last_logged::{
    LAST_LOGGED_SUFFIX, LOGGED_DAYS_KEPT, LoggedDays, day_is_logged, day_rollover_hour,
    file_identity, infusion_planned_on, last_logged_path, read_logged_days,
};
pub use leftovers::{KeptJournal, Leftover, LeftoverKind, find_leftovers, kept_journals};
pub use passphrase::{FileKind, Passphrase, TEST_KILL_AT_ENV_VAR, file_kind};
pub use protect::{ProtectionChange, change_protection};
pub use schema::{APPLICATION_ID, LATEST_VERSION, migrations};

/// The file name of the journal inside the platform data directory.
pub const JOURNAL_FILE_NAME: &str = "journal.db";

/// The environment variable that points at another journal file.
pub const JOURNAL_ENV_VAR: &str = "RELIEF_JOURNAL_DB";

/// The default journal location: the platform data directory
/// (`~/.local/share/relief-journal` on Linux, `%APPDATA%\relief-journal\data` on Windows,
/// `~/Library/Application Support/relief-journal` on macOS).
///
/// # Errors
///
/// [`StoreError::NoDataDirectory`] when the platform has no data directory.
pub fn default_journal_path() -> StoreResult<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "relief-journal")
        .ok_or(StoreError::NoDataDirectory)?;
    Ok(dirs.data_dir().join(JOURNAL_FILE_NAME))
}

/// An open journal file.
pub struct Store {
    connection: Connection,
    path: Option<PathBuf>,
    /// Why the journal cannot be written, when it was opened for reading only.
    read_only: Option<ReadOnly>,
    /// The passphrase the journal file is encrypted with; `None` for a plain journal.
    passphrase: Option<Passphrase>,
    /// The computer this journal's changes are stamped with (`changes.rs`).
    computer: Computer,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Whether the journal file is protected by a passphrase (encrypted).
    pub fn is_protected(&self) -> bool {
        self.passphrase.is_some()
    }

    /// The passphrase the journal is protected with (for restoring a backup under it).
    pub fn passphrase(&self) -> Option<&Passphrase> {
        self.passphrase.as_ref()
    }

    /// Whether `passphrase` is the one the open journal is protected with (to unlock a locked
    /// window without reading the file again), whichever Unicode form either was typed in;
    /// always `false` for a plain journal.
    pub fn is_passphrase(&self, passphrase: &Passphrase) -> bool {
        self.passphrase
            .as_ref()
            .is_some_and(|own| own.same_as(passphrase))
    }

    /// Why the journal cannot be written, or `None` when it can.
    pub fn read_only(&self) -> Option<&ReadOnly> {
        self.read_only.as_ref()
    }

    /// Refuses a write to a journal opened for reading only.
    fn writable(&self) -> StoreResult<()> {
        match &self.read_only {
            Some(reason) => Err(StoreError::ReadOnly {
                reason: reason.clone(),
            }),
            None => Ok(()),
        }
    }

    /// The journal file, or `None` for an in-memory journal.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}
