//! The relief analysis and its charts, against simulated journals, fixtures and hand-worked values.
//!
//! One test binary per area, each module a former test file, so the app is linked once per area.

#[path = "../common/mod.rs"]
mod common;

mod cases;
mod demo;
mod edge_cases;
mod simulation;
mod wording;
mod baseline_sources;
mod charts;
mod stale_open_cycle;
