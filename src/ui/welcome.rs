//! The first-run welcome: what to log and why, whether infusions have already started, then
//! start a journal (with the setup for those already in treatment) or explore demo data.

use eframe::egui;
use std::path::Path;

use egui::{Button, RichText, Ui};

use super::actions::{Action, ScreenAction};
use super::theme::text_size;
use crate::t;

/// Draws the welcome shown when there is no journal file yet.
pub fn welcome_ui(ui: &mut Ui, journal_path: &Path, actions: &mut Vec<Action>) {
    // Scrolls when the window is small or the text large, so the last lines are never cut.
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| welcome_contents_ui(ui, journal_path, actions));
}

fn welcome_contents_ui(ui: &mut Ui, journal_path: &Path, actions: &mut Vec<Action>) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.label(
            RichText::new(t!("welcome-title"))
                .size(text_size::WELCOME_TITLE)
                .strong(),
        );
        ui.add_space(16.0);
        for line in [
            t!("welcome-daily"),
            t!("welcome-infusions"),
            t!("welcome-relief"),
        ] {
            ui.label(RichText::new(line).size(text_size::PROSE));
            ui.add_space(4.0);
        }
        ui.add_space(20.0);
        ui.label(
            RichText::new(t!("welcome-question"))
                .size(text_size::CHOICE)
                .strong(),
        );
        ui.add_space(8.0);
        let size = [300.0, 44.0];
        if ui
            .add(
                Button::new(
                    RichText::new(t!("welcome-not-yet"))
                        .size(text_size::CHOICE)
                        .strong(),
                )
                .min_size(size.into()),
            )
            .clicked()
        {
            actions.push(
                ScreenAction::StartJournal {
                    treatment_started: false,
                }
                .into(),
            );
        }
        ui.add_space(8.0);
        if ui
            .add(
                Button::new(
                    RichText::new(t!("welcome-yes"))
                        .size(text_size::CHOICE)
                        .strong(),
                )
                .min_size(size.into()),
            )
            .on_hover_text(t!("welcome-yes-hint"))
            .clicked()
        {
            actions.push(
                ScreenAction::StartJournal {
                    treatment_started: true,
                }
                .into(),
            );
        }
        ui.add_space(16.0);
        if ui
            .add(
                Button::new(RichText::new(t!("welcome-demo")).size(text_size::LARGE))
                    .min_size(size.into()),
            )
            .clicked()
        {
            actions.push(ScreenAction::ExploreDemo.into());
        }
        ui.add_space(24.0);
        ui.small(t!(
            "welcome-privacy",
            path = journal_path.display().to_string()
        ));
        ui.small(crate::wording::disclaimer());
        ui.add_space(8.0);
    });
}
