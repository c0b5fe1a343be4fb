//! Every control of every view can be reached in the smallest supported window (800x600) and
//! the default one (1100x760), at 100% and at 200% text, on the 2-year demo journal: each lies
//! inside the window and outside the other panels, or a scroll area brings it there, and no two
//! controls are drawn over each other. On Today, the pain buttons and Save are on the first
//! screen, before any scrolling. Every view is checked in Spanish too,
//! whose words run about a quarter longer.
#![allow(clippy::unwrap_used)]

use crate::common_ui::reach::{label_shown_whole, overlapping_controls, unreachable_controls};
use crate::common_ui::{TestJournal, today};
use eframe::egui;
use relief_journal::ui::View;

/// The window sizes, in pixels: the smallest supported and the default. At 200% text a window
/// holds half as many points each way.
const WINDOWS: [(f32, f32); 2] = [(800.0, 600.0), (1100.0, 760.0)];

/// The text scales: 100% and the largest offered.
const TEXT_SCALES: [f32; 2] = [1.0, 2.0];

/// The demo journal at `text_scale`, in `language` (a tag as Settings saves it; empty for the
/// system's language, English in these tests).
fn demo_in(text_scale: f32, language: &str) -> TestJournal {
    let demo = TestJournal::demo(text_scale);
    let mut store = demo.store();
    let mut settings = store.settings().unwrap();
    settings.language = language.to_owned();
    store.save_settings(&settings).unwrap();
    demo
}

/// Every control of `view` that cannot be reached, at every window size and text scale, with
/// the app in `language`.
fn unreachable_in(view: View, language: &str) -> Vec<String> {
    let mut unreachable = Vec::new();
    for text_scale in TEXT_SCALES {
        let demo = demo_in(text_scale, language);
        for (width, height) in WINDOWS {
            let points = egui::vec2(width, height) / text_scale;
            let mut app = demo.app_sized(view, today(), points);
            assert_eq!(app.state().view(), Some(view));
            let overlapping = overlapping_controls(&app);
            unreachable.extend(overlapping.into_iter().map(|pair| {
                format!(
                    "{width}x{height} at {}%: overlap: {pair}",
                    text_scale * 100.0
                )
            }));
            unreachable.extend(
                unreachable_controls(&mut app).into_iter().map(|control| {
                    format!("{width}x{height} at {}%: {control}", text_scale * 100.0)
                }),
            );
        }
    }
    unreachable
}

fn assert_reachable(view: View) {
    assert_reachable_in(view, "");
}

fn assert_reachable_in(view: View, language: &str) {
    let unreachable = unreachable_in(view, language);
    assert!(
        unreachable.is_empty(),
        "{view} ({language:?}): {} control(s) out of reach:\n{}",
        unreachable.len(),
        unreachable.join("\n")
    );
}

#[test]
fn every_control_of_today_can_be_reached() {
    assert_reachable(View::Today);
}

#[test]
fn every_control_of_history_can_be_reached() {
    assert_reachable(View::History);
}

#[test]
fn every_control_of_infusions_can_be_reached() {
    assert_reachable(View::Infusions);
}

#[test]
fn every_control_of_charts_can_be_reached() {
    assert_reachable(View::Charts);
}

#[test]
fn every_control_of_today_can_be_reached_in_spanish() {
    assert_reachable_in(View::Today, "es");
}

#[test]
fn every_control_of_history_can_be_reached_in_spanish() {
    assert_reachable_in(View::History, "es");
}

#[test]
fn every_control_of_infusions_can_be_reached_in_spanish() {
    assert_reachable_in(View::Infusions, "es");
}

#[test]
fn every_control_of_charts_can_be_reached_in_spanish() {
    assert_reachable_in(View::Charts, "es");
}

#[test]
fn every_control_of_report_can_be_reached() {
    assert_reachable(View::Report);
}

#[test]
fn every_control_of_settings_can_be_reached() {
    assert_reachable(View::Settings);
}

#[test]
fn every_control_of_report_can_be_reached_in_spanish() {
    assert_reachable_in(View::Report, "es");
}

#[test]
fn every_control_of_settings_can_be_reached_in_spanish() {
    assert_reachable_in(View::Settings, "es");
}

#[test]
fn today_shows_the_pain_buttons_and_save_on_its_first_screen() {
    let mut hidden = Vec::new();
    for text_scale in TEXT_SCALES {
        let demo = TestJournal::demo(text_scale);
        for (width, height) in WINDOWS {
            let points = egui::vec2(width, height) / text_scale;
            let app = demo.app_sized(View::Today, today(), points);
            let pain = (0..=10).map(|score| format!("Pain {score}"));
            for label in pain.chain(["Save".to_owned()]) {
                if !label_shown_whole(&app, &label) {
                    hidden.push(format!(
                        "{width}x{height} at {}%: {label}",
                        text_scale * 100.0
                    ));
                }
            }
        }
    }
    assert!(
        hidden.is_empty(),
        "not on the first screen:\n{}",
        hidden.join("\n")
    );
}

/// Marking a view as unsaved (the dot beside its name) never widens its button, so the row of
/// views does not wrap and the page under it does not move: Save stays where it was.
#[test]
fn an_unsaved_change_does_not_move_the_page() {
    use egui_kittest::kittest::Queryable;
    let demo = TestJournal::demo(2.0);
    let points = egui::vec2(800.0, 600.0) / 2.0;
    let mut app = demo.app_sized(View::Today, today(), points);
    let before = app.get_by_label("Save").rect();
    app.get_by_label("Pain 9").click();
    app.run();
    app.get_by_label("Today (unsaved changes)");
    let after = app.get_by_label("Save").rect();
    assert_eq!(before, after, "Save moved when the day became unsaved");
}
