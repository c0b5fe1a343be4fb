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

/// Text colour that reads well on a pain colour.
pub fn text_on_pain() -> Color32 {
    color(Palette::LIGHT.text_on_pain)
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
