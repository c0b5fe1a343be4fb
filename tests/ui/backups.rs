//! Backups in the Settings view: listed, taken on request, and restored.
#![allow(clippy::unwrap_used)]

use crate::common_ui::{TestJournal, days_ago};
use egui_kittest::kittest::Queryable;
use relief_journal::domain::{Entry, Score};
use relief_journal::store::{BackupReason, list_backups};
use relief_journal::ui::View;

#[test]
fn settings_list_a_backup_taken_on_request() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 5)]);
    let mut app = journal.app(View::Settings);
    // The daily backup was taken when the journal opened.
    assert_eq!(list_backups(&journal.path).unwrap().len(), 1);
    app.get_by_label("Back up now").click();
    app.run();
    let backups = list_backups(&journal.path).unwrap();
    assert_eq!(backups.len(), 2);
    assert!(backups.iter().any(|backup| backup.reason == "manual"));
    assert_eq!(app.get_all_by_label("Restore").count(), 2);
}

#[test]
fn restoring_a_backup_brings_back_its_entries_and_keeps_the_current_journal() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 5)]);
    let mut app = journal.app(View::Settings);
    // Another writer changes the day after the daily backup was taken.
    journal
        .store()
        .save_entry(&Entry::new(days_ago(1), Score::new("pain", 9).unwrap()))
        .unwrap();

    app.get_by_label("Restore").click();
    app.run();

    assert_eq!(journal.saved_entry(days_ago(1)).unwrap().pain.get(), 5);
    let reasons: Vec<String> = list_backups(&journal.path)
        .unwrap()
        .into_iter()
        .map(|backup| backup.reason)
        .collect();
    assert!(
        reasons.iter().any(|reason| reason == "before-restore"),
        "{reasons:?}"
    );
}

#[test]
fn settings_word_why_each_backup_was_taken() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 5)]);
    let now = chrono::Local::now().naive_local();
    let store = journal.store();
    for reason in [BackupReason::BeforeMerge, BackupReason::Manual] {
        store.backup(now, reason).unwrap();
    }
    drop(store);
    let app = journal.app(View::Settings);
    for worded in ["before a merge", "on request", "daily"] {
        assert!(app.query_by_label(worded).is_some(), "{worded} is listed");
    }
    assert!(app.query_by_label("before-merge").is_none());
}
