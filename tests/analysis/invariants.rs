//! What must hold for any journal, however odd: random journals (a few days to a year and a
//! half, any share of days logged, pain anywhere on the scale, up to 15 infusions done or
//! planned on any day, some before the entries or on one day, today before, within or after the
//! entries) and settings anywhere in their allowed ranges, a third of them the defaults. For each:
//! the analysis and the summary finish, a loss day lies within its cycle and within its window, a
//! window runs forwards, a censored cycle has no loss day, the JSON keeps its shape, and no
//! sentence of the summary, in English or Spanish, shows a number as "NaN" or "inf", or a brace.
//!
//! `RELIEF_JOURNAL_INVARIANT_JOURNALS=N` draws N journals instead of [`JOURNALS`]; `.ci/run` draws
//! 100,000 (100 seconds in a debug build; 300,000 take 55 seconds in a release build). Faults
//! of this kind are rare: the loss day the line placed past a cycle's last known day (fixed, with
//! its own test in `src/analysis/relief.rs`) came in 2 of 300,000 such journals.

#![allow(clippy::unwrap_used)]

use chrono::{Duration, NaiveDate};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use relief_journal::analysis::{Analysis, Cycle, LossWindow, analyze};
use relief_journal::domain::{AnalysisSettings, Entry, Infusion, Journal, Locale, Score, Settings};
use relief_journal::wording::Summary;

const JOURNALS: u64 = 2_000;

fn day0() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
}

fn random_settings(rng: &mut StdRng) -> Settings {
    let analysis = if rng.random_bool(1.0 / 3.0) {
        AnalysisSettings::default()
    } else {
        let meaningful = f64::from(rng.random_range(5..=90));
        AnalysisSettings {
            meaningful_relief_pct: meaningful,
            substantial_relief_pct: rng.random_range(meaningful + 1.0..=95.0),
            persistence_days: rng.random_range(1..=28),
            baseline_days: rng.random_range(3..=28),
            min_logged_per_week: rng.random_range(1..=7),
            series_gap_days: rng.random_range(1..=28),
            early_warning_days: rng.random_range(1..=28),
        }
    };
    let settings = Settings {
        analysis,
        baseline_pain: rng.random_bool(0.3).then(|| rng.random_range(1.0..=10.0)),
        ..Settings::default()
    };
    settings.validate().unwrap();
    settings
}

/// A journal and its "today".
fn random_journal(rng: &mut StdRng) -> (Journal, NaiveDate) {
    let span = rng.random_range(1..550);
    let logged_share = rng.random_range(0.0..=1.0);
    let level: f64 = rng.random_range(0.0..=10.0);
    let spread: f64 = rng.random_range(0.0..=3.0);
    let entries = (0..span)
        .filter_map(|day| {
            let pain = (level + rng.random_range(-spread..=spread)).round() as i64;
            rng.random_bool(logged_share).then(|| {
                Entry::new(
                    day0() + Duration::days(day),
                    Score::new("pain", pain.clamp(0, 10)).unwrap(),
                )
            })
        })
        .collect();
    let mut infusions: Vec<Infusion> = (0..rng.random_range(0..=15))
        .map(|_| {
            let date = day0() + Duration::days(rng.random_range(-30..span + 30));
            if rng.random_bool(0.8) {
                Infusion::done(date)
            } else {
                Infusion::planned(date)
            }
        })
        .collect();
    infusions.sort_by_key(|infusion| infusion.date);
    let today = day0() + Duration::days(rng.random_range(-10..span + 60));
    let journal = Journal {
        entries,
        infusions,
        settings: random_settings(rng),
    };
    (journal, today)
}

/// Every way one cycle's loss of relief at a threshold can contradict itself, as lines.
fn contradictions(
    cycle: &Cycle,
    threshold: &str,
    day: Option<u32>,
    window: Option<LossWindow>,
) -> Vec<String> {
    let mut found = Vec::new();
    let index = cycle.index;
    // Days run from 0 (the infusion) to the day before the next infusion, or to the last day
    // the open cycle has.
    let last_day = cycle
        .length_days
        .map(|length| length.saturating_sub(1))
        .or_else(|| cycle.days.last().map(|last| last.day));
    if let (Some(day), Some(last_day)) = (day, last_day)
        && day > last_day
    {
        found.push(format!(
            "cycle {index}: loss at {threshold} on day {day}, after its last day, {last_day}"
        ));
    }
    if let Some(window) = window {
        if window.from > window.to {
            found.push(format!(
                "cycle {index}: window at {threshold} {window:?} backwards"
            ));
        }
        if let Some(day) = day.filter(|day| !(window.from..=window.to).contains(day)) {
            found.push(format!(
                "cycle {index}: loss at {threshold} on day {day}, outside its window {window:?}"
            ));
        }
    }
    found
}

fn check(journal: &Journal, today: NaiveDate, analysis: &Analysis) -> Vec<String> {
    let mut found = Vec::new();
    for cycle in &analysis.cycles {
        found.extend(contradictions(
            cycle,
            "30%",
            cycle.loss_30_day,
            cycle.loss_30_window,
        ));
        found.extend(contradictions(
            cycle,
            "50%",
            cycle.loss_50_day,
            cycle.loss_50_window,
        ));
        if cycle.censored == Some(true) && cycle.loss_30_day.is_some() {
            found.push(format!("cycle {}: censored with a loss day", cycle.index));
        }
    }
    let json = serde_json::to_value(analysis).unwrap();
    for key in ["baseline", "settings", "cycles", "forecast", "flags"] {
        if json.get(key).is_none() {
            found.push(format!("JSON without {key}"));
        }
    }
    for locale in ["en", "es_MX"] {
        let summary =
            relief_journal::wording::language::with_locale(Locale::parse(locale).unwrap(), || {
                Summary::new(journal, analysis, today)
            });
        found.extend(
            summary_lines(&summary)
                .into_iter()
                .filter(|line| {
                    line.contains(['{', '}'])
                        || line
                            .split(|c: char| !c.is_alphanumeric())
                            .any(|word| word.eq_ignore_ascii_case("nan") || word == "inf")
                })
                .map(|line| format!("summary ({locale}) says {line:?}")),
        );
    }
    found
}

/// Every sentence of the summary.
fn summary_lines(summary: &Summary) -> Vec<String> {
    let mut lines = vec![
        summary.position.clone(),
        summary.forecast.clone(),
        summary.next_planned.clone(),
        summary.baseline.clone(),
        summary.method.clone(),
    ];
    lines.extend(summary.stale.iter().cloned());
    lines.extend(summary.fade.iter().cloned());
    lines.extend(summary.no_patterns.iter().cloned());
    lines.extend(summary.lasting_benefit.iter().cloned());
    lines.extend(summary.open_questions.iter().cloned());
    lines.extend(summary.loss_notes.iter().cloned());
    for flag in &summary.flags {
        lines.push(flag.message.clone());
        lines.push(flag.evidence.clone());
    }
    lines
}

#[test]
fn any_journal_gives_an_analysis_that_agrees_with_itself() {
    let journals = std::env::var("RELIEF_JOURNAL_INVARIANT_JOURNALS")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(JOURNALS);
    let mut problems = Vec::new();
    for seed in 0..journals {
        let mut rng = StdRng::seed_from_u64(seed);
        let (journal, today) = random_journal(&mut rng);
        let analysis = analyze(&journal, today);
        problems.extend(
            check(&journal, today, &analysis)
                .into_iter()
                .map(|problem| format!("journal {seed}: {problem}")),
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
