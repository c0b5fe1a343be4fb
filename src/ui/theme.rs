//! Colours, text sizes and the window icon.

use eframe::egui;
use egui::{Color32, Context, ThemePreference};

use crate::domain::{Settings, Theme};

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
}

/// The colour of a pain score, from green (0) through yellow (5) to red (10).
pub fn pain_color(pain: u8, dark_mode: bool) -> Color32 {
    let t = f32::from(pain.min(10)) / 10.0;
    let (red, green, blue) = if t <= 0.5 {
        let s = t / 0.5;
        (
            lerp(120.0, 240.0, s),
            lerp(200.0, 200.0, s),
            lerp(120.0, 90.0, s),
        )
    } else {
        let s = (t - 0.5) / 0.5;
        (
            lerp(240.0, 220.0, s),
            lerp(200.0, 80.0, s),
            lerp(90.0, 70.0, s),
        )
    };
    let color = Color32::from_rgb(red as u8, green as u8, blue as u8);
    if dark_mode {
        color.gamma_multiply(0.85)
    } else {
        color
    }
}

/// Text colour that reads well on a pain colour.
pub fn text_on_pain() -> Color32 {
    Color32::from_rgb(20, 20, 20)
}

/// The colour of error messages.
pub fn error_color(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(255, 140, 130)
    } else {
        Color32::from_rgb(170, 30, 20)
    }
}

/// The background and text colours of the demo-data banner.
pub fn demo_banner_colors(dark_mode: bool) -> (Color32, Color32) {
    if dark_mode {
        (
            Color32::from_rgb(95, 72, 0),
            Color32::from_rgb(255, 240, 200),
        )
    } else {
        (
            Color32::from_rgb(255, 225, 130),
            Color32::from_rgb(40, 30, 0),
        )
    }
}

fn lerp(from: f32, to: f32, t: f32) -> f32 {
    from + (to - from) * t
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
