//! Import in the Report view: a spreadsheet's columns matched to the journal's fields, the date
//! order and a scale chosen, the rows previewed as they would be stored, then confirmed.
#![allow(clippy::unwrap_used)]

use crate::common_ui::TestJournal;
use chrono::NaiveDate;
use egui_kittest::kittest::Queryable;
use relief_journal::store::list_backups;
use relief_journal::ui::{ImportSource, View};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn before_import_backups(journal: &TestJournal) -> usize {
    list_backups(&journal.path)
        .unwrap()
        .into_iter()
        .filter(|backup| backup.reason == "before-import")
        .count()
}

/// Scrolls to **Confirm import**, as a patient would, and clicks it.
fn confirm(app: &mut egui_kittest::Harness<'_, relief_journal::ui::ReliefApp>) {
    app.get_by_label("Confirm import").scroll_to_me();
    app.run();
    app.get_by_label("Confirm import").click();
    app.run();
}

/// A spreadsheet saved as semicolon-separated text: day-first dates, pain on 0 to 4 under a
/// header the app cannot guess, sleep with a decimal comma, a column the journal has no field
/// for and a row left empty.
const SPREADSHEET: &str = "Date;Pain (0-4);Sleep;Weather\r\n\
                           03/04/2026;3;6,5;rain\r\n\
                           04/04/2026;1;7;sun\r\n\
                           ;;;\r\n\
                           13/04/2026;4;5,25;rain\r\n";

#[test]
fn a_spreadsheet_is_matched_previewed_and_imported_only_when_confirmed() {
    let journal = TestJournal::with_entries(&[(day("2026-04-03"), 6), (day("2026-04-20"), 5)]);
    let file = journal.dir.path().join("diary.csv");
    std::fs::write(&file, SPREADSHEET).unwrap();
    let mut app = journal.app(View::Report);

    crate::common_ui::type_into(&mut app, "Import file path", file.to_str().unwrap());
    app.get_by_label("Preview import").click();
    app.run();

    // "Date" and "Sleep" are guessed; the pain column is not, so nothing can be imported yet.
    let pending = app.state().report_state().unwrap().import.clone().unwrap();
    let ImportSource::Table(choice) = &pending.source else {
        panic!("read as a table: {:?}", pending.source);
    };
    assert_eq!(choice.table.headers.len(), 4);
    app.get_by_label("No column is matched to pain yet; choose one in the Field menus.");

    app.get_by_label("Field for column \"Pain (0-4)\"").click();
    app.run();
    app.get_by_label("pain").click();
    app.run();

    // 03/04/2026 could read two ways, but 13/04/2026 reads only day first, and a file is
    // written in one order: no order is asked for, and the preview says why.
    assert!(app.query_by_label("Day first (3 April)").is_none());
    app.get_by_label_contains("numeric dates are read day first (03/04/2025 is 3 April), as the file's own date \"13/04/2026\"");

    // Pain on 0 to 4: 3 is 7.5 on 0 to 10, rounded half up to 8; 1 is 2.5, so 3; 4 is 10.
    crate::common_ui::type_into(&mut app, "Scale of column \"Pain (0-4)\"", "0-4");
    app.get_by_label("2026-04-03, pain 8, sleep 6.5 h, note \"pain 3 on 0-4\"");
    app.get_by_label("2026-04-04, pain 3, sleep 7 h, note \"pain 1 on 0-4\"");
    app.get_by_label("2026-04-13, pain 10, sleep 5.25 h, note \"pain 4 on 0-4\"");
    app.get_by_label("The file holds 3 entries and 0 infusions. 1 empty row is skipped.");
    app.get_by_label("1 day already in your journal would be replaced: 3 Apr 2026.");
    app.get_by_label("Not imported: column \"Weather\".");

    // Nothing is written before Confirm.
    assert_eq!(journal.store().entries().unwrap().len(), 2);
    assert_eq!(
        journal.saved_entry(day("2026-04-03")).unwrap().pain.get(),
        6
    );
    assert_eq!(before_import_backups(&journal), 0);

    confirm(&mut app);

    let stored = journal.store().entries().unwrap();
    assert_eq!(stored.len(), 4, "two kept, one replaced, two added");
    let replaced = journal.saved_entry(day("2026-04-03")).unwrap();
    assert_eq!(replaced.pain.get(), 8);
    assert_eq!(replaced.sleep_hours.map(|hours| hours.get()), Some(6.5));
    assert_eq!(replaced.note, "pain 3 on 0-4");
    assert_eq!(
        journal.saved_entry(day("2026-04-04")).unwrap().pain.get(),
        3
    );
    assert_eq!(
        journal.saved_entry(day("2026-04-13")).unwrap().pain.get(),
        10
    );
    assert_eq!(
        journal.saved_entry(day("2026-04-20")).unwrap().pain.get(),
        5
    );
    assert_eq!(before_import_backups(&journal), 1, "a backup first");
    assert!(app.state().report_state().unwrap().import.is_none());
    assert!(app.state().notice().unwrap().starts_with("Imported"));
}

#[test]
fn a_value_that_does_not_fit_is_named_and_confirm_writes_nothing() {
    let journal = TestJournal::with_entries(&[(day("2026-04-01"), 4)]);
    let file = journal.dir.path().join("scores.tsv");
    std::fs::write(&file, "Day\tPain\n2026-04-02\t5\n2026-04-03\t12\n").unwrap();
    let mut app = journal.app(View::Report);

    crate::common_ui::type_into(&mut app, "Import file path", file.to_str().unwrap());
    app.get_by_label("Preview import").click();
    app.run();

    // The file, the line, the field and the value, and what is allowed.
    app.get_by_label_contains("scores.tsv, line 3: pain");
    app.get_by_label_contains("\"12\"");
    app.get_by_label_contains("values 5 to 12: give the scale they were recorded on");
    confirm(&mut app);
    assert_eq!(journal.store().entries().unwrap().len(), 1);
    assert_eq!(before_import_backups(&journal), 0);

    // On a 0 to 20 scale the same file fits: 5 is 2.5, so 3; 12 is 6.
    crate::common_ui::type_into(&mut app, "Scale of column \"Pain\"", "0-20");
    app.get_by_label("2026-04-03, pain 6, note \"pain 12 on 0-20\"");
    confirm(&mut app);
    assert_eq!(
        journal.saved_entry(day("2026-04-02")).unwrap().pain.get(),
        3
    );
    assert_eq!(
        journal.saved_entry(day("2026-04-03")).unwrap().pain.get(),
        6
    );
}

#[test]
fn a_workbook_and_a_tracker_export_are_read_in_the_app() {
    use rust_xlsxwriter::Workbook;
    let journal = TestJournal::empty();
    let workbook_path = journal.dir.path().join("diary.xlsx");
    let mut workbook = Workbook::new();
    let cover = workbook.add_worksheet();
    cover.set_name("About").unwrap();
    cover.write_string(0, 0, "My pain diary").unwrap();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Diary").unwrap();
    for (column, header) in ["Date", "Pain", "Mood"].iter().enumerate() {
        sheet.write_string(0, column as u16, *header).unwrap();
    }
    sheet.write_string(1, 0, "2026-05-01").unwrap();
    sheet.write_number(1, 1, 4.0).unwrap();
    sheet.write_number(1, 2, 7.0).unwrap();
    workbook.save(&workbook_path).unwrap();
    let export = journal.dir.path().join("bearable.csv");
    std::fs::write(
        &export,
        "date,date formatted,weekday,time of day,category,rating/amount,detail,notes\n\
         2022-01-22T08:00:00.000Z,2022-01-22,Saturday,am,Symptom,2,Nerve pain (Moderate),after a walk\n\
         2022-01-22T08:00:00.000Z,2022-01-22,Saturday,am,Mood,7,,\n\
         2022-01-22T08:00:00.000Z,2022-01-22,Saturday,am,Symptom,1,Back pain (Mild),\n",
    )
    .unwrap();
    let mut app = journal.app(View::Report);

    crate::common_ui::type_into(
        &mut app,
        "Import file path",
        workbook_path.to_str().unwrap(),
    );
    app.get_by_label("Preview import").click();
    app.run();
    // The first sheet is a cover page; the diary is on the second.
    app.get_by_label("No column is matched to date yet; choose one in the Field menus.");
    app.get_by_label("Sheet").click();
    app.run();
    app.get_by_label("Diary").click();
    app.run();
    app.get_by_label("2026-05-01, pain 4, mood 7");
    confirm(&mut app);
    assert_eq!(
        journal.saved_entry(day("2026-05-01")).unwrap().pain.get(),
        4
    );

    app.get_by_label("Import file path").click();
    app.run();
    app.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
    app.get_by_label("Import file path")
        .type_text(export.to_str().unwrap());
    app.run();
    app.get_by_label("Preview import").click();
    app.run();
    app.get_by_label("Recognised from its header: this looks like a Bearable export, read as that app writes it.");
    // Two symptoms are named like pain: the patient says which one is the pain tracked.
    app.get_by_label_contains("several symptoms could be pain");
    app.get_by_label("Pain from").click();
    app.run();
    app.get_by_label("Symptom: Nerve pain").click();
    app.run();
    // Nerve pain 2 on 0 to 4 is 5; mood 7 on 1 to 10 is 10 x 6 / 9 = 6.7, so 7.
    app.get_by_label(
        "2022-01-22, pain 5, mood 7, note \"after a walk; pain 2 on 0-4; mood 7 on 1-10\"",
    );
    app.get_by_label("Not imported: readings \"Symptom: Back pain\" (1 row).");
    confirm(&mut app);
    assert_eq!(
        journal.saved_entry(day("2022-01-22")).unwrap().pain.get(),
        5
    );
}

#[test]
fn a_nomie_export_is_recognised_and_its_zeros_are_a_choice() {
    let journal = TestJournal::with_entries(&[]);
    let export = journal.dir.path().join("export.csv");
    std::fs::write(
        &export,
        "date,#pain,#mood\r\n2025-01-12,6.5,3\r\n2025-01-11,0,0\r\n2025-01-10,7,4",
    )
    .unwrap();
    let mut app = journal.app(View::Report);
    crate::common_ui::type_into(&mut app, "Import file path", export.to_str().unwrap());
    app.get_by_label("Preview import").click();
    app.run();
    app.get_by_label(
        "Recognised from its header: this looks like a Nomie export, read as that app writes it.",
    );
    // 6.5 rounds half up to 7; the 0 of the 11th is read as not logged.
    app.get_by_label("2025-01-10, pain 7");
    app.get_by_label("2025-01-12, pain 7, note \"pain 6.5\"");
    app.get_by_label("The file holds 2 entries and 0 infusions.");
    app.get_by_label("A 0 means nothing was logged that day (Nomie writes 0 for such days)")
        .click();
    app.run();
    app.get_by_label("The file holds 3 entries and 0 infusions.");
    app.get_by_label("2025-01-11, pain 0");
    confirm(&mut app);
    assert_eq!(
        journal.saved_entry(day("2025-01-11")).unwrap().pain.get(),
        0
    );
}

#[test]
fn a_long_table_is_read_with_the_names_found_in_it() {
    let journal = TestJournal::with_entries(&[]);
    let file = journal.dir.path().join("readings.csv");
    std::fs::write(
        &file,
        "Day,Reading,Amount\n\
         2025-04-01,Back pain,3\n\
         2025-04-01,Back pain,4\n\
         2025-04-01,Steps,4000\n\
         2025-04-02,Back pain,1\n",
    )
    .unwrap();
    let mut app = journal.app(View::Report);
    crate::common_ui::type_into(&mut app, "Import file path", file.to_str().unwrap());
    app.get_by_label("Preview import").click();
    app.run();
    app.get_by_label("One reading per row: a column names what was read, another holds its value")
        .click();
    app.run();
    app.get_by_label("Name column").click();
    app.run();
    app.get_all_by_label("Reading").last().unwrap().click();
    app.run();
    app.get_by_label("Value column").click();
    app.run();
    app.get_all_by_label("Amount").last().unwrap().click();
    app.run();
    app.get_by_label("Pain from readings named").click();
    app.run();
    app.get_all_by_label("Back pain").last().unwrap().click();
    app.run();
    crate::common_ui::type_into(&mut app, "Scale of pain readings", "0-5");
    // 3 and 4 on 0-5 are 6 and 8: mean 7, highest 8; 1 on 0-5 is 2.
    app.get_by_label("2025-04-01, pain 7, worst pain 8, note \"pain 3, 4 on 0-5\"");
    app.get_by_label("2025-04-02, pain 2, note \"pain 1 on 0-5\"");
    app.get_by_label("Not imported: readings \"Steps\" (1 row).");
    confirm(&mut app);
    assert_eq!(
        journal
            .saved_entry(day("2025-04-01"))
            .unwrap()
            .worst_pain
            .map(|score| score.get()),
        Some(8)
    );
}

#[test]
fn a_file_with_a_mistyped_future_year_is_refused_in_the_preview_with_its_line() {
    let journal = TestJournal::with_entries(&[(day("2026-11-01"), 6)]);
    let file = journal.dir.path().join("entries.csv");
    std::fs::write(&file, "date,pain\n2026-11-02,5\n2062-11-03,4\n").unwrap();
    let mut app = journal.app(View::Report);
    crate::common_ui::type_into(&mut app, "Import file path", file.to_str().unwrap());
    app.get_by_label("Preview import").click();
    app.run();
    assert!(
        app.query_by_label_contains("line 3: date: \"2062-11-03\" is not allowed")
            .is_some(),
        "the refusal does not name the line and the date"
    );
    // Confirming (where the button is offered at all) writes nothing.
    if app.query_by_label("Confirm import").is_some() {
        confirm(&mut app);
    }
    drop(app);
    assert_eq!(journal.store().entries().unwrap().len(), 1);
    assert_eq!(before_import_backups(&journal), 0);
}
