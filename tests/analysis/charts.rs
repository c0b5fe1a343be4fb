//! Chart models and exported chart files: markers by date, censored bars, decimation, and PNG
//! and SVG files of the requested size that are not blank.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use relief_journal::chart_image::{DEFAULT_SIZE, render_png, render_svg};
use relief_journal::charts::ChartKind;
use relief_journal::charts::{Charts, MarkerKind, RangePreset};
use relief_journal::demo::demo_journal;
use relief_journal::domain::{Entry, Infusion, Journal, Phase, Score};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn today() -> NaiveDate {
    day("2026-11-28")
}

/// Baseline pain 8 for two weeks, one infusion, relief of 50% that holds to the next infusion
/// 20 days later, then a second cycle that is still open.
fn held_relief_journal() -> Journal {
    let mut journal = Journal::default();
    let start = day("2026-01-01");
    for offset in 0..60 {
        let date = start + chrono::Duration::days(offset);
        let pain = if offset < 14 { 8 } else { 4 };
        journal
            .entries
            .push(Entry::new(date, Score::new("pain", pain).unwrap()));
    }
    let mut first = Infusion::done(day("2026-01-15"));
    first.phase = Some(Phase::Loading);
    journal.infusions.push(first);
    journal.infusions.push(Infusion::done(day("2026-02-04")));
    journal.infusions.push(Infusion::planned(day("2026-03-20")));
    journal
}

#[test]
fn markers_sit_on_their_dates_and_carry_their_phase() {
    let charts = Charts::build(&held_relief_journal(), day("2026-03-01"));
    let markers: Vec<(String, MarkerKind)> = charts
        .timeline
        .markers
        .iter()
        .map(|marker| (marker.date.to_string(), marker.kind))
        .collect();
    assert_eq!(
        markers,
        [
            ("2026-01-15".to_owned(), MarkerKind::Loading),
            ("2026-02-04".to_owned(), MarkerKind::Maintenance),
            ("2026-03-20".to_owned(), MarkerKind::Planned),
        ]
    );
    assert_eq!(charts.timeline.first_date, Some(day("2026-01-01")));
    assert_eq!(charts.timeline.last_date, Some(day("2026-03-20")));
    assert_eq!(charts.timeline.pain.len(), 60);
}

#[test]
fn relief_that_outlasts_the_interval_is_an_at_least_bar() {
    let charts = Charts::build(&held_relief_journal(), day("2026-03-01"));
    let first = &charts.durations.bars[0];
    assert!(first.at_least, "{first:?}");
    assert_eq!(first.interval_days, Some(20));
    assert_eq!(first.relief_days, Some(20));
    assert!(!first.no_meaningful_relief);
    assert!(charts.timeline.relief_lost_spans.is_empty());
}

#[test]
fn the_demo_overlay_has_a_curve_per_cycle_with_the_latest_highlighted() {
    let journal = demo_journal(today(), 1, 4);
    let charts = Charts::build(&journal, today());
    let overlay = &charts.overlay;
    assert_eq!(overlay.curves.len(), charts.analysis.cycles.len());
    assert_eq!(
        overlay.curves.iter().filter(|curve| curve.latest).count(),
        1
    );
    assert!(overlay.curves.last().unwrap().latest);
    assert_eq!(overlay.meaningful_pct, 30.0);
    // The demo's relief fades around day 31, so most completed cycles show a loss marker.
    let with_loss = overlay
        .curves
        .iter()
        .filter(|curve| curve.loss.is_some())
        .count();
    assert!(with_loss >= overlay.curves.len() / 2, "{with_loss} losses");
    assert!(!charts.timeline.relief_lost_spans.is_empty());
}

#[test]
fn presets_narrow_the_visible_range() {
    let journal = demo_journal(today(), 2, 4);
    let charts = Charts::build(&journal, today());
    let first = charts.timeline.first_date.unwrap();
    let last = charts.timeline.last_date.unwrap();
    let all = RangePreset::All.range(first, last);
    let year = RangePreset::OneYear.range(first, last);
    let quarter = RangePreset::ThreeMonths.range(first, last);
    assert!(all.days() > year.days() && year.days() > quarter.days());
    assert_eq!(quarter.end, last);
}

fn png_size_and_colours(bytes: &[u8]) -> ((u32, u32), usize) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    let mut colours: Vec<&[u8]> = pixels[..info.buffer_size()].chunks(3).collect();
    colours.sort_unstable();
    colours.dedup();
    ((info.width, info.height), colours.len())
}

#[test]
fn every_chart_renders_to_a_png_of_the_requested_size_that_is_not_blank() {
    let journal = demo_journal(today(), 1, 4);
    let charts = Charts::build(&journal, today());
    for kind in [
        ChartKind::Timeline,
        ChartKind::Typical,
        ChartKind::Survival,
        ChartKind::Cycles,
        ChartKind::Durations,
    ] {
        let bytes = render_png(&charts, kind, None, (900, 500)).unwrap();
        let (size, colours) = png_size_and_colours(&bytes);
        assert_eq!(size, (900, 500), "{kind:?}");
        assert!(colours > 20, "{kind:?} looks blank: {colours} colours");
    }
}

#[test]
fn svg_charts_have_the_size_and_carry_their_text() {
    let journal = demo_journal(today(), 1, 4);
    let charts = Charts::build(&journal, today());
    let svg = render_svg(&charts, ChartKind::Cycles, None, DEFAULT_SIZE).unwrap();
    assert!(
        svg.contains(&format!("width=\"{}\"", DEFAULT_SIZE.0)),
        "{}",
        &svg[..200]
    );
    assert!(svg.contains(&format!("height=\"{}\"", DEFAULT_SIZE.1)));
    assert!(svg.contains("Relief by day since infusion"));
    assert!(svg.contains("30% meaningful"));
    let typical = render_svg(&charts, ChartKind::Typical, None, DEFAULT_SIZE).unwrap();
    assert!(typical.contains("Typical relief after an infusion"));
    assert!(typical.contains(&format!(
        "Median of {} completed cycles",
        charts.typical.cycles
    )));
    assert!(typical.contains("Middle half of cycles"));
    let survival = render_svg(&charts, ChartKind::Survival, None, DEFAULT_SIZE).unwrap();
    assert!(survival.contains("Cycles with relief still ≥30% (%)"));
    let sentence = relief_journal::wording::survival_sentence(&charts.analysis.cycles).unwrap();
    assert!(
        survival.contains(&sentence),
        "the sentence beside the curve"
    );
    let timeline = render_svg(&charts, ChartKind::Timeline, None, DEFAULT_SIZE).unwrap();
    assert!(timeline.contains("7-day mean"));
    assert!(timeline.matches("<circle").count() > 200);
}

#[test]
fn chart_images_speak_the_language_they_are_drawn_in() {
    use relief_journal::domain::Locale;
    use relief_journal::wording::language::with_locale;
    // The chart models made in English, as the app holds them; the images drawn in Spanish, as a
    // report in Spanish draws them.
    let journal = demo_journal(today(), 1, 4);
    let charts = Charts::build(&journal, today());
    let spanish = Locale::parse("es_MX").unwrap();
    let svg = |kind, range| {
        with_locale(spanish, || {
            render_svg(&charts, kind, range, DEFAULT_SIZE).unwrap()
        })
    };
    let cycles = svg(ChartKind::Cycles, None);
    for words in [
        "Alivio por día desde la infusión, cada ciclo",
        "Días desde la infusión",
        "Alivio respecto al dolor basal (%)",
        "30% significativo",
        "50% sustancial",
        "Ciclos anteriores",
        "(más reciente)",
        "(mantenimiento, ",
    ] {
        assert!(cycles.contains(words), "{words:?}");
    }
    assert!(!cycles.contains("(latest)") && !cycles.contains("maintenance"));
    let durations = svg(ChartKind::Durations, None);
    assert!(durations.contains("Días con alivio del 30% o más"));
    assert!(durations.contains("Tendencia (Theil-Sen)"));
    // The bars' dates on the axis, with Spanish month names, whatever the models hold.
    let last = charts.durations.bars.last().unwrap();
    assert!(last.label.contains(&last.anchor.format("%b").to_string()));
    assert!(!durations.contains(&last.label), "{}", last.label);
    // Month names on the timeline's axis come from the text layer, not from chrono.
    let months = relief_journal::charts::DateRange {
        start: day("2026-03-01"),
        end: day("2026-11-28"),
    };
    let timeline = svg(ChartKind::Timeline, Some(months));
    for words in [
        "Dolor (0 a 10)",
        "Sueño",
        "Movilidad",
        "Dolor diario",
        "abr 2026",
        "ago 2026",
    ] {
        assert!(timeline.contains(words), "{words:?}");
    }
    for english in ["Apr 2026", "Aug 2026", "Daily pain", "Sleep"] {
        assert!(!timeline.contains(english), "{english:?}");
    }
    let weeks = relief_journal::charts::DateRange {
        start: day("2026-11-01"),
        end: day("2026-11-28"),
    };
    let days = svg(ChartKind::Timeline, Some(weeks));
    assert!(
        days.contains("\n21 nov\n"),
        "the day's ticks name the month in Spanish"
    );
    assert!(!days.contains(" Nov\n"));
}

#[test]
fn an_empty_journal_draws_a_message_instead_of_failing() {
    let charts = Charts::build(&Journal::default(), today());
    for (kind, says) in [
        (ChartKind::Timeline, "No entries yet"),
        (
            ChartKind::Cycles,
            "Add the infusions you have had under Infusions",
        ),
        (
            ChartKind::Durations,
            "Add the infusions you have had under Infusions",
        ),
        (
            ChartKind::Typical,
            "Add the infusions you have had under Infusions",
        ),
        (
            ChartKind::Survival,
            "Add the infusions you have had under Infusions",
        ),
    ] {
        let svg = render_svg(&charts, kind, None, (600, 400)).unwrap();
        assert!(svg.contains(says), "{kind:?}");
    }
}

#[test]
fn the_chart_command_writes_png_and_svg_files() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    crate::common::run_ok(&db, &["demo"]);
    for (kind, name) in [
        ("timeline", "t.png"),
        ("typical", "typ.png"),
        ("typical", "typ.svg"),
        ("survival", "s.png"),
        ("survival", "s.svg"),
        ("cycles", "c.svg"),
        ("durations", "d.png"),
    ] {
        let out = folder.path().join(name);
        crate::common::run_ok(
            &db,
            &["chart", "--kind", kind, "--out", out.to_str().unwrap()],
        );
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.len() > 5_000, "{name}: {} bytes", bytes.len());
    }
    let ranged = folder.path().join("q.png");
    crate::common::run_ok(
        &db,
        &[
            "chart",
            "--kind",
            "timeline",
            "--from",
            "2026-09-01",
            "--to",
            "2026-11-28",
            "--out",
            ranged.to_str().unwrap(),
        ],
    );
    let bad = crate::common::run(
        &db,
        &[
            "chart",
            "--kind",
            "timeline",
            "--out",
            folder.path().join("x.gif").to_str().unwrap(),
        ],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(crate::common::stderr(&bad).contains(".png or .svg"));
    let backwards = crate::common::run(
        &db,
        &[
            "chart",
            "--kind",
            "timeline",
            "--from",
            "2026-11-01",
            "--to",
            "2026-10-01",
            "--out",
            ranged.to_str().unwrap(),
        ],
    );
    assert_eq!(backwards.status.code(), Some(2));
}

#[test]
fn a_message_wraps_to_a_narrow_chart_instead_of_running_off_it() {
    let charts = Charts::build(&Journal::default(), today());
    let svg = render_svg(&charts, ChartKind::Cycles, None, (300, 200)).unwrap();
    // "Add the infusions you have had under Infusions to see how long relief lasts after each."
    // does not fit 260 pixels at 18 px on one line.
    let lines: Vec<&str> = svg
        .split("<text")
        .skip(2)
        .filter_map(|element| element.split('>').nth(1))
        .map(|text| text.trim_end_matches("</text").trim())
        .collect();
    assert!(lines.len() >= 3, "{svg}");
    assert_eq!(
        lines.join(" "),
        "Add the infusions you have had under Infusions to see how long relief lasts after each."
    );
}
