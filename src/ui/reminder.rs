//! The reminder to log: its switch in Settings ("Remind me to log at [20:00] if I have not
//! logged that day") and the first run's reminder step.
//!
//! The switch shows what the system's scheduler has installed (see [`crate::reminders`]); turning
//! it on or changing the time installs the job, turning it off removes everything the job
//! installed. The session applies both through [`JournalAction::SetReminder`].

use chrono::NaiveTime;
use eframe::egui;
use egui::{RichText, Ui};

use crate::reminders::{
    InstalledReminder, ReminderChoice, Unavailable, default_reminder_time, parse_time, time_text,
};

use super::actions::{Action, JournalAction};
use super::widgets::error_ui;
use crate::t;

/// What the reminder switch shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReminderState {
    /// Why reminders cannot be offered here (no systemd user session, say); `None` when they can.
    pub unavailable: Option<Unavailable>,
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
    /// Whether the first run's reminder step is still to be answered.
    pub first_run_offer: bool,
    /// Whether the fields above were read from the scheduler (they are read when first shown).
    pub read: bool,
}

impl ReminderState {
    /// The state for what is installed (or not), with the time field showing its time or the
    /// default.
    pub fn new(installed: Option<InstalledReminder>, unavailable: Option<Unavailable>) -> Self {
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
        parse_time(&self.time_text)
            .map_err(|error| t!("settings-reminder-not-changed", error = error.to_string()))
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
    ui.label(RichText::new(t!("settings-reminder-heading")).strong());
    if let Some(why) = &state.unavailable {
        unavailable_ui(ui, why);
        return;
    }
    switch_ui(ui, state, actions);
    match &state.installed {
        Some(installed) => {
            let time = time_text(installed.at);
            ui.small(if installed.infusion_eve {
                t!("settings-reminder-on-eve", time = time)
            } else {
                t!("settings-reminder-on", time = time)
            });
            if let Some(note) = &installed.note {
                ui.small(t!("settings-reminder-note", note = note.to_string()));
            }
        }
        None => {
            ui.small(t!("settings-reminder-off"));
        }
    }
    if let Some(error) = &state.error {
        error_ui(ui, error);
    }
}

/// Why the system cannot show a reminder here, in plain words, and what the patient can do; what
/// the system said is folded away, for whoever helps with the computer.
pub fn unavailable_ui(ui: &mut Ui, why: &Unavailable) {
    let Unavailable::NoUserSession { detail } = why;
    ui.label(t!("settings-reminder-unavailable-no-session"));
    ui.label(t!("settings-reminder-unavailable-what-to-do"));
    egui::CollapsingHeader::new(t!("settings-reminder-unavailable-details"))
        .id_salt("reminder_unavailable_details")
        .default_open(false)
        .show(ui, |ui| {
            ui.small(t!(
                "settings-reminder-unavailable-detail",
                detail = detail.as_str()
            ));
        });
}

/// The switch and the time field on one line.
fn switch_ui(ui: &mut Ui, state: &mut ReminderState, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let mut on = state.installed.is_some();
        let switch = ui.checkbox(&mut on, t!("settings-reminder-switch"));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut state.time_text)
                    .desired_width(60.0)
                    .hint_text(time_text(default_reminder_time())),
            )
            .accessible_name(t!("settings-reminder-time-field"));
        ui.label(t!("settings-reminder-switch", "after"));
        let eve = ui.checkbox(&mut state.infusion_eve, t!("settings-reminder-eve-switch"));
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

/// The first run's reminder step: the offer, or where the system cannot show a reminder, why
/// and what to do instead, with a way on either way.
pub fn reminder_step_ui(ui: &mut Ui, state: &mut ReminderState, actions: &mut Vec<Action>) {
    if !state.read {
        return;
    }
    ui.label(
        RichText::new(t!("settings-reminder-offer-heading"))
            .size(super::theme::text_size::SCREEN_TITLE)
            .strong(),
    );
    if let Some(why) = &state.unavailable {
        unavailable_ui(ui, why);
        ui.add_space(8.0);
        if ui.button(t!("settings-reminder-offer-continue")).clicked() {
            actions.push(JournalAction::CloseReminderOffer.into());
        }
        return;
    }
    ui.label(t!("settings-reminder-offer-text"));
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("settings-reminder-offer-at"));
        ui.add(
            egui::TextEdit::singleline(&mut state.time_text)
                .desired_width(60.0)
                .hint_text(time_text(default_reminder_time())),
        )
        .accessible_name(t!("settings-reminder-time-field"));
        ui.label(t!("settings-reminder-offer-at", "after"));
    });
    if let Some(error) = &state.error {
        error_ui(ui, error);
    }
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button(t!("settings-reminder-offer-on")).clicked() {
            request(state, true, actions);
            if state.error.is_none() {
                actions.push(JournalAction::CloseReminderOffer.into());
            }
        }
        if ui.button(t!("settings-reminder-offer-no")).clicked() {
            state.error = None;
            actions.push(JournalAction::CloseReminderOffer.into());
        }
    });
}
