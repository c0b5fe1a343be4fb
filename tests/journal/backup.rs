//! Backups: daily at most once, pruned by age, taken before imports, restores and migrations,
//! private, and restorable even when the journal itself is damaged.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use relief_journal::domain::{Entry, Score};
use relief_journal::store::{
    BackupReason, Store, list_backups, migrations, prune_backups, restore_journal,
};

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn log(store: &mut Store, date: &str, pain: i64) {
    let date: NaiveDate = date.parse().unwrap();
    store
        .save_entry(&Entry::new(date, Score::new("pain", pain).unwrap()))
        .unwrap();
}

fn journal_in(folder: &Path) -> std::path::PathBuf {
    folder.join("journal.db")
}

#[test]
fn the_daily_backup_is_taken_at_most_once_a_day_and_old_ones_are_pruned() {
    let folder = tempfile::tempdir().unwrap();
    let path = journal_in(folder.path());
    let mut store = Store::open(&path).unwrap();
    assert_eq!(
        store.daily_backup(at("2026-03-01 09:00")).unwrap(),
        None,
        "empty journal"
    );
    log(&mut store, "2026-03-01", 6);
    assert!(
        store
            .daily_backup(at("2026-03-01 09:00"))
            .unwrap()
            .is_some()
    );
    assert_eq!(store.daily_backup(at("2026-03-01 18:00")).unwrap(), None);
    for day in 2..=20 {
        let now = at(&format!("2026-03-{day:02} 09:00"));
        assert!(store.daily_backup(now).unwrap().is_some(), "day {day}");
    }
    let backups = list_backups(&path).unwrap();
    // Kept: the last 14 days counted back from 20 March (6 March onwards).
    assert_eq!(backups.len(), 15);
    assert_eq!(backups[0].taken_at, at("2026-03-20 09:00"));
    assert_eq!(
        backups.last().unwrap().taken_at.date().to_string(),
        "2026-03-06"
    );
    // A clock a year ahead prunes nothing; a day later, keeping one day leaves the newest 7.
    assert_eq!(prune_backups(&path, 1, at("2027-03-21 09:00")).unwrap(), 0);
    assert_eq!(prune_backups(&path, 1, at("2026-03-21 09:00")).unwrap(), 8);
    assert_eq!(
        list_backups(&path).unwrap().len(),
        7,
        "the newest seven are always kept"
    );
}

#[test]
fn a_backup_restores_what_was_there() {
    let folder = tempfile::tempdir().unwrap();
    let path = journal_in(folder.path());
    let mut store = Store::open(&path).unwrap();
    log(&mut store, "2026-03-01", 6);
    let backup = store
        .backup(at("2026-03-01 10:00"), BackupReason::Manual)
        .unwrap()
        .unwrap();
    let saved = crate::common::dump(&path);
    log(&mut store, "2026-03-02", 3);
    drop(store);

    let outcome = restore_journal(&path, &backup, at("2026-03-02 10:00")).unwrap();
    assert_eq!(crate::common::dump(&path), saved);
    let safety_copy = outcome.safety_copy.unwrap();
    let before_restore = Store::open(&safety_copy).unwrap();
    assert_eq!(before_restore.entries().unwrap().len(), 2);
    assert_eq!(Store::open(&path).unwrap().integrity_check().unwrap(), "ok");
}

#[test]
fn a_damaged_journal_is_set_aside_untouched_and_the_backup_restored() {
    let folder = tempfile::tempdir().unwrap();
    let path = journal_in(folder.path());
    let mut store = Store::open(&path).unwrap();
    log(&mut store, "2026-03-01", 6);
    let backup = store
        .backup(at("2026-03-01 10:00"), BackupReason::Manual)
        .unwrap()
        .unwrap();
    let saved = crate::common::dump(&path);
    drop(store);
    for side in ["journal.db-wal", "journal.db-shm"] {
        let _ = fs::remove_file(folder.path().join(side));
    }
    fs::write(&path, b"garbage that is not a database").unwrap();

    let outcome = restore_journal(&path, &backup, at("2026-03-02 10:00")).unwrap();
    let set_aside = outcome.set_aside.unwrap();
    assert_eq!(
        fs::read(&set_aside).unwrap(),
        b"garbage that is not a database"
    );
    assert_eq!(crate::common::dump(&path), saved);
}

#[test]
fn a_file_that_is_not_a_journal_cannot_be_restored() {
    let folder = tempfile::tempdir().unwrap();
    let path = journal_in(folder.path());
    let mut store = Store::open(&path).unwrap();
    log(&mut store, "2026-03-01", 6);
    drop(store);
    let before = crate::common::dump(&path);
    let text = folder.path().join("notes.db");
    fs::write(&text, "notes").unwrap();
    assert!(restore_journal(&path, &text, at("2026-03-02 10:00")).is_err());
    assert_eq!(crate::common::dump(&path), before);
}

#[test]
fn upgrading_an_old_journal_backs_it_up_first() {
    let folder = tempfile::tempdir().unwrap();
    let path = journal_in(folder.path());
    {
        let mut connection = rusqlite::Connection::open(&path).unwrap();
        migrations().to_version(&mut connection, 1).unwrap();
        connection
            .execute(
                "INSERT INTO entry (date, pain) VALUES ('2025-12-01', 7)",
                [],
            )
            .unwrap();
    }
    drop(Store::open(&path).unwrap());
    let backups = list_backups(&path).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, "before-migration");
    let connection = rusqlite::Connection::open(&backups[0].path).unwrap();
    let version: i64 = connection
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    assert_eq!(version, 1, "the backup holds the journal as it was");
}

#[test]
fn import_backs_up_first_and_the_cli_restores() {
    let folder = tempfile::tempdir().unwrap();
    let db = journal_in(folder.path());
    crate::common::run_ok(&db, &["log", "--date", "2026-01-01", "--pain", "5"]);
    let before = crate::common::dump(&db);
    let csv = folder.path().join("more.csv");
    fs::write(&csv, "date,pain\n2026-01-01,9\n").unwrap();
    let said = crate::common::run_ok(&db, &["import", csv.to_str().unwrap()]);
    assert!(said.contains("Backed up"), "{said}");
    let backups = list_backups(&db).unwrap();
    assert_eq!(backups[0].reason, "before-import");
    let listed = crate::common::run_ok(&db, &["backup", "--list"]);
    assert!(listed.contains("before-import"), "{listed}");

    let restored = crate::common::run_ok(&db, &["restore", backups[0].path.to_str().unwrap()]);
    assert!(restored.contains("Restored"), "{restored}");
    assert_eq!(crate::common::dump(&db), before);
}

#[cfg(unix)]
#[test]
fn backups_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::tempdir().unwrap();
    let db = journal_in(folder.path());
    crate::common::run_ok(&db, &["log", "--pain", "5"]);
    let said = crate::common::run_ok(&db, &["backup"]);
    assert!(said.contains("Backed up"), "{said}");
    let backup = &list_backups(&db).unwrap()[0];
    let mode = fs::metadata(&backup.path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let folder_mode = fs::metadata(backup.path.parent().unwrap())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(folder_mode, 0o700);
}

#[test]
fn journals_in_one_folder_keep_their_backups_apart() {
    let folder = tempfile::tempdir().unwrap();
    let journal = journal_in(folder.path());
    let demo = folder.path().join("demo.db");
    let mut store = Store::open(&journal).unwrap();
    log(&mut store, "2026-03-01", 6);
    store
        .backup(at("2026-03-01 09:00"), BackupReason::Manual)
        .unwrap();
    let mut demo_store = Store::open(&demo).unwrap();
    log(&mut demo_store, "2026-03-01", 2);
    demo_store
        .backup(at("2026-03-02 09:00"), BackupReason::Manual)
        .unwrap();

    let journal_backups = list_backups(&journal).unwrap();
    let demo_backups = list_backups(&demo).unwrap();
    assert_eq!(journal_backups.len(), 1);
    assert_eq!(demo_backups.len(), 1);
    let restored = Store::open(&journal_backups[0].path).unwrap();
    let day = "2026-03-01".parse().unwrap();
    assert_eq!(restored.entry(day).unwrap().unwrap().pain.get(), 6);

    // A journal named after a date: its backups look like old ones of `journal.db` to a loose
    // reading of the names; pruning `journal.db` must leave them alone.
    let dated = folder.path().join("journal-20241231.db");
    let mut dated_store = Store::open(&dated).unwrap();
    log(&mut dated_store, "2024-12-31", 3);
    dated_store
        .backup(at("2026-03-03 09:00"), BackupReason::Manual)
        .unwrap();
    prune_backups(&journal, 1, at("2026-03-04 09:00")).unwrap();
    assert_eq!(list_backups(&dated).unwrap().len(), 1);
    assert_eq!(list_backups(&demo).unwrap().len(), 1);
    assert_eq!(
        list_backups(&journal).unwrap().len(),
        1,
        "the newest is always kept"
    );
}

#[test]
fn the_store_backs_up_before_an_import_and_an_empty_journal_needs_none() {
    let folder = tempfile::tempdir().unwrap();
    let path = journal_in(folder.path());
    let mut store = Store::open(&path).unwrap();
    let incoming = [Entry::new(
        "2026-03-02".parse().unwrap(),
        Score::new("pain", 3).unwrap(),
    )];

    let first = store
        .import_after_backup(&incoming, &[], None, at("2026-03-02 09:00"))
        .unwrap();
    assert_eq!(first.backup, None, "an empty journal has nothing to lose");
    assert_eq!(first.summary.entries_added, 1);

    log(&mut store, "2026-03-01", 7);
    let replacing = [Entry::new(
        "2026-03-01".parse().unwrap(),
        Score::new("pain", 2).unwrap(),
    )];
    let second = store
        .import_after_backup(&replacing, &[], None, at("2026-03-02 10:00"))
        .unwrap();
    assert_eq!(second.summary.entries_replaced, 1);
    let backup = second.backup.unwrap();
    let backups = list_backups(&path).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, "before-import");
    assert_eq!(backups[0].path, backup);
    // The backup holds the day as it was before the import.
    let before = Store::open(&backup).unwrap();
    assert_eq!(
        before
            .entry("2026-03-01".parse().unwrap())
            .unwrap()
            .unwrap()
            .pain
            .get(),
        7
    );
    assert_eq!(
        store
            .entry("2026-03-01".parse().unwrap())
            .unwrap()
            .unwrap()
            .pain
            .get(),
        2
    );
}
