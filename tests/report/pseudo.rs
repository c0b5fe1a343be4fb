//! Every word of the report comes through the text layer: made in the pseudo-locale (`en-XA`),
//! where every message is bracketed, the PDF's text holds no word outside brackets: its pages,
//! tables, and its charts' titles, axes and legends.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use relief_journal::charts::DateRange;
use relief_journal::demo::demo_journal;
use relief_journal::domain::Locale;
use relief_journal::report::{Paper, ReportOptions, report_pdf};
use relief_journal::wording::language::with_locale;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// The text of `pdf` outside brackets that holds a letter pair, piece by piece. Chart text comes
/// out of the PDF letter by letter, so whitespace is removed before reading.
fn bare_words(pdf: &[u8]) -> Vec<String> {
    let text: String = pdf_extract::extract_text_from_mem(pdf)
        .unwrap()
        .split_whitespace()
        .collect();
    let mut pieces = Vec::new();
    let mut outside = String::new();
    let mut depth = 0usize;
    for character in text.chars() {
        match character {
            '[' => {
                if depth == 0 {
                    pieces.push(std::mem::take(&mut outside));
                }
                depth += 1;
            }
            ']' => depth = depth.saturating_sub(1),
            other if depth == 0 => outside.push(other),
            _ => {}
        }
    }
    pieces.push(outside);
    pieces
        .into_iter()
        .filter(|piece| {
            piece
                .split(|c: char| !c.is_alphabetic())
                .any(|word| word.chars().count() >= 2)
        })
        .collect()
}

#[test]
fn the_report_speaks_only_through_the_text_layer() {
    let pseudo = Locale::parse("en-XA").unwrap();
    let pdf = with_locale(pseudo, || {
        let journal = demo_journal(today(), 2, 7);
        let options = ReportOptions {
            period: DateRange::last_three_months(today()),
            paper: Paper::Letter,
            include_daily: true,
            patient_name: String::new(),
            generated_on: today(),
        };
        report_pdf(&journal, &options).unwrap()
    });
    let found = bare_words(&pdf);
    assert!(
        found.is_empty(),
        "report text outside the text layer: {found:?}"
    );
}
