//! The question before closing the window with unsaved changes: the changes listed, "Keep
//! editing" or "Close without saving".

use eframe::egui;
use egui::{Context, ViewportCommand};

use crate::t;

use super::super::actions::{Action, ScreenAction};
use super::ReliefApp;
use super::screen::Screen;

impl ReliefApp {
    /// Asks before closing when there are unsaved changes.
    pub(super) fn close_guard_ui(&mut self, ctx: &Context, actions: &mut Vec<Action>) {
        let Screen::Journal(session) = &self.screen else {
            return;
        };
        if ctx.input(|input| input.viewport().close_requested()) && !self.close_confirmed {
            let unsaved = session.unsaved_summary(self.today());
            if !unsaved.is_empty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.asking_to_close = Some(unsaved);
            }
        }
        let Some(unsaved) = &self.asking_to_close else {
            return;
        };
        let mut keep_editing = false;
        egui::Modal::new(egui::Id::unique("confirm_close")).show(ctx, |ui| {
            ui.heading(t!("app-close-heading"));
            ui.label(t!("app-close-intro"));
            for line in unsaved {
                ui.label(format!("• {line}"));
            }
            ui.horizontal(|ui| {
                if ui.button(t!("app-close-keep-editing")).clicked() {
                    keep_editing = true;
                }
                if ui.button(t!("app-close-discard")).clicked() {
                    actions.push(ScreenAction::CloseDiscarding.into());
                }
            });
        });
        if keep_editing {
            self.asking_to_close = None;
        }
    }

    /// Closes the window without saving, once the user said so.
    pub(super) fn close_discarding(&mut self, ctx: &Context) {
        self.close_confirmed = true;
        self.asking_to_close = None;
        ctx.send_viewport_cmd(ViewportCommand::Close);
    }
}
