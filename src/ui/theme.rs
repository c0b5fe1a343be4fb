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

/// The window icon, drawn in code: a rounded square with a pain line that drops at an infusion
/// and slowly returns.
pub fn app_icon() -> Option<egui::IconData> {
    const SIZE: u32 = 64;
    let mut rgba = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    for y in 0..SIZE {
        for x in 0..SIZE {
            let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
            let corner = 12.0;
            let dx = (corner - fx).max(fx - (SIZE as f32 - corner)).max(0.0);
            let dy = (corner - fy).max(fy - (SIZE as f32 - corner)).max(0.0);
            let inside = dx * dx + dy * dy <= corner * corner;
            // Pain drops at an infusion and slowly returns as relief fades.
            let t = fx / SIZE as f32;
            let pain = if t < 0.25 {
                0.75
            } else {
                0.25 + 0.5 * (1.0 - (-(t - 0.25) * 3.0).exp())
            };
            let curve_y = SIZE as f32 * (1.0 - pain);
            let on_curve = (fy - curve_y).abs() < 3.0 && (0.12..0.9).contains(&t);
            let pixel = if !inside {
                [0, 0, 0, 0]
            } else if on_curve {
                [255, 255, 255, 255]
            } else {
                [40, 120, 130, 255]
            };
            rgba.extend_from_slice(&pixel);
        }
    }
    Some(egui::IconData {
        rgba,
        width: SIZE,
        height: SIZE,
    })
}
