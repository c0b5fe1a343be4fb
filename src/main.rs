//! The `relief-journal` binary: parse arguments, then run a subcommand or the desktop app.

// On Windows: no console window for the desktop app; see `relief_journal::platform`.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use clap::Parser;
use relief_journal::cli::{self, Cli};
use relief_journal::domain::{Clock, FixedClock, SystemClock, parse_date};
use relief_journal::ui::{self, AppConfig};

fn main() -> ExitCode {
    let started = Instant::now();
    relief_journal::platform::attach_console();
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let Some(command) = &cli.command else {
        return run_app(&cli, started);
    };
    match cli::run(&cli, command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}

/// Opens the desktop app on the chosen journal and view.
fn run_app(cli: &Cli, started: Instant) -> ExitCode {
    let journal_path = match cli::journal_path(cli) {
        Ok(path) => path,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(error.exit_code());
        }
    };
    let clock: Arc<dyn Clock> = match &cli.today {
        Some(text) => match parse_date("today", text) {
            Ok(date) => Arc::new(FixedClock::at_noon(date)),
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::from(2);
            }
        },
        None => Arc::new(SystemClock),
    };
    let start_view = match cli.view.parse::<ui::View>() {
        Ok(view) => view,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    // Argument errors above still reach the terminal; the window must not depend on it.
    relief_journal::platform::detach_console();
    let config = AppConfig {
        journal_path,
        clock,
        start_view,
        screenshot: cli.screenshot.clone(),
        started,
        reminders: relief_journal::reminders::Scheduler::for_current_user().ok(),
        read_only: cli.read_only,
    };
    match ui::run(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
