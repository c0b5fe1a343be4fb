//! The trend of relief duration over recent cycles, written once: the `relief_shortening` flag
//! judges it and the durations chart draws it, so the line a patient sees is the one the flag
//! speaks of.

use super::Cycle;
use super::relief::Loss;
use super::stats::{median, theil_sen_slope};

/// How many recent completed cycles with a known relief duration the trend looks at.
pub const TREND_CYCLES: usize = 6;

/// The fewest cycles a trend needs.
pub const MIN_TREND_CYCLES: usize = 3;

/// How long meaningful relief lasted in one completed cycle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeasuredDuration<'c> {
    /// The cycle.
    pub cycle: &'c Cycle,
    /// Days meaningful relief lasted: the loss day, the days to the next infusion when relief
    /// still held then, or 0 when relief never reached the threshold.
    pub days: u32,
    /// Relief still held at the next infusion, so `days` is a lower bound.
    pub censored: bool,
}

/// A straight Theil-Sen line through the relief durations of recent cycles, by cycle number.
#[derive(Debug, Clone, PartialEq)]
pub struct DurationTrend<'c> {
    /// The cycles the line goes through, oldest first: the last [`TREND_CYCLES`] completed
    /// cycles whose relief duration is known.
    pub window: Vec<MeasuredDuration<'c>>,
    /// Change in relief days per cycle: the median of the pairwise slopes.
    pub slope: f64,
    /// Relief days at cycle number 0: the median of `days - slope * index`.
    pub intercept: f64,
}

impl DurationTrend<'_> {
    /// The line's relief days at cycle number `index`.
    pub fn at(&self, index: f64) -> f64 {
        self.intercept + self.slope * index
    }
}

/// How long meaningful relief lasted in a completed `cycle`; `None` while the cycle is open or
/// when no day's relief is known.
pub fn relief_duration(cycle: &Cycle) -> Option<MeasuredDuration<'_>> {
    let (days, censored) = match cycle.meaningful_loss? {
        Loss::Lost(day) => (day, false),
        Loss::Censored => (cycle.length_days?, true),
        Loss::NotReached => (0, false),
    };
    Some(MeasuredDuration {
        cycle,
        days,
        censored,
    })
}

/// The trend of relief duration over the recent completed ones among `cycles`; `None` with
/// fewer than [`MIN_TREND_CYCLES`] measured cycles.
pub fn relief_duration_trend<'c>(
    cycles: impl IntoIterator<Item = &'c Cycle>,
) -> Option<DurationTrend<'c>> {
    let measured: Vec<MeasuredDuration<'c>> = cycles
        .into_iter()
        .filter(|cycle| cycle.is_completed())
        .filter_map(relief_duration)
        .collect();
    let window = measured
        .get(measured.len().saturating_sub(TREND_CYCLES)..)?
        .to_vec();
    if window.len() < MIN_TREND_CYCLES {
        return None;
    }
    let points: Vec<(f64, f64)> = window
        .iter()
        .map(|measured| (f64::from(measured.cycle.index), f64::from(measured.days)))
        .collect();
    let slope = theil_sen_slope(&points)?;
    let intercepts: Vec<f64> = points.iter().map(|(x, y)| y - slope * x).collect();
    let intercept = median(&intercepts)?;
    Some(DurationTrend {
        window,
        slope,
        intercept,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::NaiveDate;

    use super::*;
    use crate::analysis::fixtures;

    fn completed(index: u32, length: u32, loss: Loss) -> Cycle {
        let anchor = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        fixtures::cycle_at(index, anchor, Some(length), loss, None)
    }

    #[test]
    fn the_line_goes_through_the_last_six_measured_completed_cycles() {
        // Durations by cycle: 1 -> 40, 2 -> 36, 3 -> 30, 4 -> 100 (an outlier), then one still
        // open and one never measured, which the trend leaves out.
        let mut cycles = vec![
            completed(1, 50, Loss::Lost(40)),
            completed(2, 50, Loss::Lost(36)),
            completed(3, 50, Loss::Lost(30)),
            completed(4, 120, Loss::Lost(100)),
        ];
        let mut unknown = completed(5, 50, Loss::Lost(20));
        unknown.meaningful_loss = None;
        cycles.push(unknown);
        cycles.push(fixtures::cycle_at(
            6,
            NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
            None,
            Loss::Censored,
            None,
        ));
        let trend = relief_duration_trend(&cycles).unwrap();
        let indices: Vec<u32> = trend.window.iter().map(|m| m.cycle.index).collect();
        assert_eq!(indices, [1, 2, 3, 4]);
        // Pairwise slopes sorted -6, -5, -4, 20, 32, 70: the median is (-4 + 20) / 2 = 8.
        assert_eq!(trend.slope, 8.0);
        // Intercepts 40 - 8, 36 - 16, 30 - 24, 100 - 32 = 32, 20, 6, 68: the median is 26.
        assert_eq!(trend.intercept, 26.0);
        assert_eq!(trend.at(5.0), 66.0);
    }

    #[test]
    fn censored_and_unreached_cycles_count_at_their_length_and_zero() {
        let cycles = [
            completed(1, 42, Loss::Censored),
            completed(2, 42, Loss::Lost(30)),
            completed(3, 42, Loss::NotReached),
        ];
        let trend = relief_duration_trend(&cycles).unwrap();
        let days: Vec<(u32, bool)> = trend.window.iter().map(|m| (m.days, m.censored)).collect();
        assert_eq!(days, [(42, true), (30, false), (0, false)]);
        // Slopes -12, -21, -30: the median is -21.
        assert_eq!(trend.slope, -21.0);
        assert!(relief_duration_trend(&cycles[..2]).is_none());
    }

    #[test]
    fn only_the_last_six_cycles_count() {
        let cycles: Vec<Cycle> = (1..=8)
            .map(|index| completed(index, 60, Loss::Lost(60 - index)))
            .collect();
        let trend = relief_duration_trend(&cycles).unwrap();
        assert_eq!(trend.window.first().unwrap().cycle.index, 3);
        assert_eq!(trend.window.len(), TREND_CYCLES);
        assert_eq!(trend.slope, -1.0);
        assert_eq!(trend.intercept, 60.0);
    }
}
