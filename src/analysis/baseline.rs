//! The untreated baseline that relief is measured against.
//!
//! In order of preference: the mean pain of the untreated period before the first infusion ever
//! (the `baseline_days` before it when densely logged, otherwise every logged day of the four
//! weeks before it, at least [`MIN_UNTREATED_DAYS`] of them); the **remembered baseline** the
//! patient gave ("before ketamine, my pain on a typical day was…"), kept within reach of the pain
//! logged once relief had clearly worn off ([`remembered_in_use`]); an estimate from the pain
//! logged once relief had clearly worn off in past cycles (said to be one); or, as a last resort,
//! each cycle's own pre-infusion week. Relief is measured against untreated pain, not pre-booster
//! pain: a booster given while relief still holds would otherwise look like no relief at all.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::SMOOTHING_WINDOW_DAYS;
use super::cycles::EntryIndex;
use super::smoothing::centred_mean;
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
    /// The pain the patient remembers from before ketamine (`baseline_pain` in the settings).
    /// Serialized as `remembered`; before it was labelled as such it was called `manual`.
    Remembered,
    /// Estimated from the pain logged once relief had clearly worn off in past cycles (see
    /// [`WornOff`]): an estimate, said to be one wherever it is used.
    WornOff,
    /// Each cycle's own week before its first infusion (the last resort).
    PreInfusion,
}

impl BaselineSource {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pretreatment => "pretreatment",
            Self::Remembered => "remembered",
            Self::WornOff => "worn_off",
            Self::PreInfusion => "pre_infusion",
        }
    }
}

/// The pain logged once relief had clearly worn off in past cycles: the evidence for an estimate
/// of untreated pain without a pretreatment period, and the cross-check of a remembered baseline.
///
/// In a completed cycle, relief has clearly worn off on the days after the nadir whose 7-day
/// smoothed pain lies within [`WORN_OFF_BAND_POINTS`] of the highest smoothed pain after the
/// nadir, when that highest value is at least [`WORN_OFF_RISE_POINTS`] above the nadir (pain came
/// back by more than a meaningful change) and there are at least `persistence_days` such days (it
/// stayed back, rather than peaking once). A cycle whose relief lasted to the next infusion has
/// no such plateau and gives no days.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WornOff {
    /// Mean pain logged on those days (0 to 10).
    #[serde(serialize_with = "serialize_round1")]
    pub pain: Option<f64>,
    /// Logged days it rests on.
    pub days_logged: u32,
    /// The cycles (by index) the days come from.
    pub cycles: Vec<u32>,
}

/// The rise from the nadir that shows relief came back: about 2 points on the 0–10 scale, the
/// change Farrar et al. (*Pain* 2001;94:149–158) found to be clinically important.
pub const WORN_OFF_RISE_POINTS: f64 = 2.0;

/// How close to the highest smoothed pain after the nadir a day must be to count as worn off.
pub const WORN_OFF_BAND_POINTS: f64 = 0.5;

/// Completed cycles with worn-off days needed before they give an estimate of untreated pain, so
/// one unusual cycle (a flare) is not taken for the untreated level.
pub const MIN_WORN_OFF_CYCLES: usize = 2;

/// A remembered baseline and the worn-off pain this far apart (or more) are both shown, so the
/// patient can correct the remembered one: 1.5 points.
pub const CROSS_CHECK_POINTS: f64 = 1.5;

/// The journal's baseline, as reported.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    /// Standard error of the pretreatment mean (pain points): `spread_sd` over the square root of
    /// `days_logged`. `None` unless the baseline is the pretreatment one.
    #[serde(serialize_with = "serialize_round1")]
    pub standard_error: Option<f64>,
    /// The pain the patient remembers from before ketamine, when given (whatever the source).
    #[serde(serialize_with = "serialize_round1")]
    pub remembered_pain: Option<f64>,
    /// The pain logged once relief had clearly worn off, when past cycles show it.
    pub worn_off: Option<WornOff>,
    /// The mean pain of the logged untreated days before the first infusion (0 to 10), when there
    /// are enough of them. It is the baseline in use, unless the pain logged once relief had
    /// clearly worn off was higher ([`Baseline::raised_to_worn_off`]).
    #[serde(serialize_with = "serialize_round1")]
    pub pretreatment_pain: Option<f64>,
    /// Relief that stayed between infusions once relief had worn off, in percent of the baseline
    /// (see [`lasting_benefit`]); `None` unless it is clearly there.
    #[serde(serialize_with = "serialize_round1")]
    pub lasting_benefit_pct: Option<f64>,
}

/// How many standard errors below a pretreatment baseline relief must still be meaningful for
/// relief to count as held when the pain came back to a plateau (the lower end of the mean's
/// two-sided 95% confidence interval, 1.96), and how clearly a lasting benefit must stand out.
pub const BASELINE_CONFIDENCE_Z: f64 = 1.96;

/// How many standard errors above a pretreatment baseline relief must still be lost before a
/// loss counts: 1.645, the one-sided 95% bound of the mean. A mean of few or scattered untreated
/// days may be well below the true untreated pain, and relief measured against it would look
/// smaller than it was. The question is one-sided (could untreated pain have been higher?), so the
/// bound is one-sided; the two-sided 1.96 used before asked for 97.5% and left relief that slid
/// below the threshold in the last two weeks before the next infusion, on a slow fade, found
/// "lasted to the next infusion".
pub const LOSS_CONFIDENCE_Z: f64 = 1.645;

/// How much higher, on average, pain before treatment is remembered than it was, in points on the
/// 0–10 scale: 0.5. People whose pain has since been relieved remember their pretreatment pain as
/// worse than they rated it at the time (Linton and Melin, *Pain* 1982;13:281–285; Feine et al.,
/// *Pain* 1998;77:137–141); a remembered baseline taken as it is makes relief look larger and
/// its loss come late. The direction is well documented; the size is an assumption, the one the
/// project's simulation draws remembered baselines with (docs/ANALYSIS.md section 9).
pub const RECALL_BIAS_POINTS: f64 = 0.5;

/// The remembered baseline with [`RECALL_BIAS_POINTS`] taken off, never below
/// [`MIN_BASELINE_PAIN`].
pub fn recall_corrected(remembered: f64) -> f64 {
    (remembered - RECALL_BIAS_POINTS).max(MIN_BASELINE_PAIN)
}

/// How the remembered baseline in use stands against the pain logged once relief had clearly
/// worn off (see [`remembered_in_use`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RememberedCheck {
    /// The remembered baseline less the recall correction, as it is.
    AsRemembered,
    /// Raised to the worn-off pain, which was higher: untreated pain is at least the pain logged
    /// once relief had clearly worn off.
    RaisedToWornOff,
    /// Lowered to [`CROSS_CHECK_POINTS`] above the worn-off pain: the remembered baseline lay
    /// further above it, and on those days relief was not meaningful even against the remembered
    /// baseline, so those cycles' relief had ended and their pain is close to untreated pain.
    LoweredToWornOff,
}

/// The remembered baseline relief is measured against: `remembered` less the recall correction
/// ([`recall_corrected`]), checked against `worn_off`, the pain logged once relief had clearly
/// worn off, when it rests on at least [`MIN_WORN_OFF_CYCLES`] cycles (one unusual cycle, a
/// flare, does not move it):
///
/// - never below the worn-off pain: relief may not have worn off completely on those days, so
///   untreated pain was at least as high (the remembered value was set too low);
/// - never more than [`CROSS_CHECK_POINTS`] above it, when on those days relief was below
///   `meaningful_pct` even against the remembered baseline: those cycles' relief had ended, so
///   their pain lies close to untreated pain, and a remembered value further above it is the
///   recall error the cross-check looks for (untreated pain remembered as worse than it was).
///   Worn-off days on which relief was still meaningful against the remembered baseline (relief
///   still fading when the next infusion came) say nothing about untreated pain, and leave the
///   remembered value as it is.
///
/// Scores on the 0–10 scale; never below [`MIN_BASELINE_PAIN`].
pub fn remembered_in_use(
    remembered: f64,
    worn_off: Option<&WornOff>,
    meaningful_pct: f64,
) -> (f64, RememberedCheck) {
    let corrected = recall_corrected(remembered);
    let Some(logged) = worn_off
        .filter(|worn_off| worn_off.cycles.len() >= MIN_WORN_OFF_CYCLES)
        .and_then(|worn_off| worn_off.pain)
    else {
        return (corrected, RememberedCheck::AsRemembered);
    };
    if logged > corrected {
        return (logged, RememberedCheck::RaisedToWornOff);
    }
    let relief_ended = logged >= corrected * (1.0 - meaningful_pct / 100.0);
    if corrected - logged > CROSS_CHECK_POINTS && relief_ended {
        return (
            (logged + CROSS_CHECK_POINTS).max(MIN_BASELINE_PAIN),
            RememberedCheck::LoweredToWornOff,
        );
    }
    (corrected, RememberedCheck::AsRemembered)
}

/// How far a remembered baseline may lie above untreated pain, beyond the recall correction,
/// when relief is judged to have held to the next infusion: 1 point on the 0–10 scale, half a
/// point for a whole-number answer (a typical 7.4 is remembered as 7 or 8) and half a point more
/// for the size of the recall bias, which is an assumption (see [`RECALL_BIAS_POINTS`]).
pub const REMEMBERED_DOUBT_POINTS: f64 = 1.0;

impl Baseline {
    /// The upper end of the baseline's uncertainty: the pretreatment baseline plus
    /// [`LOSS_CONFIDENCE_Z`] standard errors; the baseline itself when it has no standard
    /// error (remembered, estimated, or with the pre-infusion fallback). A loss counts only when
    /// relief is lost against this too.
    pub fn upper_pain(&self) -> Option<f64> {
        let pain = self.pain?;
        Some(pain + LOSS_CONFIDENCE_Z * self.standard_error.unwrap_or(0.0))
    }

    /// The lower end of the baseline's uncertainty: the pretreatment mean less
    /// [`BASELINE_CONFIDENCE_Z`] standard errors; a remembered baseline (after the recall
    /// correction) less [`REMEMBERED_DOUBT_POINTS`]; the baseline itself otherwise. Relief that is
    /// meaningful even against this when the next infusion comes held to it, whatever the shape
    /// of the pain (see `relief_outlasts_interval` in docs/ANALYSIS.md section 7). Never below
    /// [`MIN_BASELINE_PAIN`].
    pub fn lower_pain(&self) -> Option<f64> {
        let pain = self.pain?;
        let margin = match self.source {
            Some(BaselineSource::Remembered) => REMEMBERED_DOUBT_POINTS,
            _ => BASELINE_CONFIDENCE_Z * self.standard_error.unwrap_or(0.0),
        };
        Some((pain - margin).max(MIN_BASELINE_PAIN))
    }

    /// How the remembered baseline in use stands against the worn-off pain (see
    /// [`remembered_in_use`]); `None` unless the remembered baseline is in use.
    pub fn remembered_check(&self) -> Option<RememberedCheck> {
        if self.source != Some(BaselineSource::Remembered) {
            return None;
        }
        let corrected = recall_corrected(self.remembered_pain?);
        let pain = self.pain?;
        Some(if pain > corrected {
            RememberedCheck::RaisedToWornOff
        } else if pain < corrected {
            RememberedCheck::LoweredToWornOff
        } else {
            RememberedCheck::AsRemembered
        })
    }

    /// Whether a pretreatment baseline was raised to the worn-off pain, which was higher than the
    /// mean of the logged untreated days (see [`journal_baseline`]).
    pub fn raised_to_worn_off(&self) -> bool {
        self.source == Some(BaselineSource::Pretreatment)
            && self
                .pain
                .zip(self.pretreatment_pain)
                .is_some_and(|(pain, mean)| pain > mean)
    }

    /// The remembered baseline and the worn-off pain when they are [`CROSS_CHECK_POINTS`] or more
    /// apart and the remembered one is in use: `(remembered, worn_off)`.
    pub fn cross_check(&self) -> Option<(f64, &WornOff)> {
        if self.source != Some(BaselineSource::Remembered) {
            return None;
        }
        let remembered = self.remembered_pain?;
        let worn_off = self.worn_off.as_ref()?;
        let logged = worn_off.pain?;
        ((remembered - logged).abs() >= CROSS_CHECK_POINTS).then_some((remembered, worn_off))
    }
}

/// The worn-off days of one completed cycle: the logged pain of each (see [`WornOff`]).
pub(crate) fn worn_off_days(
    logged: &[Option<&crate::domain::Entry>],
    settings: &AnalysisSettings,
) -> Vec<f64> {
    let pain: Vec<Option<f64>> = logged
        .iter()
        .map(|entry| entry.map(|entry| f64::from(entry.pain.get())))
        .collect();
    let min_logged = usize::try_from(settings.min_logged_per_week).unwrap_or(usize::MAX);
    let smoothed = centred_mean(&pain, SMOOTHING_WINDOW_DAYS, min_logged);
    let known: Vec<(usize, f64)> = smoothed
        .iter()
        .enumerate()
        .filter_map(|(day, value)| Some((day, (*value)?)))
        .collect();
    let Some(&(nadir_day, nadir)) = known
        .iter()
        .min_by(|left, right| left.1.total_cmp(&right.1))
    else {
        return Vec::new();
    };
    let after = || known.iter().filter(move |(day, _)| *day > nadir_day);
    let Some(highest) = after().map(|(_, value)| *value).reduce(f64::max) else {
        return Vec::new();
    };
    if highest - nadir < WORN_OFF_RISE_POINTS {
        return Vec::new();
    }
    let days: Vec<usize> = after()
        .filter(|(_, value)| *value >= highest - WORN_OFF_BAND_POINTS)
        .map(|(day, _)| *day)
        .collect();
    if u32::try_from(days.len()).unwrap_or(u32::MAX) < settings.persistence_days {
        return Vec::new();
    }
    days.iter()
        .filter_map(|day| pain.get(*day).copied().flatten())
        .collect()
}

/// The pain logged once relief had clearly worn off, from `by_cycle`: for each cycle in order,
/// the pain of its worn-off days (see [`worn_off_days`]; none for the open cycle). `None` when no
/// cycle shows it.
pub(crate) fn worn_off(by_cycle: &[Vec<f64>]) -> Option<WornOff> {
    let mut pain = Vec::new();
    let mut cycles = Vec::new();
    for (days, index) in by_cycle.iter().zip(1..) {
        if !days.is_empty() {
            cycles.push(index);
            pain.extend_from_slice(days);
        }
    }
    (!cycles.is_empty()).then(|| WornOff {
        pain: mean(pain.iter().copied()),
        days_logged: count(&pain),
        cycles,
    })
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

/// The untreated period before the first infusion: every logged day of the
/// [`UNTREATED_LOOKBACK_DAYS`] before it (or of the `baseline_days`, if longer), usable when there
/// are at least [`MIN_UNTREATED_DAYS`]. The more untreated days the mean rests on, the more
/// settled it is, so a well-logged last week does not throw away the weeks logged before it.
pub(crate) fn untreated_period(
    entries: &EntryIndex<'_>,
    first_infusion: NaiveDate,
    settings: &AnalysisSettings,
) -> LoggedPain {
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

/// The least lasting benefit that is named, in percent of the baseline: 10%. Pain once relief had
/// worn off lies a few percent below untreated pain even without one, where relief was still
/// fading along an exponential tail when pain came back to its plateau (in the simulation, 4 to 7%
/// on average, docs/ANALYSIS.md section 2); a benefit below 10% cannot be told from that.
pub const LASTING_BENEFIT_MIN_PCT: f64 = 10.0;

/// The relief that stayed between infusions once relief had worn off: how far the pain of the
/// worn-off days lies below a logged untreated baseline, in percent of that baseline,
/// `100 × (baseline − worn-off pain) / baseline`. Named only when it is clearly there: the
/// worn-off days come from at least [`MIN_WORN_OFF_CYCLES`] cycles, the benefit is at least
/// [`LASTING_BENEFIT_MIN_PCT`], and the gap is more than [`BASELINE_CONFIDENCE_Z`] standard
/// errors of the difference (the baseline's `standard_error` and the worn-off mean's,
/// `noise_sd / √days`). Without a logged untreated period there is nothing to measure it
/// against: a remembered baseline is itself a point or so off as often as not, and the worn-off
/// estimate is the plateau itself.
pub fn lasting_benefit(
    baseline_pain: f64,
    standard_error: f64,
    worn_off: &WornOff,
    noise_sd: f64,
) -> Option<f64> {
    if worn_off.cycles.len() < MIN_WORN_OFF_CYCLES || worn_off.days_logged == 0 {
        return None;
    }
    let gap = baseline_pain - worn_off.pain?;
    let worn_off_error = noise_sd / f64::from(worn_off.days_logged).sqrt();
    let uncertainty = (standard_error.powi(2) + worn_off_error.powi(2)).sqrt();
    let benefit = 100.0 * gap / baseline_pain;
    (benefit >= LASTING_BENEFIT_MIN_PCT && gap > BASELINE_CONFIDENCE_Z * uncertainty)
        .then_some(benefit)
}

/// The journal's baseline given the first infusion ever (if any), the worn-off pain of past
/// cycles (if any) and the journal's day-to-day spread of pain (`noise_sd`, see
/// [`super::noise`]).
///
/// A pretreatment baseline is never below the worn-off estimate, when there is one: relief on
/// those days may not have worn off completely, but it was not negative, so untreated pain was at
/// least that high (as for a remembered baseline, [`remembered_in_use`]). A mean of few untreated
/// days may happen to be low; a plateau of many worn-off days is settled.
pub(crate) fn journal_baseline(
    entries: &EntryIndex<'_>,
    first_infusion: Option<NaiveDate>,
    worn_off: Option<WornOff>,
    noise_sd: f64,
    settings: &Settings,
) -> Baseline {
    let untreated =
        first_infusion.map(|first| untreated_period(entries, first, &settings.analysis));
    let pretreatment = untreated.and_then(|period| period.pain);
    let days_logged = untreated.map_or(0, |period| period.days_logged);
    let remembered = settings
        .baseline_pain
        .filter(|pain| *pain >= MIN_BASELINE_PAIN);
    let estimate = worn_off
        .as_ref()
        .filter(|worn_off| worn_off.cycles.len() >= MIN_WORN_OFF_CYCLES)
        .and_then(|worn_off| worn_off.pain)
        .filter(|pain| *pain >= MIN_BASELINE_PAIN);
    let (pain, source) = match (pretreatment, remembered, estimate) {
        (Some(pain), _, estimate) => (
            Some(estimate.map_or(pain, |worn| pain.max(worn))),
            Some(BaselineSource::Pretreatment),
        ),
        (None, Some(remembered), _) => (
            Some(
                remembered_in_use(
                    remembered,
                    worn_off.as_ref(),
                    settings.analysis.meaningful_relief_pct,
                )
                .0,
            ),
            Some(BaselineSource::Remembered),
        ),
        (None, None, Some(pain)) => (Some(pain), Some(BaselineSource::WornOff)),
        (None, None, None) if first_infusion.is_some() => (None, Some(BaselineSource::PreInfusion)),
        (None, None, None) => (None, None),
    };
    let standard_error = untreated
        .filter(|_| source == Some(BaselineSource::Pretreatment))
        .and_then(|period| Some(period.spread_sd? / f64::from(period.days_logged).sqrt()));
    Baseline {
        pain,
        source,
        days_logged,
        spread_sd: untreated
            .filter(|_| source == Some(BaselineSource::Pretreatment))
            .and_then(|period| period.spread_sd),
        remembered_pain: remembered,
        standard_error,
        lasting_benefit_pct: pain
            .filter(|_| source == Some(BaselineSource::Pretreatment))
            .zip(worn_off.as_ref())
            .and_then(|(pain, worn)| {
                lasting_benefit(pain, standard_error.unwrap_or(0.0), worn, noise_sd)
            }),
        worn_off,
        pretreatment_pain: pretreatment,
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
    fn the_untreated_period_needs_four_logged_days() {
        // Infusion on 15 January; the untreated period is the 28 days before it (from 18 December),
        // so every logged day before 15 January counts: (1 + 7 + 8 + 6 + 7) / 5 = 5.8.
        let five = entries(&[(7, 1), (8, 7), (10, 8), (12, 6), (14, 7), (15, 2)]);
        let index = EntryIndex::new(&five);
        let settings = Settings::default();
        let baseline = journal_baseline(&index, Some(date(15)), None, 1.0, &settings);
        assert_eq!(baseline.pain, Some(5.8));
        assert_eq!(baseline.source, Some(BaselineSource::Pretreatment));
        assert_eq!(baseline.days_logged, 5);
        // Deviations -4.8, 1.2, 2.2, 0.2, 1.2: squares 23.04 + 1.44 + 4.84 + 0.04 + 1.44 = 30.8,
        // over 4 is 7.7; the standard error is 7.7^0.5 / 5^0.5 = 1.241, and the one-sided 95%
        // upper bound 5.8 + 1.645 * 1.241 = 7.84.
        let standard_error = baseline.standard_error.unwrap();
        assert!((standard_error - (7.7_f64 / 5.0).sqrt()).abs() < 1e-9);
        let upper = baseline.upper_pain().unwrap();
        assert!((upper - (5.8 + 1.645 * (7.7_f64 / 5.0).sqrt())).abs() < 1e-9);
        // And the lower end of the two-sided 95% interval, 5.8 - 1.96 * 1.241 = 3.37.
        let lower = baseline.lower_pain().unwrap();
        assert!((lower - (5.8 - 1.96 * (7.7_f64 / 5.0).sqrt())).abs() < 1e-9);

        let three = entries(&[(8, 7), (10, 8), (12, 6)]);
        let index = EntryIndex::new(&three);
        let baseline = journal_baseline(&index, Some(date(15)), None, 1.0, &settings);
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
        let baseline = journal_baseline(&index, Some(date(30)), None, 1.0, &Settings::default());
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
        let baseline = journal_baseline(&index, Some(date(30)), None, 1.0, &Settings::default());
        assert_eq!((baseline.pain, baseline.days_logged), (Some(7.0), 4));
    }

    #[test]
    fn remembered_baseline_is_the_fallback() {
        let three = entries(&[(8, 7), (10, 8), (12, 6)]);
        let index = EntryIndex::new(&three);
        let settings = Settings {
            baseline_pain: Some(6.5),
            ..Settings::default()
        };
        let baseline = journal_baseline(&index, Some(date(15)), None, 1.0, &settings);
        // Half a point off for how pain before treatment is remembered; the value given is kept.
        assert_eq!(baseline.pain, Some(6.0));
        assert_eq!(baseline.remembered_pain, Some(6.5));
        assert_eq!(baseline.source, Some(BaselineSource::Remembered));
        // Relief held to the next infusion whatever the pain's shape when it is meaningful even
        // against a point less.
        assert_eq!(baseline.upper_pain(), Some(6.0));
        assert_eq!(baseline.lower_pain(), Some(5.0));
        // Without infusions there is no pretreatment week, but a remembered baseline still applies.
        let baseline = journal_baseline(&index, None, None, 1.0, &settings);
        assert_eq!(baseline.source, Some(BaselineSource::Remembered));
        let baseline = journal_baseline(&index, None, None, 1.0, &Settings::default());
        assert_eq!((baseline.pain, baseline.source), (None, None));
    }

    #[test]
    fn a_remembered_baseline_is_checked_against_the_worn_off_pain() {
        let worn_off = |pain, cycles: &[u32]| WornOff {
            pain: Some(pain),
            days_logged: 20,
            cycles: cycles.to_vec(),
        };
        let two = worn_off(6.0, &[1, 2]);
        // Remembered 8: 7.5, 1.5 points above 6, no further: as remembered.
        assert_eq!(
            remembered_in_use(8.0, Some(&two), 30.0),
            (7.5, RememberedCheck::AsRemembered)
        );
        // Remembered 6: 5.5 is below the 6 logged once relief had worn off: raised to 6.
        assert_eq!(
            remembered_in_use(6.0, Some(&two), 30.0),
            (6.0, RememberedCheck::RaisedToWornOff)
        );
        // Remembered 9: 8.5 is 2.5 points above 6, and against 8.5 the worn-off days held
        // (8.5 - 6) / 8.5 = 29.4% relief, below 30%: lowered to 6 + 1.5 = 7.5.
        assert_eq!(
            remembered_in_use(9.0, Some(&two), 30.0),
            (7.5, RememberedCheck::LoweredToWornOff)
        );
        // Remembered 10: against 9.5 the worn-off days held (9.5 - 6) / 9.5 = 36.8%, still
        // meaningful relief: that pain says nothing about untreated pain, so 9.5 stands.
        assert_eq!(
            remembered_in_use(10.0, Some(&two), 30.0),
            (9.5, RememberedCheck::AsRemembered)
        );
        // With a meaningful threshold of 40% the same days held less than 40%: lowered.
        assert_eq!(
            remembered_in_use(10.0, Some(&two), 40.0),
            (7.5, RememberedCheck::LoweredToWornOff)
        );
        // Worn-off days from one cycle only (it may have been a flare), or none: as remembered.
        let one = worn_off(6.0, &[2]);
        assert_eq!(
            remembered_in_use(6.0, Some(&one), 30.0),
            (5.5, RememberedCheck::AsRemembered)
        );
        assert_eq!(
            remembered_in_use(9.0, None, 30.0),
            (8.5, RememberedCheck::AsRemembered)
        );

        // The journal's baseline says which, from its own fields.
        let three = entries(&[(8, 7), (10, 8), (12, 6)]);
        let index = EntryIndex::new(&three);
        let settings = |remembered| Settings {
            baseline_pain: Some(remembered),
            ..Settings::default()
        };
        let check = |remembered| {
            let baseline = journal_baseline(
                &index,
                Some(date(15)),
                Some(two.clone()),
                1.0,
                &settings(remembered),
            );
            (baseline.pain, baseline.remembered_check())
        };
        assert_eq!(check(8.0), (Some(7.5), Some(RememberedCheck::AsRemembered)));
        assert_eq!(
            check(6.0),
            (Some(6.0), Some(RememberedCheck::RaisedToWornOff))
        );
        assert_eq!(
            check(9.0),
            (Some(7.5), Some(RememberedCheck::LoweredToWornOff))
        );
        let measured = journal_baseline(
            &index,
            Some(date(15)),
            Some(two.clone()),
            1.0,
            &Settings::default(),
        );
        assert_eq!(measured.remembered_check(), None);
    }

    #[test]
    fn pre_infusion_fallback_uses_each_cycles_own_week() {
        let logged = entries(&[(20, 5), (21, 6), (22, 5), (23, 6), (25, 9)]);
        let index = EntryIndex::new(&logged);
        let settings = Settings::default();
        let baseline = journal_baseline(&index, Some(date(2)), None, 1.0, &settings);
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

    /// Worn-off days of a cycle with the given daily pain (every day logged).
    fn worn_off_of(pain: &[i64]) -> Vec<f64> {
        let logged = entries(
            &pain
                .iter()
                .zip(1..)
                .map(|(&pain, day)| (day, pain))
                .collect::<Vec<_>>(),
        );
        let by_day: Vec<Option<&Entry>> = logged.iter().map(Some).collect();
        worn_off_days(&by_day, &AnalysisSettings::default())
    }

    #[test]
    fn worn_off_days_are_a_plateau_well_above_the_nadir() {
        // Pain 2 for 10 days, then 6 for 20: the 7-day mean is 6 from day 13 (window 10 to 16) to
        // day 29; day 12's window (9 to 15) holds one 2 (5.43, below 6 - 0.5). 17 days at 6.
        let mut back = vec![2; 10];
        back.extend([6; 20]);
        assert_eq!(worn_off_of(&back), vec![6.0; 17]);
        // Back up by only 1.5 points (2 to 3.5 is not a whole score: 2 then 4, then 3 and 4
        // alternating, a rise below 2 points): no worn-off days.
        let mut small = vec![2; 10];
        small.extend([3, 4].repeat(10));
        assert!(worn_off_of(&small).is_empty());
        // Pain still rising at the next infusion (one point every 4 days): the top of the curve is
        // fewer than 7 days, relief was still fading, not gone.
        let rising: Vec<i64> = (0..30).map(|day| 1 + day / 4).collect();
        assert!(worn_off_of(&rising).is_empty());
    }
}
