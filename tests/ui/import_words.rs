//! The import preview in the patient's words: the column or scale read as pain named (and,
//! when none is recognised, offered as a choice), no medication offered as pain, Bearable's
//! row details not listed as names, the date order offered only when the file's dates need it
//! (the journal's own CSV after a German spreadsheet as well as a table), and the result of an
//! import shown whole where it was made, in English and in Spanish.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use crate::common_ui::TestJournal;
use chrono::NaiveDate;
use egui_kittest::kittest::{NodeT, Queryable};
use relief_journal::ui::{ImportSource, ReliefApp, View};

type App = egui_kittest::Harness<'static, ReliefApp>;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/files")
        .join(path)
}

/// Types `path` into the import field and previews it, as a patient would.
fn preview(app: &mut App, path: &Path) {
    crate::common_ui::type_into(app, "Import file path", path.to_str().unwrap());
    app.get_by_label("Preview import").click();
    app.run();
}

fn confirm(app: &mut App) {
    app.get_by_label("Confirm import").scroll_to_me();
    app.run();
    app.get_by_label("Confirm import").click();
    app.run();
}

#[test]
fn a_flaredown_preview_names_the_column_read_as_pain_and_offers_no_medication() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Report);
    preview(
        &mut app,
        &fixture("trackers/flaredown/flaredown-export-2021.csv"),
    );
    app.get_by_label(
        "“Joint pain” is named like pain, so it is read as your pain. If it is not, choose another.",
    );
    app.get_by_label("Pain from").click();
    app.run();
    // The rated conditions and symptoms are offered; the treatments are not.
    for name in ["Fibromyalgia", "Fatigue"] {
        app.get_by_label(name);
    }
    for medication in ["Ibuprofen", "Amitriptyline", "Weather humidity"] {
        assert!(app.query_by_label(medication).is_none(), "{medication}");
    }
    app.get_by_label("Fatigue").click();
    app.run();
    app.get_by_label("Read as your pain, as you chose. Everything not read is listed below.");
    app.get_by_label_contains("pain from the condition or symptom column \"Fatigue\"");
    // ISO dates: no order to choose.
    assert!(app.query_by_label("Day first (3 April)").is_none());
}

#[test]
fn bearable_symptoms_are_the_only_names_offered_and_row_details_are_not_names() {
    let journal = TestJournal::empty();
    let export = journal.dir.path().join("bearable.csv");
    std::fs::write(
        &export,
        "date,date formatted,weekday,time of day,category,rating/amount,detail,notes\n\
         2022-01-22T08:00:00.000Z,2022-01-22,Saturday,am,Symptom,2,Nerve pain (Moderate),\n\
         2022-01-22T08:00:00.000Z,2022-01-22,Saturday,am,Symptom,1,Back pain (Mild),\n\
         2022-01-22T08:00:00.000Z,2022-01-22,Saturday,am,Energy,2,Low,\n\
         2022-01-22T08:00:00.000Z,2022-01-22,Saturday,am,Sleep,7:30,Asleep 23:50 - 06:35,\n\
         2022-01-22T08:00:00.000Z,2022-01-22,Saturday,am,Medication,1,Ibuprofen (200mg),\n",
    )
    .unwrap();
    let mut app = journal.app(View::Report);
    preview(&mut app, &export);
    app.get_by_label("Several names in this file could be your pain: choose the one that holds the pain you track for your infusions.");
    app.get_by_label("Pain from").click();
    app.run();
    app.get_by_label("Symptom: Back pain");
    for detail in [
        "Energy: Low",
        "Sleep: Asleep 23:50 - 06:35",
        "Medication: Ibuprofen (200mg)",
        "Medication",
    ] {
        assert!(app.query_by_label(detail).is_none(), "{detail}");
    }
    app.get_by_label("Symptom: Nerve pain").click();
    app.run();
    app.get_by_label_contains("readings \"Energy\" (1 row)");
    assert!(app.query_by_label_contains("Energy: Low").is_none());
    app.get_by_label_contains("2022-01-22, pain 5");
}

#[test]
fn a_pain_scale_not_recognised_is_offered_as_a_choice() {
    let journal = TestJournal::empty();
    let export = journal.dir.path().join("daylio_export.csv");
    std::fs::write(
        &export,
        "full_date,date,weekday,time,mood,activities,scales,note_title,note\n\
2025-01-12,12 enero,domingo,21:10,rad,\"\",\"Molestias:\u{a0} 6/10\u{a0} puntos | Sueño:\u{a0} 7:30\",\"\",\"\"\n",
    )
    .unwrap();
    let mut app = journal.app(View::Report);
    preview(&mut app, &export);
    app.get_by_label(
        "No name in this file is recognised as pain: choose the one that holds your pain scores.",
    );
    assert!(
        app.get_by_label("Confirm import")
            .accesskit_node()
            .is_disabled()
    );
    app.get_by_label("Pain from").click();
    app.run();
    assert!(
        app.query_by_label("Sueño").is_none(),
        "hours are not a pain scale"
    );
    app.get_by_label("Molestias").click();
    app.run();
    app.get_by_label_contains("2025-01-12, pain 6");
    confirm(&mut app);
    assert_eq!(
        journal.saved_entry(day("2025-01-12")).unwrap().pain.get(),
        6
    );
}

#[test]
fn a_german_spreadsheets_journal_csv_asks_for_the_date_order_only_when_its_dates_need_it() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Report);
    // 14.03.2025 reads only day first: nothing to ask.
    preview(&mut app, &fixture("spreadsheets/entries-excel-de.csv"));
    let pending = app.state().report_state().unwrap().import.clone().unwrap();
    assert!(
        matches!(pending.source, ImportSource::JournalCsv(_)),
        "{:?}",
        pending.source
    );
    assert!(app.query_by_label("Day first (3 April)").is_none());
    app.get_by_label("2025-03-14, pain 3, worst pain 4, sleep quality 7, mobility 7, mood 7, sleep 8 h, rescue 0, note \"gut geschlafen\"");
    app.get_by_label_contains("as the file's own date \"14.03.2025\" can be read only that way");
    app.get_by_label("Cancel import").click();
    app.run();

    // Without it, every date reads two ways: the order is asked, and nothing is read before.
    let text = std::fs::read_to_string(fixture("spreadsheets/entries-excel-de.csv"))
        .unwrap()
        .replace("14.03.2025", "12.03.2025");
    let file = journal.dir.path().join("tagebuch.csv");
    std::fs::write(&file, text).unwrap();
    app.get_by_label("Import file path").click();
    app.run();
    app.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
    app.get_by_label("Import file path")
        .type_text(file.to_str().unwrap());
    app.run();
    app.get_by_label("Preview import").click();
    app.run();
    app.get_by_label_contains("\"01.03.2025\" could be 1 March 2025 or 3 January 2025");
    app.get_by_label("Day first (3 April)").click();
    app.run();
    app.get_by_label_contains("2025-03-12, pain 3");
    confirm(&mut app);
    assert_eq!(
        journal.saved_entry(day("2025-03-01")).unwrap().pain.get(),
        6
    );
    assert_eq!(
        journal.saved_entry(day("2025-03-12")).unwrap().pain.get(),
        3
    );
}

#[test]
fn the_result_of_an_import_is_shown_whole_where_it_was_made() {
    let journal = TestJournal::with_entries(&[(day("2025-02-27"), 4)]);
    let mut app = journal.app(View::Report);
    preview(&mut app, &fixture("spreadsheets/infusions-excel-fr.csv"));
    app.get_by_label_contains("read as Windows-1252 text");
    // The infusions are shown as they would be stored, accents read right.
    app.get_by_label("2025-02-28, done, loading, 52.5 mg, 45 min, clinic Clinique de la douleur, side effects dissociation;nausea, note \"un peu étourdi\"");
    app.get_by_label("2025-04-15, planned, maintenance, clinic Clinique de la douleur");
    confirm(&mut app);
    let result = app
        .state()
        .report_state()
        .unwrap()
        .import_result
        .clone()
        .expect("the result is kept under the import");
    assert!(result.text.contains("3 infusions added"), "{}", result.text);
    assert!(result.text.contains("backed up to"), "{}", result.text);
    // Once in the message bar (one line of it) and once whole under the import.
    assert_eq!(app.query_all_by_label(&result.text).count(), 2);
    assert_eq!(journal.store().infusions().unwrap().len(), 3);
}

#[test]
fn the_chosen_pain_is_named_in_spanish() {
    let journal = TestJournal::empty().speaking("es");
    let mut app = journal.app_on_system(View::Report, &["es_MX.UTF-8"]);
    crate::common_ui::type_into(
        &mut app,
        "Ruta del archivo para importar",
        fixture("trackers/flaredown/flaredown-export-2021.csv")
            .to_str()
            .unwrap(),
    );
    app.get_by_label("Ver vista previa").click();
    app.run();
    app.get_by_label(
        "El nombre “Joint pain” parece de dolor, así que se lee como su dolor. Si no lo es, elija otro.",
    );
}
