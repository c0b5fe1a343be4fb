//! The journal file: SQLite storage of entries, infusions and settings, and import/export.
//!
//! This is the only module that knows SQL. It opens a file safely (a foreign, damaged or newer
//! file is refused and left untouched), migrates the schema, and reads and writes domain values.
//! Every write is one transaction with `synchronous=FULL`, so an acknowledged save survives a crash.

mod access;
mod backup;
mod error;
mod files;
mod last_logged;
mod open;
mod passphrase;
mod protect;
mod rows;
mod schema;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

pub use access::{Access, ReadOnly};
pub use backup::{
    BackupInfo, BackupReason, RestoreOutcome, backup_folder, list_backups, move_aside,
    prune_backups, restore_journal, restore_journal_with,
};
pub use error::{StoreError, StoreResult};
pub use files::write_private_file;
pub use last_logged::{
    LAST_LOGGED_SUFFIX, day_is_logged, day_rollover_hour, infusion_planned_on, last_logged_path,
    read_last_logged_day,
};
pub use passphrase::{FileKind, Passphrase, TEST_KILL_AT_ENV_VAR, file_kind};
pub use protect::{ProtectionChange, change_protection};
pub use schema::{APPLICATION_ID, LATEST_VERSION, migrations};

use crate::domain::{AnalysisSettings, Entry, Infusion, Journal, Settings, Theme};
use rows::{
    ENTRY_COLUMNS, INFUSION_COLUMNS, date_text, entry_from_row, infusion_from_row, list_to_json,
};

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

/// A saved infusion with its row id (for editing and deleting).
#[derive(Debug, Clone, PartialEq)]
pub struct StoredInfusion {
    /// Row id in the `infusion` table.
    pub id: i64,
    /// The infusion.
    pub infusion: Infusion,
}

/// Whether a save created a new row or replaced an existing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveOutcome {
    /// There was no entry for that day.
    Added,
    /// The day's entry was replaced.
    Replaced,
}

/// What an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Entries for days that had none.
    pub entries_added: usize,
    /// Entries that replaced an existing day.
    pub entries_replaced: usize,
    /// Infusions on days that had none.
    pub infusions_added: usize,
    /// Infusions that replaced the infusions already recorded on their day.
    pub infusions_replaced: usize,
    /// Whether settings were taken from the file.
    pub settings_updated: bool,
}

/// What [`Store::import_after_backup`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackedUpImport {
    /// What the import changed.
    pub summary: ImportSummary,
    /// The backup taken of the journal before the import; `None` when it was empty.
    pub backup: Option<PathBuf>,
    /// A sentence about dates that are allowed but unusual (years before the rest), to check.
    pub unusual_dates: Option<String>,
}

/// An open journal file.
pub struct Store {
    connection: Connection,
    path: Option<PathBuf>,
    /// Why the journal cannot be written, when it was opened for reading only.
    read_only: Option<ReadOnly>,
    /// The passphrase the journal file is encrypted with; `None` for a plain journal.
    passphrase: Option<Passphrase>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

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
    /// plain backups of it are encrypted with its passphrase.
    ///
    /// # Errors
    ///
    /// As [`Store::open`], and [`StoreError::Protected`] when the journal is protected and no
    /// passphrase is given, [`StoreError::WrongPassphrase`] when the one given does not open
    /// it; in both cases nothing is changed.
    pub fn open_with(path: &Path, passphrase: Option<&Passphrase>) -> StoreResult<Self> {
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
        protect::remove_unfinished_copy(path)?;
        let mut connection = passphrase::open_keyed(path, key.as_ref())?;
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
        files::restrict_permissions(path)?;
        if let Some(key) = &key {
            protect::protect_plain_backups(path, key)?;
        }
        let store = Self {
            connection,
            path: Some(path.to_owned()),
            read_only: None,
            passphrase: key,
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
                detail: "there is no journal file there".into(),
            });
        }
        let access = open::access(path)?;
        let kind = open::check_existing_with(path, &access, passphrase)?;
        let reason = match access {
            Access::ReadOnly(reason) => reason,
            Access::Writable => ReadOnly::Requested(path.to_owned()),
        };
        Self::open_read_only(path, reason, passphrase::key_for(kind, passphrase))
    }

    /// Opens a journal that cannot be written, for reading only.
    fn open_read_only(
        path: &Path,
        reason: ReadOnly,
        passphrase: Option<Passphrase>,
    ) -> StoreResult<Self> {
        let connection =
            open::open_read_only(path, &Access::ReadOnly(reason.clone()), passphrase.as_ref())?;
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
        })
    }

    /// Whether the journal file is protected by a passphrase (encrypted).
    pub fn is_protected(&self) -> bool {
        self.passphrase.is_some()
    }

    /// The passphrase the journal is protected with (for restoring a backup under it).
    pub fn passphrase(&self) -> Option<&Passphrase> {
        self.passphrase.as_ref()
    }

    /// Whether `passphrase` is the one the open journal is protected with (to unlock a locked
    /// window without reading the file again); always `false` for a plain journal.
    pub fn is_passphrase(&self, passphrase: &Passphrase) -> bool {
        self.passphrase.as_ref() == Some(passphrase)
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

    /// Opens a journal that lives only in memory (tests, previews).
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] or [`StoreError::Migration`] when SQLite cannot create the schema.
    pub fn open_in_memory() -> StoreResult<Self> {
        let mut connection = Connection::open_in_memory()?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        migrations().to_latest(&mut connection)?;
        Ok(Self {
            connection,
            path: None,
            read_only: None,
            passphrase: None,
        })
    }

    /// The journal file, or `None` for an in-memory journal.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether the journal holds no entries and no infusions.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails (a locked, removed or full disk journal).
    pub fn is_empty(&self) -> StoreResult<bool> {
        let count: i64 = self.connection.query_row(
            "SELECT (SELECT count(*) FROM entry) + (SELECT count(*) FROM infusion)",
            [],
            |row| row.get(0),
        )?;
        Ok(count == 0)
    }

    /// Saves a day's entry, replacing the entry already recorded for that day.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails; nothing is saved then.
    pub fn save_entry(&mut self, entry: &Entry) -> StoreResult<SaveOutcome> {
        self.writable()?;
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let outcome = upsert_entry(&transaction, entry)?;
        transaction.commit()?;
        self.note_last_logged_day();
        Ok(outcome)
    }

    /// The entry for `date`, if there is one.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails (a locked, removed or full disk journal); [`StoreError::StoredValue`] when a stored value no longer fits its field (the file was
    /// edited by hand).
    pub fn entry(&self, date: NaiveDate) -> StoreResult<Option<Entry>> {
        let sql = format!("SELECT {ENTRY_COLUMNS} FROM entry WHERE date = ?1");
        self.connection
            .query_row(&sql, [date_text(date)], entry_from_row)
            .optional()?
            .transpose()
    }

    /// All entries, oldest first.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails (a locked, removed or full disk journal); [`StoreError::StoredValue`] when a stored value no longer fits its field (the file was
    /// edited by hand).
    pub fn entries(&self) -> StoreResult<Vec<Entry>> {
        let sql = format!("SELECT {ENTRY_COLUMNS} FROM entry ORDER BY date");
        collect(&self.connection, &sql, [], entry_from_row)
    }

    /// Entries from `from` to `to`, both included, oldest first.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails (a locked, removed or full disk journal); [`StoreError::StoredValue`] when a stored value no longer fits its field (the file was
    /// edited by hand).
    pub fn entries_between(&self, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<Entry>> {
        let sql =
            format!("SELECT {ENTRY_COLUMNS} FROM entry WHERE date BETWEEN ?1 AND ?2 ORDER BY date");
        collect(
            &self.connection,
            &sql,
            [date_text(from), date_text(to)],
            entry_from_row,
        )
    }

    /// Deletes the entry for `date` and returns it (for undo), or `None` if there was none.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails (a locked, removed or full disk journal); [`StoreError::StoredValue`] when a stored value no longer fits its field (the file was
    /// edited by hand).
    pub fn delete_entry(&mut self, date: NaiveDate) -> StoreResult<Option<Entry>> {
        self.writable()?;
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let sql = format!("SELECT {ENTRY_COLUMNS} FROM entry WHERE date = ?1");
        let existing = transaction
            .query_row(&sql, [date_text(date)], entry_from_row)
            .optional()?
            .transpose()?;
        transaction.execute("DELETE FROM entry WHERE date = ?1", [date_text(date)])?;
        transaction.commit()?;
        self.note_last_logged_day();
        Ok(existing)
    }

    /// Adds an infusion and returns its id.
    ///
    /// # Errors
    ///
    /// [`StoreError::Invalid`] for a second done infusion on a day that has one;
    /// [`StoreError::Sqlite`] when SQLite fails; nothing is saved then.
    pub fn add_infusion(&mut self, infusion: &Infusion) -> StoreResult<i64> {
        self.writable()?;
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        refuse_second_done(&transaction, infusion, None)?;
        let id = insert_infusion(&transaction, infusion)?;
        transaction.commit()?;
        Ok(id)
    }

    /// Adds several infusions in one transaction: all of them or, on any error, none.
    /// Returns how many were added.
    ///
    /// # Errors
    /// [`StoreError`] when the journal cannot be written; nothing is added then.
    pub fn add_infusions(&mut self, infusions: &[Infusion]) -> StoreResult<usize> {
        self.writable()?;
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for infusion in infusions {
            refuse_second_done(&transaction, infusion, None)?;
            insert_infusion(&transaction, infusion)?;
        }
        transaction.commit()?;
        Ok(infusions.len())
    }

    /// Replaces the infusion with row id `id`. Returns `false` if there is no such infusion.
    ///
    /// # Errors
    ///
    /// [`StoreError::Invalid`] when the change would make a second done infusion on a day that
    /// has one; [`StoreError::Sqlite`] when SQLite fails; nothing is saved then.
    pub fn update_infusion(&mut self, id: i64, infusion: &Infusion) -> StoreResult<bool> {
        self.writable()?;
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let exists: bool = transaction.query_row(
            "SELECT EXISTS (SELECT 1 FROM infusion WHERE id = ?1)",
            [id],
            |row| row.get(0),
        )?;
        if !exists {
            return Ok(false);
        }
        refuse_second_done(&transaction, infusion, Some(id))?;
        let changed = write_infusion(&transaction, UPDATE_INFUSION, infusion, Some(id))?;
        transaction.commit()?;
        Ok(changed == 1)
    }

    /// Deletes the infusion with row id `id` and returns it (for undo).
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails (a locked, removed or full disk journal); [`StoreError::StoredValue`] when a stored value no longer fits its field (the file was
    /// edited by hand).
    pub fn delete_infusion(&mut self, id: i64) -> StoreResult<Option<Infusion>> {
        self.writable()?;
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let sql = format!("SELECT {INFUSION_COLUMNS} FROM infusion WHERE id = ?1");
        let existing = transaction
            .query_row(&sql, [id], infusion_from_row)
            .optional()?
            .transpose()?;
        transaction.execute("DELETE FROM infusion WHERE id = ?1", [id])?;
        transaction.commit()?;
        Ok(existing.map(|(_, infusion)| infusion))
    }

    /// All infusions with their ids, oldest first (same-day infusions in the order they were added).
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails (a locked, removed or full disk journal); [`StoreError::StoredValue`] when a stored value no longer fits its field (the file was
    /// edited by hand).
    pub fn infusions(&self) -> StoreResult<Vec<StoredInfusion>> {
        let sql = format!("SELECT {INFUSION_COLUMNS} FROM infusion ORDER BY date, id");
        let rows = collect(&self.connection, &sql, [], infusion_from_row)?;
        Ok(rows
            .into_iter()
            .map(|(id, infusion)| StoredInfusion { id, infusion })
            .collect())
    }

    /// The stored settings.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails (a locked, removed or full disk journal); [`StoreError::StoredValue`] when a stored value no longer fits its field (the file was
    /// edited by hand).
    pub fn settings(&self) -> StoreResult<Settings> {
        read_settings(&self.connection)
    }

    /// Validates and saves the settings.
    ///
    /// # Errors
    ///
    /// [`StoreError::Invalid`] naming a setting outside its range; [`StoreError::Sqlite`] when
    /// SQLite fails. Nothing is saved then.
    pub fn save_settings(&mut self, settings: &Settings) -> StoreResult<()> {
        self.writable()?;
        settings.validate()?;
        write_settings(&self.connection, settings)?;
        Ok(())
    }

    /// The whole journal: entries, infusions and settings.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails (a locked, removed or full disk journal); [`StoreError::StoredValue`] when a stored value no longer fits its field (the file was
    /// edited by hand).
    pub fn journal(&self) -> StoreResult<Journal> {
        Ok(Journal {
            entries: self.entries()?,
            infusions: self
                .infusions()?
                .into_iter()
                .map(|stored| stored.infusion)
                .collect(),
            settings: self.settings()?,
        })
    }

    /// Imports a journal in one transaction: all of it or, on any error, nothing.
    ///
    /// Entries replace the entry on the same day; infusions replace the infusions recorded on the
    /// same day. Settings are taken from `settings` when given.
    ///
    /// # Errors
    /// [`StoreError`] when a value is refused by the database or the transaction cannot be
    /// committed; nothing is then written.
    pub fn import(
        &mut self,
        entries: &[Entry],
        infusions: &[Infusion],
        settings: Option<&Settings>,
    ) -> StoreResult<ImportSummary> {
        self.writable()?;
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let summary = import_into(&transaction, entries, infusions, settings)?;
        transaction.commit()?;
        self.note_last_logged_day();
        Ok(summary)
    }

    /// Backs up a journal that holds anything, then imports as [`Store::import`] does: the
    /// one way both the command line and the app bring a file in. An empty (or in-memory)
    /// journal has nothing to lose and gets no backup.
    ///
    /// An entry or a done infusion dated after `now`'s day cannot be right (nearly always a
    /// mistyped year) and refuses the whole import.
    ///
    /// # Errors
    /// [`StoreError::Invalid`] naming the first date after today (nothing is written);
    /// [`StoreError`] when the backup cannot be taken (then nothing is imported) or the
    /// import fails (then the journal is unchanged and the backup stays).
    pub fn import_after_backup(
        &mut self,
        entries: &[Entry],
        infusions: &[Infusion],
        settings: Option<&Settings>,
        now: chrono::NaiveDateTime,
    ) -> StoreResult<BackedUpImport> {
        self.writable()?;
        refuse_future_dates(entries, infusions, now.date())?;
        let unusual_dates = unusual_dates(self.first_day()?, entries, infusions);
        let backup = if self.is_empty()? {
            None
        } else {
            self.backup(now, BackupReason::BeforeImport)?
        };
        let summary = self.import(entries, infusions, settings)?;
        Ok(BackedUpImport {
            summary,
            backup,
            unusual_dates,
        })
    }

    /// Replaces everything in the journal with `journal`, in one transaction.
    ///
    /// # Errors
    /// [`StoreError`] when the transaction cannot be completed; the journal is then unchanged.
    pub fn replace_journal(&mut self, journal: &Journal) -> StoreResult<ImportSummary> {
        self.writable()?;
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        transaction.execute_batch("DELETE FROM entry; DELETE FROM infusion;")?;
        let summary = import_into(
            &transaction,
            &journal.entries,
            &journal.infusions,
            Some(&journal.settings),
        )?;
        transaction.commit()?;
        self.note_last_logged_day();
        Ok(summary)
    }

    /// The earliest day with an entry or an infusion, or `None` for an empty journal.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails.
    pub fn first_day(&self) -> StoreResult<Option<NaiveDate>> {
        let text: Option<String> = self.connection.query_row(
            "SELECT min(date) FROM (SELECT date FROM entry UNION ALL SELECT date FROM infusion)",
            [],
            |row| row.get(0),
        )?;
        Ok(text.and_then(|text| text.parse().ok()))
    }

    /// A number that changes whenever another connection (another process, say) commits to the
    /// journal; compare two readings to know whether to reload.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails (a locked, removed or full disk journal).
    pub fn data_version(&self) -> StoreResult<i64> {
        Ok(self
            .connection
            .query_row("PRAGMA data_version", [], |row| row.get(0))?)
    }

    /// Runs SQLite's full integrity check and returns its verdict (`"ok"` when sound).
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails (a locked, removed or full disk journal).
    pub fn integrity_check(&self) -> StoreResult<String> {
        Ok(self
            .connection
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?)
    }
}

/// Refuses an import holding an entry or a done infusion dated after `today`.
fn refuse_future_dates(
    entries: &[Entry],
    infusions: &[Infusion],
    today: NaiveDate,
) -> StoreResult<()> {
    for entry in entries {
        crate::domain::entry_not_after_today(entry.date, today)?;
    }
    for infusion in infusions.iter().filter(|infusion| infusion.is_done()) {
        crate::domain::done_infusion_not_after_today(infusion.date, today)?;
    }
    Ok(())
}

/// How far before the rest a date must be to be called unusual.
const UNUSUAL_GAP_DAYS: i64 = 365;

/// Fewer dates than this are judged against the journal's first day alone.
const FEW_DATES: usize = 3;

/// A sentence naming the dates being saved that lie more than a year before both the journal's
/// first day and the middle of those dates (a mistyped year such as 1926 for 2026), or `None`
/// when there are none. One or two dates (a single `log`) are judged against the journal's
/// first day alone.
pub fn unusual_dates(
    journal_first_day: Option<NaiveDate>,
    entries: &[Entry],
    infusions: &[Infusion],
) -> Option<String> {
    let mut dates: Vec<NaiveDate> = entries
        .iter()
        .map(|entry| entry.date)
        .chain(infusions.iter().map(|infusion| infusion.date))
        .collect();
    dates.sort_unstable();
    let middle = *dates.get(dates.len() / 2)?;
    // A few dates say nothing of themselves: judge them by the journal alone.
    let reference = match journal_first_day {
        Some(first) if dates.len() < FEW_DATES => first,
        Some(first) => first.min(middle),
        None => middle,
    };
    let limit = reference - chrono::Duration::days(UNUSUAL_GAP_DAYS);
    let early: Vec<NaiveDate> = dates.into_iter().filter(|date| *date < limit).collect();
    let (first, last) = (early.first()?, early.last()?);
    let span = if first == last {
        format!("{first}")
    } else {
        format!("{first} to {last}")
    };
    Some(format!(
        "{} dated years before the rest ({span}, the rest from {reference} on): check the year if that is not right.",
        if early.len() == 1 {
            "1 row is".to_owned()
        } else {
            format!("{} rows are", early.len())
        }
    ))
}

/// Refuses `infusion` when it is done and its day already has a done infusion (other than the
/// row `except`, the one being edited).
fn refuse_second_done(
    connection: &Connection,
    infusion: &Infusion,
    except: Option<i64>,
) -> StoreResult<()> {
    if !infusion.is_done() {
        return Ok(());
    }
    let taken: bool = connection.query_row(
        "SELECT EXISTS (SELECT 1 FROM infusion
                        WHERE date = ?1 AND status = 'done' AND id IS NOT ?2)",
        params![date_text(infusion.date), except],
        |row| row.get(0),
    )?;
    if taken {
        return Err(crate::domain::second_done_infusion(infusion.date).into());
    }
    Ok(())
}

fn import_into(
    connection: &Connection,
    entries: &[Entry],
    infusions: &[Infusion],
    settings: Option<&Settings>,
) -> StoreResult<ImportSummary> {
    let mut summary = ImportSummary::default();
    for entry in entries {
        match upsert_entry(connection, entry)? {
            SaveOutcome::Added => summary.entries_added += 1,
            SaveOutcome::Replaced => summary.entries_replaced += 1,
        }
    }
    let mut cleared_days = std::collections::HashSet::new();
    let mut done_days = std::collections::HashSet::new();
    for infusion in infusions {
        if infusion.is_done() && !done_days.insert(infusion.date) {
            return Err(crate::domain::second_done_infusion(infusion.date).into());
        }
        let replaced = cleared_days.insert(infusion.date)
            && connection.execute(
                "DELETE FROM infusion WHERE date = ?1",
                [date_text(infusion.date)],
            )? > 0;
        if replaced {
            summary.infusions_replaced += 1;
        } else {
            summary.infusions_added += 1;
        }
        insert_infusion(connection, infusion)?;
    }
    if let Some(settings) = settings {
        settings.validate()?;
        write_settings(connection, settings)?;
        summary.settings_updated = true;
    }
    Ok(summary)
}

fn upsert_entry(connection: &Connection, entry: &Entry) -> StoreResult<SaveOutcome> {
    let existed: bool = connection.query_row(
        "SELECT EXISTS (SELECT 1 FROM entry WHERE date = ?1)",
        [date_text(entry.date)],
        |row| row.get(0),
    )?;
    let score = |score: Option<crate::domain::Score>| score.map(|score| score.get());
    connection.execute(
        "INSERT INTO entry (date, pain, worst_pain, sleep_hours, sleep_quality, mobility, mood,
                            rescue_doses, wearing_off, side_effects, tags, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (date) DO UPDATE SET
             pain = excluded.pain, worst_pain = excluded.worst_pain,
             sleep_hours = excluded.sleep_hours, sleep_quality = excluded.sleep_quality,
             mobility = excluded.mobility, mood = excluded.mood,
             rescue_doses = excluded.rescue_doses, wearing_off = excluded.wearing_off,
             side_effects = excluded.side_effects, tags = excluded.tags, note = excluded.note",
        params![
            date_text(entry.date),
            entry.pain.get(),
            score(entry.worst_pain),
            entry.sleep_hours.map(|hours| hours.get()),
            score(entry.sleep_quality),
            score(entry.mobility),
            score(entry.mood),
            entry.rescue_doses.map(|doses| doses.get()),
            entry.wearing_off,
            list_to_json(&entry.side_effects),
            list_to_json(&entry.tags),
            entry.note,
        ],
    )?;
    Ok(if existed {
        SaveOutcome::Replaced
    } else {
        SaveOutcome::Added
    })
}

/// Inserts an infusion; `?9` is the row id, NULL for a new row.
const INSERT_INFUSION: &str = "INSERT INTO infusion
        (id, date, status, phase, dose_mg, duration_min, clinic, side_effects, note)
     VALUES (?9, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

/// Replaces the infusion with row id `?9`.
const UPDATE_INFUSION: &str = "UPDATE infusion SET date = ?1, status = ?2, phase = ?3,
         dose_mg = ?4, duration_min = ?5, clinic = ?6, side_effects = ?7, note = ?8
     WHERE id = ?9";

/// Runs [`INSERT_INFUSION`] or [`UPDATE_INFUSION`] with the infusion's values; returns the
/// number of rows changed.
fn write_infusion(
    connection: &Connection,
    sql: &str,
    infusion: &Infusion,
    id: Option<i64>,
) -> StoreResult<usize> {
    Ok(connection.execute(
        sql,
        params![
            date_text(infusion.date),
            infusion.status.as_str(),
            infusion.phase.map(|phase| phase.as_str()),
            infusion.dose_mg.map(|dose| dose.get()),
            infusion.duration_min.map(|minutes| minutes.get()),
            infusion.clinic,
            list_to_json(&infusion.side_effects),
            infusion.note,
            id,
        ],
    )?)
}

fn insert_infusion(connection: &Connection, infusion: &Infusion) -> StoreResult<i64> {
    write_infusion(connection, INSERT_INFUSION, infusion, None)?;
    Ok(connection.last_insert_rowid())
}

fn read_settings(connection: &Connection) -> StoreResult<Settings> {
    let settings = connection.query_row(
        "SELECT meaningful_relief_pct, substantial_relief_pct, persistence_days, baseline_days,
                min_logged_per_week, series_gap_days, early_warning_days, baseline_pain,
                day_rollover_hour, theme, text_scale, patient_name, backup_keep_days,
                auto_lock_minutes
         FROM settings WHERE id = 1",
        [],
        |row| {
            let theme: String = row.get(9)?;
            Ok((
                Settings {
                    analysis: AnalysisSettings {
                        meaningful_relief_pct: row.get(0)?,
                        substantial_relief_pct: row.get(1)?,
                        persistence_days: row.get(2)?,
                        baseline_days: row.get(3)?,
                        min_logged_per_week: row.get(4)?,
                        series_gap_days: row.get(5)?,
                        early_warning_days: row.get(6)?,
                    },
                    baseline_pain: row.get(7)?,
                    day_rollover_hour: row.get(8)?,
                    theme: Theme::System,
                    text_scale: row.get(10)?,
                    patient_name: row.get(11)?,
                    backup_keep_days: row.get(12)?,
                    auto_lock_minutes: row.get(13)?,
                },
                theme,
            ))
        },
    );
    let (mut settings, theme) = settings?;
    settings.theme = theme.parse().map_err(StoreError::StoredValue)?;
    settings.validate().map_err(StoreError::StoredValue)?;
    Ok(settings)
}

fn write_settings(connection: &Connection, settings: &Settings) -> StoreResult<()> {
    let analysis = &settings.analysis;
    connection.execute(
        "UPDATE settings SET meaningful_relief_pct = ?1, substantial_relief_pct = ?2,
             persistence_days = ?3, baseline_days = ?4, min_logged_per_week = ?5,
             series_gap_days = ?6, early_warning_days = ?7, baseline_pain = ?8,
             day_rollover_hour = ?9, theme = ?10, text_scale = ?11, patient_name = ?12,
             backup_keep_days = ?13, auto_lock_minutes = ?14
         WHERE id = 1",
        params![
            analysis.meaningful_relief_pct,
            analysis.substantial_relief_pct,
            analysis.persistence_days,
            analysis.baseline_days,
            analysis.min_logged_per_week,
            analysis.series_gap_days,
            analysis.early_warning_days,
            settings.baseline_pain,
            settings.day_rollover_hour,
            settings.theme.as_str(),
            f64::from(settings.text_scale),
            settings.patient_name,
            settings.backup_keep_days,
            settings.auto_lock_minutes,
        ],
    )?;
    Ok(())
}

fn collect<T, P: rusqlite::Params>(
    connection: &Connection,
    sql: &str,
    params: P,
    read: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<StoreResult<T>>,
) -> StoreResult<Vec<T>> {
    let mut statement = connection.prepare_cached(sql)?;
    let rows = statement.query_map(params, read)?;
    let mut values = Vec::new();
    for row in rows {
        values.push(row??);
    }
    Ok(values)
}
