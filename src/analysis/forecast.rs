//! The forecast for the open cycle: the day relief is expected to fade, from the loss days of
//! past cycles, shown next to the planned next infusion.
//!
//! Past cycles where relief lasted to the next infusion are censored: relief lasted at least that
//! long. The expected fade day is therefore the Kaplan-Meier median, which equals the ordinary
//! median when no cycle is censored and is unknown when relief outlasted most intervals.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::Cycle;
use super::relief::Loss;
use crate::domain::Infusion;

/// How many recent completed cycles the forecast draws on.
pub const FORECAST_CYCLES: usize = 6;

/// Survival exactly one half, within rounding.
const HALF_TOLERANCE: f64 = 1e-9;

/// The expected fade in the open cycle.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Forecast {
    /// Day since the open cycle's anchor by which relief faded in half of the past cycles.
    pub expected_fade_day: Option<u32>,
    /// The date of that day.
    pub expected_fade_date: Option<NaiveDate>,
    /// How many recent completed cycles the expected fade rests on (at most [`FORECAST_CYCLES`];
    /// cycles whose relief was not measurable or never reached the threshold are left out).
    pub cycles_used: u32,
    /// The next planned infusion, if one is booked in the journal.
    pub planned_next_infusion: Option<NaiveDate>,
    /// When the open cycle is stale (see [`super::Cycle::stale`]): the date of its last entry, or
    /// its anchor when it has none. The expected fade then rests on past cycles only: nothing
    /// logged in this cycle for weeks confirms or contradicts it.
    pub no_entries_since: Option<NaiveDate>,
}

/// The forecast for the open cycle (the last cycle, when it has no next infusion).
pub(crate) fn forecast(cycles: &[Cycle], planned_next_infusion: Option<NaiveDate>) -> Forecast {
    let open = cycles.last().filter(|cycle| !cycle.is_completed());
    let outcomes: Vec<(u32, bool)> = cycles
        .iter()
        .filter(|cycle| cycle.is_completed())
        .filter_map(|cycle| match cycle.meaningful_loss? {
            Loss::Lost(day) => Some((day, true)),
            Loss::Censored => Some((cycle.length_days?, false)),
            Loss::NotReached => None,
        })
        .collect();
    let recent = outcomes
        .get(outcomes.len().saturating_sub(FORECAST_CYCLES)..)
        .unwrap_or_default();
    let fade_day = open
        .and_then(|_| median_survival(recent))
        .and_then(|day| u32::try_from(day.round() as i64).ok());
    Forecast {
        expected_fade_day: fade_day,
        expected_fade_date: open
            .zip(fade_day)
            .map(|(cycle, day)| cycle.anchor + Duration::days(i64::from(day))),
        cycles_used: u32::try_from(recent.len()).unwrap_or(u32::MAX),
        planned_next_infusion,
        no_entries_since: open
            .filter(|cycle| cycle.stale)
            .map(|cycle| cycle.last_entry.unwrap_or(cycle.anchor)),
    }
}

/// The Kaplan-Meier median of `(day, lost)` outcomes, where `lost == false` means relief still
/// held on that day (censored). When survival lands exactly on one half, the median is midway to
/// the next loss day, as for an ordinary median.
pub(crate) fn median_survival(outcomes: &[(u32, bool)]) -> Option<f64> {
    let mut sorted = outcomes.to_vec();
    // At equal days, losses come before censorings (a cycle censored on day t was at risk at t).
    sorted.sort_by_key(|&(day, lost)| (day, !lost));
    let mut at_risk = sorted.len() as f64;
    let mut survival = 1.0;
    let mut index = 0;
    while let Some(&(day, _)) = sorted.get(index) {
        let same_day = sorted
            .iter()
            .skip(index)
            .take_while(|(other, _)| *other == day);
        let (count, losses) = same_day.fold((0, 0), |(count, losses), (_, lost)| {
            (count + 1, losses + usize::from(*lost))
        });
        if losses > 0 {
            survival *= 1.0 - losses as f64 / at_risk;
            if (survival - 0.5).abs() <= HALF_TOLERANCE {
                let next_loss = sorted.iter().skip(index + count).find(|(_, lost)| *lost);
                return Some(
                    next_loss.map_or(f64::from(day), |(next, _)| f64::from(day + next) / 2.0),
                );
            }
            if survival < 0.5 {
                return Some(f64::from(day));
            }
        }
        at_risk -= count as f64;
        index += count;
    }
    None
}

/// The earliest planned infusion after the last done one that is not in the past.
pub(crate) fn planned_next_infusion(
    infusions: &[Infusion],
    last_done: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<NaiveDate> {
    infusions
        .iter()
        .filter(|infusion| !infusion.is_done())
        .map(|infusion| infusion.date)
        .filter(|date| *date >= today && last_done.is_none_or(|done| *date > done))
        .min()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn without_censoring_it_is_the_ordinary_median() {
        assert_eq!(
            median_survival(&[(34, true), (36, true), (35, true)]),
            Some(35.0)
        );
        assert_eq!(
            median_survival(&[(30, true), (40, true), (34, true), (36, true)]),
            Some(35.0)
        );
        assert_eq!(median_survival(&[]), None);
    }

    #[test]
    fn censored_cycles_count_as_lasting_at_least_their_length() {
        // Lost on day 20; censored at 25 and 40; lost on 30. Survival: 3/4 after day 20, then
        // with 2 at risk after the censoring on day 25, half of that after day 30: 3/8.
        assert_eq!(
            median_survival(&[(20, true), (25, false), (30, true), (40, false)]),
            Some(30.0)
        );
        // Relief outlasted most intervals: the median is not known.
        assert_eq!(
            median_survival(&[(20, true), (42, false), (42, false)]),
            None
        );
        // A censoring on the same day as a loss is still at risk on that day.
        assert_eq!(median_survival(&[(30, false), (30, true)]), Some(30.0));
    }

    #[test]
    fn the_planned_infusion_is_the_next_one_not_in_the_past() {
        let infusions = [
            Infusion::done(date("2026-03-01")),
            Infusion::planned(date("2026-02-20")),
            Infusion::planned(date("2026-03-05")),
            Infusion::planned(date("2026-04-12")),
            Infusion::planned(date("2026-04-10")),
        ];
        let last_done = Some(date("2026-03-01"));
        assert_eq!(
            planned_next_infusion(&infusions, last_done, date("2026-03-02")),
            Some(date("2026-03-05"))
        );
        assert_eq!(
            planned_next_infusion(&infusions, last_done, date("2026-03-06")),
            Some(date("2026-04-10"))
        );
        assert_eq!(
            planned_next_infusion(&infusions, None, date("2026-01-01")),
            Some(date("2026-02-20"))
        );
        assert_eq!(
            planned_next_infusion(&infusions, last_done, date("2026-05-01")),
            None
        );
    }
}
