//! Which chart: the charts the app, the command line and the report can draw.

use crate::t;

/// Which chart to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Daily pain with its 7-day mean, infusion markers, sleep quality and mobility.
    Timeline,
    /// Relief by day since infusion: the median of the completed cycles with its interquartile
    /// band, and the latest cycle on top.
    Typical,
    /// The share of cycles in which meaningful relief still held, by day since infusion.
    Survival,
    /// Relief by day since infusion, one line per cycle.
    Cycles,
    /// How long relief lasted per cycle, beside the interval to the next infusion.
    Durations,
}

impl ChartKind {
    /// The chart's title, in the current language.
    pub fn title(self) -> String {
        match self {
            Self::Timeline => t!("chart-title-timeline"),
            Self::Typical => t!("chart-title-typical"),
            Self::Survival => t!("chart-title-survival"),
            Self::Cycles => t!("chart-title-cycles"),
            Self::Durations => t!("chart-title-durations"),
        }
    }
}
