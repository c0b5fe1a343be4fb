//! The cycle overlay: relief against days since infusion, one line per cycle.

use chrono::NaiveDate;

use crate::analysis::{Analysis, Cycle};
use crate::domain::Phase;
use crate::t;
use crate::wording::{date, phase_key};

/// One cycle's relief curve.
#[derive(Debug, Clone, PartialEq)]
pub struct CycleCurve {
    /// The cycle's number (1 for the first).
    pub index: u32,
    /// Legend label, e.g. "Cycle 4 (maintenance, 12 Mar 2026)", in the language the chart
    /// models were made in ([`cycle_label`] words it again in another).
    pub label: String,
    /// Loading or maintenance.
    pub phase: Phase,
    /// The cycle's infusion.
    pub anchor: NaiveDate,
    /// Whether this is the most recent cycle (drawn highlighted).
    pub latest: bool,
    /// Relief in percent by day since the infusion, in unbroken runs.
    pub relief: Vec<Vec<(f64, f64)>>,
    /// The fitted exponential decay, sampled daily from its start; empty when there is no
    /// trustworthy fit.
    pub fitted: Vec<(f64, f64)>,
    /// The day meaningful relief was lost and the relief shown there.
    pub loss: Option<(f64, f64)>,
    /// Days from the infusion to the next one, when known.
    pub length_days: Option<u32>,
}

/// Everything the overlay draws.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CycleOverlay {
    /// One curve per cycle, oldest first.
    pub curves: Vec<CycleCurve>,
    /// The meaningful relief line, in percent.
    pub meaningful_pct: f64,
    /// The substantial relief line, in percent.
    pub substantial_pct: f64,
    /// The longest cycle, in days (the x range).
    pub max_day: f64,
}

/// A cycle's legend label in the current language: "Cycle 4 (maintenance, 12 Mar 2026)".
pub fn cycle_label(index: u32, phase: Phase, anchor: NaiveDate) -> String {
    t!(
        "chart-cycle-label",
        index = index,
        phase = phase_key(phase),
        date = date(anchor)
    )
}

/// Builds the overlay from the analysis.
pub fn build_overlay(analysis: &Analysis) -> CycleOverlay {
    let latest = analysis.cycles.last().map(|cycle| cycle.index);
    let curves: Vec<CycleCurve> = analysis
        .cycles
        .iter()
        .map(|cycle| curve(cycle, Some(cycle.index) == latest))
        .collect();
    let max_day = analysis
        .cycles
        .iter()
        .flat_map(|cycle| cycle.days.last().map(|day| f64::from(day.day)))
        .fold(0.0, f64::max);
    CycleOverlay {
        curves,
        meaningful_pct: analysis.settings.meaningful_relief_pct,
        substantial_pct: analysis.settings.substantial_relief_pct,
        max_day,
    }
}

fn curve(cycle: &Cycle, latest: bool) -> CycleCurve {
    let mut relief: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut run: Vec<(f64, f64)> = Vec::new();
    let mut previous_day = None;
    for day in &cycle.days {
        match day.relief_pct {
            Some(pct) => {
                if previous_day.is_some_and(|previous: u32| day.day > previous + 1)
                    && !run.is_empty()
                {
                    relief.push(std::mem::take(&mut run));
                }
                run.push((f64::from(day.day), pct));
                previous_day = Some(day.day);
            }
            None => {
                if !run.is_empty() {
                    relief.push(std::mem::take(&mut run));
                }
            }
        }
    }
    if !run.is_empty() {
        relief.push(run);
    }
    let last_day = cycle.days.last().map_or(0, |day| day.day);
    let fitted = cycle
        .decay
        .as_ref()
        .map(|fit| {
            (fit.start_day..=last_day)
                .map(|day| (f64::from(day), fit.relief_at(f64::from(day))))
                .collect()
        })
        .unwrap_or_default();
    let loss = cycle.loss_30_day.and_then(|loss_day| {
        cycle
            .days
            .iter()
            .find(|day| day.day == loss_day)
            .and_then(|day| day.relief_pct)
            .map(|pct| (f64::from(loss_day), pct))
    });
    CycleCurve {
        index: cycle.index,
        label: cycle_label(cycle.index, cycle.phase, cycle.anchor),
        phase: cycle.phase,
        anchor: cycle.anchor,
        latest,
        relief,
        fitted,
        loss,
        length_days: cycle.length_days,
    }
}
