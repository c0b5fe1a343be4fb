//! Relief and its summaries within one cycle: relief series, onset, peak and nadir, loss of relief
//! with persistence and censoring, days at or above a threshold, and the area under the curve.
//!
//! Every function takes the cycle's daily relief in percent (`None` where the smoothed pain is
//! unknown), indexed by day since the anchor infusion.

use serde::Serialize;

use super::SMOOTHING_WINDOW_DAYS;
use super::stats::weighted_line;

/// Relief in percent: how far smoothed pain is below the baseline, as a share of the baseline.
/// Negative when pain is above the baseline.
pub(crate) fn relief_pct(baseline_pain: f64, smoothed_pain: f64) -> f64 {
    100.0 * (baseline_pain - smoothed_pain) / baseline_pain
}

/// The most relief in a cycle and the day it came (the nadir of pain).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Peak {
    /// Relief on that day, in percent.
    pub relief_pct: f64,
    /// Day since the anchor; the first such day when several tie.
    pub day: u32,
}

/// How relief at one threshold ended in a cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Loss {
    /// Relief reached the threshold and fell below it from this day on.
    Lost(u32),
    /// Relief still held when the next infusion came (or the data ended): it outlasted the
    /// interval, which is not the same as never ending.
    Censored,
    /// Relief never reached the threshold.
    NotReached,
}

impl Loss {
    /// The loss day, if relief was lost.
    pub fn day(self) -> Option<u32> {
        match self {
            Self::Lost(day) => Some(day),
            Self::Censored | Self::NotReached => None,
        }
    }
}

/// Known days as `(day, relief)` pairs.
fn known(relief: &[Option<f64>]) -> impl Iterator<Item = (u32, f64)> + '_ {
    relief
        .iter()
        .enumerate()
        .filter_map(|(day, value)| Some((u32::try_from(day).ok()?, (*value)?)))
}

/// The peak of relief; `None` when no day is known.
pub(crate) fn peak(relief: &[Option<f64>]) -> Option<Peak> {
    known(relief).fold(None, |best: Option<Peak>, (day, relief_pct)| match best {
        Some(best) if best.relief_pct >= relief_pct => Some(best),
        _ => Some(Peak { relief_pct, day }),
    })
}

/// The first day relief is at or above `threshold`.
pub(crate) fn onset_day(relief: &[Option<f64>], threshold: f64) -> Option<u32> {
    known(relief)
        .find(|&(_, value)| value >= threshold)
        .map(|(day, _)| day)
}

/// Once relief has fallen below a threshold, it holds again only when it comes back this many
/// percentage points above it: a 7-day mean that wavers a point or two around the threshold is
/// noise, not relief returning (hysteresis, as in any threshold detector on a noisy signal).
pub const LOSS_HYSTERESIS_PCT: f64 = 5.0;

/// A stretch below the threshold after which relief comes back and holds, at or above the
/// threshold, for at least this many times `persistence_days` (two weeks with the defaults) was a
/// dip, not the end of relief: relief lost is lost for good. Twice the stretch a loss needs, so
/// that a week of noisy 7-day values back above the threshold cannot undo a loss that a fade
/// really made, while a plateau of relief a little above the threshold, which a bad week or an
/// untreated mean that happens to be low can push below it for a week, keeps its relief.
pub const RETURN_HOLD_FACTOR: u32 = 2;

/// What the loss of relief is judged with besides the cycle's 7-day relief (see [`loss`]). Every
/// series is indexed by day since the anchor, in percent of the baseline.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LossEvidence<'a> {
    /// 7-day relief against the upper end of the baseline's uncertainty (see
    /// [`super::Baseline::upper_pain`]; the 7-day relief itself when the baseline has none).
    pub relief_at_upper: &'a [Option<f64>],
    /// Each logged day's own relief, from its pain alone, against the upper end of the
    /// baseline's uncertainty.
    pub daily_at_upper: &'a [Option<f64>],
    /// Each logged day's own relief against the baseline itself.
    pub daily: &'a [Option<f64>],
    /// The standard deviation of one day's relief: the journal's day-to-day spread of pain in
    /// percent of the baseline.
    pub day_sd_pct: f64,
    /// Days below the threshold that make a loss (`persistence_days`).
    pub persistence_days: u32,
    /// The day since the anchor of the journal's first entry, when the journal begins after the
    /// anchor (a journal started mid-cycle); `None` when it begins on or before it. A cycle whose
    /// 7-day values begin late has [`NotMeasurable::EntriesBeganLate`] as its reason only when
    /// this is more than [`ENTRIES_BEGAN_LATE_AFTER_DAYS`].
    pub entries_began_on: Option<u32>,
}

impl LossEvidence<'_> {
    /// The days logged among `days`, each as `(day, relief against the baseline, relief against
    /// the upper end of its uncertainty)`.
    fn logged(&self, days: std::ops::Range<u32>) -> Vec<(u32, f64, f64)> {
        days.filter_map(|day| {
            let index = usize::try_from(day).ok()?;
            Some((
                day,
                (*self.daily.get(index)?)?,
                (*self.daily_at_upper.get(index)?)?,
            ))
        })
        .collect()
    }
}

/// A journal whose first entry comes more than this many days after a cycle's infusion began too
/// late to show relief that came and went (relief begins within a day or two of an infusion).
pub const ENTRIES_BEGAN_LATE_AFTER_DAYS: u32 = 1;

/// The days within which relief fell below a threshold when the days around the crossing have no
/// 7-day value (too few entries for one): the day after the last day relief was known at or above
/// it, and the first day it was known below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LossWindow {
    /// The first day the crossing may have come (day since the anchor).
    pub from: u32,
    /// The last day it may have come.
    pub to: u32,
}

/// A crossing bracketed by days without a 7-day value is given as a [`LossWindow`] when the
/// bracket spans more than this many days: a 7-day mean already places a crossing only to within
/// half its window, 3 days either side.
pub const WINDOW_MIN_DAYS: u32 = 3;

/// Why the loss of relief at a threshold cannot be measured in a cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotMeasurable {
    /// No day of the cycle has a 7-day value: fewer than `min_logged_per_week` days logged in
    /// every week of it; or relief was never seen at the threshold, and the days after the
    /// infusion had too few entries for a 7-day value and do not clearly show relief reached and
    /// lost either (docs/ANALYSIS.md section 4): relief may have come and gone within them.
    TooFewDaysLogged,
    /// Relief was never seen at the threshold, but the first 7-day value comes more than
    /// [`SMOOTHING_WINDOW_DAYS`] after the infusion because the journal's entries begin more than
    /// [`ENTRIES_BEGAN_LATE_AFTER_DAYS`] after it (a journal started mid-cycle): relief may have
    /// come and gone before the entries began.
    EntriesBeganLate,
}

/// How relief at `threshold` ended, and the window within which it fell below the threshold when
/// days without a value hide the crossing; or why it cannot be measured ([`NotMeasurable`]).
///
/// Relief is lost on the first day after onset, below the threshold, from which relief does not
/// hold again for `persistence_days` (days without a value neither confirm nor break the run), and
/// after which it does not come back for good ([`RETURN_HOLD_FACTOR`]), or
/// until the end of the cycle if that comes sooner, as long as that last stretch spans at least
/// half the `persistence_days` (rounded up) to the end of the cycle: a dip in the last day or two
/// before the next infusion, measured by a 7-day mean cut short by the cycle's end, is too brief
/// to tell from noise. Relief holds again on a day at least [`LOSS_HYSTERESIS_PCT`] above the
/// threshold, or on the last known day at the threshold or above. If relief still holds at the
/// end, the cycle is censored.
///
/// Relief counts as lost only when it is lost against the upper end of the baseline's uncertainty
/// too (`evidence.relief_at_upper`), so a baseline that happens to be low cannot make relief look
/// lost; the loss day is then the first day of that same stretch below the threshold against the
/// baseline itself, placed where relief crossed the threshold ([`crossing_day`]). Otherwise the
/// cycle is as found against the upper end: censored. Relief that no 7-day value shows at the
/// threshold against the baseline itself was not reached, whatever the upper end says, unless
/// the days logged before the 7-day values begin show it reached and then lost (see
/// [`lost_before_means_begin`]); when they do not, and the first 7-day value comes more than
/// [`SMOOTHING_WINDOW_DAYS`] after the infusion, the loss is not measurable (relief may have come
/// and gone before it).
///
/// Where the 7-day values give out after the last day relief was known at or above the threshold
/// (entries grew too sparse for a 7-day mean), the days logged in the cycle's last
/// `persistence_days` still count: see [`lost_where_means_give_out`].
pub(crate) fn loss(
    relief: &[Option<f64>],
    evidence: LossEvidence<'_>,
    threshold: f64,
) -> Result<(Loss, Option<LossWindow>), NotMeasurable> {
    let persistence_days = evidence.persistence_days;
    let peak = peak(relief).ok_or(NotMeasurable::TooFewDaysLogged)?;
    let Some(onset) = onset_day(relief, threshold) else {
        let first_value = relief
            .iter()
            .position(Option::is_some)
            .and_then(|day| u32::try_from(day).ok())
            .ok_or(NotMeasurable::TooFewDaysLogged)?;
        if let Some((day, window)) =
            lost_before_means_begin(relief, evidence, threshold, first_value)
        {
            return Ok((Loss::Lost(day), window));
        }
        if usize::try_from(first_value).is_ok_and(|day| day <= SMOOTHING_WINDOW_DAYS) {
            return Ok((Loss::NotReached, None));
        }
        return Err(
            if evidence
                .entries_began_on
                .is_some_and(|day| day > ENTRIES_BEGAN_LATE_AFTER_DAYS)
            {
                NotMeasurable::EntriesBeganLate
            } else {
                NotMeasurable::TooFewDaysLogged
            },
        );
    };
    let days: Vec<(u32, f64)> = known(relief).collect();
    let found_at_upper = first_day_lost(evidence.relief_at_upper, threshold, persistence_days)
        .ok_or(NotMeasurable::TooFewDaysLogged)?;
    let at_upper = match found_at_upper {
        // Lost against the upper end before relief even reached the threshold against the
        // baseline (an odd shape): judge the cycle against the baseline alone.
        Loss::Lost(day) if day <= onset => first_day_lost(relief, threshold, persistence_days)
            .ok_or(NotMeasurable::TooFewDaysLogged)?,
        Loss::NotReached => Loss::Censored,
        found => found,
    };
    let Loss::Lost(upper_day) = at_upper else {
        return Ok(
            lost_where_means_give_out(relief, evidence, threshold, onset)
                .map_or((at_upper, None), |(day, window)| {
                    (Loss::Lost(day), Some(window))
                }),
        );
    };
    let first_below = days
        .iter()
        .rev()
        .skip_while(|(day, _)| *day > upper_day)
        .take_while(|(day, value)| *day > onset && *value < threshold + LOSS_HYSTERESIS_PCT)
        .filter(|(_, value)| *value < threshold)
        .last()
        .map_or(upper_day, |(day, _)| *day);
    let (day, window) = crossing_day(&days, peak.day, first_below, threshold, persistence_days);
    Ok((Loss::Lost(day), window))
}

/// How relief ended against one baseline, as [`loss`] describes, with the first day of the
/// stretch below the threshold as the loss day (before it is placed at the crossing); `None` when
/// no day is known.
fn first_day_lost(relief: &[Option<f64>], threshold: f64, persistence_days: u32) -> Option<Loss> {
    peak(relief)?;
    let Some(onset) = onset_day(relief, threshold) else {
        return Some(Loss::NotReached);
    };
    let days: Vec<(u32, f64)> = known(relief).collect();
    // Walking backwards, remember the nearest later day on which relief holds again: back at
    // least LOSS_HYSTERESIS_PCT above the threshold, or at the threshold on the last known day.
    let mut next_holding: Option<u32> = days
        .last()
        .filter(|(_, value)| *value >= threshold)
        .map(|(day, _)| *day);
    // A stretch cut short by the end of the cycle must span this many days up to that end. Days
    // without a value at the very end count: a 7-day mean cut short by the cycle's end often has
    // too few logged days for a value on its last days, though those days were logged.
    let end = u32::try_from(relief.len()).unwrap_or(u32::MAX);
    let end_run_days = persistence_days.div_ceil(2);
    let return_days = RETURN_HOLD_FACTOR * persistence_days;
    // The last day of the run of days at or above the threshold that the current day begins, and
    // whether relief, from `next_holding` on, comes back for good (see RETURN_HOLD_FACTOR).
    let mut run_last: Option<u32> = None;
    let mut comes_back = false;
    let mut lost = None;
    for &(day, value) in days.iter().rev() {
        if day <= onset {
            break;
        }
        run_last = if value >= threshold {
            run_last.or(Some(day))
        } else {
            None
        };
        if value >= threshold + LOSS_HYSTERESIS_PCT {
            next_holding = Some(day);
            comes_back = run_last.is_some_and(|last| last - day + 1 >= return_days);
        } else if value < threshold
            && next_holding.map_or(end - day >= end_run_days, |holding| {
                holding - day >= persistence_days && !comes_back
            })
        {
            lost = Some(day);
        }
    }
    Some(lost.map_or(Loss::Censored, Loss::Lost))
}

/// Relief lost where the 7-day values give out: after the last day relief was known at or above
/// the threshold (after onset), no 7-day value is known at or above it again, and the days logged
/// in the cycle's last `persistence_days` (after that day) are below the threshold on average by
/// more than one standard error of their mean (the day-to-day spread over the root of their
/// number), against the upper end of the baseline's uncertainty. Entries that grow sparse towards
/// the next infusion leave too few days for a 7-day mean, but the days logged still show relief
/// gone: without this, such a cycle read as relief lasting to the next infusion.
///
/// The loss day is where the straight line from that last day at or above the threshold to the
/// mean of those last logged days (at their mean day) meets the threshold; the window runs from
/// the day after the last day at or above to the last day logged. `None` otherwise, or when the
/// loss day falls within half the `persistence_days` (rounded up) of the cycle's end: too brief.
fn lost_where_means_give_out(
    relief: &[Option<f64>],
    evidence: LossEvidence<'_>,
    threshold: f64,
    onset: u32,
) -> Option<(u32, LossWindow)> {
    let (held_day, held) = known(relief)
        .filter(|(day, value)| *day >= onset && *value >= threshold)
        .last()?;
    let end = u32::try_from(relief.len()).ok()?;
    let tail_from = end
        .saturating_sub(evidence.persistence_days)
        .max(held_day + 1);
    let tail = evidence.logged(tail_from..end);
    let count = tail.len() as f64;
    let mean_at_upper = super::stats::mean(tail.iter().map(|(_, _, upper)| *upper))?;
    if mean_at_upper + evidence.day_sd_pct / count.sqrt() >= threshold {
        return None;
    }
    let mean = super::stats::mean(tail.iter().map(|(_, value, _)| *value))?;
    let centre = super::stats::mean(tail.iter().map(|(day, _, _)| f64::from(*day)))?;
    let last_logged = tail.last().map(|(day, _, _)| *day)?;
    let crossing = if held > mean {
        f64::from(held_day) + (held - threshold) / (held - mean) * (centre - f64::from(held_day))
    } else {
        f64::from(held_day)
    };
    let day = day_after(crossing).clamp(held_day + 1, last_logged.max(held_day + 1));
    (end - day >= evidence.persistence_days.div_ceil(2)).then_some((
        day,
        LossWindow {
            from: held_day + 1,
            to: last_logged,
        },
    ))
}

/// Relief reached and lost before the 7-day values show it: no 7-day value of the cycle reaches
/// the threshold, against the baseline or against the upper end of its uncertainty, yet the
/// logged days say relief was clearly there and then clearly gone:
///
/// - the days logged after the infusion and before the first 7-day value's week (days 1 to
///   `first_value` less half the smoothing window: days no 7-day value covers), at least 2, are
///   above the threshold on average by more than one standard error of their mean (the
///   day-to-day spread over the root of their number), against the baseline itself;
/// - the days logged from `first_value` to the cycle's end are below the threshold on average by
///   more than one standard error, against the upper end of the baseline's uncertainty;
/// - and the days logged after the last 7-day value's week, if any, are not above the threshold
///   by more than one standard error against the baseline: a sparse journal whose only 7-day
///   values fall on a bad week has not lost relief its later entries show back.
///
/// A patient who rests for days after an infusion and logs only a few of them still logged the
/// relief those days brought; without this, the cycle read as "not measurable".
///
/// The loss day is where the straight line from the mean of those early days (at their mean day)
/// to the first 7-day value meets the threshold; the window (when it spans more than
/// [`WINDOW_MIN_DAYS`]) runs from the day after the last early day at or above the threshold to
/// `first_value`. `None` otherwise, or when fewer than half the `persistence_days` (rounded up)
/// lie between `first_value` and the cycle's end: too brief to tell from noise.
fn lost_before_means_begin(
    relief: &[Option<f64>],
    evidence: LossEvidence<'_>,
    threshold: f64,
    first_value: u32,
) -> Option<(u32, Option<LossWindow>)> {
    let end = u32::try_from(relief.len()).ok()?;
    if end.saturating_sub(first_value) < evidence.persistence_days.div_ceil(2)
        || onset_day(evidence.relief_at_upper, threshold).is_some()
    {
        return None;
    }
    let below = (*relief.get(usize::try_from(first_value).ok()?)?)?;
    let standard_error = |count: usize| evidence.day_sd_pct / (count as f64).sqrt();
    let mean_of = |days: &[(u32, f64, f64)], against_upper: bool| {
        super::stats::mean(days.iter().map(
            |(_, value, upper)| {
                if against_upper { *upper } else { *value }
            },
        ))
    };
    // Days no 7-day value covers: before the first one's week, and after the last one's.
    let half_window = u32::try_from(SMOOTHING_WINDOW_DAYS / 2).ok()?;
    let last_value = known(relief).last().map(|(day, _)| day)?;
    let early = evidence.logged(1..first_value.saturating_sub(half_window));
    let later = evidence.logged(first_value..end);
    let after_means = evidence.logged(last_value + half_window + 1..end);
    if early.len() < 2 || later.is_empty() {
        return None;
    }
    let mean = mean_of(&early, false)?;
    let clearly_there = mean - standard_error(early.len()) > threshold;
    let clearly_gone = mean_of(&later, true)? + standard_error(later.len()) < threshold;
    let back_after_means = mean_of(&after_means, false)
        .is_some_and(|after| after - standard_error(after_means.len()) > threshold);
    if !clearly_there || !clearly_gone || back_after_means {
        return None;
    }
    let centre = super::stats::mean(early.iter().map(|(day, _, _)| f64::from(*day)))?;
    let held_day = early
        .iter()
        .rev()
        .find(|(_, value, _)| *value >= threshold)
        .map(|(day, _, _)| *day)?;
    let crossing = if mean > below {
        centre + (mean - threshold) / (mean - below) * (f64::from(first_value) - centre)
    } else {
        f64::from(first_value)
    };
    let day = day_after(crossing).clamp(held_day + 1, first_value);
    let window = (first_value - held_day > WINDOW_MIN_DAYS).then_some(LossWindow {
        from: held_day + 1,
        to: first_value,
    });
    Some((day, window))
}

/// The day relief crossed `threshold`, given `below`, the first day of a stretch known below it,
/// and the window within which it crossed when days without a value hide the crossing.
///
/// - After days without a value, the crossing lies somewhere in that gap: it is placed where the
///   straight line between the last day known at or above the threshold and `below` meets the
///   threshold. A gap spanning more than [`WINDOW_MIN_DAYS`] gives the window too.
/// - Otherwise a 7-day mean still wavers by a few points from day to day, so one noisy day can
///   put `below` early: the crossing is placed where a least-squares line through the known days
///   around `below` (after the peak, see [`fitted_crossing`]) meets the threshold, never before
///   the day after the last day known at or above it.
///
/// The line can only move the day later (by at most `persistence_days`): a day known at or above
/// the threshold just before `below` rules out an earlier crossing. The result is the first whole
/// day after the crossing; `below` itself when neither applies (relief not declining there, fewer
/// than 4 days to fit, or the day before the gap already below the threshold).
fn crossing_day(
    days: &[(u32, f64)],
    peak_day: u32,
    below: u32,
    threshold: f64,
    persistence_days: u32,
) -> (u32, Option<LossWindow>) {
    let Some(position) = days.iter().position(|(day, _)| *day == below) else {
        return (below, None);
    };
    let Some(&(before, before_value)) = position.checked_sub(1).and_then(|index| days.get(index))
    else {
        return (below, None);
    };
    let below_value = days[position].1;
    if below - before <= 1 {
        let day = fitted_crossing(days, peak_day, below, threshold, persistence_days);
        return (day.unwrap_or(below), None);
    }
    let window = (below - before > WINDOW_MIN_DAYS).then_some(LossWindow {
        from: before + 1,
        to: below,
    });
    if before_value < threshold || before_value <= below_value {
        return (below, window);
    }
    let share = (before_value - threshold) / (before_value - below_value);
    let crossing = f64::from(before) + share * f64::from(below - before);
    (day_after(crossing).clamp(before + 1, below), window)
}

/// Where a least-squares line through the known days around `below`, after the peak of relief,
/// meets `threshold`; `None` when fewer than 4 days are known there or the line is not declining.
/// Never before the day after the last day known at or above the threshold, nor later than the
/// window's last day or the last known day.
///
/// The line spans, either side of `below`, the days relief takes to cross the band from
/// [`LOSS_HYSTERESIS_PCT`] above the threshold to as far below it (35% to 25% with the defaults),
/// in whole days, as fast as the steeper of a line through the 3 days either side and one through
/// the `persistence_days` either side shows it falling: at least 3 days (half the smoothing
/// window) and at most `persistence_days`. A steep drop keeps the
/// week around its first day below; over a slow fade (relief taking two or three weeks to pass
/// from 35% to 25%) a 7-day mean wavers across the threshold for days, and a line through a
/// single week around its first dip placed the loss days early.
fn fitted_crossing(
    days: &[(u32, f64)],
    peak_day: u32,
    below: u32,
    threshold: f64,
    persistence_days: u32,
) -> Option<u32> {
    let line_within = |half_width: u32| -> Option<(f64, f64, u32, u32)> {
        let from = below.saturating_sub(half_width).max(peak_day + 1);
        let to = below.saturating_add(half_width);
        let points: Vec<(f64, f64, f64)> = days
            .iter()
            .filter(|(day, _)| (from..=to).contains(day))
            .map(|&(day, value)| (f64::from(day), value, 1.0))
            .collect();
        if points.len() < 4 {
            return None;
        }
        let (intercept, slope) = weighted_line(&points)?;
        Some((intercept, slope, from, to))
    };
    let shortest = u32::try_from(SMOOTHING_WINDOW_DAYS / 2).unwrap_or(u32::MAX);
    let longest = persistence_days.max(shortest);
    // How fast relief passes the threshold: the steeper of the shortest and the widest line, so
    // a sudden drop (steep over a few days, shallow over two weeks of plateaus around it) keeps
    // the shortest. The whole days it takes to cross the band from LOSS_HYSTERESIS_PCT above the
    // threshold to as far below it set the half-width.
    let steepest = [line_within(shortest), line_within(longest)]
        .into_iter()
        .flatten()
        .map(|(_, slope, _, _)| slope)
        .filter(|slope| *slope < 0.0)
        .reduce(f64::min);
    let half_width = steepest.map_or(shortest, |slope| {
        let days = (2.0 * LOSS_HYSTERESIS_PCT / -slope).floor();
        if days >= f64::from(longest) {
            longest
        } else {
            (days as u32).clamp(shortest, longest)
        }
    });
    let (intercept, slope, from, to) = line_within(half_width)?;
    if slope >= 0.0 {
        return None;
    }
    let crossing = (threshold - intercept) / slope;
    let earliest = days
        .iter()
        .filter(|(day, value)| *day < below && *day >= from && *value >= threshold)
        .map(|(day, _)| day + 1)
        .max()
        .unwrap_or(from);
    // Never past the cycle's last known day: a shallow line can meet the threshold after it.
    let latest = days
        .last()
        .map_or(to, |(day, _)| to.min(*day))
        .max(earliest);
    Some(day_after(crossing).clamp(earliest, latest))
}

/// The first whole day after a crossing at fractional day `day`: on day `day` itself relief is
/// at the threshold, which still counts as held (0 for anything below 0).
fn day_after(day: f64) -> u32 {
    let next = day.floor() + 1.0;
    if next <= 0.0 {
        0
    } else if next >= f64::from(u32::MAX) {
        u32::MAX
    } else {
        next as u32
    }
}

/// Relief left when the next infusion came: the mean over the known 7-day values among the
/// cycle's last `persistence_days` (a week by default, the span a 7-day mean averages over
/// anyway), or, when none is known there, over the days logged there (at least
/// [`MIN_DAYS_LOGGED_AT_NEXT`]): a patient who logs less once relief is good still logged it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReliefAtNext {
    /// Mean relief against the baseline, in percent.
    pub relief_pct: f64,
    /// The same against the lower end of the baseline's uncertainty
    /// ([`super::Baseline::lower_pain`]): relief as small as the baseline allows.
    pub relief_at_lower_pct: f64,
    /// Whether it comes from the days logged in the last week rather than 7-day values: then
    /// both figures are taken at the lower end of what those few days allow (their mean pain plus
    /// one standard error), and a figure below the threshold says only that they do not clearly
    /// show relief held, not that it was gone.
    pub from_days_logged: bool,
}

/// Relief left at the end of a completed cycle whose 7-day smoothed pain is `smoothed` and logged
/// pain `pain` (both by day since the anchor; their length is the cycle's), against
/// `baseline_pain` and against `baseline_pain - lower_margin`: the mean smoothed pain over the
/// cycle's last `persistence_days`; when none is known there (fewer days logged around them than
/// a 7-day mean needs), the mean pain of the days logged there, if at least
/// [`MIN_DAYS_LOGGED_AT_NEXT`], plus one standard error of that mean (`day_sd`, the journal's
/// day-to-day spread of pain in points, over the root of their number). `None` otherwise
/// (entries stopped before the last week).
pub(crate) fn relief_at_next_infusion(
    smoothed: &[Option<f64>],
    pain: &[Option<f64>],
    day_sd: f64,
    baseline_pain: f64,
    lower_margin: f64,
    persistence_days: u32,
) -> Option<ReliefAtNext> {
    let last = usize::try_from(persistence_days).unwrap_or(usize::MAX);
    let late = |values: &[Option<f64>]| -> Vec<f64> {
        values
            .iter()
            .skip(values.len().saturating_sub(last))
            .flatten()
            .copied()
            .collect()
    };
    let (pain, from_days_logged) = match super::stats::mean(late(smoothed)) {
        Some(pain) => (pain, false),
        None => {
            let logged = late(pain);
            if logged.len() < MIN_DAYS_LOGGED_AT_NEXT {
                return None;
            }
            let mean = super::stats::mean(logged.iter().copied())?;
            (mean + day_sd / (logged.len() as f64).sqrt(), true)
        }
    };
    let lower = (baseline_pain - lower_margin).max(super::MIN_BASELINE_PAIN);
    Some(ReliefAtNext {
        relief_pct: relief_pct(baseline_pain, pain),
        relief_at_lower_pct: relief_pct(lower, pain),
        from_days_logged,
    })
}

/// The fewest days logged in a cycle's last `persistence_days` whose mean pain stands for the
/// relief left at the next infusion when no 7-day value is known there.
pub const MIN_DAYS_LOGGED_AT_NEXT: usize = 2;

/// Known days with relief at or above `threshold`.
pub(crate) fn days_at_or_above(relief: &[Option<f64>], threshold: f64) -> u32 {
    let count = known(relief)
        .filter(|&(_, value)| value >= threshold)
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// Area under the relief curve in percent-days: the sum of each known day's relief, with days
/// worse than baseline counting as zero. Days without a value add nothing.
pub(crate) fn area_pct_days(relief: &[Option<f64>]) -> f64 {
    known(relief).map(|(_, value)| value.max(0.0)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`loss`] with `relief_at_upper` as the upper end, the plain 5-point holding margin and no
    /// daily values, as the loss itself or `None` when not measurable.
    fn loss_with(
        relief: &[Option<f64>],
        relief_at_upper: &[Option<f64>],
        threshold: f64,
        persistence_days: u32,
    ) -> Option<Loss> {
        let evidence = LossEvidence {
            relief_at_upper,
            daily_at_upper: &[],
            daily: &[],
            day_sd_pct: 0.0,
            persistence_days,
            entries_began_on: None,
        };
        loss(relief, evidence, threshold).ok().map(|(loss, _)| loss)
    }

    /// A short cycle to check on paper: relief climbs to 60%, holds, then fades.
    const CYCLE: [Option<f64>; 14] = [
        Some(10.0),
        Some(40.0),
        Some(60.0),
        Some(55.0),
        None,
        Some(45.0),
        Some(28.0),
        Some(33.0),
        Some(25.0),
        None,
        Some(20.0),
        Some(10.0),
        Some(-5.0),
        Some(0.0),
    ];

    #[test]
    fn relief_left_at_the_next_infusion_is_the_last_weeks_mean() {
        // A 10-day cycle: smoothed pain 2 on days 0 to 2, 4 on days 3 to 6, 6 on days 7 to 9, and
        // day 5 unknown. The last 7 days (3 to 9) hold 3 known 4s and 3 6s: mean 5, relief
        // (8 - 5) / 8 = 37.5%, and against a baseline half a point lower (7.5 - 5) / 7.5 = 33.3%.
        let mut smoothed = [Some(2.0); 10];
        for (day, value) in smoothed.iter_mut().enumerate().skip(3) {
            *value = Some(if day < 7 { 4.0 } else { 6.0 });
        }
        smoothed[5] = None;
        let left = relief_at_next_infusion(&smoothed, &[], 0.0, 8.0, 0.5, 7).unwrap();
        assert_eq!(left.relief_pct, 37.5);
        assert!((left.relief_at_lower_pct - 100.0 / 3.0).abs() < 1e-9);
        // Nothing known in the last week (entries stopped): nothing to say.
        let stopped = [
            Some(2.0),
            Some(2.0),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ];
        assert_eq!(
            relief_at_next_infusion(&stopped, &[], 0.0, 8.0, 0.5, 7),
            None
        );
        // No 7-day value in the last week, but pain 3 and 5 logged on days 4 and 8, with a
        // day-to-day spread of 2^0.5 points: their mean, 4, plus one standard error,
        // 2^0.5 / 2^0.5 = 1, is 5: (8 - 5) / 8 = 37.5%, and (7.5 - 5) / 7.5 = 33.3%. One day alone
        // says nothing.
        let mut logged = [None; 9];
        logged[0] = Some(2.0);
        logged[4] = Some(3.0);
        logged[8] = Some(5.0);
        let sd = 2.0_f64.sqrt();
        let left = relief_at_next_infusion(&stopped, &logged, sd, 8.0, 0.5, 7).unwrap();
        assert!((left.relief_pct - 37.5).abs() < 1e-9, "{left:?}");
        assert!((left.relief_at_lower_pct - 100.0 / 3.0).abs() < 1e-9);
        assert!(left.from_days_logged);
        logged[4] = None;
        assert_eq!(
            relief_at_next_infusion(&stopped, &logged, sd, 8.0, 0.5, 7),
            None
        );
    }

    #[test]
    fn relief_is_the_share_of_baseline_pain_gone() {
        assert_eq!(relief_pct(8.0, 4.0), 50.0);
        assert_eq!(relief_pct(8.0, 10.0), -25.0);
    }

    #[test]
    fn onset_peak_and_nadir() {
        assert_eq!(onset_day(&CYCLE, 30.0), Some(1));
        assert_eq!(onset_day(&CYCLE, 50.0), Some(2));
        assert_eq!(onset_day(&CYCLE, 70.0), None);
        assert_eq!(
            peak(&CYCLE),
            Some(Peak {
                relief_pct: 60.0,
                day: 2
            })
        );
        assert_eq!(peak(&[None, None]), None);
    }

    #[test]
    fn loss_needs_relief_to_stay_below_for_the_persistence_days() {
        // Day 6 dips to 28% and day 7 comes back only to 33%, less than 5 points above 30%:
        // noise, not relief returning, so relief is lost from day 6.
        assert_eq!(first_day_lost(&CYCLE, 30.0, 7), Some(Loss::Lost(6)));
        // Had day 7 come back to 35%, the dip on day 6 would not count and the loss is day 8.
        let mut back = CYCLE;
        back[7] = Some(35.0);
        assert_eq!(first_day_lost(&back, 30.0, 7), Some(Loss::Lost(8)));
        // At 50%: below from day 5 on.
        assert_eq!(first_day_lost(&CYCLE, 50.0, 7), Some(Loss::Lost(5)));
        // With a persistence of 1 day, the dip on day 6 counts.
        assert_eq!(first_day_lost(&CYCLE, 30.0, 1), Some(Loss::Lost(6)));
        // A cut-off cycle: relief holds (33%) on its last known day, so it is censored.
        assert_eq!(first_day_lost(&CYCLE[..8], 30.0, 7), Some(Loss::Censored));
        // Below for fewer than the persistence days, but the cycle ends: lost from day 6, as the
        // stretch spans 4 days to the end of the cycle (6 to 9; day 9 has no value, as a 7-day
        // mean cut short by the cycle's end often has not), half the persistence days rounded up.
        assert_eq!(first_day_lost(&CYCLE[..10], 30.0, 7), Some(Loss::Lost(6)));
        // Below only on the last 2 days before the next infusion: too brief, censored.
        let late_dip = [Some(40.0), Some(40.0), Some(40.0), Some(25.0), Some(25.0)];
        assert_eq!(first_day_lost(&late_dip, 30.0, 7), Some(Loss::Censored));
        let late_week = [
            Some(40.0),
            Some(40.0),
            Some(25.0),
            Some(25.0),
            Some(25.0),
            Some(25.0),
        ];
        assert_eq!(first_day_lost(&late_week, 30.0, 7), Some(Loss::Lost(2)));
        assert_eq!(first_day_lost(&CYCLE, 70.0, 7), Some(Loss::NotReached));
        assert_eq!(first_day_lost(&[None, None], 30.0, 7), None);
        assert_eq!(Loss::Lost(8).day(), Some(8));
        assert_eq!(Loss::Censored.day(), None);
    }

    #[test]
    fn a_run_that_holds_again_after_the_persistence_days_still_counts() {
        let relief = [Some(40.0), Some(20.0), Some(20.0), Some(20.0), Some(35.0)];
        assert_eq!(first_day_lost(&relief, 30.0, 3), Some(Loss::Lost(1)));
        assert_eq!(first_day_lost(&relief, 30.0, 4), Some(Loss::Censored));
    }

    #[test]
    fn relief_that_comes_back_for_twice_the_persistence_days_was_not_lost() {
        // Below 30% on days 1 to 3 (a persistence of 3 days), then back at 35 to 40% on days 4 to
        // 9: six days, twice the persistence, so the dip was not the end of relief.
        let mut relief = vec![Some(40.0), Some(20.0), Some(20.0), Some(20.0), Some(35.0)];
        relief.extend([Some(40.0); 5]);
        assert_eq!(first_day_lost(&relief, 30.0, 3), Some(Loss::Censored));
        // Back for five days only: the dip stands as the loss.
        assert_eq!(first_day_lost(&relief[..9], 30.0, 3), Some(Loss::Lost(1)));
        // Relief that comes back and is then lost for good is lost where its last stretch begins.
        relief.extend([Some(25.0); 4]);
        assert_eq!(first_day_lost(&relief, 30.0, 3), Some(Loss::Lost(10)));
    }

    #[test]
    fn a_crossing_within_a_gap_is_placed_on_the_line_between_its_ends() {
        // 55% on day 1, nothing on days 2 to 5, 20% on day 6: the line from 55 to 20 over 5 days
        // meets 30% at 1 + 5 * 25 / 35 = 4.57, so day 5 rather than day 6.
        let relief = [
            Some(60.0),
            Some(55.0),
            None,
            None,
            None,
            None,
            Some(20.0),
            Some(15.0),
            Some(10.0),
            Some(5.0),
        ];
        assert_eq!(first_day_lost(&relief, 30.0, 7), Some(Loss::Lost(6)));
        assert_eq!(loss_with(&relief, &relief, 30.0, 7), Some(Loss::Lost(5)));
    }

    /// Relief falling 5 points a day from 85% (`85 - 5 * day`) from day 3 to day 17, after a
    /// peak of 80% on day 2, with day 10 dipping from 35% to `dip`.
    fn declining_with_a_dip(dip: f64) -> Vec<Option<f64>> {
        let mut relief = vec![Some(50.0), Some(70.0), Some(80.0)];
        relief.extend((3..=17).map(|day| Some(85.0 - 5.0 * f64::from(day))));
        relief[10] = Some(dip);
        relief
    }

    #[test]
    fn a_noisy_dip_does_not_set_the_loss_day_alone() {
        // Day 10 dips to 20% and relief never comes back to 35%: the stretch below starts there.
        let relief = declining_with_a_dip(20.0);
        assert_eq!(first_day_lost(&relief, 30.0, 7), Some(Loss::Lost(10)));
        // The line through days 7 to 13 (the 7 days centred on day 10): the dip sits at their mean
        // day, so the slope stays -5 and the line drops by 15 / 7 points: 35 - 15 / 7 - 5 *
        // (day - 10), which meets 30% at day 10 + (5 - 15 / 7) / 5 = 10.57, so day 11.
        assert_eq!(loss_with(&relief, &relief, 30.0, 7), Some(Loss::Lost(11)));
        // Without the dip (35% on day 10) the stretch starts on day 12 (25%; day 11 is 30%): the
        // line 85 - 5 * day meets 30% at day 11, the last day at the threshold, so day 12 stands.
        let plain = declining_with_a_dip(35.0);
        assert_eq!(loss_with(&plain, &plain, 30.0, 7), Some(Loss::Lost(12)));
    }

    #[test]
    fn relief_reached_only_against_the_upper_baseline_was_not_reached() {
        // 28% at best against the baseline, 33% against the upper end of its uncertainty.
        let relief = [Some(28.0), Some(26.0), Some(20.0), Some(15.0), Some(10.0)];
        let upper = [Some(33.0), Some(31.0), Some(25.0), Some(20.0), Some(15.0)];
        assert_eq!(loss_with(&relief, &upper, 30.0, 7), Some(Loss::NotReached));
    }

    #[test]
    fn relief_first_known_late_and_never_reached_is_not_measurable() {
        let mut late = vec![None; 8];
        late.extend([Some(20.0); 10]);
        assert_eq!(loss_with(&late, &late, 30.0, 7), None);
        // First known on day 7, within the smoothing window of the infusion: not reached.
        let early = &late[1..];
        assert_eq!(loss_with(early, early, 30.0, 7), Some(Loss::NotReached));
    }

    #[test]
    fn a_crossing_on_a_whole_day_is_lost_from_the_next_day() {
        // 50% on day 1, nothing on days 2 to 4, 10% on day 5 and after: the line from 50 to 10
        // meets 30% at 1 + 4 * 20 / 40 = 3.0 exactly, where relief is at the threshold and still
        // holds, so relief is lost from day 4.
        let relief = [
            Some(60.0),
            Some(50.0),
            None,
            None,
            None,
            Some(10.0),
            Some(10.0),
            Some(10.0),
            Some(10.0),
        ];
        assert_eq!(loss_with(&relief, &relief, 30.0, 7), Some(Loss::Lost(4)));
    }

    #[test]
    fn relief_counts_as_lost_only_when_lost_against_the_upper_baseline_too() {
        // Against the baseline, relief drops below 30% on day 3 and stays there; against the upper
        // end of its uncertainty it stays at 30%: censored, not lost.
        let relief = [
            Some(50.0),
            Some(45.0),
            None,
            Some(28.0),
            Some(27.0),
            Some(26.0),
            Some(25.0),
            Some(25.0),
            Some(25.0),
            Some(25.0),
        ];
        let held = [
            Some(55.0),
            Some(50.0),
            None,
            Some(33.0),
            Some(32.0),
            Some(31.0),
            Some(30.0),
            Some(30.0),
            Some(30.0),
            Some(30.0),
        ];
        assert_eq!(loss_with(&relief, &relief, 30.0, 7), Some(Loss::Lost(3)));
        assert_eq!(loss_with(&relief, &held, 30.0, 7), Some(Loss::Censored));
        // Against the upper end it is lost from day 5: the loss day is where that same stretch
        // began against the baseline, day 3 (28%), placed within the gap after day 1 (45%):
        // 1 + 2 * 15 / 17 = 2.76, so day 3.
        let lost_later = [
            Some(55.0),
            Some(50.0),
            None,
            Some(33.0),
            Some(32.0),
            Some(29.0),
            Some(28.0),
            Some(27.0),
            Some(27.0),
            Some(27.0),
        ];
        assert_eq!(
            loss_with(&relief, &lost_later, 30.0, 7),
            Some(Loss::Lost(3))
        );
    }

    /// A cycle of 42 days whose 7-day relief is known only from `first_value` to `last_value`:
    /// `seven_day` + 2 on the first day, `seven_day` after it. Days logged: `early`, then every
    /// other day from `first_value` to `last_value` at `later`, then `after`. Against the upper
    /// end of the baseline's uncertainty every value is 4 points higher; the day-to-day spread is
    /// 20 points.
    struct Sparse {
        first_value: usize,
        last_value: usize,
        early: &'static [(usize, f64)],
        later: f64,
        after: &'static [(usize, f64)],
        seven_day: f64,
        entries_began_on: Option<u32>,
    }

    /// Days 2 and 3 at 70% and 60%; 7-day values from day 10 to the end at 12% then 10%, every
    /// other day from day 10 logged at 10%.
    const SPARSE: Sparse = Sparse {
        first_value: 10,
        last_value: 41,
        early: &[(2, 70.0), (3, 60.0)],
        later: 10.0,
        after: &[],
        seven_day: 10.0,
        entries_began_on: None,
    };

    impl Sparse {
        fn loss(&self) -> Result<(Loss, Option<LossWindow>), NotMeasurable> {
            let mut relief = vec![None; 42];
            relief[self.first_value] = Some(self.seven_day + 2.0);
            for value in &mut relief[self.first_value + 1..=self.last_value] {
                *value = Some(self.seven_day);
            }
            let mut daily = vec![None; 42];
            for value in daily[self.first_value..=self.last_value]
                .iter_mut()
                .step_by(2)
            {
                *value = Some(self.later);
            }
            for &(day, value) in self.early.iter().chain(self.after) {
                daily[day] = Some(value);
            }
            let upper = |values: &[Option<f64>]| -> Vec<Option<f64>> {
                values
                    .iter()
                    .map(|value| value.map(|pct| pct + 4.0))
                    .collect()
            };
            let evidence = LossEvidence {
                relief_at_upper: &upper(&relief),
                daily_at_upper: &upper(&daily),
                daily: &daily,
                day_sd_pct: 20.0,
                persistence_days: 7,
                entries_began_on: self.entries_began_on,
            };
            loss(&relief, evidence, 30.0)
        }
    }

    #[test]
    fn relief_clear_in_the_days_before_the_7_day_values_begin_was_reached_and_lost() {
        // Days 2 and 3 at 70% and 60%: their mean, 65%, less one standard error, 20 / 2^0.5 =
        // 14.14, is 50.9%, above 30%: relief was there. The 16 days logged from day 10 at 10%,
        // 14% against the upper end, plus one standard error, 20 / 16^0.5 = 5, is 19%, below
        // 30%: relief was gone, and no 7-day value reaches 30% against either. The line from 65%
        // at day 2.5 to the first 7-day value, 12% at day 10, meets 30% at
        // 2.5 + 7.5 × 35 / 53 = 7.45, so day 8, within days 4 (after day 3, the last at or above
        // 30%) to 10.
        assert_eq!(
            SPARSE.loss(),
            Ok((Loss::Lost(8), Some(LossWindow { from: 4, to: 10 })))
        );
        // With the 7-day values from day 7 (days 2 and 3 still before its week, days 4 to 10):
        // 2.5 + 4.5 × 35 / 53 = 5.47, so day 6, within days 4 to 7. Before, a cycle whose 7-day
        // values began within the first week and never reached 30% read as relief never
        // reached.
        let first_week = Sparse {
            first_value: 7,
            ..SPARSE
        };
        assert_eq!(
            first_week.loss(),
            Ok((Loss::Lost(6), Some(LossWindow { from: 4, to: 7 })))
        );
    }

    #[test]
    fn relief_before_the_7_day_values_begin_counts_only_when_clearly_there_and_clearly_gone() {
        let not_measurable = Err(NotMeasurable::TooFewDaysLogged);
        // Days of 45% and 40%: 42.5 - 14.14 = 28.4%, not clearly there (against the upper end,
        // 32.4%, it would have been). Within the first week, that is relief not reached.
        let not_there = Sparse {
            early: &[(2, 45.0), (3, 40.0)],
            ..SPARSE
        };
        assert_eq!(not_there.loss(), not_measurable);
        let not_there_first_week = Sparse {
            first_value: 7,
            ..not_there
        };
        assert_eq!(not_there_first_week.loss(), Ok((Loss::NotReached, None)));
        // Days 1 and 2 lie within the week of a first 7-day value on day 3: that value already
        // holds them, and says relief never reached 30%.
        let within_its_week = Sparse {
            first_value: 3,
            early: &[(1, 70.0), (2, 60.0)],
            ..SPARSE
        };
        assert_eq!(within_its_week.loss(), Ok((Loss::NotReached, None)));
        // The days from day 10 at 22%: 26% against the upper end, plus one standard error, 5, is
        // 31%: not clearly gone against the upper end (against the baseline, 27%, it would have
        // been).
        let not_gone = Sparse {
            later: 22.0,
            ..SPARSE
        };
        assert_eq!(not_gone.loss(), not_measurable);
        // 7-day values of 26% reach 30% against the upper end: not lost against it.
        let upper_holds = Sparse {
            seven_day: 26.0,
            ..SPARSE
        };
        assert_eq!(upper_holds.loss(), not_measurable);
        // 7-day values only for a bad week, days 10 to 16, with days 10 to 19 logged at 10%, and
        // days 25 and 35 at 66.7%. All the days from day 10 average (10 × 14 + 2 × 70.7) / 12 =
        // 23.4% against the upper end, plus 20 / 12^0.5 = 5.8, 29.2%: below 30%. But after the
        // last 7-day value's week (from day 20), days 25 and 35 show relief back:
        // 66.7 - 20 / 2^0.5 = 52.6%, above 30%.
        let back_after = Sparse {
            last_value: 16,
            after: &[
                (11, 10.0),
                (13, 10.0),
                (15, 10.0),
                (17, 10.0),
                (18, 10.0),
                (19, 10.0),
                (25, 66.7),
                (35, 66.7),
            ],
            ..SPARSE
        };
        assert_eq!(back_after.loss(), not_measurable);
        // Entries that began on day 2 of the cycle: relief may have come and gone before them.
        // On day 1, it could not have.
        let began_on = |day| Sparse {
            entries_began_on: Some(day),
            ..not_there
        };
        assert_eq!(began_on(2).loss(), Err(NotMeasurable::EntriesBeganLate));
        assert_eq!(began_on(1).loss(), not_measurable);
    }

    #[test]
    fn a_shallow_line_never_places_the_loss_after_the_last_known_day() {
        // A 9-day cycle known on days 1 to 5 only: 42, 32, 35, 38, then 29.5%. Day 5 is below 30%
        // and 4 days remain to the end (half of 7, rounded up): lost from day 5. The line through
        // days 2 to 5 (after the peak on day 1) falls 2.25 / 5 = 0.45 points a day from 35.2 at
        // day 0 and meets 30% at day 11.6, past the cycle's end: the loss day stays on day 5, the
        // last known day.
        let relief = [
            None,
            Some(42.0),
            Some(32.0),
            Some(35.0),
            Some(38.0),
            Some(29.5),
            None,
            None,
            None,
        ];
        assert_eq!(loss_with(&relief, &relief, 30.0, 7), Some(Loss::Lost(5)));
    }

    #[test]
    fn days_above_and_area() {
        assert_eq!(days_at_or_above(&CYCLE, 30.0), 5); // days 1, 2, 3, 5, 7
        assert_eq!(days_at_or_above(&CYCLE, 50.0), 2);
        // 10 + 40 + 60 + 55 + 45 + 28 + 33 + 25 + 20 + 10 + 0 + 0
        assert_eq!(area_pct_days(&CYCLE), 326.0);
    }
}
