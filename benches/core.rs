//! Benchmarks on a generated 20-year journal: loading it from SQLite, the full analysis, the
//! chart models, a one-year PDF report and one durable entry save.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use relief_journal::analysis::analyze;
use relief_journal::charts::{Charts, DateRange};
use relief_journal::demo::demo_journal;
use relief_journal::domain::{Entry, Score};
use relief_journal::report::{Paper, ReportOptions, report_pdf};
use relief_journal::store::Store;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).expect("a valid date")
}

fn benchmarks(criterion: &mut Criterion) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("journal.db");
    let journal = demo_journal(today(), 20, 2026);
    Store::open(&path)
        .unwrap()
        .replace_journal(&journal)
        .unwrap();

    criterion.bench_function("load a 20-year journal from SQLite", |bench| {
        bench.iter(|| {
            let store = Store::open(&path).unwrap();
            black_box(store.journal().unwrap())
        });
    });
    criterion.bench_function("analyse a 20-year journal", |bench| {
        bench.iter(|| black_box(analyze(black_box(&journal), today())));
    });
    criterion.bench_function("build the charts of a 20-year journal", |bench| {
        bench.iter(|| black_box(Charts::build(black_box(&journal), today())));
    });
    let options = ReportOptions {
        period: DateRange {
            start: today() - chrono::Duration::days(365),
            end: today(),
        },
        paper: Paper::A4,
        include_daily: true,
        patient_name: String::new(),
        generated_on: today(),
    };
    criterion.bench_function("one-year PDF report", |bench| {
        bench.iter(|| black_box(report_pdf(black_box(&journal), &options).unwrap()));
    });
    let mut store = Store::open(&path).unwrap();
    let mut pain = 0;
    criterion.bench_function("save one entry durably (WAL, synchronous=FULL)", |bench| {
        bench.iter(|| {
            pain = (pain + 1) % 11;
            let entry = Entry::new(today(), Score::new("pain", pain).unwrap());
            black_box(store.save_entry(&entry).unwrap())
        });
    });
}

criterion_group! {
    name = core;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = benchmarks
}
criterion_main!(core);
