//! Chart models: what the timeline, the typical cycle, relief survival, the cycle overlay and the
//! relief-duration charts show,
//! computed once when the journal changes and shared by the in-app plots and the exported images.
//!
//! Plain data, no egui and no drawing: `ui` draws these with egui_plot, `report` with plotters.

mod axis;
mod decimate;
mod durations;
mod kind;
mod overlay;
mod survival;
mod timeline;
mod typical;

use chrono::NaiveDate;

pub use axis::{DateRange, RangePreset, THREE_MONTHS_DAYS, date_at, day_number, tick_label};
pub use decimate::decimate_min_max;
pub use durations::{DurationBar, Durations, Trend, build_durations};
pub use kind::ChartKind;
pub use overlay::{CycleCurve, CycleOverlay, build_overlay, cycle_label};
pub use survival::{RECENT_INTERVALS, SurvivalChart, build_survival};
pub use timeline::{
    DatedValue, InfusionMarker, MarkerKind, Timeline, build_timeline, centred_mean_runs,
};
pub use typical::{MIN_TYPICAL_CYCLES, TypicalCycle, TypicalDay, build_typical, quantile};

use crate::analysis::{Analysis, analyze};
use crate::domain::Journal;

/// The charts of one journal, with the analysis they come from.
#[derive(Debug, Clone, PartialEq)]
pub struct Charts {
    /// The analysis the charts show.
    pub analysis: Analysis,
    /// Daily values and infusion markers.
    pub timeline: Timeline,
    /// Relief by day since infusion, per cycle.
    pub overlay: CycleOverlay,
    /// Relief by day since infusion: the median of the completed cycles and the latest cycle.
    pub typical: TypicalCycle,
    /// How long meaningful relief held, over all cycles (Kaplan-Meier).
    pub survival: SurvivalChart,
    /// Relief duration per cycle.
    pub durations: Durations,
}

impl Charts {
    /// Analyses the journal as of `today` and builds every chart.
    pub fn build(journal: &Journal, today: NaiveDate) -> Self {
        let analysis = analyze(journal, today);
        Self::from_analysis(journal, analysis)
    }

    /// Builds every chart from an analysis already made of `journal`.
    pub fn from_analysis(journal: &Journal, analysis: Analysis) -> Self {
        let timeline = build_timeline(
            &journal.entries,
            &journal.infusions,
            &analysis,
            &journal.settings.analysis,
        );
        let overlay = build_overlay(&analysis);
        let latest = overlay
            .curves
            .last()
            .map(|curve| curve.relief.clone())
            .unwrap_or_default();
        let typical = build_typical(&analysis.cycles, &analysis.settings, latest);
        let survival = build_survival(&analysis);
        let durations = build_durations(&analysis);
        Self {
            analysis,
            timeline,
            overlay,
            typical,
            survival,
            durations,
        }
    }
}
