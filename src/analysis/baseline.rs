//! The untreated baseline that relief is measured against.
//!
//! In order of preference: the mean pain of the untreated period before the first infusion ever
//! (the `baseline_days` before it when densely logged, otherwise every logged day of the four
//! weeks before it, at least [`MIN_UNTREATED_DAYS`] of them), the baseline the patient set by hand, or, as a last resort, each cycle's own
//! pre-infusion week. Relief is measured against untreated pain, not pre-booster pain: a booster
//! given while relief still holds would otherwise look like no relief at all.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::cycles::EntryIndex;
use super::stats::{mean, required_logged, serialize_round1};
use crate::domain::{AnalysisSettings, Settings};

/// A measured baseline below this pain score is not used: relief from almost no pain is not
/// meaningful (the manual baseline has the same lower bound).
pub const MIN_BASELINE_PAIN: f64 = 1.0;

/// Where the baseline came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BaselineSource {
    /// Mean pain of the logged days before the first infusion.
    Pretreatment,
    /// The baseline pain set in the settings.
    Manual,
    /// Each cycle's own week before its first infusion (the last resort).
    PreInfusion,
}

impl BaselineSource {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pretreatment => "pretreatment",
            Self::Manual => "manual",
            Self::PreInfusion => "pre_infusion",
        }
    }
}

/// The journal's baseline, as reported.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Baseline {
    /// Baseline pain (0 to 10); `None` when it differs per cycle or none is available.
    #[serde(serialize_with = "serialize_round1")]
    pub pain: Option<f64>,
    /// Where it came from; `None` when no baseline is available at all.
    pub source: Option<BaselineSource>,
    /// Logged untreated days before the first infusion that the pretreatment baseline rests on
    /// (or, without one, that were found within the lookback).
    pub days_logged: u32,
    /// Standard deviation of the pain of those days (pain points), when the baseline is the
    /// pretreatment one and rests on at least two days.
    #[serde(serialize_with = "serialize_round1")]
    pub spread_sd: Option<f64>,
}

/// How far before the first infusion the untreated period is searched when the
/// `baseline_days` window itself is too sparsely logged: four weeks.
pub const UNTREATED_LOOKBACK_DAYS: u32 = 28;

/// Logged untreated days that always give a pretreatment baseline when they lie within
/// [`UNTREATED_LOOKBACK_DAYS`] of the first infusion: as many as a week of daily smoothing needs
/// (the `min_logged_per_week` default).
pub const MIN_UNTREATED_DAYS: u32 = 4;

/// The logged pain of a stretch of days: its mean (when usable), how many days it rests on, and
/// their spread.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LoggedPain {
    /// Mean pain, `None` unless enough days are logged and it is at least [`MIN_BASELINE_PAIN`].
    pub pain: Option<f64>,
    /// Logged days the mean rests on (or, when it is `None`, that were found).
    pub days_logged: u32,
    /// Sample standard deviation of those days' pain, with at least two days.
    pub spread_sd: Option<f64>,
}

/// Mean pain over the `baseline_days` before `before`, usable when at least `min_logged_per_week`
/// of every 7 days are logged and the mean is at least [`MIN_BASELINE_PAIN`].
pub(crate) fn week_before(
    entries: &EntryIndex<'_>,
    before: NaiveDate,
    settings: &AnalysisSettings,
) -> LoggedPain {
    let logged = logged_pain(entries, before, settings.baseline_days);
    let enough =
        count(&logged) >= required_logged(settings.baseline_days, settings.min_logged_per_week);
    summarise(&logged, enough)
}

/// The untreated period before the first infusion: the `baseline_days` window when it is logged
/// densely enough, otherwise every logged day of the [`UNTREATED_LOOKBACK_DAYS`] before it, as
/// long as there are at least [`MIN_UNTREATED_DAYS`].
pub(crate) fn untreated_period(
    entries: &EntryIndex<'_>,
    first_infusion: NaiveDate,
    settings: &AnalysisSettings,
) -> LoggedPain {
    let week = week_before(entries, first_infusion, settings);
    if week.pain.is_some() {
        return week;
    }
    let lookback = settings.baseline_days.max(UNTREATED_LOOKBACK_DAYS);
    let logged = logged_pain(entries, first_infusion, lookback);
    summarise(&logged, count(&logged) >= MIN_UNTREATED_DAYS)
}

/// The pain of each logged day among the `days` before `before`.
fn logged_pain(entries: &EntryIndex<'_>, before: NaiveDate, days: u32) -> Vec<f64> {
    let start = before - Duration::days(i64::from(days));
    entries
        .range(start, days)
        .into_iter()
        .flatten()
        .map(|entry| f64::from(entry.pain.get()))
        .collect()
}

fn count(values: &[f64]) -> u32 {
    u32::try_from(values.len()).unwrap_or(u32::MAX)
}

fn summarise(values: &[f64], enough: bool) -> LoggedPain {
    let pain = mean(values.iter().copied()).filter(|pain| enough && *pain >= MIN_BASELINE_PAIN);
    LoggedPain {
        pain,
        days_logged: count(values),
        spread_sd: sample_sd(values),
    }
}

/// Sample standard deviation; `None` with fewer than two values.
fn sample_sd(values: &[f64]) -> Option<f64> {
    if values.len() < 2 {
        return None;
    }
    let centre = mean(values.iter().copied())?;
    let squares: f64 = values.iter().map(|value| (value - centre).powi(2)).sum();
    Some((squares / (values.len() - 1) as f64).sqrt())
}

/// The journal's baseline given the first infusion ever (if any).
pub(crate) fn journal_baseline(
    entries: &EntryIndex<'_>,
    first_infusion: Option<NaiveDate>,
    settings: &Settings,
) -> Baseline {
    let untreated =
        first_infusion.map(|first| untreated_period(entries, first, &settings.analysis));
    let pretreatment = untreated.and_then(|period| period.pain);
    let days_logged = untreated.map_or(0, |period| period.days_logged);
    let manual = settings
        .baseline_pain
        .filter(|pain| *pain >= MIN_BASELINE_PAIN);
    let (pain, source) = match (pretreatment, manual) {
        (Some(pain), _) => (Some(pain), Some(BaselineSource::Pretreatment)),
        (None, Some(pain)) => (Some(pain), Some(BaselineSource::Manual)),
        (None, None) if first_infusion.is_some() => (None, Some(BaselineSource::PreInfusion)),
        (None, None) => (None, None),
    };
    Baseline {
        pain,
        source,
        days_logged,
        spread_sd: untreated
            .filter(|_| source == Some(BaselineSource::Pretreatment))
            .and_then(|period| period.spread_sd),
    }
}

/// The baseline one cycle is measured against: the journal's, or with the pre-infusion fallback
/// the week before the cycle's first infusion.
pub(crate) fn cycle_baseline(
    baseline: &Baseline,
    entries: &EntryIndex<'_>,
    first_infusion: NaiveDate,
    settings: &AnalysisSettings,
) -> Option<f64> {
    match baseline.source {
        Some(BaselineSource::PreInfusion) => week_before(entries, first_infusion, settings).pain,
        _ => baseline.pain,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::domain::{Entry, Score};

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, day).unwrap()
    }

    fn entries(days_and_pain: &[(u32, i64)]) -> Vec<Entry> {
        days_and_pain
            .iter()
            .map(|&(day, pain)| Entry::new(date(day), Score::new("pain", pain).unwrap()))
            .collect()
    }

    #[test]
    fn pretreatment_week_needs_four_logged_days() {
        // Infusion on 15 January; the window is 8 to 14 January.
        let four = entries(&[(7, 1), (8, 7), (10, 8), (12, 6), (14, 7), (15, 2)]);
        let index = EntryIndex::new(&four);
        let settings = Settings::default();
        let baseline = journal_baseline(&index, Some(date(15)), &settings);
        assert_eq!(baseline.pain, Some(7.0)); // (7 + 8 + 6 + 7) / 4; 7 and 15 January are outside
        assert_eq!(baseline.source, Some(BaselineSource::Pretreatment));
        assert_eq!(baseline.days_logged, 4);

        let three = entries(&[(8, 7), (10, 8), (12, 6)]);
        let index = EntryIndex::new(&three);
        let baseline = journal_baseline(&index, Some(date(15)), &settings);
        assert_eq!(baseline.pain, None);
        assert_eq!(baseline.source, Some(BaselineSource::PreInfusion));
        assert_eq!(baseline.days_logged, 3);
    }

    #[test]
    fn a_sparse_last_week_looks_back_four_weeks() {
        // Infusion on 30 January. Its week (23 to 29 January) has only 2 logged days; the four
        // weeks from 2 January hold 5, and 1 January is outside the lookback.
        let sparse = entries(&[(1, 9), (2, 6), (10, 7), (20, 8), (26, 7), (28, 6)]);
        let index = EntryIndex::new(&sparse);
        let baseline = journal_baseline(&index, Some(date(30)), &Settings::default());
        assert_eq!(baseline.source, Some(BaselineSource::Pretreatment));
        assert_eq!(baseline.days_logged, 5);
        // (6 + 7 + 8 + 7 + 6) / 5 = 6.8; squared deviations 0.64 + 0.04 + 1.44 + 0.04 + 0.64 = 2.8,
        // over 4 is 0.7, whose root is 0.8367.
        let pain = baseline.pain.unwrap();
        assert!((pain - 6.8).abs() < 1e-9, "{pain}");
        let spread = baseline.spread_sd.unwrap();
        assert!((spread - 0.7_f64.sqrt()).abs() < 1e-9, "{spread}");

        // Four logged untreated days are always enough, wherever they lie in the four weeks.
        let four = entries(&[(3, 7), (9, 7), (15, 8), (21, 6)]);
        let index = EntryIndex::new(&four);
        let baseline = journal_baseline(&index, Some(date(30)), &Settings::default());
        assert_eq!((baseline.pain, baseline.days_logged), (Some(7.0), 4));
    }

    #[test]
    fn manual_baseline_is_the_fallback() {
        let three = entries(&[(8, 7), (10, 8), (12, 6)]);
        let index = EntryIndex::new(&three);
        let settings = Settings {
            baseline_pain: Some(6.5),
            ..Settings::default()
        };
        let baseline = journal_baseline(&index, Some(date(15)), &settings);
        assert_eq!(baseline.pain, Some(6.5));
        assert_eq!(baseline.source, Some(BaselineSource::Manual));
        // Without infusions there is no pretreatment week, but a manual baseline still applies.
        let baseline = journal_baseline(&index, None, &settings);
        assert_eq!(baseline.source, Some(BaselineSource::Manual));
        let baseline = journal_baseline(&index, None, &Settings::default());
        assert_eq!((baseline.pain, baseline.source), (None, None));
    }

    #[test]
    fn pre_infusion_fallback_uses_each_cycles_own_week() {
        let logged = entries(&[(20, 5), (21, 6), (22, 5), (23, 6), (25, 9)]);
        let index = EntryIndex::new(&logged);
        let settings = Settings::default();
        let baseline = journal_baseline(&index, Some(date(2)), &settings);
        assert_eq!(baseline.source, Some(BaselineSource::PreInfusion));
        let cycle = cycle_baseline(&baseline, &index, date(24), &settings.analysis);
        assert_eq!(cycle, Some(5.5));
        assert_eq!(
            cycle_baseline(&baseline, &index, date(2), &settings.analysis),
            None
        );
    }

    #[test]
    fn a_pain_free_week_is_no_baseline() {
        let calm = entries(&[(8, 0), (9, 1), (10, 0), (11, 1), (12, 0)]);
        let index = EntryIndex::new(&calm);
        let calm_week = week_before(&index, date(15), &AnalysisSettings::default());
        assert_eq!((calm_week.pain, calm_week.days_logged), (None, 5));
    }
}
