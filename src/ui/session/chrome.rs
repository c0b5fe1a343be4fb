//! The frame around the views: the side bar (or the row of views in a small window), the
//! notice bar with Undo (along the bottom, only while it has something to say), the demo and
//! read-only banners, and the question before writing a file.

use chrono::NaiveDate;
use eframe::egui;
use egui::{RichText, Ui};

use super::super::View;
use super::super::actions::{Action, JournalAction, ScreenAction};
use super::super::commands::Command;
use super::super::theme::{self, text_size};
use super::Session;
use crate::t;

impl Session {
    /// Asks before making a missing folder or replacing a file.
    pub(super) fn write_question_ui(&self, ui: &Ui, actions: &mut Vec<Action>) {
        let Some(question) = &self.write_question else {
            return;
        };
        egui::Modal::new(egui::Id::unique("confirm_write")).show(ui.ctx(), |ui| {
            ui.set_max_width(480.0);
            let name = question
                .file
                .file_name()
                .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
            if let Some(folder) = &question.missing_folder {
                ui.heading(t!("app-write-folder-heading"));
                ui.label(t!(
                    "app-write-folder-missing",
                    folder = folder.display().to_string()
                ));
            }
            if question.exists {
                ui.heading(t!("app-write-replace-heading"));
                let folder = question
                    .file
                    .parent()
                    .map_or_else(String::new, |folder| folder.display().to_string());
                ui.label(t!("app-write-replace-exists", name = name, folder = folder));
            }
            let verb = if question.exists {
                t!("app-write-replace")
            } else {
                t!("app-write-make-folder")
            };
            ui.horizontal_wrapped(|ui| {
                if ui.button(verb).clicked() {
                    actions.push(JournalAction::ConfirmWrite.into());
                }
                if ui.button(t!("app-write-cancel")).clicked() {
                    actions.push(JournalAction::CancelWrite.into());
                }
            });
        });
    }

    /// The message bar along the bottom of the window, shown only while there is something to
    /// say (or to undo): one line high, and below the view, so a message appearing never moves
    /// the page under the pointer; a message longer than the window is cut short and shown
    /// whole on hover.
    pub(super) fn notice_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        if self.notice.is_none() && self.undo.is_none() {
            return;
        }
        let height = ui.text_style_height(&egui::TextStyle::Button)
            + 2.0 * ui.spacing().button_padding.y
            + 8.0;
        egui::Panel::bottom("notice")
            .resizable(false)
            .exact_size(height)
            .show(ui, |ui| {
                ui.horizontal_centered(|ui| {
                    if self.undo.is_some()
                        && ui
                            .button(Command::Undo.label())
                            .on_hover_text(Command::Undo.shortcut_text(ui.ctx()))
                            .clicked()
                    {
                        actions.push(Command::Undo.into());
                    }
                    if (self.notice.is_some() || self.undo.is_some())
                        && ui.small_button(t!("app-notice-dismiss")).clicked()
                    {
                        self.notice = None;
                        self.undo = None;
                    }
                    if let Some(notice) = &self.notice {
                        let mut text = RichText::new(&notice.text);
                        if notice.error {
                            text = text.color(theme::error_color(ui.visuals().dark_mode));
                        }
                        ui.add(egui::Label::new(text).truncate());
                    }
                });
            });
    }

    /// One button for `view`, marked with a dot when it has unsaved changes.
    fn view_button_ui(
        &self,
        ui: &mut Ui,
        view: View,
        unsaved: bool,
        size: (f32, egui::Vec2),
        actions: &mut Vec<Action>,
    ) {
        // The dot is painted into room every button keeps, so marking a view as unsaved never
        // widens its button, wraps the row of views or moves the page.
        let label = view.label();
        let text = format!("{label}    ");
        let name = if unsaved {
            t!("app-view-unsaved", view = label)
        } else {
            label
        };
        let (text_size, min_size) = size;
        // No view is marked as shown while a page of the setup is shown in its place.
        let button = egui::Button::selectable(
            !self.setup_open && !self.first_run_step_left() && self.view == view,
            RichText::new(text).size(text_size),
        )
        .min_size(min_size);
        let command = Command::ShowView(view);
        let response = ui
            .add(button)
            .on_hover_text(command.shortcut_text(ui.ctx()))
            .accessible_name(name);
        if unsaved {
            let centre = egui::pos2(response.rect.right() - 10.0, response.rect.center().y);
            ui.painter()
                .circle_filled(centre, 3.5, ui.visuals().text_color());
        }
        if response.clicked() {
            actions.push(command.into());
        }
    }

    pub(super) fn side_bar_ui(&mut self, ui: &mut Ui, today: NaiveDate, actions: &mut Vec<Action>) {
        let unsaved = self.unsaved_views(today);
        egui::Panel::left("views")
            .resizable(false)
            .exact_size(170.0)
            .show(ui, |ui| {
                ui.add_space(8.0);
                ui.label(
                    RichText::new(t!("app-side-bar-title"))
                        .size(text_size::LARGE)
                        .strong(),
                );
                ui.add_space(8.0);
                for view in View::ALL {
                    let size = (text_size::PROSE, egui::vec2(150.0, 34.0));
                    self.view_button_ui(ui, view, unsaved.contains(&view), size, actions);
                }
                if !unsaved.is_empty() {
                    ui.add_space(8.0);
                    ui.small(t!("app-side-bar-unsaved"));
                }
            });
    }

    /// The views in a row across the top, for a window too small for the side bar; the row
    /// wraps when the window is narrower still.
    pub(super) fn view_row_ui(&mut self, ui: &mut Ui, today: NaiveDate, actions: &mut Vec<Action>) {
        let unsaved = self.unsaved_views(today);
        egui::Panel::top("views").resizable(false).show(ui, |ui| {
            ui.add_space(2.0);
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 2.0;
                for view in View::ALL {
                    let size = (text_size::COMPACT_NAV, egui::Vec2::ZERO);
                    self.view_button_ui(ui, view, unsaved.contains(&view), size, actions);
                }
            });
            ui.add_space(2.0);
        });
    }
}

/// Below this window width or height, in points (pixels divided by the text scale), the views
/// are listed in a row across the top instead of the side bar, so the view keeps the room.
const COMPACT_WIDTH: f32 = 640.0;

/// See [`COMPACT_WIDTH`].
const COMPACT_HEIGHT: f32 = 440.0;

/// Whether a window of `size` points shows the views in a row across the top.
pub(super) fn is_compact(size: egui::Vec2) -> bool {
    size.x < COMPACT_WIDTH || size.y < COMPACT_HEIGHT
}

/// The banner over a journal opened for reading only: why, and what to do.
pub(super) fn read_only_banner_ui(ui: &mut Ui, reason: &str, compact: bool) {
    let message = if compact {
        t!("app-read-only-banner-short", reason = reason)
    } else {
        t!("app-read-only-banner", reason = reason)
    };
    banner_ui(ui, "read_only_banner", &message, compact, |_| {});
}

/// The banner over demo data; shorter in a compact window, so the view keeps the room.
pub(super) fn demo_banner_ui(ui: &mut Ui, compact: bool, actions: &mut Vec<Action>) {
    let message = if compact {
        t!("app-demo-banner-short")
    } else {
        t!("app-demo-banner")
    };
    banner_ui(ui, "demo_banner", &message, compact, |ui| {
        if ui.button(t!("app-demo-leave")).clicked() {
            actions.push(ScreenAction::LeaveDemo.into());
        }
    });
}

/// A banner across the top in the banner colours: `message` in strong text, then what
/// `controls` adds; a smaller margin in a compact window.
fn banner_ui(
    ui: &mut Ui,
    id: &'static str,
    message: &str,
    compact: bool,
    controls: impl FnOnce(&mut Ui),
) {
    let (fill, text) = theme::demo_banner_colors(ui.visuals().dark_mode);
    let margin = if compact { 4.0 } else { 8.0 };
    egui::Panel::top(id)
        .frame(egui::Frame::new().fill(fill).inner_margin(margin))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(message).strong().color(text));
                controls(ui);
            });
        });
}
