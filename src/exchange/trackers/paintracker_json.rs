//! PainTracker's JSON, as `src/utils/pain-tracker/export.ts` writes it:
//! `JSON.stringify(entries, null, 2)`, an array of the stored entries, each with `timestamp`,
//! `baselineData.pain`, `baselineData.locations`, `baselineData.symptoms`,
//! `qualityOfLife.sleepQuality` and `notes`, among others; with the newer "minimal" redaction
//! policy, entries of `id`, `timestamp`, `painLevel`, `symptoms` and `medications` only.

use chrono::NaiveDate;

use super::super::field::Field;
use super::super::readings::{DayBook, ZeroMeans, read_when};
use super::super::{FileProblem, ImportError, ImportRule, Imported, Location};
use super::{Layout, Reader, Recognition, TrackerOptions};
use crate::domain::{Allowed, ValidationError};

/// PainTracker's JSON export.
pub(super) const LAYOUT: Layout = Layout {
    name: "paintracker-json",
    title: "PainTracker (JSON)",
    source: super::paintracker_csv::SOURCE,
    recognised_by: Recognition::Json(is_json_export),
    reader: Reader::Text(read_json_export),
    zero: ZeroMeans::Score,
    file_start: "[{\"baselineData\": {\"pain\": ",
};

/// Whether `value` is PainTracker's JSON: an array of entries with a `timestamp` and either
/// `baselineData` (the full policy) or `painLevel` (the minimal one).
fn is_json_export(value: &serde_json::Value) -> bool {
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
fn read_json_export(
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

