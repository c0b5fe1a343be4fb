//! The first run's steps after the welcome, each a page shown in place of the view with its
//! step number: "Your treatment so far" (for those whose infusions have started), a daily
//! reminder (or, where the system cannot show one, why and what to do instead), and a
//! passphrase. Each can be answered or skipped; choosing a view skips the steps left.

use eframe::egui;
use egui::{RichText, Ui};

use crate::t;

use super::super::actions::Action;
use super::super::reminder::reminder_step_ui;
use super::super::settings::passphrase_step_ui;
use super::Session;

/// Which of the first run's steps are left, and how many there were.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct FirstRun {
    /// How many steps the first run has (0 outside the first run).
    total: usize,
    /// Whether the passphrase is still to be offered.
    passphrase: bool,
}

impl Session {
    /// Starts the first run's steps: the setup when the infusions have started, the reminder
    /// where a scheduler is known, and the passphrase when `offer_passphrase`.
    pub(in super::super) fn start_first_run(
        &mut self,
        treatment_started: bool,
        offer_passphrase: bool,
    ) {
        if treatment_started {
            self.open_setup();
        }
        self.settings.reminder.first_run_offer = true;
        self.first_run.passphrase = offer_passphrase;
        self.first_run.total = self.first_run_steps_left();
    }

    /// Whether the reminder step is still to be shown.
    fn reminder_step_left(&self) -> bool {
        let reminder = &self.settings.reminder;
        reminder.first_run_offer && reminder.offered
    }

    /// Whether a step after the setup (the reminder, the passphrase) is still to be shown.
    pub(super) fn first_run_step_left(&self) -> bool {
        self.reminder_step_left() || self.first_run.passphrase
    }

    fn first_run_steps_left(&self) -> usize {
        usize::from(self.setup_open)
            + usize::from(self.reminder_step_left())
            + usize::from(self.first_run.passphrase)
    }

    /// Skips the steps left (the patient chose a view instead).
    pub(super) fn end_first_run(&mut self) {
        self.settings.reminder.first_run_offer = false;
        self.first_run = FirstRun::default();
    }

    /// The passphrase step was answered with "Not now".
    pub(super) fn skip_passphrase_step(&mut self) {
        self.first_run.passphrase = false;
    }

    /// "Step 2 of 3" above a page of the first run; nothing outside it.
    pub(super) fn first_run_step_number_ui(&self, ui: &mut Ui) {
        let left = self.first_run_steps_left();
        if self.first_run.total < 2 || left == 0 {
            return;
        }
        let step = self.first_run.total + 1 - left;
        ui.label(
            RichText::new(t!("setup-step", step = step, steps = self.first_run.total)).strong(),
        );
    }

    /// Draws the first run's reminder or passphrase step in place of the view, when one is
    /// left after the setup; returns whether it drew one.
    pub(super) fn first_run_step_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) -> bool {
        if !self.first_run_step_left() {
            return false;
        }
        let reminder = self.reminder_step_left();
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("first_run_step")
                .show(ui, |ui| {
                    self.first_run_step_number_ui(ui);
                    if reminder {
                        reminder_step_ui(ui, &mut self.settings.reminder, actions);
                    } else {
                        passphrase_step_ui(ui, &mut self.settings.passphrase, actions);
                    }
                });
        });
        true
    }
}
