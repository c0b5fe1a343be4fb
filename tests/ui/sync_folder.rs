//! Two computers in the app: the Sync folder section, the merge report with Undo, the offer of
//! a conflicted copy beside the journal, and the warning about a journal in a synced folder.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use crate::common_ui::reach::label_shown_whole;
use crate::common_ui::{TestJournal, days_ago, today, type_into};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use relief_journal::domain::{Entry, Score};
use relief_journal::store::{Computer, Store};
use relief_journal::sync::sync_with_folder;
use relief_journal::ui::{ReliefApp, View};

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

/// Types `folder` into Settings' Sync folder section, uses it, and waits for the sync it starts.
fn use_folder(app: &mut Harness<'static, ReliefApp>, folder: &Path) {
    type_into(app, "Folder path", folder.to_str().unwrap());
    app.get_by_label("Use this folder").click();
    app.run();
    app.state_mut().wait_for_sync();
    app.run();
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
    use_folder(&mut app, &folder);

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
    // The undo is applied after the frame and starts a sync of its own, whose end repaints:
    // wait for it rather than for a number of frames a busy machine may not keep to.
    app.step();
    app.state_mut().wait_for_sync();
    app.run();
    assert_eq!(journal.saved_entry(days_ago(3)).unwrap().pain.get(), 5);
    assert!(journal.saved_entry(days_ago(2)).is_none());
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

#[test]
fn a_day_changed_after_a_merge_ends_its_undo_so_the_change_stays() {
    let journal = TestJournal::with_entries(&[(days_ago(3), 5)]);
    let other = tempfile::tempdir().unwrap();
    let folder = other.path().join("Sync");
    std::fs::create_dir_all(&folder).unwrap();
    laptop_syncs(other.path(), &folder, &[(days_ago(2), 4)]);

    let mut app = journal.app_sized(View::Settings, today(), egui::vec2(1200.0, 2600.0));
    use_folder(&mut app, &folder);
    app.get_by_label("Undo the merge");

    // The patient corrects the day the laptop brought.
    app.get_by_label("Today").click();
    app.run();
    app.get_by_label("< Previous day").click();
    app.run();
    app.get_by_label("< Previous day").click();
    app.run();
    app.get_by_label("Pain 1").click();
    app.run();
    app.get_by_label("Save").click();
    app.run();
    app.state_mut().wait_for_sync();
    app.run();

    assert!(
        app.query_by_label("Undo the merge").is_none() && app.query_by_label("Undo").is_none(),
        "Undo would delete the day just corrected, the merge having added it"
    );
    assert_eq!(journal.saved_entry(days_ago(2)).unwrap().pain.get(), 1);
}

#[test]
fn a_merge_of_many_days_changed_on_both_leaves_the_view_and_its_buttons_in_sight() {
    let days: Vec<_> = (2..42).map(|back| (days_ago(back), 5)).collect();
    let journal = TestJournal::with_entries(&days);
    let other = tempfile::tempdir().unwrap();
    let folder = other.path().join("Sync");
    std::fs::create_dir_all(&folder).unwrap();
    // The laptop logged every one of those days too, later, without having seen them.
    let laptop_days: Vec<_> = days.iter().map(|(day, _)| (*day, 8)).collect();
    laptop_syncs(other.path(), &folder, &laptop_days);
    {
        let mut store = journal.store();
        relief_journal::sync::set_sync_folder(&mut store, Some(&folder)).unwrap();
    }

    let mut app = journal.app_sized(View::Today, today(), egui::vec2(800.0, 600.0));
    app.state_mut().wait_for_sync();
    app.run();
    app.run();
    assert!(
        app.query_by_label("40 days were changed on both computers since they last synced:")
            .is_some()
    );
    for label in ["Undo the merge", "Save", "Pain 5"] {
        assert!(label_shown_whole(&app, label), "{label} is in sight");
    }
}

/// With a folder this computer cannot write its copy into, the other computer's changes are
/// still merged and reported, and the window says the sync did not finish, and why.
#[test]
fn a_copy_that_cannot_be_written_is_said_beside_the_merge() {
    let journal = TestJournal::with_entries(&[(days_ago(3), 5)]);
    let other = tempfile::tempdir().unwrap();
    let folder = other.path().join("Sync");
    std::fs::create_dir_all(&folder).unwrap();
    laptop_syncs(other.path(), &folder, &[(days_ago(2), 4)]);
    // A folder where this computer's copy goes blocks its write, as a read-only folder would
    // (the tests may run as root, whom file modes do not stop).
    let own_copy = folder.join(relief_journal::sync::snapshot_name(
        journal.store().computer().id(),
    ));
    std::fs::create_dir(&own_copy).unwrap();

    let mut app = journal.app_sized(View::Settings, today(), egui::vec2(1200.0, 2600.0));
    use_folder(&mut app, &folder);

    app.get_by_label("From laptop:");
    assert!(journal.saved_entry(days_ago(2)).is_some());
    assert!(
        app.query_by_label_contains(
            "The sync did not finish: this computer's copy could not be written"
        )
        .is_some(),
        "the window does not say the copy was not written"
    );
}
