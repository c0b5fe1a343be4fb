//! The cycle table: one row per infusion cycle, newest first, with the cells `analyze` and the
//! report print (peak relief, when relief fell below each threshold, and average pain, worst pain,
//! high-pain days, rescue medication, mobility and sleep early in the cycle against late).

use eframe::egui;
use egui::{RichText, Ui};

use crate::analysis::Analysis;
use crate::wording::{EARLY_LATE_LEGEND, Threshold, cycle_cells};

/// Draws the cycle table in a frame that scrolls sideways when the window is narrow.
pub fn cycle_table_ui(ui: &mut Ui, analysis: &Analysis) {
    let settings = &analysis.settings;
    let headings = [
        "Infusion".to_owned(),
        "Phase".to_owned(),
        "Days to next".to_owned(),
        "Peak relief".to_owned(),
        Threshold::Meaningful.until_heading(settings),
        Threshold::Substantial.until_heading(settings),
        "Pain".to_owned(),
        "Worst pain".to_owned(),
        "Days 7+".to_owned(),
        "Rescue / week".to_owned(),
        "Mobility".to_owned(),
        "Sleep".to_owned(),
    ];
    egui::ScrollArea::horizontal()
        .id_salt("cycle table")
        .show(ui, |ui| {
            egui::Grid::new("cycle table grid")
                .striped(true)
                .spacing([14.0, 4.0])
                .show(ui, |ui| {
                    for heading in &headings {
                        ui.label(RichText::new(heading).strong());
                    }
                    ui.end_row();
                    for cycle in analysis.cycles.iter().rev() {
                        let cells = cycle_cells(cycle, settings);
                        for cell in [
                            cells.infusion,
                            cells.phase,
                            cells.days_to_next,
                            cells.peak,
                            cells.meaningful_until,
                            cells.substantial_until,
                            cells.pain,
                            cells.worst_pain,
                            cells.high_pain_days,
                            cells.rescue,
                            cells.mobility,
                            cells.sleep,
                        ] {
                            ui.label(cell);
                        }
                        ui.end_row();
                    }
                });
        });
    ui.weak(EARLY_LATE_LEGEND);
}
