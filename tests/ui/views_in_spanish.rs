//! Today, History, Infusions and Charts in the patient's language: a journal whose settings say
//! Spanish shows them in Spanish, with dates and decimals as the region writes them.
#![allow(clippy::unwrap_used)]

use crate::common_ui::TestJournal;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use relief_journal::ui::{ReliefApp, View};

/// The demo journal with its settings in `language` (a tag as Settings saves it: `es`, `es-ES`).
fn demo_in(language: &str) -> TestJournal {
    let journal = TestJournal::demo(1.0);
    let mut store = journal.store();
    let mut settings = store.settings().unwrap();
    settings.language = language.to_owned();
    store.save_settings(&settings).unwrap();
    journal
}

/// Every name and text the app hands to screen readers in the frame shown.
fn texts(app: &Harness<'_, ReliefApp>) -> Vec<String> {
    app.root()
        .children_recursive()
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .map(|text| text.to_string())
        .collect()
}

#[test]
fn the_views_speak_the_language_of_the_journal() {
    let journal = demo_in("es");

    let app = journal.app(View::Today);
    app.get_by_label("Dolor de hoy");
    app.get_by_label("Dolor 6");
    app.get_by_label("Guardar");
    app.get_by_label("Siento que el alivio va disminuyendo");
    app.get_by_label("náuseas");
    // Today is named with its weekday written out, as inside a sentence.
    app.get_by_label("Hoy, sábado 28 nov 2026");
    assert!(app.query_by_label("Pain today").is_none());
    drop(app);

    let app = journal.app(View::History);
    app.get_by_label("Últimos 30 días");
    app.get_by_label("Mes anterior");
    app.get_by_label("noviembre de 2026");
    // A day standing alone (the day before today, in the calendar): abbreviated weekday, a
    // comma, lower-case month.
    assert!(
        texts(&app)
            .iter()
            .any(|text| text.starts_with("vie, 27 nov 2026: ")),
        "no calendar day is named in Spanish"
    );
    assert!(app.query_by_label("Last 30 days").is_none());
    drop(app);

    let app = journal.app(View::Infusions);
    app.get_by_label("Agregar una infusión");
    app.get_by_label("Agregar infusión");
    app.get_by_label("Pegar fechas de una carta");
    app.get_by_label("Primero el día (3 de abril)");
    assert!(
        texts(&app)
            .iter()
            .any(|text| text.contains("ciclo ") && text.contains(", infusión de mantenimiento ")),
        "the series cells are not in Spanish"
    );
    assert!(app.query_by_label("Add infusion").is_none());
    drop(app);

    let app = journal.app(View::Charts);
    app.get_by_label("Observaciones");
    app.get_by_label("Alivio después de cada infusión");
    app.get_by_label("Ciclo típico");
    app.get_by_label("Tabla de ciclos");
    assert!(app.query_by_label("Insights").is_none());
}

#[test]
fn decimals_follow_the_region_of_the_language() {
    // Sleep hours in History: "7.5 h" in Mexico and the United States, "7,5 h" in Spain.
    let halves = |texts: &[String], mark: char| {
        texts.iter().any(|text| {
            text.split_once(" h")
                .is_some_and(|(hours, _)| hours.len() == 3 && hours.chars().nth(1) == Some(mark))
        })
    };
    let spain = demo_in("es-ES");
    let app = spain.app(View::History);
    let shown = texts(&app);
    assert!(halves(&shown, ','), "{shown:?}");
    assert!(!halves(&shown, '.'), "{shown:?}");
    drop(app);

    let mexico = demo_in("es-MX");
    let app = mexico.app(View::History);
    let shown = texts(&app);
    assert!(halves(&shown, '.'), "{shown:?}");
    assert!(!halves(&shown, ','), "{shown:?}");
}
