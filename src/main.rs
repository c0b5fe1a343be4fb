//! The `relief-journal` binary: parse arguments, then run a subcommand or the desktop app.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use relief_journal::cli::{self, Cli};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let Some(command) = &cli.command else {
        // The desktop app is not part of this build yet; show what the command line offers.
        let _ = Cli::command().print_help();
        return ExitCode::SUCCESS;
    };
    match cli::run(&cli, command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}
