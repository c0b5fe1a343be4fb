//! Draws laid-out pages into a PDF with krilla: text with the embedded bundled font (and the
//! installed fonts chosen for other scripts), rules, shading, and SVG charts as vectors.

use std::sync::{Arc, OnceLock};

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};
use krilla_svg::{SurfaceExt, SvgSettings};

use super::layout::{Op, TextFont};
use crate::fonts::FallbackFont;
use crate::fonts::{SANS_BOLD, SANS_REGULAR};
use crate::palette::Colour;

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

fn color(value: Colour) -> krilla::paint::Paint {
    rgb::Color::new(value.red, value.green, value.blue).into()
}

/// Why laid-out pages could not be drawn into a PDF; worded in [`crate::wording`].
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The bundled font could not be embedded.
    Font,
    /// An installed font chosen for characters the bundled font lacks could not be embedded.
    FallbackFont {
        /// The font's family name.
        family: String,
    },
    /// The page size is not a positive, finite size.
    PageSize {
        /// Width in points.
        width: f32,
        /// Height in points.
        height: f32,
    },
    /// A chart's SVG could not be read.
    ChartSvg(#[from] usvg::Error),
    /// A chart's box on the page is empty.
    ChartSize,
    /// krilla could not write the document.
    Write(#[from] krilla::error::KrillaError),
}

/// The installed fonts used so far, each turned into a krilla font once.
#[derive(Default)]
struct FallbackFonts {
    fonts: Vec<(Arc<FallbackFont>, Font)>,
}

impl FallbackFonts {
    fn font(&mut self, fallback: &Arc<FallbackFont>) -> Result<Font, PdfError> {
        if let Some((_, font)) = self
            .fonts
            .iter()
            .find(|(known, _)| Arc::ptr_eq(known, fallback))
        {
            return Ok(font.clone());
        }
        let font =
            Font::new(Arc::clone(&fallback.data).into(), fallback.index).ok_or_else(|| {
                PdfError::FallbackFont {
                    family: fallback.family.clone(),
                }
            })?;
        self.fonts.push((Arc::clone(fallback), font.clone()));
        Ok(font)
    }
}

/// What the PDF says about itself: its title and the language its text is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentInfo {
    /// The document's title, as a PDF reader shows it.
    pub title: String,
    /// The language of its text, as a BCP 47 tag: `en-US`, `es-MX`.
    pub language: String,
}

/// Renders `pages` of size `size` (points) into PDF bytes, with `info` as the document's
/// metadata.
///
/// # Errors
///
/// [`PdfError`] when the font cannot be embedded, the page or a chart has no valid size, a
/// chart's SVG cannot be read, or krilla cannot write the document.
pub fn render(
    pages: &[Vec<Op>],
    size: (f32, f32),
    info: &DocumentInfo,
) -> Result<Vec<u8>, PdfError> {
    let regular = Font::new(SANS_REGULAR.into(), 0).ok_or(PdfError::Font)?;
    let bold = Font::new(SANS_BOLD.into(), 0).ok_or(PdfError::Font)?;
    let settings = PageSettings::from_wh(size.0, size.1).ok_or(PdfError::PageSize {
        width: size.0,
        height: size.1,
    })?;
    let mut fallbacks = FallbackFonts::default();
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(info.title.clone())
            .language(info.language.clone())
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
                    font,
                } => {
                    surface.set_fill(Some(Fill {
                        paint: color(*ink),
                        opacity: NormalizedF32::ONE,
                        rule: Default::default(),
                    }));
                    let font = match font {
                        TextFont::Bundled if *is_bold => bold.clone(),
                        TextFont::Bundled => regular.clone(),
                        TextFont::Fallback(fallback) => fallbacks.font(fallback)?,
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
                    let tree = usvg::Tree::from_str(svg, svg_options())?;
                    // Scale into the box keeping the aspect ratio, centred horizontally.
                    let tree_size = tree.size();
                    let scale = (width / tree_size.width()).min(height / tree_size.height());
                    let drawn_width = tree_size.width() * scale;
                    let drawn_height = tree_size.height() * scale;
                    let left = x + (width - drawn_width) / 2.0;
                    surface.push_transform(&Transform::from_translate(left, *y));
                    let size =
                        Size::from_wh(drawn_width, drawn_height).ok_or(PdfError::ChartSize)?;
                    surface.draw_svg(&tree, size, SvgSettings::default());
                    surface.pop();
                }
            }
        }
        surface.finish();
        page.finish();
    }
    Ok(document.finish()?.to_vec())
}
