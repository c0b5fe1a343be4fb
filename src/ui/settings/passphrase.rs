//! The Settings view's "Passphrase" section: protect the journal with a passphrase, change it or
//! remove it (each asking for the current one where there is one), and the idle time after
//! which the app locks a protected journal.
//!
//! The conversion itself is `store::change_protection`, run by the app (it closes the open
//! journal first); this section only collects what was typed and says what it means.

use eframe::egui;

use egui::{RichText, Ui};

use crate::domain::MAX_AUTO_LOCK_MINUTES;
use crate::store::Passphrase;
use crate::t;

use super::super::actions::{Action, Navigation, ScreenAction};

/// What is typed into the section, until it is used. Its `Debug` form hides the text.
#[derive(Clone, Default)]
pub struct PassphraseForm {
    current: String,
    new: String,
    again: String,
    problem: Option<String>,
}

impl std::fmt::Debug for PassphraseForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PassphraseForm")
            .field("problem", &self.problem)
            .finish_non_exhaustive()
    }
}

impl PassphraseForm {
    /// Says what is wrong and empties the new passphrase's fields (their text cannot be seen,
    /// so it is typed again rather than corrected).
    fn refuse(&mut self, problem: String) {
        self.new.clear();
        self.again.clear();
        self.problem = Some(problem);
    }

    /// The new passphrase typed twice alike, or why not.
    fn new_passphrase(&self) -> Result<Passphrase, String> {
        if self.new.is_empty() {
            return Err(t!("settings-passphrase-type-new"));
        }
        if self.new != self.again {
            return Err(t!("settings-passphrase-differ"));
        }
        Passphrase::new(self.new.clone()).map_err(|error| error.to_string())
    }

    fn current_passphrase(&self) -> Result<Passphrase, String> {
        Passphrase::new(self.current.clone()).map_err(|_| t!("settings-passphrase-type-current"))
    }

    /// Sends `action` and forgets what was typed.
    fn send(&mut self, action: ScreenAction, actions: &mut Vec<Action>) {
        *self = Self::default();
        actions.push(action.into());
    }
}

fn secret_field(ui: &mut Ui, label: &str, text: &mut String) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(label);
        ui.add(
            egui::TextEdit::singleline(text)
                .password(true)
                .desired_width(240.0),
        )
        .labelled_by(label.id);
    });
}

/// Draws the section for a journal that is `protected` or not; `auto_lock_minutes` is the
/// settings draft's idle time, saved with the other settings.
pub fn passphrase_ui(
    ui: &mut Ui,
    form: &mut PassphraseForm,
    auto_lock_minutes: &mut u32,
    protected: bool,
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new(t!("settings-passphrase-heading")).strong());
    if protected {
        ui.label(t!("settings-passphrase-protected"));
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t!("settings-passphrase-auto-lock"));
            ui.add(egui::DragValue::new(auto_lock_minutes).range(0..=MAX_AUTO_LOCK_MINUTES))
                .labelled_by(label.id);
            ui.label(t!("settings-passphrase-auto-lock-hint"));
        });
        secret_field(ui, &t!("settings-passphrase-current"), &mut form.current);
        secret_field(ui, &t!("settings-passphrase-new"), &mut form.new);
        secret_field(ui, &t!("settings-passphrase-again"), &mut form.again);
        ui.horizontal_wrapped(|ui| {
            if ui.button(t!("settings-passphrase-change")).clicked() {
                match form
                    .current_passphrase()
                    .and_then(|current| form.new_passphrase().map(|new| (current, new)))
                {
                    Ok((current, new)) => form.send(
                        ScreenAction::ChangeProtection {
                            current: Some(current),
                            new: Some(new),
                        },
                        actions,
                    ),
                    Err(problem) => form.refuse(problem),
                }
            }
            if ui.button(t!("settings-passphrase-remove")).clicked() {
                match form.current_passphrase() {
                    Ok(current) => form.send(
                        ScreenAction::ChangeProtection {
                            current: Some(current),
                            new: None,
                        },
                        actions,
                    ),
                    Err(problem) => form.refuse(problem),
                }
            }
        });
        ui.label(t!("settings-passphrase-remove-note"));
    } else {
        protect_ui(ui, form, None, actions);
        return;
    }
    problem_ui(ui, form);
}

/// The first run's passphrase step: the offer, the two fields, "Protect this journal" and "Not
/// now".
pub fn passphrase_step_ui(ui: &mut Ui, form: &mut PassphraseForm, actions: &mut Vec<Action>) {
    ui.label(
        RichText::new(t!("setup-passphrase-heading"))
            .size(super::super::theme::text_size::SCREEN_TITLE)
            .strong(),
    );
    if protect_ui(ui, form, Some(&t!("setup-passphrase-skip")), actions) {
        actions.push(Navigation::SkipPassphraseStep.into());
    }
}

/// Protecting a journal that has no passphrase: what it means, the new passphrase twice, and
/// "Protect this journal", with a button `skip` beside it when given; returns whether `skip`
/// was clicked.
fn protect_ui(
    ui: &mut Ui,
    form: &mut PassphraseForm,
    skip: Option<&str>,
    actions: &mut Vec<Action>,
) -> bool {
    let mut skipped = false;
    ui.label(t!("settings-passphrase-offer"));
    ui.label(t!("settings-passphrase-warning"));
    secret_field(ui, &t!("settings-passphrase-new"), &mut form.new);
    secret_field(ui, &t!("settings-passphrase-again"), &mut form.again);
    ui.horizontal_wrapped(|ui| {
        if ui.button(t!("settings-passphrase-protect")).clicked() {
            match form.new_passphrase() {
                Ok(new) => form.send(
                    ScreenAction::ChangeProtection {
                        current: None,
                        new: Some(new),
                    },
                    actions,
                ),
                Err(problem) => form.refuse(problem),
            }
        }
        if let Some(skip) = skip {
            skipped = ui.button(skip).clicked();
        }
    });
    problem_ui(ui, form);
    skipped
}

/// What was wrong with what was typed last, until it is typed again.
fn problem_ui(ui: &mut Ui, form: &PassphraseForm) {
    if let Some(problem) = &form.problem {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_new_passphrase_must_be_typed_twice_alike() {
        let mut form = PassphraseForm {
            new: "xyzzy".into(),
            again: "plugh".into(),
            ..PassphraseForm::default()
        };
        assert!(form.new_passphrase().unwrap_err().contains("differ"));
        form.again = "xyzzy".into();
        form.current = "plover".into();
        assert_eq!(
            form.new_passphrase().unwrap(),
            Passphrase::new("xyzzy").unwrap()
        );
        let shown = format!("{form:?}");
        assert!(
            !shown.contains("xyzzy") && !shown.contains("plover"),
            "{shown}"
        );
    }
}
