//! PainTracker's exports, as `src/utils/pain-tracker/export.ts` writes them.
//!
//! The CSV has the header `Date,Time,Pain Level,Locations,Symptoms,Limited Activities,Sleep
//! Quality,Mood Impact,Missed Work Days,Notes` and one row per entry: the date and `HH:MM` cut
//! from the entry's ISO timestamp (as written, UTC for `toISOString`), pain 0 to 10, lists
//! joined by `; ` in quotes, sleep quality 0 (no sleep) to 10 (excellent) written empty when 0
//! (`|| ''`), mood impact 0 (none) to 10 (severe) and the note in quotes. Its rows are joined
//! with the two characters `\n` (the source writes `'\\n'`), so the whole file is one physical
//! line; files whose rows are on lines of their own are read as well.
//!
//! The JSON is `JSON.stringify(entries, null, 2)`: an array of the stored entries, each with
//! `timestamp`, `baselineData.pain`, `baselineData.locations`, `baselineData.symptoms`,
//! `qualityOfLife.sleepQuality` and `notes`, among others.
//!
//! Newer versions also export with a "minimal" redaction policy: the CSV header `Date,Time,Pain
//! Level,Symptoms,Medication Log` (medications as `name (dosage, frequency)` joined by `; `),
//! and JSON entries of `id`, `timestamp`, `painLevel`, `symptoms` and `medications` only.

use chrono::NaiveDate;

use super::super::field::Field;
use super::super::mapping::{TableMapping, map_table};
use super::super::readings::{DayBook, ZeroMeans, read_when};
use super::super::table::Table;
use super::super::{FileProblem, ImportError, ImportRule, Imported, Location};
use super::TrackerOptions;
use crate::domain::{Allowed, ValidationError};

/// Where these layouts were taken from.
pub(super) const SOURCE: &str = "CrisisCore-Systems/pain-tracker: src/utils/pain-tracker/export.ts (commit 1f8c8c16c9d6ca5c675cdd71adaaaa5f0ea78691; the minimal policy at commit e31f4e206b9f78760a03496ba2931dc69ebcaf85), src/components/pain-tracker/form-sections/QualityOfLifeSection.tsx (commit 6618224698ba91827c91164b2a3b6151ee43605f)";

/// The start of every CSV header PainTracker writes.
pub(super) const CSV_START: [&str; 3] = ["date", "time", "pain level"];

/// The text with the two characters `\n` between rows turned into line ends, when the file's
/// rows are joined that way (outside quoted cells only); other text as it is.
pub(super) fn unfold_lines(text: &str) -> String {
    let first_line = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    if !(first_line.starts_with("date,time,pain level,") && first_line.contains("\\n")) {
        return text.to_owned();
    }
    let mut unfolded = String::with_capacity(text.len());
    let mut quoted = false;
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        match character {
            '"' => {
                quoted = !quoted;
                unfolded.push(character);
            }
            '\\' if !quoted && characters.peek() == Some(&'n') => {
                characters.next();
                unfolded.push('\n');
            }
            _ => unfolded.push(character),
        }
    }
    unfolded
}

/// Pain from `Pain Level` (0 to 10), sleep quality (0 to 10, empty when not rated), the note
/// with the locations and symptoms after it; the time of each entry for joining notes.
pub(super) fn read_csv_export(
    table: &Table,
    options: &TrackerOptions,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    // The full policy's columns, or the minimal policy's; whichever the header has.
    let wanted = [
        (Field::Date, "Date"),
        (Field::Time, "Time"),
        (Field::Pain, "Pain Level"),
        (Field::SleepQuality, "Sleep Quality"),
        (Field::Note, "Notes"),
        (Field::Note, "Locations"),
        (Field::Note, "Symptoms"),
        (Field::Note, "Medication Log"),
    ];
    let mut mapping = TableMapping {
        columns: wanted
            .iter()
            .filter_map(|(field, name)| {
                let index = table.column(name)?;
                Some((*field, table.headers.get(index)?.clone()))
            })
            .collect(),
        zero: options.zero.unwrap_or_default(),
        date_order: options.date_order,
        ..TableMapping::default()
    };
    mapping.scales = options
        .scales
        .iter()
        .filter(|(field, _)| field.is_score())
        .copied()
        .collect();
    let mut imported = map_table(table, &mapping, reference, file)?;
    imported.rules.push(ImportRule::PainTrackerCsv);
    Ok(imported)
}

/// Whether `value` is PainTracker's JSON: an array of entries with a `timestamp` and either
/// `baselineData` (the full policy) or `painLevel` (the minimal one).
pub(super) fn is_json_export(value: &serde_json::Value) -> bool {
    value.as_array().is_some_and(|entries| {
        !entries.is_empty()
            && entries.iter().all(|entry| {
                entry.get("timestamp").is_some()
                    && (entry
                        .get("baselineData")
                        .is_some_and(serde_json::Value::is_object)
                        || entry.get("painLevel").is_some())
            })
    })
}

/// The JSON values of `text` one after another: one array as PainTracker writes it, or several
/// written into one file.
fn json_values(text: &str) -> Result<Vec<serde_json::Value>, serde_json::Error> {
    serde_json::Deserializer::from_str(text)
        .into_iter::<serde_json::Value>()
        .collect()
}

/// Pain from `baselineData.pain`, sleep quality from `qualityOfLife.sleepQuality` (0, the
/// form's untouched value, is read as not rated, as the CSV export does), the note with the
/// locations and symptoms after it; dated by `timestamp` as written.
pub(super) fn read_json_export(
    text: &str,
    options: &TrackerOptions,
    file: &str,
) -> Result<Imported, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let syntax = |problem: FileProblem| ImportError::Syntax {
        file: file.to_owned(),
        problem,
    };
    let values = json_values(text).map_err(|error| {
        syntax(FileProblem::NotJson {
            detail: error.to_string(),
        })
    })?;
    if values.is_empty() || !values.iter().all(is_json_export) {
        return Err(syntax(FileProblem::NotPainTrackerJson));
    }
    let entries: Vec<&serde_json::Value> = values
        .iter()
        .filter_map(serde_json::Value::as_array)
        .flatten()
        .collect();
    let mut book = DayBook::new(options.zero.unwrap_or_default());
    let pain_scale = options.scale(Field::Pain, None);
    for (index, entry) in entries.into_iter().enumerate() {
        let location = Location::JsonEntry(index);
        let invalid = |error: ValidationError| ImportError::Invalid {
            file: file.to_owned(),
            location: location.clone(),
            error: Box::new(error),
        };
        let timestamp = entry
            .get("timestamp")
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default();
        let (date, time) =
            read_when(timestamp, None, NaiveDate::MIN).map_err(|error| ImportError::Date {
                file: file.to_owned(),
                location: Location::JsonEntryTimestamp(index),
                error,
            })?;
        let mut day = book.row(date, time, &location);
        let number = |path: &[&str]| {
            path.iter()
                .try_fold(entry, |value, key| value.get(key))
                .filter(|value| !value.is_null())
        };
        if let Some(pain) = number(&["baselineData", "pain"]).or_else(|| number(&["painLevel"])) {
            let written = pain.to_string();
            let value = pain.as_f64().ok_or_else(|| {
                invalid(ValidationError::new(
                    "pain",
                    &written,
                    Allowed::Number {
                        min: 0.0,
                        max: 10.0,
                    },
                ))
            })?;
            day.score(Field::Pain, value, &written, pain_scale)
                .map_err(invalid)?;
        }
        if let Some(quality) = number(&["qualityOfLife", "sleepQuality"]) {
            let written = quality.to_string();
            let value = quality.as_f64().ok_or_else(|| {
                invalid(ValidationError::new(
                    "sleep_quality",
                    &written,
                    Allowed::Number {
                        min: 0.0,
                        max: 10.0,
                    },
                ))
            })?;
            if value != 0.0 {
                day.score(Field::SleepQuality, value, &written, None)
                    .map_err(invalid)?;
            }
        }
        let list = |key: &str| {
            entry
                .get("baselineData")
                .and_then(|data| data.get(key))
                .or_else(|| entry.get(key))
                .and_then(serde_json::Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .filter_map(serde_json::Value::as_str)
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default()
        };
        let mut note = vec![
            entry
                .get("notes")
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default()
                .to_owned(),
        ];
        for (key, label) in [("locations", "Locations"), ("symptoms", "Symptoms")] {
            let items = list(key);
            if !items.is_empty() {
                note.push(format!("{label}: {items}"));
            }
        }
        let medications = medication_log(entry);
        if !medications.is_empty() {
            note.push(format!("Medication Log: {medications}"));
        }
        note.retain(|part| !part.trim().is_empty());
        day.note(&note.join("; "));
    }
    let mut imported = book.finish(file)?;
    imported.rules.push(ImportRule::PainTrackerJson);
    if options.zero == Some(ZeroMeans::NotLogged) {
        imported.rules.push(ImportRule::PainZeroNotLogged);
    }
    Ok(imported)
}

/// An entry's medications as the minimal CSV writes them: `name (dosage, frequency)` joined by
/// `; ` (from `medications` in the minimal policy, `medications.current` in the full one).
fn medication_log(entry: &serde_json::Value) -> String {
    let medications = entry.get("medications");
    let list = medications
        .and_then(serde_json::Value::as_array)
        .or_else(|| {
            medications
                .and_then(|medications| medications.get("current"))
                .and_then(serde_json::Value::as_array)
        });
    let text = |medication: &serde_json::Value, key: &str| {
        medication
            .get(key)
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    list.map(|items| {
        items
            .iter()
            .map(|medication| {
                format!(
                    "{} ({}, {})",
                    text(medication, "name"),
                    text(medication, "dosage"),
                    text(medication, "frequency")
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn rows_joined_by_backslash_n_are_unfolded_outside_quotes() {
        let text = "Date,Time,Pain Level,Locations,Symptoms,Limited Activities,Sleep Quality,Mood Impact,Missed Work Days,Notes\\n2025-01-09,08:30,6,\"\",\"\",\"\",,,,\"a \\n b\"";
        let unfolded = unfold_lines(text);
        assert_eq!(unfolded.lines().count(), 2);
        assert!(unfolded.ends_with("\"a \\n b\""));
    }
}
