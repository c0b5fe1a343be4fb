//! `relief-journal analyze`: the per-cycle table and the flags, or the whole analysis as JSON
//! (every field present, `null` when unknown).

use std::io::{self, Write};

use chrono::NaiveDate;
use clap::Args;

use super::CliError;
use crate::analysis::{Analysis, analyze};
use crate::domain::Journal;
use crate::store::Store;
use crate::t;
use crate::wording::Summary;
use crate::wording::format::date;
use crate::wording::{
    Threshold, baseline_text, cycle_cells, disclaimer, early_late_legend, thresholds_clause,
};

/// Arguments of `analyze`.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Print the analysis as JSON for other programs (every field present, null when unknown).
    #[arg(long)]
    json: bool,
}

/// Analyses the journal as of `today` and prints the result.
///
/// # Errors
///
/// [`CliError::Failure`] when the journal cannot be read or the output cannot be written.
pub fn run(store: &Store, args: &AnalyzeArgs, today: NaiveDate) -> Result<(), CliError> {
    let journal = store.journal()?;
    let mut stdout = io::stdout().lock();
    write_analysis(&journal, today, args.json, &mut stdout).map_err(|error| {
        CliError::Failure(t!("cli-analyze-print-failed", error = (error.to_string())))
    })
}

/// Writes the analysis of `journal` as of `today` to `out`: the readable table and flags, or the
/// JSON of the whole [`Analysis`] when `json` is set.
///
/// # Errors
///
/// The error of `out` when writing fails, or when the JSON cannot be written.
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
        let summary = Summary::new(journal, &analysis, today);
        write_report(&analysis, &summary, today, out)
    }
}

/// The readable report: baseline, per-cycle table, forecast, flags and the disclaimer.
fn write_report(
    analysis: &Analysis,
    summary: &Summary,
    today: NaiveDate,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "{}", t!("cli-analyze-heading", date = (date(today))))?;
    let settings = &analysis.settings;
    writeln!(out, "{}", baseline_text(&analysis.baseline, settings))?;
    writeln!(
        out,
        "{}",
        t!(
            "cli-analyze-relief-definition",
            thresholds = (thresholds_clause(settings))
        )
    )?;
    writeln!(out)?;
    if analysis.cycles.is_empty() {
        writeln!(out, "{}", t!("cli-analyze-no-cycles"))?;
    } else {
        write_table(&headings(analysis), &cycle_table(analysis), out)?;
        writeln!(
            out,
            "{}",
            t!(
                "cli-analyze-below-legend",
                meaningful = (Threshold::Meaningful.percent(settings)),
                substantial = (Threshold::Substantial.percent(settings))
            )
        )?;
        writeln!(out, "{}", early_late_legend())?;
        writeln!(out)?;
        writeln!(out, "{}", summary.forecast_line())?;
    }
    writeln!(out)?;
    if let Some(none) = &summary.no_patterns {
        writeln!(out, "{none}")?;
        for line in summary.evidence_lines() {
            writeln!(out, "- {line}")?;
        }
    } else {
        writeln!(out, "{}", t!("cli-analyze-patterns"))?;
        for flag in &summary.flags {
            writeln!(out, "- {}", flag.message)?;
            writeln!(
                out,
                "  {}",
                t!(
                    "cli-analyze-evidence",
                    evidence = (flag.evidence.to_string())
                )
            )?;
        }
        for line in summary.evidence_lines() {
            writeln!(out, "- {line}")?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", disclaimer())
}

/// Column headings of the cycle table; the loss columns name the thresholds in use.
fn headings(analysis: &Analysis) -> Vec<String> {
    let settings = &analysis.settings;
    vec![
        t!("cli-analyze-column-number"),
        t!("cli-analyze-column-phase"),
        t!("cli-analyze-column-infusion"),
        t!("cli-analyze-column-next"),
        t!("cli-analyze-column-days"),
        t!("cli-analyze-column-logged"),
        t!("cli-analyze-column-peak"),
        t!("cli-analyze-column-onset"),
        Threshold::Meaningful.below_heading(settings),
        Threshold::Substantial.below_heading(settings),
        t!("cli-analyze-column-half-life"),
        t!("cli-analyze-column-pain"),
        t!("cli-analyze-column-worst"),
        t!("cli-analyze-column-high-pain-days"),
        t!("cli-analyze-column-rescue"),
        t!("cli-analyze-column-mobility"),
        t!("cli-analyze-column-sleep"),
    ]
}

/// Columns whose values line up on the right.
const RIGHT_ALIGNED: [bool; 17] = [
    true, false, false, false, true, true, true, true, false, false, true, false, false, false,
    false, false, false,
];

fn cycle_table(analysis: &Analysis) -> Vec<Vec<String>> {
    analysis
        .cycles
        .iter()
        .map(|cycle| {
            let cells = cycle_cells(cycle, &analysis.settings);
            let days = if cycle.is_completed() {
                cells.days_to_next
            } else {
                "-".to_owned()
            };
            vec![
                cells.number,
                cells.phase,
                cells.infusion,
                cells.next_infusion,
                days,
                cells.days_logged,
                cells.peak,
                cells.onset,
                cells.meaningful_until,
                cells.substantial_until,
                cells.half_life,
                cells.pain,
                cells.worst_pain,
                cells.high_pain_days,
                cells.rescue,
                cells.mobility,
                cells.sleep,
            ]
        })
        .collect()
}

/// Writes rows under `headings`, each column as wide as its widest cell.
fn write_table(headings: &[String], rows: &[Vec<String>], out: &mut dyn Write) -> io::Result<()> {
    let mut widths: Vec<usize> = headings
        .iter()
        .map(|heading| heading.chars().count())
        .collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&headings.to_vec()).chain(rows) {
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
                "Relief analysis on 23 May 2026\nBaseline pain 8.0: the mean of 7 logged untreated days"
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
        assert!(
            open.contains("open") && open.contains("still holding"),
            "{open}"
        );
        assert!(
            text.contains(
                "Open cycle 4: In the last 3 completed cycles with relief measured, relief \
                 usually faded around day 20; in this cycle that is about 3 Jun 2026. Next \
                 infusion planned 25 Jun 2026."
            ),
            "{text}"
        );
        assert!(
            text.contains("Patterns:\n- In your last 3 completed cycles, relief fell below 30%"),
            "{text}"
        );
        assert!(
            text.contains("  Evidence: Cycle 1 (from 8 Jan 2026): relief below 30% from day 20"),
            "{text}"
        );
        assert!(text.trim_end().ends_with(&disclaimer()));
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
        assert!(
            text.contains(
                "No patterns flagged yet: most patterns need at least 2 completed cycles with \
                 relief measured, and there are none so far."
            ),
            "{text}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&report(&Journal::default(), "2026-05-23", true)).unwrap();
        assert_eq!(json["cycles"], serde_json::json!([]));
    }
}
