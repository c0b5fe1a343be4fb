//! Why a chart or a report could not be made, in words: the `Display` of the chart, font, PDF
//! and report errors, whose variants carry what went wrong. What a library below reported (a
//! drawing, encoding or file error) is quoted as it reported it.

use std::fmt;

use crate::chart_image::ChartError;
use crate::fonts::FontError;
use crate::report::{PdfError, REPLACEMENT, ReportError};
use crate::t;

impl fmt::Display for FontError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!("chart-error-font"))
    }
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Font(error) => error.to_string(),
            Self::Draw { source } => t!("chart-error-draw", reason = source.to_string()),
            Self::Png(error) => t!("chart-error-png", reason = error.to_string()),
            Self::UnknownFormat(path) => t!("chart-error-unknown-format", path = path.as_str()),
            Self::Write { path, source } => t!(
                "chart-error-write",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Font => t!("report-error-embed-font"),
            Self::FallbackFont { family } => {
                t!("report-error-fallback-font", family = family.as_str())
            }
            Self::PageSize { width, height } => t!(
                "report-error-page-size",
                width = width.to_string(),
                height = height.to_string()
            ),
            Self::ChartSvg(error) => t!("report-error-chart-svg", reason = error.to_string()),
            Self::ChartSize => t!("report-error-chart-size"),
            Self::Write(error) => t!("report-error-write", reason = error.to_string()),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Chart(error) => error.to_string(),
            Self::Font(error) => t!("report-error-font", reason = error.to_string()),
            Self::Pdf(error) => t!("report-error-pdf", reason = error.to_string()),
            Self::Period { start, end } => t!(
                "report-error-period",
                start = start.to_string(),
                end = end.to_string()
            ),
        };
        f.write_str(&text)
    }
}

/// The note printed when no font had some characters of a note or name: the code points of the
/// first `listed`, how many more there were, and the mark printed instead.
pub fn missing_characters_note(missing: &[char], listed: usize) -> String {
    let points: Vec<String> = missing
        .iter()
        .take(listed)
        .map(|character| format!("U+{:04X}", u32::from(*character)))
        .collect();
    t!(
        "report-missing-characters",
        points = points.join(", "),
        more = missing.len().saturating_sub(listed),
        replacement = REPLACEMENT.to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Locale;
    use crate::wording::language::with_locale;

    #[test]
    fn errors_are_worded_in_the_language() {
        let period = ReportError::Period {
            start: chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap_or_default(),
            end: chrono::NaiveDate::from_ymd_opt(2026, 9, 1).unwrap_or_default(),
        };
        assert_eq!(
            period.to_string(),
            "the report period starts (2026-10-01) after it ends (2026-09-01)"
        );
        let unknown = ChartError::UnknownFormat("chart.gif".to_owned());
        let spanish = Locale::parse("es_MX").unwrap_or_default();
        with_locale(spanish, || {
            assert_eq!(
                unknown.to_string(),
                "chart.gif: tipo de imagen desconocido; el nombre del archivo debe terminar en \
                 .png o .svg"
            );
            assert!(period.to_string().starts_with("el periodo del informe"));
        });
    }

    #[test]
    fn the_missing_characters_note_lists_the_first_code_points() {
        let missing: Vec<char> = ('\u{E000}'..='\u{E00D}').collect();
        let note = missing_characters_note(&missing, 12);
        assert!(
            note.contains(
                "(U+E000, U+E001, U+E002, U+E003, U+E004, U+E005, U+E006, U+E007, \
                 U+E008, U+E009, U+E00A, U+E00B, and 2 more)"
            ),
            "{note}"
        );
        let few = missing_characters_note(&missing[..1], 12);
        assert!(few.contains("(U+E000)."), "{few}");
        let spanish = Locale::parse("es_MX").unwrap_or_default();
        let note = with_locale(spanish, || missing_characters_note(&missing, 12));
        assert!(note.contains("U+E00B y 2 más)."), "{note}");
    }
}
