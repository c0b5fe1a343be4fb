//! The Settings view's "Display" section: the theme, the text scale and the patient name for
//! reports, saved, like every setting, as they are changed.

use eframe::egui;
use egui::{RichText, Ui};

use crate::domain::Theme;

use super::super::widgets::text_field_ui;
use super::SettingsState;

/// Text scales offered, as factors.
pub const TEXT_SCALES: [f32; 6] = [0.75, 1.0, 1.25, 1.5, 1.75, 2.0];

/// Theme and text scale (saved, like every setting, as they are changed).
pub(super) fn display_ui(ui: &mut Ui, state: &mut SettingsState) {
    ui.label(RichText::new("Display").strong());
    ui.horizontal_wrapped(|ui| {
        ui.label("Theme");
        for (theme, name) in [
            (Theme::System, "Follow system"),
            (Theme::Light, "Light"),
            (Theme::Dark, "Dark"),
        ] {
            if ui
                .radio_value(&mut state.draft.theme, theme, name)
                .changed()
            {}
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label("Text size");
        for scale in TEXT_SCALES {
            let selected = (state.draft.text_scale - scale).abs() < 0.01;
            let name = format!("{:.0}%", scale * 100.0);
            if ui
                .selectable_label(selected, &name)
                .accessible_name(format!("Text size {name}"))
                .clicked()
            {
                state.draft.text_scale = scale;
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        text_field_ui(
            ui,
            "Patient name for reports",
            &mut state.draft.patient_name,
            "optional",
            240.0,
        );
    });
}
