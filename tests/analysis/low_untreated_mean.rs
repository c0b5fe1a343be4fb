//! Fixture 01's kind, with journals of our own: relief that lasts to every infusion a little
//! above the meaningful threshold, measured against an untreated period whose mean happens to be
//! low. Relief must be found lasting, and no flag may say it ends early or shortens.
//!
//! Fixture 01 (`tests/files/analysis-cases/01-covered-sparse-false-loss`) is one such journal: 16
//! untreated days with a mean of 6.19 against a true 6.88 (two standard errors low), and relief
//! that lasted to every infusion, 59 to 65 days apart, by its truth file. Against that mean, the
//! 7-day relief of its fifth cycle is 22 to 29% for a few days in the middle and for most of its
//! last week; only the allowance for the mean's uncertainty (docs/ANALYSIS.md section 4) keeps it.
//! Here, journals drawn the same way: untreated pain 6 to 8 with a day-to-day spread of 0.9 to 1.3
//! points, two thirds of the 4 untreated weeks logged, kept only when the untreated mean lies at
//! least 1.5 standard errors below the truth (one journal in 12 to 15; those lie about 2 standard
//! errors below on average, as fixture 01's does); a loading series of three infusions 3 days
//! apart, then five maintenance cycles of 55 to 65 days; in each, relief peaks at 60 to 75% and
//! settles, exponentially, at 40 to 46%, where it stays: clearly lasting, as the simulation counts
//! it, so every cycle truly lasts. Four days in five logged.
//!
//! The targets are those of a logged baseline (docs/ANALYSIS.md section 9): relief found lasting
//! in at least 90% of the cycles, and "relief ends early", "relief is shortening" or "no
//! meaningful relief" in at most 5% of the journals. The drawing is the test's own (not the
//! simulation's), so the analysis is held to the kind, not to one generator;
//! `RELIEF_JOURNAL_SIMULATION_SEED=N` draws other journals.

#![allow(clippy::unwrap_used)]

use chrono::{Duration, NaiveDate};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rand_distr::StandardNormal;
use relief_journal::analysis::{Analysis, FlagKind, analyze};
use relief_journal::domain::{Entry, Infusion, Journal, Score, Settings};

use crate::cases::FALSE_WHERE_RELIEF_LASTS;

/// Journals kept: with 200, seed to seed, the share found lasting varies by about 2 points, and
/// the rule before relief that comes back passed on some seeds; with 600 it fails on each seed
/// tried (88.9 to 89.7% found lasting, false flags in 5.7 to 8.2%), and the analysis passes
/// (91.3 to 92.3%, 0.8 to 1.7%).
const JOURNALS: usize = 600;
const UNTREATED_DAYS: i64 = 28;
const MAINTENANCE_CYCLES: usize = 5;
/// How far below the true untreated pain the untreated mean must lie, in its standard errors.
const LOW_BY_STANDARD_ERRORS: f64 = 1.5;
/// Where relief settles and stays, in percent: clearly lasting, as the simulation counts relief
/// that stays at or above 40% up to the next infusion.
const SETTLES_AT_PCT: std::ops::RangeInclusive<f64> = 40.0..=46.0;

/// One drawn journal, with the truth it was drawn from.
struct Drawn {
    journal: Journal,
    today: NaiveDate,
    untreated_pain: f64,
    untreated_mean: f64,
    /// How far the untreated mean lies below the truth, in its standard errors.
    low_by: f64,
}

fn pain_score(rng: &mut StdRng, centre: f64, spread: f64) -> i64 {
    let noise: f64 = rng.sample(StandardNormal);
    (centre + spread * noise).round().clamp(0.0, 10.0) as i64
}

/// A journal of the kind, or `None` when its untreated mean did not happen to be low enough.
fn draw(rng: &mut StdRng) -> Option<Drawn> {
    let untreated_pain = rng.random_range(6.0..=8.0);
    let spread = rng.random_range(0.9..=1.3);
    let first =
        NaiveDate::from_ymd_opt(2025, 1, 6).unwrap() + Duration::days(rng.random_range(0..365));
    let mut entries = Vec::new();
    let mut untreated = Vec::new();
    for day in -UNTREATED_DAYS..0 {
        if rng.random_bool(2.0 / 3.0) {
            let pain = pain_score(rng, untreated_pain, spread);
            untreated.push(pain as f64);
            entries.push(Entry::new(
                first + Duration::days(day),
                Score::new("pain", pain).unwrap(),
            ));
        }
    }
    let n = untreated.len() as f64;
    let mean = untreated.iter().sum::<f64>() / n;
    let sd = (untreated
        .iter()
        .map(|pain| (pain - mean).powi(2))
        .sum::<f64>()
        / (n - 1.0))
        .sqrt();
    if mean > untreated_pain - LOW_BY_STANDARD_ERRORS * sd / n.sqrt() {
        return None;
    }
    let mut infusions: Vec<NaiveDate> =
        vec![first, first + Duration::days(3), first + Duration::days(6)];
    for _ in 0..MAINTENANCE_CYCLES {
        let last = *infusions.last().unwrap();
        infusions.push(last + Duration::days(rng.random_range(55..=65)));
    }
    let anchors = &infusions[2..];
    for (anchor, next) in anchors.iter().zip(&anchors[1..]) {
        let peak = rng.random_range(60.0..=75.0);
        let settles_at = rng.random_range(SETTLES_AT_PCT);
        let time_constant = rng.random_range(8.0..=20.0);
        for day in 1..(*next - *anchor).num_days() {
            let relief = settles_at + (peak - settles_at) * (-(day as f64) / time_constant).exp();
            if rng.random_bool(0.8) {
                let pain = pain_score(rng, untreated_pain * (1.0 - relief / 100.0), spread);
                entries.push(Entry::new(
                    *anchor + Duration::days(day),
                    Score::new("pain", pain).unwrap(),
                ));
            }
        }
    }
    let today = *infusions.last().unwrap() + Duration::days(1);
    Some(Drawn {
        journal: Journal {
            entries,
            infusions: infusions.into_iter().map(Infusion::done).collect(),
            settings: Settings::default(),
        },
        today,
        untreated_pain,
        untreated_mean: mean,
        low_by: (untreated_pain - mean) / (sd / n.sqrt()),
    })
}

fn flagged(analysis: &Analysis, kind: FlagKind) -> bool {
    analysis.flags.iter().any(|flag| flag.kind == kind)
}

#[test]
fn relief_lasting_against_an_untreated_mean_that_happens_to_be_low_is_kept() {
    let seed = std::env::var("RELIEF_JOURNAL_SIMULATION_SEED")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(20_261_207);
    let mut rng = StdRng::seed_from_u64(seed);
    let (mut drawn_journals, mut cycles, mut censored) = (0, 0, 0);
    let mut kept = Vec::new();
    let mut false_flags = Vec::new();
    while kept.len() < JOURNALS {
        drawn_journals += 1;
        let Some(drawn) = draw(&mut rng) else {
            continue;
        };
        let analysis = analyze(&drawn.journal, drawn.today);
        for cycle in analysis.cycles.iter().filter(|cycle| cycle.is_completed()) {
            cycles += 1;
            censored += usize::from(cycle.censored == Some(true));
        }
        let raised: Vec<&str> = FALSE_WHERE_RELIEF_LASTS
            .into_iter()
            .filter(|kind| flagged(&analysis, *kind))
            .map(FlagKind::as_str)
            .collect();
        if !raised.is_empty() {
            false_flags.push(format!(
                "{} (untreated pain {:.2}, untreated mean {:.2})",
                raised.join(", "),
                drawn.untreated_pain,
                drawn.untreated_mean
            ));
        }
        kept.push(drawn.low_by);
    }
    for flag in &false_flags {
        println!("false flag: {flag}");
    }
    let share = 100.0 * censored as f64 / cycles as f64;
    println!(
        "{} journals of {drawn_journals} drawn, untreated means {:.1} standard errors below the \
         truth on average: relief found lasting in {censored}/{cycles} = {share:.1}% of the \
         cycles; false flags in {} journals",
        kept.len(),
        kept.iter().sum::<f64>() / kept.len() as f64,
        false_flags.len()
    );
    assert!(
        share >= 90.0,
        "relief found lasting in only {share:.1}% of the cycles"
    );
    assert!(
        false_flags.len() * 100 <= 5 * kept.len(),
        "{}",
        false_flags.join("\n")
    );
}
