//! `relief-journal chart`: draw one chart to a PNG or SVG file.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use super::{CliError, optional};
use crate::chart_image::{ChartError, save_chart};
use crate::charts::{ChartKind, Charts, DateRange, RangePreset};
use crate::domain::parse_date;
use crate::store::Store;
use crate::t;

/// The charts on offer.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum KindArg {
    /// Daily pain, its 7-day mean and infusions, with sleep quality and mobility.
    Timeline,
    /// Relief by day since infusion: the median of the completed cycles with the band of their
    /// middle half, the latest cycle on top.
    Typical,
    /// The share of cycles in which meaningful relief still held by day since infusion, beside
    /// the recent intervals between infusions.
    Survival,
    /// Relief by day since infusion, one line per cycle.
    Cycles,
    /// How long relief lasted in each cycle, beside the interval to the next infusion.
    Durations,
}

/// Arguments of `chart`.
#[derive(Debug, Args)]
pub struct ChartArgs {
    /// Which chart.
    #[arg(long, value_enum)]
    kind: KindArg,
    /// The image file: .png or .svg.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// First day of the timeline (YYYY-MM-DD); default the first day with data.
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Last day of the timeline (YYYY-MM-DD); default the last day with data.
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
}

/// Analyses the journal and saves the chart.
///
/// # Errors
///
/// [`CliError::BadInput`] for a bad date, a backwards range or a file name that is neither
/// `.png` nor `.svg`; [`CliError::Failure`] when the journal cannot be read or the image cannot
/// be drawn or written.
pub fn run(store: &Store, args: &ChartArgs, today: NaiveDate) -> Result<(), CliError> {
    let journal = store.journal()?;
    let charts = Charts::build(&journal, today);
    let from = optional(args.from.as_ref(), |text| parse_date("from", text))?;
    let to = optional(args.to.as_ref(), |text| parse_date("to", text))?;
    let range = match (charts.timeline.first_date, charts.timeline.last_date) {
        (Some(first), Some(last)) => {
            let all = RangePreset::All.range(first, last);
            Some(DateRange {
                start: from.unwrap_or(all.start),
                end: to.unwrap_or(all.end),
            })
        }
        _ => None,
    };
    if let Some(range) = range
        && range.start > range.end
    {
        return Err(CliError::BadInput(t!(
            "cli-error-range-backwards",
            from = (range.start.to_string()),
            to = (range.end.to_string())
        )));
    }
    let (kind, name) = match args.kind {
        KindArg::Timeline => (ChartKind::Timeline, "timeline"),
        KindArg::Typical => (ChartKind::Typical, "typical"),
        KindArg::Survival => (ChartKind::Survival, "survival"),
        KindArg::Cycles => (ChartKind::Cycles, "cycles"),
        KindArg::Durations => (ChartKind::Durations, "durations"),
    };
    save_chart(&charts, kind, range, &args.out).map_err(|error| match error {
        ChartError::UnknownFormat(_) => CliError::BadInput(error.to_string()),
        other => CliError::Failure(other.to_string()),
    })?;
    println!(
        "{}",
        t!(
            "cli-chart-saved",
            chart = name,
            path = (args.out.display().to_string())
        )
    );
    Ok(())
}
