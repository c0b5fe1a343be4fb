//! `relief-journal merge FILE`: merge another journal file or a snapshot (a conflicted copy a
//! sync service left, a journal from another computer) into the journal.

use std::path::PathBuf;

use chrono::NaiveDateTime;
use clap::Args;

use super::{Cli, CliError, passphrase};
use crate::store::{FileKind, Store, file_kind};
use crate::sync::merge_file;
use crate::wording::sync::merged_lines;

/// Arguments of `merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The journal file or snapshot to merge. A protected one is opened with the journal's
    /// passphrase (or, for a plain journal, the passphrase given as for a journal).
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

/// Merges the file, keeping the newer change of every record, after a backup, and prints what
/// changed.
///
/// # Errors
///
/// [`CliError::BadInput`] when the file is not a journal, is damaged, newer, or under another
/// passphrase (nothing changes then); [`CliError::Failure`] when the journal cannot be backed
/// up or written.
pub fn run(
    cli: &Cli,
    store: &mut Store,
    args: &MergeArgs,
    now: NaiveDateTime,
) -> Result<(), CliError> {
    let file_key =
        if !store.is_protected() && matches!(file_kind(&args.file), Ok(FileKind::Protected)) {
            passphrase::for_journal(cli, &args.file)?
        } else {
            None
        };
    let merged = merge_file(store, &args.file, file_key.as_ref(), now)?;
    println!(
        "{}",
        crate::t!("sync-merged-file", file = args.file.display().to_string())
    );
    for line in merged_lines(&merged, false) {
        println!("{line}");
    }
    Ok(())
}
