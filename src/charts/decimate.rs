//! Thinning long series to what a chart can show, keeping every peak and trough.

/// Reduces `points` (sorted by x) to at most about `2 * buckets` points: for each of `buckets`
/// equal slices of the x range, the lowest and the highest point, in x order. Series already
/// short enough are returned unchanged. Extremes are never dropped.
pub fn decimate_min_max(points: &[(f64, f64)], buckets: usize) -> Vec<(f64, f64)> {
    if buckets == 0 || points.len() <= buckets.saturating_mul(2) {
        return points.to_vec();
    }
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return Vec::new();
    };
    let span = (last.0 - first.0).max(f64::EPSILON);
    let bucket_of =
        |x: f64| (((x - first.0) / span) * buckets as f64).min(buckets as f64 - 1.0) as usize;
    let mut kept = Vec::with_capacity(buckets * 2);
    let mut start = 0;
    while start < points.len() {
        let bucket = bucket_of(points[start].0);
        let mut end = start;
        let (mut low, mut high) = (start, start);
        while end < points.len() && bucket_of(points[end].0) == bucket {
            if points[end].1 < points[low].1 {
                low = end;
            }
            if points[end].1 > points[high].1 {
                high = end;
            }
            end += 1;
        }
        let (first_kept, second_kept) = if low <= high {
            (low, high)
        } else {
            (high, low)
        };
        kept.push(points[first_kept]);
        if second_kept != first_kept {
            kept.push(points[second_kept]);
        }
        start = end;
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_series_are_untouched() {
        let points = vec![(0.0, 1.0), (1.0, 5.0), (2.0, 3.0)];
        assert_eq!(decimate_min_max(&points, 10), points);
    }

    #[test]
    fn long_series_keep_their_extremes_in_order() {
        let mut points: Vec<(f64, f64)> = (0..10_000)
            .map(|i| (f64::from(i), f64::from(i % 7)))
            .collect();
        points[4321].1 = 42.0;
        points[8765].1 = -3.0;
        let kept = decimate_min_max(&points, 100);
        assert!(kept.len() <= 200, "{} points", kept.len());
        assert!(kept.contains(&(4321.0, 42.0)));
        assert!(kept.contains(&(8765.0, -3.0)));
        assert!(kept.windows(2).all(|pair| pair[0].0 < pair[1].0));
        let max = kept.iter().map(|point| point.1).fold(f64::MIN, f64::max);
        let min = kept.iter().map(|point| point.1).fold(f64::MAX, f64::min);
        assert_eq!((min, max), (-3.0, 42.0));
    }
}
