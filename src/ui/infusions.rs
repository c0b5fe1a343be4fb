//! The Infusions view: the form to add or edit an infusion, and the list of infusions with the
//! series and cycle each belongs to; delete with undo.

use chrono::NaiveDate;
use eframe::egui;
use egui::{RichText, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

use crate::domain::{
    COMMON_SIDE_EFFECTS, DoseMg, DurationMin, Infusion, InfusionStatus, Phase, TextList,
};

use super::actions::{Action, JournalAction, Outcome};
use super::commands::Command;
use super::data::JournalData;
use super::paste_dates::{PasteState, paste_dates_ui};
use super::widgets::{date_field_ui, day_label, error_ui, split_list, text_field_ui};

/// The fields of an infusion as the user edits them.
#[derive(Debug, Clone, PartialEq)]
pub struct InfusionForm {
    /// The day.
    pub date: NaiveDate,
    /// Done or planned.
    pub status: InfusionStatus,
    /// Loading, maintenance, or `None` to let the analysis decide.
    pub phase: Option<Phase>,
    /// Dose in mg, as typed.
    pub dose_mg: String,
    /// Duration in minutes, as typed.
    pub duration_min: String,
    /// Clinic.
    pub clinic: String,
    /// Side effects, comma-separated.
    pub side_effects: String,
    /// Note.
    pub note: String,
}

impl InfusionForm {
    /// An empty form on `date`: planned when the day is still ahead.
    pub fn new(date: NaiveDate, today: NaiveDate) -> Self {
        Self {
            date,
            status: if date > today {
                InfusionStatus::Planned
            } else {
                InfusionStatus::Done
            },
            phase: None,
            dose_mg: String::new(),
            duration_min: String::new(),
            clinic: String::new(),
            side_effects: String::new(),
            note: String::new(),
        }
    }

    /// The form showing a saved infusion.
    pub fn from_infusion(infusion: &Infusion) -> Self {
        Self {
            date: infusion.date,
            status: infusion.status,
            phase: infusion.phase,
            dose_mg: infusion
                .dose_mg
                .map(|dose| dose.get().to_string())
                .unwrap_or_default(),
            duration_min: infusion
                .duration_min
                .map(|minutes| minutes.get().to_string())
                .unwrap_or_default(),
            clinic: infusion.clinic.clone(),
            side_effects: infusion.side_effects.items().join(", "),
            note: infusion.note.clone(),
        }
    }

    /// Whether `effect` is among the side effects typed (case aside).
    pub fn has_side_effect(&self, effect: &str) -> bool {
        split_list(&self.side_effects)
            .iter()
            .any(|item| item.eq_ignore_ascii_case(effect))
    }

    /// Adds `effect` to the side effects typed, or takes it out when `chosen` is false; the
    /// others stay as typed.
    pub fn choose_side_effect(&mut self, effect: &str, chosen: bool) {
        let mut items: Vec<&str> = split_list(&self.side_effects)
            .into_iter()
            .filter(|item| !item.eq_ignore_ascii_case(effect))
            .collect();
        if chosen {
            items.push(effect);
        }
        self.side_effects = items.join(", ");
    }

    /// Validates the form, or says in plain words what is wrong.
    ///
    /// # Errors
    /// A message for the form when a done infusion is dated after `today`, or the dose,
    /// duration or side effects are not allowed.
    pub fn to_infusion(&self, today: NaiveDate) -> Result<Infusion, String> {
        if self.status == InfusionStatus::Done && self.date > today {
            return Err(format!(
                "{} is still ahead: an infusion on that day can only be planned.",
                day_label(self.date)
            ));
        }
        let dose_mg = match self.dose_mg.trim() {
            "" => None,
            text => Some(DoseMg::parse(&text.replace(',', ".")).map_err(|_| {
                format!("Dose \"{text}\" is not a number of milligrams above 0 and at most 5000.")
            })?),
        };
        let duration_min = match self.duration_min.trim() {
            "" => None,
            text => Some(DurationMin::parse(text).map_err(|_| {
                format!("Duration \"{text}\" is not a whole number of minutes from 1 to 10080.")
            })?),
        };
        let side_effects = TextList::new("side_effects", split_list(&self.side_effects))
            .map_err(|_| {
                "Side effects: each may have up to 80 characters and no \";\"; separate them with commas."
                    .to_owned()
            })?;
        Ok(Infusion {
            date: self.date,
            status: self.status,
            phase: self.phase,
            dose_mg,
            duration_min,
            clinic: self.clinic.trim().to_owned(),
            side_effects,
            note: self.note.trim_end().to_owned(),
        })
    }
}

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
        if !self.paste.text.trim().is_empty() {
            return true;
        }
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
            | Outcome::ImportClosed => {}
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
                let screen = ui.clip_rect().height();
                infusion_form_ui(ui, state, today, actions);
                ui.separator();
                paste_dates_ui(ui, &mut state.paste, data, today, actions);
                ui.separator();
                infusion_list_ui(ui, state, data, today, screen, actions);
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
                    infusion_form_ui(ui, state, today, actions);
                    ui.separator();
                    paste_dates_ui(ui, &mut state.paste, data, today, actions);
                });
        });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        let height = ui.available_height();
        infusion_list_ui(ui, state, data, today, height, actions);
    });
}

/// The width of the form beside the list, in points.
const FORM_WIDTH: f32 = 340.0;

/// The narrowest the list beside the form gets, in points; below it the form goes above.
const LIST_MIN_WIDTH: f32 = 300.0;

/// The add/edit form.
fn infusion_form_ui(
    ui: &mut Ui,
    state: &mut InfusionsState,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let title = if state.editing.is_some() {
        "Edit infusion"
    } else {
        "Add an infusion"
    };
    ui.heading(title);
    let form = &mut state.form;
    ui.horizontal(|ui| {
        ui.label("Date");
        date_field_ui(ui, "infusion_date", &mut form.date, "Infusion date", today);
    });
    ui.horizontal(|ui| {
        ui.radio_value(&mut form.status, InfusionStatus::Done, "Done");
        ui.radio_value(&mut form.status, InfusionStatus::Planned, "Planned");
    });
    if form.status == InfusionStatus::Done && form.date > today {
        ui.label(format!(
            "{} is still ahead, so this infusion cannot be done yet.",
            day_label(form.date)
        ));
        if ui.button("Make it planned").clicked() {
            form.status = InfusionStatus::Planned;
            state.error = None;
        }
    }
    ui.horizontal(|ui| {
        ui.label("Phase");
        egui::ComboBox::from_id_salt("infusion_phase")
            .selected_text(phase_name(form.phase))
            .show_ui(ui, |ui| {
                for phase in [None, Some(Phase::Loading), Some(Phase::Maintenance)] {
                    ui.selectable_value(&mut form.phase, phase, phase_name(phase));
                }
            })
            .response
            .accessible_name(format!("Phase: {}", phase_name(form.phase)));
    });
    egui::Grid::new("infusion_fields")
        .num_columns(2)
        .show(ui, |ui| {
            text_field_ui(ui, "Dose (mg)", &mut form.dose_mg, "optional", 120.0);
            ui.end_row();
            text_field_ui(
                ui,
                "Duration (minutes)",
                &mut form.duration_min,
                "optional",
                120.0,
            );
            ui.end_row();
            text_field_ui(ui, "Clinic", &mut form.clinic, "optional", 180.0);
            ui.end_row();
            text_field_ui(
                ui,
                "Side effects",
                &mut form.side_effects,
                "separate with commas",
                180.0,
            );
            ui.end_row();
        });
    ui.horizontal_wrapped(|ui| {
        for effect in COMMON_SIDE_EFFECTS {
            let mut chosen = form.has_side_effect(effect);
            if ui.toggle_value(&mut chosen, effect).changed() {
                form.choose_side_effect(effect, chosen);
            }
        }
    });
    let label = ui.label("Note");
    ui.add(
        TextEdit::multiline(&mut form.note)
            .desired_rows(2)
            .hint_text("optional"),
    )
    .labelled_by(label.id);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let save_text = if state.editing.is_some() {
            "Save changes"
        } else {
            "Add infusion"
        };
        if ui
            .button(RichText::new(save_text).strong())
            .on_hover_text(Command::Save.shortcut_text(ui.ctx()))
            .clicked()
        {
            actions.push(Command::Save.into());
        }
        if state.editing.is_some() && ui.button("Cancel editing").clicked() {
            state.reset_form(today);
        }
    });
    if let Some(error) = &state.error {
        error_ui(ui, error);
    }
    ui.add_space(8.0);
    ui.small(
        "Phase \"auto\" lets the journal decide: infusions at most a week apart form a series; \
         the first series is loading, later ones are maintenance.",
    );
}

fn phase_name(phase: Option<Phase>) -> &'static str {
    match phase {
        None => "auto",
        Some(Phase::Loading) => "loading",
        Some(Phase::Maintenance) => "maintenance",
    }
}

/// All infusions, newest first, with their series and cycle, at most `height` points high; only
/// the visible rows are laid out.
fn infusion_list_ui(
    ui: &mut Ui,
    state: &mut InfusionsState,
    data: &JournalData,
    today: NaiveDate,
    height: f32,
    actions: &mut Vec<Action>,
) {
    ui.heading("Infusions");
    if data.infusions.is_empty() {
        ui.label("No infusions yet. Add done and planned infusions with the form.");
        return;
    }
    infusion_table_ui(ui, state, data, today, height, actions);
}

/// The table of [`infusion_list_ui`]: Edit and Delete right after the date; every column when
/// they fit, otherwise the status and series in one column and the details left to Edit, so
/// nothing runs past the edge.
fn infusion_table_ui(
    ui: &mut Ui,
    state: &mut InfusionsState,
    data: &JournalData,
    today: NaiveDate,
    height: f32,
    actions: &mut Vec<Action>,
) {
    let row_height = 26.0;
    let count = data.infusions.len();
    let every_column = ui.available_width() >= LIST_FULL_WIDTH;
    let mut table = TableBuilder::new(ui)
        .id_salt("infusion_list")
        .striped(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .max_scroll_height(height)
        .column(Column::exact(110.0))
        .column(Column::exact(112.0));
    let titles: &[&str] = if every_column {
        table = table
            .column(Column::auto().at_least(90.0))
            .column(Column::auto().at_least(150.0));
        &["Date", "", "Status", "Series and cycle", "Details"]
    } else {
        &["Date", "", "Status and series"]
    };
    table
        .column(Column::remainder().at_least(50.0).clip(true))
        .header(22.0, |mut header| {
            for title in titles {
                header.col(|ui| {
                    ui.strong(*title);
                });
            }
        })
        .body(|body| {
            body.rows(row_height, count, |mut row| {
                // Newest first.
                let Some(stored) = data.infusions.get(count - 1 - row.index()) else {
                    return;
                };
                let infusion = &stored.infusion;
                row.col(|ui| {
                    ui.label(day_label(infusion.date));
                });
                row.col(|ui| {
                    let name = format!("infusion of {}", infusion.date);
                    if ui
                        .small_button("Edit")
                        .accessible_name(format!("Edit {name}"))
                        .clicked()
                    {
                        state.form = InfusionForm::from_infusion(infusion);
                        state.editing = Some(stored.id);
                        state.error = None;
                    }
                    if ui
                        .small_button("Delete")
                        .accessible_name(format!("Delete {name}"))
                        .clicked()
                    {
                        actions.push(JournalAction::DeleteInfusion(stored.id).into());
                        if state.editing == Some(stored.id) {
                            state.reset_form(today);
                        }
                    }
                });
                let status = status_text(infusion, today);
                let series = data
                    .memberships
                    .get(&stored.id)
                    .map_or_else(|| "not in a cycle yet".to_owned(), |m| m.describe());
                // The last column is cut short to its width, whole on hover.
                if every_column {
                    row.col(|ui| {
                        ui.label(status);
                    });
                    row.col(|ui| {
                        ui.label(series);
                    });
                    row.col(|ui| {
                        ui.add(egui::Label::new(details(infusion)).truncate());
                    });
                } else {
                    row.col(|ui| {
                        ui.add(egui::Label::new(format!("{status} · {series}")).truncate());
                    });
                }
            });
        });
}

/// The width the list needs to show every column, in points.
const LIST_FULL_WIDTH: f32 = 560.0;

/// "done", "planned, in 3 days", "planned (date passed)".
fn status_text(infusion: &Infusion, today: NaiveDate) -> String {
    match infusion.status {
        InfusionStatus::Done => "done".to_owned(),
        InfusionStatus::Planned if infusion.date >= today => {
            match (infusion.date - today).num_days() {
                0 => "planned, today".to_owned(),
                1 => "planned, tomorrow".to_owned(),
                days => format!("planned, in {days} days"),
            }
        }
        InfusionStatus::Planned => "planned (date passed)".to_owned(),
    }
}

fn details(infusion: &Infusion) -> String {
    let mut parts = Vec::new();
    if let Some(phase) = infusion.phase {
        parts.push(format!("{phase} (set by hand)"));
    }
    if let Some(dose) = infusion.dose_mg {
        parts.push(format!("{} mg", dose.get()));
    }
    if let Some(minutes) = infusion.duration_min {
        parts.push(format!("{} min", minutes.get()));
    }
    if !infusion.clinic.is_empty() {
        parts.push(infusion.clinic.clone());
    }
    if !infusion.side_effects.is_empty() {
        parts.push(infusion.side_effects.items().join(", "));
    }
    if !infusion.note.is_empty() {
        parts.push(infusion.note.lines().next().unwrap_or_default().to_owned());
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_side_effects_are_chosen_into_the_typed_list() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        let mut form = InfusionForm::new(today, today);
        form.side_effects = "Nausea, itching".to_owned();
        assert!(form.has_side_effect("nausea"));
        assert!(!form.has_side_effect("bladder or urinary symptoms"));
        form.choose_side_effect("bladder or urinary symptoms", true);
        assert_eq!(
            form.side_effects,
            "Nausea, itching, bladder or urinary symptoms"
        );
        form.choose_side_effect("nausea", false);
        assert_eq!(form.side_effects, "itching, bladder or urinary symptoms");
        let infusion = form.to_infusion(today).map_err(|error| error.to_string());
        assert_eq!(
            infusion.map(|infusion| infusion.side_effects.items().to_vec()),
            Ok(vec![
                "itching".to_owned(),
                "bladder or urinary symptoms".to_owned()
            ])
        );
    }
}
