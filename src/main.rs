//! The `relief-journal` binary: parse arguments, then run a subcommand or the desktop app.

// On Windows: no console window for the desktop app; see `relief_journal::platform`.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use clap::Parser;
use relief_journal::cli::{self, Cli};
use relief_journal::domain::{Clock, FixedClock, Locale, SystemClock, parse_date};
use relief_journal::t;
use relief_journal::ui::{self, AppConfig};
use relief_journal::wording::language::set_process_locale;

fn main() -> ExitCode {
    let started = Instant::now();
    relief_journal::platform::attach_console();
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let system = relief_journal::platform::system_locales();
    match cli::starting_locale(&cli, &system) {
        Ok(locale) => set_process_locale(locale),
        Err(error) => {
            // Refused in the system's language, the one the person is likely to read.
            set_process_locale(Locale::from_preferences(&system));
            let message = cli::unknown_language(&error);
            eprintln!("{}", t!("cli-error-line", message = message));
            return ExitCode::from(2);
        }
    }
    let Some(command) = &cli.command else {
        return run_app(&cli, started);
    };
    match cli::run(&cli, command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{}", t!("cli-error-line", message = error.to_string()));
            ExitCode::from(error.exit_code())
        }
    }
}

/// Opens the desktop app on the chosen journal and view.
fn run_app(cli: &Cli, started: Instant) -> ExitCode {
    let journal_path = match cli::journal_path(cli) {
        Ok(path) => path,
        Err(error) => {
            eprintln!("{}", t!("cli-error-line", message = error.to_string()));
            return ExitCode::from(error.exit_code());
        }
    };
    let clock: Arc<dyn Clock> = match &cli.today {
        Some(text) => match parse_date("today", text) {
            Ok(date) => Arc::new(FixedClock::at_noon(date)),
            Err(error) => {
                eprintln!("{}", t!("cli-error-line", message = error.to_string()));
                return ExitCode::from(2);
            }
        },
        None => Arc::new(SystemClock),
    };
    let start_view = match cli.view.parse::<ui::View>() {
        Ok(view) => view,
        Err(error) => {
            eprintln!("{}", t!("cli-error-line", message = error.to_string()));
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
        system_locales: cli
            .lang
            .clone()
            .map_or_else(relief_journal::platform::system_locales, |lang| vec![lang]),
    };
    match ui::run(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{}", t!("cli-error-line", message = error.to_string()));
            ExitCode::FAILURE
        }
    }
}
