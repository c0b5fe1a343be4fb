//! What the journal's files and the command line say in Spanish (`--lang es-MX`): a refused
//! value named with its file, line, field, value and range; a date that reads two ways; a file
//! that is not a journal. Golden texts: a change to them is a change of wording, on purpose.
#![allow(clippy::unwrap_used)]

use crate::common::{run, stderr};

#[test]
fn an_entry_refused_for_pain_11_reads_in_spanish() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let output = run(&db, &["--lang", "es-MX", "log", "--pain", "11"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output).trim_end(),
        "error: pain: no se acepta \"11\"; debe ser un número entero del 0 al 10"
    );
}

#[test]
fn an_import_error_names_its_line_in_spanish() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let table = folder.path().join("t.csv");
    std::fs::write(&table, "Día,Dolor\n2025-04-03,3\n2025-04-04,5\n").unwrap();
    let output = run(
        &db,
        &[
            "--lang",
            "es-MX",
            "import",
            table.to_str().unwrap(),
            "--scale",
            "pain=0-4",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.trim_end().ends_with(
            "t.csv, línea 3: pain: no se acepta \"5\"; debe ser un número del 0 al 4 \
             (--scale pain=0-4)"
        ),
        "{message}"
    );
}

#[test]
fn an_ambiguous_date_names_both_readings_and_the_option_in_spanish() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let table = folder.path().join("t.csv");
    std::fs::write(&table, "Fecha,Dolor\n03/04/2025,3\n").unwrap();
    let mapping = ["--column", "date=Fecha", "--column", "pain=Dolor"];
    let mut args = vec!["--lang", "es-MX", "import", table.to_str().unwrap()];
    args.extend(mapping);
    let output = run(&db, &args);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.trim_end().ends_with(
            "t.csv, línea 2: date: \"03/04/2025\" puede ser el 3 de abril de 2025 o el 4 de \
             marzo de 2025; agregue --date-order dmy o --date-order mdy"
        ),
        "{message}"
    );
    // The same file with the order given: imported.
    args.extend(["--date-order", "dmy"]);
    let output = run(&db, &args);
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn a_file_that_is_not_a_journal_is_refused_in_spanish() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("notes.db");
    std::fs::write(&db, "my shopping list\n").unwrap();
    let output = run(&db, &["--lang", "es-MX", "log", "--pain", "5"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains(
            "notes.db no es un archivo de Relief Journal (no es una base de datos SQLite); no \
             se modificó. Elija otro archivo o restaure una copia de seguridad."
        ),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(&db).unwrap(),
        "my shopping list\n",
        "left untouched"
    );
}
