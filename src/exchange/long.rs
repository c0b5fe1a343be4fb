//! Long layouts: one reading per row, with a name column (a category, a feature, a tracker)
//! and a value column, as Bearable and Track & Graph export. Which names feed which field is
//! given by [`NameRule`]s; every other name is counted and listed as ignored. The readings of a
//! day are combined by the rules of `readings`.

use chrono::NaiveDate;

use super::field::{Field, Scale, cell_number};
use super::readings::{
    DayBook, RowError, ZeroMeans, date_order_of, read_hours, read_when, score_allowed,
};
use super::table::Table;
use super::{ColumnRole, FileProblem, Ignored, ImportError, ImportRule, Imported};
use crate::domain::{Allowed, DateOrder, ValidationError};

/// Which readings feed a field: rows whose name starts with `name` (any case, ending at a word
/// boundary, so `Pain` does not take `Painkillers`), with their scale.
#[derive(Debug, Clone, PartialEq)]
pub struct NameRule {
    /// The field fed.
    pub field: Field,
    /// The start of the reading's name: `Pain`, or `Symptom: Nerve pain` when a detail column
    /// follows the name (see [`LongMapping::detail`]).
    pub name: String,
    /// The scale of the values when they are scores not on 0 to 10.
    pub scale: Option<Scale>,
}

/// How a long table becomes entries: its columns and which names feed which field.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LongMapping {
    /// Header of the date column (a date, an ISO date-time, or epoch seconds or milliseconds).
    pub date: String,
    /// Header of a time-of-day column, if any.
    pub time: Option<String>,
    /// Header of the name column.
    pub name: String,
    /// Header of a column whose text completes the name (Bearable's `detail`: `Nerve pain
    /// (Moderate)`); the reading's name is then `Symptom: Nerve pain (Moderate)`.
    pub detail: Option<String>,
    /// The names whose detail completes them (Bearable's `Symptom`, whose detail names the
    /// symptom, where a mood's or a sleep's detail only describes its value); empty when every
    /// row's detail does.
    pub detail_for: Vec<String>,
    /// Header of the value column.
    pub value: String,
    /// Header of a note column, if any: the notes of the rows read are kept.
    pub note: Option<String>,
    /// Which names feed which field.
    pub readings: Vec<NameRule>,
    /// How numeric dates are read; without one, in the order the file's own dates show.
    pub date_order: Option<DateOrder>,
    /// What a `0` means.
    pub zero: ZeroMeans,
}

/// A name found in a long table and how many rows carry it, for choosing what feeds a field.
#[derive(Debug, Clone, PartialEq)]
pub struct NameCount {
    /// The name as listed: the name cell, and the detail without a trailing `(...)` (a
    /// severity) when there is a detail column.
    pub name: String,
    /// Rows with this name.
    pub rows: usize,
}

/// Whether `reading` (a full reading name) starts with the rule name `start` at a word boundary.
pub fn name_matches(start: &str, reading: &str) -> bool {
    let start = start.trim().to_lowercase();
    let reading = reading.trim().to_lowercase();
    !start.is_empty()
        && reading.starts_with(&start)
        && reading[start.len()..]
            .chars()
            .next()
            .is_none_or(|next| !next.is_alphanumeric())
}

/// The positions of a mapping's columns.
struct Columns {
    date: usize,
    time: Option<usize>,
    name: usize,
    detail: Option<usize>,
    value: usize,
    note: Option<usize>,
}

impl Columns {
    fn of<'a>(
        table: &Table,
        mapping: &'a LongMapping,
        file: &str,
    ) -> Result<(Self, &'a [String]), ImportError> {
        let find = |header: &str, role: ColumnRole| {
            table.column(header).ok_or_else(|| ImportError::Syntax {
                file: file.to_owned(),
                problem: FileProblem::NoColumnForRole {
                    header: header.to_owned(),
                    role,
                    columns: table.headers.clone(),
                },
            })
        };
        let optional = |header: &Option<String>, role: ColumnRole| {
            header.as_ref().map(|header| find(header, role)).transpose()
        };
        let columns = Self {
            date: find(&mapping.date, ColumnRole::Date)?,
            time: optional(&mapping.time, ColumnRole::Time)?,
            name: find(&mapping.name, ColumnRole::ReadingName)?,
            detail: optional(&mapping.detail, ColumnRole::Detail)?,
            value: find(&mapping.value, ColumnRole::Value)?,
            note: optional(&mapping.note, ColumnRole::Note)?,
        };
        Ok((columns, &mapping.detail_for))
    }

    /// The full name of a row's reading: its name, and its detail after `: ` when there is one
    /// and it completes that name (see [`LongMapping::detail_for`]).
    fn reading_name(&self, cells: &[String], detail_for: &[String]) -> String {
        let cell = |index: usize| cells.get(index).map_or("", |cell| cell.trim());
        let name = cell(self.name);
        let completes = detail_for.is_empty()
            || detail_for
                .iter()
                .any(|completed| completed.trim().eq_ignore_ascii_case(name));
        match self
            .detail
            .map(cell)
            .filter(|detail| completes && !detail.is_empty())
        {
            Some(detail) => format!("{name}: {detail}"),
            None => name.to_owned(),
        }
    }
}

/// A full reading name without a trailing parenthesised part (`Symptom: Nerve pain (Mild)`
/// is listed as `Symptom: Nerve pain`).
fn listed_name(full: &str) -> String {
    match full
        .trim_end()
        .strip_suffix(')')
        .and_then(|rest| rest.rfind(" (").map(|at| &full[..at]))
    {
        Some(short) if !short.trim().is_empty() => short.trim().to_owned(),
        _ => full.trim().to_owned(),
    }
}

/// The names found in `table` under `mapping`'s name (and detail) columns, in first-seen order,
/// each with how many rows carry it.
///
/// # Errors
/// [`ImportError::Syntax`] when a column of the mapping is missing.
pub fn reading_names(
    table: &Table,
    mapping: &LongMapping,
    file: &str,
) -> Result<Vec<NameCount>, ImportError> {
    let (columns, detail_for) = Columns::of(table, mapping, file)?;
    let mut names: Vec<NameCount> = Vec::new();
    for row in &table.rows {
        let name = listed_name(&columns.reading_name(&row.cells, detail_for));
        if name.is_empty() {
            continue;
        }
        match names.iter_mut().find(|found| found.name == name) {
            Some(found) => found.rows += 1,
            None => names.push(NameCount { name, rows: 1 }),
        }
    }
    Ok(names)
}

/// Reads a long table into entries: each row whose name matches a [`NameRule`] is a reading of
/// that rule's field (scores mapped from their scale, hours as `7.5`, `7h 30m`, `7:30` or
/// `5:30:00`, counts, text for notes and tags); rows of other names are counted and listed as
/// ignored; the notes of rows read are kept; each day's readings are combined by the rules of
/// `readings`. `reference` completes dates without a year.
///
/// # Errors
/// [`ImportError`] for a missing column, a rule for the date or time, no rule for pain, a date
/// that cannot be read, or a value that does not fit, naming the file, row, field and value.
pub fn read_long(
    table: &Table,
    mapping: &LongMapping,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    let (columns, detail_for) = Columns::of(table, mapping, file)?;
    let syntax = |problem: FileProblem| ImportError::Syntax {
        file: file.to_owned(),
        problem,
    };
    if let Some(rule) = mapping
        .readings
        .iter()
        .find(|rule| matches!(rule.field, Field::Date | Field::Time))
    {
        return Err(syntax(FileProblem::ReadingsCannotFeed {
            field: rule.field,
        }));
    }
    if !mapping
        .readings
        .iter()
        .any(|rule| rule.field == Field::Pain)
    {
        let names = reading_names(table, mapping, file)?;
        return Err(syntax(FileProblem::NoPainReadings {
            names: names.into_iter().map(|found| found.name).collect(),
        }));
    }
    let (date_order, order_rule) = date_order_of(
        mapping.date_order,
        table
            .rows
            .iter()
            .map(|row| row.cells.get(columns.date).map_or("", String::as_str)),
    );
    // The longest names first, so that `Sleep quality` is not taken for `Sleep`.
    let mut by_length = mapping.readings.clone();
    by_length.sort_by_key(|rule| std::cmp::Reverse(rule.name.trim().len()));
    let mut book = DayBook::new(mapping.zero);
    let mut ignored: Vec<NameCount> = Vec::new();
    for row in &table.rows {
        let cell = |index: usize| row.cells.get(index).map_or("", |cell| cell.trim());
        let full_name = columns.reading_name(&row.cells, detail_for);
        let Some(rule) = by_length
            .iter()
            .find(|rule| name_matches(&rule.name, &full_name))
        else {
            let name = listed_name(&full_name);
            match ignored.iter_mut().find(|found| found.name == name) {
                Some(found) => found.rows += 1,
                None => ignored.push(NameCount { name, rows: 1 }),
            }
            continue;
        };
        let (date, time_in_date) = read_when(cell(columns.date), date_order, reference)
            .map_err(|error| RowError::Date(error).at(file, &row.location))?;
        let time = columns
            .time
            .map(|index| cell(index).to_owned())
            .filter(|time| !time.is_empty())
            .or(time_in_date);
        let mut day = book.row(date, time, &row.location);
        let value = cell(columns.value);
        let read = |day: &mut super::readings::RowDay<'_>| -> Result<(), ValidationError> {
            read_value(day, rule, value, table.decimal_comma)
        };
        read(&mut day).map_err(|error| RowError::Value(error).at(file, &row.location))?;
        if let Some(index) = columns.note {
            day.note(cell(index));
        }
    }
    let mut imported = book.finish(file)?;
    imported.skipped_empty_rows = table.skipped_empty_rows;
    imported.ignored = ignored
        .into_iter()
        .map(|found| Ignored::Readings {
            name: found.name,
            rows: found.rows,
        })
        .collect();
    let mut rules: Vec<ImportRule> = mapping
        .readings
        .iter()
        .map(|rule| ImportRule::FromReadings {
            field: rule.field,
            name: rule.name.clone(),
            scale: rule.scale,
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

/// One reading's value added to its day as `rule`'s field.
fn read_value(
    day: &mut super::readings::RowDay<'_>,
    rule: &NameRule,
    value: &str,
    decimal_comma: bool,
) -> Result<(), ValidationError> {
    let field = rule.field;
    if value.is_empty() && !matches!(field, Field::WearingOff) {
        return Ok(());
    }
    match field {
        Field::Date | Field::Time => Ok(()),
        Field::Pain | Field::WorstPain | Field::SleepQuality | Field::Mobility | Field::Mood => {
            let allowed = score_allowed(rule.scale);
            let number = cell_number(value, decimal_comma)
                .ok_or_else(|| ValidationError::new(field.name(), value, allowed))?;
            day.score(field, number, value, rule.scale)
        }
        Field::SleepHours => {
            let hours = read_hours(value).ok_or_else(|| {
                ValidationError::new("sleep_hours", value, Allowed::HoursWithSeconds)
            })?;
            day.sleep_hours(hours, value)
        }
        Field::RescueDoses => {
            let doses = cell_number(value, decimal_comma).ok_or_else(|| {
                ValidationError::new("rescue_doses", value, crate::domain::RescueDoses::ALLOWED)
            })?;
            day.rescue_doses(doses, value)
        }
        Field::WearingOff => {
            let marked = super::csv_format::parse_bool("wearing_off", Some(value)).unwrap_or(true)
                || value.is_empty();
            day.wearing_off(marked);
            Ok(())
        }
        Field::SideEffects => {
            day.side_effects(&[value.to_owned()]);
            Ok(())
        }
        Field::Tags => {
            day.tags(&[value.to_owned()]);
            Ok(())
        }
        Field::Note => {
            day.note(value);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn names_match_at_a_word_boundary() {
        assert!(name_matches("Pain", "pain"));
        assert!(name_matches(
            "Symptom: Nerve pain",
            "Symptom: Nerve pain (Moderate)"
        ));
        assert!(!name_matches("Pain", "Painkillers"));
        assert!(!name_matches("", "Pain"));
    }

    #[test]
    fn a_severity_in_brackets_is_left_out_of_listed_names() {
        assert_eq!(
            listed_name("Symptom: Nerve pain (Moderate)"),
            "Symptom: Nerve pain"
        );
        assert_eq!(listed_name("Sleep"), "Sleep");
    }
}
