//! The four flags: factual patterns in completed cycles, each with the evidence behind it.
//!
//! Messages describe and never prescribe: they say what the journal shows and that it may be worth
//! discussing with the care team. They never tell anyone what to do about treatment.

use std::fmt::Write as _;

use serde::Serialize;

use super::Cycle;
use super::relief::Loss;
use super::stats::{mean, median, round1, theil_sen_slope};
use crate::domain::AnalysisSettings;

/// `rescue_rising_late`: how much more rescue medication per week late than early counts.
pub const RESCUE_RISE_PER_WEEK: f64 = 2.0;

/// `relief_shortening`: how many days below the median of the earlier cycles the latest must be.
pub const SHORTENING_MARGIN_DAYS: f64 = 7.0;

/// `relief_shortening`: how many recent completed cycles the trend looks at.
pub const TREND_CYCLES: usize = 6;

/// `relief_shortening`: the fewest cycles a trend needs.
const MIN_TREND_CYCLES: usize = 3;

/// `relief_ends_early` and `rescue_rising_late` look at this many recent completed cycles…
const RECENT_CYCLES: usize = 3;

/// …and need the pattern in at least this many of them.
const MIN_RECENT_MATCHES: usize = 2;

/// The closing line of every message.
const DISCUSS: &str = "This pattern may be worth discussing with your care team.";

/// Which pattern a flag reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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
}

impl FlagKind {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ReliefEndsEarly => "relief_ends_early",
            Self::ReliefShortening => "relief_shortening",
            Self::NoMeaningfulRelief => "no_meaningful_relief",
            Self::RescueRisingLate => "rescue_rising_late",
        }
    }
}

/// A pattern in the journal worth a look, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    /// Which pattern.
    pub kind: FlagKind,
    /// The cycles (by index) that show it.
    pub cycles: Vec<u32>,
    /// One or two plain sentences for the patient.
    pub message: String,
    /// The figures behind it, cycle by cycle.
    pub evidence: String,
}

/// All flags raised by the completed cycles among `cycles`.
pub(crate) fn flags(cycles: &[Cycle], settings: &AnalysisSettings) -> Vec<Flag> {
    let completed: Vec<&Cycle> = cycles.iter().filter(|cycle| cycle.is_completed()).collect();
    [
        relief_ends_early(&completed, settings),
        relief_shortening(&completed, settings),
        no_meaningful_relief(&completed, settings),
        rescue_rising_late(&completed),
    ]
    .into_iter()
    .flatten()
    .collect()
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

fn relief_ends_early(completed: &[&Cycle], settings: &AnalysisSettings) -> Option<Flag> {
    let recent = last(completed, RECENT_CYCLES);
    let early: Vec<&Cycle> = recent
        .iter()
        .copied()
        .filter(|cycle| {
            days_lost_before_next(cycle).is_some_and(|days| days >= settings.early_warning_days)
        })
        .collect();
    if early.len() < MIN_RECENT_MATCHES {
        return None;
    }
    let loss_days: Vec<u32> = early.iter().filter_map(|cycle| cycle.loss_30_day).collect();
    let lengths: Vec<u32> = early.iter().filter_map(|cycle| cycle.length_days).collect();
    let message = format!(
        "{}, relief fell below {} around day {}; your infusions were {} days apart. {DISCUSS}",
        how_many(early.len(), recent.len()),
        percent(settings.meaningful_relief_pct),
        span(&loss_days),
        span(&lengths),
    );
    Some(Flag {
        kind: FlagKind::ReliefEndsEarly,
        cycles: early.iter().map(|cycle| cycle.index).collect(),
        message,
        evidence: join(
            recent
                .iter()
                .map(|cycle| duration_evidence(cycle, settings)),
        ),
    })
}

/// How long meaningful relief lasted, and whether that is a lower bound (censored).
fn relief_duration(cycle: &Cycle) -> Option<(u32, bool)> {
    match cycle.meaningful_loss? {
        Loss::Lost(day) => Some((day, false)),
        Loss::Censored => Some((cycle.length_days?, true)),
        Loss::NotReached => Some((0, false)),
    }
}

fn relief_shortening(completed: &[&Cycle], settings: &AnalysisSettings) -> Option<Flag> {
    let measured: Vec<(&Cycle, u32, bool)> = completed
        .iter()
        .filter_map(|cycle| relief_duration(cycle).map(|(days, censored)| (*cycle, days, censored)))
        .collect();
    let window = measured.get(measured.len().saturating_sub(TREND_CYCLES)..)?;
    let (&(latest, latest_days, latest_censored), earlier) = window.split_last()?;
    if window.len() < MIN_TREND_CYCLES || latest_censored {
        return None;
    }
    let points: Vec<(f64, f64)> = window
        .iter()
        .map(|(cycle, days, _)| (f64::from(cycle.index), f64::from(*days)))
        .collect();
    let slope = theil_sen_slope(&points)?;
    let earlier_days: Vec<f64> = earlier
        .iter()
        .map(|(_, days, _)| f64::from(*days))
        .collect();
    let earlier_median = median(&earlier_days)?;
    let shortfall = earlier_median - f64::from(latest_days);
    if slope >= 0.0 || shortfall < SHORTENING_MARGIN_DAYS {
        return None;
    }
    let listed: Vec<String> = window
        .iter()
        .map(|(_, days, censored)| format!("{days}{}", if *censored { "+" } else { "" }))
        .collect();
    let message = format!(
        "Over your last {} completed cycles, relief at or above {} has been lasting fewer days \
         ({} days; + means it lasted to the next infusion). The latest, {latest_days} days, is \
         {} days below the median of the earlier cycles. {DISCUSS}",
        window.len(),
        percent(settings.meaningful_relief_pct),
        listed.join(", "),
        round1(shortfall),
    );
    let evidence = format!(
        "{}. Trend (Theil-Sen): {} days per cycle; earlier median {} days; cycle {}: {latest_days} days.",
        join(
            window
                .iter()
                .map(|(cycle, _, _)| duration_evidence(cycle, settings))
        ),
        round1(slope),
        round1(earlier_median),
        latest.index,
    );
    Some(Flag {
        kind: FlagKind::ReliefShortening,
        cycles: window.iter().map(|(cycle, _, _)| cycle.index).collect(),
        message,
        evidence,
    })
}

fn no_meaningful_relief(completed: &[&Cycle], settings: &AnalysisSettings) -> Option<Flag> {
    let latest = completed.last()?;
    if latest.meaningful_loss != Some(Loss::NotReached) {
        return None;
    }
    let threshold = percent(settings.meaningful_relief_pct);
    let peak = latest.peak_relief_pct?;
    let most = if peak > 0.0 {
        format!(
            "the most was {} on day {}",
            percent(round1(peak)),
            latest.nadir_day?
        )
    } else {
        "pain stayed at or above the baseline".to_owned()
    };
    let message = format!(
        "In your latest completed cycle (cycle {}, from {}), relief did not reach {threshold}; {most}. \
         {DISCUSS}",
        latest.index, latest.anchor,
    );
    let lowest = latest
        .days
        .iter()
        .filter_map(|day| day.smoothed_pain)
        .fold(f64::INFINITY, f64::min);
    let mut evidence = format!(
        "Cycle {}: {} of {} days logged; lowest 7-day pain {}",
        latest.index,
        latest.days_logged,
        latest.length_days?,
        round1(lowest),
    );
    if let Some(baseline) = latest.baseline_pain {
        let _ = write!(evidence, " against a baseline of {}", round1(baseline));
    }
    evidence.push('.');
    Some(Flag {
        kind: FlagKind::NoMeaningfulRelief,
        cycles: vec![latest.index],
        message,
        evidence,
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
    if rising.len() < MIN_RECENT_MATCHES {
        return None;
    }
    let early = mean(rising.iter().map(|(_, early, _)| *early))?;
    let late = mean(rising.iter().map(|(_, _, late)| *late))?;
    let message = format!(
        "{}, breakthrough (rescue) medication was taken more often in the two weeks before the \
         next infusion than in the first two weeks: on average {} times a week early and {} late. \
         {DISCUSS}",
        how_many(rising.len(), recent.len()),
        round1(early),
        round1(late),
    );
    let evidence = join(recent.iter().map(|cycle| {
        match (cycle.rescue_per_week_early, cycle.rescue_per_week_late) {
            (Some(early), Some(late)) => format!(
                "cycle {}: rescue medication {} a week in the first two weeks, {} in the last two",
                cycle.index,
                round1(early),
                round1(late)
            ),
            _ => format!("cycle {}: too few days logged to compare", cycle.index),
        }
    }));
    Some(Flag {
        kind: FlagKind::RescueRisingLate,
        cycles: rising.iter().map(|(cycle, _, _)| cycle.index).collect(),
        message,
        evidence,
    })
}

/// One cycle's relief duration in words, for evidence.
fn duration_evidence(cycle: &Cycle, settings: &AnalysisSettings) -> String {
    let threshold = percent(settings.meaningful_relief_pct);
    let next = cycle.length_days.unwrap_or_default();
    let what = match cycle.meaningful_loss {
        Some(Loss::Lost(day)) => {
            format!("relief below {threshold} from day {day}, next infusion on day {next}")
        }
        Some(Loss::Censored) => {
            format!("relief at or above {threshold} lasted to the next infusion on day {next}")
        }
        Some(Loss::NotReached) => {
            format!("relief did not reach {threshold}; next infusion on day {next}")
        }
        None => "too few days logged to measure relief".to_owned(),
    };
    format!("cycle {} (from {}): {what}", cycle.index, cycle.anchor)
}

/// `In your last 3 completed cycles` or `In 2 of your last 3 completed cycles`.
fn how_many(matching: usize, recent: usize) -> String {
    if matching == recent {
        format!("In your last {recent} completed cycles")
    } else {
        format!("In {matching} of your last {recent} completed cycles")
    }
}

/// `34` or `34 to 36`.
fn span(values: &[u32]) -> String {
    let low = values.iter().min();
    let high = values.iter().max();
    match (low, high) {
        (Some(low), Some(high)) if low != high => format!("{low} to {high}"),
        (Some(low), _) => low.to_string(),
        _ => String::new(),
    }
}

/// `30%`, or `32.5%` for a threshold with a fraction.
pub(crate) fn percent(value: f64) -> String {
    format!("{}%", round1(value))
}

/// Items joined by `; `, first letter capitalised, no final stop.
fn join(items: impl Iterator<Item = String>) -> String {
    let joined = items.collect::<Vec<_>>().join("; ");
    let mut chars = joined.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::{Duration, NaiveDate};

    use super::*;
    use crate::domain::Phase;

    /// A completed cycle with the given length and relief outcome; nothing else is measured.
    fn cycle(index: u32, length: u32, loss: Loss) -> Cycle {
        let anchor =
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(i64::from(index) * 60);
        Cycle {
            index,
            phase: Phase::Maintenance,
            first_infusion: anchor,
            anchor,
            infusions: 1,
            next_infusion: Some(anchor + Duration::days(i64::from(length))),
            length_days: Some(length),
            days_logged: length,
            peak_relief_pct: Some(if loss == Loss::NotReached { 18.0 } else { 60.0 }),
            nadir_day: Some(4),
            onset_day: None,
            loss_30_day: loss.day(),
            loss_50_day: None,
            censored: Some(loss == Loss::Censored),
            relief_days_30: None,
            relief_days_50: None,
            relief_auc: None,
            half_life_days: None,
            rescue_per_week_early: None,
            rescue_per_week_late: None,
            mobility_early: None,
            mobility_late: None,
            sleep_quality_early: None,
            sleep_quality_late: None,
            wearing_off_first_day: None,
            baseline_pain: Some(7.0),
            meaningful_loss: Some(loss),
            substantial_loss: None,
            days: Vec::new(),
            decay: None,
        }
    }

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
        assert!(flag.message.starts_with(
            "In 2 of your last 3 completed cycles, relief fell below 30% around day 34;"
        ));
        assert!(
            flag.message.contains("42 to 44 days apart"),
            "{}",
            flag.message
        );
        assert!(flag.evidence.contains(
            "cycle 2 (from 2026-05-01): relief below 30% from day 36, next infusion on day 42"
        ));
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
        assert!(
            flag.message.contains("(40+, 36, 33, 28 days;"),
            "{}",
            flag.message
        );
        assert!(flag.message.contains("is 8 days below"), "{}", flag.message);
        // Theil-Sen slopes: -4, -3.5, -4, -3, -4, -5; the median is -4.
        assert!(
            flag.evidence
                .contains("Trend (Theil-Sen): -4 days per cycle"),
            "{}",
            flag.evidence
        );

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
        assert!(
            flag.message
                .contains("relief did not reach 30%; the most was 18% on day 4."),
            "{}",
            flag.message
        );
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
        assert!(
            flag.message
                .contains("on average 0.8 times a week early and 3.5 late"),
            "{}",
            flag.message
        );
        cycles[2].rescue_per_week_late = None;
        assert!(!kinds(&cycles).contains(&FlagKind::RescueRisingLate));
    }

    #[test]
    fn small_formatting_helpers() {
        assert_eq!(span(&[36, 34, 35]), "34 to 36");
        assert_eq!(span(&[42, 42]), "42");
        assert_eq!(percent(30.0), "30%");
        assert_eq!(percent(32.5), "32.5%");
        assert_eq!(
            join(["a b".to_owned(), "c".to_owned()].into_iter()),
            "A b; c"
        );
    }
}
