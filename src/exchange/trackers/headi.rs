//! Headi's CSV, as `HeadiDBSQLiteHelper.performCsvExport` writes it: the header
//! `_id,pain,start_date,end_date,duration,strength,medication,medication_amount` and one row per
//! headache, oldest first, cells joined with `,` unquoted and lines ended by
//! `BufferedWriter.newLine()`. `pain` is the kind of pain chosen (a name the person set up,
//! such as "Migraine"), `start_date` and `end_date` are epoch milliseconds, `duration`
//! milliseconds, `strength` the SeekBar's 0 to 10, and an empty database value is written as
//! `null`.

use chrono::NaiveDate;

use super::super::field::Field;
use super::super::mapping::{TableMapping, map_table};
use super::super::table::Table;
use super::super::{ImportError, ImportRule, Imported};
use super::TrackerOptions;

/// Where this layout was taken from.
pub(super) const SOURCE: &str = "MrReSc/Headi: app/src/main/java/com/headi/app/db/HeadiDBSQLiteHelper.java (commit 5bfd6ef4321b874aec25d4792acef3bcba4acf1e), app/src/main/java/com/headi/app/db/HeadiDBContract.java (commit c747db03f3626ce12d6946ba6cabbc64754cae0c), app/src/main/res/layout/fragment_timer_dialog.xml (commit 048be5a5c883dcf20afdfed45983108db2ec8800)";

/// The header Headi writes.
pub(super) const HEADERS: [&str; 8] = [
    "_id",
    "pain",
    "start_date",
    "end_date",
    "duration",
    "strength",
    "medication",
    "medication_amount",
];

/// Pain from `strength` (0 to 10) dated by `start_date` (epoch milliseconds, in this computer's
/// time zone); the kind of pain and the medication as tags; `medication_amount` as rescue doses,
/// added up over the day.
pub(super) fn read(
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
    if let Some(scale) = options.scale(Field::Pain, None) {
        mapping.scales.push((Field::Pain, scale));
    }
    let mut imported = map_table(&table, &mapping, reference, file)?;
    imported.rules.push(ImportRule::Headi);
    Ok(imported)
}
