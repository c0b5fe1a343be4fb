//! Supporting signals per cycle: average pain, worst pain and high-pain days, breakthrough
//! (rescue) medication per week, mobility and sleep quality early in the cycle versus late (just
//! before the next infusion), and the first day the patient marked "wearing off".

use std::ops::Range;

use super::stats::{DAYS_PER_WEEK, mean, required_logged};
use crate::domain::{Entry, Score};

/// Days in the early window (from the anchor) and in the late window (before the next infusion).
pub const SIGNAL_WINDOW_DAYS: usize = 14;

/// A day's pain at or above this (0 to 10) is a high-pain day: the "severe" band of the 0-10
/// numeric rating scale (7 to 10) in Serlin et al., "When is cancer pain mild, moderate or
/// severe?", Pain 1995, used since for non-cancer chronic pain too.
pub const HIGH_PAIN: u8 = 7;

/// Early and late values of the supporting measures in one cycle.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Signals {
    /// Mean daily pain in the early window.
    pub pain_early: Option<f64>,
    /// Mean daily pain in the late window.
    pub pain_late: Option<f64>,
    /// Mean worst pain in the early window, over the days that recorded it.
    pub worst_pain_early: Option<f64>,
    /// Mean worst pain in the late window, over the days that recorded it.
    pub worst_pain_late: Option<f64>,
    /// Logged days in the early window with pain at [`HIGH_PAIN`] or more.
    pub high_pain_days_early: Option<u32>,
    /// Logged days in the late window with pain at [`HIGH_PAIN`] or more.
    pub high_pain_days_late: Option<u32>,
    /// Rescue medication taken per week in the early window.
    pub rescue_per_week_early: Option<f64>,
    /// Rescue medication taken per week in the late window.
    pub rescue_per_week_late: Option<f64>,
    /// Mean mobility score in the early window.
    pub mobility_early: Option<f64>,
    /// Mean mobility score in the late window.
    pub mobility_late: Option<f64>,
    /// Mean sleep quality in the early window.
    pub sleep_quality_early: Option<f64>,
    /// Mean sleep quality in the late window.
    pub sleep_quality_late: Option<f64>,
    /// First day since the anchor marked "wearing off".
    pub wearing_off_first_day: Option<u32>,
}

/// The early and late windows of a cycle with `days` observed days.
///
/// Early is the first 14 days; late is the last 14 days before the next infusion, so an open cycle
/// has no late window. A closed cycle shorter than 28 days is split into halves instead, so the
/// windows never share a day.
pub(crate) fn windows(days: usize, closed: bool) -> (Range<usize>, Option<Range<usize>>) {
    if !closed {
        return (0..days.min(SIGNAL_WINDOW_DAYS), None);
    }
    let width = SIGNAL_WINDOW_DAYS.min(days / 2);
    (0..width, Some(days - width..days))
}

/// The supporting signals of one cycle from its daily entries (`None` where a day is not logged).
pub(crate) fn signals(days: &[Option<&Entry>], closed: bool, min_logged_per_week: u32) -> Signals {
    let (early, late) = windows(days.len(), closed);
    let early = days.get(early).unwrap_or_default();
    let late = late.and_then(|late| days.get(late));
    let mobility = |entry: &Entry| entry.mobility;
    let sleep_quality = |entry: &Entry| entry.sleep_quality;
    let pain = |entry: &Entry| Some(entry.pain);
    let worst_pain = |entry: &Entry| entry.worst_pain;
    Signals {
        pain_early: mean_score(early, pain, min_logged_per_week),
        pain_late: late.and_then(|late| mean_score(late, pain, min_logged_per_week)),
        worst_pain_early: mean_score(early, worst_pain, min_logged_per_week),
        worst_pain_late: late.and_then(|late| mean_score(late, worst_pain, min_logged_per_week)),
        high_pain_days_early: high_pain_days(early, min_logged_per_week),
        high_pain_days_late: late.and_then(|late| high_pain_days(late, min_logged_per_week)),
        rescue_per_week_early: rescue_per_week(early, min_logged_per_week),
        rescue_per_week_late: late.and_then(|late| rescue_per_week(late, min_logged_per_week)),
        mobility_early: mean_score(early, mobility, min_logged_per_week),
        mobility_late: late.and_then(|late| mean_score(late, mobility, min_logged_per_week)),
        sleep_quality_early: mean_score(early, sleep_quality, min_logged_per_week),
        sleep_quality_late: late
            .and_then(|late| mean_score(late, sleep_quality, min_logged_per_week)),
        wearing_off_first_day: first_wearing_off(days),
    }
}

/// Whether `logged` of `window` days meet the 4-of-7 rule scaled to the window.
fn enough(logged: usize, window: usize, min_logged_per_week: u32) -> bool {
    let window = u32::try_from(window).unwrap_or(u32::MAX);
    u32::try_from(logged).is_ok_and(|logged| logged >= required_logged(window, min_logged_per_week))
}

/// Rescue medication per week: the mean over the days that recorded it, times 7. A day that left
/// rescue doses unrecorded counts neither as a dose nor as a day without one.
fn rescue_per_week(window: &[Option<&Entry>], min_logged_per_week: u32) -> Option<f64> {
    let taken: Vec<f64> = window
        .iter()
        .flatten()
        .filter_map(|entry| entry.rescue_doses)
        .map(|doses| f64::from(doses.get()))
        .collect();
    if !enough(taken.len(), window.len(), min_logged_per_week) {
        return None;
    }
    mean(taken).map(|per_day| per_day * f64::from(DAYS_PER_WEEK))
}

/// The mean of an optional score over the days that recorded it.
fn mean_score(
    window: &[Option<&Entry>],
    field: impl Fn(&Entry) -> Option<Score>,
    min_logged_per_week: u32,
) -> Option<f64> {
    let values: Vec<f64> = window
        .iter()
        .flatten()
        .filter_map(|entry| field(entry))
        .map(|score| f64::from(score.get()))
        .collect();
    if !enough(values.len(), window.len(), min_logged_per_week) {
        return None;
    }
    mean(values)
}

/// Logged days with pain at [`HIGH_PAIN`] or more; `None` when the window is too sparsely logged
/// for a count to mean anything (the 4-of-7 rule, as for the means).
fn high_pain_days(window: &[Option<&Entry>], min_logged_per_week: u32) -> Option<u32> {
    let logged: Vec<&Entry> = window.iter().flatten().copied().collect();
    if !enough(logged.len(), window.len(), min_logged_per_week) {
        return None;
    }
    let high = logged
        .iter()
        .filter(|entry| entry.pain.get() >= HIGH_PAIN)
        .count();
    u32::try_from(high).ok()
}

/// The first day marked "wearing off".
fn first_wearing_off(days: &[Option<&Entry>]) -> Option<u32> {
    let day = days
        .iter()
        .position(|entry| entry.is_some_and(|entry| entry.wearing_off))?;
    u32::try_from(day).ok()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::{Duration, NaiveDate};

    use super::*;
    use crate::domain::RescueDoses;

    fn entry(day: i64, rescue: i64, mobility: Option<i64>, wearing_off: bool) -> Entry {
        let start = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        Entry {
            rescue_doses: Some(RescueDoses::new(rescue).unwrap()),
            mobility: mobility.map(|value| Score::new("mobility", value).unwrap()),
            wearing_off,
            ..Entry::new(start + Duration::days(day), Score::new("pain", 5).unwrap())
        }
    }

    #[test]
    fn windows_are_the_first_and_last_two_weeks_or_halves() {
        assert_eq!(windows(42, true), (0..14, Some(28..42)));
        assert_eq!(windows(21, true), (0..10, Some(11..21)));
        assert_eq!(windows(42, false), (0..14, None));
        assert_eq!(windows(5, false), (0..5, None));
        assert_eq!(windows(0, true), (0..0, Some(0..0)));
    }

    #[test]
    fn early_and_late_values_of_a_28_day_cycle() {
        // Early: 10 logged days, rescue on the even ones, mobility 7 on each.
        // Late: 8 logged days, rescue 2 each, mobility 4 on 8 days; wearing off from day 20.
        let mut entries = Vec::new();
        for day in 0..14 {
            if day % 7 < 5 {
                entries.push(entry(day, i64::from(day % 2 == 0), Some(7), false));
            }
        }
        for day in 14..28 {
            if day % 7 < 4 {
                entries.push(entry(day, 2, Some(4), day >= 20));
            }
        }
        let by_day: Vec<Option<&Entry>> = (0..28)
            .map(|day| {
                entries
                    .iter()
                    .find(|entry| (entry.date - entries[0].date).num_days() == day)
            })
            .collect();
        let signals = signals(&by_day, true, 4);
        // Days 0, 2, 4, 8 and 10 took one each: 5 over 10 logged days is 3.5 a week.
        assert_eq!(signals.rescue_per_week_early, Some(3.5));
        assert_eq!(signals.rescue_per_week_late, Some(14.0));
        assert_eq!(signals.mobility_early, Some(7.0));
        assert_eq!(signals.mobility_late, Some(4.0));
        assert_eq!(signals.sleep_quality_early, None); // never recorded
        assert_eq!(signals.wearing_off_first_day, Some(21)); // day 20 is not logged, 21 is
    }

    #[test]
    fn pain_worst_pain_and_high_pain_days_early_and_late() {
        // A 28-day cycle, every day logged. Early (days 0-13): pain 3, worst pain 5 on the 7 even
        // days only. Late (days 14-27): pain 6 on days 14-20 and 8 on days 21-27, worst pain 9
        // every day. By hand: pain early 3.0, late (7*6 + 7*8)/14 = 7.0; worst pain early is
        // recorded on 7 of 14 days, below the 8 the 4-of-7 rule asks for, so none; worst late
        // 9.0; high-pain days early 0, late 7 (the days at 8).
        let start = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let entries: Vec<Entry> = (0..28)
            .map(|day| {
                let (pain, worst) = match day {
                    0..14 => (3, (day % 2 == 0).then_some(5)),
                    14..21 => (6, Some(9)),
                    _ => (8, Some(9)),
                };
                Entry {
                    worst_pain: worst.map(|worst| Score::new("worst pain", worst).unwrap()),
                    ..Entry::new(
                        start + Duration::days(day),
                        Score::new("pain", pain).unwrap(),
                    )
                }
            })
            .collect();
        let by_day: Vec<Option<&Entry>> = entries.iter().map(Some).collect();
        let signals = signals(&by_day, true, 4);
        assert_eq!(signals.pain_early, Some(3.0));
        assert_eq!(signals.pain_late, Some(7.0));
        assert_eq!(signals.worst_pain_early, None);
        assert_eq!(signals.worst_pain_late, Some(9.0));
        assert_eq!(signals.high_pain_days_early, Some(0));
        assert_eq!(signals.high_pain_days_late, Some(7));
        // An open cycle has no late window.
        let open = super::signals(&by_day[..20], false, 4);
        assert_eq!((open.pain_late, open.high_pain_days_late), (None, None));
    }

    #[test]
    fn rescue_counts_only_the_days_that_recorded_it() {
        // All 14 early days logged; days 0 to 7 took 1 dose each, days 8 to 13 left it unrecorded.
        // 8 doses over 8 recorded days is 7 a week (counting the others as 0 would give 4).
        let mut entries: Vec<Entry> = (0..14).map(|day| entry(day, 1, None, false)).collect();
        for entry in &mut entries[8..] {
            entry.rescue_doses = None;
        }
        let by_day: Vec<Option<&Entry>> = entries.iter().map(Some).collect();
        assert_eq!(signals(&by_day, false, 4).rescue_per_week_early, Some(7.0));
        // With day 7 unrecorded too, 7 recorded days are below the 8 of 14 needed.
        entries[7].rescue_doses = None;
        let by_day: Vec<Option<&Entry>> = entries.iter().map(Some).collect();
        assert_eq!(signals(&by_day, false, 4).rescue_per_week_early, None);
    }

    #[test]
    fn too_few_logged_days_give_no_value() {
        // 7 logged days out of 14 is below the 8 the 4-of-7 rule asks for.
        let entries: Vec<Entry> = (0..7)
            .map(|day| entry(day * 2, 1, Some(5), false))
            .collect();
        let mut by_day: Vec<Option<&Entry>> = vec![None; 28];
        for (position, entry) in entries.iter().enumerate() {
            by_day[position * 2] = Some(entry);
        }
        let signals = signals(&by_day, true, 4);
        assert_eq!(signals.rescue_per_week_early, None);
        assert_eq!(signals.mobility_early, None);
        assert_eq!(signals.rescue_per_week_late, None);
        assert_eq!(signals.wearing_off_first_day, None);
    }
}
