//! Property tests of the importers: arbitrary bytes never panic, and well-formed rows with wrong
//! values are imported all or nothing.
#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use relief_journal::store::Store;
use relief_journal::store::exchange::{journal_to_json, read_csv, read_json};

fn store_with_one_day() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let imported = read_csv("date,pain,note\n2020-02-02,5,kept\n", "seed.csv").unwrap();
    store.import(&imported.entries, &[], None).unwrap();
    store
}

/// A cell that is sometimes valid, sometimes out of range, sometimes not a number.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        (0_i64..=10).prop_map(|value| value.to_string()),
        (-100_i64..100).prop_map(|value| value.to_string()),
        (0.0_f64..30.0).prop_map(|value| format!("{value:.2}")),
        Just(String::new()),
        "[a-z;, \"]{0,6}",
    ]
}

fn entry_row() -> impl Strategy<Value = String> {
    (0_i64..400, cell(), cell(), cell(), cell(), cell()).prop_map(
        |(day, pain, sleep_hours, mobility, rescue, note)| {
            let date =
                chrono::NaiveDate::from_ymd_opt(2021, 1, 1).unwrap() + chrono::Duration::days(day);
            let quote = |text: String| format!("\"{}\"", text.replace('"', "\"\""));
            format!(
                "{date},{},{},{},{},{}",
                quote(pain),
                quote(sleep_hours),
                quote(mobility),
                quote(rescue),
                quote(note)
            )
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_the_importers(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = read_json(&text, "fuzz.json");
        let _ = read_csv(&text, "fuzz.csv");
    }

    #[test]
    fn json_shaped_text_never_panics(body in r#"\{"format": "relief-journal", "version": 1, "entries": \[\{"date": "20[0-9]{2}-[01][0-9]-[0-3][0-9]", "pain": -?[0-9]{1,3}(\.[0-9])?\}\]\}"#) {
        let _ = read_json(&body, "shaped.json");
    }

    #[test]
    fn wrong_rows_are_imported_all_or_nothing(rows in proptest::collection::vec(entry_row(), 1..30)) {
        let mut store = store_with_one_day();
        let before = journal_to_json(&store.journal().unwrap());
        let text = format!("date,pain,sleep_hours,mobility,rescue_doses,note\n{}\n", rows.join("\n"));
        match read_csv(&text, "rows.csv") {
            Ok(imported) => {
                let summary = store.import(&imported.entries, &[], None).unwrap();
                prop_assert_eq!(summary.entries_added + summary.entries_replaced, imported.entries.len());
                for entry in &imported.entries {
                    let stored = store.entry(entry.date).unwrap();
                    prop_assert_eq!(stored.as_ref(), Some(entry));
                }
            }
            Err(error) => {
                let message = error.to_string();
                prop_assert!(message.starts_with("rows.csv"), "{}", message);
                prop_assert_eq!(journal_to_json(&store.journal().unwrap()), before);
            }
        }
    }
}
