//! The Settings view's "Journal file" and "Backups" sections: where the journal file lives (or
//! that the demo has its own), how long backups are kept, a backup taken now, and the latest
//! backups with a way to restore one.

use eframe::egui;
use egui::{RichText, Ui};

use crate::t;
use crate::wording::format;

use super::super::actions::{Action, JournalAction, ScreenAction};
use super::{JournalFile, SettingsState, field_label, number_line_ui};

/// How many backups the Settings view lists.
const BACKUPS_SHOWN: usize = 10;

/// Where the journal file lives, with a way to open its folder.
pub(super) fn journal_file_ui(ui: &mut Ui, file: JournalFile<'_>, actions: &mut Vec<Action>) {
    ui.label(RichText::new(t!("settings-file-heading")).strong());
    match file.path {
        Some(path) => {
            if file.demo {
                ui.label(t!("settings-file-demo"));
            } else {
                ui.label(t!("settings-file-own"));
            }
            ui.horizontal_wrapped(|ui| {
                ui.monospace(path.display().to_string());
                if ui.button(t!("settings-file-open-folder")).clicked() {
                    actions.push(JournalAction::OpenFolder(path.to_owned()).into());
                }
            });
        }
        None => {
            ui.label(t!("settings-file-in-memory"));
        }
    }
}

/// The backups next to the journal, with a way to take one now and to restore one.
pub(super) fn backups_ui(
    ui: &mut Ui,
    state: &mut SettingsState,
    backups: &[crate::store::BackupInfo],
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new(t!("settings-backups-heading")).strong());
    ui.label(t!("settings-backups-intro"));
    let suffix = t!(
        "settings-backups-keep-suffix",
        count = state.draft.backup_keep_days
    );
    number_line_ui(
        ui,
        field_label(t!("settings-backups-keep-field")),
        &mut state.draft.backup_keep_days,
        1..=365,
        &suffix,
        &t!("settings-backups-keep-hint"),
        &mut state.notice,
    );
    if ui.button(t!("settings-backups-now")).clicked() {
        actions.push(JournalAction::BackupNow.into());
    }
    if backups.is_empty() {
        ui.label(t!("settings-backups-none"));
        return;
    }
    egui::Grid::new("backups").striped(true).show(ui, |ui| {
        for backup in backups.iter().take(BACKUPS_SHOWN) {
            // Restore first, so it stays in view in a narrow window.
            let when = format::date_time(backup.taken_at);
            if ui
                .button(t!("settings-backups-restore"))
                .on_hover_text(t!("settings-backups-restore-hint", when = when.as_str()))
                .clicked()
            {
                actions.push(ScreenAction::RestoreBackup(backup.path.clone()).into());
            }
            ui.label(&when);
            ui.label(t!(
                "settings-backups-reason",
                reason = backup.reason.as_str()
            ));
            let size = backup.size_bytes.div_ceil(1024).to_string();
            ui.label(t!("settings-backups-size", size = size));
            ui.end_row();
        }
    });
    if backups.len() > BACKUPS_SHOWN {
        ui.label(t!(
            "settings-backups-older",
            count = (backups.len() - BACKUPS_SHOWN)
        ));
    }
}
