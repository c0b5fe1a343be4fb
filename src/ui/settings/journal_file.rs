//! The Settings view's "Journal file" and "Backups" sections: where the journal file lives (or
//! that the demo has its own), how long backups are kept, a backup taken now, the latest
//! backups and the journals kept aside, with a way to restore each.

use eframe::egui;
use egui::{RichText, Ui};

use crate::t;
use crate::wording::format;
use crate::wording::store_words::backup_reason;

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
                actions.push(
                    ScreenAction::RestoreBackup {
                        file: backup.path.clone(),
                        passphrase: None,
                    }
                    .into(),
                );
            }
            ui.label(&when);
            ui.label(backup_reason(backup));
            let size = backup.size_bytes.div_ceil(1024).to_string();
            ui.label(t!("settings-backups-size", size = size));
            if backup.kept {
                ui.label(t!("settings-backups-kept"))
                    .on_hover_text(t!("settings-backups-kept-hint"));
            }
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

/// The journals kept aside beside this one (after "Forgot it?", or set aside by a restore), each
/// with a way to restore it; nothing when there are none.
pub(super) fn kept_journals_ui(
    ui: &mut Ui,
    kept: &[crate::store::KeptJournal],
    actions: &mut Vec<Action>,
) {
    if kept.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.label(RichText::new(t!("settings-kept-heading")).strong());
    ui.label(t!("settings-kept-intro"));
    egui::Grid::new("kept_journals")
        .striped(true)
        .show(ui, |ui| {
            for journal in kept {
                let when = format::date_time(journal.set_aside_at);
                if ui
                    .button(t!("settings-kept-restore"))
                    .on_hover_text(t!("settings-kept-restore-hint", when = when.as_str()))
                    .clicked()
                {
                    actions.push(
                        ScreenAction::RestoreBackup {
                            file: journal.path.clone(),
                            passphrase: None,
                        }
                        .into(),
                    );
                }
                ui.label(t!("settings-kept-when", when = when.as_str()));
                ui.label(t!(
                    "settings-kept-protection",
                    protected = if journal.protected { "yes" } else { "no" }
                ));
                ui.end_row();
            }
        });
}
