//! The relief survival chart: for each day since infusion, the share of cycles in which
//! meaningful relief still held (Kaplan-Meier, see [`crate::analysis::relief_survival`]), with the
//! days between recent infusions and the next planned infusion's day on the same axis.

use crate::analysis::{Analysis, ReliefSurvival, relief_survival};

/// Completed cycles whose intervals are shown beside the curve.
pub const RECENT_INTERVALS: usize = 3;

/// Everything the survival chart draws.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SurvivalChart {
    /// The Kaplan-Meier curve over every cycle with known relief (the open one censored at its
    /// last logged day).
    pub survival: ReliefSurvival,
    /// Days between the infusions of the last completed cycles, oldest first (at most
    /// [`RECENT_INTERVALS`]).
    pub recent_intervals: Vec<u32>,
    /// Days from the open cycle's infusion to the next planned infusion, when one is booked.
    pub next_planned_day: Option<u32>,
    /// The longest day the chart needs to show.
    pub max_day: u32,
}

impl SurvivalChart {
    /// The survival curve as a step line of (day, percent of cycles still holding), starting at
    /// 100% on day 0 and ending at the last step; no point repeats the one before it (a line
    /// through the same point twice draws a spike).
    pub fn step_points(&self) -> Vec<(f64, f64)> {
        let mut points = vec![(0.0, 100.0)];
        let mut level = 100.0;
        for step in &self.survival.steps {
            let day = f64::from(step.day);
            let next = 100.0 * step.surviving;
            for point in [(day, level), (day, next)] {
                if points.last() != Some(&point) {
                    points.push(point);
                }
            }
            level = next;
        }
        points
    }

    /// Where cycles were censored (relief still held when the next infusion came): (day,
    /// percent still holding there), one per day with any censored cycle.
    pub fn censored_marks(&self) -> Vec<(f64, f64)> {
        self.survival
            .steps
            .iter()
            .filter(|step| step.censored > 0)
            .map(|step| (f64::from(step.day), 100.0 * step.surviving))
            .collect()
    }
}

/// Builds the survival chart from the analysis.
pub fn build_survival(analysis: &Analysis) -> SurvivalChart {
    let survival = relief_survival(&analysis.cycles);
    let mut recent_intervals: Vec<u32> = analysis
        .completed_cycles()
        .filter_map(|cycle| cycle.length_days)
        .collect();
    recent_intervals.drain(..recent_intervals.len().saturating_sub(RECENT_INTERVALS));
    let next_planned_day = analysis.open_cycle().and_then(|open| {
        let planned = analysis.forecast.planned_next_infusion?;
        u32::try_from((planned - open.anchor).num_days()).ok()
    });
    let max_day = survival
        .steps
        .iter()
        .map(|step| step.day)
        .chain(recent_intervals.iter().copied())
        .chain(next_planned_day)
        .max()
        .unwrap_or(0);
    SurvivalChart {
        survival,
        recent_intervals,
        next_planned_day,
        max_day,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::NaiveDate;

    use super::*;
    use crate::analysis::{Loss, fixtures};

    #[test]
    fn the_step_line_the_censored_marks_and_the_recent_intervals() {
        // Four completed cycles: lost on day 10 (of 40), censored at 30, lost on 20 (of 35),
        // lost on 25 (of 41); by hand: day 10: 4 at risk, 1 ends -> 75%; day 20: 3 at risk
        // (the cycle censored at 30 still is), 1 ends -> 50%; day 25: 2 at risk, 1 ends -> 25%;
        // day 30: censored, stays 25%.
        let cycles = vec![
            fixtures::cycle(1, 40, Loss::Lost(10)),
            fixtures::cycle(2, 30, Loss::Censored),
            fixtures::cycle(3, 35, Loss::Lost(20)),
            fixtures::cycle(4, 41, Loss::Lost(25)),
        ];
        let analysis = fixtures::analysis_of(cycles, NaiveDate::from_ymd_opt(2026, 6, 1).unwrap());
        let chart = build_survival(&analysis);
        assert_eq!(
            chart.step_points(),
            [
                (0.0, 100.0),
                (10.0, 100.0),
                (10.0, 75.0),
                (20.0, 75.0),
                (20.0, 50.0),
                (25.0, 50.0),
                (25.0, 25.0),
                (30.0, 25.0),
            ]
        );
        assert_eq!(chart.censored_marks(), [(30.0, 25.0)]);
        assert_eq!(chart.recent_intervals, [30, 35, 41]);
        assert_eq!(chart.next_planned_day, None);
        assert_eq!(chart.max_day, 41);
        assert_eq!(chart.survival.median_day, Some(20));
    }

    #[test]
    fn a_step_on_day_zero_or_a_censoring_never_repeats_a_point() {
        // Relief never reached in one cycle (an end on day 0), still holding at the next
        // infusion on day 30 in the other: 100% -> 50% on day 0, then level to day 30.
        let cycles = vec![
            fixtures::cycle(1, 40, Loss::NotReached),
            fixtures::cycle(2, 30, Loss::Censored),
        ];
        let analysis = fixtures::analysis_of(cycles, NaiveDate::from_ymd_opt(2026, 6, 1).unwrap());
        assert_eq!(
            build_survival(&analysis).step_points(),
            [(0.0, 100.0), (0.0, 50.0), (30.0, 50.0)]
        );
    }
}
