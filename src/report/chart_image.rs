//! The charts drawn to SVG or PNG with plotters, in a light, print-friendly style with the
//! bundled font: for `relief-journal chart`, the report and "Save chart as PNG".

use crate::wording::{Threshold, durations_axis_title, durations_legend, relief_lost_label};
use std::path::Path;

use chrono::{Duration, NaiveDate};
use plotters::coord::Shift;
use plotters::coord::ranged1d::{AsRangedCoord, ValueFormatter};
use plotters::element::{Drawable, PointCollection};
use plotters::prelude::*;

use super::fonts::{CHART_FONT_FAMILY, register_chart_fonts};
use crate::charts::{
    Charts, DateRange, MarkerKind, RangePreset, date_at, day_number, decimate_min_max,
};

/// Which chart to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Daily pain with its 7-day mean, infusion markers, sleep quality and mobility.
    Timeline,
    /// Relief by day since infusion, one line per cycle.
    Cycles,
    /// How long relief lasted per cycle, beside the interval to the next infusion.
    Durations,
}

impl ChartKind {
    /// The chart's title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Timeline => "Daily pain, sleep and mobility",
            Self::Cycles => "Relief by day since infusion",
            Self::Durations => "How long meaningful relief lasted",
        }
    }
}

/// Why a chart could not be drawn or saved.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// Drawing failed.
    #[error("could not draw the chart: {0}")]
    Draw(String),
    /// The output file type is not PNG or SVG.
    #[error("{0}: unknown image type; expected a file name ending in .png or .svg")]
    UnknownFormat(String),
    /// The file could not be written.
    #[error("{path}: {source}")]
    Write {
        /// The image file.
        path: std::path::PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// Pixel size of exported charts.
pub const DEFAULT_SIZE: (u32, u32) = (1200, 675);

/// Colours of the print theme.
mod palette {
    use plotters::style::RGBColor;
    pub const INK: RGBColor = RGBColor(33, 37, 41);
    pub const GRID: RGBColor = RGBColor(222, 226, 230);
    pub const PAIN_POINT: RGBColor = RGBColor(134, 142, 150);
    pub const PAIN_MEAN: RGBColor = RGBColor(25, 84, 166);
    pub const SLEEP: RGBColor = RGBColor(95, 61, 196);
    pub const MOBILITY: RGBColor = RGBColor(8, 127, 91);
    pub const LOADING: RGBColor = RGBColor(156, 54, 181);
    pub const MAINTENANCE: RGBColor = RGBColor(12, 133, 153);
    pub const PLANNED: RGBColor = RGBColor(232, 89, 12);
    pub const RELIEF_LOST: RGBColor = RGBColor(255, 227, 227);
    pub const LATEST: RGBColor = RGBColor(25, 84, 166);
    pub const OLDER: RGBColor = RGBColor(173, 181, 189);
    pub const THRESHOLD: RGBColor = RGBColor(201, 42, 42);
    pub const BAR: RGBColor = RGBColor(25, 84, 166);
    pub const INTERVAL: RGBColor = RGBColor(206, 212, 218);
}

/// Draws `kind` as an SVG document. `range` limits the timeline (default: everything).
pub fn render_svg(
    charts: &Charts,
    kind: ChartKind,
    range: Option<DateRange>,
    size: (u32, u32),
) -> Result<String, ChartError> {
    register_chart_fonts().map_err(ChartError::Draw)?;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw(&root, charts, kind, range)?;
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// Draws `kind` as a PNG image.
pub fn render_png(
    charts: &Charts,
    kind: ChartKind,
    range: Option<DateRange>,
    size: (u32, u32),
) -> Result<Vec<u8>, ChartError> {
    register_chart_fonts().map_err(ChartError::Draw)?;
    let mut pixels = vec![255_u8; size.0 as usize * size.1 as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, size).into_drawing_area();
        draw(&root, charts, kind, range)?;
        root.present().map_err(draw_error)?;
    }
    encode_png(&pixels, size)
}

/// Draws `kind` into `path`, as PNG or SVG by its extension; the file is readable by the user only.
///
/// # Errors
///
/// [`ChartError::UnknownFormat`] when the extension is neither `.png` nor `.svg`,
/// [`ChartError::Draw`] when drawing fails, [`ChartError::Write`] when the file cannot be written.
pub fn save_chart(
    charts: &Charts,
    kind: ChartKind,
    range: Option<DateRange>,
    path: &Path,
) -> Result<(), ChartError> {
    let extension = path
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase);
    let bytes = match extension.as_deref() {
        Some("png") => render_png(charts, kind, range, DEFAULT_SIZE)?,
        Some("svg") => render_svg(charts, kind, range, DEFAULT_SIZE)?.into_bytes(),
        _ => return Err(ChartError::UnknownFormat(path.display().to_string())),
    };
    crate::platform::write_private_file(path, &bytes).map_err(|source| ChartError::Write {
        path: path.to_owned(),
        source,
    })
}

fn encode_png(pixels: &[u8], (width, height): (u32, u32)) -> Result<Vec<u8>, ChartError> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder
        .write_header()
        .map_err(|error| ChartError::Draw(error.to_string()))?;
    writer
        .write_image_data(pixels)
        .map_err(|error| ChartError::Draw(error.to_string()))?;
    writer
        .finish()
        .map_err(|error| ChartError::Draw(error.to_string()))?;
    Ok(bytes)
}

fn draw_error<E: std::error::Error + Send + Sync>(error: DrawingAreaErrorKind<E>) -> ChartError {
    ChartError::Draw(error.to_string())
}

type Area<'a, DB> = DrawingArea<DB, Shift>;

fn draw<DB: DrawingBackend>(
    root: &Area<'_, DB>,
    charts: &Charts,
    kind: ChartKind,
    range: Option<DateRange>,
) -> Result<(), ChartError> {
    root.fill(&WHITE).map_err(draw_error)?;
    let root = root.margin(12, 12, 16, 16);
    let (title_area, body) = root.split_vertically(34);
    title_area
        .draw_text(
            kind.title(),
            &(CHART_FONT_FAMILY, 22, FontStyle::Bold)
                .into_font()
                .color(&palette::INK),
            (0, 4),
        )
        .map_err(draw_error)?;
    match kind {
        ChartKind::Timeline => draw_timeline(&body, charts, range),
        ChartKind::Cycles => draw_cycles(&body, charts),
        ChartKind::Durations => draw_durations(&body, charts),
    }
}

fn font(size: u32) -> TextStyle<'static> {
    (CHART_FONT_FAMILY, size).into_font().color(&palette::INK)
}

fn message<DB: DrawingBackend>(area: &Area<'_, DB>, text: &str) -> Result<(), ChartError> {
    area.draw_text(text, &font(18), (20, 40))
        .map_err(draw_error)
}

fn draw_timeline<DB: DrawingBackend>(
    area: &Area<'_, DB>,
    charts: &Charts,
    range: Option<DateRange>,
) -> Result<(), ChartError> {
    let timeline = &charts.timeline;
    let (Some(first), Some(last)) = (timeline.first_date, timeline.last_date) else {
        return message(area, "No entries yet: log a few days to see the timeline.");
    };
    let range = range.unwrap_or_else(|| RangePreset::All.range(first, last));
    let dates = range.start..range.end + Duration::days(1);
    // Ticks on month starts for up to three years, on year starts beyond.
    if range.days() > 3 * 366 {
        draw_timeline_panels(area, charts, range, dates.yearly(), "%Y")
    } else if range.days() > 120 {
        draw_timeline_panels(area, charts, range, dates.monthly(), "%b %Y")
    } else {
        draw_timeline_panels(area, charts, range, dates, "%-d %b")
    }
}

fn draw_timeline_panels<DB, X>(
    area: &Area<'_, DB>,
    charts: &Charts,
    range: DateRange,
    x_spec: X,
    tick_format: &str,
) -> Result<(), ChartError>
where
    DB: DrawingBackend,
    X: AsRangedCoord<Value = NaiveDate> + Clone,
    X::CoordDescType: ValueFormatter<NaiveDate>,
{
    let timeline = &charts.timeline;
    let height = area.dim_in_pixel().1;
    let (pain_area, rest) = area.split_vertically(height * 58 / 100);
    let (sleep_area, mobility_area) = rest.split_vertically((height - height * 58 / 100) / 2);
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
    let date_label = |date: &NaiveDate| date.format(tick_format).to_string();
    let score_label = |value: &f64| format!("{value:.0}");

    let panels: [(&Area<'_, DB>, &str); 3] = [
        (&pain_area, "Pain (0-10)"),
        (&sleep_area, "Sleep quality"),
        (&mobility_area, "Mobility"),
    ];
    for (index, (panel, label)) in panels.into_iter().enumerate() {
        let show_dates = index == 2;
        let mut chart = ChartBuilder::on(panel)
            .margin_top(6)
            .x_label_area_size(if show_dates { 30 } else { 0 })
            .y_label_area_size(52)
            .build_cartesian_2d(x_spec.clone(), -0.5_f64..10.5_f64)
            .map_err(draw_error)?;
        let mut mesh = chart.configure_mesh();
        mesh.light_line_style(palette::GRID.mix(0.0))
            .bold_line_style(palette::GRID)
            .y_labels(if index == 0 { 6 } else { 3 })
            .y_desc(label)
            .label_style(font(13))
            .axis_desc_style(font(14))
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
                palette::RELIEF_LOST.filled(),
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
            0 => (&timeline.pain, palette::PAIN_POINT),
            1 => (&timeline.sleep_quality, palette::SLEEP),
            _ => (&timeline.mobility, palette::MOBILITY),
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
            .label("Daily pain")
            .legend(|(x, y)| Circle::new((x + 8, y), 3, palette::PAIN_POINT.filled()));
        for (run_index, run) in timeline
            .pain_mean
            .iter()
            .filter(|run| run.len() > 1)
            .enumerate()
        {
            let series = chart
                .draw_series(LineSeries::new(
                    visible(run),
                    palette::PAIN_MEAN.stroke_width(3),
                ))
                .map_err(draw_error)?;
            if run_index == 0 {
                series.label("7-day mean").legend(|(x, y)| {
                    PathElement::new([(x, y), (x + 16, y)], palette::PAIN_MEAN.stroke_width(3))
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
                legend_entry(&mut chart, kind.label(), move |(x, y)| {
                    PathElement::new([(x + 8, y - 7), (x + 8, y + 7)], color.stroke_width(2))
                })?;
            }
        }
        if !timeline.relief_lost_spans.is_empty() {
            legend_entry(
                &mut chart,
                &relief_lost_label(&charts.analysis.settings),
                |(x, y)| {
                    Rectangle::new([(x, y - 5), (x + 14, y + 5)], palette::RELIEF_LOST.filled())
                },
            )?;
        }
        draw_legend(&mut chart, SeriesLabelPosition::UpperRight)?;
    }
    Ok(())
}

/// Adds a legend line for something drawn without a series of its own.
fn legend_entry<'a, DB, X, Y, E, F>(
    chart: &mut ChartContext<'a, DB, Cartesian2d<X, Y>>,
    label: &str,
    glyph: F,
) -> Result<(), ChartError>
where
    DB: DrawingBackend + 'a,
    X: Ranged,
    Y: Ranged,
    F: Fn((i32, i32)) -> E + 'static,
    E: Drawable<DB> + 'static,
    for<'b> &'b E: PointCollection<'b, (i32, i32)>,
{
    chart
        .draw_series(std::iter::empty::<Circle<(X::ValueType, Y::ValueType), i32>>())
        .map_err(draw_error)?
        .label(label)
        .legend(glyph);
    Ok(())
}

fn draw_legend<'a, DB, X, Y>(
    chart: &mut ChartContext<'a, DB, Cartesian2d<X, Y>>,
    position: SeriesLabelPosition,
) -> Result<(), ChartError>
where
    DB: DrawingBackend + 'a,
    X: Ranged,
    Y: Ranged,
{
    chart
        .configure_series_labels()
        .position(position)
        .background_style(WHITE.mix(0.9))
        .border_style(palette::GRID)
        .label_font(font(13))
        .draw()
        .map_err(draw_error)
}

fn marker_color(kind: MarkerKind) -> RGBColor {
    match kind {
        MarkerKind::Loading => palette::LOADING,
        MarkerKind::Maintenance => palette::MAINTENANCE,
        MarkerKind::Planned => palette::PLANNED,
    }
}

fn draw_cycles<DB: DrawingBackend>(area: &Area<'_, DB>, charts: &Charts) -> Result<(), ChartError> {
    let overlay = &charts.overlay;
    if overlay.curves.iter().all(|curve| curve.relief.is_empty()) {
        return message(
            area,
            "No relief curve yet: it needs a baseline and entries after an infusion.",
        );
    }
    let lowest = overlay
        .curves
        .iter()
        .flat_map(|curve| curve.relief.iter().flatten())
        .map(|point| point.1)
        .fold(0.0_f64, f64::min)
        .max(-100.0);
    let y_range = (lowest - 5.0).min(-10.0)..100.0;
    let x_max = overlay.max_day.max(14.0) + 1.0;
    let mut chart = ChartBuilder::on(area)
        .margin_top(6)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(0.0..x_max, y_range)
        .map_err(draw_error)?;
    chart
        .configure_mesh()
        .light_line_style(palette::GRID.mix(0.0))
        .bold_line_style(palette::GRID)
        .x_desc("Days since infusion")
        .y_desc("Relief from baseline (%)")
        .x_label_formatter(&|day| format!("{day:.0}"))
        .y_label_formatter(&|pct| format!("{pct:.0}"))
        .label_style(font(13))
        .axis_desc_style(font(14))
        .draw()
        .map_err(draw_error)?;
    for (threshold, label) in [
        (overlay.meaningful_pct, Threshold::Meaningful),
        (overlay.substantial_pct, Threshold::Substantial),
    ] {
        chart
            .draw_series(DashedLineSeries::new(
                [(0.0, threshold), (x_max, threshold)],
                8,
                6,
                palette::THRESHOLD.stroke_width(1),
            ))
            .map_err(draw_error)?;
        chart
            .draw_series(std::iter::once(Text::new(
                label.line_label(&charts.analysis.settings),
                (x_max * 0.82, threshold + 2.5),
                font(12).color(&palette::THRESHOLD),
            )))
            .map_err(draw_error)?;
    }
    for curve in &overlay.curves {
        let (color, width) = if curve.latest {
            (palette::LATEST, 3)
        } else {
            (palette::OLDER, 1)
        };
        for (run_index, run) in curve.relief.iter().filter(|run| run.len() > 1).enumerate() {
            let series = chart
                .draw_series(LineSeries::new(
                    run.iter().copied(),
                    color.stroke_width(width),
                ))
                .map_err(draw_error)?;
            if run_index == 0 && curve.latest {
                let label = format!("{} (latest)", curve.label);
                series.label(label).legend(move |(x, y)| {
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
    legend_entry(&mut chart, "Earlier cycles", |(x, y)| {
        PathElement::new([(x, y), (x + 16, y)], palette::OLDER.stroke_width(1))
    })?;
    legend_entry(
        &mut chart,
        "Fitted decay (dashed); relief lost (x)",
        |(x, y)| Cross::new((x + 8, y), 5, palette::OLDER.stroke_width(2)),
    )?;
    draw_legend(&mut chart, SeriesLabelPosition::UpperRight)
}

fn draw_durations<DB: DrawingBackend>(
    area: &Area<'_, DB>,
    charts: &Charts,
) -> Result<(), ChartError> {
    let durations = &charts.durations;
    if durations.bars.is_empty() {
        return message(area, "No infusion cycles yet.");
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
    let labels: Vec<String> = durations.bars.iter().map(|bar| bar.label.clone()).collect();
    let label_every = (durations.bars.len() / 12).max(1);
    chart
        .configure_mesh()
        .light_line_style(palette::GRID.mix(0.0))
        .bold_line_style(palette::GRID)
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
        .x_desc("Infusion (cycle start)")
        .y_desc(durations_axis_title(&charts.analysis.settings))
        .y_label_formatter(&|days| format!("{days:.0}"))
        .label_style(font(12))
        .axis_desc_style(font(14))
        .draw()
        .map_err(draw_error)?;
    for (position, bar) in durations.bars.iter().enumerate() {
        let x = position as f64 + 1.0;
        if let Some(interval) = bar.interval_days {
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(x + 0.02, 0.0), (x + 0.34, f64::from(interval))],
                    palette::INTERVAL.filled(),
                )))
                .map_err(draw_error)?;
        }
        if let Some(days) = bar.relief_days {
            let corners = [(x - 0.34, 0.0), (x - 0.02, f64::from(days))];
            let style = if bar.at_least {
                palette::BAR.stroke_width(2)
            } else {
                palette::BAR.filled()
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
                    "none",
                    (x - 0.34, y_max * 0.02),
                    font(12).color(&palette::THRESHOLD),
                )))
                .map_err(draw_error)?;
        }
    }
    if let Some(trend) = durations.trend {
        chart
            .draw_series(DashedLineSeries::new(
                [(1.0, trend.at(1.0)), (count, trend.at(count))],
                8,
                5,
                palette::THRESHOLD.stroke_width(2),
            ))
            .map_err(draw_error)?
            .label("Trend (Theil-Sen)")
            .legend(|(x, y)| {
                PathElement::new([(x, y), (x + 16, y)], palette::THRESHOLD.stroke_width(2))
            });
    }
    legend_entry(
        &mut chart,
        &durations_legend(&charts.analysis.settings),
        |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], palette::BAR.filled()),
    )?;
    legend_entry(
        &mut chart,
        "Still holding at the next infusion (at least)",
        |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], palette::BAR.stroke_width(2)),
    )?;
    legend_entry(&mut chart, "Days to the next infusion", |(x, y)| {
        Rectangle::new([(x, y - 5), (x + 14, y + 5)], palette::INTERVAL.filled())
    })?;
    draw_legend(&mut chart, SeriesLabelPosition::UpperLeft)
}
