//! What the report says: on page 1 the header, the timeline of the period, the typical cycle and
//! relief survival, the per-cycle table, the patterns, the baseline and the disclaimer; then how
//! relief is measured, the evidence, the infusion log and the daily entries. Words and cells come from [`crate::wording`]; placing them is `pages`' job.

use super::options::{ReportError, ReportOptions};
use super::pages::{BODY, Document, PALETTE, TABLE};
use super::period::{cycles_in, entries_in, infusions_in};
use crate::analysis::{Analysis, Cycle, InfusionPhase};
use crate::chart_image::render_svg;
use crate::charts::{ChartKind, Charts};
use crate::domain::{AnalysisSettings, Entry, Infusion, InfusionStatus, Journal};
use crate::t;
use crate::wording::format::{entered, whole_percent};
use crate::wording::side_effects::side_effect_name;
use crate::wording::{
    Summary, Threshold, baseline_text, cycle_cells, disclaimer, early_late_legend, flag_evidence,
    flag_message, inferred_phase_note, method_paragraph, phase_key, relief_chart_missing,
    relief_charts_scope, survival_sentence,
};

/// Page 1: what a clinician reads in a minute. Returns how many cycles its table shows.
pub(super) fn summary_page(
    document: &mut Document<'_>,
    journal: &Journal,
    charts: &Charts,
    summary: &Summary,
    options: &ReportOptions,
) -> Result<usize, ReportError> {
    let period = options.period;
    let width = document.content_width();
    document.text(&t!("report-title"), 16.0, true, PALETTE.text);
    let logged = entries_in(journal, period).count();
    let share = whole_percent(100.0 * logged as f64 / period.days().max(1) as f64);
    let patient = options.patient_name.trim();
    let header = if patient.is_empty() {
        t!(
            "report-header",
            start = period.start.to_string(),
            end = period.end.to_string(),
            days = period.days(),
            logged = logged,
            percent = share,
            generated = options.generated_on.to_string()
        )
    } else {
        t!(
            "report-header-patient",
            patient = patient,
            start = period.start.to_string(),
            end = period.end.to_string(),
            days = period.days(),
            logged = logged,
            percent = share,
            generated = options.generated_on.to_string()
        )
    };
    document.paragraph(&header, BODY, false, PALETTE.muted_text);
    document.gap(6.0);

    let cycles = cycles_in(&charts.analysis, period);
    let in_period_entries = logged > 0;
    let in_period_infusions = infusions_in(journal, period).next().is_some();
    if !in_period_entries && !in_period_infusions {
        document.paragraph(&t!("report-empty-period"), 11.0, false, PALETTE.text);
    } else {
        let timeline = render_svg(charts, ChartKind::Timeline, Some(period), (1200, 400))?;
        document.svg(timeline, width / 3.0);
        relief_charts(document, charts, &cycles)?;
    }

    document.heading(&t!("report-cycles-heading"));
    let mut shown = 0;
    if cycles.is_empty() {
        document.paragraph(&t!("report-no-cycles"), BODY, false, PALETTE.text);
    } else {
        let rows: Vec<Vec<String>> = cycles
            .iter()
            .map(|cycle| cycle_row(cycle, journal))
            .collect();
        let columns = cycle_columns(&charts.analysis.settings);
        let legend = early_late_legend();
        // Keep room below the table for what page 1 must still hold: the legend, the line
        // saying how many cycles are shown, and what follows the table.
        let shown_line = t!(
            "report-cycles-shown",
            shown = rows.len(),
            total = rows.len()
        );
        let reserve = document.text_height(&legend, TABLE, false)
            + document.text_height(&shown_line, TABLE, false)
            + after_table_height(document, summary);
        shown = document.summary_table(&columns, &rows, 10, reserve);
        document.paragraph(&legend, TABLE, false, PALETTE.muted_text);
        if shown < rows.len() {
            document.paragraph(
                &t!("report-cycles-shown", shown = shown, total = rows.len()),
                TABLE,
                false,
                PALETTE.muted_text,
            );
        }
    }

    document.heading(&t!("report-patterns-heading"));
    let (patterns, bullets) = summary.pattern_lines();
    for line in &patterns {
        if bullets {
            document.bullet(line, BODY);
        } else {
            document.paragraph(line, BODY, false, PALETTE.text);
        }
    }
    document.gap(4.0);
    document.paragraph(&baseline_line(summary), TABLE, false, PALETTE.muted_text);
    document.paragraph(&disclaimer(), BODY, true, PALETTE.text);
    Ok(shown)
}

/// The baseline relief is measured against, and where the method is explained.
fn baseline_line(summary: &Summary) -> String {
    t!("report-baseline-line", baseline = summary.baseline.as_str())
}

/// The height of what follows the cycle table on page 1: the patterns, the baseline line and
/// the disclaimer, with their headings and gaps.
fn after_table_height(document: &Document<'_>, summary: &Summary) -> f32 {
    let (patterns, bullets) = summary.pattern_lines();
    let heading = 6.0 + 11.0 * 1.3 + 4.0;
    let lines: f32 = patterns
        .iter()
        .map(|line| document.text_height(line, BODY, bullets))
        .sum();
    heading
        + lines
        + 4.0
        + document.text_height(&baseline_line(summary), TABLE, false)
        + document.text_height(&disclaimer(), BODY, false)
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
    document.paragraph(&relief_charts_scope(), TABLE, false, PALETTE.muted_text);
    Ok(())
}

/// Columns of the per-cycle table: title and share of the width; the loss columns name the
/// thresholds in use. The early → late columns are explained by [`early_late_legend`] under
/// the table. Side effects have a page of their own.
fn cycle_columns(settings: &AnalysisSettings) -> Vec<(String, f32)> {
    vec![
        (t!("report-column-infusion"), 0.105),
        (t!("report-column-phase"), 0.11),
        (t!("report-column-days-to-next"), 0.06),
        (t!("report-column-peak-relief"), 0.065),
        (Threshold::Meaningful.until_heading(settings), 0.105),
        (Threshold::Substantial.until_heading(settings), 0.105),
        (t!("report-column-pain"), 0.075),
        (t!("report-column-worst-pain"), 0.075),
        (t!("report-column-high-pain-days"), 0.065),
        (t!("report-column-rescue-week"), 0.08),
        (t!("report-column-mobility"), 0.08),
        (t!("report-column-sleep"), 0.075),
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
    document.heading(&t!("report-method-heading"));
    let settings = &analysis.settings;
    document.paragraph(
        &t!(
            "report-method",
            baseline = baseline_text(&analysis.baseline, settings),
            method = method_paragraph(settings)
        ),
        BODY,
        false,
        PALETTE.text,
    );
    if flags_with_evidence {
        document.heading(&t!("report-evidence-heading"));
        for flag in &analysis.flags {
            document.bullet(&flag_message(flag), BODY);
            document.paragraph(
                &t!("report-evidence", evidence = flag_evidence(flag)),
                TABLE,
                false,
                PALETTE.muted_text,
            );
            document.gap(3.0);
        }
    }
    if cycles.len() > cycles_on_page_one {
        document.heading(&t!("report-all-cycles-heading"));
        let rows: Vec<Vec<String>> = cycles
            .iter()
            .map(|cycle| cycle_row(cycle, journal))
            .collect();
        document.long_table(&cycle_columns(&analysis.settings), &rows);
    }
    if !infusions.is_empty() {
        document.heading(&t!("report-infusion-log-heading"));
        let columns = [
            (t!("report-column-date"), 0.11),
            (t!("report-column-status"), 0.08),
            (t!("report-column-phase"), 0.10),
            (t!("report-column-dose"), 0.08),
            (t!("report-column-minutes"), 0.06),
            (t!("report-column-clinic"), 0.16),
            (t!("report-column-side-effects"), 0.18),
            (t!("report-column-note"), 0.22),
        ];
        let mut done_days = std::collections::BTreeSet::new();
        let mut any_inferred = false;
        let rows: Vec<Vec<String>> = infusions
            .iter()
            .map(|infusion| {
                // A second record of a done infusion on one day (journals from before a day
                // could hold only one) is listed, and said to be one, not counted again.
                let status = if infusion.is_done() && !done_days.insert(infusion.date) {
                    t!("report-infusion-second-record")
                } else {
                    t!(
                        "report-infusion-status",
                        status = (match infusion.status {
                            InfusionStatus::Done => "done",
                            InfusionStatus::Planned => "planned",
                        })
                    )
                };
                let (phase, inferred) = infusion_phase(infusion, analysis);
                any_inferred |= inferred;
                vec![
                    infusion.date.to_string(),
                    status,
                    phase,
                    infusion
                        .dose_mg
                        .map_or_else(String::new, |dose| entered(dose.get())),
                    infusion
                        .duration_min
                        .map_or_else(String::new, |minutes| minutes.get().to_string()),
                    infusion.clinic.clone(),
                    side_effects_cell(infusion.side_effects.items(), &[]),
                    infusion.note.clone(),
                ]
            })
            .collect();
        document.long_table(&columns, &rows);
        if any_inferred {
            document.paragraph(
                &inferred_phase_note(settings),
                TABLE,
                false,
                PALETTE.muted_text,
            );
        }
    }
    if options.include_daily && !entries.is_empty() {
        document.heading(&t!("report-daily-heading"));
        let columns = [
            (t!("report-column-date"), 0.10),
            (t!("report-column-pain"), 0.05),
            (t!("report-column-worst"), 0.055),
            (t!("report-column-sleep-hours"), 0.06),
            (t!("report-column-sleep-quality"), 0.06),
            (t!("report-column-mobility"), 0.075),
            (t!("report-column-mood"), 0.055),
            (t!("report-column-rescue"), 0.065),
            (t!("report-column-wearing-off"), 0.07),
            (t!("report-column-side-effects-tags"), 0.15),
            (t!("report-column-note"), 0.26),
        ];
        // Worded once for the whole table, not once per row.
        let wearing_off = t!("report-wearing-off-yes");
        let score = |value: Option<crate::domain::Score>| {
            value.map_or_else(String::new, |score| score.get().to_string())
        };
        let rows: Vec<Vec<String>> = entries
            .iter()
            .map(|entry| {
                vec![
                    entry.date.to_string(),
                    entry.pain.get().to_string(),
                    score(entry.worst_pain),
                    entry
                        .sleep_hours
                        .map_or_else(String::new, |hours| entered(hours.get())),
                    score(entry.sleep_quality),
                    score(entry.mobility),
                    score(entry.mood),
                    entry
                        .rescue_doses
                        .map_or_else(String::new, |doses| doses.get().to_string()),
                    if entry.wearing_off {
                        wearing_off.clone()
                    } else {
                        String::new()
                    },
                    side_effects_cell(entry.side_effects.items(), entry.tags.items()),
                    entry.note.clone(),
                ]
            })
            .collect();
        document.long_table(&columns, &rows);
    }
}

/// A cell of side effects (in the patient's language) and then tags (as typed), listed with
/// commas as the table's other cells list their items.
fn side_effects_cell(side_effects: &[String], tags: &[String]) -> String {
    if side_effects.is_empty() && tags.is_empty() {
        return String::new();
    }
    side_effects
        .iter()
        .map(|effect| side_effect_name(effect))
        .chain(tags.iter().cloned())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The phase column of the infusion log and whether it was inferred: the phase recorded on the
/// infusion, or for a done one the phase the analysis gave its series, marked with `*`
/// ([`inferred_phase_note`] explains it); empty for a planned infusion without one.
fn infusion_phase(infusion: &Infusion, analysis: &Analysis) -> (String, bool) {
    match analysis.phase_of(infusion) {
        Some(InfusionPhase {
            phase,
            inferred: false,
        }) => (t!("analysis-cell-phase", phase = phase_key(phase)), false),
        Some(InfusionPhase {
            phase,
            inferred: true,
        }) => (
            t!("report-infusion-phase-inferred", phase = phase_key(phase)),
            true,
        ),
        None => (String::new(), false),
    }
}
