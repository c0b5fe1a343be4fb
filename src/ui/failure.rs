//! The screen shown when the journal cannot be opened: why, and the newest backup to restore.

use eframe::egui;
use std::path::Path;

use egui::Ui;

use crate::store::{BackupInfo, StoreError, list_backups};
use crate::t;
use crate::wording::format;

use super::actions::{Action, ScreenAction};

/// Why the journal could not be opened, and the newest backup that could replace it.
pub(super) struct Failure {
    pub(super) message: String,
    latest_backup: Option<BackupInfo>,
    /// The passphrase typed on the lock screen before the journal failed to open, for
    /// restoring its (protected) backup.
    pub(super) passphrase: Option<crate::store::Passphrase>,
}

impl Failure {
    /// Looks up the most recently written backup of the journal at `path` once, when the
    /// failure happens, to offer in place of a file that is damaged or not a journal.
    pub(super) fn new(message: String, path: &Path) -> Self {
        // Backups kept with a journal set aside belong to that journal.
        let latest_backup = list_backups(path)
            .ok()
            .and_then(|backups| backups.into_iter().find(|backup| !backup.kept));
        Self {
            message,
            latest_backup,
            passphrase: None,
        }
    }

    /// A failure to open `path` with `error`. A restore is offered only for a file that is
    /// damaged, not a journal, or from a newer version (each set aside untouched by a
    /// restore): a journal that cannot be read (permissions, a missing disk) or created (a
    /// read-only folder) is not helped by a backup, and is never called damaged.
    pub(super) fn opening(path: &Path, error: &StoreError) -> Self {
        let message = open_error_message(path, error);
        match error {
            StoreError::Damaged { .. }
            | StoreError::NotAJournal { .. }
            | StoreError::NewerSchema { .. } => Self::new(message, path),
            _ => Self {
                message,
                latest_backup: None,
                passphrase: None,
            },
        }
    }
}

pub(super) fn failed_ui(ui: &mut Ui, failure: &Failure, actions: &mut Vec<Action>) {
    // Scrolls when the window is small or the text large, so the buttons are never cut off.
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| failed_contents_ui(ui, failure, actions));
}

fn failed_contents_ui(ui: &mut Ui, failure: &Failure, actions: &mut Vec<Action>) {
    ui.add_space(40.0);
    ui.heading(t!("app-failure-heading"));
    ui.add_space(8.0);
    ui.label(&failure.message);
    ui.add_space(8.0);
    if let Some(backup) = &failure.latest_backup {
        ui.label(t!(
            "app-failure-backup",
            when = format::date_time(backup.taken_at)
        ));
        ui.add_space(4.0);
        if ui.button(t!("app-failure-restore")).clicked() {
            actions.push(
                ScreenAction::RestoreBackup {
                    file: backup.path.clone(),
                    passphrase: None,
                }
                .into(),
            );
        }
    }
    if ui.button(t!("app-failure-retry")).clicked() {
        actions.push(ScreenAction::RetryOpen.into());
    }
}

pub(super) fn open_error_message(path: &Path, error: &StoreError) -> String {
    match error {
        StoreError::Io { .. } | StoreError::Sqlite(_) => t!(
            "app-failure-cannot-open",
            path = path.display().to_string(),
            error = error.to_string()
        ),
        _ => error.to_string(),
    }
}
