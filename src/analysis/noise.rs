//! How much a journal's pain scores wander from day to day, and what that means for a 7-day mean.
//!
//! A day's score moves around the level relief sets for it: how the day went, how it was rated,
//! the rounding to a whole score. The journal measures that spread from its own entries, so the
//! loss of relief and the worn-off plateau can tell a change from noise. The same spread weighs
//! more at a low baseline: with untreated pain of 5.5, 30% relief is 1.65 points, about the spread
//! of a single day.

use crate::domain::Entry;

/// Days after each anchor infusion left out of the spread: relief is still building up there and
/// pain changes fastest.
pub const NOISE_SKIP_DAYS: usize = 3;

/// A jump between consecutive days larger than this many standard deviations of a day-to-day
/// difference is a change (relief setting in or ending), not noise, and is left out once the
/// spread has been measured with it.
pub const NOISE_JUMP_SD: f64 = 3.0;

/// Pairs of consecutive logged days needed to measure the spread; with fewer,
/// [`DEFAULT_NOISE_SD`] is used.
pub const MIN_NOISE_PAIRS: usize = 10;

/// The spread assumed when the journal has too few consecutive logged days to measure its own:
/// 1 point, the middle of the range daily pain diaries show (0.6 to 1.2 points in the project's
/// simulation, docs/ANALYSIS.md section 9).
pub const DEFAULT_NOISE_SD: f64 = 1.0;

/// The standard deviation of one day's pain around its level, in points on the 0–10 scale,
/// measured from consecutive logged days within each cycle of `cycles` (its days in order, `None`
/// where not logged; after their first
/// [`NOISE_SKIP_DAYS`]): the difference of two days carries the noise of both, so the spread is
/// the root of half the mean squared difference. Differences beyond [`NOISE_JUMP_SD`] standard
/// deviations of a difference are left out and the spread measured again without them.
/// [`DEFAULT_NOISE_SD`] with fewer than [`MIN_NOISE_PAIRS`] pairs.
pub(crate) fn day_to_day_sd(cycles: &[Vec<Option<&Entry>>]) -> f64 {
    let mut differences = Vec::new();
    for logged in cycles {
        for pair in logged.windows(2).skip(NOISE_SKIP_DAYS) {
            if let [Some(first), Some(second)] = pair {
                differences.push(f64::from(second.pain.get()) - f64::from(first.pain.get()));
            }
        }
    }
    spread_of_differences(&differences).unwrap_or(DEFAULT_NOISE_SD)
}

/// The day-to-day spread from consecutive-day differences (see [`day_to_day_sd`]); `None` with
/// fewer than [`MIN_NOISE_PAIRS`].
fn spread_of_differences(differences: &[f64]) -> Option<f64> {
    let spread = |kept: &[f64]| -> Option<f64> {
        if kept.len() < MIN_NOISE_PAIRS {
            return None;
        }
        let squares: f64 = kept.iter().map(|difference| difference * difference).sum();
        Some((squares / kept.len() as f64 / 2.0).sqrt())
    };
    let first = spread(differences)?;
    // A difference has twice a day's variance: its standard deviation is the spread times √2.
    let jump = NOISE_JUMP_SD * first * std::f64::consts::SQRT_2;
    let kept: Vec<f64> = differences
        .iter()
        .copied()
        .filter(|difference| difference.abs() <= jump)
        .collect();
    spread(&kept).or(Some(first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spread_is_half_the_mean_squared_difference_with_jumps_left_out() {
        // Differences of ±1 only: mean square 1, spread (1 / 2)^0.5.
        let steady = [1.0, -1.0].repeat(6);
        let spread = spread_of_differences(&steady).unwrap_or_default();
        assert!((spread - 0.5_f64.sqrt()).abs() < 1e-12, "{spread}");
        // Eleven differences of 0 and one jump of 5 (relief ending): first 25 / 12 / 2, a spread of
        // 1.02, so a jump beyond 3 × 1.02 × √2 = 4.33 is left out; without it, 0.
        let mut step = vec![0.0; 11];
        step.push(5.0);
        assert_eq!(spread_of_differences(&step), Some(0.0));
        // Too few pairs: nothing measured.
        assert_eq!(spread_of_differences(&[1.0; 9]), None);
    }
}
