//! The chart models in plot coordinates, made once when the journal changes, and the per-frame
//! slicing and thinning to what a plot can show.

use chrono::NaiveDate;

use crate::charts::{
    Charts, DateRange, MarkerKind, RangePreset, date_at, day_number, decimate_min_max,
    runs_across_gaps,
};

/// The values of one day, for the hover label.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DayValues {
    /// The day.
    pub date: Option<NaiveDate>,
    /// Pain as logged.
    pub pain: Option<f64>,
    /// The 7-day mean of pain.
    pub pain_mean: Option<f64>,
    /// Sleep quality as logged.
    pub sleep_quality: Option<f64>,
    /// Mobility as logged.
    pub mobility: Option<f64>,
    /// An infusion on that day.
    pub infusion: Option<MarkerKind>,
}

/// The timeline's series with day numbers on x, ready to plot.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlotSeries {
    /// First and last day with data.
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// Pain as logged.
    pub pain: Vec<(f64, f64)>,
    /// The 7-day mean of pain, in unbroken runs.
    pub pain_mean: Vec<Vec<(f64, f64)>>,
    /// Sleep quality as logged, in runs a line may join (broken where nothing was logged for
    /// more than [`crate::charts::MAX_JOINED_GAP_DAYS`] days).
    pub sleep_quality: Vec<Vec<(f64, f64)>>,
    /// Mobility as logged, in runs a line may join.
    pub mobility: Vec<Vec<(f64, f64)>>,
    /// Infusion markers: day number and kind, oldest first.
    pub markers: Vec<(f64, MarkerKind)>,
    /// Stretches without meaningful relief before the next infusion, as day numbers.
    pub relief_lost: Vec<(f64, f64)>,
    /// The legend of the `relief_lost` stretches, with the meaningful threshold in use.
    pub relief_lost_label: String,
    /// Every day with a value or an infusion, oldest first, for the hover label.
    days: Vec<DayValues>,
}

fn dated(values: &[(NaiveDate, f64)]) -> Vec<(f64, f64)> {
    values
        .iter()
        .map(|(date, value)| (day_number(*date), *value))
        .collect()
}

impl PlotSeries {
    /// Converts the timeline of `charts`.
    pub fn new(charts: &Charts) -> Self {
        let timeline = &charts.timeline;
        let mut days: std::collections::BTreeMap<NaiveDate, DayValues> = Default::default();
        let mut put = |date: NaiveDate, set: &dyn Fn(&mut DayValues)| {
            let values = days.entry(date).or_insert_with(|| DayValues {
                date: Some(date),
                ..DayValues::default()
            });
            set(values);
        };
        for &(date, value) in &timeline.pain {
            put(date, &|values| values.pain = Some(value));
        }
        for &(date, value) in timeline.pain_mean.iter().flatten() {
            put(date, &|values| values.pain_mean = Some(value));
        }
        for &(date, value) in &timeline.sleep_quality {
            put(date, &|values| values.sleep_quality = Some(value));
        }
        for &(date, value) in &timeline.mobility {
            put(date, &|values| values.mobility = Some(value));
        }
        for marker in &timeline.markers {
            put(marker.date, &|values| values.infusion = Some(marker.kind));
        }
        Self {
            span: timeline.first_date.zip(timeline.last_date),
            pain: dated(&timeline.pain),
            pain_mean: timeline.pain_mean.iter().map(|run| dated(run)).collect(),
            sleep_quality: runs_across_gaps(&timeline.sleep_quality)
                .iter()
                .map(|run| dated(run))
                .collect(),
            mobility: runs_across_gaps(&timeline.mobility)
                .iter()
                .map(|run| dated(run))
                .collect(),
            markers: timeline
                .markers
                .iter()
                .map(|marker| (day_number(marker.date), marker.kind))
                .collect(),
            relief_lost: timeline
                .relief_lost_spans
                .iter()
                .map(|(start, end)| (day_number(*start), day_number(*end)))
                .collect(),
            relief_lost_label: crate::wording::relief_lost_label(&charts.analysis.settings),
            days: days.into_values().collect(),
        }
    }

    /// Whether there is nothing to chart.
    pub fn is_empty(&self) -> bool {
        self.span.is_none()
    }

    /// The dates `preset` shows.
    pub fn range(&self, preset: RangePreset) -> Option<DateRange> {
        self.span.map(|(first, last)| preset.range(first, last))
    }

    /// The values of the day at axis position `x`.
    pub fn day_at(&self, x: f64) -> Option<&DayValues> {
        let date = date_at(x)?;
        self.days
            .binary_search_by_key(&Some(date), |values| values.date)
            .ok()
            .and_then(|index| self.days.get(index))
    }
}

/// The points of `points` (sorted by x) between `low` and `high`, plus one either side so lines
/// run to the edge, thinned to about `buckets` min/max pairs.
pub fn visible_points(points: &[(f64, f64)], low: f64, high: f64, buckets: usize) -> Vec<[f64; 2]> {
    let start = points
        .partition_point(|point| point.0 < low)
        .saturating_sub(1);
    let end = (points.partition_point(|point| point.0 <= high) + 1).min(points.len());
    let slice = points.get(start..end).unwrap_or_default();
    decimate_min_max(slice, buckets)
        .into_iter()
        .map(|(x, y)| [x, y])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_points_keep_one_neighbour_each_side() {
        let points: Vec<(f64, f64)> = (0..100).map(|i| (f64::from(i), 1.0)).collect();
        let shown = visible_points(&points, 10.0, 20.0, 1000);
        assert_eq!(shown.first(), Some(&[9.0, 1.0]));
        assert_eq!(shown.last(), Some(&[21.0, 1.0]));
        assert!(visible_points(&points, 200.0, 300.0, 10).len() <= 1);
        assert!(visible_points(&points, -50.0, 200.0, 10).len() <= 20);
    }
}
