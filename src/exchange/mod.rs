//! Import and export of whole journals: the journal JSON format and CSV for entries or
//! infusions; any table of days with its columns mapped (`mapping`); long tables, one reading
//! per row (`long`); other trackers' exports as their own code writes them (`trackers`). Rows of
//! one day become one entry by the rules of `readings`.
//!
//! Reading a file produces validated domain values or one [`ImportError`] naming the file, the
//! place in it, the field, the value and what is allowed, or for a file of another kind what it
//! looks like and what to do; nothing is written to the journal here. The store then applies an
//! [`Imported`] journal in one transaction.

mod csv_format;
mod field;
mod json_format;
mod long;
mod mapping;
mod readings;
mod table;
mod text;
mod trackers;

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

pub use csv_format::{entries_to_csv, infusions_to_csv, is_journal_header, read_csv};
pub use field::{Field, Scale};
pub use json_format::{FORMAT_NAME, FORMAT_VERSION, describe_json, journal_to_json, read_json};
pub use long::{LongMapping, NameCount, NameRule, name_matches, read_long, reading_names};
pub use mapping::{TableMapping, column_range, guess_columns, map_table};
pub use readings::{ZeroMeans, read_hours, read_when};
pub use table::{Table, TableRow, is_workbook, read_table, sheet_names, table_from_text};
pub use text::decode;
pub use trackers::{Tracker, TrackerFile, TrackerOptions, read_tracker, tracker_names};

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
    /// How values were changed on the way in, one sentence each (scales mapped onto 0 to 10,
    /// how days with several readings were combined).
    pub rules: Vec<String>,
    /// Days that had several readings (check-ins, rows) and became one entry each.
    pub several_readings_days: usize,
    /// Days with readings but none of pain, not imported (the journal needs pain).
    pub days_without_pain: usize,
    /// Values of 0 read as "not logged" (see [`ZeroMeans`]).
    pub zeros_not_logged: usize,
    /// Where each entry was read, by its day (`line 5`, `entries[3] (date 2026-01-05)`), for
    /// messages; a day missing here is named by its date alone.
    pub entry_locations: std::collections::BTreeMap<NaiveDate, String>,
    /// Where each infusion was read, in the order of `infusions` (empty when not known).
    pub infusion_locations: Vec<String>,
}

impl Imported {
    /// Refuses a file holding what cannot be right: an entry or a done infusion dated after
    /// `today` (nearly always a mistyped year), or two done infusions on one day. Planned
    /// infusions may be ahead.
    ///
    /// # Errors
    /// [`ImportError::Invalid`] naming the file, the place of the first such row, its date and
    /// what to do (check the year, mark it planned, keep one infusion).
    pub fn refuse_impossible_dates(&self, today: NaiveDate, file: &str) -> Result<(), ImportError> {
        let invalid = |location: String, error: ValidationError| ImportError::Invalid {
            file: file.to_owned(),
            location,
            error,
        };
        for entry in &self.entries {
            crate::domain::entry_not_after_today(entry.date, today).map_err(|error| {
                let location = self
                    .entry_locations
                    .get(&entry.date)
                    .cloned()
                    .unwrap_or_else(|| format!("the entry for {}", entry.date));
                invalid(location, error)
            })?;
        }
        let mut done_days = HashMap::new();
        for (index, infusion) in self.infusions.iter().enumerate() {
            if !infusion.is_done() {
                continue;
            }
            let location = || {
                self.infusion_locations
                    .get(index)
                    .cloned()
                    .unwrap_or_else(|| format!("the infusion on {}", infusion.date))
            };
            crate::domain::done_infusion_not_after_today(infusion.date, today)
                .map_err(|error| invalid(location(), error))?;
            if done_days.insert(infusion.date, ()).is_some() {
                return Err(invalid(
                    location(),
                    crate::domain::second_done_infusion(infusion.date),
                ));
            }
        }
        Ok(())
    }

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
    /// The file is neither a Relief Journal file nor a layout read without a mapping: what it
    /// looks like and what to do instead.
    #[error("{file}: {looks_like}; {what_to_do}")]
    Foreign {
        /// The file.
        file: String,
        /// What the file looks like: `a JSON array of 12 objects (keys ...)`, `a table ...`.
        looks_like: String,
        /// How it can be imported: `--column`, `--from NAME`.
        what_to_do: String,
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
/// An [`ImportError`] naming the file and, where there is one, the line, field and value; a
/// file of another app is refused with what it looks like and what to do ([`ImportError::Foreign`]).
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
        Some("csv" | "tsv" | "txt") => {
            let text = trackers::unfolded(&decode(&bytes, &file)?);
            let table = table_from_text(&text, &file)?;
            if looks_like_journal_csv(&table.headers) {
                return read_csv(&text, &file);
            }
            Err(foreign_table(&table, &file))
        }
        _ => Err(ImportError::UnknownFileType { file }),
    }
}

/// Whether a header is meant as the journal's own CSV: a `date` column and a `pain` or `status`
/// column (unknown columns beside them are then named by [`read_csv`]).
fn looks_like_journal_csv(headers: &[String]) -> bool {
    let has = |name: &str| headers.iter().any(|header| header.trim() == name);
    has("date") && (has("pain") || has("status"))
}

/// The refusal of a table that is not the journal's CSV: a known tracker's layout is named with
/// its `--from`, any other table is described with its columns and the `--column` to map them.
pub fn foreign_table(table: &Table, file: &str) -> ImportError {
    if let Some(tracker) = Tracker::recognise(&table.headers) {
        return ImportError::Foreign {
            file: file.to_owned(),
            looks_like: format!(
                "this looks like a {} export, not a Relief Journal file",
                tracker.title()
            ),
            what_to_do: format!("import it with --from {}", tracker.name()),
        };
    }
    let mut columns: Vec<String> = table
        .headers
        .iter()
        .take(8)
        .map(|header| format!("\"{header}\""))
        .collect();
    if table.headers.len() > 8 {
        columns.push(format!("and {} more", table.headers.len() - 8));
    }
    ImportError::Foreign {
        file: file.to_owned(),
        looks_like: format!(
            "a table of {} row{} with the columns {}, which is neither a Relief Journal file nor a layout this app knows",
            table.rows.len(),
            if table.rows.len() == 1 { "" } else { "s" },
            columns.join(", ")
        ),
        what_to_do: format!(
            "map its columns with --column date=HEADER --column pain=HEADER (and others), or if it comes from one of the trackers this app reads, add --from NAME ({})",
            Tracker::names()
        ),
    }
}

/// What a file holds, told by its extension and header before any column is mapped.
#[derive(Debug, Clone, PartialEq)]
pub enum Layout {
    /// The journal's own JSON, or its entries or infusions CSV: read whole.
    Journal(Imported),
    /// Another tracker's export, recognised by its header (see [`read_tracker`]), and what it
    /// gives with the layout's own choices (or why it cannot be read so).
    Tracker(TrackerFile, Result<Imported, String>),
    /// A table of days whose columns are still to be mapped (see [`map_table`]).
    Table(Table),
}

/// Reads `path` as far as it can be read without a mapping: a `.json` journal, a text table
/// with the journal's own header, another tracker's export recognised by its header (or
/// PainTracker's JSON), or otherwise any table of days (text, or a workbook's `sheet`, the
/// first one when `None`).
///
/// # Errors
/// An [`ImportError`] naming the file and, where there is one, the line, field and value; a
/// JSON file of another app is refused with what it looks like. `reference` completes dates
/// without a year.
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
    let read_text = || -> Result<String, ImportError> {
        let bytes = std::fs::read(path).map_err(|source| ImportError::Io {
            file: file.clone(),
            source,
        })?;
        decode(&bytes, &file)
    };
    match extension.as_deref() {
        Some("json") => {
            let text = read_text()?;
            let value: Option<serde_json::Value> =
                serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(&text)).ok();
            if let Some(tracker) = value.as_ref().and_then(Tracker::recognise_json) {
                return tracker_layout(tracker, text, reference, &file);
            }
            read_json(&text, &file).map(Layout::Journal)
        }
        Some("csv" | "tsv" | "txt") => {
            let text = trackers::unfolded(&read_text()?);
            let table = table_from_text(&text, &file)?;
            if is_journal_header(&table.headers) {
                return read_csv(&text, &file).map(Layout::Journal);
            }
            if let Some(tracker) = Tracker::recognise(&table.headers) {
                return tracker_layout(tracker, text, reference, &file);
            }
            Ok(Layout::Table(table))
        }
        _ if is_workbook(path) => read_table(path, sheet).map(Layout::Table),
        _ => Err(ImportError::UnknownFileType { file }),
    }
}

/// A tracker's export with what it gives under the layout's own choices.
fn tracker_layout(
    tracker: Tracker,
    text: String,
    reference: NaiveDate,
    file: &str,
) -> Result<Layout, ImportError> {
    let opened = TrackerFile::open(tracker, text, file)?;
    let imported = opened
        .read(&TrackerOptions::default(), reference, file)
        .map_err(|error| error.to_string());
    Ok(Layout::Tracker(opened, imported))
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
