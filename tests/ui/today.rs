//! The Today view: logging a day, editing another day, and keeping unsaved edits.

use crate::common_ui::{TestJournal, days_ago, press_save, today, type_into};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use relief_journal::ui::{ReliefApp, View};

#[test]
fn logging_only_pain_takes_two_clicks() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);

    app.get_by_label("Pain 6").click();
    app.run();
    app.get_by_label("Save").click();
    app.run();

    let entry = journal.saved_entry(today()).expect("today was saved");
    assert_eq!(entry.pain.get(), 6);
    assert_eq!(entry.sleep_hours, None);
}

#[test]
fn rescue_doses_stay_not_recorded_until_the_stepper_is_touched() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);

    app.get_by_label("Pain 5").click();
    app.run();
    assert!(app.query_by_label("not recorded").is_some());
    app.get_by_label("Save").click();
    app.run();
    assert_eq!(journal.saved_entry(today()).unwrap().rescue_doses, None);

    // One press on "+" records 0 doses; a second records 1; "−" twice goes back to not recorded.
    app.get_by_label("More rescue doses").click();
    app.run();
    press_save(&mut app);
    let doses = |journal: &TestJournal| {
        journal
            .saved_entry(today())
            .unwrap()
            .rescue_doses
            .map(|doses| doses.get())
    };
    assert_eq!(doses(&journal), Some(0));
    app.get_by_label("More rescue doses").click();
    app.run();
    press_save(&mut app);
    assert_eq!(doses(&journal), Some(1));
    app.get_by_label("Fewer rescue doses").click();
    app.run();
    app.get_by_label("Fewer rescue doses").click();
    app.run();
    press_save(&mut app);
    assert_eq!(doses(&journal), None);
}

#[test]
fn logging_pain_by_keyboard_takes_two_keystrokes() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);

    app.key_press(egui::Key::Num7);
    app.run();
    press_save(&mut app);

    assert_eq!(
        journal.saved_entry(today()).map(|entry| entry.pain.get()),
        Some(7)
    );
}

#[test]
fn editing_yesterday_updates_its_entry() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 5)]);
    let mut app = journal.app(View::Today);

    app.get_by_label("< Previous day").click();
    app.run();
    app.get_by_label("Pain 3").click();
    app.get_by_label("Mobility 6").click();
    app.run();
    press_save(&mut app);

    let entry = journal.saved_entry(days_ago(1)).unwrap();
    assert_eq!(entry.pain.get(), 3);
    assert_eq!(entry.mobility.map(|score| score.get()), Some(6));
    assert_eq!(journal.saved_entry(today()), None, "today stays untouched");
}

#[test]
fn changing_day_keeps_unsaved_edits_as_drafts() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);

    // Pain 4 today, not saved; go to yesterday with the keyboard and give it pain 8.
    app.get_by_label("Pain 4").click();
    app.run();
    app.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
    app.run();
    app.get_by_label("Pain 8").click();
    app.run();
    // Leave the view and come back: still nothing is lost or saved behind the user's back.
    app.get_by_label("History").click();
    app.run();
    app.get_by_label("Today (unsaved changes)").click();
    app.run();
    assert_eq!(journal.saved_entry(today()), None);
    assert_eq!(journal.saved_entry(days_ago(1)), None);

    // Today opens today, with its unsaved pain 4; yesterday's draft is offered as a way back.
    app.get_by_label("Pain today");
    press_save(&mut app);
    app.get_by_label(&relief_journal_day_label(days_ago(1)))
        .click();
    app.run();
    app.get_by_label(&format!("Pain on {}", days_ago(1).format("%a %-d %b")));
    press_save(&mut app);

    assert_eq!(journal.saved_entry(days_ago(1)).unwrap().pain.get(), 8);
    assert_eq!(journal.saved_entry(today()).unwrap().pain.get(), 4);
}

#[test]
fn an_invalid_value_is_explained_and_nothing_is_saved() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);

    app.get_by_label("Pain 5").click();
    type_into(&mut app, "Hours slept", "lots");
    app.get_by_label("Save").click();
    app.run();

    assert_eq!(journal.saved_entry(today()), None);
    app.get_by_label_contains("Hours slept \"lots\" is not a number of hours");
}

#[test]
fn saving_without_pain_asks_for_it() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);

    press_save(&mut app);

    assert_eq!(journal.saved_entry(today()), None);
    app.get_by_label("Choose a pain score from 0 to 10 before saving.");
}

/// How the Today view names a day on its buttons ("Sat 28 Nov 2026").
fn relief_journal_day_label(date: chrono::NaiveDate) -> String {
    date.format("%a %-d %b %Y").to_string()
}

#[test]
fn hours_slept_out_of_range_is_explained_and_nothing_is_saved() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);

    app.get_by_label("Pain 6").click();
    app.run();
    type_into(&mut app, "Hours slept", "30");
    app.get_by_label("Save").click();
    app.run();

    app.get_by_label(
        "Hours slept \"30\" is not a number of hours from 0 to 24 in quarter hours, e.g. 6.5 or 7.25.",
    );
    assert!(journal.saved_entry(today()).is_none());
}

#[test]
fn hours_slept_typed_with_a_decimal_comma_leaves_a_clean_day() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);
    app.get_by_label("Pain 5").click();
    type_into(&mut app, "Hours slept", "7,5");
    press_save(&mut app);
    app.run();

    assert_eq!(
        journal
            .saved_entry(today())
            .and_then(|entry| entry.sleep_hours)
            .map(|hours| hours.get()),
        Some(7.5)
    );
    app.get_by_label("Saved. Change anything and save again to update this day.");
    assert!(app.query_by_label("Today (unsaved changes)").is_none());
    // Going to another day keeps no draft of today.
    app.get_by_label("< Previous day").click();
    app.run();
    assert!(
        app.query_by_label_contains("Unsaved changes kept for")
            .is_none()
    );
}

#[test]
fn the_side_bar_today_opens_today_after_a_past_day_was_opened() {
    let journal = TestJournal::with_entries(&[(days_ago(3), 5)]);
    let mut app = journal.app(View::History);
    // Open a past day from History, as a patient editing it would.
    app.get_by_label(&format!("Edit {}", days_ago(3))).click();
    app.run();
    let past = format!("Pain on {}", days_ago(3).format("%a %-d %b"));
    app.get_by_label(&past);
    assert!(app.query_by_label("Pain today").is_none());

    // The side bar's Today opens today, under today's heading.
    app.get_by_label("Today").click();
    app.run();
    app.get_by_label("Pain today");
    app.get_by_label(&format!("Today, {}", relief_journal_day_label(today())));

    // So does Ctrl+1 after opening the past day again.
    app.get_by_label("History").click();
    app.run();
    app.get_by_label(&format!("Edit {}", days_ago(3))).click();
    app.run();
    app.get_by_label(&past);
    app.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num1);
    app.run();
    app.get_by_label("Pain today");
}

#[test]
fn a_message_stays_with_its_view_and_never_moves_the_page() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);
    let before = app.get_by_label("Pain 5").rect();
    app.get_by_label("Pain 5").click();
    app.run();
    app.get_by_label("Save").click();
    app.run();
    assert!(app.state().notice().unwrap().starts_with("Saved"));
    assert_eq!(
        app.get_by_label("Pain 5").rect(),
        before,
        "the message bar is always there, so the buttons stay under the pointer"
    );

    app.get_by_label("Infusions").click();
    app.run();
    assert_eq!(
        app.state().notice(),
        None,
        "the Today view's message does not follow into Infusions"
    );
}

#[test]
fn a_day_can_be_typed_in_each_accepted_form_and_a_wrong_one_is_explained() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);

    for (typed, expected) in [
        ("yesterday", days_ago(1)),
        ("2026-11-20", days_ago(8)),
        ("12 Nov", days_ago(16)),
        ("Sunday 1 November 2026", days_ago(27)),
    ] {
        crate::common_ui::enter_into(&mut app, "Journal day", typed);
        app.get_by_label(&relief_journal_day_label(expected));
        app.get_by_label(&format!("Pain on {}", expected.format("%a %-d %b")));
    }

    crate::common_ui::enter_into(&mut app, "Journal day", "32 Nov");
    app.get_by_label_contains("\"32 Nov\" is not a date");
    app.get_by_label_contains("The date stays Sun 1 Nov 2026.");
}

#[test]
fn a_stale_open_cycle_says_when_entries_stopped_and_what_the_forecast_rests_on() {
    let journal = TestJournal::empty();
    let folder =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/files/stale-open-cycle");
    let entries = relief_journal::exchange::read_file(&folder.join("entries.csv")).unwrap();
    let infusions = relief_journal::exchange::read_file(&folder.join("infusions.csv")).unwrap();
    journal
        .store()
        .import(&entries.entries, &infusions.infusions, None)
        .unwrap();
    let app = journal.app_on(
        View::Today,
        chrono::NaiveDate::from_ymd_opt(2026, 1, 20).unwrap(),
    );

    // Hand computed in tests/analysis/stale_open_cycle.rs: relief known to hold on 12 Oct, the last entry;
    // past cycles put the fade on day 15.
    app.get_by_label_contains("Day 106 after your infusion of");
    app.get_by_label(
        "No entries since 12 Oct 2025; relief of 30% or more held at least until 12 Oct 2025.",
    );
    app.get_by_label(
        "No entries since 12 Oct 2025, so this rests on past cycles only: in the last completed \
         cycle with relief measured, relief faded around day 15; in this cycle that is about 21 \
         Oct 2025.",
    );
    assert!(app.query_by_label_contains("still holding").is_none());
}

#[test]
fn the_card_says_what_relief_is_measured_against_and_shows_both_remembered_and_logged_pain() {
    // Infusions 42 days apart, the last 8 days ago; pain 2 for two weeks after each, then 6.
    // Remembered baseline 8. By hand (see tests/analysis/baseline_sources.rs): 25 worn-off days at pain 6
    // in each of the 3 completed cycles.
    let first = days_ago(8 + 3 * 42);
    let journal = TestJournal::empty();
    let mut store = journal.store();
    for day in 0..=(3 * 42 + 8) {
        let pain = if day % 42 < 14 { 2 } else { 6 };
        store
            .save_entry(&relief_journal::domain::Entry::new(
                first + chrono::Duration::days(day),
                relief_journal::domain::Score::new("pain", pain).unwrap(),
            ))
            .unwrap();
    }
    for cycle in 0..4 {
        store
            .add_infusion(&relief_journal::domain::Infusion::done(
                first + chrono::Duration::days(cycle * 42),
            ))
            .unwrap();
    }
    store
        .save_settings(&relief_journal::domain::Settings {
            baseline_pain: Some(8.0),
            ..relief_journal::domain::Settings::default()
        })
        .unwrap();
    let app = journal.app(View::Today);

    app.get_by_label(&format!(
        "Day 8 after your infusion of {} (maintenance infusion 3, cycle 4).",
        days_ago(8).format("%a %-d %b %Y")
    ));
    app.get_by_label(
        "Baseline pain 7.5: from your remembered baseline of 8, the pain you remember on a \
         typical day before ketamine, less 0.5 points, as pain before treatment is usually \
         remembered as worse than it was once treatment has helped. You remembered 8; when \
         relief had worn off you logged 6 on average (75 days in cycles 1, 2 and 3). Relief is measured \
         against 7.5, from the remembered 8; you can change the remembered baseline in the \
         settings.",
    );
}

#[test]
fn hours_slept_refuses_every_kind_of_bad_number_in_words() {
    for typed in ["abc", "100000", "-3", "7.3"] {
        let journal = TestJournal::empty();
        let mut app = journal.app(View::Today);
        app.get_by_label("Pain 6").click();
        app.run();
        type_into(&mut app, "Hours slept", typed);
        app.get_by_label("Save").click();
        app.run();
        app.get_by_label(&format!(
            "Hours slept \"{typed}\" is not a number of hours from 0 to 24 in quarter hours, \
             e.g. 6.5 or 7.25."
        ));
        assert!(journal.saved_entry(today()).is_none(), "{typed:?} saved");
    }
}

#[test]
fn the_view_starts_at_the_top_of_the_window_when_no_banner_shows() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 5)]);
    let mut app = journal.app(View::Today);
    let top = app.get_by_label("< Previous day").rect().top();
    assert!(
        top < 20.0,
        "an empty band above the view: it starts at {top}"
    );
    // A message appears below the view, so the page does not move under the pointer.
    app.get_by_label("Pain 6").click();
    app.run();
    press_save(&mut app);
    app.get_by_label_contains(": pain 6.");
    assert_eq!(app.get_by_label("< Previous day").rect().top(), top);
}

#[test]
fn before_anything_is_logged_the_card_says_no_entries_stopped() {
    let journal = TestJournal::empty();
    journal
        .store()
        .add_infusion(&relief_journal::domain::Infusion::done(days_ago(40)))
        .unwrap();
    let app = journal.app(View::Today);
    app.get_by_label_contains("Day 40 after your infusion of");
    assert!(
        app.query_by_label_contains("No entries since").is_none(),
        "the card says entries stopped though none were ever logged"
    );
}

/// At 200% text in the smallest window the form is taller than the view. A patient who scrolled
/// down to the note, then opened another day or came back to Today, starts again at pain and Save,
/// not in the middle of the form where a digit would set pain out of sight.
#[test]
fn another_day_or_today_again_opens_the_form_at_its_top() {
    let demo = TestJournal::demo(2.0);
    let mut app = demo.app_sized(View::Today, today(), egui::vec2(800.0, 600.0) / 2.0);
    let pain_top = |app: &Harness<'static, ReliefApp>| app.get_by_label("Pain 0").rect().top();
    let at_top = pain_top(&app);
    let scroll_down = |app: &mut Harness<'static, ReliefApp>| {
        app.get_by_label("Tags").scroll_to_me();
        app.run();
        assert!(
            pain_top(app) < at_top - 100.0,
            "the form did not scroll: pain at {} (was {at_top})",
            pain_top(app)
        );
    };

    scroll_down(&mut app);
    app.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
    app.run();
    assert_eq!(
        pain_top(&app),
        at_top,
        "the previous day opened scrolled down"
    );

    scroll_down(&mut app);
    app.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    app.run();
    app.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num1);
    app.run();
    assert_eq!(pain_top(&app), at_top, "Today opened again scrolled down");
}
