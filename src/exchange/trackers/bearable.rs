//! Bearable's CSV. Bearable is a closed app; this layout follows the parsers its users
//! published for the export: a header of `date`, `date formatted`, `weekday`, `time of day`,
//! `category`, `rating/amount`, `detail` and `notes`, one reading per row. A symptom's row has
//! the category `Symptom`, its severity as the rating (0 none to 4) and the symptom's name with
//! the severity in words as the detail (`Nerve pain (Moderate)`); a health measurement's detail
//! names it too (`Step count`). Other categories' details only describe the value (`Low`,
//! `Asleep 23:50 - 06:35`, `Poor`): mood is rated 1 to 10, sleep is an amount of hours (`7:30`),
//! sleep quality is rated 1 to 5.

use chrono::NaiveDate;

use super::super::field::{Field, Scale};
use super::super::long::{LongMapping, NameRule, read_long, reading_names};
use super::super::table::Table;
use super::super::{Candidate, ImportError, Imported};
use super::{Layout, PainNames, Reader, Recognition, TrackerOptions, ZeroMeans};

/// Bearable's export.
pub(super) const LAYOUT: Layout = Layout {
    name: "bearable",
    title: "Bearable",
    source: "Bearable is closed; its users' parsers: Felixmk99/MEasure-CFS lib/data/bearable-normalizer.ts (commit 12a30b35bfac48a24e1b7b1f48a17a99f1745836), abocha/streamlit_bearable_dashboard streamlit_app.py (commit 061172f53eadd7e64b21367123da3e8ca97f5176)",
    recognised_by: Recognition::Columns(&[&["category", "rating/amount"]]),
    reader: Reader::Table {
        read,
        pain: Some(PainNames {
            names: symptoms,
            kind: Candidate::Symptom,
        }),
        dates: Some("date formatted"),
    },
    zero: ZeroMeans::Score,
    file_start: "date,date formatted,weekday,time of day,category,rating/amount,detail,notes\n",
};

/// A symptom's severity: 0 (none) to 4 (unbearable).
const SEVERITY: Scale = Scale { min: 0.0, max: 4.0 };
/// Mood: 1 to 10.
const MOOD: Scale = Scale {
    min: 1.0,
    max: 10.0,
};
/// Sleep quality: 1 to 5.
const SLEEP_QUALITY: Scale = Scale { min: 1.0, max: 5.0 };
/// The categories whose detail names the reading (the symptom, the measurement).
const NAMED_BY_DETAIL: [&str; 2] = ["Symptom", "Health measurements"];
/// The category of symptoms, the readings that may be pain.
const SYMPTOM: &str = "symptom:";

/// The header of the first of `names` the table has.
fn header(table: &Table, names: &[&str]) -> Option<String> {
    names
        .iter()
        .find_map(|name| table.column(name))
        .and_then(|index| table.headers.get(index).cloned())
}

fn base_mapping(table: &Table) -> LongMapping {
    LongMapping {
        date: header(table, &["date formatted", "date"]).unwrap_or_else(|| "date".into()),
        time: header(table, &["time of day"]),
        name: header(table, &["category"]).unwrap_or_else(|| "category".into()),
        detail: header(table, &["detail"]),
        detail_for: NAMED_BY_DETAIL.map(str::to_owned).to_vec(),
        value: header(table, &["rating/amount"]).unwrap_or_else(|| "rating/amount".into()),
        note: header(table, &["notes"]),
        ..LongMapping::default()
    }
}

/// The symptoms' names (`Symptom: Nerve pain`), the readings that may be pain.
fn symptoms(table: &Table, file: &str) -> Result<Vec<String>, ImportError> {
    Ok(reading_names(table, &base_mapping(table), file)?
        .into_iter()
        .map(|found| found.name)
        .filter(|name| name.to_lowercase().starts_with(SYMPTOM))
        .collect())
}

/// Pain from the symptom chosen (by default the one named like pain), 0 to 4; mood 1 to 10;
/// sleep hours from `Sleep`; sleep quality 1 to 5; other readings chosen with their scales.
fn read(
    table: &Table,
    options: &TrackerOptions,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    let mut mapping = base_mapping(table);
    let chosen = |field: Field, default: &str| {
        options
            .reading(field)
            .map_or_else(|| default.to_owned(), str::to_owned)
    };
    mapping.readings = vec![
        NameRule {
            field: Field::Pain,
            name: chosen(Field::Pain, ""),
            scale: options.scale(Field::Pain, Some(SEVERITY)),
        },
        NameRule {
            field: Field::Mood,
            name: chosen(Field::Mood, "Mood"),
            scale: options.scale(Field::Mood, Some(MOOD)),
        },
        NameRule {
            field: Field::SleepQuality,
            name: chosen(Field::SleepQuality, "Sleep quality"),
            scale: options.scale(Field::SleepQuality, Some(SLEEP_QUALITY)),
        },
        NameRule {
            field: Field::SleepHours,
            name: chosen(Field::SleepHours, "Sleep"),
            scale: None,
        },
    ];
    for (field, name) in &options.readings {
        if !mapping.readings.iter().any(|rule| rule.field == *field) {
            mapping.readings.push(NameRule {
                field: *field,
                name: name.clone(),
                scale: options.scale(*field, None),
            });
        }
    }
    mapping.zero = options.zero.unwrap_or_default();
    mapping.date_order = options.date_order;
    read_long(table, &mapping, reference, file)
}
