//! The relief-durations image: how long meaningful relief lasted per cycle beside the days to
//! the next infusion, with the trend the `relief_shortening` flag judges.

use plotters::prelude::*;

use super::{
    Area, ChartError, PALETTE, draw_error, draw_legend, font, legend_entry, message, print, swatch,
};
use crate::charts::Charts;
use crate::t;
use crate::wording::format::date_short_year;
use crate::wording::{durations_axis_title, durations_legend};

/// Draws the relief durations on `area`.
pub(super) fn draw<DB: DrawingBackend<ErrorType: 'static>>(
    area: &Area<'_, DB>,
    charts: &Charts,
) -> Result<(), ChartError> {
    let durations = &charts.durations;
    if let Some(missing) = crate::wording::relief_chart_missing(&charts.analysis) {
        return message(area, &missing);
    }
    let count = durations.bars.len() as f64;
    let longest = durations
        .bars
        .iter()
        .flat_map(|bar| [bar.relief_days, bar.interval_days])
        .flatten()
        .max()
        .unwrap_or(30);
    let y_max = f64::from(longest) * 1.15 + 5.0;
    let mut chart = ChartBuilder::on(area)
        .margin_top(6)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(0.4..count + 0.6, 0.0..y_max)
        .map_err(draw_error)?;
    // Worded here, in the language the image is drawn in.
    let labels: Vec<String> = durations
        .bars
        .iter()
        .map(|bar| date_short_year(bar.anchor))
        .collect();
    let label_every = (durations.bars.len() / 12).max(1);
    chart
        .configure_mesh()
        .light_line_style(print(PALETTE.grid).mix(0.0))
        .bold_line_style(print(PALETTE.grid))
        .disable_x_mesh()
        .x_labels(durations.bars.len().min(13))
        .x_label_formatter(&|x| {
            let index = x.round() as usize;
            if (x - x.round()).abs() < 0.01 && index >= 1 && (index - 1).is_multiple_of(label_every)
            {
                labels.get(index - 1).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .x_desc(t!("chart-durations-infusion-axis"))
        .y_desc(durations_axis_title(&charts.analysis.settings))
        .y_label_formatter(&|days| format!("{days:.0}"))
        .label_style(font(12))
        .axis_desc_style(font(14))
        .draw()
        .map_err(draw_error)?;
    let none = t!("chart-durations-none");
    for (position, bar) in durations.bars.iter().enumerate() {
        let x = position as f64 + 1.0;
        if let Some(interval) = bar.interval_days {
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(x + 0.02, 0.0), (x + 0.34, f64::from(interval))],
                    print(PALETTE.interval_bar).filled(),
                )))
                .map_err(draw_error)?;
        }
        if let Some(days) = bar.relief_days {
            let corners = [(x - 0.34, 0.0), (x - 0.02, f64::from(days))];
            let style = if bar.at_least {
                print(PALETTE.relief_bar).stroke_width(2)
            } else {
                print(PALETTE.relief_bar).filled()
            };
            chart
                .draw_series(std::iter::once(Rectangle::new(corners, style)))
                .map_err(draw_error)?;
            let text = if bar.at_least {
                format!("≥{days}")
            } else {
                days.to_string()
            };
            chart
                .draw_series(std::iter::once(Text::new(
                    text,
                    (x - 0.34, f64::from(days) + y_max * 0.01 + 1.0),
                    font(12),
                )))
                .map_err(draw_error)?;
        } else if bar.no_meaningful_relief {
            chart
                .draw_series(std::iter::once(Text::new(
                    none.clone(),
                    (x - 0.34, y_max * 0.02),
                    font(12).color(&print(PALETTE.meaningful_threshold)),
                )))
                .map_err(draw_error)?;
        }
    }
    if let Some(trend) = durations.trend {
        // Bars stand at their position (1 for the first cycle); cycle numbers start at 1 too.
        let (from, to) = (f64::from(trend.first_index), f64::from(trend.last_index));
        chart
            .draw_series(DashedLineSeries::new(
                [(from, trend.at(from)), (to, trend.at(to))],
                8,
                5,
                print(PALETTE.trend).stroke_width(2),
            ))
            .map_err(draw_error)?
            .label(t!("chart-durations-trend"))
            .legend(|(x, y)| {
                PathElement::new([(x, y), (x + 16, y)], print(PALETTE.trend).stroke_width(2))
            });
    }
    legend_entry(
        &mut chart,
        &durations_legend(&charts.analysis.settings),
        swatch(print(PALETTE.relief_bar).filled()),
    )?;
    legend_entry(
        &mut chart,
        &t!("chart-durations-at-least"),
        swatch(print(PALETTE.relief_bar).stroke_width(2)),
    )?;
    legend_entry(
        &mut chart,
        &t!("chart-durations-interval"),
        swatch(print(PALETTE.interval_bar).filled()),
    )?;
    draw_legend(&mut chart, SeriesLabelPosition::UpperLeft)
}
