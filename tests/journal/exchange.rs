//! Import and export: lossless JSON and CSV round trips, and imports that are all or nothing.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use relief_journal::demo::demo_journal;
use relief_journal::domain::{Entry, Score, TextList};
use relief_journal::exchange::{
    entries_to_csv, infusions_to_csv, journal_to_json, read_csv, read_json,
};
use relief_journal::store::Store;

fn today() -> NaiveDate {
    "2026-11-28".parse().unwrap()
}

fn store_with_demo() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let mut journal = demo_journal(today(), 1, 11);
    let mut tricky = Entry::new(
        "2020-01-01".parse().unwrap(),
        Score::new("pain", 3).unwrap(),
    );
    tricky.note = "Quote \" comma , semicolon ; newline\nand 日本語 / العربية".into();
    tricky.tags = TextList::new("tags", ["a, b", "ç"]).unwrap();
    journal.entries.insert(0, tricky);
    store.replace_journal(&journal).unwrap();
    store
}

#[test]
fn json_export_import_export_is_byte_identical() {
    let store = store_with_demo();
    let first = journal_to_json(&store.journal().unwrap());
    let imported = read_json(&first, "a.json").unwrap();
    let mut fresh = Store::open_in_memory().unwrap();
    let settings = imported
        .settings_over(&fresh.settings().unwrap(), "a.json")
        .unwrap();
    let summary = fresh
        .import(&imported.entries, &imported.infusions, settings.as_ref())
        .unwrap();
    assert_eq!(summary.entries_replaced, 0);
    assert_eq!(summary.entries_added, store.entries().unwrap().len());
    let second = journal_to_json(&fresh.journal().unwrap());
    assert_eq!(first, second);
    assert!(first.starts_with("{\n  \"format\": \"relief-journal\",\n  \"version\": 1,"));
}

#[test]
fn csv_export_import_export_is_byte_identical() {
    let store = store_with_demo();
    let journal = store.journal().unwrap();
    let entries_csv = entries_to_csv(&journal.entries);
    let infusions_csv = infusions_to_csv(&journal.infusions);

    let mut fresh = Store::open_in_memory().unwrap();
    let entries = read_csv(&entries_csv, "entries.csv").unwrap();
    let infusions = read_csv(&infusions_csv, "infusions.csv").unwrap();
    fresh.import(&entries.entries, &[], None).unwrap();
    fresh.import(&[], &infusions.infusions, None).unwrap();
    let again = fresh.journal().unwrap();
    assert_eq!(entries_to_csv(&again.entries), entries_csv);
    assert_eq!(infusions_to_csv(&again.infusions), infusions_csv);
}

#[test]
fn importing_replaces_days_and_counts_what_changed() {
    let mut store = Store::open_in_memory().unwrap();
    let day = |text: &str| text.parse::<NaiveDate>().unwrap();
    store
        .save_entry(&Entry::new(
            day("2026-01-01"),
            Score::new("pain", 9).unwrap(),
        ))
        .unwrap();
    let text = "date,pain\n2026-01-01,2\n2026-01-02,3\n";
    let imported = read_csv(text, "e.csv").unwrap();
    let summary = store.import(&imported.entries, &[], None).unwrap();
    assert_eq!((summary.entries_added, summary.entries_replaced), (1, 1));
    assert_eq!(
        store.entry(day("2026-01-01")).unwrap().unwrap().pain.get(),
        2
    );
}

#[test]
fn a_rejected_import_leaves_the_journal_unchanged() {
    let mut store = store_with_demo();
    let before = journal_to_json(&store.journal().unwrap());
    // A valid file whose settings break a rule that only the database checks as a whole.
    let text = r#"{"format": "relief-journal", "version": 1,
        "entries": [{"date": "2001-01-01", "pain": 1}],
        "settings": {"meaningful_relief_pct": 60, "substantial_relief_pct": 50}}"#;
    let imported = read_json(text, "a.json").unwrap();
    let error = imported
        .settings_over(&store.settings().unwrap(), "a.json")
        .unwrap_err();
    assert!(
        error.to_string().contains("substantial_relief_pct"),
        "{error}"
    );
    // Even when a caller stores invalid settings directly, the transaction rolls back.
    let mut bad = store.settings().unwrap();
    bad.analysis.meaningful_relief_pct = 60.0;
    assert!(store.import(&imported.entries, &[], Some(&bad)).is_err());
    assert_eq!(journal_to_json(&store.journal().unwrap()), before);
}

#[test]
fn formula_like_texts_go_out_as_text_and_come_back_exactly() {
    let day = |index: u32| NaiveDate::from_ymd_opt(2026, 2, index).unwrap();
    let notes = [
        "=HYPERLINK(\"http://x\",\"y\")",
        "-5 mg",
        "+1",
        "@home",
        "\tindented",
        "'quoted' by me",
        "''two marks",
        "plain - not a formula",
    ];
    let entries: Vec<Entry> = notes
        .iter()
        .zip(1..)
        .map(|(note, index)| {
            let mut entry = Entry::new(day(index), Score::new("pain", 4).unwrap());
            entry.note = (*note).to_owned();
            entry
        })
        .collect();
    let mut tagged = Entry::new(day(20), Score::new("pain", 4).unwrap());
    tagged.tags = TextList::new("tags", ["=1+1", "'a", "@b"]).unwrap();
    tagged.side_effects = TextList::new("side_effects", ["-dizzy"]).unwrap();
    let mut all = entries.clone();
    all.push(tagged);

    let csv = entries_to_csv(&all);
    // Every cell that a spreadsheet would run, or that starts with the mark, starts with one `'`.
    for expected in [
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        ",'-5 mg\r\n",
        ",'+1\r\n",
        ",'@home\r\n",
        ",'\tindented\r\n",
        ",'-dizzy,'=1+1;'a;@b,",
        ",''quoted' by me\r\n",
        ",'''two marks\r\n",
        ",plain - not a formula\r\n",
    ] {
        assert!(csv.contains(expected), "{expected:?} not in {csv}");
    }
    assert!(!csv.contains(",=HYPERLINK"), "{csv}");

    let back = read_csv(&csv, "e.csv").unwrap();
    assert_eq!(back.entries, all);
    assert_eq!(entries_to_csv(&back.entries), csv);
}
