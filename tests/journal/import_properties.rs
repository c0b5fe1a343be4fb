//! Property tests of the importers: arbitrary bytes never panic, and well-formed rows with wrong
//! values are imported all or nothing; the same for tables with mapped columns, long tables and
//! every tracker's layout.
#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use relief_journal::domain::{DateOrder, read_date, read_date_list};
use relief_journal::exchange::{
    Field, ImportError, Imported, LongMapping, NameRule, Scale, TableMapping, Tracker,
    TrackerOptions, ZeroMeans, decode, journal_to_json, map_table, read_csv, read_json, read_long,
    read_tracker, table_from_text,
};
use relief_journal::store::Store;

fn store_with_one_day() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let imported = read_csv("date,pain,note\n2020-02-02,5,kept\n", "seed.csv").unwrap();
    store.import(&imported.entries, &[], None).unwrap();
    store
}

/// An import either stores every entry it read, or fails naming the file and leaves the journal
/// as it was.
fn stored_all_or_nothing(
    store: &mut Store,
    before: &str,
    read: Result<Imported, ImportError>,
) -> Result<(), TestCaseError> {
    match read {
        Ok(imported) => {
            let summary = store.import(&imported.entries, &[], None).unwrap();
            prop_assert_eq!(
                summary.entries_added + summary.entries_replaced,
                imported.entries.len()
            );
            for entry in &imported.entries {
                prop_assert!((0..=10).contains(&entry.pain.get()));
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
    Ok(())
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
        stored_all_or_nothing(&mut store, &before, read_csv(&text, "rows.csv"))?;
    }
}

fn reference() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
}

fn table_mapping() -> TableMapping {
    TableMapping {
        columns: vec![
            (Field::Date, "Datum".into()),
            (Field::Pain, "Schmerz".into()),
            (Field::SleepHours, "Schlaf".into()),
        ],
        date_order: Some(DateOrder::Dmy),
        scales: vec![(Field::Pain, Scale { min: 0.0, max: 4.0 })],
        zero: ZeroMeans::Score,
    }
}

fn long_mapping() -> LongMapping {
    LongMapping {
        date: "Datum".into(),
        name: "Was".into(),
        value: "Wert".into(),
        readings: vec![NameRule {
            field: Field::Pain,
            name: "Schmerz".into(),
            scale: Some(Scale { min: 0.0, max: 4.0 }),
        }],
        date_order: Some(DateOrder::Dmy),
        ..LongMapping::default()
    }
}

/// A date cell in one of the accepted forms, or something that is not a date.
fn date_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        (1_u32..=31, 1_u32..=12).prop_map(|(day, month)| format!("{day:02}/{month:02}/2025")),
        (1_u32..=31).prop_map(|day| format!("{day} Jan 2025")),
        "[0-9/a-z ]{0,10}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_the_table_readers(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode(&bytes, "fuzz.txt");
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(table) = table_from_text(&text, "fuzz.csv") {
            let _ = map_table(&table, &table_mapping(), reference(), "fuzz.csv");
            let _ = read_long(&table, &long_mapping(), reference(), "fuzz.csv");
        }
        for tracker in Tracker::ALL.iter().copied() {
            let _ = read_tracker(tracker, &text, &TrackerOptions::default(), reference(), "fuzz.csv");
        }
        let _ = read_date(&text, None, reference());
    }

    #[test]
    fn mapped_tables_are_read_all_or_nothing(
        rows in proptest::collection::vec((date_cell(), cell(), cell()), 1..30)
    ) {
        let text = format!(
            "Datum;Schmerz;Schlaf;Wetter\n{}\n",
            rows.iter()
                .map(|(date, pain, sleep)| format!("{date};{};{};x", pain.replace(';', ""), sleep.replace(';', "")))
                .collect::<Vec<_>>()
                .join("\n")
        );
        let mut store = store_with_one_day();
        let before = journal_to_json(&store.journal().unwrap());
        let table = table_from_text(&text, "rows.csv");
        let rows = table.as_ref().map_or(0, |table| table.rows.len());
        let read = table.and_then(|table| map_table(&table, &table_mapping(), reference(), "rows.csv"));
        if let Ok(imported) = &read {
            // Rows of one day become one entry; days are never repeated.
            prop_assert!(imported.entries.len() <= rows);
            prop_assert!(imported.entries.windows(2).all(|pair| pair[0].date < pair[1].date));
        }
        stored_all_or_nothing(&mut store, &before, read)?;
    }

    #[test]
    fn tracker_text_after_a_real_header_never_panics(
        tracker in proptest::sample::select(Tracker::ALL.to_vec()),
        body in "[0-9a-z:;,|\"./ \n-]{0,300}",
    ) {
        let header = tracker.file_start();
        let _ = read_tracker(tracker, &format!("{header}{body}"), &TrackerOptions::default(), reference(), "fuzz.csv");
    }

    #[test]
    fn tracker_rows_are_read_all_or_nothing(
        rows in proptest::collection::vec((0_i64..20, cell(), cell()), 1..30)
    ) {
        let text = format!(
            "Date,Joint pain,Fatigue,Tags,Foods\n{}\n",
            rows.iter()
                .map(|(day, pain, fatigue)| {
                    let date = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Duration::days(*day);
                    let quote = |text: &String| format!("\"{}\"", text.replace('"', "\"\""));
                    format!("{date},{},{},\"\",\"\"", quote(pain), quote(fatigue))
                })
                .collect::<Vec<_>>()
                .join("\n")
        );
        let mut store = store_with_one_day();
        let before = journal_to_json(&store.journal().unwrap());
        let read = read_tracker(Tracker::from_name("flaredown").unwrap(), &text, &TrackerOptions::default(), reference(), "rows.csv");
        stored_all_or_nothing(&mut store, &before, read)?;
    }
}

/// A piece of a pasted list of infusion dates: a date with or without its year, a day alone,
/// a separator word, or noise.
fn list_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        (1_u32..=31, 1_usize..=12, 2020_i32..=2030).prop_map(|(day, month, year)| {
            let name = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ][month - 1];
            format!("{day} {name} {year}")
        }),
        (1_u32..=31, 1_usize..=12).prop_map(|(day, month)| {
            let name = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ][month - 1];
            format!("{day} {name}")
        }),
        (1_u32..=40).prop_map(|day| day.to_string()),
        "[0-9/.a-z ]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_pasted_as_dates_never_panics(text in any::<String>()) {
        let _ = read_date_list(&text, None, reference());
        let _ = read_date_list(&text, Some(DateOrder::Mdy), reference());
    }

    #[test]
    fn every_piece_of_a_pasted_list_is_a_date_or_named(
        pieces in proptest::collection::vec(list_piece(), 0..12),
        separators in proptest::collection::vec(prop_oneof![Just(", "), Just(" and "), Just("\n"), Just("; ")], 12),
    ) {
        let mut text = String::new();
        for (piece, separator) in pieces.iter().zip(&separators) {
            text.push_str(piece);
            text.push_str(separator);
        }
        let list = read_date_list(&text, Some(DateOrder::Dmy), reference());
        // Earliest first, each once; a repeat is one of the dates.
        prop_assert!(list.dates.windows(2).all(|pair| pair[0] < pair[1]));
        prop_assert!(list.repeated.iter().all(|date| list.dates.contains(date)));
        // Nothing is made up: never more dates and reasons than pieces given.
        let given = pieces.iter().filter(|piece| !piece.trim().is_empty()).count();
        prop_assert!(list.dates.len() + list.unreadable.len() <= given.max(1) * 2);
        // A date written whole with its year is always read as written.
        for piece in &pieces {
            if let Ok(date) = read_date(piece, Some(DateOrder::Dmy), reference())
                && piece.split(' ').count() == 3
                && piece.split(' ').next_back().is_some_and(|year| year.len() == 4)
            {
                prop_assert!(list.dates.contains(&date), "{piece} in {text:?}: {list:?}");
            }
        }
    }
}
