//! What became of a journal action, told to the views after the session applied it.

use std::path::PathBuf;

use super::actions::FileTarget;
use super::import::PendingImport;

/// What became of a journal action, told to the views after it is applied, so each view follows
/// its own action (clears a saved form, keeps an import preview) instead of the session reaching
/// into its state.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    /// The journal was read again; a form without edits shows what is stored now.
    Reloaded,
    /// The infusion form's infusion was added or updated.
    InfusionSaved,
    /// The pasted infusion dates were added.
    InfusionsAdded,
    /// The settings were saved.
    SettingsSaved,
    /// The setup's answers were stored.
    SetupSaved,
    /// A path was chosen in the system's file dialog for this field.
    FileChosen(FileTarget, PathBuf),
    /// A file to import was read: what importing it would change.
    ImportRead(Box<PendingImport>),
    /// The import preview is done with: cancelled, or its file could not be read.
    ImportClosed,
    /// The previewed file was imported: what it changed, in words, to be shown whole where the
    /// import was made.
    Imported(String),
}
