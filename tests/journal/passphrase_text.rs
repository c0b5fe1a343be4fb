//! A passphrase as it reaches the program: the same typed text precomposed (NFC) or decomposed
//! (NFD), from the environment, a file or the store; compatibility characters left as typed
//! (NFC only, never NFKC); passphrase files saved with a byte-order mark, in UTF-16 and with
//! any line end, or refused naming their encoding; and a journal protected before passphrases
//! were normalized, opened with the passphrase typed either way and re-keyed.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;

use relief_journal::store::{Passphrase, Store, list_backups};

use crate::common::stderr;
use crate::passphrase::{
    content, journal_with_notes, key, ok, protected_journal_with_notes, run_env, snapshot,
};

/// "Grüße, Zoë" as a Windows or Linux keyboard sends it: one character per letter.
const COMPOSED: &str = "Gr\u{fc}\u{df}e, Zo\u{eb}";
/// The same text as some macOS programs pass it on: "u" and "e" with combining marks.
const DECOMPOSED: &str = "Gru\u{308}\u{df}e, Zoe\u{308}";

#[test]
fn the_same_typed_text_opens_the_journal_in_either_unicode_form() {
    assert_ne!(COMPOSED.as_bytes(), DECOMPOSED.as_bytes());
    for (set_with, open_with) in [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)] {
        let folder = tempfile::tempdir().unwrap();
        let (db, before) = protected_journal_with_notes(folder.path(), set_with);
        let out = ok(
            &db,
            &["export", folder.path().join("out.json").to_str().unwrap()],
            &[("RELIEF_JOURNAL_PASSPHRASE", open_with)],
        );
        assert!(out.contains("Exported"), "{out}");
        // From a passphrase file too, and through the store.
        let file = folder.path().join("passphrase.txt");
        fs::write(&file, format!("{open_with}\n")).unwrap();
        ok(
            &db,
            &["--passphrase-file", file.to_str().unwrap(), "analyze"],
            &[],
        );
        assert_eq!(content(&db, Some(open_with)), before);
        // The file is keyed with the composed form, whichever form set it.
        let raw = rusqlite::Connection::open(&db).unwrap();
        raw.pragma_update(None, "key", COMPOSED).unwrap();
        let count: i64 = raw
            .query_row("SELECT count(*) FROM entry", [], |row| row.get(0))
            .unwrap();
        assert_eq!(count, 3);
    }
}

#[test]
fn a_compatibility_character_stays_as_typed() {
    // NFKC would read the ligature "ﬁ" as "fi" and the superscript "²" as "2": a different
    // passphrase than the one typed, which must not open the journal.
    let folder = tempfile::tempdir().unwrap();
    let db = journal_with_notes(folder.path());
    let typed = "\u{fb01}ve squared\u{b2}";
    ok(
        &db,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", typed)],
    );
    for lookalike in ["five squared2", "five squared\u{b2}", "\u{fb01}ve squared2"] {
        let output = run_env(
            &db,
            &["analyze"],
            &[("RELIEF_JOURNAL_PASSPHRASE", lookalike)],
        );
        assert_eq!(output.status.code(), Some(2), "{lookalike}");
        assert!(stderr(&output).contains("that passphrase does not open"));
    }
    ok(&db, &["analyze"], &[("RELIEF_JOURNAL_PASSPHRASE", typed)]);
}

/// `text` in UTF-16 with its byte-order mark.
fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    crate::common::utf16::utf16(text, big_endian)
}

#[test]
fn passphrase_files_from_windows_tools_open_the_journal() {
    let folder = tempfile::tempdir().unwrap();
    let db = journal_with_notes(folder.path());
    ok(
        &db,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", COMPOSED)],
    );
    let with_mark = |text: &str| {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(text.as_bytes());
        bytes
    };
    // Notepad's "UTF-8" (a byte-order mark) and "Unicode" (UTF-16LE), `Out-File` in Windows
    // PowerShell 5 (UTF-16LE with CRLF), "Unicode big endian", a classic Mac line end, and the
    // decomposed form with a Windows line end.
    let files: [(&str, Vec<u8>); 6] = [
        ("utf8-mark.txt", with_mark(&format!("{COMPOSED}\r\n"))),
        ("utf16le.txt", utf16(COMPOSED, false)),
        ("utf16le-crlf.txt", utf16(&format!("{COMPOSED}\r\n"), false)),
        ("utf16be.txt", utf16(&format!("{COMPOSED}\n"), true)),
        ("cr.txt", format!("{COMPOSED}\rnext").into_bytes()),
        ("nfd-crlf.txt", format!("{DECOMPOSED}\r\n").into_bytes()),
    ];
    for (name, bytes) in files {
        let file = folder.path().join(name);
        fs::write(&file, bytes).unwrap();
        let output = run_env(
            &db,
            &["--passphrase-file", file.to_str().unwrap(), "analyze"],
            &[],
        );
        assert!(output.status.success(), "{name}: {}", stderr(&output));
    }
}

#[test]
fn a_passphrase_file_in_another_encoding_is_refused_by_name_and_nothing_changes() {
    let folder = tempfile::tempdir().unwrap();
    let db = journal_with_notes(folder.path());
    ok(
        &db,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", COMPOSED)],
    );
    let le: Vec<u8> = COMPOSED.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = COMPOSED.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let latin1: Vec<u8> = COMPOSED.chars().map(|c| u8::try_from(c).unwrap()).collect();
    let cases: [(&str, Vec<u8>, &str); 3] = [
        (
            "le.txt",
            le,
            "UTF-16 (little endian) without a byte-order mark",
        ),
        (
            "be.txt",
            be,
            "UTF-16 (big endian) without a byte-order mark",
        ),
        (
            "latin1.txt",
            latin1,
            "not UTF-8 (it looks like an 8-bit encoding",
        ),
    ];
    for (name, bytes, said) in cases {
        let file = folder.path().join(name);
        fs::write(&file, bytes).unwrap();
        let before = snapshot(folder.path());
        let output = run_env(
            &db,
            &[
                "--passphrase-file",
                file.to_str().unwrap(),
                "log",
                "--pain",
                "3",
            ],
            &[],
        );
        assert_eq!(output.status.code(), Some(2), "{name}");
        let message = stderr(&output);
        assert!(message.contains(said), "{name}: {message}");
        assert!(message.contains(name), "{name}: {message}");
        assert_eq!(snapshot(folder.path()), before, "{name}");
    }
}

#[test]
fn a_passphrase_file_read_on_a_spanish_system_is_refused_in_spanish() {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("clave.txt");
    let le: Vec<u8> = "secreto"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    fs::write(&file, le).unwrap();
    let output = crate::common::run_on_system(
        "es_MX.UTF-8",
        &folder.path().join("journal.db"),
        &["--passphrase-file", file.to_str().unwrap(), "analyze"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("está en UTF-16 (little endian) sin marca de orden de bytes"),
        "{}",
        stderr(&output)
    );
}

/// Protects the plain journal at `db` as builds before passphrase normalization did: the text
/// exactly as it arrived keys a copy written with `sqlcipher_export`, renamed over the journal
/// (`write_export` and `convert_file` in `src/store/passphrase.rs` at commit 2612d31), and its
/// backups alike.
fn protect_as_before_normalization(db: &Path, text: &str) {
    let convert = |path: &Path| {
        let copy = path.with_extension("converting");
        let connection = rusqlite::Connection::open(path).unwrap();
        let user_version: i64 = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap();
        let application_id: i64 = connection
            .query_row("PRAGMA application_id", [], |row| row.get(0))
            .unwrap();
        connection
            .execute(
                "ATTACH DATABASE ?1 AS converted KEY ?2",
                rusqlite::params![copy.to_string_lossy(), text],
            )
            .unwrap();
        connection
            .query_row("SELECT sqlcipher_export('converted')", [], |_| Ok(()))
            .unwrap();
        connection
            .pragma_update(Some("converted"), "user_version", user_version)
            .unwrap();
        connection
            .pragma_update(Some("converted"), "application_id", application_id)
            .unwrap();
        connection.execute("DETACH DATABASE converted", []).unwrap();
        drop(connection);
        fs::rename(&copy, path).unwrap();
    };
    convert(db);
    for backup in list_backups(db).unwrap() {
        convert(&backup.path);
    }
}

/// Whether `text`, exactly as given, keys the file at `path`.
fn keyed_with(path: &Path, text: &str) -> bool {
    let connection = rusqlite::Connection::open(path).unwrap();
    connection
        .query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))
        .unwrap();
    connection.pragma_update(None, "key", text).unwrap();
    connection
        .query_row("SELECT count(*) FROM sqlite_master", [], |row| {
            row.get::<_, i64>(0)
        })
        .is_ok()
}

#[test]
fn a_journal_protected_with_the_decomposed_text_opens_typed_either_way_and_is_rekeyed() {
    let folder = tempfile::tempdir().unwrap();
    let db = journal_with_notes(folder.path());
    let before = content(&db, None);
    protect_as_before_normalization(&db, DECOMPOSED);
    assert!(keyed_with(&db, DECOMPOSED) && !keyed_with(&db, COMPOSED));
    // Read-only, nothing is re-keyed.
    let read = run_env(
        &db,
        &["--read-only", "analyze"],
        &[("RELIEF_JOURNAL_PASSPHRASE", COMPOSED)],
    );
    assert!(read.status.success(), "{}", stderr(&read));
    assert!(keyed_with(&db, DECOMPOSED));
    // Typed composed, as on another system: it opens, and the journal and its backups are
    // re-keyed to the normalized (composed) form.
    ok(
        &db,
        &["log", "--date", "2026-11-23", "--pain", "4"],
        &[("RELIEF_JOURNAL_PASSPHRASE", COMPOSED)],
    );
    assert!(keyed_with(&db, COMPOSED), "the journal is re-keyed");
    for backup in list_backups(&db).unwrap() {
        assert!(keyed_with(&backup.path, COMPOSED), "{backup:?}");
    }
    // Nothing was lost, and both forms open it from now on.
    let store = Store::open_with(&db, Some(&key(DECOMPOSED))).unwrap();
    assert_eq!(store.entries().unwrap().len(), 4);
    drop(store);
    let backups = list_backups(&db).unwrap();
    let first = backups.last().unwrap();
    assert_eq!(content(&first.path, Some(COMPOSED)), before);
}

#[test]
fn the_store_keys_a_new_protection_with_the_normalized_text() {
    let folder = tempfile::tempdir().unwrap();
    let db = journal_with_notes(folder.path());
    let decomposed = Passphrase::new(DECOMPOSED).unwrap();
    relief_journal::store::change_protection(
        &db,
        None,
        Some(&decomposed),
        "2026-11-28T09:00:00".parse().unwrap(),
    )
    .unwrap();
    assert!(keyed_with(&db, COMPOSED));
    for backup in list_backups(&db).unwrap() {
        assert!(keyed_with(&backup.path, COMPOSED));
    }
}
