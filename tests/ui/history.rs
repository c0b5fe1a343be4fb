//! The History view: delete with confirmation and undo, and opening a day to edit it.

use crate::common_ui::{TestJournal, days_ago, press_save};
use egui_kittest::kittest::Queryable;
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
