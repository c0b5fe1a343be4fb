//! The lock screen of a journal protected by a passphrase, and the idle timer that locks it.
//!
//! The app opens a protected journal on this screen, and goes back to it after the idle time
//! of the setting `auto_lock_minutes` (10 minutes unless changed; 0 never) or on the command
//! table's `Command::Lock` (Ctrl+L, Cmd+L on macOS). While locked, nothing of
//! the journal is drawn: the open session (with its unsaved drafts) is kept in memory, out of
//! sight, and comes back as it was once the passphrase is typed again. "Forgot it?" says
//! plainly that nobody can recover a passphrase, and offers to start a new journal with the old
//! file kept, renamed, beside it.
//!
//! What it is not: the encryption itself (that is `store::passphrase`), nor a screen lock of the
//! system: a locked window holds the open journal in the app's memory.

use eframe::egui;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use egui::{Key, Ui};

use crate::store::Passphrase;
use crate::t;

use super::actions::{Action, ScreenAction};
use super::session::Session;

/// The lock screen's state.
pub(super) struct LockState {
    /// The protected journal.
    pub(super) path: PathBuf,
    /// The journal that was open when the app locked, drafts included; `None` at start.
    pub(super) session: Option<Box<Session>>,
    typed: String,
    error: Option<String>,
    forgot_open: bool,
    /// Whether the passphrase field still has to be given the keyboard focus (once when the
    /// screen appears and after a wrong passphrase; asking every frame would repaint forever).
    wants_focus: bool,
}

impl LockState {
    /// The lock screen of the journal at `path`, keeping `session` (when it was open) for later.
    pub(super) fn new(path: &Path, session: Option<Box<Session>>) -> Self {
        Self {
            path: path.to_owned(),
            session,
            typed: String::new(),
            error: None,
            forgot_open: false,
            wants_focus: true,
        }
    }

    /// The passphrase did not open the journal: say so, and clear the field.
    pub(super) fn wrong(&mut self) {
        self.typed.clear();
        self.wants_focus = true;
        self.error = Some(t!("lock-wrong"));
    }

    /// Something other than the passphrase went wrong.
    pub(super) fn failed(&mut self, message: String) {
        self.typed.clear();
        self.error = Some(message);
    }

    /// The message under the field, if any.
    pub(super) fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }
}

/// Draws the lock screen.
pub(super) fn lock_ui(ui: &mut Ui, state: &mut LockState, actions: &mut Vec<Action>) {
    // Scrolls when the window is small or the text large, so "Forgot it?" is never cut off.
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| lock_contents_ui(ui, state, actions));
}

fn lock_contents_ui(ui: &mut Ui, state: &mut LockState, actions: &mut Vec<Action>) {
    ui.add_space(60.0);
    ui.vertical_centered(|ui| {
        ui.heading(t!("lock-title"));
        ui.add_space(8.0);
        ui.label(t!("lock-intro"));
        ui.add_space(12.0);
        let label = ui.label(t!("lock-passphrase"));
        let field = ui.add(
            egui::TextEdit::singleline(&mut state.typed)
                .password(true)
                .desired_width(280.0),
        );
        let field = field.labelled_by(label.id);
        if std::mem::take(&mut state.wants_focus) {
            field.request_focus();
        }
        let entered = field.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
        ui.add_space(8.0);
        let clicked = ui.button(t!("lock-unlock")).clicked();
        if (clicked || entered) && !state.typed.is_empty() {
            match Passphrase::new(std::mem::take(&mut state.typed)) {
                Ok(passphrase) => actions.push(ScreenAction::Unlock(passphrase).into()),
                Err(error) => state.failed(error.to_string()),
            }
        }
        if let Some(error) = &state.error {
            ui.add_space(8.0);
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.add_space(24.0);
        if ui.button(t!("lock-forgot")).clicked() {
            state.forgot_open = !state.forgot_open;
        }
        if state.forgot_open {
            ui.add_space(8.0);
            ui.label(t!("lock-forgot-nobody"));
            ui.label(t!("lock-forgot-keeps"));
            ui.label(t!("lock-forgot-remembered"));
            ui.add_space(4.0);
            if ui.button(t!("lock-start-over")).clicked() {
                actions.push(ScreenAction::StartOverKeepingLocked.into());
            }
        }
    });
}

/// When the journal locks itself: the time of the last input seen.
#[derive(Debug, Clone, Copy)]
pub(super) struct IdleTimer {
    last_input: NaiveDateTime,
}

impl IdleTimer {
    /// A timer that starts counting at `now`.
    pub(super) fn new(now: NaiveDateTime) -> Self {
        Self { last_input: now }
    }

    /// Notes this frame's input at `now`; returns whether the journal has been idle for
    /// `minutes` (never when 0). Otherwise asks for one repaint at the deadline (and none
    /// before), so an idle app uses no CPU.
    pub(super) fn expired(
        &mut self,
        ctx: &egui::Context,
        now: NaiveDateTime,
        minutes: u32,
    ) -> bool {
        let active = ctx.input(|input| {
            input.events.iter().any(|event| {
                matches!(
                    event,
                    egui::Event::Key { .. }
                        | egui::Event::Text(_)
                        | egui::Event::PointerMoved(_)
                        | egui::Event::PointerButton { .. }
                        | egui::Event::MouseWheel { .. }
                        | egui::Event::Paste(_)
                )
            })
        });
        if active {
            self.last_input = now;
        }
        if minutes == 0 {
            return false;
        }
        let deadline = self.last_input + chrono::Duration::minutes(i64::from(minutes));
        if now >= deadline {
            return true;
        }
        if let Ok(remaining) = (deadline - now).to_std() {
            ctx.request_repaint_after(remaining);
        }
        false
    }
}
