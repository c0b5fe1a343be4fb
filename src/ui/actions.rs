//! Everything the UI can ask for, in one place.
//!
//! Views push actions while they draw; [`crate::ui::ReliefApp`] applies them after the frame, so
//! no store call is buried in a closure and every change to the journal passes through one match.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::domain::{Entry, Infusion, Settings};

use super::View;

/// A request from a view, applied by the app after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Save (add or replace) a day's entry.
    SaveEntry(Entry),
    /// Delete the entry of a day; it can be undone.
    DeleteEntry(NaiveDate),
    /// Add an infusion.
    AddInfusion(Infusion),
    /// Replace the infusion with this row id.
    UpdateInfusion(i64, Infusion),
    /// Delete the infusion with this row id; it can be undone.
    DeleteInfusion(i64),
    /// Save the settings.
    SaveSettings(Settings),
    /// Undo the last delete.
    Undo,
    /// Show a view.
    ShowView(View),
    /// Show a day in the Today view, to edit it.
    OpenDay(NaiveDate),
    /// First run or demo: create and open the real journal.
    StartJournal,
    /// First run: open a demo journal in a separate file.
    ExploreDemo,
    /// Open the folder that holds this file in the system file manager.
    OpenFolder(PathBuf),
    /// Try again to open the journal after an error.
    RetryOpen,
    /// Close the window even though there are unsaved changes.
    CloseDiscarding,
}
