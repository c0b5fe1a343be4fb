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

pub use flags::{DISCUSS, flag_evidence, flag_message};
pub use format::{date, percent, weekday_date};
pub use refusals::{Surface, field_name, refusal};
pub use relief_charts::{
    RELIEF_CHARTS_SCOPE, SURVIVAL_CENSORED_LABEL, TYPICAL_BAND_LABEL, next_planned_label,
    recent_intervals_label, survival_axis_title, survival_median_label, typical_chart_missing,
    typical_latest_label, typical_median_label,
};
pub use summary::{FlagLines, Summary};

use crate::analysis::stats::round1;
use crate::analysis::{
    Analysis, Baseline, BaselineSource, CROSS_CHECK_POINTS, Cycle, Forecast, Loss,
    MIN_UNTREATED_DAYS, RECENT_CYCLES, RECENT_MATCHES, RememberedCheck, SMOOTHING_WINDOW_DAYS,
    UNTREATED_LOOKBACK_DAYS, recall_corrected,
};
use crate::domain::AnalysisSettings;

/// What the early → late cells of the cycle tables compare, and what "days 7+" counts.
pub const EARLY_LATE_LEGEND: &str = "Early → late: the first two weeks after the infusion → the \
     last two before the next (halves of a shorter cycle). Days 7+: logged days with pain at 7 \
     or more.";

/// The standing line under every analysis, in the app and on every report page.
pub const DISCLAIMER: &str = "Patient-recorded data; not medical advice.";

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

    /// `meaningful` or `substantial`.
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
        format!("Relief ≥{}", self.percent(settings))
    }

    /// `Relief ≥30% until`: the heading of the loss column of the cycle table.
    pub fn until_heading(self, settings: &AnalysisSettings) -> String {
        format!("{} until", self.at_or_above(settings))
    }

    /// `below 30%`: the short heading of the loss column in the command-line table.
    pub fn below_heading(self, settings: &AnalysisSettings) -> String {
        format!("below {}", self.percent(settings))
    }

    /// `30% meaningful`: the label of the threshold's reference line on a chart.
    pub fn line_label(self, settings: &AnalysisSettings) -> String {
        format!("{} {}", self.percent(settings), self.name())
    }

    /// `30% counts as meaningful (IMMPACT)` while the default is in use, `40% counts as
    /// meaningful (your setting)` once it is changed.
    pub fn counts_as(self, settings: &AnalysisSettings) -> String {
        format!(
            "{} counts as {} ({})",
            self.percent(settings),
            self.name(),
            self.source(settings)
        )
    }

    /// Where the value comes from: `IMMPACT` for the default, `your setting` otherwise.
    pub fn source(self, settings: &AnalysisSettings) -> &'static str {
        if self.is_default(settings) {
            "IMMPACT"
        } else {
            "your setting"
        }
    }
}

/// `Relief below 30% before the next infusion`: the legend of the shaded stretches on the
/// timeline.
pub fn relief_lost_label(settings: &AnalysisSettings) -> String {
    format!(
        "Relief below {} before the next infusion",
        Threshold::Meaningful.percent(settings)
    )
}

/// `Days relief stayed at or above 30%`: the value axis of the durations chart.
pub fn durations_axis_title(settings: &AnalysisSettings) -> String {
    format!(
        "Days relief stayed at or above {}",
        Threshold::Meaningful.percent(settings)
    )
}

/// `Relief of 30% or more lasted`: the legend of the durations chart's bars.
pub fn durations_legend(settings: &AnalysisSettings) -> String {
    format!(
        "Relief of {} or more lasted",
        Threshold::Meaningful.percent(settings)
    )
}

/// Both thresholds in one clause: `30% counts as meaningful and 50% as substantial (IMMPACT)`,
/// each changed value marked as the patient's own setting.
pub fn thresholds_clause(settings: &AnalysisSettings) -> String {
    let meaningful = Threshold::Meaningful;
    let substantial = Threshold::Substantial;
    if meaningful.source(settings) == substantial.source(settings) {
        format!(
            "{} counts as meaningful and {} as substantial ({})",
            meaningful.percent(settings),
            substantial.percent(settings),
            meaningful.source(settings)
        )
    } else {
        format!(
            "{} and {} as substantial ({})",
            meaningful.counts_as(settings),
            substantial.percent(settings),
            substantial.source(settings)
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
        Some(Loss::Lost(day)) => format!("day {day}"),
        Some(Loss::Censored) if completed => "lasted to the next infusion".to_owned(),
        Some(Loss::Censored) => "still holding".to_owned(),
        Some(Loss::NotReached) => "not reached".to_owned(),
        None => "not measurable".to_owned(),
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
    match (loss, cycle.stale) {
        (Some(Loss::Censored), true) => cycle
            .last_day_at_or_above(threshold.value(settings))
            .map_or_else(
                || "no entries lately".to_owned(),
                |held| format!("held at least until {}", date(held)),
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
    let since = cycle.last_entry.unwrap_or(cycle.anchor);
    let meaningful = Threshold::Meaningful;
    let held = match cycle.meaningful_loss {
        Some(Loss::Censored) => {
            cycle
                .last_day_at_or_above(meaningful.value(settings))
                .map(|held| {
                    format!(
                        "; relief of {} or more held at least until {}",
                        meaningful.percent(settings),
                        date(held)
                    )
                })
        }
        _ => None,
    };
    Some(format!(
        "No entries since {}{}.",
        date(since),
        held.unwrap_or_default()
    ))
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
    CycleCells {
        number: cycle.index.to_string(),
        phase: if cycle.infusions > 1 {
            format!("{} ×{}", cycle.phase, cycle.infusions)
        } else {
            cycle.phase.to_string()
        },
        infusion: cycle.anchor.to_string(),
        next_infusion: cycle
            .next_infusion
            .map_or_else(|| "open".to_owned(), |date| date.to_string()),
        days_to_next: cycle
            .length_days
            .map_or_else(|| "open".to_owned(), |days| days.to_string()),
        days_logged: cycle.days_logged.to_string(),
        peak: cycle
            .peak_relief_pct
            .map_or_else(unknown, |peak| format!("{peak:.0}%")),
        onset: cycle
            .onset_day
            .map_or_else(unknown, |day| format!("day {day}")),
        meaningful_until: cycle_loss_cell(cycle, Threshold::Meaningful, settings),
        substantial_until: cycle_loss_cell(cycle, Threshold::Substantial, settings),
        half_life: cycle
            .half_life_days
            .map_or_else(unknown, |days| format!("{days:.1} d")),
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
    let number = |value: Option<f64>| value.map(|v| format!("{v:.1}"));
    early_late_text(number(early), number(late))
}

/// `0 → 6`: whole counts early and late, as [`early_late`] writes means.
fn early_late_count(early: Option<u32>, late: Option<u32>) -> String {
    let number = |value: Option<u32>| value.map(|v| v.to_string());
    early_late_text(number(early), number(late))
}

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
        Some(planned) => format!("{fade} Next infusion planned {}.", date(planned)),
        None => format!("{fade} No next infusion is planned in the journal."),
    }
}

/// The expected fade alone: "In the last 6 completed cycles with relief measured, relief usually
/// faded around day 35; in this cycle that is about 17 Apr 2026.", or that past cycles do not show
/// it yet. When the open cycle
/// is stale it says the forecast rests on past cycles only.
pub fn fade_sentence(forecast: &Forecast) -> String {
    let fade = match (forecast.expected_fade_day, forecast.expected_fade_date) {
        (Some(day), Some(fade)) => {
            let cycles = match forecast.cycles_used {
                1 => "In the last completed cycle with relief measured, relief faded".to_owned(),
                count => format!(
                    "In the last {count} completed cycles with relief measured, relief usually \
                     faded"
                ),
            };
            format!(
                "{cycles} around day {day}; in this cycle that is about {}.",
                date(fade)
            )
        }
        _ => "Past cycles do not yet show when relief usually fades.".to_owned(),
    };
    match forecast.no_entries_since {
        Some(since) => format!(
            "No entries since {}, so this rests on past cycles only: {}{}",
            date(since),
            fade.get(..1).unwrap_or_default().to_lowercase(),
            fade.get(1..).unwrap_or_default()
        ),
        None => fade,
    }
}

/// The baseline in use and where it came from, as one or two sentences.
pub fn baseline_sentence(baseline: &Baseline, settings: &AnalysisSettings) -> String {
    let days = settings.baseline_days;
    let pain = baseline
        .pain
        .map_or_else(|| "-".to_owned(), |pain| format!("{pain:.1}"));
    match baseline.source {
        Some(BaselineSource::Pretreatment) => {
            let spread = baseline
                .spread_sd
                .map(|sd| format!("; day-to-day spread SD {sd:.1}"))
                .unwrap_or_default();
            let upper = baseline
                .upper_pain()
                .filter(|_| baseline.standard_error.is_some())
                .map(|upper| {
                    format!(
                        " Relief counts as lost only when it would be lost even if untreated pain \
                         were as high as {upper:.1}, the upper end of that mean's 95% interval."
                    )
                })
                .unwrap_or_default();
            format!(
                "Baseline pain {pain}: the mean of {} logged untreated days in the {} days before \
                 the first infusion{spread}.{upper}",
                baseline.days_logged,
                days.max(UNTREATED_LOOKBACK_DAYS)
            )
        }
        Some(BaselineSource::Remembered) => {
            let logged = match baseline.days_logged {
                0 => String::new(),
                days => format!(
                    " Only {days} untreated {} logged before the first infusion; \
                     {MIN_UNTREATED_DAYS} are needed to measure it.",
                    if days == 1 { "day was" } else { "days were" }
                ),
            };
            let remembered = baseline.remembered_pain.unwrap_or_default();
            let corrected = recall_corrected(remembered);
            let correction = if remembered > corrected {
                format!(
                    ", less {:.1} points, as pain before treatment is usually remembered as worse \
                     than it was once treatment has helped",
                    remembered - corrected
                )
            } else {
                String::new()
            };
            let worn_off = baseline.worn_off.as_ref();
            let (worn_pain, worn_days, worn_cycles) =
                worn_off.map_or((0.0, 0, String::new()), |worn| {
                    (
                        worn.pain.unwrap_or_default(),
                        worn.days_logged,
                        cycle_list(&worn.cycles),
                    )
                });
            let from_remembered = format!(
                "your remembered baseline of {}, the pain you remember on a typical day before \
                 ketamine{correction}",
                round1(remembered)
            );
            match baseline.remembered_check() {
                Some(RememberedCheck::RaisedToWornOff) => format!(
                    "Baseline pain {pain}: the mean pain you logged on {worn_days} days once relief \
                     had clearly worn off ({worn_cycles}), as untreated pain was at least that \
                     high. From {from_remembered}, it would be {corrected:.1}.{logged}"
                ),
                Some(RememberedCheck::LoweredToWornOff) => format!(
                    "Baseline pain {pain}: {CROSS_CHECK_POINTS:.1} points above the mean pain of \
                     {worn_pain:.1} you logged on {worn_days} days once relief had clearly worn \
                     off ({worn_cycles}). From {from_remembered}, it would be {corrected:.1}, but \
                     on those days relief was below {:.0}% even against that, so it had ended \
                     there, and untreated pain is taken to be at most {CROSS_CHECK_POINTS:.1} \
                     points above their pain.{logged}",
                    settings.meaningful_relief_pct
                ),
                _ => {
                    let mut sentence = format!("Baseline pain {pain}: from {from_remembered}.");
                    sentence.push_str(&logged);
                    sentence
                }
            }
        }
        Some(BaselineSource::WornOff) => {
            let (days, cycles) = baseline
                .worn_off
                .as_ref()
                .map_or((0, String::new()), |worn| {
                    (worn.days_logged, cycle_list(&worn.cycles))
                });
            format!(
                "Baseline pain {pain}: an estimate, the mean pain you logged on {days} days once \
                 relief had clearly worn off ({cycles}), as neither the days before the first \
                 infusion nor a remembered baseline is available. Untreated pain may have been \
                 higher, so no pattern is flagged on it; a remembered baseline in the settings \
                 replaces this estimate."
            )
        }
        Some(BaselineSource::PreInfusion) => format!(
            "Baseline: relief cannot be measured against untreated pain yet: neither the days \
             before the first infusion, nor a remembered baseline, nor cycles in which relief had \
             clearly worn off are available. Each cycle is compared with its own {days} days \
             before its infusion instead, so relief looks smaller when an infusion came while \
             relief still held, and no pattern is flagged. A remembered baseline in the settings \
             (your pain on a typical day before ketamine) avoids that."
        ),
        None => "Baseline: none yet (no infusion recorded and no remembered baseline).".to_owned(),
    }
}

/// The baseline sentence followed, when a remembered baseline is far from the pain logged once
/// relief had worn off, by the sentence showing both ([`cross_check_sentence`]): what every view
/// says about the baseline.
pub fn baseline_text(baseline: &Baseline, settings: &AnalysisSettings) -> String {
    let sentence = baseline_sentence(baseline, settings);
    match cross_check_sentence(baseline) {
        Some(cross_check) => format!("{sentence} {cross_check}"),
        None => sentence,
    }
}

/// `cycle 3` or `cycles 2, 3 and 5`.
fn cycle_list(cycles: &[u32]) -> String {
    let numbers: Vec<String> = cycles.iter().map(u32::to_string).collect();
    match numbers.split_last() {
        Some((last, [])) => format!("cycle {last}"),
        Some((last, rest)) => format!("cycles {} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Both numbers when a remembered baseline and the pain logged once relief had worn off are far
/// apart (see [`Baseline::cross_check`]): "You remembered 8; when relief had worn off you logged
/// 6.2 on average (15 days in cycles 2 and 3). Relief is measured against 7.5, from the remembered
/// 8; you can change the remembered baseline in the settings." When the baseline in use was set
/// from the worn-off pain instead (see [`RememberedCheck`]), the last sentence says so. `None`
/// otherwise. The remembered baseline itself is never changed.
pub fn cross_check_sentence(baseline: &Baseline) -> Option<String> {
    let (remembered, worn_off) = baseline.cross_check()?;
    Some(format!(
        "You remembered {}; when relief had worn off you logged {} on average ({} days in {}). \
         Relief is measured against {:.1}, {}; you can change the remembered baseline in the \
         settings.",
        round1(remembered),
        worn_off.pain.map(round1).unwrap_or_default(),
        worn_off.days_logged,
        cycle_list(&worn_off.cycles),
        baseline.pain.unwrap_or(remembered),
        match baseline.remembered_check() {
            Some(RememberedCheck::RaisedToWornOff) => {
                "the pain logged once relief had worn off".to_owned()
            }
            Some(RememberedCheck::LoweredToWornOff) => format!(
                "{CROSS_CHECK_POINTS:.1} points above the pain logged once relief had worn off"
            ),
            _ => format!("from the remembered {}", round1(remembered)),
        },
    ))
}

/// How the analysis works, with the thresholds and windows in use: the method note of the
/// report and the "About this analysis" text of the Charts view.
pub fn method_paragraph(settings: &AnalysisSettings) -> String {
    format!(
        "Relief is how far the {SMOOTHING_WINDOW_DAYS}-day smoothed pain is below the untreated \
         baseline, in percent; {}. A {SMOOTHING_WINDOW_DAYS}-day window needs at least {} logged \
         days; missing days are never filled in. Relief is lost when it stays below a threshold for \
         {} days; \"lasted to the next infusion\" means it still held when the next infusion came: \
         relief outlasted the interval. Infusions up to {} days apart form one series; a cycle runs \
         from a series' last infusion to the next series. \"Relief ends early\" is flagged when, in \
         {RECENT_MATCHES} of the last {RECENT_CYCLES} completed cycles, relief was lost at least {} \
         days before the next infusion.",
        thresholds_clause(settings),
        settings.min_logged_per_week,
        settings.persistence_days,
        settings.series_gap_days,
        settings.early_warning_days,
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
        "No patterns are flagged while relief is not measured against untreated pain (see the \
         baseline)."
            .to_owned()
    } else if measured < RECENT_MATCHES {
        let so_far = match measured {
            0 => "there are none so far".to_owned(),
            1 => "there is 1 so far".to_owned(),
            count => format!("there are {count} so far"),
        };
        format!(
            "No patterns flagged yet: most patterns need at least {RECENT_MATCHES} completed \
             cycles with relief measured, and {so_far}."
        )
    } else {
        "No patterns flagged: relief has not been seen ending early, shortening, missing or \
         outlasting the interval, nor rescue doses rising late."
            .to_owned()
    }
}

/// The note under the report's infusion log for phases marked `*`: not recorded on the
/// infusion, but inferred from the dates as the analysis does.
pub fn inferred_phase_note(settings: &AnalysisSettings) -> String {
    format!(
        "* Phase not recorded on the infusion; inferred from the dates: infusions up to {} days \
         apart form one series; the first series is loading and later ones maintenance, unless an \
         infusion in the series says otherwise.",
        settings.series_gap_days
    )
}

#[cfg(test)]
mod catalog_tests;
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
    let apart = if shortest == longest {
        format!("{shortest} days apart")
    } else {
        format!("{shortest} to {longest} days apart")
    };
    let infusions = match recent.len() {
        1 => format!("your last two infusions were {apart}"),
        count => format!("your last {} infusions were {apart}", count + 1),
    };
    Some(format!(
        "Relief had faded before day {shortest} in {ended} of {known} {}; {infusions}.",
        if known == 1 { "cycle" } else { "cycles" }
    ))
}

/// Why the timeline has no 7-day mean line yet, in the patient's terms: it needs 4 logged days in
/// a week (the 4-of-7 rule of the smoothing).
pub const PAIN_MEAN_MISSING: &str =
    "The 7-day mean line appears once you have logged 4 days within a week.";

/// What a timeline panel with nothing logged says instead of empty axes: `Sleep quality: none
/// logged yet; add it under Today to see it here.`
pub fn panel_missing(measure: &str) -> String {
    format!("{measure}: none logged yet; add it under Today to see it here.")
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
        "Add the infusions you have had under Infusions to see how long relief lasts after each."
            .to_owned()
    } else if !matches!(
        analysis.baseline.source,
        Some(BaselineSource::Pretreatment | BaselineSource::Remembered | BaselineSource::WornOff)
    ) {
        "Relief needs your pain before ketamine: log a few days before your next infusion, or \
         answer \"Your treatment so far\" in Settings."
            .to_owned()
    } else {
        "Log your pain for a week after an infusion to see relief.".to_owned()
    })
}
