//! The Settings view: thresholds persist, reset restores defaults, display applies at once, and
//! a change never reverts what another program changed meanwhile.
#![allow(clippy::unwrap_used)]

use crate::common_ui::{TestJournal, enter_into};
use eframe::egui::accesskit::Toggled;
use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use relief_journal::domain::{AnalysisSettings, Theme};
use relief_journal::ui::View;

#[test]
fn a_changed_threshold_is_there_after_reopening() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Settings);

    app.get_by_label("Meaningful relief (%)")
        .set_value_accesskit(35.0);
    app.run();
    // Saved as it is made: no Save button to find.
    assert!(app.query_by_label("Save settings").is_none());
    assert_eq!(app.state().notice(), Some("Settings saved."));
    drop(app);

    assert_eq!(
        journal
            .store()
            .settings()
            .unwrap()
            .analysis
            .meaningful_relief_pct,
        35.0
    );
    let app = journal.app(View::Settings);
    assert_eq!(
        app.get_by_label("Meaningful relief (%)").value().as_deref(),
        Some("35 %")
    );
}

#[test]
fn reset_restores_the_default_thresholds() {
    let journal = TestJournal::empty();
    {
        let mut store = journal.store();
        let mut settings = store.settings().unwrap();
        settings.analysis.persistence_days = 10;
        settings.analysis.series_gap_days = 3;
        store.save_settings(&settings).unwrap();
    }
    let mut app = journal.app(View::Settings);

    app.get_by_label("Reset thresholds to defaults").click();
    app.run();

    assert_eq!(
        journal.store().settings().unwrap().analysis,
        AnalysisSettings::default()
    );
}

#[test]
fn an_invalid_combination_is_explained_and_not_saved() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Settings);

    app.get_by_label("Meaningful relief (%)")
        .set_value_accesskit(60.0);
    app.run();

    app.get_by_label_contains("Not saved: substantial_relief_pct");
    app.get_by_label("Settings (unsaved changes)");
    assert_eq!(
        journal
            .store()
            .settings()
            .unwrap()
            .analysis
            .meaningful_relief_pct,
        30.0
    );
}

#[test]
fn theme_and_text_size_apply_and_save_at_once() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Settings);

    app.get_by_label("Dark").click();
    app.run();
    app.get_by_label("Text size 150%").click();
    app.run();

    let settings = journal.store().settings().unwrap();
    assert_eq!(settings.theme, Theme::Dark);
    assert_eq!(settings.text_scale, 1.5);
    assert_eq!(app.ctx.theme(), eframe::egui::Theme::Dark);
    assert_eq!(app.ctx.zoom_factor(), 1.5);
}

#[test]
fn the_zoom_keys_change_the_saved_text_size_too() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Settings);
    app.get_by_label("Text size 200%").click();
    app.run();
    assert_eq!(journal.store().settings().unwrap().text_scale, 2.0);

    // Ctrl+0, egui's own key for the default size: the settings follow, and so does the
    // selector.
    app.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    app.run();
    assert_eq!(app.ctx.zoom_factor(), 1.0);
    assert_eq!(journal.store().settings().unwrap().text_scale, 1.0);
    assert_eq!(
        app.get_by_label("Text size 100%")
            .accesskit_node()
            .toggled(),
        Some(Toggled::True)
    );

    // Ctrl+plus beyond 200% stays at the largest size the settings allow.
    for _ in 0..12 {
        app.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        app.run();
    }
    assert_eq!(journal.store().settings().unwrap().text_scale, 2.0);
    assert_eq!(app.ctx.zoom_factor(), 2.0);
}

#[test]
fn a_typed_value_out_of_range_is_refused_explained_and_the_value_kept() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Settings);
    let field = "Days before an infusion forming a pre-infusion baseline";

    enter_into(&mut app, field, "50");

    app.get_by_label(
        "Days before an infusion forming a pre-infusion baseline: \"50\" is not allowed; \
         expected a whole number from 3 to 28. Kept 7.",
    );
    assert_eq!(app.get_by_label(field).value().as_deref(), Some("7"));
    assert_eq!(
        journal.store().settings().unwrap().analysis.baseline_days,
        7
    );
}

/// Every number field of Settings, with the range it allows as its message says it.
const SETTINGS_NUMBER_FIELDS: [(&str, &str); 9] = [
    ("A new journal day starts at", "a whole number from 0 to 12"),
    ("Meaningful relief (%)", "a number from 5 to 95"),
    ("Substantial relief (%)", "a number from 5 to 95"),
    (
        "Days below a threshold before relief counts as lost",
        "a whole number from ",
    ),
    (
        "Days before an infusion forming a pre-infusion baseline",
        "a whole number from 3 to 28",
    ),
    ("Logged days a week needs to count", "a whole number from "),
    (
        "Most days between infusions of one series",
        "a whole number from ",
    ),
    (
        "Days before the next infusion that count as ending early",
        "a whole number from ",
    ),
    ("Keep backups for", "a whole number from 1 to 365"),
];

#[test]
fn every_number_field_of_settings_refuses_bad_input_in_words_and_changes_nothing() {
    let journal = TestJournal::empty();
    let before = journal.store().settings().unwrap();
    for (field, allowed) in SETTINGS_NUMBER_FIELDS {
        // A fresh view for each field, its field in view.
        let mut app = journal.app(View::Settings);
        let whole = allowed.starts_with("a whole");
        let shown = app.get_by_label(field).value();
        for typed in ["abc", "2.5", "100000", "-3"] {
            if typed == "2.5" && !whole {
                continue;
            }
            enter_into(&mut app, field, typed);
            let message = format!("{field}: \"{typed}\" is not allowed; expected {allowed}");
            let said = app
                .get_by_label_contains(&message)
                .accesskit_node()
                .label()
                .or_else(|| app.get_by_label_contains(&message).accesskit_node().value())
                .unwrap_or_default();
            assert!(said.contains(". Kept "), "{said}");
            assert_eq!(
                app.get_by_label(field).value(),
                shown,
                "{field} after {typed:?}"
            );
            assert_eq!(
                journal.store().settings().unwrap(),
                before,
                "{field} after {typed:?}"
            );
        }
    }
}

#[test]
fn the_remembered_baseline_refuses_bad_input_in_words_and_changes_nothing() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Settings);
    app.get_by_label_contains("(remembered baseline)").click();
    app.run();
    let before = journal.store().settings().unwrap();
    assert_eq!(before.baseline_pain, Some(7.0));
    let field = "Remembered baseline pain";
    for typed in ["abc", "100000", "-3", "0.5"] {
        enter_into(&mut app, field, typed);
        app.get_by_label_contains(&format!(
            "{field}: \"{typed}\" is not allowed; expected a number from 1 to 10. Kept 7"
        ));
        assert_eq!(
            journal.store().settings().unwrap(),
            before,
            "after {typed:?}"
        );
    }
    enter_into(&mut app, field, "6.5");
    assert!(app.query_by_label_contains("is not allowed").is_none());
    assert_eq!(journal.store().settings().unwrap().baseline_pain, Some(6.5));
}

#[test]
fn a_typed_word_is_refused_and_the_value_kept() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Settings);
    let field = "Keep backups for";

    enter_into(&mut app, field, "lots");

    app.get_by_label(
        "Keep backups for: \"lots\" is not allowed; expected a whole number from 1 to 365. \
         Kept 14.",
    );
    enter_into(&mut app, field, "30");
    assert!(app.query_by_label_contains("is not allowed").is_none());
    assert_eq!(journal.store().settings().unwrap().backup_keep_days, 30);
}

/// Replaces the five characters of the reminder's time field with `text`.
fn retype_reminder_time(
    app: &mut egui_kittest::Harness<'_, relief_journal::ui::ReliefApp>,
    text: &str,
) {
    app.get_by_label("Reminder time (HH:MM)").click();
    app.run();
    app.key_press(Key::End);
    for _ in 0..5 {
        app.key_press(Key::Backspace);
    }
    app.get_by_label("Reminder time (HH:MM)").type_text(text);
    app.run();
}

/// The reminder's units in the test journal's folder.
fn reminder_units(journal: &TestJournal) -> [std::path::PathBuf; 2] {
    let units = journal.dir.path().join("config/systemd/user");
    [
        units.join("relief-journal-reminder.timer"),
        units.join("relief-journal-reminder.service"),
    ]
}

#[test]
fn the_reminder_switch_installs_the_timer_and_removes_all_of_it() {
    let journal = TestJournal::empty();
    let [timer, service] = reminder_units(&journal);
    let mut app = journal.app_with_reminders(View::Settings);
    let switch = app.get_by_label("Remind me to log at");
    assert_eq!(
        switch.accesskit_node().toggled(),
        Some(Toggled::False),
        "off by default"
    );
    assert_eq!(
        app.get_by_label("Reminder time (HH:MM)").value().as_deref(),
        Some("20:00")
    );
    assert!(!timer.exists());

    app.get_by_label("Remind me to log at").click();
    app.run();
    assert_eq!(
        app.state().notice(),
        Some("Reminder on: at 20:00 on days with no entry, even when the app is closed.")
    );
    assert_eq!(
        app.get_by_label("Remind me to log at")
            .accesskit_node()
            .toggled(),
        Some(Toggled::True)
    );
    let timer_text = std::fs::read_to_string(&timer).unwrap();
    assert!(
        timer_text.contains("\nOnCalendar=*-*-* 20:00:00\n"),
        "{timer_text}"
    );
    let service_text = std::fs::read_to_string(&service).unwrap();
    assert!(
        service_text.contains(&format!("\"--db\" \"{}\"", journal.path.display())),
        "{service_text}"
    );
    // The reminder is the system's, not the journal's: a new start reads it back.
    drop(app);
    let mut app = journal.app_with_reminders(View::Settings);
    assert_eq!(
        app.get_by_label("Remind me to log at")
            .accesskit_node()
            .toggled(),
        Some(Toggled::True)
    );

    app.get_by_label("Remind me to log at").click();
    app.run();
    assert_eq!(
        app.state().notice(),
        Some("Reminder off; nothing of it is left on this computer.")
    );
    assert!(!timer.exists() && !service.exists());
    assert!(!journal.dir.path().join("config/systemd").exists());
}

#[test]
fn a_reminder_time_that_is_not_hh_mm_is_explained_and_nothing_installed() {
    let journal = TestJournal::empty();
    let [timer, _] = reminder_units(&journal);
    let mut app = journal.app_with_reminders(View::Settings);
    retype_reminder_time(&mut app, "8pm");
    app.get_by_label("Remind me to log at").click();
    app.run();
    app.get_by_label_contains("\"8pm\" is not allowed; expected a time of day as HH:MM");
    assert!(!timer.exists());
    assert_eq!(
        app.get_by_label("Remind me to log at")
            .accesskit_node()
            .toggled(),
        Some(Toggled::False)
    );
}

#[test]
fn the_first_run_offers_the_reminder_once() {
    let journal = TestJournal::missing();
    let [timer, _] = reminder_units(&journal);
    let mut app = journal.app_with_reminders(View::Today);
    assert!(app.query_by_label("Turn the reminder on").is_none());
    app.get_by_label("Not yet: start my journal").click();
    app.run();
    app.get_by_label("Turn the reminder on").click();
    app.run();
    assert!(timer.exists());
    assert!(app.query_by_label("Turn the reminder on").is_none());
    drop(app);

    // Not offered again on the next start.
    let app = journal.app_with_reminders(View::Today);
    assert!(app.query_by_label("Turn the reminder on").is_none());
}

#[test]
fn declining_the_first_run_offer_installs_nothing() {
    let journal = TestJournal::missing();
    let [timer, _] = reminder_units(&journal);
    let mut app = journal.app_with_reminders(View::Today);
    app.get_by_label("Not yet: start my journal").click();
    app.run();
    app.get_by_label("No reminder").click();
    app.run();
    assert!(app.query_by_label("No reminder").is_none());
    assert!(!timer.exists());
    assert!(!journal.dir.path().join("config").exists());
}

#[test]
fn the_reminder_is_offered_after_the_treatment_questions_not_over_them() {
    let journal = TestJournal::missing();
    let mut app = journal.app_with_reminders(View::Today);
    app.get_by_label("Yes: set up my journal").click();
    app.run();
    assert!(app.query_by_label("Turn the reminder on").is_none());
    app.get_by_label("Skip for now").click();
    app.run();
    app.get_by_label("Turn the reminder on");
    app.get_by_label("No reminder").click();
    app.run();
    assert!(app.query_by_label("Turn the reminder on").is_none());
}

#[test]
fn a_new_time_typed_while_the_reminder_is_on_moves_it() {
    let journal = TestJournal::empty();
    let [timer, _] = reminder_units(&journal);
    let mut app = journal.app_with_reminders(View::Settings);
    app.get_by_label("Remind me to log at").click();
    app.run();
    assert!(
        std::fs::read_to_string(&timer)
            .unwrap()
            .contains("OnCalendar=*-*-* 20:00:00")
    );

    retype_reminder_time(&mut app, "7:45");
    app.key_press(Key::Enter);
    app.run();
    assert_eq!(
        app.state().notice(),
        Some("Reminder on: at 07:45 on days with no entry, even when the app is closed.")
    );
    let timer_text = std::fs::read_to_string(&timer).unwrap();
    assert!(
        timer_text.contains("\nOnCalendar=*-*-* 07:45:00\n"),
        "{timer_text}"
    );
    assert_eq!(
        app.get_by_label("Reminder time (HH:MM)").value().as_deref(),
        Some("07:45")
    );
}

#[test]
fn the_infusion_eve_switch_adds_the_reminder_the_day_before_a_planned_infusion() {
    let journal = TestJournal::empty();
    let [_, service] = reminder_units(&journal);
    let mut app = journal.app_with_reminders(View::Settings);
    app.get_by_label("Remind me to log at").click();
    app.run();
    assert!(
        !std::fs::read_to_string(&service)
            .unwrap()
            .contains("--infusion-eve")
    );

    app.get_by_label("and the day before a planned infusion")
        .click();
    app.run();
    assert_eq!(
        app.state().notice(),
        Some(
            "Reminder on: at 20:00 on days with no entry and the day before a planned infusion, \
             even when the app is closed."
        )
    );
    let service_text = std::fs::read_to_string(&service).unwrap();
    assert!(
        service_text.contains("\"remind\" \"--infusion-eve\"\n"),
        "{service_text}"
    );

    app.get_by_label("and the day before a planned infusion")
        .click();
    app.run();
    assert!(
        !std::fs::read_to_string(&service)
            .unwrap()
            .contains("--infusion-eve")
    );
}

#[test]
fn choosing_spanish_words_the_app_in_spanish_at_once_and_keeps_the_choice() {
    let journal = TestJournal::with_entries(&[(crate::common_ui::today(), 4)]);
    let mut app = journal.app(View::Settings);
    app.get_by_label("Today");

    app.get_by_label("Español").click();
    app.run();

    // No restart: the side bar, this view and its notice are in Spanish from the next frame.
    app.get_by_label("Hoy");
    app.get_by_label("Historial");
    assert_eq!(
        app.get_all_by_label("Configuración").count(),
        2,
        "the side bar and the heading"
    );
    app.get_by_label("Umbrales del análisis");
    assert!(app.query_by_label("Today").is_none());
    assert_eq!(app.state().notice(), Some("Se guardó la configuración."));
    assert_eq!(app.state().locale().language().tag, "es");
    assert_eq!(journal.store().settings().unwrap().language, "es");

    // The Today view follows: its day is named in Spanish.
    app.get_by_label("Hoy").click();
    app.run();
    assert_eq!(app.state().view(), Some(View::Today));
    assert!(
        app.query_by_label_contains("28 nov 2026").is_some(),
        "the day shown in Today is written in Spanish"
    );

    // The next start speaks Spanish from the first frame, whatever the system's language.
    drop(app);
    let app = journal.app(View::Today);
    app.get_by_label("Hoy");
}

#[test]
fn every_control_of_settings_in_spanish_can_be_reached() {
    let unreachable = crate::common_ui::reach::unreachable_in_language(View::Settings, "es");
    assert!(unreachable.is_empty(), "{}", unreachable.join("\n"));
}

/// Imports, through the built binary, a journal file that sets the remembered baseline to
/// `baseline` and carries nothing else: another program writing while the app is open.
fn import_baseline_elsewhere(journal: &TestJournal, baseline: f64) {
    let mut file = journal.store().journal().unwrap();
    file.entries.clear();
    file.infusions.clear();
    file.settings.baseline_pain = Some(baseline);
    let path = journal.dir.path().join("from-elsewhere.json");
    std::fs::write(&path, relief_journal::exchange::journal_to_json(&file)).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_relief-journal"))
        .arg("--db")
        .arg(&journal.path)
        .args(["--today", &crate::common_ui::today().to_string(), "import"])
        .arg(&path)
        .env_remove("RELIEF_JOURNAL_DB")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        journal.store().settings().unwrap().baseline_pain,
        Some(baseline)
    );
}

#[test]
fn a_settings_change_never_reverts_what_an_import_set_meanwhile() {
    let journal = TestJournal::with_entries(&[(crate::common_ui::days_ago(1), 5)]);
    let mut app = journal.app(View::Settings);
    app.run();
    // The window keeps the focus: the app is not told the journal changed.
    import_baseline_elsewhere(&journal, 6.5);
    app.get_by_label("Dark").click();
    app.run();
    let settings = journal.store().settings().unwrap();
    assert_eq!(settings.theme, Theme::Dark);
    assert_eq!(settings.baseline_pain, Some(6.5));

    // A name being typed while the journal changes elsewhere and the window takes the focus
    // again: the name is saved, the other change stays.
    app.get_by_label("Patient name for reports").click();
    app.run();
    app.get_by_label("Patient name for reports")
        .type_text("Ana");
    app.run();
    import_baseline_elsewhere(&journal, 7.0);
    app.event(eframe::egui::Event::WindowFocused(true));
    app.run();
    assert_eq!(journal.store().settings().unwrap().patient_name, "");
    app.key_press(Key::Enter);
    app.run();
    let settings = journal.store().settings().unwrap();
    assert_eq!(settings.patient_name, "Ana");
    assert_eq!(settings.baseline_pain, Some(7.0));
    assert_eq!(settings.theme, Theme::Dark);

    // The zoom keys save the text size alone too.
    import_baseline_elsewhere(&journal, 4.0);
    app.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    app.run();
    let settings = journal.store().settings().unwrap();
    assert!(settings.text_scale > 1.0);
    assert_eq!(settings.baseline_pain, Some(4.0));
}

#[test]
fn where_the_system_cannot_remind_settings_say_why_and_what_to_do_with_details_folded() {
    let journal = TestJournal::empty();
    let scheduler = journal.scheduler_without_session();
    let mut app = journal.app_with_scheduler(View::Settings, scheduler);
    app.get_by_label_contains("This computer cannot show a daily reminder right now");
    app.get_by_label_contains("an alarm on your phone or a reminder in your calendar");
    assert!(app.query_by_label("Remind me to log at").is_none());
    // What the system said is there for whoever helps, folded away.
    assert!(
        app.query_by_label_contains("No medium found").is_none(),
        "the diagnostics are shown unfolded"
    );
    app.get_by_label("Details for whoever helps with this computer")
        .click();
    app.run();
    app.get_by_label_contains("What the system said:");
    app.get_by_label_contains("No medium found");
}

#[test]
fn where_the_system_cannot_remind_the_first_run_says_so_as_a_step() {
    let journal = TestJournal::missing();
    let scheduler = journal.scheduler_without_session();
    let mut app = journal.app_with_scheduler(View::Today, scheduler);
    app.get_by_label("Not yet: start my journal").click();
    app.run();
    app.get_by_label("Step 1 of 2");
    app.get_by_label("A daily reminder?");
    app.get_by_label_contains("This computer cannot show a daily reminder right now");
    assert!(app.query_by_label("Turn the reminder on").is_none());
    assert!(app.query_by_label_contains("No medium found").is_none());
    app.get_by_label("Continue").click();
    app.run();
    app.get_by_label("Step 2 of 2");
    app.get_by_label("Protect your journal with a passphrase?");
    app.get_by_label("Not now").click();
    app.run();
    app.get_by_label("Pain 5");
    assert!(!journal.dir.path().join("config").exists());
}

#[test]
fn choosing_a_view_skips_the_first_run_steps_left() {
    let journal = TestJournal::missing();
    let mut app = journal.app_with_reminders(View::Today);
    app.get_by_label("Yes: set up my journal").click();
    app.run();
    app.get_by_label("Step 1 of 3");
    app.get_by_label("Skip for now").click();
    app.run();
    app.get_by_label("Step 2 of 3");
    app.get_by_label("History").click();
    app.run();
    assert!(app.query_by_label("Turn the reminder on").is_none());
    assert!(
        app.query_by_label("Protect your journal with a passphrase?")
            .is_none()
    );
    assert_eq!(app.state().view(), Some(View::History));
}
