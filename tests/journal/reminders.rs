//! The reminder to log: `remind` on a private session bus with a stand-in notification server,
//! `reminders on/off/status` writing systemd units into a temporary home (checked with
//! `systemd-analyze verify`), the Windows task's command line and the macOS agent's plist.
//!
//! Tests that need `dbus-daemon` (Debian package `dbus`) or `systemd-analyze` (package
//! `systemd`) say why and return when the tool is missing.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveTime;
use relief_journal::domain::{Entry, Score};
use relief_journal::reminders::{ReminderJob, launchd, task_scheduler};
use relief_journal::store::{Store, file_identity, last_logged_path};

use crate::common::TODAY;

/// The notification's title on a day with no entry, in English.
const REMINDER_TITLE: &str = "Log today's pain in Relief Journal";

fn tool_exists(name: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn day(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

/// A journal in `dir` with an entry on each of `days`.
fn journal_with(dir: &Path, days: &[&str]) -> PathBuf {
    let path = dir.join("journal.db");
    let mut store = Store::open(&path).unwrap();
    for date in days {
        store
            .save_entry(&Entry::new(day(date), Score::new("pain", 5).unwrap()))
            .unwrap();
    }
    path
}

/// One `Notify` call as the server received it.
#[derive(Debug, Clone)]
struct Notified {
    app_name: String,
    summary: String,
    body: String,
    actions: Vec<String>,
}

/// Runs `remind` on `journal` with its `folder` made read-only (0555) for the user running it,
/// then makes the folder writable again. Root can write anywhere, so as root the folder is given
/// to `nobody` and `remind` runs as `nobody` (with `runuser`); without `runuser` the run says so
/// and only "changes nothing" is checked.
fn run_in_read_only_folder(top: &Path, folder: &Path, journal: &Path) -> Output {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |path: &Path, mode: u32| {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
        };
        mode(folder, 0o555);
        let root = std::fs::write(folder.join("probe"), b"").is_ok();
        // `nobody` must be able to run the built program (it may sit in a private folder).
        let nobody_can_run = || {
            Command::new("runuser")
                .args(["-u", "nobody", "--", "test", "-x"])
                .arg(env!("CARGO_BIN_EXE_relief-journal"))
                .status()
                .is_ok_and(|status| status.success())
        };
        let output = if root && tool_exists("runuser") && nobody_can_run() {
            std::fs::remove_file(folder.join("probe")).unwrap();
            mode(top, 0o755);
            let owner = |path: &Path| {
                let status = Command::new("chown").arg("nobody").arg(path).status();
                assert!(status.unwrap().success());
            };
            owner(folder);
            owner(journal);
            Command::new("runuser")
                .args([
                    "-u",
                    "nobody",
                    "--",
                    env!("CARGO_BIN_EXE_relief-journal"),
                    "--db",
                ])
                .arg(journal)
                .args(["--today", TODAY, "remind"])
                .env_remove("LANGUAGE")
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env_remove("LANG")
                .env("RELIEF_JOURNAL_LANG", "en")
                .env_remove("RELIEF_JOURNAL_DB")
                .output()
                .unwrap()
        } else {
            if root {
                println!(
                    "runuser is missing or nobody cannot run the program: as root the folder stays writable; only 'changes nothing' is checked"
                );
                std::fs::remove_file(folder.join("probe")).unwrap();
            }
            crate::common::run(journal, &["remind"])
        };
        mode(folder, 0o755);
        output
    }
    #[cfg(not(unix))]
    {
        let _ = (top, folder);
        crate::common::run(journal, &["remind"])
    }
}

/// A stand-in for the desktop's notification server.
struct NotificationServer {
    received: Arc<Mutex<Vec<Notified>>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl NotificationServer {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, zbus::zvariant::OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut received = self.received.lock().unwrap();
        received.push(Notified {
            app_name,
            summary,
            body,
            actions,
        });
        u32::try_from(received.len()).unwrap()
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".into(), "actions".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "test".into(),
            "relief-journal".into(),
            "1".into(),
            "1.2".into(),
        )
    }

    fn close_notification(&self, _id: u32) {}
}

/// A private session bus (`dbus-daemon --session`), ended when dropped.
struct PrivateBus {
    daemon: std::process::Child,
    address: String,
}

impl PrivateBus {
    fn start() -> Option<Self> {
        if !tool_exists("dbus-daemon") {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must install dbus for the notification tests"
            );
            println!("skipped: dbus-daemon is not installed (Debian package dbus)");
            return None;
        }
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        let stdout = daemon.stdout.take().unwrap();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line).unwrap();
        Some(Self {
            daemon,
            address: line.trim().to_owned(),
        })
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// Runs `relief-journal --db JOURNAL --today TODAY remind` on `bus` in English, as
/// [`run_on_bus`] does.
fn remind(bus: &PrivateBus, journal: &Path) -> (Output, Vec<Notified>) {
    remind_with(bus, journal, &[])
}

/// Runs `relief-journal --db JOURNAL --today TODAY remind ARGS` on `bus`, as [`run_on_bus`] does.
fn remind_with(bus: &PrivateBus, journal: &Path, args: &[&str]) -> (Output, Vec<Notified>) {
    let journal = journal.to_string_lossy().into_owned();
    let mut command = vec![
        env!("CARGO_BIN_EXE_relief-journal"),
        "--db",
        &journal,
        "--today",
        TODAY,
        "remind",
    ];
    command.extend_from_slice(args);
    run_on_bus(bus, &command)
}

/// Runs `command` (program first) on `bus` in English, as [`run_on_bus_in`] does.
fn run_on_bus(bus: &PrivateBus, command: &[&str]) -> (Output, Vec<Notified>) {
    run_on_bus_in(bus, command, &[("RELIEF_JOURNAL_LANG", "en")])
}

/// Runs `command` (program first) on `bus` with no language variable but those of `language`
/// (`[("LANG", "es_MX.UTF-8")]`; none at all, as a scheduler's environment may have), with a
/// notification server that closes every notification it shows, as a user dismissing it would;
/// returns the output and what the server received.
fn run_on_bus_in(
    bus: &PrivateBus,
    command: &[&str],
    language: &[(&str, &str)],
) -> (Output, Vec<Notified>) {
    let received = Arc::new(Mutex::new(Vec::new()));
    let server = NotificationServer {
        received: Arc::clone(&received),
    };
    let connection = zbus::block_on(async {
        zbus::connection::Builder::address(bus.address.as_str())
            .unwrap()
            .name("org.freedesktop.Notifications")
            .unwrap()
            .serve_at("/org/freedesktop/Notifications", server)
            .unwrap()
            .build()
            .await
            .unwrap()
    });
    let mut program = Command::new(command[0]);
    for variable in crate::common::LANGUAGE_VARIABLES {
        program.env_remove(variable);
    }
    let mut child = program
        .args(&command[1..])
        .envs(language.iter().copied())
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env_remove("RELIEF_JOURNAL_DB")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // `remind` waits for its notification to be clicked or closed: close each one shown, again
    // until it ends (it listens only once the notification is up).
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "remind did not end");
        let shown = received.lock().unwrap().len();
        for id in 1..=u32::try_from(shown).unwrap() {
            zbus::block_on(connection.emit_signal(
                None::<()>,
                "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications",
                "NotificationClosed",
                &(id, 2_u32),
            ))
            .unwrap();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    let received = received.lock().unwrap().clone();
    (output, received)
}

#[test]
fn an_unlogged_day_gives_one_notification_and_a_logged_day_none() {
    let Some(bus) = PrivateBus::start() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_with(dir.path(), &["2026-11-26", "2026-11-27"]);

    let (output, received) = remind(&bus, &journal);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0].summary, REMINDER_TITLE);
    assert_eq!(
        received[0].body,
        "Nothing is logged for Saturday 28 November yet."
    );
    assert_eq!(received[0].app_name, "Relief Journal");
    assert_eq!(received[0].actions, ["default", "Open Relief Journal"]);

    let mut store = Store::open(&journal).unwrap();
    store
        .save_entry(&Entry::new(day(TODAY), Score::new("pain", 3).unwrap()))
        .unwrap();
    drop(store);
    let (output, received) = remind(&bus, &journal);
    assert!(output.status.success(), "{output:?}");
    assert!(received.is_empty(), "{received:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "28 Nov 2026 is logged; no reminder.\n"
    );
}

/// The days the last-logged-day file beside `journal` lists, after checking it names the journal
/// file there now.
fn listed_days(journal: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(last_logged_path(journal)).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        format!("file {}", file_identity(journal).unwrap())
    );
    lines.map(str::to_owned).collect()
}

#[test]
fn the_last_logged_day_file_names_its_journal_and_follows_saves_and_deletes() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_with(dir.path(), &["2026-11-20", "2026-11-27", "2026-11-25"]);
    let marker = last_logged_path(&journal);
    assert_eq!(
        listed_days(&journal),
        ["2026-11-27", "2026-11-25", "2026-11-20"]
    );
    let mut store = Store::open(&journal).unwrap();
    store.delete_entry(day("2026-11-27")).unwrap();
    assert_eq!(listed_days(&journal), ["2026-11-25", "2026-11-20"]);
    drop(store);
    crate::common::run_ok(&journal, &["log", "--date", "2026-11-28", "--pain", "4"]);
    assert_eq!(
        listed_days(&journal),
        ["2026-11-28", "2026-11-25", "2026-11-20"]
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&marker).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn only_a_file_naming_this_journal_and_this_day_spares_the_reminder() {
    let Some(bus) = PrivateBus::start() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // What a passphrase-protected journal looks like to anything but the app: not SQLite.
    let journal = dir.path().join("journal.db");
    std::fs::write(&journal, [0x5a_u8; 4096]).unwrap();
    let marker = last_logged_path(&journal);
    let this_file = format!("file {}\n", file_identity(&journal).unwrap());
    let reminded = |marker_text: &str| {
        std::fs::write(&marker, marker_text).unwrap();
        let (output, received) = remind(&bus, &journal);
        assert!(output.status.success(), "{output:?}");
        !received.is_empty()
    };
    assert!(!reminded(&format!("{this_file}2026-11-28\n2026-11-27\n")));
    // A later day is not today: the clock was a year ahead when it was logged.
    assert!(reminded(&format!("{this_file}2027-11-28\n2026-11-27\n")));
    assert!(reminded(&this_file));
    // Written by an earlier version: one date, no journal named.
    assert!(reminded("2026-11-28\n"));
    assert!(reminded("2027-11-28\n"));
    // Written for another file: the journal was since replaced by another computer's copy.
    assert!(reminded("file 00-1:2\n2026-11-28\n"));
    // None at all.
    std::fs::remove_file(&marker).unwrap();
    let (output, received) = remind(&bus, &journal);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0].summary, REMINDER_TITLE);
}

/// Runs the binary on `journal` with `--today today` and the passphrase, when given.
fn run_as_of(journal: &Path, today: &str, passphrase: Option<&str>, args: &[&str]) {
    let mut command = crate::common::program();
    command
        .arg("--db")
        .arg(journal)
        .args(["--today", today])
        .args(args)
        .env_remove("RELIEF_JOURNAL_PASSPHRASE")
        .env_remove("RELIEF_JOURNAL_NEW_PASSPHRASE");
    if let Some(passphrase) = passphrase {
        command.env("RELIEF_JOURNAL_PASSPHRASE", passphrase);
    }
    let output = command.output().unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
}

/// Protects the journal with `passphrase` through the binary (`passphrase set`).
fn protect_with(journal: &Path, passphrase: &str) {
    let output = crate::common::program()
        .arg("--db")
        .arg(journal)
        .args(["--today", TODAY, "passphrase", "set"])
        .env("RELIEF_JOURNAL_NEW_PASSPHRASE", passphrase)
        .env_remove("RELIEF_JOURNAL_PASSPHRASE")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
}

/// Whether `remind` (today [`TODAY`]) shows the not-logged notification.
fn reminds(bus: &PrivateBus, journal: &Path) -> bool {
    let (output, received) = remind(bus, journal);
    assert!(output.status.success(), "{output:?}");
    received
        .iter()
        .any(|notified| notified.summary == REMINDER_TITLE)
}

#[test]
fn a_day_logged_with_the_clock_ahead_or_behind_silences_no_other_day() {
    let Some(bus) = PrivateBus::start() else {
        return;
    };
    for passphrase in [None, Some("correct horse battery")] {
        let dir = tempfile::tempdir().unwrap();
        let journal = journal_with(dir.path(), &["2026-11-20"]);
        if let Some(passphrase) = passphrase {
            protect_with(&journal, passphrase);
        }
        // One evening with the clock a year ahead: a saved entry dated next year.
        run_as_of(&journal, "2027-11-30", passphrase, &["log", "--pain", "5"]);
        assert!(reminds(&bus, &journal), "clock ahead, {passphrase:?}");
        // With the clock a year behind: an entry dated last year.
        run_as_of(&journal, "2025-11-28", passphrase, &["log", "--pain", "5"]);
        assert!(reminds(&bus, &journal), "clock behind, {passphrase:?}");
        // Today logged, then the clock put back a few days at remind time: that day is not.
        run_as_of(&journal, TODAY, passphrase, &["log", "--pain", "4"]);
        assert!(!reminds(&bus, &journal), "today logged, {passphrase:?}");
        let (output, received) = remind_as_of(&bus, &journal, "2026-11-24");
        assert!(output.status.success(), "{output:?}");
        assert_eq!(
            received.len(),
            1,
            "clock behind at remind time, {passphrase:?}"
        );
    }
}

/// `remind` with `--today today`.
fn remind_as_of(bus: &PrivateBus, journal: &Path, today: &str) -> (Output, Vec<Notified>) {
    let journal = journal.to_string_lossy().into_owned();
    run_on_bus(
        bus,
        &[
            env!("CARGO_BIN_EXE_relief-journal"),
            "--db",
            &journal,
            "--today",
            today,
            "remind",
        ],
    )
}

#[test]
fn a_restored_backup_or_another_computers_copy_brings_the_reminder_back() {
    let Some(bus) = PrivateBus::start() else {
        return;
    };
    let passphrase = "correct horse battery";
    let secret = Some(passphrase);
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_with(dir.path(), &["2026-11-26"]);
    protect_with(&journal, passphrase);
    run_as_of(&journal, TODAY, secret, &["backup"]);
    let earlier = relief_journal::store::list_backups(&journal).unwrap()[0]
        .path
        .clone();
    let other_computer = dir.path().join("other-computer.db");
    std::fs::copy(&earlier, &other_computer).unwrap();
    run_as_of(&journal, TODAY, secret, &["log", "--pain", "4"]);
    assert!(!reminds(&bus, &journal));

    // A restore of the earlier backup, from the command line.
    run_as_of(
        &journal,
        TODAY,
        secret,
        &["restore", earlier.to_str().unwrap()],
    );
    assert!(reminds(&bus, &journal), "after a restore");
    run_as_of(&journal, TODAY, secret, &["log", "--pain", "4"]);
    assert!(!reminds(&bus, &journal));

    // The journal replaced by another computer's copy, renamed into place as sync programs
    // write, or copied over it in place.
    let incoming = dir.path().join(".incoming.db");
    std::fs::copy(&other_computer, &incoming).unwrap();
    std::fs::rename(&incoming, &journal).unwrap();
    assert!(reminds(&bus, &journal), "after a copy renamed into place");
    // A snapshot the other computer writes (its own file, made through SQLite's backup API).
    run_as_of(&journal, TODAY, secret, &["backup"]);
    let snapshot = relief_journal::store::list_backups(&journal).unwrap()[0]
        .path
        .clone();
    run_as_of(&journal, TODAY, secret, &["log", "--pain", "4"]);
    assert!(!reminds(&bus, &journal));
    std::fs::copy(&snapshot, &journal).unwrap();
    assert!(reminds(&bus, &journal), "after a copy over the file");
    // A byte-for-byte copy of this very file taken before today was logged (the same salt, as
    // when it was carried to another computer and back), copied over it in place.
    let earlier_self = dir.path().join("earlier-self.db");
    std::fs::copy(&journal, &earlier_self).unwrap();
    run_as_of(&journal, TODAY, secret, &["log", "--pain", "4"]);
    assert!(!reminds(&bus, &journal));
    std::fs::copy(&earlier_self, &journal).unwrap();
    assert!(reminds(&bus, &journal), "after an earlier copy of itself");
}

#[test]
fn a_journal_protected_by_a_passphrase_reminds_without_it() {
    let Some(bus) = PrivateBus::start() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_with(dir.path(), &["2026-11-26", "2026-11-27"]);
    let protect = crate::common::program()
        .arg("--db")
        .arg(&journal)
        .args(["--today", TODAY, "passphrase", "set"])
        .env("RELIEF_JOURNAL_NEW_PASSPHRASE", "correct horse battery")
        .env_remove("RELIEF_JOURNAL_PASSPHRASE")
        .output()
        .unwrap();
    assert!(protect.status.success(), "{protect:?}");
    let header = std::fs::read(&journal).unwrap();
    assert_ne!(
        &header[..16],
        b"SQLite format 3\0",
        "the journal is not encrypted"
    );
    let before = std::fs::read(&journal).unwrap();

    // No passphrase is given: remind judges by the last-logged-day file beside the journal.
    let (output, received) = remind(&bus, &journal);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0].summary, REMINDER_TITLE);

    // Logged with the passphrase, the day needs no reminder, still without it.
    let logged = crate::common::program()
        .arg("--db")
        .arg(&journal)
        .args(["--today", TODAY, "log", "--pain", "4"])
        .env("RELIEF_JOURNAL_PASSPHRASE", "correct horse battery")
        .output()
        .unwrap();
    assert!(logged.status.success(), "{logged:?}");
    let after_log = std::fs::read(&journal).unwrap();
    assert_ne!(before, after_log);
    let (output, received) = remind(&bus, &journal);
    assert!(output.status.success(), "{output:?}");
    assert!(received.is_empty(), "{received:?}");
    assert_eq!(
        std::fs::read(&journal).unwrap(),
        after_log,
        "remind changed the journal"
    );
}

#[test]
fn remind_changes_nothing_and_reads_a_journal_in_a_read_only_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("journal");
    std::fs::create_dir(&folder).unwrap();
    let journal = journal_with(&folder, &[TODAY]);
    // Only the journal is left to tell: no last-logged-day file.
    std::fs::remove_file(last_logged_path(&journal)).unwrap();
    let before = std::fs::read(&journal).unwrap();
    let files = |folder: &Path| {
        let mut names: Vec<_> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    let listed = files(&folder);
    // A logged day needs no notification service at all.
    let output = run_in_read_only_folder(dir.path(), &folder, &journal);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "28 Nov 2026 is logged; no reminder.\n"
    );
    assert_eq!(std::fs::read(&journal).unwrap(), before);
    assert_eq!(files(&folder), listed);
}

#[test]
fn remind_without_a_journal_says_so_and_creates_none() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.db");
    let output = crate::common::run(&journal, &["remind"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = crate::common::stderr(&output);
    assert!(stderr.contains("there is no journal at"), "{stderr}");
    assert!(!journal.exists());
}

/// A temporary home with a stand-in `systemctl` that records its arguments, answering as a
/// running user session does, or failing as `systemctl --user` does without one.
struct TestHome {
    dir: tempfile::TempDir,
}

impl TestHome {
    fn new(session: bool) -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("bin")).unwrap();
        std::fs::create_dir_all(dir.path().join("home")).unwrap();
        let calls = dir.path().join("calls");
        let script = if session {
            format!(
                "#!/bin/sh\necho \"$*\" >> '{}'\n[ \"$2\" = is-enabled ] && echo enabled\nexit 0\n",
                calls.display()
            )
        } else {
            "#!/bin/sh\necho 'Failed to connect to bus: No medium found' >&2\nexit 1\n".to_owned()
        };
        let systemctl = dir.path().join("bin").join("systemctl");
        std::fs::write(&systemctl, script).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&systemctl, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        Self { dir }
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn units(&self) -> PathBuf {
        self.config().join("systemd").join("user")
    }

    fn calls(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("calls")).unwrap_or_default()
    }

    /// Runs `relief-journal --db JOURNAL --today TODAY ARGS` in this home, in English.
    fn run(&self, journal: &Path, args: &[&str]) -> Output {
        self.run_with(crate::common::program(), journal, args)
    }

    /// Runs `relief-journal --db JOURNAL --today TODAY ARGS` in this home on a system whose
    /// language is `locale`.
    fn run_on_system(&self, locale: &str, journal: &Path, args: &[&str]) -> Output {
        self.run_with(crate::common::program_on_system(locale), journal, args)
    }

    fn run_with(&self, mut program: Command, journal: &Path, args: &[&str]) -> Output {
        let path = format!(
            "{}:{}",
            self.dir.path().join("bin").display(),
            std::env::var("PATH").unwrap_or_default()
        );
        program
            .arg("--db")
            .arg(journal)
            .args(["--today", TODAY])
            .args(args)
            .env("HOME", self.dir.path().join("home"))
            .env("XDG_CONFIG_HOME", self.config())
            .env("PATH", path)
            .env_remove("RELIEF_JOURNAL_DB")
            .output()
            .unwrap()
    }
}

#[test]
fn reminders_on_writes_units_that_verify_and_off_removes_everything() {
    let home = TestHome::new(true);
    let journal = journal_with(home.dir.path(), &[]);
    let output = home.run(&journal, &["reminders", "on", "--at", "21:15"]);
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("daily at 21:15"), "{stdout}");
    assert!(
        stdout.contains("\nNext run: Sat 28 Nov 2026 at 21:15.\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\nLanguage of the notification: English "),
        "{stdout}"
    );

    let timer = home.units().join("relief-journal-reminder.timer");
    let service = home.units().join("relief-journal-reminder.service");
    let timer_text = std::fs::read_to_string(&timer).unwrap();
    assert!(
        timer_text.contains("\nOnCalendar=*-*-* 21:15:00\n"),
        "{timer_text}"
    );
    assert!(timer_text.contains("\nPersistent=false\n"), "{timer_text}");
    let service_text = std::fs::read_to_string(&service).unwrap();
    let exec = format!(
        "\nExecStart=\"{}\" \"--db\" \"{}\" \"--fallback-lang\" \"en_US\" \"remind\"\n",
        env!("CARGO_BIN_EXE_relief-journal"),
        journal.display()
    );
    assert!(service_text.contains(&exec), "{service_text}");
    assert_eq!(
        home.calls(),
        "--user show-environment\n--user daemon-reload\n\
         --user enable relief-journal-reminder.timer\n\
         --user restart relief-journal-reminder.timer\n\
         --user show-environment\n--user is-enabled relief-journal-reminder.timer\n"
    );

    if tool_exists("systemd-analyze") {
        let verify = Command::new("systemd-analyze")
            .arg("verify")
            .arg(&timer)
            .arg(&service)
            .output()
            .unwrap();
        assert!(
            verify.status.success() && verify.stderr.is_empty(),
            "systemd-analyze verify: {}",
            String::from_utf8_lossy(&verify.stderr)
        );
    } else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install systemd for systemd-analyze verify"
        );
        println!("skipped systemd-analyze verify: not installed (Debian package systemd)");
    }

    let status = home.run(&journal, &["reminders", "status"]);
    let status_text = String::from_utf8_lossy(&status.stdout);
    assert!(status_text.contains("daily at 21:15"), "{status_text}");
    assert!(
        status_text.contains(&journal.display().to_string()),
        "{status_text}"
    );

    let off = home.run(&journal, &["reminders", "off"]);
    assert!(off.status.success(), "{off:?}");
    assert!(
        home.calls()
            .contains("--user disable --now relief-journal-reminder.timer\n")
    );
    assert!(!home.config().join("systemd").exists(), "units left behind");
    let status = home.run(&journal, &["reminders", "status"]);
    assert_eq!(
        String::from_utf8_lossy(&status.stdout),
        "No reminder is on.\n"
    );
}

#[test]
fn without_a_user_session_nothing_is_installed_and_the_reason_is_given() {
    let home = TestHome::new(false);
    let journal = journal_with(home.dir.path(), &[]);
    let output = home.run(&journal, &["reminders", "on"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let stderr = crate::common::stderr(&output);
    assert!(stderr.contains("no systemd user session"), "{stderr}");
    assert!(stderr.contains("nothing was installed"), "{stderr}");
    assert!(!home.config().exists());
}

#[test]
fn a_bad_time_is_refused_with_exit_2_and_nothing_written() {
    let home = TestHome::new(true);
    let journal = journal_with(home.dir.path(), &[]);
    let output = home.run(&journal, &["reminders", "on", "--at", "8pm"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = crate::common::stderr(&output);
    assert!(stderr.contains("\"8pm\""), "{stderr}");
    assert!(stderr.contains("HH:MM"), "{stderr}");
    assert!(!home.config().exists());
    assert_eq!(home.calls(), "");
}

#[test]
fn the_service_removes_its_units_when_the_program_is_gone() {
    let home = TestHome::new(true);
    let journal = journal_with(home.dir.path(), &[]);
    assert!(home.run(&journal, &["reminders", "on"]).status.success());
    let service = home.units().join("relief-journal-reminder.service");
    let text = std::fs::read_to_string(&service).unwrap();
    // The ExecCondition script, as systemd would run it, with the program's path changed to
    // one that no longer exists ($$ in a unit file is $).
    let condition = text
        .lines()
        .find_map(|line| line.strip_prefix("ExecCondition=/bin/sh -c '"))
        .unwrap();
    let (script, arguments) = condition.split_once("' ").unwrap();
    let script = script.replace("$$", "$");
    let arguments: Vec<String> = arguments
        .split("\" \"")
        .map(|word| word.trim_matches('"').to_owned())
        .collect();
    assert_eq!(arguments[0], env!("CARGO_BIN_EXE_relief-journal"));
    let run_condition = |program: &str| {
        Command::new("sh")
            .arg("-c")
            .arg(&script)
            .arg(program)
            .args(&arguments[1..])
            .env(
                "PATH",
                format!("{}:/usr/bin:/bin", home.dir.path().join("bin").display()),
            )
            .status()
            .unwrap()
    };
    assert!(run_condition(&arguments[0]).success());
    assert!(service.exists());
    let status = run_condition("/nowhere/relief-journal");
    assert_eq!(status.code(), Some(1));
    assert!(!service.exists());
    assert!(!home.units().join("relief-journal-reminder.timer").exists());
}

fn job(at: (u32, u32), program: &str, journal: &str) -> ReminderJob {
    ReminderJob {
        at: NaiveTime::from_hms_opt(at.0, at.1, 0).unwrap(),
        program: PathBuf::from(program),
        journal: PathBuf::from(journal),
        infusion_eve: false,
    }
}

#[test]
fn the_windows_task_is_a_daily_task_of_the_current_user() {
    let job = job(
        (20, 0),
        r"C:\Users\Ana\AppData\Local\Programs\Relief Journal\relief-journal.exe",
        r"C:\Users\Ana\AppData\Roaming\relief-journal\data\journal.db",
    );
    assert_eq!(
        task_scheduler::create_args(&job, "Ana").unwrap(),
        [
            "/Create",
            "/F",
            "/TN",
            "Relief Journal reminder (Ana)",
            "/SC",
            "DAILY",
            "/ST",
            "20:00",
            "/TR",
            r#""C:\Users\Ana\AppData\Local\Programs\Relief Journal\relief-journal.exe" --db "C:\Users\Ana\AppData\Roaming\relief-journal\data\journal.db" --fallback-lang en_US remind"#,
        ]
    );
    assert_eq!(
        task_scheduler::delete_args("Ana"),
        ["/Delete", "/F", "/TN", "Relief Journal reminder (Ana)"]
    );
    // No /RU: the task runs as the user who made it, with no administrator rights asked.
    let long = job_with_long_path();
    let error = task_scheduler::create_args(&long, "Ana").unwrap_err();
    assert!(error.to_string().contains("at most 261"), "{error}");
}

fn job_with_long_path() -> ReminderJob {
    let folder = "a".repeat(200);
    job(
        (20, 0),
        r"C:\Program Files\Relief Journal\relief-journal.exe",
        &format!(r"C:\{folder}\journal.db"),
    )
}

#[test]
fn the_macos_agent_runs_daily_at_the_time() {
    let home = Path::new("/Users/ana");
    let job = job(
        (7, 5),
        "/Applications/Relief Journal.app/Contents/MacOS/relief-journal",
        "/Users/ana/Library/Application Support/relief-journal/journal.db",
    );
    let bytes = launchd::agent_plist(&job, home).unwrap();
    let value = plist::Value::from_reader_xml(bytes.as_slice()).unwrap();
    let agent = value.as_dictionary().unwrap();
    assert_eq!(
        agent.get("Label").unwrap().as_string(),
        Some("io.github.relief_journal.reminder")
    );
    let calendar = agent
        .get("StartCalendarInterval")
        .unwrap()
        .as_dictionary()
        .unwrap();
    assert_eq!(calendar.get("Hour").unwrap().as_unsigned_integer(), Some(7));
    assert_eq!(
        calendar.get("Minute").unwrap().as_unsigned_integer(),
        Some(5)
    );
    let arguments: Vec<&str> = agent
        .get("ProgramArguments")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|value| value.as_string().unwrap())
        .collect();
    assert_eq!(arguments[0], "/bin/sh");
    assert_eq!(
        &arguments[3..],
        [
            "/Applications/Relief Journal.app/Contents/MacOS/relief-journal",
            "/Users/ana/Library/LaunchAgents/io.github.relief_journal.reminder.plist",
            "/Users/ana/Library/Application Support/relief-journal/journal.db",
            "--fallback-lang",
            "en_US",
            "remind",
        ]
    );
    assert_eq!(
        launchd::plist_path(home),
        PathBuf::from("/Users/ana/Library/LaunchAgents/io.github.relief_journal.reminder.plist")
    );
    let agent = launchd::read_agent_plist(&bytes).unwrap();
    assert_eq!(agent.at, NaiveTime::from_hms_opt(7, 5, 0).unwrap());
    assert_eq!(agent.journal, Some(job.journal.clone()));
    assert!(!agent.infusion_eve);
    assert_eq!(agent.language.as_deref(), Some("en_US"));

    // Once the app is gone, the agent deletes its file and removes itself from launchd.
    let dir = tempfile::tempdir().unwrap();
    let agent_file = dir.path().join("agent.plist");
    std::fs::write(&agent_file, &bytes).unwrap();
    let launchctl = dir.path().join("launchctl");
    let calls = dir.path().join("calls");
    std::fs::write(
        &launchctl,
        format!("#!/bin/sh\necho \"$*\" >> '{}'\n", calls.display()),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&launchctl, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let status = Command::new(arguments[0])
        .args([arguments[1], arguments[2], "/nowhere/relief-journal"])
        .arg(&agent_file)
        .arg("/nowhere/journal.db")
        .env("PATH", format!("{}:/usr/bin:/bin", dir.path().display()))
        .status()
        .unwrap();
    assert!(status.success());
    assert!(!agent_file.exists());
    assert_eq!(
        std::fs::read_to_string(&calls).unwrap(),
        "remove io.github.relief_journal.reminder\n"
    );
}

#[test]
fn remind_sees_an_entry_the_open_app_has_not_checkpointed_yet() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_with(dir.path(), &[]);
    // The app keeps the journal open; today's entry is in its write-ahead log.
    let mut app = Store::open(&journal).unwrap();
    app.save_entry(&Entry::new(day(TODAY), Score::new("pain", 6).unwrap()))
        .unwrap();
    std::fs::remove_file(last_logged_path(&journal)).unwrap();
    let wal = dir.path().join("journal.db-wal");
    assert!(std::fs::metadata(&wal).unwrap().len() > 0);
    let output = crate::common::run(&journal, &["remind"]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "28 Nov 2026 is logged; no reminder.\n"
    );
    drop(app);
}

/// The words of a unit file's `ExecStart=` line as systemd reads them (the quoting itself is
/// checked against exact text in `reminders::systemd`'s unit tests).
fn exec_start(service: &str) -> Vec<String> {
    relief_journal::reminders::systemd::exec_start_args(service).unwrap()
}

/// The acceptance path on Linux, without a systemd user manager (which CI lacks): turn the
/// reminder on, run the service's command as the timer would, see one notification; log the
/// day and see none; turn it off and find nothing left.
#[test]
fn turned_on_the_service_reminds_once_until_the_day_is_logged_and_off_leaves_nothing() {
    let Some(bus) = PrivateBus::start() else {
        return;
    };
    let home = TestHome::new(true);
    // A journal folder with a space and a percent sign, as a user's might have.
    let folder = home.dir.path().join("My 100% journal");
    std::fs::create_dir(&folder).unwrap();
    let journal = journal_with(&folder, &["2026-11-27"]);
    assert!(home.run(&journal, &["reminders", "on"]).status.success());
    let service =
        std::fs::read_to_string(home.units().join("relief-journal-reminder.service")).unwrap();
    let mut command = exec_start(&service);
    assert_eq!(
        command,
        [
            env!("CARGO_BIN_EXE_relief-journal"),
            "--db",
            &journal.to_string_lossy(),
            "--fallback-lang",
            "en_US",
            "remind"
        ]
    );
    // The fixed day instead of the clock's, for the test.
    command.splice(1..1, ["--today".to_owned(), TODAY.to_owned()]);
    let command: Vec<&str> = command.iter().map(String::as_str).collect();

    let (output, received) = run_on_bus(&bus, &command);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0].summary, REMINDER_TITLE);

    crate::common::run_ok(&journal, &["log", "--date", TODAY, "--pain", "4"]);
    let (output, received) = run_on_bus(&bus, &command);
    assert!(output.status.success(), "{output:?}");
    assert!(received.is_empty(), "{received:?}");

    assert!(home.run(&journal, &["reminders", "off"]).status.success());
    assert!(
        !home.config().join("systemd").exists(),
        "something of the reminder is left"
    );
}

#[test]
fn a_reminder_for_a_journal_that_does_not_exist_is_refused() {
    let home = TestHome::new(true);
    let journal = home.dir.path().join("journal.db");
    let output = home.run(&journal, &["reminders", "on"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = crate::common::stderr(&output);
    assert!(stderr.contains("there is no journal at"), "{stderr}");
    assert!(!home.config().exists());
    assert!(!journal.exists());
}

#[test]
fn the_infusion_eve_flag_reaches_every_platform_s_job_and_is_read_back() {
    let mut eve = job(
        (20, 0),
        r"C:\Program Files\Relief Journal\relief-journal.exe",
        r"C:\Users\Ana\journal.db",
    );
    eve.infusion_eve = true;
    let args = task_scheduler::create_args(&eve, "Ana").unwrap();
    assert_eq!(
        args[9],
        r#""C:\Program Files\Relief Journal\relief-journal.exe" --db "C:\Users\Ana\journal.db" --fallback-lang en_US remind --infusion-eve"#
    );
    let xml = "<Task><StartBoundary>2026-12-06T20:00:00</StartBoundary><Arguments>--db \
               &quot;C:\\Users\\Ana\\journal.db&quot; --fallback-lang es_MX remind --infusion-eve</Arguments></Task>";
    let task = task_scheduler::read_task_xml(xml).unwrap();
    assert!(task.infusion_eve);
    assert_eq!(task.language.as_deref(), Some("es_MX"));

    eve.program = PathBuf::from("/Applications/Relief Journal.app/Contents/MacOS/relief-journal");
    eve.journal = PathBuf::from("/Users/ana/journal.db");
    let bytes = launchd::agent_plist(&eve, Path::new("/Users/ana")).unwrap();
    let agent = launchd::read_agent_plist(&bytes).unwrap();
    assert_eq!(agent.journal, Some(PathBuf::from("/Users/ana/journal.db")));
    assert!(agent.infusion_eve);
    // The agent passes the flag on to remind: run its script with a stand-in program.
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("relief-journal");
    let seen = dir.path().join("arguments");
    std::fs::write(
        &program,
        format!("#!/bin/sh\necho \"$*\" > '{}'\n", seen.display()),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let value = plist::Value::from_reader_xml(bytes.as_slice()).unwrap();
    let arguments: Vec<String> = value.as_dictionary().unwrap()["ProgramArguments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|value| value.as_string().unwrap().to_owned())
        .collect();
    let status = Command::new(&arguments[0])
        .args(&arguments[1..3])
        .arg(&program)
        .args(&arguments[4..])
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(
        std::fs::read_to_string(&seen).unwrap(),
        "--db /Users/ana/journal.db --fallback-lang en_US remind --infusion-eve\n"
    );
}

#[test]
fn reminders_on_with_infusion_eve_puts_the_flag_in_the_service_and_status_says_so() {
    let home = TestHome::new(true);
    let journal = journal_with(home.dir.path(), &[]);
    let output = home.run(&journal, &["reminders", "on", "--infusion-eve"]);
    assert!(output.status.success(), "{output:?}");
    let service =
        std::fs::read_to_string(home.units().join("relief-journal-reminder.service")).unwrap();
    assert_eq!(
        exec_start(&service),
        [
            env!("CARGO_BIN_EXE_relief-journal"),
            "--db",
            &journal.to_string_lossy(),
            "--fallback-lang",
            "en_US",
            "remind",
            "--infusion-eve"
        ]
    );
    let status = home.run(&journal, &["reminders", "status"]);
    let status_text = String::from_utf8_lossy(&status.stdout);
    assert!(
        status_text.contains("and the day before a planned infusion"),
        "{status_text}"
    );
}

/// A journal with `logged` days and an infusion planned on `planned`.
fn journal_with_planned(dir: &Path, logged: &[&str], planned: &str) -> PathBuf {
    let journal = journal_with(dir, logged);
    crate::common::run_ok(&journal, &["infusion", "--date", planned, "--planned"]);
    journal
}

fn remind_eve(bus: &PrivateBus, journal: &Path) -> (Output, Vec<Notified>) {
    remind_with(bus, journal, &["--infusion-eve"])
}

#[test]
fn the_day_before_a_planned_infusion_gives_one_notification_when_asked_for() {
    let Some(bus) = PrivateBus::start() else {
        return;
    };
    // Logged today, an infusion planned tomorrow (29 November).
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_with_planned(dir.path(), &[TODAY], "2026-11-29");
    let (output, received) = remind_eve(&bus, &journal);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0].summary, "An infusion is planned for tomorrow");
    assert_eq!(
        received[0].body,
        "Relief Journal: your infusion planned for Sunday 29 November."
    );
    // Without the flag, a logged day shows nothing.
    let (output, received) = remind(&bus, &journal);
    assert!(output.status.success(), "{output:?}");
    assert!(received.is_empty(), "{received:?}");

    // Not logged today and an infusion tomorrow: still one notification, saying both.
    let other = tempfile::tempdir().unwrap();
    let journal = journal_with_planned(other.path(), &["2026-11-27"], "2026-11-29");
    let (output, received) = remind_eve(&bus, &journal);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0].summary, REMINDER_TITLE);
    assert_eq!(
        received[0].body,
        "Nothing is logged for Saturday 28 November yet. An infusion is planned for tomorrow."
    );

    // A planned infusion the day after tomorrow is not tomorrow's.
    let later = tempfile::tempdir().unwrap();
    let journal = journal_with_planned(later.path(), &[TODAY], "2026-11-30");
    let (output, received) = remind_eve(&bus, &journal);
    assert!(output.status.success(), "{output:?}");
    assert!(received.is_empty(), "{received:?}");
}

#[test]
fn opening_a_journal_writes_a_missing_or_stale_last_logged_day_file() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_with(dir.path(), &["2026-11-20", "2026-11-25"]);
    let marker = last_logged_path(&journal);
    // A journal from before the file existed.
    std::fs::remove_file(&marker).unwrap();
    drop(Store::open(&journal).unwrap());
    assert_eq!(listed_days(&journal), ["2026-11-25", "2026-11-20"]);
    // A file left from a journal since replaced (a restored backup), or by an earlier version.
    for stale in ["2026-11-27\n", "file 00-1:2\n2026-11-27\n"] {
        std::fs::write(&marker, stale).unwrap();
        drop(Store::open(&journal).unwrap());
        assert_eq!(listed_days(&journal), ["2026-11-25", "2026-11-20"]);
    }
}

/// `reminders on` on a Spanish system records the language in the job and says so in Spanish;
/// `reminders status` reads it back, in Spanish.
#[test]
fn reminders_status_speaks_spanish_and_the_job_records_the_language() {
    let home = TestHome::new(true);
    let journal = journal_with(home.dir.path(), &[]);
    let on = home.run_on_system(
        "es_MX.UTF-8",
        &journal,
        &["reminders", "on", "--at", "21:15"],
    );
    assert!(on.status.success(), "{on:?}");
    let service =
        std::fs::read_to_string(home.units().join("relief-journal-reminder.service")).unwrap();
    assert_eq!(
        exec_start(&service)[3..],
        ["--fallback-lang", "es_MX", "remind"]
    );
    let status = home.run_on_system("es_MX.UTF-8", &journal, &["reminders", "status"]);
    assert!(status.status.success(), "{status:?}");
    let units = home.units();
    let expected = format!(
        "Recordatorio activado: todos los días a las 21:15, si el día no tiene registro en {}.\n\
         Próximo aviso: sáb, 28 nov 2026 a las 21:15.\n\
         Partes instaladas: {} y {}.\n\
         Idioma de la notificación: español (si el diario se puede leer sin contraseña, se usa el \
         idioma elegido en él).\n",
        journal.display(),
        units.join("relief-journal-reminder.timer").display(),
        units.join("relief-journal-reminder.service").display()
    );
    assert_eq!(String::from_utf8_lossy(&status.stdout), expected);
    assert_eq!(String::from_utf8_lossy(&on.stdout), expected);

    let off = home.run_on_system("es_MX.UTF-8", &journal, &["reminders", "off"]);
    assert!(
        String::from_utf8_lossy(&off.stdout).starts_with("Recordatorio desactivado; se eliminó: "),
        "{off:?}"
    );
    let none = home.run_on_system("es_MX.UTF-8", &journal, &["reminders", "status"]);
    assert_eq!(
        String::from_utf8_lossy(&none.stdout),
        "No hay ningún recordatorio activado.\n"
    );
}

/// The scheduler runs the job with no language in its environment: the reminder speaks the
/// language recorded when it was turned on, unless the journal's own setting (readable without
/// a passphrase) names another.
#[test]
fn the_reminder_speaks_the_recorded_language_unless_the_journal_names_one() {
    let Some(bus) = PrivateBus::start() else {
        return;
    };
    let home = TestHome::new(true);
    let journal = journal_with(home.dir.path(), &["2026-11-27"]);
    let on = home.run_on_system("es_MX.UTF-8", &journal, &["reminders", "on"]);
    assert!(on.status.success(), "{on:?}");
    let service =
        std::fs::read_to_string(home.units().join("relief-journal-reminder.service")).unwrap();
    let mut command = exec_start(&service);
    command.splice(1..1, ["--today".to_owned(), TODAY.to_owned()]);
    let command: Vec<&str> = command.iter().map(String::as_str).collect();

    // No language setting in the journal, none in the environment: the recorded Spanish.
    let (output, received) = run_on_bus_in(&bus, &command, &[]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "El 28 nov 2026 todavía no tiene registro; se muestra el recordatorio.\n"
    );
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(
        received[0].summary,
        "Registre su dolor de hoy en Relief Journal"
    );
    assert_eq!(
        received[0].body,
        "Todavía no hay ningún registro del sábado 28 de noviembre."
    );
    assert_eq!(received[0].actions, ["default", "Abrir Relief Journal"]);
    // The program's name, as the notification service files it, is not translated.
    assert_eq!(received[0].app_name, "Relief Journal");

    // The journal's own setting comes first when the journal can be read.
    let mut store = Store::open(&journal).unwrap();
    let mut settings = store.settings().unwrap();
    settings.language = "en".into();
    store.save_settings(&settings).unwrap();
    drop(store);
    let (output, received) = run_on_bus_in(&bus, &command, &[]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0].summary, REMINDER_TITLE);
    assert_eq!(
        received[0].body,
        "Nothing is logged for Saturday 28 November yet."
    );

    // Protected by a passphrase, the journal cannot be read: the recorded Spanish again.
    let protect = crate::common::program()
        .arg("--db")
        .arg(&journal)
        .args(["--today", TODAY, "passphrase", "set"])
        .env("RELIEF_JOURNAL_NEW_PASSPHRASE", "correct horse battery")
        .env_remove("RELIEF_JOURNAL_PASSPHRASE")
        .output()
        .unwrap();
    assert!(protect.status.success(), "{protect:?}");
    let (output, received) = run_on_bus_in(&bus, &command, &[]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(
        received[0].summary,
        "Registre su dolor de hoy en Relief Journal"
    );

    // A language chosen for the run itself wins over both.
    let (_, received) = run_on_bus_in(&bus, &command, &[("RELIEF_JOURNAL_LANG", "en")]);
    assert_eq!(received[0].summary, REMINDER_TITLE);
}

/// The day before a planned infusion, in Spanish.
#[test]
fn the_infusion_eve_reminder_speaks_spanish() {
    let Some(bus) = PrivateBus::start() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_with_planned(dir.path(), &[TODAY], "2026-11-29");
    let journal_text = journal.to_string_lossy().into_owned();
    let command = [
        env!("CARGO_BIN_EXE_relief-journal"),
        "--db",
        &journal_text,
        "--today",
        TODAY,
        "remind",
        "--infusion-eve",
    ];
    let (output, received) = run_on_bus_in(&bus, &command, &[("LANG", "es_MX.UTF-8")]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "El 28 nov 2026 ya tiene registro; hay una infusión programada para el 29 nov 2026: se \
         muestra ese aviso.\n"
    );
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0].summary, "Mañana tiene una infusión programada");
    assert_eq!(
        received[0].body,
        "Relief Journal: su infusión programada para el domingo 29 de noviembre."
    );
}
