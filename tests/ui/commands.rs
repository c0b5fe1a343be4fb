//! The command table seen from the keyboard: hints worded for the system, and each key doing
//! what its hint says.

use crate::common_ui::{TestJournal, days_ago, today};
use eframe::egui::{Key, Modifiers, os::OperatingSystem};
use egui_kittest::kittest::Queryable;
use relief_journal::ui::View;

/// The Today view's visible hint about saving, naming `shortcut`.
fn save_hint(shortcut: &str) -> String {
    format!("Your typical pain today. Type a digit or click a number, then save ({shortcut}).")
}

#[test]
fn hints_read_ctrl_here_and_cmd_on_macos() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);
    app.get_by_label(&save_hint("Ctrl+S"));

    app.ctx.set_os(OperatingSystem::Mac);
    app.run();
    // egui words Cmd as the ⌘ symbol when the font has it, and as "Cmd" otherwise.
    let mac = [save_hint("Cmd+S"), save_hint("⌘S")];
    assert!(
        mac.iter().any(|hint| app.query_by_label(hint).is_some()),
        "no hint reads Cmd+S or ⌘S"
    );
    assert!(app.query_by_label(&save_hint("Ctrl+S")).is_none());
}

#[test]
fn the_day_keys_change_the_day_and_never_pass_today() {
    let journal = TestJournal::with_entries(&[(days_ago(1), 4)]);
    let mut app = journal.app(View::Today);
    let yesterday = format!("Pain on {}", days_ago(1).format("%a %-d %b"));

    app.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    app.run();
    app.get_by_label(&yesterday);

    app.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    app.run();
    app.get_by_label("Pain today");
    // Not past today.
    app.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    app.run();
    app.get_by_label("Pain today");

    for _ in 0..3 {
        app.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
        app.run();
    }
    app.get_by_label(&format!("Pain on {}", days_ago(3).format("%a %-d %b")));
    app.key_press_modifiers(Modifiers::ALT, Key::Home);
    app.run();
    app.get_by_label("Pain today");
    assert_eq!(app.state().today(), today());
}

#[test]
fn ctrl_z_undoes_a_delete_outside_text_fields() {
    let journal = TestJournal::with_entries(&[(days_ago(2), 5), (days_ago(1), 4)]);
    let mut app = journal.app(View::History);
    let day = days_ago(2);
    app.get_by_label(&format!("Delete {day}")).click();
    app.run();
    app.get_by_label("Delete the entry").click();
    app.run();
    assert_eq!(journal.saved_entry(day), None);

    app.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    app.run();
    assert_eq!(journal.saved_entry(day).unwrap().pain.get(), 5);
}

#[test]
fn the_views_keys_follow_the_side_bar_order() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);
    let keys = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
    ];
    for (view, key) in View::ALL.into_iter().zip(keys).rev() {
        app.key_press_modifiers(Modifiers::COMMAND, key);
        app.run();
        assert_eq!(app.state().view(), Some(view));
    }
}

#[test]
fn the_zoom_keys_work_before_a_journal_exists() {
    let journal = TestJournal::missing();
    let mut app = journal.app(View::Today);
    assert!(app.state().is_welcome());
    app.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    app.run();
    assert_eq!(app.ctx.zoom_factor(), 1.1);
    app.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    app.run();
    app.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    app.run();
    assert_eq!(app.ctx.zoom_factor(), 0.9);
}
