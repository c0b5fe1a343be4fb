//! Files that went through a spreadsheet or an editor import as they are: a byte-order mark,
//! UTF-16 ("Unicode text"), tab or semicolon separators, CRLF or LF, empty rows and blank
//! lines at the end. Anything else wrong is still refused with file, line, field and value.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use relief_journal::exchange::{ImportError, Imported, read_file};

use crate::common::utf16::utf16;

/// Writes `bytes` to a file called `name` in a fresh folder and reads it back as an import.
fn import(name: &str, bytes: &[u8]) -> Result<Imported, ImportError> {
    let folder = tempfile::tempdir().unwrap();
    let path: PathBuf = folder.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    read_file(&path)
}

#[test]
fn a_json_export_saved_with_a_byte_order_mark_imports() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/files/journal-bom.json");
    let imported = read_file(&path).unwrap();
    assert_eq!(imported.entries.len(), 2);
    assert_eq!(imported.entries[1].note, "Rainy day");
    assert_eq!(imported.infusions.len(), 1);
    let own = import(
        "mine.json",
        "\u{feff}{\"format\": \"relief-journal\", \"version\": 1,\r\n \"entries\": [{\"date\": \"2026-01-05\", \"pain\": 3}]}\r\n".as_bytes(),
    )
    .unwrap();
    assert_eq!(own.entries[0].pain.get(), 3);
}

#[test]
fn a_csv_with_a_byte_order_mark_imports() {
    let imported = import("e.csv", "\u{feff}date,pain\r\n2026-01-05,6\r\n".as_bytes()).unwrap();
    assert_eq!(imported.entries[0].pain.get(), 6);
}

#[test]
fn excel_unicode_text_utf16_with_tabs_imports_in_both_byte_orders() {
    let text = "date\tpain\tnote\r\n2026-01-05\t6\tMüde, \"sehr\"\r\n2026-01-06\t4\t日本語\r\n";
    for big_endian in [false, true] {
        let imported = import("unicode.txt", &utf16(text, big_endian)).unwrap();
        assert_eq!(imported.entries.len(), 2, "big endian: {big_endian}");
        assert_eq!(imported.entries[0].note, "Müde, \"sehr\"");
        assert_eq!(imported.entries[1].note, "日本語");
    }
    let as_json = r#"{"format": "relief-journal", "version": 1, "entries": [{"date": "2026-01-05", "pain": 2}]}"#;
    let imported = import("j.json", &utf16(as_json, false)).unwrap();
    assert_eq!(imported.entries[0].pain.get(), 2);
}

#[test]
fn semicolon_separated_rows_import() {
    let imported = import(
        "e.csv",
        b"date;pain;tags\n2026-01-05;6;weather\n2026-01-06;5;\n",
    )
    .unwrap();
    assert_eq!(imported.entries.len(), 2);
    assert_eq!(imported.entries[0].tags.items(), ["weather"]);
}

#[test]
fn lf_and_crlf_line_ends_give_the_same_journal() {
    let lf = import("e.csv", b"date,pain,note\n2026-01-05,6,a\n").unwrap();
    let crlf = import("e.csv", b"date,pain,note\r\n2026-01-05,6,a\r\n").unwrap();
    assert_eq!(lf, crlf);
}

#[test]
fn empty_rows_and_blank_lines_at_the_end_are_skipped_and_counted() {
    let text = "date,pain,note\r\n2026-01-05,6,a\r\n,,\r\n2026-01-06,5,\r\n , ,\r\n,,\r\n\r\n\r\n";
    let imported = import("e.csv", text.as_bytes()).unwrap();
    assert_eq!(imported.entries.len(), 2);
    assert_eq!(imported.skipped_empty_rows, 3);
    // A spreadsheet may also shorten an empty row to a single separator.
    let short = import("e.csv", b"date,pain,note\n2026-01-05,6,a\n,\n\n").unwrap();
    assert_eq!((short.entries.len(), short.skipped_empty_rows), (1, 1));
}

#[test]
fn other_faults_are_still_refused_with_line_field_and_value() {
    let bad_value = import("e.csv", b"\xEF\xBB\xBFdate,pain\r\n,,\r\n2026-01-05,12\r\n")
        .unwrap_err()
        .to_string();
    assert!(
        bad_value.contains("e.csv, line 3: pain: \"12\""),
        "{bad_value}"
    );
    let ragged = import("e.csv", b"date,pain\n2026-01-05,6,7\n")
        .unwrap_err()
        .to_string();
    assert!(
        ragged.contains("line 2: the row has 3 cells but the header has 2"),
        "{ragged}"
    );
    // UTF-8 letters with a stray byte: a damaged file, not another encoding.
    let not_text = import("e.csv", b"date,pain,note\n2026-01-05,6,M\xC3\xBCde \xE9\n")
        .unwrap_err()
        .to_string();
    assert!(
        not_text.contains("line 2: the file is not UTF-8 text"),
        "{not_text}"
    );
    let bad_utf16 = import("e.txt", &[0xFF, 0xFE, 0x00, 0xD8])
        .unwrap_err()
        .to_string();
    assert!(bad_utf16.contains("not valid UTF-16LE"), "{bad_utf16}");
}
