//! The words of the typical-cycle and relief-survival charts: what they still need, their axis
//! titles and legends. Shared by the app, the chart images and the report.

use crate::analysis::Analysis;
use crate::domain::AnalysisSettings;
use crate::t;

use super::{Threshold, relief_chart_missing};

/// What the typical-cycle chart still needs, in the patient's terms; `None` once it has a day
/// summarised. `summarised_days`: days with at least `needed` completed cycles behind them;
/// `cycles`: completed cycles with any known relief.
pub fn typical_chart_missing(
    analysis: &Analysis,
    summarised_days: usize,
    cycles: u32,
    needed: u32,
) -> Option<String> {
    if let Some(missing) = relief_chart_missing(analysis) {
        return Some(missing);
    }
    if summarised_days > 0 {
        return None;
    }
    Some(t!("chart-typical-missing", needed = needed, count = cycles))
}

/// `Median of 14 completed cycles`: the typical cycle's line.
pub fn typical_median_label(cycles: u32) -> String {
    t!("chart-typical-median", count = cycles)
}

/// The typical cycle's band.
pub fn typical_band_label() -> String {
    t!("chart-typical-band")
}

/// `Latest cycle (17)`: the line drawn on top of the typical cycle.
pub fn typical_latest_label(latest_index: Option<u32>) -> String {
    latest_index.map_or_else(
        || t!("chart-typical-latest"),
        |index| t!("chart-typical-latest-numbered", index = index),
    )
}

/// `Cycles with relief still ≥30% (%)`: the survival chart's value axis.
pub fn survival_axis_title(settings: &AnalysisSettings) -> String {
    t!(
        "chart-survival-axis",
        threshold = Threshold::Meaningful.percent(settings)
    )
}

/// `Median: day 31`, or that relief held in more than half of the cycles.
pub fn survival_median_label(median_day: Option<u32>) -> String {
    median_day.map_or_else(
        || t!("chart-survival-no-median"),
        |day| t!("chart-survival-median", day = day),
    )
}

/// The survival chart's marks for cycles followed no further while relief still held: at the
/// next infusion, or, for the current cycle, on its last logged day.
pub fn survival_censored_label() -> String {
    t!("chart-survival-censored")
}

/// Under the report's relief charts: they summarise every cycle up to the end of the period, not
/// only those in it.
pub fn relief_charts_scope() -> String {
    t!("report-relief-charts-scope")
}

/// `Days between your last 4 infusions`: the vertical lines of the last `intervals` intervals.
pub fn recent_intervals_label(intervals: usize) -> String {
    t!("chart-recent-intervals", infusions = (intervals + 1))
}

/// `Next planned infusion: day 42`.
pub fn next_planned_label(day: u32) -> String {
    t!("chart-next-planned", day = day)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::NaiveDate;

    use super::*;
    use crate::analysis::{Loss, fixtures};

    #[test]
    fn the_typical_cycle_says_what_it_still_needs() {
        // Cycles without days: relief unknown, so the relief charts' own message comes first.
        let analysis = fixtures::analysis_of(
            vec![fixtures::cycle(1, 40, Loss::Lost(20))],
            NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
        );
        assert_eq!(
            typical_chart_missing(&analysis, 0, 0, 3),
            relief_chart_missing(&analysis)
        );
        // With relief known: how many completed cycles there are so far, or nothing missing.
        let mut known = fixtures::cycle(1, 40, Loss::Lost(20));
        known.days = vec![crate::analysis::CycleDay {
            day: 0,
            date: known.anchor,
            pain: None,
            smoothed_pain: None,
            relief_pct: Some(50.0),
        }];
        let analysis =
            fixtures::analysis_of(vec![known], NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        assert_eq!(
            typical_chart_missing(&analysis, 0, 2, 3).unwrap(),
            "The typical cycle needs relief logged on the same days of at least 3 completed \
             cycles; so far 2 completed cycles have. Each cycle on its own is under \"Each cycle\"."
        );
        assert_eq!(typical_chart_missing(&analysis, 5, 4, 3), None);
    }

    #[test]
    fn labels_name_counts_and_days() {
        assert_eq!(typical_median_label(1), "Median of 1 completed cycle");
        assert_eq!(typical_median_label(14), "Median of 14 completed cycles");
        assert_eq!(typical_latest_label(Some(4)), "Latest cycle (4)");
        assert_eq!(
            recent_intervals_label(1),
            "Days between your last two infusions"
        );
        assert_eq!(
            recent_intervals_label(3),
            "Days between your last 4 infusions"
        );
        assert_eq!(survival_median_label(Some(31)), "Median: day 31");
        assert_eq!(next_planned_label(42), "Next planned infusion: day 42");
        let settings = AnalysisSettings {
            meaningful_relief_pct: 25.0,
            ..AnalysisSettings::default()
        };
        assert_eq!(
            survival_axis_title(&settings),
            "Cycles with relief still ≥25% (%)"
        );
    }
}
