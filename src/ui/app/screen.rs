//! What the window shows ([`Screen`]: the welcome, an open journal, the failure screen or the
//! lock screen) and the actions that change it: start a journal, explore the demo, leave the
//! demo or try opening again. Restoring is in `restore_flow.rs`, locking and unlocking in
//! `lock_flow.rs`, closing in `close.rs`.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use eframe::egui::Context;

use crate::store::{FileKind, file_kind};
use crate::t;

use super::super::AppConfig;
use super::super::actions::ScreenAction;
use super::super::failure::{Failure, open_error_message};
use super::super::lock::LockState;
use super::super::session::{Session, open_demo, open_session};
use super::ReliefApp;
use super::lock_flow::PassphraseWork;

/// The file name of the demo journal, next to the real one.
pub const DEMO_FILE_NAME: &str = "demo.db";

/// The demo journal's file: `demo.db` next to the journal (or `demo-journal.db` if the journal
/// itself is called `demo.db`).
pub fn demo_path(journal_path: &Path) -> PathBuf {
    let name = if journal_path.file_name() == Some(std::ffi::OsStr::new(DEMO_FILE_NAME)) {
        "demo-journal.db"
    } else {
        DEMO_FILE_NAME
    };
    journal_path.with_file_name(name)
}

/// What the window shows.
pub(super) enum Screen {
    /// No journal yet: the first-run welcome.
    Welcome,
    /// A journal (real or demo) is open.
    Journal(Box<Session>),
    /// The journal could not be opened; the message says why and what to do.
    Failed(Failure),
    /// A journal protected by a passphrase, locked: nothing of it is shown.
    Locked(LockState),
    /// The journal is closed while its passphrase is set, changed or removed; the progress
    /// shows until it opens again.
    Converting(PassphraseWork),
}

impl ReliefApp {
    /// The screen for the journal at `path`: the lock screen of a protected journal, the open
    /// journal, or the failure screen that says why it could not be opened.
    pub(super) fn open_screen(config: &AppConfig, path: &Path, demo: bool) -> Screen {
        // A protected journal opens on the lock screen; nothing is read before the passphrase.
        if !demo && matches!(file_kind(path), Ok(FileKind::Protected)) {
            return Screen::Locked(LockState::new(path, None));
        }
        match open_session(config, path, demo) {
            Ok(session) => Screen::Journal(Box::new(session)),
            Err(error) => Screen::Failed(Failure::opening(path, &error)),
        }
    }

    /// Applies one action that changes the screen.
    pub(super) fn apply_screen(&mut self, action: ScreenAction, ctx: &Context, today: NaiveDate) {
        // The screen shown next applies its own text size and theme.
        self.applied_display = None;
        match action {
            ScreenAction::StartJournal { treatment_started } => {
                let path = self.config.journal_path.clone();
                match open_session(&self.config, &path, false) {
                    Ok(mut session) => {
                        // The passphrase is offered, never required, to a new journal.
                        let offer_passphrase = !session.store.is_protected()
                            && session.data.entries.is_empty()
                            && session.data.infusions.is_empty();
                        session.start_first_run(treatment_started, offer_passphrase);
                        self.screen = Screen::Journal(Box::new(session));
                    }
                    Err(error) => match &mut self.screen {
                        Screen::Journal(session) => {
                            session.error(open_error_message(&path, &error));
                        }
                        Screen::Welcome
                        | Screen::Failed(_)
                        | Screen::Locked(_)
                        | Screen::Converting(_) => {
                            self.screen = Screen::Failed(Failure::opening(&path, &error))
                        }
                    },
                }
            }
            ScreenAction::ExploreDemo => {
                let path = demo_path(&self.config.journal_path);
                self.screen = match open_demo(&self.config, &path, today) {
                    Ok(session) => Screen::Journal(Box::new(session)),
                    Err(error) => Screen::Failed(Failure::new(
                        t!("app-demo-not-prepared", error = error.to_string()),
                        &path,
                    )),
                };
            }
            ScreenAction::RestoreBackup { file, passphrase } => {
                self.restore(&file, passphrase.as_ref());
                // The question for the file's passphrase, or the journal restored, shows at once.
                ctx.request_repaint();
            }
            ScreenAction::CancelRestore => self.restore_question = None,
            ScreenAction::LeaveDemo | ScreenAction::RetryOpen => {
                self.screen = if self.config.journal_path.exists() {
                    Self::open_screen(&self.config, &self.config.journal_path, false)
                } else {
                    Screen::Welcome
                };
            }
            ScreenAction::Unlock(passphrase) => self.unlock(&passphrase),
            ScreenAction::ChangeProtection { current, new } => {
                self.ask_to_change_protection(current, new, ctx);
            }
            ScreenAction::StartOverKeepingLocked => self.start_over_keeping_locked(),
            ScreenAction::CloseDiscarding => self.close_discarding(ctx),
            ScreenAction::SaveAndClose => self.save_and_close(ctx),
        }
    }
}
