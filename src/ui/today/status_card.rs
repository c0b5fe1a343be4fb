//! The Today view's status card: where today sits in the infusion cycle, the next planned infusion,
//! the baseline and the current flags.

use eframe::egui;

use egui::{RichText, Ui};

use crate::analysis::BaselineSource;
use crate::t;

use super::super::actions::Action;
use super::super::data::JournalData;
use super::super::theme::text_size;

/// Where today sits in the infusion cycle, the next planned infusion and the current flags.
pub(super) fn status_card_ui(ui: &mut Ui, data: &JournalData, actions: &mut Vec<Action>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(t!("today-card-title"))
                .size(text_size::LARGE)
                .strong(),
        );
        let summary = &data.summary;
        for line in summary.status_lines() {
            ui.label(line);
        }
        ui.add_space(4.0);
        ui.label(&summary.baseline);
        if needs_untreated_reference(data) {
            ui.add_space(6.0);
            ui.label(
                if data.analysis().baseline.source == Some(BaselineSource::WornOff) {
                    t!("today-card-measured-against-worn-off")
                } else {
                    t!("today-card-measured-against-pre-infusion")
                },
            );
            if ui
                .add_enabled(
                    data.read_only.is_none(),
                    egui::Button::new(t!("today-card-tell-baseline")),
                )
                .on_disabled_hover_text(t!("app-read-only-unavailable"))
                .clicked()
            {
                actions.push(super::super::actions::Navigation::ShowSetup.into());
            }
        }
        if !summary.flags.is_empty() {
            ui.add_space(6.0);
            ui.label(RichText::new(t!("today-card-patterns")).strong());
            for flag in &summary.flags {
                ui.label(format!("• {}", flag.message));
            }
        }
        ui.add_space(6.0);
        ui.small(crate::wording::disclaimer());
    });
}

/// Whether relief has nothing untreated to be measured against: infusions are recorded, but
/// neither a logged untreated period nor a remembered baseline exists.
pub fn needs_untreated_reference(data: &JournalData) -> bool {
    !data.analysis().cycles.is_empty()
        && !matches!(
            data.analysis().baseline.source,
            Some(BaselineSource::Pretreatment | BaselineSource::Remembered)
        )
}
