//! Two computers, one journal, no server: snapshots in a sync folder and the merge.
//!
//! The live journal stays on each computer's disk. A sync folder (carried by Dropbox, OneDrive,
//! Syncthing or a USB stick) holds one snapshot per computer, each written only by its own
//! computer (`snapshot.rs`); syncing merges the others' snapshots into the journal and writes
//! this computer's (`folder.rs`). The merge (`merge.rs`) keeps the newer change of every
//! record by the stamps the store writes on every change (`crate::store`'s `changes.rs`), in one
//! transaction after a backup, reports records changed on both sides, and can be undone. It
//! also merges any other journal file, such as the conflicted copies sync services leave beside
//! a journal that was synced live (`conflicted.rs`), and warns when the live journal is in such
//! a folder (`synced_folder.rs`). The app runs it on a background thread (`worker.rs`).
//!
//! With `crate::store`, the only module that knows SQL. Its errors (`error.rs`) and reports are
//! worded in `crate::wording::sync`.

mod conflicted;
mod error;
mod folder;
mod merge;
mod snapshot;
mod synced_folder;
mod worker;

pub use conflicted::{conflicted_copies, is_conflicted_copy};
pub use error::SyncError;
pub use folder::{
    PeerInfo, SyncReport, check_folder, merge_file, peers, rewrite_snapshot, set_sync_folder,
    sync_folder, sync_with_folder,
};
pub use merge::{
    Conflict, Kept, MergeReport, MergeUndo, Merged, Record, RecordChanges, SnapshotOf, Source,
    Stamp, undo_merge,
};
pub use snapshot::{SNAPSHOT_EXTENSION, snapshot_name};
pub use synced_folder::{InSyncedFolder, SyncService, service_by_name, synced_folder};
pub use worker::{SyncEvent, SyncJob, SyncWorker};
