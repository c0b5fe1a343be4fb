//! The journal file and the command line: the store, backups, import and export, durability.
//!
//! One test binary per area, each module a former test file, so the app is linked once per area.

#[path = "../common/mod.rs"]
mod common;
#[path = "../damaged/mod.rs"]
mod damaged;

mod backup;
mod cli;
mod concurrency;
mod durability;
mod exchange;
mod faults;
mod import_properties;
mod import_spreadsheets;
mod import_tables;
mod import_tolerance;
mod import_tracker_versions;
mod import_trackers;
mod kept;
mod passphrase;
mod passphrase_text;
mod privacy;
mod reminders;
mod spanish;
mod store;
mod sync;
mod sync_properties;
