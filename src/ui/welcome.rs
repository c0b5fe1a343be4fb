//! The first-run welcome: what to log and why, whether infusions have already started, then
//! start a journal (with the setup for those already in treatment) or explore demo data.

use eframe::egui;
use std::path::Path;

use egui::{Button, RichText, Ui};

use super::actions::{Action, ScreenAction};
use super::theme::text_size;

/// Draws the welcome shown when there is no journal file yet.
pub fn welcome_ui(ui: &mut Ui, journal_path: &Path, actions: &mut Vec<Action>) {
    ui.vertical_centered(|ui| {
        ui.add_space(40.0);
        ui.label(RichText::new("Welcome to Relief Journal").size(text_size::WELCOME_TITLE).strong());
        ui.add_space(16.0);
        for line in [
            "Each day, rate your pain from 0 to 10: a few seconds. Sleep, mobility, mood and rescue medication are optional.",
            "Record your ketamine infusions, the ones you had and the ones that are booked.",
            "The journal then shows how long relief lasts after each infusion, so you can bring the evidence to your care team.",
        ] {
            ui.label(RichText::new(line).size(text_size::PROSE));
            ui.add_space(4.0);
        }
        ui.add_space(20.0);
        ui.label(
            RichText::new("Have your ketamine infusions already started?")
                .size(text_size::CHOICE)
                .strong(),
        );
        ui.add_space(8.0);
        let size = [300.0, 44.0];
        if ui
            .add(
                Button::new(RichText::new("Not yet: start my journal").size(text_size::CHOICE).strong())
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
                Button::new(RichText::new("Yes: set up my journal").size(text_size::CHOICE).strong())
                    .min_size(size.into()),
            )
            .on_hover_text("A few questions: the infusions you have had and your pain before ketamine")
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
            .add(Button::new(RichText::new("Explore with demo data").size(text_size::LARGE)).min_size(size.into()))
            .clicked()
        {
            actions.push(ScreenAction::ExploreDemo.into());
        }
        ui.add_space(24.0);
        ui.small(format!(
            "Your journal stays on this computer, in {}. Demo data goes to a separate file. \
             Once it is started, Settings can protect it with a passphrase.",
            journal_path.display()
        ));
        ui.small(crate::wording::disclaimer());
    });
}
