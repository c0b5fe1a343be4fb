//! The appointment report: what page 1 says, how many pages there are, and the edge cases
//! (empty period, no infusions, 20 years, long and non-Latin notes).
#![allow(clippy::unwrap_used)]

use std::time::Instant;

use chrono::NaiveDate;
use relief_journal::charts::DateRange;
use relief_journal::demo::demo_journal;
use relief_journal::domain::{Entry, Journal, Score};
use relief_journal::report::{Paper, ReportOptions, report_pdf};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn today() -> NaiveDate {
    day("2026-11-28")
}

fn options(period: DateRange, include_daily: bool) -> ReportOptions {
    ReportOptions {
        period,
        paper: Paper::A4,
        include_daily,
        patient_name: "Ana Núñez".into(),
        generated_on: today(),
    }
}

/// `text` without any whitespace: chart labels come out of the PDF letter by letter and table
/// headers wrap, so phrases are compared with their spaces removed.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect()
}

/// The text of each page, with runs of whitespace collapsed.
fn pages(pdf: &[u8]) -> Vec<String> {
    assert!(pdf.starts_with(b"%PDF-"));
    pdf_extract::extract_text_from_mem_by_pages(pdf)
        .unwrap()
        .into_iter()
        .map(|page| page.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn page_one_of_the_demo_report_is_a_complete_summary() {
    let journal = demo_journal(today(), 1, 4);
    let period = DateRange::last_three_months(today());
    let pdf = report_pdf(&journal, &options(period, true)).unwrap();
    let pages = pages(&pdf);
    let first = &pages[0];
    for expected in [
        "Relief Journal: pain and infusion summary",
        "Ana Núñez",
        &format!("Period {} to {}", period.start, period.end),
        "Days logged",
        "Infusion cycles",
        "Patterns",
        "not medical advice",
        "Page 1 of",
    ] {
        assert!(
            first.contains(expected),
            "page 1 lacks {expected:?}:\n{first}"
        );
    }
    let squeezed_first = squeezed(first);
    for expected in [
        // Table headers (they may wrap inside their cells).
        "Peak relief",
        "Days to next",
        "Relief ≥30% until",
        "Worst pain",
        "Days 7+",
        // Chart text drawn from the SVG charts must survive as text.
        "Typical relief after an infusion",
        "completed cycles",
        "How long meaningful relief held",
        "Cycles with relief still ≥30%",
        "7-day mean",
        "30% meaningful",
    ] {
        assert!(
            squeezed_first.contains(&squeezed(expected)),
            "page 1 lacks {expected:?}:\n{first}"
        );
    }
    let analysis = relief_journal::analysis::analyze(&journal, today());
    let flag = analysis.flags.first().expect("the demo raises a flag");
    let opening: String = relief_journal::wording::flag_message(flag)
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        first.contains(&opening),
        "page 1 lacks the flag {opening:?}:\n{first}"
    );
    let count = pages.len();
    assert!(count >= 2);
    for (index, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Page {} of {count}", index + 1)),
            "page {}",
            index + 1
        );
    }
    assert!(
        squeezed_first.contains(&squeezed(&relief_journal::wording::relief_charts_scope())),
        "page 1 says the relief charts reach beyond the period"
    );
    let sentence = relief_journal::wording::survival_sentence(&analysis.cycles).unwrap();
    assert!(
        squeezed_first.contains(&squeezed(&sentence)),
        "page 1 lacks the survival sentence {sentence:?}:\n{first}"
    );
    assert!(pages[1].contains("Side effects between infusions"));
    assert!(
        pages[2..]
            .iter()
            .any(|page| page.contains("How relief is measured"))
    );
    assert!(pages[1..].iter().any(|page| page.contains("Infusion log")));
    assert!(pages[1..].iter().any(|page| page.contains("Daily entries")));
}

#[test]
fn the_daily_table_is_left_out_on_request() {
    let journal = demo_journal(today(), 1, 4);
    let period = DateRange::last_three_months(today());
    let with = pages(&report_pdf(&journal, &options(period, true)).unwrap());
    let without = pages(&report_pdf(&journal, &options(period, false)).unwrap());
    assert!(with.len() > without.len());
    assert!(!without.iter().any(|page| page.contains("Daily entries")));
}

#[test]
fn an_empty_period_gives_one_clear_page() {
    let journal = demo_journal(today(), 1, 4);
    let period = DateRange {
        start: day("2001-01-01"),
        end: day("2001-03-31"),
    };
    let pages = pages(&report_pdf(&journal, &options(period, true)).unwrap());
    assert_eq!(pages.len(), 1);
    assert!(pages[0].contains("No entries or infusions were recorded in this period"));
    assert!(pages[0].contains("not medical advice"));
}

#[test]
fn a_period_without_infusions_still_reports_its_days() {
    let mut journal = Journal::default();
    for offset in 0..30 {
        let date = day("2026-06-01") + chrono::Duration::days(offset);
        journal.entries.push(Entry::new(
            date,
            Score::new("pain", 5 + offset % 3).unwrap(),
        ));
    }
    let period = DateRange {
        start: day("2026-06-01"),
        end: day("2026-06-30"),
    };
    let pages = pages(&report_pdf(&journal, &options(period, true)).unwrap());
    assert!(pages[0].contains("No infusion cycle falls in this period"));
    assert!(pages[0].contains("Days logged: 30 of 30"));
    assert!(pages.iter().any(|page| page.contains("Daily entries")));
}

#[test]
fn long_and_non_latin_notes_wrap_without_breaking_the_report() {
    let mut journal = demo_journal(today(), 1, 4);
    let last = journal.entries.len() - 1;
    journal.entries[last].note = format!(
        "{} 痛みが強い日。Боль сильная. ألم شديد. \u{10FFFD} {}",
        "A very long note about the day that goes on and on. ".repeat(12),
        "Unbrokenwordthatisfartoolongtofitinsideanycolumnofthetableatall".repeat(3)
    );
    let period = DateRange::last_three_months(today());
    let pages = pages(&report_pdf(&journal, &options(period, true)).unwrap());
    let all = pages.join(" ");
    assert!(
        all.contains("Боль"),
        "Cyrillic is drawn with the bundled font"
    );
    assert!(
        all.contains('\u{FFFD}'),
        "a character no font has shows as a replacement mark"
    );
}

/// The report of a whole demo journal of `years` years with its daily table, and how long
/// making it took.
fn whole_demo_report(years: u32) -> (Vec<u8>, std::time::Duration) {
    let journal = demo_journal(today(), years, 4);
    let period = DateRange {
        start: journal.entries[0].date,
        end: today(),
    };
    let started = Instant::now();
    let pdf = report_pdf(&journal, &options(period, true)).unwrap();
    (pdf, started.elapsed())
}

#[test]
fn twenty_years_keep_a_one_page_summary_and_paginate_the_rest() {
    let (pdf, elapsed) = whole_demo_report(20);
    let pages = pages(&pdf);
    println!(
        "20-year report: {} pages, {} KiB, {elapsed:?}",
        pages.len(),
        pdf.len() / 1024
    );
    // Page 1 shows the latest cycles that fit and still holds the patterns and the disclaimer
    // (in the body as well as in the footer every page has).
    let first = &pages[0];
    let showing = first
        .split("Showing the latest ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|count| count.parse::<usize>().ok())
        .expect("page 1 says how many cycles it shows");
    assert!((3..=10).contains(&showing), "{showing} cycles on page 1");
    assert!(first.contains("Patterns"), "{first}");
    assert_eq!(first.matches("not medical advice").count(), 2, "{first}");
    assert!(pages.len() > 50, "{} pages", pages.len());
    let headers = pages
        .iter()
        .filter(|page| squeezed(page).contains("Sleeph"))
        .count();
    assert!(
        headers > 40,
        "the daily table header repeats on every page: {headers}"
    );
}

#[test]
fn one_year_report_takes_well_under_a_second() {
    let (pdf, elapsed) = whole_demo_report(1);
    println!("1-year report: {} KiB in {elapsed:?}", pdf.len() / 1024);
    // Generous for unoptimised test builds; `cargo bench` measures the real figure.
    assert!(elapsed.as_secs_f64() < 5.0, "{elapsed:?}");
}

#[test]
fn letter_paper_changes_the_page_size() {
    let journal = demo_journal(today(), 1, 4);
    let mut letter = options(DateRange::last_three_months(today()), false);
    letter.paper = Paper::Letter;
    let pdf = report_pdf(&journal, &letter).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("612 792"), "Letter media box");
    let a4 = report_pdf(
        &journal,
        &options(DateRange::last_three_months(today()), false),
    )
    .unwrap();
    assert!(String::from_utf8_lossy(&a4).contains("595.28"));
}

#[test]
fn the_report_command_writes_a_pdf_and_refuses_bad_input() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    crate::common::run_ok(&db, &["demo"]);
    let out = folder.path().join("report.pdf");
    let said = crate::common::run_ok(
        &db,
        &[
            "report",
            "--out",
            out.to_str().unwrap(),
            "--paper",
            "letter",
        ],
    );
    assert!(said.contains("Saved the report"), "{said}");
    let pages = pages(&std::fs::read(&out).unwrap());
    assert!(pages[0].contains("Relief Journal"));
    let bad_paper = crate::common::run(
        &db,
        &["report", "--out", out.to_str().unwrap(), "--paper", "a3"],
    );
    assert_eq!(bad_paper.status.code(), Some(2));
    assert!(crate::common::stderr(&bad_paper).contains("a4 or letter"));
    let backwards = crate::common::run(
        &db,
        &[
            "report",
            "--out",
            out.to_str().unwrap(),
            "--from",
            "2026-10-01",
            "--to",
            "2026-09-01",
        ],
    );
    assert_eq!(backwards.status.code(), Some(2));
}

/// Untreated pain 10 for a week, then pain 6 (40% relief) through two infusions 42 days apart,
/// up to `today()`.
fn forty_percent_journal() -> Journal {
    let first = day("2026-09-08");
    let entries = (-7..=(today() - first).num_days())
        .map(|offset| {
            let pain = if offset < 0 { 10 } else { 6 };
            Entry::new(
                first + chrono::Duration::days(offset),
                Score::new("pain", pain).unwrap(),
            )
        })
        .collect();
    Journal {
        entries,
        infusions: vec![
            relief_journal::domain::Infusion::done(first),
            relief_journal::domain::Infusion::done(day("2026-10-20")),
        ],
        settings: relief_journal::domain::Settings::default(),
    }
}

#[test]
fn a_cycle_that_peaked_at_40_percent_did_not_reach_50_in_the_table() {
    let journal = forty_percent_journal();
    let pdf = report_pdf(
        &journal,
        &options(DateRange::last_three_months(today()), false),
    )
    .unwrap();
    let first = &pages(&pdf)[0];
    // Cycle 1: 30% held to the next infusion, 50% never reached. Cycle 2 is open: 30% still
    // holding, 50% not reached either.
    let row = squeezed(first);
    assert!(
        row.contains(&squeezed(
            "2026-09-08 loading 42 40% lasted to the next infusion not reached"
        )),
        "{first}"
    );
    assert_eq!(first.matches("not reached").count(), 2, "{first}");
    assert_eq!(first.matches("still holding").count(), 1, "{first}");
}

/// The demo journal with meaningful relief at 25% and substantial at 60%.
fn demo_with_own_thresholds() -> Journal {
    let mut journal = demo_journal(today(), 2, 4);
    journal.settings.analysis.meaningful_relief_pct = 25.0;
    journal.settings.analysis.substantial_relief_pct = 60.0;
    journal
}

#[test]
fn changed_thresholds_are_printed_in_the_report_and_the_chart_images() {
    use relief_journal::chart_image::render_svg;
    use relief_journal::charts::ChartKind;
    use relief_journal::charts::Charts;

    let journal = demo_with_own_thresholds();
    let pdf = report_pdf(
        &journal,
        &options(DateRange::last_three_months(today()), false),
    )
    .unwrap();
    let text = squeezed(&pages(&pdf).join(" "));
    for expected in [
        "Relief≥25%until",
        "Relief≥60%until",
        "25%meaningful",
        "60%substantial",
        "25%countsasmeaningfuland60%assubstantial(yoursetting)",
        "Relief below 25% before the next infusion",
    ] {
        assert!(text.contains(&squeezed(expected)), "{expected:?}:\n{text}");
    }
    for default in [
        "≥30%",
        "≥50%",
        "30%meaningful",
        "50%substantial",
        "below30%",
        "below50%",
        "IMMPACT",
    ] {
        assert!(!text.contains(default), "{default:?}:\n{text}");
    }

    let charts = Charts::build(&journal, today());
    let cycles = render_svg(&charts, ChartKind::Cycles, None, (1200, 400)).unwrap();
    assert!(cycles.contains("25% meaningful") && cycles.contains("60% substantial"));
    let durations = render_svg(&charts, ChartKind::Durations, None, (1200, 400)).unwrap();
    assert!(durations.contains("Days relief stayed at or above 25%"));
    assert!(durations.contains("Relief of 25% or more lasted"));
    let timeline = render_svg(&charts, ChartKind::Timeline, None, (1200, 480)).unwrap();
    assert!(timeline.contains("Relief below 25% before the next infusion"));
    for svg in [&cycles, &durations, &timeline] {
        assert!(!svg.contains("30%") && !svg.contains("50%"), "{svg}");
    }
}

/// The app makes a report that ends on the day it analysed the journal from the analysis and
/// chart models it already holds: the report reads exactly as one that analyses the journal
/// itself.
#[test]
fn a_report_from_charts_already_made_reads_as_one_made_from_the_journal() {
    use relief_journal::charts::Charts;
    use relief_journal::report::report_pdf_with;
    let journal = demo_journal(today(), 1, 4);
    let period = DateRange::last_three_months(today());
    let charts = Charts::build(&journal, today());
    let from_charts = report_pdf_with(&journal, &journal, &charts, &options(period, true)).unwrap();
    let analysed_here = report_pdf(&journal, &options(period, true)).unwrap();
    let (from_charts, analysed_here) = (pages(&from_charts), pages(&analysed_here));
    assert!(from_charts.len() > 1);
    assert_eq!(from_charts, analysed_here);
}
