//! Smoothing of daily pain inside one cycle.
//!
//! Daily scores are noisy and days go missing. Each day gets the mean of the logged days in a
//! window centred on it; the window is cut at the cycle's edges so it never mixes two cycles, and
//! it is used only when enough of its days are logged. Missing days are never filled in.

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
    let half = window_days / 2;
    // Prefix sums and counts make every window O(1).
    let mut sums = Vec::with_capacity(values.len() + 1);
    let mut counts = Vec::with_capacity(values.len() + 1);
    let (mut sum, mut count) = (0.0, 0_usize);
    sums.push(sum);
    counts.push(count);
    for value in values {
        if let Some(value) = value {
            sum += value;
            count += 1;
        }
        sums.push(sum);
        counts.push(count);
    }
    (0..values.len())
        .map(|day| {
            let start = day.saturating_sub(half);
            let end = (day + half + 1).min(values.len());
            let logged = counts.get(end)? - counts.get(start)?;
            let total = sums.get(end)? - sums.get(start)?;
            (logged >= min_logged.max(1)).then(|| total / logged as f64)
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
    fn short_and_empty_cycles() {
        assert!(centred_mean(&[], 7, 4).is_empty());
        let three_days = [Some(5.0), Some(5.0), Some(5.0)];
        assert_eq!(centred_mean(&three_days, 7, 4), [None, None, None]);
    }
}
