//! The untreated baseline that relief is measured against.
//!
//! In order of preference: the mean pain of the week before the first infusion ever (when enough
//! of it is logged), the baseline the patient set by hand, or, as a last resort, each cycle's own
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
    /// Days logged in the pretreatment window (the `baseline_days` before the first infusion).
    pub days_logged: u32,
}

/// Mean pain over the `baseline_days` before `before`, and how many of those days were logged.
///
/// The mean is `None` unless at least `min_logged_per_week` of every 7 days are logged and it is at
/// least [`MIN_BASELINE_PAIN`].
pub(crate) fn week_before(
    entries: &EntryIndex<'_>,
    before: NaiveDate,
    settings: &AnalysisSettings,
) -> (Option<f64>, u32) {
    let start = before - Duration::days(i64::from(settings.baseline_days));
    let logged: Vec<f64> = entries
        .range(start, settings.baseline_days)
        .into_iter()
        .flatten()
        .map(|entry| f64::from(entry.pain.get()))
        .collect();
    let days_logged = u32::try_from(logged.len()).unwrap_or(u32::MAX);
    let enough =
        days_logged >= required_logged(settings.baseline_days, settings.min_logged_per_week);
    let pain = mean(logged).filter(|pain| enough && *pain >= MIN_BASELINE_PAIN);
    (pain, days_logged)
}

/// The journal's baseline given the first infusion ever (if any).
pub(crate) fn journal_baseline(
    entries: &EntryIndex<'_>,
    first_infusion: Option<NaiveDate>,
    settings: &Settings,
) -> Baseline {
    let (pretreatment, days_logged) = first_infusion
        .map(|first| week_before(entries, first, &settings.analysis))
        .unwrap_or((None, 0));
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
        Some(BaselineSource::PreInfusion) => week_before(entries, first_infusion, settings).0,
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
        let (pain, logged) = week_before(&index, date(15), &AnalysisSettings::default());
        assert_eq!((pain, logged), (None, 5));
    }
}
