//! Locking and unlocking a journal protected by a passphrase: the lock (by
//! [`Command::Lock`](super::super::Command::Lock) or after the idle time), the unlock that brings
//! back the session kept behind the lock screen, "Forgot it?" (a new journal, the locked file kept
//! beside it) and setting, changing or removing the passphrase of the open journal.

use eframe::egui::{self, Context};

use crate::store::{Passphrase, StoreError, change_protection, set_aside_forgotten};
use crate::t;

use super::super::failure::Failure;
use super::super::lock::{IdleTimer, LockState};
use super::super::session::open_session_with;
use super::ReliefApp;
use super::screen::Screen;

impl ReliefApp {
    /// Opens the locked journal with `passphrase`: the session kept while locked comes back as it
    /// was; at start, the journal is opened. A wrong passphrase says so and changes nothing.
    pub(super) fn unlock(&mut self, passphrase: &crate::store::Passphrase) {
        let Screen::Locked(lock) = &mut self.screen else {
            return;
        };
        if let Some(session) = &lock.session {
            if session.store.is_passphrase(passphrase) {
                if let Screen::Locked(LockState {
                    session: Some(session),
                    ..
                }) = std::mem::replace(&mut self.screen, Screen::Welcome)
                {
                    self.screen = Screen::Journal(session);
                }
                self.idle = IdleTimer::new(self.config.clock.now());
            } else {
                lock.wrong();
            }
            return;
        }
        let path = lock.path.clone();
        match open_session_with(&self.config, &path, false, Some(passphrase)) {
            Ok(session) => {
                self.screen = Screen::Journal(Box::new(session));
                self.idle = IdleTimer::new(self.config.clock.now());
            }
            Err(StoreError::WrongPassphrase { .. }) => lock.wrong(),
            Err(error) => {
                let mut failure = Failure::opening(&path, &error);
                failure.passphrase = Some(passphrase.clone());
                self.screen = Screen::Failed(failure);
            }
        }
    }

    /// Sets, changes or removes the passphrase of the open journal: checks `current` against it,
    /// closes it, converts it and opens it again on the same view with what happened said in
    /// the message bar. A wrong current passphrase changes nothing.
    /// Shows that the passphrase is being set, changed or removed, with the last message
    /// cleared; the work starts once that is on screen.
    pub(super) fn ask_to_change_protection(
        &mut self,
        current: Option<Passphrase>,
        new: Option<Passphrase>,
        ctx: &Context,
    ) {
        if let Screen::Journal(session) = &mut self.screen {
            session.notice = None;
        }
        self.protection_change = Some(ProtectionChange {
            current,
            new,
            frames_shown: 0,
        });
        ctx.request_repaint();
    }

    /// Sets, changes or removes the passphrase asked for, once its progress is on screen.
    pub(super) fn change_protection_when_shown(&mut self) {
        if self
            .protection_change
            .as_ref()
            .is_none_or(|change| change.frames_shown < FRAMES_BEFORE_WORK)
        {
            return;
        }
        if let Some(change) = self.protection_change.take() {
            self.change_protection(change.current.as_ref(), change.new.as_ref());
        }
    }

    /// The progress of setting, changing or removing the passphrase, over the view.
    pub(super) fn protection_progress_ui(&mut self, ctx: &Context) {
        let Some(change) = &mut self.protection_change else {
            return;
        };
        let what = match (&change.current, &change.new) {
            (None, _) => t!("app-passphrase-working-protect"),
            (Some(_), Some(_)) => t!("app-passphrase-working-change"),
            (Some(_), None) => t!("app-passphrase-working-remove"),
        };
        egui::Modal::new(egui::Id::unique("passphrase_progress")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.horizontal(|ui| {
                ui.spinner();
                ui.strong(what);
            });
            ui.label(t!("app-passphrase-working-wait"));
        });
        change.frames_shown = change.frames_shown.saturating_add(1);
        ctx.request_repaint();
    }

    pub(super) fn change_protection(
        &mut self,
        current: Option<&Passphrase>,
        new: Option<&Passphrase>,
    ) {
        let Screen::Journal(session) = &mut self.screen else {
            return;
        };
        let matches = match current {
            Some(current) => session.store.is_passphrase(current),
            None => !session.store.is_protected(),
        };
        if !matches {
            session.error(t!("app-passphrase-not-current"));
            return;
        }
        let view = session.view;
        let path = self.config.journal_path.clone();
        // Closes the journal: the conversion needs it to itself.
        self.screen = Screen::Welcome;
        let result = change_protection(&path, current, new, self.config.clock.now());
        let (first, second) = if result.is_ok() {
            (new, current)
        } else {
            (current, new)
        };
        let reopened = match open_session_with(&self.config, &path, false, first) {
            Err(StoreError::WrongPassphrase { .. } | StoreError::Protected { .. }) => {
                open_session_with(&self.config, &path, false, second)
            }
            other => other,
        };
        let mut session = match reopened {
            Ok(session) => session,
            Err(error) => {
                self.screen = Screen::Failed(Failure::opening(&path, &error));
                return;
            }
        };
        session.view = view;
        match (result, new) {
            (Ok(_), Some(_)) => session.info(t!("app-passphrase-now-set")),
            (Ok(_), None) => session.info(t!("app-passphrase-now-removed")),
            (Err(error), _) => {
                session.error(t!("app-passphrase-not-changed", error = error.to_string()))
            }
        }
        self.idle = IdleTimer::new(self.config.clock.now());
        self.screen = Screen::Journal(Box::new(session));
    }

    /// Locks the open journal after the idle time, when it is protected by a passphrase.
    pub(super) fn lock_if_idle(&mut self, ctx: &Context) {
        let Screen::Journal(session) = &self.screen else {
            return;
        };
        if session.demo || !session.store.is_protected() {
            return;
        }
        let minutes = session.data.settings.auto_lock_minutes;
        if self.idle.expired(ctx, self.config.clock.now(), minutes) {
            self.lock(ctx);
        }
    }

    /// Locks the open journal ([`Command::Lock`](super::super::Command::Lock), or after the
    /// idle time): the session, with its drafts, waits behind the lock screen.
    pub(super) fn lock(&mut self, ctx: &Context) {
        let path = self.config.journal_path.clone();
        if let Screen::Journal(session) = std::mem::replace(&mut self.screen, Screen::Welcome) {
            self.screen = Screen::Locked(LockState::new(&path, Some(session)));
            ctx.request_repaint();
        }
    }

    /// "Forgot it?": the locked journal is renamed beside itself, kept with its backups, and the
    /// welcome starts a new one.
    pub(super) fn start_over_keeping_locked(&mut self) {
        let path = self.config.journal_path.clone();
        // A session kept behind the lock closes first: no connection may hold the file while it
        // is renamed, or its log would be folded into the new journal's place.
        self.screen = Screen::Welcome;
        self.screen = match set_aside_forgotten(&path, self.config.clock.now()) {
            Ok(_) => Screen::Welcome,
            Err(error) => Screen::Failed(Failure::new(
                t!("app-locked-not-renamed", error = error.to_string()),
                &path,
            )),
        };
    }
}

/// Setting, changing or removing the passphrase, asked for; see
/// [`ReliefApp::change_protection_when_shown`].
pub(super) struct ProtectionChange {
    current: Option<Passphrase>,
    new: Option<Passphrase>,
    /// How many frames showed it under way.
    frames_shown: u8,
}

/// Frames drawn with the progress before the work starts: egui lays out a new window
/// unseen in its first frame, so the second one is the first on screen.
const FRAMES_BEFORE_WORK: u8 = 2;
