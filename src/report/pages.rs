//! How the report's pages are laid out: a cursor that places headings, wrapped paragraphs,
//! bullets, charts and tables (repeating a table's header on the next page), then footers with
//! "page 2 of 5". Knows nothing of what the report says.

use super::layout::{Fonts, Op};
use super::pdf::Paper;
use super::pdf_render::PdfError;
use crate::palette::{Colour, Palette};

/// The print palette.
pub(super) const PALETTE: &Palette = &Palette::PRINT;
/// Page margin in points.
const MARGIN: f32 = 40.0;
/// Body text size.
pub(super) const BODY: f32 = 8.5;
/// Table text size.
pub(super) const TABLE: f32 = 7.5;
/// Line height factor.
const LEADING: f32 = 1.3;

/// Pages being laid out, with a cursor on the current page.
pub(super) struct Document<'f> {
    fonts: &'f Fonts,
    size: (f32, f32),
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl<'f> Document<'f> {
    pub(super) fn new(paper: Paper, fonts: &'f Fonts) -> Self {
        Self {
            fonts,
            size: paper.size(),
            pages: vec![Vec::new()],
            y: MARGIN,
        }
    }

    pub(super) fn content_width(&self) -> f32 {
        self.size.0 - 2.0 * MARGIN
    }

    /// The lowest y content may reach, above the footer.
    fn bottom(&self) -> f32 {
        self.size.1 - MARGIN - 14.0
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` more points fit on this one.
    fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > MARGIN {
            self.new_page();
        }
    }

    pub(super) fn gap(&mut self, height: f32) {
        self.y += height;
    }

    fn line_at(&mut self, x: f32, text: String, size: f32, bold: bool, color: Colour) {
        let y = self.y + size;
        self.ops().push(Op::Text {
            x,
            y,
            size,
            bold,
            color,
            text,
        });
    }

    pub(super) fn text(&mut self, text: &str, size: f32, bold: bool, color: Colour) {
        self.ensure(size * LEADING);
        let text = self.fonts.printable(text, bold);
        self.line_at(MARGIN, text, size, bold, color);
        self.y += size * LEADING;
    }

    pub(super) fn paragraph(&mut self, text: &str, size: f32, bold: bool, color: Colour) {
        for line in self.fonts.wrap(text, size, bold, self.content_width()) {
            self.text(&line, size, bold, color);
        }
    }

    pub(super) fn bullet(&mut self, text: &str, size: f32) {
        let indent = 10.0;
        let lines = self
            .fonts
            .wrap(text, size, false, self.content_width() - indent);
        for (index, line) in lines.into_iter().enumerate() {
            self.ensure(size * LEADING);
            if index == 0 {
                self.line_at(MARGIN, "•".to_owned(), size, false, PALETTE.text);
            }
            self.line_at(MARGIN + indent, line, size, false, PALETTE.text);
            self.y += size * LEADING;
        }
    }

    pub(super) fn heading(&mut self, text: &str) {
        self.ensure(40.0);
        self.gap(6.0);
        self.text(text, 11.0, true, PALETTE.text);
        let width = self.content_width();
        let y = self.y;
        self.ops().push(Op::Line {
            from: (MARGIN, y),
            to: (MARGIN + width, y),
            width: 0.6,
            color: PALETTE.rule,
        });
        self.gap(4.0);
    }

    pub(super) fn svg(&mut self, svg: String, height: f32) {
        self.ensure(height);
        let (x, y, width) = (MARGIN, self.y, self.content_width());
        self.ops().push(Op::Svg {
            svg,
            x,
            y,
            width,
            height,
        });
        self.y += height + 4.0;
    }

    /// Two charts side by side, each half the content width (less a gap) and `height` tall.
    pub(super) fn svg_pair(&mut self, left: String, right: String, height: f32) {
        self.ensure(height);
        let gap = 12.0;
        let width = (self.content_width() - gap) / 2.0;
        let y = self.y;
        for (svg, x) in [(left, MARGIN), (right, MARGIN + width + gap)] {
            self.ops().push(Op::Svg {
                svg,
                x,
                y,
                width,
                height,
            });
        }
        self.y += height + 4.0;
    }

    /// Column left edges and widths from width shares.
    fn columns<T: AsRef<str>>(&self, columns: &[(T, f32)]) -> Vec<(f32, f32)> {
        let total: f32 = columns.iter().map(|column| column.1).sum();
        let mut x = MARGIN;
        columns
            .iter()
            .map(|&(_, share)| {
                let width = self.content_width() * share / total;
                let column = (x, width);
                x += width;
                column
            })
            .collect()
    }

    fn table_header<T: AsRef<str>>(&mut self, columns: &[(T, f32)]) {
        let layout = self.columns(columns);
        let wrapped: Vec<Vec<String>> = columns
            .iter()
            .zip(&layout)
            .map(|(column, (_, width))| {
                self.fonts.wrap(column.0.as_ref(), TABLE, true, width - 4.0)
            })
            .collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1) as f32;
        let height = lines * TABLE * LEADING + 4.0;
        let (y, width) = (self.y, self.content_width());
        self.ops().push(Op::Rect {
            x: MARGIN,
            y,
            width,
            height,
            color: PALETTE.header_fill,
        });
        self.cells(&layout, wrapped, y + 2.0, true);
        self.y += height;
    }

    /// Places the wrapped lines of each cell in its column, the first line's top at `top`.
    fn cells(&mut self, layout: &[(f32, f32)], cells: Vec<Vec<String>>, top: f32, bold: bool) {
        for ((x, _), lines) in layout.iter().zip(cells) {
            for (index, line) in lines.into_iter().enumerate() {
                let y = top + index as f32 * TABLE * LEADING + TABLE;
                self.ops().push(Op::Text {
                    x: x + 2.0,
                    y,
                    size: TABLE,
                    bold,
                    color: PALETTE.text,
                    text: line,
                });
            }
        }
    }

    /// Wraps a row's cells; returns the lines per cell and the row height.
    fn row_lines(&self, layout: &[(f32, f32)], row: &[String]) -> (Vec<Vec<String>>, f32) {
        let cells: Vec<Vec<String>> = row
            .iter()
            .zip(layout)
            .map(|(cell, (_, width))| self.fonts.wrap(cell, TABLE, false, width - 4.0))
            .collect();
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1) as f32;
        (cells, lines * TABLE * LEADING + 3.0)
    }

    fn table_row(&mut self, layout: &[(f32, f32)], cells: Vec<Vec<String>>, height: f32) {
        let y = self.y;
        self.cells(layout, cells, y + 1.5, false);
        let width = self.content_width();
        self.ops().push(Op::Line {
            from: (MARGIN, y + height),
            to: (MARGIN + width, y + height),
            width: 0.3,
            color: PALETTE.rule,
        });
        self.y += height;
    }

    /// The height a paragraph of `text` takes (a bullet when `bullet`), in points.
    pub(super) fn text_height(&self, text: &str, size: f32, bullet: bool) -> f32 {
        let indent = if bullet { 10.0 } else { 0.0 };
        let lines = self
            .fonts
            .wrap(text, size, false, self.content_width() - indent)
            .len()
            .max(1);
        lines as f32 * size * LEADING
    }

    /// A table on the summary page: the last rows (at most `max_rows`, each cut to two lines)
    /// that fit on this page while `reserve` points stay free below the table, and at least one.
    /// Returns how many rows were shown.
    pub(super) fn summary_table<T: AsRef<str>>(
        &mut self,
        columns: &[(T, f32)],
        rows: &[Vec<String>],
        max_rows: usize,
        reserve: f32,
    ) -> usize {
        self.table_header(columns);
        let layout = self.columns(columns);
        let cut: Vec<(Vec<Vec<String>>, f32)> = rows[rows.len().saturating_sub(max_rows)..]
            .iter()
            .map(|row| {
                let (mut cells, _) = self.row_lines(&layout, row);
                for (cell, (_, width)) in cells.iter_mut().zip(&layout) {
                    if cell.len() > 2 {
                        let rest = cell[1..].join(" ");
                        let second = self.fonts.fit(&rest, TABLE, false, width - 4.0);
                        cell.truncate(1);
                        cell.push(second);
                    }
                }
                let lines = cells.iter().map(Vec::len).max().unwrap_or(1) as f32;
                (cells, lines * TABLE * LEADING + 3.0)
            })
            .collect();
        // The newest rows that fit, counted from the end.
        let room = self.bottom() - self.y - reserve;
        let mut used = 0.0;
        let fitting = cut
            .iter()
            .rev()
            .take_while(|(_, height)| {
                used += height;
                used <= room
            })
            .count()
            .max(1);
        let shown = cut.len().min(fitting);
        let skip = cut.len() - shown;
        for (cells, height) in cut.into_iter().skip(skip) {
            self.table_row(&layout, cells, height);
        }
        shown
    }

    /// A table that continues over as many pages as it needs, repeating its header.
    pub(super) fn long_table<T: AsRef<str>>(&mut self, columns: &[(T, f32)], rows: &[Vec<String>]) {
        let layout = self.columns(columns);
        self.ensure(40.0);
        self.table_header(columns);
        for row in rows {
            let (cells, height) = self.row_lines(&layout, row);
            if self.y + height > self.bottom() {
                self.new_page();
                self.table_header(columns);
            }
            self.table_row(&layout, cells, height);
        }
        self.gap(6.0);
    }

    /// Adds `footer` and the page number to every page and draws the pages into a PDF.
    ///
    /// # Errors
    ///
    /// [`PdfError`] when the pages cannot be drawn into a PDF.
    pub(super) fn render(mut self, footer: &str) -> Result<Vec<u8>, PdfError> {
        let count = self.pages.len();
        let (width, height) = self.size;
        for (index, page) in self.pages.iter_mut().enumerate() {
            let number = format!("Page {} of {count}", index + 1);
            let number_width = self.fonts.width(&number, 7.5, false);
            let y = height - MARGIN + 4.0;
            page.push(Op::Text {
                x: MARGIN,
                y,
                size: 7.5,
                bold: false,
                color: PALETTE.muted_text,
                text: footer.to_owned(),
            });
            page.push(Op::Text {
                x: width - MARGIN - number_width,
                y,
                size: 7.5,
                bold: false,
                color: PALETTE.muted_text,
                text: number,
            });
        }
        super::pdf_render::render(&self.pages, self.size)
    }
}
