//! The clinic report: its PDF pages, their content and their robustness.
//!
//! One test binary per area, each module a former test file, so the app is linked once per area.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common_ui/mod.rs"]
mod common_ui;

mod content;
mod pages;
mod pseudo;
mod robustness;
mod spanish;
