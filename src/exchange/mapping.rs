//! A table of days of any layout mapped onto the journal's fields: which column holds which
//! field, the order of numeric dates, and the scale of scores that are not on 0 to 10.
//!
//! The result is the same [`Imported`] the journal's own formats give, so the store applies it
//! in one transaction as any import; nothing is written here.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::csv_format::parse_bool;
use super::readings::{
    DayBook, RowError, ZeroMeans, number_text, read_hours, read_when, score_allowed,
};
use super::table::{Table, TableRow};
use super::{ImportError, Imported};
use crate::domain::{DateOrder, RescueDoses, TextList, ValidationError};

/// A field of a daily entry that a column can be mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The journal day.
    Date,
    /// The time of day of a reading, to join the notes of a day with several readings in order
    /// (`08:30`, `10:00 pm`); not stored on its own.
    Time,
    /// Typical pain, 0 to 10.
    Pain,
    /// Worst pain, 0 to 10.
    WorstPain,
    /// Hours slept.
    SleepHours,
    /// Sleep quality, 0 to 10.
    SleepQuality,
    /// Mobility, 0 to 10.
    Mobility,
    /// Mood, 0 to 10.
    Mood,
    /// Rescue doses, 0 to 50.
    RescueDoses,
    /// "Relief wearing off", yes or no.
    WearingOff,
    /// Side effects, joined by `;`.
    SideEffects,
    /// Tags, joined by `;`.
    Tags,
    /// The note.
    Note,
}

impl Field {
    /// Every field, in the journal's column order.
    pub const ALL: [Self; 13] = [
        Self::Date,
        Self::Time,
        Self::Pain,
        Self::WorstPain,
        Self::SleepHours,
        Self::SleepQuality,
        Self::Mobility,
        Self::Mood,
        Self::RescueDoses,
        Self::WearingOff,
        Self::SideEffects,
        Self::Tags,
        Self::Note,
    ];

    /// The field's name as in the journal's JSON and CSV, e.g. `worst_pain`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Date => "date",
            Self::Time => "time",
            Self::Pain => "pain",
            Self::WorstPain => "worst_pain",
            Self::SleepHours => "sleep_hours",
            Self::SleepQuality => "sleep_quality",
            Self::Mobility => "mobility",
            Self::Mood => "mood",
            Self::RescueDoses => "rescue_doses",
            Self::WearingOff => "wearing_off",
            Self::SideEffects => "side_effects",
            Self::Tags => "tags",
            Self::Note => "note",
        }
    }

    /// The field named `name` (as in [`Field::name`], any case), or `None`.
    pub fn from_name(name: &str) -> Option<Self> {
        let name = name.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        Self::ALL.into_iter().find(|field| field.name() == name)
    }

    /// Whether the field is a 0 to 10 score, the only kind a [`Scale`] applies to.
    pub fn is_score(self) -> bool {
        matches!(
            self,
            Self::Pain | Self::WorstPain | Self::SleepQuality | Self::Mobility | Self::Mood
        )
    }

    /// Header words that name this field in other tables, lower case, beyond its own name.
    fn usual_headers(self) -> &'static [&'static str] {
        match self {
            Self::Date => &["date", "day"],
            Self::Time => &["time", "time of day"],
            Self::Pain => &["pain", "pain level", "pain score", "average pain"],
            Self::WorstPain => &["worst pain", "max pain", "maximum pain"],
            Self::SleepHours => &["sleep", "sleep hours", "hours slept", "hours of sleep"],
            Self::SleepQuality => &["sleep quality"],
            Self::Mobility => &["mobility", "function"],
            Self::Mood => &["mood"],
            Self::RescueDoses => &["rescue", "rescue doses", "breakthrough doses"],
            Self::WearingOff => &["wearing off"],
            Self::SideEffects => &["side effects"],
            Self::Tags => &["tags"],
            Self::Note => &["note", "notes", "comment", "comments"],
        }
    }
}

/// The range a column's scores were recorded on, mapped linearly onto 0 to 10.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// The lowest value of the original scale (becomes 0).
    pub min: f64,
    /// The highest value of the original scale (becomes 10).
    pub max: f64,
}

impl Scale {
    /// A scale written `MIN-MAX`, e.g. `0-4` or `1-5`.
    ///
    /// # Errors
    /// A message naming the text when it is not two numbers with the first below the second.
    pub fn parse(text: &str) -> Result<Self, String> {
        let refuse = || format!("\"{text}\" is not a scale; expected MIN-MAX such as 0-4 or 1-5");
        let (min, max) = text.trim().split_once('-').ok_or_else(refuse)?;
        let min: f64 = min.trim().parse().map_err(|_| refuse())?;
        let max: f64 = max.trim().parse().map_err(|_| refuse())?;
        if !(min.is_finite() && max.is_finite() && min < max) {
            return Err(refuse());
        }
        Ok(Self { min, max })
    }

    /// `value` on this scale mapped linearly onto 0 to 10, not rounded, or `None` outside the
    /// scale.
    pub fn to_ten(self, value: f64) -> Option<f64> {
        (self.min..=self.max)
            .contains(&value)
            .then(|| 10.0 * (value - self.min) / (self.max - self.min))
    }

    /// `value` on this scale as a 0 to 10 score, rounded half up, or `None` outside the scale.
    pub fn to_score(self, value: f64) -> Option<u8> {
        let on_ten = self.to_ten(value)?;
        // The small allowance keeps exact halves (7.5 from 3 on 0-4) from rounding down
        // through floating-point error.
        let rounded = (on_ten + 0.5 + 1e-9).floor();
        Some(rounded.clamp(0.0, 10.0) as u8)
    }

    /// The scale as written, e.g. `0-4`.
    pub fn label(self) -> String {
        format!("{}-{}", number_text(self.min), number_text(self.max))
    }
}

/// How a table's columns become entries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableMapping {
    /// Each mapped field with the header of its column (matched ignoring case and spaces
    /// around it).
    pub columns: Vec<(Field, String)>,
    /// How numeric dates like `03/04/2025` are read; without one an ambiguous date is refused.
    pub date_order: Option<DateOrder>,
    /// Score fields recorded on another scale.
    pub scales: Vec<(Field, Scale)>,
    /// What a `0` means: a reading of 0, or "not logged" where the file writes 0 for days
    /// without a reading.
    pub zero: ZeroMeans,
}

/// The obvious mapping of `headers`: each header that is a field's name or a usual name for it
/// ("Date", "Pain", "Sleep", "Notes", ...), first match wins.
pub fn guess_columns(headers: &[String]) -> Vec<(Field, String)> {
    let mut columns: Vec<(Field, String)> = Vec::new();
    for header in headers {
        let lower = header.trim().to_lowercase().replace('_', " ");
        let field = Field::ALL.into_iter().find(|field| {
            field.name().replace('_', " ") == lower
                || field.usual_headers().contains(&lower.as_str())
        });
        if let Some(field) = field
            && !columns.iter().any(|(taken, _)| *taken == field)
        {
            columns.push((field, header.clone()));
        }
    }
    columns
}

/// Maps `table`'s rows to entries. `reference` is the day words like "today" and dates without a
/// year are read against; `file` names the file in messages.
///
/// Rows of one day (several check-ins) become one entry by the rules of
/// [`super::readings`]: typical pain is the mean of the day's readings rounded half up, worst
/// pain the highest unless a worst pain column is mapped, notes joined with their times. A
/// date cell may carry a time (`2025-01-09T08:30+01:00`) or be epoch seconds or milliseconds;
/// see [`read_when`]. A day without any pain reading is not imported and is listed.
///
/// # Errors
/// [`ImportError`] naming the file, the row, the field, the value and what is allowed, for the
/// first row that does not fit; a header in the mapping that the table lacks; a mapping without
/// a date or pain column.
pub fn map_table(
    table: &Table,
    mapping: &TableMapping,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    let syntax = |detail: String| ImportError::Syntax {
        file: file.to_owned(),
        detail,
    };
    let mut positions = Vec::with_capacity(mapping.columns.len());
    for (field, header) in &mapping.columns {
        let position = table.column(header).ok_or_else(|| {
            syntax(format!(
                "no column \"{header}\" for {}; the columns are {}",
                field.name(),
                quoted_list(&table.headers)
            ))
        })?;
        positions.push((*field, position));
    }
    for required in [Field::Date, Field::Pain] {
        if !positions.iter().any(|(field, _)| *field == required) {
            return Err(syntax(format!(
                "no column is mapped to {0}; map one with --column {0}=HEADER (the columns are {1})",
                required.name(),
                quoted_list(&table.headers)
            )));
        }
    }
    for (field, _) in &mapping.scales {
        if !field.is_score() {
            return Err(syntax(format!(
                "--scale applies to pain, worst_pain, sleep_quality, mobility and mood, not {}",
                field.name()
            )));
        }
    }
    let used: HashSet<usize> = positions.iter().map(|(_, position)| *position).collect();
    let mut book = DayBook::new(mapping.zero);
    for row in &table.rows {
        let reader = RowReader {
            row,
            headers: &table.headers,
            positions: &positions,
            mapping,
            decimal_comma: table.decimal_comma,
        };
        reader
            .read_into(&mut book, reference)
            .map_err(|error| error.at(file, &row.location))?;
    }
    let mut imported = book.finish(file)?;
    imported.skipped_empty_rows = table.skipped_empty_rows;
    imported.ignored = table
        .headers
        .iter()
        .enumerate()
        .filter(|(index, header)| !used.contains(index) && !header.is_empty())
        .map(|(_, header)| format!("column \"{header}\""))
        .collect();
    let mut rules: Vec<String> = mapping
        .scales
        .iter()
        .map(|(field, scale)| {
            format!(
                "{} {} mapped onto 0-10 (rounded half up); the original value is kept in the note",
                field.name(),
                scale.label()
            )
        })
        .collect();
    rules.append(&mut imported.rules);
    imported.rules = rules;
    Ok(imported)
}

/// The lowest and highest number in column `index` of `table`, for choosing a scale; `None`
/// when the column holds no number.
pub fn column_range(table: &Table, index: usize) -> Option<(f64, f64)> {
    table
        .rows
        .iter()
        .filter_map(|row| row.cells.get(index))
        .filter_map(|cell| cell_number(cell, table.decimal_comma))
        .fold(None, |range, value| match range {
            None => Some((value, value)),
            Some((low, high)) => Some((f64::min(low, value), f64::max(high, value))),
        })
}

fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|item| format!("\"{item}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A number typed in a cell; `decimal_comma` accepts `6,5` for 6.5.
pub(super) fn cell_number(cell: &str, decimal_comma: bool) -> Option<f64> {
    let cell = cell.trim();
    let value: f64 = if decimal_comma && cell.matches(',').count() == 1 && !cell.contains('.') {
        cell.replace(',', ".").parse().ok()?
    } else {
        cell.parse().ok()?
    };
    value.is_finite().then_some(value)
}

struct RowReader<'a> {
    row: &'a TableRow,
    headers: &'a [String],
    positions: &'a [(Field, usize)],
    mapping: &'a TableMapping,
    decimal_comma: bool,
}

impl RowReader<'_> {
    /// The trimmed cell of `field`, or `None` when unmapped or empty.
    fn cell(&self, field: Field) -> Option<&str> {
        self.positions
            .iter()
            .find(|(mapped, _)| *mapped == field)
            .and_then(|(_, position)| self.row.cells.get(*position))
            .map(|cell| cell.trim())
            .filter(|cell| !cell.is_empty())
    }

    fn number(&self, field: Field, cell: &str, allowed: &str) -> Result<f64, ValidationError> {
        cell_number(cell, self.decimal_comma)
            .ok_or_else(|| ValidationError::new(field.name(), cell, allowed))
    }

    /// The row's values added to its day in `book`.
    fn read_into(&self, book: &mut DayBook, reference: NaiveDate) -> Result<(), RowError> {
        let (date, time_in_date) = read_when(
            self.cell(Field::Date).unwrap_or_default(),
            self.mapping.date_order,
            reference,
        )
        .map_err(RowError::Date)?;
        let time = self.cell(Field::Time).map(str::to_owned).or(time_in_date);
        let mut day = book.row(date, time, &self.row.location);
        for field in Field::ALL.into_iter().filter(|field| field.is_score()) {
            let Some(cell) = self.cell(field) else {
                continue;
            };
            let scale = self
                .mapping
                .scales
                .iter()
                .find(|(scaled, _)| *scaled == field)
                .map(|(_, scale)| *scale);
            let allowed = score_allowed(field, scale);
            let value = self.number(field, cell, &allowed)?;
            day.score(field, value, cell, scale)?;
        }
        if let Some(cell) = self.cell(Field::SleepHours) {
            let hours = read_hours(cell).ok_or_else(|| {
                ValidationError::new("sleep_hours", cell, "hours such as 7.5, 7h 30m or 7:30")
            })?;
            day.sleep_hours(hours, cell)?;
        }
        if let Some(cell) = self.cell(Field::RescueDoses) {
            let doses = self.number(Field::RescueDoses, cell, RescueDoses::ALLOWED)?;
            day.rescue_doses(doses, cell)?;
        }
        day.wearing_off(parse_bool("wearing_off", self.cell(Field::WearingOff))?);
        for (_, cell) in self.cells(Field::SideEffects) {
            day.side_effects(TextList::parse_joined("side_effects", cell)?.items());
        }
        for (_, cell) in self.cells(Field::Tags) {
            day.tags(TextList::parse_joined("tags", cell)?.items());
        }
        // With several note columns (a tracker's locations, say), each but a column headed like
        // a note ("Notes", "Comments") is written after its header.
        let note_cells = self.cells(Field::Note);
        let several = self
            .positions
            .iter()
            .filter(|(field, _)| *field == Field::Note)
            .count()
            > 1;
        let notes: Vec<String> = note_cells
            .into_iter()
            .map(|(header, cell)| {
                let note_header = Field::Note
                    .usual_headers()
                    .contains(&header.trim().to_lowercase().as_str());
                if several && !note_header {
                    format!("{header}: {cell}")
                } else {
                    cell.to_owned()
                }
            })
            .collect();
        day.note(&notes.join("; "));
        Ok(())
    }

    /// Every non-empty cell of the columns mapped to `field` (tags, side effects and notes may
    /// come from several), with its column's header.
    fn cells(&self, field: Field) -> Vec<(&str, &str)> {
        self.positions
            .iter()
            .filter(|(mapped, _)| *mapped == field)
            .filter_map(|(_, position)| {
                let cell = self.row.cells.get(*position)?.trim();
                let header = self.headers.get(*position).map_or("", String::as_str);
                (!cell.is_empty()).then_some((header, cell))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_scale_maps_linearly_onto_ten_rounding_half_up() {
        let scale = Scale::parse("0-4").unwrap();
        // 10 * v / 4: 0, 2.5, 5, 7.5, 10.
        let mapped: Vec<Option<u8>> = [0.0, 1.0, 2.0, 3.0, 4.0]
            .into_iter()
            .map(|value| scale.to_score(value))
            .collect();
        assert_eq!(mapped, [Some(0), Some(3), Some(5), Some(8), Some(10)]);
        assert_eq!(scale.to_score(4.5), None);
        let five = Scale::parse("1-5").unwrap();
        // 10 * (v - 1) / 4: 2 -> 2.5 -> 3.
        assert_eq!(five.to_score(2.0), Some(3));
        assert_eq!(five.to_score(0.0), None);
        assert!(Scale::parse("4-0").is_err());
        assert!(Scale::parse("a-b").is_err());
    }

    #[test]
    fn obvious_headers_are_guessed() {
        let headers: Vec<String> = ["Date", "Pain", "Sleep", "Weather", "Notes"]
            .map(String::from)
            .to_vec();
        let guessed = guess_columns(&headers);
        assert_eq!(
            guessed,
            vec![
                (Field::Date, "Date".to_owned()),
                (Field::Pain, "Pain".to_owned()),
                (Field::SleepHours, "Sleep".to_owned()),
                (Field::Note, "Notes".to_owned()),
            ]
        );
    }
}
