//! Nothing acknowledged is lost: writers killed with SIGKILL at random moments leave a sound
//! journal that holds every write whose command reported success.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use relief_journal::store::Store;

/// How many writer processes must be killed while still running.
const REQUIRED_KILLS: usize = 20;

#[test]
fn killed_writers_never_lose_an_acknowledged_entry() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let mut rng = StdRng::seed_from_u64(7);
    let first_day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    // For each acknowledged day: the acknowledged value, then values of later writes of that
    // day that were killed (which may or may not have committed before the kill).
    let mut acknowledged: BTreeMap<NaiveDate, Vec<i64>> = BTreeMap::new();
    let mut kills = 0;
    let mut attempts = 0;
    let started = Instant::now();

    let writer = |date: NaiveDate, pain: i64| {
        Command::new(env!("CARGO_BIN_EXE_relief-journal"))
            .arg("--db")
            .arg(&db)
            .args([
                "log",
                "--date",
                &date.to_string(),
                "--pain",
                &pain.to_string(),
            ])
            .args([
                "--note",
                &"a longer note to make the write bigger ".repeat(50),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };

    // Time a few complete writes, so kills land between start-up and the end of a write
    // however fast or loaded this machine is.
    let mut durations = Vec::new();
    for offset in 0..5 {
        let date = first_day + chrono::Duration::days(offset);
        let started = Instant::now();
        assert!(writer(date, 5).wait().unwrap().success());
        durations.push(started.elapsed());
        acknowledged.insert(date, vec![5]);
    }
    durations.sort();
    let window_micros = (durations[2].as_micros() as u64 * 3 / 2).max(1_000);

    while kills < REQUIRED_KILLS {
        assert!(
            attempts < 2_000,
            "only {kills} kills in {attempts} attempts"
        );
        assert!(
            started.elapsed() < Duration::from_secs(240),
            "took too long"
        );
        let date = first_day + chrono::Duration::days(rng.random_range(0..60));
        let pain = rng.random_range(0..=10);
        let mut child = writer(date, pain);
        std::thread::sleep(Duration::from_micros(rng.random_range(0..window_micros)));
        let status = match child.try_wait().unwrap() {
            Some(status) => status,
            None => {
                child.kill().unwrap();
                kills += 1;
                child.wait().unwrap()
            }
        };
        if status.success() {
            acknowledged.insert(date, vec![pain]);
        } else if let Some(possible) = acknowledged.get_mut(&date) {
            possible.push(pain);
        }
        attempts += 1;
    }

    let store = Store::open(&db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    for (date, possible) in &acknowledged {
        let stored = store
            .entry(*date)
            .unwrap()
            .map(|entry| i64::from(entry.pain.get()));
        let stored = stored.unwrap_or_else(|| panic!("acknowledged entry for {date} is missing"));
        assert!(
            possible.contains(&stored),
            "{date}: pain {stored} stored, but the acknowledged value was {}",
            possible[0]
        );
    }
    println!(
        "{kills} writers killed in {attempts} attempts; {} acknowledged days all present",
        acknowledged.len()
    );
}

#[test]
fn a_killed_import_is_all_or_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let csv = folder.path().join("big.csv");
    let mut text = String::from("date,pain,note\n");
    let first_day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    for offset in 0..20_000 {
        let date = first_day + chrono::Duration::days(offset);
        text.push_str(&format!("{date},{},imported\n", offset % 11));
    }
    std::fs::write(&csv, text).unwrap();
    let mut rng = StdRng::seed_from_u64(11);
    for _ in 0..5 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_relief-journal"))
            .arg("--db")
            .arg(&db)
            .arg("import")
            .arg(&csv)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.random_range(5..200)));
        let _ = child.kill();
        let status = child.wait().unwrap();
        let store = Store::open(&db).unwrap();
        assert_eq!(store.integrity_check().unwrap(), "ok");
        let count = store.entries().unwrap().len();
        if status.success() {
            assert_eq!(count, 20_000);
        } else {
            assert!(
                count == 0 || count == 20_000,
                "half an import: {count} entries"
            );
        }
        if count == 20_000 {
            return;
        }
    }
}
