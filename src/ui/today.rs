//! The Today view: log or edit one journal day, and see where you are in the infusion cycle.
//!
//! Edits live in an [`EntryForm`]; a day whose form differs from what is saved is kept as a draft
//! when the day or view changes, so unsaved changes are never dropped.

use eframe::egui;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use egui::{Key, Modifiers, RichText, TextEdit, Ui};

use crate::analysis::BaselineSource;
use crate::domain::{COMMON_SIDE_EFFECTS, Entry, RescueDoses, Score, SleepHours, TextList};

use super::actions::{Action, JournalAction, Outcome};
use super::commands::Command;
use super::data::JournalData;
use super::widgets::{
    date_field_ui, day_label, day_label_near, error_ui, score_row_ui, split_list, stepper_ui,
    text_field_ui,
};

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
                .map(|hours| hours.get().to_string())
                .unwrap_or_default(),
            sleep_quality: entry.sleep_quality.map(Score::get),
            mobility: entry.mobility.map(Score::get),
            mood: entry.mood.map(Score::get),
            rescue_doses: entry.rescue_doses.map(RescueDoses::get),
            wearing_off: entry.wearing_off,
            side_effects: common.into_iter().cloned().collect(),
            other_side_effects: other
                .iter()
                .map(|item| item.as_str())
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
            return Err("Choose a pain score from 0 to 10 before saving.".to_owned());
        };
        let score = |field, value: Option<u8>| {
            value
                .map(|value| Score::new(field, i64::from(value)))
                .transpose()
        };
        let sleep_hours = match self.sleep_hours.trim() {
            "" => None,
            text => Some(SleepHours::parse(&text.replace(',', ".")).map_err(|_| {
                format!(
                    "Hours slept \"{text}\" is not a number of hours from 0 to 24 in quarter hours, e.g. 6.5 or 7.25."
                )
            })?),
        };
        let mut side_effects: Vec<&str> = self.side_effects.iter().map(String::as_str).collect();
        side_effects.extend(split_list(&self.other_side_effects));
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
            side_effects: TextList::new("side_effects", side_effects).map_err(|_| {
                "Side effects: each may have up to 80 characters and no \";\"; separate them with commas."
                    .to_owned()
            })?,
            tags: TextList::new("tags", split_list(&self.tags)).map_err(|_| {
                "Tags: each may have up to 80 characters and no \";\"; separate them with commas."
                    .to_owned()
            })?,
            note: self.note.trim_end().to_owned(),
        };
        Ok(entry)
    }
}

/// The state of the Today view.
#[derive(Debug, Clone)]
pub struct TodayState {
    /// The day shown.
    pub date: NaiveDate,
    /// The edits of the day shown.
    pub form: EntryForm,
    /// What is saved for the day shown (the form is unsaved when it differs).
    saved: EntryForm,
    /// Unsaved edits of other days.
    drafts: BTreeMap<NaiveDate, EntryForm>,
    /// Why the last save attempt failed.
    pub error: Option<String>,
    /// The last key typed was the digit 1 (so 0 next means 10).
    typed_one: bool,
}

impl TodayState {
    /// Starts on `date`.
    pub fn new(data: &JournalData, date: NaiveDate) -> Self {
        let saved = EntryForm::for_day(data, date);
        Self {
            date,
            form: saved.clone(),
            saved,
            drafts: BTreeMap::new(),
            error: None,
            typed_one: false,
        }
    }

    /// Whether the day shown has unsaved changes.
    ///
    /// Both sides are compared as the entry they would store, so text the store normalises
    /// ("7,5" hours slept is stored as 7.5, trailing spaces of a note are dropped) does not count
    /// as a change; a form that cannot be stored is compared field by field.
    pub fn is_modified(&self) -> bool {
        match (
            self.form.to_entry(self.date),
            self.saved.to_entry(self.date),
        ) {
            (Ok(form), Ok(saved)) => form != saved,
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

    /// Shows another day, keeping unsaved edits of the current one as a draft.
    pub fn go_to(&mut self, data: &JournalData, date: NaiveDate) {
        if date == self.date {
            return;
        }
        if self.is_modified() {
            self.drafts.insert(self.date, self.form.clone());
        }
        self.date = date;
        self.saved = EntryForm::for_day(data, date);
        self.form = self
            .drafts
            .remove(&date)
            .unwrap_or_else(|| self.saved.clone());
        self.error = None;
        self.typed_one = false;
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
        self.saved = EntryForm::for_day(data, self.date);
        // After a save the form shows what was stored, as the store wrote it ("7.5", not "7,5").
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
    state.pain_keys(ui);
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
            .show(ui, |ui| status_card_ui(ui, data, today, actions));
    }
    egui::ScrollArea::vertical()
        .id_salt("today_scroll")
        .show(ui, |ui| {
            entry_form_ui(ui, state, today, short, actions);
            if !wide {
                ui.add_space(8.0);
                status_card_ui(ui, data, today, actions);
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
    let arrow = |response: egui::Response, name: &str| {
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
        if date_field_ui(ui, "today_date", &mut date, "Journal day", today) {
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
            format!("Today, {}", day_label(state.date))
        } else {
            day_label(state.date)
        };
        ui.heading(heading);
        // Where today sits in the cycle, up front when the status card is below the form rather
        // than beside it.
        let card_below = ui.available_width() < FORM_WIDTH + STATUS_WIDTH;
        if card_below
            && state.date == today
            && let Some(position) = cycle_day_line(data, today)
        {
            ui.label(position);
        }
    }
    let saved = data.entry(state.date).is_some();
    let status = match (saved, state.is_modified()) {
        (true, false) => "Saved. Change anything and save again to update this day.",
        (true, true) => "Editing a saved day: unsaved changes.",
        (false, false) => "Nothing logged for this day yet.",
        (false, true) => "Not saved yet.",
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
        ui.label(RichText::new("Unsaved changes kept for:").strong());
        for date in drafts {
            if ui
                .button(day_label(date))
                .on_hover_text("Open this day to save or discard its changes")
                .clicked()
            {
                state.go_to(data, date);
            }
        }
    });
}

/// The entry form: pain first and big, then everything optional.
fn entry_form_ui(
    ui: &mut Ui,
    state: &mut TodayState,
    today: NaiveDate,
    short: bool,
    actions: &mut Vec<Action>,
) {
    // Another day than today is always named, so pain is never logged on the wrong day by
    // mistake.
    let (day, that_day) = if state.date == today {
        ("Pain today".to_owned(), "today")
    } else {
        (
            format!("Pain on {}", day_label_near(state.date, today)),
            "that day",
        )
    };
    let form = &mut state.form;
    let hint = format!(
        "Your typical pain {that_day}. Type a digit or click a number, then save ({}).",
        Command::Save.shortcut_text(ui.ctx())
    );
    let title = ui.label(RichText::new(day).size(20.0).strong());
    if short {
        title.on_hover_text(hint);
    } else {
        ui.small(hint);
    }
    score_row_ui(
        ui,
        "Pain",
        &mut form.pain,
        ("no pain", "worst imaginable"),
        true,
        false,
    );
    ui.add_space(if short { 2.0 } else { 8.0 });
    ui.horizontal_wrapped(|ui| {
        let save = ui
            .add(
                egui::Button::new(RichText::new(Command::Save.label()).size(20.0))
                    .min_size([120.0, 40.0].into()),
            )
            .on_hover_text(Command::Save.shortcut_text(ui.ctx()));
        if save.clicked() {
            actions.push(Command::Save.into());
        }
        if state.is_modified() && ui.button("Discard changes").clicked() {
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
    ui.label(RichText::new(format!("More about {that_day} (optional)")).strong());
    ui.label("Worst pain");
    score_row_ui(
        ui,
        "Worst pain",
        &mut form.worst_pain,
        ("no pain", "worst imaginable"),
        false,
        true,
    );
    ui.horizontal(|ui| {
        text_field_ui(ui, "Hours slept", &mut form.sleep_hours, "e.g. 7.5", 70.0);
    });
    ui.label("Sleep quality");
    score_row_ui(
        ui,
        "Sleep quality",
        &mut form.sleep_quality,
        ("very poor", "excellent"),
        false,
        true,
    );
    ui.label("Mobility");
    score_row_ui(
        ui,
        "Mobility",
        &mut form.mobility,
        ("could not do daily tasks", "no limits"),
        false,
        true,
    );
    ui.label("Mood");
    score_row_ui(
        ui,
        "Mood",
        &mut form.mood,
        ("very low", "very good"),
        false,
        true,
    );
    ui.horizontal(|ui| {
        ui.label("Rescue doses");
        stepper_ui(ui, "rescue doses", &mut form.rescue_doses, RescueDoses::MAX);
    });
    ui.checkbox(&mut form.wearing_off, "I feel relief wearing off");
    ui.label("Side effects");
    ui.horizontal_wrapped(|ui| {
        for effect in COMMON_SIDE_EFFECTS {
            let mut chosen = form.side_effects.iter().any(|item| item == effect);
            if ui.toggle_value(&mut chosen, effect).changed() {
                if chosen {
                    form.side_effects.push(effect.to_owned());
                } else {
                    form.side_effects.retain(|item| item != effect);
                }
            }
        }
    });
    ui.horizontal(|ui| {
        text_field_ui(
            ui,
            "Other side effects",
            &mut form.other_side_effects,
            "separate with commas",
            220.0,
        );
    });
    ui.horizontal(|ui| {
        text_field_ui(ui, "Tags", &mut form.tags, "e.g. weather, stress", 220.0);
    });
    let label = ui.label("Note");
    ui.add(
        TextEdit::multiline(&mut form.note)
            .hint_text("Anything else about today")
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
}

/// Where today sits in the infusion cycle, the next planned infusion and the current flags.
fn status_card_ui(ui: &mut Ui, data: &JournalData, today: NaiveDate, actions: &mut Vec<Action>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("Where you are").size(18.0).strong());
        for line in status_lines(data, today) {
            ui.label(line);
        }
        ui.add_space(4.0);
        ui.label(crate::wording::baseline_text(
            &data.analysis.baseline,
            &data.settings.analysis,
        ));
        if needs_untreated_reference(data) {
            ui.add_space(6.0);
            ui.label(
                if data.analysis.baseline.source == Some(BaselineSource::WornOff) {
                    "Relief is being measured against an estimate from your pain once relief had \
                     worn off, because the journal does not know your pain before ketamine."
                } else {
                    "Relief is being measured against your pain just before each infusion, \
                     because the journal does not know your pain before ketamine."
                },
            );
            if ui.button("Tell it your pain before ketamine").clicked() {
                actions.push(super::actions::Navigation::ShowSetup.into());
            }
        }
        let flags = &data.analysis.flags;
        if !flags.is_empty() {
            ui.add_space(6.0);
            ui.label(RichText::new("Patterns worth a look").strong());
            for flag in flags {
                ui.label(format!("• {}", crate::wording::flag_message(flag)));
            }
        }
        ui.add_space(6.0);
        ui.small(crate::wording::DISCLAIMER);
    });
}

/// Whether relief has nothing untreated to be measured against: infusions are recorded, but
/// neither a logged untreated period nor a remembered baseline exists.
pub fn needs_untreated_reference(data: &JournalData) -> bool {
    !data.analysis.cycles.is_empty()
        && !matches!(
            data.analysis.baseline.source,
            Some(BaselineSource::Pretreatment | BaselineSource::Remembered)
        )
}

/// "Day 21 after your infusion of Tue 10 Nov 2026 (maintenance infusion 2, cycle 3).": where
/// `today` sits in the latest cycle; `None` without infusions or when the latest is after `today`.
fn cycle_day_line(data: &JournalData, today: NaiveDate) -> Option<String> {
    let analysis = &data.analysis;
    let cycle = analysis
        .cycles
        .last()
        .filter(|cycle| cycle.anchor <= today)?;
    let which = match cycle.phase {
        crate::domain::Phase::Loading => {
            format!("the loading series ({} infusions)", cycle.infusions)
        }
        crate::domain::Phase::Maintenance => format!(
            "maintenance infusion {}",
            analysis.maintenance_number(cycle).unwrap_or_default()
        ),
    };
    let last = data
        .infusions
        .iter()
        .map(|stored| &stored.infusion)
        .filter(|infusion| infusion.is_done() && infusion.date <= today)
        .map(|infusion| infusion.date)
        .next_back()
        .unwrap_or(cycle.anchor);
    let since_last = (today - last).num_days();
    Some(format!(
        "Day {since_last} after your infusion of {} ({which}, cycle {}).",
        day_label(last),
        cycle.index
    ))
}

/// The status lines: days since the last infusion and which cycle, next planned infusion,
/// expected fade.
pub fn status_lines(data: &JournalData, today: NaiveDate) -> Vec<String> {
    let analysis = &data.analysis;
    let mut lines = Vec::new();
    match analysis.cycles.last() {
        None => lines.push(
            "No infusions recorded yet. Add them under Infusions to see how long relief lasts."
                .to_owned(),
        ),
        Some(cycle) => {
            if let Some(position) = cycle_day_line(data, today) {
                lines.push(position);
                lines.extend(crate::wording::stale_sentence(cycle, &analysis.settings));
            } else {
                lines.push(format!(
                    "The last recorded infusion is dated {}.",
                    day_label(cycle.anchor)
                ));
            }
        }
    }
    match analysis.forecast.planned_next_infusion {
        Some(date) => {
            let days = (date - today).num_days();
            let when = match days {
                0 => "today".to_owned(),
                1 => "tomorrow".to_owned(),
                days if days > 1 => format!("in {days} days"),
                days => format!("{} days ago", -days),
            };
            lines.push(format!(
                "Next planned infusion: {}, {when}.",
                day_label(date)
            ));
        }
        None => lines.push("No infusion planned.".to_owned()),
    }
    if analysis.forecast.expected_fade_day.is_some() {
        lines.push(crate::wording::fade_sentence(&analysis.forecast));
    }
    lines
}
