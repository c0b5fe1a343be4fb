//! PainTracker's CSV, as `src/utils/pain-tracker/export.ts` writes it: the header `Date,Time,Pain
//! Level,Locations,Symptoms,Limited Activities,Sleep Quality,Mood Impact,Missed Work Days,Notes`
//! and one row per entry: the date and `HH:MM` cut from the entry's ISO timestamp (as written,
//! UTC for `toISOString`), pain 0 to 10, lists joined by `; ` in quotes, sleep quality 0 (no
//! sleep) to 10 (excellent) written empty when 0 (`|| ''`), mood impact 0 (none) to 10
//! (severe) and the note in quotes. Its rows are joined with the two characters `\n` (the
//! source writes `'\\n'`), so the whole file is one physical line; files whose rows are on lines
//! of their own are read as well.
//!
//! Newer versions also export with a "minimal" redaction policy: the header `Date,Time,Pain
//! Level,Symptoms,Medication Log` (medications as `name (dosage, frequency)` joined by `; `).
//! Both are recognised by the columns they share, `Date`, `Time`, `Pain Level` and `Symptoms`.

use chrono::NaiveDate;

use super::super::field::Field;
use super::super::mapping::{TableMapping, map_table};
use super::super::table::Table;
use super::super::{ImportError, ImportRule, Imported};
use super::{Layout, Reader, Recognition, TrackerOptions, ZeroMeans};

/// Where PainTracker's layouts were taken from.
pub(super) const SOURCE: &str = "CrisisCore-Systems/pain-tracker: src/utils/pain-tracker/export.ts (commit 1f8c8c16c9d6ca5c675cdd71adaaaa5f0ea78691; the minimal policy at commit e31f4e206b9f78760a03496ba2931dc69ebcaf85), src/components/pain-tracker/form-sections/QualityOfLifeSection.tsx (commit 6618224698ba91827c91164b2a3b6151ee43605f)";

/// PainTracker's CSV export.
pub(super) const LAYOUT: Layout = Layout {
    name: "paintracker-csv",
    title: "PainTracker (CSV)",
    source: SOURCE,
    recognised_by: Recognition::Columns(&[&["date", "time", "pain level", "symptoms"]]),
    reader: Reader::Table {
        read: read_csv_export,
        pain: None,
        dates: None,
    },
    zero: ZeroMeans::Score,
    file_start: "Date,Time,Pain Level,Locations,Symptoms,Limited Activities,Sleep Quality,Mood Impact,Missed Work Days,Notes\\n",
};

/// The text with the two characters `\n` between rows turned into line ends, when the file's
/// rows are joined that way (outside quoted cells only); other text as it is.
pub(super) fn unfold_lines(text: &str) -> String {
    let first_line = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    if !(first_line.starts_with("date,time,pain level,") && first_line.contains("\\n")) {
        return text.to_owned();
    }
    let mut unfolded = String::with_capacity(text.len());
    let mut quoted = false;
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        match character {
            '"' => {
                quoted = !quoted;
                unfolded.push(character);
            }
            '\\' if !quoted && characters.peek() == Some(&'n') => {
                characters.next();
                unfolded.push('\n');
            }
            _ => unfolded.push(character),
        }
    }
    unfolded
}

/// Pain from `Pain Level` (0 to 10), sleep quality (0 to 10, empty when not rated), the note
/// with the locations and symptoms after it; the time of each entry for joining notes.
fn read_csv_export(
    table: &Table,
    options: &TrackerOptions,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    // The full policy's columns, or the minimal policy's; whichever the header has.
    let wanted = [
        (Field::Date, "Date"),
        (Field::Time, "Time"),
        (Field::Pain, "Pain Level"),
        (Field::SleepQuality, "Sleep Quality"),
        (Field::Note, "Notes"),
        (Field::Note, "Locations"),
        (Field::Note, "Symptoms"),
        (Field::Note, "Medication Log"),
    ];
    let mut mapping = TableMapping {
        columns: wanted
            .iter()
            .filter_map(|(field, name)| {
                let index = table.column(name)?;
                Some((*field, table.headers.get(index)?.clone()))
            })
            .collect(),
        zero: options.zero.unwrap_or_default(),
        date_order: options.date_order,
        ..TableMapping::default()
    };
    mapping.scales = options.score_scales();
    let mut imported = map_table(table, &mapping, reference, file)?;
    imported.rules.push(ImportRule::PainTrackerCsv);
    Ok(imported)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn rows_joined_by_backslash_n_are_unfolded_outside_quotes() {
        let text = "Date,Time,Pain Level,Locations,Symptoms,Limited Activities,Sleep Quality,Mood Impact,Missed Work Days,Notes\\n2025-01-09,08:30,6,\"\",\"\",\"\",,,,\"a \\n b\"";
        let unfolded = unfold_lines(text);
        assert_eq!(unfolded.lines().count(), 2);
        assert!(unfolded.ends_with("\"a \\n b\""));
    }
}
