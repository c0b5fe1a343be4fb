//! The Today view's entry form: the fields as the user edits them, validated into an entry, and how
//! they are drawn (pain first and big, then everything optional).

use eframe::egui;

use chrono::NaiveDate;
use egui::{RichText, TextEdit, Ui};

use crate::domain::{COMMON_SIDE_EFFECTS, Entry, RescueDoses, Score, SleepHours, TextList};

use super::super::actions::Action;
use super::super::commands::Command;
use super::super::data::JournalData;
use super::super::theme::text_size;
use super::super::widgets::{
    Scale, day_label_near_in_sentence, error_ui, list_error, score_row_ui, side_effect_name,
    split_list, stepper_ui, stored_side_effect, text_field_ui, typed_decimal, value_error,
};
use super::TodayState;
use crate::t;
use crate::wording::format;

/// The fields of a day's entry as the user edits them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntryForm {
    /// Typical pain, required to save.
    pub pain: Option<u8>,
    /// Worst pain.
    pub worst_pain: Option<u8>,
    /// Hours slept, as typed.
    pub sleep_hours: String,
    /// Sleep quality.
    pub sleep_quality: Option<u8>,
    /// Mobility.
    pub mobility: Option<u8>,
    /// Mood.
    pub mood: Option<u8>,
    /// Rescue doses; `None` until the stepper is touched (not recorded, not 0).
    pub rescue_doses: Option<u8>,
    /// "I feel relief wearing off".
    pub wearing_off: bool,
    /// Side effects picked from the common list.
    pub side_effects: Vec<String>,
    /// Other side effects, comma-separated.
    pub other_side_effects: String,
    /// Tags, comma-separated.
    pub tags: String,
    /// Free note.
    pub note: String,
}

impl EntryForm {
    /// The form showing a saved entry.
    pub fn from_entry(entry: &Entry) -> Self {
        let (common, other): (Vec<&String>, Vec<&String>) = entry
            .side_effects
            .items()
            .iter()
            .partition(|item| COMMON_SIDE_EFFECTS.contains(&item.as_str()));
        Self {
            pain: Some(entry.pain.get()),
            worst_pain: entry.worst_pain.map(Score::get),
            sleep_hours: entry
                .sleep_hours
                .map(|hours| typed_decimal(hours.get()))
                .unwrap_or_default(),
            sleep_quality: entry.sleep_quality.map(Score::get),
            mobility: entry.mobility.map(Score::get),
            mood: entry.mood.map(Score::get),
            rescue_doses: entry.rescue_doses.map(RescueDoses::get),
            wearing_off: entry.wearing_off,
            side_effects: common.into_iter().cloned().collect(),
            other_side_effects: other
                .iter()
                .map(|item| side_effect_name(item))
                .collect::<Vec<_>>()
                .join(", "),
            tags: entry.tags.items().join(", "),
            note: entry.note.clone(),
        }
    }

    /// The form for a day: its saved entry, or empty.
    pub fn for_day(data: &JournalData, date: NaiveDate) -> Self {
        data.entry(date).map(Self::from_entry).unwrap_or_default()
    }

    /// Validates the form into an entry for `date`, or says in plain words what is wrong.
    ///
    /// # Errors
    ///
    /// A plain sentence naming the field and what is allowed when a typed value is wrong.
    pub fn to_entry(&self, date: NaiveDate) -> Result<Entry, String> {
        let Some(pain) = self.pain else {
            return Err(t!("today-error-no-pain"));
        };
        let score = |field, value: Option<u8>| {
            value
                .map(|value| Score::new(field, i64::from(value)))
                .transpose()
        };
        let sleep_hours = match self.sleep_hours.trim() {
            "" => None,
            text => Some(
                SleepHours::parse(&text.replace(',', "."))
                    .map_err(|error| value_error(&t!("today-sleep-hours"), text, &error))?,
            ),
        };
        let mut side_effects: Vec<&str> = self.side_effects.iter().map(String::as_str).collect();
        // A quick choice typed by its name ("Náuseas") is stored as the quick choice.
        side_effects.extend(
            split_list(&self.other_side_effects)
                .into_iter()
                .map(stored_side_effect),
        );
        let entry = Entry {
            date,
            pain: Score::new("pain", i64::from(pain)).map_err(|error| error.to_string())?,
            worst_pain: score("worst_pain", self.worst_pain).map_err(|error| error.to_string())?,
            sleep_hours,
            sleep_quality: score("sleep_quality", self.sleep_quality)
                .map_err(|error| error.to_string())?,
            mobility: score("mobility", self.mobility).map_err(|error| error.to_string())?,
            mood: score("mood", self.mood).map_err(|error| error.to_string())?,
            rescue_doses: self
                .rescue_doses
                .map(|doses| RescueDoses::new(i64::from(doses)))
                .transpose()
                .map_err(|error| error.to_string())?,
            wearing_off: self.wearing_off,
            side_effects: TextList::new("side_effects", side_effects)
                .map_err(|error| list_error(&t!("today-side-effects"), &error))?,
            tags: TextList::new("tags", split_list(&self.tags))
                .map_err(|error| list_error(&t!("today-tags"), &error))?,
            note: self.note.trim_end().to_owned(),
        };
        Ok(entry)
    }
}

/// The entry form: pain first and big, then everything optional.
pub(super) fn entry_form_ui(
    ui: &mut Ui,
    state: &mut TodayState,
    today: NaiveDate,
    short: bool,
    actions: &mut Vec<Action>,
) {
    // Another day than today is always named, so pain is never logged on the wrong day by
    // mistake.
    // Which day the form is about, for the messages that say "today" or "that day".
    let which = if state.date == today {
        "today"
    } else {
        "other"
    };
    let day = if state.date == today {
        t!("today-pain-title-today")
    } else {
        t!(
            "today-pain-title-day",
            date = day_label_near_in_sentence(state.date, today)
        )
    };
    let form = &mut state.form;
    let hint = t!(
        "today-pain-hint",
        day = which,
        shortcut = Command::Save.shortcut_text(ui.ctx())
    );
    let title = ui.label(RichText::new(day).size(text_size::PRIMARY).strong());
    if short {
        title.on_hover_text(hint);
    } else {
        ui.small(hint);
    }
    let (no_pain, worst_pain) = Scale::Pain.anchors();
    score_row_ui(
        ui,
        &t!("today-pain"),
        &mut form.pain,
        (Scale::Pain, (&no_pain, &worst_pain)),
        true,
        false,
    );
    ui.add_space(if short { 2.0 } else { 8.0 });
    ui.horizontal_wrapped(|ui| {
        let save = ui
            .add(
                egui::Button::new(RichText::new(Command::Save.label()).size(text_size::PRIMARY))
                    .min_size([120.0, 40.0].into()),
            )
            .on_hover_text(Command::Save.shortcut_text(ui.ctx()));
        if save.clicked() {
            actions.push(Command::Save.into());
        }
        if state.is_modified() && ui.button(t!("today-discard-changes")).clicked() {
            state.form = state.saved.clone();
            state.error = None;
        }
    });
    if let Some(error) = &state.error {
        error_ui(ui, error);
    }
    let form = &mut state.form;
    ui.add_space(10.0);
    ui.separator();
    ui.label(RichText::new(t!("today-more-title", day = which)).strong());
    optional_score_ui(
        ui,
        &t!("today-worst-pain"),
        &mut form.worst_pain,
        Scale::Pain,
    );
    ui.horizontal_wrapped(|ui| {
        text_field_ui(
            ui,
            &t!("today-sleep-hours"),
            &mut form.sleep_hours,
            &t!("today-sleep-hours-hint", example = format::decimal(7.5, 1)),
            70.0,
        );
    });
    optional_score_ui(
        ui,
        &t!("today-sleep-quality"),
        &mut form.sleep_quality,
        Scale::SleepQuality,
    );
    optional_score_ui(
        ui,
        &t!("today-mobility"),
        &mut form.mobility,
        Scale::Mobility,
    );
    optional_score_ui(ui, &t!("today-mood"), &mut form.mood, Scale::Mood);
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("today-rescue-doses"));
        stepper_ui(
            ui,
            (&t!("today-rescue-fewer"), &t!("today-rescue-more")),
            &mut form.rescue_doses,
            RescueDoses::MAX,
        );
    });
    ui.checkbox(&mut form.wearing_off, t!("today-wearing-off"));
    ui.label(t!("today-side-effects"));
    ui.horizontal_wrapped(|ui| {
        for effect in COMMON_SIDE_EFFECTS {
            let mut chosen = form.side_effects.iter().any(|item| item == effect);
            if ui
                .toggle_value(&mut chosen, side_effect_name(effect))
                .changed()
            {
                if chosen {
                    form.side_effects.push(effect.to_owned());
                } else {
                    form.side_effects.retain(|item| item != effect);
                }
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        text_field_ui(
            ui,
            &t!("today-other-side-effects"),
            &mut form.other_side_effects,
            &t!("today-other-side-effects-hint"),
            220.0,
        );
    });
    ui.horizontal_wrapped(|ui| {
        text_field_ui(
            ui,
            &t!("today-tags"),
            &mut form.tags,
            &t!("today-tags-hint"),
            220.0,
        );
    });
    let label = ui.label(t!("today-note"));
    ui.add(
        TextEdit::multiline(&mut form.note)
            .hint_text(t!("today-note-hint"))
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
}

/// An optional score: its name above a row of buttons that can be cleared.
fn optional_score_ui(ui: &mut Ui, name: &str, value: &mut Option<u8>, scale: Scale) {
    ui.label(name);
    let (low, high) = scale.anchors();
    score_row_ui(ui, name, value, (scale, (&low, &high)), false, true);
}
