//! Journals generated from a known relief curve, so the analysis can be checked against the truth.
//!
//! Each journal has an untreated baseline, a loading series and several maintenance infusions.
//! Every cycle follows a [`ReliefCurve`]: relief climbs from what carried over from the previous
//! cycle to a peak, may hold on a plateau, then declines exponentially, along a logistic curve or
//! drops off linearly. Some cycles are still fading when the next infusion comes: their relief
//! crosses 30% 4 to 20 days after it.
//! Daily pain is `baseline * (1 - relief) + noise`, rounded to a whole score and clipped to 0 to
//! 10; days go missing at random, more often on and just after infusion days. The ranges follow
//! `docs/ANALYSIS.md`.
//!
//! Besides the standard ranges, each [`Class`] pushes one case that real journals produce, and
//! that is hardest to measure, to its extreme: low untreated pain, slow fades, a lasting benefit
//! that stays after each fade, and a remembered baseline well off the truth. A [`Variation`]
//! changes how the patient logs, or what their pain does besides relief: days missed in runs,
//! days missed more often when relief is good, flares, bad days.
//!
//! Used by the accuracy tests and by benchmarks; nothing in the app depends on it.

use std::ops::RangeInclusive;

use chrono::{Duration, NaiveDate};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rand_distr::{Poisson, StandardNormal};

use super::{Decline, HORIZON_DAYS, ReliefCurve};
use crate::analysis::stats::{median, theil_sen_slope};
use crate::analysis::{MIN_TREND_CYCLES, SHORTENING_MARGIN_DAYS, TREND_CYCLES};
use crate::domain::{Entry, Infusion, Journal, RescueDoses, Score};

/// Untreated baseline pain.
pub const BASELINE_PAIN: RangeInclusive<f64> = 5.5..=9.0;
/// Peak relief of a cycle, in percent.
pub const PEAK_RELIEF_PCT: RangeInclusive<f64> = 50.0..=90.0;
/// Standard deviation of the daily noise on the pain score.
pub const NOISE_SD: RangeInclusive<f64> = 0.6..=1.2;
/// Share of ordinary days with no entry.
pub const MISSING_SHARE: RangeInclusive<f64> = 0.05..=0.35;
/// Extra chance that an infusion day has no entry.
pub const INFUSION_DAY_EXTRA_MISSING: f64 = 0.4;
/// Extra chance that one of the two days after an infusion has no entry.
pub const AFTER_INFUSION_EXTRA_MISSING: f64 = 0.2;
/// Days logged before the first infusion.
pub const PRETREATMENT_DAYS: RangeInclusive<u32> = 14..=28;
/// Infusions in the loading series: one to five before its last (the anchor).
pub const LOADING_INFUSIONS: RangeInclusive<u32> = 2..=6;
/// Days the loading series spans, first to last infusion, when it has infusions enough to keep
/// them at most [`LOADING_MAX_GAP_DAYS`] apart.
pub const LOADING_SPAN_DAYS: RangeInclusive<u32> = 7..=14;
/// The longest gap between two loading infusions: the default `series_gap_days`, so the loading
/// infusions form one series.
pub const LOADING_MAX_GAP_DAYS: u32 = 7;
/// Completed maintenance cycles in a journal of [`random_journal`].
pub const MAINTENANCE_CYCLES: RangeInclusive<u32> = 3..=6;
/// Days from one series' last infusion to the next infusion.
pub const INTERVAL_DAYS: RangeInclusive<u32> = 28..=70;
/// Days observed in the open cycle at the end.
pub const OPEN_CYCLE_DAYS: RangeInclusive<u32> = 7..=45;
/// Days from the infusion to the peak of relief.
pub const RAMP_DAYS: RangeInclusive<u32> = 1..=3;
/// Half-life of an exponential decline (published range 5 to 20 days).
pub const HALF_LIFE_DAYS: RangeInclusive<f64> = 5.0..=20.0;
/// Plateau before an exponential decline.
pub const EXPONENTIAL_PLATEAU_DAYS: RangeInclusive<u32> = 0..=5;
/// Plateau before a linear drop.
pub const PLATEAU_DAYS: RangeInclusive<u32> = 10..=50;
/// Days a linear drop takes from the peak to no relief.
pub const DROP_DAYS: RangeInclusive<f64> = 5.0..=14.0;
/// Days from the start of a logistic decline to half the peak.
pub const LOGISTIC_MIDPOINT_DAYS: RangeInclusive<f64> = 8.0..=55.0;
/// How gradual a logistic decline is: relief falls from about 73% to 27% of the peak over twice
/// this many days.
pub const LOGISTIC_SCALE_DAYS: RangeInclusive<f64> = 2.0..=15.0;
/// How gradual the logistic fade of a cycle still fading at the next infusion is (see
/// [`LOGISTIC_SCALE_DAYS`]): up to a slow fade over most of a long interval.
pub const FADING_LOGISTIC_SCALE_DAYS: RangeInclusive<f64> = 3.0..=25.0;
/// In a cycle still fading at the next infusion, true relief crosses 30% this many days after it.
pub const FADING_AFTER_NEXT_DAYS: RangeInclusive<u32> = 4..=20;
/// Relief that "clearly ends early" falls below 30% at least this many days before the next infusion.
pub const CLEARLY_EARLY_DAYS: u32 = 10;
/// Relief that "clearly lasts" stays at or above this percentage until the next infusion…
pub const CLEARLY_LASTING_PCT: f64 = 40.0;
/// …or, still fading, crosses 30% at least this many days after the next infusion.
pub const CLEARLY_OUTLASTING_DAYS: u32 = 4;
/// Logged days left in the last week before the first infusion of a sparse pretreatment period.
pub const SPARSE_WEEK_LOGGED: RangeInclusive<usize> = 2..=3;
/// Days into the maintenance cycle on which a journal started mid-treatment begins.
pub const MID_TREATMENT_START_DAY: RangeInclusive<u32> = 3..=20;
/// Mean error of a remembered baseline, in pain points: people tend to remember untreated pain as
/// somewhat worse than they logged it.
pub const REMEMBERED_BIAS: f64 = 0.5;
/// Standard deviation of the error of a remembered baseline, in pain points.
pub const REMEMBERED_SD: f64 = 0.7;
/// Untreated pain in the low-baseline class: 30% relief is then only 1.5 to 2 points.
pub const LOW_BASELINE_PAIN: RangeInclusive<f64> = 5.0..=6.8;
/// Noise in the low-baseline class: the upper half of [`NOISE_SD`].
pub const LOW_BASELINE_NOISE_SD: RangeInclusive<f64> = 0.6..=1.2;
/// Share of ordinary days unlogged in the low-baseline class: a quarter to over a third.
pub const LOW_BASELINE_MISSING_SHARE: RangeInclusive<f64> = 0.25..=0.35;
/// In the slow-fade class, the days relief takes to slide from 35% to 25%, the band of 5 points
/// either side of the meaningful threshold.
pub const SLOW_BAND_DAYS: RangeInclusive<f64> = 10.0..=20.0;
/// In the slow-fade class, a logistic fade's midpoint lies at least this many scales into the
/// decline, so relief starts its fade near its peak (at least 82% of it).
pub const SLOW_LOGISTIC_MIN_MIDPOINT_SCALES: f64 = 1.5;
/// In the slow-fade class, how much later than that earliest midpoint a logistic fade's may lie.
pub const SLOW_LOGISTIC_MIDPOINT_SPREAD_DAYS: RangeInclusive<f64> = 0.0..=25.0;
/// In the lasting-benefit class, the relief that stays after each fade, in percent (one value
/// per journal): pain settles this far below the untreated level.
pub const LASTING_BENEFIT_PCT: RangeInclusive<f64> = 5.0..=20.0;
/// In the remembered-off class, how far the remembered baseline lies from the truth before it is
/// rounded to a whole score, in pain points…
pub const REMEMBERED_OFF_POINTS: RangeInclusive<f64> = 0.5..=1.5;
/// …and how often it lies above the truth rather than below it.
pub const REMEMBERED_OFF_ABOVE_SHARE: f64 = 2.0 / 3.0;
/// Days missed in runs ([`Variation::MissedInRuns`]): the mean length of a run of unlogged days.
pub const MISSED_RUN_DAYS: f64 = 3.0;
/// Days missed when relief is good ([`Variation::MissedWhenWell`]): a day's chance of going
/// unlogged rises by this much times its true relief (as a share: 0.3 × 0.6 = 0.18 more at 60%).
pub const MISSED_WHEN_WELL_SHARE: f64 = 0.3;
/// Flares ([`Variation::Flares`]): the chance that a flare begins on a day without one, from the
/// first infusion on: with flares of 6.5 days on average, one begins about every 50 days (about
/// one every seven weeks) and about 13% of the days lie in one.
pub const FLARE_START_CHANCE: f64 = 1.0 / 45.0;
/// How long a flare lasts, in days.
pub const FLARE_DAYS: RangeInclusive<u32> = 3..=10;
/// How much pain a flare adds, in points, on top of what relief leaves.
pub const FLARE_PAIN_POINTS: RangeInclusive<f64> = 1.5..=3.0;
/// Bad days ([`Variation::BadDays`]): the chance that a spell of bad days begins on a day
/// without one, from the first infusion on: with spells of 1.5 days on average, about 7% of the
/// days are bad.
pub const BAD_DAY_START_CHANCE: f64 = 1.0 / 20.0;
/// How long a spell of bad days lasts, in days.
pub const BAD_DAYS: RangeInclusive<u32> = 1..=2;
/// How much pain a bad day adds, in points, on top of what relief leaves.
pub const BAD_DAY_PAIN_POINTS: RangeInclusive<f64> = 3.0..=5.0;
/// The band either side of the meaningful threshold whose crossing a slow fade spreads out:
/// relief from 35% to 25%.
const SLOW_BAND_PCT: (f64, f64) = (35.0, 25.0);
/// The threshold of meaningful relief the truth is judged by.
const MEANINGFUL_PCT: f64 = 30.0;
/// How many times a curve is redrawn to fit a scenario before the last draw is kept.
const MAX_DRAWS: usize = 10_000;

/// One simulated cycle with its true relief.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrueCycle {
    /// The last infusion of the series: day 0.
    pub anchor: NaiveDate,
    /// The next infusion; `None` for the open cycle.
    pub next_infusion: Option<NaiveDate>,
    /// The true relief.
    pub curve: ReliefCurve,
}

impl TrueCycle {
    /// Days from the anchor to the next infusion.
    pub fn length_days(&self) -> Option<u32> {
        let days = (self.next_infusion? - self.anchor).num_days();
        u32::try_from(days).ok()
    }

    /// Relief falls below 30% at least [`CLEARLY_EARLY_DAYS`] before the next infusion.
    pub fn ends_clearly_early(&self) -> bool {
        let (Some(length), Some(loss)) = (
            self.length_days(),
            self.curve.first_day_below(MEANINGFUL_PCT),
        ) else {
            return false;
        };
        loss + CLEARLY_EARLY_DAYS <= length
    }

    /// Relief clearly outlasts the interval: it stays at or above [`CLEARLY_LASTING_PCT`] up to
    /// the next infusion, or, still fading, crosses 30% at least [`CLEARLY_OUTLASTING_DAYS`] after
    /// it.
    pub fn lasts_clearly(&self) -> bool {
        let Some(length) = self.length_days() else {
            return false;
        };
        let below = |pct| self.curve.first_day_below(pct);
        below(CLEARLY_LASTING_PCT).is_none_or(|day| day >= length)
            || below(MEANINGFUL_PCT).is_none_or(|day| day >= length + CLEARLY_OUTLASTING_DAYS)
    }

    /// Relief is still fading when the next infusion comes: true relief crosses 30% within
    /// [`FADING_AFTER_NEXT_DAYS`] after it.
    pub fn fades_after_next(&self) -> bool {
        let (Some(length), Some(fade)) = (
            self.length_days(),
            self.curve.first_day_below(MEANINGFUL_PCT),
        ) else {
            return false;
        };
        fade >= length && FADING_AFTER_NEXT_DAYS.contains(&(fade - length))
    }
}

/// What the maintenance intervals are chosen to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// Every cycle's relief falls below 30% at least 10 days before the next infusion.
    EndsEarly,
    /// Every cycle's relief stays at or above 40% until the next infusion (boosters come early).
    Lasts,
    /// Every cycle's relief is still fading when the next infusion comes: it crosses 30% 4 to 20
    /// days after it (exponential or logistic fades), so it is meaningful but well below its peak.
    FadesAfterNext,
    /// Curves and intervals drawn independently: some end early, some outlast the interval.
    Mixed,
}

/// Which case of real journals a simulated journal stresses. Every class draws from the standard
/// ranges above except for the one it pushes to its extreme, so a miss can be told apart by
/// class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// The standard ranges.
    Standard,
    /// Low untreated pain ([`LOW_BASELINE_PAIN`]), with noise in the upper half of its range
    /// ([`LOW_BASELINE_NOISE_SD`]) and a quarter to over a third of the days unlogged
    /// ([`LOW_BASELINE_MISSING_SHARE`]).
    LowBaseline,
    /// Slow fades: exponential or logistic declines that take [`SLOW_BAND_DAYS`] to slide from
    /// 35% to 25% relief.
    SlowFade,
    /// A lasting benefit ([`LASTING_BENEFIT_PCT`]) stays after each fade: pain settles below the
    /// untreated level.
    LastingBenefit,
    /// A remembered baseline [`REMEMBERED_OFF_POINTS`] above the truth (two times in three) or
    /// below it, before rounding to a whole score.
    RememberedOff,
}

impl Class {
    /// Every class, the standard one first.
    pub const ALL: [Self; 5] = [
        Self::Standard,
        Self::LowBaseline,
        Self::SlowFade,
        Self::LastingBenefit,
        Self::RememberedOff,
    ];

    /// A short name for tables: `standard`, `low baseline`, …
    pub fn name(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::LowBaseline => "low baseline",
            Self::SlowFade => "slow fade",
            Self::LastingBenefit => "lasting benefit",
            Self::RememberedOff => "remembered off",
        }
    }

    fn baseline_pain(self) -> RangeInclusive<f64> {
        match self {
            Self::LowBaseline => LOW_BASELINE_PAIN,
            _ => BASELINE_PAIN,
        }
    }

    fn noise_sd(self) -> RangeInclusive<f64> {
        match self {
            Self::LowBaseline => LOW_BASELINE_NOISE_SD,
            _ => NOISE_SD,
        }
    }

    fn missing_share(self) -> RangeInclusive<f64> {
        match self {
            Self::LowBaseline => LOW_BASELINE_MISSING_SHARE,
            _ => MISSING_SHARE,
        }
    }
}

/// How a journal departs from the standard logging and pain of its [`Class`], as real journals do.
/// The truth is the relief curve whatever the variation: a flare is pain on top of it, not relief
/// lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variation {
    /// Days missed one by one, each at the journal's share (more on and just after infusion days).
    None,
    /// Days missed in runs of [`MISSED_RUN_DAYS`] on average (a bad week, a trip), at the same
    /// share: a two-state chain whose days go unlogged as often as independent days would.
    MissedInRuns,
    /// Days missed more often when relief is good: each day's chance of going unlogged rises by
    /// [`MISSED_WHEN_WELL_SHARE`] times its true relief.
    MissedWhenWell,
    /// Flares from the first infusion on: [`FLARE_DAYS`] of pain [`FLARE_PAIN_POINTS`] higher,
    /// beginning on any day without one with chance [`FLARE_START_CHANCE`]. Not before
    /// treatment: a flare there changes what the untreated pain is, which the truth would then
    /// have to say.
    Flares,
    /// Bad days from the first infusion on: spells of [`BAD_DAYS`] with pain
    /// [`BAD_DAY_PAIN_POINTS`] higher (a migraine, a fall, a night without sleep), beginning on
    /// any day without one with chance [`BAD_DAY_START_CHANCE`]: a 7-day mean carries one for a
    /// week.
    BadDays,
}

impl Variation {
    /// Every variation, the standard one first.
    pub const ALL: [Self; 5] = [
        Self::None,
        Self::MissedInRuns,
        Self::MissedWhenWell,
        Self::Flares,
        Self::BadDays,
    ];

    /// A short name for tables: `days missed one by one`, `days missed in runs`, …
    pub fn name(self) -> &'static str {
        match self {
            Self::None => "days missed one by one",
            Self::MissedInRuns => "days missed in runs",
            Self::MissedWhenWell => "days missed when well",
            Self::Flares => "flares",
            Self::BadDays => "bad days",
        }
    }

    /// The spells of pain added on top of relief this variation draws, if any.
    fn pain_spells(self) -> Option<PainSpells> {
        match self {
            Self::Flares => Some(PainSpells {
                start_chance: FLARE_START_CHANCE,
                days: FLARE_DAYS,
                points: FLARE_PAIN_POINTS,
            }),
            Self::BadDays => Some(PainSpells {
                start_chance: BAD_DAY_START_CHANCE,
                days: BAD_DAYS,
                points: BAD_DAY_PAIN_POINTS,
            }),
            Self::None | Self::MissedInRuns | Self::MissedWhenWell => None,
        }
    }
}

/// Spells of pain on top of what relief leaves (flares, bad days): each begins on a day without
/// one with chance `start_chance`, lasts `days` and adds `points`.
#[derive(Debug, Clone)]
struct PainSpells {
    start_chance: f64,
    days: RangeInclusive<u32>,
    points: RangeInclusive<f64>,
}

/// How logging begins, as patients really start their journals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// Logging starts weeks before the first infusion, with the usual missing days.
    Pretreatment,
    /// As [`Start::Pretreatment`], but only 2 or 3 days of the last week before the first infusion
    /// are logged; the weeks before it are logged as usual.
    SparsePretreatment,
    /// Logging starts 3 to 20 days into the first or second maintenance cycle; only the infusion
    /// that began that cycle and the later ones are recorded. With `remembered`, the patient gives
    /// the pain they remember from before ketamine: the true untreated pain plus a normal error of
    /// mean [`REMEMBERED_BIAS`] and SD [`REMEMBERED_SD`], rounded to a whole score.
    MidTreatment {
        /// Whether a remembered baseline is given.
        remembered: bool,
    },
}

/// A generated journal and the truth behind it.
#[derive(Debug, Clone)]
pub struct SimulatedJournal {
    /// The journal, as the analysis sees it.
    pub journal: Journal,
    /// The last day of the journal.
    pub today: NaiveDate,
    /// The true cycles, oldest first; the last one is open.
    pub cycles: Vec<TrueCycle>,
    /// The scenario the intervals were drawn for.
    pub scenario: Scenario,
    /// The true untreated pain.
    pub baseline_pain: f64,
    /// Standard deviation of the daily noise.
    pub noise_sd: f64,
    /// Share of ordinary days with no entry.
    pub missing_share: f64,
    /// How logging began.
    pub start: Start,
    /// The baseline the patient remembered, if asked and given (already in the settings).
    pub remembered_baseline: Option<f64>,
    /// The case of real journals it stresses.
    pub class: Class,
    /// Relief that stays after each fade, in percent (0 unless the class has a lasting benefit).
    pub lasting_benefit_pct: f64,
    /// How its logging and pain depart from the class's.
    pub variation: Variation,
}

impl SimulatedJournal {
    /// The cycles whose anchor infusion is recorded in the journal, oldest first: all of them,
    /// unless logging started mid-treatment.
    pub fn recorded_cycles(&self) -> impl Iterator<Item = &TrueCycle> {
        let first_recorded = done_dates(&self.journal.infusions).min();
        self.cycles
            .iter()
            .filter(move |cycle| first_recorded.is_some_and(|first| cycle.anchor >= first))
    }

    /// The recorded cycles that have ended, oldest first.
    pub fn completed_cycles(&self) -> impl Iterator<Item = &TrueCycle> {
        self.recorded_cycles()
            .filter(|cycle| cycle.next_infusion.is_some())
    }

    /// Whether every completed cycle ends clearly early.
    pub fn ends_clearly_early(&self) -> bool {
        self.completed_cycles().all(TrueCycle::ends_clearly_early)
    }

    /// Whether every completed cycle clearly outlasts the interval (see
    /// [`TrueCycle::lasts_clearly`]).
    pub fn lasts_clearly(&self) -> bool {
        self.completed_cycles().all(TrueCycle::lasts_clearly)
    }

    /// The trend of the true relief durations over the last [`TREND_CYCLES`] completed cycles (at
    /// least [`MIN_TREND_CYCLES`]; `None` with fewer), as `relief_shortening` judges the measured
    /// ones: the median of their pairwise slopes (Theil–Sen), in days per cycle, and how many days
    /// the latest lies below the median of the earlier ones (negative when above). A duration is
    /// the days to the day true relief falls below 30%, or the whole interval when relief
    /// outlasts it, as the flag counts it.
    pub fn true_duration_trend(&self) -> Option<(f64, f64)> {
        let durations: Vec<f64> = self
            .completed_cycles()
            .filter_map(|cycle| {
                let length = cycle.length_days()?;
                let fade = cycle
                    .curve
                    .first_day_below(MEANINGFUL_PCT)
                    .unwrap_or(length);
                Some(f64::from(fade.min(length)))
            })
            .collect();
        let recent = durations.get(durations.len().saturating_sub(TREND_CYCLES)..)?;
        if recent.len() < MIN_TREND_CYCLES {
            return None;
        }
        let (latest, earlier) = recent.split_last()?;
        let points: Vec<(f64, f64)> = (0..recent.len())
            .zip(recent)
            .map(|(index, days)| (index as f64, *days))
            .collect();
        Some((theil_sen_slope(&points)?, median(earlier)? - latest))
    }

    /// Whether relief clearly does not shorten, what `relief_shortening` must not be raised on:
    /// the true durations do not trend down (see [`Self::true_duration_trend`]), or the latest is
    /// at least the median of the earlier ones.
    pub fn relief_clearly_not_shortening(&self) -> bool {
        self.true_duration_trend()
            .is_some_and(|(slope, shortfall)| slope >= 0.0 || shortfall <= 0.0)
    }

    /// Whether relief clearly shortens, what `relief_shortening` is for: the true durations trend
    /// down, and the latest lies at least [`SHORTENING_MARGIN_DAYS`] below the median of the
    /// earlier ones.
    pub fn relief_clearly_shortening(&self) -> bool {
        self.true_duration_trend()
            .is_some_and(|(slope, shortfall)| slope < 0.0 && shortfall >= SHORTENING_MARGIN_DAYS)
    }
}

/// A journal of the given scenario with 3 to 6 completed maintenance cycles, logged from weeks
/// before the first infusion.
pub fn random_journal<R: Rng + ?Sized>(rng: &mut R, scenario: Scenario) -> SimulatedJournal {
    random_journal_from(rng, scenario, Start::Pretreatment)
}

/// A journal of the given scenario with 3 to 6 completed maintenance cycles, begun as `start`
/// says.
pub fn random_journal_from<R: Rng + ?Sized>(
    rng: &mut R,
    scenario: Scenario,
    start: Start,
) -> SimulatedJournal {
    random_journal_of(rng, Class::Standard, scenario, start)
}

/// A journal of `class` and `scenario` with 3 to 6 completed maintenance cycles, begun as
/// `start` says.
pub fn random_journal_of<R: Rng + ?Sized>(
    rng: &mut R,
    class: Class,
    scenario: Scenario,
    start: Start,
) -> SimulatedJournal {
    random_varied_journal(rng, class, Variation::None, scenario, start)
}

/// As [`random_journal_of`], logged with `variation`. With [`Variation::None`] it draws the same
/// journal from the same generator state.
pub fn random_varied_journal<R: Rng + ?Sized>(
    rng: &mut R,
    class: Class,
    variation: Variation,
    scenario: Scenario,
    start: Start,
) -> SimulatedJournal {
    let maintenance_cycles = rng.random_range(MAINTENANCE_CYCLES);
    let simulated = simulate(rng, class, variation, scenario, maintenance_cycles);
    begin(rng, simulated, start)
}

/// Turns a journal logged from before treatment into one begun as `start` says: drops the
/// entries and infusions a patient starting that way would not have.
fn begin<R: Rng + ?Sized>(
    rng: &mut R,
    mut simulated: SimulatedJournal,
    start: Start,
) -> SimulatedJournal {
    simulated.start = start;
    let first_infusion = simulated
        .journal
        .infusions
        .iter()
        .map(|infusion| infusion.date)
        .min();
    match start {
        Start::Pretreatment => {}
        Start::SparsePretreatment => {
            let Some(first) = first_infusion else {
                return simulated;
            };
            let week_start = first - days(7);
            let in_week: Vec<NaiveDate> = simulated
                .journal
                .entries
                .iter()
                .map(|entry| entry.date)
                .filter(|date| *date >= week_start && *date < first)
                .collect();
            // Keep 2 or 3 of the week's logged days, chosen at random.
            let keep = rng.random_range(SPARSE_WEEK_LOGGED).min(in_week.len());
            let mut kept = in_week;
            while kept.len() > keep {
                let left_out = rng.random_range(0..kept.len());
                kept.swap_remove(left_out);
            }
            simulated.journal.entries.retain(|entry| {
                entry.date < week_start || entry.date >= first || kept.contains(&entry.date)
            });
        }
        Start::MidTreatment { remembered } => {
            // The first or the second maintenance cycle (cycle 0 follows the loading series).
            let index = rng
                .random_range(1..=2)
                .min(simulated.cycles.len().saturating_sub(1));
            let Some(cycle) = simulated.cycles.get(index).copied() else {
                return simulated;
            };
            let longest = cycle
                .length_days()
                .map_or(*MID_TREATMENT_START_DAY.end(), |length| {
                    length.saturating_sub(1)
                });
            let offset = rng
                .random_range(MID_TREATMENT_START_DAY)
                .min(longest.max(*MID_TREATMENT_START_DAY.start()));
            let logging_starts = cycle.anchor + days(offset);
            simulated
                .journal
                .entries
                .retain(|entry| entry.date >= logging_starts);
            simulated
                .journal
                .infusions
                .retain(|infusion| infusion.date >= cycle.anchor);
            if remembered {
                let error = match simulated.class {
                    Class::RememberedOff => {
                        let size = rng.random_range(REMEMBERED_OFF_POINTS);
                        if rng.random_bool(REMEMBERED_OFF_ABOVE_SHARE) {
                            size
                        } else {
                            -size
                        }
                    }
                    _ => {
                        let error: f64 = rng.sample(StandardNormal);
                        REMEMBERED_BIAS + REMEMBERED_SD * error
                    }
                };
                let recalled = (simulated.baseline_pain + error).round().clamp(1.0, 10.0);
                simulated.remembered_baseline = Some(recalled);
                simulated.journal.settings.baseline_pain = Some(recalled);
            }
        }
    }
    simulated
}

/// A mixed journal covering about `years` years, for timing the analysis.
pub fn long_journal(years: u32, seed: u64) -> SimulatedJournal {
    let mut rng = StdRng::seed_from_u64(seed);
    let mean_interval = (INTERVAL_DAYS.start() + INTERVAL_DAYS.end()) / 2;
    let cycles = (years * 365).div_ceil(mean_interval);
    simulate_journal(&mut rng, Scenario::Mixed, cycles)
}

/// A journal of `scenario` with `maintenance_cycles` completed maintenance cycles after the
/// loading cycle, and one open cycle at the end.
pub fn simulate_journal<R: Rng + ?Sized>(
    rng: &mut R,
    scenario: Scenario,
    maintenance_cycles: u32,
) -> SimulatedJournal {
    simulate_journal_of(rng, Class::Standard, scenario, maintenance_cycles)
}

/// As [`simulate_journal`], drawn for `class`.
pub fn simulate_journal_of<R: Rng + ?Sized>(
    rng: &mut R,
    class: Class,
    scenario: Scenario,
    maintenance_cycles: u32,
) -> SimulatedJournal {
    simulate(rng, class, Variation::None, scenario, maintenance_cycles)
}

fn simulate<R: Rng + ?Sized>(
    rng: &mut R,
    class: Class,
    variation: Variation,
    scenario: Scenario,
    maintenance_cycles: u32,
) -> SimulatedJournal {
    let baseline_pain = rng.random_range(class.baseline_pain());
    let noise_sd = rng.random_range(class.noise_sd());
    let missing_share = rng.random_range(class.missing_share());
    // Drawn only for its class, so the standard journals of a seed stay as they were.
    let lasting_benefit_pct = match class {
        Class::LastingBenefit => rng.random_range(LASTING_BENEFIT_PCT),
        _ => 0.0,
    };
    let shape = CurveShape {
        class,
        floor_pct: lasting_benefit_pct,
    };
    let start =
        NaiveDate::from_ymd_opt(2020, 1, 6).unwrap_or_default() + days(rng.random_range(0..365));
    let first_infusion = start + days(rng.random_range(PRETREATMENT_DAYS));

    let loading_dates = loading_series(rng, first_infusion);
    let loading_anchor = loading_dates.last().copied().unwrap_or(first_infusion);
    let mut cycles = Vec::new();
    let mut anchor = loading_anchor;
    let mut carry_in = rng.random_range(0.5..=0.9) * rng.random_range(PEAK_RELIEF_PCT);
    for _ in 0..=maintenance_cycles {
        let (curve, interval) = draw_cycle(rng, shape, scenario, carry_in);
        let next = anchor + days(interval);
        carry_in = curve.relief_pct(interval);
        cycles.push(TrueCycle {
            anchor,
            next_infusion: Some(next),
            curve,
        });
        anchor = next;
    }
    let (open_curve, _) = draw_cycle(rng, shape, Scenario::Mixed, carry_in);
    cycles.push(TrueCycle {
        anchor,
        next_infusion: None,
        curve: open_curve,
    });
    let today = anchor + days(rng.random_range(OPEN_CYCLE_DAYS) - 1);

    let mut infusions: Vec<Infusion> = loading_dates
        .iter()
        .map(|date| Infusion::done(*date))
        .collect();
    infusions.extend(
        cycles
            .iter()
            .skip(1)
            .map(|cycle| Infusion::done(cycle.anchor)),
    );
    if rng.random_bool(0.7) {
        infusions.push(Infusion::planned(today + days(rng.random_range(1..=21))));
    }
    let infusion_dates: Vec<NaiveDate> = done_dates(&infusions).collect();

    let mut entries = Vec::new();
    let mut logging = Logging::default();
    let mut date = start;
    while date <= today {
        let relief = true_relief(date, first_infusion, loading_anchor, &cycles);
        let added_pain = match variation.pain_spells() {
            Some(spells) if date >= first_infusion => logging.added_pain(rng, &spells),
            _ => 0.0,
        };
        let extra_missing = extra_missing(date, &infusion_dates);
        let missing = missing_share + extra_missing;
        let missed = match variation {
            Variation::MissedInRuns => logging.missed_in_runs(rng, missing_share, extra_missing),
            Variation::MissedWhenWell => {
                let well = MISSED_WHEN_WELL_SHARE * (relief / 100.0).max(0.0);
                rng.random_bool((missing + well).min(0.95))
            }
            Variation::None | Variation::Flares | Variation::BadDays => {
                rng.random_bool(missing.min(0.95))
            }
        };
        if !missed {
            let fading =
                cycle_day(date, &cycles).is_some_and(|(cycle, day)| day > cycle.curve.ramp_days);
            let pain = DailyPain {
                relief_pct: relief,
                baseline_pain,
                noise_sd,
                added_pain,
            };
            if let Some(entry) = daily_entry(rng, date, pain, fading) {
                entries.push(entry);
            }
        }
        date += days(1);
    }

    SimulatedJournal {
        journal: Journal {
            entries,
            infusions,
            settings: crate::domain::Settings::default(),
        },
        today,
        cycles,
        scenario,
        baseline_pain,
        noise_sd,
        missing_share,
        start: Start::Pretreatment,
        remembered_baseline: None,
        class,
        lasting_benefit_pct,
        variation,
    }
}

/// The extra chance that `date` goes unlogged: on an infusion day (of `infusion_dates`) and the
/// two days after one.
fn extra_missing(date: NaiveDate, infusion_dates: &[NaiveDate]) -> f64 {
    let since_infusion = infusion_dates
        .iter()
        .filter(|infusion| **infusion <= date)
        .map(|infusion| (date - *infusion).num_days())
        .min();
    match since_infusion {
        Some(0) => INFUSION_DAY_EXTRA_MISSING,
        Some(1 | 2) => AFTER_INFUSION_EXTRA_MISSING,
        _ => 0.0,
    }
}

/// What a day's logging and pain carry over from the day before.
#[derive(Debug, Default)]
struct Logging {
    /// Whether the day before lay in a run of days missed ([`Variation::MissedInRuns`]).
    in_run: bool,
    /// Days left of the spell of added pain under way (a flare, bad days), and the pain it adds.
    spell_days_left: u32,
    spell_pain_points: f64,
}

impl Logging {
    /// Whether today goes unlogged when days are missed in runs of [`MISSED_RUN_DAYS`] on
    /// average, with `share` the journal's share of days unlogged and `extra` the extra chance
    /// on and just after an infusion day. The runs are a two-state chain: a run goes on with
    /// chance `1 − 1 / MISSED_RUN_DAYS`, and one begins with chance `share × (1 /
    /// MISSED_RUN_DAYS) / (1 − share)`, so that in the long run a share `share` of the days lies
    /// in a run (up to a share of 0.75, where a run begins every day it can). A day outside a run
    /// is then missed for the infusion with chance `extra / (1 − share)`, so that a day on or just
    /// after an infusion is missed with chance `share + extra` in all, as with days missed one by
    /// one.
    fn missed_in_runs<R: Rng + ?Sized>(&mut self, rng: &mut R, share: f64, extra: f64) -> bool {
        debug_assert!((0.0..0.75).contains(&share) && (0.0..=1.0 - share).contains(&extra));
        let run_ends = 1.0 / MISSED_RUN_DAYS;
        let chance = if self.in_run {
            1.0 - run_ends
        } else {
            (share * run_ends / (1.0 - share)).min(1.0)
        };
        self.in_run = rng.random_bool(chance);
        self.in_run || (extra > 0.0 && rng.random_bool((extra / (1.0 - share)).min(1.0)))
    }

    /// The pain `spells` add today, in points: 0 on a day outside one. A spell may begin today.
    fn added_pain<R: Rng + ?Sized>(&mut self, rng: &mut R, spells: &PainSpells) -> f64 {
        if self.spell_days_left == 0 && rng.random_bool(spells.start_chance) {
            self.spell_days_left = rng.random_range(spells.days.clone());
            self.spell_pain_points = rng.random_range(spells.points.clone());
        }
        if self.spell_days_left == 0 {
            return 0.0;
        }
        self.spell_days_left -= 1;
        self.spell_pain_points
    }
}

/// The dates of the infusions given (not those planned), in the order of `infusions`.
fn done_dates(infusions: &[Infusion]) -> impl Iterator<Item = NaiveDate> + '_ {
    infusions
        .iter()
        .filter(|infusion| infusion.is_done())
        .map(|infusion| infusion.date)
}

fn days(count: u32) -> Duration {
    Duration::days(i64::from(count))
}

/// The loading infusions: 2 to 6 spread over 1 to 2 weeks, at most [`LOADING_MAX_GAP_DAYS`]
/// apart (two infusions are a week apart).
fn loading_series<R: Rng + ?Sized>(rng: &mut R, first: NaiveDate) -> Vec<NaiveDate> {
    let count = rng.random_range(LOADING_INFUSIONS);
    let span = f64::from(
        rng.random_range(LOADING_SPAN_DAYS)
            .min(LOADING_MAX_GAP_DAYS * (count - 1)),
    );
    let mut dates: Vec<NaiveDate> = (0..count)
        .map(|position| {
            let offset = (span * f64::from(position) / f64::from(count - 1)).round();
            first + Duration::days(offset as i64)
        })
        .collect();
    dates.dedup();
    dates
}

/// What shapes a journal's relief curves: its class, and the relief that stays after each fade.
#[derive(Debug, Clone, Copy)]
struct CurveShape {
    class: Class,
    floor_pct: f64,
}

/// A curve and an interval that fit the scenario.
fn draw_cycle<R: Rng + ?Sized>(
    rng: &mut R,
    shape: CurveShape,
    scenario: Scenario,
    carry_in_pct: f64,
) -> (ReliefCurve, u32) {
    let (min_interval, max_interval) = (*INTERVAL_DAYS.start(), *INTERVAL_DAYS.end());
    let mut draw = (random_curve(rng, shape, carry_in_pct), min_interval);
    for _ in 0..MAX_DRAWS {
        if scenario == Scenario::FadesAfterNext {
            let interval = rng.random_range(INTERVAL_DAYS);
            let curve = fading_curve(rng, shape, carry_in_pct, interval);
            if let Some(curve) = curve.filter(|curve| {
                TrueCycle {
                    anchor: NaiveDate::MIN,
                    next_infusion: Some(NaiveDate::MIN + days(interval)),
                    curve: *curve,
                }
                .fades_after_next()
            }) {
                draw = (curve, interval);
                break;
            }
            continue;
        }
        let curve = random_curve(rng, shape, carry_in_pct);
        let fade = curve
            .first_day_below(MEANINGFUL_PCT)
            .unwrap_or(HORIZON_DAYS);
        let lasting = curve
            .first_day_below(CLEARLY_LASTING_PCT)
            .unwrap_or(HORIZON_DAYS);
        let interval = match scenario {
            Scenario::Mixed => Some(rng.random_range(INTERVAL_DAYS)),
            Scenario::EndsEarly => {
                let shortest = min_interval.max(fade + CLEARLY_EARLY_DAYS);
                let longest = max_interval.min(fade + CLEARLY_EARLY_DAYS + 20);
                (shortest <= longest).then(|| rng.random_range(shortest..=longest))
            }
            Scenario::Lasts => {
                let longest = max_interval.min(lasting);
                (min_interval <= longest).then(|| rng.random_range(min_interval..=longest))
            }
            // Drawn above.
            Scenario::FadesAfterNext => None,
        };
        draw = (curve, interval.unwrap_or(min_interval));
        if interval.is_some() {
            break;
        }
    }
    draw
}

/// A curve with random shape and parameters: an exponential decline after a short plateau, a
/// plateau and a linear drop, or a logistic fade, a third of the time each. Slow fades are
/// exponential or logistic, half the time each, taking [`SLOW_BAND_DAYS`] from 35% to 25%.
fn random_curve<R: Rng + ?Sized>(rng: &mut R, shape: CurveShape, carry_in_pct: f64) -> ReliefCurve {
    if shape.class == Class::SlowFade {
        return slow_curve(rng, carry_in_pct);
    }
    let (plateau_days, decline) = match rng.random_range(0..3) {
        0 => (
            rng.random_range(EXPONENTIAL_PLATEAU_DAYS),
            exponential_decline(rng),
        ),
        1 => (
            rng.random_range(PLATEAU_DAYS),
            Decline::Linear {
                drop_days: rng.random_range(DROP_DAYS),
            },
        ),
        _ => (0, logistic_decline(rng)),
    };
    ReliefCurve {
        carry_in_pct,
        peak_pct: rng.random_range(PEAK_RELIEF_PCT),
        ramp_days: rng.random_range(RAMP_DAYS),
        plateau_days,
        decline,
        floor_pct: shape.floor_pct,
    }
}

/// A slow fade: relief slides from 35% to 25% over [`SLOW_BAND_DAYS`], along an exponential
/// decline after a short plateau or along a logistic curve that starts near the peak.
fn slow_curve<R: Rng + ?Sized>(rng: &mut R, carry_in_pct: f64) -> ReliefCurve {
    let peak_pct = rng.random_range(PEAK_RELIEF_PCT);
    let band_days = rng.random_range(SLOW_BAND_DAYS);
    let (plateau_days, decline) = if rng.random_bool(0.5) {
        (
            rng.random_range(EXPONENTIAL_PLATEAU_DAYS),
            Decline::Exponential {
                half_life_days: slow_half_life(band_days),
            },
        )
    } else {
        let scale_days = slow_logistic_scale(band_days, peak_pct);
        let midpoint_days = SLOW_LOGISTIC_MIN_MIDPOINT_SCALES * scale_days
            + rng.random_range(SLOW_LOGISTIC_MIDPOINT_SPREAD_DAYS);
        (
            0,
            Decline::Logistic {
                midpoint_days,
                scale_days,
            },
        )
    };
    ReliefCurve {
        carry_in_pct,
        peak_pct,
        ramp_days: rng.random_range(RAMP_DAYS),
        plateau_days,
        decline,
        floor_pct: 0.0,
    }
}

/// The half-life of an exponential decline that takes `band_days` from 35% to 25%:
/// `band_days / log2(35 / 25)` (about 2.06 half-lives per band day… 21 to 41 days for 10 to 20).
fn slow_half_life(band_days: f64) -> f64 {
    band_days / (SLOW_BAND_PCT.0 / SLOW_BAND_PCT.1).log2()
}

/// The scale of a logistic decline from `peak_pct` that takes `band_days` from 35% to 25%:
/// relief is `x` on day `midpoint + scale × ln(peak / x − 1)`, so the band takes
/// `scale × (ln(peak / 25 − 1) − ln(peak / 35 − 1))` days.
fn slow_logistic_scale(band_days: f64, peak_pct: f64) -> f64 {
    let (upper, lower) = SLOW_BAND_PCT;
    band_days / ((peak_pct / lower - 1.0).ln() - (peak_pct / upper - 1.0).ln())
}

/// A curve still fading at the next infusion, `interval` days after its anchor: its relief
/// crosses 30% [`FADING_AFTER_NEXT_DAYS`] after it. Half the time relief holds on a plateau
/// and then declines exponentially, otherwise it fades along a logistic curve; the plateau or the
/// logistic midpoint is set so the crossing falls on the drawn day. `None` when the drawn shape
/// cannot cross there (a fade too slow for the interval).
fn fading_curve<R: Rng + ?Sized>(
    rng: &mut R,
    shape: CurveShape,
    carry_in_pct: f64,
    interval: u32,
) -> Option<ReliefCurve> {
    let slow = shape.class == Class::SlowFade;
    let crossing = f64::from(interval + rng.random_range(FADING_AFTER_NEXT_DAYS));
    let peak_pct = rng.random_range(PEAK_RELIEF_PCT);
    let ramp_days = rng.random_range(RAMP_DAYS);
    let fade_from = crossing - f64::from(ramp_days);
    // How many times more than at its 30% crossing the decline (from the peak down to the
    // floor) has left at its start.
    let floor = if slow { 0.0 } else { shape.floor_pct };
    let decline_ratio = (peak_pct - floor) / (MEANINGFUL_PCT - floor);
    let (plateau_days, decline) = if rng.random_bool(0.5) {
        let half_life_days = if slow {
            slow_half_life(rng.random_range(SLOW_BAND_DAYS))
        } else {
            rng.random_range(HALF_LIFE_DAYS)
        };
        let plateau = fade_from - half_life_days * decline_ratio.log2();
        (
            plateau.max(0.0).round() as u32,
            Decline::Exponential { half_life_days },
        )
    } else {
        let scale_days = if slow {
            slow_logistic_scale(rng.random_range(SLOW_BAND_DAYS), peak_pct)
        } else {
            rng.random_range(FADING_LOGISTIC_SCALE_DAYS)
        };
        let midpoint_days = fade_from - scale_days * (decline_ratio - 1.0).ln();
        // Relief must start near its peak: the midpoint at least two scales into the decline
        // (one and a half for a slow fade, whose scale is long).
        let earliest = if slow {
            SLOW_LOGISTIC_MIN_MIDPOINT_SCALES
        } else {
            2.0
        };
        if midpoint_days < earliest * scale_days {
            return None;
        }
        (
            0,
            Decline::Logistic {
                midpoint_days,
                scale_days,
            },
        )
    };
    Some(ReliefCurve {
        carry_in_pct,
        peak_pct,
        ramp_days,
        plateau_days,
        decline,
        floor_pct: floor,
    })
}

fn exponential_decline<R: Rng + ?Sized>(rng: &mut R) -> Decline {
    Decline::Exponential {
        half_life_days: rng.random_range(HALF_LIFE_DAYS),
    }
}

fn logistic_decline<R: Rng + ?Sized>(rng: &mut R) -> Decline {
    Decline::Logistic {
        midpoint_days: rng.random_range(LOGISTIC_MIDPOINT_DAYS),
        scale_days: rng.random_range(LOGISTIC_SCALE_DAYS),
    }
}

/// The cycle `date` falls in and the day within it.
fn cycle_day(date: NaiveDate, cycles: &[TrueCycle]) -> Option<(&TrueCycle, u32)> {
    let cycle = cycles.iter().rev().find(|cycle| cycle.anchor <= date)?;
    let day = u32::try_from((date - cycle.anchor).num_days()).ok()?;
    Some((cycle, day))
}

/// True relief on `date`: none before treatment, building up during the loading series, then the
/// cycle's curve.
fn true_relief(
    date: NaiveDate,
    first_infusion: NaiveDate,
    loading_anchor: NaiveDate,
    cycles: &[TrueCycle],
) -> f64 {
    if date < first_infusion {
        return 0.0;
    }
    if date < loading_anchor {
        let carry_in = cycles.first().map_or(0.0, |cycle| cycle.curve.carry_in_pct);
        let share = (date - first_infusion).num_days() as f64
            / (loading_anchor - first_infusion).num_days() as f64;
        return carry_in * share;
    }
    cycle_day(date, cycles).map_or(0.0, |(cycle, day)| cycle.curve.relief_pct(day))
}

/// What sets a day's pain: the true relief against the untreated pain, the noise, and a flare or
/// a bad day.
#[derive(Debug, Clone, Copy)]
struct DailyPain {
    relief_pct: f64,
    baseline_pain: f64,
    noise_sd: f64,
    /// Pain a flare or a bad day adds on top of what relief leaves, in points.
    added_pain: f64,
}

/// One day's entry from the true relief.
fn daily_entry<R: Rng + ?Sized>(
    rng: &mut R,
    date: NaiveDate,
    pain: DailyPain,
    fading: bool,
) -> Option<Entry> {
    let DailyPain {
        relief_pct,
        baseline_pain,
        noise_sd,
        added_pain,
    } = pain;
    let relief = relief_pct / 100.0;
    let mut noisy_score = |field: &'static str, centre: f64, sd: f64| {
        let noise: f64 = rng.sample(StandardNormal);
        Score::new(field, (centre + sd * noise).round().clamp(0.0, 10.0) as i64).ok()
    };
    let pain = noisy_score(
        "pain",
        baseline_pain * (1.0 - relief) + added_pain,
        noise_sd,
    )?;
    let sleep_quality = noisy_score("sleep_quality", 3.0 + 4.0 * relief, 1.0);
    let mobility = noisy_score("mobility", 3.5 + 4.0 * relief, 1.0);
    let mood = noisy_score("mood", 4.0 + 3.0 * relief, 1.0);
    let rescue_rate = 0.1 + 0.8 * (1.0 - relief).max(0.0).powi(2);
    let rescue = Poisson::new(rescue_rate).map_or(0.0, |poisson| rng.sample(poisson));
    Some(Entry {
        sleep_quality: sleep_quality.filter(|_| rng.random_bool(0.8)),
        mobility: mobility.filter(|_| rng.random_bool(0.8)),
        mood: mood.filter(|_| rng.random_bool(0.7)),
        rescue_doses: RescueDoses::new(rescue as i64).ok(),
        wearing_off: fading && relief_pct < CLEARLY_LASTING_PCT && rng.random_bool(0.3),
        ..Entry::new(date, pain)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curves_ramp_hold_and_decline() {
        let exponential = ReliefCurve {
            carry_in_pct: 10.0,
            peak_pct: 60.0,
            ramp_days: 2,
            plateau_days: 3,
            decline: Decline::Exponential {
                half_life_days: 10.0,
            },
            floor_pct: 0.0,
        };
        assert_eq!(exponential.relief_pct(0), 10.0);
        assert_eq!(exponential.relief_pct(1), 35.0);
        assert_eq!(exponential.relief_pct(5), 60.0);
        assert_eq!(exponential.relief_pct(15), 30.0);
        // Below 30% from day 16; below 35% from day 13 (60 * 0.5^0.8 = 34.5).
        assert_eq!(exponential.first_day_below(30.0), Some(16));
        assert_eq!(exponential.first_day_below(35.0), Some(13));
        let linear = ReliefCurve {
            decline: Decline::Linear { drop_days: 6.0 },
            ..exponential
        };
        assert_eq!(linear.relief_pct(8), 30.0);
        assert_eq!(linear.relief_pct(20), 0.0);
    }

    #[test]
    fn scenarios_hold_for_every_completed_cycle() {
        let mut rng = StdRng::seed_from_u64(7);
        for _ in 0..20 {
            let early = random_journal(&mut rng, Scenario::EndsEarly);
            assert!(early.ends_clearly_early());
            let lasting = random_journal(&mut rng, Scenario::Lasts);
            assert!(lasting.lasts_clearly());
            for cycle in lasting.completed_cycles() {
                assert!(INTERVAL_DAYS.contains(&cycle.length_days().unwrap_or(0)));
            }
            let fading = random_journal(&mut rng, Scenario::FadesAfterNext);
            assert!(fading.lasts_clearly());
            for cycle in fading.completed_cycles() {
                assert!(cycle.fades_after_next(), "{cycle:?}");
                assert!(INTERVAL_DAYS.contains(&cycle.length_days().unwrap_or(0)));
            }
        }
    }

    #[test]
    fn each_class_stresses_what_it_says() {
        let mut rng = StdRng::seed_from_u64(31);
        let scenarios = [
            Scenario::EndsEarly,
            Scenario::Lasts,
            Scenario::FadesAfterNext,
            Scenario::Mixed,
        ];
        let (mut above, mut below) = (0, 0);
        for index in 0..40 {
            let scenario = scenarios[index % scenarios.len()];
            let low =
                random_journal_of(&mut rng, Class::LowBaseline, scenario, Start::Pretreatment);
            assert!(LOW_BASELINE_PAIN.contains(&low.baseline_pain));
            assert!(LOW_BASELINE_NOISE_SD.contains(&low.noise_sd));
            assert!(LOW_BASELINE_MISSING_SHARE.contains(&low.missing_share));

            let slow = random_journal_of(&mut rng, Class::SlowFade, scenario, Start::Pretreatment);
            for cycle in &slow.cycles {
                // 35% to 25% takes 10 to 20 days, give or take the day each crossing falls on.
                let (Some(upper), Some(lower)) = (
                    cycle.curve.first_day_below(35.0),
                    cycle.curve.first_day_below(25.0),
                ) else {
                    continue;
                };
                assert!((9..=21).contains(&(lower - upper)), "{cycle:?}");
            }
            assert!(
                slow.cycles.iter().all(|cycle| matches!(
                    cycle.curve.decline,
                    Decline::Exponential { .. } | Decline::Logistic { .. }
                )),
                "{:?}",
                slow.cycles
            );

            let lasting = random_journal_of(
                &mut rng,
                Class::LastingBenefit,
                scenario,
                Start::Pretreatment,
            );
            assert!(LASTING_BENEFIT_PCT.contains(&lasting.lasting_benefit_pct));
            for cycle in &lasting.cycles {
                assert_eq!(cycle.curve.floor_pct, lasting.lasting_benefit_pct);
                // Relief never falls below the benefit that stays.
                assert!(
                    cycle
                        .curve
                        .first_day_below(lasting.lasting_benefit_pct)
                        .is_none()
                );
            }

            let remembered = random_journal_of(
                &mut rng,
                Class::RememberedOff,
                scenario,
                Start::MidTreatment { remembered: true },
            );
            let given = remembered.remembered_baseline.unwrap_or_default();
            assert_eq!(remembered.journal.settings.baseline_pain, Some(given));
            // 0.5 to 1.5 points off before rounding to a whole score: up to 2 after it.
            let error = given - remembered.baseline_pain;
            assert!((0.0..=2.0).contains(&error.abs()), "{error}");
            if error > 0.0 {
                above += 1;
            } else {
                below += 1;
            }
        }
        // Above the truth two times in three, below it otherwise.
        assert!(above > below && below >= 5, "{above} above, {below} below");
    }

    /// One day of a simulated journal, as the truth and the journal give it.
    struct Day {
        date: NaiveDate,
        /// The day's pain less the pain relief alone leaves (the truth's centre); `None` when
        /// the day went unlogged.
        excess_pain: Option<f64>,
        /// True relief, in percent.
        relief_pct: f64,
        /// The extra chance of going unlogged on an infusion day and the two days after one.
        extra_missing: f64,
    }

    /// Every day from the journal's first entry to its last day.
    fn days_of(simulated: &SimulatedJournal) -> Vec<Day> {
        let infusions: Vec<NaiveDate> = done_dates(&simulated.journal.infusions).collect();
        let loading_anchor = simulated.cycles[0].anchor;
        let mut found = Vec::new();
        let mut date = simulated.journal.entries[0].date;
        while date <= simulated.today {
            let relief_pct = true_relief(date, infusions[0], loading_anchor, &simulated.cycles);
            let centre = simulated.baseline_pain * (1.0 - relief_pct / 100.0);
            let excess_pain = simulated
                .journal
                .entries
                .iter()
                .find(|entry| entry.date == date)
                .map(|entry| f64::from(entry.pain.get()) - centre);
            found.push(Day {
                date,
                excess_pain,
                relief_pct,
                extra_missing: extra_missing(date, &infusions),
            });
            date += days(1);
        }
        found
    }

    /// Journals of every scenario with `variation`, from the same seed each time.
    fn varied_journals(variation: Variation) -> Vec<SimulatedJournal> {
        let mut rng = StdRng::seed_from_u64(2026);
        (0..60)
            .map(|index| {
                let scenario = [Scenario::EndsEarly, Scenario::Lasts, Scenario::Mixed][index % 3];
                random_varied_journal(
                    &mut rng,
                    Class::Standard,
                    variation,
                    scenario,
                    Start::Pretreatment,
                )
            })
            .collect()
    }

    /// On the days of `journals` that `which` picks: the share unlogged, and the share each
    /// day's chance (`chance(journal, day)`) says should be.
    fn unlogged_share(
        journals: &[SimulatedJournal],
        which: impl Fn(&Day) -> bool,
        chance: impl Fn(&SimulatedJournal, &Day) -> f64,
    ) -> (f64, f64) {
        let (mut days, mut missed, mut expected) = (0.0, 0.0, 0.0);
        for simulated in journals {
            for day in days_of(simulated).iter().filter(|day| which(day)) {
                days += 1.0;
                missed += f64::from(u8::from(day.excess_pain.is_none()));
                expected += chance(simulated, day);
            }
        }
        (missed / days, expected / days)
    }

    /// The mean length of a run of unlogged days.
    fn mean_run(journals: &[SimulatedJournal]) -> f64 {
        let (mut missed, mut runs) = (0, 0);
        for simulated in journals {
            let mut in_run = false;
            for day in days_of(simulated) {
                let unlogged = day.excess_pain.is_none();
                missed += usize::from(unlogged);
                runs += usize::from(unlogged && !in_run);
                in_run = unlogged;
            }
        }
        missed as f64 / runs as f64
    }

    #[test]
    fn the_chain_of_runs_misses_each_day_at_its_chance() {
        // 200,000 days with an infusion every 40 days, at the smallest and the largest share of
        // days unlogged: days on and after infusions are missed at the share plus their extra,
        // others at the share, and the chain's runs last MISSED_RUN_DAYS on average.
        for share in [*MISSING_SHARE.start(), *MISSING_SHARE.end()] {
            let mut rng = StdRng::seed_from_u64(40);
            let mut logging = Logging::default();
            // Days and misses by days since the infusion (0, 1 or 2, or later), and the chain's
            // runs.
            let (mut days, mut missed) = ([0.0; 3], [0.0; 3]);
            let (mut run_days, mut runs) = (0.0, 0.0);
            for day in 0..200_000_u32 {
                let since = day % 40;
                let (kind, extra) = match since {
                    0 => (0, INFUSION_DAY_EXTRA_MISSING),
                    1 | 2 => (1, AFTER_INFUSION_EXTRA_MISSING),
                    _ => (2, 0.0),
                };
                let was_in_run = logging.in_run;
                let unlogged = logging.missed_in_runs(&mut rng, share, extra);
                days[kind] += 1.0;
                missed[kind] += f64::from(u8::from(unlogged));
                run_days += f64::from(u8::from(logging.in_run));
                runs += f64::from(u8::from(logging.in_run && !was_in_run));
            }
            let extras = [
                INFUSION_DAY_EXTRA_MISSING,
                AFTER_INFUSION_EXTRA_MISSING,
                0.0,
            ];
            for kind in 0..3 {
                let found = missed[kind] / days[kind];
                let expected = share + extras[kind];
                assert!((found - expected).abs() < 0.02, "{share} {kind}: {found}");
            }
            let mean_run = run_days / runs;
            assert!(
                (mean_run - MISSED_RUN_DAYS).abs() < 0.1,
                "{share}: {mean_run}"
            );
        }
    }

    #[test]
    fn journals_with_days_missed_in_runs_miss_as_many_days_in_longer_runs() {
        let chance = |simulated: &SimulatedJournal, day: &Day| {
            (simulated.missing_share + day.extra_missing).min(0.95)
        };
        let one_by_one = varied_journals(Variation::None);
        let in_runs = varied_journals(Variation::MissedInRuns);
        // Each journal's share, more on and just after infusion days, either way: within 2 points
        // over some 19,000 days.
        for journals in [&one_by_one, &in_runs] {
            let (found, expected) = unlogged_share(journals, |_| true, chance);
            assert!((found - expected).abs() < 0.02, "{found} {expected}");
        }
        // Independent days at a share of at most 0.35 make runs of at most 1 / (1 − 0.35) days
        // (infusion days lengthen a few); the chain's are MISSED_RUN_DAYS long on average
        // (infusion days lengthen a few of those too).
        let independent_longest = 1.0 / (1.0 - MISSING_SHARE.end());
        assert!(mean_run(&one_by_one) < independent_longest);
        let run = mean_run(&in_runs);
        assert!(
            (0.9 * MISSED_RUN_DAYS..1.15 * MISSED_RUN_DAYS).contains(&run),
            "{run}"
        );
    }

    #[test]
    fn days_missed_when_well_go_unlogged_more_the_better_relief_is() {
        let when_well = |simulated: &SimulatedJournal, day: &Day| {
            let well = MISSED_WHEN_WELL_SHARE * (day.relief_pct / 100.0).max(0.0);
            (simulated.missing_share + day.extra_missing + well).min(0.95)
        };
        let journals = varied_journals(Variation::MissedWhenWell);
        // Untreated days (no relief) at the journal's share, days at 60% relief or more at it
        // plus 0.18 or more: each within 3 points of its chance over a few thousand days.
        let untreated = |day: &Day| day.relief_pct < 1.0;
        let well = |day: &Day| day.relief_pct >= 60.0;
        let (untreated_found, untreated_expected) = unlogged_share(&journals, untreated, when_well);
        let (well_found, well_expected) = unlogged_share(&journals, well, when_well);
        assert!(
            (untreated_found - untreated_expected).abs() < 0.03,
            "{untreated_found} {untreated_expected}"
        );
        assert!(
            (well_found - well_expected).abs() < 0.03,
            "{well_found} {well_expected}"
        );
        assert!(
            well_found - untreated_found > 0.15,
            "{well_found} {untreated_found}"
        );
    }

    /// The mean days and points of `spells`, and the share of days that lies in one: after a
    /// spell, `1 / chance − 1` days pass without one on average before the next begins (none when
    /// it begins the day after), so `days / (1 / chance − 1 + days)`.
    fn spells_drawn(spells: &PainSpells) -> (f64, f64, f64) {
        let mean_days = f64::from(spells.days.start() + spells.days.end()) / 2.0;
        let mean_points = (spells.points.start() + spells.points.end()) / 2.0;
        let share = mean_days / (1.0 / spells.start_chance - 1.0 + mean_days);
        (mean_days, mean_points, share)
    }

    #[test]
    fn spells_of_pain_last_and_recur_as_drawn() {
        // 400,000 days of each variation's spells: a spell lasts its mean days, adds its mean
        // points, and takes its share of the days.
        for variation in [Variation::Flares, Variation::BadDays] {
            let spells = variation.pain_spells().unwrap();
            let mut rng = StdRng::seed_from_u64(45);
            let mut logging = Logging::default();
            let (mut in_spell, mut spells_begun, mut points) = (0.0, 0.0, 0.0);
            for _ in 0..400_000 {
                let between_spells = logging.spell_days_left == 0;
                let added = logging.added_pain(&mut rng, &spells);
                if added > 0.0 {
                    in_spell += 1.0;
                    points += added;
                    spells_begun += f64::from(u8::from(between_spells));
                }
            }
            let (mean_days, mean_points, expected_share) = spells_drawn(&spells);
            let share = in_spell / 400_000.0;
            assert!(
                (share - expected_share).abs() < 0.005,
                "{variation:?}: {share}"
            );
            let days = in_spell / spells_begun;
            assert!((days - mean_days).abs() < 0.1, "{variation:?}: {days}");
            let mean = points / in_spell;
            assert!((mean - mean_points).abs() < 0.05, "{variation:?}: {mean}");
        }
    }

    #[test]
    fn spells_of_pain_come_only_after_the_first_infusion() {
        for variation in [Variation::None, Variation::Flares, Variation::BadDays] {
            let mut before_treatment = Vec::new();
            let mut treated = Vec::new();
            for simulated in varied_journals(variation) {
                let first_infusion = simulated.journal.infusions[0].date;
                for day in days_of(&simulated) {
                    let Some(excess) = day.excess_pain else {
                        continue;
                    };
                    if day.date < first_infusion {
                        before_treatment.push(excess);
                    } else {
                        treated.push(excess);
                    }
                }
            }
            let mean = |excess: &[f64]| excess.iter().sum::<f64>() / excess.len() as f64;
            // Before the first infusion, noise alone, centred on the truth.
            let before = mean(&before_treatment);
            assert!(before.abs() < 0.1, "{variation:?}: {before}");
            // After it, the spells' share of the days times their mean points (0.29 for flares
            // and bad days alike), a little less where pain is clipped at 10 (bad days of 3 to 5
            // points on pain of 5 or more often are); nothing without spells.
            let expected = variation.pain_spells().map_or(0.0, |spells| {
                let (_, mean_points, share) = spells_drawn(&spells);
                share * mean_points
            });
            let added = mean(&treated) - before;
            assert!(
                (-0.08..0.04).contains(&(added - expected)),
                "{variation:?}: {added} against {expected}"
            );
        }
    }

    #[test]
    fn a_fading_cycle_crosses_30_percent_after_the_next_infusion() {
        // Peak 60% on day 2, no plateau, half-life 10 days: 30% on day 12, below it from day 13.
        let curve = ReliefCurve {
            carry_in_pct: 20.0,
            peak_pct: 60.0,
            ramp_days: 2,
            plateau_days: 0,
            decline: Decline::Exponential {
                half_life_days: 10.0,
            },
            floor_pct: 0.0,
        };
        let anchor = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        let ending = |length: u32| TrueCycle {
            anchor,
            next_infusion: Some(anchor + days(length)),
            curve,
        };
        // Next infusion on day 9: relief 60 × 0.5^0.7 = 36.9% then, below 30% 4 days later.
        assert!(ending(9).fades_after_next() && ending(9).lasts_clearly());
        // On day 10, only 3 days before: neither fading after it nor clearly lasting.
        assert!(!ending(10).fades_after_next() && !ending(10).lasts_clearly());
        // On day 5 (relief 60 × 0.5^0.3 = 48.7%, above 40%): clearly lasting, 8 days before.
        assert!(ending(5).lasts_clearly() && ending(5).fades_after_next());
        // Day 13 on: relief is gone before the next infusion.
        assert!(!ending(13).fades_after_next() && !ending(13).lasts_clearly());
    }

    #[test]
    fn journals_have_a_loading_series_and_an_open_cycle() {
        let mut rng = StdRng::seed_from_u64(11);
        let simulated = simulate_journal(&mut rng, Scenario::Mixed, 4);
        let done = done_dates(&simulated.journal.infusions).count();
        assert!((2 + 5..=6 + 5).contains(&done), "{done}");
        assert_eq!(simulated.cycles.len(), 6);
        assert_eq!(
            simulated
                .cycles
                .last()
                .and_then(|cycle| cycle.next_infusion),
            None
        );
        let entries = &simulated.journal.entries;
        assert!(entries.windows(2).all(|pair| pair[0].date < pair[1].date));
        assert!(
            entries
                .last()
                .is_some_and(|entry| entry.date <= simulated.today)
        );
        let span = (simulated.today - entries[0].date).num_days() as f64;
        let logged = entries.len() as f64 / (span + 1.0);
        assert!((0.5..=0.96).contains(&logged), "{logged}");
    }
}
