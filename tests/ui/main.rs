//! The app, driven headless with egui_kittest on a temporary journal and a fixed clock.
//!
//! One test binary per area, each module a former test file, so the app is linked once per area.

#[path = "../common_ui/mod.rs"]
mod common_ui;
#[path = "../damaged/mod.rs"]
mod damaged;

mod accessibility;
mod backups;
mod charts;
mod close;
mod commands;
mod first_run;
mod history;
mod import;
mod import_words;
mod infusions;
mod lock;
mod pseudo_locale;
mod reach;
mod read_only;
mod recovery;
mod report;
mod settings;
mod setup;
mod sync;
mod sync_folder;
mod today;
mod views_in_spanish;
