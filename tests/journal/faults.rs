//! Faults that users of journals and health apps meet, driven through the built binary: read-only
//! folders and files, another user's journal, a clock that jumps, mistyped years, duplicate
//! infusions, and the neighbours of each (a backups folder that is a file, a journal path that is
//! a folder). Each must give a clear message, lose nothing and say nothing false.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDateTime;
use relief_journal::domain::{DoseMg, Entry, Infusion, Score};
use relief_journal::store::{BackupReason, Store, backup_folder, list_backups};

use crate::common::{TODAY, dump, run, run_ok, stderr};

/// The unprivileged account the read-only tests run the app as when the tests run as root
/// (root may write anywhere, so a read-only folder means nothing to it).
const NOBODY: &str = "65534";

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

/// Whether these tests run as root: judged by the owner of a file they create.
fn running_as_root(folder: &Path) -> bool {
    let probe = folder.join("owner-probe");
    fs::write(&probe, "").unwrap();
    let root = fs::metadata(&probe).unwrap().uid() == 0;
    fs::remove_file(probe).unwrap();
    root
}

/// Runs the app's command line as a user who is not the journal's owner: as `nobody` when the
/// tests run as root, otherwise as the current user (whom the permissions then bind).
fn run_as_other_user(folder: &Path, db: &Path, args: &[&str]) -> Output {
    let binary = env!("CARGO_BIN_EXE_relief-journal");
    let mut command = if running_as_root(folder) {
        let mut command = Command::new("setpriv");
        command.args([
            "--reuid",
            NOBODY,
            "--regid",
            NOBODY,
            "--clear-groups",
            "--",
            binary,
        ]);
        command
    } else {
        Command::new(binary)
    };
    command
        .arg("--db")
        .arg(db)
        .args(["--today", TODAY])
        .args(args)
        .env_remove("RELIEF_JOURNAL_DB")
        // The messages checked are English, whatever the machine's language.
        .env("RELIEF_JOURNAL_LANG", "en")
        .env("HOME", folder)
        .output()
        .unwrap()
}

fn set_mode(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// A journal with three days and one infusion, closed cleanly, in `folder`.
fn small_journal(folder: &Path) -> PathBuf {
    let db = folder.join("journal.db");
    run_ok(&db, &["infusion", "--date", "2026-11-20"]);
    for (day, pain) in [
        ("2026-11-21", "6"),
        ("2026-11-22", "5"),
        ("2026-11-23", "4"),
    ] {
        run_ok(&db, &["log", "--date", day, "--pain", pain]);
    }
    db
}

/// Every byte of every file in `folder`, by name, to show nothing was changed.
fn snapshot(folder: &Path) -> Vec<(String, Vec<u8>, u32)> {
    let mut files: Vec<_> = fs::read_dir(folder)
        .unwrap()
        .map(|item| item.unwrap().path())
        .filter(|path| path.is_file())
        .map(|path| {
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read(&path).unwrap(), mode)
        })
        .collect();
    files.sort();
    files
}

/// A folder that the test's user owns and others may read but not write (0755), inside a
/// private temporary folder opened to others for reading.
fn shared_folder() -> (tempfile::TempDir, PathBuf) {
    let outer = tempfile::tempdir().unwrap();
    set_mode(outer.path(), 0o755);
    let folder = outer.path().join("snapshot");
    fs::create_dir(&folder).unwrap();
    (outer, folder)
}

fn assert_not_called_damaged(output: &Output) {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        stderr(output)
    );
    assert!(!text.contains("damaged"), "called damaged: {text}");
    assert!(!text.contains("Restore the latest backup"), "{text}");
}

#[test]
fn a_journal_in_a_read_only_folder_is_read_and_never_changed() {
    let (_outer, folder) = shared_folder();
    let db = small_journal(&folder);
    for file in fs::read_dir(&folder).unwrap() {
        set_mode(&file.unwrap().path(), 0o644);
    }
    set_mode(&folder, 0o555);
    let before = snapshot(&folder);

    let analyzed = run_as_other_user(&folder, &db, &["analyze", "--json"]);
    assert!(analyzed.status.success(), "{}", stderr(&analyzed));
    assert_not_called_damaged(&analyzed);
    let json: serde_json::Value = serde_json::from_slice(&analyzed.stdout).unwrap();
    assert_eq!(json["cycles"].as_array().unwrap().len(), 1);

    let export = tempfile::tempdir().unwrap();
    set_mode(export.path(), 0o777);
    let exported = export.path().join("out.json");
    let output = run_as_other_user(&folder, &db, &["export", exported.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = fs::read_to_string(&exported).unwrap();
    assert!(text.contains("2026-11-23"), "{text}");
    let report = export.path().join("report.pdf");
    let output = run_as_other_user(&folder, &db, &["report", "--out", report.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));

    for args in [
        &["log", "--date", "2026-11-24", "--pain", "3"][..],
        &["infusion", "--date", "2026-11-25"],
        &["backup"],
    ] {
        let output = run_as_other_user(&folder, &db, args);
        assert!(!output.status.success(), "{args:?} claimed to write");
        assert_not_called_damaged(&output);
        let message = stderr(&output);
        assert!(message.contains("is read-only"), "{args:?}: {message}");
        assert!(
            message.contains("copy the journal somewhere you can write to"),
            "{message}"
        );
    }
    assert_eq!(
        snapshot(&folder),
        before,
        "a file beside the journal changed"
    );
    set_mode(&folder, 0o755);
}

/// Reading a journal that was closed cleanly, in a folder that can be written, leaves nothing
/// beside it: no `-wal` or `-shm` file from `--read-only` commands, nor from `remind`, which
/// reads the journal's language setting (an uninstaller that turns the reminder off found them
/// beside the journal it had promised to keep unchanged).
#[test]
fn reading_a_closed_journal_leaves_nothing_beside_it() {
    let folder = tempfile::tempdir().unwrap();
    let db = small_journal(folder.path());
    run_ok(&db, &["log", "--date", crate::common::TODAY, "--pain", "3"]);
    let before = snapshot(folder.path());
    let out = tempfile::tempdir().unwrap();
    let exported = out.path().join("out.json");
    let report = out.path().join("report.pdf");
    for args in [
        &["--read-only", "analyze", "--json"][..],
        &["--read-only", "export", exported.to_str().unwrap()],
        &["--read-only", "report", "--out", report.to_str().unwrap()],
        &["remind"],
    ] {
        // On a system in English, with no language chosen for the program, so the journal's
        // own setting is read.
        let output = crate::common::run_on_system("en_US.UTF-8", &db, args);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        assert_eq!(
            snapshot(folder.path()),
            before,
            "{args:?} left or changed a file beside the journal"
        );
    }
}

#[test]
fn a_journal_still_holding_its_write_ahead_log_is_read_from_a_read_only_folder() {
    let (_outer, folder) = shared_folder();
    let db = folder.join("journal.db");
    // A journal whose last save is still in its -wal file, as a snapshot taken while the app
    // was open would hold it: copy the three files while a connection keeps them open.
    let live = tempfile::tempdir().unwrap();
    let live_db = live.path().join("journal.db");
    let mut store = Store::open(&live_db).unwrap();
    store
        .save_entry(&Entry::new(
            "2026-11-27".parse().unwrap(),
            Score::new("pain", 7).unwrap(),
        ))
        .unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{suffix}", live_db.display()));
        let to = PathBuf::from(format!("{}{suffix}", db.display()));
        fs::copy(&from, &to).unwrap();
        set_mode(&to, 0o644);
    }
    drop(store);
    set_mode(&folder, 0o555);
    let before = snapshot(&folder);
    let output = run_as_other_user(&folder, &db, &["analyze", "--json"]);
    assert_not_called_damaged(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    let export = tempfile::tempdir().unwrap();
    set_mode(export.path(), 0o777);
    let csv = export.path().join("entries.csv");
    let output = run_as_other_user(&folder, &db, &["export", csv.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(fs::read_to_string(&csv).unwrap().contains("2026-11-27"));
    assert_eq!(snapshot(&folder), before);
    set_mode(&folder, 0o755);
}

#[test]
fn a_read_only_journal_file_in_a_writable_folder_says_the_file_is_read_only() {
    let (_outer, folder) = shared_folder();
    let db = small_journal(&folder);
    let saved = dump(&db);
    set_mode(&db, 0o444);
    set_mode(&folder, 0o777);
    let output = run_as_other_user(&folder, &db, &["log", "--pain", "2"]);
    assert!(!output.status.success());
    assert_not_called_damaged(&output);
    assert!(
        stderr(&output).contains("the journal file") && stderr(&output).contains("is read-only"),
        "{}",
        stderr(&output)
    );
    let output = run_as_other_user(&folder, &db, &["analyze"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        fs::metadata(&db).unwrap().permissions().mode() & 0o777,
        0o444,
        "opening changed the journal's permissions"
    );
    set_mode(&db, 0o600);
    assert_eq!(dump(&db), saved);
}

#[test]
fn another_users_journal_is_neither_changed_nor_called_damaged() {
    let (_outer, folder) = shared_folder();
    let db = small_journal(&folder);
    set_mode(&folder, 0o777);

    // Readable by others: opened for reading, permissions untouched.
    set_mode(&db, 0o644);
    let output = run_as_other_user(&folder, &db, &["analyze"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        fs::metadata(&db).unwrap().permissions().mode() & 0o777,
        0o644
    );

    // Private to its owner: it cannot be read, and the message says why, not "damaged".
    set_mode(&db, 0o600);
    let before = fs::read(&db).unwrap();
    let output = run_as_other_user(&folder, &db, &["analyze"]);
    assert!(!output.status.success());
    assert_not_called_damaged(&output);
    let message = stderr(&output);
    assert!(message.contains("could not be read"), "{message}");
    assert!(message.contains("permission denied"), "{message}");
    assert_eq!(fs::read(&db).unwrap(), before);
}

#[test]
fn no_journal_can_be_started_in_a_read_only_folder() {
    let (_outer, folder) = shared_folder();
    set_mode(&folder, 0o555);
    let db = folder.join("journal.db");
    let output = run_as_other_user(&folder, &db, &["log", "--pain", "4"]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("is read-only"), "{message}");
    assert!(!db.exists());
    set_mode(&folder, 0o755);
}

#[test]
fn a_journal_path_that_is_a_folder_is_named_as_one() {
    let folder = tempfile::tempdir().unwrap();
    let output = run(folder.path(), &["analyze"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("is a folder, not a journal file"),
        "{message}"
    );
    assert!(message.contains("journal.db"), "{message}");
}

/// A journal in `folder` holding one entry (1 March 2026), open.
fn journal_of_one_day(folder: &Path) -> (PathBuf, Store) {
    let db = folder.join("journal.db");
    let mut store = Store::open(&db).unwrap();
    store
        .save_entry(&Entry::new(
            "2026-03-01".parse().unwrap(),
            Score::new("pain", 5).unwrap(),
        ))
        .unwrap();
    (db, store)
}

#[test]
fn a_clock_a_year_ahead_deletes_no_backup_and_the_latest_is_the_last_written() {
    let folder = tempfile::tempdir().unwrap();
    let (db, store) = journal_of_one_day(folder.path());
    for day in 1..=14 {
        let now = at(&format!("2026-03-{day:02} 09:00"));
        assert!(store.daily_backup(now).unwrap().is_some(), "day {day}");
    }
    assert_eq!(list_backups(&db).unwrap().len(), 14);

    // One start with the clock a year ahead: a copy is taken, nothing is removed.
    store.daily_backup(at("2027-03-15 09:00")).unwrap();
    assert_eq!(list_backups(&db).unwrap().len(), 15);

    // The clock put right: the copy written now is the latest, although its name's date is
    // earlier than the wrong one's; still nothing is removed on the wrong clock's word.
    let right = store.daily_backup(at("2026-03-16 09:00")).unwrap().unwrap();
    let backups = list_backups(&db).unwrap();
    assert_eq!(backups.len(), 16);
    assert_eq!(backups[0].path, right);

    // Days later, pruning resumes by the order the copies were written: the wrong copy ages
    // with its neighbours instead of staying "newest" for good.
    for day in 17..=31 {
        store
            .daily_backup(at(&format!("2026-03-{day:02} 09:00")))
            .unwrap();
    }
    let backups = list_backups(&db).unwrap();
    assert_eq!(backups[0].taken_at, at("2026-03-31 09:00"));
    assert!(
        backups
            .iter()
            .all(|backup| backup.taken_at.date().to_string() != "2027-03-15"),
        "the wrong-clock copy outlived the 14 days: {backups:#?}"
    );
    // 14 days kept, counted back from 31 March: 17 March onwards.
    assert_eq!(backups.len(), 15, "{backups:#?}");
}

#[test]
fn a_clock_set_back_prunes_nothing_and_the_newest_seven_always_stay() {
    let folder = tempfile::tempdir().unwrap();
    let (db, mut store) = journal_of_one_day(folder.path());
    for day in 1..=10 {
        store
            .backup(at(&format!("2026-03-{day:02} 09:00")), BackupReason::Manual)
            .unwrap();
    }
    // A clock a year behind: the copy is made and nothing is pruned.
    store
        .backup(at("2025-03-11 09:00"), BackupReason::Manual)
        .unwrap();
    assert_eq!(list_backups(&db).unwrap().len(), 11);
    // Keeping one day on a clock that reads right: the seven written last stay whatever
    // their dates, the wrong one among them.
    let mut settings = store.settings().unwrap();
    settings.backup_keep_days = 1;
    store.save_settings(&settings).unwrap();
    // The first copy after the wrong one is far later than it: still nothing is pruned.
    store
        .backup(at("2026-03-12 09:00"), BackupReason::Manual)
        .unwrap();
    assert_eq!(list_backups(&db).unwrap().len(), 12);
    store
        .backup(at("2026-03-13 09:00"), BackupReason::Manual)
        .unwrap();
    let backups = list_backups(&db).unwrap();
    assert_eq!(backups.len(), 7, "{backups:#?}");
    assert_eq!(backups[2].taken_at, at("2025-03-11 09:00"));
    assert_eq!(backups[6].taken_at, at("2026-03-07 09:00"));
}

#[test]
fn every_command_that_backs_up_also_prunes() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["log", "--date", "2026-01-01", "--pain", "5"]);
    let csv = folder.path().join("entries.csv");
    fs::write(&csv, "date,pain\n2025-12-31,4\n").unwrap();
    // Sixty nights of an import and a backup, each on its own day.
    let start: chrono::NaiveDate = "2026-01-01".parse().unwrap();
    for night in 0..60 {
        let today = (start + chrono::Duration::days(night)).to_string();
        for args in [&["import", csv.to_str().unwrap()][..], &["backup"]] {
            let output = Command::new(env!("CARGO_BIN_EXE_relief-journal"))
                .arg("--db")
                .arg(&db)
                .args(["--today", &today])
                .args(args)
                .output()
                .unwrap();
            assert!(output.status.success(), "{}", stderr(&output));
        }
    }
    let backups = list_backups(&db).unwrap();
    // Kept: the copies of the last 14 days (2 a night, 15 nights counting both ends).
    assert!(backups.len() <= 30, "{} copies kept", backups.len());
    assert!(backups.len() >= 28, "{} copies kept", backups.len());
}

#[test]
fn a_backups_folder_that_is_a_file_is_named_and_the_journal_is_kept() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["log", "--pain", "5"]);
    fs::write(backup_folder(&db), "not a folder").unwrap();
    let saved = dump(&db);
    let output = run(&db, &["backup"]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("backups"), "{message}");
    assert!(
        message.contains("a file has the name of the backups folder"),
        "{message}"
    );
    let csv = folder.path().join("entries.csv");
    fs::write(&csv, "date,pain\n2026-11-01,4\n").unwrap();
    let output = run(&db, &["import", csv.to_str().unwrap()]);
    assert!(!output.status.success(), "imported without its backup");
    assert_eq!(dump(&db), saved);
}

#[test]
fn dates_after_today_are_refused_on_every_write_path() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["log", "--date", "2026-11-01", "--pain", "5"]);
    let saved = dump(&db);

    for (args, hint) in [
        (
            &["log", "--date", "2062-11-28", "--pain", "4"][..],
            "check the year",
        ),
        (
            &["log", "--date", "2026-11-29", "--pain", "4"],
            "no later than today (2026-11-28)",
        ),
        (&["infusion", "--date", "2062-11-28"], "mark it planned"),
        (
            &["infusion", "--date", "2026-12-01", "--dose-mg", "40"],
            "mark it planned",
        ),
    ] {
        let output = run(&db, args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = stderr(&output);
        assert!(message.contains(args[2]), "{args:?}: {message}");
        assert!(message.contains(hint), "{args:?}: {message}");
    }
    // Planned infusions may be ahead.
    run_ok(&db, &["infusion", "--date", "2027-01-10", "--planned"]);
    let saved_with_plan = dump(&db);
    assert_ne!(saved, saved_with_plan);

    let entries = folder.path().join("entries.csv");
    fs::write(
        &entries,
        "date,pain\n2026-11-02,5\n2062-11-03,6\n2026-11-04,4\n",
    )
    .unwrap();
    let infusions = folder.path().join("infusions.csv");
    fs::write(
        &infusions,
        "date,status\n2026-11-10,done\n2027-02-01,planned\n2030-01-01,done\n",
    )
    .unwrap();
    for (file, line) in [(&entries, "line 3"), (&infusions, "line 4")] {
        let output = run(&db, &["import", file.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "{}", file.display());
        let message = stderr(&output);
        assert!(
            message.contains("2062-11-03") || message.contains("2030-01-01"),
            "{message}"
        );
        assert!(message.contains("no later than today"), "{message}");
        assert!(message.contains(line), "the line is not named: {message}");
    }
    // A tracker's export, one reading per row: the row of the mistyped day is named.
    let tracker = folder.path().join("TrackAndGraph.csv");
    fs::write(
        &tracker,
        "FeatureName,Timestamp,Value,Label,Note\n\
         Pain,2026-11-20T08:00:00+01:00,5.0,,\n\
         Pain,2062-11-21T08:00:00+01:00,6.0,,\n",
    )
    .unwrap();
    let output = run(
        &db,
        &[
            "import",
            tracker.to_str().unwrap(),
            "--from",
            "track-and-graph",
        ],
    );
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.contains("2062-11-21"), "{message}");
    assert!(message.contains("line 3"), "{message}");
    assert_eq!(
        dump(&db),
        saved_with_plan,
        "a refused import wrote something"
    );
}

#[test]
fn dates_years_before_the_rest_are_imported_with_a_note() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["log", "--date", "2026-10-01", "--pain", "5"]);
    let entries = folder.path().join("entries.csv");
    fs::write(
        &entries,
        "date,pain\n2026-10-02,5\n1926-10-03,6\n2026-10-04,4\n",
    )
    .unwrap();
    let text = run_ok(&db, &["import", entries.to_str().unwrap()]);
    assert!(
        text.contains("1 row is dated years before the rest (1926-10-03"),
        "{text}"
    );

    let other = folder.path().join("other.db");
    run_ok(&other, &["log", "--date", "2026-10-01", "--pain", "5"]);
    let text = run_ok(&other, &["log", "--date", "2016-10-05", "--pain", "3"]);
    assert!(text.contains("2016-10-05"), "{text}");
    assert!(text.contains("check the year"), "{text}");
    let text = run_ok(&other, &["log", "--date", "2025-12-06", "--pain", "3"]);
    assert!(!text.contains("check the year"), "{text}");
}

#[test]
fn a_second_done_infusion_on_a_day_is_refused_when_added_and_a_file_holding_one_imports() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["infusion", "--date", "2026-10-01"]);
    let saved = dump(&db);
    let output = run(
        &db,
        &["infusion", "--date", "2026-10-01", "--dose-mg", "35"],
    );
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("already has one"), "{message}");
    assert!(message.contains("edit that infusion instead"), "{message}");
    assert_eq!(dump(&db), saved);
    // A planned one on that day is not a second done infusion.
    run_ok(&db, &["infusion", "--date", "2026-10-01", "--planned"]);

    // A file may hold two done infusions on a day (a journal synced between two computers
    // can, and exports them): imported as they are, and named so the wrong one can go.
    let file = folder.path().join("infusions.csv");
    fs::write(&file, "date,status\n2026-10-20,done\n2026-10-20,done\n").unwrap();
    let text = run_ok(&db, &["import", file.to_str().unwrap()]);
    assert!(
        text.contains("20 Oct 2026 has more than one done infusion in this file"),
        "{text}"
    );
    let json = folder.path().join("journal.json");
    fs::write(
        &json,
        r#"{"format": "relief-journal", "version": 1, "entries": [],
            "infusions": [{"date": "2026-10-21", "status": "done"},
                          {"date": "2026-10-21", "status": "done"}]}"#,
    )
    .unwrap();
    let text = run_ok(&db, &["import", json.to_str().unwrap()]);
    assert!(
        text.contains("21 Oct 2026 has more than one done infusion in this file"),
        "{text}"
    );
    let store = Store::open(&db).unwrap();
    for day in ["2026-10-20", "2026-10-21"] {
        let done = store
            .infusions()
            .unwrap()
            .into_iter()
            .filter(|stored| stored.infusion.is_done() && stored.infusion.date.to_string() == day)
            .count();
        assert_eq!(done, 2, "{day}");
    }
    drop(store);

    // The store refuses it from any caller, the app's form and paste included.
    let mut store = Store::open(&db).unwrap();
    let error = store
        .add_infusion(&Infusion::done("2026-10-01".parse().unwrap()))
        .unwrap_err();
    assert!(error.to_string().contains("already has one"), "{error}");
    let error = store
        .add_infusions(&[
            Infusion::done("2026-11-01".parse().unwrap()),
            Infusion::done("2026-11-01".parse().unwrap()),
        ])
        .unwrap_err();
    assert!(error.to_string().contains("2026-11-01"), "{error}");
    let id = store
        .add_infusion(&Infusion::done("2026-10-15".parse().unwrap()))
        .unwrap();
    let error = store
        .update_infusion(id, &Infusion::done("2026-10-01".parse().unwrap()))
        .unwrap_err();
    assert!(error.to_string().contains("already has one"), "{error}");
}

/// Whether a program is on the PATH.
fn on_path(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|output| output.status.success())
}

/// The size and position of the app's first window, in pixels, on a 1920x1080 X screen at
/// `scale` (`WINIT_X11_SCALE_FACTOR`), read from the X server with xdotool once it settles.
fn first_window_geometry(db: &Path, scale: &str) -> (i32, i32, i32, i32) {
    window_geometry_on(db, "1920x1080", scale, "today")
}

/// The size and position of the app's first window on `view`, in pixels, on an X screen of
/// `screen` pixels at `scale`, read from the X server with xdotool once it settles.
fn window_geometry_on(db: &Path, screen: &str, scale: &str, view: &str) -> (i32, i32, i32, i32) {
    let script = r#"
        "$APP" --db "$DB" --today 2026-11-28 --view "$VIEW" &
        app=$!
        window=""
        for _ in $(seq 1 60); do
            sleep 0.5
            window=$(xdotool search --name "Relief Journal" 2>/dev/null | head -1)
            [ -n "$window" ] && break
        done
        sleep 3
        xdotool getwindowgeometry --shell "$window"
        kill $app
    "#;
    let output = Command::new("xvfb-run")
        .args([
            "-a",
            "-s",
            &format!("-screen 0 {screen}x24"),
            "sh",
            "-c",
            script,
        ])
        .env("APP", env!("CARGO_BIN_EXE_relief-journal"))
        .env("DB", db)
        .env("VIEW", view)
        .env("WINIT_X11_SCALE_FACTOR", scale)
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    let value = |key: &str| -> i32 {
        text.lines()
            .find_map(|line| line.strip_prefix(&format!("{key}=")))
            .and_then(|number| number.trim().parse().ok())
            .unwrap_or_else(|| panic!("no {key} at scale {scale}: {text} {}", stderr(&output)))
    };
    (value("X"), value("Y"), value("WIDTH"), value("HEIGHT"))
}

/// Whether the tools to start the real app on a virtual display are missing: the test is then
/// skipped, except in CI, which must install them.
fn without_a_display() -> bool {
    if on_path("xvfb-run") && on_path("xdotool") {
        return false;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must install xvfb and xdotool for this test"
    );
    eprintln!("skipped: xvfb-run and xdotool are needed (apt-get install xvfb xdotool)");
    true
}

#[test]
fn at_200_percent_text_the_first_window_fits_an_800_by_600_screen_on_every_view() {
    if without_a_display() {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["demo", "--years", "1"]);
    let mut store = Store::open(&db).unwrap();
    let mut settings = store.settings().unwrap();
    settings.text_scale = 2.0;
    store.save_settings(&settings).unwrap();
    drop(store);
    // The charts lay out twice in their first frame, which once sized the window with the text
    // size of the second pass: 1504x976 pixels on an 800x600 screen.
    for view in ["today", "history", "charts"] {
        let (x, y, width, height) = window_geometry_on(&db, "800x600", "1", view);
        assert!(
            x >= 0 && y >= 0 && x + width <= 800 && y + height <= 600,
            "{view}: {width}x{height} at {x},{y} on an 800x600 screen"
        );
        assert!(
            width >= 640 && height >= 480,
            "{view}: {width}x{height} is below the smallest window"
        );
    }
}

#[test]
fn the_first_window_fits_the_screen_at_every_scale_factor() {
    if without_a_display() {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["log", "--pain", "5"]);
    // Room the window must leave on a 1920x1080 screen for a title bar and a taskbar.
    let room_below = 80;
    for scale in ["1", "1.25", "1.5", "1.75", "2"] {
        let (x, y, width, height) = first_window_geometry(&db, scale);
        assert!(
            x >= 0 && y >= 0,
            "scale {scale}: placed off screen at {x},{y}"
        );
        assert!(x + width <= 1920, "scale {scale}: {width} wide at x {x}");
        assert!(
            y + height <= 1080 - room_below,
            "scale {scale}: {width}x{height} at y {y} leaves no room for a title bar and taskbar"
        );
        // Not shrunk to nothing either: at least the smallest size the app allows.
        let factor: f32 = scale.parse().unwrap();
        assert!(
            width as f32 >= 640.0 * factor - 1.0 && height as f32 >= 480.0 * factor - 1.0,
            "scale {scale}: {width}x{height} is below the smallest window"
        );
    }
}

#[test]
fn a_backup_cut_short_by_a_full_disk_is_never_taken_for_the_latest() {
    if !on_path("prlimit") {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI needs prlimit (util-linux)"
        );
        eprintln!("skipped: prlimit is needed");
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["demo", "--years", "2"]);
    run_ok(&db, &["backup"]);
    let good = list_backups(&db).unwrap();
    assert_eq!(good.len(), 1);
    let saved = dump(&db);
    // A process may write files of at most 64 KiB: the journal (about 80 KiB) is already
    // there, but its copy stops part-way, as on a disk that fills up.
    let output = Command::new("prlimit")
        .args(["--fsize=65536", "--"])
        .arg(env!("CARGO_BIN_EXE_relief-journal"))
        .arg("--db")
        .arg(&db)
        .args(["--today", TODAY, "backup"])
        .output()
        .unwrap();
    assert!(!output.status.success(), "a copy over the limit succeeded");
    let backups = list_backups(&db).unwrap();
    assert_eq!(backups, good, "a partial copy is listed as a backup");
    assert_eq!(dump(&db), saved);
    // The next backup clears what was left and is the latest.
    run_ok(&db, &["backup"]);
    let backups = list_backups(&db).unwrap();
    assert_eq!(backups.len(), 2);
    let leftovers: Vec<_> = fs::read_dir(backup_folder(&db))
        .unwrap()
        .map(|item| item.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Two done infusions on a day (two computers each recorded one): either can still be corrected
/// where it is, and one deleted comes back with Undo; a third is still refused, and an infusion
/// of another day cannot be moved onto them.
#[test]
fn two_done_infusions_on_a_day_can_each_be_corrected_and_put_back() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let file = folder.path().join("infusions.csv");
    fs::write(
        &file,
        "date,status,dose_mg\n2026-10-20,done,35\n2026-10-20,done,40\n2026-10-27,done,40\n",
    )
    .unwrap();
    run_ok(&db, &["import", file.to_str().unwrap()]);
    let mut store = Store::open(&db).unwrap();
    let stored = store.infusions().unwrap();
    let (first, second, other) = (&stored[0], &stored[1], &stored[2]);

    // The 40 mg one was really 45 mg: corrected on its day.
    let corrected = Infusion {
        dose_mg: Some(DoseMg::new(45.0).unwrap()),
        ..second.infusion.clone()
    };
    assert!(store.update_infusion(second.id, &corrected).unwrap());
    // The other day's infusion cannot be moved onto a day that has done ones.
    let moved = Infusion {
        date: first.infusion.date,
        ..other.infusion.clone()
    };
    assert!(store.update_infusion(other.id, &moved).is_err());
    assert!(store.add_infusion(&first.infusion).is_err());

    // Deleted, then put back by Undo, beside the other one as before.
    let deleted = store.delete_infusion(first.id).unwrap().unwrap();
    store.restore_infusion(&deleted).unwrap();
    let doses: Vec<Option<f64>> = store
        .infusions()
        .unwrap()
        .iter()
        .filter(|stored| stored.infusion.date == first.infusion.date)
        .map(|stored| stored.infusion.dose_mg.map(DoseMg::get))
        .collect();
    assert_eq!(doses, [Some(45.0), Some(35.0)]);
}
