//! The bundled fonts (DejaVu Sans, see `assets/fonts/LICENSE-DejaVu.txt`), so charts and reports
//! never depend on the fonts installed on a computer.

use std::sync::OnceLock;

/// DejaVu Sans, regular.
pub const SANS_REGULAR: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans, bold.
pub const SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
/// The family name charts use for text.
pub const CHART_FONT_FAMILY: &str = "sans-serif";

/// The bundled font could not be read: only a broken build can cause it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the bundled chart font could not be read")]
pub struct FontError;

/// Registers the bundled fonts with plotters once; later calls do nothing.
///
/// # Errors
///
/// [`FontError`] when plotters cannot read the bundled font.
pub fn register_chart_fonts() -> Result<(), FontError> {
    static REGISTERED: OnceLock<Result<(), FontError>> = OnceLock::new();
    *REGISTERED.get_or_init(|| {
        use plotters::style::{FontStyle, register_font};
        register_font(CHART_FONT_FAMILY, FontStyle::Normal, SANS_REGULAR)
            .and_then(|()| register_font(CHART_FONT_FAMILY, FontStyle::Bold, SANS_BOLD))
            .map_err(|_| FontError)
    })
}
