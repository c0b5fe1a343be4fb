//! Headi's CSV, as `HeadiDBSQLiteHelper.performCsvExport` writes it: the header
//! `_id,pain,start_date,end_date,duration,strength,medication,medication_amount` and one row per
//! headache, oldest first, cells joined with `,` and lines ended by `BufferedWriter.newLine()`.
//! `pain` is the kind of pain chosen (a name the person set up, such as "Migraine"),
//! `start_date` and `end_date` are epoch milliseconds, `duration` milliseconds, `strength` the
//! SeekBar's 0 to 10, and an empty database value is written as `null`. Since April 2021 a
//! `description` column follows, the person's own words about the headache, and since March
//! 2022 every cell goes through `StringEscapeUtils.escapeCsv` (quoted when it holds a comma, a
//! quote or a line end).

use chrono::NaiveDate;

use super::super::field::Field;
use super::super::mapping::{TableMapping, map_table};
use super::super::table::Table;
use super::super::{ImportError, ImportRule, Imported};
use super::{Layout, Reader, Recognition, TrackerOptions, ZeroMeans};

/// Headi's export.
pub(super) const LAYOUT: Layout = Layout {
    name: "headi",
    title: "Headi",
    source: "MrReSc/Headi: app/src/main/java/com/headi/app/db/HeadiDBSQLiteHelper.java (commit 5bfd6ef4321b874aec25d4792acef3bcba4acf1e; the description column at commit ac6e78ba73c138aa25391b8e169fcefc329c2465, escaped cells at commit 90e746a44c8ea3f9c1da5f146d60e8571b0094d9), app/src/main/java/com/headi/app/db/HeadiDBContract.java (commit c747db03f3626ce12d6946ba6cabbc64754cae0c), app/src/main/res/layout/fragment_timer_dialog.xml (commit 048be5a5c883dcf20afdfed45983108db2ec8800)",
    recognised_by: Recognition::Columns(&[&["_id", "pain", "start_date", "strength"]]),
    reader: Reader::Table {
        read,
        pain: None,
        dates: None,
    },
    zero: ZeroMeans::Score,
    file_start: "_id,pain,start_date,end_date,duration,strength,medication,medication_amount,description\n",
};

/// Pain from `strength` (0 to 10) dated by `start_date` (epoch milliseconds, in this computer's
/// time zone); the kind of pain and the medication as tags; `medication_amount` as rescue doses,
/// added up over the day; the `description` of newer versions as the note.
fn read(
    table: &Table,
    options: &TrackerOptions,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    // Java writes a missing value as `null`.
    let mut table = table.clone();
    for row in &mut table.rows {
        for cell in &mut row.cells {
            if cell.trim() == "null" {
                cell.clear();
            }
        }
    }
    let mut mapping = TableMapping {
        columns: vec![
            (Field::Date, "start_date".into()),
            (Field::Pain, "strength".into()),
            (Field::Tags, "pain".into()),
            (Field::Tags, "medication".into()),
            (Field::RescueDoses, "medication_amount".into()),
        ],
        zero: options.zero.unwrap_or_default(),
        date_order: options.date_order,
        ..TableMapping::default()
    };
    if table.column("description").is_some() {
        mapping.columns.push((Field::Note, "description".into()));
    }
    if let Some(scale) = options.scale(Field::Pain, None) {
        mapping.scales.push((Field::Pain, scale));
    }
    let mut imported = map_table(&table, &mapping, reference, file)?;
    imported.rules.push(ImportRule::Headi);
    Ok(imported)
}
