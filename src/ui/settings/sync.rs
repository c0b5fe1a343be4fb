//! The Settings view's "Sync folder" section: the folder this journal syncs with (chosen in the
//! system's dialog or typed), syncing now or no longer, and the other computers with when each
//! was last seen.

use std::path::PathBuf;

use eframe::egui;
use egui::{RichText, Ui};

use super::super::actions::{Action, JournalAction, SyncAction};
use crate::t;
use crate::wording::sync::{moment, peer_line};

/// What the section shows. Its few lines are worded as they are drawn, in the language the
/// app speaks then; the problems are worded when the sync that met them ends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncView {
    /// The folder this journal syncs with.
    pub folder: Option<PathBuf>,
    /// Whether a sync is under way.
    pub running: bool,
    /// When the last sync finished.
    pub last_synced: Option<chrono::DateTime<chrono::Utc>>,
    /// This computer's name.
    pub this_computer: String,
    /// The other computers, with when each was last seen.
    pub peers: Vec<crate::sync::PeerInfo>,
    /// Why the last sync failed, or files it skipped.
    pub problems: Vec<String>,
}

/// What is typed into the section.
#[derive(Debug, Clone, Default)]
pub struct SyncForm {
    /// A folder path typed instead of chosen in the dialog.
    pub typed_path: String,
}

/// Draws the Sync folder section.
pub(super) fn sync_folder_ui(
    ui: &mut Ui,
    form: &mut SyncForm,
    view: &SyncView,
    actions: &mut Vec<Action>,
) {
    let push = |actions: &mut Vec<Action>, action: SyncAction| {
        actions.push(JournalAction::Sync(action).into());
    };
    ui.label(RichText::new(t!("sync-settings-heading")).strong());
    ui.label(t!("sync-settings-intro"));
    match &view.folder {
        Some(folder) => {
            ui.horizontal_wrapped(|ui| {
                ui.label(t!("sync-settings-folder"));
                ui.monospace(folder.display().to_string());
            });
            ui.horizontal_wrapped(|ui| {
                if view.running {
                    // A still label: an animation would repaint every frame while a sync runs.
                    ui.label(t!("sync-settings-syncing"));
                } else if ui.button(t!("sync-settings-sync-now")).clicked() {
                    push(actions, SyncAction::SyncNow);
                }
                if ui.button(t!("sync-settings-stop")).clicked() {
                    push(actions, SyncAction::StopSyncing);
                }
            });
            if let Some(when) = view.last_synced {
                ui.label(t!("sync-settings-last-synced", when = moment(when)));
            }
        }
        None => {
            ui.label(t!("sync-settings-none"));
        }
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(t!("sync-settings-choose")).clicked() {
            push(actions, SyncAction::ChooseFolder);
        }
        let label = ui.label(t!("sync-settings-path"));
        let field = ui
            .add(egui::TextEdit::singleline(&mut form.typed_path).desired_width(280.0))
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        let typed = form.typed_path.trim();
        if (ui
            .add_enabled(
                !typed.is_empty(),
                egui::Button::new(t!("sync-settings-use")),
            )
            .clicked()
            || entered)
            && !typed.is_empty()
        {
            push(actions, SyncAction::UseFolder(PathBuf::from(typed)));
            form.typed_path.clear();
        }
    });
    for problem in &view.problems {
        super::error_ui(ui, problem);
    }
    ui.label(t!(
        "sync-settings-this-computer",
        computer = view.this_computer.as_str()
    ));
    ui.label(RichText::new(t!("sync-settings-others")).strong());
    if view.peers.is_empty() {
        ui.label(t!("sync-settings-no-others"));
    }
    for peer in &view.peers {
        ui.label(peer_line(peer));
    }
}
