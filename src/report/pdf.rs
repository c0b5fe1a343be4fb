//! The appointment report as a PDF: a one-page summary a clinician can read in a minute, then
//! the side effects between infusions, a calendar of the period, the infusion log and the daily
//! entries. Vector charts, embedded fonts, selectable text.
//!
//! What the report says is in `content`, how it is laid out on pages in `pages`, and how pages
//! become PDF in `pdf_render`; this file holds the options and the one entry point.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::layout::Fonts;
use super::pages::Document;
pub use super::pdf_render::PdfError;
use super::{calendar, content, side_effects};
use crate::charts::{Charts, DateRange};
use crate::domain::{Journal, ValidationError};
use crate::wording::DISCLAIMER;

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

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A chart could not be drawn.
    #[error(transparent)]
    Chart(#[from] crate::chart_image::ChartError),
    /// The bundled font could not be read for measuring text.
    #[error("the bundled font could not be read: {0}")]
    Font(#[from] ttf_parser::FaceParsingError),
    /// The laid-out pages could not be drawn into a PDF.
    #[error("could not write the PDF: {0}")]
    Pdf(#[from] PdfError),
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
///
/// # Errors
///
/// [`ReportError::Period`] when the period starts after it ends; [`ReportError::Chart`],
/// [`ReportError::Font`] or [`ReportError::Pdf`] when a chart, the bundled font or the PDF
/// cannot be made, which only a broken build should cause.
pub fn report_pdf(journal: &Journal, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    let period = options.period;
    if period.start > period.end {
        return Err(ReportError::Period {
            start: period.start,
            end: period.end,
        });
    }
    let fonts = Fonts::load()?;
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
    let cycles_on_page_one = content::summary_page(&mut document, journal, &charts, options)?;
    side_effects::side_effects_page(&mut document, journal, &charts.analysis, period);
    calendar::calendar_pages(&mut document, journal, &charts.analysis, period);
    content::appendix(
        &mut document,
        journal,
        &charts.analysis,
        options,
        cycles_on_page_one,
    );
    Ok(document.render(&format!("Relief Journal report · {DISCLAIMER}"))?)
}
