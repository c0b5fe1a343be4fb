//! Setting, changing and removing a journal's passphrase, safe against a kill at any moment.
//!
//! The order of the steps is what makes it safe. A backup is taken first, under the current
//! key. The journal is then brought to a single file (every change checkpointed out of the
//! `-wal`, rollback-journal mode, so no `-wal` or `-shm` stays), copied beside itself under the
//! new key with `sqlcipher_export`, checked (tables, row counts, schema version,
//! `integrity_check`), made durable and renamed over the original, an atomic step: until the
//! rename the journal is the old file, after it the new one. Only then are the backups
//! converted one by one the same way, the safety copy included, so that no copy under the old
//! key (or no key) stays in the backups folder.
//!
//! Killed before the rename, the old journal is untouched (the unfinished copy beside it, and
//! those of backups, are removed at the next open: `super::leftovers`). Killed after it, the journal opens with the new passphrase, and
//! opening it encrypts any backup still plain. A change from one passphrase to another killed
//! while converting backups leaves the remaining backups under the old passphrase, which still
//! opens them.
//!
//! What it cannot reach: copies the system or the user made elsewhere (another backup
//! program, a synced folder), and blocks an SSD or a file system keeps after a file is
//! overwritten or removed.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use super::Store;
use super::backup::{BackupReason, list_backups};
use super::error::{StoreError, StoreResult};
use super::files::io_error;
use super::passphrase::{
    FileKind, Passphrase, checkpoint_to_single_file, convert_file, file_kind, kill_point,
    open_keyed,
};

/// What [`change_protection`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtectionChange {
    /// The backup taken before the change (now under the new passphrase, or plain after removal).
    pub safety_copy: Option<PathBuf>,
    /// How many backups were converted to the new passphrase (or to plain).
    pub backups_converted: usize,
    /// Backups that neither the old nor the new passphrase opens, left as they were.
    pub backups_left: Vec<PathBuf>,
}

/// Converts the journal at `journal` from its current protection to `to`: encrypted with the
/// passphrase `to`, or plain when `to` is `None`. `current` must open it when it is protected.
/// Its backups are converted alike. See the module documentation for why a kill at any step
/// leaves a journal that opens.
///
/// # Errors
///
/// [`StoreError::Protected`] or [`StoreError::WrongPassphrase`] when `current` does not open a
/// protected journal; [`StoreError::NotProtected`] when removing the passphrase of a plain
/// journal; [`StoreError::ReadOnly`] when the journal cannot be written; the errors of
/// [`Store::open_with`] and [`Store::backup`]; [`StoreError::Damaged`] when the converted copy
/// does not match (then the journal is unchanged).
pub fn change_protection(
    journal: &Path,
    current: Option<&Passphrase>,
    to: Option<&Passphrase>,
    now: NaiveDateTime,
) -> StoreResult<ProtectionChange> {
    if !journal.exists() {
        return Err(StoreError::Unreadable {
            path: journal.to_owned(),
            reason: super::error::Unreadable::NoFile,
        });
    }
    let store = Store::open_as_keyed(journal, current)?;
    store.writable()?;
    let from = store.passphrase.clone();
    if from.is_none() && to.is_none() {
        return Err(StoreError::NotProtected {
            path: journal.to_owned(),
        });
    }
    kill_point("backup");
    let safety_copy = store.backup(now, BackupReason::BeforePassphrase)?;
    drop(store);
    kill_point("checkpoint");
    checkpoint_to_single_file(journal, from.as_ref())?;
    kill_point("export");
    convert_file(journal, from.as_ref(), to)?;
    kill_point("reopen");
    let encrypted = match to {
        Some(to) => protect_plain_backups(journal, to)?,
        None => 0,
    };
    let (converted, backups_left) = convert_backups(journal, from.as_ref(), to)?;
    let backups_converted = encrypted + converted;
    // Back to WAL mode.
    drop(Store::open_as_keyed(journal, to)?);
    Ok(ProtectionChange {
        safety_copy,
        backups_converted,
        backups_left,
    })
}

/// Converts the protected backups of `journal` under `from` to `to` (plain ones were encrypted
/// before, when `to` is a passphrase). Returns how many were converted and the protected ones
/// that neither `from` nor `to` opens.
fn convert_backups(
    journal: &Path,
    from: Option<&Passphrase>,
    to: Option<&Passphrase>,
) -> StoreResult<(usize, Vec<PathBuf>)> {
    let mut converted = 0;
    let mut left = Vec::new();
    for backup in list_backups(journal)? {
        let kind = file_kind(&backup.path).map_err(|source| io_error(&backup.path, source))?;
        if kind != FileKind::Protected {
            continue;
        }
        let result = match from {
            Some(from) if Some(from) != to => convert_file(&backup.path, Some(from), to),
            _ => Err(StoreError::WrongPassphrase {
                path: backup.path.clone(),
            }),
        };
        match result {
            Ok(()) => {
                converted += 1;
                kill_point("backups");
            }
            Err(StoreError::WrongPassphrase { .. }) => {
                // Already under `to` (encrypted above, or by an earlier, interrupted change)?
                let already = to.is_some_and(|to| open_keyed(&backup.path, Some(to)).is_ok());
                if !already {
                    left.push(backup.path.clone());
                }
            }
            Err(error) => return Err(error),
        }
    }
    Ok((converted, left))
}

/// Encrypts with `passphrase` every plain backup of the protected journal at `journal`: the
/// last step of setting a passphrase, finished here when it was interrupted. Returns how many.
///
/// # Errors
///
/// The errors of the conversion; a backup that is not a readable journal is left as it is.
pub(super) fn protect_plain_backups(journal: &Path, passphrase: &Passphrase) -> StoreResult<usize> {
    let mut converted = 0;
    for backup in list_backups(journal)? {
        if file_kind(&backup.path).map_err(|source| io_error(&backup.path, source))?
            != FileKind::Plain
        {
            continue;
        }
        match convert_file(&backup.path, None, Some(passphrase)) {
            Ok(()) => {
                converted += 1;
                kill_point("backups");
            }
            Err(StoreError::Damaged { .. } | StoreError::NotAJournal { .. }) => {
                log::warn!(
                    "{}: not a readable journal, left as it is",
                    backup.path.display()
                );
            }
            Err(error) => return Err(error),
        }
    }
    Ok(converted)
}
