//! Another process writing the journal: the open app picks the change up when its window
//! regains focus.
#![allow(clippy::unwrap_used)]

use crate::common_ui::{TestJournal, days_ago};
use eframe::egui;
use egui_kittest::kittest::Queryable;
use relief_journal::domain::{Entry, Score};
use relief_journal::ui::View;

/// How the calendar names a day.
fn day_label(date: chrono::NaiveDate) -> String {
    date.format("%a %-d %b %Y").to_string()
}

#[test]
fn a_write_by_another_process_shows_when_the_window_regains_focus() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 5)]);
    let mut app = journal.app(View::History);
    let day = days_ago(3);
    app.get_by_label(&format!("{}: nothing logged", day_label(day)));

    // A second writer, as the command line would be.
    journal
        .store()
        .save_entry(&Entry::new(day, Score::new("pain", 7).unwrap()))
        .unwrap();
    app.run();
    app.get_by_label(&format!("{}: nothing logged", day_label(day)));

    app.event(egui::Event::WindowFocused(true));
    app.run();
    app.get_by_label(&format!("{}: pain 7", day_label(day)));
}
