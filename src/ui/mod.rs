//! The desktop app: daily logging, history, infusions, settings and the first-run welcome.
//!
//! Built on eframe (glow renderer). Each view lives in its own file and draws from plain state
//! structs; views never touch the store. They emit [`Action`]s that [`ReliefApp`] applies after
//! the frame, then reloads the journal and re-runs the analysis (only when data changed, never
//! per frame). Time comes from an injected [`Clock`], so tests run on a fixed day.
//!
//! What this module is not: it holds no SQL (that is `store`) and no analysis (that is
//! `analysis`); it only shows their results.

mod actions;
mod app;
mod charts;
mod commands;
mod data;
mod failure;
mod files;
mod history;
mod import;
mod infusions;
mod lock;
mod outcome;
mod paste_dates;
mod plot_series;
mod reminder;
mod report;
mod screenshot;
mod session;
mod settings;
mod setup;
mod theme;
mod today;
mod welcome;
mod widgets;
mod window;

use eframe::egui;
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Instant;

use crate::domain::Clock;
use crate::t;

pub use actions::{
    Action, ExportKind, FileTarget, FileWrite, JournalAction, Navigation, ScreenAction,
    TreatmentSoFar,
};
pub use app::ReliefApp;
pub use charts::ChartsState;
pub use commands::{Command, CommandEntry, shortcut_clashes};
pub use files::{FileError, ImportPreview};
pub use import::{ImportSource, PendingImport, TableChoice, TrackerChoice};
pub use reminder::ReminderState;
pub use report::{Period, ReportState};
pub use screenshot::{ScreenshotError, ScreenshotOutcome};

/// The views of the app, in side-bar order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Log a day (the default).
    #[default]
    Today,
    /// All entries: table, calendar, delete and undo.
    History,
    /// Done and planned infusions.
    Infusions,
    /// The timeline, the cycle overlay, relief durations and the insights.
    Charts,
    /// The appointment report, chart images, export and import.
    Report,
    /// Thresholds, display and the journal file.
    Settings,
}

impl View {
    /// Every view, in side-bar order.
    pub const ALL: [View; 6] = [
        View::Today,
        View::History,
        View::Infusions,
        View::Charts,
        View::Report,
        View::Settings,
    ];

    /// The name used by `--view` and shown in the side bar.
    pub fn name(self) -> &'static str {
        match self {
            Self::Today => "today",
            Self::History => "history",
            Self::Infusions => "infusions",
            Self::Charts => "charts",
            Self::Report => "report",
            Self::Settings => "settings",
        }
    }
}

impl View {
    /// The view's name as the side bar shows it, in the current language: "Today", "Hoy".
    pub fn label(self) -> String {
        match self {
            Self::Today => t!("app-view-today"),
            Self::History => t!("app-view-history"),
            Self::Infusions => t!("app-view-infusions"),
            Self::Charts => t!("app-view-charts"),
            Self::Report => t!("app-view-report"),
            Self::Settings => t!("app-view-settings"),
        }
    }
}

impl fmt::Display for View {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for View {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        View::ALL
            .into_iter()
            .find(|view| view.name() == text.trim())
            .ok_or_else(|| t!("app-unknown-view", view = text))
    }
}

/// How the app starts: which journal, which clock, which view, and whether to take a screenshot.
#[derive(Clone)]
pub struct AppConfig {
    /// The journal file; when it does not exist yet the app shows the welcome.
    pub journal_path: PathBuf,
    /// Where "now" comes from.
    pub clock: Arc<dyn Clock>,
    /// The view shown first.
    pub start_view: View,
    /// When set, draw the first complete frame, save it here as PNG and close.
    pub screenshot: Option<PathBuf>,
    /// When the process started, to log the time to the first frame.
    pub started: Instant,
    /// The system scheduler that runs the reminder to log; `None` offers no reminder.
    pub reminders: Option<crate::reminders::Scheduler>,
    /// Open the journal for reading only, even where it could be written (`--read-only`).
    pub read_only: bool,
    /// The system's preferred locales, most preferred first (`platform::system_locales`, or
    /// `--lang`): the app's language unless the journal's settings choose one. Empty means
    /// English.
    pub system_locales: Vec<String>,
}

impl fmt::Debug for AppConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AppConfig")
            .field("journal_path", &self.journal_path)
            .field("now", &self.clock.now())
            .field("start_view", &self.start_view)
            .field("screenshot", &self.screenshot)
            .finish()
    }
}

/// Why the app could not run.
#[derive(Debug, thiserror::Error)]
pub enum UiError {
    /// The window could not be opened (no display, no OpenGL).
    Window(#[source] eframe::Error),
    /// `--screenshot` was given but no image was saved.
    Screenshot(#[from] ScreenshotError),
}

impl fmt::Display for UiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::Window(error) => t!("app-error-window", error = error.to_string()),
            Self::Screenshot(error) => t!("app-error-screenshot", error = error.to_string()),
        })
    }
}

/// Opens the app window and runs until it is closed.
///
/// # Errors
///
/// [`UiError::Window`] when the window cannot be opened (no display, no OpenGL);
/// [`UiError::Screenshot`] when `--screenshot` was given and no image was saved.
pub fn run(config: AppConfig) -> Result<(), UiError> {
    let screenshot = config.screenshot.is_some();
    let outcome = ScreenshotOutcome::default();
    let app_outcome = outcome.clone();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(t!("app-window-title"))
        .with_app_id("relief-journal")
        .with_inner_size(window::DEFAULT_SIZE)
        .with_min_inner_size(window::MIN_SIZE);
    if let Some(icon) = theme::app_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "Relief Journal",
        options,
        Box::new(move |cc| {
            Ok(Box::new(
                ReliefApp::new(cc, config).with_outcome(app_outcome),
            ))
        }),
    )
    .map_err(UiError::Window)?;
    if screenshot {
        outcome.result()?;
    }
    Ok(())
}
