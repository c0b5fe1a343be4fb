//! The appointment report as a PDF: a one-page summary a clinician can read in a minute, then
//! the infusion log and the daily entries. Vector charts, embedded fonts, selectable text.

use std::fmt;
use std::str::FromStr;

use chrono::{Duration, NaiveDate};

use super::chart_image::{ChartKind, render_svg};
use super::layout::{Fonts, HEADER_FILL, INK, MUTED, Op, RULE, Rgb};
use crate::analysis::{Analysis, Cycle};
use crate::charts::{Charts, DateRange};
use crate::domain::{AnalysisSettings, Entry, Infusion, Journal, ValidationError};
use crate::wording::{
    DISCLAIMER, Threshold, baseline_sentence, cycle_cells, flag_evidence, flag_message,
    forecast_sentence, method_paragraph,
};

/// Page margin in points.
const MARGIN: f32 = 40.0;
/// Body text size.
const BODY: f32 = 8.5;
/// Table text size.
const TABLE: f32 = 7.5;
/// Line height factor.
const LEADING: f32 = 1.3;

/// Paper sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// 210 x 297 mm.
    #[default]
    A4,
    /// 8.5 x 11 inches.
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Self::A4 => (595.28, 841.89),
            Self::Letter => (612.0, 792.0),
        }
    }
}

impl fmt::Display for Paper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::A4 => "a4",
            Self::Letter => "letter",
        })
    }
}

impl FromStr for Paper {
    type Err = ValidationError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().as_str() {
            "a4" => Ok(Self::A4),
            "letter" => Ok(Self::Letter),
            other => Err(ValidationError::new("paper", other, "a4 or letter")),
        }
    }
}

/// What goes into a report.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportOptions {
    /// The days the report covers.
    pub period: DateRange,
    /// Paper size.
    pub paper: Paper,
    /// Whether the daily entries table is appended.
    pub include_daily: bool,
    /// Printed in the header when not empty.
    pub patient_name: String,
    /// The day the report is made.
    pub generated_on: NaiveDate,
}

/// The default report period: the three months up to `today`.
pub fn last_three_months(today: NaiveDate) -> DateRange {
    DateRange {
        start: today - Duration::days(91),
        end: today,
    }
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A chart could not be drawn.
    #[error(transparent)]
    Chart(#[from] super::chart_image::ChartError),
    /// The PDF could not be written.
    #[error("could not write the PDF: {0}")]
    Pdf(String),
    /// The period is backwards.
    #[error("the report period starts ({start}) after it ends ({end})")]
    Period {
        /// First day.
        start: NaiveDate,
        /// Last day.
        end: NaiveDate,
    },
}

/// Makes the report of `journal` for the options' period, as PDF bytes.
pub fn report_pdf(journal: &Journal, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    let period = options.period;
    if period.start > period.end {
        return Err(ReportError::Period {
            start: period.start,
            end: period.end,
        });
    }
    let fonts = Fonts::load().map_err(ReportError::Pdf)?;
    // The analysis sees everything up to the end of the period: a cycle needs its history.
    let until_end = Journal {
        entries: journal
            .entries
            .iter()
            .filter(|entry| entry.date <= period.end)
            .cloned()
            .collect(),
        infusions: journal.infusions.clone(),
        settings: journal.settings.clone(),
    };
    let charts = Charts::build(&until_end, period.end);
    let mut document = Document::new(options.paper, &fonts);
    summary_page(&mut document, journal, &charts, options)?;
    appendix(&mut document, journal, &charts.analysis, options);
    document.render()
}

/// Cycles that overlap the period.
fn cycles_in(analysis: &Analysis, period: DateRange) -> Vec<&Cycle> {
    analysis
        .cycles
        .iter()
        .filter(|cycle| {
            let end = cycle
                .next_infusion
                .unwrap_or(period.end + Duration::days(1));
            cycle.anchor <= period.end && end > period.start
        })
        .collect()
}

fn summary_page(
    document: &mut Document<'_>,
    journal: &Journal,
    charts: &Charts,
    options: &ReportOptions,
) -> Result<(), ReportError> {
    let period = options.period;
    let width = document.content_width();
    document.text("Relief Journal: pain and infusion summary", 16.0, true, INK);
    let logged = journal
        .entries
        .iter()
        .filter(|entry| period.contains(entry.date))
        .count();
    let mut header = format!(
        "Period {} to {} ({} days) · Days logged: {} of {} ({:.0}%) · Generated {}",
        period.start,
        period.end,
        period.days(),
        logged,
        period.days(),
        100.0 * logged as f64 / period.days().max(1) as f64,
        options.generated_on
    );
    if !options.patient_name.trim().is_empty() {
        header = format!("Patient: {} · {header}", options.patient_name.trim());
    }
    document.paragraph(&header, BODY, false, MUTED);
    document.gap(6.0);

    let cycles = cycles_in(&charts.analysis, period);
    let in_period_entries = logged > 0;
    let in_period_infusions = journal
        .infusions
        .iter()
        .any(|infusion| period.contains(infusion.date));
    if !in_period_entries && !in_period_infusions {
        document.paragraph(
            "No entries or infusions were recorded in this period. Choose a longer period, or log a few days and infusions first.",
            11.0,
            false,
            INK,
        );
    } else {
        let chart_height = width * 0.40;
        let timeline = render_svg(charts, ChartKind::Timeline, Some(period), (1200, 480))?;
        document.svg(timeline, chart_height);
        let mut period_charts = charts.clone();
        let indices: Vec<u32> = cycles.iter().map(|cycle| cycle.index).collect();
        period_charts
            .overlay
            .curves
            .retain(|curve| indices.contains(&curve.index));
        if !period_charts.overlay.curves.is_empty() {
            let overlay = render_svg(&period_charts, ChartKind::Cycles, None, (1200, 400))?;
            document.svg(overlay, width * 0.32);
        }
    }

    document.heading("Infusion cycles");
    if cycles.is_empty() {
        document.paragraph("No infusion cycle falls in this period.", BODY, false, INK);
    } else {
        let rows: Vec<Vec<String>> = cycles
            .iter()
            .map(|cycle| cycle_row(cycle, journal))
            .collect();
        let columns = cycle_columns(&charts.analysis.settings);
        let shown = document.summary_table(&columns, &rows, 10);
        if shown < rows.len() {
            document.paragraph(
                &format!(
                    "Showing the latest {shown} of {} cycles; all are listed on the following pages.",
                    rows.len()
                ),
                TABLE,
                false,
                MUTED,
            );
        }
    }

    document.heading("Patterns");
    let analysis = &charts.analysis;
    if analysis.flags.is_empty() {
        document.paragraph(
            "No pattern was flagged in the cycles so far.",
            BODY,
            false,
            INK,
        );
    } else {
        for flag in &analysis.flags {
            document.bullet(&flag_message(flag), BODY);
        }
    }
    if analysis.open_cycle().is_some() && analysis.forecast.expected_fade_day.is_some() {
        document.bullet(&forecast_sentence(&analysis.forecast), BODY);
    }

    document.heading("Method");
    let settings = &analysis.settings;
    document.paragraph(
        &format!(
            "{} {} Details: docs/ANALYSIS.md of Relief Journal.",
            baseline_sentence(&analysis.baseline, settings),
            method_paragraph(settings)
        ),
        TABLE,
        false,
        MUTED,
    );
    document.paragraph(DISCLAIMER, BODY, true, INK);
    Ok(())
}

/// Columns of the per-cycle table: title and share of the width; the loss columns name the
/// thresholds in use.
fn cycle_columns(settings: &AnalysisSettings) -> Vec<(String, f32)> {
    vec![
        ("Infusion".to_owned(), 0.10),
        ("Phase".to_owned(), 0.12),
        ("Days to next".to_owned(), 0.07),
        ("Peak relief".to_owned(), 0.07),
        (Threshold::Meaningful.until_heading(settings), 0.11),
        (Threshold::Substantial.until_heading(settings), 0.11),
        ("Rescue / week early → late".to_owned(), 0.11),
        ("Mobility early → late".to_owned(), 0.10),
        ("Sleep early → late".to_owned(), 0.09),
        ("Side effects".to_owned(), 0.12),
    ]
}

/// One row of the per-cycle table: the cells of the cycle and the side effects of its infusions.
fn cycle_row(cycle: &Cycle, journal: &Journal) -> Vec<String> {
    let end = cycle.next_infusion.unwrap_or(NaiveDate::MAX);
    let mut side_effects: Vec<String> = Vec::new();
    for infusion in &journal.infusions {
        if infusion.date >= cycle.first_infusion && infusion.date < end {
            for effect in infusion.side_effects.items() {
                if !side_effects.contains(effect) {
                    side_effects.push(effect.clone());
                }
            }
        }
    }
    let cells = cycle_cells(cycle);
    vec![
        cells.infusion,
        cells.phase,
        cells.days_to_next,
        cells.peak,
        cells.meaningful_until,
        cells.substantial_until,
        cells.rescue,
        cells.mobility,
        cells.sleep,
        if side_effects.is_empty() {
            "-".to_owned()
        } else {
            side_effects.join(", ")
        },
    ]
}

fn appendix(
    document: &mut Document<'_>,
    journal: &Journal,
    analysis: &Analysis,
    options: &ReportOptions,
) {
    let period = options.period;
    let cycles = cycles_in(analysis, period);
    let flags_with_evidence = !analysis.flags.is_empty();
    let infusions: Vec<&Infusion> = journal
        .infusions
        .iter()
        .filter(|infusion| period.contains(infusion.date))
        .collect();
    let entries: Vec<&Entry> = journal
        .entries
        .iter()
        .filter(|entry| period.contains(entry.date))
        .collect();
    let needed = flags_with_evidence
        || cycles.len() > 10
        || !infusions.is_empty()
        || (options.include_daily && !entries.is_empty());
    if !needed {
        return;
    }
    document.new_page();
    if flags_with_evidence {
        document.heading("Patterns and their evidence");
        for flag in &analysis.flags {
            document.bullet(&flag_message(flag), BODY);
            document.paragraph(
                &format!("Evidence: {}", flag_evidence(flag)),
                TABLE,
                false,
                MUTED,
            );
            document.gap(3.0);
        }
    }
    if cycles.len() > 10 {
        document.heading("All infusion cycles in the period");
        let rows: Vec<Vec<String>> = cycles
            .iter()
            .map(|cycle| cycle_row(cycle, journal))
            .collect();
        document.long_table(&cycle_columns(&analysis.settings), &rows);
    }
    if !infusions.is_empty() {
        document.heading("Infusion log");
        let columns = [
            ("Date", 0.11),
            ("Status", 0.08),
            ("Phase", 0.10),
            ("Dose mg", 0.08),
            ("Min.", 0.06),
            ("Clinic", 0.16),
            ("Side effects", 0.18),
            ("Note", 0.22),
        ];
        let rows: Vec<Vec<String>> = infusions
            .iter()
            .map(|infusion| {
                vec![
                    infusion.date.to_string(),
                    infusion.status.to_string(),
                    infusion
                        .phase
                        .map_or_else(|| "inferred".to_owned(), |phase| phase.to_string()),
                    infusion
                        .dose_mg
                        .map_or_else(String::new, |dose| format!("{}", dose.get())),
                    infusion
                        .duration_min
                        .map_or_else(String::new, |minutes| minutes.get().to_string()),
                    infusion.clinic.clone(),
                    infusion.side_effects.items().join(", "),
                    infusion.note.clone(),
                ]
            })
            .collect();
        document.long_table(&columns, &rows);
    }
    if options.include_daily && !entries.is_empty() {
        document.heading("Daily entries");
        let columns = [
            ("Date", 0.10),
            ("Pain", 0.05),
            ("Worst", 0.055),
            ("Sleep h", 0.06),
            ("Sleep q.", 0.06),
            ("Mobility", 0.075),
            ("Mood", 0.055),
            ("Rescue", 0.065),
            ("Wearing off", 0.07),
            ("Side effects, tags", 0.15),
            ("Note", 0.26),
        ];
        let score = |value: Option<crate::domain::Score>| {
            value.map_or_else(String::new, |score| score.get().to_string())
        };
        let rows: Vec<Vec<String>> = entries
            .iter()
            .map(|entry| {
                let labels: Vec<&str> = entry
                    .side_effects
                    .items()
                    .iter()
                    .chain(entry.tags.items())
                    .map(String::as_str)
                    .collect();
                vec![
                    entry.date.to_string(),
                    entry.pain.get().to_string(),
                    score(entry.worst_pain),
                    entry
                        .sleep_hours
                        .map_or_else(String::new, |hours| format!("{}", hours.get())),
                    score(entry.sleep_quality),
                    score(entry.mobility),
                    score(entry.mood),
                    entry.rescue_doses.get().to_string(),
                    if entry.wearing_off {
                        "yes".to_owned()
                    } else {
                        String::new()
                    },
                    labels.join(", "),
                    entry.note.clone(),
                ]
            })
            .collect();
        document.long_table(&columns, &rows);
    }
}

/// Pages being laid out, with a cursor on the current page.
struct Document<'f> {
    fonts: &'f Fonts,
    size: (f32, f32),
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl<'f> Document<'f> {
    fn new(paper: Paper, fonts: &'f Fonts) -> Self {
        Self {
            fonts,
            size: paper.size(),
            pages: vec![Vec::new()],
            y: MARGIN,
        }
    }

    fn content_width(&self) -> f32 {
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

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` more points fit on this one.
    fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > MARGIN {
            self.new_page();
        }
    }

    fn gap(&mut self, height: f32) {
        self.y += height;
    }

    fn line_at(&mut self, x: f32, text: String, size: f32, bold: bool, color: Rgb) {
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

    fn text(&mut self, text: &str, size: f32, bold: bool, color: Rgb) {
        self.ensure(size * LEADING);
        let text = self.fonts.printable(text, bold);
        self.line_at(MARGIN, text, size, bold, color);
        self.y += size * LEADING;
    }

    fn paragraph(&mut self, text: &str, size: f32, bold: bool, color: Rgb) {
        for line in self.fonts.wrap(text, size, bold, self.content_width()) {
            self.text(&line, size, bold, color);
        }
    }

    fn bullet(&mut self, text: &str, size: f32) {
        let indent = 10.0;
        let lines = self
            .fonts
            .wrap(text, size, false, self.content_width() - indent);
        for (index, line) in lines.into_iter().enumerate() {
            self.ensure(size * LEADING);
            if index == 0 {
                self.line_at(MARGIN, "•".to_owned(), size, false, INK);
            }
            self.line_at(MARGIN + indent, line, size, false, INK);
            self.y += size * LEADING;
        }
    }

    fn heading(&mut self, text: &str) {
        self.ensure(40.0);
        self.gap(6.0);
        self.text(text, 11.0, true, INK);
        let width = self.content_width();
        let y = self.y;
        self.ops().push(Op::Line {
            from: (MARGIN, y),
            to: (MARGIN + width, y),
            width: 0.6,
            color: RULE,
        });
        self.gap(4.0);
    }

    fn svg(&mut self, svg: String, height: f32) {
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
            color: HEADER_FILL,
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
                    color: INK,
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
            color: RULE,
        });
        self.y += height;
    }

    /// A table on the summary page: the last rows that fit (at most `max_rows`, each cut to
    /// two lines). Returns how many rows were shown.
    fn summary_table<T: AsRef<str>>(
        &mut self,
        columns: &[(T, f32)],
        rows: &[Vec<String>],
        max_rows: usize,
    ) -> usize {
        self.table_header(columns);
        let layout = self.columns(columns);
        let shown = &rows[rows.len().saturating_sub(max_rows)..];
        for row in shown {
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
            self.table_row(&layout, cells, lines * TABLE * LEADING + 3.0);
        }
        shown.len()
    }

    /// A table that continues over as many pages as it needs, repeating its header.
    fn long_table<T: AsRef<str>>(&mut self, columns: &[(T, f32)], rows: &[Vec<String>]) {
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

    /// Adds the footers and draws every page into a PDF.
    fn render(mut self) -> Result<Vec<u8>, ReportError> {
        let count = self.pages.len();
        let (width, height) = self.size;
        for (index, page) in self.pages.iter_mut().enumerate() {
            let footer = format!("Relief Journal report · {DISCLAIMER}");
            let number = format!("Page {} of {count}", index + 1);
            let number_width = self.fonts.width(&number, 7.5, false);
            let y = height - MARGIN + 4.0;
            page.push(Op::Text {
                x: MARGIN,
                y,
                size: 7.5,
                bold: false,
                color: MUTED,
                text: footer,
            });
            page.push(Op::Text {
                x: width - MARGIN - number_width,
                y,
                size: 7.5,
                bold: false,
                color: MUTED,
                text: number,
            });
        }
        super::pdf_render::render(&self.pages, self.size).map_err(ReportError::Pdf)
    }
}
