//! One journal worked out by hand for each hard class of the simulation (docs/ANALYSIS.md
//! section 9): a low baseline with days unlogged, a slow fade, a lasting benefit, and a remembered
//! baseline below the truth; one where the evidence is too thin to judge a pattern, which says
//! what would settle it; and a bad day as relief nears its end.
//!
//! Pain is a whole score held for days at a time, so every 7-day mean can be checked on paper.
//! Each journal: 14 untreated days before the first infusion (unless said otherwise), infusions on
//! days 0, 42, 84 and 126 (three completed cycles of 42 days), and today the day after the last.

#![allow(clippy::unwrap_used)]

use chrono::{Duration, NaiveDate};
use relief_journal::analysis::{
    Analysis, BaselineSource, FlagKind, Loss, LossWindow, NotMeasurable, Unclear, analyze,
};
use relief_journal::charts::build_durations;
use relief_journal::domain::{Entry, Infusion, Journal, Score, Settings};
use relief_journal::wording::Summary;

/// Day 0, the first infusion.
fn day0() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

const CYCLE_DAYS: i64 = 42;
const CYCLES: i64 = 3;

fn entry(day: i64, pain: i64) -> Entry {
    Entry::new(
        day0() + Duration::days(day),
        Score::new("pain", pain).unwrap(),
    )
}

/// `pain(day)` for each day of the 14 before the first infusion.
fn untreated(pain: impl Fn(i64) -> i64) -> Vec<Entry> {
    (-14..0).map(|day| entry(day, pain(day))).collect()
}

/// Every completed cycle logged as `pain(day since its infusion)` says (`None`: not logged).
fn cycles(pain: impl Fn(i64, i64) -> Option<i64>) -> Vec<Entry> {
    (0..CYCLES)
        .flat_map(|cycle| {
            let pain = &pain;
            (1..CYCLE_DAYS).filter_map(move |day| {
                pain(cycle, day).map(|score| entry(cycle * CYCLE_DAYS + day, score))
            })
        })
        .collect()
}

fn analysed(entries: Vec<Entry>, settings: Settings) -> (Journal, Analysis) {
    let journal = Journal {
        entries,
        infusions: (0..=CYCLES)
            .map(|cycle| Infusion::done(day0() + Duration::days(cycle * CYCLE_DAYS)))
            .collect(),
        settings,
    };
    let today = day0() + Duration::days(CYCLES * CYCLE_DAYS + 1);
    let analysis = analyze(&journal, today);
    (journal, analysis)
}

fn summary_of(journal: &Journal, analysis: &Analysis) -> Summary {
    let today = day0() + Duration::days(CYCLES * CYCLE_DAYS + 1);
    Summary::new(journal, analysis, today)
}

/// Asserts that the summary's notes on loss days hold `note`.
fn assert_loss_note(summary: &Summary, note: &str) {
    assert!(
        summary.loss_notes.iter().any(|line| line == note),
        "{:?}",
        summary.loss_notes
    );
}

fn flagged(analysis: &Analysis, kind: FlagKind) -> bool {
    analysis.flags.iter().any(|flag| flag.kind == kind)
}

/// Untreated pain 4 and 6 on alternate days: a mean of 5, spread (SD) 1.04.
fn low_untreated() -> Vec<Entry> {
    untreated(|day| if day % 2 == 0 { 4 } else { 6 })
}

/// Pain 3 on days 1 to 20, nothing logged on days 21 to 30, pain 5 from day 31.
fn low_with_a_gap(day: i64) -> Option<i64> {
    match day {
        1..=20 => Some(3),
        21..=30 => None,
        _ => Some(5),
    }
}

#[test]
fn a_low_baseline_with_days_unlogged_gives_the_window_and_counts_for_the_flag() {
    let mut entries = low_untreated();
    entries.extend(cycles(|_, day| low_with_a_gap(day)));
    let (journal, analysis) = analysed(entries, Settings::default());
    // Baseline 5: 14 days of 4 and 6, mean 5; SD (14 / 13)^0.5 = 1.038, standard error
    // 1.038 / 14^0.5 = 0.277. 30% of 5 is 1.5 points.
    assert_eq!(analysis.baseline.pain, Some(5.0));
    assert_eq!(analysis.baseline.source, Some(BaselineSource::Pretreatment));
    let standard_error = analysis.baseline.standard_error.unwrap();
    assert!((standard_error - (14.0_f64 / 13.0).sqrt() / 14.0_f64.sqrt()).abs() < 1e-9);
    for cycle in analysis.completed_cycles() {
        // Day 20's 7-day mean (days 17 to 23) holds days 17 to 20, four of pain 3: relief
        // (5 - 3) / 5 = 40%. Days 21 to 30 have fewer than 4 logged days in their week and no
        // value; day 31's week (28 to 34) holds days 31 to 34 at pain 5: 0%, below 30% for good
        // (against the upper end 5 + 1.645 × 0.277 = 5.46 too: 8.4%). The crossing lies within
        // the gap: on the line from 40% on day 20 to 0% on day 31, 30% falls a quarter of the way,
        // at day 22.75, so day 23, within days 21 to 31.
        assert_eq!(cycle.loss_30_day, Some(23), "cycle {}", cycle.index);
        assert_eq!(cycle.loss_30_window, Some(LossWindow { from: 21, to: 31 }));
        assert_eq!(cycle.meaningful_loss, Some(Loss::Lost(23)));
        assert_eq!(cycle.loss_30_not_measurable, None);
    }
    // Lost 42 - 23 = 19 days before each next infusion, and still 0% in the last week: the
    // cycles count for "relief ends early".
    assert!(flagged(&analysis, FlagKind::ReliefEndsEarly));
    assert!(analysis.open_questions.is_empty());
    assert_loss_note(
        &summary_of(&journal, &analysis),
        "Cycle 3: relief fell below 30% between day 21 and day 31; days without enough entries \
         hide the day itself.",
    );
    let json = serde_json::to_value(&analysis).unwrap();
    assert_eq!(
        json["cycles"][0]["loss_30_window"],
        serde_json::json!({"from": 21, "to": 31})
    );
}

#[test]
fn thin_evidence_says_what_would_settle_it() {
    let mut entries = low_untreated();
    entries.extend(cycles(|cycle, day| match cycle {
        // As above: lost early, its crossing within days 21 to 31.
        0 => low_with_a_gap(day),
        // Two days a week: never 4 in a week, so no 7-day value at all.
        1 => (day % 7 == 1 || day % 7 == 4).then_some(4),
        // Pain 3 throughout: 40% to the next infusion.
        _ => Some(3),
    }));
    let (journal, analysis) = analysed(entries, Settings::default());
    let cycle_2 = &analysis.cycles[1];
    assert_eq!(
        cycle_2.loss_30_not_measurable,
        Some(NotMeasurable::TooFewDaysLogged)
    );
    assert_eq!((cycle_2.loss_30_day, cycle_2.censored), (None, None));
    // Cycle 3 held: 40% against 5, and (4.46 - 3) / 4.46 = 32.7% against the lower end of the
    // baseline's interval, 5 - 1.96 × 0.277 = 4.46.
    assert_eq!(analysis.cycles[2].meaningful_loss, Some(Loss::Censored));
    // One cycle of the last three shows relief ending early (1), one shows it outlasting the
    // interval (3), and one cannot say (2): neither flag, and both left open.
    assert!(analysis.flags.is_empty(), "{:?}", analysis.flags);
    let kinds: Vec<(FlagKind, Vec<u32>)> = analysis
        .open_questions
        .iter()
        .map(|question| (question.kind, question.matching.clone()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (FlagKind::ReliefEndsEarly, vec![1]),
            (FlagKind::ReliefOutlastsInterval, vec![3])
        ]
    );
    for question in &analysis.open_questions {
        assert_eq!(question.unclear.len(), 1);
        assert_eq!(question.unclear[0].index, 2);
        assert_eq!(question.unclear[0].why, Unclear::NotMeasurable);
    }
    let summary = summary_of(&journal, &analysis);
    assert_eq!(
        summary.open_questions[0],
        "Whether relief ends early cannot be told yet: in cycle 2, too few days were logged to \
         see when relief fell below 30%. Logging every day of the next cycle would make it clear."
    );
    assert_loss_note(
        &summary,
        "Cycle 2: when relief fell below 30% cannot be measured: too few days were logged (a \
         7-day mean needs 4 logged days in its week).",
    );
    // The report's pattern lines and `analyze` say it too, after why nothing is flagged.
    let (lines, bullets) = summary.pattern_lines();
    assert!(bullets);
    assert_eq!(lines.first(), summary.no_patterns.as_ref());
    assert!(lines.contains(&summary.open_questions[1]));
    // In Spanish too, with the glossary's "quedó por debajo del".
    let spanish = relief_journal::wording::language::with_locale(
        relief_journal::domain::Locale::parse("es_MX").unwrap(),
        || summary_of(&journal, &analysis),
    );
    assert_eq!(
        spanish.open_questions[0],
        "Todavía no se puede saber si el alivio termina antes de tiempo: se registraron muy \
         pocos días para ver cuándo el alivio quedó por debajo del 30% (ciclo 2). Registrar todos \
         los días del próximo ciclo lo aclararía."
    );
    let json = serde_json::to_value(&analysis).unwrap();
    assert_eq!(json["open_questions"][0]["kind"], "relief_ends_early");
    assert_eq!(
        json["open_questions"][0]["unclear"],
        serde_json::json!([{"index": 2, "why": "not_measurable"}])
    );
    assert_eq!(
        json["cycles"][1]["loss_30_not_measurable"],
        "too_few_days_logged"
    );
}

#[test]
fn a_slow_fade_is_placed_where_it_crosses() {
    // Untreated pain 8. After each infusion pain 4 (50%) on days 1 to 12, 5 (37.5%) on days 13
    // to 19, 6 (25%) on days 20 to 26, 7 (12.5%) on days 27 to 33 and 8 from day 34: relief takes
    // three weeks to slide from 50% to nothing.
    let mut entries = untreated(|_| 8);
    entries.extend(cycles(|_, day| {
        Some(match day {
            1..=12 => 4,
            13..=19 => 5,
            20..=26 => 6,
            27..=33 => 7,
            _ => 8,
        })
    }));
    let (journal, analysis) = analysed(entries, Settings::default());
    assert_eq!(analysis.baseline.pain, Some(8.0));
    for cycle in analysis.completed_cycles() {
        // 7-day means from day 17 to day 23 hold one more day of pain 6 each: 36/7 to 42/7, relief
        // 35.7%, 33.9%, 32.1%, 30.4%, 28.6%, 26.8%, 25.0%, falling 1.79 points a day (12.5 / 7).
        // First below 30% on day 21; the line through the days around it is this same straight
        // line, which meets 30% at day 21 - (30 - 28.57) / 1.79 = 20.2, so day 21. No gap: no
        // window.
        assert_eq!(cycle.loss_30_day, Some(21), "cycle {}", cycle.index);
        assert_eq!(cycle.loss_30_window, None);
    }
    assert!(flagged(&analysis, FlagKind::ReliefEndsEarly));
    // The pain once relief had worn off (7-day means within half a point of 8, from day 34) is
    // about 7.9: under 2% below the baseline, no lasting benefit.
    assert_eq!(analysis.baseline.lasting_benefit_pct, None);
    assert_eq!(summary_of(&journal, &analysis).lasting_benefit, None);
}

#[test]
fn a_bad_day_as_relief_nears_its_end_does_not_end_it_early() {
    // Untreated pain 8. After each infusion pain 5 (37.5%) on days 1 to 24, 7 (12.5%) from day
    // 25; a bad day of 10 on day 18, 5 points above the days either side of it.
    let fade = |day: i64| if day <= 24 { 5 } else { 7 };
    let mut clean = untreated(|_| 8);
    clean.extend(cycles(|_, day| Some(fade(day))));
    let mut bad_day = untreated(|_| 8);
    bad_day.extend(cycles(|_, day| {
        Some(if day == 18 { 10 } else { fade(day) })
    }));
    let (_, clean) = analysed(clean, Settings::default());
    let (_, analysis) = analysed(bad_day, Settings::default());
    for (cycle, clean) in analysis.completed_cycles().zip(clean.completed_cycles()) {
        // Kept in, the bad day takes every 7-day mean holding it (days 15 to 21) to 40/7 = 5.71,
        // relief 28.6%, and relief never comes back to 35% before the fade: the stretch below
        // 30% would begin on day 15, and the loss be placed on day 18.
        // It is 5 points above the middle of the 3 days before it and of the 3 after it (the
        // journal's day-to-day spread is about 0.2 points once the jumps are left out, so the
        // least distance of 2 points applies), so the loss is judged without it, as on the
        // journal without it: 7-day relief 37.5% to day 21, then 33.9, 30.4, 26.8% on days 22 to
        // 24 (one more day of 7 each), falling 3.57 points a day; the line meets 30% at day
        // 24 - (30 - 26.8) / 3.57 = 23.1, so day 24.
        assert_eq!(cycle.loss_30_day, Some(24), "cycle {}", cycle.index);
        assert_eq!(cycle.loss_30_day, clean.loss_30_day);
        // What the chart shows still holds the bad day: relief on day 18 is 28.6%.
        let day18 = cycle.days.get(18).and_then(|day| day.relief_pct).unwrap();
        assert!(
            (day18 - 100.0 * (8.0 - 40.0 / 7.0) / 8.0).abs() < 1e-9,
            "{day18}"
        );
    }
}

#[test]
fn a_lasting_benefit_is_named_and_relief_ending_early_still_flagged() {
    // Untreated pain 7. After each infusion pain 3 (57%) on days 1 to 14, then 6 (14.3%) to the
    // next infusion: relief fades, but pain settles a point below the untreated level.
    let mut entries = untreated(|_| 7);
    entries.extend(cycles(|_, day| Some(if day <= 14 { 3 } else { 6 })));
    let (journal, analysis) = analysed(entries, Settings::default());
    // The worn-off pain, 6 in all three cycles, lies below the untreated mean, which stays the
    // baseline: 100 × (7 - 6) / 7 = 14.3% has stayed, more than the 10% an exponential tail can
    // leave, from 3 cycles, and the untreated days vary not at all (standard error 0).
    assert_eq!(analysis.baseline.pain, Some(7.0));
    assert_eq!(analysis.baseline.pretreatment_pain, Some(7.0));
    let worn_off = analysis.baseline.worn_off.as_ref().unwrap();
    assert_eq!(worn_off.pain, Some(6.0));
    assert_eq!(worn_off.cycles, vec![1, 2, 3]);
    let benefit = analysis.baseline.lasting_benefit_pct.unwrap();
    assert!((benefit - 100.0 / 7.0).abs() < 1e-9, "{benefit}");
    let summary = summary_of(&journal, &analysis);
    let days = worn_off.days_logged;
    assert_eq!(
        summary.lasting_benefit.as_deref(),
        Some(
            format!(
                "About 15% of relief has stayed between infusions: once relief had worn off, your \
                 pain settled at 6 on average ({days} days in cycles 1, 2 and 3), below the \
                 untreated 7. Relief is still measured against untreated pain, so relief below \
                 30% means the rest of it had faded."
            )
            .as_str()
        )
    );
    // Relief against 7: 14.3% from the step on, below 30% about 27 days before each next
    // infusion. The lasting benefit does not hide that.
    assert!(flagged(&analysis, FlagKind::ReliefEndsEarly));
    assert!(!flagged(&analysis, FlagKind::ReliefOutlastsInterval));
}

#[test]
fn a_lasting_benefit_does_not_make_relief_that_holds_look_lost() {
    // Untreated pain 7; pain 3 (57%) to every next infusion, except that each cycle's last 10
    // days have pain 4 (42.9%): relief holds, so no lasting benefit can be told from it and
    // "relief ends early" is not raised.
    let mut entries = untreated(|_| 7);
    entries.extend(cycles(|_, day| Some(if day < 32 { 3 } else { 4 })));
    let (_, analysis) = analysed(entries, Settings::default());
    assert_eq!(analysis.baseline.lasting_benefit_pct, None);
    assert!(!flagged(&analysis, FlagKind::ReliefEndsEarly));
    assert!(flagged(&analysis, FlagKind::ReliefOutlastsInterval));
}

#[test]
fn a_remembered_baseline_below_the_truth_is_raised_to_the_worn_off_pain() {
    // Started at the first infusion with nothing logged before it; the patient remembers 6, but
    // untreated pain was 8. Pain 4 on days 1 to 14, then 8 to the next infusion.
    let entries = cycles(|_, day| Some(if day <= 14 { 4 } else { 8 }));
    let settings = Settings {
        baseline_pain: Some(6.0),
        ..Settings::default()
    };
    let (journal, analysis) = analysed(entries, settings);
    // Remembered 6, less half a point for recall: 5.5. Against 5.5 pain 4 would be 27% relief,
    // never meaningful. But pain once relief had worn off was 8 in all three cycles, and
    // untreated pain was at least that: the baseline in use is 8.
    assert_eq!(analysis.baseline.source, Some(BaselineSource::Remembered));
    assert_eq!(analysis.baseline.remembered_pain, Some(6.0));
    assert_eq!(analysis.baseline.pain, Some(8.0));
    for cycle in analysis.completed_cycles() {
        // Against 8: 7-day means from day 11 to 17 hold 0 to 6 days of pain 8: relief 50%,
        // 42.9%, 35.7%, 28.6%, 21.4%, 14.3%, 7.1%, falling 7.14 points a day. First below 30% on
        // day 14; the line meets 30% at day 14 - 1.43 / 7.14 = 13.8, so day 14 (pain 8 from day 15).
        assert_eq!(cycle.loss_30_day, Some(14), "cycle {}", cycle.index);
    }
    assert!(flagged(&analysis, FlagKind::ReliefEndsEarly));
    // A remembered baseline is no measure of a lasting benefit.
    assert_eq!(analysis.baseline.lasting_benefit_pct, None);
    // The baseline sentence shows both numbers.
    let summary = summary_of(&journal, &analysis);
    assert!(summary.baseline.contains('6') && summary.baseline.contains('8'));
}

#[test]
fn relief_logged_only_in_the_days_after_each_infusion_still_counts() {
    // As the low baseline above (untreated 5), but after each infusion only days 1 to 3 are
    // logged, at pain 1 (80% relief), then nothing until day 14, and pain 5 (0%) from day 14: a
    // patient who rested after each infusion. No 7-day value has 4 logged days before day 14's
    // (days 11 to 17), so the 7-day values begin at 0% and never show the relief itself.
    let mut entries = low_untreated();
    entries.extend(cycles(|_, day| match day {
        1..=3 => Some(1),
        4..=13 => None,
        _ => Some(5),
    }));
    let (journal, analysis) = analysed(entries, Settings::default());
    assert_eq!(analysis.baseline.pain, Some(5.0));
    for cycle in analysis.completed_cycles() {
        // Days 1 to 3 at 80% are clearly above 30%, and the days logged from day 14 on, at 8.4%
        // against the upper end of the baseline's uncertainty (5.46), clearly below it. The line
        // from their mean, 80% at day 2, to 0% at day 14 meets 30% at 2 + 12 × 50 / 80 = 9.5, so
        // day 10, within days 4 to 14.
        assert_eq!(cycle.loss_30_day, Some(10), "cycle {}", cycle.index);
        assert_eq!(cycle.loss_30_window, Some(LossWindow { from: 4, to: 14 }));
        assert_eq!(cycle.loss_30_not_measurable, None);
    }
    // The chart of how long relief lasted draws a bar of 10 days for each, not "no meaningful
    // relief".
    for bar in &build_durations(&analysis).bars[..3] {
        assert_eq!(bar.relief_days, Some(10), "{bar:?}");
        assert!(!bar.no_meaningful_relief, "{bar:?}");
    }
    // Lost 32 days before each next infusion: relief ends early, and the summary gives the window.
    assert!(flagged(&analysis, FlagKind::ReliefEndsEarly));
    assert_loss_note(
        &summary_of(&journal, &analysis),
        "Cycle 2: relief fell below 30% between day 4 and day 14; days without enough entries \
         hide the day itself.",
    );
}

#[test]
fn relief_held_to_each_infusion_counts_when_its_last_week_is_logged_sparsely() {
    // Untreated pain 7. After each infusion pain 3 (57%) every day to day 28, then only days 29,
    // 32, 36 and 40: a patient who logs less once relief is good. No 7-day value from day 31 on
    // has the 4 logged days it needs (day 35's week, days 32 to 38, holds 2), so the last week
    // has none; the 2 days logged in it, 36 and 40, at pain 3, say 57% was left (the journal's
    // days vary not at all: no standard error to add).
    let mut entries = untreated(|_| 7);
    entries.extend(cycles(|_, day| {
        (day <= 29 || [32, 36, 40].contains(&day)).then_some(3)
    }));
    let (journal, analysis) = analysed(entries, Settings::default());
    for cycle in analysis.completed_cycles() {
        assert_eq!(
            cycle.meaningful_loss,
            Some(Loss::Censored),
            "cycle {}",
            cycle.index
        );
        let left = cycle.relief_at_next.unwrap();
        assert!((left.relief_pct - 400.0 / 7.0).abs() < 1e-9, "{left:?}");
    }
    // Before, the cycles' ends read as not logged, and the pattern was left open.
    assert!(flagged(&analysis, FlagKind::ReliefOutlastsInterval));
    assert!(
        analysis.open_questions.is_empty(),
        "{:?}",
        analysis.open_questions
    );
    let summary = summary_of(&journal, &analysis);
    assert!(
        summary.flags[0]
            .evidence
            .contains("about 57% relief was left when the next infusion came"),
        "{:?}",
        summary.flags
    );
}
