//! The Charts view, relief first: the insights, then the relief after each infusion (the typical
//! cycle, relief survival or each cycle, beside relief duration per cycle), the timeline, the
//! cycle table and what the analysis does.
//!
//! Draws the chart models of [`crate::charts`] with egui_plot. The series are turned into plot
//! coordinates once when the journal changes ([`PlotSeries`]); each frame only slices them to
//! the visible range and thins them to the plot's width, so a 20-year journal draws as fast as a
//! short one. No analysis and no store query runs here.

mod cycle_table;
mod cycles;
mod insights;
mod relief;
mod timeline;

use eframe::egui;
use egui::{RichText, Ui};

use crate::charts::{DateRange, RangePreset};
use crate::t;
use crate::wording::format;

use super::data::JournalData;

use super::plot_series::PlotSeries;

/// Cycles drawn in the overlay unless the user asks for all of them.
pub const RECENT_CYCLES: usize = 8;

/// Which picture of relief after each infusion the Charts view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReliefChart {
    /// The median relief by day since infusion with the band of the middle half of cycles.
    Typical,
    /// The share of cycles in which meaningful relief still held, by day since infusion.
    Survival,
    /// Every cycle as its own line.
    EachCycle,
}

impl ReliefChart {
    /// Every choice, in the order of the tabs.
    pub const ALL: [Self; 3] = [Self::Typical, Self::Survival, Self::EachCycle];

    /// The tab's label.
    pub fn label(self) -> String {
        match self {
            Self::Typical => t!("charts-relief-typical"),
            Self::Survival => t!("charts-relief-survival"),
            Self::EachCycle => t!("charts-relief-each-cycle"),
        }
    }
}

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
    /// The relief chart the user chose; `None` until then (the typical cycle when it has
    /// anything to show, each cycle otherwise).
    relief: Option<ReliefChart>,
}

impl Default for ChartsState {
    fn default() -> Self {
        Self {
            preset: Some(RangePreset::OneYear),
            visible: None,
            pending: None,
            all_cycles: false,
            relief: None,
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

    /// The relief chart shown for `data`: the one chosen, else the typical cycle when it has a
    /// day to show, else each cycle.
    pub fn relief_chart(&self, data: &JournalData) -> ReliefChart {
        self.relief
            .unwrap_or(if relief::has_typical(&data.charts.typical) {
                ReliefChart::Typical
            } else {
                ReliefChart::EachCycle
            })
    }

    /// Shows `chart` as the relief chart.
    pub fn choose_relief_chart(&mut self, chart: ReliefChart) {
        self.relief = Some(chart);
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
        ui.heading(t!("charts-title"));
        ui.add_space(8.0);
        ui.label(t!("charts-empty"));
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
            ui.heading(t!("charts-title"));
            insights::insights_ui(ui, &data.summary);
            ui.add_space(10.0);
            relief_ui(ui, state, data);
            ui.add_space(16.0);
            range_bar_ui(ui, state, series);
            timeline::timeline_ui(ui, state, series);
            ui.add_space(12.0);
            if !data.charts.analysis.cycles.is_empty() {
                egui::CollapsingHeader::new(RichText::new(t!("charts-cycle-table")).strong())
                    .id_salt("cycle_table")
                    .default_open(true)
                    .show(ui, |ui| {
                        cycle_table::cycle_table_ui(ui, &data.charts.analysis, &data.cycle_cells)
                    });
                ui.add_space(8.0);
            }
            insights::about_ui(ui, &data.summary);
        });
}

/// Relief after each infusion: the chosen relief chart beside relief duration per cycle, or
/// what they still need.
fn relief_ui(ui: &mut Ui, state: &mut ChartsState, data: &JournalData) {
    let charts = &data.charts;
    let analysis = &charts.analysis;
    if let Some(missing) = crate::wording::relief_chart_missing(analysis) {
        // No relief to draw yet: say what is needed instead of empty axes or interval bars that
        // look like relief.
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(t!("charts-relief-title")).strong());
            ui.label(missing);
        });
        return;
    }
    let chosen = state.relief_chart(data);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t!("charts-relief-title")).strong());
        ui.add_space(12.0);
        for chart in ReliefChart::ALL {
            if ui
                .selectable_label(chosen == chart, chart.label())
                .clicked()
            {
                state.choose_relief_chart(chart);
            }
        }
    });
    let shown = if state.all_cycles {
        usize::MAX
    } else {
        RECENT_CYCLES
    };
    let settings = &analysis.settings;
    let chart_ui = |ui: &mut Ui| match chosen {
        ReliefChart::Typical => match crate::wording::typical_chart_missing(
            analysis,
            charts.typical.days.len(),
            charts.typical.cycles,
            crate::charts::MIN_TYPICAL_CYCLES,
        ) {
            Some(missing) => {
                ui.add_space(24.0);
                ui.label(missing);
            }
            None => relief::typical_ui(ui, &charts.typical, settings),
        },
        ReliefChart::Survival => relief::survival_ui(
            ui,
            &charts.survival,
            data.survival_sentence.as_deref(),
            settings,
        ),
        ReliefChart::EachCycle => cycles::overlay_ui(ui, &charts.overlay, settings, shown),
    };
    // Side by side where there is room; one above the other in a narrow window.
    if ui.available_width() >= 760.0 {
        ui.columns(2, |columns| {
            chart_ui(&mut columns[0]);
            cycles::durations_ui(&mut columns[1], &charts.durations, settings, shown);
        });
    } else {
        chart_ui(ui);
        ui.add_space(8.0);
        cycles::durations_ui(ui, &charts.durations, settings, shown);
    }
    let cycles = charts.overlay.curves.len();
    if cycles > RECENT_CYCLES {
        ui.checkbox(
            &mut state.all_cycles,
            t!(
                "charts-show-all-cycles",
                count = cycles,
                recent = RECENT_CYCLES
            ),
        );
    }
}

/// A plot's height: `wanted`, or less in a short window so the whole plot fits the view (at
/// 200% text an 800x600 window is 300 points tall), but never below 120 points.
fn plot_height(ui: &Ui, wanted: f32) -> f32 {
    wanted.min(ui.clip_rect().height() - 48.0).max(120.0)
}

/// The legend every chart uses: small type on a translucent background in one corner.
fn small_legend(corner: egui_plot::Corner) -> egui_plot::Legend {
    egui_plot::Legend::default()
        .position(corner)
        .text_style(egui::TextStyle::Small)
        .background_alpha(0.6)
}

fn range_bar_ui(ui: &mut Ui, state: &mut ChartsState, series: &PlotSeries) {
    // Wraps in a narrow window or at large text rather than running past the edge.
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t!("charts-timeline-title")).strong());
        ui.add_space(16.0);
        ui.label(t!("charts-show"));
        for preset in RangePreset::ALL {
            let key = match preset {
                RangePreset::ThreeMonths => "three-months",
                RangePreset::OneYear => "one-year",
                RangePreset::All => "all",
            };
            let response = ui
                .selectable_label(state.preset == Some(preset), preset.label())
                .on_hover_text(t!("charts-show-range", range = key));
            if response.clicked() {
                state.choose_preset(preset, series);
            }
        }
        if let Some(visible) = state.visible {
            ui.add_space(16.0);
            // On one line: where it does not fit after the buttons, it goes under them whole
            // rather than break inside a date.
            let range = t!(
                "charts-visible-range",
                from = format::date(visible.start),
                to = format::date(visible.end)
            );
            ui.add(egui::Label::new(RichText::new(range).weak()).extend());
        }
    });
    ui.weak(t!("charts-timeline-help"));
}
