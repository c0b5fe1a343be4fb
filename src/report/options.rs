//! What a report is asked for (period, paper, daily entries, the name printed) and why one could
//! not be made; shared by the content, the page layout and the entry point in `pdf`.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::pdf_render::PdfError;
use crate::charts::DateRange;
use crate::domain::{Allowed, ValidationError};

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
            other => Err(ValidationError::new(
                "paper",
                other,
                Allowed::OneOf(&["a4", "letter"]),
            )),
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

/// Why a report could not be made; worded in [`crate::wording`].
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A chart could not be drawn.
    Chart(#[from] crate::chart_image::ChartError),
    /// The bundled font could not be read for measuring text.
    Font(#[from] ttf_parser::FaceParsingError),
    /// The laid-out pages could not be drawn into a PDF.
    Pdf(#[from] PdfError),
    /// The period is backwards.
    Period {
        /// First day.
        start: NaiveDate,
        /// Last day.
        end: NaiveDate,
    },
}
