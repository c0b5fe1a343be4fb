//! Each expected sentence here is written by hand from the specification of the wording.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;

use super::*;
use crate::analysis::fixtures;
use crate::analysis::{
    CycleOutcome, Flag, FlagFacts, FlagKind, ReliefDuration, ReliefLeft, RescueOutcome, WornOff,
};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn settings(meaningful: f64, substantial: f64) -> AnalysisSettings {
    AnalysisSettings {
        meaningful_relief_pct: meaningful,
        substantial_relief_pct: substantial,
        ..AnalysisSettings::default()
    }
}

/// A cycle with the given outcome at both thresholds; nothing else is measured.
fn cycle(peak: f64, meaningful: Loss, substantial: Loss, completed: bool) -> Cycle {
    let anchor = day("2026-03-01");
    Cycle {
        days_logged: 40,
        peak_relief_pct: Some(peak),
        nadir_day: Some(5),
        onset_day: Some(2),
        rescue_per_week_early: Some(0.5),
        baseline_pain: Some(8.0),
        ..fixtures::cycle_at(
            2,
            anchor,
            completed.then_some(42),
            meaningful,
            Some(substantial),
        )
    }
}

#[test]
fn a_cycle_that_peaked_at_40_percent_did_not_reach_50() {
    // Peak 40%, 30% held to the next infusion: the ≥50% cell must not say it lasted.
    let lasted = cycle(40.0, Loss::Censored, Loss::NotReached, true);
    let cells = cycle_cells(&lasted, &AnalysisSettings::default());
    assert_eq!(cells.meaningful_until, "lasted to the next infusion");
    assert_eq!(cells.substantial_until, "not reached");
}

#[test]
fn every_kind_of_loss_cell() {
    assert_eq!(loss_cell(Some(Loss::Lost(21)), true), "day 21");
    assert_eq!(loss_cell(Some(Loss::Lost(9)), false), "day 9");
    assert_eq!(
        loss_cell(Some(Loss::Censored), true),
        "lasted to the next infusion"
    );
    assert_eq!(loss_cell(Some(Loss::Censored), false), "still holding");
    assert_eq!(loss_cell(Some(Loss::NotReached), true), "not reached");
    assert_eq!(loss_cell(None, true), "not measurable");
    let open = cycle(60.0, Loss::Censored, Loss::Lost(12), false);
    assert_eq!(
        cycle_loss_cell(&open, Threshold::Meaningful, &AnalysisSettings::default()),
        "still holding"
    );
    assert_eq!(
        cycle_loss_cell(&open, Threshold::Substantial, &AnalysisSettings::default()),
        "day 12"
    );
}

#[test]
fn the_cycle_row_cells() {
    let mut lasted = cycle(61.4, Loss::Lost(34), Loss::Lost(21), true);
    lasted.infusions = 3;
    lasted.half_life_days = Some(11.84);
    (lasted.pain_early, lasted.pain_late) = (Some(3.44), Some(6.06));
    lasted.worst_pain_late = Some(7.8);
    (lasted.high_pain_days_early, lasted.high_pain_days_late) = (Some(0), Some(6));
    let cells = cycle_cells(&lasted, &AnalysisSettings::default());
    assert_eq!(cells.number, "2");
    assert_eq!(cells.phase, "maintenance ×3");
    assert_eq!(cells.infusion, "2026-03-01");
    assert_eq!(cells.next_infusion, "2026-04-12");
    assert_eq!(cells.days_to_next, "42");
    assert_eq!(cells.days_logged, "40");
    assert_eq!(cells.peak, "61%");
    assert_eq!(cells.onset, "day 2");
    assert_eq!(cells.meaningful_until, "day 34");
    assert_eq!(cells.substantial_until, "day 21");
    assert_eq!(cells.half_life, "11.8 d");
    assert_eq!(cells.rescue, "0.5 → -");
    assert_eq!(cells.pain, "3.4 → 6.1");
    assert_eq!(cells.worst_pain, "- → 7.8");
    assert_eq!(cells.high_pain_days, "0 → 6");
    assert_eq!(cells.mobility, "-");
    let open = cycle_cells(
        &cycle(61.0, Loss::Censored, Loss::Censored, false),
        &AnalysisSettings::default(),
    );
    assert_eq!(
        (open.next_infusion, open.days_to_next),
        ("open".to_owned(), "open".to_owned())
    );
}

#[test]
fn threshold_labels_follow_the_settings_and_cite_immpact_only_for_the_default() {
    let default = AnalysisSettings::default();
    assert_eq!(Threshold::Meaningful.at_or_above(&default), "Relief ≥30%");
    assert_eq!(
        Threshold::Substantial.until_heading(&default),
        "Relief ≥50% until"
    );
    assert_eq!(Threshold::Meaningful.below_heading(&default), "below 30%");
    assert_eq!(
        Threshold::Substantial.line_label(&default),
        "50% substantial"
    );
    assert_eq!(
        Threshold::Meaningful.counts_as(&default),
        "30% counts as meaningful (IMMPACT)"
    );
    assert_eq!(
        thresholds_clause(&default),
        "30% counts as meaningful and 50% as substantial (IMMPACT)"
    );
    let own = settings(40.0, 50.0);
    assert_eq!(
        Threshold::Meaningful.counts_as(&own),
        "40% counts as meaningful (your setting)"
    );
    assert_eq!(
        thresholds_clause(&own),
        "40% counts as meaningful (your setting) and 50% as substantial (IMMPACT)"
    );
    let both = settings(25.0, 62.5);
    assert_eq!(Threshold::Substantial.at_or_above(&both), "Relief ≥62.5%");
    assert_eq!(
        thresholds_clause(&both),
        "25% counts as meaningful and 62.5% as substantial (your setting)"
    );
}

#[test]
fn chart_labels_follow_the_meaningful_threshold() {
    let own = settings(25.0, 60.0);
    assert_eq!(
        relief_lost_label(&own),
        "Relief below 25% before the next infusion"
    );
    assert_eq!(
        durations_axis_title(&own),
        "Days relief stayed at or above 25%"
    );
    assert_eq!(durations_legend(&own), "Relief of 25% or more lasted");
    assert_eq!(Threshold::Substantial.line_label(&own), "60% substantial");
}

#[test]
fn the_forecast_reads_as_two_sentences() {
    let forecast = Forecast {
        expected_fade_day: Some(35),
        expected_fade_date: Some(day("2026-04-17")),
        planned_next_infusion: Some(day("2026-04-24")),
        no_entries_since: None,
        cycles_used: 6,
    };
    assert_eq!(
        forecast_sentence(&forecast),
        "In the last 6 completed cycles with relief measured, relief usually faded around day \
         35; in this cycle that is about 17 Apr 2026. Next infusion planned 24 Apr 2026."
    );
    let one = Forecast {
        cycles_used: 1,
        ..forecast
    };
    assert!(
        forecast_sentence(&one)
            .starts_with("In the last completed cycle with relief measured, relief faded around")
    );
    assert_eq!(
        forecast_sentence(&Forecast::default()),
        "Past cycles do not yet show when relief usually fades. No next infusion is planned in \
         the journal."
    );
}

#[test]
fn the_baseline_says_where_it_came_from() {
    let default = AnalysisSettings::default();
    let baseline = |pain, source, days_logged| Baseline {
        pain,
        source,
        days_logged,
        spread_sd: None,
        standard_error: None,
        remembered_pain: None,
        worn_off: None,
        pretreatment_pain: None,
        lasting_benefit_pct: None,
    };
    assert_eq!(
        baseline_sentence(
            &baseline(Some(7.14), Some(BaselineSource::Pretreatment), 6),
            &default
        ),
        "Baseline pain 7.1: the mean of 6 logged untreated days in the 28 days before the first \
         infusion."
    );
    // 5 days with SD 0.84: standard error 0.84 / 5^0.5 = 0.376; the one-sided 95% upper bound
    // is 6.8 + 1.645 * 0.376 = 7.42.
    let spread = Baseline {
        spread_sd: Some(0.84),
        standard_error: Some(0.84 / 5.0_f64.sqrt()),
        ..baseline(Some(6.8), Some(BaselineSource::Pretreatment), 5)
    };
    assert_eq!(
        baseline_sentence(&spread, &default),
        "Baseline pain 6.8: the mean of 5 logged untreated days in the 28 days before the first \
         infusion; day-to-day spread SD 0.8. Relief counts as lost only when it would be lost \
         even if untreated pain were as high as 7.4, the upper end of that mean's uncertainty \
         (one-sided 95%)."
    );
    let remembered = Baseline {
        remembered_pain: Some(8.0),
        ..baseline(Some(7.5), Some(BaselineSource::Remembered), 2)
    };
    assert_eq!(
        baseline_sentence(&remembered, &default),
        "Baseline pain 7.5: from your remembered baseline of 8, the pain you remember on a \
         typical day before ketamine, less 0.5 points, as pain before treatment is usually \
         remembered as worse than it was once treatment has helped. Only 2 untreated days were \
         logged before the first infusion; 4 are needed to measure it."
    );
    // A journal started mid-treatment has no untreated days to mention.
    let started_later = Baseline {
        days_logged: 0,
        ..remembered.clone()
    };
    assert!(
        baseline_sentence(&started_later, &default).ends_with("once treatment has helped."),
        "{}",
        baseline_sentence(&started_later, &default)
    );
    let estimate = Baseline {
        worn_off: Some(WornOff {
            pain: Some(6.24),
            days_logged: 15,
            cycles: vec![2, 3],
        }),
        ..baseline(Some(6.24), Some(BaselineSource::WornOff), 0)
    };
    assert!(baseline_sentence(&estimate, &default).starts_with(
        "Baseline pain 6.2: an estimate, the mean pain you logged on 15 days once relief had \
             clearly worn off (cycles 2 and 3),"
    ));
    assert!(
        baseline_sentence(
            &baseline(None, Some(BaselineSource::PreInfusion), 0),
            &default
        )
        .starts_with("Baseline: relief cannot be measured against untreated pain yet")
    );
    assert_eq!(
        baseline_sentence(&baseline(None, None, 0), &default),
        "Baseline: none yet (no infusion recorded and no remembered baseline)."
    );
}

#[test]
fn a_remembered_baseline_far_from_the_worn_off_pain_shows_both() {
    let worn_off = |pain| WornOff {
        pain: Some(pain),
        days_logged: 15,
        cycles: vec![2, 3],
    };
    let remembered = |logged| Baseline {
        pain: Some(7.5),
        source: Some(BaselineSource::Remembered),
        days_logged: 0,
        spread_sd: None,
        standard_error: None,
        remembered_pain: Some(8.0),
        worn_off: Some(worn_off(logged)),
        pretreatment_pain: None,
        lasting_benefit_pct: None,
    };
    assert_eq!(
        cross_check_sentence(&remembered(6.2)).as_deref(),
        Some(
            "You remembered 8; when relief had worn off you logged 6.2 on average (15 days in \
             cycles 2 and 3). Relief is measured against 7.5, from the remembered 8; you can \
             change the remembered baseline in the settings."
        )
    );
    // 8 - 6.6 = 1.4 is within 1.5 points: nothing to show.
    assert_eq!(cross_check_sentence(&remembered(6.6)), None);
    // Logged pain above the remembered one shows both too.
    assert!(cross_check_sentence(&remembered(9.5)).is_some());
    // Only a remembered baseline in use is cross-checked.
    let measured = Baseline {
        source: Some(BaselineSource::Pretreatment),
        ..remembered(6.2)
    };
    assert_eq!(cross_check_sentence(&measured), None);
}

#[test]
fn a_remembered_baseline_set_from_the_worn_off_pain_says_so() {
    let default = AnalysisSettings::default();
    let checked = |pain, remembered| Baseline {
        pain: Some(pain),
        source: Some(BaselineSource::Remembered),
        days_logged: 0,
        spread_sd: None,
        standard_error: None,
        remembered_pain: Some(remembered),
        worn_off: Some(WornOff {
            pain: Some(6.0),
            days_logged: 75,
            cycles: vec![1, 2, 3],
        }),
        pretreatment_pain: None,
        lasting_benefit_pct: None,
    };
    // Remembered 6, less half a point 5.5, below the 6 logged once relief had worn off: 0 points
    // apart, so no cross-check sentence.
    let raised = checked(6.0, 6.0);
    assert_eq!(
        baseline_text(&raised, &default),
        "Baseline pain 6.0: the mean pain you logged on 75 days once relief had clearly worn off \
         (cycles 1, 2 and 3), as untreated pain was at least that high. From your remembered \
         baseline of 6, the pain you remember on a typical day before ketamine, less 0.5 points, \
         as pain before treatment is usually remembered as worse than it was once treatment has \
         helped, it would be 5.5."
    );
    // Remembered 9, less half a point 8.5, lowered to 6 + 1.5: both are shown.
    let lowered = checked(7.5, 9.0);
    assert_eq!(
        baseline_text(&lowered, &default),
        "Baseline pain 7.5: 1.5 points above the mean pain of 6.0 you logged on 75 days once \
         relief had clearly worn off (cycles 1, 2 and 3). From your remembered baseline of 9, the \
         pain you remember on a typical day before ketamine, less 0.5 points, as pain before \
         treatment is usually remembered as worse than it was once treatment has helped, it \
         would be 8.5, but on those days relief was below 30% even against that, so it had ended \
         there, and untreated pain is taken to be at most 1.5 points above their pain. You \
         remembered 9; when relief had worn off you logged 6 on average (75 days in cycles 1, 2 \
         and 3). Relief is measured against 7.5, 1.5 points above the pain logged once relief \
         had worn off; you can change the remembered baseline in the settings."
    );
    // Remembered 4.5, less half a point 4.0, raised to 6: 1.5 points apart, both shown.
    assert!(baseline_text(&checked(6.0, 4.5), &default).ends_with(
        "Relief is measured against 6.0, the pain logged once relief had worn off; you can \
             change the remembered baseline in the settings."
    ));
}

#[test]
fn the_method_paragraph_uses_the_settings() {
    let own = AnalysisSettings {
        persistence_days: 10,
        early_warning_days: 5,
        ..settings(25.0, 60.0)
    };
    let text = method_paragraph(&own);
    assert!(
        text.starts_with(
            "Relief is how far the 7-day smoothed pain is below the untreated baseline, in \
             percent; 25% counts as meaningful and 60% as substantial (your setting)."
        ),
        "{text}"
    );
    assert!(text.contains("below a threshold for 10 days"), "{text}");
    assert!(
        text.contains("in 2 of the last 3 completed cycles, relief was lost at least 5 days"),
        "{text}"
    );
    assert!(!text.contains("30%") && !text.contains("IMMPACT"), "{text}");
}

fn outcome(index: u32, loss: Loss, length_days: u32) -> CycleOutcome {
    CycleOutcome {
        index,
        anchor: day("2026-01-01") + chrono::Duration::days(i64::from(index) * 60),
        meaningful_loss: Some(loss),
        length_days,
    }
}

#[test]
fn relief_outlasts_interval_in_words() {
    let flag = Flag {
        kind: FlagKind::ReliefOutlastsInterval,
        cycles: vec![1, 3],
        facts: FlagFacts::ReliefOutlastsInterval {
            threshold_pct: 30.0,
            matching: 2,
            recent: vec![
                outcome(1, Loss::Censored, 42),
                outcome(2, Loss::Lost(30), 45),
                outcome(3, Loss::Censored, 65),
            ],
            lengths: vec![42, 65],
            left: vec![
                ReliefLeft {
                    index: 1,
                    relief_pct: 40.4,
                    length_days: 42,
                },
                ReliefLeft {
                    index: 3,
                    relief_pct: 52.6,
                    length_days: 65,
                },
            ],
        },
    };
    assert_eq!(
        flag_message(&flag),
        "In 2 of your last 3 completed cycles, relief was still at or above 30% when the next \
         infusion came, 42 to 65 days apart. This pattern may be worth discussing with your care \
         team."
    );
    // How much relief was left, to the whole percent, so the margin over 30% shows.
    assert_eq!(
        flag_evidence(&flag),
        "Cycle 1 (from 2 Mar 2026): about 40% relief was left when the next infusion came, 42 \
         days apart; cycle 2 (from 1 May 2026): relief below 30% from day 30, next infusion on \
         day 45; cycle 3 (from 30 Jun 2026): about 53% relief was left when the next infusion \
         came, 65 days apart"
    );
    let json = serde_json::to_value(&flag).unwrap();
    assert_eq!(json["kind"], "relief_outlasts_interval");
    assert_eq!(json["evidence"], flag_evidence(&flag));
}

#[test]
fn relief_ends_early_in_words() {
    let flag = ends_early(vec![34, 34]);
    assert_eq!(
        flag_message(&flag),
        "In 2 of your last 3 completed cycles, relief fell below 30% around day 34; your \
         infusions were 42 to 44 days apart. This pattern may be worth discussing with your care \
         team."
    );
    assert_eq!(
        flag_evidence(&flag),
        "Cycle 1 (from 2 Mar 2026): relief below 30% from day 34, next infusion on day 42; \
         cycle 2 (from 1 May 2026): relief below 30% from day 36, next infusion on day 42; \
         cycle 3 (from 30 Jun 2026): relief below 30% from day 34, next infusion on day 44"
    );
    let json = serde_json::to_value(&flag).unwrap();
    assert_eq!(json["kind"], "relief_ends_early");
    assert_eq!(json["cycles"], serde_json::json!([1, 3]));
    assert_eq!(json["message"], flag_message(&flag));
    assert_eq!(json["evidence"], flag_evidence(&flag));
}

#[test]
fn relief_shortening_in_words() {
    let durations = [
        (1, 40, true),
        (2, 36, false),
        (3, 33, false),
        (4, 28, false),
    ];
    let flag = Flag {
        kind: FlagKind::ReliefShortening,
        cycles: vec![1, 2, 3, 4],
        facts: FlagFacts::ReliefShortening {
            threshold_pct: 30.0,
            recent: vec![
                outcome(1, Loss::Censored, 40),
                outcome(2, Loss::Lost(36), 50),
                outcome(3, Loss::Lost(33), 50),
                outcome(4, Loss::Lost(28), 50),
            ],
            durations: durations
                .iter()
                .map(|&(index, days, censored)| ReliefDuration {
                    index,
                    days,
                    censored,
                })
                .collect(),
            slope: -4.0,
            earlier_median: 36.0,
        },
    };
    assert_eq!(
        flag_message(&flag),
        "Over your last 4 completed cycles, relief at or above 30% has been lasting fewer days \
         (40+, 36, 33, 28 days; + means it lasted to the next infusion). The latest, 28 days, is \
         8 days below the median of the earlier cycles. This pattern may be worth discussing with \
         your care team."
    );
    let evidence = flag_evidence(&flag);
    assert!(
        evidence.starts_with(
            "Cycle 1 (from 2 Mar 2026): relief at or above 30% lasted to the next infusion on day 40;"
        ),
        "{evidence}"
    );
    assert!(
        evidence.ends_with(
            ". Trend (Theil-Sen): -4 days per cycle; earlier median 36 days; cycle 4: 28 days."
        ),
        "{evidence}"
    );
}

#[test]
fn no_meaningful_relief_in_words() {
    let facts = |peak_pct| FlagFacts::NoMeaningfulRelief {
        threshold_pct: 25.0,
        index: 2,
        anchor: day("2026-03-01"),
        peak_pct,
        nadir_day: 4,
        days_logged: 30,
        length_days: 42,
        lowest_pain: 6.56,
        baseline_pain: Some(8.0),
    };
    let flag = Flag {
        kind: FlagKind::NoMeaningfulRelief,
        cycles: vec![2],
        facts: facts(18.0),
    };
    assert_eq!(
        flag_message(&flag),
        "In your latest completed cycle (cycle 2, from 1 Mar 2026), relief did not reach 25%; the \
         most was 18% on day 4. This pattern may be worth discussing with your care team."
    );
    assert_eq!(
        flag_evidence(&flag),
        "Cycle 2: 30 of 42 days logged; lowest 7-day pain 6.6 against a baseline of 8."
    );
    let none = Flag {
        facts: facts(-3.0),
        ..flag
    };
    assert!(flag_message(&none).contains("; pain stayed at or above the baseline."));
}

#[test]
fn rescue_rising_late_in_words() {
    let flag = Flag {
        kind: FlagKind::RescueRisingLate,
        cycles: vec![1, 3],
        facts: FlagFacts::RescueRisingLate {
            matching: 2,
            recent: vec![
                RescueOutcome {
                    index: 1,
                    early: Some(0.5),
                    late: Some(3.0),
                },
                RescueOutcome {
                    index: 2,
                    early: None,
                    late: Some(2.5),
                },
                RescueOutcome {
                    index: 3,
                    early: Some(1.0),
                    late: Some(4.0),
                },
            ],
            early_mean: 0.75,
            late_mean: 3.5,
        },
    };
    assert_eq!(
        flag_message(&flag),
        "In 2 of your last 3 completed cycles, breakthrough (rescue) medication was taken more \
         often in the two weeks before the next infusion than in the first two weeks: on average \
         0.8 times a week early and 3.5 late. This pattern may be worth discussing with your care \
         team."
    );
    assert_eq!(
        flag_evidence(&flag),
        "Cycle 1: rescue medication 0.5 a week in the first two weeks, 3 in the last two; \
         cycle 2: too few days logged to compare; \
         cycle 3: rescue medication 1 a week in the first two weeks, 4 in the last two"
    );
}

#[test]
fn small_formatting_helpers() {
    assert_eq!(percent(30.0), "30%");
    assert_eq!(percent(32.5), "32.5%");
    assert_eq!(date(day("2026-04-07")), "7 Apr 2026");
    assert_eq!(
        flags::join(["A b".to_owned(), "c".to_owned()].into_iter()),
        "A b; c"
    );
}

#[test]
fn the_survival_sentence_counts_cycles_against_the_shortest_recent_interval() {
    // Intervals 45, 40, 45, 39, 43; the last three are 45, 39 and 43 (4 infusions), the
    // shortest 39. Relief was lost on days 20 and 30 (before day 39) in two cycles; in the
    // other three it held past day 39 (lost on day 41 twice, still holding at 45): 2 of 5.
    let cycles = [
        fixtures::cycle(1, 45, Loss::Censored),
        fixtures::cycle(2, 40, Loss::Lost(20)),
        fixtures::cycle(3, 45, Loss::Lost(41)),
        fixtures::cycle(4, 39, Loss::Lost(30)),
        fixtures::cycle(5, 43, Loss::Lost(41)),
    ];
    assert_eq!(
        crate::wording::survival_sentence(&cycles).unwrap(),
        "Relief had faded before day 39 in 2 of 5 cycles; your last 4 infusions were 39 to 45 days apart."
    );
    assert_eq!(crate::wording::survival_sentence(&[]), None);
}

#[test]
fn timeline_panels_without_data_say_what_to_log() {
    assert_eq!(
        crate::wording::panel_missing("Mobility"),
        "Mobility: none logged yet; add it under Today to see it here."
    );
}

#[test]
fn no_patterns_says_why() {
    use crate::analysis::{Analysis, fixtures::cycle};
    let measured = |source, cycles| Analysis {
        baseline: Baseline {
            pain: Some(7.0),
            source: Some(source),
            days_logged: 10,
            spread_sd: None,
            standard_error: None,
            remembered_pain: None,
            worn_off: None,
            pretreatment_pain: Some(7.0),
            lasting_benefit_pct: None,
        },
        settings: AnalysisSettings::default(),
        forecast: Forecast::default(),
        flags: Vec::new(),
        open_questions: Vec::new(),
        cycles,
    };
    let one = vec![cycle(1, 42, Loss::Lost(30))];
    assert_eq!(
        no_patterns_sentence(&measured(BaselineSource::Pretreatment, Vec::new())),
        "No patterns flagged yet: most patterns need at least 2 completed cycles with relief \
         measured, and there are none so far."
    );
    assert!(
        no_patterns_sentence(&measured(BaselineSource::Pretreatment, one.clone()))
            .ends_with("and there is 1 so far.")
    );
    let two = vec![cycle(1, 42, Loss::Lost(30)), cycle(2, 42, Loss::Censored)];
    assert!(
        no_patterns_sentence(&measured(BaselineSource::Pretreatment, two.clone()))
            .starts_with("No patterns flagged: relief has not been seen ending early")
    );
    // Against pre-booster pain or an estimate, nothing is flagged, whatever the cycles show.
    for source in [BaselineSource::PreInfusion, BaselineSource::WornOff] {
        assert!(
            no_patterns_sentence(&measured(source, two.clone()))
                .starts_with("No patterns are flagged while relief is not measured against")
        );
    }
}

fn mexico() -> crate::domain::Locale {
    crate::domain::Locale::parse("es_MX").unwrap()
}

fn spain() -> crate::domain::Locale {
    crate::domain::Locale::parse("es_ES").unwrap()
}

fn in_spanish<R>(work: impl FnOnce() -> R) -> R {
    crate::wording::language::with_locale(mexico(), work)
}

fn ends_early(loss_days: Vec<u32>) -> Flag {
    Flag {
        kind: FlagKind::ReliefEndsEarly,
        cycles: vec![1, 3],
        facts: FlagFacts::ReliefEndsEarly {
            threshold_pct: 30.0,
            matching: 2,
            recent: vec![
                outcome(1, Loss::Lost(34), 42),
                outcome(2, Loss::Lost(36), 42),
                outcome(3, Loss::Lost(34), 44),
            ],
            loss_days,
            lengths: vec![42, 44],
        },
    }
}

#[test]
fn a_flag_reads_in_spanish_with_one_day_or_a_range_of_days() {
    let single = ends_early(vec![34, 34]);
    let range = ends_early(vec![34, 36]);
    in_spanish(|| {
        assert_eq!(
            flag_message(&single),
            "En 2 de sus últimos 3 ciclos completos, el alivio quedó por debajo del 30% \
             alrededor del día 34; entre sus infusiones pasaron de 42 a 44 días. Quizá valga la \
             pena comentar este patrón con su equipo médico."
        );
        assert!(
            flag_message(&range).contains("alrededor de los días 34 a 36;"),
            "{}",
            flag_message(&range)
        );
        assert_eq!(
            flag_evidence(&single),
            "Ciclo 1 (desde el 2 mar 2026): alivio por debajo del 30% desde el día 34, siguiente \
             infusión el día 42; ciclo 2 (desde el 1 may 2026): alivio por debajo del 30% desde \
             el día 36, siguiente infusión el día 42; ciclo 3 (desde el 30 jun 2026): alivio por \
             debajo del 30% desde el día 34, siguiente infusión el día 44"
        );
        // `analyze --json` words its message and evidence in the language; its keys and the
        // kind of flag stay English.
        let json = serde_json::to_value(&single).unwrap();
        assert_eq!(json["kind"], "relief_ends_early");
        assert_eq!(json["message"], flag_message(&single));
        assert!(json["evidence"].as_str().unwrap().starts_with("Ciclo 1"));
    });
    assert!(flag_message(&range).contains("around day 34 to 36;"));
}

#[test]
fn spanish_plurals_agree_with_the_count() {
    let default = AnalysisSettings::default();
    let remembered = |days_logged| Baseline {
        pain: Some(7.5),
        source: Some(BaselineSource::Remembered),
        days_logged,
        spread_sd: None,
        standard_error: None,
        remembered_pain: Some(8.0),
        worn_off: None,
        pretreatment_pain: None,
        lasting_benefit_pct: None,
    };
    in_spanish(|| {
        assert!(
            baseline_sentence(&remembered(1), &default).ends_with(
                "Solo se registró 1 día sin tratamiento antes de la primera infusión; se \
                 necesitan 4 para medirlo."
            ),
            "{}",
            baseline_sentence(&remembered(1), &default)
        );
        assert!(
            baseline_sentence(&remembered(2), &default).ends_with(
                "Solo se registraron 2 días sin tratamiento antes de la primera infusión; se \
                 necesitan 4 para medirlo."
            ),
            "{}",
            baseline_sentence(&remembered(2), &default)
        );
        // One cycle of one known, two infusions: "1 ciclo", "sus dos últimas infusiones".
        let one = [fixtures::cycle(1, 42, Loss::Lost(20))];
        assert_eq!(
            survival_sentence(&one).unwrap(),
            "El alivio se había perdido antes del día 42 en 1 de 1 ciclo; entre sus dos últimas \
             infusiones pasaron 42 días."
        );
        let five = [
            fixtures::cycle(1, 45, Loss::Censored),
            fixtures::cycle(2, 40, Loss::Lost(20)),
            fixtures::cycle(3, 45, Loss::Lost(41)),
            fixtures::cycle(4, 39, Loss::Lost(30)),
            fixtures::cycle(5, 43, Loss::Lost(41)),
        ];
        assert_eq!(
            survival_sentence(&five).unwrap(),
            "El alivio se había perdido antes del día 39 en 2 de 5 ciclos; entre sus últimas 4 \
             infusiones pasaron de 39 a 45 días."
        );
        assert_eq!(typical_median_label(1), "Mediana de 1 ciclo completo");
        assert_eq!(typical_median_label(14), "Mediana de 14 ciclos completos");
    });
}

#[test]
fn decimals_follow_the_region_in_cells_and_sentences() {
    let mut lasted = cycle(61.4, Loss::Lost(34), Loss::Lost(21), true);
    lasted.half_life_days = Some(11.84);
    (lasted.pain_early, lasted.pain_late) = (Some(3.44), Some(6.06));
    let baseline = Baseline {
        pain: Some(7.14),
        source: Some(BaselineSource::Pretreatment),
        days_logged: 6,
        spread_sd: None,
        standard_error: None,
        remembered_pain: None,
        worn_off: None,
        pretreatment_pain: None,
        lasting_benefit_pct: None,
    };
    let default = AnalysisSettings::default();
    let mexican = crate::wording::language::with_locale(mexico(), || {
        (
            cycle_cells(&lasted, &default),
            baseline_sentence(&baseline, &default),
        )
    });
    let spanish = crate::wording::language::with_locale(spain(), || {
        (
            cycle_cells(&lasted, &default),
            baseline_sentence(&baseline, &default),
        )
    });
    assert_eq!(mexican.0.pain, "3.4 → 6.1");
    assert_eq!(spanish.0.pain, "3,4 → 6,1");
    assert_eq!(mexican.0.half_life, "11.8 días");
    assert_eq!(spanish.0.half_life, "11,8 días");
    assert_eq!(spanish.0.phase, "mantenimiento");
    assert_eq!(spanish.0.meaningful_until, "día 34");
    assert_eq!(
        mexican.1,
        "Dolor basal 7.1: el promedio de 6 días registrados sin tratamiento en los 28 días antes \
         de la primera infusión."
    );
    assert!(spanish.1.starts_with("Dolor basal 7,1: "), "{}", spanish.1);
}

#[test]
fn the_forecast_and_thresholds_read_in_spanish() {
    let forecast = Forecast {
        expected_fade_day: Some(33),
        expected_fade_date: Some(day("2026-11-29")),
        planned_next_infusion: Some(day("2026-12-06")),
        no_entries_since: None,
        cycles_used: 6,
    };
    in_spanish(|| {
        assert_eq!(
            forecast_sentence(&forecast),
            "En los últimos 6 ciclos completos con alivio medido, el alivio solía perderse \
             alrededor del día 33; en este ciclo, eso sería hacia el 29 nov 2026. Próxima \
             infusión programada: 6 dic 2026."
        );
        assert_eq!(
            thresholds_clause(&AnalysisSettings::default()),
            "un alivio del 30% cuenta como significativo y uno del 50%, como sustancial (IMMPACT)"
        );
        assert_eq!(
            Threshold::Meaningful.until_heading(&settings(25.0, 50.0)),
            "Alivio ≥25% hasta"
        );
        assert_eq!(
            loss_cell(Some(Loss::Censored), true),
            "duró hasta la siguiente infusión"
        );
        assert_eq!(loss_cell(Some(Loss::Censored), false), "continúa");
        assert_eq!(
            disclaimer(),
            "Datos registrados por el paciente; no son consejo médico."
        );
    });
}

#[test]
fn a_passphrase_change_counts_the_backups_converted_in_words() {
    let set = |count: u32| crate::t!("cli-passphrase-set-done", path = "j.db", count = count);
    let removed = |count: u32| crate::t!("cli-passphrase-removed", path = "j.db", count = count);
    assert_eq!(
        set(0),
        "j.db is now encrypted with the passphrase (it had no backups to convert). Nobody can \
         recover a lost passphrase."
    );
    assert!(set(1).contains("and so is its only backup."), "{}", set(1));
    assert!(set(3).contains("and so are its 3 backups."), "{}", set(3));
    assert!(removed(1).ends_with("and neither is its only backup."));
    assert!(removed(5).ends_with("and neither are its 5 backups."));
    in_spanish(|| {
        assert!(
            set(1).contains("igual que su única copia de seguridad."),
            "{}",
            set(1)
        );
        assert!(
            set(3).contains("igual que sus 3 copias de seguridad."),
            "{}",
            set(3)
        );
        assert_eq!(
            removed(0),
            "j.db ya no está protegido con contraseña (no tenía copias de seguridad que \
             convertir)."
        );
        assert!(removed(2).ends_with("y sus 2 copias de seguridad tampoco."));
    });
}
