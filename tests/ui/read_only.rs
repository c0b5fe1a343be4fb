//! A journal opened for reading only (`--read-only`) can be read everywhere: each view scrolls,
//! Today moves between days and Settings opens the journal's folder; nothing that would change
//! the journal is offered, and what is shown but not offered says why before anything is asked.
#![allow(clippy::unwrap_used)]

use crate::common_ui::{TestJournal, days_ago, today};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use relief_journal::domain::{Entry, Infusion, Score, TextList};
use relief_journal::ui::{ReliefApp, View};

/// A journal with a few days (today's with a note and tags) and one infusion.
fn journal() -> TestJournal {
    let journal = TestJournal::with_entries(&[(days_ago(3), 6), (days_ago(2), 5)]);
    let mut store = journal.store();
    let mut entry = Entry::new(today(), Score::new("pain", 4).unwrap());
    entry.note = "Walked to the shop and back".to_owned();
    entry.tags = TextList::new("tags", ["weather"]).unwrap();
    store.save_entry(&entry).unwrap();
    store.add_infusion(&Infusion::done(days_ago(10))).unwrap();
    journal
}

fn is_disabled(app: &Harness<'_, ReliefApp>, label: &str) -> bool {
    app.get_by_label(label).accesskit_node().is_disabled()
}

/// Turns the mouse wheel down over the middle of the view.
fn wheel_down(app: &mut Harness<'_, ReliefApp>) {
    let centre = app.ctx.content_rect().center() + egui::vec2(80.0, 40.0);
    app.hover_at(centre);
    app.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -400.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    });
    for _ in 0..10 {
        app.step();
    }
    app.run();
}

#[test]
fn today_shows_the_day_as_saved_scrolls_and_moves_between_days() {
    let journal = journal();
    let mut app = journal.app_read_only_sized(View::Today, egui::vec2(800.0, 600.0));
    assert!(
        app.query_by_label_contains("Saved. Change anything")
            .is_none(),
        "Today offers to save again"
    );
    app.get_by_label_contains("As saved. This journal is open for reading only");
    assert!(is_disabled(&app, "Save"), "Save is offered");
    assert_eq!(
        app.get_by_label("Note").value().as_deref(),
        Some("Walked to the shop and back")
    );

    let note_before = app.get_by_label("Note").rect();
    wheel_down(&mut app);
    let note_after = app.get_by_label("Note").rect();
    assert!(
        note_after.top() < note_before.top() - 50.0,
        "Today does not scroll: the note stayed at {note_before:?}"
    );

    app.get_by_label("< Previous day").click();
    app.run();
    app.get_by_label_contains("Nothing logged for this day. This journal is open for reading only");
    app.get_by_label("< Previous day").click();
    app.run();
    // Two days back, the day logged with pain 5 is shown.
    assert_eq!(
        app.get_by_label("Pain 5").accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
}

#[test]
fn settings_scroll_open_the_folder_and_say_why_nothing_changes() {
    let journal = journal();
    let mut app = journal.app_read_only_sized(View::Settings, egui::vec2(800.0, 600.0));
    app.get_by_label_contains("its settings are shown as saved and cannot be changed");
    assert!(
        !is_disabled(&app, "Open folder"),
        "Open folder is greyed, though the banner says to copy the journal"
    );
    assert!(is_disabled(&app, "Back up now"));
    assert!(is_disabled(&app, "Protect this journal"));
    assert!(is_disabled(&app, "Your treatment so far…"));

    let open_before = app.get_by_label("Open folder").rect();
    wheel_down(&mut app);
    let open_after = app.get_by_label("Open folder").rect();
    assert!(
        open_after.top() < open_before.top() - 50.0,
        "Settings do not scroll: Open folder stayed at {open_before:?}"
    );
}

#[test]
fn no_view_offers_an_action_the_journal_would_refuse() {
    let journal = journal();
    let before = std::fs::read(&journal.path).unwrap();
    let mut app = journal.app_read_only(View::History);
    let day = days_ago(2).to_string();
    assert!(
        is_disabled(&app, &format!("Delete {day}")),
        "Delete is offered"
    );
    // Opening a day to look at it changes nothing, so it stays.
    assert!(!is_disabled(&app, &format!("Edit {day}")));

    app.get_by_label("Infusions").click();
    app.run();
    app.get_by_label_contains("Adding or changing infusions is not available");
    assert!(is_disabled(&app, "Add infusion"), "Add infusion is offered");
    let infusion = days_ago(10).to_string();
    assert!(is_disabled(&app, &format!("Delete infusion of {infusion}")));

    app.get_by_label("Report").click();
    app.run();
    app.get_by_label_contains("Importing is not available");
    assert!(is_disabled(&app, "Choose a file to import…"));
    assert!(is_disabled(&app, "Preview import"));

    // Nothing said "Nothing was saved": nothing was offered that would have been refused.
    assert!(app.query_by_label_contains("Nothing was saved").is_none());
    drop(app);
    assert_eq!(std::fs::read(&journal.path).unwrap(), before);
}

#[test]
fn the_view_starts_right_below_the_banner_with_no_empty_band() {
    let journal = journal();
    let app = journal.app_read_only(View::Today);
    let banner = app.get_by_label_contains("READ-ONLY").rect();
    let first = app.get_by_label("< Previous day").rect();
    assert!(
        first.top() - banner.bottom() < 20.0,
        "an empty band between the banner (bottom {}) and the view (top {})",
        banner.bottom(),
        first.top()
    );
}
