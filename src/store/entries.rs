//! The daily entries: saved one per day, read, deleted.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::Store;
use super::error::StoreResult;
// Named in the documentation only.
#[cfg(doc)]
use super::error::StoreError;
use super::rows::{ENTRY_COLUMNS, collect, date_text, entry_from_row, list_to_json};
use crate::domain::Entry;

/// Whether a save created a new row or replaced an existing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveOutcome {
    /// There was no entry for that day.
    Added,
    /// The day's entry was replaced.
    Replaced,
}

impl Store {
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
}

pub(super) fn upsert_entry(connection: &Connection, entry: &Entry) -> StoreResult<SaveOutcome> {
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
