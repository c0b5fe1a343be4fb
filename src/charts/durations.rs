//! Relief duration per cycle: how long meaningful relief lasted, beside the interval to the
//! next infusion.

use chrono::NaiveDate;

use crate::analysis::{Analysis, Cycle, Loss, relief_duration_trend};
use crate::wording::format::date_short_year;

/// One cycle's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct DurationBar {
    /// The cycle's number.
    pub index: u32,
    /// Axis label: the infusion date, e.g. "12 Mar 26", in the language the chart models were
    /// made in.
    pub label: String,
    /// The cycle's infusion.
    pub anchor: NaiveDate,
    /// Days meaningful relief lasted (the loss day), or the days observed so far when it still
    /// held; `None` when relief never reached the meaningful threshold or nothing is known.
    pub relief_days: Option<u32>,
    /// Relief still held when the next infusion came or the data ended: the bar means
    /// "at least this long".
    pub at_least: bool,
    /// Relief never reached the meaningful threshold in this cycle.
    pub no_meaningful_relief: bool,
    /// Days from this infusion to the next; `None` for the open cycle.
    pub interval_days: Option<u32>,
}

/// The trend of relief duration the `relief_shortening` flag judges (Theil-Sen over the recent
/// completed cycles, see [`crate::analysis::relief_duration_trend`]), by cycle number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trend {
    /// Change in relief days per cycle.
    pub slope: f64,
    /// Relief days at cycle number 0.
    pub intercept: f64,
    /// The first cycle number the trend goes through.
    pub first_index: u32,
    /// The last cycle number the trend goes through.
    pub last_index: u32,
}

impl Trend {
    /// The trend's value at cycle number `index`.
    pub fn at(&self, index: f64) -> f64 {
        self.intercept + self.slope * index
    }
}

/// Everything the durations chart draws.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Durations {
    /// One bar per cycle, oldest first.
    pub bars: Vec<DurationBar>,
    /// The trend over the recent completed cycles, when there are at least three.
    pub trend: Option<Trend>,
    /// The meaningful relief threshold the durations use, in percent.
    pub meaningful_pct: f64,
}

/// Builds the bars and the trend from the analysis.
pub fn build_durations(analysis: &Analysis) -> Durations {
    let trend = relief_duration_trend(&analysis.cycles).and_then(|trend| {
        Some(Trend {
            slope: trend.slope,
            intercept: trend.intercept,
            first_index: trend.window.first()?.cycle.index,
            last_index: trend.window.last()?.cycle.index,
        })
    });
    Durations {
        bars: analysis.cycles.iter().map(bar).collect(),
        trend,
        meaningful_pct: analysis.settings.meaningful_relief_pct,
    }
}

fn bar(cycle: &Cycle) -> DurationBar {
    let censored = cycle.censored == Some(true);
    let observed_days = cycle.days.last().map(|day| day.day);
    let relief_days = match (cycle.loss_30_day, censored) {
        (Some(loss_day), _) => Some(loss_day),
        (None, true) => cycle.length_days.or(observed_days),
        (None, false) => None,
    };
    DurationBar {
        index: cycle.index,
        label: date_short_year(cycle.anchor),
        anchor: cycle.anchor,
        relief_days,
        at_least: censored && cycle.loss_30_day.is_none(),
        no_meaningful_relief: cycle.meaningful_loss == Some(Loss::NotReached),
        interval_days: cycle.length_days,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::NaiveDate;

    use super::*;
    use crate::analysis::{FlagFacts, FlagKind, fixtures};

    /// An analysis of completed cycles with these meaningful-relief outcomes, 42 days apart.
    fn analysis_of(losses: &[Loss]) -> Analysis {
        let first = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
        let cycles: Vec<Cycle> = losses
            .iter()
            .zip(1..)
            .map(|(&loss, index)| {
                let anchor = first + chrono::Duration::days(42 * i64::from(index - 1));
                fixtures::cycle_at(index, anchor, Some(42), loss, None)
            })
            .collect();
        fixtures::analysis_of(cycles, first)
    }

    #[test]
    fn the_chart_draws_the_trend_the_shortening_flag_judges() {
        // Seven cycles: the first lasted to the next infusion, then 38, 36, 35, 30, 27 and 24
        // days. The flag and the chart look at the last six: slopes between them are all
        // negative; the latest (24) is 11 below the median of the earlier five (35).
        let analysis = analysis_of(&[
            Loss::Censored,
            Loss::Lost(38),
            Loss::Lost(36),
            Loss::Lost(35),
            Loss::Lost(30),
            Loss::Lost(27),
            Loss::Lost(24),
        ]);
        let flag = analysis
            .flags
            .iter()
            .find(|flag| flag.kind == FlagKind::ReliefShortening)
            .unwrap();
        let FlagFacts::ReliefShortening { slope, .. } = flag.facts else {
            panic!("{flag:?}");
        };
        let trend = build_durations(&analysis).trend.unwrap();
        assert_eq!(trend.slope, slope);
        assert_eq!(flag.cycles, (2..=7).collect::<Vec<u32>>());
        assert_eq!((trend.first_index, trend.last_index), (2, 7));
        // The 15 pairwise slopes of (2,38) (3,36) (4,35) (5,30) (6,27) (7,24), sorted: -5, -4,
        // -11/3, six of -3, -2.8, -2.75, -8/3, -2, -1.5, -1; the eighth is -3.
        assert_eq!(trend.slope, -3.0);
    }

    #[test]
    fn no_trend_below_three_measured_cycles() {
        let analysis = analysis_of(&[Loss::Lost(30), Loss::Lost(20)]);
        assert!(build_durations(&analysis).trend.is_none());
        let bars = build_durations(&analysis).bars;
        assert_eq!(bars.len(), 2);
        assert_eq!(bars[1].relief_days, Some(20));
    }
}
