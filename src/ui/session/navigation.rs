//! Navigation (which view, which day, the setup) and the command table's handler, apart from
//! the actions that write to the journal.

use chrono::{NaiveDate, NaiveDateTime};
use eframe::egui;

use crate::domain::Settings;

use super::super::View;
use super::super::actions::{JournalAction, Navigation};
use super::super::commands::Command;
use super::Session;

impl Session {
    /// Changes what the journal shows; nothing is written.
    pub(in super::super) fn navigate(&mut self, navigation: Navigation, today: NaiveDate) {
        match navigation {
            Navigation::ShowView(view) => {
                // Choosing a view skips the first run's steps left.
                self.end_first_run();
                self.show_view(view, today);
            }
            Navigation::OpenDay(date) => {
                self.setup_open = false;
                self.view = View::Today;
                self.today.go_to(&self.data, date);
            }
            Navigation::ShowSetup => self.setup_open = true,
            Navigation::CloseSetup => self.setup_open = false,
            Navigation::SkipPassphraseStep => self.skip_passphrase_step(),
        }
    }

    /// Shows `view` (closing the setup); a notice about another view's action is cleared.
    pub(super) fn show_view(&mut self, view: View, today: NaiveDate) {
        self.setup_open = false;
        self.view = view;
        // A message about another view's action no longer applies here, unless Undo still
        // can undo it: then the message says what Undo would undo.
        if self.undo.is_none()
            && self
                .notice
                .as_ref()
                .is_some_and(|notice| notice.view.is_some_and(|made_in| made_in != view))
        {
            self.notice = None;
        }
        // Today always opens today's journal day; another day open for editing keeps its
        // unsaved changes as a draft.
        if view == View::Today {
            self.today.go_to(&self.data, today);
        }
    }

    /// Whether `command` can be asked for now (its key is left alone otherwise): saving in
    /// Today and Infusions, changing the day in Today, undo when something was deleted.
    pub(in super::super) fn command_available(&self, command: Command) -> bool {
        let shown = |view: View| !self.setup_open && self.view == view;
        match command {
            Command::ShowView(_) | Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => true,
            Command::Save => shown(View::Today) || shown(View::Infusions),
            Command::Undo => self.undo.is_some(),
            Command::PreviousDay | Command::NextDay | Command::BackToToday => shown(View::Today),
            Command::Lock => !self.demo && self.store.is_protected(),
        }
    }

    /// Carries out a command from the table, whether its key or its button asked for it.
    pub(in super::super) fn run_command(
        &mut self,
        command: Command,
        ctx: &egui::Context,
        now: NaiveDateTime,
        today: NaiveDate,
    ) {
        match command {
            Command::ShowView(view) => self.navigate(Navigation::ShowView(view), today),
            Command::Save => {
                let save = if self.setup_open {
                    None
                } else {
                    match self.view {
                        View::Today => self.today.save_action(),
                        View::Infusions => self.infusions.save_action(today),
                        View::History | View::Charts | View::Report | View::Settings => None,
                    }
                };
                if let Some(action) = save {
                    self.apply(action, now, today);
                }
            }
            Command::Undo => self.apply(JournalAction::Undo, now, today),
            Command::PreviousDay => {
                let day = self.today.date - chrono::Duration::days(1);
                self.today.go_to(&self.data, day);
            }
            Command::NextDay => {
                if self.today.date < today {
                    let day = self.today.date + chrono::Duration::days(1);
                    self.today.go_to(&self.data, day);
                }
            }
            Command::BackToToday => self.today.go_to(&self.data, today),
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => {
                let Some(text_scale) = command.text_scale_after(ctx.zoom_factor()) else {
                    return;
                };
                // Shown at once; kept in the settings, so the Settings view shows it and the next
                // start uses it. A journal that cannot be written keeps the size for this window
                // only.
                ctx.set_zoom_factor(text_scale);
                if self.read_only.is_none() && text_scale != self.data.settings.text_scale {
                    let settings = Settings {
                        text_scale,
                        ..self.data.settings.clone()
                    };
                    self.apply(
                        JournalAction::SaveSettings {
                            base: self.data.settings.clone(),
                            edited: settings,
                        },
                        now,
                        today,
                    );
                }
            }
            // Locking puts the session itself behind the lock screen, so the app carries it out
            // (`ReliefApp::run_command`) and never passes it here.
            Command::Lock => log::warn!("ignored {command:?}: the app locks, not the session"),
        }
    }
}
