//! `relief-journal passphrase set | change | remove`, and where the command line finds a
//! journal's passphrase: `--passphrase-file`, `RELIEF_JOURNAL_PASSPHRASE`, or a prompt without
//! echo when standard input is a terminal. Never an argument (other users see arguments).

use std::io::IsTerminal;
use std::path::Path;

use chrono::NaiveDateTime;
use clap::{Args, Subcommand};

use super::{Cli, CliError};
use crate::store::{FileKind, Passphrase, Store, StoreError, change_protection, file_kind};
use crate::t;

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
    if let Some(given) = given(cli)? {
        return Ok(Some(given));
    }
    if matches!(file_kind(journal), Ok(FileKind::Protected)) && std::io::stdin().is_terminal() {
        let prompt = t!(
            "cli-passphrase-prompt",
            path = (journal.display().to_string())
        );
        return Ok(Some(Passphrase::new(ask(&prompt)?)?));
    }
    Ok(None)
}

/// The journal's passphrase as given by `--passphrase-file` or `RELIEF_JOURNAL_PASSPHRASE`,
/// never asked for; `None` when neither gives one.
///
/// # Errors
///
/// [`CliError::BadInput`] when the passphrase file cannot be read or the passphrase is empty.
pub fn given(cli: &Cli) -> Result<Option<Passphrase>, CliError> {
    if let Some(file) = &cli.passphrase_file {
        return read_passphrase_file(file).map(Some);
    }
    if let Some(text) = std::env::var_os(PASSPHRASE_ENV_VAR) {
        let text = text
            .into_string()
            .map_err(|_| not_utf8(PASSPHRASE_ENV_VAR))?;
        return Ok(Some(Passphrase::new(text)?));
    }
    Ok(None)
}

/// The refusal of an environment variable that does not hold text.
fn not_utf8(variable: &str) -> CliError {
    CliError::BadInput(t!("cli-passphrase-not-utf8", variable = variable))
}

/// The first line of `file` (without its line ending) as a passphrase.
fn read_passphrase_file(file: &Path) -> Result<Passphrase, CliError> {
    let shown = file.display().to_string();
    let text = std::fs::read_to_string(file).map_err(|error| {
        CliError::BadInput(t!(
            "cli-passphrase-file-unreadable",
            file = shown.as_str(),
            error = (error.to_string())
        ))
    })?;
    let line = text.lines().next().unwrap_or_default();
    Passphrase::new(line)
        .map_err(|_| CliError::BadInput(t!("cli-passphrase-file-empty", file = shown.as_str())))
}

/// Asks on the terminal without echo.
fn ask(prompt: &str) -> Result<String, CliError> {
    rpassword::prompt_password(prompt).map_err(|error| {
        CliError::Failure(t!(
            "cli-passphrase-read-failed",
            error = (error.to_string())
        ))
    })
}

/// The new passphrase: `RELIEF_JOURNAL_NEW_PASSPHRASE`, or typed twice in a terminal.
fn new_passphrase() -> Result<Passphrase, CliError> {
    if let Some(text) = std::env::var_os(NEW_PASSPHRASE_ENV_VAR) {
        let text = text
            .into_string()
            .map_err(|_| not_utf8(NEW_PASSPHRASE_ENV_VAR))?;
        return Ok(Passphrase::new(text)?);
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::BadInput(t!(
            "cli-passphrase-new-missing",
            variable = NEW_PASSPHRASE_ENV_VAR
        )));
    }
    let first = Passphrase::new(ask(&t!("cli-passphrase-new-prompt"))?)?;
    let second = Passphrase::new(ask(&t!("cli-passphrase-again-prompt"))?)?;
    if first != second {
        return Err(CliError::BadInput(t!("cli-passphrase-differ")));
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
        CliError::BadInput(t!(
            "cli-passphrase-no-journal",
            path = (journal.display().to_string()),
            error = (error.to_string())
        ))
    })?;
    let protected = kind == FileKind::Protected;
    let (current, new) = match args.action {
        PassphraseAction::Set => {
            if protected {
                return Err(CliError::BadInput(t!("cli-passphrase-already-set")));
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
    let path = journal.display().to_string();
    let done = match new {
        Some(_) => t!(
            "cli-passphrase-set-done",
            path = path.as_str(),
            count = change.backups_converted
        ),
        None => t!(
            "cli-passphrase-removed",
            path = path.as_str(),
            count = change.backups_converted
        ),
    };
    println!("{done}");
    for left in &change.backups_left {
        println!(
            "{}",
            t!("cli-passphrase-left", path = (left.display().to_string()))
        );
    }
    if change.safety_copy.is_some() {
        println!("{}", t!("cli-passphrase-outside-copies"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::domain::Locale;
    use crate::t;
    use crate::wording::language::with_locale;

    #[test]
    fn prompts_leave_a_space_before_what_is_typed() {
        assert_eq!(t!("cli-passphrase-new-prompt"), "New passphrase: ");
        assert_eq!(
            t!("cli-passphrase-prompt", path = "/home/ana/journal.db"),
            "Passphrase for /home/ana/journal.db: "
        );
        let spanish = Locale::parse("es_MX").unwrap_or_default();
        with_locale(spanish, || {
            assert_eq!(t!("cli-passphrase-new-prompt"), "Contraseña nueva: ");
            assert_eq!(
                t!("cli-passphrase-again-prompt"),
                "Escriba de nuevo la misma contraseña: "
            );
        });
    }
}
