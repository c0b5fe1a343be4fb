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

/// Every shape painted in the last frame, groups opened.
fn painted(app: &egui_kittest::Harness<'_, relief_journal::ui::ReliefApp>) -> Vec<egui::Shape> {
    fn open(shape: &egui::Shape, into: &mut Vec<egui::Shape>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|shape| open(shape, into)),
            other => into.push(other.clone()),
        }
    }
    let mut shapes = Vec::new();
    for clipped in &app.output().shapes {
        open(&clipped.shape, &mut shapes);
    }
    shapes
}

/// A colour of the light palette as egui draws it.
fn light(colour: relief_journal::palette::Colour) -> egui::Color32 {
    egui::Color32::from_rgba_unmultiplied(colour.red, colour.green, colour.blue, colour.alpha)
}

/// A light-themed journal with sleep quality logged for `days`.
fn sleep_logged_on(days: &[chrono::NaiveDate]) -> TestJournal {
    use relief_journal::domain::{Entry, Score, Theme};
    let journal = TestJournal::empty();
    let mut store = journal.store();
    for (index, day) in days.iter().enumerate() {
        let mut entry = Entry::new(*day, Score::new("pain", 4).unwrap());
        let quality = i64::try_from(index % 5).unwrap() + 3;
        entry.sleep_quality = Some(Score::new("sleep_quality", quality).unwrap());
        store.save_entry(&entry).unwrap();
    }
    let mut settings = store.settings().unwrap();
    settings.theme = Theme::Light;
    store.save_settings(&settings).unwrap();
    journal
}

#[test]
fn a_long_gap_draws_no_sleep_line_across_it() {
    use chrono::Duration;
    // Ten days, 14 months with nothing logged, then ten days up to today.
    let before: Vec<_> = (0..10)
        .map(|day| today() - Duration::days(460 + day))
        .collect();
    let after: Vec<_> = (0..10).map(|day| today() - Duration::days(day)).collect();
    let journal = sleep_logged_on(&[before, after].concat());
    let mut app = journal.app(View::Charts);
    app.get_by_label("All").click();
    app.run();

    let sleep = light(relief_journal::palette::Palette::LIGHT.sleep_quality);
    let lines: Vec<Vec<egui::Pos2>> = painted(&app)
        .into_iter()
        .filter_map(|shape| match shape {
            egui::Shape::Path(path)
                if path.stroke.color == egui::epaint::ColorMode::Solid(sleep) =>
            {
                Some(path.points)
            }
            _ => None,
        })
        .collect();
    assert_eq!(lines.len(), 2, "one line each side of the gap: {lines:?}");
    let plot_width = app.ctx.content_rect().width();
    for line in &lines {
        for pair in line.windows(2) {
            let across = (pair[1].x - pair[0].x).abs();
            assert!(
                across < plot_width / 10.0,
                "a segment {across:.0} points long joins days 14 months apart"
            );
        }
    }
}

#[test]
fn one_logged_day_draws_dots_big_enough_to_see() {
    let journal = sleep_logged_on(&[today()]);
    let app = journal.app(View::Charts);
    let colours = [
        light(relief_journal::palette::Palette::LIGHT.daily_pain),
        light(relief_journal::palette::Palette::LIGHT.sleep_quality),
    ];
    for colour in colours {
        let radius = painted(&app)
            .into_iter()
            .filter_map(|shape| match shape {
                egui::Shape::Circle(circle) if circle.fill == colour => Some(circle.radius),
                _ => None,
            })
            .fold(0.0, f32::max);
        assert!(radius >= 3.0, "{colour:?}: a dot of radius {radius}");
    }
}

#[test]
fn the_insights_wrap_rather_than_being_cut_at_800_and_1100_wide() {
    let journal = demo(2);
    for size in [egui::vec2(800.0, 600.0), egui::vec2(1100.0, 760.0)] {
        let app = journal.app_sized(View::Charts, today(), size);
        let cut: Vec<String> = painted(&app)
            .into_iter()
            .filter_map(|shape| match shape {
                egui::Shape::Text(text) if text.galley.elided => Some(text.galley.job.text.clone()),
                _ => None,
            })
            .collect();
        assert!(cut.is_empty(), "{size:?}: cut short: {cut:?}");
    }
}

/// Where shapes in `colour` (filled or stroked) were painted, and the area each was clipped to
/// (a plot's, for what a plot draws).
fn painted_in(
    app: &egui_kittest::Harness<'_, relief_journal::ui::ReliefApp>,
    colour: egui::Color32,
) -> Vec<(egui::Rect, egui::Rect)> {
    let mut found = Vec::new();
    for clipped in &app.output().shapes {
        let mut shapes = Vec::new();
        fn open(shape: &egui::Shape, into: &mut Vec<egui::Shape>) {
            match shape {
                egui::Shape::Vec(shapes) => shapes.iter().for_each(|shape| open(shape, into)),
                other => into.push(other.clone()),
            }
        }
        open(&clipped.shape, &mut shapes);
        for shape in shapes {
            let matches = match &shape {
                egui::Shape::Circle(circle) => circle.fill == colour,
                egui::Shape::Path(path) => {
                    path.stroke.color == egui::epaint::ColorMode::Solid(colour)
                        || path.fill == colour
                }
                egui::Shape::Rect(rect) => rect.fill == colour,
                _ => false,
            };
            if matches {
                found.push((shape.visual_bounding_rect(), clipped.clip_rect));
            }
        }
    }
    found
}

#[test]
fn the_legends_of_the_timeline_and_the_durations_keep_off_their_data() {
    use relief_journal::domain::Theme;
    use relief_journal::palette::Palette;
    let journal = demo(2);
    let mut store = journal.store();
    let mut settings = store.settings().unwrap();
    settings.theme = Theme::Light;
    store.save_settings(&settings).unwrap();
    drop(store);
    let palette = Palette::LIGHT;
    for size in [egui::vec2(1100.0, 1600.0), egui::vec2(800.0, 1400.0)] {
        let app = journal.app_sized(View::Charts, today(), size);
        let drawn: Vec<(egui::Rect, egui::Rect)> = [
            palette.daily_pain,
            palette.pain_mean,
            palette.relief_bar,
            palette.interval_bar,
        ]
        .into_iter()
        .flat_map(|colour| painted_in(&app, light(colour)))
        .collect();
        let legends: Vec<egui::Rect> = [
            "Pain",
            "7-day mean",
            "Days to the next infusion",
            "Relief of 30% or more lasted",
        ]
        .into_iter()
        .map(|legend| {
            app.query_all_by_label(legend)
                .map(|node| node.rect())
                .find(|rect| rect.width() > 20.0)
                .unwrap_or_else(|| panic!("{size:?}: no legend {legend:?}"))
        })
        .collect();
        // The plots' areas: where the data were clipped to, the legends' samples left out.
        let plots: Vec<egui::Rect> = drawn
            .iter()
            .filter(|(shape, _)| !legends.iter().any(|legend| legend.contains_rect(*shape)))
            .map(|(_, clip)| *clip)
            // The view's own area, where other shapes in these colours are drawn, is no plot.
            .filter(|clip| clip.height() <= 300.0)
            .collect();
        assert!(plots.len() > 20, "{size:?}: the data are drawn");
        for at in legends {
            let covered: Vec<_> = plots.iter().filter(|plot| plot.intersects(at)).collect();
            assert!(
                covered.is_empty(),
                "{size:?}: a legend at {at:?} lies on the plot at {covered:?}"
            );
        }
    }
}
