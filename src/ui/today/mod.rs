//! The Today view: log or edit one journal day, and see where you are in the infusion cycle.
//!
//! Edits live in an [`EntryForm`]; a day whose form differs from what is saved is kept as a draft
//! when the day or view changes, so unsaved changes are never dropped.

mod form;
mod status_card;

use eframe::egui;
use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::domain::Entry;
use egui::{Key, Modifiers, RichText, Ui};

use super::actions::{Action, JournalAction};
use super::commands::Command;
use super::data::JournalData;
use super::outcome::Outcome;
use super::widgets::{date_field_ui, day_label, day_label_in_sentence};
use crate::t;
pub use form::EntryForm;
use form::entry_form_ui;
use status_card::status_card_ui;

/// The state of the Today view.
#[derive(Debug, Clone)]
pub struct TodayState {
    /// The day shown.
    pub date: NaiveDate,
    /// The edits of the day shown.
    pub form: EntryForm,
    /// What is saved for the day shown (the form is unsaved when it differs).
    saved: EntryForm,
    /// `saved` as the entry it stores, validated once when it changes rather than on every
    /// unsaved-changes check.
    saved_entry: Result<Entry, String>,
    /// Unsaved edits of other days.
    drafts: BTreeMap<NaiveDate, EntryForm>,
    /// Why the last save attempt failed.
    pub error: Option<String>,
    /// The last key typed was the digit 1 (so 0 next means 10).
    typed_one: bool,
    /// The form scrolls back to its top (pain and Save) the next time it is drawn: a day opened,
    /// or the view shown again, starts where a patient logs.
    scroll_to_top: bool,
}

impl TodayState {
    /// Starts on `date`.
    pub fn new(data: &JournalData, date: NaiveDate) -> Self {
        let saved = EntryForm::for_day(data, date);
        Self {
            date,
            form: saved.clone(),
            saved_entry: saved.to_entry(date),
            saved,
            drafts: BTreeMap::new(),
            error: None,
            typed_one: false,
            scroll_to_top: true,
        }
    }

    /// Whether the day shown has unsaved changes.
    ///
    /// Both sides are compared as the entry they would store, so text the store normalises
    /// ("7,5" hours slept is stored as 7.5, trailing spaces of a note are dropped) does not count
    /// as a change; a form that cannot be stored is compared field by field.
    pub fn is_modified(&self) -> bool {
        match (self.form.to_entry(self.date), &self.saved_entry) {
            (Ok(form), Ok(saved)) => form != *saved,
            _ => self.form != self.saved,
        }
    }

    /// Days with unsaved changes, the day shown included.
    pub fn unsaved_days(&self) -> Vec<NaiveDate> {
        let mut days: Vec<NaiveDate> = self.drafts.keys().copied().collect();
        if self.is_modified() && !days.contains(&self.date) {
            days.push(self.date);
            days.sort();
        }
        days
    }

    /// Every day with unsaved changes (drafts and the day shown), each with the entry its form
    /// would store or, when it cannot be stored, why.
    pub fn unsaved_entries(&self) -> Vec<(NaiveDate, Result<Entry, String>)> {
        self.unsaved_days()
            .into_iter()
            .map(|date| {
                let form = if date == self.date {
                    &self.form
                } else {
                    self.drafts.get(&date).unwrap_or(&self.form)
                };
                (date, form.to_entry(date))
            })
            .collect()
    }

    /// Drops the draft of `date` once it was saved (the day shown follows the journal when it
    /// is read again).
    pub fn forget_draft(&mut self, date: NaiveDate) {
        self.drafts.remove(&date);
    }

    /// Shows another day, keeping unsaved edits of the current one as a draft; the form opens at
    /// its top.
    pub fn go_to(&mut self, data: &JournalData, date: NaiveDate) {
        self.scroll_to_top = true;
        if date == self.date {
            return;
        }
        if self.is_modified() {
            self.drafts.insert(self.date, self.form.clone());
        }
        self.date = date;
        self.set_saved(EntryForm::for_day(data, date));
        self.form = self
            .drafts
            .remove(&date)
            .unwrap_or_else(|| self.saved.clone());
        self.error = None;
        self.typed_one = false;
    }

    /// Keeps `saved` as what is stored for the day shown, and its entry.
    fn set_saved(&mut self, saved: EntryForm) {
        self.saved_entry = saved.to_entry(self.date);
        self.saved = saved;
    }

    /// Follows the outcome of an action: after the journal is read again, an unmodified form
    /// shows the new saved state.
    pub(super) fn follow(&mut self, outcome: &Outcome, data: &JournalData) {
        if *outcome == Outcome::Reloaded {
            self.sync(data);
        }
    }

    /// Follows a change of the journal: an unmodified form shows the new saved state.
    pub fn sync(&mut self, data: &JournalData) {
        let was_modified = self.is_modified();
        self.set_saved(EntryForm::for_day(data, self.date));
        // After a save the form shows what was stored, with the region's decimal mark whatever
        // mark was typed ("7.5" in Mexico for "7,5").
        if !was_modified || !self.is_modified() {
            self.form = self.saved.clone();
        }
    }

    /// Validates the form into the action that saves it; on a mistake, keeps the message to
    /// show under the form and returns `None`.
    pub(super) fn save_action(&mut self) -> Option<JournalAction> {
        match self.form.to_entry(self.date) {
            Ok(entry) => {
                self.error = None;
                Some(JournalAction::SaveEntry(entry))
            }
            Err(message) => {
                self.error = Some(message);
                None
            }
        }
    }

    /// Reads the digits that set pain (outside text fields); 1 then 0 gives 10. Saving and
    /// changing the day are commands (`commands.rs`).
    fn pain_keys(&mut self, ui: &Ui) {
        if ui.ctx().text_edit_focused() {
            return;
        }
        let digit = ui.input_mut(|input| {
            (0..=9u8).find(|digit| input.consume_key(Modifiers::NONE, digit_key(*digit)))
        });
        if let Some(digit) = digit {
            self.form.pain = Some(if digit == 0 && self.typed_one {
                10
            } else {
                digit
            });
            self.typed_one = digit == 1;
        }
    }
}

fn digit_key(digit: u8) -> Key {
    [
        Key::Num0,
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ][usize::from(digit.min(9))]
}

/// Draws the Today view.
pub fn today_ui(
    ui: &mut Ui,
    state: &mut TodayState,
    data: &JournalData,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let writable = data.read_only.is_none();
    if writable {
        state.pain_keys(ui);
    }
    // In a short window (small or at large text) the view drops its heading and hint, so pain
    // and Save are on the first screen.
    let short = ui.available_height() < SHORT_HEIGHT;
    day_bar_ui(ui, state, data, today, short, actions);
    drafts_ui(ui, state, data);
    ui.add_space(if short { 2.0 } else { 6.0 });
    // Side by side when there is room, otherwise the status card goes below the form.
    let wide = ui.available_width() >= FORM_WIDTH + STATUS_WIDTH;
    if wide {
        egui::Panel::right("status_card")
            .resizable(false)
            .show_separator_line(false)
            .exact_size(STATUS_WIDTH - 20.0)
            .show(ui, |ui| status_card_ui(ui, data, actions));
    }
    let mut form_area = egui::ScrollArea::vertical().id_salt("today_scroll");
    if std::mem::take(&mut state.scroll_to_top) {
        form_area = form_area.vertical_scroll_offset(0.0);
    }
    form_area.show(ui, |ui| {
        // Read only: the day is shown as saved, and scrolls, but cannot be changed.
        ui.add_enabled_ui(writable, |ui| {
            entry_form_ui(ui, state, today, short, actions);
        });
        if !wide {
            ui.add_space(8.0);
            status_card_ui(ui, data, actions);
        }
    });
}

/// The width the entry form needs for its big pain buttons, in points.
const FORM_WIDTH: f32 = 600.0;

/// Below this height of the view, in points, the view leaves out its heading and hint.
const SHORT_HEIGHT: f32 = 420.0;

/// The width of the status card beside the form.
const STATUS_WIDTH: f32 = 300.0;

/// Previous/next day, the date picker and the day's status.
fn day_bar_ui(
    ui: &mut Ui,
    state: &mut TodayState,
    data: &JournalData,
    today: NaiveDate,
    short: bool,
    actions: &mut Vec<Action>,
) {
    // Bare arrows in a short window, so the bar stays one line; named for screen readers.
    let arrow = |response: egui::Response, name: String| {
        if short {
            response.accessible_name(name)
        } else {
            response
        }
    };
    let (previous, next) = if short {
        ("<".to_owned(), ">".to_owned())
    } else {
        (
            format!("< {}", Command::PreviousDay.label()),
            format!("{} >", Command::NextDay.label()),
        )
    };
    ui.horizontal_wrapped(|ui| {
        let previous = ui
            .button(previous)
            .on_hover_text(Command::PreviousDay.hint(ui.ctx()));
        if arrow(previous, Command::PreviousDay.label()).clicked() {
            actions.push(Command::PreviousDay.into());
        }
        let mut date = state.date;
        if date_field_ui(ui, "today_date", &mut date, &t!("today-date-field"), today) {
            state.go_to(data, date.min(today));
        }
        let next = ui
            .add_enabled(state.date < today, egui::Button::new(next))
            .on_hover_text(Command::NextDay.hint(ui.ctx()));
        if arrow(next, Command::NextDay.label()).clicked() {
            actions.push(Command::NextDay.into());
        }
        if state.date != today
            && ui
                .button(Command::BackToToday.label())
                .on_hover_text(Command::BackToToday.shortcut_text(ui.ctx()))
                .clicked()
        {
            actions.push(Command::BackToToday.into());
        }
    });
    if !short {
        let heading = if state.date == today {
            t!(
                "today-heading-today",
                date = day_label_in_sentence(state.date)
            )
        } else {
            day_label(state.date)
        };
        ui.heading(heading);
        // Where today sits in the cycle, up front when the status card is below the form rather
        // than beside it.
        let card_below = ui.available_width() < FORM_WIDTH + STATUS_WIDTH;
        if card_below && state.date == today && data.summary.in_cycle {
            ui.label(&data.summary.position);
        }
    }
    let saved = data.entry(state.date).is_some();
    let status = match (saved, state.is_modified()) {
        _ if data.read_only.is_some() => t!(
            "today-status-read-only",
            logged = if saved { "yes" } else { "no" }
        ),
        (true, false) => t!("today-status-saved"),
        (true, true) => t!("today-status-editing-saved"),
        (false, false) => t!("today-status-nothing-logged"),
        (false, true) => t!("today-status-not-saved"),
    };
    ui.label(status);
}

/// Lists other days with unsaved changes, with a way back to each.
fn drafts_ui(ui: &mut Ui, state: &mut TodayState, data: &JournalData) {
    let drafts: Vec<NaiveDate> = state.drafts.keys().copied().collect();
    if drafts.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t!("today-drafts-title")).strong());
        for date in drafts {
            if ui
                .button(day_label(date))
                .on_hover_text(t!("today-drafts-open-hint"))
                .clicked()
            {
                state.go_to(data, date);
            }
        }
    });
}
