//! Small numeric helpers shared by the analysis steps: mean, median, Theil-Sen slope and the
//! rounding used in reports. Plain functions on slices; no dates, no journal types.

/// The arithmetic mean, or `None` when there are no values.
pub(crate) fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values
        .into_iter()
        .fold((0.0, 0_u32), |(sum, count), value| (sum + value, count + 1));
    (count > 0).then(|| sum / f64::from(count))
}

/// The median (the mean of the two middle values for an even count), or `None` when empty.
pub(crate) fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        len if len % 2 == 1 => sorted.get(middle).copied(),
        _ => Some((sorted.get(middle - 1)? + sorted.get(middle)?) / 2.0),
    }
}

/// The Theil-Sen slope: the median of the slopes between every pair of points with different x.
///
/// Robust to a single outlying cycle, unlike a least-squares slope. `None` when no two points
/// have different x.
pub(crate) fn theil_sen_slope(points: &[(f64, f64)]) -> Option<f64> {
    let mut slopes = Vec::with_capacity(points.len() * points.len().saturating_sub(1) / 2);
    for (position, &(x1, y1)) in points.iter().enumerate() {
        for &(x2, y2) in points.iter().skip(position + 1) {
            if x2 != x1 {
                slopes.push((y2 - y1) / (x2 - x1));
            }
        }
    }
    median(&slopes)
}

/// `(intercept, slope)` of the weighted least-squares line through `(x, y, weight)` points;
/// `None` when the weights sum to zero or every weighted point has the same x.
pub(crate) fn weighted_line(points: &[(f64, f64, f64)]) -> Option<(f64, f64)> {
    let weight: f64 = points.iter().map(|(_, _, w)| w).sum();
    if weight <= 0.0 {
        return None;
    }
    let mean_x = points.iter().map(|(x, _, w)| w * x).sum::<f64>() / weight;
    let mean_y = points.iter().map(|(_, y, w)| w * y).sum::<f64>() / weight;
    let spread: f64 = points
        .iter()
        .map(|(x, _, w)| w * (x - mean_x).powi(2))
        .sum();
    if spread <= 0.0 {
        return None;
    }
    let covariance: f64 = points
        .iter()
        .map(|(x, y, w)| w * (x - mean_x) * (y - mean_y))
        .sum();
    let slope = covariance / spread;
    Some((mean_y - slope * mean_x, slope))
}

/// Rounds to one decimal place, the precision the analysis reports.
pub(crate) fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// Serializes an optional number rounded to one decimal place (`null` when absent).
pub(crate) fn serialize_round1<S: serde::Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(number) => serializer.serialize_f64(round1(*number)),
        None => serializer.serialize_none(),
    }
}

/// The smallest whole number of logged days that keeps the "`per_week` of 7 days" rate
/// for a window of `window_days` (4 of 7 becomes 8 of 14 and 3 of 5); at least 1.
pub(crate) fn required_logged(window_days: u32, per_week: u32) -> u32 {
    (per_week * window_days).div_ceil(DAYS_PER_WEEK).max(1)
}

/// Days in a week.
pub(crate) const DAYS_PER_WEEK: u32 = 7;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weighted_line_through_points_on_paper() {
        // On the line y = 1 + 2x.
        assert_eq!(
            weighted_line(&[(0.0, 1.0, 1.0), (1.0, 3.0, 1.0), (2.0, 5.0, 1.0)]),
            Some((1.0, 2.0))
        );
        // A point with no weight does not pull the line: y = x through the other two.
        assert_eq!(
            weighted_line(&[(0.0, 0.0, 1.0), (1.0, 1.0, 1.0), (2.0, 10.0, 0.0)]),
            Some((0.0, 1.0))
        );
        // (0, 0), (1, 2), (2, 1): mean x 1, mean y 1; covariance (-1)(-1) + 0 + (1)(0) = 1 over a
        // spread of 2: slope 0.5, intercept 1 - 0.5 = 0.5.
        assert_eq!(
            weighted_line(&[(0.0, 0.0, 1.0), (1.0, 2.0, 1.0), (2.0, 1.0, 1.0)]),
            Some((0.5, 0.5))
        );
        assert_eq!(weighted_line(&[(1.0, 0.0, 1.0), (1.0, 5.0, 1.0)]), None);
        assert_eq!(weighted_line(&[(1.0, 0.0, 0.0)]), None);
    }

    #[test]
    fn mean_and_median_of_small_lists() {
        assert_eq!(mean([]), None);
        assert_eq!(mean([2.0, 4.0, 9.0]), Some(5.0));
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
    }

    #[test]
    fn theil_sen_takes_the_median_pairwise_slope() {
        // Pairwise slopes: -2, -0.5, -5/3, 1, -1.5, -4; sorted the middle two are -5/3 and -1.5.
        let points = [(1.0, 10.0), (2.0, 8.0), (3.0, 9.0), (4.0, 5.0)];
        let slope = theil_sen_slope(&points);
        assert!(
            slope.is_some_and(|slope| (slope - (-19.0 / 12.0)).abs() < 1e-12),
            "{slope:?}"
        );
        // One wild point does not move it much: a least-squares slope here would be positive.
        let with_outlier = [
            (1.0, 40.0),
            (2.0, 38.0),
            (3.0, 36.0),
            (4.0, 90.0),
            (5.0, 32.0),
        ];
        assert_eq!(theil_sen_slope(&with_outlier), Some(-2.0));
        assert_eq!(theil_sen_slope(&[(1.0, 1.0), (1.0, 2.0)]), None);
    }

    #[test]
    fn rounding_and_required_days() {
        assert_eq!(round1(11.84), 11.8);
        assert_eq!(round1(-3.46), -3.5);
        assert_eq!(required_logged(7, 4), 4);
        assert_eq!(required_logged(14, 4), 8);
        assert_eq!(required_logged(5, 4), 3);
        assert_eq!(required_logged(1, 1), 1);
    }
}
