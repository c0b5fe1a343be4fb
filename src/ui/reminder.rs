//! The reminder to log: its switch in Settings ("Remind me to log at [20:00] if I have not
//! logged that day") and the offer made once at the end of the first run.
//!
//! The switch shows what the system's scheduler has installed (see [`crate::reminders`]); turning
//! it on or changing the time installs the job, turning it off removes everything the job
//! installed. The session applies both through [`JournalAction::SetReminder`].

use chrono::NaiveTime;
use eframe::egui;
use egui::{RichText, Ui};

use crate::reminders::{
    InstalledReminder, ReminderChoice, default_reminder_time, parse_time, time_text,
};

use super::actions::{Action, JournalAction};
use super::widgets::error_ui;

/// The label of the switch; the time field follows it on the same line.
pub const REMINDER_SWITCH: &str = "Remind me to log at";
/// The accessible name of the time field.
pub const REMINDER_TIME_FIELD: &str = "Reminder time (HH:MM)";
/// The label of the second switch: the reminder the day before a planned infusion.
pub const INFUSION_EVE_SWITCH: &str = "and the day before a planned infusion";

/// What the reminder switch shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReminderState {
    /// Why reminders cannot be offered here (no systemd user session, say); `None` when they can.
    pub unavailable: Option<String>,
    /// Whether a scheduler is known at all; without one the section is not shown.
    pub offered: bool,
    /// What the system has installed.
    pub installed: Option<InstalledReminder>,
    /// The time as typed.
    pub time_text: String,
    /// Whether the reminder also comes the day before a planned infusion (as installed, or as
    /// ticked before turning it on).
    pub infusion_eve: bool,
    /// Why the last change could not be made.
    pub error: Option<String>,
    /// Whether the first-run offer is still to be answered.
    pub first_run_offer: bool,
    /// Whether the fields above were read from the scheduler (they are read when first shown).
    pub read: bool,
}

impl ReminderState {
    /// The state for what is installed (or not), with the time field showing its time or the
    /// default.
    pub fn new(installed: Option<InstalledReminder>, unavailable: Option<String>) -> Self {
        let at = installed
            .as_ref()
            .map_or_else(default_reminder_time, |installed| installed.at);
        Self {
            unavailable,
            offered: true,
            infusion_eve: installed
                .as_ref()
                .is_some_and(|installed| installed.infusion_eve),
            installed,
            time_text: time_text(at),
            error: None,
            first_run_offer: false,
            read: true,
        }
    }

    /// The typed time, or the message saying what is allowed.
    fn typed_time(&self) -> Result<NaiveTime, String> {
        parse_time(&self.time_text).map_err(|error| format!("Not changed: {error}."))
    }

    /// Whether what is shown differs from what is installed (time or the infusion switch).
    fn differs_from_installed(&self) -> bool {
        self.installed.as_ref().is_some_and(|installed| {
            time_text(installed.at) != self.time_text.trim()
                || installed.infusion_eve != self.infusion_eve
        })
    }
}

/// The reminder section of Settings.
pub fn reminder_settings_ui(ui: &mut Ui, state: &mut ReminderState, actions: &mut Vec<Action>) {
    if !state.offered || !state.read {
        return;
    }
    ui.label(RichText::new("Reminder").strong());
    if let Some(why) = &state.unavailable {
        ui.label(format!(
            "A daily reminder cannot be set up on this computer: {why}."
        ));
        return;
    }
    switch_ui(ui, state, actions);
    match &state.installed {
        Some(installed) => {
            let eve = if installed.infusion_eve {
                " and the day before a planned infusion"
            } else {
                ""
            };
            let mut line = format!(
                "Your system shows a notification at {} on days with no entry{eve}, even when the \
                 app is closed.",
                time_text(installed.at)
            );
            if let Some(note) = &installed.note {
                line.push_str(&format!(" Note: {note}."));
            }
            ui.small(line);
        }
        None => {
            ui.small(
                "Off. When on, your system shows a notification at that time on days with no \
                 entry, even when the app is closed; nothing of the app keeps running.",
            );
        }
    }
    if let Some(error) = &state.error {
        error_ui(ui, error);
    }
}

/// The switch and the time field on one line.
fn switch_ui(ui: &mut Ui, state: &mut ReminderState, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let mut on = state.installed.is_some();
        let switch = ui.checkbox(&mut on, REMINDER_SWITCH);
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut state.time_text)
                    .desired_width(60.0)
                    .hint_text("20:00"),
            )
            .accessible_name(REMINDER_TIME_FIELD);
        ui.label("if I have not logged that day,");
        let eve = ui.checkbox(&mut state.infusion_eve, INFUSION_EVE_SWITCH);
        if switch.changed() {
            request(state, on, actions);
        } else if on && (field.lost_focus() || eve.changed()) && state.differs_from_installed() {
            request(state, true, actions);
        }
    });
}

/// Asks the session to turn the reminder on at the typed time, or off.
fn request(state: &mut ReminderState, on: bool, actions: &mut Vec<Action>) {
    if !on {
        state.error = None;
        actions.push(JournalAction::SetReminder(None).into());
        return;
    }
    match state.typed_time() {
        Ok(at) => {
            state.error = None;
            let choice = ReminderChoice {
                at,
                infusion_eve: state.infusion_eve,
            };
            actions.push(JournalAction::SetReminder(Some(choice)).into());
        }
        Err(message) => state.error = Some(message),
    }
}

/// The offer made once at the end of the first run, over the view.
pub fn first_run_offer_ui(ui: &Ui, state: &mut ReminderState, actions: &mut Vec<Action>) {
    if !state.first_run_offer || !state.offered || !state.read || state.unavailable.is_some() {
        return;
    }
    egui::Modal::new(egui::Id::unique("reminder_offer")).show(ui.ctx(), |ui| {
        ui.set_max_width(480.0);
        ui.heading("A daily reminder?");
        ui.label(
            "The analysis needs daily entries. Your system can show a notification on days you \
             have not logged, even when the app is closed. You can change this any time in Settings.",
        );
        ui.horizontal(|ui| {
            ui.label("Remind me at");
            ui.add(
                egui::TextEdit::singleline(&mut state.time_text)
                    .desired_width(60.0)
                    .hint_text("20:00"),
            )
            .accessible_name(REMINDER_TIME_FIELD);
            ui.label("if I have not logged that day");
        });
        if let Some(error) = &state.error {
            error_ui(ui, error);
        }
        ui.horizontal(|ui| {
            if ui.button("Turn the reminder on").clicked() {
                request(state, true, actions);
                if state.error.is_none() {
                    actions.push(JournalAction::CloseReminderOffer.into());
                }
            }
            if ui.button("No reminder").clicked() {
                state.error = None;
                actions.push(JournalAction::CloseReminderOffer.into());
            }
        });
    });
}
