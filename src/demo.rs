//! A realistic demo journal, for exploring the app and for benchmarks.
//!
//! The generator is pure and seeded: the same `today`, `years` and seed give the same journal.
//! Its relief model is simple and documented here so that tests can check the analysis against
//! it: after each infusion series relief rises within two days to a peak of 55 to 70%, holds, and
//! fades along a logistic curve whose midpoint lies at day 28 to 34 (a [`ReliefCurve`], the same
//! generator the accuracy simulation uses), while maintenance infusions come about every 6 weeks.
//! Relief therefore runs out one to two weeks before the next infusion.
//!
//! The made-up clinic, notes and tags are written in the current thread's language, as a
//! patient would write them; the side effects are the quick choices, stored under their English
//! names like every journal's. The language changes no number: the same seed gives the same days,
//! scores and infusions in every language.

use chrono::{Duration, NaiveDate};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rand_distr::{Distribution, Normal};

use crate::domain::{
    DoseMg, DurationMin, Entry, Infusion, Journal, Phase, RescueDoses, Score, Settings, SleepHours,
    TextList,
};
use crate::synthetic::{Decline, ReliefCurve};
use crate::t;

/// The seed used when none is given.
pub const DEFAULT_SEED: u64 = 2026;

/// Days between maintenance infusions in the demo, before jitter.
pub const MAINTENANCE_INTERVAL_DAYS: i64 = 42;

/// The day after an infusion around which the demo's relief has faded by half (before jitter).
pub const FADE_MIDPOINT_DAY: f64 = 31.0;

/// The made-up words of the demo journal, in the language it is made in.
struct DemoWords {
    clinic: String,
    notes: [String; 8],
    infusion_note: String,
    /// Weather, overexertion and stress.
    tags: [String; 3],
}

impl DemoWords {
    fn new() -> Self {
        Self {
            clinic: t!("demo-clinic"),
            notes: [
                t!("demo-note-walk"),
                t!("demo-note-bad-night"),
                t!("demo-note-physio"),
                t!("demo-note-cold"),
                t!("demo-note-good-day"),
                t!("demo-note-bed"),
                t!("demo-note-family"),
                t!("demo-note-flare"),
            ],
            infusion_note: t!("demo-note-infusion"),
            tags: [
                t!("demo-tag-weather"),
                t!("demo-tag-overexertion"),
                t!("demo-tag-stress"),
            ],
        }
    }
}

/// Generates a demo journal of about `years` years ending on `today`, with one planned
/// infusion ahead, its notes in the current thread's language.
pub fn demo_journal(today: NaiveDate, years: u32, seed: u64) -> Journal {
    let words = DemoWords::new();
    let mut rng = StdRng::seed_from_u64(seed);
    let start = today - Duration::days(i64::from(years.max(1)) * 365);
    let baseline_pain = rng.random_range(6.5..7.5);
    let baseline_days = rng.random_range(14..=28);

    let mut infusions = Vec::new();
    let mut relief_curves = Vec::new();

    // Loading series: 4 to 6 infusions over at most two weeks.
    let loading_count = rng.random_range(4..=6);
    let mut day = start + Duration::days(baseline_days);
    for index in 0..loading_count {
        if index > 0 {
            day += Duration::days(if loading_count >= 6 {
                2
            } else {
                rng.random_range(2..=3)
            });
        }
        infusions.push(demo_infusion(&mut rng, &words, day, Some(Phase::Loading)));
    }
    relief_curves.push(demo_curve(&mut rng, day));

    // Maintenance infusions about every six weeks until today; the next one is planned.
    loop {
        day += Duration::days(MAINTENANCE_INTERVAL_DAYS + rng.random_range(-3..=3));
        if day > today {
            let mut planned = Infusion::planned(day);
            planned.clinic = words.clinic.clone();
            infusions.push(planned);
            break;
        }
        infusions.push(demo_infusion(&mut rng, &words, day, None));
        relief_curves.push(demo_curve(&mut rng, day));
    }

    let infusion_days: Vec<NaiveDate> = infusions
        .iter()
        .filter(|infusion| infusion.is_done())
        .map(|infusion| infusion.date)
        .collect();
    let noise = Normal::new(0.0, 0.9).expect("0.9 is a valid standard deviation");
    let mut entries = Vec::new();
    let mut date = start;
    while date <= today {
        let days_since_infusion = infusion_days
            .iter()
            .rev()
            .find(|&&infusion_day| infusion_day <= date)
            .map(|&infusion_day| (date - infusion_day).num_days());
        let relief = relief_on(&relief_curves, date);
        let skip_chance = match days_since_infusion {
            Some(0) => 0.45,
            Some(1 | 2) => 0.25,
            _ => 0.10,
        };
        if rng.random_bool(skip_chance) {
            date += Duration::days(1);
            continue;
        }
        let pain_level = baseline_pain * (1.0 - relief) + noise.sample(&mut rng);
        entries.push(demo_entry(
            &mut rng,
            &words,
            date,
            pain_level,
            relief,
            days_since_infusion,
        ));
        date += Duration::days(1);
    }

    Journal {
        entries,
        infusions,
        settings: Settings::default(),
    }
}

/// The demo's relief after one infusion series, from `anchor` on: half the peak on day 0, the
/// full peak from day 2, then a logistic fade whose midpoint is near [`FADE_MIDPOINT_DAY`].
fn demo_curve(rng: &mut StdRng, anchor: NaiveDate) -> (NaiveDate, ReliefCurve) {
    let peak_pct = rng.random_range(55.0..70.0);
    let fade_midpoint_day = FADE_MIDPOINT_DAY + rng.random_range(-3.0..3.0);
    let ramp_days = 2;
    let curve = ReliefCurve {
        carry_in_pct: peak_pct / 2.0,
        peak_pct,
        ramp_days,
        plateau_days: 0,
        decline: Decline::Logistic {
            midpoint_days: fade_midpoint_day - f64::from(ramp_days),
            scale_days: 3.0,
        },
        floor_pct: 0.0,
    };
    (anchor, curve)
}

/// Relief as a fraction of baseline pain on `date`, from the latest curve that has started.
fn relief_on(curves: &[(NaiveDate, ReliefCurve)], date: NaiveDate) -> f64 {
    curves
        .iter()
        .rev()
        .find(|(anchor, _)| *anchor <= date)
        .and_then(|(anchor, curve)| {
            u32::try_from((date - *anchor).num_days())
                .ok()
                .map(|day| curve.relief_pct(day))
        })
        .map_or(0.0, |pct| pct / 100.0)
}

fn demo_infusion(
    rng: &mut StdRng,
    words: &DemoWords,
    date: NaiveDate,
    phase: Option<Phase>,
) -> Infusion {
    let mut infusion = Infusion::done(date);
    infusion.phase = phase;
    infusion.dose_mg = DoseMg::new(f64::from(rng.random_range(7..=12_u8)) * 5.0).ok();
    infusion.duration_min = DurationMin::new(rng.random_range(4..=6) * 10).ok();
    infusion.clinic = words.clinic.clone();
    let effects: Vec<&str> = ["nausea", "dissociation", "drowsiness", "dizziness"]
        .into_iter()
        .filter(|_| rng.random_bool(0.3))
        .collect();
    infusion.side_effects = TextList::new("side_effects", effects).unwrap_or_default();
    if rng.random_bool(0.2) {
        infusion.note = words.infusion_note.clone();
    }
    infusion
}

fn demo_entry(
    rng: &mut StdRng,
    words: &DemoWords,
    date: NaiveDate,
    pain_level: f64,
    relief: f64,
    days_since_infusion: Option<i64>,
) -> Entry {
    let pain = clamp_score(pain_level);
    let mut entry = Entry::new(date, Score::saturating(pain));
    let jitter = |rng: &mut StdRng| rng.random_range(-1.0..1.0);
    entry.worst_pain = Some(Score::saturating(clamp_score(
        pain_level + 1.5 + jitter(rng),
    )));
    entry.sleep_quality = Some(Score::saturating(clamp_score(
        9.0 - 0.8 * pain_level + jitter(rng),
    )));
    entry.mobility = Some(Score::saturating(clamp_score(
        10.0 - pain_level + jitter(rng),
    )));
    entry.mood = Some(Score::saturating(clamp_score(
        8.5 - 0.6 * pain_level + jitter(rng),
    )));
    let hours = (8.5 - 0.35 * pain_level + jitter(rng)).clamp(3.0, 10.0);
    entry.sleep_hours = SleepHours::new((hours * 4.0).round() / 4.0).ok();
    let rescue_mean = if relief < 0.3 { 2.0 } else { 0.4 };
    let rescue = (rescue_mean + 1.2 * jitter(rng)).round().clamp(0.0, 6.0) as i64;
    entry.rescue_doses = RescueDoses::new(rescue).ok();
    let fading = relief > 0.05 && relief < 0.4 && days_since_infusion.is_some_and(|day| day > 14);
    entry.wearing_off = fading && rng.random_bool(0.6);
    let mut side_effects = Vec::new();
    if days_since_infusion == Some(1) && rng.random_bool(0.4) {
        side_effects.push("drowsiness");
    }
    if rng.random_bool(0.03) {
        side_effects.push("headache");
    }
    entry.side_effects = TextList::new("side_effects", side_effects).unwrap_or_default();
    let [weather, overexertion, stress] = &words.tags;
    let tags: Vec<&str> = [(weather, 0.06), (overexertion, 0.04), (stress, 0.05)]
        .into_iter()
        .filter(|&(_, chance)| rng.random_bool(chance))
        .map(|(tag, _)| tag.as_str())
        .collect();
    entry.tags = TextList::new("tags", tags).unwrap_or_default();
    if rng.random_bool(0.08) {
        entry.note = words.notes[rng.random_range(0..words.notes.len())].clone();
    }
    entry
}

fn clamp_score(level: f64) -> i64 {
    level.round().clamp(0.0, 10.0) as i64
}
