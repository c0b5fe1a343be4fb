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
mod problems;
mod readings;
mod table;
mod text;
mod trackers;

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

pub use csv_format::{
    ENTRY_FIELDS, INFUSION_FIELDS, entries_to_csv, infusions_to_csv, is_journal_header, read_csv,
    read_csv_with,
};
pub use field::{Field, Scale};
pub use json_format::{FORMAT_NAME, FORMAT_VERSION, describe_json, journal_to_json, read_json};
pub use long::{LongMapping, NameCount, NameRule, name_matches, read_long, reading_names};
pub use mapping::{TableMapping, column_range, guess_columns, map_table};
pub use problems::{
    Candidate, ColumnRole, FileProblem, Foreign, Ignored, ImportRule, JsonShape, Location,
    ScaleError,
};
pub use readings::{FileDates, ZeroMeans, file_dates, read_hours, read_when};
pub use table::{Table, TableRow, is_workbook, read_table, sheet_names, table_from_text};
pub use text::{CODE_PAGE, Decoded, decode, decode_text};
pub use trackers::{Tracker, TrackerFile, TrackerOptions, read_tracker, tracker_names};

use crate::domain::{DateOrder, DateTextError, Entry, Infusion, Settings, ValidationError};

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
    /// What the file holds that was not imported: a table's unmapped columns, another
    /// tracker's categories.
    pub ignored: Vec<Ignored>,
    /// How values were changed on the way in (scales mapped onto 0 to 10, how days with
    /// several readings were combined).
    pub rules: Vec<ImportRule>,
    /// Days that had several readings (check-ins, rows) and became one entry each.
    pub several_readings_days: usize,
    /// Days with readings but none of pain, not imported (the journal needs pain).
    pub days_without_pain: usize,
    /// Values of 0 read as "not logged" (see [`ZeroMeans`]).
    pub zeros_not_logged: usize,
    /// Where each entry was read, by its day (`line 5`, `entries[3] (date 2026-01-05)`), for
    /// messages; a day missing here is named by its date alone.
    pub entry_locations: std::collections::BTreeMap<NaiveDate, Location>,
    /// Where each infusion was read, in the order of `infusions` (empty when not known).
    pub infusion_locations: Vec<Location>,
}

impl Imported {
    /// Refuses a file holding what cannot be right: an entry or a done infusion dated after
    /// `today` (nearly always a mistyped year). Planned infusions may be ahead. Several done
    /// infusions on one day are not refused: a journal synced between two computers can hold
    /// them, and what it exports must import back ([`Imported::days_with_several_done`] names
    /// them for a note).
    ///
    /// # Errors
    /// [`ImportError::Invalid`] naming the file, the place of the first such row, its date and
    /// what to do (check the year, mark it planned).
    pub fn refuse_impossible_dates(&self, today: NaiveDate, file: &str) -> Result<(), ImportError> {
        let invalid = |location: Location, error: ValidationError| ImportError::Invalid {
            file: file.to_owned(),
            location,
            error: Box::new(error),
        };
        for entry in &self.entries {
            crate::domain::entry_not_after_today(entry.date, today).map_err(|error| {
                let location = self
                    .entry_locations
                    .get(&entry.date)
                    .cloned()
                    .unwrap_or(Location::EntryOn(entry.date));
                invalid(location, error)
            })?;
        }
        for (index, infusion) in self.infusions.iter().enumerate() {
            if !infusion.is_done() {
                continue;
            }
            crate::domain::done_infusion_not_after_today(infusion.date, today).map_err(
                |error| {
                    let location = self
                        .infusion_locations
                        .get(index)
                        .cloned()
                        .unwrap_or(Location::InfusionOn(infusion.date));
                    invalid(location, error)
                },
            )?;
        }
        Ok(())
    }

    /// The days that have more than one done infusion in the file, oldest first: imported as
    /// they are (the journal can hold them after a sync), and named so that the patient can
    /// delete the wrong one.
    pub fn days_with_several_done(&self) -> Vec<NaiveDate> {
        let mut done_per_day = std::collections::BTreeMap::<NaiveDate, usize>::new();
        for infusion in self.infusions.iter().filter(|infusion| infusion.is_done()) {
            *done_per_day.entry(infusion.date).or_default() += 1;
        }
        done_per_day
            .into_iter()
            .filter(|(_, done)| *done > 1)
            .map(|(day, _)| day)
            .collect()
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
        let invalid = |problem: FileProblem| ImportError::Syntax {
            file: file.to_owned(),
            problem,
        };
        let unreadable = |error: serde_json::Error| {
            invalid(FileProblem::Settings {
                detail: error.to_string(),
            })
        };
        let mut merged = serde_json::to_value(current).map_err(unreadable)?;
        if let Some(object) = merged.as_object_mut() {
            for (key, value) in patch {
                if !object.contains_key(key) {
                    return Err(invalid(FileProblem::UnknownSetting {
                        key: key.clone(),
                        known: object.keys().cloned().collect(),
                    }));
                }
                object.insert(key.clone(), value.clone());
            }
        }
        let settings: Settings = serde_json::from_value(merged).map_err(unreadable)?;
        settings.validate().map_err(|error| ImportError::Invalid {
            file: file.to_owned(),
            location: Location::Settings,
            error: Box::new(error),
        })?;
        Ok(Some(settings))
    }
}

/// Why a file could not be imported. Nothing was written. Worded by the text layer
/// (`crate::wording::import_words`): its `Display` is the command line's, naming the options
/// that settle it; the app words it for the choices on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// The file could not be read.
    Io {
        /// The file.
        file: String,
        /// What the system reported.
        detail: String,
    },
    /// The file's extension is none of those read.
    UnknownFileType {
        /// The file.
        file: String,
    },
    /// The file is not well-formed JSON or CSV, or has the wrong shape.
    Syntax {
        /// The file.
        file: String,
        /// What is wrong and where.
        problem: FileProblem,
    },
    /// The file is neither a Relief Journal file nor a layout read without a mapping: what it
    /// looks like (and so how it can be imported).
    Foreign {
        /// The file.
        file: String,
        /// What the file looks like.
        found: Foreign,
    },
    /// The JSON file is not a Relief Journal export.
    UnknownFormat {
        /// The file.
        file: String,
        /// The format found, as JSON writes it; `None` when missing.
        found: Option<String>,
    },
    /// The JSON file comes from a newer version of the app.
    NewerVersion {
        /// The file.
        file: String,
        /// The version in the file.
        found: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// A value does not fit its field.
    Invalid {
        /// The file.
        file: String,
        /// Where in the file.
        location: Location,
        /// The field, the value and what is allowed (boxed: the error is returned through every
        /// reader, and most are not this one).
        error: Box<ValidationError>,
    },
    /// A date that cannot be read, or that reads two ways.
    Date {
        /// The file.
        file: String,
        /// Where in the file.
        location: Location,
        /// What is wrong with the date.
        error: DateTextError,
    },
    /// Two entries for the same day.
    DuplicateDay {
        /// The file.
        file: String,
        /// Where the second entry is.
        location: Location,
        /// The day.
        date: NaiveDate,
    },
}

impl std::error::Error for ImportError {}

/// Reads a journal JSON file or an entries or infusions CSV (or tab-separated) file, chosen by
/// extension, in UTF-8 or UTF-16 with or without a byte-order mark, or in a Windows code page
/// (see [`decode_text`]); numeric dates in the order the file's own dates show.
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
    let bytes = std::fs::read(path).map_err(|error| io_error(&file, &error))?;
    let decoded = match extension.as_deref() {
        Some("json" | "csv" | "tsv" | "txt") => decode_text(&bytes, &file)?,
        _ => return Err(ImportError::UnknownFileType { file }),
    };
    let mut imported = if extension.as_deref() == Some("json") {
        read_json(&decoded.text, &file)?
    } else {
        let text = trackers::unfolded(&decoded.text);
        let table = table_from_text(&text, &file)?;
        if !looks_like_journal_csv(&table.headers) {
            return Err(foreign_table(&table, &file));
        }
        read_csv(&text, &file)?
    };
    imported.rules.extend(decoded.rule());
    Ok(imported)
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
    let found = match Tracker::recognise(&table.headers) {
        Some(tracker) => Foreign::TrackerTable(tracker),
        None => Foreign::Table {
            rows: table.rows.len(),
            headers: table.headers.clone(),
        },
    };
    ImportError::Foreign {
        file: file.to_owned(),
        found,
    }
}

/// The error for a file that could not be read.
pub(crate) fn io_error(file: &str, error: &std::io::Error) -> ImportError {
    ImportError::Io {
        file: file.to_owned(),
        detail: error.to_string(),
    }
}

/// What a file holds, told by its extension and header before any column is mapped.
#[derive(Debug, Clone, PartialEq)]
pub enum Layout {
    /// The journal's own JSON: read whole.
    Journal(Imported),
    /// The journal's own entries or infusions CSV, as the app wrote it or as a spreadsheet
    /// saved it again, and what it gives with its dates in the order they show (or why it
    /// cannot be read so: a date that reads two ways, settled by choosing an order).
    JournalCsv(JournalCsv, Result<Imported, ImportError>),
    /// Another tracker's export, recognised by its header (see [`read_tracker`]), and what it
    /// gives with the layout's own choices (or why it cannot be read so).
    Tracker(TrackerFile, Result<Imported, ImportError>),
    /// A table of days whose columns are still to be mapped (see [`map_table`]).
    Table(Table),
}

/// The journal's own CSV as read from a file, kept to be read again with a date order.
#[derive(Debug, Clone, PartialEq)]
pub struct JournalCsv {
    /// The file's text.
    pub text: String,
    /// Whether the file was read in a Windows code page (see [`decode_text`]).
    pub code_page: bool,
    /// Whether the file's numeric dates read two ways with nothing in the file to settle them,
    /// so their order must be chosen.
    pub dates_need_order: bool,
}

impl JournalCsv {
    /// The journal's CSV `text` (read in a code page when `code_page`), with what its dates
    /// need.
    fn new(text: String, code_page: bool, table: &Table) -> Self {
        let dates_need_order = table
            .column("date")
            .is_some_and(|index| table.dates_need_order(index));
        Self {
            text,
            code_page,
            dates_need_order,
        }
    }

    /// The file read with numeric dates in `date_order` (without one, in the order its own
    /// dates show).
    ///
    /// # Errors
    /// As [`read_csv_with`].
    pub fn read(&self, date_order: Option<DateOrder>, file: &str) -> Result<Imported, ImportError> {
        let mut imported = read_csv_with(&self.text, file, date_order)?;
        if self.code_page {
            imported.rules.push(ImportRule::CodePage {
                encoding: CODE_PAGE,
            });
        }
        Ok(imported)
    }
}

/// Reads `path` as far as it can be read without a mapping: a `.json` journal, a text table
/// with the journal's own header, another tracker's export recognised by its header (or
/// PainTracker's JSON), or otherwise any table of days (text, or a workbook's `sheet`, the
/// first one when `None`).
///
/// # Errors
/// An [`ImportError`] naming the file and, where there is one, the line, field and value; a
/// JSON file of another app is refused with what it looks like. A journal CSV whose only fault
/// is dates that need an order is not an error: it comes back to have the order chosen.
/// `reference` completes dates without a year.
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
    let read_text = || -> Result<Decoded, ImportError> {
        let bytes = std::fs::read(path).map_err(|error| io_error(&file, &error))?;
        decode_text(&bytes, &file)
    };
    match extension.as_deref() {
        Some("json") => {
            let decoded = read_text()?;
            let text = decoded
                .text
                .strip_prefix('\u{feff}')
                .unwrap_or(&decoded.text);
            let value: Option<serde_json::Value> = serde_json::from_str(text).ok();
            if let Some(tracker) = value.as_ref().and_then(Tracker::recognise_json) {
                return tracker_layout(tracker, &decoded, reference, &file);
            }
            let mut imported = read_json(&decoded.text, &file)?;
            imported.rules.extend(decoded.rule());
            Ok(Layout::Journal(imported))
        }
        Some("csv" | "tsv" | "txt") => {
            let mut decoded = read_text()?;
            decoded.text = trackers::unfolded(&decoded.text);
            let mut table = table_from_text(&decoded.text, &file)?;
            if is_journal_header(&table.headers) {
                let csv = JournalCsv::new(decoded.text, decoded.code_page, &table);
                let read = csv.read(None, &file);
                return match read {
                    Err(ImportError::Date { .. }) if csv.dates_need_order => {
                        Ok(Layout::JournalCsv(csv, read))
                    }
                    Err(error) => Err(error),
                    Ok(_) => Ok(Layout::JournalCsv(csv, read)),
                };
            }
            if let Some(tracker) = Tracker::recognise(&table.headers) {
                return tracker_layout(tracker, &decoded, reference, &file);
            }
            table.code_page = decoded.code_page;
            Ok(Layout::Table(table))
        }
        _ if is_workbook(path) => read_table(path, sheet).map(Layout::Table),
        _ => Err(ImportError::UnknownFileType { file }),
    }
}

/// A tracker's export with what it gives under the layout's own choices.
fn tracker_layout(
    tracker: Tracker,
    decoded: &Decoded,
    reference: NaiveDate,
    file: &str,
) -> Result<Layout, ImportError> {
    let mut opened = TrackerFile::open(tracker, decoded.text.clone(), file)?;
    opened.code_page = decoded.code_page;
    let imported = opened.read(&TrackerOptions::default(), reference, file);
    Ok(Layout::Tracker(opened, imported))
}

/// An entry on one line as it would be stored, for previews: `2026-01-05, pain 6, sleep 6.5 h`;
/// worded by the text layer (`crate::wording::import_words`) when shown.
#[derive(Debug, Clone, Copy)]
pub struct EntryLine<'a>(pub &'a Entry);

/// An entry on one line as it would be stored, for previews (see [`EntryLine`]).
pub fn entry_line(entry: &Entry) -> EntryLine<'_> {
    EntryLine(entry)
}

/// Fails on a second entry for a day already seen; `locations` gives each entry's place.
fn reject_duplicate_days(
    entries: &[Entry],
    locations: &[Location],
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
