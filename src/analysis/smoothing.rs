//! Smoothing of daily pain inside one cycle.
//!
//! Daily scores are noisy and days go missing. Each day gets the mean of the logged days in a
//! window centred on it; the window is cut at the cycle's edges so it never mixes two cycles, and
//! it is used only when enough of its days are logged. Missing days are never filled in. Relief
//! is judged on the same means without lone days ([`lone_days`]): a bad day far from the days
//! either side of it would carry into every mean that holds it for a week.

/// Width of the smoothing window in days (centred: 3 days either side).
pub const SMOOTHING_WINDOW_DAYS: usize = 7;

/// The centred moving mean of `values` over `window_days`, cut at the ends of the slice.
///
/// A day's value is `None` when fewer than `min_logged` (at least 1) of the days in its window
/// have a value. The analysis smooths pain inside each cycle with it; the timeline's 7-day mean
/// line uses it over the whole journal.
pub fn centred_mean(
    values: &[Option<f64>],
    window_days: usize,
    min_logged: usize,
) -> Vec<Option<f64>> {
    centred_mean_leaving_out(values, &[], window_days, min_logged)
}

/// Days either side of a day that it is compared with to tell a lone day from the days around it
/// (see [`lone_days`]).
pub const LONE_DAY_SIDE_DAYS: usize = 3;

/// How far a lone day lies from the days either side of it, in the journal's day-to-day spreads
/// of pain (see [`lone_days`]). A bad day (a migraine, a fall, a night without sleep) sits 3 to 5
/// points above the days around it, 2.5 to 8 spreads of 0.6 to 1.2 points, so at a spread of 1
/// point or more a bad day of 3 points stays in. An ordinary day lies that far from both sides on
/// 0.03 to 0.8% of days (60,000 whole scores at each of those spreads, docs/ANALYSIS.md section
/// 3).
pub const LONE_DAY_SPREADS: f64 = 3.0;

/// The least distance, in pain points, at which a day is a lone day, however steady the journal:
/// about 2 points is the smallest change patients rate as "much improved" or worse (Farrar et
/// al., *Pain* 2001;94:149–158), so a day within 2 points of the days around it is an ordinary
/// day. It also keeps a journal whose spread measures 0 from setting every change apart.
pub const LONE_DAY_MIN_POINTS: f64 = 2.0;

/// Which days of `values` (pain scores, 0 to 10, by day; `None` where not logged) are lone days,
/// one entry per day: a day more than `limit` pain points (and more than
/// [`LONE_DAY_MIN_POINTS`]) above the median of the values among the [`LONE_DAY_SIDE_DAYS`] days
/// before it and above that of the days after it, or as far below both. A side with fewer than 2
/// values (the first and last 2 days of `values`, or days next to a gap) leaves the day ordinary;
/// the median of 2 values is their mean. With 3 values on the side, the median keeps the second
/// day of a two-day spell from hiding the first; of a spell of three days, only the middle one is
/// set apart. A clean step (relief setting in or ending) is level with one side, so it is not a
/// lone day; a day well beyond both levels of a step is.
pub fn lone_days(values: &[Option<f64>], limit: f64) -> Vec<bool> {
    let limit = limit.max(LONE_DAY_MIN_POINTS);
    (0..values.len())
        .map(|day| {
            let Some(Some(value)) = values.get(day) else {
                return false;
            };
            let before = values.get(day.saturating_sub(LONE_DAY_SIDE_DAYS)..day);
            let after = values.get(day + 1..(day + 1 + LONE_DAY_SIDE_DAYS).min(values.len()));
            let (Some(before), Some(after)) =
                (before.and_then(side_median), after.and_then(side_median))
            else {
                return false;
            };
            (value - before > limit && value - after > limit)
                || (before - value > limit && after - value > limit)
        })
        .collect()
}

/// The median of the values among `side`'s days; `None` with fewer than 2.
fn side_median(side: &[Option<f64>]) -> Option<f64> {
    let known: Vec<f64> = side.iter().flatten().copied().collect();
    if known.len() < 2 {
        return None;
    }
    super::stats::median(&known)
}

/// The centred moving mean of `values` as [`centred_mean`], with the days marked in `left_out`
/// (one entry per day; days past its end are kept) left out of each mean but still counted as
/// logged towards `min_logged`: a week with a lone bad day in it was logged as fully as any other.
/// A day's value is `None` when its window has fewer than `min_logged` logged days or no day kept.
pub fn centred_mean_leaving_out(
    values: &[Option<f64>],
    left_out: &[bool],
    window_days: usize,
    min_logged: usize,
) -> Vec<Option<f64>> {
    let half = window_days / 2;
    // Prefix sums and counts make every window O(1).
    let mut sums = Vec::with_capacity(values.len() + 1);
    let mut kept = Vec::with_capacity(values.len() + 1);
    let mut counts = Vec::with_capacity(values.len() + 1);
    let (mut sum, mut kept_count, mut count) = (0.0, 0_usize, 0_usize);
    sums.push(sum);
    kept.push(kept_count);
    counts.push(count);
    for (day, value) in values.iter().enumerate() {
        if let Some(value) = value {
            count += 1;
            if !left_out.get(day).copied().unwrap_or(false) {
                sum += value;
                kept_count += 1;
            }
        }
        sums.push(sum);
        kept.push(kept_count);
        counts.push(count);
    }
    (0..values.len())
        .map(|day| {
            let start = day.saturating_sub(half);
            let end = (day + half + 1).min(values.len());
            let logged = counts.get(end)? - counts.get(start)?;
            let used = kept.get(end)? - kept.get(start)?;
            let total = sums.get(end)? - sums.get(start)?;
            (logged >= min_logged.max(1) && used > 0).then(|| total / used as f64)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_week_is_averaged_and_edges_are_cut() {
        let pain: Vec<Option<f64>> = [8.0, 6.0, 4.0, 2.0, 2.0, 4.0, 2.0, 8.0].map(Some).to_vec();
        let smoothed = centred_mean(&pain, 7, 4);
        // Day 0 sees days 0..=3: (8 + 6 + 4 + 2) / 4.
        assert_eq!(smoothed[0], Some(5.0));
        // Day 3 sees days 0..=6: 28 / 7.
        assert_eq!(smoothed[3], Some(4.0));
        // Day 7 sees days 4..=7: (2 + 4 + 2 + 8) / 4.
        assert_eq!(smoothed[7], Some(4.0));
    }

    #[test]
    fn missing_days_are_skipped_not_filled() {
        let pain = [
            Some(6.0),
            None,
            Some(4.0),
            None,
            Some(2.0),
            None,
            None,
            Some(8.0),
        ];
        let smoothed = centred_mean(&pain, 7, 4);
        // Day 3 sees days 0..=6 with 3 logged: not enough.
        assert_eq!(smoothed[3], None);
        // Day 4 sees days 1..=7 with 3 logged: not enough either.
        assert_eq!(smoothed[4], None);
        let lenient = centred_mean(&pain, 7, 3);
        assert_eq!(lenient[3], Some(4.0));
        assert_eq!(lenient[4], Some(14.0 / 3.0));
    }

    #[test]
    fn a_lone_day_lies_far_from_the_middle_of_both_sides() {
        let days = |pain: &[f64]| pain.iter().copied().map(Some).collect::<Vec<_>>();
        // Day 3: the middle of 4, 4, 5 and of 4, 5, 4 is 4; 9 is 5 above both, over 3.
        let bad = lone_days(&days(&[4.0, 4.0, 5.0, 9.0, 4.0, 5.0, 4.0]), 3.0);
        assert_eq!(bad, [false, false, false, true, false, false, false]);
        // Only 3 above both: not more than the limit.
        let near = lone_days(&days(&[4.0, 4.0, 5.0, 7.0, 4.0, 5.0, 4.0]), 3.0);
        assert!(!near.contains(&true));
        // As far below both sides: a lone day too.
        let good = lone_days(&days(&[6.0, 6.0, 6.0, 1.0, 6.0, 6.0, 6.0]), 3.0);
        assert_eq!(good, [false, false, false, true, false, false, false]);
        // A two-day spell: the median of 8, 4, 4 is 4, so each day still stands 4 and 5 points
        // above both sides (the mean, 5.33, would leave day 3 only 3.67 above).
        let spell = lone_days(&days(&[4.0, 4.0, 4.0, 9.0, 8.0, 4.0, 4.0, 4.0]), 3.5);
        assert_eq!(
            spell,
            [false, false, false, true, true, false, false, false]
        );
        // A step (relief ending): above the days before it, level with the days after it.
        let step = lone_days(&days(&[3.0, 3.0, 3.0, 7.0, 7.0, 7.0, 7.0]), 1.0);
        assert!(!step.contains(&true));
        // A day 3 above the new level of a step and 6 above the old one stands apart.
        let beyond = lone_days(&days(&[3.0, 3.0, 3.0, 9.0, 6.0, 6.0, 6.0]), 2.5);
        assert_eq!(beyond, [false, false, false, true, false, false, false]);
        // A three-day spell: only its middle day has the median of both sides at 4.
        let three = lone_days(&days(&[4.0, 4.0, 4.0, 9.0, 9.0, 9.0, 4.0, 4.0, 4.0]), 3.0);
        assert_eq!(
            three,
            [false, false, false, false, true, false, false, false, false]
        );
        // However small the limit, a day within 2 points of both sides is ordinary.
        let steady = lone_days(&days(&[4.0, 4.0, 4.0, 6.0, 4.0, 4.0, 4.0]), 0.0);
        assert!(!steady.contains(&true));
    }

    #[test]
    fn a_lone_day_needs_two_values_on_each_side() {
        // One value before day 2 (and day 1 has none): not judged.
        let pain = [Some(4.0), None, Some(9.0), Some(4.0), Some(4.0), Some(4.0)];
        assert!(!lone_days(&pain, 1.0).contains(&true));
        // Two before (their mean, 4) and two after: judged.
        let pain = [
            Some(4.0),
            Some(4.0),
            None,
            Some(9.0),
            None,
            Some(4.0),
            Some(4.0),
        ];
        assert_eq!(
            lone_days(&pain, 1.0),
            [false, false, false, true, false, false, false]
        );
        // Days without a value are never lone.
        assert_eq!(lone_days(&[None, None], 1.0), [false, false]);
    }

    #[test]
    fn days_left_out_still_count_as_logged() {
        let pain: Vec<Option<f64>> = [4.0, 4.0, 4.0, 9.0, 4.0, 4.0, 4.0].map(Some).to_vec();
        let left_out = [false, false, false, true, false, false, false];
        // Day 3 sees all 7 days logged, 6 kept: 24 / 6 = 4, where the plain mean is 33 / 7.
        let means = centred_mean_leaving_out(&pain, &left_out, 7, 7);
        assert_eq!(means[3], Some(4.0));
        assert_eq!(centred_mean(&pain, 7, 7)[3], Some(33.0 / 7.0));
        // Day 0 sees days 0 to 3: 4 logged, too few for 7.
        assert_eq!(means[0], None);
        // A window whose only logged day is left out has no value.
        let lone = [None, Some(9.0), None];
        assert_eq!(
            centred_mean_leaving_out(&lone, &[false, true, false], 3, 1),
            [None, None, None]
        );
    }

    #[test]
    fn short_and_empty_cycles() {
        assert!(centred_mean(&[], 7, 4).is_empty());
        let three_days = [Some(5.0), Some(5.0), Some(5.0)];
        assert_eq!(centred_mean(&three_days, 7, 4), [None, None, None]);
    }
}
