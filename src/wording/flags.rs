//! Flag messages and their evidence, from the facts a [`Flag`] carries.
//!
//! Each message says what the journal shows and closes with [`DISCUSS`]; the evidence lists the
//! figures cycle by cycle. `analyze --json` prints both through the [`Serialize`] impl below.

use std::fmt::Write as _;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::percent;
use crate::analysis::stats::round1;
use crate::analysis::{CycleOutcome, Flag, FlagFacts, Loss, ReliefLeft, RescueOutcome};

/// The closing line of every message.
pub const DISCUSS: &str = "This pattern may be worth discussing with your care team.";

/// One or two plain sentences for the patient, ending with [`DISCUSS`].
pub fn flag_message(flag: &Flag) -> String {
    match &flag.facts {
        FlagFacts::ReliefEndsEarly {
            threshold_pct,
            matching,
            recent,
            loss_days,
            lengths,
        } => format!(
            "{}, relief fell below {} around day {}; your infusions were {} days apart. {DISCUSS}",
            how_many(*matching, recent.len()),
            percent(*threshold_pct),
            span(loss_days),
            span(lengths),
        ),
        FlagFacts::ReliefShortening {
            threshold_pct,
            durations,
            earlier_median,
            ..
        } => {
            let listed: Vec<String> = durations
                .iter()
                .map(|duration| {
                    format!(
                        "{}{}",
                        duration.days,
                        if duration.censored { "+" } else { "" }
                    )
                })
                .collect();
            let latest_days = durations.last().map_or(0, |duration| duration.days);
            format!(
                "Over your last {} completed cycles, relief at or above {} has been lasting fewer days \
                 ({} days; + means it lasted to the next infusion). The latest, {latest_days} days, is \
                 {} days below the median of the earlier cycles. {DISCUSS}",
                durations.len(),
                percent(*threshold_pct),
                listed.join(", "),
                round1(earlier_median - f64::from(latest_days)),
            )
        }
        FlagFacts::NoMeaningfulRelief {
            threshold_pct,
            index,
            anchor,
            peak_pct,
            nadir_day,
            ..
        } => {
            let most = if *peak_pct > 0.0 {
                format!(
                    "the most was {} on day {nadir_day}",
                    percent(round1(*peak_pct))
                )
            } else {
                "pain stayed at or above the baseline".to_owned()
            };
            format!(
                "In your latest completed cycle (cycle {index}, from {anchor}), relief did not reach \
                 {}; {most}. {DISCUSS}",
                percent(*threshold_pct),
            )
        }
        FlagFacts::ReliefOutlastsInterval {
            threshold_pct,
            matching,
            recent,
            lengths,
            ..
        } => format!(
            "{}, relief was still at or above {} when the next infusion came, {} days apart. \
             {DISCUSS}",
            how_many(*matching, recent.len()),
            percent(*threshold_pct),
            span(lengths),
        ),
        FlagFacts::RescueRisingLate {
            matching,
            recent,
            early_mean,
            late_mean,
        } => format!(
            "{}, breakthrough (rescue) medication was taken more often in the two weeks before the \
             next infusion than in the first two weeks: on average {} times a week early and {} late. \
             {DISCUSS}",
            how_many(*matching, recent.len()),
            round1(*early_mean),
            round1(*late_mean),
        ),
    }
}

/// The figures behind a flag, cycle by cycle.
pub fn flag_evidence(flag: &Flag) -> String {
    match &flag.facts {
        FlagFacts::ReliefEndsEarly {
            threshold_pct,
            recent,
            ..
        } => join(
            recent
                .iter()
                .map(|cycle| duration_evidence(cycle, *threshold_pct)),
        ),
        FlagFacts::ReliefOutlastsInterval {
            threshold_pct,
            recent,
            left,
            ..
        } => join(recent.iter().map(|cycle| {
            left.iter()
                .find(|held| held.index == cycle.index)
                .map_or_else(
                    || duration_evidence(cycle, *threshold_pct),
                    |held| relief_left_evidence(cycle, held),
                )
        })),
        FlagFacts::ReliefShortening {
            threshold_pct,
            recent,
            durations,
            slope,
            earlier_median,
        } => {
            let (latest_index, latest_days) = durations
                .last()
                .map_or((0, 0), |duration| (duration.index, duration.days));
            format!(
                "{}. Trend (Theil-Sen): {} days per cycle; earlier median {} days; cycle \
                 {latest_index}: {latest_days} days.",
                join(
                    recent
                        .iter()
                        .map(|cycle| duration_evidence(cycle, *threshold_pct))
                ),
                round1(*slope),
                round1(*earlier_median),
            )
        }
        FlagFacts::NoMeaningfulRelief {
            index,
            days_logged,
            length_days,
            lowest_pain,
            baseline_pain,
            ..
        } => {
            let mut evidence = format!(
                "Cycle {index}: {days_logged} of {length_days} days logged; lowest 7-day pain {}",
                round1(*lowest_pain),
            );
            if let Some(baseline) = baseline_pain {
                let _ = write!(evidence, " against a baseline of {}", round1(*baseline));
            }
            evidence.push('.');
            evidence
        }
        FlagFacts::RescueRisingLate { recent, .. } => join(recent.iter().map(rescue_evidence)),
    }
}

impl Serialize for Flag {
    /// `{"kind", "cycles", "message", "evidence"}`, the flag format of `analyze --json`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Flag", 4)?;
        state.serialize_field("kind", &self.kind)?;
        state.serialize_field("cycles", &self.cycles)?;
        state.serialize_field("message", &flag_message(self))?;
        state.serialize_field("evidence", &flag_evidence(self))?;
        state.end()
    }
}

/// One cycle's relief duration in words, for evidence.
fn duration_evidence(cycle: &CycleOutcome, threshold_pct: f64) -> String {
    let threshold = percent(threshold_pct);
    let next = cycle.length_days;
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

/// How much relief was left when the next infusion came, for evidence: "cycle 3 (from
/// 2026-01-01): about 40% relief was left when the next infusion came, 65 days apart". "About":
/// a mean over the last week, to the whole percent.
fn relief_left_evidence(cycle: &CycleOutcome, held: &ReliefLeft) -> String {
    format!(
        "cycle {} (from {}): about {} relief was left when the next infusion came, {} days apart",
        cycle.index,
        cycle.anchor,
        percent(held.relief_pct.round()),
        held.length_days
    )
}

/// One cycle's rescue medication early and late, for evidence.
fn rescue_evidence(cycle: &RescueOutcome) -> String {
    match (cycle.early, cycle.late) {
        (Some(early), Some(late)) => format!(
            "cycle {}: rescue medication {} a week in the first two weeks, {} in the last two",
            cycle.index,
            round1(early),
            round1(late)
        ),
        _ => format!("cycle {}: too few days logged to compare", cycle.index),
    }
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
pub(super) fn span(values: &[u32]) -> String {
    let low = values.iter().min();
    let high = values.iter().max();
    match (low, high) {
        (Some(low), Some(high)) if low != high => format!("{low} to {high}"),
        (Some(low), _) => low.to_string(),
        _ => String::new(),
    }
}

/// Items joined by `; `, first letter capitalised, no final stop.
pub(super) fn join(items: impl Iterator<Item = String>) -> String {
    let joined = items.collect::<Vec<_>>().join("; ");
    let mut chars = joined.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
