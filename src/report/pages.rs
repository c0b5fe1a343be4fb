//! How the report's pages are laid out: a cursor that places headings, wrapped paragraphs,
//! bullets, charts and tables (repeating a table's header on the next page), then footers with
//! "page 2 of 5". Knows nothing of what the report says.

use super::layout::{Fonts, Op};
use super::options::Paper;
use super::pdf_render::{DocumentInfo, PdfError};
use crate::palette::{Colour, Palette};
use crate::t;
use crate::wording::missing_characters_note;

/// The print palette.
pub(super) const PALETTE: &Palette = &Palette::PRINT;
/// Page margin in points.
const MARGIN: f32 = 40.0;
/// Body text size.
pub(super) const BODY: f32 = 8.5;
/// Table text size.
pub(super) const TABLE: f32 = 7.5;
/// Footer text size.
const FOOTER: f32 = 7.5;
/// Line height factor.
const LEADING: f32 = 1.3;
/// The smallest size a table header is set in to keep every word of its titles whole.
const MIN_HEADER: f32 = 5.5;
/// Space between a table cell's edge and its text.
const CELL_PADDING: f32 = 2.0;
/// Room for rounding when a word is measured to fit exactly.
const FIT_TOLERANCE: f32 = 0.01;
/// Space a heading needs below it for the start of what follows it; a table that does not fit
/// under a heading takes the heading to the next page.
const KEEP_WITH_HEADING: f32 = 40.0;
/// The fewest lines of a row left at the bottom of a page when a row taller than a page is
/// split.
const MIN_SPLIT_LINES: usize = 3;
/// The widest word of a cell that its column is made wide enough to keep whole, as a share of
/// the content width ("maintenance", "mantenimiento"); a wider word, such as a long run of
/// letters in a note, is cut instead.
const MAX_WHOLE_WORD_SHARE: f32 = 0.2;

/// Where a table's columns are and the size its header is set in.
struct TableLayout {
    /// Left edge and width of each column.
    columns: Vec<(f32, f32)>,
    /// The header's text size: [`TABLE`] unless the titles need less.
    header_size: f32,
}

/// The height of a table row of `lines` lines.
fn row_height_of(lines: usize) -> f32 {
    lines.max(1) as f32 * TABLE * LEADING + 3.0
}

/// The height of a table row with these wrapped cells.
fn row_height(cells: &[Vec<String>]) -> f32 {
    row_height_of(cells.iter().map(Vec::len).max().unwrap_or(1))
}

/// Keeps the first `lines` lines of each cell in `cells` and returns the rest, the first cell
/// of the rest saying which row it continues (`key`, then "(cont.)") when none of it is left.
fn split_cells(cells: &mut [Vec<String>], lines: usize, key: Option<&str>) -> Vec<Vec<String>> {
    let mut rest: Vec<Vec<String>> = cells
        .iter_mut()
        .map(|cell| cell.split_off(lines.min(cell.len())))
        .collect();
    if let Some(first) = rest.first_mut()
        && first.is_empty()
    {
        if let Some(key) = key.filter(|key| !key.trim().is_empty()) {
            first.push(key.to_owned());
        }
        first.push(t!("report-continued"));
    }
    rest
}

/// Splits `total` in proportion to `shares`, giving each part at least its minimum. When the
/// minimums alone exceed `total`, they are scaled down to fit it.
fn share_out(total: f32, shares: &[f32], minimums: &[f32]) -> Vec<f32> {
    let needed: f32 = minimums.iter().sum();
    if needed >= total {
        let scale = if needed > 0.0 { total / needed } else { 0.0 };
        return minimums.iter().map(|minimum| minimum * scale).collect();
    }
    let mut fixed: Vec<Option<f32>> = vec![None; shares.len()];
    loop {
        let fixed_width: f32 = fixed.iter().flatten().sum();
        let free_share: f32 = shares
            .iter()
            .zip(&fixed)
            .filter(|(_, fixed)| fixed.is_none())
            .map(|(share, _)| share)
            .sum();
        let free = total - fixed_width;
        let mut changed = false;
        for ((share, minimum), slot) in shares.iter().zip(minimums).zip(fixed.iter_mut()) {
            if slot.is_none() {
                let width = if free_share > 0.0 {
                    free * share / free_share
                } else {
                    0.0
                };
                if width < *minimum {
                    *slot = Some(*minimum);
                    changed = true;
                }
            }
        }
        if changed {
            continue;
        }
        let widths: Vec<f32> = shares
            .iter()
            .zip(&fixed)
            .map(|(share, slot)| {
                slot.unwrap_or(if free_share > 0.0 {
                    free * share / free_share
                } else {
                    0.0
                })
            })
            .collect();
        // Every part at its minimum with room left over: the rest goes by share.
        let spare = total - widths.iter().sum::<f32>();
        let share_sum: f32 = shares.iter().sum();
        if spare > FIT_TOLERANCE && share_sum > 0.0 {
            return widths
                .iter()
                .zip(shares)
                .map(|(width, share)| width + spare * share / share_sum)
                .collect();
        }
        return widths;
    }
}

/// Where the latest heading was placed, so that a table that has to start on the next page
/// takes its heading along.
#[derive(Debug, Clone, Copy)]
struct PlacedHeading {
    /// The page it is on.
    page: usize,
    /// Its first operation on that page.
    first_op: usize,
    /// The cursor before it and after it.
    top: f32,
    bottom: f32,
}

/// Pages being laid out, with a cursor on the current page.
pub(super) struct Document<'f> {
    fonts: &'f Fonts,
    size: (f32, f32),
    pages: Vec<Vec<Op>>,
    y: f32,
    last_heading: Option<PlacedHeading>,
}

impl<'f> Document<'f> {
    pub(super) fn new(paper: Paper, fonts: &'f Fonts) -> Self {
        Self {
            fonts,
            size: paper.size(),
            pages: vec![Vec::new()],
            y: MARGIN,
            last_heading: None,
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

    /// Places `text` with its left edge at `x` and its baseline at `y`, one operation per run of
    /// characters drawn with one font.
    fn push_text(&mut self, x: f32, y: f32, text: &str, size: f32, bold: bool, color: Colour) {
        let mut x = x;
        for (font, run) in self.fonts.runs(text, bold) {
            let width = self.fonts.width(&run, size, bold);
            self.ops().push(Op::Text {
                x,
                y,
                size,
                bold,
                color,
                text: run,
                font,
            });
            x += width;
        }
    }

    fn line_at(&mut self, x: f32, text: &str, size: f32, bold: bool, color: Colour) {
        let y = self.y + size;
        self.push_text(x, y, text, size, bold, color);
    }

    pub(super) fn text(&mut self, text: &str, size: f32, bold: bool, color: Colour) {
        self.ensure(size * LEADING);
        let text = self.fonts.printable(text, bold);
        self.line_at(MARGIN, &text, size, bold, color);
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
                self.line_at(MARGIN, "•", size, false, PALETTE.text);
            }
            self.line_at(MARGIN + indent, &line, size, false, PALETTE.text);
            self.y += size * LEADING;
        }
    }

    pub(super) fn heading(&mut self, text: &str) {
        self.ensure(KEEP_WITH_HEADING);
        let page = self.pages.len().saturating_sub(1);
        let first_op = self.ops().len();
        let top = self.y;
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
        self.last_heading = Some(PlacedHeading {
            page,
            first_op,
            top,
            bottom: self.y,
        });
    }

    /// Starts a new page unless `height` more points fit on this one; a heading placed just
    /// before moves to the new page with what follows it.
    fn ensure_after_heading(&mut self, height: f32) {
        if self.y + height <= self.bottom() || self.y <= MARGIN {
            return;
        }
        let current = self.pages.len().saturating_sub(1);
        let heading = self
            .last_heading
            .filter(|heading| heading.page == current && heading.bottom == self.y);
        let Some(heading) = heading else {
            self.new_page();
            return;
        };
        let moved = self.ops().split_off(heading.first_op);
        self.new_page();
        let shift = MARGIN - heading.top;
        self.ops()
            .extend(moved.into_iter().map(|op| op.moved_down(shift)));
        self.y = heading.bottom + shift;
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

    /// Column edges and the header's text size for a table with these titles and width shares
    /// and these rows: the header is set small enough, and each column made wide enough, that
    /// every word of every title fits on a line of its own, and every word of the cells up to
    /// [`MAX_WHOLE_WORD_SHARE`] of the width too.
    fn table_layout<T: AsRef<str>>(
        &self,
        columns: &[(T, f32)],
        rows: &[Vec<String>],
    ) -> TableLayout {
        let width = self.content_width();
        let whole_word = width * MAX_WHOLE_WORD_SHARE;
        let widest_cell_words: Vec<f32> = (0..columns.len())
            .map(|index| {
                rows.iter()
                    .filter_map(|row| row.get(index))
                    .flat_map(|cell| cell.split_whitespace())
                    .map(|word| self.fonts.width(word, TABLE, false))
                    .filter(|word| *word <= whole_word)
                    .fold(0.0_f32, f32::max)
            })
            .collect();
        let minimums = |size: f32| -> Vec<f32> {
            columns
                .iter()
                .zip(&widest_cell_words)
                .map(|((title, _), widest_cell_word)| {
                    let title = self.fonts.printable(title.as_ref(), true);
                    let widest = title
                        .split_whitespace()
                        .map(|word| self.fonts.width(word, size, true))
                        .fold(0.0_f32, f32::max);
                    widest.max(*widest_cell_word) + 2.0 * CELL_PADDING + FIT_TOLERANCE
                })
                .collect()
        };
        let mut header_size = TABLE;
        let mut needed = minimums(header_size);
        while needed.iter().sum::<f32>() > width && header_size > MIN_HEADER {
            header_size = (header_size - 0.25).max(MIN_HEADER);
            needed = minimums(header_size);
        }
        let shares: Vec<f32> = columns.iter().map(|column| column.1.max(0.0)).collect();
        let mut x = MARGIN;
        let columns = share_out(width, &shares, &needed)
            .into_iter()
            .map(|column_width| {
                let column = (x, column_width);
                x += column_width;
                column
            })
            .collect();
        TableLayout {
            columns,
            header_size,
        }
    }

    /// Places a table's header at the cursor: its titles wrapped in their columns on a shaded
    /// band.
    fn table_header<T: AsRef<str>>(&mut self, columns: &[(T, f32)], layout: &TableLayout) {
        let size = layout.header_size;
        let wrapped: Vec<Vec<String>> = columns
            .iter()
            .zip(&layout.columns)
            .map(|(column, (_, width))| {
                self.fonts
                    .wrap(column.0.as_ref(), size, true, width - 2.0 * CELL_PADDING)
            })
            .collect();
        let height = self.header_height(columns, layout);
        let (y, width) = (self.y, self.content_width());
        self.ops().push(Op::Rect {
            x: MARGIN,
            y,
            width,
            height,
            color: PALETTE.header_fill,
        });
        self.cells(&layout.columns, wrapped, y + 2.0, true, size);
        self.y += height;
    }

    /// The height of a table's header band.
    fn header_height<T: AsRef<str>>(&self, columns: &[(T, f32)], layout: &TableLayout) -> f32 {
        let size = layout.header_size;
        let lines = columns
            .iter()
            .zip(&layout.columns)
            .map(|(column, (_, width))| {
                self.fonts
                    .wrap(column.0.as_ref(), size, true, width - 2.0 * CELL_PADDING)
                    .len()
            })
            .max()
            .unwrap_or(1);
        lines as f32 * size * LEADING + 4.0
    }

    /// Places the wrapped lines of each cell in its column, the first line's top at `top`.
    fn cells(
        &mut self,
        columns: &[(f32, f32)],
        cells: Vec<Vec<String>>,
        top: f32,
        bold: bool,
        size: f32,
    ) {
        for ((x, _), lines) in columns.iter().zip(cells) {
            for (index, line) in lines.into_iter().enumerate() {
                let y = top + index as f32 * size * LEADING + size;
                self.push_text(x + CELL_PADDING, y, &line, size, bold, PALETTE.text);
            }
        }
    }

    /// Wraps a row's cells into the lines of each cell.
    fn row_lines(&self, layout: &TableLayout, row: &[String]) -> Vec<Vec<String>> {
        row.iter()
            .zip(&layout.columns)
            .map(|(cell, (_, width))| {
                self.fonts
                    .wrap(cell, TABLE, false, width - 2.0 * CELL_PADDING)
            })
            .collect()
    }

    fn table_row(&mut self, layout: &TableLayout, cells: Vec<Vec<String>>) {
        let height = row_height(&cells);
        let y = self.y;
        self.cells(&layout.columns, cells, y + 1.5, false, TABLE);
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

    /// Starts a table: its header at the cursor, on a new page unless the header and the start
    /// of the first row (`first_row` high) fit on this one.
    fn start_table<T: AsRef<str>>(
        &mut self,
        columns: &[(T, f32)],
        layout: &TableLayout,
        first_row: f32,
    ) {
        let least_of_a_row = first_row.min(row_height_of(MIN_SPLIT_LINES));
        self.ensure_after_heading(self.header_height(columns, layout) + least_of_a_row);
        self.table_header(columns, layout);
    }

    /// A table on the summary page: the last rows (at most `max_rows`, each cut to two lines)
    /// that fit on this page while `reserve` points stay free below the table, and at least one
    /// (continued on the next page under a repeated header should even that not fit). Returns
    /// how many rows were shown.
    pub(super) fn summary_table<T: AsRef<str>>(
        &mut self,
        columns: &[(T, f32)],
        rows: &[Vec<String>],
        max_rows: usize,
        reserve: f32,
    ) -> usize {
        let shown = &rows[rows.len().saturating_sub(max_rows)..];
        let layout = self.table_layout(columns, shown);
        let cut: Vec<Vec<Vec<String>>> = shown
            .iter()
            .map(|row| {
                let mut cells = self.row_lines(&layout, row);
                for (cell, (_, width)) in cells.iter_mut().zip(&layout.columns) {
                    if cell.len() > 2 {
                        let rest = cell[1..].join(" ");
                        let second =
                            self.fonts
                                .fit(&rest, TABLE, false, width - 2.0 * CELL_PADDING);
                        cell.truncate(1);
                        cell.push(second);
                    }
                }
                cells
            })
            .collect();
        // The newest rows that fit under the header, counted from the end.
        let room = self.bottom() - self.y - self.header_height(columns, &layout) - reserve;
        let mut used = 0.0;
        let fitting = cut
            .iter()
            .rev()
            .take_while(|cells| {
                used += row_height(cells);
                used <= room
            })
            .count()
            .max(1);
        let shown = cut.len().min(fitting);
        let skip = cut.len() - shown;
        let rows: Vec<Vec<Vec<String>>> = cut.into_iter().skip(skip).collect();
        let first = rows.first().map_or(0.0, |cells| row_height(cells));
        self.start_table(columns, &layout, first);
        for cells in rows {
            if self.y + row_height(&cells) > self.bottom() {
                self.new_page();
                self.table_header(columns, &layout);
            }
            self.table_row(&layout, cells);
        }
        shown
    }

    /// A table that continues over as many pages as it needs, repeating its header. A row too
    /// tall for the rest of a page moves to the next one, or, when it is taller than a page,
    /// continues there, marked "(cont.)" under its first cell.
    pub(super) fn long_table<T: AsRef<str>>(&mut self, columns: &[(T, f32)], rows: &[Vec<String>]) {
        let layout = self.table_layout(columns, rows);
        let line = TABLE * LEADING;
        let mut rows_on_page = 0_usize;
        for (index, row) in rows.iter().enumerate() {
            let mut cells = self.row_lines(&layout, row);
            if index == 0 {
                self.start_table(columns, &layout, row_height(&cells));
            }
            let key = row.first().map(|cell| self.fonts.printable(cell, false));
            loop {
                let height = row_height(&cells);
                let room = self.bottom() - self.y;
                if height <= room {
                    self.table_row(&layout, cells);
                    rows_on_page += 1;
                    break;
                }
                let fresh_room = self.bottom() - MARGIN - self.header_height(columns, &layout);
                let lines_that_fit = ((room - 3.0) / line).floor().max(0.0) as usize;
                let move_whole = height <= fresh_room || lines_that_fit < MIN_SPLIT_LINES;
                if rows_on_page > 0 && move_whole {
                    self.new_page();
                    self.table_header(columns, &layout);
                    rows_on_page = 0;
                    continue;
                }
                // Taller than a page: what fits here, the rest on the next page.
                let rest = split_cells(&mut cells, lines_that_fit.max(1), key.as_deref());
                self.table_row(&layout, cells);
                cells = rest;
                self.new_page();
                self.table_header(columns, &layout);
                rows_on_page = 0;
            }
        }
        if rows.is_empty() {
            self.start_table(columns, &layout, 0.0);
        }
        self.gap(6.0);
    }

    /// Adds a note on characters no font could draw (if any) after the last page's content,
    /// then `footer` and the page number to every page, and draws the pages into a PDF with the
    /// document's title and language.
    ///
    /// # Errors
    ///
    /// [`PdfError`] when the pages cannot be drawn into a PDF.
    pub(super) fn render(mut self, footer: &str, info: &DocumentInfo) -> Result<Vec<u8>, PdfError> {
        let missing = self.fonts.missing();
        if !missing.is_empty() {
            self.gap(6.0);
            self.paragraph(
                &missing_characters_note(&missing, MISSING_LISTED),
                BODY,
                false,
                PALETTE.text,
            );
        }
        let count = self.pages.len();
        let (width, height) = self.size;
        let footer = self.fonts.printable(footer, false);
        for index in 0..count {
            let number = t!("report-page-number", page = (index + 1), pages = count);
            let number_width = self.fonts.width(&number, FOOTER, false);
            let y = height - MARGIN + 4.0;
            let mut runs = Vec::new();
            for (x, text) in [(MARGIN, &footer), (width - MARGIN - number_width, &number)] {
                let mut x = x;
                for (font, run) in self.fonts.runs(text, false) {
                    let run_width = self.fonts.width(&run, FOOTER, false);
                    runs.push(Op::Text {
                        x,
                        y,
                        size: FOOTER,
                        bold: false,
                        color: PALETTE.muted_text,
                        text: run,
                        font,
                    });
                    x += run_width;
                }
            }
            self.pages[index].extend(runs);
        }
        super::pdf_render::render(&self.pages, self.size, info)
    }

    /// The height content may fill on one page, from the top margin to above the footer.
    pub(super) fn page_height(&self) -> f32 {
        self.bottom() - MARGIN
    }

    /// The height left on the current page.
    pub(super) fn room(&self) -> f32 {
        self.bottom() - self.y
    }

    /// Reserves a block `height` points tall below the cursor, on a new page unless it fits on
    /// this one, and moves the cursor below it; returns the block's top-left corner.
    pub(super) fn reserve(&mut self, height: f32) -> (f32, f32) {
        self.ensure(height);
        let top = self.y;
        self.y += height;
        (MARGIN, top)
    }

    /// A rectangle at `x`, `y` (top-left), filled when `fill` is given and outlined when
    /// `border` is (colour and stroke width).
    pub(super) fn rect(
        &mut self,
        (x, y, width, height): (f32, f32, f32, f32),
        fill: Option<Colour>,
        border: Option<(Colour, f32)>,
    ) {
        if let Some(color) = fill {
            self.ops().push(Op::Rect {
                x,
                y,
                width,
                height,
                color,
            });
        }
        if let Some((color, stroke)) = border {
            let corners = [
                (x, y),
                (x + width, y),
                (x + width, y + height),
                (x, y + height),
                (x, y),
            ];
            for pair in corners.windows(2) {
                self.ops().push(Op::Line {
                    from: pair[0],
                    to: pair[1],
                    width: stroke,
                    color,
                });
            }
        }
    }

    /// One line of text with its baseline at `baseline`, starting at `x`, or centred on `x`
    /// when `centred`.
    pub(super) fn text_at(
        &mut self,
        (x, baseline): (f32, f32),
        text: &str,
        (size, bold): (f32, bool),
        color: Colour,
        centred: bool,
    ) {
        let text = self.fonts.printable(text, bold);
        let x = if centred {
            x - self.fonts.width(&text, size, bold) / 2.0
        } else {
            x
        };
        self.push_text(x, baseline, &text, size, bold, color);
    }

    /// The width of `text` at `size` points.
    pub(super) fn text_width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.fonts.width(text, size, bold)
    }
}

/// The most characters no font could draw that the note after the report lists by code point
/// (the characters themselves cannot be printed).
const MISSING_LISTED: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(page: &[Op]) -> Vec<(f32, f32, bool, String)> {
        page.iter()
            .filter_map(|op| match op {
                Op::Text {
                    x, y, bold, text, ..
                } => Some((*x, *y, *bold, text.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn widths_follow_shares_but_never_fall_below_a_minimum() {
        // 40 of 100 to the third part; the other 60 shared equally by the rest.
        let widths = share_out(100.0, &[1.0, 1.0, 1.0, 1.0], &[10.0, 10.0, 40.0, 10.0]);
        assert_eq!(widths, [20.0, 20.0, 40.0, 20.0]);
        // Shares alone when every minimum is met.
        assert_eq!(share_out(90.0, &[1.0, 2.0], &[5.0, 5.0]), [30.0, 60.0]);
        // Minimums wider than the whole are scaled down to it.
        assert_eq!(share_out(100.0, &[1.0, 1.0], &[60.0, 140.0]), [30.0, 70.0]);
    }

    #[test]
    fn a_split_row_keeps_its_first_lines_and_names_itself_on_the_next_page() {
        let mut cells = vec![
            vec!["2025-03-01".to_owned()],
            vec!["a".to_owned(), "b".to_owned(), "c".to_owned()],
        ];
        let rest = split_cells(&mut cells, 2, Some("2025-03-01"));
        assert_eq!(cells[1], ["a", "b"]);
        assert_eq!(rest, [vec!["2025-03-01", "(cont.)"], vec!["c"]]);
    }

    #[test]
    fn header_words_stay_whole_for_any_titles() {
        let fonts = Fonts::bundled_only().unwrap();
        let titles = [
            "Date",
            "Pain",
            "Worst",
            "Relief ≥27.5% until",
            "Extraordinarily",
            "Wearing off",
            "Rescue / week early → late",
            "Mobility",
            "Sleep q.",
            "Side effects, tags",
            "Note",
        ];
        let shares = [
            0.1, 0.05, 0.04, 0.07, 0.03, 0.06, 0.08, 0.05, 0.05, 0.1, 0.3,
        ];
        let columns: Vec<(&str, f32)> = titles.iter().copied().zip(shares).collect();
        let words: Vec<&str> = titles.iter().flat_map(|t| t.split_whitespace()).collect();
        for paper in [Paper::A4, Paper::Letter] {
            let mut document = Document::new(paper, &fonts);
            let row: Vec<String> = titles.iter().map(|_| "x".to_owned()).collect();
            document.long_table(&columns, &[row]);
            let header: Vec<String> = texts(&document.pages[0])
                .into_iter()
                .filter(|text| text.2)
                .flat_map(|text| {
                    text.3
                        .split_whitespace()
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .collect();
            assert_eq!(header.len(), words.len(), "{paper}: {header:?}");
            for word in &header {
                assert!(words.contains(&word.as_str()), "{paper}: {word:?}");
            }
            let right = document
                .table_layout(&columns, &[])
                .columns
                .last()
                .map(|(x, width)| x + width)
                .unwrap();
            assert!((right - (MARGIN + document.content_width())).abs() < 0.01);
        }
    }

    #[test]
    fn a_word_of_a_cell_is_kept_whole_unless_it_is_very_long() {
        let fonts = Fonts::bundled_only().unwrap();
        let mut document = Document::new(Paper::A4, &fonts);
        let long = "Unbrokenwordthatisfartoolongtofitinsideanycolumnofthetable".repeat(2);
        let rows = vec![vec![
            "mantenimiento ×5".to_owned(),
            "x".to_owned(),
            long.clone(),
        ]];
        document.long_table(&[("Fase", 0.02), ("Nota", 0.49), ("Otra", 0.49)], &rows);
        let cells: Vec<String> = texts(&document.pages[0])
            .into_iter()
            .filter(|text| !text.2)
            .map(|text| text.3)
            .collect();
        // The phase's word on one line in its narrow column; the very long word cut over lines.
        assert!(
            cells
                .iter()
                .any(|line| line.split_whitespace().any(|word| word == "mantenimiento")),
            "{cells:?}"
        );
        assert!(!cells.contains(&long), "{cells:?}");
        assert_eq!(cells.concat().matches('U').count(), 2, "{cells:?}");
    }

    #[test]
    fn a_row_taller_than_a_page_continues_below_a_repeated_header() {
        let fonts = Fonts::bundled_only().unwrap();
        let mut document = Document::new(Paper::A4, &fonts);
        let note: Vec<String> = (1..=2000).map(|n| format!("w{n:04}")).collect();
        let rows = vec![
            vec!["2025-03-01".to_owned(), "short".to_owned()],
            vec!["2025-03-02".to_owned(), note.join(" ")],
        ];
        document.long_table(&[("Date", 0.5), ("Note", 0.5)], &rows);
        assert!(document.pages.len() >= 3, "{}", document.pages.len());
        let bottom = document.bottom();
        let mut printed = Vec::new();
        for page in &document.pages {
            let texts = texts(page);
            // Each page starts with the header and holds at least one row's line below it.
            assert_eq!(texts.first().map(|text| text.3.as_str()), Some("Date"));
            assert!(texts.iter().any(|text| !text.2));
            for (_, y, bold, text) in texts {
                assert!(y <= bottom, "{text:?} at {y} below {bottom}");
                if !bold {
                    printed.extend(text.split_whitespace().map(str::to_owned));
                }
            }
        }
        let words: Vec<String> = printed
            .into_iter()
            .filter(|word| word.starts_with('w'))
            .collect();
        assert_eq!(words, note);
    }

    #[test]
    fn a_heading_goes_to_the_next_page_with_its_table() {
        let fonts = Fonts::bundled_only().unwrap();
        let mut document = Document::new(Paper::A4, &fonts);
        // Fill the page until a heading fits but the table header and a row would not.
        while document.y < document.bottom() - 45.0 {
            document.text("filler", BODY, false, PALETTE.text);
        }
        document.heading("Daily entries");
        document.long_table(
            &[("Date", 0.5), ("Note", 0.5)],
            &[vec![
                "2025-03-01".to_owned(),
                "one\ntwo\nthree\nfour".to_owned(),
            ]],
        );
        assert_eq!(document.pages.len(), 2);
        let first = texts(&document.pages[0]);
        assert!(first.iter().all(|text| text.3 == "filler"), "{first:?}");
        let second = texts(&document.pages[1]);
        assert_eq!(second[0].3, "Daily entries");
        assert!(second[0].1 < MARGIN + 20.0);
    }
}
