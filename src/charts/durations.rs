//! Relief duration per cycle: how long meaningful relief lasted, beside the interval to the
//! next infusion.

use crate::analysis::stats::{median, theil_sen_slope};
use crate::analysis::{Analysis, Cycle};

/// One cycle's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct DurationBar {
    /// The cycle's number.
    pub index: u32,
    /// Axis label: the infusion date, e.g. "12 Mar 26".
    pub label: String,
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

/// A straight trend over the uncensored durations (Theil-Sen), by cycle number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trend {
    /// Change in relief days per cycle.
    pub slope: f64,
    /// Relief days at cycle number 0.
    pub intercept: f64,
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
    /// The trend over uncensored cycles, when there are at least three.
    pub trend: Option<Trend>,
    /// The meaningful relief threshold the durations use, in percent.
    pub meaningful_pct: f64,
}

/// Cycles needed before a trend is drawn.
pub const MIN_TREND_CYCLES: usize = 3;

/// Builds the bars and the trend from the analysis.
pub fn build_durations(analysis: &Analysis) -> Durations {
    let bars: Vec<DurationBar> = analysis.cycles.iter().map(bar).collect();
    let points: Vec<(f64, f64)> = bars
        .iter()
        .filter(|bar| !bar.at_least && !bar.no_meaningful_relief)
        .filter_map(|bar| {
            bar.relief_days
                .map(|days| (f64::from(bar.index), f64::from(days)))
        })
        .collect();
    Durations {
        trend: trend(&points),
        bars,
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
        label: cycle.anchor.format("%-d %b %y").to_string(),
        relief_days,
        at_least: censored && cycle.loss_30_day.is_none(),
        no_meaningful_relief: cycle.censored.is_some() && cycle.onset_day.is_none(),
        interval_days: cycle.length_days,
    }
}

/// Theil-Sen line through `points`: the median of pairwise slopes, and the median intercept.
fn trend(points: &[(f64, f64)]) -> Option<Trend> {
    if points.len() < MIN_TREND_CYCLES {
        return None;
    }
    let slope = theil_sen_slope(points)?;
    let intercepts: Vec<f64> = points.iter().map(|(x, y)| y - slope * x).collect();
    let intercept = median(&intercepts)?;
    Some(Trend { slope, intercept })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trend_is_the_median_pairwise_slope() {
        // Durations 40, 36, 30, 100 (an outlier): pairwise slopes sorted -6, -5, -4, 20, 32, 70;
        // the median is (-4 + 20) / 2 = 8.
        let points = [(1.0, 40.0), (2.0, 36.0), (3.0, 30.0), (4.0, 100.0)];
        let robust = trend(&points).unwrap();
        assert_eq!(robust.slope, 8.0);
        assert!(trend(&points[..2]).is_none());
        let line = trend_of(&[(1.0, 10.0), (2.0, 8.0), (3.0, 6.0)]);
        assert_eq!((line.slope, line.intercept), (-2.0, 12.0));
        assert_eq!(line.at(4.0), 4.0);
    }

    fn trend_of(points: &[(f64, f64)]) -> Trend {
        trend(points).unwrap()
    }
}
