//! Which chart: the charts the app, the command line and the report can draw.

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
    /// The chart's title.
    pub fn title(self) -> &'static str {
        match self {
            Self::Timeline => "Daily pain, sleep and mobility",
            Self::Typical => "Typical relief after an infusion",
            Self::Survival => "How long meaningful relief held",
            Self::Cycles => "Relief by day since infusion, each cycle",
            Self::Durations => "How long meaningful relief lasted",
        }
    }
}
