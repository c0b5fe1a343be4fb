//! How reading a file for import reads: why it could not be imported ([`ImportError`]), where in
//! the file ([`Location`]), what another app's file looks like ([`Foreign`]), how values were
//! changed on the way in ([`ImportRule`]), what was left out ([`Ignored`]) and an entry as it
//! would be stored ([`EntryLine`]).
//!
//! The command line's wording (every `Display`) names the option that settles a problem
//! (`--date-order dmy`, `--reading "pain=NAME"`) and fields by their keys; the app's
//! ([`Surface::App`]) names the choice on screen and fields in words (see
//! [`super::refusals`]). What the file holds (headers, names, values) is quoted as it is written.

use std::fmt;

use crate::domain::{DateTextError, Entry, Infusion, InfusionStatus, Phase, Score};
use crate::exchange::{
    Candidate, ColumnRole, ENTRY_FIELDS, EntryLine, FileProblem, Foreign, INFUSION_FIELDS, Ignored,
    ImportError, ImportRule, JsonShape, Location, Scale, ScaleError, Tracker,
};
use crate::t;

use super::format;
use super::refusals::{Surface, field_name, refusal};

/// How many columns or keys a description lists before it counts the rest.
const LISTED: usize = 8;

/// Items of a file quoted as it writes them and separated by commas: `"Day", "Pain"`.
fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|item| format!("\"{item}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first [`LISTED`] items separated by commas, and how many more there are.
fn first_listed(items: &[String], quote: bool) -> (String, usize) {
    let listed: Vec<String> = items.iter().take(LISTED).cloned().collect();
    let text = if quote {
        quoted(&listed)
    } else {
        listed.join(", ")
    };
    (text, items.len().saturating_sub(LISTED))
}

/// Where in a file, in the current language: `line 7`, `sheet Pain, row 7`.
pub fn location(at: &Location) -> String {
    match at {
        Location::Line(line) => t!("exchange-location-line", line = line.to_string()),
        Location::SheetRow { sheet, row } => t!(
            "exchange-location-sheet-row",
            sheet = sheet.as_str(),
            row = row.to_string()
        ),
        Location::JournalEntry { index, date } => t!(
            "exchange-location-journal-entry",
            index = index.to_string(),
            date = date.as_str()
        ),
        Location::JournalInfusion { index, date } => t!(
            "exchange-location-journal-infusion",
            index = index.to_string(),
            date = date.as_str()
        ),
        Location::JsonEntry(index) => {
            t!("exchange-location-json-entry", index = index.to_string())
        }
        Location::JsonEntryTimestamp(index) => t!(
            "exchange-location-json-entry-timestamp",
            index = index.to_string()
        ),
        Location::Settings => t!("exchange-location-settings"),
        Location::EntryOn(date) => t!("exchange-location-entry-on", date = date.to_string()),
        Location::InfusionOn(date) => {
            t!("exchange-location-infusion-on", date = date.to_string())
        }
        Location::DayReadings { first, date } => t!(
            "exchange-location-day-readings",
            first = location(first),
            date = date.to_string()
        ),
    }
}

/// Why a file could not be imported, as `surface` words it.
pub fn import_error(error: &ImportError, surface: Surface) -> String {
    match error {
        ImportError::Io { file, detail } => t!(
            "exchange-error-io",
            file = file.as_str(),
            detail = detail.as_str()
        ),
        ImportError::UnknownFileType { file } => {
            t!("exchange-error-unknown-file-type", file = file.as_str())
        }
        ImportError::Syntax { file, problem } => file_problem(file, problem, surface),
        ImportError::Foreign { file, found } => foreign(file, found, surface),
        ImportError::UnknownFormat { file, found } => match found {
            Some(found) => t!(
                "exchange-error-unknown-format",
                file = file.as_str(),
                found = found.as_str()
            ),
            None => t!("exchange-error-format-missing", file = file.as_str()),
        },
        ImportError::NewerVersion {
            file,
            found,
            supported,
        } => t!(
            "exchange-error-newer-version",
            file = file.as_str(),
            found = found.to_string(),
            supported = supported.to_string()
        ),
        ImportError::Invalid {
            file,
            location: at,
            error,
        } => t!(
            "exchange-error-invalid",
            file = file.as_str(),
            location = location(at),
            error = refusal(error, surface)
        ),
        ImportError::Date {
            file,
            location: at,
            error,
        } => {
            let (file, at, error_text) = (file.as_str(), location(at), error.to_string());
            let ambiguous = matches!(error, DateTextError::Ambiguous { .. });
            match (surface, ambiguous) {
                (Surface::CommandLine, true) => t!(
                    "exchange-error-date-ambiguous",
                    file = file,
                    location = at,
                    error = error_text
                ),
                (Surface::CommandLine, false) => t!(
                    "exchange-error-date",
                    file = file,
                    location = at,
                    error = error_text
                ),
                (Surface::App, true) => t!(
                    "exchange-error-date-ambiguous-app",
                    file = file,
                    location = at,
                    error = error_text
                ),
                (Surface::App, false) => t!(
                    "exchange-error-date-app",
                    file = file,
                    location = at,
                    error = error_text
                ),
            }
        }
        ImportError::DuplicateDay {
            file,
            location: at,
            date,
        } => t!(
            "exchange-error-duplicate-day",
            file = file.as_str(),
            location = location(at),
            date = date.to_string()
        ),
    }
}

/// The key a selector of the messages takes for a role.
fn role_key(role: ColumnRole) -> &'static str {
    match role {
        ColumnRole::Date => "date",
        ColumnRole::Time => "time",
        ColumnRole::ReadingName => "name",
        ColumnRole::Detail => "detail",
        ColumnRole::Value => "value",
        ColumnRole::Note => "note",
    }
}

/// The key a selector of the messages takes for what was looked among.
fn candidate_key(kind: Candidate) -> &'static str {
    match kind {
        Candidate::Scale => "scale",
        Candidate::Symptom => "symptom",
        Candidate::ConditionOrSymptomColumn => "column",
        Candidate::Tracker => "tracker",
        Candidate::Feature => "feature",
    }
}

/// What is wrong with a file's form, as `surface` words it.
fn file_problem(file: &str, problem: &FileProblem, surface: Surface) -> String {
    match problem {
        FileProblem::SheetOnlyForWorkbooks => {
            t!("exchange-problem-sheet-only-for-workbooks", file = file)
        }
        FileProblem::Unreadable { detail } => t!(
            "exchange-problem-unreadable",
            file = file,
            detail = detail.as_str()
        ),
        FileProblem::UnreadableLine { line, detail } => t!(
            "exchange-problem-unreadable-line",
            file = file,
            line = line.to_string(),
            detail = detail.as_str()
        ),
        FileProblem::NoHeaderRow => t!("exchange-problem-no-header-row", file = file),
        FileProblem::CellCount {
            line,
            cells,
            header,
        } => t!(
            "exchange-problem-cell-count",
            file = file,
            line = line.to_string(),
            cells = (*cells),
            header = header.to_string()
        ),
        FileProblem::NoSuchSheet { wanted, sheets } => t!(
            "exchange-problem-no-such-sheet",
            file = file,
            wanted = wanted.as_str(),
            sheets = sheets.join(", ")
        ),
        FileProblem::NoSheets => t!("exchange-problem-no-sheets", file = file),
        FileProblem::UnreadableSheet { sheet, detail } => t!(
            "exchange-problem-unreadable-sheet",
            file = file,
            sheet = sheet.as_str(),
            detail = detail.as_str()
        ),
        FileProblem::EmptySheet { sheet } => t!(
            "exchange-problem-empty-sheet",
            file = file,
            sheet = sheet.as_str()
        ),
        FileProblem::ByteOrderMark { encoding } => t!(
            "exchange-problem-byte-order-mark",
            file = file,
            encoding = (*encoding)
        ),
        FileProblem::NotUtf8 { line } => t!(
            "exchange-problem-not-utf8",
            file = file,
            line = line.to_string()
        ),
        FileProblem::NotText { line } => t!(
            "exchange-problem-not-text",
            file = file,
            line = line.to_string()
        ),
        FileProblem::NotJournalHeader => t!(
            "exchange-problem-not-journal-header",
            file = file,
            entries = ENTRY_FIELDS.join(","),
            infusions = INFUSION_FIELDS.join(",")
        ),
        FileProblem::UnknownColumn { name, allowed } => t!(
            "exchange-problem-unknown-column",
            file = file,
            name = name.as_str(),
            allowed = allowed.join(",")
        ),
        FileProblem::ColumnTwice { name } => t!(
            "exchange-problem-column-twice",
            file = file,
            name = name.as_str()
        ),
        FileProblem::NoDateColumn => t!("exchange-problem-no-date-column", file = file),
        FileProblem::Version { found, supported } => match found {
            Some(found) => t!(
                "exchange-problem-version",
                file = file,
                found = found.as_str(),
                supported = supported.to_string()
            ),
            None => t!(
                "exchange-problem-version-missing",
                file = file,
                supported = supported.to_string()
            ),
        },
        FileProblem::JsonValue { path, detail } => t!(
            "exchange-problem-json-value",
            file = file,
            path = path.as_str(),
            detail = detail.as_str()
        ),
        FileProblem::Settings { detail } => t!(
            "exchange-problem-settings",
            file = file,
            detail = detail.as_str()
        ),
        FileProblem::UnknownSetting { key, known } => t!(
            "exchange-problem-unknown-setting",
            file = file,
            key = key.as_str(),
            known = known.join(", ")
        ),
        FileProblem::NoColumnForRole {
            header,
            role,
            columns,
        } => t!(
            "exchange-problem-no-column-for-role",
            file = file,
            header = header.as_str(),
            role = role_key(*role),
            columns = quoted(columns)
        ),
        FileProblem::ReadingsCannotFeed { field } => t!(
            "exchange-problem-readings-cannot-feed",
            file = file,
            field = field.name()
        ),
        FileProblem::NoPainReadings { names } => t!(
            "exchange-problem-no-pain-readings",
            file = file,
            names = quoted(names)
        ),
        FileProblem::NoColumnForField {
            header,
            field,
            columns,
        } => t!(
            "exchange-problem-no-column-for-field",
            file = file,
            header = header.as_str(),
            field = field.name(),
            columns = quoted(columns)
        ),
        FileProblem::FieldNotMapped { field, columns } => t!(
            "exchange-problem-field-not-mapped",
            file = file,
            field = field.name(),
            columns = quoted(columns)
        ),
        FileProblem::ScaleNotForScore { field } => t!(
            "exchange-problem-scale-not-for-score",
            file = file,
            field = field.name()
        ),
        FileProblem::OtherTrackersHeader {
            headers,
            tracker,
            found,
        } => t!(
            "exchange-problem-other-trackers-header",
            file = file,
            headers = headers.join(", "),
            tracker = tracker.title(),
            found = found.title(),
            name = found.name()
        ),
        FileProblem::NoCandidate { kind, field, names } => match surface {
            Surface::CommandLine => t!(
                "exchange-problem-no-candidate",
                file = file,
                kind = candidate_key(*kind),
                field = field.name(),
                count = (names.len()),
                names = quoted(names)
            ),
            Surface::App => t!(
                "exchange-problem-no-candidate-app",
                file = file,
                kind = candidate_key(*kind),
                field = field_name(field.name()),
                count = (names.len()),
                names = quoted(names)
            ),
        },
        FileProblem::SeveralCandidates { kind, field, names } => match surface {
            Surface::CommandLine => t!(
                "exchange-problem-several-candidates",
                file = file,
                kind = candidate_key(*kind),
                field = field.name(),
                names = quoted(names)
            ),
            Surface::App => t!(
                "exchange-problem-several-candidates-app",
                file = file,
                kind = candidate_key(*kind),
                field = field_name(field.name()),
                names = quoted(names)
            ),
        },
        FileProblem::NoColumnNamed { name, columns } => t!(
            "exchange-problem-no-column-named",
            file = file,
            name = name.as_str(),
            columns = quoted(columns)
        ),
        FileProblem::NotJson { detail } => t!(
            "exchange-problem-not-json",
            file = file,
            detail = detail.as_str()
        ),
        FileProblem::NotPainTrackerJson => {
            t!("exchange-problem-not-paintracker-json", file = file)
        }
    }
}

/// What another app's file looks like and how to import it, as `surface` words it.
fn foreign(file: &str, found: &Foreign, surface: Surface) -> String {
    match (found, surface) {
        (Foreign::TrackerTable(tracker), _) => t!(
            "exchange-foreign-tracker-table",
            file = file,
            tracker = tracker.title(),
            name = tracker.name()
        ),
        (Foreign::Table { rows, headers }, _) => {
            let (columns, more) = first_listed(headers, true);
            t!(
                "exchange-foreign-table",
                file = file,
                rows = (*rows),
                columns = columns,
                more = more,
                trackers = Tracker::names()
            )
        }
        (Foreign::UnreadableJson { detail }, Surface::CommandLine) => t!(
            "exchange-foreign-unreadable-json",
            file = file,
            detail = detail.as_str(),
            trackers = Tracker::names()
        ),
        (Foreign::UnreadableJson { detail }, Surface::App) => t!(
            "exchange-foreign-unreadable-json-app",
            file = file,
            detail = detail.as_str()
        ),
        (Foreign::TrackerJson { tracker, shape }, _) => t!(
            "exchange-foreign-tracker-json",
            file = file,
            tracker = tracker.title(),
            shape = json_shape(shape),
            name = tracker.name()
        ),
        (Foreign::Json { shape }, Surface::CommandLine) => t!(
            "exchange-foreign-json",
            file = file,
            shape = json_shape(shape),
            trackers = Tracker::names()
        ),
        (Foreign::Json { shape }, Surface::App) => t!(
            "exchange-foreign-json-app",
            file = file,
            shape = json_shape(shape)
        ),
    }
}

/// What a JSON value is: `a JSON array of 12 objects with the keys id, timestamp`.
pub fn json_shape(shape: &JsonShape) -> String {
    match shape {
        JsonShape::ArrayOfObjects { count, keys } => {
            let (keys, more) = first_listed(keys, false);
            t!(
                "exchange-json-array-of-objects",
                count = (*count),
                keys = keys,
                more = more
            )
        }
        JsonShape::Array { count } => t!("exchange-json-array", count = (*count)),
        JsonShape::EmptyObject => t!("exchange-json-empty-object"),
        JsonShape::Object { keys } => {
            let (keys, more) = first_listed(keys, false);
            t!("exchange-json-object", keys = keys, more = more)
        }
        JsonShape::Null => t!("exchange-json-null"),
        JsonShape::Bool => t!("exchange-json-bool"),
        JsonShape::Number => t!("exchange-json-number"),
        JsonShape::String => t!("exchange-json-string"),
    }
}

/// A scale as files and options write it: `0-4`.
fn scale_text(scale: Scale) -> String {
    scale.label()
}

/// How values were changed on the way in, as `surface` words it.
pub fn import_rule(rule: &ImportRule, surface: Surface) -> String {
    match rule {
        ImportRule::CodePage { encoding } => {
            t!("exchange-rule-code-page", encoding = (*encoding))
        }
        ImportRule::DateOrderFromFile { order, shown_by } => t!(
            "exchange-rule-date-order-from-file",
            order = order.name(),
            date = shown_by.as_str()
        ),
        ImportRule::SeveralReadings { days } => {
            t!("exchange-rule-several-readings", days = (*days))
        }
        ImportRule::FractionalScores => t!("exchange-rule-fractional-scores"),
        ImportRule::ZerosNotLogged { count } => match surface {
            Surface::CommandLine => t!("exchange-rule-zeros-not-logged", count = (*count)),
            Surface::App => t!("exchange-rule-zeros-not-logged-app", count = (*count)),
        },
        ImportRule::DaysWithoutPain { days } => {
            let listed: Vec<String> = days.iter().map(ToString::to_string).collect();
            t!(
                "exchange-rule-days-without-pain",
                count = (days.len()),
                days = listed.join(", ")
            )
        }
        ImportRule::FromReadings {
            field,
            name,
            scale: None,
        } => t!(
            "exchange-rule-from-readings",
            field = field_name(field.name()),
            name = name.as_str()
        ),
        ImportRule::FromReadings {
            field,
            name,
            scale: Some(scale),
        } => t!(
            "exchange-rule-from-readings-scaled",
            field = field_name(field.name()),
            name = name.as_str(),
            scale = scale_text(*scale)
        ),
        ImportRule::ScaleMapped { field, scale } => t!(
            "exchange-rule-scale-mapped",
            field = field_name(field.name()),
            scale = scale_text(*scale)
        ),
        ImportRule::ReadAs(tracker) => t!("exchange-rule-read-as", tracker = tracker.title()),
        ImportRule::Daylio { pain } => t!("exchange-rule-daylio", pain = pain.as_str()),
        ImportRule::PainTrackerCsv => t!("exchange-rule-paintracker-csv"),
        ImportRule::PainTrackerJson => t!("exchange-rule-paintracker-json"),
        ImportRule::PainZeroNotLogged => t!("exchange-rule-pain-zero-not-logged"),
        ImportRule::FlaredownPain { column } => {
            t!("exchange-rule-flaredown-pain", column = column.as_str())
        }
        ImportRule::NomiePain { column } => {
            t!("exchange-rule-nomie-pain", column = column.as_str())
        }
        ImportRule::Headi => t!("exchange-rule-headi"),
        ImportRule::TrackAndGraphDurations => t!("exchange-rule-track-and-graph"),
    }
}

/// Something a file holds that was not imported: `column "Weather"`.
pub fn ignored(ignored: &Ignored) -> String {
    match ignored {
        Ignored::Column { header } => t!("exchange-ignored-column", header = header.as_str()),
        Ignored::Readings { name, rows } => t!(
            "exchange-ignored-readings",
            name = name.as_str(),
            rows = (*rows)
        ),
        Ignored::DaylioMood { mood, entries } => t!(
            "exchange-ignored-daylio-mood",
            mood = mood.as_str(),
            entries = (*entries)
        ),
        Ignored::DaylioScale { name, entries } => t!(
            "exchange-ignored-daylio-scale",
            name = name.as_str(),
            entries = (*entries)
        ),
    }
}

/// What was left out, separated by commas: `column "Weather", column "Notes 2"`.
pub fn ignored_list(items: &[Ignored]) -> String {
    items.iter().map(ignored).collect::<Vec<_>>().join(", ")
}

/// An entry on one line as it would be stored: `2026-01-05, pain 6, sleep 6.5 h`. The date is
/// written as files write it; the other parts as the language names them, separated by commas.
pub fn entry_line(entry: &Entry) -> String {
    let score = |value: Score| value.get().to_string();
    let mut parts = vec![
        entry.date.to_string(),
        t!("exchange-entry-pain", value = score(entry.pain)),
    ];
    if let Some(value) = entry.worst_pain {
        parts.push(t!("exchange-entry-worst-pain", value = score(value)));
    }
    if let Some(value) = entry.sleep_quality {
        parts.push(t!("exchange-entry-sleep-quality", value = score(value)));
    }
    if let Some(value) = entry.mobility {
        parts.push(t!("exchange-entry-mobility", value = score(value)));
    }
    if let Some(value) = entry.mood {
        parts.push(t!("exchange-entry-mood", value = score(value)));
    }
    if let Some(hours) = entry.sleep_hours {
        parts.push(t!(
            "exchange-entry-sleep-hours",
            hours = format::exact(hours.get())
        ));
    }
    if let Some(doses) = entry.rescue_doses {
        parts.push(t!(
            "exchange-entry-rescue-doses",
            count = doses.get().to_string()
        ));
    }
    if entry.wearing_off {
        parts.push(t!("exchange-entry-wearing-off"));
    }
    if !entry.tags.is_empty() {
        parts.push(t!("exchange-entry-tags", tags = entry.tags.joined()));
    }
    if !entry.side_effects.is_empty() {
        parts.push(t!(
            "exchange-entry-side-effects",
            items = entry.side_effects.joined()
        ));
    }
    if !entry.note.is_empty() {
        parts.push(t!("exchange-entry-note", note = entry.note.as_str()));
    }
    parts.join(", ")
}

/// An infusion on one line as it would be stored, for the preview of an import: `2025-02-28,
/// done, loading, 52.5 mg, 45 min, clinic Clinique de la douleur, side effects
/// dissociation;nausea, note "un peu étourdi"`.
pub fn infusion_line(infusion: &Infusion) -> String {
    let mut parts = vec![
        infusion.date.to_string(),
        match infusion.status {
            InfusionStatus::Done => t!("exchange-infusion-done"),
            InfusionStatus::Planned => t!("exchange-infusion-planned"),
        },
    ];
    match infusion.phase {
        Some(Phase::Loading) => parts.push(t!("exchange-infusion-loading")),
        Some(Phase::Maintenance) => parts.push(t!("exchange-infusion-maintenance")),
        None => {}
    }
    if let Some(dose) = infusion.dose_mg {
        parts.push(t!(
            "exchange-infusion-dose",
            dose = format::exact(dose.get())
        ));
    }
    if let Some(minutes) = infusion.duration_min {
        parts.push(t!(
            "exchange-infusion-duration",
            minutes = minutes.get().to_string()
        ));
    }
    if !infusion.clinic.is_empty() {
        parts.push(t!(
            "exchange-infusion-clinic",
            clinic = infusion.clinic.as_str()
        ));
    }
    if !infusion.side_effects.is_empty() {
        parts.push(t!(
            "exchange-entry-side-effects",
            items = infusion.side_effects.joined()
        ));
    }
    if !infusion.note.is_empty() {
        parts.push(t!("exchange-entry-note", note = infusion.note.as_str()));
    }
    parts.join(", ")
}

/// A scale typed that is not one: `"4-0" is not a scale; expected MIN-MAX such as 0-4 or 1-5`.
pub fn scale_error(error: &ScaleError) -> String {
    t!("exchange-scale-error", text = error.text.as_str())
}

impl fmt::Display for ImportError {
    /// The error as the command line words it, naming the options that settle it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&import_error(self, Surface::CommandLine))
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&location(self))
    }
}

impl fmt::Display for ImportRule {
    /// The rule as the command line words it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&import_rule(self, Surface::CommandLine))
    }
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&ignored(self))
    }
}

impl fmt::Display for EntryLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&entry_line(self.0))
    }
}

impl fmt::Display for ScaleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&scale_error(self))
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::{Locale, Score, SleepHours, TextList, ValidationError};
    use crate::exchange::Field;
    use crate::wording::language::with_locale;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    fn mexico() -> Locale {
        Locale::parse("es_MX").unwrap_or_default()
    }

    fn entry() -> Entry {
        let mut entry = Entry::new(day("2026-01-05"), Score::saturating(6));
        entry.sleep_hours = SleepHours::new(6.5).ok();
        entry.tags = TextList::new("tags", ["rain"]).unwrap_or_default();
        entry.note = "tired".to_owned();
        entry
    }

    #[test]
    fn an_entry_line_reads_as_before_and_in_the_region() {
        assert_eq!(
            entry_line(&entry()),
            "2026-01-05, pain 6, sleep 6.5 h, tags rain, note \"tired\""
        );
        with_locale(mexico(), || {
            assert_eq!(
                entry_line(&entry()),
                "2026-01-05, dolor 6, sueño 6.5 h, etiquetas rain, nota \"tired\""
            );
        });
        let spain = Locale::parse("es_ES").unwrap_or_default();
        with_locale(spain, || {
            assert!(entry_line(&entry()).contains("sueño 6,5 h"));
        });
    }

    #[test]
    fn a_value_refused_in_a_file_names_its_line_in_spanish() {
        let error = ImportError::Invalid {
            file: "dolor.csv".to_owned(),
            location: Location::SheetRow {
                sheet: "Diario".to_owned(),
                row: 7,
            },
            error: Box::new(ValidationError::new(
                "sleep_hours",
                "25",
                crate::domain::Allowed::SleepHours,
            )),
        };
        assert_eq!(
            error.to_string(),
            "dolor.csv, sheet Diario, row 7: sleep_hours: \"25\" is not allowed; expected a \
             number of hours from 0 to 24 in quarter hours, e.g. 6.5 or 7.25"
        );
        with_locale(mexico(), || {
            assert_eq!(
                error.to_string(),
                "dolor.csv, hoja Diario, fila 7: sleep_hours: no se acepta \"25\"; debe ser un \
                 número de horas del 0 al 24, en cuartos de hora, p. ej. 6.5 o 7.25"
            );
            assert_eq!(
                import_error(&error, Surface::App),
                "dolor.csv, hoja Diario, fila 7: horas de sueño: no se acepta \"25\"; debe ser \
                 un número de horas del 0 al 24, en cuartos de hora, p. ej. 6.5 o 7.25"
            );
        });
    }

    #[test]
    fn a_choice_among_names_is_an_option_or_a_menu() {
        let error = ImportError::Syntax {
            file: "bearable.csv".to_owned(),
            problem: FileProblem::SeveralCandidates {
                kind: Candidate::Symptom,
                field: Field::Pain,
                names: vec![
                    "Symptom: Back pain".to_owned(),
                    "Symptom: Nerve pain".to_owned(),
                ],
            },
        };
        assert_eq!(
            error.to_string(),
            "bearable.csv: several symptoms could be pain: \"Symptom: Back pain\", \"Symptom: \
             Nerve pain\"; say which one with --reading \"pain=NAME\""
        );
        assert!(
            import_error(&error, Surface::App).ends_with("say which one under Pain from above")
        );
        with_locale(mexico(), || {
            assert_eq!(
                import_error(&error, Surface::App),
                "bearable.csv: varios síntomas podrían ser dolor: \"Symptom: Back pain\", \
                 \"Symptom: Nerve pain\"; elija cuál en “Dolor a partir de”, arriba"
            );
        });
    }

    #[test]
    fn rules_and_what_was_left_out_count_in_each_language() {
        let several = ImportRule::SeveralReadings { days: 1 };
        assert!(
            several
                .to_string()
                .starts_with("1 day had several readings")
        );
        let zeros = ImportRule::ZerosNotLogged { count: 2 };
        assert!(
            zeros
                .to_string()
                .ends_with("(--zero score reads them as 0)")
        );
        assert!(!import_rule(&zeros, Surface::App).contains("--zero"));
        let scaled = ImportRule::FromReadings {
            field: Field::WorstPain,
            name: "Pain".to_owned(),
            scale: Some(Scale { min: 0.0, max: 4.0 }),
        };
        assert_eq!(
            scaled.to_string(),
            "worst pain from readings named \"Pain\", 0-4 mapped onto 0-10 (rounded half up)"
        );
        let left_out = [
            Ignored::Column {
                header: "Clima".to_owned(),
            },
            Ignored::Readings {
                name: "Symptom".to_owned(),
                rows: 1,
            },
        ];
        assert_eq!(
            ignored_list(&left_out),
            "column \"Clima\", readings \"Symptom\" (1 row)"
        );
        with_locale(mexico(), || {
            assert!(
                several
                    .to_string()
                    .starts_with("1 día tenía varias lecturas y se convirtió en un solo registro")
            );
            assert_eq!(
                ignored_list(&left_out),
                "columna \"Clima\", lecturas \"Symptom\" (1 fila)"
            );
            assert_eq!(
                ImportRule::DaysWithoutPain {
                    days: vec![day("2025-01-10"), day("2025-01-11")]
                }
                .to_string(),
                "2 días sin lectura de dolor no se importaron (el diario necesita el dolor): \
                 2025-01-10, 2025-01-11"
            );
        });
    }

    #[test]
    fn a_foreign_table_lists_its_first_columns_and_counts_the_rest() {
        let headers: Vec<String> = (1..=10).map(|number| format!("c{number}")).collect();
        let error = ImportError::Foreign {
            file: "x.csv".to_owned(),
            found: Foreign::Table { rows: 1, headers },
        };
        let text = error.to_string();
        assert!(
            text.starts_with(
                "x.csv: a table of 1 row with the columns \"c1\", \"c2\", \"c3\", \"c4\", \"c5\", \
                 \"c6\", \"c7\", \"c8\", and 2 more, which is neither"
            ),
            "{text}"
        );
        with_locale(mexico(), || {
            let text = error.to_string();
            assert!(text.contains("\"c8\" y 2 más, que no es"), "{text}");
        });
    }
}
