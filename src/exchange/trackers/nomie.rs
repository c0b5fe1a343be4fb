//! Nomie 6's "Trackable Per Column" CSV, as its CSV column worker writes it: a header of
//! `date` and one column per trackable (`#tracker`, `@person`, `+context`), then one row per
//! calendar day from the last day to the first, each cell the day's value of that trackable
//! (the mean or the sum of the day's logs, as the tracker is set up) and `0` where nothing was
//! logged (`isNaN(value) ? 0 : value`). Rows are joined with CRLF and cells with `,`, unquoted.
//!
//! So a `0` cannot be told from a logged 0: by default a `0` is read as "not logged"
//! (`--zero score` reads it as 0).

use chrono::NaiveDate;

use super::super::field::Field;
use super::super::mapping::{TableMapping, map_table};
use super::super::readings::ZeroMeans;
use super::super::table::Table;
use super::super::{Candidate, ImportError, ImportRule, Imported};
use super::{Layout, PainNames, Reader, Recognition, TrackerOptions, column_named};

/// Nomie's "Trackable Per Column" export.
pub(super) const LAYOUT: Layout = Layout {
    name: "nomie",
    title: "Nomie",
    source: "open-nomie/nomie6-oss: src/modules/export/csv-column-worker.ts, src/routes/export/csv.svelte, src/domains/usage/trackable-usage.class.ts (commit 96a1b70a5a676813bf5cd50e23b77648849d2bc1)",
    recognised_by: Recognition::Header(is_trackable_per_column),
    reader: Reader::Table {
        read,
        pain: Some(PainNames {
            names: trackers,
            kind: Candidate::Tracker,
        }),
        dates: Some("date"),
    },
    zero: ZeroMeans::NotLogged,
    file_start: "date,#pain\n",
};

/// Whether a header is `date` and trackables only: `#tracker`, `@person`, `+context`, each
/// the person's own, in any order.
fn is_trackable_per_column(headers: &[String]) -> bool {
    let trimmed: Vec<&str> = headers.iter().map(|header| header.trim()).collect();
    trimmed.iter().any(|header| header.eq_ignore_ascii_case("date"))
        && trimmed.len() >= 2
        && trimmed
            .iter()
            .filter(|header| !header.eq_ignore_ascii_case("date"))
            .all(|header| header.starts_with(['#', '@', '+']))
}

/// The tracker columns (`#pain`), the ones that may be pain; people and contexts count
/// mentions.
fn trackers(table: &Table, _file: &str) -> Result<Vec<String>, ImportError> {
    Ok(table
        .headers
        .iter()
        .filter(|header| header.trim().starts_with('#'))
        .cloned()
        .collect())
}

/// Pain from the tracker chosen (by default the one named like pain) on 0 to 10 unless a scale
/// is given; other scores from the trackers chosen; `0` read as "not logged" unless chosen
/// otherwise.
fn read(
    table: &Table,
    options: &TrackerOptions,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    let pain = column_named(table, options.reading(Field::Pain).unwrap_or_default(), file)?;
    let mut mapping = TableMapping {
        columns: vec![
            (Field::Date, column_named(table, "date", file)?),
            (Field::Pain, pain),
        ],
        zero: options.zero.unwrap_or(ZeroMeans::NotLogged),
        date_order: options.date_order,
        ..TableMapping::default()
    };
    for (field, name) in &options.readings {
        if *field != Field::Pain {
            mapping
                .columns
                .push((*field, column_named(table, name, file)?));
        }
    }
    mapping.scales = options.score_scales();
    let mut imported = map_table(table, &mapping, reference, file)?;
    if let Some((_, pain)) = mapping
        .columns
        .iter()
        .find(|(field, _)| *field == Field::Pain)
    {
        imported.rules.insert(
            0,
            ImportRule::NomiePain {
                column: pain.clone(),
            },
        );
    }
    Ok(imported)
}
