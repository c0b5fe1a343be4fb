//! Long-format exports of other trackers, one reading per row (date, category, rating, notes),
//! the layout Bearable's CSV export uses. Readings of a day are combined into one entry; what
//! cannot be carried over is counted in the summary.
//!
//! The scales are those of that layout: pain rated 0 to 4, mood 1 to 5, sleep in hours; they
//! are mapped onto the journal's fields as [`super::Scale`] does for any table.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::mapping::{Scale, cell_number, with_originals};
use super::table::Table;
use super::{ImportError, Imported};
use crate::domain::{Entry, Score, SleepHours, ValidationError, read_date};

/// The pain scale of the layout: 0 (none) to 4 (worst).
const PAIN_SCALE: Scale = Scale { min: 0.0, max: 4.0 };
/// The mood scale of the layout: 1 (awful) to 5 (great).
const MOOD_SCALE: Scale = Scale { min: 1.0, max: 5.0 };

/// The readings of one day, as recorded.
#[derive(Default)]
struct Day {
    pain: Vec<f64>,
    mood: Vec<f64>,
    sleep_hours: Vec<f64>,
    notes: Vec<String>,
}

/// Header names of the date, category and rating columns (any case).
const DATE_HEADERS: [&str; 2] = ["date formatted", "date"];
const CATEGORY_HEADERS: [&str; 1] = ["category"];
const RATING_HEADERS: [&str; 3] = ["rating", "rating/amount", "amount"];

/// The position of the first header that is one of `names` (any case).
fn column_named(headers: &[String], names: &[&str]) -> Option<usize> {
    headers.iter().position(|header| {
        names
            .iter()
            .any(|name| header.trim().eq_ignore_ascii_case(name))
    })
}

/// Whether `headers` are those of a long-format export: date, category and rating columns.
pub fn is_long_format(headers: &[String]) -> bool {
    [&DATE_HEADERS[..], &CATEGORY_HEADERS, &RATING_HEADERS]
        .iter()
        .all(|names| column_named(headers, names).is_some())
}

/// Reads a long-format table (`date`, `category`, `rating`, `notes`; Bearable's `date
/// formatted` and `rating/amount` headers too) into entries. `reference` completes dates
/// without a year.
///
/// Per day: typical pain is the mean of the day's pain readings mapped from 0-4 onto 0-10 and
/// rounded half up, worst pain the highest reading when there are several; mood likewise from
/// 1-5; sleep hours are added up (naps count) and rounded to the quarter hour; the notes are
/// joined, followed by the original ratings. Other categories are ignored and counted, and days
/// without a pain reading cannot be entries: both are listed in the summary.
///
/// # Errors
/// [`ImportError`] for a missing column, a date that cannot be read, or a rating outside its
/// scale, naming the file, row, field and value.
pub fn read_long_format(
    table: &Table,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    let column = |names: &[&str]| column_named(&table.headers, names);
    let missing = |what: &str| ImportError::Syntax {
        file: file.to_owned(),
        detail: format!(
            "no {what} column; a long-format export has date, category, rating and notes columns (found {})",
            table.headers.join(", ")
        ),
    };
    let date_column = column(&DATE_HEADERS).ok_or_else(|| missing("date"))?;
    let category_column = column(&CATEGORY_HEADERS).ok_or_else(|| missing("category"))?;
    let rating_column = column(&RATING_HEADERS).ok_or_else(|| missing("rating"))?;
    let notes_column = column(&["notes", "note"]);

    let mut days: BTreeMap<NaiveDate, Day> = BTreeMap::new();
    let mut ignored: BTreeMap<String, usize> = BTreeMap::new();
    for row in &table.rows {
        let cell = |index: usize| row.cells.get(index).map_or("", |cell| cell.trim());
        let invalid = |field: &'static str, value: &str, allowed: &str| ImportError::Invalid {
            file: file.to_owned(),
            location: row.location.clone(),
            error: ValidationError::new(field, value, allowed),
        };
        let date =
            read_date(cell(date_column), None, reference).map_err(|error| ImportError::Date {
                file: file.to_owned(),
                location: row.location.clone(),
                error,
            })?;
        let category = cell(category_column).to_lowercase();
        let rating = cell(rating_column);
        let day = days.entry(date).or_default();
        match category.as_str() {
            "pain" => {
                let value = cell_number(rating, true)
                    .filter(|value| PAIN_SCALE.to_score(*value).is_some())
                    .ok_or_else(|| invalid("pain", rating, "a rating from 0 to 4"))?;
                day.pain.push(value);
            }
            "mood" => {
                let value = cell_number(rating, true)
                    .filter(|value| MOOD_SCALE.to_score(*value).is_some())
                    .ok_or_else(|| invalid("mood", rating, "a rating from 1 to 5"))?;
                day.mood.push(value);
            }
            "sleep" => {
                let hours = sleep_hours(rating).ok_or_else(|| {
                    invalid("sleep_hours", rating, "hours such as 7.5, 7h 30m or 7:30")
                })?;
                day.sleep_hours.push(hours);
            }
            _ => {
                *ignored.entry(cell(category_column).to_owned()).or_default() += 1;
                continue;
            }
        }
        if let Some(index) = notes_column {
            let note = cell(index);
            if !note.is_empty() {
                day.notes.push(note.to_owned());
            }
        }
    }

    let mut imported = Imported {
        skipped_empty_rows: table.skipped_empty_rows,
        rules: vec![
            "pain 0-4 mapped onto 0-10 (rounded half up); several readings of a day: typical pain is their mean, worst pain the highest".into(),
            "mood 1-5 mapped onto 0-10 (rounded half up); several readings of a day are averaged".into(),
            "sleep in hours; several readings of a day are added up".into(),
        ],
        ..Imported::default()
    };
    let mut without_pain = Vec::new();
    for (date, day) in days {
        if day.pain.is_empty() {
            without_pain.push(date.to_string());
            continue;
        }
        imported
            .entries
            .push(entry(date, &day).map_err(|error| ImportError::Invalid {
                file: file.to_owned(),
                location: format!("readings of {date}"),
                error,
            })?);
    }
    if !without_pain.is_empty() {
        imported.rules.push(format!(
            "{} day(s) without a pain reading were not imported: {}",
            without_pain.len(),
            without_pain.join(", ")
        ));
    }
    imported.ignored = ignored
        .into_iter()
        .map(|(category, count)| {
            format!(
                "category \"{category}\" ({count} reading{})",
                if count == 1 { "" } else { "s" }
            )
        })
        .collect();
    Ok(imported)
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

fn number_list(values: &[f64]) -> String {
    values
        .iter()
        .map(f64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn entry(date: NaiveDate, day: &Day) -> Result<Entry, ValidationError> {
    let scaled = |field: &'static str, scale: Scale, value: f64| {
        let score = scale
            .to_score(value)
            .ok_or_else(|| ValidationError::new(field, value, Score::ALLOWED))?;
        Score::new(field, i64::from(score))
    };
    let mut entry = Entry::new(date, scaled("pain", PAIN_SCALE, mean(&day.pain))?);
    let mut originals = vec![format!("pain {} on 0-4", number_list(&day.pain))];
    if day.pain.len() > 1 {
        let highest = day.pain.iter().copied().fold(f64::MIN, f64::max);
        entry.worst_pain = Some(scaled("worst_pain", PAIN_SCALE, highest)?);
    }
    if !day.mood.is_empty() {
        entry.mood = Some(scaled("mood", MOOD_SCALE, mean(&day.mood))?);
        originals.push(format!("mood {} on 1-5", number_list(&day.mood)));
    }
    if !day.sleep_hours.is_empty() {
        let total: f64 = day.sleep_hours.iter().sum();
        entry.sleep_hours = Some(SleepHours::new((total * 4.0).round() / 4.0)?);
    }
    entry.note = with_originals(day.notes.join("; "), &originals);
    Ok(entry)
}

/// Hours written as `7.5`, `7,5`, `7h 30m`, `7h` or `7:30`.
fn sleep_hours(text: &str) -> Option<f64> {
    let text = text.trim().to_lowercase();
    if let Some(value) = cell_number(&text, true) {
        return Some(value);
    }
    let (hours, minutes) = if let Some((hours, minutes)) = text.split_once(':') {
        (hours.trim(), minutes.trim())
    } else {
        let (hours, rest) = text.split_once('h')?;
        (hours.trim(), rest.trim().trim_end_matches('m').trim())
    };
    let hours: f64 = hours.parse().ok()?;
    let minutes: f64 = if minutes.is_empty() {
        0.0
    } else {
        minutes.parse().ok()?
    };
    (0.0..60.0)
        .contains(&minutes)
        .then_some(hours + minutes / 60.0)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn sleep_hours_read_in_the_usual_forms() {
        for (text, hours) in [
            ("7.5", 7.5),
            ("7,5", 7.5),
            ("7h 30m", 7.5),
            ("7h", 7.0),
            ("7:45", 7.75),
        ] {
            assert_eq!(sleep_hours(text), Some(hours), "{text}");
        }
        assert_eq!(sleep_hours("long"), None);
        assert_eq!(sleep_hours("7:75"), None);
    }
}
