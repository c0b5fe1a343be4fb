//! Daylio's CSV. Daylio is a closed app; this layout follows the sample exports and parsers its
//! users published. The header is `full_date,date,weekday,time,mood,activities,note_title,note`
//! (older versions: `year,date,weekday,time,mood,activities,note`, the day as `18 May`), and
//! newer versions add a `scales` column, written between `activities` and `note_title` in the
//! exports users published: the columns are found by name, wherever they are. One row per
//! entry (newest first, several a day allowed), activities joined by ` | `. The `scales` cell
//! holds the entry's scales joined by ` | `, each as `Name: value`, with no-break spaces around
//! the value as Daylio writes them (`Sleep Quality:\u{a0} 8/10\u{a0} points | Sleep Time:\u{a0}
//! 8:00`): a score out of its maximum followed by the word for points in the phone's language
//! (`5/10 Punkte`, `7/10 puntos`), or hours and minutes. Scales are named by the person, in
//! their language (`Dolor`, `Schmerz`). Moods are the person's own labels; the five Daylio
//! starts with in English (rad, good, meh, bad, awful) are read as 5 to 1.

use chrono::NaiveDate;

use super::super::field::{Field, Scale, cell_number};
use super::super::long::name_matches;
use super::super::readings::{DayBook, RowError, read_hours, read_when};
use super::super::table::Table;
use super::super::{Candidate, Ignored, ImportError, ImportRule, Imported};
use super::{
    Layout, PainNames, Reader, Recognition, TrackerOptions, ZeroMeans, is_pain_name, is_sleep_name,
};
use crate::domain::{Allowed, ValidationError};

/// Daylio's export.
pub(super) const LAYOUT: Layout = Layout {
    name: "daylio",
    title: "Daylio",
    source: "Daylio is closed; its users' samples and parsers: MichaelCurrin/daylio-csv-parser dayliopy/sample.csv (commit 6f5adb9c37432dddae692ce378673eab9e5b9d25) and docs/usage.md on the older header (commit 659c80550c1283d9a55e001d2c9355666671d26e); DeutscheGabanna/Obsidian-Daylio-Parser tests/files/daylio_export_ok_scales.csv, an export with the scales column after activities and no-break spaces in its values (commit e0d669f24e7feba75f6e0d90491416c99e121f6d), and .github/copilot-instructions.md on numeric, categorical and time scales (commit 097c66cf1f04baee4427365f5f8e02e5e2c263d4); nicofirst1/premura tests/test_parsers/test_daylio.py on the same header (commit 1106bf1b471739f7933995cbfb82916c57f9dd4c)",
    recognised_by: Recognition::Columns(&[
        &["full_date", "weekday", "time", "mood", "activities"],
        &["year", "date", "weekday", "time", "mood", "activities"],
    ]),
    reader: Reader::Table {
        read,
        pain: Some(PainNames {
            names: score_scales,
            kind: Candidate::Scale,
        }),
        dates: None,
    },
    zero: ZeroMeans::Score,
    file_start: "full_date,date,weekday,time,mood,activities,scales,note_title,note\n",
};

/// Daylio's default moods in English, best first, read on 1 to 5.
const MOODS: [(&str, f64); 5] = [
    ("rad", 5.0),
    ("good", 4.0),
    ("meh", 3.0),
    ("bad", 2.0),
    ("awful", 1.0),
];
const MOOD_SCALE: Scale = Scale { min: 1.0, max: 5.0 };

/// The column holding the scales, named `scales` wherever it is.
const SCALES: &str = "scales";

/// The scales of a `scales` cell: each name and its value as written.
fn scales_of(cell: &str) -> Vec<(String, String)> {
    cell.split('|')
        .filter_map(|part| {
            let (name, value) = part.split_once(':')?;
            let name = name.trim();
            (!name.is_empty()).then(|| (name.to_owned(), value.trim().to_owned()))
        })
        .collect()
}

/// A score written `6/10 points`, `5/10 Punkte`, `7/10 puntos` or `6`: the value and, when
/// written, its maximum; the word after it (points in the phone's language) is left aside.
fn score_of(text: &str) -> Option<(f64, Option<f64>)> {
    let number = text
        .trim()
        .split(char::is_whitespace)
        .next()
        .unwrap_or_default();
    match number.split_once('/') {
        Some((value, maximum)) => {
            Some((cell_number(value, true)?, Some(cell_number(maximum, true)?)))
        }
        None => Some((cell_number(number, true)?, None)),
    }
}

/// Whether a scale's value is hours and minutes (`5:30`), as a time scale writes it.
fn is_duration(value: &str) -> bool {
    value.contains(':') && read_hours(value).is_some()
}

/// The scales of a row.
fn row_scales(table: &Table, cells: &[String]) -> Vec<(String, String)> {
    table
        .column(SCALES)
        .and_then(|index| cells.get(index))
        .map(|cell| scales_of(cell))
        .unwrap_or_default()
}

/// The scales that hold scores (`Pain: 6/10 points`), the ones that may be pain; time scales
/// and scales of words are left out.
fn score_scales(table: &Table, _file: &str) -> Result<Vec<String>, ImportError> {
    let mut found: Vec<String> = Vec::new();
    let mut not_scores: Vec<String> = Vec::new();
    for row in &table.rows {
        for (name, value) in row_scales(table, &row.cells) {
            if is_duration(&value) || score_of(&value).is_none() {
                if !not_scores.contains(&name) {
                    not_scores.push(name);
                }
            } else if !found.contains(&name) {
                found.push(name);
            }
        }
    }
    found.retain(|name| !not_scores.contains(name));
    Ok(found)
}

/// What a Daylio value not imported was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Mood,
    Scale,
}

/// Which field a scale of a row feeds.
fn field_of(
    name: &str,
    value: &str,
    pain: &str,
    chosen: impl Fn(Field) -> Option<String>,
) -> Option<Field> {
    if name_matches(pain, name) {
        return Some(Field::Pain);
    }
    for field in [Field::SleepHours, Field::SleepQuality] {
        if let Some(chosen) = chosen(field) {
            if name_matches(&chosen, name) {
                return Some(field);
            }
        } else if is_sleep_name(name) && !is_pain_name(name) {
            // A sleep scale in hours and minutes is sleep hours; one of points, its quality.
            let duration = is_duration(value);
            if (field == Field::SleepHours) == duration {
                return Some(field);
            }
        }
    }
    None
}

/// Pain from the scale chosen (by default the one named like pain, in any language), out of
/// its maximum; sleep hours from a scale named like sleep written in hours and minutes, sleep
/// quality from one written in points; mood from Daylio's five default moods on 1 to 5;
/// activities as tags; the note title and note.
fn read(
    table: &Table,
    options: &TrackerOptions,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    let pain = options.reading(Field::Pain).unwrap_or_default().to_owned();
    let chosen = |field: Field| options.reading(field).map(str::to_owned);
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
            match field_of(&name, &value, &pain, chosen) {
                Some(Field::SleepHours) => {
                    let hours = read_hours(&value).ok_or_else(|| {
                        value_error(ValidationError::new(
                            "sleep_hours",
                            &value,
                            Allowed::HoursAndMinutes,
                        ))
                    })?;
                    day.sleep_hours(hours, &value).map_err(value_error)?;
                }
                Some(field) => {
                    let (number, maximum) = score_of(&value).ok_or_else(|| {
                        value_error(ValidationError::new(
                            field.name(),
                            &value,
                            Allowed::PointsScore,
                        ))
                    })?;
                    let scale = options.scale(field, None).or_else(|| {
                        maximum
                            .filter(|maximum| *maximum > 0.0 && *maximum != 10.0)
                            .map(|max| Scale { min: 0.0, max })
                    });
                    let written = value.replace('\u{a0}', " ");
                    day.score(field, number, written.trim(), scale)
                        .map_err(value_error)?;
                }
                None => count(Kind::Scale, name),
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn scores_are_read_with_the_word_for_points_in_any_language() {
        assert_eq!(score_of("6/10 points"), Some((6.0, Some(10.0))));
        assert_eq!(score_of("8/10\u{a0} points"), Some((8.0, Some(10.0))));
        assert_eq!(score_of("5/10 Punkte"), Some((5.0, Some(10.0))));
        assert_eq!(score_of("7/10 puntos"), Some((7.0, Some(10.0))));
        assert_eq!(score_of("3/5"), Some((3.0, Some(5.0))));
        assert_eq!(score_of("4"), Some((4.0, None)));
        assert_eq!(score_of("high"), None);
        assert!(is_duration("5:30"));
        assert!(!is_duration("5/10 Punkte"));
    }

    #[test]
    fn scales_are_split_around_no_break_spaces() {
        assert_eq!(
            scales_of("Sleep Quality:\u{a0} 8/10\u{a0} points | Sleep Time:\u{a0} 8:00"),
            vec![
                ("Sleep Quality".to_owned(), "8/10\u{a0} points".to_owned()),
                ("Sleep Time".to_owned(), "8:00".to_owned()),
            ]
        );
    }
}
