//! The Charts view: it leads with relief, the insights show the flags (evidence on demand) and
//! the forecast of a demo journal, and the range presets change the dates the timeline shows.
#![allow(clippy::unwrap_used)]

use crate::common_ui::{TestJournal, today};
use eframe::egui;
use egui_kittest::kittest::Queryable;
use relief_journal::analysis::analyze;
use relief_journal::charts::RangePreset;
use relief_journal::demo::{DEFAULT_SEED, demo_journal};
use relief_journal::ui::View;
use relief_journal::wording::{flag_evidence, flag_message};

fn demo(years: u32) -> TestJournal {
    let journal = TestJournal::empty();
    journal
        .store()
        .replace_journal(&demo_journal(today(), years, DEFAULT_SEED))
        .unwrap();
    journal
}

#[test]
fn the_charts_show_every_flag_with_its_evidence_and_the_forecast() {
    let journal = demo(2);
    let analysis = analyze(&journal.store().journal().unwrap(), today());
    assert!(!analysis.flags.is_empty(), "the demo journal raises flags");
    let fade = analysis.forecast.expected_fade_date.unwrap();

    let mut app = journal.app(View::Charts);

    assert_eq!(app.state().view(), Some(View::Charts));
    for flag in &analysis.flags {
        app.get_by_label(&flag_message(flag));
        assert!(
            app.query_by_label(&flag_evidence(flag)).is_none(),
            "evidence waits for Details"
        );
    }
    app.get_by_label_contains("Details").click();
    app.run();
    for flag in &analysis.flags {
        app.get_by_label(&flag_evidence(flag));
    }
    // The forecast on its line and again, in full, under Details.
    let forecast = format!(
        "relief usually faded around day {}; in this cycle that is about {}",
        analysis.forecast.expected_fade_day.unwrap(),
        fade.format("%-d %b")
    );
    assert_eq!(app.query_all_by_label_contains(&forecast).count(), 2);
    app.get_by_label("About this analysis");
    assert!(
        app.query_all_by_label_contains("not medical advice")
            .count()
            >= 1
    );
}

#[test]
fn range_presets_change_the_visible_dates() {
    let journal = demo(2);
    let mut app = journal.app(View::Charts);
    let last = journal
        .store()
        .infusions()
        .unwrap()
        .last()
        .unwrap()
        .infusion
        .date;
    let first = journal.store().entries().unwrap()[0].date;

    let state = app.state().charts_state().unwrap();
    assert_eq!(state.preset(), Some(RangePreset::OneYear));
    let year = state.visible_range().unwrap();
    assert_eq!(year.end, last);
    assert_eq!(year.days(), 366);

    app.get_by_label("3 months").click();
    app.run();
    let state = app.state().charts_state().unwrap();
    assert_eq!(state.preset(), Some(RangePreset::ThreeMonths));
    let quarter = state.visible_range().unwrap();
    assert_eq!((quarter.end, quarter.days()), (last, 92));

    app.get_by_label("All").click();
    app.run();
    let all = app.state().charts_state().unwrap().visible_range().unwrap();
    assert_eq!((all.start, all.end), (first, last));
}

#[test]
fn a_new_journal_explains_that_charts_need_data() {
    let journal = TestJournal::empty();
    let app = journal.app(View::Charts);
    app.get_by_label(
        "Charts appear here once you have logged a few days: log today's pain under Today.",
    );
}

/// Four infusions and three logged days: the relief charts say what they need instead of
/// drawing empty axes and an interval bar that reads like relief.
#[test]
fn relief_charts_without_relief_say_what_they_need() {
    use relief_journal::domain::Infusion;
    let journal = crate::common_ui::TestJournal::with_entries(&[
        (crate::common_ui::days_ago(2), 6),
        (crate::common_ui::days_ago(1), 5),
        (today(), 5),
    ]);
    {
        let mut store = journal.store();
        for days in [26, 24, 22, 20] {
            store
                .add_infusion(&Infusion::done(crate::common_ui::days_ago(days)))
                .unwrap();
        }
    }
    let app = journal.app(View::Charts);
    app.get_by_label_contains("Relief needs your pain before ketamine");
    assert!(
        app.query_by_label("Typical cycle").is_none(),
        "no empty relief charts"
    );
    assert!(
        app.query_by_label("How long meaningful relief lasted")
            .is_none(),
        "no interval bar that looks like relief"
    );
    // The timeline says why it has no mean line and no sleep or mobility panels.
    app.get_by_label(&relief_journal::wording::pain_mean_missing());
    for measure in ["Sleep quality", "Mobility"] {
        app.get_by_label(&relief_journal::wording::panel_missing(measure));
    }

    // With the pain before ketamine remembered, what is missing is a week of entries.
    let mut settings = journal.store().settings().unwrap();
    settings.baseline_pain = Some(7.0);
    journal.store().save_settings(&settings).unwrap();
    let app = journal.app(View::Charts);
    app.get_by_label_contains("Log your pain for a week after an infusion to see relief.");
}

#[test]
fn the_charts_view_prints_the_thresholds_in_the_settings() {
    let journal = TestJournal::empty();
    let mut demo = demo_journal(today(), 2, DEFAULT_SEED);
    demo.settings.analysis.meaningful_relief_pct = 25.0;
    demo.settings.analysis.substantial_relief_pct = 60.0;
    journal.store().replace_journal(&demo).unwrap();

    let app = journal.app(View::Charts);

    app.get_by_label_contains("25% counts as meaningful and 60% as substantial (your setting)");
    for default in ["30%", "50%", "IMMPACT"] {
        assert_eq!(
            app.query_all_by_label_contains(default).count(),
            0,
            "a label says {default}"
        );
    }
}

/// At the default window size the typical cycle is the first chart, in view without scrolling;
/// the tabs switch to relief survival (with its sentence) and to each cycle.
#[test]
fn the_charts_view_leads_with_the_typical_cycle() {
    use relief_journal::charts::Charts;
    use relief_journal::wording::survival_sentence;
    let journal = demo(2);
    let charts = Charts::build(&journal.store().journal().unwrap(), today());
    let window = egui::vec2(1100.0, 760.0);
    let mut app = journal.app_sized(View::Charts, today(), window);

    let median = format!("Median of {} completed cycles", charts.typical.cycles);
    let legend = app.get_by_label(&median).rect();
    assert!(
        legend.max.y <= window.y && legend.max.x <= window.x,
        "the typical cycle's legend at {legend:?} is outside the {window:?} window"
    );

    app.get_by_label("How long relief held").click();
    app.run();
    assert!(app.query_by_label(&median).is_none());
    app.get_by_label(&survival_sentence(&charts.analysis.cycles).unwrap());

    app.get_by_label("Each cycle").click();
    app.run();
    app.get_by_label("Earlier cycles");
}

/// Worst pain and high-pain days early and late in each cycle, in the cycle table.
#[test]
fn the_cycle_table_shows_worst_pain_and_high_pain_days() {
    use relief_journal::wording::cycle_cells;
    let journal = demo(2);
    let analysis = analyze(&journal.store().journal().unwrap(), today());
    let app = journal.app(View::Charts);
    app.get_by_label("Worst pain");
    app.get_by_label("Days 7+");
    let cycle = analysis
        .completed_cycles()
        .last()
        .expect("the demo has completed cycles");
    let cells = cycle_cells(cycle, &analysis.settings);
    assert!(cells.worst_pain.contains('→'), "{}", cells.worst_pain);
    assert!(
        app.query_all_by_label(&cells.worst_pain).count() >= 1,
        "the latest completed cycle's worst pain {:?}",
        cells.worst_pain
    );
}

/// A long journal's cycle table lays out the rows in the window (and the newest ones), and the
/// others once they are scrolled to.
#[test]
fn the_cycle_table_lays_out_its_rows_as_they_come_into_view() {
    let journal = demo(10);
    let analysis = analyze(&journal.store().journal().unwrap(), today());
    assert!(analysis.cycles.len() > 40, "{}", analysis.cycles.len());
    // The oldest cycle is the table's last row, far below the window at first.
    let oldest = analysis.cycles[0].anchor.to_string();
    let newest = analysis.cycles.last().unwrap().anchor.to_string();
    let mut app = journal.app(View::Charts);
    app.get_by_label(&newest);
    assert!(app.query_by_label(&oldest).is_none());

    app.get_by_label("About this analysis").scroll_to_me();
    app.run();
    // Every row kept its height: the oldest is now just above "About this analysis".
    let about = app.get_by_label("About this analysis").rect();
    let oldest_row = app.get_by_label(&oldest).rect();
    assert!(
        oldest_row.bottom() < about.top(),
        "{oldest_row:?} {about:?}"
    );
    assert!(
        about.top() - oldest_row.bottom() < 100.0,
        "{oldest_row:?} {about:?}"
    );
}
