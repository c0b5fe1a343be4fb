//! `relief-journal passphrase set | change | remove`, and where the command line finds a
//! journal's passphrase: `--passphrase-file`, `RELIEF_JOURNAL_PASSPHRASE`, or a prompt without
//! echo when standard input is a terminal. Never an argument (other users see arguments).

use std::io::IsTerminal;
use std::path::Path;

use chrono::NaiveDateTime;
use clap::{Args, Subcommand};

use super::{Cli, CliError};
use crate::store::{FileKind, Passphrase, Store, StoreError, change_protection, file_kind};

/// The environment variable that gives the journal's passphrase.
pub const PASSPHRASE_ENV_VAR: &str = "RELIEF_JOURNAL_PASSPHRASE";

/// The environment variable that gives the new passphrase to `passphrase set` and `change`.
pub const NEW_PASSPHRASE_ENV_VAR: &str = "RELIEF_JOURNAL_NEW_PASSPHRASE";

/// Arguments of `passphrase`.
#[derive(Debug, Args)]
pub struct PassphraseArgs {
    #[command(subcommand)]
    action: PassphraseAction,
}

/// What to do with the passphrase.
#[derive(Debug, Subcommand)]
enum PassphraseAction {
    /// Encrypt the journal and its backups with a new passphrase (asked twice in a terminal,
    /// or read from RELIEF_JOURNAL_NEW_PASSPHRASE).
    Set,
    /// Re-encrypt the journal and its backups with a new passphrase (the current one is needed).
    Change,
    /// Decrypt the journal and its backups back to plain SQLite files (the current one is needed).
    Remove,
}

/// The journal's passphrase as given by `--passphrase-file` or `RELIEF_JOURNAL_PASSPHRASE`, or
/// asked for in a terminal when the file at `journal` is protected; `None` when none is given
/// and none is needed (or no terminal can ask: opening then says the journal is protected).
///
/// # Errors
///
/// [`CliError::BadInput`] when the passphrase file cannot be read or the passphrase is empty.
pub fn for_journal(cli: &Cli, journal: &Path) -> Result<Option<Passphrase>, CliError> {
    if let Some(file) = &cli.passphrase_file {
        return read_passphrase_file(file).map(Some);
    }
    if let Some(text) = std::env::var_os(PASSPHRASE_ENV_VAR) {
        let text = text.into_string().map_err(|_| {
            CliError::BadInput(format!("{PASSPHRASE_ENV_VAR} is not valid UTF-8 text"))
        })?;
        return Ok(Some(Passphrase::new(text)?));
    }
    if matches!(file_kind(journal), Ok(FileKind::Protected)) && std::io::stdin().is_terminal() {
        let prompt = format!("Passphrase for {}: ", journal.display());
        return Ok(Some(Passphrase::new(ask(&prompt)?)?));
    }
    Ok(None)
}

/// The first line of `file` (without its line ending) as a passphrase.
fn read_passphrase_file(file: &Path) -> Result<Passphrase, CliError> {
    let text = std::fs::read_to_string(file).map_err(|error| {
        CliError::BadInput(format!(
            "{}: the passphrase file could not be read as text ({error})",
            file.display()
        ))
    })?;
    let line = text.lines().next().unwrap_or_default();
    Passphrase::new(line).map_err(|_| {
        CliError::BadInput(format!(
            "{}: the passphrase file's first line is empty",
            file.display()
        ))
    })
}

/// Asks on the terminal without echo.
fn ask(prompt: &str) -> Result<String, CliError> {
    rpassword::prompt_password(prompt)
        .map_err(|error| CliError::Failure(format!("the passphrase could not be read: {error}")))
}

/// The new passphrase: `RELIEF_JOURNAL_NEW_PASSPHRASE`, or typed twice in a terminal.
fn new_passphrase() -> Result<Passphrase, CliError> {
    if let Some(text) = std::env::var_os(NEW_PASSPHRASE_ENV_VAR) {
        let text = text.into_string().map_err(|_| {
            CliError::BadInput(format!("{NEW_PASSPHRASE_ENV_VAR} is not valid UTF-8 text"))
        })?;
        return Ok(Passphrase::new(text)?);
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::BadInput(format!(
            "no new passphrase given: run this in a terminal to type it, or set {NEW_PASSPHRASE_ENV_VAR}; nothing was changed"
        )));
    }
    let first = Passphrase::new(ask("New passphrase: ")?)?;
    let second = Passphrase::new(ask("The same passphrase again: ")?)?;
    if first != second {
        return Err(CliError::BadInput(
            "the two passphrases typed differ; nothing was changed".into(),
        ));
    }
    Ok(first)
}

/// Sets, changes or removes the passphrase of the journal at `journal`.
///
/// # Errors
///
/// [`CliError::BadInput`] (nothing changed) when the journal is already protected (`set`) or
/// not protected (`change`, `remove`), when the current passphrase is missing or wrong, or the
/// new one is missing, empty or typed differently twice; [`CliError::Failure`] when the
/// conversion cannot be written (the journal then opens as it was before, or with the new
/// passphrase once the copy was renamed into place).
pub fn run(
    cli: &Cli,
    journal: &Path,
    args: &PassphraseArgs,
    now: NaiveDateTime,
) -> Result<(), CliError> {
    let kind = file_kind(journal).map_err(|error| {
        CliError::BadInput(format!(
            "{}: no journal could be read there ({error})",
            journal.display()
        ))
    })?;
    let protected = kind == FileKind::Protected;
    let (current, new) = match args.action {
        PassphraseAction::Set => {
            if protected {
                return Err(CliError::BadInput(
                    "this journal is already protected by a passphrase; use `passphrase change` to change it".into(),
                ));
            }
            // Recognise the file (and bring its schema up to date) before asking for anything.
            drop(Store::open(journal)?);
            (None, Some(new_passphrase()?))
        }
        PassphraseAction::Change | PassphraseAction::Remove => {
            if !protected {
                return Err(StoreError::NotProtected {
                    path: journal.to_owned(),
                }
                .into());
            }
            let current = for_journal(cli, journal)?.ok_or_else(|| StoreError::Protected {
                path: journal.to_owned(),
            })?;
            // Check the current passphrase before asking for a new one.
            drop(Store::open_for_reading_with(journal, Some(&current))?);
            let new = match args.action {
                PassphraseAction::Change => Some(new_passphrase()?),
                _ => None,
            };
            (Some(current), new)
        }
    };
    let change = change_protection(journal, current.as_ref(), new.as_ref(), now)?;
    match new {
        Some(_) => println!(
            "{} is now encrypted with the passphrase, and so are its backups (backups converted: {}). Nobody can recover a lost passphrase.",
            journal.display(),
            change.backups_converted
        ),
        None => println!(
            "{} is no longer protected by a passphrase, nor are its backups (backups converted: {}).",
            journal.display(),
            change.backups_converted
        ),
    }
    for left in &change.backups_left {
        println!(
            "Left as it was (another passphrase protects it): {}",
            left.display()
        );
    }
    if change.safety_copy.is_some() {
        println!(
            "Copies made outside Relief Journal (other backup programs, synced folders) and blocks the disk may still hold of the earlier file are not reached."
        );
    }
    Ok(())
}
