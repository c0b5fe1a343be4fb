//! The appointment report as PDF, without egui: `content` (what it says), `side_effects` and
//! `calendar` (the pages after the summary), `pages` (how it is laid out), `layout` (text
//! measured with the bundled font, drawing operations), `pdf_render` (the operations drawn with
//! krilla).
//!
//! Draws its charts with [`crate::chart_image`] and the bundled fonts; looks up installed fonts
//! only for characters of a note or name that the bundled font lacks.

mod calendar;
mod content;
mod layout;
mod options;
mod pages;
pub mod pdf;
mod pdf_render;
mod period;
mod side_effects;

pub use layout::REPLACEMENT;
pub use pdf::{Paper, PdfError, ReportError, ReportOptions, report_pdf, report_pdf_with};
