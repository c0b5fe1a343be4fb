//! Everything the UI can ask for, in one place.
//!
//! Views push actions while they draw; [`crate::ui::ReliefApp`] applies them after the frame, so
//! no store call is buried in a closure. Screen changes and journal changes are separate types,
//! each applied by one exhaustive match: the app's for [`ScreenAction`], the session's for
//! [`JournalAction`].

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::charts::{ChartKind, DateRange};
use crate::domain::{Entry, Infusion, Language, Settings};
use crate::report::ReportOptions;
use crate::t;

use super::View;
use super::commands::Command;

/// A request from a view, applied by the app after the frame.
///
/// Two kinds, so that the compiler routes each one: [`ScreenAction`]s change which screen the
/// window shows and are applied by the app itself; [`JournalAction`]s act on the open journal
/// and are applied by its session. Views push either through `.into()`.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Change the screen: start, demo, restore, retry or close.
    Screen(ScreenAction),
    /// Act on the open journal.
    Journal(JournalAction),
    /// Change what the open journal shows; nothing is written.
    Navigate(Navigation),
    /// A command from the table in `commands.rs`, asked for by its key or its button.
    Command(Command),
}

impl From<Navigation> for Action {
    fn from(navigation: Navigation) -> Self {
        Self::Navigate(navigation)
    }
}

impl From<Command> for Action {
    fn from(command: Command) -> Self {
        Self::Command(command)
    }
}

impl From<ScreenAction> for Action {
    fn from(action: ScreenAction) -> Self {
        Self::Screen(action)
    }
}

impl From<JournalAction> for Action {
    fn from(action: JournalAction) -> Self {
        Self::Journal(action)
    }
}

/// Changes what the window shows; applied by the app, whatever screen is open.
#[derive(Debug, Clone, PartialEq)]
pub enum ScreenAction {
    /// First run or demo: create and open the real journal; with `treatment_started`, open the
    /// setup that asks about the infusions already had and the pain before ketamine.
    StartJournal {
        /// The patient said their infusions have already started.
        treatment_started: bool,
    },
    /// Leave the demo: open the real journal, or the welcome when there is none yet.
    LeaveDemo,
    /// First run: open a demo journal in a separate file.
    ExploreDemo,
    /// Try again to open the journal after an error.
    RetryOpen,
    /// Replace the journal with this file (a backup, or a journal kept aside), then open it (a
    /// journal that cannot be opened is set aside, never overwritten; an open one is backed up
    /// first). `passphrase` is the file's own, typed when the journal's does not open it.
    RestoreBackup {
        /// The file to restore.
        file: PathBuf,
        /// The file's passphrase, when it is not the journal's.
        passphrase: Option<crate::store::Passphrase>,
    },
    /// Close the question asking for the passphrase of a file to restore, restoring nothing.
    CancelRestore,
    /// Close the window even though there are unsaved changes.
    CloseDiscarding,
    /// Save every unsaved change (days' entries, the infusion form and pasted dates, settings),
    /// then close the window; when something cannot be saved, say what and stay open.
    SaveAndClose,
    /// Open the locked journal with this passphrase.
    Unlock(crate::store::Passphrase),
    /// The passphrase is lost: keep the protected journal, renamed, and start a new one.
    StartOverKeepingLocked,
    /// Protect the journal with `new`, change its passphrase from `current` to `new`, or
    /// remove it (`new` is `None`); the journal is closed, converted and opened again.
    ChangeProtection {
        /// The passphrase it is protected with now; `None` for a plain journal.
        current: Option<crate::store::Passphrase>,
        /// The passphrase to protect it with; `None` to remove it.
        new: Option<crate::store::Passphrase>,
    },
}

/// Acts on the open journal; applied by its session.
#[derive(Debug, Clone, PartialEq)]
pub enum JournalAction {
    /// Save (add or replace) a day's entry.
    SaveEntry(Entry),
    /// Delete the entry of a day; it can be undone.
    DeleteEntry(NaiveDate),
    /// Add an infusion.
    AddInfusion(Infusion),
    /// Add several infusions at once (dates pasted from a letter), all or none.
    AddInfusions(Vec<Infusion>),
    /// Replace the infusion with this row id.
    UpdateInfusion(i64, Infusion),
    /// Delete the infusion with this row id; it can be undone.
    DeleteInfusion(i64),
    /// Save the changes `edited` makes to `base` (the settings it was edited from), leaving
    /// every other setting as stored now.
    SaveSettings {
        /// The settings as they were when the edit started.
        base: Settings,
        /// The settings as edited.
        edited: Settings,
    },
    /// Store what the setup asked, in one transaction, and close it.
    SaveSetup(TreatmentSoFar),
    /// Undo the last delete.
    Undo,
    /// Open the folder that holds this file in the system file manager.
    OpenFolder(PathBuf),
    /// Take a backup of the open journal now.
    BackupNow,
    /// Ask the system's file dialog for a file, then use it.
    ChooseFile(FileUse),
    /// Write a report, chart or export to a typed path (asking first before making its folder
    /// or replacing a file).
    WriteFile(PathBuf, FileWrite),
    /// Go ahead with the file write that was asked about (make its folder, replace the file).
    ConfirmWrite,
    /// Drop the file write that was asked about.
    CancelWrite,
    /// Read a file to import (a workbook's named sheet, or its first) and show what it would
    /// change; nothing is stored yet.
    PreviewImport(PathBuf, Option<String>),
    /// Import the previewed file (after a backup).
    ConfirmImport,
    /// Drop the previewed file.
    CancelImport,
    /// Install the daily reminder to log as chosen (replacing one already on), or, with `None`,
    /// remove it and everything it installed.
    SetReminder(Option<crate::reminders::ReminderChoice>),
    /// Go on from the first run's reminder step.
    CloseReminderOffer,
    /// The sync folder, the merge report or a conflicted copy.
    Sync(SyncAction),
}

/// What the Sync folder section, the merge report and the offer of conflicted copies ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncAction {
    /// Sync with the chosen folder now.
    SyncNow,
    /// Ask the system's dialog for the sync folder, then use it.
    ChooseFolder,
    /// Use this folder as the sync folder (remembered) and sync with it.
    UseFolder(PathBuf),
    /// Forget the sync folder (the copies in it stay).
    StopSyncing,
    /// Close the merge report.
    DismissReport,
    /// Merge this conflicted copy into the journal.
    MergeCopy(PathBuf),
    /// Rename this conflicted copy aside, so it is not offered again.
    SetAsideCopy(PathBuf),
    /// Close the offer of conflicted copies until the app opens again.
    DismissCopies,
    /// Close the warning about a journal kept in a synced folder.
    DismissWarning,
}

impl SyncAction {
    /// Whether it writes to the journal file.
    pub fn writes_journal(&self) -> bool {
        match self {
            Self::SyncNow | Self::UseFolder(_) | Self::StopSyncing | Self::MergeCopy(_) => true,
            Self::ChooseFolder
            | Self::DismissReport
            | Self::SetAsideCopy(_)
            | Self::DismissCopies
            | Self::DismissWarning => false,
        }
    }
}

/// Changes what the open journal shows, applied by its session; nothing is written, so these
/// work in a journal opened for reading only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Navigation {
    /// Show a view (closing the setup).
    ShowView(View),
    /// Show a day in the Today view, to edit it.
    OpenDay(NaiveDate),
    /// Open "Your treatment so far" (infusions already had, pain before ketamine).
    ShowSetup,
    /// Close the setup without storing anything (its answers are kept until the app closes).
    CloseSetup,
    /// Answer the first run's passphrase step with "Not now".
    SkipPassphraseStep,
}

/// A file the app writes from the journal (where is given beside it).
#[derive(Debug, Clone, PartialEq)]
pub enum FileWrite {
    /// The appointment report as PDF, in this language (with the region of the system's
    /// locales, as the app's own language).
    Report(ReportOptions, Language),
    /// A chart as PNG or SVG (by the file's extension), the timeline limited to the range.
    Chart(ChartKind, Option<DateRange>),
    /// The journal, whole or in part.
    Export(ExportKind),
}

impl FileWrite {
    /// The file written to `path`: with this kind's extension added when it has none.
    pub fn file(&self, path: &Path) -> PathBuf {
        match self {
            Self::Report(..) => with_extension(path, "pdf"),
            Self::Chart(..) => with_extension(path, "png"),
            Self::Export(kind) => with_extension(path, kind.extension()),
        }
    }
}

/// What a file chosen in the system's dialog is for.
#[derive(Debug, Clone, PartialEq)]
pub enum FileUse {
    /// Write this file there (the dialog has asked about replacing one).
    Write(FileWrite),
    /// Read it and preview what importing it would change.
    Import,
}

impl FileUse {
    /// Which dialog to show, and which field the chosen path goes into.
    pub fn target(&self) -> FileTarget {
        match self {
            Self::Write(FileWrite::Report(..)) => FileTarget::ReportPdf,
            Self::Write(FileWrite::Chart(..)) => FileTarget::ChartImage,
            Self::Write(FileWrite::Export(_)) => FileTarget::Export,
            Self::Import => FileTarget::Import,
        }
    }

    /// The file name the dialog suggests, dated `today` (none for a file to import).
    pub fn suggested_name(&self, today: NaiveDate) -> String {
        match self {
            Self::Write(FileWrite::Report(..)) => format!("relief-report-{today}.pdf"),
            Self::Write(FileWrite::Chart(..)) => format!("relief-chart-{today}.png"),
            Self::Write(FileWrite::Export(kind)) => {
                format!("relief-journal-{today}.{}", kind.extension())
            }
            Self::Import => String::new(),
        }
    }

    /// The action that uses the file at `path`.
    pub fn with_path(self, path: PathBuf) -> JournalAction {
        match self {
            Self::Write(write) => JournalAction::WriteFile(path, write),
            Self::Import => JournalAction::PreviewImport(path, None),
        }
    }
}

/// What "Your treatment so far" stores: infusions not yet in the journal, and the settings with
/// the remembered baseline (pain before ketamine) as answered.
#[derive(Debug, Clone, PartialEq)]
pub struct TreatmentSoFar {
    /// Done infusions already had and the next planned one, none of them on a day the journal
    /// already has an infusion.
    pub infusions: Vec<Infusion>,
    /// The settings to store.
    pub settings: Settings,
}

/// What a file chosen in a dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileTarget {
    /// The report PDF (save).
    ReportPdf,
    /// A chart image (save).
    ChartImage,
    /// An export (save).
    Export,
    /// A file to import (open).
    Import,
}

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// The whole journal as JSON (imports back without loss).
    Json,
    /// Daily entries as CSV.
    EntriesCsv,
    /// Infusions as CSV.
    InfusionsCsv,
}

impl JournalAction {
    /// Whether applying the action writes to the journal file (refused while it is read-only).
    pub fn writes_journal(&self) -> bool {
        match self {
            Self::SaveEntry(_)
            | Self::DeleteEntry(_)
            | Self::AddInfusion(_)
            | Self::AddInfusions(_)
            | Self::UpdateInfusion(..)
            | Self::DeleteInfusion(_)
            | Self::SaveSettings { .. }
            | Self::SaveSetup(_)
            | Self::Undo
            | Self::BackupNow
            | Self::ConfirmImport => true,
            Self::OpenFolder(_)
            | Self::ChooseFile(_)
            | Self::WriteFile(..)
            | Self::ConfirmWrite
            | Self::CancelWrite
            | Self::PreviewImport(..)
            | Self::CancelImport
            // The reminder is the system's scheduler job; it reads the journal, never writes it.
            | Self::SetReminder(_)
            | Self::CloseReminderOffer => false,
            Self::Sync(action) => action.writes_journal(),
        }
    }
}

impl ExportKind {
    /// Every kind, in the order shown.
    pub const ALL: [Self; 3] = [Self::Json, Self::EntriesCsv, Self::InfusionsCsv];

    /// The radio button's text.
    pub fn label(self) -> String {
        match self {
            Self::Json => t!("report-view-export-json"),
            Self::EntriesCsv => t!("report-view-export-entries"),
            Self::InfusionsCsv => t!("report-view-export-infusions"),
        }
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::EntriesCsv | Self::InfusionsCsv => "csv",
        }
    }
}

/// `path` with `extension` added when it has none.
pub fn with_extension(path: &Path, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path.to_owned()
    } else {
        path.with_extension(extension)
    }
}
