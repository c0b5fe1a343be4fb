//! Which chart: the three charts the app, the command line and the report can draw.

/// Which chart to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Daily pain with its 7-day mean, infusion markers, sleep quality and mobility.
    Timeline,
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
            Self::Cycles => "Relief by day since infusion",
            Self::Durations => "How long meaningful relief lasted",
        }
    }
}
