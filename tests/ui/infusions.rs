//! The Infusions view: adding a planned infusion, editing, deleting with undo.

use crate::common_ui::{TestJournal, days_ago, enter_into, today, type_into};
use eframe::egui;
use egui_kittest::kittest::Queryable;
use relief_journal::domain::{Infusion, InfusionStatus, Phase};
use relief_journal::ui::View;

#[test]
fn a_planned_infusion_is_added() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Infusions);

    // Pick the day a month ahead in the calendar: it names the month, its buttons say where
    // they go, and one click on a day chooses it.
    app.get_by_label("Choose Infusion date from a calendar")
        .click();
    app.run();
    app.get_by_label("November 2026");
    app.get_by_label("Dec >").click();
    app.run();
    app.get_by_label("December 2026");
    app.get_by_label("Mon 28 Dec 2026").click();
    app.run();
    app.get_by_label("Planned").click();
    app.run();
    type_into(&mut app, "Clinic", "Riverside");
    app.get_by_label("Add infusion").click();
    app.run();

    let infusions = journal.store().infusions().unwrap();
    assert_eq!(infusions.len(), 1);
    let infusion = &infusions[0].infusion;
    assert_eq!(infusion.status, InfusionStatus::Planned);
    assert_eq!(infusion.date, today() + chrono::Months::new(1));
    assert_eq!(infusion.clinic, "Riverside");
    assert_eq!(infusion.phase, None);
}

#[test]
fn a_done_infusion_dated_in_the_future_is_offered_as_planned() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Infusions);

    enter_into(&mut app, "Infusion date", "5 Dec 2026");
    app.get_by_label("Done").click();
    app.run();
    app.get_by_label("Add infusion").click();
    app.run();
    assert!(journal.store().infusions().unwrap().is_empty());
    app.get_by_label_contains("can only be planned");

    app.get_by_label("Make it planned").click();
    app.run();
    app.get_by_label("Add infusion").click();
    app.run();
    let infusions = journal.store().infusions().unwrap();
    assert_eq!(infusions.len(), 1);
    assert_eq!(infusions[0].infusion.status, InfusionStatus::Planned);
    assert_eq!(
        infusions[0].infusion.date,
        today() + chrono::Duration::days(7)
    );
}

#[test]
fn a_loading_series_of_five_infusions_takes_eight_actions() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Infusions);
    let mut actions = 0;

    // Click the date, type it, press Enter: three actions.
    enter_into(&mut app, "Infusion date", "2 Nov");
    actions += 3;
    // Each Add keeps the form on the next day: one action per infusion.
    for _ in 0..5 {
        app.get_by_label("Add infusion").click();
        app.run();
        actions += 1;
    }
    assert!(actions <= 15, "{actions} actions");

    let dates: Vec<_> = journal
        .store()
        .infusions()
        .unwrap()
        .into_iter()
        .map(|stored| (stored.infusion.date, stored.infusion.status))
        .collect();
    let first = today() - chrono::Duration::days(26);
    assert_eq!(
        dates,
        (0..5)
            .map(|day| (first + chrono::Duration::days(day), InfusionStatus::Done))
            .collect::<Vec<_>>()
    );
}

#[test]
fn infusions_show_their_cycle_and_can_be_edited_and_deleted_with_undo() {
    let journal = TestJournal::empty();
    {
        let mut store = journal.store();
        for days in [60, 58, 56] {
            store.add_infusion(&Infusion::done(days_ago(days))).unwrap();
        }
        store.add_infusion(&Infusion::done(days_ago(14))).unwrap();
    }
    let mut app = journal.app(View::Infusions);
    app.get_by_label("cycle 1, loading 2 of 3");
    app.get_by_label("cycle 2, maintenance infusion 1");

    app.get_by_label(&format!("Edit infusion of {}", days_ago(14)))
        .click();
    app.run();
    type_into(&mut app, "Dose (mg)", "35");
    app.get_by_label("Save changes").click();
    app.run();
    let edited = journal.store().infusions().unwrap();
    assert_eq!(
        edited[3].infusion.dose_mg.map(|dose| dose.get()),
        Some(35.0)
    );
    assert_eq!(edited[3].infusion.phase, None::<Phase>);

    app.get_by_label(&format!("Delete infusion of {}", days_ago(58)))
        .click();
    app.run();
    assert_eq!(journal.store().infusions().unwrap().len(), 3);
    app.get_by_label("Undo").click();
    app.run();
    let restored = journal.store().infusions().unwrap();
    assert_eq!(restored.len(), 4);
    assert!(
        restored
            .iter()
            .any(|stored| stored.infusion.date == days_ago(58))
    );
}

#[test]
fn a_dose_or_duration_out_of_range_is_explained_and_nothing_is_added() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Infusions);

    type_into(&mut app, "Dose (mg)", "6000");
    app.get_by_label("Add infusion").click();
    app.run();
    app.get_by_label("Dose \"6000\" is not a number of milligrams above 0 and at most 5000.");

    app.get_by_label("Dose (mg)").click();
    app.run();
    app.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    app.get_by_label("Dose (mg)").type_text("40");
    type_into(&mut app, "Duration (minutes)", "0");
    app.get_by_label("Add infusion").click();
    app.run();
    app.get_by_label("Duration \"0\" is not a whole number of minutes from 1 to 10080.");
    assert!(journal.store().infusions().unwrap().is_empty());
}

#[test]
fn dates_pasted_from_a_letter_are_previewed_and_added_as_done_infusions() {
    let day = |text: &str| text.parse::<chrono::NaiveDate>().unwrap();
    let journal = TestJournal::empty();
    journal
        .store()
        .add_infusion(&Infusion::done(day("2026-01-15")))
        .unwrap();
    let mut app = journal.app(View::Infusions);

    type_into(
        &mut app,
        "Dates to paste",
        "12 Jan, 15 Jan and 19 Jan 2026, next week, 19 Jan 2026, 3 Dec 2026",
    );

    // 1 January 2026 was a Thursday, so the 12th and the 19th are Mondays.
    app.get_by_label("Would be added as done infusions:");
    app.get_by_label("Mon 12 Jan 2026");
    app.get_by_label("Mon 19 Jan 2026");
    app.get_by_label("Already in your journal, not added again: Thu 15 Jan 2026 (done).");
    app.get_by_label("Given more than once, added once: Mon 19 Jan 2026.");
    app.get_by_label(
        "Still ahead, so not added as done: Thu 3 Dec 2026. Add planned infusions with the form.",
    );
    app.get_by_label_contains("Not read: \"next week\" is not a date");
    assert_eq!(journal.store().infusions().unwrap().len(), 1, "nothing yet");

    app.get_by_label("Add 2 done infusions").click();
    app.run();

    let stored: Vec<(chrono::NaiveDate, InfusionStatus)> = journal
        .store()
        .infusions()
        .unwrap()
        .into_iter()
        .map(|stored| (stored.infusion.date, stored.infusion.status))
        .collect();
    assert_eq!(
        stored,
        vec![
            (day("2026-01-12"), InfusionStatus::Done),
            (day("2026-01-15"), InfusionStatus::Done),
            (day("2026-01-19"), InfusionStatus::Done),
        ]
    );
    assert_eq!(app.state().notice(), Some("Added 2 done infusions."));
    assert!(
        app.query_by_label("Would be added as done infusions:")
            .is_none()
    );
}

#[test]
fn an_ambiguous_pasted_date_is_named_until_the_date_order_is_chosen() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Infusions);

    type_into(&mut app, "Dates to paste", "03/04/2026\n10/04/2026");
    app.get_by_label("Not read: \"03/04/2026\" could be 3 April 2026 or 4 March 2026.");
    app.get_by_label("Day first (3 April)").click();
    app.run();
    app.get_by_label("Fri 3 Apr 2026");
    app.get_by_label("Fri 10 Apr 2026");
    app.get_by_label("Add 2 done infusions").click();
    app.run();
    assert_eq!(journal.store().infusions().unwrap().len(), 2);
}

#[test]
fn dose_and_duration_refuse_every_kind_of_bad_number_in_words() {
    let cases = [
        (
            "Dose (mg)",
            "abc",
            "Dose \"abc\" is not a number of milligrams above 0 and at most 5000.",
        ),
        (
            "Dose (mg)",
            "100000",
            "Dose \"100000\" is not a number of milligrams above 0 and at most 5000.",
        ),
        (
            "Dose (mg)",
            "-3",
            "Dose \"-3\" is not a number of milligrams above 0 and at most 5000.",
        ),
        (
            "Duration (minutes)",
            "abc",
            "Duration \"abc\" is not a whole number of minutes from 1 to 10080.",
        ),
        (
            "Duration (minutes)",
            "2.5",
            "Duration \"2.5\" is not a whole number of minutes from 1 to 10080.",
        ),
        (
            "Duration (minutes)",
            "100000",
            "Duration \"100000\" is not a whole number of minutes from 1 to 10080.",
        ),
        (
            "Duration (minutes)",
            "-3",
            "Duration \"-3\" is not a whole number of minutes from 1 to 10080.",
        ),
    ];
    for (field, typed, message) in cases {
        let journal = TestJournal::empty();
        let mut app = journal.app(View::Infusions);
        type_into(&mut app, field, typed);
        app.get_by_label("Add infusion").click();
        app.run();
        app.get_by_label(message);
        assert!(
            journal.store().infusions().unwrap().is_empty(),
            "{field} {typed:?}"
        );
    }
}

/// Two done infusions on one day, as two computers that each recorded the day's infusion leave
/// them: each has its own Edit and Delete, named apart for screen readers; one can be corrected,
/// and one deleted and put back with Undo, without touching the other.
#[test]
fn two_done_infusions_on_a_day_are_edited_and_deleted_one_at_a_time() {
    let journal = TestJournal::empty();
    {
        let mut store = journal.store();
        store.add_infusion(&Infusion::done(days_ago(30))).unwrap();
        // The other computer's record of the same infusion, as a sync merges it.
        store
            .restore_infusion(&Infusion::done(days_ago(14)))
            .unwrap();
        store
            .restore_infusion(&Infusion::done(days_ago(14)))
            .unwrap();
    }
    let mut app = journal.app(View::Infusions);
    let day = days_ago(14);
    app.get_by_label(&format!("Edit infusion of {day}, 2 of 2"))
        .click();
    app.run();
    type_into(&mut app, "Dose (mg)", "40");
    app.get_by_label("Save changes").click();
    app.run();
    let doses = |journal: &TestJournal| -> Vec<Option<f64>> {
        journal
            .store()
            .infusions()
            .unwrap()
            .iter()
            .filter(|stored| stored.infusion.date == day)
            .map(|stored| stored.infusion.dose_mg.map(|dose| dose.get()))
            .collect()
    };
    assert_eq!(doses(&journal), [None, Some(40.0)]);

    app.get_by_label(&format!("Delete infusion of {day}, 1 of 2"))
        .click();
    app.run();
    assert_eq!(doses(&journal), [Some(40.0)]);
    app.get_by_label(&format!("Delete infusion of {day}"));
    app.get_by_label("Undo").click();
    app.run();
    assert_eq!(doses(&journal), [Some(40.0), None]);
}
