//! The Charts view: the timeline, the cycle overlay, relief duration per cycle and the insights.
//!
//! Draws the chart models of [`crate::charts`] with egui_plot. The series are turned into plot
//! coordinates once when the journal changes ([`PlotSeries`]); each frame only slices them to
//! the visible range and thins them to the plot's width, so a 20-year journal draws as fast as a
//! short one. No analysis and no store query runs here.

mod cycles;
mod insights;
mod series;
mod timeline;

use eframe::egui;
use egui::{RichText, Ui};

use crate::charts::{DateRange, RangePreset};

use super::data::JournalData;

pub use series::PlotSeries;

/// Cycles drawn in the overlay unless the user asks for all of them.
pub const RECENT_CYCLES: usize = 8;

/// What the Charts view remembers between frames.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartsState {
    /// The preset last chosen, `None` once the user zooms or pans away from it.
    preset: Option<RangePreset>,
    /// The dates the timeline showed in the last frame.
    visible: Option<DateRange>,
    /// A range to show in the next frame (set by a preset).
    pending: Option<DateRange>,
    /// Whether the overlay draws every cycle rather than the recent ones.
    all_cycles: bool,
}

impl Default for ChartsState {
    fn default() -> Self {
        Self {
            preset: Some(RangePreset::OneYear),
            visible: None,
            pending: None,
            all_cycles: false,
        }
    }
}

impl ChartsState {
    /// The preset shown, or `None` after zooming or panning away from it.
    pub fn preset(&self) -> Option<RangePreset> {
        self.preset
    }

    /// The dates the timeline showed in the last frame.
    pub fn visible_range(&self) -> Option<DateRange> {
        self.visible
    }

    /// Shows `preset` from the next frame on.
    pub fn choose_preset(&mut self, preset: RangePreset, series: &PlotSeries) {
        self.preset = Some(preset);
        self.pending = series.range(preset);
    }

    /// Remembers what the timeline showed, and forgets the preset once the user moved away.
    fn shown(&mut self, visible: DateRange) {
        if self.pending.take().is_none() && self.visible != Some(visible) {
            self.preset = None;
        }
        self.visible = Some(visible);
    }
}

/// Draws the Charts view.
pub fn charts_ui(ui: &mut Ui, state: &mut ChartsState, data: &JournalData) {
    let series = &data.plots;
    if series.is_empty() {
        ui.heading("Charts");
        ui.add_space(8.0);
        ui.label(
            "Charts appear here once you have logged a few days: log today's pain under Today.",
        );
        return;
    }
    if state.visible.is_none()
        && state.pending.is_none()
        && let Some(preset) = state.preset
    {
        state.pending = series.range(preset);
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading("Charts");
            insights::insights_ui(ui, &data.charts.analysis);
            ui.add_space(12.0);
            range_bar_ui(ui, state, series);
            timeline::timeline_ui(ui, state, series);
            ui.add_space(16.0);
            let shown = if state.all_cycles {
                usize::MAX
            } else {
                RECENT_CYCLES
            };
            if let Some(missing) = crate::wording::relief_chart_missing(&data.charts.analysis) {
                // No relief to draw yet: say what is needed instead of empty axes or interval
                // bars that look like relief.
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(RichText::new("Relief after each infusion").strong());
                    ui.label(missing);
                });
                ui.add_space(12.0);
                insights::about_ui(ui, &data.charts.analysis);
                return;
            }
            ui.columns(2, |columns| {
                let settings = &data.charts.analysis.settings;
                cycles::overlay_ui(&mut columns[0], &data.charts.overlay, settings, shown);
                cycles::durations_ui(&mut columns[1], &data.charts.durations, settings, shown);
            });
            let cycles = data.charts.overlay.curves.len();
            if cycles > RECENT_CYCLES {
                ui.checkbox(
                    &mut state.all_cycles,
                    format!("Show all {cycles} cycles (the last {RECENT_CYCLES} otherwise)"),
                );
            }
            ui.add_space(12.0);
            insights::about_ui(ui, &data.charts.analysis);
        });
}

/// The legend every chart uses: small type on a translucent background in one corner.
fn small_legend(corner: egui_plot::Corner) -> egui_plot::Legend {
    egui_plot::Legend::default()
        .position(corner)
        .text_style(egui::TextStyle::Small)
        .background_alpha(0.6)
}

fn range_bar_ui(ui: &mut Ui, state: &mut ChartsState, series: &PlotSeries) {
    ui.horizontal(|ui| {
        ui.label(RichText::new("Daily pain, sleep and mobility").strong());
        ui.add_space(16.0);
        ui.label("Show:");
        for preset in RangePreset::ALL {
            let response = ui
                .selectable_label(state.preset == Some(preset), preset.label())
                .on_hover_text(format!("Show {}", preset.label().to_lowercase()));
            if response.clicked() {
                state.choose_preset(preset, series);
            }
        }
        if let Some(visible) = state.visible {
            ui.add_space(16.0);
            ui.weak(format!(
                "{} to {}",
                visible.start.format("%-d %b %Y"),
                visible.end.format("%-d %b %Y")
            ));
        }
    });
    ui.weak("Drag to pan; Ctrl and the mouse wheel to zoom; double-click to see everything.");
}
