//! Every word the window shows comes through the text layer: in the pseudo-locale (`en-XA`)
//! every message is bracketed and its letters accented, so a word outside brackets in the
//! accessibility tree is one that bypassed `i18n/`. Walks the welcome, the setup, the lock
//! screen and every view on a demo journal written in the pseudo-locale (its made-up notes,
//! tags and clinic come from the text layer too).
#![allow(clippy::unwrap_used)]

use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use relief_journal::demo::demo_journal;
use relief_journal::domain::{LANGUAGES, Locale};
use relief_journal::store::{Passphrase, Store, change_protection};
use relief_journal::ui::{ReliefApp, View};
use relief_journal::wording::language::{language_name, with_locale};

use crate::common_ui::{TestJournal, today};

const PSEUDO: &str = "en-XA";

/// The text of `text` outside brackets, where a word means it bypassed the text layer; `None`
/// when there is no word there (numbers, punctuation, nothing).
fn bare_words(text: &str) -> Option<String> {
    let mut outside = String::new();
    let mut depth = 0usize;
    for character in text.chars() {
        match character {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            other if depth == 0 => outside.push(other),
            _ => {}
        }
    }
    let has_word = outside
        .split(|c: char| !c.is_alphabetic())
        .any(|word| word.chars().count() >= 2);
    has_word.then_some(outside)
}

/// The words the frame hands to screen readers outside the text layer. Names and values are
/// read in the order of the tree and joined, since a label wrapped over several lines reaches
/// the tree line by line (its brackets on different lines). Not words of the app: keyboard
/// shortcuts as egui names them (`Ctrl+S`), paths of files (`/tmp/…/journal.db`) and each
/// language's own name in a language menu (`Español`), which is the same in every language.
fn bypassing(app: &Harness<'_, ReliefApp>) -> Vec<String> {
    let texts: Vec<String> = app
        .root()
        .children_recursive()
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value(), node.description()]
        })
        .flatten()
        .map(|text| text.to_string())
        .collect();
    let joined = texts.join("\n");
    let mut words = Vec::new();
    let mut depth = 0usize;
    let mut outside = String::new();
    for character in joined.chars() {
        match character {
            '[' => {
                if depth == 0 {
                    words.push(std::mem::take(&mut outside));
                }
                depth += 1;
            }
            ']' => depth = depth.saturating_sub(1),
            other if depth == 0 => outside.push(other),
            _ => {}
        }
    }
    words.push(outside);
    words
        .into_iter()
        .flat_map(|piece| piece.split('\n').map(str::to_owned).collect::<Vec<_>>())
        .map(|line| {
            line.split_whitespace()
                .filter(|word| !is_shortcut(word) && !word.contains('/'))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|line| bare_words(line).is_some())
        .filter(|line| {
            !LANGUAGES
                .iter()
                .any(|language| *line == language_name(*language))
        })
        .collect()
}

/// A keyboard shortcut as egui names it: `Ctrl+S`, `Ctrl+Shift+Z`, `Alt+Left`.
fn is_shortcut(word: &str) -> bool {
    word.contains('+')
        && word
            .split('+')
            .next()
            .is_some_and(|first| ["Ctrl", "Shift", "Alt", "Cmd", "Option"].contains(&first))
}

fn app_on_pseudo(journal: &TestJournal, view: View) -> Harness<'static, ReliefApp> {
    journal.app_on_system(view, &[PSEUDO])
}

/// A two-year demo journal written as the app writes it for a patient in the pseudo-locale.
fn pseudo_demo() -> TestJournal {
    let journal = TestJournal::empty();
    let demo = with_locale(Locale::parse(PSEUDO).unwrap(), || {
        demo_journal(today(), 2, 7)
    });
    journal.store().replace_journal(&demo).unwrap();
    journal
}

#[test]
fn the_guard_tells_bracketed_text_from_bare_words() {
    assert_eq!(bare_words("[Páíñ tóódááy]"), None);
    assert_eq!(bare_words("[Dáy [3] óf [9]]: 6"), None);
    assert_eq!(bare_words("12 / 30 %"), None);
    assert_eq!(bare_words("[Páíñ] today").as_deref(), Some(" today"));
    assert!(bare_words("Save").is_some());
}

#[test]
fn every_view_speaks_only_through_the_text_layer() {
    let journal = pseudo_demo();
    let mut found = Vec::new();
    for view in View::ALL {
        let app = app_on_pseudo(&journal, view);
        assert!(
            app.root().children_recursive().next().is_some(),
            "{view:?} shows nothing"
        );
        found.extend(
            bypassing(&app)
                .into_iter()
                .map(|text| format!("{view:?}: {text:?}")),
        );
    }
    assert!(
        found.is_empty(),
        "text outside the text layer:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_welcome_setup_and_lock_screen_speak_only_through_the_text_layer() {
    let missing = TestJournal::missing();
    let welcome = app_on_pseudo(&missing, View::Today);
    let mut found: Vec<String> = bypassing(&welcome)
        .into_iter()
        .map(|text| format!("welcome: {text:?}"))
        .collect();
    drop(welcome);

    let empty = TestJournal::empty();
    let setup = app_on_pseudo(&empty, View::Today);
    found.extend(
        bypassing(&setup)
            .into_iter()
            .map(|text| format!("setup: {text:?}")),
    );
    drop(setup);

    let protected = TestJournal::empty();
    Store::open(&protected.path).unwrap();
    change_protection(
        &protected.path,
        None,
        Some(&Passphrase::new("correct horse battery").unwrap()),
        today().and_hms_opt(9, 0, 0).unwrap(),
    )
    .unwrap();
    let lock = app_on_pseudo(&protected, View::Today);
    found.extend(
        bypassing(&lock)
            .into_iter()
            .map(|text| format!("lock: {text:?}")),
    );

    assert!(
        found.is_empty(),
        "text outside the text layer:\n{}",
        found.join("\n")
    );
}
