//! The Infusions view: the form to add or edit an infusion, and the list of infusions with the
//! series and cycle each belongs to; delete with undo.

mod form;
mod list;

use chrono::NaiveDate;
use eframe::egui;
use egui::{RichText, Ui};

use super::actions::{Action, JournalAction};
use super::data::JournalData;
use super::outcome::Outcome;
use super::paste_dates::{PasteState, paste_dates_ui};
use crate::t;
pub use form::InfusionForm;
use form::infusion_form_ui;
use list::infusion_list_ui;

/// The state of the Infusions view.
#[derive(Debug, Clone)]
pub struct InfusionsState {
    /// The form.
    pub form: InfusionForm,
    /// The row id of the infusion being edited; `None` when adding.
    pub editing: Option<i64>,
    /// Why the last save attempt failed.
    pub error: Option<String>,
    /// Dates pasted from a letter, to add as done infusions.
    pub paste: PasteState,
}

impl InfusionsState {
    /// An empty form on `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            form: InfusionForm::new(today, today),
            editing: None,
            error: None,
            paste: PasteState::default(),
        }
    }

    /// Whether the form or the paste box holds anything not yet saved.
    pub fn is_modified(&self, data: &JournalData, today: NaiveDate) -> bool {
        !self.paste.text.trim().is_empty() || self.form_is_modified(data, today)
    }

    /// Whether the form (not the paste box) differs from the infusion it edits, or from an
    /// empty form when adding.
    pub fn form_is_modified(&self, data: &JournalData, today: NaiveDate) -> bool {
        match self.editing {
            Some(id) => data
                .infusions
                .iter()
                .find(|stored| stored.id == id)
                .is_none_or(|stored| InfusionForm::from_infusion(&stored.infusion) != self.form),
            None => self.form != InfusionForm::new(self.form.date, today),
        }
    }

    /// Clears the form after a save; pasted dates stay. After an infusion is added, the next
    /// form is on the day after it, so a loading series goes in with one click per infusion on
    /// consecutive days; after an edit it is on today.
    pub fn saved(&mut self, today: NaiveDate) {
        let next = match self.editing {
            None => self.form.date.succ_opt().unwrap_or(today),
            Some(_) => today,
        };
        self.reset_form(today);
        self.form = InfusionForm::new(next, today);
    }

    /// An empty form on `today`, the pasted dates kept.
    /// Follows the outcome of its own actions: a saved infusion clears the form, added pasted
    /// dates clear the box.
    pub(super) fn follow(&mut self, outcome: &Outcome, today: NaiveDate) {
        match outcome {
            Outcome::InfusionSaved => self.saved(today),
            Outcome::InfusionsAdded => self.pasted_saved(),
            Outcome::Reloaded
            | Outcome::SettingsSaved
            | Outcome::SetupSaved
            | Outcome::FileChosen(..)
            | Outcome::ImportRead(_)
            | Outcome::ImportClosed
            | Outcome::Imported(_) => {}
        }
    }

    fn reset_form(&mut self, today: NaiveDate) {
        let paste = std::mem::take(&mut self.paste);
        *self = Self::new(today);
        self.paste = paste;
    }

    /// Empties the paste box after its dates were added.
    pub fn pasted_saved(&mut self) {
        self.paste.clear();
    }

    /// Validates the form into the action that adds or updates the infusion; on a mistake,
    /// keeps the message to show under the form and returns `None`.
    pub(super) fn save_action(&mut self, today: NaiveDate) -> Option<JournalAction> {
        match self.form.to_infusion(today) {
            Ok(infusion) => {
                self.error = None;
                Some(match self.editing {
                    Some(id) => JournalAction::UpdateInfusion(id, infusion),
                    None => JournalAction::AddInfusion(infusion),
                })
            }
            Err(message) => {
                self.error = Some(message);
                None
            }
        }
    }
}

/// Draws the Infusions view.
pub fn infusions_ui(
    ui: &mut Ui,
    state: &mut InfusionsState,
    data: &JournalData,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    if ui.available_width() < FORM_WIDTH + LIST_MIN_WIDTH {
        // Too narrow for both side by side: one column, the form first.
        egui::ScrollArea::vertical()
            .id_salt("infusion_column_scroll")
            .show(ui, |ui| {
                forms_ui(ui, state, data, today, actions);
                ui.separator();
                infusion_list_ui(ui, state, data, today, None, actions);
            });
        return;
    }
    egui::Panel::left("infusion_form")
        .resizable(false)
        .exact_size(FORM_WIDTH)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("infusion_form_scroll")
                .show(ui, |ui| {
                    forms_ui(ui, state, data, today, actions);
                });
        });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        let height = ui.available_height();
        infusion_list_ui(ui, state, data, today, Some(height), actions);
    });
}

/// The infusion form and the paste box; for a journal open for reading only, shown as
/// unavailable with the reason first.
fn forms_ui(
    ui: &mut Ui,
    state: &mut InfusionsState,
    data: &JournalData,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let writable = data.read_only.is_none();
    if !writable {
        ui.label(RichText::new(t!("infusions-read-only")).strong());
    }
    ui.add_enabled_ui(writable, |ui| {
        infusion_form_ui(ui, state, today, actions);
        ui.separator();
        paste_dates_ui(ui, &mut state.paste, data, today, actions);
    });
}

/// The width of the form beside the list, in points.
const FORM_WIDTH: f32 = 340.0;

/// The narrowest the list beside the form gets, in points; below it the form goes above.
const LIST_MIN_WIDTH: f32 = 300.0;
