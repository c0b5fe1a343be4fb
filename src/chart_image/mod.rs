//! The charts drawn to SVG or PNG with plotters, in the print palette with the bundled font:
//! for `relief-journal chart`, the app's "Save chart as PNG" and the PDF report. One file per
//! chart; this file holds what they share. Draws the chart models of [`crate::charts`]; no egui.
//!
//! Titles, axes and legends are worded in the current thread's language when the image is
//! drawn, not taken from the chart models, so a report in another language than the app's
//! reads in its own.

mod cycles;
mod durations;
mod survival;
mod timeline;
mod typical;

use std::path::Path;

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::element::{Drawable, PointCollection};
use plotters::prelude::*;

use crate::charts::{ChartKind, Charts, DateRange};
use crate::domain::AnalysisSettings;
use crate::fonts::{CHART_FONT_FAMILY, FontError, register_chart_fonts};
use crate::palette::{Colour, Palette};
use crate::t;
use crate::wording::Threshold;

/// Why a chart could not be drawn or saved; worded in [`crate::wording`].
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The bundled font could not be registered for drawing.
    Font(#[from] FontError),
    /// Drawing on the SVG or bitmap surface failed.
    Draw {
        /// What the drawing library reported.
        source: Box<dyn std::error::Error + Send + Sync + 'static>,
    },
    /// The drawn pixels could not be encoded as PNG.
    Png(#[from] png::EncodingError),
    /// The output file type is not PNG or SVG.
    UnknownFormat(String),
    /// The file could not be written.
    Write {
        /// The image file.
        path: std::path::PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// Pixel size of exported charts.
pub const DEFAULT_SIZE: (u32, u32) = (1200, 675);

/// The print palette's colour `colour` as plotters draws it.
fn print(colour: Colour) -> RGBAColor {
    RGBAColor(
        colour.red,
        colour.green,
        colour.blue,
        f64::from(colour.alpha) / 255.0,
    )
}

/// The print palette.
const PALETTE: &Palette = &Palette::PRINT;

/// Draws `kind` as an SVG document. `range` limits the timeline (default: everything).
///
/// # Errors
///
/// [`ChartError::Font`] when the bundled font cannot be registered, [`ChartError::Draw`] when
/// drawing fails.
pub fn render_svg(
    charts: &Charts,
    kind: ChartKind,
    range: Option<DateRange>,
    size: (u32, u32),
) -> Result<String, ChartError> {
    register_chart_fonts()?;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw(&root, charts, kind, range)?;
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// Draws `kind` as a PNG image.
///
/// # Errors
///
/// [`ChartError::Font`] when the bundled font cannot be registered, [`ChartError::Draw`] when
/// drawing fails, [`ChartError::Png`] when the pixels cannot be encoded.
pub fn render_png(
    charts: &Charts,
    kind: ChartKind,
    range: Option<DateRange>,
    size: (u32, u32),
) -> Result<Vec<u8>, ChartError> {
    register_chart_fonts()?;
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
/// [`ChartError::Font`], [`ChartError::Draw`] or [`ChartError::Png`] when drawing fails (see
/// [`render_png`]), [`ChartError::Write`] when the file cannot be written.
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
    let mut writer = encoder.write_header()?;
    writer.write_image_data(pixels)?;
    writer.finish()?;
    Ok(bytes)
}

/// A drawing failure of either surface as a [`ChartError::Draw`].
fn draw_error<E: std::error::Error + Send + Sync + 'static>(
    error: DrawingAreaErrorKind<E>,
) -> ChartError {
    ChartError::Draw {
        source: Box::new(error),
    }
}

/// A drawing area of either surface.
type Area<'a, DB> = DrawingArea<DB, Shift>;

/// Draws the title and the chart `kind` on `root`.
fn draw<DB: DrawingBackend<ErrorType: 'static>>(
    root: &Area<'_, DB>,
    charts: &Charts,
    kind: ChartKind,
    range: Option<DateRange>,
) -> Result<(), ChartError> {
    root.fill(&print(PALETTE.background)).map_err(draw_error)?;
    let root = root.margin(12, 12, 16, 16);
    let (title_area, body) = root.split_vertically(34);
    title_area
        .draw_text(
            &kind.title(),
            &(CHART_FONT_FAMILY, 22, FontStyle::Bold)
                .into_font()
                .color(&print(PALETTE.text)),
            (0, 4),
        )
        .map_err(draw_error)?;
    match kind {
        ChartKind::Timeline => timeline::draw(&body, charts, range),
        ChartKind::Typical => typical::draw(&body, charts),
        ChartKind::Survival => survival::draw(&body, charts),
        ChartKind::Cycles => cycles::draw(&body, charts),
        ChartKind::Durations => durations::draw(&body, charts),
    }
}

/// The chart font at `size` pixels, in the text colour.
fn font(size: u32) -> TextStyle<'static> {
    (CHART_FONT_FAMILY, size)
        .into_font()
        .color(&print(PALETTE.text))
}

/// Text where a chart has nothing to show, wrapped at word boundaries to the chart's width.
fn message<DB: DrawingBackend<ErrorType: 'static>>(
    area: &Area<'_, DB>,
    text: &str,
) -> Result<(), ChartError> {
    let style = font(18);
    let margin = 20;
    let width = area.dim_in_pixel().0.saturating_sub(2 * margin);
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let candidate = match lines.last() {
            Some(line) => format!("{line} {word}"),
            None => word.to_owned(),
        };
        let fits = area
            .estimate_text_size(&candidate, &style)
            .map_err(draw_error)?
            .0
            <= width;
        match lines.last_mut() {
            Some(line) if fits => *line = candidate,
            _ => lines.push(word.to_owned()),
        }
    }
    for (row, line) in (0_i32..).zip(&lines) {
        area.draw_text(line, &style, (margin as i32, 40 + row * 26))
            .map_err(draw_error)?;
    }
    Ok(())
}

/// A chart with days since infusion across and `y_desc` up, its grid and axes drawn: the frame
/// the typical cycle, relief survival and the cycle overlay share.
fn days_since_infusion_chart<'a, DB: DrawingBackend<ErrorType: 'static>>(
    area: &'a Area<'_, DB>,
    x_range: std::ops::Range<f64>,
    y_range: std::ops::Range<f64>,
    y_desc: &str,
) -> Result<ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>, ChartError> {
    let mut chart = ChartBuilder::on(area)
        .margin_top(6)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(x_range, y_range)
        .map_err(draw_error)?;
    chart
        .configure_mesh()
        .light_line_style(print(PALETTE.grid).mix(0.0))
        .bold_line_style(print(PALETTE.grid))
        .x_desc(t!("chart-days-since-infusion"))
        .y_desc(y_desc)
        .x_label_formatter(&|day| format!("{day:.0}"))
        .y_label_formatter(&|value| format!("{value:.0}"))
        .label_style(font(13))
        .axis_desc_style(font(14))
        .draw()
        .map_err(draw_error)?;
    Ok(chart)
}

/// The meaningful and substantial relief lines across a relief chart, each labelled near its
/// right end with the value in use.
fn threshold_lines<'a, DB>(
    chart: &mut ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    settings: &AnalysisSettings,
    x_max: f64,
) -> Result<(), ChartError>
where
    DB: DrawingBackend<ErrorType: 'static> + 'a,
{
    for (threshold, colour) in [
        (Threshold::Meaningful, PALETTE.meaningful_threshold),
        (Threshold::Substantial, PALETTE.substantial_threshold),
    ] {
        let value = threshold.value(settings);
        chart
            .draw_series(DashedLineSeries::new(
                [(0.0, value), (x_max, value)],
                8,
                6,
                print(colour).stroke_width(1),
            ))
            .map_err(draw_error)?;
        chart
            .draw_series(std::iter::once(Text::new(
                threshold.line_label(settings),
                (x_max * 0.82, value + 2.5),
                font(12).color(&print(colour)),
            )))
            .map_err(draw_error)?;
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
    DB: DrawingBackend<ErrorType: 'static> + 'a,
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

/// A legend glyph: a small rectangle drawn in `style`.
fn swatch(style: ShapeStyle) -> impl Fn((i32, i32)) -> Rectangle<(i32, i32)> + 'static {
    move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], style)
}

/// The share of the plot's width and height a legend box is taken to cover from its corner.
const LEGEND_SHARE: (f64, f64) = (0.35, 0.5);

/// The corner of the plot where a legend covers the fewest of `points`, given as shares of the
/// plot's width and height (0 to 1, from the lower left). Ties go to the upper right, then the
/// upper left, lower right and lower left.
fn quietest_corner(points: &[(f64, f64)]) -> SeriesLabelPosition {
    let (width, height) = LEGEND_SHARE;
    let corners = [
        (SeriesLabelPosition::UpperRight, true, true),
        (SeriesLabelPosition::UpperLeft, false, true),
        (SeriesLabelPosition::LowerRight, true, false),
        (SeriesLabelPosition::LowerLeft, false, false),
    ];
    let covered = |right: bool, upper: bool| {
        points
            .iter()
            .filter(|(x, y)| {
                let in_x = if right {
                    *x >= 1.0 - width
                } else {
                    *x <= width
                };
                let in_y = if upper {
                    *y >= 1.0 - height
                } else {
                    *y <= height
                };
                in_x && in_y
            })
            .count()
    };
    corners
        .into_iter()
        .min_by_key(|(_, right, upper)| covered(*right, *upper))
        .map_or(SeriesLabelPosition::UpperRight, |(corner, _, _)| corner)
}

/// Draws the legend of every labelled series at `position`.
fn draw_legend<'a, DB, X, Y>(
    chart: &mut ChartContext<'a, DB, Cartesian2d<X, Y>>,
    position: SeriesLabelPosition,
) -> Result<(), ChartError>
where
    DB: DrawingBackend<ErrorType: 'static> + 'a,
    X: Ranged,
    Y: Ranged,
{
    chart
        .configure_series_labels()
        .position(position)
        .background_style(print(PALETTE.background).mix(0.9))
        .border_style(print(PALETTE.grid))
        .label_font(font(13))
        .draw()
        .map_err(draw_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legend_goes_where_it_covers_the_fewest_points() {
        // Nothing to cover: the upper right, as before.
        assert_eq!(quietest_corner(&[]), SeriesLabelPosition::UpperRight);
        // Pain high at the end of the period: two points in the upper right, none upper left.
        let late_high = [(0.9, 0.8), (0.95, 0.9), (0.5, 0.5), (0.1, 0.3)];
        assert_eq!(quietest_corner(&late_high), SeriesLabelPosition::UpperLeft);
        // Both upper corners busy (one point each, two in the upper right), the lower right
        // empty: lower right.
        let upper_busy = [(0.9, 0.8), (0.95, 0.9), (0.1, 0.9), (0.1, 0.2)];
        assert_eq!(
            quietest_corner(&upper_busy),
            SeriesLabelPosition::LowerRight
        );
    }
}
