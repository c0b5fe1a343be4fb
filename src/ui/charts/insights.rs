//! The insights panel: each flag with its evidence, what the evidence leaves open, the forecast for the current cycle, and what
//! the analysis does ("About this analysis").

use eframe::egui;
use egui::{RichText, Ui};

use crate::t;
use crate::wording::{Summary, disclaimer};

use super::super::theme::text_size;

/// Draws the flags and the forecast, each wrapped to the panel's width, with each flag's
/// evidence on demand.
pub fn insights_ui(ui: &mut Ui, summary: &Summary) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(t!("charts-insights-title"))
                    .strong()
                    .size(text_size::SECTION),
            );
            ui.add_space(4.0);
            if let Some(sentence) = &summary.no_patterns {
                sentence_ui(ui, RichText::new(sentence));
            }
            for flag in &summary.flags {
                sentence_ui(ui, RichText::new(&flag.message).strong());
            }
            for line in summary.evidence_lines() {
                sentence_ui(ui, RichText::new(line));
            }
            sentence_ui(ui, RichText::new(&summary.forecast));
            // Each line above with the evidence behind it.
            egui::CollapsingHeader::new(t!("charts-insights-evidence"))
                .id_salt("insight_details")
                .default_open(false)
                .show(ui, |ui| {
                    if let Some(sentence) = &summary.no_patterns {
                        ui.label(sentence);
                    }
                    for flag in &summary.flags {
                        ui.label(RichText::new(&flag.message).strong());
                        ui.label(RichText::new(&flag.evidence).weak());
                        ui.add_space(4.0);
                    }
                    for line in summary.evidence_lines() {
                        ui.label(line);
                    }
                    ui.label(&summary.forecast);
                });
            ui.small(disclaimer());
        });
}

/// One sentence, wrapped to the width rather than cut short.
fn sentence_ui(ui: &mut Ui, text: RichText) {
    ui.add(egui::Label::new(text).wrap());
}

/// Draws "About this analysis": the method, the thresholds in use and the disclaimer.
pub fn about_ui(ui: &mut Ui, summary: &Summary) {
    egui::CollapsingHeader::new(t!("charts-about-title"))
        .id_salt("about_analysis")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(&summary.baseline);
            ui.label(&summary.method);
            ui.label(RichText::new(disclaimer()).strong());
        });
}
