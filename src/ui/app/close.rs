//! The question before closing the window with unsaved changes: the changes listed, then "Save
//! and close", "Close without saving" or "Keep editing". When something cannot be saved, the
//! window stays open and the question says what and why. While the passphrase is being set,
//! changed or removed, the window closes once that is done.

use eframe::egui;
use egui::{Context, RichText, ViewportCommand};

use crate::t;

use super::super::actions::{Action, ScreenAction};
use super::super::theme;
use super::ReliefApp;
use super::screen::Screen;

/// The question asked before closing: what is not saved yet, worded once when the window was
/// asked to close (and again after a save that did not go through).
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct CloseQuestion {
    /// The unsaved changes, one line each.
    unsaved: Vec<String>,
    /// Why the last "Save and close" left changes unsaved, one line each.
    not_saved: Vec<String>,
    /// Whether the journal can be written; a journal open for reading only offers no save.
    writable: bool,
}

impl ReliefApp {
    /// Asks before closing when there are unsaved changes.
    pub(super) fn close_guard_ui(&mut self, ctx: &Context, actions: &mut Vec<Action>) {
        if let Screen::Converting(work) = &mut self.screen {
            // The journal and its backups are being converted: the window closes once that is
            // done, never with a file half-way.
            if ctx.input(|input| input.viewport().close_requested()) {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                work.close_when_done = true;
            }
            return;
        }
        let Screen::Journal(session) = &self.screen else {
            return;
        };
        if ctx.input(|input| input.viewport().close_requested()) && !self.close_confirmed {
            let unsaved = session.unsaved_summary(self.today());
            if !unsaved.is_empty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.asking_to_close = Some(CloseQuestion {
                    unsaved,
                    not_saved: Vec::new(),
                    writable: session.is_writable(),
                });
            }
        }
        let Some(question) = &self.asking_to_close else {
            return;
        };
        let mut keep_editing = false;
        let modal = egui::Modal::new(egui::Id::unique("confirm_close")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.heading(t!("app-close-heading"));
            ui.label(t!("app-close-intro"));
            for line in &question.unsaved {
                ui.label(format!("• {line}"));
            }
            if !question.not_saved.is_empty() {
                ui.add_space(4.0);
                let error = theme::error_color(ui.visuals().dark_mode);
                ui.label(
                    RichText::new(t!("app-close-not-saved"))
                        .color(error)
                        .strong(),
                );
                for line in &question.not_saved {
                    ui.label(RichText::new(format!("• {line}")).color(error));
                }
            }
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                if question.writable
                    && ui
                        .button(RichText::new(t!("app-close-save")).strong())
                        .clicked()
                {
                    actions.push(ScreenAction::SaveAndClose.into());
                }
                if ui.button(t!("app-close-discard")).clicked() {
                    actions.push(ScreenAction::CloseDiscarding.into());
                }
                if ui.button(t!("app-close-keep-editing")).clicked() {
                    keep_editing = true;
                }
            });
        });
        // Escape or a click outside keeps editing, as the button does.
        if keep_editing || modal.should_close() {
            self.asking_to_close = None;
        }
    }

    /// Closes the window without saving, once the user said so.
    pub(super) fn close_discarding(&mut self, ctx: &Context) {
        self.close_confirmed = true;
        self.asking_to_close = None;
        ctx.send_viewport_cmd(ViewportCommand::Close);
    }

    /// Saves every unsaved change and closes the window; when something could not be saved,
    /// keeps the window open with the question saying what is left and why.
    pub(super) fn save_and_close(&mut self, ctx: &Context) {
        let today = self.today();
        let now = self.config.clock.now();
        let Screen::Journal(session) = &mut self.screen else {
            self.close_discarding(ctx);
            return;
        };
        let not_saved = session.save_unsaved(now, today);
        let unsaved = session.unsaved_summary(today);
        if not_saved.is_empty() && unsaved.is_empty() {
            self.close_discarding(ctx);
            return;
        }
        self.asking_to_close = Some(CloseQuestion {
            unsaved,
            not_saved,
            writable: session.is_writable(),
        });
    }
}
