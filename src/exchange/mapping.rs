//! A table of days of any layout mapped onto the journal's fields: which column holds which
//! field, the order of numeric dates, and the scale of scores that are not on 0 to 10.
//!
//! The result is the same [`Imported`] the journal's own formats give, so the store applies it
//! in one transaction as any import; nothing is written here.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::csv_format::parse_bool;
use super::field::{Field, Scale, cell_number};
use super::readings::{
    DayBook, RowError, ZeroMeans, date_order_of, read_hours, read_when, score_allowed,
};
use super::table::{Table, TableRow};
use super::{FileProblem, Ignored, ImportError, ImportRule, Imported};
use crate::domain::{Allowed, DateOrder, RescueDoses, TextList, ValidationError};

/// How a table's columns become entries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableMapping {
    /// Each mapped field with the header of its column (matched ignoring case and spaces
    /// around it).
    pub columns: Vec<(Field, String)>,
    /// How numeric dates like `03/04/2025` are read; without one, in the order the file's own
    /// dates show (a day of 13 or more in the first place shows day first), and a date that
    /// still reads two ways is refused, naming both readings.
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
    let syntax = |problem: FileProblem| ImportError::Syntax {
        file: file.to_owned(),
        problem,
    };
    let mut positions = Vec::with_capacity(mapping.columns.len());
    for (field, header) in &mapping.columns {
        let position = table.column(header).ok_or_else(|| {
            syntax(FileProblem::NoColumnForField {
                header: header.clone(),
                field: *field,
                columns: table.headers.clone(),
            })
        })?;
        positions.push((*field, position));
    }
    for required in [Field::Date, Field::Pain] {
        if !positions.iter().any(|(field, _)| *field == required) {
            return Err(syntax(FileProblem::FieldNotMapped {
                field: required,
                columns: table.headers.clone(),
            }));
        }
    }
    for (field, _) in &mapping.scales {
        if !field.is_score() {
            return Err(syntax(FileProblem::ScaleNotForScore { field: *field }));
        }
    }
    let used: HashSet<usize> = positions.iter().map(|(_, position)| *position).collect();
    let date_column = positions
        .iter()
        .find(|(field, _)| *field == Field::Date)
        .map(|(_, position)| *position);
    let (date_order, order_rule) = date_order_of(
        mapping.date_order,
        table.rows.iter().map(|row| {
            date_column
                .and_then(|position| row.cells.get(position))
                .map_or("", String::as_str)
        }),
    );
    let mut book = DayBook::new(mapping.zero);
    for row in &table.rows {
        let reader = RowReader {
            row,
            headers: &table.headers,
            positions: &positions,
            mapping,
            date_order,
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
        .map(|(_, header)| Ignored::Column {
            header: header.clone(),
        })
        .collect();
    let mut rules: Vec<ImportRule> = mapping
        .scales
        .iter()
        .map(|(field, scale)| ImportRule::ScaleMapped {
            field: *field,
            scale: *scale,
        })
        .collect();
    rules.extend(order_rule);
    if table.code_page {
        rules.insert(
            0,
            ImportRule::CodePage {
                encoding: super::text::CODE_PAGE,
            },
        );
    }
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

struct RowReader<'a> {
    row: &'a TableRow,
    headers: &'a [String],
    positions: &'a [(Field, usize)],
    mapping: &'a TableMapping,
    /// How numeric dates are read: as given, or as the file's own dates show.
    date_order: Option<DateOrder>,
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

    fn number(&self, field: Field, cell: &str, allowed: Allowed) -> Result<f64, ValidationError> {
        cell_number(cell, self.decimal_comma)
            .ok_or_else(|| ValidationError::new(field.name(), cell, allowed))
    }

    /// The row's values added to its day in `book`.
    fn read_into(&self, book: &mut DayBook, reference: NaiveDate) -> Result<(), RowError> {
        let (date, time_in_date) = read_when(
            self.cell(Field::Date).unwrap_or_default(),
            self.date_order,
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
            let value = self.number(field, cell, score_allowed(scale))?;
            day.score(field, value, cell, scale)?;
        }
        if let Some(cell) = self.cell(Field::SleepHours) {
            let hours = read_hours(cell)
                .ok_or_else(|| ValidationError::new("sleep_hours", cell, Allowed::Hours))?;
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

    #[test]
    fn spanish_headers_are_guessed_too() {
        let headers: Vec<String> = ["Fecha", "Dolor", "Sueño", "Clima", "Notas"]
            .map(String::from)
            .to_vec();
        let fields: Vec<Field> = guess_columns(&headers)
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        assert_eq!(
            fields,
            [Field::Date, Field::Pain, Field::SleepHours, Field::Note]
        );
    }
}
