//! The journal's own entries and infusions CSVs read back after a spreadsheet in another
//! language saved them again: German and French Excel (`;` between cells, decimal commas,
//! day-first dates, a byte-order mark or the Windows code page, CRLF, the spreadsheet's words
//! for true and false), and their neighbours: a US spreadsheet, dates that no cell settles
//! (refused naming `--date-order`), a whole journal exported, saved again and imported back.
//! The fixtures and how they were written are in `tests/files/spreadsheets/README.md`.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use crate::common::{dump, run, run_ok, stderr};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files/spreadsheets")
        .join(name)
}

/// The journal's entries and infusions as the app exports them, without the header lines.
fn exported(db: &Path, folder: &Path) -> (String, String) {
    let entries = folder.join("entries-out.csv");
    let infusions = folder.join("infusions-out.csv");
    run_ok(db, &["export", entries.to_str().unwrap()]);
    run_ok(db, &["export", "--infusions", infusions.to_str().unwrap()]);
    let body = |path: &Path| {
        let text = std::fs::read_to_string(path).unwrap();
        text.lines().skip(1).collect::<Vec<_>>().join("\n")
    };
    (body(&entries), body(&infusions))
}

/// What both Excel fixtures hold, as the app writes it back.
const ENTRIES_DE: &str = "\
2025-03-01,6,8,6.5,4,5,5,1,false,,,\"Müde, Rücken steif\"
2025-03-02,5,7,7.25,5,5,6,0,false,,weather;stress,
2025-03-03,7,9,5.75,3,4,4,2,true,Übelkeit,overexertion,\"Schmerz \"\"wie Messer\"\"\"
2025-03-14,3,4,8,7,7,7,0,false,,,gut geschlafen";

const INFUSIONS_DE: &str = "\
2025-02-28,done,loading,52.5,45,Schmerzambulanz Süd,dissociation;nausea,leicht schwindelig
2025-03-03,done,loading,55,50,Schmerzambulanz Süd,,
2025-04-15,planned,maintenance,,,Schmerzambulanz Süd,,";

#[test]
fn german_excel_entries_and_infusions_import_back_whole() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let output = run_ok(
        &db,
        &["import", fixture("entries-excel-de.csv").to_str().unwrap()],
    );
    assert!(
        output.contains("4 entries (4 added, 0 replaced)"),
        "{output}"
    );
    assert!(output.contains("Skipped 1 empty row."), "{output}");
    assert!(
        output.contains("numeric dates are read day first (03/04/2025 is 3 April), as the file's own date \"14.03.2025\" can be read only that way"),
        "{output}"
    );
    let output = run_ok(
        &db,
        &[
            "import",
            fixture("infusions-excel-de.csv").to_str().unwrap(),
        ],
    );
    assert!(output.contains("3 infusions"), "{output}");
    let (entries, infusions) = exported(&db, folder.path());
    assert_eq!(entries, ENTRIES_DE);
    assert_eq!(infusions, INFUSIONS_DE);
}

#[test]
fn french_excel_entries_and_infusions_in_the_windows_code_page_import_back_whole() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let output = run_ok(
        &db,
        &["import", fixture("entries-excel-fr.csv").to_str().unwrap()],
    );
    assert!(
        output.contains("4 entries (4 added, 0 replaced)"),
        "{output}"
    );
    assert!(
        output.contains("read as Windows-1252 text"),
        "the summary says how the text was read: {output}"
    );
    let infusions_file = fixture("infusions-excel-fr.csv");
    let dry_run = run_ok(
        &db,
        &["import", infusions_file.to_str().unwrap(), "--dry-run"],
    );
    assert!(
        dry_run.contains("  2025-02-28, done, loading, 52.5 mg, 45 min, clinic Clinique de la douleur, side effects dissociation;nausea, note \"un peu étourdi\"\n"),
        "the dry run shows the infusions: {dry_run}"
    );
    run_ok(&db, &["import", infusions_file.to_str().unwrap()]);
    let (entries, infusions) = exported(&db, folder.path());
    assert_eq!(
        entries,
        "\
2025-03-01,6,8,6.5,4,5,5,1,false,,,\"Fatigué, dos raide\"
2025-03-02,5,7,7.25,5,5,6,0,false,,weather;stress,
2025-03-03,7,9,5.75,3,4,4,2,true,nausée,overexertion,douleur à 7 € de taxi
2025-03-14,3,4,8,7,7,7,0,false,,,bien dormi"
    );
    assert_eq!(
        infusions,
        "\
2025-02-28,done,loading,52.5,45,Clinique de la douleur,dissociation;nausea,un peu étourdi
2025-03-03,done,loading,55,50,Clinique de la douleur,,
2025-04-15,planned,maintenance,,,Clinique de la douleur,,"
    );
}

#[test]
fn day_first_dates_no_cell_settles_are_refused_naming_the_flag_that_reads_them() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["log", "--date", "2025-03-01", "--pain", "2"]);
    let before = dump(&db);
    // The German file without its 14th: every date could be day or month first.
    let bytes = std::fs::read(fixture("entries-excel-de.csv")).unwrap();
    let text = String::from_utf8(bytes)
        .unwrap()
        .replace("14.03.2025", "12.03.2025");
    let file = folder.path().join("tagebuch.csv");
    std::fs::write(&file, &text).unwrap();
    let refused = run(&db, &["import", file.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    let message = stderr(&refused);
    assert!(
        message.contains("line 2: date: \"01.03.2025\" could be 1 March 2025 or 3 January 2025; add --date-order dmy or --date-order mdy"),
        "{message}"
    );
    assert_eq!(dump(&db), before, "nothing is written");

    let output = run_ok(
        &db,
        &["import", file.to_str().unwrap(), "--date-order", "dmy"],
    );
    assert!(
        output.contains("4 entries (3 added, 1 replaced)"),
        "{output}"
    );
    let (entries, _) = exported(&db, folder.path());
    assert!(entries.starts_with("2025-03-01,6,"), "{entries}");
    assert!(entries.contains("\n2025-03-12,3,"), "{entries}");
    // The same file of infusions needs the same flag.
    let infusions = folder.path().join("infusionen.csv");
    std::fs::write(
        &infusions,
        "\u{feff}date;status;dose_mg\r\n03.02.2025;done;52,5\r\n05.02.2025;done;55\r\n",
    )
    .unwrap();
    let refused = run(&db, &["import", infusions.to_str().unwrap()]);
    assert!(
        stderr(&refused).contains("add --date-order dmy or --date-order mdy"),
        "{}",
        stderr(&refused)
    );
    run_ok(
        &db,
        &["import", infusions.to_str().unwrap(), "--date-order", "dmy"],
    );
    let (_, stored) = exported(&db, folder.path());
    assert_eq!(stored, "2025-02-03,done,,52.5,,,,\n2025-02-05,done,,55,,,,");
}

#[test]
fn a_us_spreadsheet_with_month_first_dates_and_a_byte_order_mark_is_read() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let file = folder.path().join("entries.csv");
    // Excel in English (United States), "CSV UTF-8": `,`, a point, M/D/YYYY, TRUE.
    std::fs::write(
        &file,
        "\u{feff}date,pain,sleep_hours,wearing_off,note\r\n3/1/2025,6,6.5,TRUE,\"tired, stiff\"\r\n3/13/2025,4,7,FALSE,\r\n",
    )
    .unwrap();
    let output = run_ok(&db, &["import", file.to_str().unwrap()]);
    assert!(
        output.contains("numeric dates are read month first (03/04/2025 is 4 March), as the file's own date \"3/13/2025\""),
        "{output}"
    );
    let (entries, _) = exported(&db, folder.path());
    assert_eq!(
        entries,
        "2025-03-01,6,,6.5,,,,,true,,,\"tired, stiff\"\n2025-03-13,4,,7,,,,,false,,,"
    );
}

#[test]
fn a_whole_journal_saved_again_by_a_german_spreadsheet_comes_back_the_same() {
    let folder = tempfile::tempdir().unwrap();
    let original = folder.path().join("original.db");
    run_ok(&original, &["demo", "--years", "1"]);
    let (entries, infusions) = exported(&original, folder.path());
    let header = |path: &str| {
        std::fs::read_to_string(folder.path().join(path))
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_owned()
    };
    // As German Excel saves each file again: cells between `;` (a list quoted, as it holds
    // `;`), ISO dates shown and written as TT.MM.JJJJ, decimal commas, CRLF and a BOM.
    let as_german_excel = |header: &str, body: &str| -> String {
        let mut text = String::from("\u{feff}");
        for line in std::iter::once(header).chain(body.lines()) {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(line.as_bytes());
            let record = reader.records().next().unwrap().unwrap();
            let cells: Vec<String> = record
                .iter()
                .map(|cell| {
                    if let Ok(date) = chrono::NaiveDate::parse_from_str(cell, "%Y-%m-%d") {
                        date.format("%d.%m.%Y").to_string()
                    } else if cell.parse::<f64>().is_ok() {
                        cell.replace('.', ",")
                    } else if cell.contains([';', '"', '\n']) {
                        format!("\"{}\"", cell.replace('"', "\"\""))
                    } else {
                        cell.to_owned()
                    }
                })
                .collect();
            text.push_str(&cells.join(";"));
            text.push_str("\r\n");
        }
        text
    };
    let entries_file = folder.path().join("tagebuch.csv");
    let infusions_file = folder.path().join("infusionen.csv");
    std::fs::write(
        &entries_file,
        as_german_excel(&header("entries-out.csv"), &entries),
    )
    .unwrap();
    std::fs::write(
        &infusions_file,
        as_german_excel(&header("infusions-out.csv"), &infusions),
    )
    .unwrap();
    let copy = folder.path().join("copy.db");
    run_ok(&copy, &["import", entries_file.to_str().unwrap()]);
    run_ok(&copy, &["import", infusions_file.to_str().unwrap()]);
    assert_eq!(exported(&copy, folder.path()), (entries, infusions));
}
