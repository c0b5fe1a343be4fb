//! A small page layout: measured, wrapped text and positioned drawing operations, collected
//! per page before anything is drawn so that footers can say "page 2 of 5".

use ttf_parser::Face;

use crate::fonts::{SANS_BOLD, SANS_REGULAR};
use crate::palette::Colour;

/// The mark drawn for a character the bundled font has no glyph for.
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

/// The bundled fonts, parsed for measuring.
pub struct Fonts {
    regular: Face<'static>,
    bold: Face<'static>,
}

impl Fonts {
    /// Parses the bundled fonts.
    ///
    /// # Errors
    ///
    /// The parser's error when a bundled font cannot be read (only a broken build causes it).
    pub fn load() -> Result<Self, ttf_parser::FaceParsingError> {
        Ok(Self {
            regular: Face::parse(SANS_REGULAR, 0)?,
            bold: Face::parse(SANS_BOLD, 0)?,
        })
    }

    fn face(&self, bold: bool) -> &Face<'static> {
        if bold { &self.bold } else { &self.regular }
    }

    /// `text` with every character the font cannot draw replaced by a replacement mark, and
    /// control characters (tabs, line breaks) by spaces.
    pub fn printable(&self, text: &str, bold: bool) -> String {
        let face = self.face(bold);
        text.chars()
            .map(|character| {
                if character.is_control() {
                    ' '
                } else if face.glyph_index(character).is_some() {
                    character
                } else {
                    REPLACEMENT
                }
            })
            .collect()
    }

    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let face = self.face(bold);
        let units_per_em = f32::from(face.units_per_em().max(1));
        let units: f32 = text
            .chars()
            .map(|character| {
                face.glyph_index(character)
                    .or_else(|| face.glyph_index(REPLACEMENT))
                    .and_then(|glyph| face.glyph_hor_advance(glyph))
                    .map_or(0.0, f32::from)
            })
            .sum();
        units * size / units_per_em
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
    fn missing_glyphs_become_a_replacement_mark() {
        let fonts = Fonts::load().unwrap();
        assert_eq!(
            fonts.printable("Schmerz, боль, ωμέγα", false),
            "Schmerz, боль, ωμέγα"
        );
        let replaced = fonts.printable("痛み\tok", false);
        assert_eq!(replaced, format!("{REPLACEMENT}{REPLACEMENT} ok"));
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
