//! Draws laid-out pages into a PDF with krilla: text with the embedded bundled font, rules,
//! shading, and SVG charts as vectors.

use std::sync::OnceLock;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};
use krilla_svg::{SurfaceExt, SvgSettings};

use super::fonts::{SANS_BOLD, SANS_REGULAR};
use super::layout::{Op, Rgb};

/// The family name the bundled font registers in the SVG font database.
const SVG_FONT_FAMILY: &str = "DejaVu Sans";

/// SVG parsing options whose only font is the bundled one, used as every generic family, so
/// chart text is never lost to a missing system font.
fn svg_options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut options = usvg::Options {
            font_family: SVG_FONT_FAMILY.to_owned(),
            ..usvg::Options::default()
        };
        let database = options.fontdb_mut();
        database.load_font_data(SANS_REGULAR.to_vec());
        database.load_font_data(SANS_BOLD.to_vec());
        database.set_sans_serif_family(SVG_FONT_FAMILY);
        database.set_serif_family(SVG_FONT_FAMILY);
        options
    })
}

fn color(value: Rgb) -> krilla::paint::Paint {
    rgb::Color::new(value.0, value.1, value.2).into()
}

/// Renders `pages` of size `size` (points) into PDF bytes.
pub fn render(pages: &[Vec<Op>], size: (f32, f32)) -> Result<Vec<u8>, String> {
    let regular = Font::new(SANS_REGULAR.into(), 0).ok_or("the bundled font is unreadable")?;
    let bold = Font::new(SANS_BOLD.into(), 0).ok_or("the bundled bold font is unreadable")?;
    let settings = PageSettings::from_wh(size.0, size.1).ok_or("invalid page size")?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title("Relief Journal report".to_owned())
            .creator("Relief Journal".to_owned()),
    );
    for ops in pages {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    bold: is_bold,
                    color: ink,
                    text,
                } => {
                    surface.set_fill(Some(Fill {
                        paint: color(*ink),
                        opacity: NormalizedF32::ONE,
                        rule: Default::default(),
                    }));
                    let font = if *is_bold {
                        bold.clone()
                    } else {
                        regular.clone()
                    };
                    surface.draw_text(
                        Point::from_xy(*x, *y),
                        font,
                        *size,
                        text,
                        false,
                        TextDirection::Auto,
                    );
                }
                Op::Rect {
                    x,
                    y,
                    width,
                    height,
                    color: fill,
                } => {
                    let Some(rect) = Rect::from_xywh(*x, *y, *width, *height) else {
                        continue;
                    };
                    let mut builder = PathBuilder::new();
                    builder.push_rect(rect);
                    if let Some(path) = builder.finish() {
                        surface.set_stroke(None);
                        surface.set_fill(Some(Fill {
                            paint: color(*fill),
                            opacity: NormalizedF32::ONE,
                            rule: Default::default(),
                        }));
                        surface.draw_path(&path);
                    }
                }
                Op::Line {
                    from,
                    to,
                    width,
                    color: ink,
                } => {
                    let mut builder = PathBuilder::new();
                    builder.move_to(from.0, from.1);
                    builder.line_to(to.0, to.1);
                    if let Some(path) = builder.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: color(*ink),
                            width: *width,
                            ..Stroke::default()
                        }));
                        surface.draw_path(&path);
                        surface.set_stroke(None);
                    }
                }
                Op::Svg {
                    svg,
                    x,
                    y,
                    width,
                    height,
                } => {
                    let tree = usvg::Tree::from_str(svg, svg_options())
                        .map_err(|error| format!("a chart could not be read: {error}"))?;
                    // Scale into the box keeping the aspect ratio, centred horizontally.
                    let tree_size = tree.size();
                    let scale = (width / tree_size.width()).min(height / tree_size.height());
                    let drawn_width = tree_size.width() * scale;
                    let drawn_height = tree_size.height() * scale;
                    let left = x + (width - drawn_width) / 2.0;
                    surface.push_transform(&Transform::from_translate(left, *y));
                    let size =
                        Size::from_wh(drawn_width, drawn_height).ok_or("invalid chart size")?;
                    surface.draw_svg(&tree, size, SvgSettings::default());
                    surface.pop();
                }
            }
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|error| format!("{error:?}"))
        .map(|bytes| bytes.to_vec())
}
