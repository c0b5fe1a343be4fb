//! One frame of each view of the real app with a 20-year journal, headless: an egui pass through
//! egui_kittest's harness plus tessellation of what it drew (everything but the GPU upload).
//!
//! The design asks for a frame of any view well inside 16 ms. The medians are in
//! `target/criterion/<name>/new/estimates.json`.
#![allow(missing_docs, clippy::unwrap_used)]

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use relief_journal::demo::demo_journal;
use relief_journal::domain::FixedClock;
use relief_journal::store::Store;
use relief_journal::ui::{AppConfig, ReliefApp, View};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn app(path: &std::path::Path, view: View) -> Harness<'static, ReliefApp> {
    let config = AppConfig {
        journal_path: path.to_owned(),
        clock: Arc::new(FixedClock::at_noon(today())),
        start_view: view,
        screenshot: None,
        started: Instant::now(),
        reminders: None,
        read_only: false,
        // English, whatever the machine's language.
        system_locales: Vec::new(),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .build_eframe(move |cc| ReliefApp::new(cc, config));
    harness.run();
    harness
}

/// Runs one frame and tessellates its shapes, as the window would.
fn frame(harness: &mut Harness<'static, ReliefApp>) -> usize {
    harness.step();
    let output = harness.output();
    let shapes = output.shapes.clone();
    let primitives = harness.ctx.tessellate(shapes, output.pixels_per_point);
    primitives.len()
}

fn benchmarks(criterion: &mut Criterion) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.db");
    Store::open(&path)
        .unwrap()
        .replace_journal(&demo_journal(today(), 20, 2026))
        .unwrap();

    let mut group = criterion.benchmark_group("frame, 20-year journal");
    group.measurement_time(Duration::from_secs(4));
    for view in View::ALL {
        let mut harness = app(&path, view);
        group.bench_function(view.name(), |bench| {
            bench.iter(|| black_box(frame(&mut harness)));
        });
    }
    let mut charts_all = app(&path, View::Charts);
    charts_all.get_by_label("All").click();
    charts_all.run();
    group.bench_function("charts, all 20 years shown", |bench| {
        bench.iter(|| black_box(frame(&mut charts_all)));
    });
    group.finish();
}

criterion_group!(benches, benchmarks);
criterion_main!(benches);
