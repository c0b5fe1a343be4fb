//! The insights panel: each flag with its evidence, the forecast for the current cycle, and what
//! the analysis does ("About this analysis").

use eframe::egui;
use egui::{RichText, Ui};

use crate::analysis::Analysis;
use crate::wording::{
    DISCLAIMER, baseline_text, flag_evidence, flag_message, forecast_sentence, method_paragraph,
    no_patterns_sentence,
};

/// Draws the flags and the forecast, one line each, with each flag's evidence on demand.
pub fn insights_ui(ui: &mut Ui, analysis: &Analysis) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new("Insights").strong().size(16.0));
            ui.add_space(4.0);
            let no_patterns = analysis
                .flags
                .is_empty()
                .then(|| no_patterns_sentence(analysis));
            if let Some(sentence) = &no_patterns {
                one_line(ui, RichText::new(sentence));
            }
            for flag in &analysis.flags {
                one_line(ui, RichText::new(flag_message(flag)).strong());
            }
            one_line(ui, RichText::new(forecast_sentence(&analysis.forecast)));
            // Every line above in full, with each pattern's evidence: a narrow window cuts them.
            egui::CollapsingHeader::new("Details: each line in full, with the evidence")
                .default_open(false)
                .show(ui, |ui| {
                    if let Some(sentence) = &no_patterns {
                        ui.label(sentence);
                    }
                    for flag in &analysis.flags {
                        ui.label(RichText::new(flag_message(flag)).strong());
                        ui.label(RichText::new(flag_evidence(flag)).weak());
                        ui.add_space(4.0);
                    }
                    ui.label(forecast_sentence(&analysis.forecast));
                });
            ui.small(DISCLAIMER);
        });
}

/// One line of text, cut with "..." where the window is too narrow (egui shows the whole text
/// on hover then).
fn one_line(ui: &mut Ui, text: RichText) {
    ui.add(egui::Label::new(text).truncate());
}

/// Draws "About this analysis": the method, the thresholds in use and the disclaimer.
pub fn about_ui(ui: &mut Ui, analysis: &Analysis) {
    let settings = &analysis.settings;
    egui::CollapsingHeader::new("About this analysis")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(baseline_text(&analysis.baseline, settings));
            ui.label(method_paragraph(settings));
            ui.label(RichText::new(DISCLAIMER).strong());
        });
}
