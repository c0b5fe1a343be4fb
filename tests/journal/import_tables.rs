//! Any table of days through `import --column`: text tables with any header, separator and
//! decimal comma, `.xlsx` and `.ods` workbooks, date orders and scales; all or nothing.
#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::path::Path;

use crate::common::{dump, run, run_ok, stderr};
use chrono::NaiveDate;
use relief_journal::domain::Entry;
use relief_journal::store::Store;

fn entries(db: &Path) -> Vec<Entry> {
    Store::open(db).unwrap().entries().unwrap()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// A spreadsheet saved as CSV in a German locale: `;` between cells, decimal commas, day-first
/// dates, pain on 0 to 4, a column the journal has no field for, an empty row.
const SEMICOLON_TABLE: &str = "Datum;Schmerz (0-4);Schlaf;Wetter;Notiz\r\n\
03/04/2025;3;6,5;Regen;müde\r\n\
04/04/2025;1;7,25;Sonne;\r\n\
;;;;\r\n\
13/04/2025;4;5;;\r\n";

const SEMICOLON_MAPPING: [&str; 10] = [
    "--column",
    "date=Datum",
    "--column",
    "pain=Schmerz (0-4)",
    "--column",
    "sleep_hours=Schlaf",
    "--column",
    "note=Notiz",
    "--scale",
    "pain=0-4",
];

#[test]
fn a_semicolon_table_with_decimal_commas_day_first_dates_and_pain_on_0_to_4_imports() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let table = folder.path().join("schmerz.csv");
    std::fs::write(&table, SEMICOLON_TABLE).unwrap();
    let mut args = vec!["import", table.to_str().unwrap()];
    args.extend(SEMICOLON_MAPPING);
    args.extend(["--date-order", "dmy"]);
    let output = run_ok(&db, &args);
    assert!(
        output.contains("3 entries (3 added, 0 replaced)"),
        "{output}"
    );
    assert!(output.contains("Skipped 1 empty row."), "{output}");
    assert!(output.contains("Ignored: column \"Wetter\"."), "{output}");
    assert!(output.contains("pain 0-4 mapped onto 0-10"), "{output}");

    let stored = entries(&db);
    let summary: Vec<(NaiveDate, u8, Option<f64>, &str)> = stored
        .iter()
        .map(|entry| {
            (
                entry.date,
                entry.pain.get(),
                entry.sleep_hours.map(|hours| hours.get()),
                entry.note.as_str(),
            )
        })
        .collect();
    // 10 x 3 / 4 = 7.5 -> 8; 10 x 1 / 4 = 2.5 -> 3 (half up); 4 -> 10.
    assert_eq!(
        summary,
        vec![
            (day("2025-04-03"), 8, Some(6.5), "müde; pain 3 on 0-4"),
            (day("2025-04-04"), 3, Some(7.25), "pain 1 on 0-4"),
            (day("2025-04-13"), 10, Some(5.0), "pain 4 on 0-4"),
        ]
    );
}

#[test]
fn a_date_that_reads_one_way_settles_the_order_of_the_files_other_dates() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let table = folder.path().join("schmerz.csv");
    std::fs::write(&table, SEMICOLON_TABLE).unwrap();
    let mut args = vec!["import", table.to_str().unwrap()];
    args.extend(SEMICOLON_MAPPING);
    let output = run_ok(&db, &args);
    assert!(
        output.contains("numeric dates are read day first (03/04/2025 is 3 April), as the file's own date \"13/04/2025\" can be read only that way"),
        "{output}"
    );
    let days: Vec<NaiveDate> = entries(&db).iter().map(|entry| entry.date).collect();
    assert_eq!(
        days,
        [day("2025-04-03"), day("2025-04-04"), day("2025-04-13")]
    );
}

#[test]
fn an_ambiguous_date_is_refused_naming_both_readings_and_nothing_is_written() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["log", "--date", "2025-01-01", "--pain", "5"]);
    let before = dump(&db);
    let table = folder.path().join("schmerz.csv");
    // No date of this file reads only one way (12/04 is 12 April or 4 December).
    std::fs::write(&table, SEMICOLON_TABLE.replace("13/04/2025", "12/04/2025")).unwrap();
    let mut args = vec!["import", table.to_str().unwrap()];
    args.extend(SEMICOLON_MAPPING);
    let output = run(&db, &args);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains(
            "line 2: date: \"03/04/2025\" could be 3 April 2025 or 4 March 2025; add --date-order dmy or --date-order mdy"
        ),
        "{message}"
    );
    assert_eq!(dump(&db), before);
}

#[test]
fn a_bad_value_names_file_line_field_value_and_range() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let table = folder.path().join("t.csv");
    std::fs::write(&table, "Day,Pain\n2025-04-03,3\n2025-04-04,5\n").unwrap();
    let output = run(
        &db,
        &[
            "import",
            table.to_str().unwrap(),
            "--column",
            "date=Day",
            "--column",
            "pain=Pain",
            "--scale",
            "pain=0-4",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message
            .contains("t.csv, line 3: pain: \"5\" is not allowed; expected a number from 0 to 4"),
        "{message}"
    );
    assert!(entries(&db).is_empty());
    let missing = run(
        &db,
        &["import", table.to_str().unwrap(), "--column", "date=Datum"],
    );
    let message = stderr(&missing);
    assert!(
        message.contains("no column \"Datum\" for date; the columns are \"Day\", \"Pain\""),
        "{message}"
    );
}

#[test]
fn a_dry_run_shows_rows_and_replaced_days_and_writes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(
        &db,
        &[
            "log",
            "--date",
            "2025-04-04",
            "--pain",
            "9",
            "--note",
            "kept",
        ],
    );
    let before = dump(&db);
    let table = folder.path().join("schmerz.csv");
    std::fs::write(&table, SEMICOLON_TABLE).unwrap();
    let mut args = vec![
        "import",
        table.to_str().unwrap(),
        "--dry-run",
        "--date-order",
        "dmy",
    ];
    args.extend(SEMICOLON_MAPPING);
    let output = run_ok(&db, &args);
    assert!(output.contains("nothing is written"), "{output}");
    assert!(
        output.contains("2025-04-03, pain 8, sleep 6.5 h, note \"müde; pain 3 on 0-4\""),
        "{output}"
    );
    assert!(
        output.contains("1 day already in the journal would be replaced: 2025-04-04."),
        "{output}"
    );
    assert_eq!(dump(&db), before);
    let backups = folder.path().join("backups");
    assert!(!backups.exists() || std::fs::read_dir(&backups).unwrap().count() == 0);
}

#[test]
fn an_xlsx_workbook_imports_from_the_chosen_sheet_with_guessed_columns() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let path = folder.path().join("diary.xlsx");
    let mut workbook = Workbook::new();
    let cover = workbook.add_worksheet();
    cover.set_name("About").unwrap();
    cover.write_string(0, 0, "My pain diary").unwrap();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Pain diary").unwrap();
    let date_format = Format::new().set_num_format("dd/mm/yyyy");
    for (column, header) in ["Date", "Pain", "Sleep", "Weather", "Notes"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, column as u16, *header).unwrap();
    }
    let rows = [
        ((2025, 4, 3), 6.0, 6.5, "rain", "tired"),
        ((2025, 4, 4), 4.0, 8.0, "sun", ""),
    ];
    for (index, ((year, month, date), pain, sleep, weather, note)) in rows.iter().enumerate() {
        let row = index as u32 + 1;
        let when = ExcelDateTime::from_ymd(*year, *month, *date).unwrap();
        sheet
            .write_datetime_with_format(row, 0, &when, &date_format)
            .unwrap();
        sheet.write_number(row, 1, *pain).unwrap();
        sheet.write_number(row, 2, *sleep).unwrap();
        sheet.write_string(row, 3, *weather).unwrap();
        sheet.write_string(row, 4, *note).unwrap();
    }
    workbook.save(&path).unwrap();

    let output = run_ok(
        &db,
        &["import", path.to_str().unwrap(), "--sheet", "pain diary"],
    );
    assert!(
        output.contains("2 entries (2 added, 0 replaced)"),
        "{output}"
    );
    assert!(output.contains("Ignored: column \"Weather\"."), "{output}");
    let stored = entries(&db);
    assert_eq!(stored[0].date, day("2025-04-03"));
    assert_eq!(stored[0].pain.get(), 6);
    assert_eq!(stored[0].sleep_hours.map(|hours| hours.get()), Some(6.5));
    assert_eq!(stored[0].note, "tired");
    assert_eq!(
        (stored[1].date, stored[1].pain.get()),
        (day("2025-04-04"), 4)
    );

    let missing = run(&db, &["import", path.to_str().unwrap(), "--sheet", "Sleep"]);
    assert!(
        stderr(&missing).contains("no sheet named \"Sleep\"; the sheets are About, Pain diary"),
        "{}",
        stderr(&missing)
    );
}

/// A minimal OpenDocument spreadsheet: the mimetype, a manifest and the content.
fn write_ods(path: &Path, rows: &[Vec<(&str, &str)>]) {
    use zip::write::SimpleFileOptions;
    let mut cells = String::new();
    for row in rows {
        cells.push_str("<table:table-row>");
        for (kind, value) in row {
            let attributes = match *kind {
                "float" => format!("office:value-type=\"float\" office:value=\"{value}\""),
                "date" => format!("office:value-type=\"date\" office:date-value=\"{value}\""),
                _ => "office:value-type=\"string\"".to_owned(),
            };
            cells.push_str(&format!(
                "<table:table-cell {attributes}><text:p>{value}</text:p></table:table-cell>"
            ));
        }
        cells.push_str("</table:table-row>");
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
<office:body><office:spreadsheet><table:table table:name=\"Journal\">{cells}</table:table>\
</office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\
<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
</manifest:manifest>";
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", SimpleFileOptions::default())
        .unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.start_file("content.xml", SimpleFileOptions::default())
        .unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
}

#[test]
fn an_ods_workbook_imports_with_mapped_columns_and_a_scale() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let path = folder.path().join("diary.ods");
    write_ods(
        &path,
        &[
            vec![
                ("string", "When"),
                ("string", "Pain 1-5"),
                ("string", "Mood"),
            ],
            vec![("date", "2025-04-03"), ("float", "2"), ("float", "6")],
            vec![("string", "Jan 22, 2025"), ("float", "5"), ("float", "7")],
        ],
    );
    let output = run_ok(
        &db,
        &[
            "import",
            path.to_str().unwrap(),
            "--column",
            "date=When",
            "--column",
            "pain=Pain 1-5",
            "--column",
            "mood=Mood",
            "--scale",
            "pain=1-5",
        ],
    );
    assert!(
        output.contains("2 entries (2 added, 0 replaced)"),
        "{output}"
    );
    let stored = entries(&db);
    // 10 x (2 - 1) / 4 = 2.5 -> 3; 5 on 1-5 -> 10.
    assert_eq!(
        (
            stored[0].date,
            stored[0].pain.get(),
            stored[0].mood.map(|mood| mood.get())
        ),
        (day("2025-01-22"), 10, Some(7))
    );
    assert_eq!(
        (stored[1].date, stored[1].pain.get()),
        (day("2025-04-03"), 3)
    );
    assert_eq!(stored[1].note, "pain 2 on 1-5");
}

#[test]
fn a_long_export_combines_each_days_readings() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let path = folder.path().join("long-export.csv");
    std::fs::write(
        &path,
        "date formatted,category,rating,notes\n\
22nd Jan 2022,Pain,3,bad morning\n\
22nd Jan 2022,Pain,1,\n\
22nd Jan 2022,Mood,4,\n\
22nd Jan 2022,Sleep,7h 30m,\n\
22nd Jan 2022,Sleep,1,nap\n\
23rd Jan 2022,Pain,0,\n\
23rd Jan 2022,Symptom,Headache,\n\
24th Jan 2022,Mood,2,\n",
    )
    .unwrap();
    let mapping = [
        "--name-column",
        "category",
        "--value-column",
        "rating",
        "--column",
        "date=date formatted",
        "--column",
        "note=notes",
        "--reading",
        "pain=Pain",
        "--scale",
        "pain=0-4",
        "--reading",
        "mood=Mood",
        "--scale",
        "mood=1-5",
        "--reading",
        "sleep_hours=Sleep",
    ];
    let mut args = vec!["import", path.to_str().unwrap()];
    args.extend(mapping);
    let output = run_ok(&db, &args);
    assert!(
        output.contains("2 entries (2 added, 0 replaced)"),
        "{output}"
    );
    assert!(
        output.contains("Ignored: readings \"Symptom\" (1 row)."),
        "{output}"
    );
    assert!(
        output.contains("pain from readings named \"Pain\", 0-4 mapped onto 0-10"),
        "{output}"
    );
    assert!(
        output.contains(
            "1 day without a pain reading was not imported (the journal needs pain): 2022-01-24"
        ),
        "{output}"
    );
    let stored = entries(&db);
    let first = &stored[0];
    assert_eq!(first.date, day("2022-01-22"));
    // Mean of 3 and 1 is 2 on 0-4: 5; the highest, 3, is 7.5: 8; mood 4 on 1-5 is 7.5: 8.
    assert_eq!(first.pain.get(), 5);
    assert_eq!(first.worst_pain.map(|score| score.get()), Some(8));
    assert_eq!(first.mood.map(|score| score.get()), Some(8));
    assert_eq!(first.sleep_hours.map(|hours| hours.get()), Some(8.5));
    assert_eq!(
        first.note,
        "bad morning; nap; pain 3, 1 on 0-4; mood 4 on 1-5"
    );
    assert_eq!(
        (stored[1].date, stored[1].pain.get(), stored[1].worst_pain),
        (day("2022-01-23"), 0, None)
    );

    let bad = folder.path().join("bad.csv");
    std::fs::write(
        &bad,
        "date formatted,category,rating,notes\n2022-01-22,Pain,5,\n",
    )
    .unwrap();
    let mut args = vec!["import", bad.to_str().unwrap()];
    args.extend(mapping);
    let refused = run(&db, &args);
    assert!(
        stderr(&refused)
            .contains("bad.csv, line 2: pain: \"5\" is not allowed; expected a number from 0 to 4"),
        "{}",
        stderr(&refused)
    );
}
