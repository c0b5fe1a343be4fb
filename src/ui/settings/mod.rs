//! The Settings view: its state (a draft saved as it is changed), the order of its sections, the
//! journal day and remembered baseline, and the number line the sections share. The sections of
//! their own: `display.rs` (theme, text scale, patient name), `thresholds.rs` (analysis
//! thresholds with their defaults), `journal_file.rs` (where the journal file lives, its
//! backups) and `passphrase.rs` (protect, change or remove the passphrase; the auto-lock time);
//! the reminder to log is `super::reminder`.

mod display;
mod journal_file;
mod passphrase;
mod sync;
mod thresholds;

use eframe::egui;
use egui::{RichText, Ui};

use crate::analysis::{CROSS_CHECK_POINTS, RECALL_BIAS_POINTS};
use crate::domain::Settings;
use crate::t;
use crate::wording::format;

use super::actions::{Action, JournalAction};
use super::reminder::{ReminderState, reminder_settings_ui};
use super::widgets::{FieldNotice, bounded_number_ui, clear_notice, error_ui, field_notice_ui};
use display::display_ui;
use journal_file::{backups_ui, journal_file_ui, kept_journals_ui};
use passphrase::PassphraseForm;
pub use passphrase::passphrase_step_ui;
pub use sync::{SyncForm, SyncView};
use thresholds::thresholds_ui;

/// The state of the Settings view: a draft of the settings until it is saved.
#[derive(Debug, Clone)]
pub struct SettingsState {
    /// The settings as edited.
    pub draft: Settings,
    /// The settings as saved.
    saved: Settings,
    /// Why the last save attempt failed.
    pub error: Option<String>,
    /// What a number field said about a value typed into it.
    pub notice: Option<FieldNotice>,
    /// The draft last sent to be saved, so a draft that cannot be saved is tried once.
    attempted: Option<Settings>,
    /// The reminder to log (kept by the system's scheduler, not in the journal).
    pub reminder: ReminderState,
    /// What is typed into the Passphrase section.
    pub passphrase: PassphraseForm,
    /// What is typed into the Sync folder section.
    pub sync: SyncForm,
}

impl SettingsState {
    /// Starts from the saved settings.
    pub fn new(saved: &Settings) -> Self {
        Self {
            draft: saved.clone(),
            saved: saved.clone(),
            error: None,
            notice: None,
            attempted: None,
            reminder: ReminderState::default(),
            passphrase: Default::default(),
            sync: SyncForm::default(),
        }
    }

    /// Whether the draft differs from what is saved.
    pub fn is_modified(&self) -> bool {
        self.draft != self.saved
    }

    /// Follows a change of the saved settings: the draft takes over every setting it did not
    /// change (so that a save never sends back an older value of one changed elsewhere) and
    /// keeps those it did.
    pub fn sync(&mut self, saved: &Settings) {
        self.draft = saved.with_changes(&self.saved, &self.draft);
        self.saved = saved.clone();
    }

    /// Saves the draft once it differs from what is saved and no value is being typed or
    /// dragged: every setting is saved as it is made. A draft that cannot be saved is explained
    /// and tried again only after it changes.
    fn save_when_changed(&mut self, ui: &Ui, actions: &mut Vec<Action>) {
        let editing = ui.ctx().text_edit_focused() || ui.ctx().dragged_id().is_some();
        if !self.is_modified() || editing || self.attempted.as_ref() == Some(&self.draft) {
            return;
        }
        self.attempted = Some(self.draft.clone());
        match self.draft.validate() {
            Ok(()) => {
                self.error = None;
                actions.push(
                    JournalAction::SaveSettings {
                        base: self.saved.clone(),
                        edited: self.draft.clone(),
                    }
                    .into(),
                );
            }
            Err(error) => self.error = Some(t!("settings-not-saved", error = error.to_string())),
        }
    }
}

/// Where the journal is and whether it holds demo data, for the file section.
#[derive(Debug, Clone, Copy)]
pub struct JournalFile<'a> {
    /// The file shown.
    pub path: Option<&'a std::path::Path>,
    /// Whether it is the demo journal.
    pub demo: bool,
    /// Its backups, newest first.
    pub backups: &'a [crate::store::BackupInfo],
    /// The journals kept aside beside it, the most recent first.
    pub kept: &'a [crate::store::KeptJournal],
    /// Whether it is protected by a passphrase.
    pub protected: bool,
    /// Whether it was opened for reading only: the settings are shown as saved, and only what
    /// changes nothing (opening its folder) is offered.
    pub read_only: bool,
    /// The sync folder section's state; `None` for the demo and a journal in memory.
    pub sync: Option<&'a SyncView>,
}

/// A number field's label as the number fields key their notices (`&'static str`): each
/// distinct label is kept once for the life of the program, so a few dozen short strings at
/// most (every field in every language), however often the view is drawn.
fn field_label(label: String) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{LazyLock, Mutex};
    static LABELS: LazyLock<Mutex<HashSet<&'static str>>> =
        LazyLock::new(|| Mutex::new(HashSet::new()));
    let Ok(mut labels) = LABELS.lock() else {
        return "";
    };
    if let Some(known) = labels.get(label.as_str()) {
        return known;
    }
    let kept: &'static str = Box::leak(label.into_boxed_str());
    labels.insert(kept);
    kept
}

/// Draws the Settings view.
pub fn settings_ui(
    ui: &mut Ui,
    state: &mut SettingsState,
    file: JournalFile<'_>,
    actions: &mut Vec<Action>,
) {
    let writable = !file.read_only;
    // The sections that would change the journal are shown but not offered when it is open for
    // reading only; the view still scrolls, and the journal file's folder still opens.
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(t!("settings-heading"));
        if writable {
            save_bar_ui(ui, state);
        } else {
            ui.label(RichText::new(t!("settings-read-only")).strong());
        }
        ui.separator();
        ui.add_enabled_ui(writable, |ui| {
            display_ui(ui, state);
            ui.separator();
            if file.path.is_some() && !file.demo && state.reminder.offered {
                reminder_settings_ui(ui, &mut state.reminder, actions);
                ui.separator();
            }
            journal_day_ui(ui, state, actions);
            ui.separator();
            thresholds_ui(ui, state);
        });
        ui.separator();
        journal_file_ui(ui, file, actions);
        ui.add_enabled_ui(writable, |ui| {
            if file.path.is_some() && !file.demo {
                ui.separator();
                passphrase::passphrase_ui(
                    ui,
                    &mut state.passphrase,
                    &mut state.draft.auto_lock_minutes,
                    &mut state.notice,
                    file.protected,
                    actions,
                );
            }
            if file.path.is_some() && !file.demo {
                ui.separator();
                backups_ui(ui, state, file.backups, actions);
                kept_journals_ui(ui, file.kept, actions);
            }
            if let Some(view) = file.sync {
                ui.separator();
                sync::sync_folder_ui(ui, &mut state.sync, view, actions);
            }
        });
    });
    state.save_when_changed(ui, actions);
}

fn save_bar_ui(ui: &mut Ui, state: &SettingsState) {
    ui.label(t!("settings-autosave"));
    if let Some(error) = &state.error {
        error_ui(ui, error);
    }
}

fn journal_day_ui(ui: &mut Ui, state: &mut SettingsState, actions: &mut Vec<Action>) {
    ui.label(RichText::new(t!("settings-journal-day-heading")).strong());
    number_line_ui(
        ui,
        field_label(t!("settings-rollover-field")),
        &mut state.draft.day_rollover_hour,
        0..=12,
        &t!("settings-rollover-suffix"),
        &t!("settings-rollover-hint"),
        &mut state.notice,
    );
    let baseline_field = field_label(t!("settings-baseline-field"));
    ui.horizontal_wrapped(|ui| {
        let mut remembered = state.draft.baseline_pain.is_some();
        if ui
            .checkbox(&mut remembered, t!("settings-baseline-switch"))
            .changed()
        {
            state.draft.baseline_pain = remembered.then_some(7.0);
            clear_notice(&mut state.notice, baseline_field);
        }
        if let Some(baseline) = &mut state.draft.baseline_pain {
            bounded_number_ui(
                ui,
                baseline_field,
                None,
                baseline,
                1.0..=10.0,
                |drag| drag.speed(0.1).fixed_decimals(1),
                &mut state.notice,
            );
        }
    });
    field_notice_ui(ui, state.notice.as_ref(), baseline_field);
    ui.small(t!(
        "settings-baseline-explained",
        bias = format::decimal(RECALL_BIAS_POINTS, 1),
        cross = format::decimal(CROSS_CHECK_POINTS, 1)
    ));
    if ui
        .button(t!("settings-setup-button"))
        .on_hover_text(t!("settings-setup-hint"))
        .clicked()
    {
        actions.push(super::actions::Navigation::ShowSetup.into());
    }
}

/// A labelled whole-number field on its own line with a hint beside it and its notice below.
fn number_line_ui<Num: egui::emath::Numeric>(
    ui: &mut Ui,
    field: &'static str,
    value: &mut Num,
    range: std::ops::RangeInclusive<Num>,
    suffix: &str,
    hint: &str,
    notice: &mut Option<FieldNotice>,
) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(field);
        bounded_number_ui(
            ui,
            field,
            Some(label.id),
            value,
            range,
            |drag| drag.suffix(suffix),
            notice,
        );
        ui.small(hint);
    });
    field_notice_ui(ui, notice.as_ref(), field);
}
