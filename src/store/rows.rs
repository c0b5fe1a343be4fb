//! Conversions between table rows and domain values.

use chrono::NaiveDate;
use rusqlite::{Connection, Row};

use super::error::{StoreError, StoreResult};
use crate::domain::{
    DoseMg, DurationMin, Entry, Infusion, InfusionStatus, Phase, RescueDoses, Score, SleepHours,
    TextList, parse_date,
};

/// The entry columns, in the order [`entry_from_row`] reads them.
pub const ENTRY_COLUMNS: &str = "date, pain, worst_pain, sleep_hours, sleep_quality, mobility, mood, \
     rescue_doses, wearing_off, side_effects, tags, note";

/// The infusion columns, in the order [`infusion_from_row`] reads them.
pub const INFUSION_COLUMNS: &str =
    "id, date, status, phase, dose_mg, duration_min, clinic, side_effects, note";

/// The raw values of an entry row, read before validation.
struct EntryRow {
    date: String,
    pain: i64,
    worst_pain: Option<i64>,
    sleep_hours: Option<f64>,
    sleep_quality: Option<i64>,
    mobility: Option<i64>,
    mood: Option<i64>,
    rescue_doses: Option<i64>,
    wearing_off: bool,
    side_effects: String,
    tags: String,
    note: String,
}

/// Reads the raw values of an entry row (columns as in [`ENTRY_COLUMNS`]).
///
/// # Errors
///
/// The SQLite error when a column cannot be read; inside it, [`StoreError::StoredValue`]
/// when a value does not fit its field.
pub fn entry_from_row(row: &Row<'_>) -> rusqlite::Result<StoreResult<Entry>> {
    let raw = EntryRow {
        date: row.get(0)?,
        pain: row.get(1)?,
        worst_pain: row.get(2)?,
        sleep_hours: row.get(3)?,
        sleep_quality: row.get(4)?,
        mobility: row.get(5)?,
        mood: row.get(6)?,
        rescue_doses: row.get(7)?,
        wearing_off: row.get(8)?,
        side_effects: row.get(9)?,
        tags: row.get(10)?,
        note: row.get(11)?,
    };
    Ok(raw.into_entry())
}

impl EntryRow {
    fn into_entry(self) -> StoreResult<Entry> {
        let stored = StoreError::StoredValue;
        let optional_score =
            |field, value: Option<i64>| value.map(|value| Score::new(field, value)).transpose();
        Ok(Entry {
            date: parse_date("date", &self.date).map_err(stored)?,
            pain: Score::new("pain", self.pain).map_err(stored)?,
            worst_pain: optional_score("worst_pain", self.worst_pain).map_err(stored)?,
            sleep_hours: self
                .sleep_hours
                .map(SleepHours::new)
                .transpose()
                .map_err(stored)?,
            sleep_quality: optional_score("sleep_quality", self.sleep_quality).map_err(stored)?,
            mobility: optional_score("mobility", self.mobility).map_err(stored)?,
            mood: optional_score("mood", self.mood).map_err(stored)?,
            rescue_doses: self
                .rescue_doses
                .map(RescueDoses::new)
                .transpose()
                .map_err(stored)?,
            wearing_off: self.wearing_off,
            side_effects: list_from_json("side_effects", &self.side_effects)?,
            tags: list_from_json("tags", &self.tags)?,
            note: self.note,
        })
    }
}

/// Reads an infusion row (columns as in [`INFUSION_COLUMNS`]) with its id.
///
/// # Errors
///
/// The SQLite error when a column cannot be read; inside it, [`StoreError::StoredValue`]
/// when a value does not fit its field.
pub fn infusion_from_row(row: &Row<'_>) -> rusqlite::Result<StoreResult<(i64, Infusion)>> {
    let id: i64 = row.get(0)?;
    let date: String = row.get(1)?;
    let status: String = row.get(2)?;
    let phase: Option<String> = row.get(3)?;
    let dose_mg: Option<f64> = row.get(4)?;
    let duration_min: Option<i64> = row.get(5)?;
    let clinic: String = row.get(6)?;
    let side_effects: String = row.get(7)?;
    let note: String = row.get(8)?;
    let build = || -> StoreResult<(i64, Infusion)> {
        let stored = StoreError::StoredValue;
        let infusion = Infusion {
            date: parse_date("date", &date).map_err(stored)?,
            status: status.parse::<InfusionStatus>().map_err(stored)?,
            phase: phase
                .as_deref()
                .map(str::parse::<Phase>)
                .transpose()
                .map_err(stored)?,
            dose_mg: dose_mg.map(DoseMg::new).transpose().map_err(stored)?,
            duration_min: duration_min
                .map(DurationMin::new)
                .transpose()
                .map_err(stored)?,
            clinic,
            side_effects: list_from_json("side_effects", &side_effects)?,
            note,
        };
        Ok((id, infusion))
    };
    Ok(build())
}

fn list_from_json(field: &'static str, text: &str) -> StoreResult<TextList> {
    let items: Vec<String> = serde_json::from_str(text).map_err(|_| {
        StoreError::StoredValue(crate::domain::ValidationError::new(
            field,
            text,
            crate::domain::Allowed::JsonTextArray,
        ))
    })?;
    TextList::new(field, items).map_err(StoreError::StoredValue)
}

/// A list as the JSON array text stored in its column.
pub fn list_to_json(list: &TextList) -> String {
    serde_json::to_string(list.items()).unwrap_or_else(|_| "[]".into())
}

/// A date as stored: `YYYY-MM-DD`.
pub fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub(super) fn collect<T, P: rusqlite::Params>(
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
