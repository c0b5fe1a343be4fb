//! Flaredown's CSV, as `DataExportJob` writes it: a header of `Date`, then one column per
//! condition, symptom and treatment the person tracked (named in their language), then `Tags`
//! and `Foods`, and since 2021 six weather columns (`Weather summary`, `Weather max
//! temperature`, ...); one row per check-in, oldest first. Conditions and symptoms are rated 0
//! (none) to 4 (`Checkin::Fiveable`); a treatment's cell holds its dose as text, or `Taken` and
//! `Not Taken` since 2021; an untracked cell is empty, and tags and foods are joined by `; `
//! (Ruby's CSV writes an empty list as `""`).

use chrono::NaiveDate;

use super::super::field::{Field, Scale, cell_number};
use super::super::mapping::{TableMapping, map_table};
use super::super::table::Table;
use super::super::{Candidate, ImportError, ImportRule, Imported};
use super::{
    Layout, PainNames, Reader, Recognition, TrackerOptions, ZeroMeans, column_cells, column_named,
    is_pain_name,
};

/// Flaredown's export.
pub(super) const LAYOUT: Layout = Layout {
    name: "flaredown",
    title: "Flaredown",
    source: "rubyforgood/Flaredown: backend/app/jobs/data_export_job.rb (commit 0eed58ca283897e564a8c1218eeb03f782ade4a3; the weather columns and Taken/Not Taken at commit 45cedb4c6651f5b69ed573035c02882f1eb63fd0, with backend/spec/jobs/data_export_job_spec.rb), backend/app/models/checkin.rb (commit 00981b36f1cae3fb1491f7fbea51baf819b80f6e), backend/app/models/checkin/fiveable.rb (commit 2ed61d8c5d38809ba0afab4d5b831bd81121b13f)",
    recognised_by: Recognition::Columns(&[&["date", "tags", "foods"]]),
    reader: Reader::Table {
        read,
        pain: Some(PainNames {
            names: rated_columns,
            kind: Candidate::ConditionOrSymptomColumn,
        }),
        dates: Some("Date"),
    },
    zero: ZeroMeans::Score,
    file_start: "Date,Joint pain,Tags,Foods\n",
};

/// Flaredown's rating of conditions and symptoms: 0 (none) to 4.
const RATING: Scale = Scale { min: 0.0, max: 4.0 };

/// The columns Flaredown writes itself, whatever the person tracks (the weather's since 2021).
const OWN_COLUMNS: [&str; 9] = [
    "date",
    "tags",
    "foods",
    "weather summary",
    "weather max temperature",
    "weather min temperature",
    "weather pressure",
    "weather precipitation intensity",
    "weather humidity",
];

/// The condition and symptom columns: every column of the person's own whose cells are
/// ratings of 0 to 4, or numbers in a column named like pain (so that a rating out of range is
/// refused naming its line, not taken for a treatment). A treatment's column holds doses and
/// `Taken` or `Not Taken`, and is left out, as is a column with nothing rated.
fn rated_columns(table: &Table, _file: &str) -> Result<Vec<String>, ImportError> {
    Ok(table
        .headers
        .iter()
        .enumerate()
        .filter(|(_, header)| {
            let lower = header.trim().to_lowercase();
            !lower.is_empty() && !OWN_COLUMNS.contains(&lower.as_str())
        })
        .filter(|(index, header)| {
            let any_number = is_pain_name(header);
            let mut cells = column_cells(table, *index).peekable();
            cells.peek().is_some()
                && cells.all(|cell| {
                    cell_number(cell, false).is_some_and(|value| {
                        any_number || (RATING.min..=RATING.max).contains(&value)
                    })
                })
        })
        .map(|(_, header)| header.clone())
        .collect())
}

/// Pain from the condition or symptom column chosen (by default the one named like pain),
/// rated 0 to 4; other scores from the columns chosen, rated 0 to 4; tags from `Tags`.
fn read(
    table: &Table,
    options: &TrackerOptions,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    let pain = column_named(table, options.reading(Field::Pain).unwrap_or_default(), file)?;
    let mut columns = vec![
        (Field::Date, column_named(table, "Date", file)?),
        (Field::Pain, pain.clone()),
    ];
    if let Ok(tags) = column_named(table, "Tags", file) {
        columns.push((Field::Tags, tags));
    }
    let mut mapping = TableMapping {
        columns,
        zero: options.zero.unwrap_or_default(),
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
    for (field, _) in &mapping.columns {
        if field.is_score()
            && let Some(scale) = options.scale(*field, Some(RATING))
        {
            mapping.scales.push((*field, scale));
        }
    }
    let mut imported = map_table(table, &mapping, reference, file)?;
    imported
        .rules
        .insert(0, ImportRule::FlaredownPain { column: pain });
    Ok(imported)
}
