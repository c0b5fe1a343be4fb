//! The typical-cycle image: relief by day since infusion as the median of the completed cycles
//! with the band of their middle half, the latest cycle on top and the thresholds in use.

use plotters::prelude::*;

use super::{
    Area, ChartError, PALETTE, days_since_infusion_chart, draw_error, draw_legend, legend_entry,
    message, print, swatch, threshold_lines,
};
use crate::charts::{Charts, MIN_TYPICAL_CYCLES};
use crate::t;
use crate::wording::{
    typical_band_label, typical_chart_missing, typical_latest_label, typical_median_label,
};

/// Draws the typical cycle on `area`.
pub(super) fn draw<DB: DrawingBackend<ErrorType: 'static>>(
    area: &Area<'_, DB>,
    charts: &Charts,
) -> Result<(), ChartError> {
    let typical = &charts.typical;
    if let Some(missing) = typical_chart_missing(
        &charts.analysis,
        typical.days.len(),
        typical.cycles,
        MIN_TYPICAL_CYCLES,
    ) {
        return message(area, &missing);
    }
    let lowest = typical
        .days
        .iter()
        .map(|day| day.lower_quartile)
        .chain(typical.latest.iter().flatten().map(|point| point.1))
        .fold(0.0_f64, f64::min)
        .max(-100.0);
    let y_range = (lowest - 5.0).min(-10.0)..100.0;
    let last_day = typical
        .days
        .iter()
        .map(|day| f64::from(day.day))
        .chain(typical.latest.iter().flatten().map(|point| point.0))
        .fold(14.0_f64, f64::max);
    let x_max = last_day + 1.0;
    let mut chart =
        days_since_infusion_chart(area, 0.0..x_max, y_range, &t!("chart-relief-from-baseline"))?;
    threshold_lines(&mut chart, &charts.analysis.settings, x_max)?;
    let band = print(PALETTE.earlier_cycles).mix(0.25);
    // The band in unbroken runs of days, so a day left out (too few cycles) leaves a gap.
    for run in runs(&typical.days, |day| day.day) {
        let upper = run
            .iter()
            .map(|day| (f64::from(day.day), day.upper_quartile));
        let lower = run
            .iter()
            .rev()
            .map(|day| (f64::from(day.day), day.lower_quartile));
        let outline: Vec<(f64, f64)> = upper.chain(lower).collect();
        if run.len() == 1 {
            let day = run[0];
            chart
                .draw_series(std::iter::once(PathElement::new(
                    [
                        (f64::from(day.day), day.lower_quartile),
                        (f64::from(day.day), day.upper_quartile),
                    ],
                    band.stroke_width(4),
                )))
                .map_err(draw_error)?;
        } else {
            chart
                .draw_series(std::iter::once(Polygon::new(outline, band.filled())))
                .map_err(draw_error)?;
        }
    }
    // The median in the text colour, so the latest cycle (in its own colour) stands apart.
    let median = print(PALETTE.text);
    for (index, run) in runs(&typical.days, |day| day.day).into_iter().enumerate() {
        let points: Vec<(f64, f64)> = run
            .iter()
            .map(|day| (f64::from(day.day), day.median))
            .collect();
        let series = if points.len() == 1 {
            chart
                .draw_series(
                    points
                        .iter()
                        .map(|&point| Circle::new(point, 4, median.filled())),
                )
                .map_err(draw_error)?
        } else {
            chart
                .draw_series(LineSeries::new(points, median.stroke_width(3)))
                .map_err(draw_error)?
        };
        if index == 0 {
            series
                .label(typical_median_label(typical.cycles))
                .legend(move |(x, y)| {
                    PathElement::new([(x, y), (x + 16, y)], median.stroke_width(3))
                });
        }
    }
    legend_entry(&mut chart, &typical_band_label(), swatch(band.filled()))?;
    let latest = print(PALETTE.latest_cycle);
    let mut labelled = false;
    for run in &typical.latest {
        let series = if run.len() == 1 {
            chart
                .draw_series(
                    run.iter()
                        .map(|&point| Circle::new(point, 3, latest.filled())),
                )
                .map_err(draw_error)?
        } else {
            chart
                .draw_series(LineSeries::new(run.iter().copied(), latest.stroke_width(2)))
                .map_err(draw_error)?
        };
        if !labelled {
            labelled = true;
            series
                .label(typical_latest_label(typical.latest_index))
                .legend(move |(x, y)| {
                    PathElement::new([(x, y), (x + 16, y)], latest.stroke_width(2))
                });
        }
    }
    draw_legend(&mut chart, SeriesLabelPosition::UpperRight)
}

/// Splits items sorted by day into runs of consecutive days.
fn runs<T: Copy>(items: &[T], day: impl Fn(&T) -> u32) -> Vec<Vec<T>> {
    let mut runs: Vec<Vec<T>> = Vec::new();
    for item in items {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|last| day(last) + 1 == day(item)) => {
                run.push(*item);
            }
            _ => runs.push(vec![*item]),
        }
    }
    runs
}
