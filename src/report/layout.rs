//! A small page layout: measured, wrapped text and positioned drawing operations, collected
//! per page before anything is drawn so that footers can say "page 2 of 5". Text is measured
//! with the bundled font, and with an installed font for characters the bundled one lacks.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use ttf_parser::Face;

use crate::fonts::{FallbackFont, SANS_BOLD, SANS_REGULAR, fallback_font};
use crate::palette::Colour;

/// The mark drawn for a character no available font has a glyph for.
pub const REPLACEMENT: char = '\u{FFFD}';

/// One thing to draw on a page, in points from the top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// A line of text; `y` is the baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size in points.
        size: f32,
        /// Bold or regular.
        bold: bool,
        /// Colour.
        color: Colour,
        /// The text, with missing glyphs already replaced.
        text: String,
        /// The font that has every character of the text.
        font: TextFont,
    },
    /// A filled rectangle.
    Rect {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// Fill colour.
        color: Colour,
    },
    /// A straight line.
    Line {
        /// Start.
        from: (f32, f32),
        /// End.
        to: (f32, f32),
        /// Stroke width.
        width: f32,
        /// Colour.
        color: Colour,
    },
    /// An SVG image scaled into a box.
    Svg {
        /// The SVG document.
        svg: String,
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
    },
}

impl Op {
    /// The same operation `dy` points lower on the page.
    pub fn moved_down(self, dy: f32) -> Self {
        match self {
            Self::Text {
                x,
                y,
                size,
                bold,
                color,
                text,
                font,
            } => Self::Text {
                x,
                y: y + dy,
                size,
                bold,
                color,
                text,
                font,
            },
            Self::Rect {
                x,
                y,
                width,
                height,
                color,
            } => Self::Rect {
                x,
                y: y + dy,
                width,
                height,
                color,
            },
            Self::Line {
                from,
                to,
                width,
                color,
            } => Self::Line {
                from: (from.0, from.1 + dy),
                to: (to.0, to.1 + dy),
                width,
                color,
            },
            Self::Svg {
                svg,
                x,
                y,
                width,
                height,
            } => Self::Svg {
                svg,
                x,
                y: y + dy,
                width,
                height,
            },
        }
    }
}

/// Which font draws a piece of text: the bundled one, or a font installed on the computer for
/// characters the bundled one lacks.
#[derive(Debug, Clone)]
pub enum TextFont {
    /// The bundled DejaVu Sans, regular or bold as the text says.
    Bundled,
    /// An installed font found for a script the bundled font lacks.
    Fallback(Arc<FallbackFont>),
}

impl PartialEq for TextFont {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Bundled, Self::Bundled) => true,
            (Self::Fallback(one), Self::Fallback(other)) => Arc::ptr_eq(one, other),
            _ => false,
        }
    }
}

/// How one character is drawn: its font and its advance in ems.
#[derive(Debug, Clone)]
struct Glyph {
    font: TextFont,
    advance: f32,
}

/// The advance of `character` in ems, when `face` has it.
fn advance(face: &Face<'_>, character: char) -> Option<f32> {
    let glyph = face.glyph_index(character)?;
    let units_per_em = f32::from(face.units_per_em().max(1));
    Some(face.glyph_hor_advance(glyph).map_or(0.0, f32::from) / units_per_em)
}

/// The bundled fonts, parsed for measuring, with installed fonts as fallbacks after them.
pub struct Fonts {
    regular: Face<'static>,
    bold: Face<'static>,
    /// Whether installed fonts are looked up for characters the bundled font lacks.
    system_fallback: bool,
    /// How each character met so far is drawn, regular and bold; `None` when no font has it.
    glyphs: RefCell<HashMap<(char, bool), Option<Glyph>>>,
    /// Characters no font could draw, replaced by [`REPLACEMENT`].
    missing: RefCell<BTreeSet<char>>,
}

impl Fonts {
    /// Parses the bundled fonts; characters they lack are drawn with fonts installed on the
    /// computer where one has them.
    ///
    /// # Errors
    ///
    /// The parser's error when a bundled font cannot be read (only a broken build causes it).
    pub fn load() -> Result<Self, ttf_parser::FaceParsingError> {
        Ok(Self {
            regular: Face::parse(SANS_REGULAR, 0)?,
            bold: Face::parse(SANS_BOLD, 0)?,
            system_fallback: true,
            glyphs: RefCell::new(HashMap::new()),
            missing: RefCell::new(BTreeSet::new()),
        })
    }

    /// The bundled fonts alone, as on a computer without any other font.
    #[cfg(test)]
    pub fn bundled_only() -> Result<Self, ttf_parser::FaceParsingError> {
        Ok(Self {
            system_fallback: false,
            ..Self::load()?
        })
    }

    fn face(&self, bold: bool) -> &Face<'static> {
        if bold { &self.bold } else { &self.regular }
    }

    /// How `character` is drawn, or `None` when no font has it.
    fn glyph(&self, character: char, bold: bool) -> Option<Glyph> {
        if let Some(known) = self.glyphs.borrow().get(&(character, bold)) {
            return known.clone();
        }
        let glyph = advance(self.face(bold), character)
            .map(|advance| Glyph {
                font: TextFont::Bundled,
                advance,
            })
            .or_else(|| {
                if !self.system_fallback {
                    return None;
                }
                let font = fallback_font(character, bold)?;
                let face = Face::parse(&font.data, font.index).ok()?;
                Some(Glyph {
                    advance: advance(&face, character)?,
                    font: TextFont::Fallback(font),
                })
            });
        self.glyphs
            .borrow_mut()
            .insert((character, bold), glyph.clone());
        glyph
    }

    /// `text` with every character no font can draw replaced by a replacement mark (and noted
    /// in [`Fonts::missing`]), and control characters (tabs, line breaks) by spaces.
    pub fn printable(&self, text: &str, bold: bool) -> String {
        text.chars()
            .map(|character| {
                if character.is_control() {
                    ' '
                } else if self.glyph(character, bold).is_some() {
                    character
                } else {
                    self.missing.borrow_mut().insert(character);
                    REPLACEMENT
                }
            })
            .collect()
    }

    /// The characters replaced so far because no font could draw them.
    pub fn missing(&self) -> Vec<char> {
        self.missing.borrow().iter().copied().collect()
    }

    /// Splits printable `text` into runs drawn with one font each. Spaces stay in the run they
    /// follow, so a line of one script is one run.
    pub fn runs(&self, text: &str, bold: bool) -> Vec<(TextFont, String)> {
        let mut runs: Vec<(TextFont, String)> = Vec::new();
        for character in text.chars() {
            let font = self
                .glyph(character, bold)
                .map_or(TextFont::Bundled, |glyph| glyph.font);
            match runs.last_mut() {
                Some((current, run)) if *current == font || character == ' ' => run.push(character),
                _ => runs.push((font, character.to_string())),
            }
        }
        runs
    }

    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let ems: f32 = text
            .chars()
            .map(|character| {
                self.glyph(character, bold)
                    .or_else(|| self.glyph(REPLACEMENT, bold))
                    .map_or(0.0, |glyph| glyph.advance)
            })
            .sum();
        ems * size
    }

    /// Breaks `text` into lines no wider than `max_width`, at spaces where possible and inside
    /// words that are too long on their own. Line breaks in the text start new lines.
    pub fn wrap(&self, text: &str, size: f32, bold: bool, max_width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let paragraph = self.printable(paragraph, bold);
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, size, bold) <= max_width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // A word wider than the line is cut where it overflows.
                for character in word.chars() {
                    line.push(character);
                    if self.width(&line, size, bold) > max_width && line.chars().count() > 1 {
                        line.pop();
                        lines.push(std::mem::take(&mut line));
                        line.push(character);
                    }
                }
            }
            lines.push(line);
        }
        while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        lines
    }

    /// Shortens `text` with an ellipsis so it fits in `max_width`.
    pub fn fit(&self, text: &str, size: f32, bold: bool, max_width: f32) -> String {
        let text = self.printable(text, bold);
        if self.width(&text, size, bold) <= max_width {
            return text;
        }
        let mut shortened: String = text;
        while !shortened.is_empty() && self.width(&format!("{shortened}…"), size, bold) > max_width
        {
            shortened.pop();
        }
        format!("{}…", shortened.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_lines_inside_the_width() {
        let fonts = Fonts::load().unwrap();
        let text = "Walked to the shop and back, then rested; a supercalifragilisticexpialidocious day.\nSecond paragraph.";
        let lines = fonts.wrap(text, 10.0, false, 120.0);
        assert!(lines.len() >= 4, "{lines:?}");
        assert!(
            lines
                .iter()
                .all(|line| fonts.width(line, 10.0, false) <= 120.0),
            "{lines:?}"
        );
        assert_eq!(lines.last().map(String::as_str), Some("Second paragraph."));
        assert_eq!(fonts.wrap("", 10.0, false, 100.0), [""]);
    }

    #[test]
    fn missing_glyphs_become_a_replacement_mark_and_are_noted() {
        let fonts = Fonts::bundled_only().unwrap();
        assert_eq!(
            fonts.printable("Schmerz, боль, ωμέγα", false),
            "Schmerz, боль, ωμέγα"
        );
        assert!(fonts.missing().is_empty());
        let replaced = fonts.printable("痛み\tok", false);
        assert_eq!(replaced, format!("{REPLACEMENT}{REPLACEMENT} ok"));
        assert_eq!(fonts.missing(), ['み', '痛']);
    }

    #[test]
    fn a_character_no_font_has_is_replaced_even_with_installed_fonts() {
        // The last code point of a private use area: no font assigns it a glyph.
        let fonts = Fonts::load().unwrap();
        assert_eq!(fonts.printable("a\u{10FFFD}b", true), "a\u{FFFD}b");
        assert_eq!(fonts.missing(), ['\u{10FFFD}']);
    }

    #[test]
    fn runs_change_font_only_where_the_bundled_font_lacks_a_character() {
        let fonts = Fonts::load().unwrap();
        let runs = fonts.runs("Pain 7, боль", false);
        assert_eq!(runs, [(TextFont::Bundled, "Pain 7, боль".to_owned())]);
        // Whether an installed font has these characters depends on the computer: with one, the
        // run changes font around them (the space stays with the run it follows); without, the
        // text stays one bundled run and its characters are replaced when printed.
        let mixed = fonts.runs("ok 腰痛 ok", false);
        match fonts.glyph('腰', false).map(|glyph| glyph.font) {
            Some(fallback @ TextFont::Fallback(_)) => assert_eq!(
                mixed,
                [
                    (TextFont::Bundled, "ok ".to_owned()),
                    (fallback, "腰痛 ".to_owned()),
                    (TextFont::Bundled, "ok".to_owned()),
                ]
            ),
            _ => assert_eq!(mixed, [(TextFont::Bundled, "ok 腰痛 ok".to_owned())]),
        }
    }

    #[test]
    fn fitting_adds_an_ellipsis_only_when_needed() {
        let fonts = Fonts::load().unwrap();
        assert_eq!(fonts.fit("short", 10.0, false, 100.0), "short");
        let long = fonts.fit(&"nausea ".repeat(20), 10.0, false, 80.0);
        assert!(long.ends_with('…'));
        assert!(fonts.width(&long, 10.0, false) <= 80.0);
    }
}
