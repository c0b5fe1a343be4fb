//! Import and export of whole journals: the journal JSON format and CSV for entries or infusions.
//!
//! Reading a file produces validated domain values or one [`ImportError`] naming the file, the
//! place in it, the field, the value and what is allowed; nothing is written to the journal here.
//! The store then applies an [`Imported`] journal in one transaction.

mod bearable;
mod csv_format;
mod json_format;
mod mapping;
mod table;
mod text;

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

pub use bearable::{is_long_format, read_long_format};
pub use csv_format::{entries_to_csv, infusions_to_csv, is_journal_header, read_csv};
pub use json_format::{FORMAT_NAME, FORMAT_VERSION, journal_to_json, read_json};
pub use mapping::{Field, Scale, TableMapping, column_range, guess_columns, map_table};
pub use table::{Table, TableRow, is_workbook, read_table, sheet_names, table_from_text};
pub use text::decode;

use crate::domain::{DateTextError, Entry, Infusion, Settings, ValidationError};

/// A file's content, validated and ready to be stored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Imported {
    /// Daily entries, at most one per day.
    pub entries: Vec<Entry>,
    /// Infusions.
    pub infusions: Vec<Infusion>,
    /// Settings given in the file (journal JSON only), as a partial object.
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
    /// Rows of a table in which every cell was empty, skipped (a spreadsheet's leftovers).
    pub skipped_empty_rows: usize,
    /// What the file holds that was not imported, one description each: a table's unmapped
    /// columns (`column "Weather"`), another tracker's categories.
    pub ignored: Vec<String>,
    /// How values were changed on the way in, one sentence each (scales mapped onto 0 to 10).
    pub rules: Vec<String>,
}

impl Imported {
    /// The settings after applying the file's settings over `current`, or `None` when the file
    /// sets none.
    ///
    /// # Errors
    /// [`ImportError`] naming the setting when the file's value is outside its allowed range.
    pub fn settings_over(
        &self,
        current: &Settings,
        file: &str,
    ) -> Result<Option<Settings>, ImportError> {
        let Some(patch) = self.settings.as_ref().filter(|patch| !patch.is_empty()) else {
            return Ok(None);
        };
        let invalid = |detail: String| ImportError::Syntax {
            file: file.to_owned(),
            detail: format!("settings: {detail}"),
        };
        let mut merged =
            serde_json::to_value(current).map_err(|error| invalid(error.to_string()))?;
        if let Some(object) = merged.as_object_mut() {
            for (key, value) in patch {
                if !object.contains_key(key) {
                    let known: Vec<&str> = object.keys().map(String::as_str).collect();
                    return Err(invalid(format!(
                        "unknown setting \"{key}\"; known settings are {}",
                        known.join(", ")
                    )));
                }
                object.insert(key.clone(), value.clone());
            }
        }
        let settings: Settings =
            serde_json::from_value(merged).map_err(|error| invalid(error.to_string()))?;
        settings.validate().map_err(|error| ImportError::Invalid {
            file: file.to_owned(),
            location: "settings".into(),
            error,
        })?;
        Ok(Some(settings))
    }
}

/// Why a file could not be imported. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("{file}: {source}")]
    Io {
        /// The file.
        file: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file's extension is none of those read.
    #[error(
        "{file}: unknown file type; expected a .json journal, a .csv, .tsv or .txt table, or an .xlsx or .ods workbook"
    )]
    UnknownFileType {
        /// The file.
        file: String,
    },
    /// The file is not well-formed JSON or CSV, or has the wrong shape.
    #[error("{file}: {detail}")]
    Syntax {
        /// The file.
        file: String,
        /// What is wrong and where.
        detail: String,
    },
    /// The JSON file is not a Relief Journal export.
    #[error("{file}: \"format\" is {found}; expected \"relief-journal\"")]
    UnknownFormat {
        /// The file.
        file: String,
        /// The format found, quoted, or `missing`.
        found: String,
    },
    /// The JSON file comes from a newer version of the app.
    #[error(
        "{file}: journal format version {found} is newer than this app reads (up to {supported}); update Relief Journal to import it"
    )]
    NewerVersion {
        /// The file.
        file: String,
        /// The version in the file.
        found: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// A value does not fit its field.
    #[error("{file}, {location}: {error}")]
    Invalid {
        /// The file.
        file: String,
        /// Where in the file, e.g. `line 57` or `entries[3]`.
        location: String,
        /// The field, the value and what is allowed.
        error: ValidationError,
    },
    /// A date that cannot be read, or that reads two ways.
    #[error("{file}, {location}: date: {error}{}", date_hint(error))]
    Date {
        /// The file.
        file: String,
        /// Where in the file, e.g. `line 5` or `sheet Pain, row 5`.
        location: String,
        /// What is wrong with the date.
        error: DateTextError,
    },
    /// Two entries for the same day.
    #[error("{file}, {location}: a second entry for {date}; a journal has one entry per day")]
    DuplicateDay {
        /// The file.
        file: String,
        /// Where the second entry is.
        location: String,
        /// The day.
        date: NaiveDate,
    },
}

/// Reads a journal JSON file or an entries or infusions CSV (or tab-separated) file, chosen by
/// extension, in UTF-8 or UTF-16 with or without a byte-order mark (see [`decode`]).
///
/// # Errors
/// An [`ImportError`] naming the file and, where there is one, the line, field and value.
pub fn read_file(path: &Path) -> Result<Imported, ImportError> {
    let file = path.display().to_string();
    let extension = path
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase);
    let bytes = std::fs::read(path).map_err(|source| ImportError::Io {
        file: file.clone(),
        source,
    })?;
    match extension.as_deref() {
        Some("json") => read_json(&decode(&bytes, &file)?, &file),
        Some("csv" | "tsv" | "txt") => read_csv(&decode(&bytes, &file)?, &file),
        _ => Err(ImportError::UnknownFileType { file }),
    }
}

/// What a file holds, told by its extension and header before any column is mapped.
#[derive(Debug, Clone, PartialEq)]
pub enum Layout {
    /// The journal's own JSON, or its entries or infusions CSV: read whole.
    Journal(Imported),
    /// Another tracker's long-format export, one reading per row (see [`read_long_format`]):
    /// read whole.
    LongFormat(Imported),
    /// A table of days whose columns are still to be mapped (see [`map_table`]).
    Table(Table),
}

/// Reads `path` as far as it can be read without a mapping: a `.json` journal, a text table
/// with the journal's own header, a long-format export, or otherwise any table of days (text,
/// or a workbook's `sheet`, the first one when `None`). `reference` completes dates without a
/// year.
///
/// # Errors
/// An [`ImportError`] naming the file and, where there is one, the line, field and value.
pub fn read_layout(
    path: &Path,
    sheet: Option<&str>,
    reference: NaiveDate,
) -> Result<Layout, ImportError> {
    let file = path.display().to_string();
    let extension = path
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase);
    let table = match extension.as_deref() {
        Some("json") => return read_file(path).map(Layout::Journal),
        Some("csv" | "tsv" | "txt") => {
            let bytes = std::fs::read(path).map_err(|source| ImportError::Io {
                file: file.clone(),
                source,
            })?;
            let text = decode(&bytes, &file)?;
            let table = table_from_text(&text, &file)?;
            if is_journal_header(&table.headers) {
                return read_csv(&text, &file).map(Layout::Journal);
            }
            table
        }
        _ if is_workbook(path) => read_table(path, sheet)?,
        _ => return Err(ImportError::UnknownFileType { file }),
    };
    if is_long_format(&table.headers) {
        return read_long_format(&table, reference, &file).map(Layout::LongFormat);
    }
    Ok(Layout::Table(table))
}

/// An entry on one line as it would be stored, for previews: `2026-01-05, pain 6, sleep 6.5 h`.
pub fn entry_line(entry: &Entry) -> String {
    let mut parts = vec![entry.date.to_string(), format!("pain {}", entry.pain.get())];
    let scores = [
        ("worst pain", entry.worst_pain),
        ("sleep quality", entry.sleep_quality),
        ("mobility", entry.mobility),
        ("mood", entry.mood),
    ];
    for (name, score) in scores {
        if let Some(score) = score {
            parts.push(format!("{name} {}", score.get()));
        }
    }
    if let Some(hours) = entry.sleep_hours {
        parts.push(format!("sleep {} h", hours.get()));
    }
    if let Some(doses) = entry.rescue_doses {
        parts.push(format!("rescue {}", doses.get()));
    }
    if entry.wearing_off {
        parts.push("wearing off".into());
    }
    if !entry.tags.is_empty() {
        parts.push(format!("tags {}", entry.tags.joined()));
    }
    if !entry.side_effects.is_empty() {
        parts.push(format!("side effects {}", entry.side_effects.joined()));
    }
    if !entry.note.is_empty() {
        parts.push(format!("note \"{}\"", entry.note));
    }
    parts.join(", ")
}

/// What settles a date that reads two ways.
fn date_hint(error: &DateTextError) -> &'static str {
    match error {
        DateTextError::Ambiguous { .. } => "; add --date-order dmy or --date-order mdy",
        DateTextError::NotADate { .. } => "",
    }
}

/// Fails on a second entry for a day already seen; `locations` gives each entry's place.
fn reject_duplicate_days(
    entries: &[Entry],
    locations: &[String],
    file: &str,
) -> Result<(), ImportError> {
    let mut seen = HashMap::with_capacity(entries.len());
    for (entry, location) in entries.iter().zip(locations) {
        if seen.insert(entry.date, ()).is_some() {
            return Err(ImportError::DuplicateDay {
                file: file.to_owned(),
                location: location.clone(),
                date: entry.date,
            });
        }
    }
    Ok(())
}
