//! How results read: every sentence, table cell and label that puts the analysis into words.
//!
//! The Today card, the Charts view, `analyze`, the chart images and the PDF report all call these
//! functions, so a result reads the same wherever a patient or clinician meets it. Pure functions
//! over [`crate::analysis`] and [`crate::domain`] values: no egui, no drawing, no files.
//!
//! Wording describes and never prescribes: it says what the journal shows and, for a pattern, that
//! it may be worth discussing with the care team. Thresholds are printed from the settings; their
//! published source (IMMPACT) is cited only while the default value is in use.

pub mod calendar;
mod errors;
mod evidence;
mod flags;
pub mod format;
pub mod import_words;
pub mod language;
pub mod refusals;
mod relief_charts;
mod reminders;
pub mod side_effects;
pub mod store_words;
mod summary;
pub mod sync;

pub use errors::missing_characters_note;
pub use evidence::{
    lasting_benefit_sentence, loss_note, open_question_sentence, recent_loss_notes,
};
pub use flags::{discuss, flag_evidence, flag_message};
pub use format::{date, percent, weekday_date};
pub use refusals::{Surface, field_name, refusal};
pub use relief_charts::{
    next_planned_label, recent_intervals_label, relief_charts_scope, survival_axis_title,
    survival_censored_label, survival_median_label, typical_band_label, typical_chart_missing,
    typical_latest_label, typical_median_label,
};
pub use summary::{FlagLines, Summary};

use crate::analysis::stats::round1;
use crate::analysis::{
    Analysis, Baseline, BaselineSource, CROSS_CHECK_POINTS, Cycle, Forecast, Loss,
    MIN_UNTREATED_DAYS, RECENT_CYCLES, RECENT_MATCHES, RETURN_HOLD_FACTOR, RememberedCheck,
    SMOOTHING_WINDOW_DAYS, UNTREATED_LOOKBACK_DAYS, recall_corrected,
};
use crate::domain::{AnalysisSettings, Phase};
use crate::t;
use format::{decimal, number, whole_percent};

/// What the early → late cells of the cycle tables compare, and what "days 7+" counts.
pub fn early_late_legend() -> String {
    t!("analysis-early-late-legend")
}

/// The standing line under every analysis, in the app and on every report page.
pub fn disclaimer() -> String {
    t!("analysis-disclaimer")
}

/// Two complete sentences, one after the other, as the language separates them.
pub(crate) fn sentence_pair(first: &str, second: &str) -> String {
    t!("analysis-sentence-pair", first = first, second = second)
}

/// A phase as the messages select it: `loading` or `maintenance`.
pub(crate) fn phase_key(phase: Phase) -> &'static str {
    phase.as_str()
}

/// Which of the two relief thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threshold {
    /// Meaningful relief (default 30%, IMMPACT: moderately important).
    Meaningful,
    /// Substantial relief (default 50%, IMMPACT: substantial).
    Substantial,
}

impl Threshold {
    /// The threshold's value in `settings`, in percent.
    pub fn value(self, settings: &AnalysisSettings) -> f64 {
        match self {
            Self::Meaningful => settings.meaningful_relief_pct,
            Self::Substantial => settings.substantial_relief_pct,
        }
    }

    /// Whether `settings` uses the published default for this threshold.
    pub fn is_default(self, settings: &AnalysisSettings) -> bool {
        let default = AnalysisSettings::default();
        (self.value(settings) - self.value(&default)).abs() < 1e-9
    }

    /// `meaningful` or `substantial`: the key the messages select the threshold's name by.
    pub fn name(self) -> &'static str {
        match self {
            Self::Meaningful => "meaningful",
            Self::Substantial => "substantial",
        }
    }

    /// The threshold as printed: `30%`.
    pub fn percent(self, settings: &AnalysisSettings) -> String {
        percent(self.value(settings))
    }

    /// `Relief ≥30%`: a legend, column or axis label for days at or above the threshold.
    pub fn at_or_above(self, settings: &AnalysisSettings) -> String {
        t!(
            "analysis-threshold-at-or-above",
            threshold = self.percent(settings)
        )
    }

    /// `Relief ≥30% until`: the heading of the loss column of the cycle table.
    pub fn until_heading(self, settings: &AnalysisSettings) -> String {
        t!(
            "analysis-threshold-until",
            threshold = self.percent(settings)
        )
    }

    /// `below 30%`: the short heading of the loss column in the command-line table.
    pub fn below_heading(self, settings: &AnalysisSettings) -> String {
        t!(
            "analysis-threshold-below",
            threshold = self.percent(settings)
        )
    }

    /// `30% meaningful`: the label of the threshold's reference line on a chart.
    pub fn line_label(self, settings: &AnalysisSettings) -> String {
        t!(
            "analysis-threshold-line",
            threshold = self.percent(settings),
            kind = self.name()
        )
    }

    /// `30% counts as meaningful (IMMPACT)` while the default is in use, `40% counts as
    /// meaningful (your setting)` once it is changed.
    pub fn counts_as(self, settings: &AnalysisSettings) -> String {
        t!(
            "analysis-threshold-counts-as",
            threshold = self.percent(settings),
            kind = self.name(),
            source = self.source(settings)
        )
    }

    /// Where the value comes from, as the messages select it: `immpact` for the published
    /// default, `own` for the patient's setting.
    pub fn source(self, settings: &AnalysisSettings) -> &'static str {
        if self.is_default(settings) {
            "immpact"
        } else {
            "own"
        }
    }
}

/// `Relief below 30% before the next infusion`: the legend of the shaded stretches on the
/// timeline.
pub fn relief_lost_label(settings: &AnalysisSettings) -> String {
    t!(
        "chart-relief-lost",
        threshold = Threshold::Meaningful.percent(settings)
    )
}

/// `Days relief stayed at or above 30%`: the value axis of the durations chart.
pub fn durations_axis_title(settings: &AnalysisSettings) -> String {
    t!(
        "chart-durations-axis",
        threshold = Threshold::Meaningful.percent(settings)
    )
}

/// `Relief of 30% or more lasted`: the legend of the durations chart's bars.
pub fn durations_legend(settings: &AnalysisSettings) -> String {
    t!(
        "chart-durations-legend",
        threshold = Threshold::Meaningful.percent(settings)
    )
}

/// Both thresholds in one clause: `30% counts as meaningful and 50% as substantial (IMMPACT)`,
/// each changed value marked as the patient's own setting.
pub fn thresholds_clause(settings: &AnalysisSettings) -> String {
    let meaningful = Threshold::Meaningful;
    let substantial = Threshold::Substantial;
    if meaningful.source(settings) == substantial.source(settings) {
        t!(
            "analysis-thresholds-clause",
            meaningful = meaningful.percent(settings),
            substantial = substantial.percent(settings),
            source = meaningful.source(settings)
        )
    } else {
        t!(
            "analysis-thresholds-clause-mixed",
            meaningful = meaningful.percent(settings),
            substantial = substantial.percent(settings),
            meaningful_source = meaningful.source(settings),
            substantial_source = substantial.source(settings)
        )
    }
}

/// A loss cell of the cycle table: how relief at one threshold ended in a cycle.
///
/// `day N` when it was lost on day N; `lasted to the next infusion` when it still held then;
/// `still holding` in the open cycle; `not reached` when relief never got there; `not measurable`
/// when no day's relief is known.
pub fn loss_cell(loss: Option<Loss>, completed: bool) -> String {
    match loss {
        Some(Loss::Lost(day)) => t!("analysis-cell-day", day = day),
        Some(Loss::Censored) if completed => t!("analysis-cell-lasted"),
        Some(Loss::Censored) => t!("analysis-cell-still-holding"),
        Some(Loss::NotReached) => t!("analysis-cell-not-reached"),
        None => t!("analysis-cell-not-measurable"),
    }
}

/// The loss cell of `cycle` at `threshold` (see [`loss_cell`]). In a stale open cycle relief is
/// not said to be "still holding": `held at least until 10 Oct 2025` (the last day it was known
/// to hold), as nothing logged since says whether it still does.
pub fn cycle_loss_cell(cycle: &Cycle, threshold: Threshold, settings: &AnalysisSettings) -> String {
    let loss = match threshold {
        Threshold::Meaningful => cycle.meaningful_loss,
        Threshold::Substantial => cycle.substantial_loss,
    };
    let window = match threshold {
        Threshold::Meaningful => cycle.loss_30_window,
        Threshold::Substantial => cycle.loss_50_window,
    };
    match (loss, cycle.stale) {
        (Some(Loss::Lost(_)), _) if window.is_some() => window.map_or_else(String::new, |window| {
            t!(
                "analysis-cell-day-window",
                from = window.from,
                to = window.to
            )
        }),
        (Some(Loss::Censored), true) => cycle
            .last_day_at_or_above(threshold.value(settings))
            .map_or_else(
                || t!("analysis-cell-no-entries-lately"),
                |held| t!("analysis-cell-held-until", date = date(held)),
            ),
        _ => loss_cell(loss, cycle.is_completed()),
    }
}

/// What a stale open cycle shows, in one sentence: "No entries since 12 Oct 2025; relief of 30%
/// or more held at least until 10 Oct 2025." `None` unless the open cycle is stale.
pub fn stale_sentence(cycle: &Cycle, settings: &AnalysisSettings) -> Option<String> {
    if !cycle.stale {
        return None;
    }
    let since = date(cycle.last_entry.unwrap_or(cycle.anchor));
    let meaningful = Threshold::Meaningful;
    let held = match cycle.meaningful_loss {
        Some(Loss::Censored) => cycle.last_day_at_or_above(meaningful.value(settings)),
        _ => None,
    };
    Some(match held {
        Some(held) => t!(
            "analysis-stale-held",
            since = since,
            threshold = meaningful.percent(settings),
            held = date(held)
        ),
        None => t!("analysis-stale", since = since),
    })
}

/// The cells of one cycle as the cycle tables print them; `-` where a value is unknown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CycleCells {
    /// `3`.
    pub number: String,
    /// `maintenance`, or `loading ×5` for a series of several infusions.
    pub phase: String,
    /// The anchor infusion: `2026-01-08`.
    pub infusion: String,
    /// The next infusion's date, or `open`.
    pub next_infusion: String,
    /// Days to the next infusion, or `open`.
    pub days_to_next: String,
    /// Days with an entry.
    pub days_logged: String,
    /// `61%`.
    pub peak: String,
    /// `day 1`: the day relief reached the meaningful threshold.
    pub onset: String,
    /// The meaningful loss cell ([`loss_cell`]).
    pub meaningful_until: String,
    /// The substantial loss cell ([`loss_cell`]).
    pub substantial_until: String,
    /// `11.8 d`.
    pub half_life: String,
    /// Mean daily pain, first two weeks → last two: `3.4 → 6.1`.
    pub pain: String,
    /// Mean worst pain, first two weeks → last two: `5.0 → 7.8`.
    pub worst_pain: String,
    /// Days with pain at 7 or more, first two weeks → last two: `0 → 6`.
    pub high_pain_days: String,
    /// Rescue doses per week, first two weeks → last two: `0.5 → 3.0`.
    pub rescue: String,
    /// Mobility early → late.
    pub mobility: String,
    /// Sleep quality early → late.
    pub sleep: String,
}

/// The cells of `cycle` for the cycle tables of `analyze` and the PDF report.
pub fn cycle_cells(cycle: &Cycle, settings: &AnalysisSettings) -> CycleCells {
    let unknown = || "-".to_owned();
    let open = || t!("analysis-cell-open");
    CycleCells {
        number: cycle.index.to_string(),
        phase: if cycle.infusions > 1 {
            t!(
                "analysis-cell-phase-series",
                phase = phase_key(cycle.phase),
                count = cycle.infusions
            )
        } else {
            t!("analysis-cell-phase", phase = phase_key(cycle.phase))
        },
        infusion: cycle.anchor.to_string(),
        next_infusion: cycle
            .next_infusion
            .map_or_else(open, |date| date.to_string()),
        days_to_next: cycle.length_days.map_or_else(open, |days| days.to_string()),
        days_logged: cycle.days_logged.to_string(),
        peak: cycle.peak_relief_pct.map_or_else(unknown, whole_percent),
        onset: cycle
            .onset_day
            .map_or_else(unknown, |day| t!("analysis-cell-day", day = day)),
        meaningful_until: cycle_loss_cell(cycle, Threshold::Meaningful, settings),
        substantial_until: cycle_loss_cell(cycle, Threshold::Substantial, settings),
        half_life: cycle.half_life_days.map_or_else(unknown, |days| {
            t!("analysis-cell-half-life", days = decimal(days, 1))
        }),
        pain: early_late(cycle.pain_early, cycle.pain_late),
        worst_pain: early_late(cycle.worst_pain_early, cycle.worst_pain_late),
        high_pain_days: early_late_count(cycle.high_pain_days_early, cycle.high_pain_days_late),
        rescue: early_late(cycle.rescue_per_week_early, cycle.rescue_per_week_late),
        mobility: early_late(cycle.mobility_early, cycle.mobility_late),
        sleep: early_late(cycle.sleep_quality_early, cycle.sleep_quality_late),
    }
}

/// `0.5 → 3.0`; `-` for a side that is unknown, and `-` alone when both are.
fn early_late(early: Option<f64>, late: Option<f64>) -> String {
    let number = |value: Option<f64>| value.map(|v| decimal(v, 1));
    early_late_text(number(early), number(late))
}

/// `0 → 6`: whole counts early and late, as [`early_late`] writes means.
fn early_late_count(early: Option<u32>, late: Option<u32>) -> String {
    let number = |value: Option<u32>| value.map(|v| v.to_string());
    early_late_text(number(early), number(late))
}

/// Two figures and the arrow between them: symbols and numbers only, no words.
fn early_late_text(early: Option<String>, late: Option<String>) -> String {
    let unknown = || "-".to_owned();
    match (early, late) {
        (None, None) => unknown(),
        (early, late) => format!(
            "{} → {}",
            early.unwrap_or_else(unknown),
            late.unwrap_or_else(unknown)
        ),
    }
}

/// The expected fade in the open cycle and the next planned infusion, as two sentences: "In past
/// cycles relief has usually faded around day 35; in this cycle that is about 17 Apr 2026. Next
/// infusion planned 24 Apr 2026."
pub fn forecast_sentence(forecast: &Forecast) -> String {
    let fade = fade_sentence(forecast);
    match forecast.planned_next_infusion {
        Some(planned) => t!(
            "analysis-forecast-planned",
            fade = fade,
            date = date(planned)
        ),
        None => t!("analysis-forecast-unplanned", fade = fade),
    }
}

/// The expected fade alone: "In the last 6 completed cycles with relief measured, relief usually
/// faded around day 35; in this cycle that is about 17 Apr 2026.", or that past cycles do not show
/// it yet. When the open cycle is stale it says the forecast rests on past cycles only.
pub fn fade_sentence(forecast: &Forecast) -> String {
    let expected = forecast.expected_fade_day.zip(forecast.expected_fade_date);
    match (expected, forecast.no_entries_since) {
        (Some((day, fade)), None) => t!(
            "analysis-fade-expected",
            count = forecast.cycles_used,
            day = day,
            date = date(fade)
        ),
        (Some((day, fade)), Some(since)) => t!(
            "analysis-fade-expected-stale",
            since = date(since),
            count = forecast.cycles_used,
            day = day,
            date = date(fade)
        ),
        (None, None) => t!("analysis-fade-unknown"),
        (None, Some(since)) => t!("analysis-fade-unknown-stale", since = date(since)),
    }
}

/// The baseline pain as printed: `7.1`, or `-` when there is none.
fn baseline_pain_text(baseline: &Baseline) -> String {
    baseline
        .pain
        .map_or_else(|| "-".to_owned(), |pain| decimal(pain, 1))
}

/// The baseline in use and where it came from, as one or two sentences.
pub fn baseline_sentence(baseline: &Baseline, settings: &AnalysisSettings) -> String {
    let days = settings.baseline_days;
    let pain = baseline_pain_text(baseline);
    match baseline.source {
        Some(BaselineSource::Pretreatment) => {
            let window = days.max(UNTREATED_LOOKBACK_DAYS);
            let mean = match baseline.spread_sd {
                Some(sd) => t!(
                    "analysis-baseline-pretreatment-spread",
                    pain = pain,
                    days = baseline.days_logged,
                    window = window,
                    spread = decimal(sd, 1)
                ),
                None => t!(
                    "analysis-baseline-pretreatment",
                    pain = pain,
                    days = baseline.days_logged,
                    window = window
                ),
            };
            let upper = baseline
                .upper_pain()
                .filter(|_| baseline.standard_error.is_some());
            match upper {
                Some(upper) => sentence_pair(
                    &mean,
                    &t!(
                        "analysis-baseline-upper-one-sided",
                        upper = decimal(upper, 1)
                    ),
                ),
                None => mean,
            }
        }
        Some(BaselineSource::Remembered) => remembered_sentence(baseline, settings, &pain),
        Some(BaselineSource::WornOff) => {
            let (days, cycles) = baseline
                .worn_off
                .as_ref()
                .map_or((0, String::new()), |worn| {
                    (worn.days_logged, cycle_list(&worn.cycles))
                });
            t!(
                "analysis-baseline-worn-off",
                pain = pain,
                days = days,
                cycles = cycles
            )
        }
        Some(BaselineSource::PreInfusion) => t!("analysis-baseline-pre-infusion", days = days),
        None => t!("analysis-baseline-none"),
    }
}

/// The baseline sentence when a remembered baseline is in use, as it is or checked against the
/// pain logged once relief had worn off; followed, when too few untreated days were logged to
/// measure it, by the sentence saying so.
fn remembered_sentence(baseline: &Baseline, settings: &AnalysisSettings, pain: &str) -> String {
    let remembered = baseline.remembered_pain.unwrap_or_default();
    let corrected = recall_corrected(remembered);
    let adjusted = if remembered > corrected { "yes" } else { "no" };
    let less = decimal(remembered - corrected, 1);
    let remembered_text = number(round1(remembered));
    let worn_off = baseline.worn_off.as_ref();
    let (worn_pain, worn_days, worn_cycles) = worn_off.map_or((0.0, 0, String::new()), |worn| {
        (
            worn.pain.unwrap_or_default(),
            worn.days_logged,
            cycle_list(&worn.cycles),
        )
    });
    let sentence = match baseline.remembered_check() {
        Some(RememberedCheck::RaisedToWornOff) => t!(
            "analysis-baseline-raised",
            pain = pain,
            days = worn_days,
            cycles = worn_cycles,
            remembered = remembered_text,
            adjusted = adjusted,
            less = less,
            corrected = decimal(corrected, 1)
        ),
        Some(RememberedCheck::LoweredToWornOff) => t!(
            "analysis-baseline-lowered",
            pain = pain,
            points = decimal(CROSS_CHECK_POINTS, 1),
            logged = decimal(worn_pain, 1),
            days = worn_days,
            cycles = worn_cycles,
            remembered = remembered_text,
            adjusted = adjusted,
            less = less,
            corrected = decimal(corrected, 1),
            threshold = whole_percent(settings.meaningful_relief_pct)
        ),
        _ => t!(
            "analysis-baseline-remembered",
            pain = pain,
            remembered = remembered_text,
            adjusted = adjusted,
            less = less
        ),
    };
    match baseline.days_logged {
        0 => sentence,
        days => sentence_pair(
            &sentence,
            &t!(
                "analysis-baseline-too-few-untreated",
                count = days,
                needed = MIN_UNTREATED_DAYS
            ),
        ),
    }
}

/// The baseline sentence followed, when a remembered baseline is far from the pain logged once
/// relief had worn off, by the sentence showing both ([`cross_check_sentence`]): what every view
/// says about the baseline.
pub fn baseline_text(baseline: &Baseline, settings: &AnalysisSettings) -> String {
    let sentence = baseline_sentence(baseline, settings);
    match cross_check_sentence(baseline) {
        Some(cross_check) => sentence_pair(&sentence, &cross_check),
        None => sentence,
    }
}

/// `cycle 3` or `cycles 2, 3 and 5`, as named in parentheses.
fn cycle_list(cycles: &[u32]) -> String {
    if cycles.is_empty() {
        return String::new();
    }
    let numbers: Vec<String> = cycles.iter().map(u32::to_string).collect();
    t!(
        "analysis-cycle-list",
        count = cycles.len(),
        cycles = format::list(&numbers)
    )
}

/// Both numbers when a remembered baseline and the pain logged once relief had worn off are far
/// apart (see [`Baseline::cross_check`]): "You remembered 8; when relief had worn off you logged
/// 6.2 on average (15 days in cycles 2 and 3). Relief is measured against 7.5, from the remembered
/// 8; you can change the remembered baseline in the settings." When the baseline in use was set
/// from the worn-off pain instead (see [`RememberedCheck`]), the last sentence says so. `None`
/// otherwise. The remembered baseline itself is never changed.
pub fn cross_check_sentence(baseline: &Baseline) -> Option<String> {
    let (remembered, worn_off) = baseline.cross_check()?;
    let numbers: Vec<String> = worn_off.cycles.iter().map(u32::to_string).collect();
    Some(t!(
        "analysis-cross-check",
        remembered = number(round1(remembered)),
        logged = number(worn_off.pain.map(round1).unwrap_or_default()),
        days = worn_off.days_logged,
        count = worn_off.cycles.len(),
        cycles = format::list(&numbers),
        baseline = decimal(baseline.pain.unwrap_or(remembered), 1),
        against = (match baseline.remembered_check() {
            Some(RememberedCheck::RaisedToWornOff) => "worn-off",
            Some(RememberedCheck::LoweredToWornOff) => "above-worn-off",
            _ => "remembered",
        }),
        points = decimal(CROSS_CHECK_POINTS, 1)
    ))
}

/// How the analysis works, with the thresholds and windows in use: the method note of the
/// report and the "About this analysis" text of the Charts view.
pub fn method_paragraph(settings: &AnalysisSettings) -> String {
    let comes_back: u32 = RETURN_HOLD_FACTOR * settings.persistence_days;
    t!(
        "analysis-method",
        window = SMOOTHING_WINDOW_DAYS,
        thresholds = thresholds_clause(settings),
        min_logged = settings.min_logged_per_week,
        persistence = settings.persistence_days,
        comes_back = comes_back,
        series_gap = settings.series_gap_days,
        matches = RECENT_MATCHES,
        recent = RECENT_CYCLES,
        early = settings.early_warning_days
    )
}

/// What the app, `analyze` and the report say when no pattern is flagged, depending on why:
/// relief is not measured against untreated pain (so nothing is flagged on it), no completed cycle
/// has its relief measured yet, or the cycles simply show none of the patterns.
pub fn no_patterns_sentence(analysis: &Analysis) -> String {
    let flags_withheld = matches!(
        analysis.baseline.source,
        Some(BaselineSource::PreInfusion | BaselineSource::WornOff)
    );
    let measured = analysis
        .cycles
        .iter()
        .filter(|cycle| cycle.is_completed() && cycle.meaningful_loss.is_some())
        .count();
    if flags_withheld {
        t!("analysis-no-patterns-withheld")
    } else if measured < RECENT_MATCHES {
        t!(
            "analysis-no-patterns-yet",
            needed = RECENT_MATCHES,
            count = measured
        )
    } else {
        t!("analysis-no-patterns")
    }
}

/// The note under the report's infusion log for phases marked `*`: not recorded on the
/// infusion, but inferred from the dates as the analysis does.
pub fn inferred_phase_note(settings: &AnalysisSettings) -> String {
    t!(
        "analysis-inferred-phase-note",
        days = settings.series_gap_days
    )
}

#[cfg(test)]
mod catalog_tests;
#[cfg(test)]
mod guard_tests;
#[cfg(test)]
mod tests;

/// The sentence beside the relief survival chart, describing and never advising: how many
/// cycles had meaningful relief fade before the shortest of the last three intervals between
/// infusions, and how far apart those infusions were. `None` without a completed cycle.
///
/// "Relief had faded before day 39 in 14 of 16 cycles; your last 3 infusions were 39 to 43
/// days apart."
pub fn survival_sentence(cycles: &[Cycle]) -> Option<String> {
    let recent: Vec<u32> = cycles
        .iter()
        .rev()
        .filter_map(|cycle| cycle.length_days)
        .take(3)
        .collect();
    let shortest = *recent.iter().min()?;
    let longest = *recent.iter().max()?;
    let (ended, known) = crate::analysis::ended_before(cycles, shortest);
    Some(t!(
        "analysis-survival-sentence",
        day = shortest,
        ended = ended,
        known = known,
        infusions = (recent.len() + 1),
        low = shortest,
        high = longest,
        span = (if shortest == longest {
            "single"
        } else {
            "range"
        })
    ))
}

/// Why the timeline has no 7-day mean line yet, in the patient's terms: it needs 4 logged days in
/// a week (the 4-of-7 rule of the smoothing).
pub fn pain_mean_missing() -> String {
    t!("chart-pain-mean-missing")
}

/// What a timeline panel with nothing logged says instead of empty axes: `Sleep quality: none
/// logged yet; add it under Today to see it here.`
pub fn panel_missing(measure: &str) -> String {
    t!("chart-panel-missing", measure = measure)
}

/// What the relief charts (the cycle overlay and the relief durations) still need, in the
/// patient's terms, when no cycle has a known relief yet; `None` once one has.
///
/// With no done infusion: add infusions. With infusions but no untreated pain to measure relief
/// against (neither logged before the first infusion, remembered, nor estimated): the pain
/// before ketamine. Otherwise: a week of pain logged after an infusion.
pub fn relief_chart_missing(analysis: &crate::analysis::Analysis) -> Option<String> {
    let any_relief = analysis
        .cycles
        .iter()
        .any(|cycle| cycle.days.iter().any(|day| day.relief_pct.is_some()));
    if any_relief {
        return None;
    }
    Some(if analysis.cycles.is_empty() {
        t!("chart-missing-infusions")
    } else if !matches!(
        analysis.baseline.source,
        Some(BaselineSource::Pretreatment | BaselineSource::Remembered | BaselineSource::WornOff)
    ) {
        t!("chart-missing-baseline")
    } else {
        t!("chart-missing-week")
    })
}
