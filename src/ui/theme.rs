//! The theme and text scale, the palette's colours as egui colours, and the window icon.

use eframe::egui;
use egui::{Color32, Context, ThemePreference};

use crate::domain::{Settings, Theme};
use crate::palette::{Colour, Palette};

/// Text sizes in points, named by what they are for: every size a view sets is one of these,
/// beside the palette's colours (the rest of the text is egui's body size, held to at least
/// [`MIN_TEXT_POINTS`]).
pub mod text_size {
    /// The welcome's title.
    pub const WELCOME_TITLE: f32 = 28.0;
    /// The title of a screen shown in place of a view ("Your treatment so far").
    pub const SCREEN_TITLE: f32 = 24.0;
    /// The numbers on the big pain buttons.
    pub const PAIN_NUMBER: f32 = 22.0;
    /// The numbers on big pain buttons shrunk to fit a narrow window.
    pub const PAIN_NUMBER_NARROW: f32 = 15.0;
    /// A view's main question and its main button: "Pain today", Save (Today and the setup).
    pub const PRIMARY: f32 = 20.0;
    /// The choices of the welcome.
    pub const CHOICE: f32 = 19.0;
    /// A card's title, the app's name in the side bar, the stepper, the setup's questions.
    pub const LARGE: f32 = 18.0;
    /// The welcome's lines and the side bar's view buttons.
    pub const PROSE: f32 = 17.0;
    /// A section's title (Insights, the Report view's sections).
    pub const SECTION: f32 = 16.0;
    /// The view buttons in a row across the top of a small window.
    pub const COMPACT_NAV: f32 = 14.0;
}

/// Height of the big pain buttons, in points.
pub const PAIN_BUTTON_HEIGHT: f32 = 48.0;

/// Applies the theme and text scale of `settings` to the whole app.
pub fn apply(ctx: &Context, settings: &Settings) {
    ctx.set_theme(match settings.theme {
        Theme::System => ThemePreference::System,
        Theme::Light => ThemePreference::Light,
        Theme::Dark => ThemePreference::Dark,
    });
    ctx.set_zoom_factor(settings.text_scale);
    ctx.all_styles_mut(|style| {
        for font in style.text_styles.values_mut() {
            font.size = font.size.max(MIN_TEXT_POINTS);
        }
        // Scroll bars that take their own room: egui's floating ones lie over the end of each
        // wrapped line, hiding its last words.
        style.spacing.scroll = egui::style::ScrollStyle::solid();
    });
    // Helper text (egui's "weak" text) in the palette's muted colour, which meets WCAG AA
    // contrast (4.5:1) on the panel colour of each theme.
    for (theme, palette) in [
        (egui::Theme::Dark, &Palette::DARK),
        (egui::Theme::Light, &Palette::LIGHT),
    ] {
        ctx.style_mut_of(theme, |style| {
            style.visuals.weak_text_color = Some(color(palette.muted_text));
        });
    }
}

/// Adds the bundled DejaVu Sans after egui's own fonts, so characters they lack (arrows such as
/// "→" in the cycle table, "≥" in threshold headings, Greek and Cyrillic in notes) are drawn
/// rather than shown as boxes.
pub fn install_fonts(ctx: &Context) {
    const NAME: &str = "DejaVu Sans (bundled)";
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        NAME.to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(crate::fonts::SANS_REGULAR)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push(NAME.to_owned());
    }
    ctx.set_fonts(fonts);
}

/// The smallest text size at 100%, in points: hints and footnotes included.
pub const MIN_TEXT_POINTS: f32 = 12.0;

/// The screen palette of the current theme (dark or light).
pub fn palette(ui: &egui::Ui) -> &'static Palette {
    Palette::screen(ui.visuals().dark_mode)
}

/// A palette colour as egui draws it.
pub fn color(colour: Colour) -> Color32 {
    Color32::from_rgba_unmultiplied(colour.red, colour.green, colour.blue, colour.alpha)
}

/// The colour of a pain score, from green (0) through yellow (5) to red (10).
pub fn pain_color(pain: u8, dark_mode: bool) -> Color32 {
    color(Palette::screen(dark_mode).pain_colour(pain))
}

/// Text colour that reads well on a pain colour of the theme.
pub fn text_on_pain(dark_mode: bool) -> Color32 {
    color(Palette::screen(dark_mode).text_on_pain)
}

/// The colour of error messages.
pub fn error_color(dark_mode: bool) -> Color32 {
    color(Palette::screen(dark_mode).warning)
}

/// The background and text colours of the demo-data banner.
pub fn demo_banner_colors(dark_mode: bool) -> (Color32, Color32) {
    let (fill, text) = Palette::screen(dark_mode).demo_banner;
    (color(fill), color(text))
}

/// The window icon: `assets/icons/relief-journal.svg` rendered at 128 by 128 pixels by
/// `packaging/make-icons.sh`, the same picture as the installed app's icon.
const ICON_PNG: &[u8] =
    include_bytes!("../../assets/icons/hicolor/128x128/apps/relief-journal.png");

/// The window icon, decoded from the committed PNG; `None` (the system's default icon) if it cannot
/// be read, which only a broken build can cause.
pub fn app_icon() -> Option<egui::IconData> {
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => Some(icon),
        Err(error) => {
            log::warn!("the window icon could not be read: {error}");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 AA for body text; every text the app draws on the screen is body size or larger.
    const BODY_TEXT: f64 = 4.5;

    /// An egui colour as the palette's, drawn over `background` when it is see-through.
    fn seen(colour: Color32, background: Colour) -> Colour {
        let [red, green, blue, alpha] = colour.to_srgba_unmultiplied();
        Colour {
            red,
            green,
            blue,
            alpha,
        }
        .over(background)
    }

    /// Every text colour the app draws on the screen in `theme`, with the background it is drawn
    /// on: egui's own text, buttons, fields and selections as `apply` leaves them, and the
    /// palette's colours where the app sets them.
    fn text_pairs(theme: egui::Theme) -> Vec<(String, Colour, Colour)> {
        let ctx = Context::default();
        apply(
            &ctx,
            &Settings {
                theme: match theme {
                    egui::Theme::Dark => Theme::Dark,
                    egui::Theme::Light => Theme::Light,
                },
                ..Settings::default()
            },
        );
        let visuals = ctx.style_of(theme).visuals.clone();
        let palette = Palette::screen(theme == egui::Theme::Dark);
        let panel = seen(visuals.panel_fill, Colour::rgb(0, 0, 0));
        let striped = seen(visuals.faint_bg_color, panel);
        let field = seen(visuals.text_edit_bg_color(), panel);
        let popup = seen(visuals.window_fill, panel);
        let mut pairs = vec![
            ("text", visuals.text_color(), panel),
            ("weak text", visuals.weak_text_color(), panel),
            ("strong text", visuals.strong_text_color(), panel),
            ("text on a striped row", visuals.text_color(), striped),
            (
                "weak text on a striped row",
                visuals.weak_text_color(),
                striped,
            ),
            ("typed text", visuals.widgets.inactive.text_color(), field),
            ("a field's hint", visuals.weak_text_color(), field),
            ("text in a tooltip or menu", visuals.text_color(), popup),
            ("error", color(palette.warning), panel),
        ]
        .into_iter()
        .map(|(what, text, background)| (what.to_owned(), seen(text, background), background))
        .collect::<Vec<_>>();
        for (state, widget) in [
            ("button", &visuals.widgets.inactive),
            ("hovered button", &visuals.widgets.hovered),
            ("pressed button", &visuals.widgets.active),
        ] {
            let fill = seen(widget.weak_bg_fill, panel);
            pairs.push((state.to_owned(), seen(widget.text_color(), fill), fill));
        }
        let selected = seen(visuals.selection.bg_fill, panel);
        pairs.push((
            "selected choice".to_owned(),
            seen(visuals.selection.stroke.color, selected),
            selected,
        ));
        for pain in 0..=10 {
            let fill = seen(pain_color(pain, theme == egui::Theme::Dark), panel);
            pairs.push((
                format!("pain {pain} on its colour"),
                seen(text_on_pain(theme == egui::Theme::Dark), fill),
                fill,
            ));
        }
        let (fill, text) = demo_banner_colors(theme == egui::Theme::Dark);
        let fill = seen(fill, panel);
        pairs.push(("demo banner".to_owned(), seen(text, fill), fill));
        pairs
    }

    #[test]
    fn every_text_of_the_screen_meets_wcag_aa_in_both_themes() {
        let mut failing = Vec::new();
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let pairs = text_pairs(theme);
            assert!(pairs.len() > 20, "{theme:?}: {} pairs", pairs.len());
            for (what, text, background) in pairs {
                let ratio = text.contrast(background);
                if ratio < BODY_TEXT {
                    failing.push(format!(
                        "{theme:?} {what}: {ratio:.2} ({text:?} on {background:?})"
                    ));
                }
            }
        }
        assert!(failing.is_empty(), "below 4.5:1:\n{}", failing.join("\n"));
    }

    #[test]
    fn the_chosen_score_is_drawn_in_the_text_colour_for_pain_colours() {
        // What issue 33 found: egui's near-white selected text on the yellow of a middling
        // score, about 1.6:1.
        for dark_mode in [false, true] {
            let panel = if dark_mode {
                Palette::DARK
            } else {
                Palette::LIGHT
            }
            .background;
            let yellow = seen(pain_color(5, dark_mode), panel);
            let near_white = Colour::rgb(255, 255, 255);
            assert!(near_white.contrast(yellow) < 2.0);
            assert!(seen(text_on_pain(dark_mode), yellow).contrast(yellow) >= BODY_TEXT);
        }
    }

    #[test]
    fn window_icon_is_the_committed_png_with_clear_corners() {
        let icon = app_icon().expect("the committed icon decodes");
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
        // The SVG's tile leaves a margin of 8 on 256 and rounds its corners, so the corner pixel
        // is transparent; the journal page in the middle is opaque.
        let alpha = |x: usize, y: usize| icon.rgba[(y * 128 + x) * 4 + 3];
        assert_eq!(alpha(0, 0), 0);
        assert_eq!(alpha(127, 127), 0);
        assert_eq!(alpha(64, 64), 255);
    }
}
