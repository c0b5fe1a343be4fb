//! Restoring a backup, or a journal kept aside after "Forgot it?": from Settings' lists or the
//! failure screen. A file protected by a passphrase that is not the journal's asks for that
//! file's own passphrase first (the journal stays open meanwhile); the journal is then closed,
//! restored (`store::restore_journal_with`) and opened again on the same view, with what
//! happened said in the notice bar.

use eframe::egui;
use std::path::{Path, PathBuf};

use egui::{Context, Key};

use crate::store::{Passphrase, StoreError, passphrase_for_file, restore_journal_with};
use crate::t;

use super::super::actions::{Action, ScreenAction};
use super::super::failure::Failure;
use super::super::lock::IdleTimer;
use super::super::session::open_session_with;
use super::ReliefApp;
use super::screen::Screen;

/// The question asked before restoring a file that the journal's passphrase does not open.
pub(super) struct RestoreQuestion {
    /// The file to restore.
    file: PathBuf,
    /// What is typed.
    typed: String,
    /// Whether the last passphrase typed did not open the file.
    wrong: bool,
    /// Whether the field still has to take the keyboard focus (once, then after a wrong one).
    wants_focus: bool,
}

impl RestoreQuestion {
    fn new(file: &Path, wrong: bool) -> Self {
        Self {
            file: file.to_owned(),
            typed: String::new(),
            wrong,
            wants_focus: true,
        }
    }
}

impl ReliefApp {
    /// The passphrase of the journal shown (open, behind the lock screen, or typed on the lock
    /// screen before it failed to open).
    fn journal_passphrase(&self) -> Option<Passphrase> {
        match &self.screen {
            Screen::Journal(session) => session.store.passphrase().cloned(),
            Screen::Failed(failure) => failure.passphrase.clone(),
            Screen::Locked(lock) => lock
                .session
                .as_ref()
                .and_then(|session| session.store.passphrase().cloned()),
            Screen::Welcome | Screen::Converting(_) => None,
        }
    }

    /// Restores `file` into the journal; `passphrase` is the file's own, when typed. A file
    /// that neither it nor the journal's passphrase opens asks for its passphrase instead.
    pub(super) fn restore(&mut self, file: &Path, passphrase: Option<&Passphrase>) {
        let journal_key = self.journal_passphrase();
        match passphrase_for_file(file, passphrase, journal_key.as_ref()) {
            Ok(_) => {}
            Err(StoreError::RestorePassphrase { .. }) => {
                self.restore_question = Some(RestoreQuestion::new(file, passphrase.is_some()));
                return;
            }
            Err(error) => {
                self.restore_question = None;
                self.restore_failed(&error);
                return;
            }
        }
        self.restore_question = None;
        let view = match &self.screen {
            Screen::Journal(session) => Some(session.view),
            _ => None,
        };
        let path = self.config.journal_path.clone();
        // Closes the journal: replacing it whole needs it to itself.
        self.screen = Screen::Welcome;
        let now = self.config.clock.now();
        let outcome = match restore_journal_with(&path, file, journal_key.as_ref(), passphrase, now)
        {
            Ok(outcome) => outcome,
            Err(error) => {
                self.screen = Screen::Failed(Failure::new(
                    t!("app-backup-not-restored", error = error.to_string()),
                    &path,
                ));
                return;
            }
        };
        self.screen =
            match open_session_with(&self.config, &path, false, outcome.passphrase.as_ref()) {
                Ok(mut session) => {
                    if let Some(view) = view {
                        session.view = view;
                    }
                    let name = file.file_name().map_or_else(
                        || file.display().to_string(),
                        |name| name.to_string_lossy().into_owned(),
                    );
                    session.info(t!(
                        "app-restored",
                        file = name,
                        protected = if outcome.took_file_passphrase {
                            "yes"
                        } else {
                            "no"
                        }
                    ));
                    self.idle = IdleTimer::new(now);
                    Screen::Journal(Box::new(session))
                }
                Err(_) => Self::open_screen(&self.config, &path, false),
            };
    }

    /// Says why a restore could not start: in the notice bar of an open journal, else on the
    /// failure screen.
    fn restore_failed(&mut self, error: &StoreError) {
        let message = t!("app-backup-not-restored", error = error.to_string());
        match &mut self.screen {
            Screen::Journal(session) => session.error(message),
            _ => {
                let path = self.config.journal_path.clone();
                let passphrase = self.journal_passphrase();
                let mut failure = Failure::new(message, &path);
                failure.passphrase = passphrase;
                self.screen = Screen::Failed(failure);
            }
        }
    }

    /// The question for the passphrase of a file to restore, over whatever is shown.
    pub(super) fn restore_question_ui(&mut self, ctx: &Context, actions: &mut Vec<Action>) {
        let Some(question) = &mut self.restore_question else {
            return;
        };
        let name = question
            .file
            .file_name()
            .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
        egui::Modal::new(egui::Id::unique("restore_passphrase")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(t!("app-restore-passphrase-heading"));
            ui.label(t!("app-restore-passphrase-intro", file = name.as_str()));
            ui.add_space(8.0);
            let label = ui.label(t!("app-restore-passphrase-field"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut question.typed)
                        .password(true)
                        .desired_width(280.0),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut question.wants_focus) {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
            if question.wrong {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    t!("app-restore-passphrase-wrong"),
                );
            }
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                let restore = ui.button(t!("app-restore-passphrase-restore")).clicked();
                if (restore || entered)
                    && !question.typed.is_empty()
                    && let Ok(passphrase) = Passphrase::new(std::mem::take(&mut question.typed))
                {
                    actions.push(
                        ScreenAction::RestoreBackup {
                            file: question.file.clone(),
                            passphrase: Some(passphrase),
                        }
                        .into(),
                    );
                }
                if ui.button(t!("app-restore-passphrase-cancel")).clicked() {
                    actions.push(ScreenAction::CancelRestore.into());
                }
            });
        });
    }
}
