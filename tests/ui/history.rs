//! The History view: delete with confirmation and undo, opening a day to edit it, and every
//! field of a day shown at every window size.
#![allow(clippy::unwrap_used)]

use crate::common_ui::reach::shown_whole;
use crate::common_ui::{TestJournal, days_ago, press_save, today};
use eframe::egui;
use egui_kittest::kittest::{NodeT, Queryable};
use relief_journal::domain::{Entry, RescueDoses, Score, SleepHours};
use relief_journal::ui::View;

#[test]
fn delete_asks_first_and_can_be_undone() {
    let journal =
        TestJournal::with_entries(&[(days_ago(3), 6), (days_ago(2), 5), (days_ago(1), 4)]);
    let mut app = journal.app(View::History);
    let day = days_ago(2);

    app.get_by_label(&format!("Delete {day}")).click();
    app.run();
    assert!(
        journal.saved_entry(day).is_some(),
        "nothing is deleted before confirming"
    );
    app.get_by_label("Delete the entry").click();
    app.run();
    assert_eq!(journal.saved_entry(day), None);
    assert_eq!(journal.store().entries().unwrap().len(), 2);

    app.get_by_label("Undo").click();
    app.run();
    assert_eq!(journal.saved_entry(day).unwrap().pain.get(), 5);
    assert_eq!(journal.store().entries().unwrap().len(), 3);
}

#[test]
fn keep_it_cancels_the_delete() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 4)]);
    let mut app = journal.app(View::History);

    app.get_by_label(&format!("Delete {}", days_ago(1))).click();
    app.run();
    app.get_by_label("Keep it").click();
    app.run();

    assert!(journal.saved_entry(days_ago(1)).is_some());
}

#[test]
fn a_day_opens_in_today_for_editing() {
    let journal = TestJournal::with_entries(&[(days_ago(5), 7)]);
    let mut app = journal.app(View::History);

    app.get_by_label(&format!("Edit {}", days_ago(5))).click();
    app.run();
    assert_eq!(app.state().view(), Some(View::Today));
    app.get_by_label("Pain 2").click();
    app.run();
    press_save(&mut app);

    assert_eq!(journal.saved_entry(days_ago(5)).unwrap().pain.get(), 2);
}

#[test]
fn the_calendar_opens_a_day_too() {
    let journal = TestJournal::with_entries(&[(days_ago(2), 7)]);
    let mut app = journal.app(View::History);

    app.get_by_label("Thu 26 Nov 2026: pain 7").click();
    app.run();

    assert_eq!(app.state().view(), Some(View::Today));
    app.get_by_label("Thu 26 Nov 2026");
}

/// A day with every field the table shows, and values no other label of the view carries.
fn a_full_day() -> (TestJournal, Entry) {
    let journal = TestJournal::empty();
    let mut entry = Entry::new(days_ago(1), Score::new("pain", 6).unwrap());
    entry.sleep_hours = Some(SleepHours::new(7.25).unwrap());
    entry.sleep_quality = Some(Score::new("sleep_quality", 3).unwrap());
    entry.mobility = Some(Score::new("mobility", 9).unwrap());
    entry.mood = Some(Score::new("mood", 2).unwrap());
    entry.rescue_doses = Some(RescueDoses::new(4).unwrap());
    entry.note = "Walked to the river".to_owned();
    journal.store().save_entry(&entry).unwrap();
    (journal, entry)
}

/// Every field of the day is named and shown whole, on its row, at `size` points.
fn every_field_is_shown(size: egui::Vec2) {
    let (journal, _) = a_full_day();
    every_field_is_shown_in(&journal, size, true);
}

/// Every field of the day is named and shown on its row at `size` points: whole and without
/// scrolling when `at_once`, otherwise across the window's width, the view scrolling down to it.
fn every_field_is_shown_in(journal: &TestJournal, size: egui::Vec2, at_once: bool) {
    let mut app = journal.app_sized(View::History, today(), size);
    app.run();
    let date = app.get_by_label("Fri 27 Nov 2026").rect();
    let fields = [
        ("Pain", "6"),
        ("Sleep", "7.25 h, 3"),
        ("Mobility", "9"),
        ("Mood", "2"),
        ("Rescue", "4"),
    ];
    // The note is its own text in either layout.
    let note = "Walked to the river";
    for (heading, value) in fields.into_iter().chain([("", note)]) {
        // A column headed by the field's name, or the field named beside its value.
        let named = format!("{heading}\u{a0}{value}");
        let headed = app.query_all_by_label(heading).next().is_some();
        let alone = if headed || value == note {
            value
        } else {
            named.as_str()
        };
        let node = app
            .query_all_by_label(&named)
            .chain(app.query_all_by_label(alone))
            .find(|node| node.accesskit_node().role() != egui::accesskit::Role::Button)
            .unwrap_or_else(|| panic!("{size:?}: {heading} {value:?} is not shown"));
        let rect = node.rect();
        if at_once {
            assert!(
                shown_whole(&app, node.accesskit_node().locate().0) == Some(true),
                "{size:?}: {value:?} is cut or out of the window"
            );
        } else {
            let window = app.ctx.content_rect();
            assert!(
                rect.left() >= window.left() && rect.right() <= window.right() + 0.5,
                "{size:?}: {value:?} at {rect:?} runs past the window's side"
            );
        }
        assert!(
            rect.center().y > date.top() - 4.0 && rect.center().y < date.top() + 120.0,
            "{size:?}: {value:?} at {rect:?} is not on the day's row ({date:?})"
        );
    }
}

#[test]
fn every_field_of_a_day_shows_at_800_wide() {
    every_field_is_shown(egui::vec2(800.0, 600.0));
}

#[test]
fn every_field_of_a_day_shows_at_the_default_1100_wide() {
    every_field_is_shown(egui::vec2(1100.0, 760.0));
}

#[test]
fn every_field_of_a_day_shows_at_1280_wide() {
    every_field_is_shown(egui::vec2(1280.0, 800.0));
}

#[test]
fn every_field_of_a_day_shows_at_800_wide_with_200_percent_text() {
    // 800x600 pixels at 200% text are 400x300 points.
    let (journal, _) = a_full_day();
    let mut store = journal.store();
    let mut settings = store.settings().unwrap();
    settings.text_scale = 2.0;
    store.save_settings(&settings).unwrap();
    drop(store);
    every_field_is_shown_in(&journal, egui::vec2(400.0, 300.0), false);
}

#[test]
fn undo_keeps_its_message_in_another_view_and_ends_with_the_next_change() {
    let journal = TestJournal::with_entries(&[(days_ago(2), 5), (days_ago(1), 4)]);
    let mut app = journal.app(View::History);
    let day = days_ago(2);
    app.get_by_label(&format!("Delete {day}")).click();
    app.run();
    app.get_by_label("Delete the entry").click();
    app.run();
    let deleted = app.state().notice().unwrap().to_owned();

    app.get_by_label("Today").click();
    app.run();
    assert_eq!(
        app.state().notice(),
        Some(deleted.as_str()),
        "the bar still says what its Undo would undo"
    );

    // Logging that day again is a later change: Undo would put the deleted entry over it.
    app.get_by_label("< Previous day").click();
    app.run();
    app.get_by_label("< Previous day").click();
    app.run();
    app.get_by_label("Pain 7").click();
    app.run();
    app.get_by_label("Save").click();
    app.run();
    assert!(app.query_by_label("Undo").is_none());
    assert_eq!(journal.saved_entry(day).unwrap().pain.get(), 7);
}
