//! Flag messages and their evidence, from the facts a [`Flag`] carries.
//!
//! Each message says what the journal shows and closes with [`discuss`]; the evidence lists the
//! figures cycle by cycle. `analyze --json` prints both, in the current language, through the
//! [`Serialize`] impl below; its keys and the flag's `kind` stay English.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::format::number;
use super::{date, percent};
use crate::analysis::stats::round1;
use crate::analysis::{CycleOutcome, Flag, FlagFacts, Loss, ReliefLeft, RescueOutcome};
use crate::t;

/// The closing sentence of every message.
pub fn discuss() -> String {
    t!("analysis-flag-discuss")
}

/// One or two plain sentences for the patient, ending with [`discuss`].
pub fn flag_message(flag: &Flag) -> String {
    match &flag.facts {
        FlagFacts::ReliefEndsEarly {
            threshold_pct,
            matching,
            recent,
            loss_days,
            lengths,
        } => {
            let loss = Span::of(loss_days);
            let length = Span::of(lengths);
            t!(
                "analysis-flag-relief-ends-early",
                scope = scope(*matching, recent.len()),
                matching = (*matching),
                recent = recent.len(),
                threshold = percent(*threshold_pct),
                loss_low = loss.low,
                loss_high = loss.high,
                loss_span = loss.key(),
                length_low = length.low,
                length_high = length.high,
                length_span = length.key()
            )
        }
        FlagFacts::ReliefShortening {
            threshold_pct,
            durations,
            earlier_median,
            ..
        } => {
            // Numbers and a "+" mark each, as a list of figures: no words to translate.
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
            let below = round1(earlier_median - f64::from(latest_days));
            t!(
                "analysis-flag-relief-shortening",
                count = durations.len(),
                threshold = percent(*threshold_pct),
                durations = listed.join(", "),
                latest = latest_days,
                below = below,
                below_text = number(below)
            )
        }
        FlagFacts::NoMeaningfulRelief {
            threshold_pct,
            index,
            anchor,
            peak_pct,
            nadir_day,
            ..
        } => t!(
            "analysis-flag-no-meaningful-relief",
            index = (*index),
            date = date(*anchor),
            threshold = percent(*threshold_pct),
            reached = (if *peak_pct > 0.0 { "some" } else { "none" }),
            peak = percent(round1(*peak_pct)),
            day = (*nadir_day)
        ),
        FlagFacts::ReliefOutlastsInterval {
            threshold_pct,
            matching,
            recent,
            lengths,
            ..
        } => {
            let length = Span::of(lengths);
            t!(
                "analysis-flag-relief-outlasts",
                scope = scope(*matching, recent.len()),
                matching = (*matching),
                recent = recent.len(),
                threshold = percent(*threshold_pct),
                length_low = length.low,
                length_high = length.high,
                length_span = length.key()
            )
        }
        FlagFacts::RescueRisingLate {
            matching,
            recent,
            early_mean,
            late_mean,
        } => t!(
            "analysis-flag-rescue-rising-late",
            scope = scope(*matching, recent.len()),
            matching = (*matching),
            recent = recent.len(),
            early = number(*early_mean),
            late = number(*late_mean)
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
                .enumerate()
                .map(|(position, cycle)| duration_evidence(position, cycle, *threshold_pct)),
        ),
        FlagFacts::ReliefOutlastsInterval {
            threshold_pct,
            recent,
            left,
            ..
        } => join(recent.iter().enumerate().map(|(position, cycle)| {
            left.iter()
                .find(|held| held.index == cycle.index)
                .map_or_else(
                    || duration_evidence(position, cycle, *threshold_pct),
                    |held| relief_left_evidence(position, cycle, held),
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
            let slope = round1(*slope);
            t!(
                "analysis-evidence-trend",
                cycles = join(
                    recent
                        .iter()
                        .enumerate()
                        .map(|(position, cycle)| duration_evidence(
                            position,
                            cycle,
                            *threshold_pct
                        ))
                ),
                slope = slope,
                slope_text = number(slope),
                median = number(*earlier_median),
                index = latest_index,
                days = latest_days
            )
        }
        FlagFacts::NoMeaningfulRelief {
            index,
            days_logged,
            length_days,
            lowest_pain,
            baseline_pain,
            ..
        } => match baseline_pain {
            Some(baseline) => t!(
                "analysis-evidence-no-relief-baseline",
                index = (*index),
                logged = (*days_logged),
                length = (*length_days),
                lowest = number(*lowest_pain),
                baseline = number(*baseline)
            ),
            None => t!(
                "analysis-evidence-no-relief",
                index = (*index),
                logged = (*days_logged),
                length = (*length_days),
                lowest = number(*lowest_pain)
            ),
        },
        FlagFacts::RescueRisingLate { recent, .. } => join(
            recent
                .iter()
                .enumerate()
                .map(|(position, cycle)| rescue_evidence(position, cycle)),
        ),
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

/// Where an item stands in a flag's evidence, as the messages select it: the first starts the
/// text (and with a capital, in the languages that have them).
fn position_key(position: usize) -> &'static str {
    if position == 0 { "first" } else { "other" }
}

/// One cycle's relief duration in words, for evidence.
fn duration_evidence(position: usize, cycle: &CycleOutcome, threshold_pct: f64) -> String {
    let (outcome, day) = match cycle.meaningful_loss {
        Some(Loss::Lost(day)) => ("lost", day),
        Some(Loss::Censored) => ("lasted", 0),
        Some(Loss::NotReached) => ("not-reached", 0),
        None => ("unmeasured", 0),
    };
    t!(
        "analysis-evidence-duration",
        position = position_key(position),
        index = cycle.index,
        date = date(cycle.anchor),
        outcome = outcome,
        threshold = percent(threshold_pct),
        day = day,
        next = cycle.length_days
    )
}

/// How much relief was left when the next infusion came, for evidence: "cycle 3 (from 1 Jan
/// 2026): about 40% relief was left when the next infusion came, 65 days apart". "About": a mean
/// over the last week, to the whole percent.
fn relief_left_evidence(position: usize, cycle: &CycleOutcome, held: &ReliefLeft) -> String {
    t!(
        "analysis-evidence-relief-left",
        position = position_key(position),
        index = cycle.index,
        date = date(cycle.anchor),
        relief = percent(held.relief_pct.round()),
        days = held.length_days
    )
}

/// One cycle's rescue medication early and late, for evidence.
fn rescue_evidence(position: usize, cycle: &RescueOutcome) -> String {
    match (cycle.early, cycle.late) {
        (Some(early), Some(late)) => t!(
            "analysis-evidence-rescue",
            position = position_key(position),
            index = cycle.index,
            early = number(early),
            late = number(late)
        ),
        _ => t!(
            "analysis-evidence-rescue-unknown",
            position = position_key(position),
            index = cycle.index
        ),
    }
}

/// `all` when every recent cycle shows the pattern, `some` otherwise: whether a message says "In
/// your last 3 completed cycles" or "In 2 of your last 3 completed cycles".
fn scope(matching: usize, recent: usize) -> &'static str {
    if matching == recent { "all" } else { "some" }
}

/// The lowest and highest of some days, for a message that says `34` or `34 to 36`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    /// The lowest value.
    pub low: u32,
    /// The highest value.
    pub high: u32,
}

impl Span {
    /// The span of `values`; `0` to `0` when there are none.
    pub fn of(values: &[u32]) -> Self {
        Self {
            low: values.iter().copied().min().unwrap_or_default(),
            high: values.iter().copied().max().unwrap_or_default(),
        }
    }

    /// `single` when the lowest and highest are the same, `range` otherwise.
    pub fn key(self) -> &'static str {
        if self.low == self.high {
            "single"
        } else {
            "range"
        }
    }
}

/// The evidence of each cycle, separated by semicolons; each item is worded whole, the first
/// one starting the text.
pub(super) fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_is_single_or_a_range() {
        assert_eq!(Span::of(&[36, 34, 35]), Span { low: 34, high: 36 });
        assert_eq!(Span::of(&[36, 34, 35]).key(), "range");
        assert_eq!(Span::of(&[42, 42]).key(), "single");
    }
}
