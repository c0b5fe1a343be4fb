//! The appointment report as a PDF: a one-page summary a clinician can read in a minute, then
//! the side effects between infusions, a calendar of the period, the infusion log and the daily
//! entries. Vector charts, embedded fonts, selectable text.
//!
//! What the report says is in `content`, how it is laid out on pages in `pages`, and how pages
//! become PDF in `pdf_render`; what is asked for is in `options`, the period's entries,
//! infusions and cycles in `period`; this file holds the one entry point.
//!
//! The report is worded in the current thread's language (see
//! [`crate::wording::language::with_locale`]), which its PDF metadata names.

use super::layout::Fonts;
pub use super::options::{Paper, ReportError, ReportOptions};
use super::pages::Document;
use super::pdf_render::DocumentInfo;
pub use super::pdf_render::PdfError;
use super::{calendar, content, side_effects};
use crate::charts::Charts;
use crate::domain::Journal;
use crate::t;
use crate::wording::Summary;
use crate::wording::format::language_tag;

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
    report_pdf_with(journal, &until_end, &charts, options)
}

/// Makes the report of `journal` from chart models already made of it as of the period's end
/// (the app's, when the period ends on the day its journal was analysed), so the report does not
/// analyse the journal a second time. `until_end` is `journal` without the entries after the
/// period.
///
/// # Errors
///
/// As [`report_pdf`].
pub fn report_pdf_with(
    journal: &Journal,
    until_end: &Journal,
    charts: &Charts,
    options: &ReportOptions,
) -> Result<Vec<u8>, ReportError> {
    let period = options.period;
    if period.start > period.end {
        return Err(ReportError::Period {
            start: period.start,
            end: period.end,
        });
    }
    let fonts = Fonts::load()?;
    let mut document = Document::new(options.paper, &fonts);
    let summary = Summary::new(until_end, &charts.analysis, period.end);
    let cycles_on_page_one =
        content::summary_page(&mut document, journal, charts, &summary, options)?;
    side_effects::side_effects_page(&mut document, journal, &charts.analysis, period);
    calendar::calendar_pages(&mut document, journal, &charts.analysis, period);
    content::appendix(
        &mut document,
        journal,
        &charts.analysis,
        options,
        cycles_on_page_one,
    );
    let info = DocumentInfo {
        title: t!("report-pdf-title"),
        language: language_tag(),
    };
    Ok(document.render(&t!("report-footer"), &info)?)
}
