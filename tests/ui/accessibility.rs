//! Every view, in both themes and at the largest text size: every control has a name, and an
//! idle app asks for no repaint.

use crate::common_ui::TestJournal;
use eframe::egui;
use egui_kittest::kittest::Queryable;
use relief_journal::domain::Theme;
use relief_journal::ui::{Command, View};

fn demo_journal() -> TestJournal {
    let journal = TestJournal::missing();
    let mut app = journal.app(View::Today);
    app.get_by_label("Explore with demo data").click();
    app.run();
    journal
}

#[test]
fn every_view_names_every_control_in_both_themes_and_large_text() {
    let journal = demo_journal();
    let demo_path = journal.dir.path().join("demo.db");
    for (theme, scale) in [(Theme::Light, 1.0), (Theme::Dark, 2.0)] {
        let mut store = relief_journal::store::Store::open(&demo_path).unwrap();
        let mut settings = store.settings().unwrap();
        settings.theme = theme;
        settings.text_scale = scale;
        store.save_settings(&settings).unwrap();
        drop(store);
        let demo = TestJournal {
            dir: tempfile::tempdir().unwrap(),
            path: demo_path.clone(),
        };
        for view in View::ALL {
            let mut app = demo.app(view);
            assert_eq!(app.state().view(), Some(view));
            app.run();
            app.check_accessibility();
        }
    }
}

#[test]
fn the_welcome_names_every_control() {
    let journal = TestJournal::missing();
    let app = journal.app(View::Today);
    app.check_accessibility();
}

#[test]
fn an_idle_app_requests_no_repaint() {
    let journal = demo_journal();
    let demo = TestJournal {
        dir: tempfile::tempdir().unwrap(),
        path: journal.dir.path().join("demo.db"),
    };
    for view in View::ALL {
        let mut app = demo.app(view);
        app.step();
        let repaint_delay = app.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
        assert!(
            repaint_delay > std::time::Duration::from_secs(60),
            "{view}: {repaint_delay:?}"
        );
    }
}

#[test]
fn view_shortcuts_switch_views() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);
    for view in [View::Settings, View::History, View::Infusions, View::Today] {
        let shortcut = Command::ShowView(view).entry().shortcut;
        app.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
        app.run();
        assert_eq!(app.state().view(), Some(view));
    }
}

#[test]
fn no_text_is_below_twelve_points_and_helper_text_meets_aa_contrast_in_both_themes() {
    use relief_journal::palette::Colour;
    let journal = TestJournal::empty();
    let app = journal.app(View::Today);
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let style = app.ctx.style_of(theme);
        let smallest = style
            .text_styles
            .values()
            .map(|font| font.size)
            .fold(f32::INFINITY, f32::min);
        assert!(smallest >= 12.0, "{theme:?}: {smallest} pt");
        let as_colour = |color: egui::Color32| Colour::rgb(color.r(), color.g(), color.b());
        let helper = as_colour(style.visuals.weak_text_color());
        for background in [style.visuals.panel_fill, style.visuals.window_fill] {
            let contrast = helper.contrast(as_colour(background));
            assert!(
                contrast >= 4.5,
                "{theme:?}: helper text contrast {contrast:.2}"
            );
        }
    }
}
