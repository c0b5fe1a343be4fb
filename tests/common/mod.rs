//! Shared helpers for the integration tests: run the built binary against a journal file.
#![allow(dead_code, clippy::unwrap_used)]

pub mod utf16;

use std::path::Path;
use std::process::{Command, Output};

/// The fixed "today" the command-line tests run on.
pub const TODAY: &str = "2026-11-28";

/// Report options for `start` to `end` (YYYY-MM-DD) on `paper`, with the daily entries, no
/// patient name, generated on [`TODAY`].
pub fn report_options(
    start: &str,
    end: &str,
    paper: relief_journal::report::Paper,
) -> relief_journal::report::ReportOptions {
    let day = |text: &str| text.parse().unwrap();
    relief_journal::report::ReportOptions {
        period: relief_journal::charts::DateRange {
            start: day(start),
            end: day(end),
        },
        paper,
        include_daily: true,
        patient_name: String::new(),
        generated_on: day(TODAY),
    }
}

/// The environment variables that say which language the program speaks, its own first.
pub const LANGUAGE_VARIABLES: [&str; 5] = [
    "RELIEF_JOURNAL_LANG",
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
];

/// The built program, speaking American English whatever the machine's language
/// (`RELIEF_JOURNAL_LANG=en` and no system language), with no journal chosen by the
/// environment.
pub fn program() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_relief-journal"));
    for variable in LANGUAGE_VARIABLES {
        command.env_remove(variable);
    }
    command
        .env("RELIEF_JOURNAL_LANG", "en")
        .env_remove("RELIEF_JOURNAL_DB");
    command
}

/// The built program on a system whose language is `locale` (`LANG=locale`, as in
/// `es_MX.UTF-8` or `C`), with no other language variable set, so the program chooses its
/// language as it would on that system.
pub fn program_on_system(locale: &str) -> Command {
    let mut command = program();
    command
        .env_remove("RELIEF_JOURNAL_LANG")
        .env("LANG", locale);
    command
}

/// `program` with `--db DB --today TODAY ARGS...`.
fn with_journal(mut program: Command, db: &Path, args: &[&str]) -> Command {
    program
        .arg("--db")
        .arg(db)
        .args(["--today", TODAY])
        .args(args);
    program
}

/// Runs `relief-journal --db DB --today TODAY ARGS...` in English and returns its output.
pub fn run(db: &Path, args: &[&str]) -> Output {
    with_journal(program(), db, args).output().unwrap()
}

/// Runs `relief-journal --db DB --today TODAY ARGS...` on a system whose language is `locale`
/// (see [`program_on_system`]) and returns its output.
pub fn run_on_system(locale: &str, db: &Path, args: &[&str]) -> Output {
    with_journal(program_on_system(locale), db, args)
        .output()
        .unwrap()
}

/// Runs a command that must succeed and returns its standard output.
pub fn run_ok(db: &Path, args: &[&str]) -> String {
    let output = run(db, args);
    assert!(
        output.status.success(),
        "relief-journal {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The standard error of an output, as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A full dump of a journal: its JSON export (every entry, infusion and setting).
pub fn dump(db: &Path) -> String {
    let store = relief_journal::store::Store::open(db).unwrap();
    relief_journal::exchange::journal_to_json(&store.journal().unwrap())
}
