//! The Report view: the PDF, a chart image and an export are saved through the typed-path
//! fallback (tests never open a file dialog), and an import shows what it would change and
//! changes nothing until confirmed.
#![allow(clippy::unwrap_used)]

use crate::common_ui::{TestJournal, days_ago, today, type_into};
use egui_kittest::kittest::Queryable;
use relief_journal::demo::{DEFAULT_SEED, demo_journal};
use relief_journal::domain::{Entry, Infusion, Journal, Score, Settings};
use relief_journal::exchange::journal_to_json;
use relief_journal::store::list_backups;
use relief_journal::ui::View;

fn demo() -> TestJournal {
    let journal = TestJournal::empty();
    journal
        .store()
        .replace_journal(&demo_journal(today(), 2, DEFAULT_SEED))
        .unwrap();
    journal
}

#[test]
fn the_report_is_saved_as_pdf_to_a_typed_path() {
    let journal = demo();
    let pdf = journal.dir.path().join("report.pdf");
    let mut app = journal.app(View::Report);

    app.get_by_label("Letter").click();
    type_into(&mut app, "Patient name", "Alex Example");
    type_into(&mut app, "PDF file path", pdf.to_str().unwrap());
    app.get_by_label("Save PDF to this path").click();
    app.run();

    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "a PDF file");
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    assert!(text.contains("Alex Example"), "the patient name is printed");
    assert!(
        app.state()
            .notice()
            .unwrap()
            .starts_with("Saved the report")
    );
    assert_eq!(
        journal.store().settings().unwrap().patient_name,
        "Alex Example",
        "the name is kept for the next report"
    );
}

#[test]
fn a_chart_image_and_an_export_are_saved_to_typed_paths() {
    let journal = demo();
    let png = journal.dir.path().join("typical.png");
    let csv = journal.dir.path().join("entries.csv");
    let mut app = journal.app(View::Report);

    app.get_by_label("Typical cycle").click();
    type_into(&mut app, "Chart image path", png.to_str().unwrap());
    app.get_by_label("Save chart to this path").click();
    app.run();
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));

    app.get_by_label("Entries (CSV)").click();
    type_into(&mut app, "Export file path", csv.to_str().unwrap());
    app.get_by_label("Export to this path").click();
    app.run();
    let exported = std::fs::read_to_string(&csv).unwrap();
    assert!(exported.starts_with("date,pain"), "{}", &exported[..40]);
    assert_eq!(
        exported.lines().count(),
        journal.store().entries().unwrap().len() + 1
    );
}

fn entry(days: i64, pain: i64) -> Entry {
    Entry::new(days_ago(days), Score::new("pain", pain).unwrap())
}

/// A journal with pain 6 three and two days ago, and a file with pain 2 two days ago and
/// yesterday plus one infusion.
fn journal_and_file() -> (TestJournal, std::path::PathBuf) {
    let journal = TestJournal::with_entries(&[(days_ago(3), 6), (days_ago(2), 6)]);
    let file = journal.dir.path().join("incoming.json");
    let incoming = Journal {
        entries: vec![entry(2, 2), entry(1, 2)],
        infusions: vec![Infusion::done(days_ago(2))],
        settings: Settings::default(),
    };
    std::fs::write(&file, journal_to_json(&incoming)).unwrap();
    (journal, file)
}

#[test]
fn the_import_preview_shows_what_would_change_and_imports_only_when_confirmed() {
    let (journal, file) = journal_and_file();
    let mut app = journal.app(View::Report);

    type_into(&mut app, "Import file path", file.to_str().unwrap());
    app.get_by_label("Preview import").click();
    app.run();

    app.get_by_label("The file holds 2 entries and 1 infusion.");
    app.get_by_label(&format!(
        "1 day already in your journal would be replaced: {}.",
        days_ago(2).format("%-d %b %Y")
    ));
    assert_eq!(journal.saved_entry(days_ago(2)).unwrap().pain.get(), 6);
    assert_eq!(journal.saved_entry(days_ago(1)), None);
    assert!(journal.store().infusions().unwrap().is_empty());
    let before_import = |journal: &TestJournal| {
        list_backups(&journal.path)
            .unwrap()
            .into_iter()
            .filter(|backup| backup.reason == "before-import")
            .count()
    };
    assert_eq!(before_import(&journal), 0, "nothing before confirming");

    app.get_by_label("Confirm import").click();
    app.run();

    assert_eq!(journal.saved_entry(days_ago(2)).unwrap().pain.get(), 2);
    assert_eq!(journal.saved_entry(days_ago(3)).unwrap().pain.get(), 6);
    assert_eq!(journal.store().entries().unwrap().len(), 3);
    assert_eq!(journal.store().infusions().unwrap().len(), 1);
    assert_eq!(before_import(&journal), 1, "a backup first");
    assert!(app.state().report_state().unwrap().import.is_none());
    assert!(app.state().notice().unwrap().starts_with("Imported"));
}

#[test]
fn a_cancelled_import_changes_nothing() {
    let (journal, file) = journal_and_file();
    let mut app = journal.app(View::Report);

    type_into(&mut app, "Import file path", file.to_str().unwrap());
    app.get_by_label("Preview import").click();
    app.run();
    app.get_by_label("Cancel import").click();
    app.run();

    assert!(app.query_by_label("Confirm import").is_none());
    assert_eq!(journal.store().entries().unwrap().len(), 2);
    assert_eq!(journal.saved_entry(days_ago(2)).unwrap().pain.get(), 6);
    assert!(journal.store().infusions().unwrap().is_empty());
}

#[test]
fn a_file_that_cannot_be_imported_is_explained() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 5)]);
    let file = journal.dir.path().join("broken.json");
    std::fs::write(&file, "{not json").unwrap();
    let mut app = journal.app(View::Report);

    type_into(&mut app, "Import file path", file.to_str().unwrap());
    app.get_by_label("Preview import").click();
    app.run();

    assert!(app.query_by_label("Confirm import").is_none());
    let notice = app.state().notice().unwrap();
    assert!(notice.contains("broken.json"), "{notice}");
    assert!(notice.ends_with("Nothing was imported."), "{notice}");
    assert_eq!(journal.store().entries().unwrap().len(), 1);
}

#[test]
fn a_missing_folder_is_made_only_after_asking() {
    let journal = demo();
    let folder = journal.dir.path().join("Documents");
    let pdf = folder.join("relief-report.pdf");
    let mut app = journal.app(View::Report);

    type_into(&mut app, "PDF file path", pdf.to_str().unwrap());
    app.get_by_label("Save PDF to this path").click();
    app.run();
    app.get_by_label_contains(&format!(
        "The folder {} does not exist yet.",
        folder.display()
    ));
    assert!(!folder.exists(), "nothing is made before the answer");

    app.get_by_label("Make the folder and save").click();
    app.run();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    // The report's period is named as the app names days.
    let notice = app.state().notice().unwrap().to_owned();
    assert!(
        notice.contains("(Sat 29 Aug 2026 to Sat 28 Nov 2026)"),
        "{notice}"
    );
}

#[test]
fn an_existing_file_is_replaced_only_after_confirmation() {
    let journal = demo();
    let csv = journal.dir.path().join("entries.csv");
    std::fs::write(&csv, "keep me").unwrap();
    let mut app = journal.app(View::Report);

    app.get_by_label("Entries (CSV)").click();
    type_into(&mut app, "Export file path", csv.to_str().unwrap());
    app.get_by_label("Export to this path").click();
    app.run();
    app.get_by_label_contains("entries.csv already exists in");
    app.get_by_label("Cancel").click();
    app.run();
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), "keep me");
    assert_eq!(app.state().notice(), Some("Nothing was saved."));

    app.get_by_label("Export to this path").click();
    app.run();
    app.get_by_label("Replace").click();
    app.run();
    assert!(
        std::fs::read_to_string(&csv)
            .unwrap()
            .starts_with("date,pain")
    );
}

#[test]
fn the_report_is_made_in_the_language_chosen_for_it() {
    let journal = demo();
    let mut app = journal.app_on_system(View::Report, &["es_MX.UTF-8"]);
    app.get_by_label("Idioma del informe:");
    let state = app.state().report_state().unwrap();
    assert_eq!(
        state.language, None,
        "the app's language until one is chosen"
    );

    let spanish = journal.dir.path().join("es.pdf");
    type_into(&mut app, "Ruta del archivo PDF", spanish.to_str().unwrap());
    app.get_by_label("Guardar el PDF en esta ruta").click();
    app.run();
    let spanish_text =
        pdf_extract::extract_text_from_mem(&std::fs::read(&spanish).unwrap()).unwrap();

    app.get_by_label("English").click();
    app.run();
    assert_eq!(
        app.state().report_state().unwrap().language,
        Some(relief_journal::domain::ENGLISH)
    );
    let english = journal.dir.path().join("en.pdf");
    app.get_by_label("Ruta del archivo PDF").click();
    app.run();
    app.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::A);
    app.run();
    app.get_by_label("Ruta del archivo PDF")
        .type_text(english.to_str().unwrap());
    app.run();
    app.get_by_label("Guardar el PDF en esta ruta").click();
    app.run();
    let english_text =
        pdf_extract::extract_text_from_mem(&std::fs::read(&english).unwrap()).unwrap();
    // The next planned infusion is on 7 Dec 2026: its date is written in each report's language.
    assert!(spanish_text.contains("dic 2026"), "{spanish_text}");
    assert!(!spanish_text.contains("Dec 2026"), "{spanish_text}");
    assert!(english_text.contains("Dec 2026"), "{english_text}");
    assert!(!english_text.contains("dic 2026"), "{english_text}");
    // The app itself stays in Spanish.
    app.get_by_label("Idioma del informe:");
}

#[test]
fn every_control_of_the_report_view_in_spanish_can_be_reached() {
    let unreachable = crate::common_ui::reach::unreachable_in_language(View::Report, "es");
    assert!(unreachable.is_empty(), "{}", unreachable.join("\n"));
}

/// The note beside the patient's name wraps whole rather than being cut short, in a small
/// window, in Spanish and at the largest text.
#[test]
fn the_patient_name_note_is_never_cut() {
    use eframe::egui;
    let cases = [
        (
            TestJournal::demo(1.0),
            "Printed in the header, kept for next time.",
            false,
        ),
        (
            TestJournal::demo(2.0),
            "Printed in the header, kept for next time.",
            false,
        ),
        (
            TestJournal::demo(1.0),
            "Se imprime en el encabezado y se conserva para la próxima vez.",
            true,
        ),
    ];
    for (journal, note, spanish) in cases {
        let mut app = if spanish {
            journal.app_on_system(View::Report, &["es_MX.UTF-8"])
        } else {
            journal.app_sized(View::Report, today(), egui::vec2(800.0, 600.0))
        };
        app.get_by_label(note).scroll_to_me();
        app.run();
        let rect = app.get_by_label(note).rect();
        let style = app.ctx.global_style();
        let font = egui::TextStyle::Body.resolve(&style);
        let (whole, row) = app.ctx.fonts_mut(|fonts| {
            let galley = fonts.layout_no_wrap(note.to_owned(), font.clone(), egui::Color32::WHITE);
            (galley.size().x, fonts.row_height(&font))
        });
        assert!(
            rect.width() >= whole - 1.0 || rect.height() > row * 1.5,
            "{note:?} is cut short: {rect:?}, the whole line is {whole} wide"
        );
        let window = app.ctx.content_rect();
        assert!(
            rect.right() <= window.right() + 1.0,
            "{note:?} runs past the window: {rect:?} in {window:?}"
        );
    }
}
