//! The journal as a whole: all of it at once, whether it is empty, its first day, and the
//! checks of its file (data version, integrity).

use chrono::NaiveDate;

use super::Store;
use super::error::StoreResult;
// Named in the documentation only.
#[cfg(doc)]
use super::error::StoreError;
use crate::domain::Journal;

impl Store {
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
