//! Relief and its summaries within one cycle: relief series, onset, peak and nadir, loss of relief
//! with persistence and censoring, days at or above a threshold, and the area under the curve.
//!
//! Every function takes the cycle's daily relief in percent (`None` where the smoothed pain is
//! unknown), indexed by day since the anchor infusion.

use serde::Serialize;

/// Relief in percent: how far smoothed pain is below the baseline, as a share of the baseline.
/// Negative when pain is above the baseline.
pub(crate) fn relief_pct(baseline_pain: f64, smoothed_pain: f64) -> f64 {
    100.0 * (baseline_pain - smoothed_pain) / baseline_pain
}

/// The most relief in a cycle and the day it came (the nadir of pain).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Peak {
    /// Relief on that day, in percent.
    pub relief_pct: f64,
    /// Day since the anchor; the first such day when several tie.
    pub day: u32,
}

/// How relief at one threshold ended in a cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Loss {
    /// Relief reached the threshold and fell below it from this day on.
    Lost(u32),
    /// Relief still held when the next infusion came (or the data ended): it outlasted the
    /// interval, which is not the same as never ending.
    Censored,
    /// Relief never reached the threshold.
    NotReached,
}

impl Loss {
    /// The loss day, if relief was lost.
    pub fn day(self) -> Option<u32> {
        match self {
            Self::Lost(day) => Some(day),
            Self::Censored | Self::NotReached => None,
        }
    }
}

/// Known days as `(day, relief)` pairs.
fn known(relief: &[Option<f64>]) -> impl Iterator<Item = (u32, f64)> + '_ {
    relief
        .iter()
        .enumerate()
        .filter_map(|(day, value)| Some((u32::try_from(day).ok()?, (*value)?)))
}

/// The peak of relief; `None` when no day is known.
pub(crate) fn peak(relief: &[Option<f64>]) -> Option<Peak> {
    known(relief).fold(None, |best: Option<Peak>, (day, relief_pct)| match best {
        Some(best) if best.relief_pct >= relief_pct => Some(best),
        _ => Some(Peak { relief_pct, day }),
    })
}

/// The first day relief is at or above `threshold`.
pub(crate) fn onset_day(relief: &[Option<f64>], threshold: f64) -> Option<u32> {
    known(relief)
        .find(|&(_, value)| value >= threshold)
        .map(|(day, _)| day)
}

/// Once relief has fallen below a threshold, it holds again only when it comes back this many
/// percentage points above it: a 7-day mean that wavers a point or two around the threshold is
/// noise, not relief returning (hysteresis, as in any threshold detector on a noisy signal).
pub const LOSS_HYSTERESIS_PCT: f64 = 5.0;

/// How relief at `threshold` ended; `None` when no day is known.
///
/// Relief is lost on the first day after onset, below the threshold, from which relief does not
/// hold again for `persistence_days` (days without a value neither confirm nor break the run), or
/// until the end of the cycle if that comes sooner. Relief holds again on a day at least
/// [`LOSS_HYSTERESIS_PCT`] above the threshold, or on the last known day at the threshold or above.
/// If relief still holds at the end, the cycle is censored.
pub(crate) fn loss(relief: &[Option<f64>], threshold: f64, persistence_days: u32) -> Option<Loss> {
    peak(relief)?;
    let Some(onset) = onset_day(relief, threshold) else {
        return Some(Loss::NotReached);
    };
    let days: Vec<(u32, f64)> = known(relief).collect();
    // Walking backwards, remember the nearest later day on which relief holds again: back at
    // least LOSS_HYSTERESIS_PCT above the threshold, or at the threshold on the last known day.
    let mut next_holding: Option<u32> = days
        .last()
        .filter(|(_, value)| *value >= threshold)
        .map(|(day, _)| *day);
    let mut lost = None;
    for &(day, value) in days.iter().rev() {
        if day <= onset {
            break;
        }
        if value >= threshold + LOSS_HYSTERESIS_PCT {
            next_holding = Some(day);
        } else if value < threshold
            && next_holding.is_none_or(|holding| holding - day >= persistence_days)
        {
            lost = Some(day);
        }
    }
    Some(lost.map_or(Loss::Censored, Loss::Lost))
}

/// Known days with relief at or above `threshold`.
pub(crate) fn days_at_or_above(relief: &[Option<f64>], threshold: f64) -> u32 {
    let count = known(relief)
        .filter(|&(_, value)| value >= threshold)
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// Area under the relief curve in percent-days: the sum of each known day's relief, with days
/// worse than baseline counting as zero. Days without a value add nothing.
pub(crate) fn area_pct_days(relief: &[Option<f64>]) -> f64 {
    known(relief).map(|(_, value)| value.max(0.0)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A short cycle to check on paper: relief climbs to 60%, holds, then fades.
    const CYCLE: [Option<f64>; 14] = [
        Some(10.0),
        Some(40.0),
        Some(60.0),
        Some(55.0),
        None,
        Some(45.0),
        Some(28.0),
        Some(33.0),
        Some(25.0),
        None,
        Some(20.0),
        Some(10.0),
        Some(-5.0),
        Some(0.0),
    ];

    #[test]
    fn relief_is_the_share_of_baseline_pain_gone() {
        assert_eq!(relief_pct(8.0, 4.0), 50.0);
        assert_eq!(relief_pct(8.0, 10.0), -25.0);
    }

    #[test]
    fn onset_peak_and_nadir() {
        assert_eq!(onset_day(&CYCLE, 30.0), Some(1));
        assert_eq!(onset_day(&CYCLE, 50.0), Some(2));
        assert_eq!(onset_day(&CYCLE, 70.0), None);
        assert_eq!(
            peak(&CYCLE),
            Some(Peak {
                relief_pct: 60.0,
                day: 2
            })
        );
        assert_eq!(peak(&[None, None]), None);
    }

    #[test]
    fn loss_needs_relief_to_stay_below_for_the_persistence_days() {
        // Day 6 dips to 28% and day 7 comes back only to 33%, less than 5 points above 30%:
        // noise, not relief returning, so relief is lost from day 6.
        assert_eq!(loss(&CYCLE, 30.0, 7), Some(Loss::Lost(6)));
        // Had day 7 come back to 35%, the dip on day 6 would not count and the loss is day 8.
        let mut back = CYCLE;
        back[7] = Some(35.0);
        assert_eq!(loss(&back, 30.0, 7), Some(Loss::Lost(8)));
        // At 50%: below from day 5 on.
        assert_eq!(loss(&CYCLE, 50.0, 7), Some(Loss::Lost(5)));
        // With a persistence of 1 day, the dip on day 6 counts.
        assert_eq!(loss(&CYCLE, 30.0, 1), Some(Loss::Lost(6)));
        // A cut-off cycle: relief holds (33%) on its last known day, so it is censored.
        assert_eq!(loss(&CYCLE[..8], 30.0, 7), Some(Loss::Censored));
        // Below for fewer than the persistence days, but the cycle ends: lost from day 6.
        assert_eq!(loss(&CYCLE[..10], 30.0, 7), Some(Loss::Lost(6)));
        assert_eq!(loss(&CYCLE, 70.0, 7), Some(Loss::NotReached));
        assert_eq!(loss(&[None, None], 30.0, 7), None);
        assert_eq!(Loss::Lost(8).day(), Some(8));
        assert_eq!(Loss::Censored.day(), None);
    }

    #[test]
    fn a_run_that_holds_again_after_the_persistence_days_still_counts() {
        let relief = [Some(40.0), Some(20.0), Some(20.0), Some(20.0), Some(35.0)];
        assert_eq!(loss(&relief, 30.0, 3), Some(Loss::Lost(1)));
        assert_eq!(loss(&relief, 30.0, 4), Some(Loss::Censored));
    }

    #[test]
    fn days_above_and_area() {
        assert_eq!(days_at_or_above(&CYCLE, 30.0), 5); // days 1, 2, 3, 5, 7
        assert_eq!(days_at_or_above(&CYCLE, 50.0), 2);
        // 10 + 40 + 60 + 55 + 45 + 28 + 33 + 25 + 20 + 10 + 0 + 0
        assert_eq!(area_pct_days(&CYCLE), 326.0);
    }
}
