//! The report in Spanish: page 1's key lines, the charts' words, the decimal mark of the region
//! (es-ES 6,5, es-MX 6.5), the language in the PDF's metadata, and every letter of the Spanish
//! words printed with the bundled font.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use relief_journal::analysis::analyze;
use relief_journal::charts::DateRange;
use relief_journal::demo::demo_journal;
use relief_journal::domain::{Journal, Locale};
use relief_journal::report::{Paper, ReportOptions, report_pdf};
use relief_journal::wording::language::with_locale;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn today() -> NaiveDate {
    day("2026-11-28")
}

fn mexico() -> Locale {
    Locale::parse("es_MX").unwrap()
}

fn spain() -> Locale {
    Locale::parse("es_ES").unwrap()
}

fn options(patient_name: &str) -> ReportOptions {
    ReportOptions {
        period: DateRange::last_three_months(today()),
        paper: Paper::A4,
        include_daily: true,
        patient_name: patient_name.to_owned(),
        generated_on: today(),
    }
}

/// The demo journal as the app makes it for a patient who speaks Spanish.
fn spanish_demo() -> Journal {
    with_locale(mexico(), || demo_journal(today(), 1, 4))
}

/// The text of each page, runs of whitespace collapsed.
fn pages(pdf: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .unwrap()
        .into_iter()
        .map(|page| page.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// `text` without whitespace: chart text comes out of the PDF letter by letter and table
/// headers wrap, so phrases are compared with their spaces removed.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect()
}

fn report_in(locale: Locale, journal: &Journal, patient_name: &str) -> Vec<u8> {
    with_locale(locale, || {
        report_pdf(journal, &options(patient_name)).unwrap()
    })
}

#[test]
fn page_one_reads_in_spanish() {
    let journal = spanish_demo();
    let pdf = report_in(mexico(), &journal, "Ana Núñez");
    let pages = pages(&pdf);
    let first = &pages[0];
    let period = DateRange::last_three_months(today());
    for expected in [
        "Relief Journal: resumen del dolor y las infusiones",
        "Paciente: Ana Núñez",
        &format!("Periodo del {} al {} (92 días)", period.start, period.end),
        "Días registrados:",
        "Generado el 2026-11-28",
        "Ciclos de infusión",
        "Patrones",
        "Dolor basal",
        "Cómo se mide el alivio: en una página posterior, bajo ese título.",
        "Datos registrados por el paciente; no son consejo médico.",
        "Quizá valga la pena comentar este patrón con su equipo médico.",
        "Página 1 de",
    ] {
        assert!(
            first.contains(expected),
            "page 1 lacks {expected:?}:\n{first}"
        );
    }
    let squeezed_first = squeezed(first);
    for expected in [
        // Table headers, wrapped in their cells.
        "Alivio máximo",
        "Días hasta la siguiente",
        "Alivio ≥30% hasta",
        "Dolor máx.",
        "Rescate por semana",
        // The words of the chart images, printed with the bundled font.
        "Dolor diario, sueño y movilidad",
        "Alivio típico después de una infusión",
        "Cuánto duró el alivio significativo",
        "Días desde la infusión",
        "Promedio de 7 días",
        "30% significativo",
        "Ciclos con alivio aún ≥30% (%)",
    ] {
        assert!(
            squeezed_first.contains(&squeezed(expected)),
            "page 1 lacks {expected:?}:\n{first}"
        );
    }
    // The flag of the demo, worded in Spanish as the analysis words it there.
    let analysis = analyze(&journal, today());
    let flag = analysis.flags.first().expect("the demo raises a flag");
    let message = with_locale(mexico(), || relief_journal::wording::flag_message(flag));
    assert!(message.starts_with("En "), "{message}");
    let opening: String = message
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        first.contains(&opening),
        "page 1 lacks {opening:?}:\n{first}"
    );
    // Nothing of the English text is left on the page.
    for english in [
        "Days logged",
        "Infusion cycles",
        "Patterns",
        "not medical advice",
        "Page 1 of",
        "Peak relief",
        "Typical relief",
        "Days since infusion",
    ] {
        assert!(!first.contains(english), "{english:?} on page 1:\n{first}");
    }
    // The later pages.
    let all = pages.join(" ");
    for heading in [
        "Efectos secundarios entre infusiones",
        "Calendario: dolor por día",
        "Cómo se mide el alivio",
        "Lista de infusiones",
        "Registros diarios",
        "Noviembre de 2026",
    ] {
        assert!(all.contains(heading), "the report lacks {heading:?}");
    }
    // The demo's notes, written in Spanish when the demo was made.
    assert!(
        journal
            .entries
            .iter()
            .any(|entry| !entry.note.is_empty() && all.contains(&entry.note))
    );
}

#[test]
fn the_decimal_mark_follows_the_region() {
    let journal = spanish_demo();
    let pain = analyze(&journal, today()).baseline.pain.unwrap();
    let point = format!("Dolor basal {pain:.1}:");
    let comma = point.replace('.', ",");
    let mexican = pages(&report_in(mexico(), &journal, ""));
    let spanish = pages(&report_in(spain(), &journal, ""));
    assert!(mexican[0].contains(&point), "{point:?}:\n{}", mexican[0]);
    assert!(!mexican[0].contains(&comma), "{}", mexican[0]);
    assert!(spanish[0].contains(&comma), "{comma:?}:\n{}", spanish[0]);
    assert!(!spanish[0].contains(&point), "{}", spanish[0]);
    // The cycle table's early → late means too: "3,4 → 6,1" in Spain.
    let arrow_with_comma = |page: &str| {
        page.split(" → ").any(|side| {
            side.rsplit(' ')
                .next()
                .is_some_and(|figure| figure.contains(',') && figure.parse::<f64>().is_err())
        })
    };
    assert!(arrow_with_comma(&spanish[0]), "{}", spanish[0]);
    assert!(!arrow_with_comma(&mexican[0]), "{}", mexican[0]);
}

#[test]
fn the_pdf_names_its_language() {
    let journal = spanish_demo();
    let mexican = report_in(mexico(), &journal, "");
    let spanish = report_in(spain(), &journal, "");
    let english = report_pdf(&journal, &options("")).unwrap();
    let text = |pdf: &[u8]| String::from_utf8_lossy(pdf).into_owned();
    assert!(text(&mexican).contains("/Lang(es-MX)"), "es-MX");
    assert!(text(&spanish).contains("/Lang(es-ES)"), "es-ES");
    assert!(text(&english).contains("/Lang(en-US)"), "en-US");
}

#[test]
fn every_spanish_letter_prints_with_the_bundled_font() {
    // A name with every accented letter and the opening marks of Spanish: printed with the
    // bundled font, with no note about characters no font had.
    let name = "¿Úrsula? ¡Güemes Muñoz! áéíóú ÁÉÍÓÚ ñÑ üÜ";
    let pages = pages(&report_in(mexico(), &spanish_demo(), name));
    assert!(pages[0].contains(name), "{}", pages[0]);
    let all = pages.join(" ");
    assert!(!all.contains('\u{FFFD}'), "a letter was replaced");
    assert!(!all.contains("Algunos caracteres no se pudieron imprimir"));
    // Every character of the Spanish words has a glyph in the bundled fonts, regular and bold,
    // which the report and the chart images both draw with.
    let words = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/i18n/es/relief-journal.ftl"
    ))
    .unwrap();
    for font in [
        relief_journal::fonts::SANS_REGULAR,
        relief_journal::fonts::SANS_BOLD,
    ] {
        let face = ttf_parser::Face::parse(font, 0).unwrap();
        let missing: Vec<char> = words
            .chars()
            .filter(|character| !character.is_control())
            .filter(|character| face.glyph_index(*character).is_none())
            .collect();
        assert!(missing.is_empty(), "no glyph for {missing:?}");
    }
}
