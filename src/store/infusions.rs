//! The infusions: added, changed, deleted and read by row id, refusing a second done infusion
//! on a day.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::Store;
use super::error::StoreResult;
// Named in the documentation only.
#[cfg(doc)]
use super::error::StoreError;
use super::rows::{INFUSION_COLUMNS, collect, date_text, infusion_from_row, list_to_json};
use crate::domain::Infusion;

/// A saved infusion with its row id (for editing and deleting).
#[derive(Debug, Clone, PartialEq)]
pub struct StoredInfusion {
    /// Row id in the `infusion` table.
    pub id: i64,
    /// The infusion.
    pub infusion: Infusion,
}

impl Store {
    /// Adds an infusion and returns its id.
    ///
    /// # Errors
    ///
    /// [`StoreError::Invalid`] for a second done infusion on a day that has one;
    /// [`StoreError::Sqlite`] when SQLite fails; nothing is saved then.
    pub fn add_infusion(&mut self, infusion: &Infusion) -> StoreResult<i64> {
        self.insert_one(infusion, true)
    }

    /// Puts back an infusion that was deleted (Undo) and returns its new id: as it was, even on a
    /// day that has another done infusion, since it stood beside that one before (two computers
    /// that each recorded the day's infusion leave two).
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails; nothing is saved then.
    pub fn restore_infusion(&mut self, infusion: &Infusion) -> StoreResult<i64> {
        self.insert_one(infusion, false)
    }

    /// Inserts `infusion` in its own transaction, refusing a second done infusion on its day
    /// when `refuse_second` (see [`Self::add_infusion`] and [`Self::restore_infusion`]).
    fn insert_one(&mut self, infusion: &Infusion, refuse_second: bool) -> StoreResult<i64> {
        self.writable()?;
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if refuse_second {
            refuse_second_done(&transaction, infusion, None)?;
        }
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
    /// has one (an infusion already done on a day it shares with another, after two computers
    /// each recorded one, can still be corrected there); [`StoreError::Sqlite`] when SQLite
    /// fails; nothing is saved then.
    pub fn update_infusion(&mut self, id: i64, infusion: &Infusion) -> StoreResult<bool> {
        self.writable()?;
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let was_done_that_day: Option<bool> = transaction
            .query_row(
                "SELECT date = ?2 AND status = 'done' FROM infusion WHERE id = ?1",
                params![id, date_text(infusion.date)],
                |row| row.get(0),
            )
            .optional()?;
        let Some(was_done_that_day) = was_done_that_day else {
            return Ok(false);
        };
        if !was_done_that_day {
            refuse_second_done(&transaction, infusion, Some(id))?;
        }
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

pub(super) fn insert_infusion(connection: &Connection, infusion: &Infusion) -> StoreResult<i64> {
    write_infusion(connection, INSERT_INFUSION, infusion, None)?;
    Ok(connection.last_insert_rowid())
}
