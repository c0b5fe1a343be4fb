//! `relief-journal analyze`: the per-cycle table and the flags, or the whole analysis as JSON
//! (the format of DESIGN.md section 4: every field present, `null` when unknown).

use std::io::{self, Write};

use chrono::NaiveDate;
use clap::Args;

use super::CliError;
use crate::analysis::{Analysis, BaselineSource, Cycle, Loss, analyze};
use crate::domain::Journal;
use crate::store::Store;

/// The standing line under every analysis.
pub const DISCLAIMER: &str = "Patient-recorded data; not medical advice.";

/// Arguments of `analyze`.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Print the analysis as JSON for other programs (every field present, null when unknown).
    #[arg(long)]
    json: bool,
}

/// Analyses the journal as of `today` and prints the result.
pub fn run(store: &Store, args: &AnalyzeArgs, today: NaiveDate) -> Result<(), CliError> {
    let journal = store.journal()?;
    let mut stdout = io::stdout().lock();
    write_analysis(&journal, today, args.json, &mut stdout)
        .map_err(|error| CliError::Failure(format!("could not print the analysis: {error}")))
}

/// Writes the analysis of `journal` as of `today` to `out`: the readable table and flags, or the
/// JSON of DESIGN.md section 4 when `json` is set.
pub fn write_analysis(
    journal: &Journal,
    today: NaiveDate,
    json: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let analysis = analyze(journal, today);
    if json {
        serde_json::to_writer_pretty(&mut *out, &analysis)?;
        writeln!(out)
    } else {
        write_report(&analysis, today, out)
    }
}

/// The readable report: baseline, per-cycle table, forecast, flags and the disclaimer.
fn write_report(analysis: &Analysis, today: NaiveDate, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "Relief analysis on {today}")?;
    writeln!(out, "{}", baseline_line(analysis))?;
    let settings = &analysis.settings;
    writeln!(
        out,
        "Relief is pain below the baseline: {}% counts as meaningful, {}% as substantial.",
        settings.meaningful_relief_pct, settings.substantial_relief_pct
    )?;
    writeln!(out)?;
    if analysis.cycles.is_empty() {
        writeln!(
            out,
            "No done infusions yet, so there are no relief cycles to show."
        )?;
    } else {
        write_table(&cycle_table(analysis), out)?;
        writeln!(
            out,
            "Below 30% / 50%: the day relief fell below the threshold and stayed below; \"lasted\" \
             means it still held at the next infusion (or, in the open cycle, today)."
        )?;
        writeln!(out)?;
        writeln!(out, "{}", forecast_line(analysis))?;
    }
    writeln!(out)?;
    if analysis.flags.is_empty() {
        writeln!(out, "No patterns flagged.")?;
    } else {
        writeln!(out, "Patterns:")?;
        for flag in &analysis.flags {
            writeln!(out, "- {}", flag.message)?;
            writeln!(out, "  Evidence: {}", flag.evidence)?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{DISCLAIMER}")
}

fn baseline_line(analysis: &Analysis) -> String {
    let baseline = &analysis.baseline;
    let days = analysis.settings.baseline_days;
    let pain = baseline.pain.map_or_else(|| "-".to_owned(), one_decimal);
    match baseline.source {
        Some(BaselineSource::Pretreatment) => format!(
            "Baseline pain {pain}: the mean of {} logged days in the {days} days before the first infusion.",
            baseline.days_logged
        ),
        Some(BaselineSource::Manual) => format!(
            "Baseline pain {pain}, set by hand ({} of the {days} days before the first infusion are logged).",
            baseline.days_logged
        ),
        Some(BaselineSource::PreInfusion) => format!(
            "Baseline: each cycle's own {days} days before its infusion, as neither the days before the \
             first infusion nor a baseline set by hand is available. Relief then looks smaller when an \
             infusion came while relief still held; a baseline set by hand in the settings avoids that."
        ),
        None => "Baseline: none yet (no infusion recorded and no baseline set by hand).".to_owned(),
    }
}

fn forecast_line(analysis: &Analysis) -> String {
    let forecast = &analysis.forecast;
    let planned = forecast.planned_next_infusion.map_or_else(
        || "no next infusion planned in the journal".to_owned(),
        |date| format!("next infusion planned for {date}"),
    );
    match (
        analysis.open_cycle(),
        forecast.expected_fade_day,
        forecast.expected_fade_date,
    ) {
        (Some(open), Some(day), Some(date)) => format!(
            "Open cycle {}: in past cycles relief faded around day {day}, which would be {date}; {planned}.",
            open.index
        ),
        (Some(open), _, _) => format!(
            "Open cycle {}: too few past cycles with a fade day to estimate one; {planned}.",
            open.index
        ),
        (None, _, _) => format!("No open cycle; {planned}."),
    }
}

/// Column headings of the cycle table.
const HEADINGS: [&str; 14] = [
    "#",
    "phase",
    "infusion",
    "next",
    "days",
    "logged",
    "peak",
    "onset",
    "below 30%",
    "below 50%",
    "half-life",
    "rescue/wk",
    "mobility",
    "sleep",
];

/// Columns whose values line up on the right.
const RIGHT_ALIGNED: [bool; 14] = [
    true, false, false, false, true, true, true, true, false, false, true, false, false, false,
];

fn cycle_table(analysis: &Analysis) -> Vec<Vec<String>> {
    analysis
        .cycles
        .iter()
        .map(|cycle| cycle_row(cycle, analysis))
        .collect()
}

fn cycle_row(cycle: &Cycle, analysis: &Analysis) -> Vec<String> {
    let optional =
        |value: Option<u32>, show: fn(u32) -> String| value.map_or_else(|| "-".to_owned(), show);
    vec![
        cycle.index.to_string(),
        cycle.phase.to_string(),
        cycle.anchor.to_string(),
        cycle
            .next_infusion
            .map_or_else(|| "open".to_owned(), |date| date.to_string()),
        optional(cycle.length_days, |days| days.to_string()),
        cycle.days_logged.to_string(),
        cycle
            .peak_relief_pct
            .map_or_else(|| "-".to_owned(), |peak| format!("{peak:.0}%")),
        optional(cycle.onset_day, |day| format!("day {day}")),
        loss_cell(cycle.meaningful_loss),
        substantial_loss_cell(cycle, analysis),
        cycle
            .half_life_days
            .map_or_else(|| "-".to_owned(), |days| format!("{days:.1} d")),
        early_late(cycle.rescue_per_week_early, cycle.rescue_per_week_late),
        early_late(cycle.mobility_early, cycle.mobility_late),
        early_late(cycle.sleep_quality_early, cycle.sleep_quality_late),
    ]
}

fn loss_cell(loss: Option<Loss>) -> String {
    match loss {
        Some(Loss::Lost(day)) => format!("day {day}"),
        Some(Loss::Censored) => "lasted".to_owned(),
        Some(Loss::NotReached) => "not reached".to_owned(),
        None => "-".to_owned(),
    }
}

fn substantial_loss_cell(cycle: &Cycle, analysis: &Analysis) -> String {
    let reached = cycle
        .peak_relief_pct
        .is_some_and(|peak| peak >= analysis.settings.substantial_relief_pct);
    if reached || cycle.substantial_loss.is_none() {
        loss_cell(cycle.substantial_loss)
    } else {
        "not reached".to_owned()
    }
}

fn early_late(early: Option<f64>, late: Option<f64>) -> String {
    match (early, late) {
        (None, None) => "-".to_owned(),
        (early, late) => format!(
            "{} -> {}",
            early.map_or_else(|| "-".to_owned(), one_decimal),
            late.map_or_else(|| "-".to_owned(), one_decimal)
        ),
    }
}

fn one_decimal(value: f64) -> String {
    format!("{value:.1}")
}

/// Writes rows under [`HEADINGS`], each column as wide as its widest cell.
fn write_table(rows: &[Vec<String>], out: &mut dyn Write) -> io::Result<()> {
    let mut widths: Vec<usize> = HEADINGS
        .iter()
        .map(|heading| heading.chars().count())
        .collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let headings: Vec<String> = HEADINGS
        .iter()
        .map(|heading| (*heading).to_owned())
        .collect();
    for row in std::iter::once(&headings).chain(rows) {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .zip(RIGHT_ALIGNED)
            .map(|((cell, width), right)| {
                if right {
                    format!("{cell:>width$}")
                } else {
                    format!("{cell:<width$}")
                }
            })
            .collect();
        writeln!(out, "{}", cells.join("  ").trim_end())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::domain::{Entry, Infusion, Score, Settings};

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    /// Pain 8 untreated; three 42-day cycles with pain 3 for 20 days, then 8; an open cycle.
    fn early_fading_journal() -> Journal {
        let mut entries = Vec::new();
        let mut push = |from: NaiveDate, days: i64, pain: i64| {
            for day in 0..days {
                entries.push(Entry::new(
                    from + Duration::days(day),
                    Score::new("pain", pain).unwrap(),
                ));
            }
        };
        push(date("2026-01-01"), 7, 8);
        let mut infusions = Vec::new();
        let mut anchor = date("2026-01-08");
        for _ in 0..3 {
            infusions.push(Infusion::done(anchor));
            push(anchor, 20, 3);
            push(anchor + Duration::days(20), 22, 8);
            anchor += Duration::days(42);
        }
        infusions.push(Infusion::done(anchor));
        push(anchor, 10, 3);
        infusions.push(Infusion::planned(anchor + Duration::days(42)));
        Journal {
            entries,
            infusions,
            settings: Settings::default(),
        }
    }

    fn report(journal: &Journal, today: &str, json: bool) -> String {
        let mut out = Vec::new();
        write_analysis(journal, date(today), json, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_readable_report_has_the_table_forecast_flags_and_disclaimer() {
        let text = report(&early_fading_journal(), "2026-05-23", false);
        assert!(
            text.starts_with(
                "Relief analysis on 2026-05-23\nBaseline pain 8.0: the mean of 7 logged days"
            ),
            "{text}"
        );
        let heading = text
            .lines()
            .find(|line| line.starts_with("#  phase"))
            .unwrap();
        assert!(
            heading.contains("below 30%") && heading.contains("rescue/wk"),
            "{heading}"
        );
        let first = text
            .lines()
            .find(|line| line.starts_with("1  loading"))
            .unwrap();
        assert!(
            first.contains("2026-01-08  2026-02-19") && first.contains("day 20"),
            "{first}"
        );
        let open = text
            .lines()
            .find(|line| line.starts_with("4  maintenance"))
            .unwrap();
        assert!(open.contains("open") && open.contains("lasted"), "{open}");
        assert!(text.contains("relief faded around day 20, which would be 2026-06-03; next infusion planned for 2026-06-25."), "{text}");
        assert!(
            text.contains("Patterns:\n- In your last 3 completed cycles, relief fell below 30%"),
            "{text}"
        );
        assert!(
            text.contains("  Evidence: Cycle 1 (from 2026-01-08): relief below 30% from day 20"),
            "{text}"
        );
        assert!(text.trim_end().ends_with(DISCLAIMER));
    }

    #[test]
    fn json_is_the_analysis() {
        let journal = early_fading_journal();
        let text = report(&journal, "2026-05-23", true);
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
        let expected = serde_json::to_value(analyze(&journal, date("2026-05-23"))).unwrap();
        assert_eq!(parsed, expected);
        assert_eq!(parsed["flags"][0]["kind"], "relief_ends_early");
        assert_eq!(
            parsed["cycles"][3]["next_infusion"],
            serde_json::Value::Null
        );
    }

    #[test]
    fn an_empty_journal_says_so() {
        let text = report(&Journal::default(), "2026-05-23", false);
        assert!(text.contains("Baseline: none yet"), "{text}");
        assert!(text.contains("No done infusions yet"), "{text}");
        assert!(text.contains("No patterns flagged."), "{text}");
        let json: serde_json::Value =
            serde_json::from_str(&report(&Journal::default(), "2026-05-23", true)).unwrap();
        assert_eq!(json["cycles"], serde_json::json!([]));
    }
}
