//! CSV files of entries or of infusions: a header row with the JSON field names, lists joined
//! by `;`, empty cells for unknown values, CRLF line ends as spreadsheets expect (RFC 4180).
//!
//! Reading also takes what a spreadsheet in any language makes of such a file when saved
//! again: cells separated by `;` or tabs instead of commas (told by the header line), numbers
//! with a decimal comma, dates as the spreadsheet shows them (`01.03.2025`, `01/03/2025`), its
//! words for true and false, LF or CRLF line ends, and rows in which every cell is empty
//! (skipped and counted). The file's text may have a byte-order mark or be in a Windows code
//! page (see `text`).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::readings::date_order_of;
use super::{FileProblem, ImportError, Imported, Location, reject_duplicate_days};
use crate::domain::{
    Allowed, DateOrder, DoseMg, DurationMin, Entry, Infusion, InfusionStatus, Phase, RescueDoses,
    Score, SleepHours, TextList, ValidationError, read_date,
};

/// The columns of an entries CSV, in export order.
pub const ENTRY_FIELDS: [&str; 12] = [
    "date",
    "pain",
    "worst_pain",
    "sleep_hours",
    "sleep_quality",
    "mobility",
    "mood",
    "rescue_doses",
    "wearing_off",
    "side_effects",
    "tags",
    "note",
];

/// The columns of an infusions CSV, in export order.
pub const INFUSION_FIELDS: [&str; 8] = [
    "date",
    "status",
    "phase",
    "dose_mg",
    "duration_min",
    "clinic",
    "side_effects",
    "note",
];

/// Entries as CSV text.
pub fn entries_to_csv(entries: &[Entry]) -> String {
    let optional = |value: Option<Score>| {
        value
            .map(|score| score.get().to_string())
            .unwrap_or_default()
    };
    let rows = entries.iter().map(|entry| {
        vec![
            entry.date.to_string(),
            entry.pain.get().to_string(),
            optional(entry.worst_pain),
            entry
                .sleep_hours
                .map(|hours| hours.get().to_string())
                .unwrap_or_default(),
            optional(entry.sleep_quality),
            optional(entry.mobility),
            optional(entry.mood),
            entry
                .rescue_doses
                .map(|doses| doses.get().to_string())
                .unwrap_or_default(),
            entry.wearing_off.to_string(),
            shown_as_text(entry.side_effects.joined()),
            shown_as_text(entry.tags.joined()),
            shown_as_text(entry.note.clone()),
        ]
    });
    write_csv(&ENTRY_FIELDS, rows)
}

/// Infusions as CSV text.
pub fn infusions_to_csv(infusions: &[Infusion]) -> String {
    let rows = infusions.iter().map(|infusion| {
        vec![
            infusion.date.to_string(),
            infusion.status.as_str().to_owned(),
            infusion
                .phase
                .map(|phase| phase.as_str().to_owned())
                .unwrap_or_default(),
            infusion
                .dose_mg
                .map(|dose| dose.get().to_string())
                .unwrap_or_default(),
            infusion
                .duration_min
                .map(|minutes| minutes.get().to_string())
                .unwrap_or_default(),
            shown_as_text(infusion.clinic.clone()),
            shown_as_text(infusion.side_effects.joined()),
            shown_as_text(infusion.note.clone()),
        ]
    });
    write_csv(&INFUSION_FIELDS, rows)
}

/// The first characters that make a spreadsheet read a cell as a formula (OWASP's CSV
/// injection list), and the quote that marks a cell as text.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];
const TEXT_MARK: char = '\'';

/// A free-text cell as written: text that a spreadsheet would run as a formula, or that starts
/// with the text mark itself, gets one `'` in front, so a spreadsheet shows it as text. Reading
/// the journal's own CSV takes exactly one leading `'` off again ([`text_as_written`]), so the
/// round trip is lossless.
fn shown_as_text(text: String) -> String {
    if text.starts_with(FORMULA_STARTS) || text.starts_with(TEXT_MARK) {
        format!("{TEXT_MARK}{text}")
    } else {
        text
    }
}

/// The text of a free-text cell of the journal's own CSV: one leading `'` (the text mark of
/// [`shown_as_text`]) is taken off.
fn text_as_written(cell: &str) -> &str {
    cell.strip_prefix(TEXT_MARK).unwrap_or(cell)
}

fn write_csv(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail; a failure would only drop rows, so it is surfaced as text.
    let mut outcome = writer.write_record(header);
    for row in rows {
        if outcome.is_ok() {
            outcome = writer.write_record(&row);
        }
    }
    match (outcome, writer.into_inner()) {
        (Ok(()), Ok(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
        (Err(error), _) => format!("error: {error}"),
        (_, Err(error)) => format!("error: {error}"),
    }
}

/// Which kind of rows a CSV file holds, told by its header.
enum CsvKind {
    Entries,
    Infusions,
}

/// The cell separator of a table, told by its header line: a tab, `;` or `,`, whichever
/// occurs most there (a comma when none does).
pub fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let count = |separator: char| header.matches(separator).count();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&separator| (count(char::from(separator)), separator == b','))
        .unwrap_or(b',')
}

/// Whether `headers` are those of the journal's own entries or infusions CSV: a `date` column
/// and the kind's `pain` or `status` column, and no column of another name.
pub fn is_journal_header(headers: &[String]) -> bool {
    let has = |name: &str| headers.iter().any(|header| header == name);
    let all_in = |allowed: &[&str]| {
        headers
            .iter()
            .all(|header| allowed.contains(&header.as_str()))
    };
    has("date")
        && ((has("pain") && all_in(&ENTRY_FIELDS)) || (has("status") && all_in(&INFUSION_FIELDS)))
}

/// Whether every cell of `record` is empty or blank.
pub(super) fn is_empty_record(record: &csv::StringRecord) -> bool {
    record.iter().all(|cell| cell.trim().is_empty())
}

/// Reads an entries or infusions CSV text. `file` names the file in messages. Numeric dates
/// such as `01.03.2025` are read in the order the file's own dates show (see
/// [`read_csv_with`]).
///
/// # Errors
/// [`ImportError`] naming the file, line, field and value when a header or a value is not
/// allowed; nothing is read then.
pub fn read_csv(text: &str, file: &str) -> Result<Imported, ImportError> {
    read_csv_with(text, file, None)
}

/// Reads an entries or infusions CSV text as the app writes it, or as a spreadsheet in any
/// language saves it again: cells separated by `,`, `;` or tabs, numbers with a decimal comma
/// (`6,5`), dates as the spreadsheet shows them (`01.03.2025`, `01/03/2025`, `3/1/2025`) and
/// the spreadsheet's words for true and false (`WAHR`, `FAUX`). Numeric dates are read in
/// `date_order`, or without one in the order the file's own dates show (a day of 13 or more
/// settles it for the whole file); a date that still reads two ways is refused, naming both
/// readings. `file` names the file in messages.
///
/// # Errors
/// [`ImportError`] naming the file, line, field and value when a header or a value is not
/// allowed; nothing is read then.
pub fn read_csv_with(
    text: &str,
    file: &str,
    date_order: Option<DateOrder>,
) -> Result<Imported, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let syntax = |problem: FileProblem| ImportError::Syntax {
        file: file.to_owned(),
        problem,
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .delimiter(detect_delimiter(text))
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|error| {
            syntax(FileProblem::Unreadable {
                detail: error.to_string(),
            })
        })?
        .iter()
        .map(|name| name.trim().to_owned())
        .collect();
    let kind = if header.iter().any(|name| name == "pain") {
        CsvKind::Entries
    } else if header.iter().any(|name| name == "status") {
        CsvKind::Infusions
    } else {
        return Err(syntax(FileProblem::NotJournalHeader));
    };
    let allowed: &'static [&'static str] = match kind {
        CsvKind::Entries => &ENTRY_FIELDS,
        CsvKind::Infusions => &INFUSION_FIELDS,
    };
    let mut columns = HashMap::new();
    for (index, name) in header.iter().enumerate() {
        if !allowed.contains(&name.as_str()) {
            return Err(syntax(FileProblem::UnknownColumn {
                name: name.clone(),
                allowed,
            }));
        }
        if columns.insert(name.clone(), index).is_some() {
            return Err(syntax(FileProblem::ColumnTwice { name: name.clone() }));
        }
    }
    let Some(&date_column) = columns.get("date") else {
        return Err(syntax(FileProblem::NoDateColumn));
    };

    let mut imported = Imported::default();
    let mut records = Vec::new();
    let mut lines = LineCounter::new(text);
    for record in reader.records() {
        let record = record.map_err(|error| {
            let detail = error.to_string();
            syntax(match error.position() {
                Some(position) => FileProblem::UnreadableLine {
                    line: lines.line_at(position.byte()),
                    detail,
                },
                None => FileProblem::Unreadable { detail },
            })
        })?;
        let line = record
            .position()
            .map_or(0, |position| lines.line_at(position.byte()));
        if is_empty_record(&record) {
            imported.skipped_empty_rows += 1;
            continue;
        }
        if record.len() != header.len() {
            return Err(syntax(FileProblem::CellCount {
                line,
                cells: record.len(),
                header: header.len(),
            }));
        }
        records.push((line, record));
    }
    let (date_order, order_rule) = date_order_of(
        date_order,
        records
            .iter()
            .map(|(_, record)| record.get(date_column).unwrap_or_default()),
    );
    imported.rules.extend(order_rule);

    let mut locations = Vec::new();
    for (line, record) in &records {
        let location = Location::Line(*line);
        let row = Row {
            record,
            columns: &columns,
        };
        let invalid = |error: ValidationError| ImportError::Invalid {
            file: file.to_owned(),
            location: location.clone(),
            error: Box::new(error),
        };
        let written = row.cell("date").unwrap_or_default();
        // Journal files name whole days; no date is completed from today.
        let date =
            read_date(written, date_order, NaiveDate::MIN).map_err(|error| ImportError::Date {
                file: file.to_owned(),
                location: location.clone(),
                error,
            })?;
        match kind {
            CsvKind::Entries => {
                let entry = row.entry(date).map_err(invalid)?;
                imported
                    .entry_locations
                    .entry(entry.date)
                    .or_insert_with(|| location.clone());
                imported.entries.push(entry);
            }
            CsvKind::Infusions => {
                imported
                    .infusions
                    .push(row.infusion(date).map_err(invalid)?);
                imported.infusion_locations.push(location.clone());
            }
        }
        locations.push(location);
    }
    if matches!(kind, CsvKind::Entries) {
        reject_duplicate_days(&imported.entries, &locations, file)?;
    }
    Ok(imported)
}

/// Line numbers of records, counted from their byte offsets.
///
/// The csv crate's own line count is one short after CRLF line ends (the kind this app and
/// spreadsheets write): it ends a record at the CR and starts the next one at the LF. A record
/// never starts with a line end, so line ends at its offset belong to the line before.
pub(super) struct LineCounter<'a> {
    bytes: &'a [u8],
    /// How far the text has been counted, and the line number there.
    counted: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Self {
            bytes: text.as_bytes(),
            counted: 0,
            line: 1,
        }
    }

    /// The line on which the record at byte `offset` starts; offsets must not go backwards.
    pub(super) fn line_at(&mut self, offset: u64) -> u64 {
        let mut start =
            usize::try_from(offset).map_or(self.bytes.len(), |offset| offset.min(self.bytes.len()));
        while self
            .bytes
            .get(start)
            .is_some_and(|byte| matches!(byte, b'\r' | b'\n'))
        {
            start += 1;
        }
        if start > self.counted {
            let newlines = self.bytes[self.counted..start]
                .iter()
                .filter(|&&byte| byte == b'\n')
                .count();
            self.line += newlines as u64;
            self.counted = start;
        }
        self.line
    }
}

/// One CSV record with the header's column positions.
struct Row<'a> {
    record: &'a csv::StringRecord,
    columns: &'a HashMap<String, usize>,
}

impl Row<'_> {
    /// The trimmed cell of `field`, or `None` when the column is absent or the cell empty.
    fn cell(&self, field: &str) -> Option<&str> {
        self.columns
            .get(field)
            .and_then(|&index| self.record.get(index))
            .map(str::trim)
            .filter(|cell| !cell.is_empty())
    }

    /// The untrimmed cell of a free-text field, without its text mark.
    fn text(&self, field: &str) -> String {
        let cell = self
            .columns
            .get(field)
            .and_then(|&index| self.record.get(index))
            .unwrap_or_default();
        text_as_written(cell).to_owned()
    }

    fn score(&self, field: &'static str) -> Result<Option<Score>, ValidationError> {
        self.cell(field)
            .map(|cell| Score::parse(field, cell))
            .transpose()
    }

    fn list(&self, field: &'static str) -> Result<TextList, ValidationError> {
        TextList::parse_joined(field, text_as_written(self.cell(field).unwrap_or_default()))
    }

    /// A decimal cell: `6.5`, or `6,5` as a spreadsheet writes it where the comma is the
    /// decimal mark; a value that does not fit is named as written.
    fn decimal<T>(
        &self,
        field: &str,
        parse: impl Fn(&str) -> Result<T, ValidationError>,
    ) -> Result<Option<T>, ValidationError> {
        let Some(cell) = self.cell(field) else {
            return Ok(None);
        };
        parse(&decimal_point(cell)).map(Some).map_err(|mut error| {
            cell.clone_into(&mut error.value);
            error
        })
    }

    fn entry(&self, date: NaiveDate) -> Result<Entry, ValidationError> {
        let pain = self
            .score("pain")?
            .ok_or_else(|| ValidationError::new("pain", "", Score::ALLOWED))?;
        Ok(Entry {
            date,
            pain,
            worst_pain: self.score("worst_pain")?,
            sleep_hours: self.decimal("sleep_hours", SleepHours::parse)?,
            sleep_quality: self.score("sleep_quality")?,
            mobility: self.score("mobility")?,
            mood: self.score("mood")?,
            rescue_doses: self
                .cell("rescue_doses")
                .map(RescueDoses::parse)
                .transpose()?,
            wearing_off: parse_bool("wearing_off", self.cell("wearing_off"))?,
            side_effects: self.list("side_effects")?,
            tags: self.list("tags")?,
            note: self.text("note"),
        })
    }

    fn infusion(&self, date: NaiveDate) -> Result<Infusion, ValidationError> {
        Ok(Infusion {
            date,
            status: self
                .cell("status")
                .map(str::parse)
                .transpose()?
                .unwrap_or(InfusionStatus::Done),
            phase: Phase::parse_optional(self.cell("phase").unwrap_or_default())?,
            dose_mg: self.decimal("dose_mg", DoseMg::parse)?,
            duration_min: self
                .cell("duration_min")
                .map(DurationMin::parse)
                .transpose()?,
            clinic: self.text("clinic"),
            side_effects: self.list("side_effects")?,
            note: self.text("note"),
        })
    }
}

/// The words spreadsheets write for true, in the languages whose spreadsheets translate them
/// (Excel and LibreOffice write `WAHR` in German, `VRAI` in French, `VERDADERO` in Spanish).
const TRUE_WORDS: [&str; 9] = [
    "true",
    "1",
    "yes",
    "wahr",
    "vrai",
    "verdadero",
    "vero",
    "verdadeiro",
    "waar",
];
/// The words spreadsheets write for false (see [`TRUE_WORDS`]).
const FALSE_WORDS: [&str; 7] = ["false", "0", "no", "falsch", "faux", "falso", "onwaar"];

/// Whether a cell says true or false, in English or in a spreadsheet's language; an empty or
/// missing cell is false.
pub(super) fn parse_bool(field: &'static str, cell: Option<&str>) -> Result<bool, ValidationError> {
    let Some(cell) = cell else {
        return Ok(false);
    };
    let lower = cell.trim().to_lowercase();
    if TRUE_WORDS.contains(&lower.as_str()) {
        Ok(true)
    } else if FALSE_WORDS.contains(&lower.as_str()) {
        Ok(false)
    } else {
        Err(ValidationError::new(field, cell, Allowed::TrueOrFalse))
    }
}

/// A number cell with a decimal comma (`6,5`, as spreadsheets write it where the comma is the
/// decimal mark) written with a point; any other cell as it is.
fn decimal_point(cell: &str) -> std::borrow::Cow<'_, str> {
    let digits = cell.trim_start_matches('-');
    let decimal_comma = cell.matches(',').count() == 1
        && digits
            .split(',')
            .all(|part| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit()));
    if decimal_comma {
        std::borrow::Cow::Owned(cell.replacen(',', ".", 1))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn entries_csv_round_trips_quotes_commas_and_newlines() {
        let text = "date,pain,worst_pain,note,tags\r\n2026-01-05,6,8,\"said \"\"hi\"\", then, left\nnext line\",weather;stress\r\n";
        let imported = read_csv(text, "e.csv").unwrap();
        let entry = &imported.entries[0];
        assert_eq!(entry.note, "said \"hi\", then, left\nnext line");
        assert_eq!(entry.tags.items(), ["weather", "stress"]);
        let exported = entries_to_csv(&imported.entries);
        assert!(exported.starts_with(&ENTRY_FIELDS.join(",")));
        assert!(exported.contains("\r\n"));
        assert_eq!(read_csv(&exported, "e.csv").unwrap(), imported);
    }

    #[test]
    fn a_bad_cell_names_file_line_field_value_and_range() {
        let text = "date,pain\n2026-01-05,6\n2026-01-06,11\n";
        let message = read_csv(text, "e.csv").unwrap_err().to_string();
        assert!(message.starts_with("e.csv, line 3: pain"), "{message}");
        assert!(message.contains("\"11\""), "{message}");
        assert!(message.contains("0 to 10"), "{message}");
    }

    #[test]
    fn lines_are_counted_right_with_lf_and_crlf_line_ends() {
        for end in ["\n", "\r\n"] {
            let first = format!("date,pain{end}2026-01-05,11{end}");
            let message = read_csv(&first, "e.csv").unwrap_err().to_string();
            assert!(
                message.starts_with("e.csv, line 2: pain"),
                "{end:?}: {message}"
            );
            let third =
                format!("date,pain{end}2026-01-05,6{end}{end}2026-01-06,6{end}2026-01-07,11{end}");
            let message = read_csv(&third, "e.csv").unwrap_err().to_string();
            assert!(
                message.starts_with("e.csv, line 5: pain"),
                "{end:?}: {message}"
            );
            let ragged = format!("date,pain{end}2026-01-05,6{end}2026-01-06,6,7{end}");
            let message = read_csv(&ragged, "e.csv").unwrap_err().to_string();
            assert_eq!(
                message, "e.csv: line 3: the row has 3 cells but the header has 2",
                "{end:?}"
            );
        }
    }

    #[test]
    fn a_note_spanning_lines_moves_the_next_row_down() {
        let text = "date,pain,note\r\n2026-01-05,6,\"one\r\ntwo\"\r\n2026-01-06,11,\r\n";
        let message = read_csv(text, "e.csv").unwrap_err().to_string();
        assert!(message.starts_with("e.csv, line 4: pain"), "{message}");
    }

    #[test]
    fn the_header_decides_the_kind_and_unknown_columns_are_refused() {
        let infusions = read_csv("date,status,phase\n2026-01-05,planned,\n", "i.csv").unwrap();
        assert_eq!(infusions.infusions[0].status, InfusionStatus::Planned);
        assert!(read_csv("date,pian\n", "e.csv").is_err());
        let message = read_csv("date,pain,pian\n", "e.csv")
            .unwrap_err()
            .to_string();
        assert!(message.contains("unknown column \"pian\""), "{message}");
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        let imported = read_csv("\u{feff}date,pain\n2026-01-05,6\n", "e.csv").unwrap();
        assert_eq!(imported.entries.len(), 1);
    }

    #[test]
    fn a_row_with_too_many_cells_names_its_line() {
        let message = read_csv("date,pain\n2026-01-05,6\n2026-01-06,6,7\n", "e.csv")
            .unwrap_err()
            .to_string();
        assert!(message.contains("line 3"), "{message}");
    }
}
