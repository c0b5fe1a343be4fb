//! Bringing values read elsewhere (by `exchange`, or a whole journal) into the journal in one
//! transaction: the import, backup-then-import for the command line and the app, and replacing
//! the journal; the checks of dates after today and of dates years before the rest.

use std::path::PathBuf;

use chrono::NaiveDate;
use rusqlite::{Connection, TransactionBehavior};

use super::Store;
use super::backup::BackupReason;
use super::entries::{SaveOutcome, upsert_entry};
use super::error::StoreResult;
// Named in the documentation only.
#[cfg(doc)]
use super::error::StoreError;
use super::infusions::insert_infusion;
use super::rows::date_text;
use super::settings::write_settings;
use crate::domain::{Entry, Infusion, Journal, Settings};

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
    /// Dates that are allowed but unusual (years before the rest), to check.
    pub unusual_dates: Option<UnusualDates>,
}

impl Store {
    /// Imports a journal in one transaction: all of it or, on any error, nothing.
    ///
    /// Entries replace the entry on the same day; infusions replace the infusions recorded on the
    /// same day (a day may bring several done infusions, as a synced journal can hold them).
    /// Settings are taken from `settings` when given.
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

/// Dates being saved that lie more than a year before both the journal's first day and the
/// middle of those dates (a mistyped year such as 1926 for 2026), for a note to the reader;
/// worded by the text layer (`crate::wording::store_words`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnusualDates {
    /// How many of the dates are unusual.
    pub count: usize,
    /// The earliest of them.
    pub first: NaiveDate,
    /// The latest of them (the same as `first` when all fall on one day).
    pub last: NaiveDate,
    /// The day the rest are from.
    pub reference: NaiveDate,
}

/// The dates being saved that lie more than a year before both the journal's first day and the
/// middle of those dates, or `None` when there are none. One or two dates (a single `log`) are
/// judged against the journal's first day alone.
pub fn unusual_dates(
    journal_first_day: Option<NaiveDate>,
    entries: &[Entry],
    infusions: &[Infusion],
) -> Option<UnusualDates> {
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
    let (first, last) = (*early.first()?, *early.last()?);
    Some(UnusualDates {
        count: early.len(),
        first,
        last,
        reference,
    })
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
    // A day may come with several done infusions: a journal synced between two computers
    // can hold them, and what it exports must import back.
    let mut cleared_days = std::collections::HashSet::new();
    for infusion in infusions {
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
