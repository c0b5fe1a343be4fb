//! The five flags: factual patterns in completed cycles, each with the facts behind it.
//!
//! A flag carries facts (cycles, loss days, intervals, figures), not sentences: `crate::wording`
//! puts them into words, describing and never prescribing.

use chrono::NaiveDate;

use super::Cycle;
use super::relief::Loss;
use super::stats::{mean, median};
use super::trend::relief_duration_trend;
use crate::domain::AnalysisSettings;

/// `rescue_rising_late`: how much more rescue medication per week late than early counts.
pub const RESCUE_RISE_PER_WEEK: f64 = 2.0;

/// `relief_shortening`: how many days below the median of the earlier cycles the latest must be,
/// and how many days the Theil-Sen line must fall over the cycles it spans.
pub const SHORTENING_MARGIN_DAYS: f64 = 7.0;

/// `relief_ends_early` and `rescue_rising_late` look at this many recent completed cycles…
pub const RECENT_CYCLES: usize = 3;

/// …and need the pattern in at least this many of them.
pub const RECENT_MATCHES: usize = 2;

/// Which pattern a flag reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// In at least 2 of the last 3 completed cycles, relief was lost at least
    /// `early_warning_days` before the next infusion.
    ReliefEndsEarly,
    /// Over at least 3 cycles relief has been lasting fewer days, and the latest is well below the
    /// earlier ones.
    ReliefShortening,
    /// The latest completed cycle never reached meaningful relief.
    NoMeaningfulRelief,
    /// In at least 2 of the last 3 completed cycles, rescue medication was taken clearly more often
    /// late in the cycle than early.
    RescueRisingLate,
    /// In at least 2 of the last 3 completed cycles, meaningful relief still held when the next
    /// infusion came: the mirror image of [`Self::ReliefEndsEarly`].
    ReliefOutlastsInterval,
}

impl FlagKind {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ReliefEndsEarly => "relief_ends_early",
            Self::ReliefShortening => "relief_shortening",
            Self::NoMeaningfulRelief => "no_meaningful_relief",
            Self::RescueRisingLate => "rescue_rising_late",
            Self::ReliefOutlastsInterval => "relief_outlasts_interval",
        }
    }
}

/// A pattern in the journal worth a look, with the facts behind it.
///
/// It serializes (in `analyze --json`) as `kind`, `cycles`, `message` and `evidence`, the last
/// two put into words by `crate::wording`.
#[derive(Debug, Clone, PartialEq)]
pub struct Flag {
    /// Which pattern.
    pub kind: FlagKind,
    /// The cycles (by index) that show it.
    pub cycles: Vec<u32>,
    /// The figures behind it.
    pub facts: FlagFacts,
}

/// How meaningful relief ended in one completed cycle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CycleOutcome {
    /// The cycle's index.
    pub index: u32,
    /// The cycle's anchor infusion.
    pub anchor: NaiveDate,
    /// How meaningful relief ended; `None` when no day's relief is known.
    pub meaningful_loss: Option<Loss>,
    /// Days from the anchor to the next infusion.
    pub length_days: u32,
}

impl CycleOutcome {
    fn of(cycle: &Cycle) -> Self {
        Self {
            index: cycle.index,
            anchor: cycle.anchor,
            meaningful_loss: cycle.meaningful_loss,
            length_days: cycle.length_days.unwrap_or_default(),
        }
    }
}

/// How long meaningful relief lasted in one cycle of a trend.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReliefDuration {
    /// The cycle's index.
    pub index: u32,
    /// Days meaningful relief lasted: the loss day, 0 when it was not reached, or the cycle's
    /// length when it lasted to the next infusion.
    pub days: u32,
    /// Relief lasted to the next infusion: `days` is a lower bound.
    pub censored: bool,
}

/// How much relief was left when the next infusion came, in one cycle whose relief held to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReliefLeft {
    /// The cycle's index.
    pub index: u32,
    /// Mean relief against the baseline over the cycle's last `persistence_days`, in percent.
    pub relief_pct: f64,
    /// Days from the anchor to the next infusion.
    pub length_days: u32,
}

/// Rescue medication early and late in one cycle, per week.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RescueOutcome {
    /// The cycle's index.
    pub index: u32,
    /// Doses a week in the first 14 days; `None` when too few days are logged.
    pub early: Option<f64>,
    /// Doses a week in the last 14 days before the next infusion.
    pub late: Option<f64>,
}

/// The facts behind a flag, by kind.
#[derive(Debug, Clone, PartialEq)]
pub enum FlagFacts {
    /// See [`FlagKind::ReliefEndsEarly`].
    ReliefEndsEarly {
        /// The meaningful relief threshold in use, in percent.
        threshold_pct: f64,
        /// How many of the recent cycles lost relief early.
        matching: usize,
        /// The recent completed cycles looked at, oldest first.
        recent: Vec<CycleOutcome>,
        /// The loss days of the cycles that lost relief early.
        loss_days: Vec<u32>,
        /// The lengths (days to the next infusion) of those cycles.
        lengths: Vec<u32>,
    },
    /// See [`FlagKind::ReliefShortening`].
    ReliefShortening {
        /// The meaningful relief threshold in use, in percent.
        threshold_pct: f64,
        /// The cycles of the trend, oldest first.
        recent: Vec<CycleOutcome>,
        /// How long relief lasted in each of them.
        durations: Vec<ReliefDuration>,
        /// The Theil-Sen slope, in days per cycle.
        slope: f64,
        /// The median duration of the cycles before the latest, in days.
        earlier_median: f64,
    },
    /// See [`FlagKind::NoMeaningfulRelief`].
    NoMeaningfulRelief {
        /// The meaningful relief threshold in use, in percent.
        threshold_pct: f64,
        /// The latest completed cycle.
        index: u32,
        /// Its anchor infusion.
        anchor: NaiveDate,
        /// The most relief seen, in percent (0 or less: pain stayed at or above the baseline).
        peak_pct: f64,
        /// The day of the most relief.
        nadir_day: u32,
        /// Days with an entry.
        days_logged: u32,
        /// Days to the next infusion.
        length_days: u32,
        /// The lowest 7-day smoothed pain.
        lowest_pain: f64,
        /// The baseline the cycle is measured against.
        baseline_pain: Option<f64>,
    },
    /// See [`FlagKind::ReliefOutlastsInterval`].
    ReliefOutlastsInterval {
        /// The meaningful relief threshold in use, in percent.
        threshold_pct: f64,
        /// How many of the recent cycles had relief holding when the next infusion came.
        matching: usize,
        /// The recent completed cycles looked at, oldest first.
        recent: Vec<CycleOutcome>,
        /// The lengths (days to the next infusion) of the cycles whose relief held.
        lengths: Vec<u32>,
        /// How much relief was left in each of those cycles when the next infusion came.
        left: Vec<ReliefLeft>,
    },
    /// See [`FlagKind::RescueRisingLate`].
    RescueRisingLate {
        /// How many of the recent cycles show the rise.
        matching: usize,
        /// The recent completed cycles looked at, oldest first.
        recent: Vec<RescueOutcome>,
        /// Mean doses a week early, over the cycles that show the rise.
        early_mean: f64,
        /// Mean doses a week late, over the cycles that show the rise.
        late_mean: f64,
    },
}

/// All flags raised by the completed cycles among `cycles`.
pub(crate) fn flags(cycles: &[Cycle], settings: &AnalysisSettings) -> Vec<Flag> {
    let completed: Vec<&Cycle> = cycles.iter().filter(|cycle| cycle.is_completed()).collect();
    [
        relief_ends_early(&completed, settings),
        relief_shortening(&completed, settings),
        no_meaningful_relief(&completed, settings),
        rescue_rising_late(&completed),
        relief_outlasts_interval(&completed, settings),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Why a recent completed cycle can neither show nor rule out a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unclear {
    /// When meaningful relief was lost cannot be measured (`loss_30_not_measurable` says why).
    NotMeasurable,
    /// Relief fell below the threshold within days without a 7-day value (`loss_30_window`), and
    /// those days reach into the last `early_warning_days` before the next infusion: the loss may
    /// have come early enough to count, or not.
    WindowAtTheEnd,
    /// Relief lasted to the next infusion as far as the entries show, but none of the last
    /// `persistence_days` before it has a 7-day value, and the days logged there (if any) do not
    /// clearly show relief held: whether it still held then is unknown.
    EndNotLogged,
}

/// One recent completed cycle that leaves a pattern open, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct UnclearCycle {
    /// The cycle's index.
    pub index: u32,
    /// Why it cannot be judged.
    pub why: Unclear,
}

/// A pattern the recent completed cycles can neither show nor rule out: fewer than
/// [`RECENT_MATCHES`] of the last [`RECENT_CYCLES`] show it, but with the cycles that cannot be
/// judged there would be enough. Thin evidence, typically at a low baseline where 30% relief is
/// about the spread of a single day and a few unlogged days hide the crossing; the journal says
/// what would settle it (`crate::wording`) instead of staying silent.
///
/// It serializes (in `analyze --json`, under `open_questions`) as `kind`, `matching`, `unclear`
/// and `message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenQuestion {
    /// Which pattern: [`FlagKind::ReliefEndsEarly`] or [`FlagKind::ReliefOutlastsInterval`].
    pub kind: FlagKind,
    /// The recent cycles that show it.
    pub matching: Vec<u32>,
    /// The recent cycles that cannot be judged, each with why.
    pub unclear: Vec<UnclearCycle>,
}

/// The patterns left open by the completed cycles among `cycles` (see [`OpenQuestion`]); none
/// for a pattern already flagged.
pub(crate) fn open_questions(
    cycles: &[Cycle],
    flags: &[Flag],
    settings: &AnalysisSettings,
) -> Vec<OpenQuestion> {
    let completed: Vec<&Cycle> = cycles.iter().filter(|cycle| cycle.is_completed()).collect();
    let recent = last(&completed, RECENT_CYCLES);
    let flagged = |kind| flags.iter().any(|flag| flag.kind == kind);
    let mut questions = Vec::new();
    let ends_early = open_question(FlagKind::ReliefEndsEarly, recent, |cycle| {
        if lost_early(cycle, settings) {
            return Judged::Shows;
        }
        match unclear_for_early(cycle, settings) {
            Some(why) => Judged::Unclear(why),
            None => Judged::RulesOut,
        }
    });
    let outlasts = open_question(FlagKind::ReliefOutlastsInterval, recent, |cycle| {
        if held_to_next_infusion(cycle, settings) {
            return Judged::Shows;
        }
        match unclear_for_outlasting(cycle, settings) {
            Some(why) => Judged::Unclear(why),
            None => Judged::RulesOut,
        }
    });
    for question in [ends_early, outlasts].into_iter().flatten() {
        if !flagged(question.kind) {
            questions.push(question);
        }
    }
    questions
}

/// How one cycle bears on a pattern.
enum Judged {
    Shows,
    RulesOut,
    Unclear(Unclear),
}

/// The open question about `kind` in `recent`, when there is one (see [`OpenQuestion`]).
fn open_question(
    kind: FlagKind,
    recent: &[&Cycle],
    judge: impl Fn(&Cycle) -> Judged,
) -> Option<OpenQuestion> {
    let mut matching = Vec::new();
    let mut unclear = Vec::new();
    for cycle in recent {
        match judge(cycle) {
            Judged::Shows => matching.push(cycle.index),
            Judged::Unclear(why) => unclear.push(UnclearCycle {
                index: cycle.index,
                why,
            }),
            Judged::RulesOut => {}
        }
    }
    (matching.len() < RECENT_MATCHES
        && !unclear.is_empty()
        && matching.len() + unclear.len() >= RECENT_MATCHES)
        .then_some(OpenQuestion {
            kind,
            matching,
            unclear,
        })
}

/// Why `cycle`, which does not show relief ending early, cannot rule it out either.
fn unclear_for_early(cycle: &Cycle, settings: &AnalysisSettings) -> Option<Unclear> {
    if cycle.loss_30_not_measurable.is_some() {
        return Some(Unclear::NotMeasurable);
    }
    let length = cycle.length_days?;
    let early_until = length.saturating_sub(settings.early_warning_days);
    if let Some(window) = cycle.loss_30_window
        && window.from <= early_until
        && window.to > early_until
    {
        return Some(Unclear::WindowAtTheEnd);
    }
    end_not_logged(cycle, settings).then_some(Unclear::EndNotLogged)
}

/// Why `cycle`, which does not show relief outlasting the interval, cannot rule it out either.
fn unclear_for_outlasting(cycle: &Cycle, settings: &AnalysisSettings) -> Option<Unclear> {
    if cycle.loss_30_not_measurable.is_some() {
        return Some(Unclear::NotMeasurable);
    }
    end_not_logged(cycle, settings).then_some(Unclear::EndNotLogged)
}

/// Whether relief lasted to the next infusion as far as the entries show while its last
/// `persistence_days` tell nothing: no relief left is known there, or only from a few logged
/// days that do not clearly show it held (see `ReliefAtNext::from_days_logged`).
fn end_not_logged(cycle: &Cycle, settings: &AnalysisSettings) -> bool {
    cycle.meaningful_loss == Some(Loss::Censored)
        && cycle.relief_at_next.is_none_or(|left| {
            left.from_days_logged && left.relief_pct < settings.meaningful_relief_pct
        })
}

/// The last `count` of `cycles`.
fn last<'a, 'c>(cycles: &'a [&'c Cycle], count: usize) -> &'a [&'c Cycle] {
    cycles
        .get(cycles.len().saturating_sub(count)..)
        .unwrap_or_default()
}

/// Days from the loss of meaningful relief to the next infusion, when relief was lost.
fn days_lost_before_next(cycle: &Cycle) -> Option<u32> {
    Some(cycle.length_days?.saturating_sub(cycle.loss_30_day?))
}

/// The last [`RECENT_CYCLES`] completed cycles and those of them that show a pattern, when at
/// least [`RECENT_MATCHES`] do.
fn recent_matching<'a, 'c>(
    completed: &'a [&'c Cycle],
    shows: impl Fn(&Cycle) -> bool,
) -> Option<(&'a [&'c Cycle], Vec<&'c Cycle>)> {
    let recent = last(completed, RECENT_CYCLES);
    let matching: Vec<&Cycle> = recent
        .iter()
        .copied()
        .filter(|cycle| shows(cycle))
        .collect();
    (matching.len() >= RECENT_MATCHES).then_some((recent, matching))
}

/// Whether meaningful relief was lost at least `early_warning_days` before the next infusion and
/// was still below the threshold over the cycle's last `persistence_days` (against the baseline
/// itself, when relief is known there). The second part asks the end of the cycle to agree with
/// the loss: a loss found weeks before the next infusion while relief was back at the threshold
/// in its last week rested on a stretch the noise of a few entries, or a baseline set too low,
/// could make; relief that ran out early is still gone when the next infusion comes.
fn lost_early(cycle: &Cycle, settings: &AnalysisSettings) -> bool {
    days_lost_before_next(cycle).is_some_and(|days| days >= settings.early_warning_days)
        && !back_at_the_end(cycle, settings)
}

/// Whether the mean relief over the cycle's last `persistence_days` before the next infusion is
/// known and at or above the meaningful threshold (against the baseline itself): relief was back
/// when the next infusion came.
fn back_at_the_end(cycle: &Cycle, settings: &AnalysisSettings) -> bool {
    cycle
        .relief_at_next
        .is_some_and(|left| left.relief_pct >= settings.meaningful_relief_pct)
}

fn relief_ends_early(completed: &[&Cycle], settings: &AnalysisSettings) -> Option<Flag> {
    let (recent, early) = recent_matching(completed, |cycle| lost_early(cycle, settings))?;
    Some(Flag {
        kind: FlagKind::ReliefEndsEarly,
        cycles: early.iter().map(|cycle| cycle.index).collect(),
        facts: FlagFacts::ReliefEndsEarly {
            threshold_pct: settings.meaningful_relief_pct,
            matching: early.len(),
            recent: recent.iter().map(|cycle| CycleOutcome::of(cycle)).collect(),
            loss_days: early.iter().filter_map(|cycle| cycle.loss_30_day).collect(),
            lengths: early.iter().filter_map(|cycle| cycle.length_days).collect(),
        },
    })
}

/// Whether the relief left when the next infusion came shows that meaningful relief still held
/// then: the cycle is censored, and the mean relief over its last `persistence_days` is at or
/// above the meaningful threshold:
///
/// - against the lower end of the baseline's uncertainty (the pretreatment mean less 1.96
///   standard errors, or a remembered baseline less a point), whatever the shape of the pain: a
///   baseline set as low as it can plausibly be still leaves meaningful relief; or
/// - against the baseline itself, when the cycle shows no days on which relief had clearly worn
///   off (pain back on a plateau well above the nadir, found from the pain alone).
///
/// The first keeps relief that is still fading at the next infusion, its pain well above the
/// nadir and flattening; the second keeps a flat plateau close to the threshold. Neither lets a
/// baseline set too high make returning pain look held: pain on a plateau counts as held only
/// when the margin is wider than the doubt about the baseline. A cycle whose entries stopped
/// weeks before the next infusion is censored too, but says nothing about how long relief held,
/// so it does not count; nor does one whose relief had already slipped below the threshold in
/// its last days, with too few of them left to confirm the loss.
fn held_to_next_infusion(cycle: &Cycle, settings: &AnalysisSettings) -> bool {
    let Some(left) = cycle.relief_at_next else {
        return false;
    };
    let threshold = settings.meaningful_relief_pct;
    cycle.meaningful_loss == Some(Loss::Censored)
        && cycle.is_completed()
        && (left.relief_at_lower_pct >= threshold
            || (left.relief_pct >= threshold && cycle.worn_off_days == 0))
}

fn relief_outlasts_interval(completed: &[&Cycle], settings: &AnalysisSettings) -> Option<Flag> {
    let (recent, held) =
        recent_matching(completed, |cycle| held_to_next_infusion(cycle, settings))?;
    let left: Vec<ReliefLeft> = held
        .iter()
        .filter_map(|cycle| {
            Some(ReliefLeft {
                index: cycle.index,
                relief_pct: cycle.relief_at_next?.relief_pct,
                length_days: cycle.length_days?,
            })
        })
        .collect();
    Some(Flag {
        kind: FlagKind::ReliefOutlastsInterval,
        cycles: held.iter().map(|cycle| cycle.index).collect(),
        facts: FlagFacts::ReliefOutlastsInterval {
            threshold_pct: settings.meaningful_relief_pct,
            matching: held.len(),
            recent: recent.iter().map(|cycle| CycleOutcome::of(cycle)).collect(),
            lengths: held.iter().filter_map(|cycle| cycle.length_days).collect(),
            left,
        },
    })
}

fn relief_shortening(completed: &[&Cycle], settings: &AnalysisSettings) -> Option<Flag> {
    let trend = relief_duration_trend(completed.iter().copied())?;
    let window = &trend.window;
    let (latest, earlier) = window.split_last()?;
    // Relief that lasted to the next infusion, or was back at the threshold over its last
    // `persistence_days` (as `relief_ends_early` asks): a loss found weeks before then rested on a
    // stretch the noise of a few entries, or a baseline that happens to be low, could make.
    // A trend rests on more than one cycle whose relief ended: after cycles whose relief lasted
    // to the next infusion, one loss is a single cycle, not a trend (as many as
    // `relief_ends_early` asks).
    let losses = window.iter().filter(|measured| !measured.censored).count();
    if latest.censored || back_at_the_end(latest.cycle, settings) || losses < RECENT_MATCHES {
        return None;
    }
    let slope = trend.slope;
    let earlier_days: Vec<f64> = earlier
        .iter()
        .map(|measured| f64::from(measured.days))
        .collect();
    let earlier_median = median(&earlier_days)?;
    let shortfall = earlier_median - f64::from(latest.days);
    // The trend line itself falls by at least the margin over the cycles it spans: a slope of a
    // fraction of a day per cycle is no trend a patient or a clinician would read off the chart,
    // and with it one short cycle after noisy ones was enough.
    let fall = -slope * (window.len().saturating_sub(1)) as f64;
    if fall < SHORTENING_MARGIN_DAYS || shortfall < SHORTENING_MARGIN_DAYS {
        return None;
    }
    Some(Flag {
        kind: FlagKind::ReliefShortening,
        cycles: window.iter().map(|measured| measured.cycle.index).collect(),
        facts: FlagFacts::ReliefShortening {
            threshold_pct: settings.meaningful_relief_pct,
            recent: window
                .iter()
                .map(|measured| CycleOutcome::of(measured.cycle))
                .collect(),
            durations: window
                .iter()
                .map(|measured| ReliefDuration {
                    index: measured.cycle.index,
                    days: measured.days,
                    censored: measured.censored,
                })
                .collect(),
            slope,
            earlier_median,
        },
    })
}

fn no_meaningful_relief(completed: &[&Cycle], settings: &AnalysisSettings) -> Option<Flag> {
    let latest = completed.last()?;
    if latest.meaningful_loss != Some(Loss::NotReached) {
        return None;
    }
    let lowest_pain = latest
        .days
        .iter()
        .filter_map(|day| day.smoothed_pain)
        .fold(f64::INFINITY, f64::min);
    Some(Flag {
        kind: FlagKind::NoMeaningfulRelief,
        cycles: vec![latest.index],
        facts: FlagFacts::NoMeaningfulRelief {
            threshold_pct: settings.meaningful_relief_pct,
            index: latest.index,
            anchor: latest.anchor,
            peak_pct: latest.peak_relief_pct?,
            nadir_day: latest.nadir_day?,
            days_logged: latest.days_logged,
            length_days: latest.length_days?,
            lowest_pain,
            baseline_pain: latest.baseline_pain,
        },
    })
}

fn rescue_rising_late(completed: &[&Cycle]) -> Option<Flag> {
    let recent = last(completed, RECENT_CYCLES);
    let rising: Vec<(&Cycle, f64, f64)> = recent
        .iter()
        .filter_map(|cycle| {
            Some((
                *cycle,
                cycle.rescue_per_week_early?,
                cycle.rescue_per_week_late?,
            ))
        })
        .filter(|(_, early, late)| late - early >= RESCUE_RISE_PER_WEEK)
        .collect();
    if rising.len() < RECENT_MATCHES {
        return None;
    }
    Some(Flag {
        kind: FlagKind::RescueRisingLate,
        cycles: rising.iter().map(|(cycle, _, _)| cycle.index).collect(),
        facts: FlagFacts::RescueRisingLate {
            matching: rising.len(),
            recent: recent
                .iter()
                .map(|cycle| RescueOutcome {
                    index: cycle.index,
                    early: cycle.rescue_per_week_early,
                    late: cycle.rescue_per_week_late,
                })
                .collect(),
            early_mean: mean(rising.iter().map(|(_, early, _)| *early))?,
            late_mean: mean(rising.iter().map(|(_, _, late)| *late))?,
        },
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    use crate::analysis::ReliefAtNext;
    use crate::analysis::fixtures::cycle;

    fn kinds(cycles: &[Cycle]) -> Vec<FlagKind> {
        flags(cycles, &AnalysisSettings::default())
            .iter()
            .map(|flag| flag.kind)
            .collect()
    }

    #[test]
    fn relief_ending_early_in_two_of_the_last_three() {
        // Lost 8, 6 and 10 days before the next infusion; only the first two reach 7 days.
        let cycles = [
            cycle(1, 42, Loss::Lost(34)),
            cycle(2, 42, Loss::Lost(36)),
            cycle(3, 44, Loss::Lost(34)),
        ];
        let raised = flags(&cycles, &AnalysisSettings::default());
        let flag = raised
            .iter()
            .find(|flag| flag.kind == FlagKind::ReliefEndsEarly)
            .unwrap();
        assert_eq!(flag.cycles, [1, 3]);
        let FlagFacts::ReliefEndsEarly {
            threshold_pct,
            matching,
            recent,
            loss_days,
            lengths,
        } = &flag.facts
        else {
            panic!("{flag:?}");
        };
        assert_eq!((*threshold_pct, *matching), (30.0, 2));
        assert_eq!(
            (loss_days.as_slice(), lengths.as_slice()),
            (&[34, 34][..], &[42, 44][..])
        );
        assert_eq!(recent.len(), 3);
        assert_eq!(recent[1].meaningful_loss, Some(Loss::Lost(36)));
    }

    #[test]
    fn relief_ending_early_once_or_lasting_is_no_flag() {
        let once = [
            cycle(1, 42, Loss::Lost(30)),
            cycle(2, 42, Loss::Censored),
            cycle(3, 42, Loss::Lost(38)),
        ];
        assert!(!kinds(&once).contains(&FlagKind::ReliefEndsEarly));
        // Only the last three count: two early cycles long ago do not.
        let old = [
            cycle(1, 42, Loss::Lost(20)),
            cycle(2, 42, Loss::Lost(20)),
            cycle(3, 42, Loss::Censored),
            cycle(4, 42, Loss::Censored),
            cycle(5, 42, Loss::Lost(20)),
        ];
        assert!(!kinds(&old).contains(&FlagKind::ReliefEndsEarly));
        let mut open = cycle(6, 42, Loss::Lost(10));
        open.next_infusion = None;
        let with_open = [cycle(1, 42, Loss::Lost(20)), open.clone(), open];
        assert!(kinds(&with_open).is_empty());
    }

    #[test]
    fn shortening_needs_a_downward_trend_and_a_clear_drop() {
        // Durations 40+ (censored at 40), 36, 33, 28: slope negative, earlier median 36, 8 below.
        let shorter = [
            cycle(1, 40, Loss::Censored),
            cycle(2, 50, Loss::Lost(36)),
            cycle(3, 50, Loss::Lost(33)),
            cycle(4, 50, Loss::Lost(28)),
        ];
        let raised = flags(&shorter, &AnalysisSettings::default());
        let flag = raised
            .iter()
            .find(|flag| flag.kind == FlagKind::ReliefShortening)
            .unwrap();
        assert_eq!(flag.cycles, [1, 2, 3, 4]);
        let FlagFacts::ReliefShortening {
            durations,
            slope,
            earlier_median,
            ..
        } = &flag.facts
        else {
            panic!("{flag:?}");
        };
        let listed: Vec<(u32, bool)> = durations.iter().map(|d| (d.days, d.censored)).collect();
        assert_eq!(listed, [(40, true), (36, false), (33, false), (28, false)]);
        // Theil-Sen slopes: -4, -3.5, -4, -3, -4, -5; the median is -4.
        assert_eq!((*slope, *earlier_median), (-4.0, 36.0));

        let small_drop = [
            cycle(1, 50, Loss::Lost(36)),
            cycle(2, 50, Loss::Lost(33)),
            cycle(3, 50, Loss::Lost(30)),
        ];
        assert!(!kinds(&small_drop).contains(&FlagKind::ReliefShortening));
        let two = [cycle(1, 50, Loss::Lost(40)), cycle(2, 50, Loss::Lost(20))];
        assert!(!kinds(&two).contains(&FlagKind::ReliefShortening));
        let latest_lasted = [
            cycle(1, 50, Loss::Lost(40)),
            cycle(2, 50, Loss::Lost(36)),
            cycle(3, 20, Loss::Censored),
        ];
        assert!(!kinds(&latest_lasted).contains(&FlagKind::ReliefShortening));
        // The latest loss came while relief was back at 32% over the cycle's last week.
        let mut back = shorter.clone();
        back[3] = ending_with(cycle(4, 50, Loss::Lost(28)), 32.0, 25.0);
        assert!(!kinds(&back).contains(&FlagKind::ReliefShortening));
        back[3] = ending_with(cycle(4, 50, Loss::Lost(28)), 20.0, 15.0);
        assert!(kinds(&back).contains(&FlagKind::ReliefShortening));
        // One cycle whose relief ended, after three whose relief lasted: not yet a trend.
        let one_loss = [
            cycle(1, 60, Loss::Censored),
            cycle(2, 58, Loss::Censored),
            cycle(3, 62, Loss::Censored),
            cycle(4, 60, Loss::Lost(40)),
        ];
        assert!(!kinds(&one_loss).contains(&FlagKind::ReliefShortening));
        let mut two_losses = one_loss.clone();
        two_losses[2] = cycle(3, 62, Loss::Lost(50));
        assert!(kinds(&two_losses).contains(&FlagKind::ReliefShortening));
        // One short cycle after steady ones: 36, 40, 36, 40, then 28, 10 days below the earlier
        // median of 38, but the pairwise slopes' median is (-2 + 0) / 2 = -1, so the line falls
        // 4 days over the five cycles: no trend.
        let one_short = [
            cycle(1, 50, Loss::Lost(36)),
            cycle(2, 50, Loss::Lost(40)),
            cycle(3, 50, Loss::Lost(36)),
            cycle(4, 50, Loss::Lost(40)),
            cycle(5, 50, Loss::Lost(28)),
        ];
        assert!(!kinds(&one_short).contains(&FlagKind::ReliefShortening));
        // The same five with the earlier ones sliding down by 2 days a cycle: 40, 38, 36, 34,
        // then 28; the slopes' median is -2, the line falls 8 days.
        let sliding = [
            cycle(1, 50, Loss::Lost(40)),
            cycle(2, 50, Loss::Lost(38)),
            cycle(3, 50, Loss::Lost(36)),
            cycle(4, 50, Loss::Lost(34)),
            cycle(5, 50, Loss::Lost(28)),
        ];
        assert!(kinds(&sliding).contains(&FlagKind::ReliefShortening));
    }

    #[test]
    fn no_meaningful_relief_in_the_latest_cycle() {
        let cycles = [cycle(1, 42, Loss::Lost(30)), cycle(2, 42, Loss::NotReached)];
        let raised = flags(&cycles, &AnalysisSettings::default());
        let flag = raised
            .iter()
            .find(|flag| flag.kind == FlagKind::NoMeaningfulRelief)
            .unwrap();
        assert_eq!(flag.cycles, [2]);
        let FlagFacts::NoMeaningfulRelief {
            peak_pct,
            nadir_day,
            ..
        } = flag.facts
        else {
            panic!("{flag:?}");
        };
        assert_eq!((peak_pct, nadir_day), (18.0, 4));
        let earlier_only = [cycle(1, 42, Loss::NotReached), cycle(2, 42, Loss::Lost(30))];
        assert!(!kinds(&earlier_only).contains(&FlagKind::NoMeaningfulRelief));
    }

    #[test]
    fn rescue_rising_late_in_two_of_three() {
        let mut cycles = [
            cycle(1, 42, Loss::Lost(40)),
            cycle(2, 42, Loss::Lost(40)),
            cycle(3, 42, Loss::Lost(40)),
        ];
        let rescue = [(0.5, 3.0), (1.0, 2.5), (1.0, 4.0)];
        for (cycle, (early, late)) in cycles.iter_mut().zip(rescue) {
            cycle.rescue_per_week_early = Some(early);
            cycle.rescue_per_week_late = Some(late);
        }
        let raised = flags(&cycles, &AnalysisSettings::default());
        let flag = raised
            .iter()
            .find(|flag| flag.kind == FlagKind::RescueRisingLate)
            .unwrap();
        assert_eq!(flag.cycles, [1, 3]); // cycle 2 rose by 1.5, below the 2 a week
        let FlagFacts::RescueRisingLate {
            early_mean,
            late_mean,
            ..
        } = flag.facts
        else {
            panic!("{flag:?}");
        };
        assert_eq!((early_mean, late_mean), (0.75, 3.5));
        cycles[2].rescue_per_week_late = None;
        assert!(!kinds(&cycles).contains(&FlagKind::RescueRisingLate));
    }

    /// `cycle` with `left` percent relief left at the next infusion, and `at_lower` against the
    /// lower end of the baseline's uncertainty.
    fn ending_with(mut cycle: Cycle, left: f64, at_lower: f64) -> Cycle {
        cycle.relief_at_next = Some(ReliefAtNext {
            relief_pct: left,
            relief_at_lower_pct: at_lower,
            from_days_logged: false,
        });
        cycle
    }

    #[test]
    fn a_few_days_logged_at_the_end_settle_it_only_when_they_clearly_show_relief_held() {
        let settings = AnalysisSettings::default();
        let censored = cycle(1, 42, Loss::Censored);
        let from_days = |left: f64| {
            let mut cycle = ending_with(censored.clone(), left, left - 5.0);
            if let Some(relief) = cycle.relief_at_next.as_mut() {
                relief.from_days_logged = true;
            }
            cycle
        };
        // Nothing known at the end: unknown. A few days whose lower end is 35%: relief held. At
        // 25%: they do not clearly show it held, nor that it was gone: still unknown.
        assert!(end_not_logged(&censored, &settings));
        assert!(!end_not_logged(&from_days(35.0), &settings));
        assert!(end_not_logged(&from_days(25.0), &settings));
        // From 7-day values, 25% is relief gone by the end, which rules "outlasts" out.
        assert!(!end_not_logged(
            &ending_with(censored.clone(), 25.0, 20.0),
            &settings
        ));
    }

    #[test]
    fn relief_outlasting_the_interval_in_two_of_the_last_three() {
        let cycles = [
            ending_with(cycle(1, 42, Loss::Censored), 45.0, 40.0),
            ending_with(cycle(2, 45, Loss::Lost(30)), 10.0, 5.0),
            ending_with(cycle(3, 45, Loss::Censored), 38.4, 33.0),
        ];
        let raised = flags(&cycles, &AnalysisSettings::default());
        let flag = raised
            .iter()
            .find(|flag| flag.kind == FlagKind::ReliefOutlastsInterval)
            .unwrap();
        assert_eq!(flag.cycles, [1, 3]);
        let FlagFacts::ReliefOutlastsInterval {
            matching,
            lengths,
            left,
            ..
        } = &flag.facts
        else {
            panic!("{flag:?}");
        };
        assert_eq!((*matching, lengths.as_slice()), (2, [42, 45].as_slice()));
        let left: Vec<(u32, f64, u32)> = left
            .iter()
            .map(|held| (held.index, held.relief_pct, held.length_days))
            .collect();
        assert_eq!(left, [(1, 45.0, 42), (3, 38.4, 45)]);
    }

    #[test]
    fn relief_outlasting_needs_two_cycles_seen_holding_near_the_next_infusion() {
        // Only one of the last three held.
        let once = [
            ending_with(cycle(1, 42, Loss::Censored), 45.0, 40.0),
            ending_with(cycle(2, 42, Loss::Lost(30)), 20.0, 15.0),
            ending_with(cycle(3, 42, Loss::Lost(25)), 20.0, 15.0),
        ];
        assert!(!kinds(&once).contains(&FlagKind::ReliefOutlastsInterval));
        // Censored, but nothing known in the last week (entries stopped): no relief left to show.
        let stopped = [
            ending_with(cycle(1, 42, Loss::Censored), 45.0, 40.0),
            cycle(2, 42, Loss::Censored),
            cycle(3, 42, Loss::Censored),
        ];
        assert!(!kinds(&stopped).contains(&FlagKind::ReliefOutlastsInterval));
        // Censored, but relief had slipped below 30% in the last week, too briefly to confirm a
        // loss: 29.9% left does not count.
        let slipped = [
            ending_with(cycle(1, 42, Loss::Censored), 45.0, 40.0),
            ending_with(cycle(2, 42, Loss::Censored), 29.9, 25.0),
        ];
        assert!(!kinds(&slipped).contains(&FlagKind::ReliefOutlastsInterval));
    }

    #[test]
    fn relief_on_a_plateau_holds_only_with_a_margin_wider_than_the_baselines_doubt() {
        // Pain came back to a plateau (9 worn-off days) in cycle 2: 40% left against the baseline
        // could be a baseline set too high; 32% against its lower end is still meaningful, so it
        // held whatever the shape of the pain.
        let plateau = |at_lower: f64| {
            let mut cycle = ending_with(cycle(2, 42, Loss::Censored), 40.0, at_lower);
            cycle.worn_off_days = 9;
            [ending_with(cycle_1_held(), 45.0, 40.0), cycle]
        };
        assert!(kinds(&plateau(32.0)).contains(&FlagKind::ReliefOutlastsInterval));
        // 28% against the lower end: the plateau may be relief lost against a baseline set too
        // high, so it does not count.
        assert!(!kinds(&plateau(28.0)).contains(&FlagKind::ReliefOutlastsInterval));
        // Without a plateau (pain still rising, or flat near the nadir), 31% against the baseline
        // is enough even when the lower end says 26%.
        let no_plateau = [
            ending_with(cycle_1_held(), 45.0, 40.0),
            ending_with(cycle(2, 42, Loss::Censored), 31.0, 26.0),
        ];
        assert!(kinds(&no_plateau).contains(&FlagKind::ReliefOutlastsInterval));
    }

    fn cycle_1_held() -> Cycle {
        cycle(1, 42, Loss::Censored)
    }
}
