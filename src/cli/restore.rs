//! `relief-journal restore`: replace the journal with a backup, or with a journal kept aside.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use clap::Args;

use super::{Cli, CliError, passphrase};
use crate::store::{StoreError, restore_journal_with};
use crate::t;

/// How many times a terminal asks for the passphrase of the file to restore.
const ATTEMPTS: usize = 3;

/// Arguments of `restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The file to restore: a backup (see `backup --list`), or a journal kept aside after
    /// "Forgot it?" (journal.db.set-aside-…).
    file: PathBuf,

    /// Read the passphrase of the file to restore from this file (its first line), when it is
    /// protected by a passphrase other than the journal's (a journal kept aside after "Forgot
    /// it?", a backup left under an earlier passphrase). RELIEF_JOURNAL_RESTORE_PASSPHRASE gives
    /// it too; otherwise the journal's passphrase is tried, then it is asked for in a terminal.
    #[arg(long, value_name = "FILE")]
    restore_passphrase_file: Option<PathBuf>,
}

/// Backs up the current journal (or sets aside one that cannot be opened), then restores.
/// The journal's passphrase (`--passphrase-file`, `RELIEF_JOURNAL_PASSPHRASE`, or asked) opens
/// a protected journal, and is tried on a protected file; the file's own passphrase
/// (`--restore-passphrase-file`, `RELIEF_JOURNAL_RESTORE_PASSPHRASE`, or asked) opens a file
/// protected by another.
///
/// # Errors
///
/// [`CliError::BadInput`] when the file is not a Relief Journal this version can read, or no
/// passphrase given opens it; [`CliError::Failure`] when the current journal cannot be backed
/// up or set aside, or the restore cannot be written.
pub fn run(
    cli: &Cli,
    journal: &Path,
    args: &RestoreArgs,
    now: NaiveDateTime,
) -> Result<(), CliError> {
    // Restoring must work when the journal itself cannot be opened.
    let journal_key = passphrase::for_journal(cli, journal)?;
    let mut file_key =
        passphrase::given_for_restored_file(args.restore_passphrase_file.as_deref())?;
    let mut asked = 0;
    let outcome = loop {
        match restore_journal_with(
            journal,
            &args.file,
            journal_key.as_ref(),
            file_key.as_ref(),
            now,
        ) {
            Err(StoreError::RestorePassphrase { .. }) if asked < ATTEMPTS => {
                match passphrase::ask_for_restored_file(&args.file)? {
                    Some(typed) => {
                        file_key = Some(typed);
                        asked += 1;
                    }
                    None => {
                        return Err(StoreError::RestorePassphrase {
                            path: args.file.clone(),
                            tried: file_key.is_some() || journal_key.is_some(),
                        }
                        .into());
                    }
                }
            }
            other => break other?,
        }
    };
    if let Some(path) = outcome.safety_copy {
        println!(
            "{}",
            t!(
                "cli-restore-safety-copy",
                path = (path.display().to_string())
            )
        );
    }
    if let Some(path) = outcome.set_aside {
        println!(
            "{}",
            t!("cli-restore-set-aside", path = (path.display().to_string()))
        );
    }
    println!(
        "{}",
        t!(
            "cli-restore-done",
            journal = (journal.display().to_string()),
            backup = (args.file.display().to_string())
        )
    );
    if outcome.took_file_passphrase {
        println!("{}", t!("cli-restore-took-file-passphrase"));
    }
    Ok(())
}
