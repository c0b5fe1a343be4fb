//! What reading a file found, as typed values: where in the file ([`Location`]), what is wrong
//! with its form ([`FileProblem`]), what another app's file looks like ([`Foreign`]), how values
//! were changed on the way in ([`ImportRule`]) and what was left out ([`Ignored`]).
//!
//! Nothing here is worded: the text layer (`crate::wording::import_words`) words each value in
//! the reader's language, for the command line (options named) or for the app (the choices on
//! screen named).

use chrono::NaiveDate;

use super::field::{Field, Scale};
use super::trackers::Tracker;
use crate::domain::DateOrder;

/// Where in a file a row or a value is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A line of a text file, counted from 1.
    Line(u64),
    /// A row of a workbook's sheet, counted from 1 as the sheet shows it.
    SheetRow {
        /// The sheet's name.
        sheet: String,
        /// The row.
        row: u64,
    },
    /// An entry of the journal's JSON: `entries[3] (date 2026-01-05)`.
    JournalEntry {
        /// Its place in `entries`, from 0.
        index: usize,
        /// Its date as written.
        date: String,
    },
    /// An infusion of the journal's JSON: `infusions[0] (date 2026-01-10)`.
    JournalInfusion {
        /// Its place in `infusions`, from 0.
        index: usize,
        /// Its date as written.
        date: String,
    },
    /// An entry of another app's JSON: `entries[3]`.
    JsonEntry(usize),
    /// The timestamp of an entry of another app's JSON: `entries[3].timestamp`.
    JsonEntryTimestamp(usize),
    /// The settings of the journal's JSON.
    Settings,
    /// The entry for a day, where the file's place is not known.
    EntryOn(NaiveDate),
    /// The infusion on a day, where the file's place is not known.
    InfusionOn(NaiveDate),
    /// The readings of a day combined into one entry, from the day's first row.
    DayReadings {
        /// Where the day's first row is.
        first: Box<Location>,
        /// The day.
        date: NaiveDate,
    },
}

/// What another app's file, or a file of no known layout, looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Foreign {
    /// A table with a tracker's header.
    TrackerTable(Tracker),
    /// A table of no known layout.
    Table {
        /// How many data rows it has.
        rows: usize,
        /// Its header, every column.
        headers: Vec<String>,
    },
    /// A `.json` file that is not JSON.
    UnreadableJson {
        /// What the JSON reader reported.
        detail: String,
    },
    /// JSON as a tracker writes it.
    TrackerJson {
        /// The tracker.
        tracker: Tracker,
        /// What the JSON is.
        shape: JsonShape,
    },
    /// JSON of no known layout.
    Json {
        /// What the JSON is.
        shape: JsonShape,
    },
}

/// What a JSON value is, in a few words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonShape {
    /// An array whose items are all objects; the keys of the first.
    ArrayOfObjects {
        /// How many items.
        count: usize,
        /// The first object's keys.
        keys: Vec<String>,
    },
    /// An array of other items.
    Array {
        /// How many items.
        count: usize,
    },
    /// `{}`.
    EmptyObject,
    /// An object with keys.
    Object {
        /// Its keys.
        keys: Vec<String>,
    },
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
}

/// Which column of a long table (one reading per row) is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnRole {
    /// The date column.
    Date,
    /// The time-of-day column.
    Time,
    /// The column naming each reading.
    ReadingName,
    /// The column completing a reading's name.
    Detail,
    /// The column holding each reading's value.
    Value,
    /// The note column.
    Note,
}

/// What a tracker's reader looked among for a field the person did not name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Candidate {
    /// Daylio's scales.
    Scale,
    /// Bearable's symptoms.
    Symptom,
    /// Flaredown's condition and symptom columns.
    ConditionOrSymptomColumn,
    /// Nomie's trackers.
    Tracker,
    /// Track & Graph's features.
    Feature,
}

/// What is wrong with a file's form, before or beside its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    /// `--sheet` was given for a file that is not a workbook.
    SheetOnlyForWorkbooks,
    /// The CSV, JSON or workbook reader could not read it; its words.
    Unreadable {
        /// What the reader reported.
        detail: String,
    },
    /// The CSV reader could not read a line; its words.
    UnreadableLine {
        /// The line.
        line: u64,
        /// What the reader reported.
        detail: String,
    },
    /// No header row.
    NoHeaderRow,
    /// A row with another number of cells than the header.
    CellCount {
        /// The row's line.
        line: u64,
        /// Its cells.
        cells: usize,
        /// The header's cells.
        header: usize,
    },
    /// No sheet of that name.
    NoSuchSheet {
        /// The sheet asked for.
        wanted: String,
        /// The workbook's sheets.
        sheets: Vec<String>,
    },
    /// A workbook without sheets.
    NoSheets,
    /// A sheet the workbook reader could not read.
    UnreadableSheet {
        /// The sheet.
        sheet: String,
        /// What the reader reported.
        detail: String,
    },
    /// An empty sheet.
    EmptySheet {
        /// The sheet.
        sheet: String,
    },
    /// A byte-order mark for an encoding the text is not valid in.
    ByteOrderMark {
        /// The encoding the mark names (`UTF-16LE`).
        encoding: &'static str,
    },
    /// UTF-8 text with bytes that are not UTF-8 (a damaged file).
    NotUtf8 {
        /// The line of the first such byte.
        line: u64,
    },
    /// Bytes that no text file holds (control characters): not a table or a journal.
    NotText {
        /// The line of the first such byte.
        line: u64,
    },
    /// A CSV header naming neither entries nor infusions.
    NotJournalHeader,
    /// A column of the journal's CSV that it does not have.
    UnknownColumn {
        /// The column.
        name: String,
        /// The columns allowed.
        allowed: &'static [&'static str],
    },
    /// A column given twice.
    ColumnTwice {
        /// The column.
        name: String,
    },
    /// A journal CSV without a `date` column.
    NoDateColumn,
    /// A `"version"` that is not a whole number from 1 to the newest.
    Version {
        /// The value found, as JSON writes it; `None` when missing.
        found: Option<String>,
        /// The newest version read.
        supported: u64,
    },
    /// A value of the journal's JSON of the wrong kind, at a path (`entries[0].pain`).
    JsonValue {
        /// Where, as JSON paths write it.
        path: String,
        /// What the JSON reader reported.
        detail: String,
    },
    /// The settings of the journal's JSON could not be read.
    Settings {
        /// What the JSON reader reported.
        detail: String,
    },
    /// A setting this version does not have.
    UnknownSetting {
        /// The setting.
        key: String,
        /// The settings it has.
        known: Vec<String>,
    },
    /// A column of a long table's mapping that the table lacks.
    NoColumnForRole {
        /// The header looked for.
        header: String,
        /// What the column was for.
        role: ColumnRole,
        /// The table's columns.
        columns: Vec<String>,
    },
    /// Readings were to feed the date or the time.
    ReadingsCannotFeed {
        /// The field.
        field: Field,
    },
    /// No readings feed pain.
    NoPainReadings {
        /// The reading names found.
        names: Vec<String>,
    },
    /// A column of a mapping that the table lacks.
    NoColumnForField {
        /// The header looked for.
        header: String,
        /// The field it was for.
        field: Field,
        /// The table's columns.
        columns: Vec<String>,
    },
    /// No column is mapped to a field that is needed (date, pain).
    FieldNotMapped {
        /// The field.
        field: Field,
        /// The table's columns.
        columns: Vec<String>,
    },
    /// A scale given for a field that is not a score.
    ScaleNotForScore {
        /// The field.
        field: Field,
    },
    /// The header of another tracker than the one named.
    OtherTrackersHeader {
        /// The header.
        headers: Vec<String>,
        /// The tracker named.
        tracker: Tracker,
        /// The tracker the header is.
        found: Tracker,
    },
    /// No candidate is named like the field.
    NoCandidate {
        /// What was looked among.
        kind: Candidate,
        /// The field.
        field: Field,
        /// The names found.
        names: Vec<String>,
    },
    /// Several candidates could be the field.
    SeveralCandidates {
        /// What was looked among.
        kind: Candidate,
        /// The field.
        field: Field,
        /// The candidates.
        names: Vec<String>,
    },
    /// No column of that name.
    NoColumnNamed {
        /// The column looked for.
        name: String,
        /// The table's columns.
        columns: Vec<String>,
    },
    /// Not readable as JSON (PainTracker's reader).
    NotJson {
        /// What the JSON reader reported.
        detail: String,
    },
    /// Not PainTracker's JSON.
    NotPainTrackerJson,
}

/// How values were changed on the way in, or how a layout was read; one line each in the
/// summary of an import.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportRule {
    /// The file is not UTF-8 and was read in a Windows code page, as a spreadsheet's plain
    /// "CSV" is saved.
    CodePage {
        /// The code page (`Windows-1252`).
        encoding: &'static str,
    },
    /// Numeric dates were read in the order the file's own dates show.
    DateOrderFromFile {
        /// The order.
        order: DateOrder,
        /// A date of the file that reads only that way, as written.
        shown_by: String,
    },
    /// Days with several readings became one entry each.
    SeveralReadings {
        /// How many days.
        days: usize,
    },
    /// Fractional scores were rounded half up, the value as written kept in the note.
    FractionalScores,
    /// Values of 0 read as not logged.
    ZerosNotLogged {
        /// How many values.
        count: usize,
    },
    /// Days with readings but no pain were not imported.
    DaysWithoutPain {
        /// The days.
        days: Vec<NaiveDate>,
    },
    /// A field fed by readings of a name, on a scale.
    FromReadings {
        /// The field.
        field: Field,
        /// The start of the readings' name.
        name: String,
        /// The scale mapped onto 0 to 10, if any.
        scale: Option<Scale>,
    },
    /// A column's scores mapped from a scale onto 0 to 10.
    ScaleMapped {
        /// The field.
        field: Field,
        /// The scale.
        scale: Scale,
    },
    /// The file was read as a tracker's export.
    ReadAs(Tracker),
    /// How Daylio's export was read; pain from the scale named.
    Daylio {
        /// The scale pain came from.
        pain: String,
    },
    /// How PainTracker's CSV was read.
    PainTrackerCsv,
    /// How PainTracker's JSON was read.
    PainTrackerJson,
    /// A pain of 0 read as not logged, as the person chose.
    PainZeroNotLogged,
    /// Flaredown's pain from a condition or symptom column.
    FlaredownPain {
        /// The column.
        column: String,
    },
    /// Nomie's pain from a tracker column.
    NomiePain {
        /// The column.
        column: String,
    },
    /// How Headi's export was read.
    Headi,
    /// How Track & Graph's durations were read.
    TrackAndGraphDurations,
}

/// Something a file holds that was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ignored {
    /// A table's column mapped to no field.
    Column {
        /// Its header.
        header: String,
    },
    /// Readings of a name that feeds no field, and how many rows carry it.
    Readings {
        /// The name.
        name: String,
        /// How many rows.
        rows: usize,
    },
    /// A Daylio mood that is not one of its five defaults, and in how many entries.
    DaylioMood {
        /// The mood.
        mood: String,
        /// How many entries.
        entries: usize,
    },
    /// A Daylio scale that feeds no field, and in how many entries.
    DaylioScale {
        /// The scale.
        name: String,
        /// How many entries.
        entries: usize,
    },
}

/// A scale typed that is not two numbers `MIN-MAX` with the first below the second.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaleError {
    /// The text as typed.
    pub text: String,
}

impl std::error::Error for ScaleError {}
