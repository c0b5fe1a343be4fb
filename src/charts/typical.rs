//! The typical cycle: relief by day since infusion, as the median across completed cycles with
//! the interquartile band, and the latest cycle on top.
//!
//! Only days on which at least [`MIN_TYPICAL_CYCLES`] completed cycles have a known relief are
//! summarised, so the band never rests on one or two cycles. Quartiles are the linear
//! interpolation between order statistics (the "type 7" definition of Hyndman and Fan, 1996,
//! the default of R and NumPy): for sorted values x₀..xₙ₋₁, the quantile p is at position
//! p·(n−1).

use crate::analysis::Cycle;
use crate::domain::AnalysisSettings;

/// Completed cycles with a known relief on a day for that day to be summarised.
pub const MIN_TYPICAL_CYCLES: u32 = 3;

/// The summary of one day since infusion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TypicalDay {
    /// Days since the infusion.
    pub day: u32,
    /// Completed cycles with a known relief on this day.
    pub cycles: u32,
    /// The median relief, in percent.
    pub median: f64,
    /// The first quartile of relief, in percent.
    pub lower_quartile: f64,
    /// The third quartile of relief, in percent.
    pub upper_quartile: f64,
}

/// Everything the typical-cycle chart draws.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypicalCycle {
    /// One summary per day with enough cycles, by day.
    pub days: Vec<TypicalDay>,
    /// Completed cycles with any known relief.
    pub cycles: u32,
    /// The latest cycle's relief by day since its infusion, in unbroken runs (open or not).
    pub latest: Vec<Vec<(f64, f64)>>,
    /// The latest cycle's number.
    pub latest_index: Option<u32>,
    /// The meaningful relief line, in percent.
    pub meaningful_pct: f64,
    /// The substantial relief line, in percent.
    pub substantial_pct: f64,
}

/// The quantile `p` (0 to 1) of sorted values, by linear interpolation; `None` when empty.
pub fn quantile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let position = p.clamp(0.0, 1.0) * last as f64;
    let below = position.floor() as usize;
    let above = position.ceil() as usize;
    let weight = position - below as f64;
    Some(sorted.get(below)? * (1.0 - weight) + sorted.get(above)? * weight)
}

/// Builds the typical cycle from the analysis's cycles (oldest first): the completed ones for
/// the summary; `latest` is the last cycle's relief in unbroken runs, drawn on top.
pub fn build_typical(
    all_cycles: &[Cycle],
    settings: &AnalysisSettings,
    latest: Vec<Vec<(f64, f64)>>,
) -> TypicalCycle {
    let mut by_day: Vec<Vec<f64>> = Vec::new();
    let mut cycles = 0;
    for cycle in all_cycles.iter().filter(|cycle| cycle.is_completed()) {
        let mut any = false;
        for day in &cycle.days {
            let Some(relief) = day.relief_pct else {
                continue;
            };
            let index = day.day as usize;
            if by_day.len() <= index {
                by_day.resize_with(index + 1, Vec::new);
            }
            by_day[index].push(relief);
            any = true;
        }
        cycles += u32::from(any);
    }
    let days = by_day
        .into_iter()
        .enumerate()
        .filter_map(|(day, mut values)| {
            let count = u32::try_from(values.len()).ok()?;
            if count < MIN_TYPICAL_CYCLES {
                return None;
            }
            values.sort_by(f64::total_cmp);
            Some(TypicalDay {
                day: u32::try_from(day).ok()?,
                cycles: count,
                median: quantile(&values, 0.5)?,
                lower_quartile: quantile(&values, 0.25)?,
                upper_quartile: quantile(&values, 0.75)?,
            })
        })
        .collect();
    TypicalCycle {
        days,
        cycles,
        latest,
        latest_index: all_cycles.last().map(|cycle| cycle.index),
        meaningful_pct: settings.meaningful_relief_pct,
        substantial_pct: settings.substantial_relief_pct,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::analysis::fixtures;
    use crate::analysis::{CycleDay, Loss};

    /// A completed cycle with these reliefs on days 0, 1, 2, ... (`None`: not logged).
    fn cycle(index: u32, reliefs: &[Option<f64>]) -> Cycle {
        let mut cycle = fixtures::cycle(index, 40, Loss::Censored);
        cycle.days = reliefs
            .iter()
            .zip(0..)
            .map(|(relief, day)| CycleDay {
                day,
                date: cycle.anchor + chrono::Duration::days(i64::from(day)),
                pain: None,
                smoothed_pain: None,
                relief_pct: *relief,
            })
            .collect();
        cycle
    }

    #[test]
    fn the_median_and_quartiles_of_a_few_short_cycles_match_the_hand_computation() {
        // Day 0: 20, 30, 40, 50 -> Q1 27.5, median 35, Q3 42.5 (4 cycles).
        // Day 1: 60, 40, 50     -> Q1 45, median 50, Q3 55 (3 cycles; the fourth not logged).
        // Day 2: 10, 30         -> only 2 cycles: left out.
        let cycles = [
            cycle(1, &[Some(20.0), Some(60.0), Some(10.0)]),
            cycle(2, &[Some(50.0), Some(40.0)]),
            cycle(3, &[Some(30.0), None, Some(30.0)]),
            cycle(4, &[Some(40.0), Some(50.0)]),
        ];
        let mut open = cycle(5, &[Some(70.0)]);
        open.next_infusion = None;
        let all = [cycles.to_vec(), vec![open]].concat();
        let typical = build_typical(&all, &AnalysisSettings::default(), vec![vec![(0.0, 70.0)]]);
        let summary: Vec<(u32, u32, f64, f64, f64)> = typical
            .days
            .iter()
            .map(|day| {
                (
                    day.day,
                    day.cycles,
                    day.lower_quartile,
                    day.median,
                    day.upper_quartile,
                )
            })
            .collect();
        assert_eq!(
            summary,
            [(0, 4, 27.5, 35.0, 42.5), (1, 3, 45.0, 50.0, 55.0)]
        );
        assert_eq!(
            typical.cycles, 4,
            "the open cycle is drawn on top, not summarised"
        );
        assert_eq!(typical.latest_index, Some(5));
        assert_eq!(typical.meaningful_pct, 30.0);
    }

    #[test]
    fn quartiles_interpolate_between_order_statistics() {
        // Four values 10, 20, 40, 80: positions 0.75, 1.5 and 2.25.
        // Q1 = 10 + 0.75 * (20 - 10) = 17.5; median = (20 + 40) / 2 = 30;
        // Q3 = 40 + 0.25 * (80 - 40) = 50.
        let sorted = [10.0, 20.0, 40.0, 80.0];
        assert_eq!(quantile(&sorted, 0.25), Some(17.5));
        assert_eq!(quantile(&sorted, 0.5), Some(30.0));
        assert_eq!(quantile(&sorted, 0.75), Some(50.0));
        assert_eq!(quantile(&[7.0], 0.25), Some(7.0));
        assert_eq!(quantile(&[], 0.5), None);
    }
}
