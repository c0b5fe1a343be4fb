//! Exponential decay of relief after its peak: `relief(t) = initial * exp(-rate * t)`, with `t` in
//! days since the nadir of pain. The half-life is `ln 2 / rate`.
//!
//! The fit starts from a log-linear least-squares line and is refined by Gauss-Newton on the
//! relief values themselves, so days near zero relief (or slightly worse than baseline) count
//! without breaking the logarithm. A fit that cannot be trusted is `None`, never a made-up number.

use super::stats::weighted_line;

/// Fewer known days after the nadir than this and no fit is tried.
pub const MIN_DECAY_POINTS: usize = 10;

/// A fit explaining less of the variation than this share is not reported.
pub const MIN_FIT_R_SQUARED: f64 = 0.5;

/// A half-life longer than this many times the fitted span of days is an extrapolation.
pub const MAX_HALF_LIFE_SPAN_FACTOR: f64 = 3.0;

/// Relief values below this (in percent) are left out of the log-linear starting line.
const LOG_FLOOR_PCT: f64 = 1.0;

/// Starting rate when the starting line cannot be drawn: the published half-life of about 11 days.
const FALLBACK_RATE_PER_DAY: f64 = std::f64::consts::LN_2 / 11.0;

/// Most Gauss-Newton iterations.
const MAX_ITERATIONS: usize = 100;

/// Most step halvings within one iteration.
const MAX_STEP_HALVINGS: usize = 30;

/// Relative change in the residual sum of squares below which the fit has converged.
const CONVERGED: f64 = 1e-12;

/// A fitted exponential decay of relief.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DecayFit {
    /// The cycle day the fit starts from: the nadir of pain (peak of relief).
    pub start_day: u32,
    /// Fitted relief at `start_day`, in percent.
    pub initial_relief_pct: f64,
    /// Fraction of relief lost per day in continuous terms (relief is multiplied by
    /// `exp(-rate_per_day)` each day).
    pub rate_per_day: f64,
    /// Days for relief to halve: `ln 2 / rate_per_day`.
    pub half_life_days: f64,
    /// Share of the variation in relief the curve explains (0 to 1).
    pub r_squared: f64,
    /// Known days the fit used.
    pub points: usize,
}

impl DecayFit {
    /// The fitted relief on cycle day `day`, in percent (the curve is drawn from `start_day` on).
    pub fn relief_at(&self, day: f64) -> f64 {
        self.initial_relief_pct * (-self.rate_per_day * (day - f64::from(self.start_day))).exp()
    }
}

/// Fits the decay of `relief` from `nadir_day` to the end of the cycle.
///
/// `None` when fewer than [`MIN_DECAY_POINTS`] known days follow the nadir, when relief does not
/// decay, when the curve explains less than [`MIN_FIT_R_SQUARED`] of the variation, or when the
/// half-life is far longer than the days seen.
pub(crate) fn fit_decay(relief: &[Option<f64>], nadir_day: u32) -> Option<DecayFit> {
    let start = usize::try_from(nadir_day).ok()?;
    let points: Vec<(f64, f64)> = relief
        .iter()
        .enumerate()
        .skip(start)
        .filter_map(|(day, value)| Some(((day - start) as f64, (*value)?)))
        .collect();
    let after_nadir = points.iter().filter(|(t, _)| *t > 0.0).count();
    if after_nadir < MIN_DECAY_POINTS {
        return None;
    }
    let curve = fit_exponential(&points)?;
    let span = points.last().map_or(0.0, |(t, _)| *t);
    let half_life_days = std::f64::consts::LN_2 / curve.rate;
    let trusted = curve.rate > 0.0
        && curve.initial > 0.0
        && curve.r_squared >= MIN_FIT_R_SQUARED
        && half_life_days <= MAX_HALF_LIFE_SPAN_FACTOR * span;
    trusted.then_some(DecayFit {
        start_day: nadir_day,
        initial_relief_pct: curve.initial,
        rate_per_day: curve.rate,
        half_life_days,
        r_squared: curve.r_squared,
        points: points.len(),
    })
}

/// The fitted curve `y = initial * exp(-rate * t)` and how well it fits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Exponential {
    /// Value at `t = 0`.
    pub initial: f64,
    /// Decay rate per unit of `t`.
    pub rate: f64,
    /// Coefficient of determination of the fit.
    pub r_squared: f64,
}

/// Least-squares fit of `y = initial * exp(-rate * t)` to `(t, y)` points.
pub(crate) fn fit_exponential(points: &[(f64, f64)]) -> Option<Exponential> {
    let mean_y = points.iter().map(|(_, y)| y).sum::<f64>() / points.len() as f64;
    let total: f64 = points.iter().map(|(_, y)| (y - mean_y).powi(2)).sum();
    if points.len() < 3 || total <= 0.0 {
        return None;
    }
    let (initial, rate) = log_linear(points).unwrap_or_else(|| {
        let first = points.first().map_or(0.0, |(_, y)| *y);
        (first, FALLBACK_RATE_PER_DAY)
    });
    let (initial, rate, residual) = gauss_newton(points, initial, rate);
    Some(Exponential {
        initial,
        rate,
        r_squared: 1.0 - residual / total,
    })
}

/// The straight line through `(t, ln y)`, weighted by `y²` (the log squeezes errors at large
/// `y`); returns `(initial, rate)`. Points with `y` below [`LOG_FLOOR_PCT`] are left out.
pub(crate) fn log_linear(points: &[(f64, f64)]) -> Option<(f64, f64)> {
    let usable: Vec<(f64, f64, f64)> = points
        .iter()
        .filter(|(_, y)| *y >= LOG_FLOOR_PCT)
        .map(|&(t, y)| (t, y.ln(), y * y))
        .collect();
    if usable.len() < 2 {
        return None;
    }
    let (intercept, slope) = weighted_line(&usable)?;
    Some((intercept.exp(), -slope))
}

/// The curve through `points` at one pair of parameters: its residual sum of squares and the
/// normal equations `J'J d = J'r` of a Gauss-Newton step from there, found in one pass (one
/// exponential per point).
#[derive(Debug, Clone, Copy)]
struct Evaluation {
    residual: f64,
    aa: f64,
    ak: f64,
    kk: f64,
    ar: f64,
    kr: f64,
}

fn evaluate(points: &[(f64, f64)], initial: f64, rate: f64) -> Evaluation {
    let mut sums = Evaluation {
        residual: 0.0,
        aa: 0.0,
        ak: 0.0,
        kk: 0.0,
        ar: 0.0,
        kr: 0.0,
    };
    for &(t, y) in points {
        let decay = (-rate * t).exp();
        let d_rate = -initial * t * decay;
        let error = y - initial * decay;
        sums.residual += error * error;
        sums.aa += decay * decay;
        sums.ak += decay * d_rate;
        sums.kk += d_rate * d_rate;
        sums.ar += decay * error;
        sums.kr += d_rate * error;
    }
    sums
}

/// Refines `(initial, rate)` by Gauss-Newton steps, halving a step until it lowers the residual;
/// returns them with the residual sum of squares of the refined curve.
pub(crate) fn gauss_newton(points: &[(f64, f64)], initial: f64, rate: f64) -> (f64, f64, f64) {
    let (mut initial, mut rate) = (initial, rate);
    let mut current = evaluate(points, initial, rate);
    for _ in 0..MAX_ITERATIONS {
        let Evaluation {
            residual,
            aa,
            ak,
            kk,
            ar,
            kr,
        } = current;
        let determinant = aa * kk - ak * ak;
        if determinant.abs() <= f64::EPSILON * (aa * kk).abs() {
            break;
        }
        let step_initial = (kk * ar - ak * kr) / determinant;
        let step_rate = (aa * kr - ak * ar) / determinant;
        let mut scale = 1.0;
        let mut improved = None;
        for _ in 0..MAX_STEP_HALVINGS {
            let candidate = (initial + scale * step_initial, rate + scale * step_rate);
            let evaluation = evaluate(points, candidate.0, candidate.1);
            if evaluation.residual.is_finite() && evaluation.residual <= residual {
                improved = Some((candidate, evaluation));
                break;
            }
            scale /= 2.0;
        }
        let Some(((next_initial, next_rate), next)) = improved else {
            break;
        };
        let change = residual - next.residual;
        (initial, rate, current) = (next_initial, next_rate, next);
        if change <= CONVERGED * next.residual.max(f64::MIN_POSITIVE) {
            break;
        }
    }
    (initial, rate, current.residual)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn close(actual: f64, expected: f64, tolerance: f64) -> bool {
        (actual - expected).abs() <= tolerance
    }

    #[test]
    fn log_linear_line_through_exact_points() {
        // 64, 32, 16 at t = 0, 1, 2: halves every day, so rate = ln 2.
        let (initial, rate) = log_linear(&[(0.0, 64.0), (1.0, 32.0), (2.0, 16.0)]).unwrap();
        assert!(close(initial, 64.0, 1e-9), "{initial}");
        assert!(close(rate, std::f64::consts::LN_2, 1e-12), "{rate}");
        assert_eq!(log_linear(&[(0.0, 64.0), (1.0, 0.5)]), None);
    }

    #[test]
    fn gauss_newton_finds_the_curve_from_a_poor_start() {
        let points: Vec<(f64, f64)> = (0..20)
            .map(|t| (f64::from(t), 60.0 * (-0.063 * f64::from(t)).exp()))
            .collect();
        let (initial, rate, _) = gauss_newton(&points, 40.0, 0.2);
        assert!(close(initial, 60.0, 1e-6), "{initial}");
        assert!(close(rate, 0.063, 1e-8), "{rate}");
    }

    #[test]
    fn exponential_fit_handles_values_at_and_below_zero() {
        // y = 50 * 2^(-t/5) plus a fixed wiggle of +-1, including negative values late on.
        let points: Vec<(f64, f64)> = (0..30)
            .map(|t| {
                let wiggle = if t % 2 == 0 { 1.0 } else { -1.0 };
                (
                    f64::from(t),
                    50.0 * (-f64::from(t) * std::f64::consts::LN_2 / 5.0).exp() + wiggle,
                )
            })
            .collect();
        let fit = fit_exponential(&points).unwrap();
        assert!(
            close(std::f64::consts::LN_2 / fit.rate, 5.0, 0.2),
            "{fit:?}"
        );
        assert!(fit.r_squared > 0.95, "{fit:?}");
    }

    #[test]
    fn half_life_of_a_cycle_from_its_nadir() {
        // Relief rises to 60% on day 3, then halves every 11 days; day 8 is missing.
        let mut relief: Vec<Option<f64>> = vec![Some(20.0), Some(40.0), Some(50.0)];
        relief.extend((0..30).map(|t| Some(60.0 * 0.5_f64.powf(f64::from(t) / 11.0))));
        relief[8] = None;
        let fit = fit_decay(&relief, 3).unwrap();
        assert_eq!(fit.start_day, 3);
        assert_eq!(fit.points, 29);
        assert!(close(fit.half_life_days, 11.0, 1e-6), "{fit:?}");
        assert!(close(fit.relief_at(14.0), 30.0, 1e-6), "{fit:?}");
    }

    #[test]
    fn no_fit_without_enough_points_or_without_decay() {
        let decaying = |t: i32| Some(60.0 * 0.9_f64.powi(t));
        let short: Vec<Option<f64>> = (0..10).map(decaying).collect();
        assert_eq!(fit_decay(&short, 0), None); // 9 points after the nadir
        let long: Vec<Option<f64>> = (0..11).map(decaying).collect();
        assert!(fit_decay(&long, 0).is_some());
        // A decay far slower than the days seen is an extrapolation: 60% to 50% in 10 days.
        let slow: Vec<Option<f64>> = (0..11).map(|t| Some(60.0 - f64::from(t))).collect();
        assert_eq!(fit_decay(&slow, 0), None);
        // Flat relief with noise: nothing to fit.
        let flat: Vec<Option<f64>> = (0..20)
            .map(|t| Some(if t % 2 == 0 { 59.0 } else { 61.0 }))
            .collect();
        assert_eq!(fit_decay(&flat, 0), None);
        // Relief that grows after the "nadir" is not a decay.
        let growing: Vec<Option<f64>> = (0..20).map(|t| Some(20.0 + f64::from(t))).collect();
        assert_eq!(fit_decay(&growing, 0), None);
    }
}
