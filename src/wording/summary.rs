//! What the journal says as of a day, worded once per load: where the day sits in the infusion
//! cycle, the forecast, whether the open cycle is stale, and the flags or why there are none.
//!
//! The Today card, the Charts insights, `analyze` and the report's first page each show the parts
//! they need from one [`Summary`]; none of them words these sentences again.

use chrono::NaiveDate;

use crate::analysis::Analysis;
use crate::domain::Journal;

use super::format::weekday_date_in_text;
use super::{
    baseline_text, fade_sentence, flag_evidence, flag_message, forecast_sentence,
    lasting_benefit_sentence, method_paragraph, no_patterns_sentence, open_question_sentence,
    phase_key, recent_loss_notes, stale_sentence, weekday_date,
};
use crate::t;

/// What the journal says as of one day, in sentences.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Summary {
    /// The day the summary is for.
    pub as_of: NaiveDate,
    /// Where the day sits: "Day 21 after your infusion of Tue 10 Nov 2026 (maintenance infusion
    /// 2, cycle 3).", or that no infusion is recorded yet, or the date of the latest one when it
    /// is after the day.
    pub position: String,
    /// Whether [`Summary::position`] places the day in a cycle (the latest cycle began on or
    /// before it).
    pub in_cycle: bool,
    /// The number of the open cycle (the latest, before any later infusion), if there is one.
    pub open_cycle: Option<u32>,
    /// "No entries since 12 Oct 2025; ...": the open cycle has had no entry for over a week.
    pub stale: Option<String>,
    /// The fade expected in the open cycle and the next planned infusion, two sentences.
    pub forecast: String,
    /// The expected fade alone, when past cycles show one.
    pub fade: Option<String>,
    /// "Next planned infusion: Sat 5 Dec 2026, in 7 days." or "No infusion planned."
    pub next_planned: String,
    /// Each flag as a message and its evidence, in the analysis's order.
    pub flags: Vec<FlagLines>,
    /// Why nothing is flagged, when nothing is.
    pub no_patterns: Option<String>,
    /// Each pattern the recent cycles can neither show nor rule out, with what would settle it.
    pub open_questions: Vec<String>,
    /// The relief that has stayed between infusions, when there is a clear lasting benefit.
    pub lasting_benefit: Option<String>,
    /// The recent cycles whose loss of relief lies within days without entries, or cannot be
    /// measured, and why.
    pub loss_notes: Vec<String>,
    /// The baseline relief is measured against, and where it comes from.
    pub baseline: String,
    /// How relief is measured, with the thresholds in use.
    pub method: String,
}

/// One flag in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagLines {
    /// What was seen, in one sentence.
    pub message: String,
    /// The facts behind it.
    pub evidence: String,
}

impl Summary {
    /// Words `analysis` of `journal` as of `as_of` (the day the analysis was made for).
    pub fn new(journal: &Journal, analysis: &Analysis, as_of: NaiveDate) -> Self {
        let cycle_day = cycle_day_line(journal, analysis, as_of);
        let position = match (&cycle_day, analysis.cycles.last()) {
            (Some(line), _) => line.clone(),
            (None, None) => t!("analysis-position-no-infusions"),
            (None, Some(cycle)) => t!(
                "analysis-position-after-day",
                date = weekday_date_in_text(cycle.anchor)
            ),
        };
        // Before anything was ever logged, no entries have stopped: there is no "No entries
        // since" to say, in the status or in the forecast.
        let logged = !journal.entries.is_empty();
        let open = analysis.open_cycle();
        let forecast = &crate::analysis::Forecast {
            no_entries_since: analysis.forecast.no_entries_since.filter(|_| logged),
            ..analysis.forecast
        };
        Self {
            as_of,
            position,
            in_cycle: cycle_day.is_some(),
            open_cycle: open.map(|cycle| cycle.index),
            stale: open
                .filter(|_| logged)
                .and_then(|cycle| stale_sentence(cycle, &analysis.settings)),
            forecast: forecast_sentence(forecast),
            fade: forecast
                .expected_fade_day
                .is_some()
                .then(|| fade_sentence(forecast)),
            next_planned: next_planned_line(forecast.planned_next_infusion, as_of),
            flags: analysis
                .flags
                .iter()
                .map(|flag| FlagLines {
                    message: flag_message(flag),
                    evidence: flag_evidence(flag),
                })
                .collect(),
            no_patterns: analysis
                .flags
                .is_empty()
                .then(|| no_patterns_sentence(analysis)),
            open_questions: analysis
                .open_questions
                .iter()
                .map(|question| open_question_sentence(question, &analysis.settings))
                .collect(),
            lasting_benefit: lasting_benefit_sentence(&analysis.baseline, &analysis.settings),
            loss_notes: recent_loss_notes(analysis),
            baseline: baseline_text(&analysis.baseline, &analysis.settings),
            method: method_paragraph(&analysis.settings),
        }
    }

    /// The Today card's lines: where the day sits (and whether the cycle is stale), the next
    /// planned infusion, and the expected fade when there is one.
    pub fn status_lines(&self) -> Vec<String> {
        let mut lines = vec![self.position.clone()];
        if self.in_cycle {
            lines.extend(self.stale.clone());
        }
        lines.push(self.next_planned.clone());
        lines.extend(self.fade.clone());
        lines
    }

    /// The report's lines under "Patterns": each flag, the stale note and, in an open cycle,
    /// the forecast as bullets (`true`); or the one sentence that nothing was flagged (`false`).
    pub fn pattern_lines(&self) -> (Vec<String>, bool) {
        let mut lines: Vec<String> = self.flags.iter().map(|flag| flag.message.clone()).collect();
        let evidence = self.evidence_lines();
        if !evidence.is_empty() {
            // Nothing flagged, but something to say about the evidence: why nothing is flagged
            // comes first.
            lines.extend(self.no_patterns.clone());
            lines.extend(evidence);
        }
        lines.extend(self.stale.clone());
        if self.open_cycle.is_some() && self.fade.is_some() {
            lines.push(self.forecast.clone());
        }
        match &self.no_patterns {
            Some(none) if lines.is_empty() => (vec![none.clone()], false),
            _ => (lines, true),
        }
    }

    /// What the summary says about thin or unusual evidence, in order: the patterns left open
    /// and what would settle them, the lasting benefit, and the recent cycles whose loss lies
    /// within days without entries or cannot be measured.
    pub fn evidence_lines(&self) -> Vec<String> {
        self.open_questions
            .iter()
            .chain(&self.lasting_benefit)
            .chain(&self.loss_notes)
            .cloned()
            .collect()
    }

    /// `analyze`'s forecast line: the open cycle, whether it is stale, and the forecast.
    pub fn forecast_line(&self) -> String {
        match (self.open_cycle, &self.stale) {
            (Some(index), Some(stale)) => t!(
                "analysis-open-cycle-stale",
                index = index,
                stale = stale.as_str(),
                forecast = self.forecast.as_str()
            ),
            (Some(index), None) => t!(
                "analysis-open-cycle",
                index = index,
                forecast = self.forecast.as_str()
            ),
            (None, _) => t!("analysis-no-open-cycle"),
        }
    }
}

/// "Next planned infusion: Sat 5 Dec 2026, in 7 days." (today, tomorrow, in n days, n days ago),
/// or "No infusion planned."
fn next_planned_line(planned: Option<NaiveDate>, as_of: NaiveDate) -> String {
    let Some(date) = planned else {
        return t!("analysis-next-none");
    };
    let days = (date - as_of).num_days();
    let when = match days {
        0 => "today",
        1 => "tomorrow",
        days if days > 1 => "future",
        _ => "past",
    };
    t!(
        "analysis-next-planned",
        date = weekday_date(date),
        when = when,
        days = days.abs()
    )
}

/// "Day 21 after your infusion of Tue 10 Nov 2026 (maintenance infusion 2, cycle 3).": where
/// `as_of` sits in the latest cycle; `None` without infusions or when the latest is after it.
fn cycle_day_line(journal: &Journal, analysis: &Analysis, as_of: NaiveDate) -> Option<String> {
    let cycle = analysis
        .cycles
        .last()
        .filter(|cycle| cycle.anchor <= as_of)?;
    let last = journal
        .infusions
        .iter()
        .filter(|infusion| infusion.is_done() && infusion.date <= as_of)
        .map(|infusion| infusion.date)
        .max()
        .unwrap_or(cycle.anchor);
    let since_last = (as_of - last).num_days();
    Some(t!(
        "analysis-position-in-cycle",
        days = since_last,
        date = weekday_date_in_text(last),
        phase = phase_key(cycle.phase),
        infusions = cycle.infusions,
        number = analysis.maintenance_number(cycle).unwrap_or_default(),
        cycle = cycle.index
    ))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::analysis::analyze;
    use crate::domain::{Infusion, Settings};

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn journal(infusions: Vec<Infusion>) -> Journal {
        Journal {
            entries: Vec::new(),
            infusions,
            settings: Settings::default(),
        }
    }

    fn summary(journal: &Journal, as_of: &str) -> Summary {
        Summary::new(journal, &analyze(journal, day(as_of)), day(as_of))
    }

    #[test]
    fn without_infusions_it_says_so_and_why_nothing_is_flagged() {
        let summary = summary(&journal(Vec::new()), "2026-11-28");
        assert_eq!(
            summary.position,
            "No infusions recorded yet. Add them under Infusions to see how long relief lasts."
        );
        assert!(!summary.in_cycle);
        assert_eq!(summary.open_cycle, None);
        assert_eq!(summary.stale, None);
        assert_eq!(summary.next_planned, "No infusion planned.");
        assert!(summary.flags.is_empty());
        assert!(summary.no_patterns.is_some());
        assert_eq!(
            summary.status_lines(),
            [summary.position.clone(), "No infusion planned.".to_owned()]
        );
        assert_eq!(summary.forecast_line(), "No open cycle.");
        // Nothing to list under "Patterns": the one sentence why.
        assert_eq!(
            summary.pattern_lines(),
            (vec![summary.no_patterns.clone().unwrap()], false)
        );
    }

    #[test]
    fn before_anything_is_logged_nothing_is_said_to_have_stopped() {
        let journal = journal(vec![
            Infusion::done(day("2026-01-19")),
            Infusion::planned(day("2026-03-20")),
        ]);
        let summary = summary(&journal, "2026-03-01");
        assert!(summary.in_cycle);
        assert_eq!(summary.open_cycle, Some(1));
        assert_eq!(summary.stale, None);
        assert!(
            !summary.forecast_line().contains("No entries"),
            "{}",
            summary.forecast_line()
        );
        assert!(
            summary
                .status_lines()
                .iter()
                .all(|line| !line.contains("No entries")),
            "{:?}",
            summary.status_lines()
        );
    }

    /// One done infusion on Tuesday 10 November, one planned on Saturday 5 December, and one
    /// day logged before the first (8 November), nothing since.
    fn quiet_open_cycle() -> Journal {
        let mut journal = journal(vec![
            Infusion::done(day("2026-11-10")),
            Infusion::planned(day("2026-12-05")),
        ]);
        journal.entries.push(crate::domain::Entry::new(
            day("2026-11-08"),
            crate::domain::Score::new("pain", 7).unwrap(),
        ));
        journal
    }

    #[test]
    fn a_quiet_open_cycle_is_placed_and_called_stale() {
        // A day logged before one done infusion on Tuesday 10 November, nothing logged since,
        // one planned on Saturday 5 December; the summary is as of Saturday 28 November, 18 days
        // later.
        let journal = quiet_open_cycle();
        let summary = summary(&journal, "2026-11-28");
        assert_eq!(
            summary.position,
            "Day 18 after your infusion of Tue 10 Nov 2026 (the loading series (1 infusion), \
             cycle 1)."
        );
        assert!(summary.in_cycle);
        assert_eq!(summary.open_cycle, Some(1));
        assert_eq!(
            summary.stale.as_deref(),
            Some("No entries since 10 Nov 2026.")
        );
        assert_eq!(
            summary.next_planned,
            "Next planned infusion: Sat 5 Dec 2026, in 7 days."
        );
        assert_eq!(summary.fade, None);
        assert_eq!(
            summary.status_lines(),
            [
                summary.position.clone(),
                "No entries since 10 Nov 2026.".to_owned(),
                summary.next_planned.clone(),
            ]
        );
        assert!(
            summary
                .forecast_line()
                .starts_with("Open cycle 1: No entries since 10 Nov 2026. ")
        );
        // The stale note is listed under "Patterns" in place of "nothing flagged".
        assert_eq!(
            summary.pattern_lines(),
            (vec!["No entries since 10 Nov 2026.".to_owned()], true)
        );
    }

    #[test]
    fn the_day_and_the_next_infusion_read_in_spanish() {
        // A day logged before the infusion, nothing since.
        let journal = quiet_open_cycle();
        let spanish = crate::domain::Locale::parse("es_MX").unwrap();
        crate::wording::language::with_locale(spanish, || {
            let summary = summary(&journal, "2026-11-28");
            assert_eq!(
                summary.position,
                "Día 18 después de su infusión del martes 10 nov 2026 (serie de carga de 1 \
                 infusión, ciclo 1)."
            );
            assert_eq!(
                summary.next_planned,
                "Próxima infusión programada: sáb, 5 dic 2026, dentro de 7 días."
            );
            assert_eq!(
                summary.stale.as_deref(),
                Some("Sin registros desde el 10 nov 2026.")
            );
            let on = |planned: &str| next_planned_line(Some(day(planned)), day("2026-11-28"));
            assert!(
                on("2026-11-27").ends_with(", hace 1 día."),
                "{}",
                on("2026-11-27")
            );
            assert!(
                on("2026-11-25").ends_with(", hace 3 días."),
                "{}",
                on("2026-11-25")
            );
            assert!(
                on("2026-11-29").ends_with(", mañana."),
                "{}",
                on("2026-11-29")
            );
        });
        // English says "1 day ago", not "1 days ago".
        let ago = next_planned_line(Some(day("2026-11-27")), day("2026-11-28"));
        assert!(ago.ends_with(", 1 day ago."), "{ago}");
    }

    #[test]
    fn the_next_infusion_is_named_relative_to_the_day() {
        let on = |planned: &str| next_planned_line(Some(day(planned)), day("2026-11-28"));
        assert_eq!(
            on("2026-11-28"),
            "Next planned infusion: Sat 28 Nov 2026, today."
        );
        assert_eq!(
            on("2026-11-29"),
            "Next planned infusion: Sun 29 Nov 2026, tomorrow."
        );
        assert_eq!(
            on("2026-11-25"),
            "Next planned infusion: Wed 25 Nov 2026, 3 days ago."
        );
    }
}
