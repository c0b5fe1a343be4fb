//! The reminder to log, as the open journal's session handles it: reading what the system's
//! scheduler has installed when Settings or the first run's offer shows it, and turning the
//! reminder on or off.

use super::super::View;
use super::super::reminder::ReminderState;
use super::Session;
use crate::t;

/// What the reminder switch shows for what `scheduler` has installed.
fn reminder_state(scheduler: &crate::reminders::Scheduler) -> ReminderState {
    match scheduler.status() {
        Ok(installed) => ReminderState::new(installed, scheduler.unavailable()),
        Err(error) => {
            let mut state = ReminderState::new(None, scheduler.unavailable());
            state.error = Some(t!("app-reminder-unreadable", error = error.to_string()));
            state
        }
    }
}

impl Session {
    /// Reads what the scheduler has installed the first time Settings or the offer shows it.
    pub(super) fn read_reminder_when_shown(&mut self) {
        let reminder = &self.settings.reminder;
        let shown = self.view == View::Settings || reminder.first_run_offer;
        if reminder.read || !shown {
            return;
        }
        if let Some(scheduler) = &self.reminders {
            let first_run_offer = reminder.first_run_offer;
            self.settings.reminder = reminder_state(scheduler);
            self.settings.reminder.first_run_offer = first_run_offer;
        }
    }

    /// Installs the reminder at `at`, or removes it; says what happened in the message bar.
    pub(super) fn set_reminder(&mut self, choice: Option<crate::reminders::ReminderChoice>) {
        let (Some(scheduler), Some(journal)) = (self.reminders.clone(), self.store.path()) else {
            self.error(t!("app-reminder-needs-file"));
            return;
        };
        let Some(choice) = choice else {
            match scheduler.remove() {
                Ok(_) => {
                    self.settings.reminder.installed = None;
                    self.info(t!("app-reminder-removed"));
                }
                Err(error) => self.error(t!("app-reminder-not-removed", error = error.to_string())),
            }
            return;
        };
        let job = std::env::current_exe().and_then(|program| {
            Ok(crate::reminders::ReminderJob {
                at: choice.at,
                program,
                journal: std::path::absolute(journal)?,
                infusion_eve: choice.infusion_eve,
            })
        });
        let installed = match job {
            Ok(job) => scheduler.install(&job).map_err(|error| error.to_string()),
            Err(error) => Err(error.to_string()),
        };
        match installed {
            Ok(installed) => {
                let at = crate::reminders::time_text(installed.at);
                let message = if installed.infusion_eve {
                    t!("app-reminder-installed-eve", time = at.as_str())
                } else {
                    t!("app-reminder-installed", time = at.as_str())
                };
                self.settings.reminder.time_text.clone_from(&at);
                self.settings.reminder.infusion_eve = installed.infusion_eve;
                self.settings.reminder.installed = Some(installed);
                self.info(message);
            }
            Err(error) => self.error(t!("app-reminder-not-installed", error = error)),
        }
    }
}
