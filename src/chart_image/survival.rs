//! The relief-survival image: the share of cycles in which meaningful relief still held by day
//! since infusion (Kaplan-Meier), censored cycles marked, the median marked, and the recent
//! intervals between infusions and the next planned infusion's day on the same axis, with the
//! sentence that describes it underneath.

use plotters::prelude::*;

use super::{
    Area, ChartError, PALETTE, days_since_infusion_chart, draw_error, draw_legend, font,
    legend_entry, message, print,
};
use crate::charts::Charts;
use crate::t;
use crate::wording::{
    next_planned_label, recent_intervals_label, relief_chart_missing, survival_axis_title,
    survival_censored_label, survival_median_label, survival_sentence,
};

/// Height of the sentence under the chart, in pixels.
const SENTENCE_HEIGHT: u32 = 34;
/// Narrower images (the report's half-width charts) leave the sentence to the text around them,
/// where it can be read and selected.
const SENTENCE_MIN_WIDTH: u32 = 900;

/// Draws the relief survival on `area`.
pub(super) fn draw<DB: DrawingBackend<ErrorType: 'static>>(
    area: &Area<'_, DB>,
    charts: &Charts,
) -> Result<(), ChartError> {
    let chart_model = &charts.survival;
    if let Some(missing) = relief_chart_missing(&charts.analysis) {
        return message(area, &missing);
    }
    let (width, height) = area.dim_in_pixel();
    let sentence =
        survival_sentence(&charts.analysis.cycles).filter(|_| width >= SENTENCE_MIN_WIDTH);
    let plot_height = if sentence.is_some() {
        height.saturating_sub(SENTENCE_HEIGHT)
    } else {
        height
    };
    let (plot_area, sentence_area) = area.split_vertically(plot_height);
    let x_max = f64::from(chart_model.max_day.max(14)) + 2.0;
    let mut chart = days_since_infusion_chart(
        &plot_area,
        0.0..x_max,
        0.0..105.0,
        &survival_axis_title(&charts.analysis.settings),
    )?;
    let interval = print(PALETTE.interval_bar);
    for &day in &chart_model.recent_intervals {
        chart
            .draw_series(DashedLineSeries::new(
                [(f64::from(day), 0.0), (f64::from(day), 100.0)],
                6,
                5,
                interval.stroke_width(2),
            ))
            .map_err(draw_error)?;
    }
    if !chart_model.recent_intervals.is_empty() {
        legend_entry(
            &mut chart,
            &recent_intervals_label(chart_model.recent_intervals.len()),
            move |(x, y)| PathElement::new([(x, y), (x + 16, y)], interval.stroke_width(2)),
        )?;
    }
    if let Some(day) = chart_model.next_planned_day {
        let planned = print(PALETTE.planned);
        chart
            .draw_series(std::iter::once(PathElement::new(
                [(f64::from(day), 0.0), (f64::from(day), 100.0)],
                planned.stroke_width(2),
            )))
            .map_err(draw_error)?
            .label(next_planned_label(day))
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 16, y)], planned.stroke_width(2)));
    }
    let line = print(PALETTE.latest_cycle);
    chart
        .draw_series(LineSeries::new(
            chart_model.step_points(),
            line.stroke_width(3),
        ))
        .map_err(draw_error)?
        .label(t!(
            "chart-survival-line",
            count = chart_model.survival.cycles
        ))
        .legend(move |(x, y)| PathElement::new([(x, y), (x + 16, y)], line.stroke_width(3)));
    let marks = chart_model.censored_marks();
    if !marks.is_empty() {
        chart
            .draw_series(marks.iter().map(|&(day, pct)| {
                PathElement::new([(day, pct - 4.0), (day, pct + 4.0)], line.stroke_width(2))
            }))
            .map_err(draw_error)?;
        legend_entry(&mut chart, &survival_censored_label(), move |(x, y)| {
            PathElement::new([(x + 8, y - 5), (x + 8, y + 5)], line.stroke_width(2))
        })?;
    }
    let median_label = survival_median_label(chart_model.survival.median_day);
    if let Some(day) = chart_model.survival.median_day {
        let day = f64::from(day);
        let median = print(PALETTE.text);
        chart
            .draw_series(DashedLineSeries::new(
                [(0.0, 50.0), (day, 50.0), (day, 0.0)],
                4,
                4,
                median.stroke_width(1),
            ))
            .map_err(draw_error)?;
        chart
            .draw_series(std::iter::once(Circle::new(
                (day, 50.0),
                5,
                median.filled(),
            )))
            .map_err(draw_error)?
            .label(median_label)
            .legend(move |(x, y)| Circle::new((x + 8, y), 4, median.filled()));
    } else {
        // No median to mark: the line says so, with a blank glyph.
        legend_entry(&mut chart, &median_label, |(x, y)| {
            PathElement::new(
                [(x, y), (x + 16, y)],
                print(PALETTE.background).stroke_width(1),
            )
        })?;
    }
    // The curve runs from the top left to the bottom right: the lower left is free.
    draw_legend(&mut chart, SeriesLabelPosition::LowerLeft)?;
    if let Some(sentence) = sentence {
        sentence_area
            .draw_text(&sentence, &font(15), (60, 10))
            .map_err(draw_error)?;
    }
    Ok(())
}
