//! The cycle overlay image: relief by day since infusion, one line per cycle, the latest on top,
//! with the thresholds in use, fitted decays and the days relief was lost.

use plotters::prelude::*;

use super::{
    Area, ChartError, PALETTE, days_since_infusion_chart, draw_error, draw_legend, legend_entry,
    message, print, threshold_lines,
};
use crate::charts::{Charts, cycle_label};
use crate::t;

/// Draws the cycle overlay on `area`.
pub(super) fn draw<DB: DrawingBackend<ErrorType: 'static>>(
    area: &Area<'_, DB>,
    charts: &Charts,
) -> Result<(), ChartError> {
    let overlay = &charts.overlay;
    if let Some(missing) = crate::wording::relief_chart_missing(&charts.analysis) {
        return message(area, &missing);
    }
    let lowest = overlay
        .curves
        .iter()
        .flat_map(|curve| curve.relief.iter().flatten())
        .map(|point| point.1)
        .fold(0.0_f64, f64::min)
        .max(-100.0);
    // Room beyond day 0 and 100% so points there lie inside the plot, not on its edges.
    let y_range = (lowest - 5.0).min(-10.0)..105.0;
    let x_max = overlay.max_day.max(14.0) + 1.0;
    let mut chart = days_since_infusion_chart(
        area,
        -0.5..x_max,
        y_range,
        &t!("chart-relief-from-baseline"),
    )?;
    threshold_lines(&mut chart, &charts.analysis.settings, x_max)?;
    for curve in &overlay.curves {
        let (color, width) = if curve.latest {
            (print(PALETTE.latest_cycle), 3)
        } else {
            (print(PALETTE.earlier_cycles), 1)
        };
        // A day logged alone, with no neighbour to join, is a dot.
        let dots = chart
            .draw_series(
                curve
                    .relief
                    .iter()
                    .filter(|run| run.len() == 1)
                    .flatten()
                    .map(|&point| Circle::new(point, width + 1, color.filled())),
            )
            .map_err(draw_error)?;
        // Worded here, in the language the image is drawn in.
        let latest_label = || {
            t!(
                "chart-cycle-latest",
                cycle = cycle_label(curve.index, curve.phase, curve.anchor)
            )
        };
        if curve.latest && curve.relief.iter().all(|run| run.len() < 2) {
            dots.label(latest_label())
                .legend(move |(x, y)| Circle::new((x + 8, y), 4, color.filled()));
        }
        for (run_index, run) in curve.relief.iter().filter(|run| run.len() > 1).enumerate() {
            let series = chart
                .draw_series(LineSeries::new(
                    run.iter().copied(),
                    color.stroke_width(width),
                ))
                .map_err(draw_error)?;
            if run_index == 0 && curve.latest {
                series.label(latest_label()).legend(move |(x, y)| {
                    PathElement::new([(x, y), (x + 16, y)], color.stroke_width(3))
                });
            }
        }
        if !curve.fitted.is_empty() {
            chart
                .draw_series(DashedLineSeries::new(
                    curve.fitted.iter().copied(),
                    5,
                    4,
                    color
                        .mix(if curve.latest { 0.9 } else { 0.45 })
                        .stroke_width(1),
                ))
                .map_err(draw_error)?;
        }
        if let Some((day, pct)) = curve.loss {
            chart
                .draw_series(std::iter::once(Cross::new(
                    (day, pct),
                    6,
                    color.stroke_width(2),
                )))
                .map_err(draw_error)?;
        }
    }
    legend_entry(&mut chart, &t!("chart-earlier-cycles"), |(x, y)| {
        PathElement::new(
            [(x, y), (x + 16, y)],
            print(PALETTE.earlier_cycles).stroke_width(1),
        )
    })?;
    legend_entry(&mut chart, &t!("chart-fitted-decay"), |(x, y)| {
        Cross::new((x + 8, y), 5, print(PALETTE.earlier_cycles).stroke_width(2))
    })?;
    draw_legend(&mut chart, SeriesLabelPosition::UpperRight)
}
