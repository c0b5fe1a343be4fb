//! The cycle overlay (relief by day since infusion, one line per cycle) and relief duration per
//! cycle (bars beside the interval to the next infusion, with the trend).

use eframe::egui;
use egui::{Rangef, RichText, TextStyle, Ui};
use egui_plot::{
    AxisHints, Bar, BarChart, GridMark, Line, LineStyle, MarkerShape, Plot, PlotPoints, Points,
};

use crate::charts::{CycleOverlay, DurationBar, Durations};
use crate::domain::AnalysisSettings;
use crate::t;
use crate::ui::theme::{color, palette};
use crate::wording::durations_legend;

use super::legend::{LegendItem, Mark, legend_ui};
use super::relief::HEIGHT;

/// The durations chart's grid spacing (egui_plot's default), named because its x axis reads the
/// plot's scale from it: a grid spacer is told how many cycles `GRID_SPACING.min` points span.
const GRID_SPACING: Rangef = Rangef {
    min: 8.0,
    max: 300.0,
};
/// The width of the durations chart's y axis, its numbers and title; the plot is the rest.
const Y_AXIS_WIDTH: f32 = 48.0;
/// The least room beyond the first and last bars, in cycles: a bar pair and a little space.
const MIN_EDGE_ROOM: f64 = 0.8;

/// Draws relief by day since infusion for the last `shown` cycles.
pub fn overlay_ui(ui: &mut Ui, overlay: &CycleOverlay, settings: &AnalysisSettings, shown: usize) {
    let palette = palette(ui);
    let (latest, earlier) = (color(palette.latest_cycle), color(palette.earlier_cycles));
    let skip = overlay.curves.len().saturating_sub(shown);
    let earlier_name = t!("charts-earlier-cycles");
    let fitted_name = t!("charts-fitted-decay");
    let curves = || overlay.curves.iter().skip(skip);
    let mut legend = super::relief::threshold_legend(settings, palette);
    for curve in curves().filter(|curve| curve.latest) {
        legend.push(LegendItem::new(&curve.label, latest, Mark::Line));
    }
    if curves().any(|curve| !curve.latest) {
        legend.push(LegendItem::new(&earlier_name, earlier, Mark::Line));
    }
    if curves().any(|curve| !curve.fitted.is_empty()) {
        legend.push(LegendItem::new(&fitted_name, earlier, Mark::Dashed));
    }
    if curves().any(|curve| curve.loss.is_some()) {
        legend.push(LegendItem::new(
            t!("charts-relief-lost"),
            color(palette.meaningful_threshold),
            Mark::Diamond,
        ));
    }
    legend_ui(ui, &legend);
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
    let mut legend = Vec::new();
    if !lasted.is_empty() {
        legend.push(LegendItem::new(&lasted_legend, bar_color, Mark::Bar));
    }
    if !at_least.is_empty() {
        legend.push(LegendItem::new(
            t!("charts-durations-at-least"),
            bar_color,
            Mark::OutlinedBar,
        ));
    }
    if !intervals.is_empty() {
        legend.push(LegendItem::new(
            t!("charts-durations-interval"),
            color(palette.interval_bar),
            Mark::Bar,
        ));
    }
    if !none.is_empty() {
        legend.push(LegendItem::new(
            t!("charts-durations-none"),
            color(palette.meaningful_threshold),
            Mark::Cross,
        ));
    }
    if !trend.is_empty() {
        legend.push(LegendItem::new(
            t!("charts-durations-trend"),
            color(palette.trend),
            Mark::Dashed,
        ));
    }
    legend_ui(ui, &legend);
    let (first_bar, last_bar) = (
        bars.first().map_or(0.0, |bar| f64::from(bar.index)),
        bars.last().map_or(0.0, |bar| f64::from(bar.index)),
    );
    let cycles: Vec<u32> = bars.iter().map(|bar| bar.index).collect();
    let widest = widest_label(ui, bars);
    let label_width = widest + ui.spacing().item_spacing.x;
    // Room beyond the first and last bars for half their date labels.
    let room = edge_room(
        last_bar - first_bar,
        f64::from(ui.available_width() - Y_AXIS_WIDTH),
        f64::from(widest) / 2.0,
    );
    let x_axis = AxisHints::new_x()
        .label(t!("charts-durations-x-axis"))
        .formatter(move |mark, _range| {
            labels
                .iter()
                .find(|(bar, _)| f64::from(*bar) == mark.value)
                .map(|(_, label)| label.clone())
                .unwrap_or_default()
        })
        // The marks already keep the labels apart: each is drawn in full.
        .label_spacing(Rangef::new(0.0, label_width));
    Plot::new("Relief durations")
        .height(super::plot_height(ui, HEIGHT))
        .include_x(first_bar - room)
        .include_x(last_bar + room)
        .custom_x_axes(vec![x_axis])
        .y_axis_label(t!("charts-durations-y-axis"))
        .y_axis_min_width(Y_AXIS_WIDTH)
        .include_y(0.0)
        .allow_scroll(false)
        .grid_spacing(GRID_SPACING)
        .x_grid_spacer(move |input| {
            let width = (input.bounds.1 - input.bounds.0) * f64::from(GRID_SPACING.min)
                / input.base_step_size;
            cycle_label_marks(&cycles, input.bounds, width, f64::from(label_width))
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

/// The width of the widest of `bars`' date labels in the ui's body font, as the plot writes them.
fn widest_label(ui: &Ui, bars: &[DurationBar]) -> f32 {
    let font = TextStyle::Body.resolve(ui.style());
    bars.iter()
        .map(|bar| {
            let galley = ui.painter().layout_no_wrap(
                bar.label.clone(),
                font.clone(),
                egui::Color32::PLACEHOLDER,
            );
            galley.size().x
        })
        .fold(0.0, f32::max)
}

/// Where the durations chart's x axis writes a cycle's date: under the first and the last of the
/// `cycles` (ascending) within `bounds`, and every `step`th cycle counted back from the last,
/// `step` the fewest cycles that keep labels `label_width` points (a label and the space after
/// it) apart on a plot `width` points wide. The first may stand up to two steps from the next
/// label; where it would meet the last, only the last is labelled.
fn cycle_label_marks(
    cycles: &[u32],
    bounds: (f64, f64),
    width: f64,
    label_width: f64,
) -> Vec<GridMark> {
    let (low, high) = bounds;
    let shown: Vec<u32> = cycles
        .iter()
        .copied()
        .filter(|&cycle| (low..=high).contains(&f64::from(cycle)))
        .collect();
    let (Some(&first), Some(&last)) = (shown.first(), shown.last()) else {
        return Vec::new();
    };
    let points_per_cycle = width / (high - low);
    if !(points_per_cycle.is_finite() && points_per_cycle > 0.0) {
        return Vec::new();
    }
    let step = (label_width / points_per_cycle).ceil().max(1.0) as u32;
    let mark = |cycle: u32, step_size: f64| GridMark {
        value: f64::from(cycle),
        step_size,
    };
    if last - first < step {
        // Its step the whole axis, so that the plot has room to write it.
        return vec![mark(last, high - low)];
    }
    let step_size = f64::from(step);
    let mut marks = vec![mark(first, step_size)];
    marks.extend(
        shown
            .iter()
            .filter(|&&cycle| (last - cycle) % step == 0 && cycle - first >= step)
            .map(|&cycle| mark(cycle, step_size)),
    );
    marks
}

/// The cycles shown beyond the first and the last bars, `between` cycles apart, so that half a
/// label, `half_label` points, fits there on a plot `width` points wide: `room` cycles at each
/// end take `room / (between + 2 room)` of the width. At least [`MIN_EDGE_ROOM`].
fn edge_room(between: f64, width: f64, half_label: f64) -> f64 {
    let room = half_label * between / (width - 2.0 * half_label);
    if room.is_finite() && room > MIN_EDGE_ROOM {
        room
    } else {
        MIN_EDGE_ROOM
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cycles labelled, and the step between labels, for cycles `first..=last` on a plot
    /// `width` points wide showing one cycle and a half beyond the first and the last.
    fn labelled(first: u32, last: u32, width: f64, label_width: f64) -> (Vec<u32>, f64) {
        let cycles: Vec<u32> = (first..=last).collect();
        let bounds = (f64::from(first) - 1.5, f64::from(last) + 1.5);
        let marks = cycle_label_marks(&cycles, bounds, width, label_width);
        let step = marks.first().map_or(0.0, |mark| mark.step_size);
        (marks.iter().map(|mark| mark.value as u32).collect(), step)
    }

    #[test]
    fn every_cycle_is_labelled_where_the_labels_fit() {
        // Cycles 1 to 8 across 10 cycles of 500 points: 50 points each, labels of 45 fit.
        assert_eq!(labelled(1, 8, 500.0, 45.0), ((1..=8).collect(), 1.0));
    }

    #[test]
    fn labels_are_thinned_to_every_nth_cycle_counted_back_from_the_last() {
        // 50 points per cycle, labels of 60: every 2nd cycle.
        assert_eq!(labelled(1, 9, 550.0, 60.0), (vec![1, 3, 5, 7, 9], 2.0));
        // Cycle 2 would stand one cycle from the first, whose label is always written.
        assert_eq!(labelled(1, 8, 500.0, 60.0), (vec![1, 4, 6, 8], 2.0));
        // 20 points per cycle (28 cycles across 560 points), labels of 73: every 4th.
        assert_eq!(
            labelled(1, 26, 560.0, 73.0),
            (vec![1, 6, 10, 14, 18, 22, 26], 4.0)
        );
    }

    #[test]
    fn the_first_and_the_last_are_labelled_when_nothing_else_fits() {
        // 50 points per cycle, labels of 300: six cycles apart, so none between 1 and 8.
        assert_eq!(labelled(1, 8, 500.0, 300.0), (vec![1, 8], 6.0));
    }

    #[test]
    fn only_the_last_is_labelled_when_the_first_would_meet_it() {
        // Two cycles across 4 cycles of 120 points: 30 points apart, labels of 60.
        assert_eq!(labelled(1, 2, 120.0, 60.0), (vec![2], 4.0));
        assert_eq!(labelled(5, 5, 300.0, 60.0), (vec![5], 3.0));
        assert_eq!(labelled(1, 0, 300.0, 60.0), (vec![], 0.0));
    }

    #[test]
    fn only_cycles_in_view_are_labelled() {
        let cycles: Vec<u32> = (1..=20).collect();
        let marks = cycle_label_marks(&cycles, (9.6, 14.4), 480.0, 60.0);
        let values: Vec<f64> = marks.iter().map(|mark| mark.value).collect();
        assert_eq!(values, [10.0, 11.0, 12.0, 13.0, 14.0]);
    }

    #[test]
    fn the_edges_leave_room_for_half_a_label() {
        // 8 cycles on 500 points: 0.8 of a cycle (over 50 points) already holds 36.
        assert_eq!(edge_room(7.0, 500.0, 36.0), 0.8);
        // 26 cycles on 300 points, half labels of 37: 37 * 25 / (300 - 74) = 4.09 cycles, and
        // 4.09 of the 33.2 cycles across take 300 * 4.09 / 33.2 = 37 points.
        let room = edge_room(25.0, 300.0, 37.0);
        assert!((room - 4.093).abs() < 0.001, "{room}");
        assert!((300.0 * room / (25.0 + 2.0 * room) - 37.0).abs() < 1e-9);
        // A plot narrower than a label: the least room, nothing to gain.
        assert_eq!(edge_room(25.0, 60.0, 37.0), 0.8);
    }

    #[test]
    fn labels_never_meet_and_keep_one_step_apart() {
        for width in (100..=1200).step_by(7) {
            for label_width in [40.0, 73.0, 120.0, 150.0] {
                let (cycles, step) = labelled(1, 26, f64::from(width), label_width);
                let points_per_cycle = f64::from(width) / 28.0;
                assert_eq!(cycles.last(), Some(&26));
                let gaps: Vec<u32> = cycles.windows(2).map(|pair| pair[1] - pair[0]).collect();
                if let Some((first_gap, rest)) = gaps.split_first() {
                    assert!(f64::from(*first_gap) * points_per_cycle >= label_width);
                    assert!(f64::from(*first_gap) < 2.0 * step, "{cycles:?}");
                    assert!(rest.iter().all(|&gap| f64::from(gap) == step), "{cycles:?}");
                }
                assert_eq!(cycles.len() > 1, 25.0 * points_per_cycle >= label_width);
            }
        }
    }
}
