//! The Settings view's "Journal file" and "Backups" sections: where the journal file lives (or
//! that the demo has its own), how long backups are kept, a backup taken now, and the latest
//! backups with a way to restore one.

use eframe::egui;
use egui::{RichText, Ui};

use super::super::actions::{Action, JournalAction, ScreenAction};
use super::{JournalFile, SettingsState, number_line_ui};

/// Label of the number field of how long backups are kept; a notice names its field by label.
const KEEP_BACKUPS_FIELD: &str = "Keep backups for";

/// How many backups the Settings view lists.
const BACKUPS_SHOWN: usize = 10;

/// Where the journal file lives, with a way to open its folder.
pub(super) fn journal_file_ui(ui: &mut Ui, file: JournalFile<'_>, actions: &mut Vec<Action>) {
    ui.label(RichText::new("Journal file").strong());
    match file.path {
        Some(path) => {
            if file.demo {
                ui.label("You are exploring demo data. The demo journal is kept in its own file:");
            } else {
                ui.label(
                    "Your journal is one file on this computer. Back it up with your other files.",
                );
            }
            ui.horizontal_wrapped(|ui| {
                ui.monospace(path.display().to_string());
                if ui.button("Open folder").clicked() {
                    actions.push(JournalAction::OpenFolder(path.to_owned()).into());
                }
            });
        }
        None => {
            ui.label("This journal lives only in memory and is not saved to a file.");
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
    ui.label(RichText::new("Backups").strong());
    ui.label(
        "A copy of your journal is kept in the backups folder next to it: once a day when the app \
         opens, and before every import and restore. Restoring one first backs up the journal as it is now.",
    );
    number_line_ui(
        ui,
        KEEP_BACKUPS_FIELD,
        &mut state.draft.backup_keep_days,
        1..=365,
        " days",
        "(default 14; the newest backup is always kept)",
        &mut state.notice,
    );
    if ui.button("Back up now").clicked() {
        actions.push(JournalAction::BackupNow.into());
    }
    if backups.is_empty() {
        ui.label("No backups yet.");
        return;
    }
    egui::Grid::new("backups").striped(true).show(ui, |ui| {
        for backup in backups.iter().take(BACKUPS_SHOWN) {
            // Restore first, so it stays in view in a narrow window.
            let when = backup.taken_at.format("%-d %b %Y, %H:%M").to_string();
            if ui
                .button("Restore")
                .on_hover_text(format!("Restore the backup of {when}"))
                .clicked()
            {
                actions.push(ScreenAction::RestoreBackup(backup.path.clone()).into());
            }
            ui.label(&when);
            ui.label(backup.reason.replace('-', " "));
            ui.label(format!("{} KB", backup.size_bytes.div_ceil(1024)));
            ui.end_row();
        }
    });
    if backups.len() > BACKUPS_SHOWN {
        ui.label(format!(
            "{} older backups are in the backups folder.",
            backups.len() - BACKUPS_SHOWN
        ));
    }
}
