//! Opening a journal as a [`Store`]: for writing (created, checked and migrated first), for
//! reading only, or in memory.

use std::path::Path;

use rusqlite::Connection;

use super::access::{Access, ReadOnly};
use super::backup::{self, BackupReason};
use super::error::{StoreError, StoreResult};
use super::passphrase::{self, Passphrase};
use super::schema::{LATEST_VERSION, migrations};
use super::{Computer, Store, changes, files, leftovers, open, protect};
// Named in the documentation only.
#[cfg(doc)]
use super::change_protection;

impl Store {
    /// Opens the journal at `path`, creating it (mode 0600) if it does not exist and upgrading
    /// its schema if it is older. A foreign, damaged or newer file is refused untouched. Nothing
    /// is changed before the file has been read and recognised.
    ///
    /// A journal that cannot be written (a read-only folder or file, another user's file) is
    /// opened for reading: every read works and every write returns [`StoreError::ReadOnly`]
    /// saying why ([`Store::read_only`]).
    ///
    /// # Errors
    ///
    /// [`StoreError::NotAJournal`], [`StoreError::NewerSchema`] or [`StoreError::Damaged`] for a
    /// file that is not a journal this build can open (it is left untouched);
    /// [`StoreError::Unreadable`] for one this user cannot read; [`StoreError::IsAFolder`] for a
    /// folder; [`StoreError::ReadOnly`] when a new journal cannot be created in a read-only
    /// folder, or a read-only journal needs a schema upgrade; [`StoreError::Io`] when the folder
    /// or file cannot be created; [`StoreError::Migration`] when an upgrade fails (rolled back);
    /// [`StoreError::Sqlite`] for other SQLite failures.
    pub fn open(path: &Path) -> StoreResult<Self> {
        Self::open_with(path, None)
    }

    /// [`Store::open`] for a journal that may be protected by a passphrase. `passphrase` opens
    /// a protected journal and is not used for a plain one (nor for a new one: a journal is
    /// made plain, and protected afterwards with [`change_protection`]).
    ///
    /// Opening a protected journal finishes what an interrupted [`change_protection`] left:
    /// plain backups of it are encrypted with its passphrase. A journal protected before
    /// passphrases were normalized, opened by the form the passphrase was typed in (see
    /// [`Passphrase`]), is re-keyed to the normalized form, so that it opens however the
    /// passphrase is typed from then on (when the re-keying cannot be done now, the journal
    /// opens as it is, and it is tried again at the next open).
    ///
    /// # Errors
    ///
    /// As [`Store::open`], and [`StoreError::Protected`] when the journal is protected and no
    /// passphrase is given, [`StoreError::WrongPassphrase`] when the one given does not open
    /// it; in both cases nothing is changed.
    pub fn open_with(path: &Path, passphrase: Option<&Passphrase>) -> StoreResult<Self> {
        let store = Self::open_as_keyed(path, passphrase)?;
        match store.passphrase.clone() {
            Some(keyed) if !keyed.is_normalized() => {
                drop(store);
                let now = chrono::Local::now().naive_local();
                let normalized = keyed.normalized();
                match protect::change_protection(path, Some(&keyed), Some(&normalized), now) {
                    Ok(_) => Self::open_as_keyed(path, Some(&normalized)),
                    Err(error) => {
                        log::warn!("the passphrase's form is kept for now: {error}");
                        Self::open_as_keyed(path, Some(&keyed))
                    }
                }
            }
            _ => Ok(store),
        }
    }

    /// [`Store::open_with`] keeping the form of the passphrase that opens the journal, as
    /// converting the journal needs.
    pub(super) fn open_as_keyed(path: &Path, passphrase: Option<&Passphrase>) -> StoreResult<Self> {
        open::refuse_folder(path)?;
        if !path.exists() {
            files::create_private_file(path)?;
        }
        let access = open::access(path)?;
        let kind = open::check_existing_with(path, &access, passphrase)?;
        let key = passphrase::key_for(kind, passphrase);
        if let Access::ReadOnly(reason) = access {
            return Self::open_read_only(path, reason, key);
        }
        // What cannot be cleaned now is named by `backup --list`; it never keeps the journal shut.
        if let Err(error) = leftovers::clean_leftovers(path) {
            log::warn!("leftovers of interrupted work not cleaned: {error}");
        }
        let (mut connection, key) = passphrase::open_keyed_as(path, key.as_ref())?;
        open::configure(&connection)?;
        let version: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version > 0 && version < LATEST_VERSION {
            // The backup's name records the wall-clock time it was taken; nothing else uses it.
            let now = chrono::Local::now().naive_local();
            backup::backup_connection(
                &connection,
                path,
                key.as_ref(),
                now,
                BackupReason::BeforeMigration,
            )?;
        }
        migrations().to_latest(&mut connection)?;
        let computer = Computer::this().clone();
        changes::install(&connection, &computer)?;
        files::restrict_permissions(path)?;
        if let Some(key) = &key {
            protect::protect_plain_backups(path, key)?;
        }
        let store = Self {
            connection,
            path: Some(path.to_owned()),
            read_only: None,
            passphrase: key,
            computer,
        };
        // A journal from before the file existed, or one restored from a backup, gets it now.
        store.note_last_logged_day();
        Ok(store)
    }

    /// Opens the existing journal at `path` for reading only, whether or not it could be
    /// written: nothing beside it is created or changed (no backup, no permission change, no
    /// schema upgrade). Every write returns [`StoreError::ReadOnly`].
    ///
    /// # Errors
    ///
    /// As [`Store::open`], and [`StoreError::Unreadable`] when there is no file at `path`.
    pub fn open_for_reading(path: &Path) -> StoreResult<Self> {
        Self::open_for_reading_with(path, None)
    }

    /// [`Store::open_for_reading`] for a journal that may be protected by a passphrase.
    ///
    /// # Errors
    ///
    /// As [`Store::open_for_reading`] and [`Store::open_with`].
    pub fn open_for_reading_with(
        path: &Path,
        passphrase: Option<&Passphrase>,
    ) -> StoreResult<Self> {
        open::refuse_folder(path)?;
        if !path.exists() {
            return Err(StoreError::Unreadable {
                path: path.to_owned(),
                reason: super::error::Unreadable::NoFile,
            });
        }
        let access = open::access(path)?;
        let kind = open::check_existing_with(path, &access, passphrase)?;
        let key = passphrase::key_for(kind, passphrase);
        let connection = open::open_read_only(path, &access, key.as_ref())?;
        let reason = match access {
            Access::ReadOnly(reason) => reason,
            Access::Writable => ReadOnly::Requested(path.to_owned()),
        };
        Self::from_read_only(connection, path, reason, key)
    }

    /// Opens a journal that cannot be written, for reading only.
    fn open_read_only(
        path: &Path,
        reason: ReadOnly,
        passphrase: Option<Passphrase>,
    ) -> StoreResult<Self> {
        let (connection, passphrase) =
            open::open_read_only_as(path, &Access::ReadOnly(reason.clone()), passphrase.as_ref())?;
        Self::from_read_only(connection, path, reason, passphrase)
    }

    /// The store of `connection`, opened by [`open::open_read_only`]: every write refused for
    /// `reason`.
    fn from_read_only(
        connection: rusqlite::Connection,
        path: &Path,
        reason: ReadOnly,
        passphrase: Option<Passphrase>,
    ) -> StoreResult<Self> {
        connection.pragma_update(None, "query_only", "ON")?;
        let version: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version < LATEST_VERSION {
            return Err(StoreError::ReadOnly {
                reason: ReadOnly::NeedsUpgrade(Box::new(reason)),
            });
        }
        Ok(Self {
            connection,
            path: Some(path.to_owned()),
            read_only: Some(reason),
            passphrase,
            computer: Computer::this().clone(),
        })
    }

    /// Opens a journal that lives only in memory (tests, previews).
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] or [`StoreError::Migration`] when SQLite cannot create the schema.
    pub fn open_in_memory() -> StoreResult<Self> {
        let mut connection = Connection::open_in_memory()?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        migrations().to_latest(&mut connection)?;
        let computer = Computer::this().clone();
        changes::install(&connection, &computer)?;
        Ok(Self {
            connection,
            path: None,
            read_only: None,
            passphrase: None,
            computer,
        })
    }
}
