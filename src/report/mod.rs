//! Rendering without egui: the charts as SVG and PNG images, and the appointment report as PDF.
//!
//! Uses the chart models of [`crate::charts`] and the bundled fonts; never looks up system fonts.

pub mod chart_image;
pub mod fonts;
mod layout;
pub mod pdf;
mod pdf_render;

pub use layout::REPLACEMENT;
pub use pdf::{Paper, ReportError, ReportOptions, last_three_months, report_pdf};
