//! Two or more processes writing the same journal never lose a write, and a reader can tell
//! when another process changed the journal.
#![allow(clippy::unwrap_used)]

use std::process::{Command, Stdio};

use chrono::NaiveDate;
use relief_journal::domain::{Entry, Score};
use relief_journal::store::Store;

const WRITERS: i64 = 6;
const WRITES_EACH: i64 = 8;

#[test]
fn concurrent_writers_lose_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    drop(Store::open(&db).unwrap());
    let first_day = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let mut children = Vec::new();
    for writer in 0..WRITERS {
        // Each writer is a shell loop of real command-line writes, so they overlap.
        let mut script = String::new();
        for write in 0..WRITES_EACH {
            let date = first_day + chrono::Duration::days(writer * WRITES_EACH + write);
            script.push_str(&format!(
                "\"$0\" --db \"$1\" log --date {date} --pain {} || exit 1\n",
                (writer + write) % 11
            ));
        }
        children.push(
            Command::new("sh")
                .arg("-c")
                .arg(script)
                .arg(env!("CARGO_BIN_EXE_relief-journal"))
                .arg(&db)
                .stdout(Stdio::null())
                .spawn()
                .unwrap(),
        );
    }
    for mut child in children {
        assert!(
            child.wait().unwrap().success(),
            "a writer reported a failure"
        );
    }
    let store = Store::open(&db).unwrap();
    let entries = store.entries().unwrap();
    assert_eq!(entries.len() as i64, WRITERS * WRITES_EACH);
    for writer in 0..WRITERS {
        for write in 0..WRITES_EACH {
            let date = first_day + chrono::Duration::days(writer * WRITES_EACH + write);
            let entry = store.entry(date).unwrap().unwrap();
            assert_eq!(i64::from(entry.pain.get()), (writer + write) % 11);
        }
    }
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn a_reader_sees_that_another_connection_wrote() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let reader = Store::open(&db).unwrap();
    let mut writer = Store::open(&db).unwrap();
    let before = reader.data_version().unwrap();
    assert_eq!(
        reader.data_version().unwrap(),
        before,
        "stable while nothing changes"
    );
    let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    writer
        .save_entry(&Entry::new(date, Score::new("pain", 4).unwrap()))
        .unwrap();
    assert_ne!(reader.data_version().unwrap(), before);
    assert_eq!(reader.entry(date).unwrap().unwrap().pain.get(), 4);
}
