//! A journal protected by a passphrase in the app: the lock screen at start, a wrong
//! passphrase, Ctrl+L and the auto-lock on an injected clock, a draft kept across a lock, and
//! nothing of the journal in the accessibility tree while locked.
#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};
use std::time::Instant;

use chrono::NaiveDateTime;
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use relief_journal::domain::{Clock, Entry, Score};
use relief_journal::store::{BackupReason, Passphrase, Store, change_protection};
use relief_journal::ui::{AppConfig, ReliefApp, View};

use crate::common_ui::{TestJournal, days_ago, enter_into, request_close, today, type_into};

const SECRET: &str = "quiet otter";

/// The idle time a journal locks after unless its settings say otherwise, in minutes.
const DEFAULT_IDLE_MINUTES: i64 = 10;

/// A clock the test moves forward.
struct SteppedClock(Mutex<NaiveDateTime>);

impl Clock for SteppedClock {
    fn now(&self) -> NaiveDateTime {
        *self.0.lock().unwrap()
    }
}

impl SteppedClock {
    fn advance(&self, minutes: i64) {
        *self.0.lock().unwrap() += chrono::Duration::minutes(minutes);
    }
}

/// A journal with a week of entries, one with a note, protected by [`SECRET`].
fn protected_journal() -> TestJournal {
    let journal = TestJournal::empty();
    let mut store = journal.store();
    for day in 1..=7 {
        let mut entry = Entry::new(days_ago(day), Score::new("pain", 5).unwrap());
        entry.note = format!("private note {day}");
        store.save_entry(&entry).unwrap();
    }
    drop(store);
    let now = today().and_hms_opt(9, 0, 0).unwrap();
    change_protection(
        &journal.path,
        None,
        Some(&Passphrase::new(SECRET).unwrap()),
        now,
    )
    .unwrap();
    journal
}

fn app(journal: &TestJournal, clock: Arc<SteppedClock>) -> Harness<'static, ReliefApp> {
    // English, whatever the machine's language.
    app_on_system(journal, clock, Vec::new())
}

/// The app on a system whose preferred locales are `system_locales`.
fn app_on_system(
    journal: &TestJournal,
    clock: Arc<SteppedClock>,
    system_locales: Vec<String>,
) -> Harness<'static, ReliefApp> {
    let config = AppConfig {
        journal_path: journal.path.clone(),
        clock,
        start_view: View::Today,
        screenshot: None,
        started: Instant::now(),
        // No system scheduler is asked in these tests.
        reminders: None,
        read_only: false,
        system_locales,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 900.0))
        .build_eframe(move |cc| ReliefApp::new(cc, config));
    harness.run();
    harness
}

fn clock() -> Arc<SteppedClock> {
    Arc::new(SteppedClock(Mutex::new(
        today().and_hms_opt(12, 0, 0).unwrap(),
    )))
}

fn unlock(app: &mut Harness<'_, ReliefApp>, passphrase: &str) {
    type_into(app, "Passphrase", passphrase);
    app.get_by_label("Unlock").click();
    app.run();
}

/// Every name and value in the accessibility tree.
fn accessible_text(app: &Harness<'_, ReliefApp>) -> Vec<String> {
    app.root()
        .children_recursive()
        .filter_map(|node| {
            let node = node.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .filter(|text| !text.is_empty())
        .collect()
}

fn assert_only_the_lock_screen(app: &Harness<'_, ReliefApp>) {
    let texts = accessible_text(app);
    assert!(texts.iter().any(|text| text == "Unlock"), "{texts:?}");
    for text in &texts {
        for journal_word in [
            "Today",
            "History",
            "Pain",
            "private note",
            "Infusions",
            "Save",
        ] {
            assert!(
                !text.contains(journal_word),
                "{text:?} is shown while locked: {texts:?}"
            );
        }
    }
}

#[test]
fn a_protected_journal_opens_on_the_lock_screen_and_unlocks() {
    let journal = protected_journal();
    let mut app = app(&journal, clock());
    assert!(app.state().is_locked());
    assert_eq!(app.state().view(), None);
    assert_only_the_lock_screen(&app);
    app.check_accessibility();
    unlock(&mut app, SECRET);
    assert!(!app.state().is_locked());
    assert_eq!(app.state().view(), Some(View::Today));
}

#[test]
fn a_wrong_passphrase_says_so_and_changes_nothing() {
    let journal = protected_journal();
    let before = std::fs::read(&journal.path).unwrap();
    let mut app = app(&journal, clock());
    unlock(&mut app, "loud otter");
    assert!(app.state().is_locked());
    let message = app.state().lock_message().unwrap().to_owned();
    assert!(message.contains("does not open this journal"), "{message}");
    assert!(app.query_by_label_contains("does not open").is_some());
    assert_only_the_lock_screen(&app);
    drop(app);
    assert_eq!(std::fs::read(&journal.path).unwrap(), before);
}

#[test]
fn the_journal_locks_after_the_idle_time_and_keeps_a_draft() {
    let journal = protected_journal();
    let clock = clock();
    let mut app = app(&journal, clock.clone());
    unlock(&mut app, SECRET);
    app.get_by_label("Pain 6").click();
    app.run();
    // One minute short of the idle time: still open.
    clock.advance(DEFAULT_IDLE_MINUTES - 1);
    app.run();
    assert!(!app.state().is_locked());
    // The deadline is the only repaint asked for.
    let delay = app.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert!(
        delay <= std::time::Duration::from_secs(60) && delay > std::time::Duration::from_secs(50),
        "{delay:?}"
    );
    clock.advance(1);
    app.run();
    assert!(app.state().is_locked());
    assert_only_the_lock_screen(&app);
    unlock(&mut app, "not it");
    assert!(app.state().is_locked());
    unlock(&mut app, SECRET);
    assert!(!app.state().is_locked());
    // The unsaved pain score came back with the journal.
    app.get_by_label("Save").click();
    app.run();
    drop(app);
    let store = Store::open_with(&journal.path, Some(&Passphrase::new(SECRET).unwrap())).unwrap();
    assert_eq!(store.entry(today()).unwrap().unwrap().pain.get(), 6);
}

#[test]
fn an_idle_time_of_zero_never_locks_by_itself() {
    let journal = protected_journal();
    let passphrase = Passphrase::new(SECRET).unwrap();
    let mut store = Store::open_with(&journal.path, Some(&passphrase)).unwrap();
    let mut settings = store.settings().unwrap();
    settings.auto_lock_minutes = 0;
    store.save_settings(&settings).unwrap();
    drop(store);
    let clock = clock();
    let mut app = app(&journal, clock.clone());
    unlock(&mut app, SECRET);
    clock.advance(24 * 60);
    app.run();
    assert!(!app.state().is_locked());
}

#[test]
fn ctrl_l_locks_at_once() {
    let journal = protected_journal();
    let mut app = app(&journal, clock());
    unlock(&mut app, SECRET);
    app.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    app.run();
    assert!(app.state().is_locked());
    assert_only_the_lock_screen(&app);
}

#[test]
fn a_plain_journal_never_locks() {
    let journal = TestJournal::empty();
    let clock = clock();
    let mut app = app(&journal, clock.clone());
    app.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    clock.advance(DEFAULT_IDLE_MINUTES * 3);
    app.run();
    assert!(!app.state().is_locked());
    assert_eq!(app.state().view(), Some(View::Today));
}

#[test]
fn forgot_it_keeps_the_old_file_and_starts_a_new_journal() {
    let journal = protected_journal();
    let before = std::fs::read(&journal.path).unwrap();
    let mut app = app(&journal, clock());
    app.get_by_label("Forgot it?").click();
    app.run();
    assert!(app.query_by_label_contains("Nobody can recover").is_some());
    app.get_by_label("Start a new journal, keeping the old file")
        .click();
    app.run();
    assert!(app.state().is_welcome());
    let kept: Vec<_> = std::fs::read_dir(journal.dir.path())
        .unwrap()
        .map(|item| item.unwrap().path())
        .filter(|path| {
            path.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("journal.db.set-aside-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read(&kept[0]).unwrap(), before);
    assert!(!journal.path.exists());
}

#[test]
fn a_forgotten_journal_comes_back_whole_from_settings_with_its_passphrase() {
    let journal = protected_journal();
    let old = relief_journal::exchange::journal_to_json(
        &Store::open_with(&journal.path, Some(&Passphrase::new(SECRET).unwrap()))
            .unwrap()
            .journal()
            .unwrap(),
    );
    let mut app = app(&journal, clock());
    app.get_by_label("Forgot it?").click();
    app.run();
    assert!(
        app.query_by_label_contains("If you remember the passphrase later")
            .is_some()
    );
    app.get_by_label("Start a new journal, keeping the old file")
        .click();
    app.run();
    app.get_by_label("Not yet: start my journal").click();
    app.run();
    app.get_by_label("Not now").click();
    app.run();
    assert_eq!(app.state().view(), Some(View::Today));
    app.get_by_label("Settings").click();
    app.run();
    assert!(app.query_by_label_contains("Journals kept aside").is_some());
    app.get_by_label("Restore this journal").scroll_to_me();
    app.run();
    app.get_by_label("Restore this journal").click();
    app.run();
    // The journal's passphrase (none) does not open the kept file: its own is asked for.
    assert!(
        app.query_by_label_contains("This file has another passphrase")
            .is_some()
    );
    type_into(&mut app, "Passphrase of the file", "loud otter");
    app.get_by_label("Restore it").click();
    app.run();
    assert!(
        app.query_by_label_contains("does not open this file either")
            .is_some()
    );
    assert!(is_plain(&journal));
    // The remembered passphrase restores it.
    type_into(&mut app, "Passphrase of the file", SECRET);
    app.get_by_label("Restore it").click();
    app.run();
    assert!(
        app.query_by_label_contains("This file has another passphrase")
            .is_none()
    );
    assert_eq!(app.state().view(), Some(View::Settings));
    assert!(
        app.state().notice().unwrap().contains("protected again"),
        "{:?}",
        app.state().notice()
    );
    assert!(!is_plain(&journal));
    let restored = relief_journal::exchange::journal_to_json(
        &Store::open_with(&journal.path, Some(&Passphrase::new(SECRET).unwrap()))
            .unwrap()
            .journal()
            .unwrap(),
    );
    assert_eq!(restored, old);
    // The reminder's side file follows the restore: the kept journal's days, for the file there.
    let logged = relief_journal::store::read_logged_days(&journal.path)
        .unwrap()
        .unwrap();
    assert!(logged.says_logged(&journal.path, days_ago(1)));
    assert!(!logged.says_logged(&journal.path, today()));
    // No log or index is left beside the kept journal, nor beside the journal once closed.
    drop(app);
    let left: Vec<String> = std::fs::read_dir(journal.dir.path())
        .unwrap()
        .map(|item| item.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with("-wal") || name.ends_with("-shm"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// Runs the app until a passphrase being set, changed or removed is done: the conversion runs
/// on a thread of its own while the window keeps drawing its progress.
fn run_past_progress(app: &mut Harness<'static, ReliefApp>) {
    let started = std::time::Instant::now();
    app.step();
    while app.state().is_changing_passphrase() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(120),
            "the passphrase change never ended"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
        app.step();
    }
    app.run();
}

/// Draws frames until the progress of encrypting the journal shows, within a few frames (egui
/// lays a new window out unseen in its first frame).
fn step_until_progress_shows(app: &mut Harness<'static, ReliefApp>) {
    let mut frames = 0;
    while app
        .query_by_label("Encrypting your journal and its backups…")
        .is_none()
    {
        assert!(frames < 4, "no progress shown");
        app.step();
        frames += 1;
    }
}

fn is_plain(journal: &TestJournal) -> bool {
    std::fs::read(&journal.path)
        .unwrap()
        .starts_with(b"SQLite format 3\0")
}

#[test]
fn settings_protect_change_and_remove_the_passphrase() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 4), (days_ago(2), 6)]);
    let mut app = app(&journal, clock());
    app.get_by_label("Settings").click();
    app.run();
    // Typed differently twice: nothing happens but a message.
    type_into(&mut app, "New passphrase", SECRET);
    type_into(&mut app, "New passphrase again", "quiet otters");
    app.get_by_label("Protect this journal").click();
    run_past_progress(&mut app);
    assert!(
        app.query_by_label_contains("The two new passphrases differ")
            .is_some()
    );
    assert!(is_plain(&journal));

    type_into(&mut app, "New passphrase", SECRET);
    type_into(&mut app, "New passphrase again", SECRET);
    app.get_by_label("Protect this journal").click();
    run_past_progress(&mut app);
    assert!(!is_plain(&journal));
    assert_eq!(app.state().view(), Some(View::Settings));
    assert!(app.state().notice().unwrap().contains("now encrypted"));

    // A wrong current passphrase changes nothing.
    let before = std::fs::read(&journal.path).unwrap();
    type_into(&mut app, "Current passphrase", "loud otter");
    app.get_by_label("Remove the passphrase").click();
    run_past_progress(&mut app);
    assert!(
        app.state()
            .notice()
            .unwrap()
            .contains("not this journal's current passphrase")
    );
    assert_eq!(std::fs::read(&journal.path).unwrap(), before);

    type_into(&mut app, "Current passphrase", SECRET);
    type_into(&mut app, "New passphrase", "second secret");
    type_into(&mut app, "New passphrase again", "second secret");
    app.get_by_label("Change the passphrase").click();
    run_past_progress(&mut app);
    assert!(app.state().notice().unwrap().contains("now encrypted"));
    let second = Passphrase::new("second secret").unwrap();
    assert_eq!(
        Store::open_with(&journal.path, Some(&second))
            .unwrap()
            .entries()
            .unwrap()
            .len(),
        2
    );

    type_into(&mut app, "Current passphrase", "second secret");
    app.get_by_label("Remove the passphrase").click();
    run_past_progress(&mut app);
    assert!(app.state().notice().unwrap().contains("plain files again"));
    assert!(is_plain(&journal));
    assert_eq!(journal.store().entries().unwrap().len(), 2);
}

#[test]
fn starting_a_journal_offers_the_passphrase_as_a_step_with_its_progress_shown() {
    let journal = TestJournal::missing();
    let mut app = app(&journal, clock());
    app.get_by_label("Not yet: start my journal").click();
    app.run();
    app.get_by_label("Protect your journal with a passphrase?");
    app.get_by_label("Not now");
    assert!(is_plain(&journal));

    type_into(&mut app, "New passphrase", SECRET);
    type_into(&mut app, "New passphrase again", "quiet otters");
    app.get_by_label("Protect this journal").click();
    run_past_progress(&mut app);
    app.get_by_label_contains("The two new passphrases differ");

    // While the journal and its backups are encrypted, that is shown, and the old error is not.
    type_into(&mut app, "New passphrase", SECRET);
    type_into(&mut app, "New passphrase again", SECRET);
    app.get_by_label("Protect this journal").click();
    step_until_progress_shows(&mut app);
    assert!(
        app.query_by_label_contains("The two new passphrases differ")
            .is_none(),
        "the old error stays on screen while the passphrase is set"
    );
    run_past_progress(&mut app);
    assert!(!is_plain(&journal));
    assert!(
        app.query_by_label("Encrypting your journal and its backups…")
            .is_none()
    );
    let notice = app.state().notice().unwrap().to_owned();
    assert!(notice.contains("now encrypted"), "{notice}");
    assert!(!notice.contains("converted"), "{notice}");
    // The setup is over: Today is shown.
    app.get_by_label("Pain 5");
}

#[test]
fn the_lock_screen_asks_for_no_repaint_while_idle() {
    let journal = protected_journal();
    let mut app = app(&journal, clock());
    for attempt in ["", "loud otter"] {
        if !attempt.is_empty() {
            unlock(&mut app, attempt);
        }
        app.step();
        app.step();
        let delay = app.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
        assert!(
            delay > std::time::Duration::from_secs(60),
            "{attempt:?}: {delay:?}"
        );
    }
}

#[test]
fn the_lock_screen_reads_in_spanish_on_a_spanish_system() {
    let journal = protected_journal();
    let mut app = app_on_system(&journal, clock(), vec!["es_MX.UTF-8".to_owned()]);
    assert!(app.state().is_locked());

    app.get_by_label("Este diario está bloqueado");
    app.get_by_label("Está protegido con una contraseña. Escríbala para abrir el diario.");
    type_into(&mut app, "Contraseña", "loud otter");
    app.get_by_label("Desbloquear").click();
    app.run();
    assert_eq!(
        app.state().lock_message(),
        Some(
            "Esa contraseña no abre este diario. No se cambió nada; inténtelo de nuevo (la \
             contraseña distingue mayúsculas y minúsculas)."
        )
    );

    app.get_by_label("¿La olvidó?").click();
    app.run();
    app.get_by_label_contains("Nadie puede recuperar una contraseña olvidada");
    app.get_by_label("Empezar diario nuevo y conservar el anterior");

    type_into(&mut app, "Contraseña", SECRET);
    app.get_by_label("Desbloquear").click();
    app.run();
    assert_eq!(app.state().view(), Some(View::Today));
}

#[test]
fn the_idle_minutes_refuse_bad_input_in_words_and_keep_the_time() {
    // "-3" used to become 0, which turned the auto-lock off without a word.
    let journal = protected_journal();
    let mut app = app(&journal, clock());
    unlock(&mut app, SECRET);
    app.get_by_label("Settings").click();
    app.run();
    let field = "Lock after this many idle minutes";
    for typed in ["abc", "2.5", "100000", "-3"] {
        enter_into(&mut app, field, typed);
        app.get_by_label(&format!(
            "{field}: \"{typed}\" is not allowed; expected a whole number from 0 to 240. Kept 10."
        ));
        assert_eq!(app.get_by_label(field).value().as_deref(), Some("10"));
    }
    enter_into(&mut app, field, "0");
    assert!(app.query_by_label_contains("is not allowed").is_none());
    drop(app);
    let store = Store::open_with(&journal.path, Some(&Passphrase::new(SECRET).unwrap())).unwrap();
    assert_eq!(store.settings().unwrap().auto_lock_minutes, 0);
}

#[test]
fn the_window_answers_while_the_passphrase_is_set_and_closes_only_once_it_is_done() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 4), (days_ago(2), 6)]);
    let store = journal.store();
    for hour in 8..11 {
        let at = days_ago(1).and_hms_opt(hour, 0, 0).unwrap();
        assert!(store.backup(at, BackupReason::Manual).unwrap().is_some());
    }
    drop(store);
    let mut app = app(&journal, clock());
    app.get_by_label("Settings").click();
    app.run();
    type_into(&mut app, "New passphrase", SECRET);
    type_into(&mut app, "New passphrase again", SECRET);
    app.get_by_label("Protect this journal").click();
    app.step();
    assert!(app.state().is_changing_passphrase());
    // Frames keep coming while the journal and its backups are converted: each file's key is
    // derived slowly on purpose, so this takes a while, and the window must not freeze.
    step_until_progress_shows(&mut app);
    let mut frames_while_working = 0;
    // Asked to close meanwhile: the window stays until the files are converted.
    request_close(&mut app);
    let started = std::time::Instant::now();
    while app.state().is_changing_passphrase() {
        assert!(!app.state().is_closing(), "closed with the files half-way");
        assert!(started.elapsed() < std::time::Duration::from_secs(120));
        std::thread::sleep(std::time::Duration::from_millis(5));
        app.step();
        frames_while_working += 1;
    }
    assert!(frames_while_working > 1, "{frames_while_working}");
    assert!(!is_plain(&journal));
    assert!(app.state().notice().unwrap().contains("now encrypted"));
    assert!(
        app.state().is_closing(),
        "the close asked for meanwhile was dropped"
    );
}
