//! Relief survival: for each day since infusion, the share of cycles in which meaningful relief
//! still held, estimated with Kaplan-Meier so that cycles where relief outlasted the interval
//! count as censored rather than as failures or successes.
//!
//! Each cycle with known relief contributes one time:
//! - relief was lost on day d ([`Loss::Lost`]): an event at d;
//! - relief never reached the meaningful threshold ([`Loss::NotReached`]): an event at day 0;
//! - relief still held when the next infusion came or the entries end ([`Loss::Censored`]):
//!   censored at the cycle's length, or for the open cycle at its last logged day.
//!
//! Kaplan-Meier (Kaplan and Meier, 1958): at each time t with d events among the n cycles still
//! at risk, the survival is multiplied by (1 - d/n). Cycles censored at t are still at risk at t
//! (events are counted before censoring at the same time). The median is the first day the
//! survival is 0.5 or less; it is `None` when the survival never gets there.

use serde::Serialize;

use super::Cycle;
use super::relief::Loss;

/// One step of the Kaplan-Meier curve, at a day when relief ended or a cycle was censored.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SurvivalStep {
    /// Days since the infusion.
    pub day: u32,
    /// Cycles still followed just before this day (relief held up to here and not censored
    /// earlier).
    pub at_risk: u32,
    /// Cycles in which meaningful relief ended on this day.
    pub ended: u32,
    /// Cycles censored on this day: relief still held when the next infusion came.
    pub censored: u32,
    /// The share of cycles in which relief still held after this day, 0.0 to 1.0.
    pub surviving: f64,
}

/// The relief survival curve of a journal.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReliefSurvival {
    /// The steps, by day, oldest first. Before the first step the survival is 1.0.
    pub steps: Vec<SurvivalStep>,
    /// Cycles with known relief that the curve rests on.
    pub cycles: u32,
    /// Of those, cycles in which meaningful relief ended (or never came).
    pub ended: u32,
    /// The first day on which the share still holding is 0.5 or less.
    pub median_day: Option<u32>,
}

impl ReliefSurvival {
    /// The share of cycles in which relief still held after `day` (1.0 before the first step).
    pub fn surviving_after(&self, day: u32) -> f64 {
        self.steps
            .iter()
            .take_while(|step| step.day <= day)
            .last()
            .map_or(1.0, |step| step.surviving)
    }
}

/// One cycle's contribution: the day and whether relief ended there (`true`) or was censored.
fn cycle_time(cycle: &Cycle) -> Option<(u32, bool)> {
    match cycle.meaningful_loss? {
        Loss::Lost(day) => Some((day, true)),
        Loss::NotReached => Some((0, true)),
        Loss::Censored => {
            let day = cycle.length_days.or_else(|| {
                cycle
                    .days
                    .iter()
                    .filter(|day| day.relief_pct.is_some())
                    .map(|day| day.day)
                    .max()
            })?;
            Some((day, false))
        }
    }
}

/// The Kaplan-Meier estimate of how long meaningful relief held, over `cycles`.
pub fn relief_survival<'a>(cycles: impl IntoIterator<Item = &'a Cycle>) -> ReliefSurvival {
    let mut times: Vec<(u32, bool)> = cycles.into_iter().filter_map(cycle_time).collect();
    times.sort_unstable();
    let total = u32::try_from(times.len()).unwrap_or(u32::MAX);
    let mut steps = Vec::new();
    let mut surviving = 1.0;
    let mut at_risk = total;
    let mut median_day = None;
    let mut index = 0;
    while index < times.len() {
        let day = times[index].0;
        let same_day = times[index..]
            .iter()
            .take_while(|(other, _)| *other == day)
            .count();
        let ended = times[index..index + same_day]
            .iter()
            .filter(|(_, ended)| *ended)
            .count();
        let ended = u32::try_from(ended).unwrap_or(u32::MAX);
        let leaving = u32::try_from(same_day).unwrap_or(u32::MAX);
        if ended > 0 {
            surviving *= 1.0 - f64::from(ended) / f64::from(at_risk);
        }
        if median_day.is_none() && surviving <= 0.5 {
            median_day = Some(day);
        }
        steps.push(SurvivalStep {
            day,
            at_risk,
            ended,
            censored: leaving - ended,
            surviving,
        });
        at_risk -= leaving;
        index += same_day;
    }
    ReliefSurvival {
        ended: steps.iter().map(|step| step.ended).sum(),
        steps,
        cycles: total,
        median_day,
    }
}

/// How many of the cycles in `survival`'s source had relief end before `day`, of those whose
/// outcome by that day is known (relief ended earlier, or the cycle was followed at least that
/// long). Returns `(ended, known)`.
pub fn ended_before<'a>(cycles: impl IntoIterator<Item = &'a Cycle>, day: u32) -> (u32, u32) {
    cycles
        .into_iter()
        .filter_map(cycle_time)
        .fold((0, 0), |(ended, known), (time, event)| {
            if event && time < day {
                (ended + 1, known + 1)
            } else if time >= day {
                (ended, known + 1)
            } else {
                (ended, known)
            }
        })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::analysis::fixtures;

    /// A completed cycle of `length` days with this relief outcome.
    fn cycle_with_loss(loss: Loss, length: Option<u32>) -> Cycle {
        fixtures::cycle(1, length.unwrap(), loss)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn a_kaplan_meier_table_with_censoring_matches_the_hand_computation() {
        // Six cycles: relief lost on days 10, 20, 20 and 35; still holding at the next infusion
        // on day 25 and day 40 (censored).
        // By hand:
        // day 10: 6 at risk, 1 ends  -> S = 5/6              = 0.8333
        // day 20: 5 at risk, 2 end   -> S = 5/6 * 3/5 = 1/2  = 0.5   (median)
        // day 25: 3 at risk, censored -> S stays 0.5
        // day 35: 2 at risk, 1 ends  -> S = 1/2 * 1/2 = 1/4  = 0.25
        // day 40: 1 at risk, censored -> S stays 0.25
        let cycles = [
            cycle_with_loss(Loss::Lost(10), Some(40)),
            cycle_with_loss(Loss::Lost(20), Some(41)),
            cycle_with_loss(Loss::Lost(20), Some(30)),
            cycle_with_loss(Loss::Censored, Some(25)),
            cycle_with_loss(Loss::Lost(35), Some(42)),
            cycle_with_loss(Loss::Censored, Some(40)),
        ];
        let survival = relief_survival(&cycles);
        let table: Vec<(u32, u32, u32, u32)> = survival
            .steps
            .iter()
            .map(|step| (step.day, step.at_risk, step.ended, step.censored))
            .collect();
        assert_eq!(
            table,
            [
                (10, 6, 1, 0),
                (20, 5, 2, 0),
                (25, 3, 0, 1),
                (35, 2, 1, 0),
                (40, 1, 0, 1)
            ]
        );
        let shares: Vec<f64> = survival.steps.iter().map(|step| step.surviving).collect();
        for (share, expected) in shares.iter().zip([5.0 / 6.0, 0.5, 0.5, 0.25, 0.25]) {
            assert!(close(*share, expected), "{shares:?}");
        }
        assert_eq!(survival.median_day, Some(20));
        assert_eq!((survival.cycles, survival.ended), (6, 4));
        assert!(close(survival.surviving_after(9), 1.0));
        assert!(close(survival.surviving_after(34), 0.5));
    }

    #[test]
    fn relief_that_never_came_ends_on_day_zero_and_unknown_relief_is_left_out() {
        let mut unknown = cycle_with_loss(Loss::Lost(5), Some(30));
        unknown.meaningful_loss = None;
        let cycles = [
            cycle_with_loss(Loss::NotReached, Some(30)),
            cycle_with_loss(Loss::Censored, Some(30)),
            unknown,
        ];
        let survival = relief_survival(&cycles);
        assert_eq!(survival.cycles, 2);
        assert_eq!(survival.steps[0].day, 0);
        assert!(close(survival.steps[0].surviving, 0.5));
        assert_eq!(survival.median_day, Some(0));
    }

    #[test]
    fn when_most_relief_outlasts_the_interval_there_is_no_median() {
        let cycles = [
            cycle_with_loss(Loss::Censored, Some(42)),
            cycle_with_loss(Loss::Censored, Some(45)),
            cycle_with_loss(Loss::Lost(30), Some(44)),
        ];
        let survival = relief_survival(&cycles);
        assert_eq!(survival.median_day, None);
        assert!(close(survival.surviving_after(45), 2.0 / 3.0));
    }

    #[test]
    fn ended_before_counts_only_cycles_whose_outcome_by_that_day_is_known() {
        let cycles = [
            cycle_with_loss(Loss::Lost(20), Some(40)),
            cycle_with_loss(Loss::Lost(34), Some(40)),
            cycle_with_loss(Loss::Lost(36), Some(40)),
            // Censored on day 30: not known whether relief lasted to day 35.
            cycle_with_loss(Loss::Censored, Some(30)),
            cycle_with_loss(Loss::Censored, Some(41)),
        ];
        assert_eq!(ended_before(&cycles, 35), (2, 4));
    }
}
