//! What the journal says where the evidence is thin: a loss of relief placed within days without
//! entries, a loss that cannot be measured and why, a pattern the recent cycles can neither show
//! nor rule out (with what would settle it), and a lasting benefit that stays between infusions.
//!
//! Each is worded once here, from the facts the analysis carries; the summary, `analyze` and the
//! report show the same sentences.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::cycle_list;
use super::format::{number, percent};
use crate::analysis::stats::round1;
use crate::analysis::{
    Analysis, Baseline, Cycle, FlagKind, NotMeasurable, OpenQuestion, RECENT_CYCLES, Unclear,
};
use crate::domain::AnalysisSettings;
use crate::t;

/// "Cycle 4: relief fell below 30% between day 38 and day 47; days without enough entries hide
/// the day itself.", when days without a 7-day value hide the crossing of the meaningful
/// threshold; or why the loss cannot be measured; `None` otherwise.
pub fn loss_note(cycle: &Cycle, settings: &AnalysisSettings) -> Option<String> {
    let threshold = percent(settings.meaningful_relief_pct);
    if let Some(window) = cycle.loss_30_window {
        return Some(t!(
            "analysis-loss-window",
            cycle = cycle.index,
            threshold = threshold,
            from = window.from,
            to = window.to
        ));
    }
    let reason = match cycle.loss_30_not_measurable? {
        NotMeasurable::TooFewDaysLogged => "too-few-days",
        NotMeasurable::EntriesBeganLate => "entries-began-late",
    };
    Some(t!(
        "analysis-loss-not-measurable",
        cycle = cycle.index,
        threshold = threshold,
        reason = reason,
        min = settings.min_logged_per_week
    ))
}

/// The [`loss_note`] of each of the last [`RECENT_CYCLES`] completed cycles (those the flags
/// look at), oldest first. The open cycle has none: its relief may still be judged as it goes on.
pub fn recent_loss_notes(analysis: &Analysis) -> Vec<String> {
    let completed: Vec<&Cycle> = analysis.completed_cycles().collect();
    let recent = completed
        .get(completed.len().saturating_sub(RECENT_CYCLES)..)
        .unwrap_or_default();
    recent
        .iter()
        .filter_map(|cycle| loss_note(cycle, &analysis.settings))
        .collect()
}

/// "Whether relief ends early cannot be told yet: in cycles 4 and 5, too few days were logged to
/// see when relief fell below 30%. Logging every day of the next cycle would make it clear."
pub fn open_question_sentence(question: &OpenQuestion, settings: &AnalysisSettings) -> String {
    let kind = match question.kind {
        FlagKind::ReliefOutlastsInterval => "outlasts",
        _ => "ends-early",
    };
    let first = question.unclear.first().map(|cycle| cycle.why);
    let same = question
        .unclear
        .iter()
        .all(|cycle| Some(cycle.why) == first);
    let why = match first.filter(|_| same) {
        Some(Unclear::NotMeasurable) => "not-measurable",
        Some(Unclear::WindowAtTheEnd) => "window",
        Some(Unclear::EndNotLogged) => "end-not-logged",
        None => "mixed",
    };
    let cycles: Vec<u32> = question.unclear.iter().map(|cycle| cycle.index).collect();
    t!(
        "analysis-open-question",
        kind = kind,
        cycles = cycle_list(&cycles),
        why = why,
        threshold = percent(settings.meaningful_relief_pct),
        days = settings.early_warning_days
    )
}

impl Serialize for OpenQuestion {
    /// `{"kind", "matching", "unclear", "message"}`, the format of `analyze --json`'s
    /// `open_questions`; the message in the current language with the default thresholds' words.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("OpenQuestion", 4)?;
        state.serialize_field("kind", &self.kind)?;
        state.serialize_field("matching", &self.matching)?;
        state.serialize_field("unclear", &self.unclear)?;
        state.serialize_field(
            "message",
            &open_question_sentence(self, &AnalysisSettings::default()),
        )?;
        state.end()
    }
}

/// "About 15% of relief has stayed between infusions: once relief had worn off, your pain settled
/// at 5.9 on average (41 days in cycles 2, 3 and 4), below the untreated 6.9. …", when the
/// baseline carries a lasting benefit; `None` otherwise.
pub fn lasting_benefit_sentence(
    baseline: &Baseline,
    settings: &AnalysisSettings,
) -> Option<String> {
    let benefit = baseline.lasting_benefit_pct?;
    let worn_off = baseline.worn_off.as_ref()?;
    let untreated = baseline.pain?;
    // "About": the benefit to the nearest 5%, as the plateau and the baseline each carry a few
    // tenths of a point of doubt.
    let about = (benefit / 5.0).round() * 5.0;
    Some(t!(
        "analysis-lasting-benefit",
        benefit = percent(about),
        worn_off = number(round1(worn_off.pain?)),
        days = worn_off.days_logged,
        cycles = cycle_list(&worn_off.cycles),
        untreated = number(round1(untreated)),
        threshold = percent(settings.meaningful_relief_pct)
    ))
}
