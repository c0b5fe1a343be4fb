//! `sync`, `merge` and `delete` through the binary, with two computers as two homes on one
//! machine; the warning about a journal kept in a synced folder; a protected journal's snapshot.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{TODAY, stderr};

/// A computer: its home (where its identity file lives) and its journal.
struct Home {
    home: PathBuf,
    journal: PathBuf,
}

/// Logs `(day, pain)` on `home`, one `log` each.
fn log_days(home: &Home, days: &[(&str, &str)]) {
    for (day, pain) in days {
        home.ok(&["log", "--date", day, "--pain", pain]);
    }
}

impl Home {
    fn new(root: &Path, name: &str) -> Self {
        let home = root.join(name);
        std::fs::create_dir_all(&home).unwrap();
        let journal = home.join("data").join("journal.db");
        Self { home, journal }
    }

    /// Runs `relief-journal --db JOURNAL ARGS` as this computer.
    fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_relief-journal"))
            .arg("--db")
            .arg(&self.journal)
            .args(["--today", TODAY])
            .args(args)
            .env_remove("RELIEF_JOURNAL_DB")
            .env_remove("RELIEF_JOURNAL_COMPUTER_ID")
            .env_remove("RELIEF_JOURNAL_COMPUTER_NAME")
            .env_remove("RELIEF_JOURNAL_PASSPHRASE")
            .env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join(".config"))
            .env("HOSTNAME", self.home.file_name().unwrap())
            .env("LANG", "en_US.UTF-8")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .envs(env.iter().copied())
            .output()
            .unwrap()
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_with(args, &[])
    }

    fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "{args:?} failed: {}",
            stderr(&output)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    /// The journal's JSON export (entries, infusions, settings).
    fn export(&self) -> String {
        let file = self.home.join("export.json");
        self.ok(&["export", file.to_str().unwrap()]);
        std::fs::read_to_string(file).unwrap()
    }

    fn pain_of(&self, day: &str) -> Option<i64> {
        let export: serde_json::Value = serde_json::from_str(&self.export()).unwrap();
        export["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|entry| entry["date"] == day)
            .map(|entry| entry["pain"].as_i64().unwrap())
    }
}

fn folder(root: &Path) -> PathBuf {
    let folder = root.join("Sync folder");
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

/// The sync folder in `root`, and the two computers of most tests: the desk and the laptop.
fn desk_and_laptop(root: &Path) -> (PathBuf, Home, Home) {
    (
        folder(root),
        Home::new(root, "desk"),
        Home::new(root, "laptop"),
    )
}

#[test]
fn two_computers_that_log_edit_and_delete_hold_the_same_journal_after_syncing() {
    let root = tempfile::tempdir().unwrap();
    let (sync, desk, laptop) = desk_and_laptop(root.path());
    let sync_arg = sync.to_str().unwrap();

    log_days(
        &desk,
        &[
            ("2026-03-01", "6"),
            ("2026-03-02", "5"),
            ("2026-03-03", "6"),
        ],
    );
    let first = desk.ok(&["sync", sync_arg]);
    assert!(first.contains("No other computer has synced"), "{first}");
    assert!(first.contains("syncs with"), "{first}");
    let joined = laptop.ok(&["sync", sync_arg]);
    assert!(joined.contains("From desk:"), "{joined}");
    assert!(joined.contains("Added 3 days"), "{joined}");
    assert_eq!(laptop.pain_of("2026-03-02"), Some(5));

    // Both change 3 Mar before they meet again, the laptop later; the desk deletes 1 Mar; the
    // laptop logs 4 Mar.
    desk.ok(&["log", "--date", "2026-03-03", "--pain", "4"]);
    let deleted = desk.ok(&["delete", "--date", "2026-03-01"]);
    assert!(
        deleted.starts_with("Deleted the entry for 1 Mar 2026 (pain 6)."),
        "{deleted}"
    );
    laptop.ok(&[
        "log",
        "--date",
        "2026-03-03",
        "--pain",
        "7",
        "--note",
        "laptop",
    ]);
    laptop.ok(&["log", "--date", "2026-03-04", "--pain", "3"]);

    desk.ok(&["sync"]);
    let on_laptop = laptop.ok(&["sync"]);
    assert!(
        on_laptop.contains("Deleted 1 day: 1 Mar 2026."),
        "{on_laptop}"
    );
    assert!(
        on_laptop.contains(
            "This computer's change of 3 Mar 2026 is newer than the one from desk and was kept."
        ),
        "{on_laptop}"
    );
    let on_desk = desk.ok(&["sync"]);
    assert!(on_desk.contains("From laptop:"), "{on_desk}");
    assert!(
        on_desk.contains("1 day was changed on both computers"),
        "{on_desk}"
    );
    assert!(
        on_desk.contains(
            "The change of 3 Mar 2026 from laptop is newer and was kept; this computer's is in the backup taken before the merge."
        ),
        "{on_desk}"
    );
    assert!(
        on_desk.contains("A backup was taken before merging"),
        "{on_desk}"
    );
    assert!(on_desk.contains("laptop: last seen"), "{on_desk}");

    assert_eq!(desk.export(), laptop.export());
    assert_eq!(desk.pain_of("2026-03-03"), Some(7));
    assert_eq!(desk.pain_of("2026-03-01"), None);
    assert_eq!(desk.pain_of("2026-03-04"), Some(3));

    // A second round changes nothing, and says so.
    let again = laptop.ok(&["sync"]);
    assert!(again.contains("Nothing new from desk."), "{again}");

    // Each computer wrote only its own snapshot, readable by its user only.
    let snapshots: Vec<_> = std::fs::read_dir(&sync)
        .unwrap()
        .map(|item| item.unwrap().path())
        .collect();
    assert_eq!(snapshots.len(), 2, "{snapshots:?}");
    #[cfg(unix)]
    for snapshot in &snapshots {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(snapshot).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{}", snapshot.display());
    }
}

#[test]
fn a_copied_journal_is_a_second_computer_and_infusions_sync_and_delete() {
    let root = tempfile::tempdir().unwrap();
    let (sync, desk, laptop) = desk_and_laptop(root.path());
    let sync_arg = sync.to_str().unwrap();
    desk.ok(&["log", "--date", "2026-03-01", "--pain", "6"]);
    desk.ok(&["infusion", "--date", "2026-03-02"]);
    desk.ok(&["infusion", "--date", "2026-12-01", "--planned"]);
    // The patient copies the journal file itself to the laptop.
    std::fs::create_dir_all(laptop.journal.parent().unwrap()).unwrap();
    std::fs::copy(&desk.journal, &laptop.journal).unwrap();
    laptop.ok(&["log", "--date", "2026-03-05", "--pain", "2"]);
    let removed = laptop.ok(&["delete", "--date", "2026-12-01", "--infusion", "--planned"]);
    assert!(
        removed.starts_with("Deleted the planned infusion of 1 Dec 2026."),
        "{removed}"
    );
    desk.ok(&["sync", sync_arg]);
    laptop.ok(&["sync", sync_arg]);
    let on_desk = desk.ok(&["sync"]);
    assert!(on_desk.contains("Added 1 day: 5 Mar 2026."), "{on_desk}");
    assert!(
        on_desk.contains("Deleted 1 infusion: 1 Dec 2026."),
        "{on_desk}"
    );
    assert_eq!(desk.export(), laptop.export());

    let done = desk.ok(&["delete", "--date", "2026-03-02", "--infusion"]);
    assert!(
        done.starts_with("Deleted the done infusion of 2 Mar 2026."),
        "{done}"
    );
    desk.ok(&["sync"]);
    laptop.ok(&["sync"]);
    assert!(!laptop.export().contains("2026-03-02"));
}

#[test]
fn delete_refuses_a_day_with_nothing_to_delete() {
    let root = tempfile::tempdir().unwrap();
    let desk = Home::new(root.path(), "desk");
    desk.ok(&["log", "--date", "2026-03-01", "--pain", "6"]);
    let before = desk.export();
    let output = desk.run(&["delete", "--date", "2026-03-09"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output).trim(),
        "error: there is no entry for 9 Mar 2026; nothing was changed"
    );
    let output = desk.run(&["delete", "--date", "2026-03-01", "--infusion"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("there is no done infusion on 1 Mar 2026"));
    let output = desk.run(&["delete", "--date", "2026-13-01"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(desk.export(), before);
}

#[test]
fn a_conflicted_copy_merges_and_bad_files_are_refused_naming_the_problem() {
    let root = tempfile::tempdir().unwrap();
    let desk = Home::new(root.path(), "desk");
    let laptop = Home::new(root.path(), "laptop");
    desk.ok(&["log", "--date", "2026-03-01", "--pain", "6"]);
    // A sync service kept the laptop's version of the journal file beside it.
    let copy = desk
        .journal
        .with_file_name("journal (laptop's conflicted copy 2026-03-02).db");
    std::fs::copy(&desk.journal, &copy).unwrap();
    let laptop_copy = Home {
        home: laptop.home.clone(),
        journal: copy.clone(),
    };
    laptop_copy.ok(&["log", "--date", "2026-03-02", "--pain", "3"]);
    desk.ok(&["log", "--date", "2026-03-03", "--pain", "5"]);
    let merged = desk.ok(&["merge", copy.to_str().unwrap()]);
    assert!(merged.contains("Merged "), "{merged}");
    assert!(merged.contains("Added 1 day: 2 Mar 2026."), "{merged}");
    assert!(
        merged.contains("A backup was taken before merging"),
        "{merged}"
    );
    assert_eq!(desk.pain_of("2026-03-02"), Some(3));
    assert_eq!(desk.pain_of("2026-03-03"), Some(5));
    let again = desk.ok(&["merge", copy.to_str().unwrap()]);
    assert!(again.contains("Nothing new in"), "{again}");

    let before = desk.export();
    let refused = |file: &Path, expected: &str, env: &[(&str, &str)]| {
        let output = desk.run_with(&["merge", file.to_str().unwrap()], env);
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        assert!(stderr(&output).contains(expected), "{}", stderr(&output));
        assert_eq!(desk.export(), before);
    };
    // Half a journal, as a sync service leaves it while copying.
    let bytes = std::fs::read(&copy).unwrap();
    let half = root.path().join("half.db");
    std::fs::write(&half, &bytes[..bytes.len() / 2]).unwrap();
    refused(&half, "is damaged or was not completely copied yet", &[]);
    let text = root.path().join("notes.db");
    std::fs::write(&text, b"my notes").unwrap();
    refused(&text, "is not a Relief Journal file or snapshot", &[]);
    // A journal from a newer version.
    let newer = root.path().join("newer.db");
    std::fs::copy(&copy, &newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    refused(
        &newer,
        "was written by a newer version of Relief Journal",
        &[],
    );
    // A journal protected by a passphrase this one does not have.
    let other = Home::new(root.path(), "other");
    other.ok(&["log", "--date", "2026-03-04", "--pain", "1"]);
    other.ok_with_new_passphrase("elsewhere");
    refused(
        &other.journal,
        "is protected by a passphrase and this journal is not",
        &[],
    );
    refused(
        &other.journal,
        "is protected by another passphrase than this journal's",
        &[("RELIEF_JOURNAL_PASSPHRASE", "not it")],
    );
    let output = desk.run(&["merge", desk.journal.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("is this journal itself"));
}

impl Home {
    /// Protects the journal with `passphrase`.
    fn ok_with_new_passphrase(&self, passphrase: &str) {
        let output = self.run_with(
            &["passphrase", "set"],
            &[("RELIEF_JOURNAL_NEW_PASSPHRASE", passphrase)],
        );
        assert!(output.status.success(), "{}", stderr(&output));
    }
}

#[test]
fn a_protected_journal_syncs_through_snapshots_that_hold_no_readable_text() {
    let root = tempfile::tempdir().unwrap();
    let (sync, desk, laptop) = desk_and_laptop(root.path());
    let sync_arg = sync.to_str().unwrap();
    let stranger = Home::new(root.path(), "stranger");
    let secret = [("RELIEF_JOURNAL_PASSPHRASE", "correct horse")];
    desk.ok(&[
        "log",
        "--date",
        "2026-03-01",
        "--pain",
        "6",
        "--note",
        "private words",
    ]);
    desk.ok_with_new_passphrase("correct horse");
    let output = desk.run_with(&["sync", sync_arg], &secret);
    assert!(output.status.success(), "{}", stderr(&output));
    let snapshot = std::fs::read_dir(&sync)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let bytes = std::fs::read(&snapshot).unwrap();
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|window| window == needle);
    assert!(!contains(b"private words"));
    assert!(!contains(b"SQLite format 3"));
    assert!(!contains(b"2026-03-01"));

    // The laptop, protected by the same passphrase, merges it.
    laptop.ok(&["log", "--date", "2026-03-02", "--pain", "4"]);
    laptop.ok_with_new_passphrase("correct horse");
    let output = laptop.run_with(&["sync", sync_arg], &secret);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Added 1 day: 1 Mar 2026."));
    // A computer under another passphrase skips it, says why, and syncs the rest.
    stranger.ok(&["log", "--date", "2026-03-03", "--pain", "2"]);
    stranger.ok_with_new_passphrase("other words");
    let output = stranger.run_with(
        &["sync", sync_arg],
        &[("RELIEF_JOURNAL_PASSPHRASE", "other words")],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        said.contains("it is protected by another passphrase than this journal's"),
        "{said}"
    );
    assert!(!said.contains("Added"), "{said}");
}

#[test]
fn a_half_copied_snapshot_is_skipped_and_merged_once_it_is_whole() {
    let root = tempfile::tempdir().unwrap();
    let desk_folder = folder(&root.path().join("desk-view"));
    let laptop_folder = folder(&root.path().join("laptop-view"));
    let desk = Home::new(root.path(), "desk");
    let laptop = Home::new(root.path(), "laptop");
    desk.ok(&["log", "--date", "2026-03-01", "--pain", "6"]);
    desk.ok(&["sync", desk_folder.to_str().unwrap()]);
    let snapshot = std::fs::read_dir(&desk_folder)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let bytes = std::fs::read(&snapshot).unwrap();
    let arriving = laptop_folder.join(snapshot.file_name().unwrap());
    std::fs::write(&arriving, &bytes[..bytes.len() / 3]).unwrap();
    let first = laptop.ok(&["sync", laptop_folder.to_str().unwrap()]);
    assert!(
        first.contains("it is damaged or still being copied"),
        "{first}"
    );
    assert_eq!(laptop.pain_of("2026-03-01"), None);
    std::fs::write(&arriving, &bytes).unwrap();
    let second = laptop.ok(&["sync"]);
    assert!(second.contains("Added 1 day: 1 Mar 2026."), "{second}");
}

#[test]
fn sync_refuses_a_missing_folder_and_one_that_holds_the_journal() {
    let root = tempfile::tempdir().unwrap();
    let desk = Home::new(root.path(), "desk");
    desk.ok(&["log", "--date", "2026-03-01", "--pain", "6"]);
    let output = desk.run(&["sync"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no sync folder is chosen"));
    let missing = root.path().join("stick");
    let output = desk.run(&["sync", missing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("does not exist; nothing was changed"));
    let output = desk.run(&["sync", desk.journal.parent().unwrap().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("holds this journal itself"));
}

#[test]
fn every_command_warns_once_about_a_journal_in_a_synced_folder() {
    let root = tempfile::tempdir().unwrap();
    let home = Home {
        home: root.path().to_owned(),
        journal: root
            .path()
            .join("Dropbox")
            .join("health")
            .join("journal.db"),
    };
    let output = home.run(&["log", "--date", "2026-03-01", "--pain", "6"]);
    assert!(output.status.success());
    let warning = stderr(&output);
    assert_eq!(warning.matches("warning:").count(), 1, "{warning}");
    assert!(
        warning.contains("a folder that Dropbox keeps in sync"),
        "{warning}"
    );
    assert!(warning.contains("relief-journal sync FOLDER"), "{warning}");

    let syncthing = root.path().join("Shared");
    std::fs::create_dir_all(syncthing.join(".stfolder")).unwrap();
    let shared = Home {
        home: root.path().to_owned(),
        journal: syncthing.join("journal.db"),
    };
    let output = shared.run(&["export", root.path().join("x.json").to_str().unwrap()]);
    assert!(stderr(&output).contains("a folder that Syncthing keeps in sync"));

    let local = Home::new(root.path(), "local");
    let output = local.run(&["log", "--date", "2026-03-01", "--pain", "6"]);
    assert!(!stderr(&output).contains("warning:"), "{}", stderr(&output));
}

#[test]
fn an_upgraded_journal_dates_every_record_to_the_upgrade() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("old.db");
    let mut old = rusqlite::Connection::open(&path).unwrap();
    relief_journal::store::migrations()
        .to_version(&mut old, 5)
        .unwrap();
    old.execute_batch(
        "INSERT INTO entry (date, pain) VALUES ('2026-03-01', 6);
         INSERT INTO infusion (date, status) VALUES ('2026-03-02', 'done');",
    )
    .unwrap();
    drop(old);
    let before = chrono::Utc::now().timestamp_millis();
    drop(relief_journal::store::Store::open(&path).unwrap());
    let after = chrono::Utc::now().timestamp_millis();
    let upgraded = rusqlite::Connection::open(&path).unwrap();
    let stamps: Vec<(i64, String)> = upgraded
        .prepare(
            "SELECT changed_at, changed_by FROM entry
             UNION ALL SELECT changed_at, changed_by FROM infusion
             UNION ALL SELECT changed_at, changed_by FROM setting_change",
        )
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(stamps.len(), 12);
    for (at, by) in stamps {
        assert!(
            (before - 1..=after + 1).contains(&at),
            "{at} not in {before}..{after}"
        );
        assert_eq!(by, "");
    }
    let uid: String = upgraded
        .query_row("SELECT uid FROM infusion", [], |row| row.get(0))
        .unwrap();
    assert_eq!(uid.len(), 32);
}

#[test]
fn a_restored_backup_reaches_the_other_computers_instead_of_being_undone_by_them() {
    use relief_journal::domain::{Entry, Score};
    use relief_journal::store::{BackupReason, Store};
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("journal.db");
    let day = |text: &str| text.parse::<chrono::NaiveDate>().unwrap();
    let save = |store: &mut Store, date: &str, pain: i64| {
        store
            .save_entry(&Entry::new(day(date), Score::new("pain", pain).unwrap()))
            .unwrap();
    };
    let now: chrono::NaiveDateTime = "2026-03-10T12:00:00".parse().unwrap();
    let mut store = Store::open(&path).unwrap();
    save(&mut store, "2026-03-01", 6);
    let backup = store.backup(now, BackupReason::Manual).unwrap().unwrap();
    save(&mut store, "2026-03-01", 2);
    save(&mut store, "2026-03-02", 5);
    drop(store);
    // The other computer has the journal as it was before the restore.
    let other = root.path().join("other.db");
    std::fs::copy(&path, &other).unwrap();

    let mut store = Store::open(&path).unwrap();
    store.restore(&backup, now).unwrap();
    drop(store);
    let mut other_store = Store::open(&other).unwrap();
    relief_journal::sync::merge_file(&mut other_store, &path, None, now).unwrap();
    assert_eq!(
        other_store
            .entry(day("2026-03-01"))
            .unwrap()
            .unwrap()
            .pain
            .get(),
        6
    );
    assert_eq!(other_store.entry(day("2026-03-02")).unwrap(), None);
}

/// Two computers that each recorded the infusion of one day, synced: the day holds both.
fn two_done_infusions_on_one_day(root: &Path) -> (Home, Home) {
    let sync = folder(root);
    let sync_arg = sync.to_str().unwrap();
    let desk = Home::new(root, "desk");
    let laptop = Home::new(root, "laptop");
    desk.ok(&["infusion", "--date", "2026-11-02", "--dose-mg", "35"]);
    laptop.ok(&["infusion", "--date", "2026-11-02", "--dose-mg", "40"]);
    desk.ok(&["sync", sync_arg]);
    let on_laptop = laptop.ok(&["sync", sync_arg]);
    assert!(
        on_laptop.contains("2 Nov 2026 now has 2 done infusions"),
        "{on_laptop}"
    );
    desk.ok(&["sync"]);
    (desk, laptop)
}

fn doses_on(home: &Home, day: &str) -> Vec<f64> {
    let export: serde_json::Value = serde_json::from_str(&home.export()).unwrap();
    export["infusions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|infusion| infusion["date"] == day)
        .map(|infusion| infusion["dose_mg"].as_f64().unwrap())
        .collect()
}

#[test]
fn a_day_with_two_done_infusions_deletes_only_the_one_chosen() {
    let root = tempfile::tempdir().unwrap();
    let (desk, laptop) = two_done_infusions_on_one_day(root.path());
    assert_eq!(doses_on(&desk, "2026-11-02"), vec![35.0, 40.0]);
    let before = desk.export();

    // Without a choice nothing is deleted; the day's infusions are listed with their numbers.
    let output = desk.run(&["delete", "--date", "2026-11-02", "--infusion"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("2 Nov 2026 has 2 done infusions, so nothing was deleted"),
        "{message}"
    );
    assert!(
        message.contains("  1. 2026-11-02, done, 35 mg"),
        "{message}"
    );
    assert!(
        message.contains("  2. 2026-11-02, done, 40 mg"),
        "{message}"
    );
    assert!(
        message.contains("relief-journal delete --date 2026-11-02 --infusion --number N"),
        "{message}"
    );
    // A number not in the list, or a dose no infusion of the day has, changes nothing either.
    for choice in [["--number", "3"], ["--number", "0"], ["--dose-mg", "50"]] {
        let mut args = vec!["delete", "--date", "2026-11-02", "--infusion"];
        args.extend(choice);
        let output = desk.run(&args);
        assert_eq!(output.status.code(), Some(2), "{choice:?}");
        assert!(
            stderr(&output).contains("  2. 2026-11-02, done, 40 mg"),
            "{}",
            stderr(&output)
        );
    }
    assert_eq!(desk.export(), before);

    // The one chosen by its number goes; the other stays, here and on the other computer.
    let deleted = desk.ok(&[
        "delete",
        "--date",
        "2026-11-02",
        "--infusion",
        "--number",
        "2",
    ]);
    assert!(
        deleted.starts_with(
            "Deleted this infusion: 2026-11-02, done, 40 mg. 2 Nov 2026 keeps its other done infusion."
        ),
        "{deleted}"
    );
    assert_eq!(doses_on(&desk, "2026-11-02"), vec![35.0]);
    desk.ok(&["sync"]);
    let on_laptop = laptop.ok(&["sync"]);
    assert!(
        on_laptop.contains("Deleted 1 infusion: 2 Nov 2026."),
        "{on_laptop}"
    );
    assert_eq!(doses_on(&laptop, "2026-11-02"), vec![35.0]);
    assert_eq!(desk.export(), laptop.export());
}

#[test]
fn an_infusion_is_chosen_by_its_dose_and_a_shared_dose_asks_for_the_number() {
    let root = tempfile::tempdir().unwrap();
    let (desk, _laptop) = two_done_infusions_on_one_day(root.path());
    let deleted = desk.ok(&[
        "delete",
        "--date",
        "2026-11-02",
        "--infusion",
        "--dose-mg",
        "35",
    ]);
    assert!(
        deleted.starts_with("Deleted this infusion: 2026-11-02, done, 35 mg."),
        "{deleted}"
    );
    assert_eq!(doses_on(&desk, "2026-11-02"), vec![40.0]);
    // The day's last done infusion goes without a choice, as before.
    let deleted = desk.ok(&["delete", "--date", "2026-11-02", "--infusion"]);
    assert!(
        deleted.starts_with("Deleted the done infusion of 2 Nov 2026."),
        "{deleted}"
    );

    // Two planned infusions of one dose: deleted together without a choice, one by number.
    for _ in 0..3 {
        desk.ok(&[
            "infusion",
            "--date",
            "2026-11-20",
            "--planned",
            "--dose-mg",
            "35",
        ]);
    }
    let output = desk.run(&[
        "delete",
        "--date",
        "2026-11-20",
        "--infusion",
        "--planned",
        "--dose-mg",
        "35",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("3 planned infusions of 20 Nov 2026 have a dose of 35 mg"),
        "{}",
        stderr(&output)
    );
    let deleted = desk.ok(&[
        "delete",
        "--date",
        "2026-11-20",
        "--infusion",
        "--planned",
        "--number",
        "1",
    ]);
    assert!(
        deleted.contains("20 Nov 2026 keeps its other 2 planned infusions."),
        "{deleted}"
    );
    let deleted = desk.ok(&["delete", "--date", "2026-11-20", "--infusion", "--planned"]);
    assert!(
        deleted.starts_with("Deleted the 2 planned infusions of 20 Nov 2026."),
        "{deleted}"
    );
}

#[test]
fn a_journal_with_two_done_infusions_on_a_day_exports_and_imports_back_unchanged() {
    let root = tempfile::tempdir().unwrap();
    let (desk, _laptop) = two_done_infusions_on_one_day(root.path());
    desk.ok(&["log", "--date", "2026-11-02", "--pain", "4"]);
    let json = root.path().join("journal.json");
    let csv = root.path().join("infusions.csv");
    desk.ok(&["export", json.to_str().unwrap()]);
    desk.ok(&["export", "--infusions", csv.to_str().unwrap()]);

    for (file, name) in [(&json, "json"), (&csv, "csv")] {
        let fresh = Home::new(root.path(), &format!("fresh-{name}"));
        let imported = fresh.ok(&["import", file.to_str().unwrap()]);
        assert!(
            imported.contains("2 Nov 2026 has more than one done infusion in this file"),
            "{imported}"
        );
        assert!(
            imported.contains("relief-journal delete --date 2026-11-02 --infusion"),
            "{imported}"
        );
        assert_eq!(doses_on(&fresh, "2026-11-02"), vec![35.0, 40.0], "{name}");
        // Exporting the imported journal gives the same bytes.
        let again = root.path().join(format!("again.{name}"));
        let mut args = vec!["export"];
        if name == "csv" {
            args.push("--infusions");
        }
        args.push(again.to_str().unwrap());
        fresh.ok(&args);
        assert_eq!(
            std::fs::read(&again).unwrap(),
            std::fs::read(file).unwrap(),
            "{name}"
        );
    }
    // Imported over the journal it came from, the day's two infusions replace the two there.
    desk.ok(&["import", json.to_str().unwrap()]);
    assert_eq!(doses_on(&desk, "2026-11-02"), vec![35.0, 40.0]);
}

/// This computer's id, from its identity file.
fn computer_id(home: &Home) -> String {
    let identity = home.home.join(".config/relief-journal/computer");
    std::fs::read_to_string(identity)
        .unwrap()
        .lines()
        .find_map(|line| line.strip_prefix("id=").map(str::to_owned))
        .unwrap()
}

#[test]
fn a_merge_is_reported_with_its_conflicts_and_backup_when_the_snapshot_cannot_be_written() {
    let root = tempfile::tempdir().unwrap();
    let (sync, desk, laptop) = desk_and_laptop(root.path());
    let sync_arg = sync.to_str().unwrap();
    laptop.ok(&[
        "log",
        "--date",
        "2026-03-03",
        "--pain",
        "7",
        "--note",
        "laptop",
    ]);
    desk.ok(&[
        "log",
        "--date",
        "2026-03-03",
        "--pain",
        "4",
        "--note",
        "desk",
    ]);
    desk.ok(&["sync", sync_arg]);

    // The laptop cannot write its snapshot into the folder (a read-only folder; here a folder
    // in the snapshot's place, which stops root too), yet the desk's snapshot is merged.
    let blocked = sync.join(format!("{}.relief-journal-snapshot", computer_id(&laptop)));
    std::fs::create_dir(&blocked).unwrap();
    let output = laptop.run(&["sync", sync_arg]);
    assert_eq!(output.status.code(), Some(1));
    let printed = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(printed.contains("From desk:"), "{printed}");
    assert!(
        printed.contains(
            "The change of 3 Mar 2026 from desk is newer and was kept; this computer's is in the backup taken before the merge."
        ),
        "{printed}"
    );
    assert!(
        printed.contains("A backup was taken before merging"),
        "{printed}"
    );
    assert!(!printed.contains("This computer's copy:"), "{printed}");
    let message = stderr(&output);
    assert!(message.contains("could not be written"), "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");
    assert_eq!(laptop.pain_of("2026-03-03"), Some(4));

    // Once the folder takes it, the snapshot is written and nothing is merged twice.
    std::fs::remove_dir(&blocked).unwrap();
    let again = laptop.ok(&["sync"]);
    assert!(again.contains("Nothing new from desk."), "{again}");
    assert!(again.contains("This computer's copy:"), "{again}");
}

/// A backup restored on one computer rolls back that computer's own later changes on every
/// computer, and keeps what the other computer logged, edited or deleted after the backup.
#[test]
fn a_restore_on_one_computer_keeps_what_the_other_computer_did_after_the_backup() {
    let root = tempfile::tempdir().unwrap();
    let (sync, desk, laptop) = desk_and_laptop(root.path());
    let sync_arg = sync.to_str().unwrap();
    log_days(
        &desk,
        &[
            ("2026-03-01", "6"),
            ("2026-03-02", "5"),
            ("2026-03-03", "4"),
        ],
    );
    desk.ok(&["sync", sync_arg]);
    laptop.ok(&["sync", sync_arg]);
    desk.ok(&["backup"]);
    let backup = relief_journal::store::list_backups(&desk.journal).unwrap()[0]
        .path
        .clone();

    // After the backup: the desk changes 1 Mar and logs 5 Mar (its own, rolled back by the
    // restore); the laptop edits 2 Mar, logs 4 Mar and deletes 3 Mar (kept).
    desk.ok(&["log", "--date", "2026-03-01", "--pain", "9"]);
    desk.ok(&["log", "--date", "2026-03-05", "--pain", "7"]);
    laptop.ok(&["log", "--date", "2026-03-02", "--pain", "8"]);
    laptop.ok(&["log", "--date", "2026-03-04", "--pain", "3"]);
    laptop.ok(&["delete", "--date", "2026-03-03"]);
    laptop.ok(&["infusion", "--date", "2026-03-04", "--dose-mg", "40"]);
    desk.ok(&["infusion", "--date", "2026-03-05", "--dose-mg", "35"]);
    laptop.ok(&["sync", sync_arg]);
    desk.ok(&["sync", sync_arg]);

    desk.ok(&["restore", backup.to_str().unwrap()]);
    desk.ok(&["sync", sync_arg]);
    laptop.ok(&["sync", sync_arg]);
    desk.ok(&["sync", sync_arg]);
    for computer in [&desk, &laptop] {
        assert_eq!(computer.pain_of("2026-03-01"), Some(6), "rolled back");
        assert_eq!(computer.pain_of("2026-03-05"), None, "rolled back");
        assert_eq!(computer.pain_of("2026-03-02"), Some(8), "the laptop's edit");
        assert_eq!(computer.pain_of("2026-03-04"), Some(3), "the laptop's day");
        assert_eq!(
            computer.pain_of("2026-03-03"),
            None,
            "the laptop's deletion"
        );
        let export: serde_json::Value = serde_json::from_str(&computer.export()).unwrap();
        let infusions: Vec<&str> = export["infusions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|infusion| infusion["date"].as_str().unwrap())
            .collect();
        assert_eq!(infusions, ["2026-03-04"], "the laptop's infusion only");
    }
}

/// A passphrase set on a journal that already syncs: this computer's copy in the sync folder is
/// written again at once under it, not left plain (readable) until the next sync.
#[test]
fn a_passphrase_set_after_syncing_protects_this_computers_copy_at_once() {
    let root = tempfile::tempdir().unwrap();
    let sync = folder(root.path());
    let desk = Home::new(root.path(), "desk");
    desk.ok(&[
        "log",
        "--date",
        "2026-03-01",
        "--pain",
        "6",
        "--note",
        "private words",
    ]);
    desk.ok(&["sync", sync.to_str().unwrap()]);
    let snapshot = sync.join(format!("{}.relief-journal-snapshot", computer_id(&desk)));
    let readable = |bytes: &[u8]| bytes.windows(13).any(|window| window == b"private words");
    assert!(readable(&std::fs::read(&snapshot).unwrap()));

    let output = desk.run_with(
        &["passphrase", "set"],
        &[("RELIEF_JOURNAL_NEW_PASSPHRASE", "correct horse")],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        said.contains("This computer's copy in the sync folder was written again"),
        "{said}"
    );
    let bytes = std::fs::read(&snapshot).unwrap();
    assert!(!readable(&bytes));
    assert!(!bytes.starts_with(b"SQLite format 3"));
}

/// A day the other computer logged with its clock a year ahead is merged (it is that computer's
/// entry), and the merge says the day has not come here yet and what to check.
#[test]
fn a_day_logged_ahead_by_the_other_computers_clock_is_named_when_merged() {
    use relief_journal::domain::{Entry, Score};
    use relief_journal::store::Store;
    let root = tempfile::tempdir().unwrap();
    let (sync, desk, laptop) = desk_and_laptop(root.path());
    let sync_arg = sync.to_str().unwrap();
    laptop.ok(&["log", "--date", "2026-03-01", "--pain", "5"]);
    // What the laptop's own `log` accepted with its clock a year ahead (`--today` fixes the
    // date for every command here, so the store writes it as that clock let it).
    let ahead: chrono::NaiveDate =
        TODAY.parse::<chrono::NaiveDate>().unwrap() + chrono::Duration::days(365);
    let mut store = Store::open(&laptop.journal).unwrap();
    store
        .save_entry(&Entry::new(ahead, Score::new("pain", 8).unwrap()))
        .unwrap();
    drop(store);
    laptop.ok(&["sync", sync_arg]);

    let said = desk.ok(&["sync", sync_arg]);
    assert!(
        said.contains(&format!(
            "{} came from another computer, but that day has not come here yet",
            ahead.format("%-d %b %Y")
        )),
        "{said}"
    );
    assert_eq!(desk.pain_of("2026-03-01"), Some(5));
}
