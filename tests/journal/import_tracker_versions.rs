//! Trackers' exports as their newer and older versions write them, read by plain
//! `import FILE`: recognised by the columns only that tracker writes, in any order and beside
//! the columns other versions add (Flaredown's weather, Daylio's `scales` anywhere, Headi's
//! `description`); the patient's own words kept; pain named in another language, and a pain
//! scale the app does not recognise offered as a choice. Fixtures and sources:
//! `tests/files/trackers/*/README.md`.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use crate::common::{TODAY, run, run_ok, stderr};
use relief_journal::domain::Entry;
use relief_journal::store::Store;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files/trackers")
        .join(path)
}

fn entries(db: &Path) -> Vec<Entry> {
    Store::open(db).unwrap().entries().unwrap()
}

/// Each entry as `date pain note`, the way the tests below read them.
fn days(stored: &[Entry]) -> Vec<String> {
    stored
        .iter()
        .map(|entry| format!("{} {} {}", entry.date, entry.pain.get(), entry.note))
        .collect()
}

/// `import FILE` with nothing else, into a new journal.
fn import_plain(path: &Path) -> (String, Vec<Entry>) {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let output = crate::common::program()
        .arg("--db")
        .arg(&db)
        .args(["--today", TODAY, "import"])
        .arg(path)
        .env("TZ", "UTC0")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout.clone()).unwrap();
    assert!(output.status.success(), "{text}{}", stderr(&output));
    (text, entries(&db))
}

#[test]
fn a_flaredown_export_with_weather_columns_is_recognised_and_offers_no_medication() {
    let (output, stored) = import_plain(&fixture("flaredown/flaredown-export-2021.csv"));
    assert!(
        output.starts_with("Read as a Flaredown export, recognised from its layout"),
        "{output}"
    );
    assert!(
        output.contains("pain from the condition or symptom column \"Joint pain\""),
        "{output}"
    );
    assert!(output.contains("column \"Weather humidity\""), "{output}");
    assert_eq!(
        days(&stored),
        [
            "2025-01-06 5 pain 2 on 0-4",
            "2025-01-07 3 pain 1 on 0-4",
            "2025-01-08 10 pain 4 on 0-4",
            "2025-01-09 0 pain 0 on 0-4",
        ]
    );
}

#[test]
fn flaredown_columns_are_found_in_any_order_and_medications_are_never_pain_candidates() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    // Tags and Foods first, a newer column the app does not know, and a treatment whose name
    // has "pain" in it: only the rated columns are candidates.
    let path = folder.path().join("export.csv");
    std::fs::write(
        &path,
        "Foods,Tags,Date,Weather summary,Pain relief cream,Back pain,Neck pain,Mood score\n\
\"\",\"\",2025-01-06,,Taken,3,1,\n",
    )
    .unwrap();
    let refused = run(&db, &["import", path.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    let message = stderr(&refused);
    assert!(
        message.contains("\"Back pain\", \"Neck pain\"") && !message.contains("cream"),
        "{message}"
    );
    let output = run_ok(
        &db,
        &[
            "import",
            path.to_str().unwrap(),
            "--reading",
            "pain=Back pain",
        ],
    );
    assert!(output.contains("1 entry (1 added"), "{output}");
    assert_eq!(entries(&db)[0].pain.get(), 8, "3 on 0-4 is 7.5, rounded up");
}

#[test]
fn a_headi_export_keeps_the_patients_description_as_the_note() {
    let (output, stored) = import_plain(&fixture("headi/20250112_101500_headi_diary_2022.csv"));
    assert!(output.contains("the description in the note"), "{output}");
    assert_eq!(
        days(&stored),
        [
            "2025-01-09 6 Aura, then nausea; pain 7, 4",
            "2025-01-11 9 woke up with it",
        ]
    );
    // The older export, without a description, is read as before.
    let (_, older) = import_plain(&fixture("headi/20250112_101500_headi_diary.csv"));
    assert_eq!(days(&older), ["2025-01-09 6 pain 7, 4", "2025-01-11 9 "]);
}

#[test]
fn a_daylio_export_from_a_german_phone_reads_its_schmerz_scale_in_punkte() {
    let (output, stored) = import_plain(&fixture("daylio/daylio_export_2025_01_12_de.csv"));
    assert!(
        output.contains("pain from the scale \"Schmerz\""),
        "{output}"
    );
    assert_eq!(
        days(&stored),
        [
            "2025-01-11 7 07:30 steife Hände; 20:05 Schub: schlechter Nachmittag; pain 6, 7",
            "2025-01-12 3 ",
        ]
    );
    assert_eq!(stored[0].sleep_hours.map(|hours| hours.get()), Some(5.5));
    assert_eq!(stored[0].sleep_quality.map(|score| score.get()), Some(4));
    assert_eq!(stored[1].sleep_hours.map(|hours| hours.get()), Some(8.0));
}

#[test]
fn daylio_scales_are_read_wherever_the_column_is_and_in_any_language() {
    let folder = tempfile::tempdir().unwrap();
    for (header, row) in [
        // Scales last (the app's earlier exports), before the notes (newer ones), and in an
        // export whose newer columns the app does not know.
        (
            "full_date,date,weekday,time,mood,activities,note_title,note,scales",
            "2025-01-12,12 enero,domingo,21:10,rad,\"\",\"\",\"\",\"Dolor:\u{a0} 5/10\u{a0} puntos\"",
        ),
        (
            "full_date,date,weekday,time,mood,activities,scales,note_title,note",
            "2025-01-12,12 janvier,dimanche,21:10,rad,\"\",\"Douleur:\u{a0} 5/10\u{a0} points\",\"\",\"\"",
        ),
        (
            "full_date,date,weekday,time,mood,mood_id,activities,scales,note_title,note,goals",
            "2025-01-12,12. Januar,Sonntag,21:10,rad,1,\"\",\"Schmerz:\u{a0} 5/10\u{a0} Punkte\",\"\",\"\",\"\"",
        ),
    ] {
        let path = folder.path().join("daylio_export.csv");
        std::fs::write(&path, format!("{header}\n{row}\n")).unwrap();
        let (output, stored) = import_plain(&path);
        assert!(output.starts_with("Read as a Daylio export"), "{output}");
        assert_eq!(stored[0].pain.get(), 5, "{header}");
    }
}

#[test]
fn a_pain_scale_the_app_does_not_recognise_is_offered_as_a_choice() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let path = folder.path().join("daylio_export.csv");
    std::fs::write(
        &path,
        "full_date,date,weekday,time,mood,activities,scales,note_title,note\n\
2025-01-12,12 enero,domingo,21:10,rad,\"\",\"Molestias:\u{a0} 6/10\u{a0} puntos | Sueño:\u{a0} 7:30\",\"\",\"\"\n",
    )
    .unwrap();
    let refused = run(&db, &["import", path.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    let message = stderr(&refused);
    assert!(
        message.contains("\"Molestias\"") && message.contains("--reading \"pain=NAME\""),
        "the scale is offered, the sleep in hours is not: {message}"
    );
    assert!(!message.contains("Sueño"), "{message}");
    run_ok(
        &db,
        &[
            "import",
            path.to_str().unwrap(),
            "--reading",
            "pain=Molestias",
        ],
    );
    let stored = entries(&db);
    assert_eq!(stored[0].pain.get(), 6);
    assert_eq!(stored[0].sleep_hours.map(|hours| hours.get()), Some(7.5));
}
