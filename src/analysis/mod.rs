//! The relief-decay analysis: from daily entries and infusions, how much relief each infusion
//! cycle brought, how long it lasted and how it faded, with factual flags and a forecast.
//!
//! Pure functions over [`crate::domain`] types: no SQL, no egui, no clock (today is an argument).
//! The method and its defaults are described for patients and clinicians in `docs/ANALYSIS.md`;
//! every threshold comes from [`AnalysisSettings`]. Each step lives in its own module:
//!
//! | step | module |
//! |---|---|
//! | series of infusions, cycles, entries by day | `cycles` |
//! | untreated baseline | `baseline` |
//! | 7-day smoothing inside a cycle | `smoothing` |
//! | relief, onset, peak, loss and censoring, relief-days, area | `relief` |
//! | exponential decay and half-life | `decay` |
//! | rescue medication, mobility, sleep, "wearing off" | `signals` |
//! | the trend of relief duration (Theil-Sen), for the flag and the chart | `trend` |
//! | the five flags | `flags` |
//! | expected fade in the open cycle | `forecast` |
//! | relief survival (Kaplan-Meier) over cycles | `survival` |
//!
//! Journals simulated from a known relief curve, to test all of this against the truth, are made
//! outside the analysis, in [`crate::synthetic`].

mod baseline;
mod cycles;
mod decay;
#[cfg(test)]
pub(crate) mod fixtures;
mod flags;
mod forecast;
mod noise;
mod relief;
mod signals;
mod smoothing;
pub(crate) mod stats;
mod survival;
mod trend;

use chrono::{Duration, NaiveDate};
use serde::Serialize;

pub use baseline::{
    BASELINE_CONFIDENCE_Z, Baseline, BaselineSource, CROSS_CHECK_POINTS, LASTING_BENEFIT_MIN_PCT,
    LOSS_CONFIDENCE_Z, MIN_BASELINE_PAIN, MIN_UNTREATED_DAYS, MIN_WORN_OFF_CYCLES,
    RECALL_BIAS_POINTS, REMEMBERED_DOUBT_POINTS, RememberedCheck, UNTREATED_LOOKBACK_DAYS,
    WORN_OFF_BAND_POINTS, WORN_OFF_RISE_POINTS, WornOff, lasting_benefit, recall_corrected,
    remembered_in_use,
};
pub use decay::{DecayFit, MAX_HALF_LIFE_SPAN_FACTOR, MIN_DECAY_POINTS, MIN_FIT_R_SQUARED};
pub use flags::{
    CycleOutcome, Flag, FlagFacts, FlagKind, OpenQuestion, RECENT_CYCLES, RECENT_MATCHES,
    RESCUE_RISE_PER_WEEK, ReliefDuration, ReliefLeft, RescueOutcome, SHORTENING_MARGIN_DAYS,
    Unclear, UnclearCycle,
};
pub use forecast::{FORECAST_CYCLES, Forecast};
pub use noise::{DEFAULT_NOISE_SD, MIN_NOISE_PAIRS, NOISE_JUMP_SD, NOISE_SKIP_DAYS};
pub use relief::{
    LOSS_HYSTERESIS_PCT, Loss, LossWindow, NotMeasurable, RETURN_HOLD_FACTOR, ReliefAtNext,
    WINDOW_MIN_DAYS,
};
pub use signals::{HIGH_PAIN, SIGNAL_WINDOW_DAYS};
pub use smoothing::{SMOOTHING_WINDOW_DAYS, centred_mean};
pub use survival::{ReliefSurvival, SurvivalStep, ended_before, relief_survival};
pub use trend::{
    DurationTrend, MIN_TREND_CYCLES, MeasuredDuration, TREND_CYCLES, relief_duration,
    relief_duration_trend,
};

use crate::domain::{AnalysisSettings, Entry, Infusion, Journal, Phase};
use cycles::{CycleSpan, EntryIndex};
use stats::serialize_round1;

/// The whole analysis of a journal; serializes to the `analyze --json` format.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// The untreated baseline relief is measured against.
    pub baseline: Baseline,
    /// The thresholds used.
    pub settings: AnalysisSettings,
    /// One per series of done infusions, oldest first; the last one is open.
    pub cycles: Vec<Cycle>,
    /// Expected fade in the open cycle.
    pub forecast: Forecast,
    /// Patterns worth a look, each with its evidence.
    pub flags: Vec<Flag>,
    /// Patterns the recent cycles can neither show nor rule out, and what would settle them.
    pub open_questions: Vec<OpenQuestion>,
}

impl Analysis {
    /// Cycles that have ended (the next infusion has been given).
    pub fn completed_cycles(&self) -> impl Iterator<Item = &Cycle> {
        self.cycles.iter().filter(|cycle| cycle.is_completed())
    }

    /// The open cycle, if any: the one after the last done infusion.
    pub fn open_cycle(&self) -> Option<&Cycle> {
        self.cycles.last().filter(|cycle| !cycle.is_completed())
    }

    /// The cycle whose series holds a done infusion on `date` (from its first infusion to its
    /// anchor); `None` for a day no series holds, such as a planned infusion's.
    pub fn cycle_of_infusion(&self, date: NaiveDate) -> Option<&Cycle> {
        self.cycles
            .iter()
            .find(|cycle| cycle.first_infusion <= date && date <= cycle.anchor)
    }

    /// An infusion's phase: as recorded on it, otherwise (for a done infusion) the phase the
    /// analysis gave the series that holds it, marked as inferred. `None` for a planned infusion
    /// without a recorded phase, and for a done one no series holds. The one place the app, the
    /// charts and the report take an infusion's phase from.
    pub fn phase_of(&self, infusion: &Infusion) -> Option<InfusionPhase> {
        if let Some(phase) = infusion.phase {
            return Some(InfusionPhase {
                phase,
                inferred: false,
            });
        }
        if !infusion.is_done() {
            return None;
        }
        self.cycle_of_infusion(infusion.date)
            .map(|cycle| InfusionPhase {
                phase: cycle.phase,
                inferred: true,
            })
    }

    /// Which maintenance cycle `cycle` is, counting from 1 for the first maintenance cycle;
    /// `None` for a loading cycle.
    pub fn maintenance_number(&self, cycle: &Cycle) -> Option<u32> {
        if cycle.phase != Phase::Maintenance {
            return None;
        }
        let earlier = self
            .cycles
            .iter()
            .filter(|other| other.index <= cycle.index && other.phase == Phase::Maintenance)
            .count();
        u32::try_from(earlier).ok()
    }
}

/// One infusion cycle: from the last infusion of a series (the anchor, day 0) to the day before
/// the next series starts.
///
/// `loss_30_day`, `relief_days_30` and friends are named after the default thresholds; they use
/// the meaningful and substantial relief settings, whatever their values.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cycle {
    /// 1 for the first cycle.
    pub index: u32,
    /// Loading or maintenance.
    pub phase: Phase,
    /// The first infusion of the series.
    pub first_infusion: NaiveDate,
    /// The last infusion of the series: day 0.
    pub anchor: NaiveDate,
    /// Infusion days in the series.
    pub infusions: u32,
    /// The first infusion of the next series; `None` while the cycle is open.
    pub next_infusion: Option<NaiveDate>,
    /// Days from the anchor to the next infusion; `None` while open.
    pub length_days: Option<u32>,
    /// Days with an entry in the cycle.
    pub days_logged: u32,
    /// The most relief seen, in percent.
    #[serde(serialize_with = "serialize_round1")]
    pub peak_relief_pct: Option<f64>,
    /// The day of the most relief (lowest smoothed pain).
    pub nadir_day: Option<u32>,
    /// The first day the 7-day relief reached the meaningful threshold; `None` when no 7-day
    /// value shows it, even where the days logged before the 7-day values begin show relief
    /// reached and then lost (docs/ANALYSIS.md section 4, 7-day values that begin late).
    pub onset_day: Option<u32>,
    /// The day meaningful relief was lost (see [`Loss`]).
    pub loss_30_day: Option<u32>,
    /// The day substantial relief was lost.
    pub loss_50_day: Option<u32>,
    /// The days within which meaningful relief fell below the threshold, when days without a
    /// 7-day value hide the crossing (`loss_30_day` is then the day placed within them); `None`
    /// otherwise.
    pub loss_30_window: Option<LossWindow>,
    /// The same for substantial relief.
    pub loss_50_window: Option<LossWindow>,
    /// Why the loss of meaningful relief cannot be measured, when it cannot (`loss_30_day` and
    /// `censored` are then null).
    pub loss_30_not_measurable: Option<NotMeasurable>,
    /// Meaningful relief still held when the next infusion came or the data ended; `None` when
    /// no day's relief is known.
    pub censored: Option<bool>,
    /// Days with relief at or above the meaningful threshold.
    pub relief_days_30: Option<u32>,
    /// Days with relief at or above the substantial threshold.
    pub relief_days_50: Option<u32>,
    /// Area under the relief curve, in percent-days.
    #[serde(serialize_with = "serialize_round1")]
    pub relief_auc: Option<f64>,
    /// Half-life of the fitted exponential decay, when the fit can be trusted.
    #[serde(serialize_with = "serialize_round1")]
    pub half_life_days: Option<f64>,
    /// Mean daily pain (0 to 10) in the first 14 days (a cycle shorter than 28 days: its first
    /// half); `None` when fewer than 4 of 7 days were logged there, as for every early/late value.
    #[serde(serialize_with = "serialize_round1")]
    pub pain_early: Option<f64>,
    /// Mean daily pain in the last 14 days before the next infusion.
    #[serde(serialize_with = "serialize_round1")]
    pub pain_late: Option<f64>,
    /// Mean worst pain (0 to 10) in the first 14 days, over the days that recorded it.
    #[serde(serialize_with = "serialize_round1")]
    pub worst_pain_early: Option<f64>,
    /// Mean worst pain in the last 14 days before the next infusion.
    #[serde(serialize_with = "serialize_round1")]
    pub worst_pain_late: Option<f64>,
    /// Logged days in the first 14 with pain at 7 or more ([`HIGH_PAIN`]).
    pub high_pain_days_early: Option<u32>,
    /// Logged days in the last 14 before the next infusion with pain at 7 or more.
    pub high_pain_days_late: Option<u32>,
    /// Rescue medication taken per week in the first 14 days.
    #[serde(serialize_with = "serialize_round1")]
    pub rescue_per_week_early: Option<f64>,
    /// Rescue medication taken per week in the last 14 days before the next infusion.
    #[serde(serialize_with = "serialize_round1")]
    pub rescue_per_week_late: Option<f64>,
    /// Mean mobility in the first 14 days.
    #[serde(serialize_with = "serialize_round1")]
    pub mobility_early: Option<f64>,
    /// Mean mobility in the last 14 days before the next infusion.
    #[serde(serialize_with = "serialize_round1")]
    pub mobility_late: Option<f64>,
    /// Mean sleep quality in the first 14 days.
    #[serde(serialize_with = "serialize_round1")]
    pub sleep_quality_early: Option<f64>,
    /// Mean sleep quality in the last 14 days before the next infusion.
    #[serde(serialize_with = "serialize_round1")]
    pub sleep_quality_late: Option<f64>,
    /// The first day marked "wearing off".
    pub wearing_off_first_day: Option<u32>,
    /// Logged days on which relief had clearly worn off (see [`WornOff`]); 0 in the open cycle.
    #[serde(skip)]
    pub worn_off_days: u32,
    /// Relief left when the next infusion came, over the cycle's last `persistence_days`; `None`
    /// while open, or when those days have no 7-day value and fewer than
    /// [`relief::MIN_DAYS_LOGGED_AT_NEXT`] logged days.
    #[serde(skip)]
    pub relief_at_next: Option<ReliefAtNext>,
    /// The date of the cycle's last entry; `None` when none was logged in it.
    pub last_entry: Option<NaiveDate>,
    /// The open cycle's entries stopped: its last entry (or, without one, its anchor) lies more
    /// than [`STALE_AFTER_DAYS`] before today. What it shows is then no longer current: relief
    /// "held at least until" its last known day, not "still holding". Always false once completed.
    pub stale: bool,
    /// The baseline this cycle is measured against.
    #[serde(skip)]
    pub baseline_pain: Option<f64>,
    /// How meaningful relief ended; `None` when no day's relief is known.
    #[serde(skip)]
    pub meaningful_loss: Option<Loss>,
    /// How substantial relief ended; `None` when no day's relief is known.
    #[serde(skip)]
    pub substantial_loss: Option<Loss>,
    /// Every observed day of the cycle, for charts.
    #[serde(skip)]
    pub days: Vec<CycleDay>,
    /// The fitted decay, for charts; `None` when it cannot be trusted.
    #[serde(skip)]
    pub decay: Option<DecayFit>,
}

impl Cycle {
    /// Whether the next infusion has been given.
    pub fn is_completed(&self) -> bool {
        self.next_infusion.is_some()
    }

    /// The last date on which relief was known to be at or above `threshold_pct`.
    pub fn last_day_at_or_above(&self, threshold_pct: f64) -> Option<NaiveDate> {
        self.days
            .iter()
            .rev()
            .find(|day| day.relief_pct.is_some_and(|relief| relief >= threshold_pct))
            .map(|day| day.date)
    }
}

/// An infusion's phase and whether it was inferred from the dates rather than recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InfusionPhase {
    /// Loading or maintenance.
    pub phase: Phase,
    /// `true` when the infusion does not record it and the analysis gave it from its series.
    pub inferred: bool,
}

/// An open cycle whose last entry is more than this many days before today is stale: a week
/// without entries, as long as the smoothing window.
pub const STALE_AFTER_DAYS: i64 = 7;

/// One day of a cycle, for charts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CycleDay {
    /// Days since the anchor.
    pub day: u32,
    /// The date.
    pub date: NaiveDate,
    /// The pain logged that day.
    pub pain: Option<u8>,
    /// Smoothed pain (7-day window inside the cycle).
    pub smoothed_pain: Option<f64>,
    /// Relief in percent of the baseline.
    pub relief_pct: Option<f64>,
}

/// Analyses `journal` as of `today`.
///
/// Done infusions form cycles; planned ones only feed the forecast. The open cycle is observed up
/// to `today`.
pub fn analyze(journal: &Journal, today: NaiveDate) -> Analysis {
    let settings = journal.settings.analysis;
    let entries = EntryIndex::new(&journal.entries);
    let infusion_days = cycles::infusion_days(&journal.infusions);
    let series = cycles::group_series(&infusion_days, settings.series_gap_days);
    let first_infusion = series.first().map(|series| series.first);
    let spans = cycles::cycle_spans(&series, today);
    // Each cycle's days, `None` where not logged, and the pain of its worn-off days (none for
    // the open cycle): read once and shared by the baseline, the noise and each cycle.
    let logged: Vec<Vec<Option<&Entry>>> = spans
        .iter()
        .map(|span| entries.range(span.series.anchor, span.observed_days))
        .collect();
    let worn_off_days: Vec<Vec<f64>> = spans
        .iter()
        .zip(&logged)
        .map(|(span, logged)| match span.next_infusion {
            Some(_) => baseline::worn_off_days(logged, &settings),
            None => Vec::new(),
        })
        .collect();
    let noise_sd = noise::day_to_day_sd(&logged);
    let worn_off = baseline::worn_off(&worn_off_days);
    let baseline = baseline::journal_baseline(
        &entries,
        first_infusion,
        worn_off,
        noise_sd,
        &journal.settings,
    );
    let mut cycles: Vec<Cycle> = spans
        .iter()
        .zip(logged.iter().zip(&worn_off_days))
        .zip(1..)
        .map(|((span, (logged, worn_off_days)), index)| {
            let cycle_baseline =
                baseline::cycle_baseline(&baseline, &entries, span.series.first, &settings);
            let (upper, lower) = match (baseline.upper_pain(), baseline.lower_pain(), baseline.pain)
            {
                (Some(upper), Some(lower), Some(pain)) => (upper - pain, pain - lower),
                _ => (0.0, 0.0),
            };
            let margins = BaselineMargins {
                upper,
                lower,
                noise_sd,
            };
            let observed = ObservedCycle {
                span,
                logged,
                worn_off_days: u32::try_from(worn_off_days.len()).unwrap_or(u32::MAX),
                entries_began_on: entries
                    .first_date()
                    .filter(|first| *first > span.series.anchor)
                    .and_then(|first| u32::try_from((first - span.series.anchor).num_days()).ok()),
            };
            build_cycle(index, &observed, cycle_baseline, margins, &settings)
        })
        .collect();
    if let Some(open) = cycles.last_mut().filter(|cycle| !cycle.is_completed()) {
        let last_seen = open.last_entry.unwrap_or(open.anchor);
        open.stale = (today - last_seen).num_days() > STALE_AFTER_DAYS;
    }
    let last_done = infusion_days.last().map(|day| day.date);
    let planned = forecast::planned_next_infusion(&journal.infusions, last_done, today);
    // Relief measured against each cycle's own pre-infusion week is relief against pre-booster
    // pain, not untreated pain, and so is relief measured against the pain of past cycles once
    // relief had worn off: that plateau is the pain before each booster, and it cannot be told
    // from relief that held at a lower level. No pattern is flagged on that evidence.
    let flags = match baseline.source {
        Some(BaselineSource::PreInfusion | BaselineSource::WornOff) => Vec::new(),
        _ => flags::flags(&cycles, &settings),
    };
    let open_questions = match baseline.source {
        Some(BaselineSource::PreInfusion | BaselineSource::WornOff) => Vec::new(),
        _ => flags::open_questions(&cycles, &flags, &settings),
    };
    Analysis {
        baseline,
        settings,
        forecast: forecast::forecast(&cycles, planned),
        flags,
        open_questions,
        cycles,
    }
}

/// How far the ends of the baseline's uncertainty lie from it, in pain points (see
/// [`Baseline::upper_pain`] and [`Baseline::lower_pain`]; 0 where it has none), and the
/// journal's day-to-day spread of pain (see `noise`).
#[derive(Debug, Clone, Copy)]
struct BaselineMargins {
    upper: f64,
    lower: f64,
    noise_sd: f64,
}

/// One cycle as the journal shows it: its span, its days (`None` where not logged, by day since
/// the anchor), how many of them show relief clearly worn off (see
/// [`baseline::worn_off_days`]; 0 for the open cycle), and the day since its anchor of the
/// journal's first entry when the journal begins after it (a journal started mid-cycle).
struct ObservedCycle<'s, 'e> {
    span: &'s CycleSpan,
    logged: &'s [Option<&'e Entry>],
    worn_off_days: u32,
    entries_began_on: Option<u32>,
}

/// Measures one cycle.
fn build_cycle(
    index: u32,
    observed: &ObservedCycle<'_, '_>,
    baseline_pain: Option<f64>,
    margins: BaselineMargins,
    settings: &AnalysisSettings,
) -> Cycle {
    let ObservedCycle {
        span,
        logged,
        worn_off_days,
        entries_began_on,
    } = *observed;
    let anchor = span.series.anchor;
    let pain: Vec<Option<f64>> = logged
        .iter()
        .map(|entry| entry.map(|entry| f64::from(entry.pain.get())))
        .collect();
    let min_logged = usize::try_from(settings.min_logged_per_week).unwrap_or(usize::MAX);
    let smoothed = smoothing::centred_mean(&pain, SMOOTHING_WINDOW_DAYS, min_logged);
    let relief_against = |baseline: Option<f64>, pain: &[Option<f64>]| -> Vec<Option<f64>> {
        pain.iter()
            .map(|pain| Some(relief::relief_pct(baseline?, (*pain)?)))
            .collect()
    };
    let relief = relief_against(baseline_pain, &smoothed);
    // Relief is judged (its peak, its onset, its loss) without lone days far from the days either
    // side (a bad day, see `smoothing::lone_days`): each 7-day mean holding one would carry it for
    // a week. What the cycle shows day by day (`days`, the relief days and area, the relief left
    // at the next infusion) still holds every day logged.
    let lone = smoothing::lone_days(&pain, smoothing::LONE_DAY_SPREADS * margins.noise_sd);
    let pain_without_lone_days: Vec<Option<f64>> = pain
        .iter()
        .zip(&lone)
        .map(|(pain, lone)| pain.filter(|_| !lone))
        .collect();
    let smoothed_without_lone_days =
        smoothing::centred_mean_leaving_out(&pain, &lone, SMOOTHING_WINDOW_DAYS, min_logged);
    let judged_relief = relief_against(baseline_pain, &smoothed_without_lone_days);
    let peak = relief::peak(&judged_relief);
    let known = peak.is_some();
    let meaningful = settings.meaningful_relief_pct;
    let substantial = settings.substantial_relief_pct;
    // Against the upper end of the baseline's uncertainty (see `Baseline::upper_pain`).
    let upper_pain = baseline_pain.map(|pain| pain + margins.upper);
    let relief_at_upper = relief_against(upper_pain, &smoothed_without_lone_days);
    // Each logged day's own relief, against the baseline and against the upper end.
    let daily = relief_against(baseline_pain, &pain_without_lone_days);
    let daily_at_upper = relief_against(upper_pain, &pain_without_lone_days);
    let evidence = relief::LossEvidence {
        relief_at_upper: &relief_at_upper,
        daily_at_upper: &daily_at_upper,
        daily: &daily,
        day_sd_pct: baseline_pain.map_or(0.0, |baseline| 100.0 * margins.noise_sd / baseline),
        persistence_days: settings.persistence_days,
        entries_began_on,
    };
    let loss = |threshold| relief::loss(&judged_relief, evidence, threshold);
    let meaningful_judged = loss(meaningful);
    let substantial_judged = loss(substantial);
    let meaningful_loss = meaningful_judged.ok().map(|(loss, _)| loss);
    let substantial_loss = substantial_judged.ok().map(|(loss, _)| loss);
    let relief_at_next = span.next_infusion.and_then(|_| {
        relief::relief_at_next_infusion(
            &smoothed,
            &pain,
            margins.noise_sd,
            baseline_pain?,
            margins.lower,
            settings.persistence_days,
        )
    });
    let decay = peak.and_then(|peak| decay::fit_decay(&relief, peak.day));
    let signals = signals::signals(
        logged,
        span.next_infusion.is_some(),
        settings.min_logged_per_week,
    );
    let days = (0..span.observed_days)
        .zip(logged)
        .zip(smoothed.iter().zip(&relief))
        .map(|((day, entry), (smoothed_pain, relief_pct))| CycleDay {
            day,
            date: anchor + Duration::days(i64::from(day)),
            pain: entry.map(|entry| entry.pain.get()),
            smoothed_pain: *smoothed_pain,
            relief_pct: *relief_pct,
        })
        .collect();
    Cycle {
        index,
        phase: span.series.phase,
        first_infusion: span.series.first,
        anchor,
        infusions: span.series.infusions,
        next_infusion: span.next_infusion,
        length_days: span.next_infusion.map(|_| span.observed_days),
        days_logged: u32::try_from(logged.iter().flatten().count()).unwrap_or(u32::MAX),
        peak_relief_pct: peak.map(|peak| peak.relief_pct),
        nadir_day: peak.map(|peak| peak.day),
        onset_day: relief::onset_day(&judged_relief, meaningful),
        loss_30_day: meaningful_loss.and_then(Loss::day),
        loss_50_day: substantial_loss.and_then(Loss::day),
        loss_30_window: meaningful_judged.ok().and_then(|(_, window)| window),
        loss_50_window: substantial_judged.ok().and_then(|(_, window)| window),
        loss_30_not_measurable: meaningful_judged.err(),
        censored: meaningful_loss.map(|loss| loss == Loss::Censored),
        relief_days_30: known.then(|| relief::days_at_or_above(&relief, meaningful)),
        relief_days_50: known.then(|| relief::days_at_or_above(&relief, substantial)),
        relief_auc: known.then(|| relief::area_pct_days(&relief)),
        half_life_days: decay.map(|decay| decay.half_life_days),
        pain_early: signals.pain_early,
        pain_late: signals.pain_late,
        worst_pain_early: signals.worst_pain_early,
        worst_pain_late: signals.worst_pain_late,
        high_pain_days_early: signals.high_pain_days_early,
        high_pain_days_late: signals.high_pain_days_late,
        rescue_per_week_early: signals.rescue_per_week_early,
        rescue_per_week_late: signals.rescue_per_week_late,
        mobility_early: signals.mobility_early,
        mobility_late: signals.mobility_late,
        sleep_quality_early: signals.sleep_quality_early,
        sleep_quality_late: signals.sleep_quality_late,
        wearing_off_first_day: signals.wearing_off_first_day,
        worn_off_days,
        relief_at_next,
        last_entry: logged.iter().flatten().last().map(|entry| entry.date),
        stale: false,
        baseline_pain,
        meaningful_loss,
        substantial_loss,
        days,
        decay,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::domain::{Infusion, RescueDoses, Score};

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn entry(date: NaiveDate, pain: i64, rescue: i64) -> Entry {
        Entry {
            rescue_doses: Some(RescueDoses::new(rescue).unwrap()),
            ..Entry::new(date, Score::new("pain", pain).unwrap())
        }
    }

    /// A journal to check on paper: a pretreatment week at pain 8; loading infusions on 8 and
    /// 10 January; pain 6, 4, then 2 for ten days, then 7 until the next infusion on 7 February.
    fn paper_journal() -> Journal {
        let mut entries: Vec<Entry> = (0..7)
            .map(|day| entry(date("2026-01-01") + Duration::days(day), 8, 0))
            .collect();
        let anchor = date("2026-01-10");
        for day in 0..28 {
            let pain = match day {
                0 => 6,
                1 => 4,
                2..=11 => 2,
                _ => 7,
            };
            entries.push(entry(
                anchor + Duration::days(day),
                pain,
                i64::from(day >= 14),
            ));
        }
        Journal {
            entries,
            infusions: vec![
                Infusion::done(date("2026-01-08")),
                Infusion::done(date("2026-01-10")),
                Infusion::done(date("2026-02-07")),
                Infusion::planned(date("2026-03-07")),
            ],
            settings: crate::domain::Settings::default(),
        }
    }

    #[test]
    fn a_cycle_checked_on_paper() {
        let analysis = analyze(&paper_journal(), date("2026-02-07"));
        assert_eq!(analysis.baseline.pain, Some(8.0));
        assert_eq!(analysis.baseline.source, Some(BaselineSource::Pretreatment));
        assert_eq!(analysis.baseline.days_logged, 7);
        assert_eq!(analysis.cycles.len(), 2);

        let cycle = &analysis.cycles[0];
        assert_eq!(
            (cycle.index, cycle.phase, cycle.infusions),
            (1, Phase::Loading, 2)
        );
        assert_eq!(cycle.first_infusion, date("2026-01-08"));
        assert_eq!(cycle.anchor, date("2026-01-10"));
        assert_eq!(cycle.next_infusion, Some(date("2026-02-07")));
        assert_eq!((cycle.length_days, cycle.days_logged), (Some(28), 28));
        // Day 0 sees days 0..=3: (6 + 4 + 2 + 2) / 4 = 3.5, relief (8 - 3.5) / 8 = 56.25%.
        assert_eq!(cycle.days[0].smoothed_pain, Some(3.5));
        assert_eq!(cycle.days[0].relief_pct, Some(56.25));
        // Days 5 to 8 see only pain 2: 75%, first reached on day 5.
        assert_eq!(
            (cycle.peak_relief_pct, cycle.nadir_day),
            (Some(75.0), Some(5))
        );
        assert_eq!(cycle.onset_day, Some(0));
        // Day 13 sees 2, 2, 7, 7, 7, 7, 7: 39 / 7, relief 30.4%; day 14 sees one 2 and six 7s:
        // 44 / 7, relief 21.4%, and it only falls after that.
        assert_eq!(cycle.loss_30_day, Some(14));
        // Day 11 sees 2, 2, 2, 2, 7, 7, 7: 29 / 7, relief 48.2%; day 10 is 57.1%.
        assert_eq!(cycle.loss_50_day, Some(11));
        assert_eq!(cycle.censored, Some(false));
        assert_eq!(
            (cycle.relief_days_30, cycle.relief_days_50),
            (Some(14), Some(11))
        );
        // Sum of the 28 daily reliefs: 56.25 + 60 + 62.5 + 64.29 + 71.43 + 4 x 75 + 66.07 + 57.14
        // + 48.21 + 39.29 + 30.36 + 21.43 + 13 x 12.5.
        let area = cycle.relief_auc.unwrap();
        assert!((area - 1039.464).abs() < 0.001, "{area}");
        // No rescue medication in the first two weeks, one a day in the last two.
        assert_eq!(cycle.rescue_per_week_early, Some(0.0));
        assert_eq!(cycle.rescue_per_week_late, Some(7.0));
        assert_eq!(cycle.mobility_early, None);

        let open = &analysis.cycles[1];
        assert_eq!(
            (open.phase, open.next_infusion, open.length_days),
            (Phase::Maintenance, None, None)
        );
        assert_eq!(
            (open.days_logged, open.peak_relief_pct, open.censored),
            (0, None, None)
        );

        assert_eq!(analysis.forecast.expected_fade_day, Some(14));
        assert_eq!(
            analysis.forecast.expected_fade_date,
            Some(date("2026-02-21"))
        );
        assert_eq!(
            analysis.forecast.planned_next_infusion,
            Some(date("2026-03-07"))
        );
        assert!(analysis.flags.is_empty());
        assert_eq!(analysis.open_cycle().map(|cycle| cycle.index), Some(2));
        assert_eq!(analysis.completed_cycles().count(), 1);
    }

    #[test]
    fn json_has_every_field_rounded_and_null_when_unknown() {
        let analysis = analyze(&paper_journal(), date("2026-02-07"));
        let json = serde_json::to_value(&analysis).unwrap();
        let keys = |value: &serde_json::Value| -> Vec<String> {
            value.as_object().unwrap().keys().cloned().collect()
        };
        let mut top = keys(&json);
        top.sort();
        assert_eq!(
            top,
            [
                "baseline",
                "cycles",
                "flags",
                "forecast",
                "open_questions",
                "settings"
            ]
        );
        assert_eq!(
            json["baseline"],
            serde_json::json!({"pain": 8.0, "source": "pretreatment", "days_logged": 7, "spread_sd": 0.0, "standard_error": 0.0, "remembered_pain": null,
                // The untreated mean is the baseline (the worn-off 7 is below it); 7 is 12.5%
                // below 8, but from one cycle only: no lasting benefit is named.
                "pretreatment_pain": 8.0, "lasting_benefit_pct": null,
                // Pain 7 from day 12 on; the 7-day mean is 7 (its highest, 5 above the nadir of 2)
                // from day 15 to day 27: 13 worn-off days at 7.
                "worn_off": {"pain": 7.0, "days_logged": 13, "cycles": [1]}})
        );
        assert_eq!(json["settings"]["persistence_days"], 7);
        assert_eq!(keys(&json["settings"]).len(), 7);
        // The fields of the `analyze --json` format, all present.
        let mut schema = [
            "index",
            "phase",
            "first_infusion",
            "anchor",
            "infusions",
            "next_infusion",
            "length_days",
            "days_logged",
            "peak_relief_pct",
            "nadir_day",
            "onset_day",
            "loss_30_day",
            "loss_50_day",
            "loss_30_window",
            "loss_50_window",
            "loss_30_not_measurable",
            "censored",
            "relief_days_30",
            "relief_days_50",
            "relief_auc",
            "half_life_days",
            "pain_early",
            "pain_late",
            "worst_pain_early",
            "worst_pain_late",
            "high_pain_days_early",
            "high_pain_days_late",
            "rescue_per_week_early",
            "rescue_per_week_late",
            "mobility_early",
            "mobility_late",
            "sleep_quality_early",
            "sleep_quality_late",
            "wearing_off_first_day",
            "last_entry",
            "stale",
        ];
        schema.sort_unstable();
        let cycle = &json["cycles"][0];
        let mut cycle_keys = keys(cycle);
        cycle_keys.sort();
        assert_eq!(cycle_keys, schema);
        assert_eq!(cycle["phase"], "loading");
        assert_eq!(cycle["anchor"], "2026-01-10");
        assert_eq!(cycle["relief_auc"], 1039.5);
        assert_eq!(cycle["loss_30_day"], 14);
        let open = &json["cycles"][1];
        assert_eq!(keys(open).len(), schema.len());
        for field in [
            "next_infusion",
            "length_days",
            "peak_relief_pct",
            "loss_30_day",
            "censored",
            "half_life_days",
        ] {
            assert!(open[field].is_null(), "{field}");
        }
        assert_eq!(
            json["forecast"],
            serde_json::json!({"expected_fade_day": 14, "expected_fade_date": "2026-02-21", "cycles_used": 1, "planned_next_infusion": "2026-03-07", "no_entries_since": null})
        );
        assert_eq!(json["flags"], serde_json::json!([]));
    }
}

#[cfg(test)]
mod phase_tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::domain::Settings;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn an_infusion_phase_is_recorded_or_inferred_from_its_series() {
        // A loading series of two infusions two days apart, then a maintenance infusion 17 days
        // later; a planned one after that.
        let mut recorded = Infusion::done(day("2026-11-20"));
        recorded.phase = Some(Phase::Maintenance);
        let journal = Journal {
            entries: Vec::new(),
            infusions: vec![
                Infusion::done(day("2026-11-01")),
                Infusion::done(day("2026-11-03")),
                recorded.clone(),
                Infusion::planned(day("2026-12-05")),
            ],
            settings: Settings::default(),
        };
        let analysis = analyze(&journal, day("2026-11-28"));
        let inferred = |phase| {
            Some(InfusionPhase {
                phase,
                inferred: true,
            })
        };
        assert_eq!(
            analysis.phase_of(&Infusion::done(day("2026-11-03"))),
            inferred(Phase::Loading)
        );
        assert_eq!(
            analysis.phase_of(&Infusion::done(day("2026-11-20"))),
            inferred(Phase::Maintenance)
        );
        assert_eq!(
            analysis.phase_of(&recorded),
            Some(InfusionPhase {
                phase: Phase::Maintenance,
                inferred: false,
            })
        );
        // A planned infusion has no phase unless one is recorded on it.
        assert_eq!(
            analysis.phase_of(&Infusion::planned(day("2026-12-05"))),
            None
        );
        let mut planned = Infusion::planned(day("2026-12-05"));
        planned.phase = Some(Phase::Loading);
        assert_eq!(
            analysis
                .phase_of(&planned)
                .map(|known| (known.phase, known.inferred)),
            Some((Phase::Loading, false))
        );
        // A done day that no series holds.
        assert_eq!(analysis.phase_of(&Infusion::done(day("2026-10-01"))), None);
    }
}
