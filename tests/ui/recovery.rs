//! A journal that cannot be opened: the app explains it, offers the newest backup, and restores
//! it without overwriting the damaged file.
#![allow(clippy::unwrap_used)]

use crate::common_ui::{TestJournal, days_ago};
use crate::damaged::{damaged_files, replace_journal};
use egui_kittest::kittest::{NodeT, Queryable};
use relief_journal::store::BackupReason;
use relief_journal::ui::View;

#[test]
fn a_damaged_journal_is_set_aside_and_the_latest_backup_restored() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 6), (days_ago(2), 4)]);
    let now = chrono::NaiveDateTime::parse_from_str("2026-11-27 20:00", "%Y-%m-%d %H:%M").unwrap();
    journal.store().backup(now, BackupReason::Manual).unwrap();
    for side in ["journal.db-wal", "journal.db-shm"] {
        let _ = std::fs::remove_file(journal.dir.path().join(side));
    }
    std::fs::write(&journal.path, b"this is not a database").unwrap();

    let mut app = journal.app(View::Today);
    app.get_by_label("Your journal could not be opened");
    app.get_by_label("Restore the latest backup").click();
    app.run();

    assert!(
        !app.state()
            .notice()
            .is_some_and(|notice| notice.contains("could not"))
    );
    assert_eq!(journal.saved_entry(days_ago(1)).unwrap().pain.get(), 6);
    assert_eq!(journal.saved_entry(days_ago(2)).unwrap().pain.get(), 4);
    let set_aside: Vec<_> = std::fs::read_dir(journal.dir.path())
        .unwrap()
        .map(|item| item.unwrap().path())
        .filter(|path| path.to_string_lossy().contains(".set-aside-"))
        .collect();
    assert_eq!(set_aside.len(), 1, "{set_aside:?}");
    assert_eq!(
        std::fs::read(&set_aside[0]).unwrap(),
        b"this is not a database"
    );
}

#[test]
fn without_a_backup_only_trying_again_is_offered() {
    let journal = TestJournal::missing();
    std::fs::write(&journal.path, b"my shopping list").unwrap();
    let app = journal.app(View::Today);
    app.get_by_label("Your journal could not be opened");
    assert!(app.query_by_label("Restore the latest backup").is_none());
    app.get_by_label("Try again");
    assert_eq!(std::fs::read(&journal.path).unwrap(), b"my shopping list");
}

#[test]
fn every_kind_of_unusable_file_is_refused_untouched_and_the_latest_backup_offered() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 6)]);
    let now = chrono::NaiveDateTime::parse_from_str("2026-11-27 20:00", "%Y-%m-%d %H:%M").unwrap();
    journal.store().backup(now, BackupReason::Manual).unwrap();
    for damaged in damaged_files() {
        replace_journal(&journal.path, &damaged.bytes);
        let app = journal.app(View::Today);
        app.get_by_label("Your journal could not be opened");
        assert!(
            app.query_by_label_contains(damaged.reason).is_some(),
            "{}: the reason is not shown",
            damaged.kind
        );
        app.get_by_label("Restore the latest backup");
        drop(app);
        assert_eq!(
            std::fs::read(&journal.path).unwrap(),
            damaged.bytes,
            "{} changed",
            damaged.kind
        );
    }
}

#[test]
fn a_read_only_journal_is_shown_with_a_banner_and_nothing_is_saved() {
    let journal =
        TestJournal::with_entries(&[(days_ago(3), 6), (days_ago(2), 5), (days_ago(1), 4)]);
    let before = std::fs::read(&journal.path).unwrap();
    let backups = relief_journal::store::list_backups(&journal.path)
        .unwrap()
        .len();
    let mut app = journal.app_read_only(View::Today);
    assert!(
        app.query_by_label("Your journal could not be opened")
            .is_none()
    );
    assert!(app.query_by_label("Restore the latest backup").is_none());
    assert!(
        app.query_by_label_contains("READ-ONLY").is_some(),
        "no read-only banner"
    );
    assert!(
        app.get_by_label("Save").accesskit_node().is_disabled(),
        "Save can be pressed"
    );

    // History still shows the days; Delete is shown as unavailable, so nothing is asked.
    app.get_by_label("History").click();
    app.run();
    let day = days_ago(2);
    let delete_label = format!("Delete {day}");
    let delete = app.get_by_label(&delete_label);
    assert!(delete.accesskit_node().is_disabled(), "Delete is offered");
    delete.click();
    app.run();
    assert!(app.query_by_label("Delete the entry").is_none());
    drop(app);
    assert_eq!(journal.saved_entry(day).unwrap().pain.get(), 5);
    assert_eq!(std::fs::read(&journal.path).unwrap(), before);
    assert_eq!(
        relief_journal::store::list_backups(&journal.path)
            .unwrap()
            .len(),
        backups,
        "a backup was taken of a read-only journal"
    );
}
