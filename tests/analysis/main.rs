//! The relief analysis and its charts, against simulated journals, fixtures and hand-worked values.
//!
//! One test binary per area, each module a former test file, so the app is linked once per area.

#[path = "../common/mod.rs"]
mod common;

mod baseline_sources;
mod cases;
mod charts;
mod demo;
mod edge_cases;
mod hard_classes;
mod invariants;
mod low_untreated_mean;
mod simulation;
mod stale_open_cycle;
mod wording;
