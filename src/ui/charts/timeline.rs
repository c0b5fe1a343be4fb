//! The timeline: daily pain and its 7-day mean with infusion markers, then sleep quality and
//! mobility in linked panels on the same date axis.

use chrono::{Datelike, Months, NaiveDate};
use eframe::egui;
use egui::{Color32, Id, Ui};
use egui_plot::{
    GridInput, GridMark, HoverPosition, Line, MarkerShape, Plot, PlotPoints, Points, Polygon, VLine,
};

use crate::charts::{DateRange, MarkerKind, date_at, day_number, tick_label};

use super::super::plot_series::{PlotSeries, visible_points};
use super::ChartsState;
use crate::palette::Palette;
use crate::t;
use crate::ui::theme::{color, palette};
use crate::ui::widgets::day_label;
use crate::wording::format;

/// Height of the pain plot.
const PAIN_HEIGHT: f32 = 230.0;
/// Height of the sleep and mobility panels.
const PANEL_HEIGHT: f32 = 95.0;
/// Horizontal pixels per min/max pair when thinning points.
const PIXELS_PER_BUCKET: f32 = 2.0;

/// The colour of an infusion marker in `palette`.
fn marker_color(palette: &Palette, kind: MarkerKind) -> Color32 {
    color(match kind {
        MarkerKind::Loading => palette.loading,
        MarkerKind::Maintenance => palette.maintenance,
        MarkerKind::Planned => palette.planned,
    })
}

/// Draws the three linked timeline plots and records the visible range in `state`.
pub fn timeline_ui(ui: &mut Ui, state: &mut ChartsState, series: &PlotSeries) {
    let link = Id::unique("timeline_link");
    let (low, high) = match state.pending.or(state.visible) {
        Some(range) => (day_number(range.start) - 0.5, day_number(range.end) + 0.5),
        None => (f64::MIN, f64::MAX),
    };
    let buckets = ((ui.available_width() / PIXELS_PER_BUCKET) as usize).max(50);
    let pending = state.pending;
    let palette = palette(ui);

    if series.pain_mean.iter().all(Vec::is_empty) {
        ui.weak(crate::wording::pain_mean_missing());
    }
    let pain_name = t!("charts-pain");
    let mean_name = t!("charts-pain-mean");
    let response = date_plot("Pain timeline", link, series)
        .height(PAIN_HEIGHT)
        .default_y_bounds(0.0, 10.5)
        .y_axis_label(t!("charts-pain-axis"))
        .legend(super::small_legend(egui_plot::Corner::LeftTop))
        .show(ui, |plot| {
            if let Some(range) = pending {
                plot.set_plot_bounds_x(day_number(range.start) - 0.5..=day_number(range.end) + 0.5);
            }
            for &(start, end) in &series.relief_lost {
                if end >= low && start <= high {
                    let (left, right) = (start - 0.5, end + 0.5);
                    plot.polygon(
                        Polygon::new(
                            series.relief_lost_label.as_str(),
                            PlotPoints::new(vec![
                                [left, 0.0],
                                [right, 0.0],
                                [right, 10.5],
                                [left, 10.5],
                            ]),
                        )
                        .fill_color(color(palette.relief_lost_span))
                        .stroke(egui::Stroke::NONE)
                        .allow_hover(false),
                    );
                }
            }
            for &(x, kind) in &series.markers {
                if x >= low && x <= high {
                    plot.vline(
                        VLine::new(kind.label(), x)
                            .color(marker_color(palette, kind))
                            .width(1.5),
                    );
                }
            }
            plot.points(
                Points::new(
                    &pain_name,
                    PlotPoints::new(visible_points(&series.pain, low, high, buckets)),
                )
                .color(color(palette.daily_pain))
                .radius(2.0)
                .shape(MarkerShape::Circle)
                .filled(true),
            );
            for run in &series.pain_mean {
                let (Some(first), Some(last)) = (run.first(), run.last()) else {
                    continue;
                };
                if last.0 >= low && first.0 <= high {
                    plot.line(
                        Line::new(
                            &mean_name,
                            PlotPoints::new(visible_points(run, low, high, buckets)),
                        )
                        .color(color(palette.pain_mean))
                        .width(2.5),
                    );
                }
            }
        });
    if let Some(visible) = shown_range(&response.transform) {
        state.shown(visible);
    }

    for (id, name, values, colour) in [
        (
            "sleep-quality",
            t!("charts-sleep-quality"),
            &series.sleep_quality,
            palette.sleep_quality,
        ),
        (
            "mobility",
            t!("charts-mobility"),
            &series.mobility,
            palette.mobility,
        ),
    ] {
        if values.is_empty() {
            // Nothing logged: say so instead of drawing empty axes.
            ui.weak(crate::wording::panel_missing(&name));
            continue;
        }
        date_plot(id, link, series)
            .height(PANEL_HEIGHT)
            .default_y_bounds(0.0, 10.5)
            .y_axis_label(&name)
            .show(ui, |plot| {
                for &(x, kind) in &series.markers {
                    if x >= low && x <= high {
                        plot.vline(
                            VLine::new(kind.label(), x)
                                .color(marker_color(palette, kind).gamma_multiply(0.5))
                                .width(1.0),
                        );
                    }
                }
                plot.line(
                    Line::new(
                        &name,
                        PlotPoints::new(visible_points(values, low, high, buckets)),
                    )
                    .color(color(colour))
                    .width(1.5),
                );
            });
    }
}

/// A plot with a calendar date axis, linked in x and cursor to the other timeline plots, that
/// pans and zooms only in time; `id` tells it from the others.
fn date_plot<'a>(id: &'a str, link: Id, series: &'a PlotSeries) -> Plot<'a> {
    Plot::new(id)
        .link_axis(link, [true, false])
        .link_cursor(link, [true, false])
        .allow_zoom([true, false])
        .allow_drag([true, false])
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .y_axis_min_width(48.0)
        .x_grid_spacer(date_grid_marks)
        .x_axis_formatter(|mark, range| tick_label(mark.value, range.end() - range.start()))
        .label_formatter(move |position| hover_label(series, position))
}

/// The dates the plot shows: the first and last whole day inside its x bounds.
fn shown_range(transform: &egui_plot::PlotTransform) -> Option<DateRange> {
    let bounds = transform.bounds();
    let start = date_at(bounds.min()[0].ceil())?;
    let end = date_at(bounds.max()[0].floor())?;
    (start <= end).then_some(DateRange { start, end })
}

/// The hover label: the date and the day's values.
fn hover_label(series: &PlotSeries, position: &HoverPosition<'_>) -> Option<String> {
    let x = match position {
        HoverPosition::NearDataPoint { position, .. } | HoverPosition::Elsewhere { position } => {
            position.x
        }
    };
    let date = date_at(x)?;
    let mut lines = vec![day_label(date)];
    if let Some(values) = series.day_at(x) {
        let mut add = |name: String, value: Option<f64>, decimals: usize| {
            if let Some(value) = value {
                lines.push(t!(
                    "charts-hover-value",
                    name = name,
                    value = format::decimal(value, decimals)
                ));
            }
        };
        add(t!("charts-pain"), values.pain, 0);
        add(t!("charts-pain-mean"), values.pain_mean, 1);
        add(t!("charts-sleep-quality"), values.sleep_quality, 0);
        add(t!("charts-mobility"), values.mobility, 0);
        if let Some(kind) = values.infusion {
            lines.push(kind.label().to_owned());
        }
    }
    Some(lines.join("\n"))
}

/// Grid lines on calendar dates: days, weeks, months, quarters or years, about eight across.
fn date_grid_marks(input: GridInput) -> Vec<GridMark> {
    let (low, high) = input.bounds;
    let span = high - low;
    let (Some(start), Some(end)) = (date_at(low.floor()), date_at(high.ceil())) else {
        return Vec::new();
    };
    if !(span.is_finite() && span > 0.0) {
        return Vec::new();
    }
    let target = span / 8.0;
    let mark = |date: NaiveDate, step: f64| GridMark {
        value: day_number(date),
        step_size: step,
    };
    if target <= 1.5 {
        return start
            .iter_days()
            .take_while(|date| *date <= end)
            .map(|date| mark(date, 1.0))
            .collect();
    }
    if target <= 10.0 {
        return start
            .iter_days()
            .take_while(|date| *date <= end)
            .filter(|date| date.weekday() == chrono::Weekday::Mon)
            .map(|date| mark(date, 7.0))
            .collect();
    }
    let months_per_step: u32 = match target {
        t if t <= 40.0 => 1,
        t if t <= 120.0 => 3,
        t if t <= 200.0 => 6,
        t if t <= 400.0 => 12,
        t if t <= 800.0 => 24,
        t if t <= 2000.0 => 60,
        _ => 120,
    };
    let step = f64::from(months_per_step) * 30.44;
    let mut marks = Vec::new();
    let mut month = NaiveDate::from_ymd_opt(start.year(), start.month(), 1);
    while let Some(date) = month {
        if date > end {
            break;
        }
        let index = date.year() * 12 + date.month0() as i32;
        if date >= start && index % months_per_step as i32 == 0 {
            marks.push(mark(date, step));
        }
        month = date.checked_add_months(Months::new(1));
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(from: &str, days: f64) -> Vec<String> {
        let low = day_number(from.parse().unwrap());
        date_grid_marks(GridInput {
            bounds: (low, low + days),
            base_step_size: 1.0,
        })
        .iter()
        .filter_map(|mark| date_at(mark.value))
        .map(|date| date.to_string())
        .collect()
    }

    #[test]
    fn grid_marks_fall_on_calendar_boundaries() {
        let quarter = marks("2026-01-15", 92.0);
        assert_eq!(quarter, ["2026-02-01", "2026-03-01", "2026-04-01"]);
        let years = marks("2010-03-01", 20.0 * 365.0);
        assert!(
            years.iter().all(|date| date.ends_with("-01-01")),
            "{years:?}"
        );
        assert!((2..=12).contains(&years.len()), "{years:?}");
        let week = marks("2026-03-02", 6.0);
        assert_eq!(week.len(), 7);
    }
}
