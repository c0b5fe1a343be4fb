//! The relief charts that lead the Charts view: the typical cycle (median relief by day since
//! infusion with the band of the middle half of cycles, the latest cycle on top) and relief
//! survival (the share of cycles in which meaningful relief still held, beside the recent
//! intervals between infusions and the next planned infusion).

use eframe::egui;
use egui::Ui;
use egui_plot::{
    FilledArea, HLine, HoverPosition, Line, LineStyle, MarkerShape, Plot, PlotPoint, PlotPoints,
    Points, VLine,
};

use crate::charts::{MIN_TYPICAL_CYCLES, SurvivalChart, TypicalCycle};
use crate::domain::AnalysisSettings;
use crate::palette::Palette;
use crate::t;
use crate::ui::theme::{color, palette};
use crate::wording::format;
use crate::wording::{
    Threshold, next_planned_label, recent_intervals_label, survival_axis_title,
    survival_censored_label, survival_median_label, typical_band_label, typical_latest_label,
    typical_median_label,
};

/// Height of the relief plots.
pub const HEIGHT: f32 = 260.0;

/// The meaningful and substantial relief lines, labelled with the values in use.
pub fn threshold_lines(
    plot: &mut egui_plot::PlotUi<'_>,
    settings: &AnalysisSettings,
    palette: &Palette,
) {
    plot.hline(
        HLine::new(
            Threshold::Meaningful.line_label(settings),
            Threshold::Meaningful.value(settings),
        )
        .color(color(palette.meaningful_threshold))
        .width(1.5),
    );
    plot.hline(
        HLine::new(
            Threshold::Substantial.line_label(settings),
            Threshold::Substantial.value(settings),
        )
        .color(color(palette.substantial_threshold))
        .style(LineStyle::dotted_loose())
        .width(1.5),
    );
}

/// The name of the series under the pointer (empty away from one) and the point.
fn hovered<'a>(position: &HoverPosition<'a>) -> (&'a str, PlotPoint) {
    match *position {
        HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } => (plot_name, position),
        HoverPosition::Elsewhere { position } => ("", position),
    }
}

/// A plot of relief (0 to 100%) by day since infusion, its legend top right, naming the series
/// and the day's relief on hover: the typical cycle and the cycle overlay share it.
pub fn relief_plot(ui: &Ui, id: &str) -> Plot<'static> {
    Plot::new(id)
        .height(super::plot_height(ui, HEIGHT))
        .legend(super::small_legend(egui_plot::Corner::RightTop))
        .x_axis_label(t!("charts-days-since-infusion"))
        .y_axis_label(t!("charts-relief-axis"))
        .include_x(0.0)
        .include_y(0.0)
        .include_y(100.0)
        .allow_scroll(false)
        .label_formatter(|position| {
            let (name, point) = hovered(position);
            let text = t!(
                "charts-hover-relief",
                day = format::decimal(point.x, 0),
                relief = format::whole_percent(point.y)
            );
            Some(if name.is_empty() {
                text
            } else {
                format!("{name}\n{text}")
            })
        })
}

/// Whether the typical cycle has anything to draw: at least one day with
/// [`MIN_TYPICAL_CYCLES`] completed cycles behind it.
pub fn has_typical(typical: &TypicalCycle) -> bool {
    !typical.days.is_empty()
}

/// Draws the typical cycle.
pub fn typical_ui(ui: &mut Ui, typical: &TypicalCycle, settings: &AnalysisSettings) {
    let palette = palette(ui);
    let days: Vec<f64> = typical.days.iter().map(|day| f64::from(day.day)).collect();
    let lower: Vec<f64> = typical.days.iter().map(|day| day.lower_quartile).collect();
    let upper: Vec<f64> = typical.days.iter().map(|day| day.upper_quartile).collect();
    let median: Vec<[f64; 2]> = typical
        .days
        .iter()
        .map(|day| [f64::from(day.day), day.median])
        .collect();
    let band = color(palette.earlier_cycles).gamma_multiply(0.35);
    relief_plot(ui, "Typical cycle").show(ui, |plot| {
        threshold_lines(plot, settings, palette);
        plot.add(
            FilledArea::new(typical_band_label(), &days, &lower, &upper)
                .fill_color(band)
                .allow_hover(false),
        );
        plot.line(
            Line::new(
                typical_median_label(typical.cycles),
                PlotPoints::new(median),
            )
            .color(color(palette.text))
            .width(3.0),
        );
        let latest_name = typical_latest_label(typical.latest_index);
        for run in &typical.latest {
            let points: Vec<[f64; 2]> = run.iter().map(|&(x, y)| [x, y]).collect();
            if points.len() == 1 {
                plot.points(
                    Points::new(&latest_name, PlotPoints::new(points))
                        .radius(3.0)
                        .color(color(palette.latest_cycle)),
                );
            } else {
                plot.line(
                    Line::new(&latest_name, PlotPoints::new(points))
                        .color(color(palette.latest_cycle))
                        .width(2.0),
                );
            }
        }
    });
    ui.weak(t!("charts-typical-days-note", count = MIN_TYPICAL_CYCLES));
}

/// Draws relief survival with the sentence that describes it.
pub fn survival_ui(
    ui: &mut Ui,
    survival: &SurvivalChart,
    sentence: Option<&str>,
    settings: &AnalysisSettings,
) {
    let palette = palette(ui);
    let steps: Vec<[f64; 2]> = survival
        .step_points()
        .into_iter()
        .map(|(x, y)| [x, y])
        .collect();
    let censored: Vec<[f64; 2]> = survival
        .censored_marks()
        .into_iter()
        .map(|(x, y)| [x, y])
        .collect();
    let line = color(palette.latest_cycle);
    let x_max = f64::from(survival.max_day.max(14)) + 2.0;
    Plot::new("Relief survival")
        .height(super::plot_height(ui, HEIGHT))
        // The curve runs from the top left to the bottom right: the lower left is free.
        .legend(super::small_legend(egui_plot::Corner::LeftBottom))
        .x_axis_label(t!("charts-days-since-infusion"))
        .y_axis_label(survival_axis_title(settings))
        .include_x(0.0)
        .include_x(x_max)
        .include_y(0.0)
        .include_y(105.0)
        .allow_scroll(false)
        .label_formatter(|position| {
            let (_, point) = hovered(position);
            Some(t!(
                "charts-hover-survival",
                day = format::decimal(point.x, 0),
                share = format::whole_percent(point.y)
            ))
        })
        .show(ui, |plot| {
            let intervals = recent_intervals_label(survival.recent_intervals.len());
            for &day in &survival.recent_intervals {
                plot.vline(
                    VLine::new(&intervals, f64::from(day))
                        .color(color(palette.interval_bar))
                        .style(LineStyle::dashed_loose())
                        .width(2.0),
                );
            }
            if let Some(day) = survival.next_planned_day {
                plot.vline(
                    VLine::new(next_planned_label(day), f64::from(day))
                        .color(color(palette.planned))
                        .width(2.0),
                );
            }
            plot.line(
                Line::new(
                    t!("charts-survival-line", count = survival.survival.cycles),
                    PlotPoints::new(steps),
                )
                .color(line)
                .width(3.0)
                // A step line has vertical segments; drawn as a band it would become a wedge.
                .allow_band(false),
            );
            if !censored.is_empty() {
                plot.points(
                    Points::new(survival_censored_label(), PlotPoints::new(censored))
                        .shape(MarkerShape::Plus)
                        .radius(6.0)
                        .color(line),
                );
            }
            if let Some(day) = survival.survival.median_day {
                plot.points(
                    Points::new(
                        survival_median_label(Some(day)),
                        PlotPoints::new(vec![[f64::from(day), 50.0]]),
                    )
                    .shape(MarkerShape::Circle)
                    .filled(true)
                    .radius(5.0)
                    .color(color(palette.text)),
                );
            }
        });
    if survival.survival.median_day.is_none() {
        ui.weak(survival_median_label(None));
    }
    if let Some(sentence) = sentence {
        ui.label(sentence);
    }
}
