//! Track & Graph's CSV, as `CSVReadWriterImpl.writeFeaturesToCSV` writes it with Apache
//! Commons CSV's default format (CRLF line ends, quotes only where needed): the header
//! `FeatureName,Timestamp,Value,Label,Note` and one data point per row, feature by feature.
//! The timestamp is an `OffsetDateTime` as ISO text (`2025-01-09T08:30:12.345+01:00`), the
//! value a Java double (`6.0`), or for a duration feature `H:MM:SS` (`5:30:00`).

use chrono::NaiveDate;

use super::super::field::Field;
use super::super::long::{LongMapping, NameRule, read_long, reading_names};
use super::super::table::Table;
use super::super::{Candidate, ImportError, ImportRule, Imported};
use super::{Layout, PainNames, Reader, Recognition, TrackerOptions, ZeroMeans, is_sleep_name};

/// Track & Graph's export.
pub(super) const LAYOUT: Layout = Layout {
    name: "track-and-graph",
    title: "Track & Graph",
    source: "SamAmco/track-and-graph: app/data/src/main/java/com/samco/trackandgraph/data/csvreadwriter/CSVReadWriterImpl.kt (commit 37152bdf92a31215fa30347ffb72872c26fb2241)",
    recognised_by: Recognition::Columns(&[&["featurename", "timestamp", "value"]]),
    reader: Reader::Table {
        read,
        pain: Some(PainNames {
            names: score_features,
            kind: Candidate::Feature,
        }),
        dates: None,
    },
    zero: ZeroMeans::Score,
    file_start: "FeatureName,Timestamp,Value,Label,Note\n",
};

fn base_mapping() -> LongMapping {
    LongMapping {
        date: "Timestamp".into(),
        name: "FeatureName".into(),
        value: "Value".into(),
        note: Some("Note".into()),
        ..LongMapping::default()
    }
}

/// The features' names.
fn names(table: &Table, file: &str) -> Result<Vec<String>, ImportError> {
    Ok(reading_names(table, &base_mapping(), file)?
        .into_iter()
        .map(|found| found.name)
        .collect())
}

/// The features that hold numbers, the ones that may be pain; duration features are left out.
fn score_features(table: &Table, file: &str) -> Result<Vec<String>, ImportError> {
    Ok(names(table, file)?
        .into_iter()
        .filter(|name| !is_duration_feature(table, name))
        .collect())
}

/// Whether the feature `name` holds durations (`H:MM:SS`) in `table`.
fn is_duration_feature(table: &Table, name: &str) -> bool {
    let (Some(feature), Some(value)) = (table.column("FeatureName"), table.column("Value")) else {
        return false;
    };
    table.rows.iter().any(|row| {
        row.cells
            .get(feature)
            .is_some_and(|cell| cell.trim() == name)
            && row
                .cells
                .get(value)
                .is_some_and(|cell| cell.matches(':').count() == 2)
    })
}

/// Pain from the feature chosen (by default the one named like pain) on 0 to 10 unless a scale
/// is given; sleep hours from the one duration feature named like sleep; other features chosen,
/// with their scales; labels are left out.
fn read(
    table: &Table,
    options: &TrackerOptions,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    let mut mapping = base_mapping();
    let found = names(table, file)?;
    mapping.readings.push(NameRule {
        field: Field::Pain,
        name: options.reading(Field::Pain).unwrap_or_default().to_owned(),
        scale: options.scale(Field::Pain, None),
    });
    let sleep: Vec<&String> = found
        .iter()
        .filter(|name| is_sleep_name(name) && is_duration_feature(table, name))
        .collect();
    if let ([one], None) = (sleep.as_slice(), options.reading(Field::SleepHours)) {
        mapping.readings.push(NameRule {
            field: Field::SleepHours,
            name: (*one).clone(),
            scale: None,
        });
    }
    for (field, name) in &options.readings {
        if *field != Field::Pain {
            mapping.readings.push(NameRule {
                field: *field,
                name: name.clone(),
                scale: options.scale(*field, None),
            });
        }
    }
    mapping.zero = options.zero.unwrap_or_default();
    mapping.date_order = options.date_order;
    let mut imported = read_long(table, &mapping, reference, file)?;
    imported.rules.push(ImportRule::TrackAndGraphDurations);
    Ok(imported)
}
