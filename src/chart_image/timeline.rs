//! The timeline image: daily pain with its 7-day mean, infusion markers by phase and the spans
//! without meaningful relief, then sleep quality and mobility panels on the same dates.

use chrono::{Duration, NaiveDate};
use plotters::coord::ranged1d::{AsRangedCoord, ValueFormatter};
use plotters::prelude::*;

use super::{
    Area, ChartError, PALETTE, draw_error, draw_legend, font, legend_entry, message, print,
    quietest_corner, swatch,
};
use crate::charts::{
    Charts, DateRange, MarkerKind, RangePreset, date_at, day_number, decimate_min_max,
};
use crate::t;
use crate::wording::format::{day_month, short_month_year};
use crate::wording::relief_lost_label;

/// How the date axis labels its ticks: by year, by month, or by day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TickFormat {
    /// `2026`.
    Year,
    /// `Mar 2026`, `mar 2026`.
    Month,
    /// `12 Mar`, `12 mar`.
    Day,
}

impl TickFormat {
    fn label(self, date: NaiveDate) -> String {
        match self {
            Self::Year => date.format("%Y").to_string(),
            Self::Month => short_month_year(date),
            Self::Day => day_month(date),
        }
    }
}

/// Draws the timeline of `range` (default: everything) on `area`.
pub(super) fn draw<DB: DrawingBackend<ErrorType: 'static>>(
    area: &Area<'_, DB>,
    charts: &Charts,
    range: Option<DateRange>,
) -> Result<(), ChartError> {
    let timeline = &charts.timeline;
    let (Some(first), Some(last)) = (timeline.first_date, timeline.last_date) else {
        return message(area, &t!("chart-timeline-empty"));
    };
    let range = range.unwrap_or_else(|| RangePreset::All.range(first, last));
    // A day of room on either side, so the first and last days' points lie inside the plot
    // (a period of one day sits in the middle) rather than on its edges.
    let dates = range.start - Duration::days(1)..range.end + Duration::days(1);
    // Ticks on month starts for up to three years, on year starts beyond.
    if range.days() > 3 * 366 {
        draw_panels(area, charts, range, dates.yearly(), TickFormat::Year)
    } else if range.days() > 120 {
        draw_panels(area, charts, range, dates.monthly(), TickFormat::Month)
    } else {
        draw_panels(area, charts, range, dates, TickFormat::Day)
    }
}

/// Pixels below the mobility panel for its dates.
const DATE_LABEL_AREA_PX: u32 = 30;

/// Draws the pain, sleep and mobility panels with `x_spec` as their date axis.
fn draw_panels<DB, X>(
    area: &Area<'_, DB>,
    charts: &Charts,
    range: DateRange,
    x_spec: X,
    tick_format: TickFormat,
) -> Result<(), ChartError>
where
    DB: DrawingBackend<ErrorType: 'static>,
    X: AsRangedCoord<Value = NaiveDate> + Clone,
    X::CoordDescType: ValueFormatter<NaiveDate>,
{
    let timeline = &charts.timeline;
    let height = area.dim_in_pixel().1;
    let (pain_area, rest) = area.split_vertically(height * 58 / 100);
    // The mobility panel also holds the dates below it: its plot gets the same height as sleep's,
    // so a short image does not squeeze its label into the one above.
    let sleep_height = (height - height * 58 / 100).saturating_sub(DATE_LABEL_AREA_PX) / 2;
    let (sleep_area, mobility_area) = rest.split_vertically(sleep_height);
    let width_px = area.dim_in_pixel().0 as usize;
    let visible = |values: &[(NaiveDate, f64)]| -> Vec<(NaiveDate, f64)> {
        let points: Vec<(f64, f64)> = values
            .iter()
            .filter(|(date, _)| range.contains(*date))
            .map(|&(date, value)| (day_number(date), value))
            .collect();
        decimate_min_max(&points, width_px / 2)
            .into_iter()
            .filter_map(|(x, value)| date_at(x).map(|date| (date, value)))
            .collect()
    };
    let date_label = |date: &NaiveDate| tick_format.label(*date);
    let score_label = |value: &f64| format!("{value:.0}");

    let panels: [(&Area<'_, DB>, String); 3] = [
        (&pain_area, t!("chart-axis-pain")),
        // Short words: the rotated label must fit the height of these small panels.
        (&sleep_area, t!("chart-axis-sleep")),
        (&mobility_area, t!("chart-axis-mobility")),
    ];
    for (index, (panel, label)) in panels.into_iter().enumerate() {
        let show_dates = index == 2;
        let mut chart = ChartBuilder::on(panel)
            .margin_top(6)
            .x_label_area_size(if show_dates { DATE_LABEL_AREA_PX } else { 0 })
            .y_label_area_size(52)
            .build_cartesian_2d(x_spec.clone(), -0.5_f64..10.5_f64)
            .map_err(draw_error)?;
        let mut mesh = chart.configure_mesh();
        mesh.light_line_style(print(PALETTE.grid).mix(0.0))
            .bold_line_style(print(PALETTE.grid))
            .y_labels(if index == 0 { 6 } else { 3 })
            .y_desc(label.as_str())
            .label_style(font(13))
            .axis_desc_style(font(if index == 0 { 14 } else { 12 }))
            .x_label_formatter(&date_label)
            .y_label_formatter(&score_label);
        if !show_dates {
            mesh.x_labels(0);
        }
        mesh.draw().map_err(draw_error)?;

        for &(start, end) in &timeline.relief_lost_spans {
            if end < range.start || start > range.end {
                continue;
            }
            let rectangle = Rectangle::new(
                [
                    (start.max(range.start), -0.5),
                    (end.min(range.end) + Duration::days(1), 10.5),
                ],
                print(PALETTE.relief_lost_span).filled(),
            );
            chart
                .draw_series(std::iter::once(rectangle))
                .map_err(draw_error)?;
        }
        for marker in timeline
            .markers
            .iter()
            .filter(|marker| range.contains(marker.date))
        {
            // Over years, markers thin out so the data between them stays visible.
            let style = if range.days() > 2 * 365 {
                marker_color(marker.kind).mix(0.35).stroke_width(1)
            } else {
                marker_color(marker.kind).stroke_width(2)
            };
            let line = [(marker.date, -0.5), (marker.date, 10.5)];
            if marker.kind == MarkerKind::Planned {
                chart
                    .draw_series(DashedLineSeries::new(line, 6, 4, style))
                    .map_err(draw_error)?;
            } else {
                chart
                    .draw_series(LineSeries::new(line, style))
                    .map_err(draw_error)?;
            }
        }
        let (values, color) = match index {
            0 => (&timeline.pain, print(PALETTE.daily_pain)),
            1 => (&timeline.sleep_quality, print(PALETTE.sleep_quality)),
            _ => (&timeline.mobility, print(PALETTE.mobility)),
        };
        let points = chart
            .draw_series(
                visible(values)
                    .into_iter()
                    .map(|point| Circle::new(point, 2, color.filled())),
            )
            .map_err(draw_error)?;
        if index > 0 {
            continue;
        }
        points
            .label(t!("chart-daily-pain"))
            .legend(|(x, y)| Circle::new((x + 8, y), 3, print(PALETTE.daily_pain).filled()));
        let mut mean_labelled = false;
        for run in timeline.pain_mean.iter().filter(|run| run.len() > 1) {
            let points = visible(run);
            let style = print(PALETTE.pain_mean).stroke_width(3);
            let series = match points.len() {
                0 => continue,
                // A single day of the mean in view is a dot: a line needs two points.
                1 => chart.draw_series(
                    points
                        .into_iter()
                        .map(|point| Circle::new(point, 3, style.filled())),
                ),
                _ => chart.draw_series(LineSeries::new(points, style)),
            }
            .map_err(draw_error)?;
            if !mean_labelled {
                mean_labelled = true;
                series.label(t!("chart-pain-mean")).legend(|(x, y)| {
                    PathElement::new(
                        [(x, y), (x + 16, y)],
                        print(PALETTE.pain_mean).stroke_width(3),
                    )
                });
            }
        }
        for kind in [
            MarkerKind::Loading,
            MarkerKind::Maintenance,
            MarkerKind::Planned,
        ] {
            if timeline.markers.iter().any(|marker| marker.kind == kind) {
                let color = marker_color(kind);
                legend_entry(&mut chart, &kind.label(), move |(x, y)| {
                    PathElement::new([(x + 8, y - 7), (x + 8, y + 7)], color.stroke_width(2))
                })?;
            }
        }
        if !timeline.relief_lost_spans.is_empty() {
            legend_entry(
                &mut chart,
                &relief_lost_label(&charts.analysis.settings),
                swatch(print(PALETTE.relief_lost_span).filled()),
            )?;
        }
        // Where the legend hides the fewest days of pain and of its 7-day mean.
        let span = (range.days().max(2) - 1) as f64;
        let shares: Vec<(f64, f64)> = timeline
            .pain
            .iter()
            .chain(timeline.pain_mean.iter().flatten())
            .filter(|(date, _)| range.contains(*date))
            .map(|(date, value)| {
                let x = (*date - range.start).num_days() as f64 / span;
                (x, (value + 0.5) / 11.0)
            })
            .collect();
        draw_legend(&mut chart, quietest_corner(&shares))?;
    }
    Ok(())
}

/// The colour of an infusion marker.
fn marker_color(kind: MarkerKind) -> RGBAColor {
    match kind {
        MarkerKind::Loading => print(PALETTE.loading),
        MarkerKind::Maintenance => print(PALETTE.maintenance),
        MarkerKind::Planned => print(PALETTE.planned),
    }
}
