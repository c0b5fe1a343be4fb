//! The true relief of one infusion cycle by day since its anchor infusion: a ramp from what
//! carried over to a peak, an optional plateau, then a decline (exponential, linear or logistic)
//! towards no relief, or towards a lasting benefit that stays after each fade. Both the demo
//! journal and the accuracy simulation draw their journals from it.

/// The furthest day a curve is searched for a crossing.
pub(crate) const HORIZON_DAYS: u32 = 400;

/// How relief declines after its peak (and plateau).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Decline {
    /// Relief halves every `half_life_days`.
    Exponential {
        /// Days for relief to halve.
        half_life_days: f64,
    },
    /// Relief falls in a straight line to zero over `drop_days`.
    Linear {
        /// Days from the peak to no relief.
        drop_days: f64,
    },
    /// Relief fades along a logistic curve: half of the peak is left `midpoint_days` after the
    /// decline starts, and `scale_days` sets how gradual the fade is around that day.
    Logistic {
        /// Days from the start of the decline to half the peak.
        midpoint_days: f64,
        /// Days over which relief falls from about 73% to 27% of the peak is twice this.
        scale_days: f64,
    },
}

/// The true relief of one cycle, by day since its anchor infusion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReliefCurve {
    /// Relief on day 0, carried over from before the infusion, in percent.
    pub carry_in_pct: f64,
    /// Peak relief, in percent.
    pub peak_pct: f64,
    /// Days from the infusion to the peak (at least 1).
    pub ramp_days: u32,
    /// Days relief holds at the peak.
    pub plateau_days: u32,
    /// How relief declines afterwards.
    pub decline: Decline,
    /// Relief that stays once the decline is over, in percent (0 when relief wears off
    /// completely): the decline runs from the peak down to this floor instead of to zero, so pain
    /// settles below the untreated level after each fade.
    pub floor_pct: f64,
}

impl ReliefCurve {
    /// True relief on cycle day `day`, in percent.
    pub fn relief_pct(&self, day: u32) -> f64 {
        let ramp = self.ramp_days.max(1);
        if day < ramp {
            let share = f64::from(day) / f64::from(ramp);
            return self.carry_in_pct + (self.peak_pct - self.carry_in_pct) * share;
        }
        let since = f64::from(day - ramp) - f64::from(self.plateau_days);
        if since <= 0.0 {
            return self.peak_pct;
        }
        let left = match self.decline {
            Decline::Exponential { half_life_days } => 0.5_f64.powf(since / half_life_days),
            Decline::Linear { drop_days } => (1.0 - since / drop_days).max(0.0),
            Decline::Logistic {
                midpoint_days,
                scale_days,
            } => 1.0 / (1.0 + ((since - midpoint_days) / scale_days).exp()),
        };
        self.floor_pct + (self.peak_pct - self.floor_pct) * left
    }

    /// The first day from the peak on with relief below `pct`.
    pub fn first_day_below(&self, pct: f64) -> Option<u32> {
        (self.ramp_days..=HORIZON_DAYS).find(|day| self.relief_pct(*day) < pct)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn curve(decline: Decline) -> ReliefCurve {
        ReliefCurve {
            carry_in_pct: 20.0,
            peak_pct: 60.0,
            ramp_days: 2,
            plateau_days: 3,
            decline,
            floor_pct: 0.0,
        }
    }

    #[test]
    fn ramp_plateau_and_each_decline_by_hand() {
        let exponential = curve(Decline::Exponential {
            half_life_days: 10.0,
        });
        // Day 1 is halfway up the ramp: 20 + (60 - 20) / 2.
        assert_eq!(exponential.relief_pct(0), 20.0);
        assert_eq!(exponential.relief_pct(1), 40.0);
        // The plateau holds days 2 to 5; the decline starts after day 5.
        assert_eq!(exponential.relief_pct(5), 60.0);
        assert!((exponential.relief_pct(15) - 30.0).abs() < 1e-9);
        let linear = curve(Decline::Linear { drop_days: 10.0 });
        assert!((linear.relief_pct(10) - 30.0).abs() < 1e-9);
        assert_eq!(linear.relief_pct(40), 0.0);
        let logistic = curve(Decline::Logistic {
            midpoint_days: 20.0,
            scale_days: 3.0,
        });
        // Half the peak 20 days into the decline, day 25.
        assert!((logistic.relief_pct(25) - 30.0).abs() < 1e-9);
        // 3 days later: 60 / (1 + e) = 16.14.
        assert!((logistic.relief_pct(28) - 60.0 / (1.0 + 1.0_f64.exp())).abs() < 1e-9);
        assert_eq!(logistic.first_day_below(30.0), Some(26));
    }

    #[test]
    fn a_lasting_benefit_is_a_floor_the_decline_runs_down_to() {
        let lasting = ReliefCurve {
            floor_pct: 20.0,
            ..curve(Decline::Exponential {
                half_life_days: 10.0,
            })
        };
        // The ramp and the plateau are as without a floor.
        assert_eq!(lasting.relief_pct(1), 40.0);
        assert_eq!(lasting.relief_pct(5), 60.0);
        // One half-life into the decline, half of the 40 points above the floor are left:
        // 20 + 40 / 2 = 40%; after ten half-lives, 20 + 40 / 1024 = 20.04%.
        assert!((lasting.relief_pct(15) - 40.0).abs() < 1e-9);
        assert!((lasting.relief_pct(105) - (20.0 + 40.0 / 1024.0)).abs() < 1e-9);
        // Below 30% once a quarter of the 40 points is left: two half-lives, from day 26.
        assert_eq!(lasting.first_day_below(30.0), Some(26));
        assert_eq!(lasting.first_day_below(20.0), None);
        let linear = ReliefCurve {
            floor_pct: 10.0,
            ..curve(Decline::Linear { drop_days: 10.0 })
        };
        assert_eq!(linear.relief_pct(40), 10.0);
    }
}
