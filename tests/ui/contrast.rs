//! Text the app draws on a colour of its own reads at WCAG AA (4.5:1) in the light and dark
//! themes: the chosen score on its pain colour for every score, and History's pain numbers.
//! Read from the shapes the real app paints, not from the palette's constants.
#![allow(clippy::unwrap_used)]

use crate::common_ui::{TestJournal, days_ago};
use eframe::egui::{self, Color32, Rect, Shape, epaint};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use relief_journal::domain::Theme;
use relief_journal::palette::Colour;
use relief_journal::ui::{ReliefApp, View};

/// WCAG 2 AA for body text.
const BODY_TEXT: f64 = 4.5;

fn colour(color: Color32) -> Colour {
    let [red, green, blue, alpha] = color.to_srgba_unmultiplied();
    Colour {
        red,
        green,
        blue,
        alpha,
    }
}

/// Every shape painted in the last frame, groups opened.
fn painted(app: &Harness<'_, ReliefApp>) -> Vec<Shape> {
    fn open(shape: &Shape, into: &mut Vec<Shape>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|shape| open(shape, into)),
            other => into.push(other.clone()),
        }
    }
    let mut shapes = Vec::new();
    for clipped in &app.output().shapes {
        open(&clipped.shape, &mut shapes);
    }
    shapes
}

/// Each piece of text painted: its words, its colour, the colour behind it if it has its own,
/// and where it is.
fn texts(app: &Harness<'_, ReliefApp>) -> Vec<(String, Color32, Option<Color32>, Rect)> {
    let mut texts = Vec::new();
    for shape in painted(app) {
        let Shape::Text(text) = shape else { continue };
        for section in &text.galley.job.sections {
            let range = section.byte_range.start.0..section.byte_range.end.0;
            let words = text.galley.job.text[range].to_owned();
            let color = text.override_text_color.unwrap_or(
                if section.format.color == Color32::PLACEHOLDER {
                    text.fallback_color
                } else {
                    section.format.color
                },
            );
            let behind = (section.format.background != Color32::TRANSPARENT)
                .then_some(section.format.background);
            texts.push((words, color, behind, text.visual_bounding_rect()));
        }
    }
    texts
}

/// The fill of the last filled rectangle painted around `point`: what text there is drawn on.
fn fill_under(app: &Harness<'_, ReliefApp>, point: egui::Pos2) -> Option<Color32> {
    painted(app)
        .into_iter()
        .filter_map(|shape| match shape {
            Shape::Rect(epaint::RectShape { rect, fill, .. })
                if rect.contains(point) && fill.a() == 255 =>
            {
                Some(fill)
            }
            _ => None,
        })
        .next_back()
}

fn journal_in(theme: Theme) -> TestJournal {
    let journal = TestJournal::with_entries(
        &(0..=10)
            .map(|pain| (days_ago(pain + 1), pain))
            .collect::<Vec<_>>(),
    );
    let mut store = journal.store();
    let mut settings = store.settings().unwrap();
    settings.theme = theme;
    store.save_settings(&settings).unwrap();
    journal
}

#[test]
fn the_chosen_score_reads_on_its_colour_for_every_score_in_both_themes() {
    for theme in [Theme::Light, Theme::Dark] {
        let journal = journal_in(theme);
        let mut app = journal.app(View::Today);
        for score in 0..=10u8 {
            app.get_by_label(&format!("Pain {score}")).click();
            app.run();
            let button = app.get_by_label(&format!("Pain {score}")).rect();
            let (_, text, _, at) = texts(&app)
                .into_iter()
                .find(|(words, _, _, at)| {
                    *words == score.to_string() && button.contains(at.center())
                })
                .unwrap_or_else(|| panic!("{theme:?}: no {score} painted on its button"));
            let fill = fill_under(&app, at.center())
                .unwrap_or_else(|| panic!("{theme:?}: no fill under the chosen {score}"));
            let ratio = colour(text).contrast(colour(fill));
            assert!(
                ratio >= BODY_TEXT,
                "{theme:?}: chosen score {score}, {text:?} on {fill:?}: {ratio:.2}"
            );
        }
    }
}

#[test]
fn every_number_on_its_own_colour_in_history_reads_in_both_themes() {
    for theme in [Theme::Light, Theme::Dark] {
        let journal = journal_in(theme);
        let app = journal.app(View::History);
        let backed: Vec<_> = texts(&app)
            .into_iter()
            .filter_map(|(words, text, behind, _)| behind.map(|behind| (words, text, behind)))
            .collect();
        assert!(
            backed.len() >= 11,
            "{theme:?}: {} pain numbers",
            backed.len()
        );
        for (words, text, behind) in backed {
            let ratio = colour(text).contrast(colour(behind));
            assert!(
                ratio >= BODY_TEXT,
                "{theme:?}: {words:?}, {text:?} on {behind:?}: {ratio:.2}"
            );
        }
    }
}
