//! Locking and unlocking a journal protected by a passphrase: the lock (by
//! [`Command::Lock`](super::super::Command::Lock) or after the idle time), the unlock that brings
//! back the session kept behind the lock screen, "Forgot it?" (a new journal, the locked file kept
//! beside it) and setting, changing or removing the passphrase of the open journal.

use std::thread::JoinHandle;

use eframe::egui::{self, Context};

use crate::domain::{Locale, Settings};
use crate::store::{
    self, Passphrase, StoreError, StoreResult, change_protection, set_aside_forgotten,
};
use crate::t;
use crate::ui::View;

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

    /// Sets, changes or removes the passphrase of the open journal: checks `current` against it
    /// (a wrong one changes nothing but a message), closes the journal and converts it and its
    /// backups on a thread of its own, so the window keeps answering while the progress shows
    /// (a large journal with its backups takes seconds: each file's key is derived slowly on
    /// purpose). [`Self::finish_protection_change`] opens it again once the work is done.
    pub(super) fn ask_to_change_protection(
        &mut self,
        current: Option<Passphrase>,
        new: Option<Passphrase>,
        ctx: &Context,
    ) {
        let Screen::Journal(session) = &mut self.screen else {
            return;
        };
        let matches = match &current {
            Some(current) => session.store.is_passphrase(current),
            None => !session.store.is_protected(),
        };
        if !matches {
            session.error(t!("app-passphrase-not-current"));
            return;
        }
        let view = session.view;
        let settings = session.data.settings.clone();
        let locale = session.locale();
        let path = self.config.journal_path.clone();
        let now = self.config.clock.now();
        // Closes the journal (its connections, and its sync thread once its job is done): the
        // conversion needs the file to itself.
        self.screen = Screen::Welcome;
        let (current_for_work, new_for_work) = (current.clone(), new.clone());
        let wake = ctx.clone();
        let work = std::thread::Builder::new()
            .name("relief-journal-passphrase".into())
            .spawn(move || {
                let result =
                    change_protection(&path, current_for_work.as_ref(), new_for_work.as_ref(), now);
                wake.request_repaint();
                result
            });
        let work = match work {
            Ok(work) => work,
            Err(error) => {
                log::warn!("the passphrase could not be changed on a thread of its own: {error}");
                let path = self.config.journal_path.clone();
                let result = change_protection(&path, current.as_ref(), new.as_ref(), now);
                self.reopen_after_protection_change(current, new, view, Some(result));
                return;
            }
        };
        self.screen = Screen::Converting(PassphraseWork {
            current,
            new,
            view,
            settings,
            locale,
            work,
            close_when_done: false,
        });
        ctx.request_repaint();
    }

    /// Opens the journal again once the passphrase was set, changed or removed, on the view it
    /// was on, with what happened said in the message bar; closes the window then when it was
    /// asked to close meanwhile.
    pub(super) fn finish_protection_change(&mut self, ctx: &Context) {
        let Screen::Converting(work) = &self.screen else {
            return;
        };
        if !work.work.is_finished() {
            return;
        }
        let Screen::Converting(PassphraseWork {
            current,
            new,
            view,
            work,
            close_when_done,
            ..
        }) = std::mem::replace(&mut self.screen, Screen::Welcome)
        else {
            return;
        };
        // `None`: the conversion stopped with a panic, which `change_protection` is written
        // never to do; the journal is opened with whichever passphrase opens it.
        let result = work.join().ok();
        self.reopen_after_protection_change(current, new, view, result);
        if close_when_done {
            // Nothing is unsaved in the journal just opened again.
            self.close_confirmed = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn reopen_after_protection_change(
        &mut self,
        current: Option<Passphrase>,
        new: Option<Passphrase>,
        view: View,
        result: Option<StoreResult<store::ProtectionChange>>,
    ) {
        let path = self.config.journal_path.clone();
        let (first, second) = if result.as_ref().is_some_and(Result::is_ok) {
            (new.as_ref(), current.as_ref())
        } else {
            (current.as_ref(), new.as_ref())
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
            (Some(Ok(_)), Some(_)) => session.info(t!("app-passphrase-now-set")),
            (Some(Ok(_)), None) => session.info(t!("app-passphrase-now-removed")),
            (Some(Err(error)), _) => {
                session.error(t!("app-passphrase-not-changed", error = error.to_string()))
            }
            (None, _) => session.error(t!("app-passphrase-work-stopped")),
        }
        self.idle = IdleTimer::new(self.config.clock.now());
        self.screen = Screen::Journal(Box::new(session));
    }

    /// The progress of setting, changing or removing the passphrase, over an empty window.
    pub(super) fn protection_progress_ui(work: &PassphraseWork, ui: &mut egui::Ui) {
        let what = match (&work.current, &work.new) {
            (None, _) => t!("app-passphrase-working-protect"),
            (Some(_), Some(_)) => t!("app-passphrase-working-change"),
            (Some(_), None) => t!("app-passphrase-working-remove"),
        };
        egui::CentralPanel::default().show(ui, |_| {});
        egui::Modal::new(egui::Id::unique("passphrase_progress")).show(ui.ctx(), |ui| {
            ui.set_max_width(420.0);
            ui.horizontal(|ui| {
                ui.spinner();
                ui.strong(what);
            });
            ui.label(t!("app-passphrase-working-wait"));
        });
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

/// The passphrase being set, changed or removed while the journal is closed: what was asked,
/// the view to come back to, the journal's display settings and language (kept while it is
/// closed), and the conversion's thread.
pub(super) struct PassphraseWork {
    current: Option<Passphrase>,
    new: Option<Passphrase>,
    view: View,
    /// The journal's settings: the theme and text size stay as they were while it is closed.
    pub settings: Settings,
    /// The journal's language, spoken while it is closed.
    pub locale: Locale,
    work: JoinHandle<StoreResult<store::ProtectionChange>>,
    /// The window was asked to close meanwhile: it closes once the journal is open again.
    pub close_when_done: bool,
}
