//! Flaredown's CSV, as `DataExportJob` writes it: a header of `Date`, then one column per
//! condition, symptom and treatment the person tracked (named in their language), then `Tags`
//! and `Foods`; one row per check-in, oldest first. Conditions and symptoms are rated 0 (none)
//! to 4 (`Checkin::Fiveable`), a treatment's cell holds its dose as text, an untracked cell is
//! empty, and tags and foods are joined by `; ` (Ruby's CSV writes an empty list as `""`).

use chrono::NaiveDate;

use super::super::field::{Field, Scale};
use super::super::mapping::{TableMapping, map_table};
use super::super::table::Table;
use super::super::{Candidate, ImportError, ImportRule, Imported};
use super::{TrackerOptions, column_named, is_pain_name, the_one};

/// Where this layout was taken from.
pub(super) const SOURCE: &str = "rubyforgood/Flaredown: backend/app/jobs/data_export_job.rb (commit 0eed58ca283897e564a8c1218eeb03f782ade4a3), backend/app/models/checkin.rb (commit 00981b36f1cae3fb1491f7fbea51baf819b80f6e), backend/app/models/checkin/fiveable.rb (commit 2ed61d8c5d38809ba0afab4d5b831bd81121b13f)";

/// Flaredown's rating of conditions and symptoms: 0 (none) to 4.
const RATING: Scale = Scale { min: 0.0, max: 4.0 };

/// The columns that can feed a score: every condition, symptom and treatment column.
pub(super) fn names(table: &Table) -> Vec<String> {
    table
        .headers
        .iter()
        .filter(|header| {
            !["date", "tags", "foods"].contains(&header.trim().to_lowercase().as_str())
                && !header.trim().is_empty()
        })
        .cloned()
        .collect()
}

/// Pain from the one symptom or condition column named like pain (or the one chosen), rated
/// 0 to 4; other scores from the columns chosen, rated 0 to 4; tags from `Tags`.
pub(super) fn read(
    table: &Table,
    options: &TrackerOptions,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    let pain = match options.reading(Field::Pain) {
        Some(name) => column_named(table, name, file)?,
        None => the_one(
            &names(table),
            is_pain_name,
            Field::Pain,
            Candidate::ConditionOrSymptomColumn,
            file,
        )?,
    };
    let mut columns = vec![
        (Field::Date, column_named(table, "Date", file)?),
        (Field::Pain, pain),
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
    if let Some((_, pain)) = mapping
        .columns
        .iter()
        .find(|(field, _)| *field == Field::Pain)
    {
        imported.rules.insert(
            0,
            ImportRule::FlaredownPain {
                column: pain.clone(),
            },
        );
    }
    Ok(imported)
}
