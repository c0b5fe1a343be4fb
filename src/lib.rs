//! Relief Journal: a private desktop symptom journal for people who receive ketamine infusions
//! for chronic pain.
//!
//! Patients log pain, sleep and mobility each day; the journal stores it in a local SQLite file,
//! shows how relief decays between infusions and flags when relief runs out before the next one.
//!
//! Module map (dependencies point down): `cli` and `ui` use `store`, `exchange` and `analysis`;
//! `exchange` (files in and out), `analysis` and `demo` use only `domain`; only `store` knows
//! SQL; only `ui` knows egui.
//! See `docs/ARCHITECTURE.md`.

pub mod analysis;
pub mod chart_image;
pub mod charts;
pub mod cli;
pub mod demo;
pub mod domain;
pub mod exchange;
pub mod fonts;
pub mod palette;
pub mod platform;
pub mod reminders;
pub mod report;
pub mod store;
pub mod sync;
pub mod synthetic;
pub mod ui;
pub mod wording;
