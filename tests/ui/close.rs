//! Closing the window with unsaved changes: the question lists them and offers "Save and close",
//! "Close without saving" and "Keep editing".

use crate::common_ui::{TestJournal, days_ago, request_close, today, type_into};
use eframe::egui::accesskit::Toggled;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use relief_journal::ui::{ReliefApp, View};

/// Asks the window to close, as the title bar's close button does.
fn ask_to_close(app: &mut Harness<'_, ReliefApp>) {
    request_close(app);
    app.run();
}

#[test]
fn the_close_question_offers_save_and_close_which_saves_every_day_and_closes() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);
    app.get_by_label("Pain 6").click();
    app.run();
    // A second day, left as a draft when the day changes.
    app.get_by_label("< Previous day").click();
    app.run();
    app.get_by_label("Pain 3").click();
    app.run();

    ask_to_close(&mut app);
    assert!(app.state().is_asking_to_close());
    assert!(!app.state().is_closing(), "closed without asking");
    app.get_by_label("Unsaved changes");
    app.get_by_label("Save and close");
    app.get_by_label("Close without saving");
    app.get_by_label("Keep editing");
    assert_eq!(journal.saved_entry(today()), None, "saved before asked to");

    app.get_by_label("Save and close").click();
    app.run();
    assert!(app.state().is_closing());
    assert_eq!(journal.saved_entry(today()).unwrap().pain.get(), 6);
    assert_eq!(journal.saved_entry(days_ago(1)).unwrap().pain.get(), 3);
}

#[test]
fn keep_editing_keeps_the_changes_and_close_without_saving_drops_them() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);
    app.get_by_label("Pain 6").click();
    app.run();

    ask_to_close(&mut app);
    app.get_by_label("Keep editing").click();
    app.run();
    assert!(!app.state().is_asking_to_close());
    assert!(!app.state().is_closing());
    assert_eq!(
        app.get_by_label("Pain 6").accesskit_node().toggled(),
        Some(Toggled::True),
        "the change is still in the form"
    );

    ask_to_close(&mut app);
    app.get_by_label("Close without saving").click();
    app.run();
    assert!(app.state().is_closing());
    assert_eq!(journal.saved_entry(today()), None);
}

#[test]
fn save_and_close_saves_the_infusion_form_and_settings_too() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Infusions);
    type_into(&mut app, "Dose (mg)", "35");
    app.get_by_label("Settings").click();
    app.run();
    // A typed name is a draft while its field has the keyboard focus.
    type_into(&mut app, "Patient name for reports", "Ana");

    ask_to_close(&mut app);
    app.get_by_label_contains("the infusion form");
    app.get_by_label("Save and close").click();
    app.run();
    assert!(app.state().is_closing());
    let infusions = journal.store().infusions().unwrap();
    assert_eq!(infusions.len(), 1);
    assert_eq!(
        infusions[0].infusion.dose_mg.map(|dose| dose.get()),
        Some(35.0)
    );
    assert_eq!(journal.store().settings().unwrap().patient_name, "Ana");
}

#[test]
fn what_cannot_be_saved_keeps_the_window_open_and_says_why() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);
    // Yesterday: a valid change. Today: hours slept out of range.
    app.get_by_label("< Previous day").click();
    app.run();
    app.get_by_label("Pain 4").click();
    app.run();
    app.get_by_label("Next day >").click();
    app.run();
    app.get_by_label("Pain 5").click();
    app.run();
    type_into(&mut app, "Hours slept", "30");

    ask_to_close(&mut app);
    app.get_by_label("Save and close").click();
    app.run();
    assert!(!app.state().is_closing(), "closed with a change not saved");
    assert!(app.state().is_asking_to_close());
    app.get_by_label("Not saved, so the window stays open:");
    app.get_by_label_contains("Hours slept \"30\" is not a number of hours");
    // What could be saved was saved; what could not is still in the form.
    assert_eq!(journal.saved_entry(days_ago(1)).unwrap().pain.get(), 4);
    assert_eq!(journal.saved_entry(today()), None);
    app.get_by_label("Keep editing").click();
    app.run();
    assert_eq!(
        app.get_by_label("Hours slept").value().as_deref(),
        Some("30")
    );
}
