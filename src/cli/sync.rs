//! `relief-journal sync [FOLDER]`: merge the other computers' snapshots in a sync folder into
//! the journal and write this computer's; and the warning every command prints once when the
//! journal itself is in a folder a sync service manages.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use clap::Args;

use super::CliError;
use crate::store::Store;
use crate::sync::{
    SyncError, check_folder, set_sync_folder, sync_folder, sync_with_folder, synced_folder,
};
use crate::wording::sync::{sync_lines, synced_folder_warning};

/// Arguments of `sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// A folder that your sync service (Dropbox, Google Drive, OneDrive, iCloud Drive, Syncthing)
    /// or a USB stick carries between your computers; remembered for this journal. Without it,
    /// the folder chosen before.
    #[arg(value_name = "FOLDER")]
    folder: Option<PathBuf>,
}

impl From<SyncError> for CliError {
    fn from(error: SyncError) -> Self {
        match error {
            SyncError::Journal(error) => error.into(),
            error if error.is_bad_input() => Self::BadInput(error.to_string()),
            error => Self::Failure(error.to_string()),
        }
    }
}

/// Syncs with the folder given (remembering it) or chosen before, and prints what changed.
///
/// # Errors
///
/// [`CliError::BadInput`] when no folder is given or chosen, or it is missing, a file or holds
/// the journal; [`CliError::Failure`] when the journal cannot be backed up or written, or the
/// snapshot cannot be written (after what the merge did is printed). A file in the folder that
/// cannot be merged is skipped and said.
pub fn run(store: &mut Store, args: &SyncArgs, now: NaiveDateTime) -> Result<(), CliError> {
    let remembered = sync_folder(store)?;
    let folder = match (&args.folder, &remembered) {
        (Some(folder), _) => folder.clone(),
        (None, Some(folder)) => folder.clone(),
        (None, None) => return Err(SyncError::NoFolder.into()),
    };
    let journal = store.path().ok_or(SyncError::NotAFile)?.to_owned();
    check_folder(&journal, &folder)?;
    let folder = folder.canonicalize().unwrap_or(folder);
    let report = sync_with_folder(store, &folder, now)?;
    // What the merge changed, its conflicts and its backup are told even when this computer's
    // snapshot could not be written; that failure is the command's error, after them.
    for line in sync_lines(&report) {
        println!("{line}");
    }
    if remembered.as_ref() != Some(&folder) {
        set_sync_folder(store, Some(&folder))?;
        println!(
            "{}",
            crate::t!(
                "sync-folder-remembered",
                folder = folder.display().to_string()
            )
        );
    }
    report.snapshot.map(|_| ()).map_err(CliError::from)
}

/// Prints, once, that the journal at `journal` is in a folder a sync service manages, why that
/// loses days and what to do instead.
pub fn warn_if_in_synced_folder(journal: &Path) {
    if let Some(found) = synced_folder(journal) {
        eprintln!("{}", synced_folder_warning(journal, &found));
    }
}
