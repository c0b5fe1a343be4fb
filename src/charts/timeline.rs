//! The timeline: daily pain, its 7-day mean, sleep quality, mobility and infusion markers.

use chrono::{Duration, NaiveDate};

use crate::analysis::{Analysis, SMOOTHING_WINDOW_DAYS, centred_mean};
use crate::domain::{AnalysisSettings, Entry, Infusion, InfusionStatus, Phase};
use crate::t;

/// What an infusion marker stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    /// An infusion of the loading series.
    Loading,
    /// A maintenance infusion.
    Maintenance,
    /// A planned infusion.
    Planned,
}

impl MarkerKind {
    /// The legend label, in the current language.
    pub fn label(self) -> String {
        match self {
            Self::Loading => t!("chart-marker-loading"),
            Self::Maintenance => t!("chart-marker-maintenance"),
            Self::Planned => t!("chart-marker-planned"),
        }
    }
}

/// A vertical marker at an infusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InfusionMarker {
    /// The day of the infusion.
    pub date: NaiveDate,
    /// Loading, maintenance or planned.
    pub kind: MarkerKind,
}

/// One value on one day.
pub type DatedValue = (NaiveDate, f64);

/// Everything the timeline draws.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    /// The first day with data (an entry or an infusion).
    pub first_date: Option<NaiveDate>,
    /// The last day with data, including a planned infusion ahead.
    pub last_date: Option<NaiveDate>,
    /// Pain as logged, one point per logged day.
    pub pain: Vec<DatedValue>,
    /// The centred 7-day mean of pain relief was judged on, in unbroken runs: inside each cycle
    /// the analysis's own smoothing (cut at the cycle's infusion), before the first infusion the
    /// same mean over the untreated days; a run ends where too few days are logged.
    pub pain_mean: Vec<Vec<DatedValue>>,
    /// Sleep quality as logged.
    pub sleep_quality: Vec<DatedValue>,
    /// Mobility as logged.
    pub mobility: Vec<DatedValue>,
    /// Infusion markers, oldest first.
    pub markers: Vec<InfusionMarker>,
    /// Stretches from the day meaningful relief was lost to the day before the next infusion.
    pub relief_lost_spans: Vec<(NaiveDate, NaiveDate)>,
}

/// Builds the timeline from entries (oldest first), infusions and the analysis.
pub fn build_timeline(
    entries: &[Entry],
    infusions: &[Infusion],
    analysis: &Analysis,
    settings: &AnalysisSettings,
) -> Timeline {
    let value = |entry: &Entry, score: Option<crate::domain::Score>| {
        score.map(|score| (entry.date, f64::from(score.get())))
    };
    let pain: Vec<DatedValue> = entries
        .iter()
        .map(|entry| (entry.date, f64::from(entry.pain.get())))
        .collect();
    let markers = infusion_markers(infusions, analysis);
    let relief_lost_spans = analysis
        .cycles
        .iter()
        .filter_map(|cycle| {
            let loss = cycle.loss_30_day?;
            let end = cycle.next_infusion? - Duration::days(1);
            let start = cycle.anchor + Duration::days(i64::from(loss));
            (start <= end).then_some((start, end))
        })
        .collect();
    let first_date = [
        entries.first().map(|entry| entry.date),
        infusions.iter().map(|infusion| infusion.date).min(),
    ]
    .into_iter()
    .flatten()
    .min();
    let last_date = [
        entries.last().map(|entry| entry.date),
        infusions.iter().map(|infusion| infusion.date).max(),
    ]
    .into_iter()
    .flatten()
    .max();
    Timeline {
        first_date,
        last_date,
        pain_mean: pain_mean_runs(&pain, analysis, settings.min_logged_per_week),
        pain,
        sleep_quality: entries
            .iter()
            .filter_map(|entry| value(entry, entry.sleep_quality))
            .collect(),
        mobility: entries
            .iter()
            .filter_map(|entry| value(entry, entry.mobility))
            .collect(),
        markers,
        relief_lost_spans,
    }
}

/// Markers coloured by phase: an explicit phase wins, else the phase of the analysis cycle
/// whose series the infusion belongs to.
fn infusion_markers(infusions: &[Infusion], analysis: &Analysis) -> Vec<InfusionMarker> {
    let mut markers: Vec<InfusionMarker> = infusions
        .iter()
        .map(|infusion| {
            let kind = if infusion.status == InfusionStatus::Planned {
                MarkerKind::Planned
            } else {
                match analysis.phase_of(infusion).map(|known| known.phase) {
                    Some(Phase::Loading) => MarkerKind::Loading,
                    Some(Phase::Maintenance) | None => MarkerKind::Maintenance,
                }
            };
            InfusionMarker {
                date: infusion.date,
                kind,
            }
        })
        .collect();
    markers.sort_by_key(|marker| marker.date);
    markers.dedup();
    markers
}

/// The 7-day mean line: before the first infusion, the centred mean of the untreated days (cut at
/// the first infusion); in each cycle, the smoothed pain the analysis measured relief with, which
/// never reaches across an infusion. Days of a series before its last infusion belong to no
/// cycle and have no mean.
fn pain_mean_runs(
    pain: &[DatedValue],
    analysis: &Analysis,
    min_logged: u32,
) -> Vec<Vec<DatedValue>> {
    let first_infusion = analysis.cycles.first().map(|cycle| cycle.first_infusion);
    let untreated: Vec<DatedValue> = pain
        .iter()
        .filter(|(date, _)| first_infusion.is_none_or(|first| *date < first))
        .copied()
        .collect();
    let mut runs = centred_mean_runs(&untreated, min_logged);
    for cycle in &analysis.cycles {
        let mut run: Vec<DatedValue> = Vec::new();
        for day in &cycle.days {
            match day.smoothed_pain {
                Some(mean) => run.push((day.date, mean)),
                None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
                None => {}
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
    }
    runs
}

/// The centred 7-day mean of daily values (the analysis smoothing,
/// [`crate::analysis::centred_mean`]), where at least `min_logged` days of the window are
/// logged; split into runs wherever the mean is unknown. Missing days are never filled in.
pub fn centred_mean_runs(values: &[DatedValue], min_logged: u32) -> Vec<Vec<DatedValue>> {
    let (Some(first), Some(last)) = (values.first(), values.last()) else {
        return Vec::new();
    };
    let days = (last.0 - first.0).num_days() as usize + 1;
    let mut by_day: Vec<Option<f64>> = vec![None; days];
    for &(date, value) in values {
        by_day[(date - first.0).num_days() as usize] = Some(value);
    }
    let smoothed = centred_mean(&by_day, SMOOTHING_WINDOW_DAYS, min_logged as usize);
    let mut runs: Vec<Vec<DatedValue>> = Vec::new();
    let mut current: Vec<DatedValue> = Vec::new();
    for (day, mean) in smoothed.into_iter().enumerate() {
        match mean {
            Some(mean) => current.push((first.0 + Duration::days(day as i64), mean)),
            None if !current.is_empty() => runs.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(offset: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(offset)
    }

    #[test]
    fn the_mean_is_centred_and_needs_enough_logged_days() {
        // Days 0..=9 logged with pain = day number; days 10..=19 missing; 20..=29 logged.
        let values: Vec<DatedValue> = (0..30)
            .filter(|offset| !(10..20).contains(offset))
            .map(|offset| (day(offset), offset as f64))
            .collect();
        let runs = centred_mean_runs(&values, 4);
        assert_eq!(runs.len(), 2);
        // Day 3: window 0..=6, mean 3. Day 0: window 0..=3 (4 days), mean 1.5.
        assert_eq!(runs[0][0], (day(0), 1.5));
        assert_eq!(runs[0][3], (day(3), 3.0));
        // Day 9: window 6..=12 has 6,7,8,9 logged: mean 7.5. Day 10: 7,8,9 only: no mean.
        assert_eq!(runs[0].last(), Some(&(day(9), 7.5)));
        assert_eq!(runs[1][0].0, day(20));
    }
}

#[cfg(test)]
mod one_mean_tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::analysis::analyze;
    use crate::domain::{Journal, Score, Settings};

    fn day(offset: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(offset)
    }

    /// By hand: pain 8 on the ten untreated days, an infusion on day 10, pain 2 after it. A mean
    /// across the infusion would give day 10 the window of days 7 to 13, (3 × 8 + 4 × 2) / 7 =
    /// 4.57; the mean relief was judged on never reaches across the infusion: 8 up to day 9, 2
    /// from day 10.
    #[test]
    fn the_mean_line_is_the_one_relief_was_judged_on() {
        let entries = (0..20)
            .map(|offset| {
                let pain = if offset < 10 { 8 } else { 2 };
                Entry::new(day(offset), Score::new("pain", pain).unwrap())
            })
            .collect();
        let journal = Journal {
            entries,
            infusions: vec![Infusion::done(day(10))],
            settings: Settings::default(),
        };
        let analysis = analyze(&journal, day(20));
        let timeline = build_timeline(
            &journal.entries,
            &journal.infusions,
            &analysis,
            &journal.settings.analysis,
        );
        let means: Vec<DatedValue> = timeline.pain_mean.iter().flatten().copied().collect();
        assert_eq!(means.len(), 20);
        for (date, mean) in means {
            let expected = if date < day(10) { 8.0 } else { 2.0 };
            assert_eq!(mean, expected, "{date}");
        }
        // The untreated days and the cycle are separate runs.
        assert_eq!(timeline.pain_mean.len(), 2);
    }
}
