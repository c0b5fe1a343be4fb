//! Cycles made by hand for unit tests: only what a test sets is measured.
#![allow(clippy::unwrap_used)]

use chrono::{Duration, NaiveDate};

use super::{Cycle, Loss};
use crate::domain::Phase;

/// A completed cycle with the given length and relief outcome; nothing else is measured.
pub(crate) fn cycle(index: u32, length: u32, loss: Loss) -> Cycle {
    let anchor =
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(i64::from(index) * 60);
    Cycle {
        index,
        phase: Phase::Maintenance,
        first_infusion: anchor,
        anchor,
        infusions: 1,
        next_infusion: Some(anchor + Duration::days(i64::from(length))),
        length_days: Some(length),
        days_logged: length,
        peak_relief_pct: Some(if loss == Loss::NotReached { 18.0 } else { 60.0 }),
        nadir_day: Some(4),
        onset_day: None,
        loss_30_day: loss.day(),
        loss_50_day: None,
        censored: Some(loss == Loss::Censored),
        relief_days_30: None,
        relief_days_50: None,
        relief_auc: None,
        half_life_days: None,
        rescue_per_week_early: None,
        rescue_per_week_late: None,
        mobility_early: None,
        mobility_late: None,
        sleep_quality_early: None,
        sleep_quality_late: None,
        wearing_off_first_day: None,
        baseline_pain: Some(7.0),
        meaningful_loss: Some(loss),
        substantial_loss: None,
        days: Vec::new(),
        decay: None,
    }
}
