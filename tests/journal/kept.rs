//! A journal kept aside after "Forgot it?", its passphrase remembered later: `restore` brings it
//! and its backups back whole with the passphrase given for that file, through the built binary;
//! nothing is left beside the kept journal, and `backup --list` says which passphrase each
//! backup needs.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use relief_journal::domain::{Entry, Score};
use relief_journal::store::{Store, kept_journals, list_backups, set_aside_forgotten};

use crate::common::stderr;
use crate::passphrase::{
    OTHER, SECRET, content, is_plain, journal_with_notes, ok, protected_journal_with_notes, run_env,
};

/// A protected journal with three days, set aside as "Forgot it?" does, and a new plain journal
/// started in its place with one day of its own. Returns the kept file and the old content.
fn forgotten_then_new(folder: &Path) -> (PathBuf, PathBuf, String) {
    let db = journal_with_notes(folder);
    ok(
        &db,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", SECRET)],
    );
    let old = content(&db, Some(SECRET));
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 28)
        .unwrap()
        .and_hms_opt(9, 30, 0)
        .unwrap();
    let kept = set_aside_forgotten(&db, now).unwrap();
    ok(&db, &["log", "--date", "2026-11-27", "--pain", "3"], &[]);
    (db, kept, old)
}

/// The files beside `db` whose names start with the kept journal's.
fn beside(kept: &Path) -> Vec<String> {
    let name = kept.file_name().unwrap().to_string_lossy().into_owned();
    fs::read_dir(kept.parent().unwrap())
        .unwrap()
        .map(|item| item.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|file| file.starts_with(&name))
        .collect()
}

#[test]
fn a_kept_journal_comes_back_whole_with_its_own_passphrase() {
    let folder = tempfile::tempdir().unwrap();
    let (db, kept, old) = forgotten_then_new(folder.path());
    let new = content(&db, None);
    let kept_bytes = fs::read(&kept).unwrap();
    let kept_arg = kept.to_str().unwrap();

    // Without the file's passphrase (no terminal to ask on): refused by name, nothing changed.
    let refused = run_env(&db, &["restore", kept_arg], &[]);
    assert_eq!(refused.status.code(), Some(2));
    let message = stderr(&refused);
    assert!(
        message.contains("RELIEF_JOURNAL_RESTORE_PASSPHRASE"),
        "{message}"
    );
    assert!(message.contains("not this journal's"), "{message}");
    assert_eq!(content(&db, None), new);
    // A wrong one: refused, saying it was tried.
    let wrong = run_env(
        &db,
        &["restore", kept_arg],
        &[("RELIEF_JOURNAL_RESTORE_PASSPHRASE", OTHER)],
    );
    assert_eq!(wrong.status.code(), Some(2));
    assert!(
        stderr(&wrong).contains("does not open"),
        "{}",
        stderr(&wrong)
    );
    assert_eq!(content(&db, None), new);

    // The remembered passphrase, typed decomposed in a file with a byte-order mark.
    let file = folder.path().join("remembered.txt");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(SECRET.as_bytes());
    bytes.extend_from_slice(b"\r\n");
    fs::write(&file, &bytes).unwrap();
    let out = ok(
        &db,
        &[
            "restore",
            kept_arg,
            "--restore-passphrase-file",
            file.to_str().unwrap(),
        ],
        &[],
    );
    assert!(out.contains("protected again"), "{out}");
    assert!(!is_plain(&db));
    assert_eq!(content(&db, Some(SECRET)), old);
    // The new journal's day is in the backup taken first, under the passphrase it took.
    let before = list_backups(&db)
        .unwrap()
        .into_iter()
        .find(|backup| backup.reason == "before-restore")
        .unwrap();
    assert!(!is_plain(&before.path));
    let opened = Store::open_with(&before.path, Some(&crate::passphrase::key(SECRET))).unwrap();
    assert_eq!(opened.journal().unwrap().entries.len(), 1);
    // The kept file is still there, unchanged, and alone.
    assert_eq!(fs::read(&kept).unwrap(), kept_bytes);
    assert_eq!(beside(&kept), [kept.file_name().unwrap().to_string_lossy()]);
}

#[test]
fn a_kept_journal_restores_into_a_journal_with_a_new_passphrase_and_keeps_that_one() {
    let folder = tempfile::tempdir().unwrap();
    let (db, kept, old) = forgotten_then_new(folder.path());
    ok(
        &db,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", OTHER)],
    );
    // A passphrase typed decomposed ("é" as "e" and a combining accent) opens a kept file
    // protected with it precomposed.
    let db2 = folder.path().join("second.db");
    ok(&db2, &["log", "--date", "2026-11-20", "--pain", "4"], &[]);
    ok(
        &db2,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", "caf\u{e9}")],
    );
    let kept2 = set_aside_forgotten(&db2, chrono::NaiveDateTime::default()).unwrap();
    ok(&db2, &["log", "--date", "2026-11-21", "--pain", "5"], &[]);
    ok(
        &db2,
        &["restore", kept2.to_str().unwrap()],
        &[("RELIEF_JOURNAL_RESTORE_PASSPHRASE", "cafe\u{301}")],
    );
    assert_eq!(
        content(&db2, Some("caf\u{e9}")).matches("\"date\"").count(),
        1
    );

    let with_key = [
        ("RELIEF_JOURNAL_PASSPHRASE", OTHER),
        ("RELIEF_JOURNAL_RESTORE_PASSPHRASE", SECRET),
    ];
    ok(&db, &["restore", kept.to_str().unwrap()], &with_key);
    // Under the journal's own passphrase, with the kept journal's days.
    assert_eq!(content(&db, Some(OTHER)), old);
}

#[test]
fn the_backups_of_a_kept_journal_are_listed_kept_and_restore_with_their_passphrase() {
    let folder = tempfile::tempdir().unwrap();
    let (db, _kept, old) = forgotten_then_new(folder.path());
    ok(&db, &["backup"], &[]);
    let listed = ok(&db, &["backup", "--list"], &[]);
    let lines: Vec<&str> = listed.lines().collect();
    // The new journal's own backup needs nothing; those kept need the old passphrase.
    assert!(
        lines
            .iter()
            .any(|line| line.contains("no passphrase") && !line.contains("kept")),
        "{listed}"
    );
    let kept_lines = lines
        .iter()
        .filter(|line| line.contains("another passphrase, kept"))
        .count();
    assert!(kept_lines >= 2, "{listed}");
    assert!(listed.contains("Journal kept aside:"), "{listed}");

    // Kept backups are never pruned by the new journal.
    let kept_backups: Vec<_> = list_backups(&db)
        .unwrap()
        .into_iter()
        .filter(|backup| backup.kept)
        .collect();
    relief_journal::store::prune_backups(&db, 1, chrono::NaiveDateTime::MAX).unwrap();
    for backup in &kept_backups {
        assert!(backup.path.exists());
    }
    // The newest kept backup is the journal as it was protected: restored whole.
    let newest = &kept_backups[0];
    ok(
        &db,
        &["restore", newest.path.to_str().unwrap()],
        &[("RELIEF_JOURNAL_RESTORE_PASSPHRASE", SECRET)],
    );
    assert_eq!(content(&db, Some(SECRET)), old);
}

#[test]
fn a_crashed_journals_log_goes_with_it_and_comes_back_with_it() {
    let folder = tempfile::tempdir().unwrap();
    let db = journal_with_notes(folder.path());
    ok(
        &db,
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", SECRET)],
    );
    // A day written to the log and never folded into the file: the program stopped dead (the
    // connection is never closed, so nothing checkpoints the log).
    let mut store = Store::open_with(&db, Some(&crate::passphrase::key(SECRET))).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    store
        .save_entry(&Entry::new(day, Score::new("pain", 8).unwrap()))
        .unwrap();
    let with_day = relief_journal::exchange::journal_to_json(&store.journal().unwrap());
    std::mem::forget(store);
    let wal = folder.path().join("journal.db-wal");
    let shm = folder.path().join("journal.db-shm");
    assert!(fs::metadata(&wal).unwrap().len() > 0);
    let kept = set_aside_forgotten(&db, chrono::NaiveDateTime::default()).unwrap();
    assert!(!wal.exists() && !shm.exists());
    assert!(!relief_journal::store::last_logged_path(&db).exists());
    ok(&db, &["log", "--date", "2026-11-27", "--pain", "3"], &[]);
    let journals = kept_journals(&db).unwrap();
    assert_eq!(journals.len(), 1);
    assert!(journals[0].protected && journals[0].has_log);
    ok(
        &db,
        &["restore", kept.to_str().unwrap()],
        &[("RELIEF_JOURNAL_RESTORE_PASSPHRASE", SECRET)],
    );
    assert_eq!(content(&db, Some(SECRET)), with_day);
    assert!(with_day.contains("2026-11-26"));
    // No index is left beside the kept journal.
    assert!(
        !beside(&kept).iter().any(|file| file.ends_with("-shm")),
        "{:?}",
        beside(&kept)
    );
}

/// Every file under `folder` whose name says it was left by unfinished work or by SQLite.
fn unfinished_files(folder: &Path) -> Vec<String> {
    crate::passphrase::snapshot(folder)
        .into_keys()
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .filter(|name| {
            name.contains(".converting")
                || name.contains(".partial")
                || name.contains("restoring")
                || name.ends_with("-wal")
                || name.ends_with("-shm")
                || name.ends_with("-journal")
        })
        .collect()
}

#[test]
fn a_killed_passphrase_change_leaves_nothing_and_the_list_says_what_each_backup_needs() {
    for step in ["verify", "rename", "backups"] {
        let folder = tempfile::tempdir().unwrap();
        let (db, before) = protected_journal_with_notes(folder.path(), SECRET);
        let killed = run_env(
            &db,
            &["passphrase", "change"],
            &[
                ("RELIEF_JOURNAL_PASSPHRASE", SECRET),
                ("RELIEF_JOURNAL_NEW_PASSPHRASE", OTHER),
                ("RELIEF_JOURNAL_TEST_KILL_AT", step),
            ],
        );
        assert!(!killed.status.success(), "{step}: the hook stops it");
        // What a kill in the middle of writing leaves too: empty copies and rollback journals.
        let with_suffix = |path: &Path, suffix: &str| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
        };
        for path in [db.clone()].into_iter().chain(
            list_backups(&db)
                .unwrap()
                .into_iter()
                .map(|backup| backup.path),
        ) {
            let converting = with_suffix(&path, ".converting");
            if !converting.exists() {
                fs::write(&converting, b"").unwrap();
            }
            fs::write(with_suffix(&path, ".converting-journal"), b"").unwrap();
        }
        assert!(!unfinished_files(folder.path()).is_empty());

        let key = if step == "backups" { OTHER } else { SECRET };
        let listed = ok(
            &db,
            &["backup", "--list"],
            &[("RELIEF_JOURNAL_PASSPHRASE", key)],
        );
        assert_eq!(
            unfinished_files(folder.path()),
            Vec::<String>::new(),
            "{step}"
        );
        assert!(
            !listed.contains("Left by interrupted work"),
            "{step}: {listed}"
        );
        assert_eq!(content(&db, Some(key)), before, "{step}");
        let lines: Vec<&str> = listed.lines().collect();
        let own = lines
            .iter()
            .filter(|line| line.contains("this journal's passphrase"))
            .count();
        let other = lines
            .iter()
            .filter(|line| line.contains("another passphrase"))
            .count();
        assert_eq!(
            own + other,
            list_backups(&db).unwrap().len(),
            "{step}: {listed}"
        );
        if step == "backups" {
            // Killed after the first backup: the rest still need the earlier passphrase, and
            // open with it.
            assert!(own >= 1 && other >= 1, "{step}: {listed}");
            for backup in list_backups(&db).unwrap() {
                let opened = [OTHER, SECRET].iter().any(|text| {
                    Store::open_with(&backup.path, Some(&crate::passphrase::key(text))).is_ok()
                });
                assert!(opened, "{}", backup.path.display());
            }
        } else {
            assert_eq!(other, 0, "{step}: {listed}");
        }
    }
}

#[test]
fn a_journal_set_aside_by_a_restore_keeps_no_index_or_empty_log_beside_it() {
    let folder = tempfile::tempdir().unwrap();
    let db = journal_with_notes(folder.path());
    let backup = list_backups(&db).unwrap()[0].path.clone();
    let old = content(&db, None);
    // A journal that cannot be opened (damaged past its header), with the empty log and index
    // a crash left.
    let mut damaged = b"SQLite format 3\0".to_vec();
    damaged.resize(4096, 0x42);
    fs::write(&db, &damaged).unwrap();
    fs::write(folder.path().join("journal.db-wal"), b"").unwrap();
    fs::write(folder.path().join("journal.db-shm"), [0_u8; 32768]).unwrap();
    let out = ok(&db, &["restore", backup.to_str().unwrap()], &[]);
    assert!(out.contains("moved, unchanged"), "{out}");
    assert_eq!(content(&db, None), old);
    let kept = &kept_journals(&db).unwrap()[0];
    assert_eq!(fs::read(&kept.path).unwrap(), damaged);
    assert_eq!(beside(&kept.path).len(), 1, "{:?}", beside(&kept.path));
    assert_eq!(unfinished_files(folder.path()), Vec::<String>::new());
}
