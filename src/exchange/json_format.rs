//! The journal JSON format (`"format": "relief-journal"`, version 1), lossless both ways.

use serde::{Deserialize, Serialize};

use super::trackers::Tracker;
use super::{
    FileProblem, Foreign, ImportError, Imported, JsonShape, Location, reject_duplicate_days,
};
use crate::domain::{
    DoseMg, DurationMin, Entry, Infusion, InfusionStatus, Journal, Phase, RescueDoses, Score,
    Settings, SleepHours, TextList, ValidationError, parse_date,
};

/// The value of `"format"` in a journal file.
pub const FORMAT_NAME: &str = "relief-journal";

/// The newest journal format version this build reads and the one it writes.
pub const FORMAT_VERSION: u64 = 1;

#[derive(Serialize)]
struct JournalFileOut<'a> {
    format: &'static str,
    version: u64,
    entries: &'a [Entry],
    infusions: &'a [Infusion],
    settings: &'a Settings,
}

/// The journal as pretty-printed JSON with a final newline. Entries and infusions keep the
/// journal's order (oldest first), so the same journal always gives the same bytes.
pub fn journal_to_json(journal: &Journal) -> String {
    let file = JournalFileOut {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        entries: &journal.entries,
        infusions: &journal.infusions,
        settings: &journal.settings,
    };
    let mut text = serde_json::to_string_pretty(&file)
        .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}

/// Only `format` and `version`, read first so that a foreign file is named as such.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JournalFileIn {
    #[serde(rename = "format")]
    _format: String,
    #[serde(rename = "version")]
    _version: u64,
    #[serde(default)]
    entries: Vec<EntryRecord>,
    #[serde(default)]
    infusions: Vec<InfusionRecord>,
    #[serde(default)]
    settings: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryRecord {
    date: String,
    pain: Option<f64>,
    worst_pain: Option<f64>,
    sleep_hours: Option<f64>,
    sleep_quality: Option<f64>,
    mobility: Option<f64>,
    mood: Option<f64>,
    rescue_doses: Option<f64>,
    wearing_off: Option<bool>,
    side_effects: Option<Vec<String>>,
    tags: Option<Vec<String>>,
    note: Option<String>,
}

impl EntryRecord {
    fn into_entry(self) -> Result<Entry, ValidationError> {
        let score = |field, value: Option<f64>| {
            value.map(|value| Score::from_f64(field, value)).transpose()
        };
        let pain = self
            .pain
            .ok_or_else(|| ValidationError::new("pain", "", Score::ALLOWED))?;
        Ok(Entry {
            date: parse_date("date", &self.date)?,
            pain: Score::from_f64("pain", pain)?,
            worst_pain: score("worst_pain", self.worst_pain)?,
            sleep_hours: self.sleep_hours.map(SleepHours::new).transpose()?,
            sleep_quality: score("sleep_quality", self.sleep_quality)?,
            mobility: score("mobility", self.mobility)?,
            mood: score("mood", self.mood)?,
            rescue_doses: self.rescue_doses.map(RescueDoses::from_f64).transpose()?,
            wearing_off: self.wearing_off.unwrap_or(false),
            side_effects: TextList::new("side_effects", self.side_effects.unwrap_or_default())?,
            tags: TextList::new("tags", self.tags.unwrap_or_default())?,
            note: self.note.unwrap_or_default(),
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InfusionRecord {
    date: String,
    status: Option<String>,
    phase: Option<String>,
    dose_mg: Option<f64>,
    duration_min: Option<f64>,
    clinic: Option<String>,
    side_effects: Option<Vec<String>>,
    note: Option<String>,
}

impl InfusionRecord {
    fn into_infusion(self) -> Result<Infusion, ValidationError> {
        Ok(Infusion {
            date: parse_date("date", &self.date)?,
            status: match self.status {
                Some(status) => status.parse()?,
                None => InfusionStatus::Done,
            },
            phase: match self.phase {
                Some(phase) => Phase::parse_optional(&phase)?,
                None => None,
            },
            dose_mg: self.dose_mg.map(DoseMg::new).transpose()?,
            duration_min: self.duration_min.map(DurationMin::from_f64).transpose()?,
            clinic: self.clinic.unwrap_or_default(),
            side_effects: TextList::new("side_effects", self.side_effects.unwrap_or_default())?,
            note: self.note.unwrap_or_default(),
        })
    }
}

/// Reads a journal JSON text. `file` names the file in messages. A leading byte-order mark is
/// ignored, as editors add one.
///
/// # Errors
/// [`ImportError`] naming the file, the place and the value when the text is not journal JSON
/// or a value is not allowed; nothing is read then.
pub fn read_json(text: &str, file: &str) -> Result<Imported, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let syntax = |problem: FileProblem| ImportError::Syntax {
        file: file.to_owned(),
        problem,
    };
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|error| ImportError::Foreign {
            file: file.to_owned(),
            found: Foreign::UnreadableJson {
                detail: error.to_string(),
            },
        })?;
    if value.get("format").is_none() {
        return Err(foreign_json(&value, file));
    }
    let header: Header = serde_json::from_value(value).map_err(|error| {
        syntax(FileProblem::Unreadable {
            detail: error.to_string(),
        })
    })?;
    match header.format {
        Some(serde_json::Value::String(format)) if format == FORMAT_NAME => {}
        Some(other) => {
            return Err(ImportError::UnknownFormat {
                file: file.to_owned(),
                found: Some(other.to_string()),
            });
        }
        None => {
            return Err(ImportError::UnknownFormat {
                file: file.to_owned(),
                found: None,
            });
        }
    }
    let version = header.version.as_ref().and_then(serde_json::Value::as_u64);
    match version {
        Some(found) if found > FORMAT_VERSION => {
            return Err(ImportError::NewerVersion {
                file: file.to_owned(),
                found,
                supported: FORMAT_VERSION,
            });
        }
        Some(found) if found >= 1 => {}
        _ => {
            return Err(syntax(FileProblem::Version {
                found: header.version.map(|value| value.to_string()),
                supported: FORMAT_VERSION,
            }));
        }
    }

    let deserializer = &mut serde_json::Deserializer::from_str(text);
    let parsed: JournalFileIn =
        serde_path_to_error::deserialize(deserializer).map_err(|error| {
            let path = error.path().to_string();
            syntax(FileProblem::JsonValue {
                path,
                detail: error.into_inner().to_string(),
            })
        })?;

    let invalid = |location: Location, error: ValidationError| ImportError::Invalid {
        file: file.to_owned(),
        location,
        error: Box::new(error),
    };
    let mut entries = Vec::with_capacity(parsed.entries.len());
    let mut locations = Vec::with_capacity(parsed.entries.len());
    for (index, record) in parsed.entries.into_iter().enumerate() {
        let location = Location::JournalEntry {
            index,
            date: record.date.clone(),
        };
        entries.push(
            record
                .into_entry()
                .map_err(|error| invalid(location.clone(), error))?,
        );
        locations.push(location);
    }
    reject_duplicate_days(&entries, &locations, file)?;

    let entry_locations = entries
        .iter()
        .map(|entry| entry.date)
        .zip(locations)
        .collect();
    let mut infusions = Vec::with_capacity(parsed.infusions.len());
    let mut infusion_locations = Vec::with_capacity(parsed.infusions.len());
    for (index, record) in parsed.infusions.into_iter().enumerate() {
        let location = Location::JournalInfusion {
            index,
            date: record.date.clone(),
        };
        infusions.push(
            record
                .into_infusion()
                .map_err(|error| invalid(location.clone(), error))?,
        );
        infusion_locations.push(location);
    }

    Ok(Imported {
        entries,
        infusions,
        settings: parsed.settings,
        entry_locations,
        infusion_locations,
        ..Imported::default()
    })
}

/// What a JSON value is, for saying what a file is: `a JSON array of 12 objects with the keys
/// id, timestamp, baselineData` once worded.
pub fn describe_json(value: &serde_json::Value) -> JsonShape {
    let keys =
        |object: &serde_json::Map<String, serde_json::Value>| object.keys().cloned().collect();
    match value {
        serde_json::Value::Array(items) => {
            let objects: Vec<_> = items
                .iter()
                .filter_map(serde_json::Value::as_object)
                .collect();
            match objects.first() {
                Some(first) if objects.len() == items.len() => JsonShape::ArrayOfObjects {
                    count: items.len(),
                    keys: keys(first),
                },
                _ => JsonShape::Array { count: items.len() },
            }
        }
        serde_json::Value::Object(object) if object.is_empty() => JsonShape::EmptyObject,
        serde_json::Value::Object(object) => JsonShape::Object { keys: keys(object) },
        serde_json::Value::Null => JsonShape::Null,
        serde_json::Value::Bool(_) => JsonShape::Bool,
        serde_json::Value::Number(_) => JsonShape::Number,
        serde_json::Value::String(_) => JsonShape::String,
    }
}

/// The refusal of JSON without a `"format"`: a known tracker's export is named with its
/// `--from`; anything else is described.
fn foreign_json(value: &serde_json::Value, file: &str) -> ImportError {
    let shape = describe_json(value);
    let found = match Tracker::recognise_json(value) {
        Some(tracker) => Foreign::TrackerJson { tracker, shape },
        None => Foreign::Json { shape },
    };
    ImportError::Foreign {
        file: file.to_owned(),
        found,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_design_example_reads() {
        let text = r#"{"format": "relief-journal", "version": 1,
 "entries":   [{"date": "2026-01-05", "pain": 6, "worst_pain": 8, "sleep_hours": 6.5, "sleep_quality": 4,
                "mobility": 5, "mood": 5, "rescue_doses": 2, "wearing_off": false,
                "side_effects": ["nausea"], "tags": ["weather"], "note": ""}],
 "infusions": [{"date": "2026-01-10", "status": "done", "phase": null, "dose_mg": 35.0,
                "duration_min": 45, "clinic": "", "side_effects": [], "note": ""}],
 "settings":  {}}"#;
        let imported = read_json(text, "a.json").unwrap();
        assert_eq!(imported.entries.len(), 1);
        assert_eq!(imported.entries[0].pain.get(), 6);
        assert_eq!(
            imported.entries[0].sleep_hours.map(SleepHours::get),
            Some(6.5)
        );
        assert_eq!(imported.infusions[0].dose_mg.map(DoseMg::get), Some(35.0));
        assert_eq!(imported.infusions[0].phase, None);
    }

    #[test]
    fn optional_fields_may_be_absent() {
        let text = r#"{"format": "relief-journal", "version": 1,
            "entries": [{"date": "2026-01-05", "pain": 3}], "infusions": [{"date": "2026-01-06"}]}"#;
        let imported = read_json(text, "a.json").unwrap();
        assert_eq!(imported.entries[0].worst_pain, None);
        assert_eq!(imported.infusions[0].status, InfusionStatus::Done);
    }

    #[test]
    fn foreign_and_newer_files_are_refused() {
        let foreign = read_json(r#"{"format": "diary", "version": 1}"#, "a.json").unwrap_err();
        assert!(foreign.to_string().contains("\"diary\""), "{foreign}");
        let newer =
            read_json(r#"{"format": "relief-journal", "version": 2}"#, "a.json").unwrap_err();
        assert!(newer.to_string().contains("version 2"), "{newer}");
        let broken = read_json("{\"format\": ", "a.json").unwrap_err();
        assert!(broken.to_string().contains("line 1"), "{broken}");
    }

    #[test]
    fn a_bad_value_names_its_entry_field_and_range() {
        let text = r#"{"format": "relief-journal", "version": 1,
            "entries": [{"date": "2026-01-05", "pain": 3}, {"date": "2026-01-06", "pain": 11}]}"#;
        let message = read_json(text, "a.json").unwrap_err().to_string();
        assert!(message.contains("a.json"), "{message}");
        assert!(message.contains("entries[1]"), "{message}");
        assert!(message.contains("pain"), "{message}");
        assert!(message.contains("11"), "{message}");
        assert!(message.contains("0 to 10"), "{message}");
    }

    #[test]
    fn a_wrongly_typed_value_names_its_path() {
        let text = r#"{"format": "relief-journal", "version": 1,
            "entries": [{"date": "2026-01-05", "pain": "high"}]}"#;
        let message = read_json(text, "a.json").unwrap_err().to_string();
        assert!(message.contains("entries[0].pain"), "{message}");
    }

    #[test]
    fn a_day_twice_is_refused() {
        let text = r#"{"format": "relief-journal", "version": 1,
            "entries": [{"date": "2026-01-05", "pain": 3}, {"date": "2026-01-05", "pain": 4}]}"#;
        let message = read_json(text, "a.json").unwrap_err().to_string();
        assert!(message.contains("second entry for 2026-01-05"), "{message}");
    }
}
