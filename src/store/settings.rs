//! The journal's settings: one row, read and validated, saved whole or as the changes an edit
//! made (never reverting what another program changed meanwhile).

use rusqlite::{Connection, params};

use super::Store;
use super::error::{StoreError, StoreResult};
use crate::domain::{AnalysisSettings, Settings, Theme};

impl Store {
    /// The stored settings.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when SQLite fails (a locked, removed or full disk journal); [`StoreError::StoredValue`] when a stored value no longer fits its field (the file was
    /// edited by hand).
    pub fn settings(&self) -> StoreResult<Settings> {
        read_settings(&self.connection)
    }

    /// Validates and saves the settings whole (for a journal nobody else writes: a new one,
    /// the demo). An edit of settings read earlier is saved by [`Store::save_settings_changes`].
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

    /// Saves the changes `edited` makes to `base` (the settings it was edited from) onto the
    /// settings stored now, in one transaction: a setting changed meanwhile by another program
    /// (the command line, an import, a second window) keeps that change unless this edit
    /// changed it too (see [`Settings::with_changes`]). Returns the settings as saved.
    ///
    /// # Errors
    ///
    /// [`StoreError::Invalid`] naming a setting outside its range (after the merge);
    /// [`StoreError::Sqlite`] when SQLite fails. Nothing is saved then.
    pub fn save_settings_changes(
        &mut self,
        base: &Settings,
        edited: &Settings,
    ) -> StoreResult<Settings> {
        self.writable()?;
        let transaction = self
            .connection
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let merged = read_settings(&transaction)?.with_changes(base, edited);
        merged.validate()?;
        write_settings(&transaction, &merged)?;
        transaction.commit()?;
        Ok(merged)
    }
}

pub(super) fn read_settings(connection: &Connection) -> StoreResult<Settings> {
    let settings = connection.query_row(
        "SELECT meaningful_relief_pct, substantial_relief_pct, persistence_days, baseline_days,
                min_logged_per_week, series_gap_days, early_warning_days, baseline_pain,
                day_rollover_hour, theme, text_scale, patient_name, backup_keep_days,
                auto_lock_minutes, language
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
                    language: row.get(14)?,
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

pub(super) fn write_settings(connection: &Connection, settings: &Settings) -> StoreResult<()> {
    let analysis = &settings.analysis;
    connection.execute(
        "UPDATE settings SET meaningful_relief_pct = ?1, substantial_relief_pct = ?2,
             persistence_days = ?3, baseline_days = ?4, min_logged_per_week = ?5,
             series_gap_days = ?6, early_warning_days = ?7, baseline_pain = ?8,
             day_rollover_hour = ?9, theme = ?10, text_scale = ?11, patient_name = ?12,
             backup_keep_days = ?13, auto_lock_minutes = ?14, language = ?15
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
            settings.language,
        ],
    )?;
    Ok(())
}
