//! Cycles made by hand for unit tests, written once: the analysis, chart and wording tests build
//! on them and set only the fields their case is about.
#![allow(clippy::unwrap_used)]

use chrono::{Duration, NaiveDate};

use super::{Cycle, Loss};
use crate::domain::Phase;

/// A completed cycle with the given length and relief outcome, its anchor 60 days after the
/// previous index's; peak 60% (18% when relief was not reached) on day 4, nothing else measured.
pub(crate) fn cycle(index: u32, length: u32, loss: Loss) -> Cycle {
    let anchor =
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(i64::from(index) * 60);
    Cycle {
        peak_relief_pct: Some(if loss == Loss::NotReached { 18.0 } else { 60.0 }),
        nadir_day: Some(4),
        ..cycle_at(index, anchor, Some(length), loss, None)
    }
}

/// A maintenance cycle of one infusion at `anchor`, `length` days to the next infusion (`None`:
/// still open), with `meaningful` and `substantial` as its relief outcomes (`loss_30_day`,
/// `loss_50_day` and `censored` follow from them). Nothing else is measured: peak, rescue,
/// mobility, sleep and the days are empty; the baseline is 7.
pub(crate) fn cycle_at(
    index: u32,
    anchor: NaiveDate,
    length: Option<u32>,
    meaningful: Loss,
    substantial: Option<Loss>,
) -> Cycle {
    Cycle {
        index,
        phase: Phase::Maintenance,
        first_infusion: anchor,
        anchor,
        infusions: 1,
        next_infusion: length.map(|days| anchor + Duration::days(i64::from(days))),
        length_days: length,
        days_logged: length.unwrap_or(0),
        peak_relief_pct: None,
        nadir_day: None,
        onset_day: None,
        loss_30_day: meaningful.day(),
        loss_50_day: substantial.and_then(Loss::day),
        loss_30_window: None,
        loss_50_window: None,
        loss_30_not_measurable: None,
        censored: Some(meaningful == Loss::Censored),
        relief_days_30: None,
        relief_days_50: None,
        relief_auc: None,
        half_life_days: None,
        pain_early: None,
        pain_late: None,
        worst_pain_early: None,
        worst_pain_late: None,
        high_pain_days_early: None,
        high_pain_days_late: None,
        rescue_per_week_early: None,
        rescue_per_week_late: None,
        mobility_early: None,
        mobility_late: None,
        sleep_quality_early: None,
        sleep_quality_late: None,
        wearing_off_first_day: None,
        worn_off_days: 0,
        relief_at_next: None,
        last_entry: None,
        stale: false,
        baseline_pain: Some(7.0),
        meaningful_loss: Some(meaningful),
        substantial_loss: substantial,
        days: Vec::new(),
        decay: None,
    }
}

/// The analysis of an empty journal with `cycles` in it and the flags they raise with the
/// default settings: for tests of what is built on the cycles (charts, wording).
pub(crate) fn analysis_of(cycles: Vec<Cycle>, today: NaiveDate) -> super::Analysis {
    let mut analysis = super::analyze(&crate::domain::Journal::default(), today);
    analysis.flags = super::flags::flags(&cycles, &analysis.settings);
    analysis.cycles = cycles;
    analysis
}
