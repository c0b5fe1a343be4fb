//! The Settings view's "Display" section: the language, the theme, the text scale and the
//! patient name for reports, saved, like every setting, as they are changed.

use eframe::egui;
use egui::{RichText, Ui};

use crate::domain::{LANGUAGES, Locale, Theme};
use crate::t;
use crate::wording::format;
use crate::wording::language::language_name;

use super::super::widgets::text_field_ui;
use super::SettingsState;

/// Text scales offered, as factors.
pub const TEXT_SCALES: [f32; 6] = [0.75, 1.0, 1.25, 1.5, 1.75, 2.0];

/// Language, theme and text scale (saved, like every setting, as they are changed).
pub(super) fn display_ui(ui: &mut Ui, state: &mut SettingsState) {
    ui.label(RichText::new(t!("settings-display-heading")).strong());
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("settings-language-label"));
        let chosen = Locale::parse(&state.draft.language).map(Locale::language);
        if ui
            .radio(chosen.is_none(), t!("settings-language-system"))
            .clicked()
        {
            state.draft.language.clear();
        }
        for language in LANGUAGES {
            // Each language is named in itself, so a patient finds their own.
            if ui
                .radio(chosen == Some(*language), language_name(*language))
                .clicked()
                && chosen != Some(*language)
            {
                state.draft.language = language.tag.to_owned();
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("settings-theme-label"));
        for (theme, name) in [
            (Theme::System, t!("settings-theme-system")),
            (Theme::Light, t!("settings-theme-light")),
            (Theme::Dark, t!("settings-theme-dark")),
        ] {
            ui.radio_value(&mut state.draft.theme, theme, name);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("settings-text-size-label"));
        for scale in TEXT_SCALES {
            let selected = (state.draft.text_scale - scale).abs() < 0.01;
            let name = format::percent(f64::from(scale) * 100.0);
            if ui
                .selectable_label(selected, &name)
                .accessible_name(t!("settings-text-size-option", size = name.as_str()))
                .clicked()
            {
                state.draft.text_scale = scale;
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        text_field_ui(
            ui,
            &t!("settings-patient-name-label"),
            &mut state.draft.patient_name,
            &t!("settings-patient-name-hint"),
            240.0,
        );
    });
}
