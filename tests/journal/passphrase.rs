//! A journal protected by a passphrase, through the built binary and the store: what is on
//! disk holds no note's text, a missing or wrong passphrase exits 2 and changes no byte, a
//! conversion killed at any step leaves a journal that opens, and setting, changing and
//! removing the passphrase lose nothing.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use relief_journal::store::{Passphrase, Store, backup_folder, list_backups, migrations};

use crate::common::{TODAY, stderr};

const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";
pub(crate) const SECRET: &str = "tangerine-lighthouse";
pub(crate) const OTHER: &str = "violet-harbour";

/// Runs the binary on `db` with extra environment variables (standard input is not a terminal).
pub(crate) fn run_env(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = crate::common::program();
    command
        .arg("--db")
        .arg(db)
        .args(["--today", TODAY])
        .args(args)
        .env_remove("RELIEF_JOURNAL_PASSPHRASE")
        .env_remove("RELIEF_JOURNAL_NEW_PASSPHRASE")
        .env_remove("RELIEF_JOURNAL_RESTORE_PASSPHRASE")
        .env_remove("RELIEF_JOURNAL_TEST_KILL_AT");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

pub(crate) fn ok(db: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let output = run_env(db, args, env);
    assert!(
        output.status.success(),
        "relief-journal {args:?} failed: {}",
        stderr(&output)
    );
    String::from_utf8(output.stdout).unwrap()
}

pub(crate) fn key(text: &str) -> Passphrase {
    Passphrase::new(text).unwrap()
}

/// A journal with three days whose notes carry a word to look for on disk, and two plain backups.
pub(crate) fn journal_with_notes(folder: &Path) -> PathBuf {
    let db = folder.join("journal.db");
    for (date, pain, note) in [
        ("2026-11-20", "6", "walked to the SECRETNOTE-bakery"),
        ("2026-11-21", "5", "SECRETNOTE-garden was quiet"),
        ("2026-11-22", "7", "a bad SECRETNOTE-night"),
    ] {
        ok(
            &db,
            &["log", "--date", date, "--pain", pain, "--note", note],
            &[],
        );
    }
    ok(&db, &["backup"], &[]);
    ok(&db, &["backup"], &[]);
    db
}

/// [`journal_with_notes`] protected with `passphrase` by `passphrase set`, and its content as
/// it was before ([`content`]).
pub(crate) fn protected_journal_with_notes(folder: &Path, passphrase: &str) -> (PathBuf, String) {
    let db = journal_with_notes(folder);
    let before = content(&db, None);
    ok(
        &db,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", passphrase)],
    );
    (db, before)
}

/// The journal's content as JSON, opened with `passphrase` (or plain).
pub(crate) fn content(db: &Path, passphrase: Option<&str>) -> String {
    let store = Store::open_with(db, passphrase.map(key).as_ref()).unwrap();
    relief_journal::exchange::journal_to_json(&store.journal().unwrap())
}

/// Every file under `folder`, by path, with its bytes.
pub(crate) fn snapshot(folder: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut pending = vec![folder.to_owned()];
    while let Some(dir) = pending.pop() {
        for item in fs::read_dir(dir).unwrap() {
            let path = item.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.insert(path.clone(), fs::read(&path).unwrap());
            }
        }
    }
    files
}

pub(crate) fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

pub(crate) fn is_plain(path: &Path) -> bool {
    fs::read(path).unwrap().starts_with(SQLITE_HEADER)
}

#[test]
fn a_protected_journal_its_wal_and_its_backups_hold_no_note() {
    let folder = tempfile::tempdir().unwrap();
    let db = journal_with_notes(folder.path());
    let before = content(&db, None);
    let out = ok(
        &db,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", SECRET)],
    );
    // Two plain backups and the safety copy taken for the change.
    assert!(
        out.contains("now encrypted with the passphrase, and so are its 3 backups"),
        "{out}"
    );
    assert!(!out.contains("Left as it was"), "{out}");
    assert!(!fs::read(&db).unwrap().starts_with(SQLITE_HEADER));
    // Two backups of the plain journal, and the safety copy of the conversion.
    let backups = list_backups(&db).unwrap();
    assert_eq!(backups.len(), 3);
    for (path, bytes) in snapshot(folder.path()) {
        assert!(
            !contains(&bytes, "SECRETNOTE"),
            "{} holds a note",
            path.display()
        );
        assert!(
            !bytes.starts_with(SQLITE_HEADER),
            "{} is plain",
            path.display()
        );
    }
    // Every backup opens with the passphrase and holds the journal.
    for backup in &backups {
        assert_eq!(content(&backup.path, Some(SECRET)), before);
    }
    // While the journal is open, its write-ahead log holds new notes encrypted too.
    let mut store = Store::open_with(&db, Some(&key(SECRET))).unwrap();
    let mut entry = relief_journal::domain::Entry::new(
        "2026-11-23".parse().unwrap(),
        relief_journal::domain::Score::new("pain", 4).unwrap(),
    );
    entry.note = "SECRETNOTE-in-the-wal".into();
    store.save_entry(&entry).unwrap();
    let wal = fs::read(folder.path().join("journal.db-wal")).unwrap();
    assert!(wal.len() > 1000, "the entry sits in the write-ahead log");
    assert!(!contains(&wal, "SECRETNOTE"));
    drop(store);
    // The command line reads it back with the passphrase.
    let export = folder.path().join("out.json");
    ok(
        &db,
        &["export", export.to_str().unwrap()],
        &[("RELIEF_JOURNAL_PASSPHRASE", SECRET)],
    );
    let json = fs::read_to_string(&export).unwrap();
    assert!(json.contains("SECRETNOTE-in-the-wal") && json.contains("SECRETNOTE-bakery"));
}

#[test]
fn a_missing_or_wrong_passphrase_exits_2_and_changes_no_byte() {
    let folder = tempfile::tempdir().unwrap();
    let db = journal_with_notes(folder.path());
    ok(
        &db,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", SECRET)],
    );
    let wrong_file = folder.path().join("wrong.txt");
    fs::write(&wrong_file, format!("{OTHER}\n")).unwrap();
    let before = snapshot(folder.path());
    let log = ["log", "--date", "2026-11-24", "--pain", "3"];
    let missing = run_env(&db, &log, &[]);
    assert_eq!(missing.status.code(), Some(2));
    let message = stderr(&missing);
    assert!(
        message.contains("this journal is protected by a passphrase")
            && message.contains("RELIEF_JOURNAL_PASSPHRASE")
            && message.contains("--passphrase-file"),
        "{message}"
    );
    let wrong = run_env(&db, &log, &[("RELIEF_JOURNAL_PASSPHRASE", OTHER)]);
    assert_eq!(wrong.status.code(), Some(2));
    let message = stderr(&wrong);
    assert!(
        message.contains("that passphrase does not open"),
        "{message}"
    );
    assert!(
        !message.contains("hmac"),
        "SQLCipher's own log stays quiet: {message}"
    );
    let mut with_file = vec!["--passphrase-file", wrong_file.to_str().unwrap()];
    with_file.extend_from_slice(&["analyze"]);
    assert_eq!(run_env(&db, &with_file, &[]).status.code(), Some(2));
    for args in [&["passphrase", "remove"][..], &["passphrase", "change"][..]] {
        let output = run_env(
            &db,
            args,
            &[
                ("RELIEF_JOURNAL_PASSPHRASE", OTHER),
                ("RELIEF_JOURNAL_NEW_PASSPHRASE", "x"),
            ],
        );
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
    let restore = list_backups(&db).unwrap()[0].path.clone();
    let output = run_env(
        &db,
        &["restore", restore.to_str().unwrap()],
        &[("RELIEF_JOURNAL_PASSPHRASE", OTHER)],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(snapshot(folder.path()), before);
}

#[test]
fn setting_changing_and_removing_the_passphrase_keep_every_entry() {
    let folder = tempfile::tempdir().unwrap();
    let (db, before) = protected_journal_with_notes(folder.path(), SECRET);
    let current = folder.path().join("current.txt");
    fs::write(&current, format!("{SECRET}\n")).unwrap();
    let changed = ok(
        &db,
        &[
            "--passphrase-file",
            current.to_str().unwrap(),
            "passphrase",
            "change",
        ],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", OTHER)],
    );
    // Three backups under the first passphrase and the safety copy of this change.
    assert!(changed.contains("and so are its 4 backups"), "{changed}");
    assert_eq!(
        run_env(&db, &["analyze"], &[("RELIEF_JOURNAL_PASSPHRASE", SECRET)])
            .status
            .code(),
        Some(2),
        "the old passphrase no longer opens it"
    );
    assert_eq!(content(&db, Some(OTHER)), before);
    for backup in list_backups(&db).unwrap() {
        assert_eq!(content(&backup.path, Some(OTHER)), before);
    }
    let removed = ok(
        &db,
        &["passphrase", "remove"],
        &[("RELIEF_JOURNAL_PASSPHRASE", OTHER)],
    );
    assert!(
        removed.contains("and neither are its 5 backups"),
        "{removed}"
    );
    assert!(is_plain(&db));
    assert_eq!(content(&db, None), before);
    let backups = list_backups(&db).unwrap();
    assert_eq!(
        backups.len(),
        5,
        "two plain, and one safety copy per change"
    );
    for backup in backups {
        assert!(is_plain(&backup.path), "{}", backup.path.display());
    }
    // Removing again says there is nothing to remove.
    let again = run_env(&db, &["passphrase", "remove"], &[]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("not protected"));
}

#[test]
fn a_journal_from_an_earlier_version_is_upgraded_and_encrypted_with_every_entry() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    {
        let mut connection = rusqlite::Connection::open(&db).unwrap();
        migrations().to_version(&mut connection, 1).unwrap();
        for day in 1..=30 {
            connection
                .execute(
                    "INSERT INTO entry (date, pain, rescue_doses, note) VALUES (?1, ?2, 0, ?3)",
                    rusqlite::params![
                        format!("2026-10-{day:02}"),
                        day % 11,
                        format!("SECRETNOTE day {day}")
                    ],
                )
                .unwrap();
        }
    }
    ok(
        &db,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", SECRET)],
    );
    let store = Store::open_with(&db, Some(&key(SECRET))).unwrap();
    let entries = store.entries().unwrap();
    assert_eq!(entries.len(), 30);
    assert_eq!(entries[6].note, "SECRETNOTE day 7");
    assert_eq!(entries[6].pain.get(), 7);
    drop(store);
    let backups = list_backups(&db).unwrap();
    assert!(
        backups
            .iter()
            .any(|backup| backup.reason == "before-migration"),
        "{backups:?}"
    );
    for (path, bytes) in snapshot(folder.path()) {
        assert!(
            !contains(&bytes, "SECRETNOTE"),
            "{} holds a note",
            path.display()
        );
    }
}

/// The steps of a conversion, in order, as the test hook names them.
const STEPS: [&str; 7] = [
    "backup",
    "checkpoint",
    "export",
    "verify",
    "rename",
    "reopen",
    "backups",
];

#[test]
fn setting_a_passphrase_killed_at_any_step_leaves_a_journal_that_opens() {
    for (index, step) in STEPS.iter().enumerate() {
        let folder = tempfile::tempdir().unwrap();
        let db = journal_with_notes(folder.path());
        let before = content(&db, None);
        let killed = run_env(
            &db,
            &["passphrase", "set"],
            &[
                ("RELIEF_JOURNAL_NEW_PASSPHRASE", SECRET),
                ("RELIEF_JOURNAL_TEST_KILL_AT", step),
            ],
        );
        assert!(!killed.status.success(), "{step}: the hook stops it");
        // Until the rename the journal is the old plain one; from then on the encrypted one.
        let renamed = index > STEPS.iter().position(|s| *s == "rename").unwrap();
        assert_eq!(is_plain(&db), !renamed, "{step}");
        let passphrase = renamed.then_some(SECRET);
        assert_eq!(content(&db, passphrase), before, "{step}");
        assert!(
            !folder.path().join("journal.db.converting").exists(),
            "{step}"
        );
        if renamed {
            // Opening with the passphrase finished the backups.
            for backup in list_backups(&db).unwrap() {
                assert!(!is_plain(&backup.path), "{step}: {}", backup.path.display());
            }
        }
    }
}

#[test]
fn removing_a_passphrase_killed_at_any_step_leaves_a_journal_that_opens() {
    for (index, step) in STEPS.iter().enumerate() {
        let folder = tempfile::tempdir().unwrap();
        let (db, before) = protected_journal_with_notes(folder.path(), SECRET);
        let killed = run_env(
            &db,
            &["passphrase", "remove"],
            &[
                ("RELIEF_JOURNAL_PASSPHRASE", SECRET),
                ("RELIEF_JOURNAL_TEST_KILL_AT", step),
            ],
        );
        assert!(!killed.status.success(), "{step}: the hook stops it");
        let renamed = index > STEPS.iter().position(|s| *s == "rename").unwrap();
        assert_eq!(is_plain(&db), renamed, "{step}");
        let passphrase = (!renamed).then_some(SECRET);
        assert_eq!(content(&db, passphrase), before, "{step}");
    }
}

#[test]
fn random_bytes_of_whole_pages_cannot_be_told_from_a_protected_journal() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    fs::write(&db, &bytes).unwrap();
    let missing = run_env(&db, &["analyze"], &[]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("protected by a passphrase"));
    assert!(stderr(&missing).contains("random bytes looks the same"));
    let given = run_env(&db, &["analyze"], &[("RELIEF_JOURNAL_PASSPHRASE", SECRET)]);
    assert_eq!(given.status.code(), Some(2));
    assert!(
        stderr(&given).contains("either it is wrong, or the file is not a Relief Journal"),
        "{}",
        stderr(&given)
    );
    assert_eq!(fs::read(&db).unwrap(), bytes);
    assert_eq!(fs::read_dir(folder.path()).unwrap().count(), 1);
}

#[test]
fn backups_restore_under_the_journals_passphrase() {
    let folder = tempfile::tempdir().unwrap();
    let db = journal_with_notes(folder.path());
    let plain_copy = folder.path().join("plain-copy.db");
    fs::copy(list_backups(&db).unwrap()[0].path.clone(), &plain_copy).unwrap();
    let three_days = content(&db, None);
    ok(
        &db,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", SECRET)],
    );
    let with_key = [("RELIEF_JOURNAL_PASSPHRASE", SECRET)];
    let backup = list_backups(&db).unwrap()[0].path.clone();
    ok(
        &db,
        &["log", "--date", "2026-11-25", "--pain", "2"],
        &with_key,
    );
    assert_ne!(content(&db, Some(SECRET)), three_days);
    ok(&db, &["restore", backup.to_str().unwrap()], &with_key);
    assert_eq!(content(&db, Some(SECRET)), three_days);
    // A plain copy restored into the protected journal is encrypted on the way in.
    ok(
        &db,
        &["log", "--date", "2026-11-25", "--pain", "2"],
        &with_key,
    );
    ok(&db, &["restore", plain_copy.to_str().unwrap()], &with_key);
    assert!(!is_plain(&db));
    assert_eq!(content(&db, Some(SECRET)), three_days);
    for backup in list_backups(&db).unwrap() {
        assert!(!is_plain(&backup.path));
    }
    assert!(
        fs::read_dir(backup_folder(&db)).unwrap().all(|item| item
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".db"))
    );
    // The demo never goes into a protected journal.
    let demo = run_env(&db, &["demo", "--force"], &with_key);
    assert_eq!(demo.status.code(), Some(2));
    assert!(stderr(&demo).contains("never protected"));
}

#[test]
fn a_protected_journal_damaged_where_its_key_is_checked_is_set_aside_by_a_restore() {
    let folder = tempfile::tempdir().unwrap();
    let db = journal_with_notes(folder.path());
    let three_days = content(&db, None);
    ok(
        &db,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", SECRET)],
    );
    let backup = list_backups(&db).unwrap()[0].path.clone();
    // Overwrite the middle of the first page: its checksum no longer matches.
    let mut bytes = fs::read(&db).unwrap();
    for byte in &mut bytes[100..600] {
        *byte ^= 0x5A;
    }
    fs::write(&db, &bytes).unwrap();
    let with_key = [("RELIEF_JOURNAL_PASSPHRASE", SECRET)];
    // The journal alone cannot be told from a wrong passphrase.
    assert_eq!(run_env(&db, &["analyze"], &with_key).status.code(), Some(2));
    let out = ok(&db, &["restore", backup.to_str().unwrap()], &with_key);
    assert!(out.contains("moved, unchanged"), "{out}");
    assert_eq!(content(&db, Some(SECRET)), three_days);
    assert!(!is_plain(&db));
    let aside: Vec<_> = fs::read_dir(folder.path())
        .unwrap()
        .map(|item| item.unwrap().path())
        .filter(|path| path.to_string_lossy().contains(".set-aside-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read(&aside[0]).unwrap(), bytes);
}
