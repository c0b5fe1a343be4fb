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

/// Runs `relief-journal --db DB --today TODAY ARGS...` and returns its output.
pub fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_relief-journal"))
        .arg("--db")
        .arg(db)
        .args(["--today", TODAY])
        .args(args)
        .env_remove("RELIEF_JOURNAL_DB")
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
