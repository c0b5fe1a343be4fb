//! Daylio's CSV. Daylio is a closed app; this layout follows the sample exports and parsers its
//! users published: the header `full_date,date,weekday,time,mood,activities,note_title,note`
//! (older versions: `year,date,weekday,time,mood,activities,note`, the day as `18 May`),
//! one row per entry (newest first, several a day allowed), activities joined by ` | `, and in
//! newer versions a further `scales` column. The `scales` cell holds the entry's scales joined
//! by ` | `, each as `Name: value` (`Pain: 6/10 points | Sleep Time: 5:30`): a score out of its
//! maximum, or hours and minutes. Moods are the person's own labels; the five Daylio starts
//! with (rad, good, meh, bad, awful) are read as 5 to 1.

use chrono::NaiveDate;

use super::super::field::{Field, Scale, cell_number};
use super::super::long::name_matches;
use super::super::readings::{DayBook, RowError, read_hours, read_when};
use super::super::table::Table;
use super::super::{Candidate, Ignored, ImportError, ImportRule, Imported};
use super::{TrackerOptions, has_word, is_pain_name, the_one};
use crate::domain::{Allowed, ValidationError};

/// Where this layout was taken from.
pub(super) const SOURCE: &str = "Daylio is closed; its users' samples and parsers: MichaelCurrin/daylio-csv-parser dayliopy/sample.csv (commit 6f5adb9c37432dddae692ce378673eab9e5b9d25) and docs/usage.md on the older header (commit 659c80550c1283d9a55e001d2c9355666671d26e), DeutscheGabanna/Obsidian-Daylio-Parser README.md on the scales column (commit 69f737ada804d88777465d09dca95c7514b86b1d)";

/// The header Daylio writes, before any `scales` column.
pub(super) const HEADERS: [&str; 8] = [
    "full_date",
    "date",
    "weekday",
    "time",
    "mood",
    "activities",
    "note_title",
    "note",
];

/// The header of Daylio's older exports: the year apart, the day as `18 May`.
pub(super) const OLDER_HEADERS: [&str; 7] = [
    "year",
    "date",
    "weekday",
    "time",
    "mood",
    "activities",
    "note",
];

/// Daylio's default moods, best first, read on 1 to 5.
const MOODS: [(&str, f64); 5] = [
    ("rad", 5.0),
    ("good", 4.0),
    ("meh", 3.0),
    ("bad", 2.0),
    ("awful", 1.0),
];
const MOOD_SCALE: Scale = Scale { min: 1.0, max: 5.0 };

/// One scale of a `scales` cell: its name and its value as written.
fn scales_of(cell: &str) -> Vec<(String, String)> {
    cell.split('|')
        .filter_map(|part| {
            let (name, value) = part.split_once(':')?;
            let name = name.trim();
            (!name.is_empty()).then(|| (name.to_owned(), value.trim().to_owned()))
        })
        .collect()
}

/// A score written `6/10 points` (or `6`): the value and, when written, its maximum.
fn score_of(text: &str) -> Option<(f64, Option<f64>)> {
    let number = text.trim().trim_end_matches("points").trim();
    match number.split_once('/') {
        Some((value, maximum)) => {
            Some((cell_number(value, true)?, Some(cell_number(maximum, true)?)))
        }
        None => Some((cell_number(number, true)?, None)),
    }
}

/// The columns after Daylio's own eight (`scales` in newer exports), whose cells may hold
/// scales.
fn scales_columns(table: &Table) -> Vec<usize> {
    (0..table.headers.len())
        .filter(|index| {
            let header = table.headers[*index].trim().to_lowercase();
            !HEADERS.contains(&header.as_str()) && !OLDER_HEADERS.contains(&header.as_str())
        })
        .collect()
}

/// The scales of a row, from every scales column.
fn row_scales(table: &Table, cells: &[String]) -> Vec<(String, String)> {
    scales_columns(table)
        .into_iter()
        .flat_map(|index| scales_of(cells.get(index).map_or("", String::as_str)))
        .collect()
}

/// The scales' names found.
pub(super) fn names(table: &Table) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for row in &table.rows {
        for (name, _) in row_scales(table, &row.cells) {
            if !found.contains(&name) {
                found.push(name);
            }
        }
    }
    found
}

/// What a Daylio value not imported was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Mood,
    Scale,
}

/// Pain from the one scale named like pain (or the one chosen), out of its maximum; sleep
/// hours from the one scale named like sleep written in hours and minutes; mood from
/// Daylio's five default moods on 1 to 5; activities as tags; the note title and note.
pub(super) fn read(
    table: &Table,
    options: &TrackerOptions,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    let found = names(table);
    let pain = match options.reading(Field::Pain) {
        Some(name) => name.to_owned(),
        None => the_one(&found, is_pain_name, Field::Pain, Candidate::Scale, file)?,
    };
    let sleep = options.reading(Field::SleepHours).map(str::to_owned);
    let at = |name: &str| table.column(name);
    let mut book = DayBook::new(options.zero.unwrap_or_default());
    let mut ignored: Vec<(Kind, String, usize)> = Vec::new();
    let mut count = |kind: Kind, name: String| match ignored
        .iter_mut()
        .find(|(seen_kind, seen, _)| *seen_kind == kind && *seen == name)
    {
        Some((_, _, rows)) => *rows += 1,
        None => ignored.push((kind, name, 1)),
    };
    for row in &table.rows {
        let cell = |index: Option<usize>| {
            index
                .and_then(|index| row.cells.get(index))
                .map_or("", |cell| cell.trim())
        };
        // Older exports give the year apart and the day as `18 May`.
        let written = match at("full_date") {
            Some(index) => cell(Some(index)).to_owned(),
            None => format!("{} {}", cell(at("date")), cell(at("year"))),
        };
        let (date, _) = read_when(&written, options.date_order, reference)
            .map_err(|error| RowError::Date(error).at(file, &row.location))?;
        let time = Some(cell(at("time")).to_owned());
        let mut day = book.row(date, time, &row.location);
        let value_error = |error: ValidationError| RowError::Value(error).at(file, &row.location);
        let mood = cell(at("mood"));
        match MOODS
            .iter()
            .find(|(label, _)| label.eq_ignore_ascii_case(mood))
        {
            Some((_, value)) => day
                .score(Field::Mood, *value, mood, Some(MOOD_SCALE))
                .map_err(value_error)?,
            None if !mood.is_empty() => count(Kind::Mood, mood.to_owned()),
            None => {}
        }
        let activities: Vec<String> = cell(at("activities"))
            .split('|')
            .map(|activity| activity.trim().replace(';', ","))
            .filter(|activity| !activity.is_empty())
            .collect();
        day.tags(&activities);
        let title = cell(at("note_title"));
        let note = cell(at("note"));
        day.note(&match (title.is_empty(), note.is_empty()) {
            (false, false) => format!("{title}: {note}"),
            (false, true) => title.to_owned(),
            _ => note.to_owned(),
        });
        for (name, value) in row_scales(table, &row.cells) {
            if name_matches(&pain, &name) {
                let (number, maximum) = score_of(&value).ok_or_else(|| {
                    value_error(ValidationError::new("pain", &value, Allowed::PointsScore))
                })?;
                let scale = options.scale(Field::Pain, None).or_else(|| {
                    maximum
                        .filter(|maximum| *maximum > 0.0 && *maximum != 10.0)
                        .map(|max| Scale { min: 0.0, max })
                });
                day.score(Field::Pain, number, &value, scale)
                    .map_err(value_error)?;
            } else if sleep.as_deref().map_or_else(
                || has_word(&name, "sleep") && value.contains(':'),
                |chosen| name_matches(chosen, &name),
            ) {
                let hours = read_hours(&value).ok_or_else(|| {
                    value_error(ValidationError::new(
                        "sleep_hours",
                        &value,
                        Allowed::HoursAndMinutes,
                    ))
                })?;
                day.sleep_hours(hours, &value).map_err(value_error)?;
            } else {
                count(Kind::Scale, name);
            }
        }
    }
    let mut imported = book.finish(file)?;
    imported.skipped_empty_rows = table.skipped_empty_rows;
    imported.ignored = ignored
        .into_iter()
        .map(|(kind, name, entries)| match kind {
            Kind::Mood => Ignored::DaylioMood {
                mood: name,
                entries,
            },
            Kind::Scale => Ignored::DaylioScale { name, entries },
        })
        .collect();
    imported.rules.insert(0, ImportRule::Daylio { pain });
    Ok(imported)
}
