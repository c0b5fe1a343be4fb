//! The command line: one file per subcommand, all working on an opened [`Store`].
//!
//! Errors from bad input (a value out of range, a bad import file, a file that is not a
//! journal) exit with code 2 and one line on stderr naming the problem; nothing is written.

mod analyze;
mod backup;
mod chart;
mod delete;
mod demo;
mod export;
mod import;
mod infusion;
mod log;
mod merge;
mod passphrase;
mod remind;
mod reminders;
mod report;
mod restore;
mod sync;

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
use clap::{Parser, Subcommand};

use crate::domain::{
    Clock, FixedClock, LANGUAGES, Locale, LocaleError, SystemClock, ValidationError, journal_day,
    parse_date,
};
use crate::exchange::ImportError;
use crate::store::{Store, StoreError, default_journal_path};
use crate::t;
use crate::wording::language::set_process_locale;

/// The environment variable that sets the program's language, as `--lang` does.
pub const LANGUAGE_ENV_VAR: &str = "RELIEF_JOURNAL_LANG";

/// Relief Journal: log pain, sleep and mobility each day and see how relief decays between
/// ketamine infusions. Without a subcommand it opens the desktop app.
#[derive(Debug, Parser)]
#[command(name = "relief-journal", version, about, long_about = None)]
pub struct Cli {
    /// The journal file (default: the platform data directory).
    #[arg(long, global = true, env = crate::store::JOURNAL_ENV_VAR, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Open the journal for reading only: nothing is written to it or beside it, not even a
    /// backup (for looking at a copy or a backup without changing it).
    #[arg(long, global = true)]
    pub read_only: bool,

    /// Read the journal's passphrase from this file (its first line), for a journal protected
    /// by one. The RELIEF_JOURNAL_PASSPHRASE environment variable gives it too; otherwise it is
    /// asked for in a terminal. It is never taken as an argument, which other users could see.
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// The language of what the program says: en (English) or es (Spanish), optionally with a
    /// region for numbers (es-ES writes 6,5, es-MX 6.5). Default: the journal's setting, else
    /// the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, env = LANGUAGE_ENV_VAR, value_name = "LANG")]
    pub lang: Option<String>,

    /// The language to speak instead of the system's when neither --lang nor the journal's own
    /// setting names one (or the setting cannot be read without a passphrase). The reminder's
    /// job records it when the reminder is turned on; a tag the program does not speak is
    /// ignored.
    #[arg(long, hide = true, value_name = "LANG")]
    pub fallback_lang: Option<String>,

    /// Treat this date as today (YYYY-MM-DD); for reproducible runs and tests.
    #[arg(long, global = true, hide = true, value_name = "DATE")]
    pub today: Option<String>,

    /// The app view to start on: today, history, infusions, charts, report or settings.
    ///
    /// Only the app reads it; the binary turns the name into the app's view.
    #[arg(long, value_name = "NAME", default_value = "today")]
    pub view: String,

    /// Draw the first complete frame of the app, save it as a PNG here and exit.
    #[arg(long, value_name = "PATH")]
    pub screenshot: Option<PathBuf>,

    /// What to do; without one, the desktop app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log (or replace) one day's entry.
    Log(log::LogArgs),
    /// Record a done or planned infusion.
    Infusion(infusion::InfusionArgs),
    /// Import a .json journal, a .csv of entries or infusions, or any table of days (all or nothing).
    Import(import::ImportArgs),
    /// Export to .json (whole journal) or .csv (entries, or infusions with --infusions).
    Export(export::ExportArgs),
    /// Write a realistic demo journal ending today.
    Demo(demo::DemoArgs),
    /// Show how relief decayed in each infusion cycle, and the patterns flagged.
    Analyze(analyze::AnalyzeArgs),
    /// Draw a chart to a .png or .svg file.
    Chart(chart::ChartArgs),
    /// Write the appointment report as a PDF.
    Report(report::ReportArgs),
    /// Back up the journal now (or list its backups with --list).
    Backup(backup::BackupArgs),
    /// Replace the journal with a backup or a journal kept aside, after backing up the current
    /// journal.
    Restore(restore::RestoreArgs),
    /// Show a desktop notification when today is not logged (what the scheduled reminder runs).
    Remind(remind::RemindArgs),
    /// Turn the daily reminder to log on (--at HH:MM) or off, or show it (status).
    Reminders(reminders::RemindersArgs),
    /// Protect the journal and its backups with a passphrase, change it or remove it.
    Passphrase(passphrase::PassphraseArgs),
    /// Sync with a folder your sync service or a USB stick carries: merge the other computers'
    /// copies of the journal there, and write this computer's.
    Sync(sync::SyncArgs),
    /// Merge another journal file or a snapshot (a conflicted copy, say) into the journal.
    Merge(merge::MergeArgs),
    /// Delete a day's entry (or, with --infusion, the infusion of a day).
    Delete(delete::DeleteArgs),
}

/// Why a command failed, and with which exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The input was wrong (exit code 2); nothing was written.
    #[error("{0}")]
    BadInput(String),
    /// Something else went wrong (exit code 1).
    #[error("{0}")]
    Failure(String),
}

impl CliError {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::BadInput(_) => 2,
            Self::Failure(_) => 1,
        }
    }
}

impl From<ValidationError> for CliError {
    fn from(error: ValidationError) -> Self {
        Self::BadInput(error.to_string())
    }
}

impl From<ImportError> for CliError {
    fn from(error: ImportError) -> Self {
        match error {
            ImportError::Io { .. } => Self::Failure(error.to_string()),
            _ => Self::BadInput(error.to_string()),
        }
    }
}

impl From<StoreError> for CliError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Invalid(_)
            | StoreError::NotAJournal { .. }
            | StoreError::NewerSchema { .. }
            | StoreError::IsAFolder { .. }
            | StoreError::Protected { .. }
            | StoreError::WrongPassphrase { .. }
            | StoreError::RestorePassphrase { .. }
            | StoreError::NotProtected { .. }
            | StoreError::EmptyPassphrase
            | StoreError::Damaged { .. } => Self::BadInput(error.to_string()),
            _ => Self::Failure(error.to_string()),
        }
    }
}

/// Runs a subcommand.
///
/// # Errors
///
/// The subcommand's [`CliError`]: [`CliError::BadInput`] for wrong input (exit code 2),
/// [`CliError::Failure`] when the journal cannot be opened, read or written (exit code 1).
pub fn run(cli: &Cli, command: &Command) -> Result<(), CliError> {
    if let Ok(path) = journal_path(cli) {
        sync::warn_if_in_synced_folder(&path);
    }
    if let Command::Restore(args) = command {
        let path = writable_journal_path(cli)?;
        return restore::run(cli, &path, args, now(cli)?);
    }
    if let Command::Passphrase(args) = command {
        let path = writable_journal_path(cli)?;
        return passphrase::run(cli, &path, args, now(cli)?);
    }
    // Reminders never open the journal for writing, nor ask for its passphrase.
    match command {
        Command::Remind(args) => {
            let journal = journal_path(cli)?;
            apply_readable_journal_language(cli, &journal, None);
            let today = optional(cli.today.as_ref(), |text| parse_date("today", text))?;
            return remind::run(&journal, args, today, now(cli)?);
        }
        Command::Reminders(args) => {
            let journal = journal_path(cli)?;
            let given = passphrase::given(cli)?;
            apply_readable_journal_language(cli, &journal, given.as_ref());
            return reminders::run(&journal, args, now(cli)?);
        }
        _ => {}
    }
    let mut store = open_store(cli)?;
    apply_journal_language(cli, &store)?;
    if matches!(command, Command::Demo(_)) && store.is_protected() {
        return Err(CliError::BadInput(t!("cli-demo-protected")));
    }
    let today = today(cli, &store)?;
    match command {
        Command::Log(args) => log::run(&mut store, args, today),
        Command::Infusion(args) => infusion::run(&mut store, args, today),
        Command::Import(args) => import::run(&mut store, args, now(cli)?),
        Command::Export(args) => export::run(&store, args),
        Command::Demo(args) => demo::run(&mut store, args, today),
        Command::Analyze(args) => analyze::run(&store, args, today),
        Command::Chart(args) => chart::run(&store, args, today),
        Command::Report(args) => report::run(&store, args, today),
        Command::Backup(args) => backup::run(&store, args, now(cli)?),
        Command::Sync(args) => sync::run(&mut store, args, now(cli)?),
        Command::Merge(args) => merge::run(cli, &mut store, args, now(cli)?),
        Command::Delete(args) => delete::run(&mut store, args),
        // Handled above, before the journal is opened.
        Command::Restore(_)
        | Command::Remind(_)
        | Command::Reminders(_)
        | Command::Passphrase(_) => Ok(()),
    }
}

/// [`journal_path`] for a command that writes the journal without opening it through
/// [`open_store`] (restore, passphrase): refused with `--read-only`.
fn writable_journal_path(cli: &Cli) -> Result<PathBuf, CliError> {
    let path = journal_path(cli)?;
    if cli.read_only {
        return Err(StoreError::ReadOnly {
            reason: crate::store::ReadOnly::Requested(path),
        }
        .into());
    }
    Ok(path)
}

/// The journal file chosen by `--db`, `RELIEF_JOURNAL_DB` or the platform default.
///
/// # Errors
///
/// [`CliError::Failure`] when no path is given and the platform has no data folder.
pub fn journal_path(cli: &Cli) -> Result<PathBuf, CliError> {
    match &cli.db {
        Some(path) => Ok(path.clone()),
        None => Ok(default_journal_path()?),
    }
}

fn open_store(cli: &Cli) -> Result<Store, CliError> {
    let path = journal_path(cli)?;
    let given = passphrase::for_journal(cli, &path)?;
    if cli.read_only {
        return Ok(Store::open_for_reading_with(&path, given.as_ref())?);
    }
    Ok(Store::open_with(&path, given.as_ref())?)
}

/// Speaks the journal's language (its setting) unless `--lang` or `RELIEF_JOURNAL_LANG` chose
/// one; with neither, the system's language set at start stays.
fn apply_journal_language(cli: &Cli, store: &Store) -> Result<(), CliError> {
    let chosen = store.settings()?.language;
    if cli.lang.is_some() || chosen.is_empty() {
        return Ok(());
    }
    if let Ok(locale) = Locale::choose(&chosen, &crate::platform::system_locales()) {
        set_process_locale(locale);
    }
    Ok(())
}

/// [`apply_journal_language`] for `remind` and `reminders`, which never open the journal for
/// writing: unless `--lang` or `RELIEF_JOURNAL_LANG` chose a language, speaks the journal's
/// setting when the journal can be read (without a passphrase, or with `passphrase` when one was
/// given without asking); else the language set at start stays (`--fallback-lang`, the
/// language a reminder job recorded, else the system's).
fn apply_readable_journal_language(
    cli: &Cli,
    journal: &std::path::Path,
    passphrase: Option<&crate::store::Passphrase>,
) {
    if cli.lang.is_some() {
        return;
    }
    let setting = journal
        .is_file()
        .then(|| Store::open_for_reading_with(journal, passphrase))
        .and_then(|opened| match opened.and_then(|store| store.settings()) {
            Ok(settings) => Some(settings.language),
            Err(error) => {
                ::log::info!("the journal's language setting is not read: {error}");
                None
            }
        })
        .filter(|language| !language.is_empty());
    let Some(chosen) = setting else {
        return;
    };
    if let Ok(locale) = Locale::choose(&chosen, &crate::platform::system_locales()) {
        set_process_locale(locale);
    }
}

/// The language the program speaks before any journal is read: `--lang` or
/// `RELIEF_JOURNAL_LANG`, else `--fallback-lang` when it names a language the program speaks,
/// else the system's.
///
/// # Errors
///
/// [`LocaleError`] when `--lang` or `RELIEF_JOURNAL_LANG` names a language the program does not
/// speak.
pub fn starting_locale(cli: &Cli, system: &[String]) -> Result<Locale, LocaleError> {
    if let Some(chosen) = &cli.lang {
        return Locale::choose(chosen, system);
    }
    if let Some(fallback) = &cli.fallback_lang {
        match Locale::choose(fallback, system) {
            Ok(locale) => return Ok(locale),
            Err(error) => ::log::info!("--fallback-lang {} is ignored", error.tag),
        }
    }
    Locale::choose("", system)
}

/// The refusal of a language the program does not speak, naming those it speaks.
pub fn unknown_language(error: &LocaleError) -> String {
    let languages: Vec<&str> = LANGUAGES.iter().map(|language| language.tag).collect();
    t!(
        "cli-error-unknown-language",
        tag = error.tag.as_str(),
        languages = languages.join(", ")
    )
}

/// Today's journal day: `--today`, or the clock with the journal's day-rollover hour.
fn today(cli: &Cli, store: &Store) -> Result<NaiveDate, CliError> {
    match &cli.today {
        Some(text) => Ok(parse_date("today", text)?),
        None => Ok(journal_day(
            SystemClock.now(),
            store.settings()?.day_rollover_hour,
        )),
    }
}

/// The current time: noon on `--today` when given, else the system clock.
fn now(cli: &Cli) -> Result<NaiveDateTime, CliError> {
    match &cli.today {
        Some(text) => Ok(FixedClock::at_noon(parse_date("today", text)?).now()),
        None => Ok(SystemClock.now()),
    }
}

/// Parses an optional typed value with a domain parser.
fn optional<T>(
    text: Option<&String>,
    parse: impl FnOnce(&str) -> Result<T, ValidationError>,
) -> Result<Option<T>, ValidationError> {
    text.map(|text| parse(text)).transpose()
}
