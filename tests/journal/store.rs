//! The SQLite store: round trips of every field, replacing a day, settings, migrations,
//! permissions and refusing files that are not journals.
#![allow(clippy::unwrap_used)]

use std::fs;

use crate::damaged::{damaged_files, replace_journal};
use chrono::NaiveDate;
use relief_journal::domain::{
    DoseMg, DurationMin, Entry, Infusion, Phase, RescueDoses, Score, Settings, SleepHours,
    TextList, Theme,
};
use relief_journal::store::{LATEST_VERSION, SaveOutcome, Store, StoreError, migrations};
use rusqlite::Connection;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn full_entry(date: &str) -> Entry {
    Entry {
        date: day(date),
        pain: Score::new("pain", 10).unwrap(),
        worst_pain: Some(Score::new("worst_pain", 0).unwrap()),
        sleep_hours: Some(SleepHours::new(23.75).unwrap()),
        sleep_quality: Some(Score::new("sleep_quality", 1).unwrap()),
        mobility: Some(Score::new("mobility", 9).unwrap()),
        mood: Some(Score::new("mood", 5).unwrap()),
        rescue_doses: Some(RescueDoses::new(50).unwrap()),
        wearing_off: true,
        side_effects: TextList::new("side_effects", ["nausea", "Schwindel", "眩暈"]).unwrap(),
        tags: TextList::new("tags", ["weather, cold", "stress \"work\""]).unwrap(),
        note: "Said \"enough\", then rested; later: walked.\nSecond line — ünïcödé, 痛み, боль, 🙂"
            .into(),
    }
}

#[test]
fn every_entry_field_survives_a_round_trip_through_the_file() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.db");
    let entry = full_entry("2026-03-01");
    let minimal = Entry::new(day("2026-03-02"), Score::new("pain", 0).unwrap());
    {
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.save_entry(&entry).unwrap(), SaveOutcome::Added);
        store.save_entry(&minimal).unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.entry(day("2026-03-01")).unwrap(), Some(entry.clone()));
    assert_eq!(store.entries().unwrap(), vec![entry, minimal]);
    assert_eq!(store.entry(day("2026-03-03")).unwrap(), None);
}

#[test]
fn saving_a_day_again_replaces_its_entry() {
    let mut store = Store::open_in_memory().unwrap();
    let mut entry = Entry::new(day("2026-03-01"), Score::new("pain", 6).unwrap());
    assert_eq!(store.save_entry(&entry).unwrap(), SaveOutcome::Added);
    entry.pain = Score::new("pain", 4).unwrap();
    entry.note = "edited".into();
    assert_eq!(store.save_entry(&entry).unwrap(), SaveOutcome::Replaced);
    assert_eq!(store.entries().unwrap(), vec![entry.clone()]);
    assert_eq!(store.delete_entry(entry.date).unwrap(), Some(entry));
    assert!(store.entries().unwrap().is_empty());
    assert!(store.is_empty().unwrap());
}

#[test]
fn entries_between_includes_both_ends() {
    let mut store = Store::open_in_memory().unwrap();
    for date in ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"] {
        store
            .save_entry(&Entry::new(day(date), Score::new("pain", 5).unwrap()))
            .unwrap();
    }
    let dates: Vec<String> = store
        .entries_between(day("2026-03-02"), day("2026-03-03"))
        .unwrap()
        .iter()
        .map(|entry| entry.date.to_string())
        .collect();
    assert_eq!(dates, ["2026-03-02", "2026-03-03"]);
}

#[test]
fn infusions_are_added_edited_and_deleted() {
    let mut store = Store::open_in_memory().unwrap();
    let mut infusion = Infusion::done(day("2026-01-10"));
    infusion.phase = Some(Phase::Loading);
    infusion.dose_mg = Some(DoseMg::new(35.5).unwrap());
    infusion.duration_min = Some(DurationMin::new(45).unwrap());
    infusion.clinic = "Clinique Saint-Éloi".into();
    infusion.side_effects = TextList::new("side_effects", ["nausea"]).unwrap();
    infusion.note = "line one\nline \"two\", with comma".into();
    let id = store.add_infusion(&infusion).unwrap();
    let planned = Infusion::planned(day("2026-02-20"));
    let planned_id = store.add_infusion(&planned).unwrap();

    let stored = store.infusions().unwrap();
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[0].id, id);
    assert_eq!(stored[0].infusion, infusion);
    assert_eq!(stored[1].infusion, planned);

    let mut done = planned.clone();
    done.status = relief_journal::domain::InfusionStatus::Done;
    assert!(store.update_infusion(planned_id, &done).unwrap());
    assert!(!store.update_infusion(9999, &done).unwrap());
    assert_eq!(store.infusions().unwrap()[1].infusion, done);
    assert_eq!(store.delete_infusion(id).unwrap(), Some(infusion));
    assert_eq!(store.infusions().unwrap().len(), 1);
}

#[test]
fn settings_persist_and_are_validated() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.db");
    let mut settings = Settings::default();
    settings.analysis.persistence_days = 10;
    settings.baseline_pain = Some(7.5);
    settings.theme = Theme::Dark;
    settings.text_scale = 1.25;
    settings.patient_name = "Ana Núñez".into();
    settings.language = "es-MX".into();
    {
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.settings().unwrap(), Settings::default());
        store.save_settings(&settings).unwrap();
        let mut bad = settings.clone();
        bad.analysis.min_logged_per_week = 8;
        assert!(matches!(
            store.save_settings(&bad),
            Err(StoreError::Invalid(_))
        ));
        let mut unknown_language = settings.clone();
        unknown_language.language = "klingon".into();
        assert!(matches!(
            store.save_settings(&unknown_language),
            Err(StoreError::Invalid(_))
        ));
    }
    assert_eq!(Store::open(&path).unwrap().settings().unwrap(), settings);
}

#[test]
fn a_journal_made_by_the_first_schema_is_upgraded_with_its_data() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("old.db");
    {
        let mut connection = Connection::open(&path).unwrap();
        migrations().to_version(&mut connection, 1).unwrap();
        connection
            .execute_batch(
                "INSERT INTO entry (date, pain, sleep_hours, tags, note)
                     VALUES ('2025-12-01', 7, 6.5, '[\"weather\"]', 'from version 1');
                 INSERT INTO infusion (date, status, phase, dose_mg)
                     VALUES ('2025-12-03', 'done', 'loading', 40);",
            )
            .unwrap();
        let version: i64 = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap();
        assert_eq!(version, 1);
    }
    let mut store = Store::open(&path).unwrap();
    let entries = store.entries().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].note, "from version 1");
    assert_eq!(entries[0].tags.items(), ["weather"]);
    assert_eq!(
        store.infusions().unwrap()[0].infusion.phase,
        Some(Phase::Loading)
    );
    assert_eq!(store.settings().unwrap(), Settings::default());
    let settings = Settings {
        day_rollover_hour: 6,
        ..Settings::default()
    };
    store.save_settings(&settings).unwrap();
    drop(store);

    let connection = Connection::open(&path).unwrap();
    let version: i64 = connection
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    assert_eq!(version, LATEST_VERSION);
}

#[test]
fn upgrading_keeps_rescue_doses_and_lets_later_days_leave_them_not_recorded() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("version2.db");
    {
        let mut connection = Connection::open(&path).unwrap();
        migrations().to_version(&mut connection, 2).unwrap();
        connection
            .execute_batch(
                "INSERT INTO entry (date, pain, rescue_doses) VALUES ('2025-12-01', 7, 3);
                 INSERT INTO entry (date, pain, rescue_doses) VALUES ('2025-12-02', 6, 0);
                 INSERT INTO entry (date, pain, mood, note) VALUES ('2025-12-03', 5, 4, 'kept');",
            )
            .unwrap();
        // The version 2 schema had no way to say "not recorded".
        assert!(
            connection
                .execute(
                    "INSERT INTO entry (date, pain, rescue_doses) VALUES ('2025-12-04', 5, NULL)",
                    [],
                )
                .is_err()
        );
    }
    let mut store = Store::open(&path).unwrap();
    let entries = store.entries().unwrap();
    let doses: Vec<Option<u8>> = entries
        .iter()
        .map(|entry| entry.rescue_doses.map(RescueDoses::get))
        .collect();
    // Stored values stay as they were, the default 0 of a day that never gave one included.
    assert_eq!(doses, [Some(3), Some(0), Some(0)]);
    assert_eq!(entries[2].note, "kept");
    assert_eq!(entries[2].mood, Some(Score::new("mood", 4).unwrap()));

    let new_day = Entry::new(day("2025-12-05"), Score::new("pain", 4).unwrap());
    store.save_entry(&new_day).unwrap();
    let saved = store.entries().unwrap();
    assert_eq!(saved.last().unwrap().rescue_doses, None);
    drop(store);

    let connection = Connection::open(&path).unwrap();
    let stored: Option<i64> = connection
        .query_row(
            "SELECT rescue_doses FROM entry WHERE date = '2025-12-05'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(stored, None);
    let version: i64 = connection
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    assert_eq!(version, LATEST_VERSION, "upgraded to the latest schema");
}

#[test]
fn check_constraints_mirror_the_domain_ranges() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.db");
    drop(Store::open(&path).unwrap());
    let connection = Connection::open(&path).unwrap();
    for bad in [
        "INSERT INTO entry (date, pain) VALUES ('2026-01-01', 11)",
        "INSERT INTO entry (date, pain) VALUES ('2026-01-01', -1)",
        "INSERT INTO entry (date, pain, sleep_hours) VALUES ('2026-01-01', 5, 7.1)",
        "INSERT INTO entry (date, pain, sleep_hours) VALUES ('2026-01-01', 5, 24.25)",
        "INSERT INTO entry (date, pain, rescue_doses) VALUES ('2026-01-01', 5, 51)",
        "INSERT INTO entry (date, pain, tags) VALUES ('2026-01-01', 5, 'not json')",
        "INSERT INTO entry (date, pain) VALUES ('yesterday', 5)",
        "INSERT INTO infusion (date, status) VALUES ('2026-01-01', 'booked')",
        "INSERT INTO infusion (date, status, phase) VALUES ('2026-01-01', 'done', 'booster')",
        "INSERT INTO infusion (date, status, dose_mg) VALUES ('2026-01-01', 'done', 0)",
        "UPDATE settings SET day_rollover_hour = 13",
        "INSERT INTO settings (id) VALUES (2)",
    ] {
        assert!(connection.execute(bad, []).is_err(), "accepted: {bad}");
    }
    connection
        .execute(
            "INSERT INTO entry (date, pain, sleep_hours) VALUES ('2026-01-01', 10, 24)",
            [],
        )
        .unwrap();
}

#[cfg(unix)]
#[test]
fn the_journal_and_its_folder_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("new folder").join("journal.db");
    let mut store = Store::open(&path).unwrap();
    store
        .save_entry(&Entry::new(
            day("2026-01-01"),
            Score::new("pain", 5).unwrap(),
        ))
        .unwrap();
    let mode = |path: &std::path::Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    let wal = path.with_file_name("journal.db-wal");
    if wal.exists() {
        assert_eq!(mode(&wal), 0o600);
    }
}

#[test]
fn files_that_are_not_journals_are_refused_untouched() {
    let folder = tempfile::tempdir().unwrap();
    for damaged in damaged_files() {
        let path = folder.path().join("journal.db");
        replace_journal(&path, &damaged.bytes);
        let error = Store::open(&path).unwrap_err();
        assert!(
            error.to_string().contains(damaged.reason),
            "{}: {error}",
            damaged.kind
        );
        assert_eq!(
            fs::read(&path).unwrap(),
            damaged.bytes,
            "{} changed",
            damaged.kind
        );
    }
}

#[test]
fn an_empty_file_becomes_a_journal() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("empty.db");
    fs::write(&path, "").unwrap();
    let store = Store::open(&path).unwrap();
    assert!(store.is_empty().unwrap());
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn a_settings_edit_saves_only_what_it_changed_over_another_writers_change() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.db");
    let mut app = Store::open(&path).unwrap();
    let base = app.settings().unwrap();
    // Another program (an import) sets the remembered baseline and a threshold meanwhile.
    let mut other = Store::open(&path).unwrap();
    let mut theirs = other.settings().unwrap();
    theirs.baseline_pain = Some(6.5);
    theirs.analysis.persistence_days = 10;
    other.save_settings(&theirs).unwrap();
    drop(other);
    // The app's copy never saw it; its edit changes the theme and the same threshold.
    let mut edited = base.clone();
    edited.theme = Theme::Dark;
    edited.analysis.persistence_days = 5;
    let saved = app.save_settings_changes(&base, &edited).unwrap();
    assert_eq!(saved, app.settings().unwrap());
    assert_eq!(saved.baseline_pain, Some(6.5));
    assert_eq!(saved.theme, Theme::Dark);
    assert_eq!(saved.analysis.persistence_days, 5);
    // A merge that no longer holds together is refused whole.
    let mut bad = saved.clone();
    bad.analysis.substantial_relief_pct = bad.analysis.meaningful_relief_pct - 1.0;
    assert!(app.save_settings_changes(&saved, &bad).is_err());
    assert_eq!(app.settings().unwrap(), saved);
}
