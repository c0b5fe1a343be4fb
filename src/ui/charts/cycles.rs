//! The cycle overlay (relief by day since infusion, one line per cycle) and relief duration per
//! cycle (bars beside the interval to the next infusion, with the trend).

use eframe::egui;
use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Line, LineStyle, MarkerShape, Plot, PlotPoints, Points};

use crate::charts::{CycleOverlay, Durations};
use crate::domain::AnalysisSettings;
use crate::t;
use crate::ui::theme::{color, palette};
use crate::wording::durations_legend;

use super::relief::HEIGHT;
/// Draws relief by day since infusion for the last `shown` cycles.
pub fn overlay_ui(ui: &mut Ui, overlay: &CycleOverlay, settings: &AnalysisSettings, shown: usize) {
    let palette = palette(ui);
    let (latest, earlier) = (color(palette.latest_cycle), color(palette.earlier_cycles));
    let skip = overlay.curves.len().saturating_sub(shown);
    let earlier_name = t!("charts-earlier-cycles");
    let fitted_name = t!("charts-fitted-decay");
    super::relief::relief_plot(ui, "Cycle overlay").show(ui, |plot| {
        super::relief::threshold_lines(plot, settings, palette);
        for curve in overlay.curves.iter().skip(skip) {
            let (name, color, width) = if curve.latest {
                (curve.label.clone(), latest, 3.0)
            } else {
                (earlier_name.clone(), earlier, 1.5)
            };
            for run in &curve.relief {
                let points: Vec<[f64; 2]> = run.iter().map(|&(x, y)| [x, y]).collect();
                plot.line(
                    Line::new(&name, PlotPoints::new(points))
                        .color(color)
                        .width(width),
                );
            }
            if !curve.fitted.is_empty() {
                let points: Vec<[f64; 2]> = curve.fitted.iter().map(|&(x, y)| [x, y]).collect();
                plot.line(
                    Line::new(&fitted_name, PlotPoints::new(points))
                        .color(color)
                        .width(1.2)
                        .style(LineStyle::dashed_loose())
                        .allow_hover(false),
                );
            }
        }
        let losses: Vec<[f64; 2]> = overlay
            .curves
            .iter()
            .skip(skip)
            .filter_map(|curve| curve.loss.map(|(x, y)| [x, y]))
            .collect();
        plot.points(
            Points::new(t!("charts-relief-lost"), PlotPoints::new(losses))
                .shape(MarkerShape::Diamond)
                .radius(5.0)
                .color(color(palette.meaningful_threshold))
                .filled(true),
        );
    });
}

/// Draws how long meaningful relief lasted per cycle, beside the interval to the next infusion.
pub fn durations_ui(ui: &mut Ui, durations: &Durations, settings: &AnalysisSettings, shown: usize) {
    ui.label(RichText::new(t!("charts-durations-title")).strong());
    let palette = palette(ui);
    let bar_color = color(palette.relief_bar);
    let skip = durations.bars.len().saturating_sub(shown);
    let bars = &durations.bars[skip..];
    let labels: Vec<(u32, String)> = bars
        .iter()
        .map(|bar| (bar.index, bar.label.clone()))
        .collect();
    let mut lasted = Vec::new();
    let mut at_least = Vec::new();
    let mut intervals = Vec::new();
    let mut none = Vec::new();
    for bar in bars {
        let x = f64::from(bar.index);
        if let Some(days) = bar.relief_days {
            let drawn = Bar::new(x - 0.2, f64::from(days)).width(0.38);
            if bar.at_least {
                at_least.push(
                    drawn
                        .name(t!(
                            "charts-bar-at-least",
                            cycle = bar.label.as_str(),
                            days = days
                        ))
                        .fill(bar_color.gamma_multiply(0.25))
                        .stroke(egui::Stroke::new(1.5, bar_color)),
                );
            } else {
                lasted.push(drawn.name(t!(
                    "charts-bar-lasted",
                    cycle = bar.label.as_str(),
                    days = days
                )));
            }
        } else if bar.no_meaningful_relief {
            none.push([x - 0.2, 0.0]);
        }
        if let Some(days) = bar.interval_days {
            intervals.push(Bar::new(x + 0.2, f64::from(days)).width(0.38).name(t!(
                "charts-bar-interval",
                cycle = bar.label.as_str(),
                days = days
            )));
        }
    }
    // The trend spans the cycles it was fitted to, as far as they are shown.
    let trend: Vec<[f64; 2]> = match (durations.trend, bars.first()) {
        (Some(trend), Some(first)) if trend.last_index >= first.index => {
            let from = f64::from(trend.first_index.max(first.index));
            let to = f64::from(trend.last_index);
            vec![[from, trend.at(from)], [to, trend.at(to)]]
        }
        _ => Vec::new(),
    };
    let lasted_legend = durations_legend(settings);
    Plot::new("Relief durations")
        .height(super::plot_height(ui, HEIGHT))
        .legend(super::small_legend(egui_plot::Corner::RightTop))
        .x_axis_label(t!("charts-durations-x-axis"))
        .y_axis_label(t!("charts-durations-y-axis"))
        .include_y(0.0)
        .allow_scroll(false)
        .x_axis_formatter(move |mark, _range| {
            let index = mark.value.round();
            if (mark.value - index).abs() > 1e-6 {
                return String::new();
            }
            labels
                .iter()
                .find(|(bar, _)| f64::from(*bar) == index)
                .map(|(_, label)| label.clone())
                .unwrap_or_default()
        })
        .label_formatter(|_| None)
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(lasted_legend, lasted).color(bar_color));
            plot.bar_chart(
                BarChart::new(t!("charts-durations-at-least"), at_least).color(bar_color),
            );
            plot.bar_chart(
                BarChart::new(t!("charts-durations-interval"), intervals)
                    .color(color(palette.interval_bar)),
            );
            if !none.is_empty() {
                plot.points(
                    Points::new(t!("charts-durations-none"), PlotPoints::new(none))
                        .shape(MarkerShape::Cross)
                        .radius(6.0)
                        .color(color(palette.meaningful_threshold)),
                );
            }
            if !trend.is_empty() {
                plot.line(
                    Line::new(t!("charts-durations-trend"), PlotPoints::new(trend))
                        .color(color(palette.trend))
                        .width(2.0)
                        .style(LineStyle::dashed_loose()),
                );
            }
        });
}
