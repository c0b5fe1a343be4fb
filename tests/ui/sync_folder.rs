//! Two computers in the app: the Sync folder section, the merge report with Undo, the offer of
//! a conflicted copy beside the journal, and the warning about a journal in a synced folder.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use crate::common_ui::{TestJournal, days_ago, today, type_into};
use eframe::egui;
use egui_kittest::kittest::Queryable;
use relief_journal::domain::{Entry, Score};
use relief_journal::store::{Computer, Store};
use relief_journal::sync::sync_with_folder;
use relief_journal::ui::View;

fn entry(date: chrono::NaiveDate, pain: i64) -> Entry {
    Entry::new(date, Score::new("pain", pain).unwrap())
}

/// The laptop's journal in `root`, with these days, synced into `folder`.
fn laptop_syncs(root: &Path, folder: &Path, days: &[(chrono::NaiveDate, i64)]) {
    let mut laptop = Store::open(&root.join("laptop.db")).unwrap();
    laptop
        .use_computer(&Computer::new("laptop-id", "laptop").unwrap())
        .unwrap();
    for (day, pain) in days {
        laptop.save_entry(&entry(*day, *pain)).unwrap();
    }
    sync_with_folder(&mut laptop, folder, chrono::Local::now().naive_local()).unwrap();
}

#[test]
fn choosing_a_sync_folder_merges_the_other_computer_and_the_merge_can_be_undone() {
    let journal = TestJournal::with_entries(&[(days_ago(3), 5)]);
    let other = tempfile::tempdir().unwrap();
    let folder = other.path().join("Sync");
    std::fs::create_dir_all(&folder).unwrap();
    // The laptop changed the same day later, without having seen this computer's entry.
    laptop_syncs(other.path(), &folder, &[(days_ago(3), 8), (days_ago(2), 4)]);

    // Tall enough to show the Sync folder section, the last of Settings.
    let mut app = journal.app_sized(View::Settings, today(), egui::vec2(1200.0, 2600.0));
    app.get_by_label("No sync folder is chosen: this journal is on this computer only.");
    type_into(&mut app, "Folder path", folder.to_str().unwrap());
    app.get_by_label("Use this folder").click();
    app.run();
    app.state_mut().wait_for_sync();
    app.run();

    app.get_by_label("Changes from your other computers");
    app.get_by_label("From laptop:");
    app.get_by_label(&format!(
        "Added 1 day: {}.",
        relief_journal::wording::date(days_ago(2))
    ));
    app.get_by_label(&format!(
        "The change of {} from laptop is newer and was kept; this computer's is in Undo.",
        relief_journal::wording::date(days_ago(3))
    ));
    assert_eq!(journal.saved_entry(days_ago(3)).unwrap().pain.get(), 8);
    assert!(journal.saved_entry(days_ago(2)).is_some());
    app.get_by_label("Syncs with:");
    assert!(
        app.query_by_label_contains("laptop: last seen").is_some(),
        "the laptop is listed with when it was last seen"
    );
    let snapshots = std::fs::read_dir(&folder).unwrap().count();
    assert_eq!(
        snapshots, 2,
        "this computer wrote its own snapshot beside the laptop's"
    );

    app.get_by_label("Undo the merge").click();
    app.run();
    assert_eq!(journal.saved_entry(days_ago(3)).unwrap().pain.get(), 5);
    assert!(journal.saved_entry(days_ago(2)).is_none());
    app.state_mut().wait_for_sync();
    app.run();
}

#[test]
fn a_conflicted_copy_beside_the_journal_is_offered_merged_and_set_aside() {
    let journal = TestJournal::with_entries(&[(days_ago(3), 5)]);
    let copy = journal
        .dir
        .path()
        .join("journal (laptop's conflicted copy 2026-11-20).db");
    {
        let mut store = Store::open(&copy).unwrap();
        store.save_entry(&entry(days_ago(5), 2)).unwrap();
    }
    let mut app = journal.app(View::Today);
    app.get_by_label("A conflicted copy of this journal is beside it");
    app.get_by_label("Merge into this journal").click();
    app.run();
    app.state_mut().wait_for_sync();
    app.run();
    assert_eq!(journal.saved_entry(days_ago(5)).unwrap().pain.get(), 2);
    assert_eq!(journal.saved_entry(days_ago(3)).unwrap().pain.get(), 5);
    app.get_by_label("Set it aside").click();
    app.run();
    assert!(!copy.exists());
    let aside = std::fs::read_dir(journal.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .any(|item| {
            item.file_name()
                .to_string_lossy()
                .contains("conflicted copy 2026-11-20).db.set-aside-")
        });
    assert!(aside, "the copy is kept under another name");
    assert!(app.query_by_label("Merge into this journal").is_none());
}

#[test]
fn a_journal_in_a_synced_folder_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("OneDrive").join("journal.db");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    Store::open(&path).unwrap();
    let journal = TestJournal { dir, path };
    let mut app = journal.app(View::Today);
    let warning = app
        .query_by_label_contains("a folder that OneDrive keeps in sync")
        .is_some();
    assert!(warning, "the warning names the service");
    app.get_by_label("Dismiss").click();
    app.run();
    assert!(
        app.query_by_label_contains("a folder that OneDrive keeps in sync")
            .is_none()
    );
}
