//! The Infusions view's form to add or edit an infusion: its fields as typed, validated into an
//! infusion, and how they are drawn.

use chrono::NaiveDate;
use eframe::egui;
use egui::{RichText, TextEdit, Ui};

use crate::domain::{
    COMMON_SIDE_EFFECTS, DoseMg, DurationMin, Infusion, InfusionStatus, Phase, TextList,
};

use super::super::actions::Action;
use super::super::commands::Command;
use super::super::widgets::{
    day_label_in_sentence, error_ui, labelled_date_field_ui, list_error, side_effect_name,
    split_list, stored_side_effect, text_field_ui, typed_decimal, value_error,
};
use super::InfusionsState;
use crate::t;

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
                .map(|dose| typed_decimal(dose.get()))
                .unwrap_or_default(),
            duration_min: infusion
                .duration_min
                .map(|minutes| minutes.get().to_string())
                .unwrap_or_default(),
            clinic: infusion.clinic.clone(),
            side_effects: infusion
                .side_effects
                .items()
                .iter()
                .map(|item| side_effect_name(item))
                .collect::<Vec<_>>()
                .join(", "),
            note: infusion.note.clone(),
        }
    }

    /// Whether the side effect stored as `effect` is among the side effects typed, by its key
    /// or by its name in the patient's language (case aside).
    pub fn has_side_effect(&self, effect: &str) -> bool {
        split_list(&self.side_effects)
            .into_iter()
            .any(|item| stored_side_effect(item).eq_ignore_ascii_case(effect))
    }

    /// Adds the side effect stored as `effect` to the side effects typed, by its name in the
    /// patient's language, or takes it out when `chosen` is false; the others stay as typed.
    pub fn choose_side_effect(&mut self, effect: &str, chosen: bool) {
        let name = side_effect_name(effect);
        let mut items: Vec<&str> = split_list(&self.side_effects)
            .into_iter()
            .filter(|item| !stored_side_effect(item).eq_ignore_ascii_case(effect))
            .collect();
        if chosen {
            items.push(&name);
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
            return Err(t!(
                "infusions-error-done-ahead",
                date = day_label_in_sentence(self.date)
            ));
        }
        let dose_mg = match self.dose_mg.trim() {
            "" => None,
            text => Some(
                DoseMg::parse(&text.replace(',', "."))
                    .map_err(|error| value_error(&t!("infusions-dose"), text, &error))?,
            ),
        };
        let duration_min = match self.duration_min.trim() {
            "" => None,
            text => Some(
                DurationMin::parse(text)
                    .map_err(|error| value_error(&t!("infusions-duration"), text, &error))?,
            ),
        };
        // A quick choice named in the patient's language is stored by its key ("nausea").
        let side_effects = TextList::new(
            "side_effects",
            split_list(&self.side_effects)
                .into_iter()
                .map(stored_side_effect),
        )
        .map_err(|error| list_error(&t!("infusions-side-effects"), &error))?;
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

/// The add/edit form.
pub(super) fn infusion_form_ui(
    ui: &mut Ui,
    state: &mut InfusionsState,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let title = if state.editing.is_some() {
        t!("infusions-form-title-edit")
    } else {
        t!("infusions-form-title-add")
    };
    ui.heading(title);
    let form = &mut state.form;
    ui.horizontal_wrapped(|ui| {
        labelled_date_field_ui(
            ui,
            &t!("infusions-date"),
            "infusion_date",
            &mut form.date,
            &t!("infusions-date-name"),
            today,
        );
    });
    ui.horizontal_wrapped(|ui| {
        ui.radio_value(&mut form.status, InfusionStatus::Done, t!("infusions-done"));
        ui.radio_value(
            &mut form.status,
            InfusionStatus::Planned,
            t!("infusions-planned"),
        );
    });
    if form.status == InfusionStatus::Done && form.date > today {
        ui.label(t!(
            "infusions-done-ahead",
            date = day_label_in_sentence(form.date)
        ));
        if ui.button(t!("infusions-make-planned")).clicked() {
            form.status = InfusionStatus::Planned;
            state.error = None;
        }
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("infusions-phase"));
        egui::ComboBox::from_id_salt("infusion_phase")
            .selected_text(phase_name(form.phase))
            .show_ui(ui, |ui| {
                for phase in [None, Some(Phase::Loading), Some(Phase::Maintenance)] {
                    ui.selectable_value(&mut form.phase, phase, phase_name(phase));
                }
            })
            .response
            .accessible_name(t!("infusions-phase-name", phase = phase_name(form.phase)));
    });
    egui::Grid::new("infusion_fields")
        .num_columns(2)
        .show(ui, |ui| {
            let optional = t!("infusions-optional");
            text_field_ui(
                ui,
                &t!("infusions-dose-label"),
                &mut form.dose_mg,
                &optional,
                120.0,
            );
            ui.end_row();
            text_field_ui(
                ui,
                &t!("infusions-duration-label"),
                &mut form.duration_min,
                &optional,
                120.0,
            );
            ui.end_row();
            text_field_ui(
                ui,
                &t!("infusions-clinic"),
                &mut form.clinic,
                &optional,
                180.0,
            );
            ui.end_row();
            text_field_ui(
                ui,
                &t!("infusions-side-effects"),
                &mut form.side_effects,
                &t!("infusions-side-effects-hint"),
                180.0,
            );
            ui.end_row();
        });
    ui.horizontal_wrapped(|ui| {
        for effect in COMMON_SIDE_EFFECTS {
            let mut chosen = form.has_side_effect(effect);
            if ui
                .toggle_value(&mut chosen, side_effect_name(effect))
                .changed()
            {
                form.choose_side_effect(effect, chosen);
            }
        }
    });
    let label = ui.label(t!("infusions-note"));
    ui.add(
        TextEdit::multiline(&mut form.note)
            .desired_rows(2)
            .hint_text(t!("infusions-optional")),
    )
    .labelled_by(label.id);
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        let save_text = if state.editing.is_some() {
            t!("infusions-save-changes")
        } else {
            t!("infusions-add")
        };
        if ui
            .button(RichText::new(save_text).strong())
            .on_hover_text(Command::Save.shortcut_text(ui.ctx()))
            .clicked()
        {
            actions.push(Command::Save.into());
        }
        if state.editing.is_some() && ui.button(t!("infusions-cancel-editing")).clicked() {
            state.reset_form(today);
        }
    });
    if let Some(error) = &state.error {
        error_ui(ui, error);
    }
    ui.add_space(8.0);
    ui.small(t!("infusions-phase-auto-explained"));
}

fn phase_name(phase: Option<Phase>) -> String {
    match phase {
        None => t!("infusions-phase-auto"),
        Some(Phase::Loading) => t!("infusions-phase-loading"),
        Some(Phase::Maintenance) => t!("infusions-phase-maintenance"),
    }
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

    #[test]
    fn in_spanish_quick_side_effects_are_typed_in_spanish_and_stored_by_key() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        let spanish = crate::domain::Locale::parse("es_MX").unwrap_or_default();
        crate::wording::language::with_locale(spanish, || {
            let mut form = InfusionForm::new(today, today);
            form.side_effects = "zumbido".to_owned();
            form.choose_side_effect("nausea", true);
            assert_eq!(form.side_effects, "zumbido, náuseas");
            assert!(form.has_side_effect("nausea"));
            let infusion = form.to_infusion(today).map_err(|error| error.to_string());
            assert_eq!(
                infusion.map(|infusion| infusion.side_effects.items().to_vec()),
                Ok(vec!["zumbido".to_owned(), "nausea".to_owned()])
            );
            form.choose_side_effect("nausea", false);
            assert_eq!(form.side_effects, "zumbido");
        });
    }
}
