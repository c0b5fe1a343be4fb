//! Other trackers' exports through `import --from NAME`, each fixture written as that tracker's
//! export code writes it (see `tests/files/trackers/*/README.md` for the sources and the values
//! worked out by hand); several readings a day, zero-filled days, fractional values, epoch
//! timestamps and foreign files with inputs of our own.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common::{TODAY, run, run_ok, stderr};
use chrono::NaiveDate;
use relief_journal::domain::Entry;
use relief_journal::store::Store;

fn entries(db: &Path) -> Vec<Entry> {
    Store::open(db).unwrap().entries().unwrap()
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files/trackers")
        .join(path)
}

/// Runs the binary with the computer's time zone set to `zone` (a POSIX TZ such as `UTC0`).
fn run_in_zone(db: &Path, zone: &str, args: &[&str]) -> Output {
    crate::common::program()
        .arg("--db")
        .arg(db)
        .args(["--today", TODAY])
        .args(args)
        .env("TZ", zone)
        .output()
        .unwrap()
}

/// Imports `path` with `args` into a new journal and returns the output and the entries.
fn import(path: &Path, args: &[&str]) -> (String, Vec<Entry>) {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let mut all = vec!["import", path.to_str().unwrap()];
    all.extend(args);
    let output = run_ok(&db, &all);
    (output, entries(&db))
}

/// An entry's date, pain, worst pain and note.
fn pains(stored: &[Entry]) -> Vec<(NaiveDate, u8, Option<u8>, String)> {
    stored
        .iter()
        .map(|entry| {
            (
                entry.date,
                entry.pain.get(),
                entry.worst_pain.map(|score| score.get()),
                entry.note.clone(),
            )
        })
        .collect()
}

fn tags(entry: &Entry) -> Vec<String> {
    entry.tags.items().to_vec()
}

/// Fails, showing `output` whole, when it does not contain `text`.
#[track_caller]
fn assert_says(output: &str, text: &str) {
    assert!(output.contains(text), "{output}");
}

#[test]
fn a_dry_run_of_a_tracker_export_shows_what_would_land_and_writes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let path = fixture("flaredown/flaredown-export.csv");
    let output = run_ok(
        &db,
        &[
            "import",
            path.to_str().unwrap(),
            "--from",
            "flaredown",
            "--dry-run",
        ],
    );
    assert_says(&output, "4 entries and 0 infusions would be imported");
    assert_says(
        &output,
        "  2025-01-06, pain 5, tags weather;stress, note \"pain 2 on 0-4\"",
    );
    assert!(entries(&db).is_empty());
}

#[test]
fn a_flaredown_export_imports_pain_from_its_pain_symptom_on_0_to_4() {
    let (output, stored) = import(
        &fixture("flaredown/flaredown-export.csv"),
        &["--from", "flaredown"],
    );
    assert_says(&output, "4 entries (4 added, 0 replaced)");
    assert!(output.contains("read as a Flaredown export"), "{output}");
    assert!(
        output.contains(
            "Ignored: column \"Fibromyalgia\", column \"Fatigue\", column \"Ibuprofen\", column \"Foods\"."
        ),
        "{output}"
    );
    assert!(
        output.contains(
            "1 day without a pain reading was not imported (the journal needs pain): 2025-01-10"
        ),
        "{output}"
    );
    // 10 x 2 / 4 = 5; 10 x 1 / 4 = 2.5 -> 3; 4 -> 10; 0 -> 0.
    assert_eq!(
        pains(&stored),
        vec![
            (day("2025-01-06"), 5, None, "pain 2 on 0-4".into()),
            (day("2025-01-07"), 3, None, "pain 1 on 0-4".into()),
            (day("2025-01-08"), 10, None, "pain 4 on 0-4".into()),
            (day("2025-01-09"), 0, None, "pain 0 on 0-4".into()),
        ]
    );
    assert_eq!(tags(&stored[0]), ["weather", "stress"]);
    assert!(stored[1].tags.is_empty());
    assert_eq!(tags(&stored[2]), ["overexertion"]);
}

#[test]
fn a_bearable_export_takes_pain_from_the_nerve_pain_symptom() {
    let (output, stored) = import(
        &fixture("bearable/Bearable App - Data Export. Generated 12-01-2025.csv"),
        &["--from", "bearable"],
    );
    assert_says(&output, "2 entries (2 added, 0 replaced)");
    assert_says(
        &output,
        "pain from readings named \"Symptom: Nerve pain\", 0-4 mapped onto 0-10",
    );
    assert!(
        output.contains(
            "Ignored: readings \"Symptom: Headache\" (1 row), readings \"Energy\" (1 row)."
        ),
        "{output}"
    );
    assert!(output.contains("1 day had several readings"), "{output}");
    assert_says(&output, "not imported (the journal needs pain): 2025-01-11");
    // Nerve pain 2 and 3 on 0-4 are 5 and 7.5: mean 6.25 -> 6, highest 7.5 -> 8.
    assert_eq!(
        pains(&stored),
        vec![
            (
                day("2025-01-09"),
                6,
                Some(8),
                "am woke with burning feet; pm after shopping; pain 2, 3 on 0-4; sleep quality 2 on 1-5; mood 6 on 1-10".into()
            ),
            (day("2025-01-10"), 3, None, "pain 1 on 0-4; mood 8 on 1-10".into()),
        ]
    );
    // Mood 6 on 1-10: 10 x 5 / 9 = 5.6 -> 6; 8: 7.8 -> 8. Sleep quality 2 on 1-5: 2.5 -> 3.
    assert_eq!(stored[0].mood.map(|score| score.get()), Some(6));
    assert_eq!(stored[1].mood.map(|score| score.get()), Some(8));
    assert_eq!(stored[0].sleep_quality.map(|score| score.get()), Some(3));
    assert_eq!(stored[0].sleep_hours.map(|hours| hours.get()), Some(6.75));
    assert_eq!(stored[1].sleep_hours.map(|hours| hours.get()), Some(7.5));
}

#[test]
fn bearable_pain_can_come_from_another_symptom_when_named() {
    let (output, stored) = import(
        &fixture("bearable/Bearable App - Data Export. Generated 12-01-2025.csv"),
        &["--from", "bearable", "--reading", "pain=Symptom: Headache"],
    );
    assert!(
        output.contains("1 entries (1 added, 0 replaced)") || output.contains("1 entry"),
        "{output}"
    );
    // Headache 1 on 0-4 is 2.5 -> 3, on 2025-01-09 only.
    assert_eq!(stored.len(), 1);
    assert_eq!(
        (stored[0].date, stored[0].pain.get()),
        (day("2025-01-09"), 3)
    );
}

#[test]
fn a_track_and_graph_export_reads_the_pain_feature_and_sleep_durations() {
    let (output, stored) = import(
        &fixture("track-and-graph/TrackAndGraph.csv"),
        &["--from", "track-and-graph"],
    );
    assert_says(&output, "2 entries (2 added, 0 replaced)");
    assert_says(&output, "Ignored: readings \"Mood\" (1 row).");
    assert_says(&output, "not imported (the journal needs pain): 2025-01-10");
    assert_eq!(
        pains(&stored),
        vec![
            (day("2025-01-09"), 7, Some(8), "stiff; pain 6, 8".into()),
            // 00:20 at +01:00 is 23:20 UTC on the 10th, but names the 11th.
            (day("2025-01-11"), 5, None, "late, after the film".into()),
        ]
    );
    assert_eq!(stored[0].sleep_hours.map(|hours| hours.get()), Some(5.5));
    assert_eq!(stored[0].mood, None);
}

#[test]
fn a_nomie_export_reads_its_zeros_as_not_logged_unless_told() {
    let path = fixture("nomie/export-2025-1-8-2025-1-12.k3x9qa.6.0.3.csv");
    let (output, stored) = import(&path, &["--from", "nomie"]);
    assert_says(&output, "3 entries (3 added, 0 replaced)");
    assert!(
        output.contains(
            "2 values of 0 read as not logged, as this file writes 0 for days without a reading"
        ),
        "{output}"
    );
    assert_says(&output, "Ignored: column \"#mood\", column \"@anna\".");
    assert!(output.contains("fractional scores"), "{output}");
    // 5.333... -> 5; 6.5 -> 7 (half up), each kept as written.
    assert_eq!(
        pains(&stored),
        vec![
            (day("2025-01-09"), 5, None, "pain 5.333".into()),
            (day("2025-01-10"), 7, None, String::new()),
            (day("2025-01-12"), 7, None, "pain 6.5".into()),
        ]
    );

    let (output, stored) = import(&path, &["--from", "nomie", "--zero", "score"]);
    assert_says(&output, "5 entries (5 added, 0 replaced)");
    let zero_days: Vec<NaiveDate> = stored
        .iter()
        .filter(|entry| entry.pain.get() == 0)
        .map(|entry| entry.date)
        .collect();
    assert_eq!(zero_days, [day("2025-01-08"), day("2025-01-11")]);
}

#[test]
fn a_daylio_export_reads_pain_from_its_scales_cell() {
    let (output, stored) = import(
        &fixture("daylio/daylio_export_2025_01_12.csv"),
        &["--from", "daylio"],
    );
    assert_says(&output, "2 entries (2 added, 0 replaced)");
    assert_says(&output, "Ignored: mood \"average\" (1 entry).");
    assert_says(&output, "not imported (the journal needs pain): 2025-01-10");
    assert_eq!(
        pains(&stored),
        vec![
            (
                day("2025-01-11"),
                7,
                Some(7),
                "7:30 am stiff hands; 8:05 pm Flare: bad afternoon; pain 6, 7; mood 2, 3 on 1-5"
                    .into()
            ),
            (day("2025-01-12"), 3, None, "mood 5 on 1-5".into()),
        ]
    );
    // Moods bad (2) and meh (3) on 1-5 are 2.5 and 5: mean 3.75 -> 4; rad (5) is 10.
    assert_eq!(stored[0].mood.map(|score| score.get()), Some(4));
    assert_eq!(stored[1].mood.map(|score| score.get()), Some(10));
    assert_eq!(stored[0].sleep_hours.map(|hours| hours.get()), Some(5.5));
    assert_eq!(stored[1].sleep_hours.map(|hours| hours.get()), Some(8.0));
    assert_eq!(tags(&stored[0]), ["rest", "bad sleep", "tired"]);
    assert_eq!(tags(&stored[1]), ["friends", "walk"]);
}

/// The two PainTracker files hold the same entries and give the same journal.
fn check_paintracker(stored: &[Entry]) {
    assert_eq!(
        pains(stored),
        vec![
            (
                day("2025-01-09"),
                7,
                Some(8),
                "07:45 Stiff morning; Locations: lower back; Symptoms: aching; 19:30 Said \"enough\" at 7pm; Locations: lower back; left leg; Symptoms: shooting pain; tingling; pain 6, 8".into()
            ),
            (day("2025-01-10"), 0, None, String::new()),
        ]
    );
    assert_eq!(stored[0].sleep_quality.map(|score| score.get()), Some(4));
    assert_eq!(stored[1].sleep_quality.map(|score| score.get()), Some(8));
}

#[test]
fn paintracker_csv_and_json_exports_import_the_same_days() {
    let (output, stored) = import(
        &fixture("paintracker/pain-tracker-export.csv"),
        &["--from", "paintracker-csv"],
    );
    assert_says(&output, "2 entries (2 added, 0 replaced)");
    assert!(
        output.contains(
            "Ignored: column \"Limited Activities\", column \"Mood Impact\", column \"Missed Work Days\"."
        ),
        "{output}"
    );
    check_paintracker(&stored);
    let (output, stored) = import(
        &fixture("paintracker/pain-tracker-export.json"),
        &["--from", "paintracker-json"],
    );
    assert_says(&output, "2 entries (2 added, 0 replaced)");
    check_paintracker(&stored);
}

#[test]
fn paintracker_minimal_exports_import_the_same_day() {
    for (file, from) in [
        (
            "paintracker/pain-tracker-export-minimal.csv",
            "paintracker-csv",
        ),
        (
            "paintracker/pain-tracker-export-minimal.json",
            "paintracker-json",
        ),
    ] {
        let (output, stored) = import(&fixture(file), &["--from", from]);
        assert!(
            output.contains("1 entry (1 added, 0 replaced)"),
            "{from}: {output}"
        );
        // 5 and 8: mean 6.5 -> 7, the highest 8.
        assert_eq!(
            pains(&stored),
            vec![(
                day("2025-02-03"),
                7,
                Some(8),
                "Symptoms: burning; Medication Log: Gabapentin (300 mg, 3x daily); pain 5, 8"
                    .into()
            )],
            "{from}"
        );
    }
}

#[test]
fn several_paintracker_exports_written_into_one_file_are_read_together() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("two-exports.json");
    std::fs::write(
        &path,
        "[{\"id\": 1, \"timestamp\": \"2025-03-01T09:00:00-05:00\", \"painLevel\": 4}]\n\
         [{\"id\": 2, \"timestamp\": \"2025-03-02T23:30:00-05:00\", \"painLevel\": 6.5}]\n",
    )
    .unwrap();
    let (_, stored) = import(&path, &["--from", "paintracker-json"]);
    // Each dated by the day its timestamp names; 6.5 rounds half up.
    assert_eq!(
        pains(&stored),
        vec![
            (day("2025-03-01"), 4, None, String::new()),
            (day("2025-03-02"), 7, None, "pain 6.5".into()),
        ]
    );
}

#[test]
fn a_flaredown_file_without_tags_or_foods_is_still_read_when_named() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("flaredown.csv");
    std::fs::write(&path, "Date,Back pain\n2025-01-06 08:30:00 +0100,3\n").unwrap();
    let (_, stored) = import(&path, &["--from", "flaredown"]);
    // 3 on 0-4 is 7.5 -> 8, dated by the day written.
    assert_eq!(
        pains(&stored),
        vec![(day("2025-01-06"), 8, None, "pain 3 on 0-4".into())]
    );
}

#[test]
fn a_headi_export_is_dated_by_its_epoch_milliseconds_in_the_local_zone() {
    let path = fixture("headi/20250112_101500_headi_diary.csv");
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("utc.db");
    let output = run_in_zone(
        &db,
        "UTC0",
        &["import", path.to_str().unwrap(), "--from", "headi"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let stored = entries(&db);
    // Strength 7 and 4: mean 5.5 -> 6, worst 7; doses 1 + 0.
    assert_eq!(
        pains(&stored),
        vec![
            (day("2025-01-09"), 6, Some(7), "pain 7, 4".into()),
            (day("2025-01-11"), 9, None, String::new()),
        ]
    );
    assert_eq!(
        tags(&stored[0]),
        ["Migraine", "Ibuprofen", "Tension headache"]
    );
    assert_eq!(stored[0].rescue_doses.map(|doses| doses.get()), Some(1));
    assert_eq!(tags(&stored[1]), ["Migraine", "Sumatriptan"]);
    assert_eq!(stored[1].rescue_doses.map(|doses| doses.get()), Some(2));

    // 01:30 UTC on the 11th is 20:30 on the 10th in New York's winter time.
    let db = folder.path().join("new-york.db");
    let output = run_in_zone(
        &db,
        "EST5",
        &["import", path.to_str().unwrap(), "--from", "headi"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let dates: Vec<NaiveDate> = entries(&db).iter().map(|entry| entry.date).collect();
    assert_eq!(dates, [day("2025-01-09"), day("2025-01-10")]);
}

#[test]
fn several_check_ins_a_day_in_a_table_become_one_entry_by_the_stated_rules() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("check-ins.csv");
    std::fs::write(
        &path,
        "When,Pain,Worst,Sleep,Notes\n\
2025-03-02T21:15:00-05:00,5,6,,evening walk\n\
2025-03-02T08:05:00-05:00,8,9,6.5,bad night\n\
2025-03-02T13:40:00-05:00,6,,,\n\
2025-03-03T09:00:00-05:00,4,,7,\n",
    )
    .unwrap();
    let (output, stored) = import(
        &path,
        &[
            "--column",
            "date=When",
            "--column",
            "pain=Pain",
            "--column",
            "worst_pain=Worst",
            "--column",
            "sleep_hours=Sleep",
            "--column",
            "note=Notes",
            "--dry-run",
        ],
    );
    // A dry run writes nothing and states the rules.
    assert!(stored.is_empty());
    assert_says(&output, "2 entries and 0 infusions would be imported");
    assert_says(
        &output,
        "1 day had several readings and became one entry each",
    );
    // Mean of 5, 8, 6 is 6.33 -> 6; the worst column's highest is 9; notes in the day's order.
    assert!(
        output.contains(
            "2025-03-02, pain 6, worst pain 9, sleep 6.5 h, note \"08:05 bad night; 21:15 evening walk; pain 8, 6, 5; worst pain 9, 6\""
        ),
        "{output}"
    );
    assert!(output.contains("2025-03-03, pain 4, sleep 7 h"), "{output}");
}

#[test]
fn fractional_scores_round_half_up_and_keep_the_value_as_written() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("means.csv");
    std::fs::write(
        &path,
        "Date;Pain\n2025-05-01;6,5\n2025-05-02;6,49\n2025-05-03;2.5\n",
    )
    .unwrap();
    let (output, stored) = import(&path, &["--column", "date=Date", "--column", "pain=Pain"]);
    assert!(output.contains("fractional scores"), "{output}");
    assert_eq!(
        pains(&stored),
        vec![
            (day("2025-05-01"), 7, None, "pain 6.5".into()),
            (day("2025-05-02"), 6, None, "pain 6.49".into()),
            (day("2025-05-03"), 3, None, "pain 2.5".into()),
        ]
    );
}

#[test]
fn epoch_seconds_and_milliseconds_are_dated_in_the_local_zone() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("epoch.csv");
    // 1736380800 is 2025-01-09 00:00 UTC; 1736467199999 is 23:59:59.999 the same day;
    // 1736467200 is 2025-01-10 00:00 UTC.
    std::fs::write(
        &path,
        "t,pain\n1736380800,4\n1736467199999,6\n1736467200,3\n",
    )
    .unwrap();
    let db = folder.path().join("utc.db");
    let output = run_in_zone(
        &db,
        "UTC0",
        &[
            "import",
            path.to_str().unwrap(),
            "--column",
            "date=t",
            "--column",
            "pain=pain",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let stored = entries(&db);
    assert_eq!(
        stored
            .iter()
            .map(|entry| (entry.date, entry.pain.get()))
            .collect::<Vec<_>>(),
        [(day("2025-01-09"), 5), (day("2025-01-10"), 3)]
    );
    // Two hours east of UTC, midnight UTC is 02:00 the same day and 23:59:59 is 01:59 the next.
    let db = folder.path().join("east.db");
    let output = run_in_zone(
        &db,
        "EET-2",
        &[
            "import",
            path.to_str().unwrap(),
            "--column",
            "date=t",
            "--column",
            "pain=pain",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let stored = entries(&db);
    assert_eq!(
        stored
            .iter()
            .map(|entry| (entry.date, entry.pain.get()))
            .collect::<Vec<_>>(),
        [(day("2025-01-09"), 4), (day("2025-01-10"), 5)]
    );
}

#[test]
fn zero_filled_days_of_any_table_can_be_read_as_not_logged() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("filled.csv");
    std::fs::write(
        &path,
        "Day,Pain\n2025-02-01,0\n2025-02-02,3\n2025-02-03,0\n",
    )
    .unwrap();
    let args = ["--column", "date=Day", "--column", "pain=Pain"];
    let (_, stored) = import(&path, &args);
    assert_eq!(stored.len(), 3);
    let mut not_logged = args.to_vec();
    not_logged.extend(["--zero", "not-logged"]);
    let (output, stored) = import(&path, &not_logged);
    assert_says(&output, "2 values of 0 read as not logged");
    assert_eq!(
        stored
            .iter()
            .map(|entry| (entry.date, entry.pain.get()))
            .collect::<Vec<_>>(),
        [(day("2025-02-02"), 3)]
    );
}

#[test]
fn a_long_table_feeds_fields_from_the_names_given() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("long.csv");
    std::fs::write(
        &path,
        "day,what,how much,comment\n\
2025-04-01,Back pain,3,morning\n\
2025-04-01,Back pain,4,\n\
2025-04-01,Sleep,7h 15m,\n\
2025-04-01,Steps,4000,\n\
2025-04-02,Back pain,1,\n",
    )
    .unwrap();
    let (output, stored) = import(
        &path,
        &[
            "--name-column",
            "what",
            "--value-column",
            "how much",
            "--column",
            "date=day",
            "--column",
            "note=comment",
            "--reading",
            "pain=Back pain",
            "--scale",
            "pain=0-5",
            "--reading",
            "sleep_hours=Sleep",
        ],
    );
    assert_says(&output, "Ignored: readings \"Steps\" (1 row).");
    // 3 and 4 on 0-5 are 6 and 8: mean 7, highest 8; 1 on 0-5 is 2.
    assert_eq!(
        pains(&stored),
        vec![
            (
                day("2025-04-01"),
                7,
                Some(8),
                "morning; pain 3, 4 on 0-5".into()
            ),
            (day("2025-04-02"), 2, None, "pain 1 on 0-5".into()),
        ]
    );
    assert_eq!(stored[0].sleep_hours.map(|hours| hours.get()), Some(7.25));
}

#[test]
fn a_pain_name_that_is_not_one_is_refused_with_the_candidates() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let path = folder.path().join("two-pains.csv");
    std::fs::write(
        &path,
        "FeatureName,Timestamp,Value,Label,Note\r\n\
Back pain,2025-01-09T08:30+01:00,6.0,,\r\n\
Neck pain,2025-01-09T08:30+01:00,3.0,,\r\n",
    )
    .unwrap();
    let refused = run(
        &db,
        &[
            "import",
            path.to_str().unwrap(),
            "--from",
            "track-and-graph",
        ],
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains(
            "several features could be pain: \"Back pain\", \"Neck pain\"; say which one with --reading \"pain=NAME\""
        ),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn foreign_files_are_refused_with_what_they_look_like_and_what_to_do() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let refusal = |name: &str, text: &str| {
        let path = folder.path().join(name);
        std::fs::write(&path, text).unwrap();
        let output = run(&db, &["import", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        stderr(&output)
    };
    let message = refusal("notes.json", "[{\"when\": \"2025-01-01\", \"level\": 4}]\n");
    assert_says(
        &message,
        "a JSON array of 1 object with the keys level, when",
    );
    assert!(message.contains("--from NAME"), "{message}");
    assert!(message.contains("--column"), "{message}");

    let message = refusal("broken.json", "[{\"a\": 1}]\n]\n");
    assert!(message.contains("not readable as JSON (trailing characters at line 2 column 1), so not a Relief Journal file"), "{message}");

    let message = refusal("sheet.csv", "Day,Level,Weather\n2025-01-01,4,rain\n");
    assert_says(
        &message,
        "a table of 1 row with the columns \"Day\", \"Level\", \"Weather\"",
    );
    assert_says(&message, "--column date=HEADER --column pain=HEADER");

    // Nothing was written by any refusal.
    assert!(entries(&db).is_empty());

    // A known tracker's export needs no --from: it is recognised, said so, and imported as
    // that tracker's own code writes it.
    for (name, fixture_path, title) in [
        ("export.csv", "flaredown/flaredown-export.csv", "Flaredown"),
        (
            "pain.json",
            "paintracker/pain-tracker-export.json",
            "PainTracker (JSON)",
        ),
    ] {
        let path = folder.path().join(name);
        std::fs::copy(fixture(fixture_path), &path).unwrap();
        let text = crate::common::run_ok(&db, &["import", path.to_str().unwrap()]);
        assert!(
            text.contains(&format!(
                "Read as a {title} export, recognised from its layout"
            )),
            "{text}"
        );
    }
    assert!(!entries(&db).is_empty());
}

#[test]
fn a_tracker_export_with_one_wrong_value_imports_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["log", "--date", "2025-01-06", "--pain", "4"]);
    let before = crate::common::dump(&db);
    let path = folder.path().join("flaredown.csv");
    std::fs::write(
        &path,
        "Date,Joint pain,Tags,Foods\n2025-01-06,2,\"\",\"\"\n2025-01-07,5,\"\",\"\"\n",
    )
    .unwrap();
    let refused = run(
        &db,
        &["import", path.to_str().unwrap(), "--from", "flaredown"],
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused)
            .contains("line 3: pain: \"5\" is not allowed; expected a number from 0 to 4"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(crate::common::dump(&db), before);
}

#[test]
fn bearable_dates_in_the_phones_format_take_a_date_order() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let path = folder.path().join("bearable.csv");
    std::fs::write(
        &path,
        "date,date formatted,weekday,time of day,category,rating/amount,detail,notes\n\
2025-01-09T08:00:00.000Z,09/01/2025,Thursday,am,Symptom,2,Joint pain (Moderate),\n\
2025-01-10T19:00:00.000Z,10/01/2025,Friday,pm,Symptom,4,Joint pain (Unbearable),\n",
    )
    .unwrap();
    let refused = run(
        &db,
        &["import", path.to_str().unwrap(), "--from", "bearable"],
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains(
            "date: \"09/01/2025\" could be 9 January 2025 or 1 September 2025; add --date-order dmy or --date-order mdy"
        ),
        "{}",
        stderr(&refused)
    );
    run_ok(
        &db,
        &[
            "import",
            path.to_str().unwrap(),
            "--from",
            "bearable",
            "--date-order",
            "dmy",
        ],
    );
    // 2 on 0-4 is 5; 4 is 10.
    assert_eq!(
        entries(&db)
            .iter()
            .map(|entry| (entry.date, entry.pain.get()))
            .collect::<Vec<_>>(),
        [(day("2025-01-09"), 5), (day("2025-01-10"), 10)]
    );
}

#[test]
fn an_older_daylio_export_with_the_year_apart_is_read() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("daylio_export.csv");
    // The older header, as MichaelCurrin/daylio-csv-parser docs/usage.md shows it, with a scales
    // column after it.
    std::fs::write(
        &path,
        "year,date,weekday,time,mood,activities,note,scales\n\
2018,18 May,Friday,11:54 pm,good,\"clean | cook\",\"Went out\",\"Pain: 4/10 points\"\n",
    )
    .unwrap();
    let (_, stored) = import(&path, &["--from", "daylio"]);
    // Good is 4 on 1-5: 7.5 -> 8.
    assert_eq!(
        pains(&stored),
        vec![(day("2018-05-18"), 4, None, "Went out; mood 4 on 1-5".into())]
    );
    assert_eq!(stored[0].mood.map(|score| score.get()), Some(8));
}
