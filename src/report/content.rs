//! What the report says: on page 1 the header, the timeline of the period, the typical cycle and
//! relief survival, the per-cycle table, the patterns, the baseline and the disclaimer; then how
//! relief is measured, the evidence, the infusion log and the daily entries. Words and cells come from [`crate::wording`]; placing them is `pages`' job.

use chrono::Duration;

use super::pages::{BODY, Document, PALETTE, TABLE};
use super::pdf::{ReportError, ReportOptions};
use crate::analysis::{Analysis, Cycle};
use crate::chart_image::render_svg;
use crate::charts::{ChartKind, Charts, DateRange};
use crate::domain::{AnalysisSettings, Entry, Infusion, InfusionStatus, Journal};
use crate::wording::{
    DISCLAIMER, EARLY_LATE_LEGEND, RELIEF_CHARTS_SCOPE, Threshold, baseline_text, cycle_cells,
    flag_evidence, flag_message, forecast_sentence, inferred_phase_note, method_paragraph,
    no_patterns_sentence, relief_chart_missing, stale_sentence, survival_sentence,
};

/// The entries of `journal` within `period`.
pub(super) fn entries_in(journal: &Journal, period: DateRange) -> impl Iterator<Item = &Entry> {
    journal
        .entries
        .iter()
        .filter(move |entry| period.contains(entry.date))
}

/// The infusions of `journal`, done and planned, within `period`.
pub(super) fn infusions_in(
    journal: &Journal,
    period: DateRange,
) -> impl Iterator<Item = &Infusion> {
    journal
        .infusions
        .iter()
        .filter(move |infusion| period.contains(infusion.date))
}

/// Cycles that overlap the period.
pub(super) fn cycles_in(analysis: &Analysis, period: DateRange) -> Vec<&Cycle> {
    analysis
        .cycles
        .iter()
        .filter(|cycle| {
            let end = cycle
                .next_infusion
                .unwrap_or(period.end + Duration::days(1));
            cycle.anchor <= period.end && end > period.start
        })
        .collect()
}

/// Page 1: what a clinician reads in a minute. Returns how many cycles its table shows.
pub(super) fn summary_page(
    document: &mut Document<'_>,
    journal: &Journal,
    charts: &Charts,
    options: &ReportOptions,
) -> Result<usize, ReportError> {
    let period = options.period;
    let width = document.content_width();
    document.text(
        "Relief Journal: pain and infusion summary",
        16.0,
        true,
        PALETTE.text,
    );
    let logged = entries_in(journal, period).count();
    let mut header = format!(
        "Period {} to {} ({}) · Days logged: {} of {} ({:.0}%) · Generated {}",
        period.start,
        period.end,
        match period.days() {
            1 => "1 day".to_owned(),
            days => format!("{days} days"),
        },
        logged,
        period.days(),
        100.0 * logged as f64 / period.days().max(1) as f64,
        options.generated_on
    );
    if !options.patient_name.trim().is_empty() {
        header = format!("Patient: {} · {header}", options.patient_name.trim());
    }
    document.paragraph(&header, BODY, false, PALETTE.muted_text);
    document.gap(6.0);

    let cycles = cycles_in(&charts.analysis, period);
    let in_period_entries = logged > 0;
    let in_period_infusions = infusions_in(journal, period).next().is_some();
    if !in_period_entries && !in_period_infusions {
        document.paragraph(
            "No entries or infusions were recorded in this period. Choose a longer period, or log a few days and infusions first.",
            11.0,
            false,
            PALETTE.text,
        );
    } else {
        let timeline = render_svg(charts, ChartKind::Timeline, Some(period), (1200, 400))?;
        document.svg(timeline, width / 3.0);
        relief_charts(document, charts, &cycles)?;
    }

    document.heading("Infusion cycles");
    let mut shown = 0;
    if cycles.is_empty() {
        document.paragraph(
            "No infusion cycle falls in this period.",
            BODY,
            false,
            PALETTE.text,
        );
    } else {
        let rows: Vec<Vec<String>> = cycles
            .iter()
            .map(|cycle| cycle_row(cycle, journal))
            .collect();
        let columns = cycle_columns(&charts.analysis.settings);
        // Keep room below the table for what page 1 must still hold.
        let reserve = document.text_height(EARLY_LATE_LEGEND, TABLE, false)
            + document.text_height("Showing the latest", TABLE, false)
            + after_table_height(document, &charts.analysis);
        shown = document.summary_table(&columns, &rows, 10, reserve);
        document.paragraph(EARLY_LATE_LEGEND, TABLE, false, PALETTE.muted_text);
        if shown < rows.len() {
            document.paragraph(
                &format!(
                    "Showing the latest {shown} of {} cycles; all are listed on the following pages.",
                    rows.len()
                ),
                TABLE,
                false,
                PALETTE.muted_text,
            );
        }
    }

    document.heading("Patterns");
    let analysis = &charts.analysis;
    let (patterns, bullets) = pattern_lines(analysis);
    for line in &patterns {
        if bullets {
            document.bullet(line, BODY);
        } else {
            document.paragraph(line, BODY, false, PALETTE.text);
        }
    }
    document.gap(4.0);
    document.paragraph(&baseline_line(analysis), TABLE, false, PALETTE.muted_text);
    document.paragraph(DISCLAIMER, BODY, true, PALETTE.text);
    Ok(shown)
}

/// The lines under "Patterns" on page 1: each flag, the stale-cycle note and the forecast as
/// bullets (`true`), or the one sentence that nothing was flagged (`false`).
fn pattern_lines(analysis: &Analysis) -> (Vec<String>, bool) {
    let mut lines: Vec<String> = analysis.flags.iter().map(flag_message).collect();
    if let Some(stale) = analysis
        .open_cycle()
        .and_then(|open| stale_sentence(open, &analysis.settings))
    {
        lines.push(stale);
    }
    if analysis.open_cycle().is_some() && analysis.forecast.expected_fade_day.is_some() {
        lines.push(forecast_sentence(&analysis.forecast));
    }
    if analysis.flags.is_empty() && lines.is_empty() {
        return (vec![no_patterns_sentence(analysis)], false);
    }
    (lines, true)
}

/// The baseline relief is measured against, and where the method is explained.
fn baseline_line(analysis: &Analysis) -> String {
    format!(
        "{} How relief is measured: on a later page, under that heading.",
        baseline_text(&analysis.baseline, &analysis.settings)
    )
}

/// The height of what follows the cycle table on page 1: the patterns, the baseline line and
/// the disclaimer, with their headings and gaps.
fn after_table_height(document: &Document<'_>, analysis: &Analysis) -> f32 {
    let (patterns, bullets) = pattern_lines(analysis);
    let heading = 6.0 + 11.0 * 1.3 + 4.0;
    let lines: f32 = patterns
        .iter()
        .map(|line| document.text_height(line, BODY, bullets))
        .sum();
    heading
        + lines
        + 4.0
        + document.text_height(&baseline_line(analysis), TABLE, false)
        + document.text_height(DISCLAIMER, BODY, false)
}

/// Relief after each infusion, side by side: the typical cycle (each cycle of the period when
/// there are too few completed cycles for a typical one) and relief survival with its sentence;
/// or what they still need.
fn relief_charts(
    document: &mut Document<'_>,
    charts: &Charts,
    cycles: &[&Cycle],
) -> Result<(), ReportError> {
    if let Some(missing) = relief_chart_missing(&charts.analysis) {
        document.paragraph(&missing, BODY, false, PALETTE.muted_text);
        return Ok(());
    }
    // Half-width images drawn at about 560 pixels, so their text prints at 6 to 7 points.
    let size = (560, 350);
    let left = if charts.typical.days.is_empty() {
        let mut period_charts = charts.clone();
        let indices: Vec<u32> = cycles.iter().map(|cycle| cycle.index).collect();
        period_charts
            .overlay
            .curves
            .retain(|curve| indices.contains(&curve.index));
        render_svg(&period_charts, ChartKind::Cycles, None, size)?
    } else {
        render_svg(charts, ChartKind::Typical, None, size)?
    };
    let right = render_svg(charts, ChartKind::Survival, None, size)?;
    let height = (document.content_width() - 12.0) / 2.0 * size.1 as f32 / size.0 as f32;
    document.svg_pair(left, right, height);
    if let Some(sentence) = survival_sentence(&charts.analysis.cycles) {
        document.paragraph(&sentence, BODY, false, PALETTE.text);
    }
    document.paragraph(RELIEF_CHARTS_SCOPE, TABLE, false, PALETTE.muted_text);
    Ok(())
}

/// Columns of the per-cycle table: title and share of the width; the loss columns name the
/// thresholds in use. The early → late columns are explained by [`EARLY_LATE_LEGEND`] under the
/// table. Side effects have a page of their own.
fn cycle_columns(settings: &AnalysisSettings) -> Vec<(String, f32)> {
    vec![
        ("Infusion".to_owned(), 0.105),
        ("Phase".to_owned(), 0.11),
        ("Days to next".to_owned(), 0.06),
        ("Peak relief".to_owned(), 0.065),
        (Threshold::Meaningful.until_heading(settings), 0.105),
        (Threshold::Substantial.until_heading(settings), 0.105),
        ("Pain".to_owned(), 0.075),
        ("Worst pain".to_owned(), 0.075),
        ("Days 7+".to_owned(), 0.065),
        ("Rescue / week".to_owned(), 0.08),
        ("Mobility".to_owned(), 0.08),
        ("Sleep".to_owned(), 0.075),
    ]
}

/// One row of the per-cycle table.
fn cycle_row(cycle: &Cycle, journal: &Journal) -> Vec<String> {
    let cells = cycle_cells(cycle, &journal.settings.analysis);
    vec![
        cells.infusion,
        cells.phase,
        cells.days_to_next,
        cells.peak,
        cells.meaningful_until,
        cells.substantial_until,
        cells.pain,
        cells.worst_pain,
        cells.high_pain_days,
        cells.rescue,
        cells.mobility,
        cells.sleep,
    ]
}

/// The following pages: how relief is measured, the evidence, all cycles when page 1 showed
/// only the latest `cycles_on_page_one`, the infusion log and the daily entries.
pub(super) fn appendix(
    document: &mut Document<'_>,
    journal: &Journal,
    analysis: &Analysis,
    options: &ReportOptions,
    cycles_on_page_one: usize,
) {
    let period = options.period;
    let cycles = cycles_in(analysis, period);
    let flags_with_evidence = !analysis.flags.is_empty();
    let infusions: Vec<&Infusion> = infusions_in(journal, period).collect();
    let entries: Vec<&Entry> = entries_in(journal, period).collect();
    if cycles.is_empty() && infusions.is_empty() && entries.is_empty() {
        // Page 1 already says the period holds nothing.
        return;
    }
    document.new_page();
    document.heading("How relief is measured");
    let settings = &analysis.settings;
    document.paragraph(
        &format!(
            "{} {} Details: docs/ANALYSIS.md of Relief Journal.",
            baseline_text(&analysis.baseline, settings),
            method_paragraph(settings)
        ),
        BODY,
        false,
        PALETTE.text,
    );
    if flags_with_evidence {
        document.heading("Patterns and their evidence");
        for flag in &analysis.flags {
            document.bullet(&flag_message(flag), BODY);
            document.paragraph(
                &format!("Evidence: {}", flag_evidence(flag)),
                TABLE,
                false,
                PALETTE.muted_text,
            );
            document.gap(3.0);
        }
    }
    if cycles.len() > cycles_on_page_one {
        document.heading("All infusion cycles in the period");
        let rows: Vec<Vec<String>> = cycles
            .iter()
            .map(|cycle| cycle_row(cycle, journal))
            .collect();
        document.long_table(&cycle_columns(&analysis.settings), &rows);
    }
    if !infusions.is_empty() {
        document.heading("Infusion log");
        let columns = [
            ("Date", 0.11),
            ("Status", 0.08),
            ("Phase", 0.10),
            ("Dose mg", 0.08),
            ("Min.", 0.06),
            ("Clinic", 0.16),
            ("Side effects", 0.18),
            ("Note", 0.22),
        ];
        let mut done_days = std::collections::BTreeSet::new();
        let rows: Vec<Vec<String>> = infusions
            .iter()
            .map(|infusion| {
                // A second record of a done infusion on one day (journals from before a day
                // could hold only one) is listed, and said to be one, not counted again.
                let status = if infusion.is_done() && !done_days.insert(infusion.date) {
                    "done (2nd record of the day)".to_owned()
                } else {
                    infusion.status.to_string()
                };
                vec![
                    infusion.date.to_string(),
                    status,
                    infusion_phase(infusion, analysis),
                    infusion
                        .dose_mg
                        .map_or_else(String::new, |dose| format!("{}", dose.get())),
                    infusion
                        .duration_min
                        .map_or_else(String::new, |minutes| minutes.get().to_string()),
                    infusion.clinic.clone(),
                    infusion.side_effects.items().join(", "),
                    infusion.note.clone(),
                ]
            })
            .collect();
        document.long_table(&columns, &rows);
        if rows
            .iter()
            .any(|row| row.get(2).is_some_and(|phase| phase.ends_with('*')))
        {
            document.paragraph(
                &inferred_phase_note(settings),
                TABLE,
                false,
                PALETTE.muted_text,
            );
        }
    }
    if options.include_daily && !entries.is_empty() {
        document.heading("Daily entries");
        let columns = [
            ("Date", 0.10),
            ("Pain", 0.05),
            ("Worst", 0.055),
            ("Sleep h", 0.06),
            ("Sleep q.", 0.06),
            ("Mobility", 0.075),
            ("Mood", 0.055),
            ("Rescue", 0.065),
            ("Wearing off", 0.07),
            ("Side effects, tags", 0.15),
            ("Note", 0.26),
        ];
        let score = |value: Option<crate::domain::Score>| {
            value.map_or_else(String::new, |score| score.get().to_string())
        };
        let rows: Vec<Vec<String>> = entries
            .iter()
            .map(|entry| {
                let labels: Vec<&str> = entry
                    .side_effects
                    .items()
                    .iter()
                    .chain(entry.tags.items())
                    .map(String::as_str)
                    .collect();
                vec![
                    entry.date.to_string(),
                    entry.pain.get().to_string(),
                    score(entry.worst_pain),
                    entry
                        .sleep_hours
                        .map_or_else(String::new, |hours| format!("{}", hours.get())),
                    score(entry.sleep_quality),
                    score(entry.mobility),
                    score(entry.mood),
                    entry
                        .rescue_doses
                        .map_or_else(String::new, |doses| doses.get().to_string()),
                    if entry.wearing_off {
                        "yes".to_owned()
                    } else {
                        String::new()
                    },
                    labels.join(", "),
                    entry.note.clone(),
                ]
            })
            .collect();
        document.long_table(&columns, &rows);
    }
}

/// The phase column of the infusion log: the phase recorded on the infusion, or for a done one
/// the phase the analysis gave its series, marked with `*` ([`inferred_phase_note`] explains it);
/// empty for a planned infusion without one.
fn infusion_phase(infusion: &Infusion, analysis: &Analysis) -> String {
    if let Some(phase) = infusion.phase {
        return phase.to_string();
    }
    if infusion.status != InfusionStatus::Done {
        return String::new();
    }
    analysis
        .cycle_of_infusion(infusion.date)
        .map_or_else(String::new, |cycle| format!("{}*", cycle.phase))
}
