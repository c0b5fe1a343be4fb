//! The analysis on awkward journals: nothing to analyse, nothing after an infusion, whole cycles
//! missing, no baseline, only planned infusions, and settings other than the defaults.

#![allow(clippy::unwrap_used)]

use chrono::{Duration, NaiveDate};
use relief_journal::analysis::{Analysis, BaselineSource, FlagKind, Loss, analyze};
use relief_journal::domain::{Entry, Infusion, Journal, Phase, Score, Settings};

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// Entries with the given pain on `days` consecutive days from `start`.
fn days_of_pain(start: &str, days: i64, pain: i64) -> Vec<Entry> {
    (0..days)
        .map(|day| {
            Entry::new(
                date(start) + Duration::days(day),
                Score::new("pain", pain).unwrap(),
            )
        })
        .collect()
}

fn journal(entries: Vec<Entry>, infusions: Vec<Infusion>) -> Journal {
    Journal {
        entries,
        infusions,
        settings: Settings::default(),
    }
}

/// Serializes and checks that the JSON keeps its shape whatever is missing.
fn json(analysis: &Analysis) -> serde_json::Value {
    let value = serde_json::to_value(analysis).unwrap();
    for key in ["baseline", "settings", "cycles", "forecast", "flags"] {
        assert!(value.get(key).is_some(), "{key} missing");
    }
    value
}

#[test]
fn an_empty_journal() {
    let analysis = analyze(&Journal::default(), date("2026-03-01"));
    assert!(analysis.cycles.is_empty() && analysis.flags.is_empty());
    let value = json(&analysis);
    assert_eq!(
        value["baseline"],
        serde_json::json!({"pain": null, "source": null, "days_logged": 0, "spread_sd": null, "standard_error": null,
                           "remembered_pain": null, "worn_off": null, "pretreatment_pain": null,
                           "lasting_benefit_pct": null})
    );
    assert_eq!(
        value["forecast"],
        serde_json::json!({"expected_fade_day": null, "expected_fade_date": null, "cycles_used": 0,
                           "planned_next_infusion": null, "no_entries_since": null})
    );
}

#[test]
fn no_infusions() {
    let analysis = analyze(
        &journal(days_of_pain("2026-01-01", 60, 7), vec![]),
        date("2026-03-01"),
    );
    assert!(analysis.cycles.is_empty() && analysis.flags.is_empty());
    assert_eq!(analysis.baseline.source, None);
    assert_eq!(analysis.forecast.expected_fade_day, None);
}

#[test]
fn one_infusion_makes_one_open_loading_cycle() {
    let mut entries = days_of_pain("2026-01-01", 10, 8);
    entries.extend(days_of_pain("2026-01-11", 30, 4));
    let analysis = analyze(
        &journal(entries, vec![Infusion::done(date("2026-01-11"))]),
        date("2026-02-09"),
    );
    assert_eq!(analysis.cycles.len(), 1);
    let cycle = &analysis.cycles[0];
    assert_eq!(
        (cycle.phase, cycle.infusions, cycle.next_infusion),
        (Phase::Loading, 1, None)
    );
    assert_eq!((cycle.days_logged, cycle.days.len()), (30, 30));
    assert_eq!(cycle.peak_relief_pct, Some(50.0));
    // Relief still holds at the end of the data: censored, not lost.
    assert_eq!((cycle.loss_30_day, cycle.censored), (None, Some(true)));
    // A single cycle gives no flags and no forecast.
    assert!(analysis.flags.is_empty());
    assert_eq!(analysis.forecast.expected_fade_day, None);
}

#[test]
fn an_infusion_with_no_entries_after_it() {
    let entries = days_of_pain("2026-01-01", 10, 8);
    let analysis = analyze(
        &journal(entries, vec![Infusion::done(date("2026-01-11"))]),
        date("2026-01-20"),
    );
    let cycle = &analysis.cycles[0];
    assert_eq!(analysis.baseline.pain, Some(8.0));
    assert_eq!((cycle.days_logged, cycle.days.len()), (0, 10));
    assert_eq!(
        (cycle.peak_relief_pct, cycle.onset_day, cycle.censored),
        (None, None, None)
    );
    assert_eq!(
        (cycle.relief_days_30, cycle.relief_auc, cycle.half_life_days),
        (None, None, None)
    );
    assert_eq!(cycle.rescue_per_week_early, None);
    let value = json(&analysis);
    assert!(value["cycles"][0]["peak_relief_pct"].is_null());
    assert!(value["cycles"][0]["censored"].is_null());
}

#[test]
fn entries_only_before_the_first_infusion() {
    // The infusion is recorded, but the journal stops the week before it.
    let entries = days_of_pain("2026-01-01", 7, 8);
    let infusions = vec![
        Infusion::done(date("2026-01-08")),
        Infusion::done(date("2026-02-19")),
    ];
    let analysis = analyze(&journal(entries, infusions), date("2026-03-01"));
    assert_eq!(analysis.baseline.source, Some(BaselineSource::Pretreatment));
    assert_eq!(analysis.cycles.len(), 2);
    assert!(
        analysis
            .cycles
            .iter()
            .all(|cycle| cycle.days_logged == 0 && cycle.censored.is_none())
    );
    assert!(analysis.flags.is_empty());
    assert_eq!(analysis.forecast.expected_fade_day, None);
}

#[test]
fn a_cycle_with_every_day_missing_is_reported_as_unknown() {
    // Pretreatment week at 8; cycle 1 logged at 3 throughout; cycle 2 not logged at all;
    // cycle 3 logged again.
    let mut entries = days_of_pain("2026-01-01", 7, 8);
    entries.extend(days_of_pain("2026-01-08", 42, 3));
    entries.extend(days_of_pain("2026-03-31", 20, 3));
    let infusions = vec![
        Infusion::done(date("2026-01-08")),
        Infusion::done(date("2026-02-19")),
        Infusion::done(date("2026-03-31")),
    ];
    let analysis = analyze(&journal(entries, infusions), date("2026-04-19"));
    let missing = &analysis.cycles[1];
    assert_eq!((missing.days_logged, missing.length_days), (0, Some(40)));
    assert_eq!(
        (
            missing.peak_relief_pct,
            missing.loss_30_day,
            missing.censored
        ),
        (None, None, None)
    );
    assert_eq!(analysis.cycles[0].censored, Some(true));
    // An unmeasured cycle raises nothing and does not count as relief ending early.
    assert!(analysis.flags.is_empty(), "{:?}", analysis.flags);
}

#[test]
fn no_baseline_falls_back_to_each_cycles_pre_infusion_week() {
    // Nothing logged before the first infusion and no manual baseline.
    let mut entries = days_of_pain("2026-01-08", 35, 3);
    entries.extend(days_of_pain("2026-02-12", 7, 8)); // the week before the second infusion
    entries.extend(days_of_pain("2026-02-19", 30, 4));
    let infusions = vec![
        Infusion::done(date("2026-01-08")),
        Infusion::done(date("2026-02-19")),
    ];
    let analysis = analyze(&journal(entries, infusions), date("2026-03-20"));
    assert_eq!(analysis.baseline.source, Some(BaselineSource::PreInfusion));
    assert_eq!(
        (analysis.baseline.pain, analysis.baseline.days_logged),
        (None, 0)
    );
    // The first cycle has no week before it: nothing can be measured.
    assert_eq!(analysis.cycles[0].baseline_pain, None);
    assert_eq!(analysis.cycles[0].peak_relief_pct, None);
    // The second is measured against its own pre-infusion week (pain 8).
    assert_eq!(analysis.cycles[1].baseline_pain, Some(8.0));
    assert_eq!(analysis.cycles[1].peak_relief_pct, Some(50.0));
    assert_eq!(json(&analysis)["baseline"]["source"], "pre_infusion");

    // A manual baseline takes over when set.
    let mut with_manual = journal(
        days_of_pain("2026-01-08", 35, 3),
        vec![Infusion::done(date("2026-01-08"))],
    );
    with_manual.settings.baseline_pain = Some(6.0);
    let analysis = analyze(&with_manual, date("2026-02-11"));
    // Remembered 6, less half a point for how pain before treatment is remembered.
    assert_eq!(
        (analysis.baseline.pain, analysis.baseline.source),
        (Some(5.5), Some(BaselineSource::Remembered))
    );
    // Pain 3 against 5.5: (5.5 - 3) / 5.5 = 45.45%.
    let peak = analysis.cycles[0].peak_relief_pct.unwrap();
    assert!((peak - 2.5 / 5.5 * 100.0).abs() < 1e-9, "{peak}");
}

#[test]
fn only_planned_infusions() {
    let infusions = vec![
        Infusion::planned(date("2026-03-20")),
        Infusion::planned(date("2026-03-10")),
    ];
    let analysis = analyze(
        &journal(days_of_pain("2026-02-01", 28, 7), infusions),
        date("2026-03-01"),
    );
    assert!(analysis.cycles.is_empty());
    assert_eq!(analysis.baseline.source, None);
    assert_eq!(
        analysis.forecast.planned_next_infusion,
        Some(date("2026-03-10"))
    );
    assert_eq!(analysis.forecast.expected_fade_date, None);
}

#[test]
fn two_infusions_on_one_day_and_a_planned_one_on_a_done_day() {
    let mut entries = days_of_pain("2026-01-01", 7, 8);
    entries.extend(days_of_pain("2026-01-08", 20, 4));
    let infusions = vec![
        Infusion::done(date("2026-01-08")),
        Infusion::done(date("2026-01-08")),
        Infusion::planned(date("2026-01-08")),
    ];
    let analysis = analyze(&journal(entries, infusions), date("2026-01-27"));
    assert_eq!(analysis.cycles.len(), 1);
    assert_eq!(analysis.cycles[0].infusions, 1);
    assert_eq!(analysis.forecast.planned_next_infusion, None);
}

#[test]
fn thresholds_come_from_the_settings() {
    // Pain 8 before; after the infusion pain 4 (50% relief) for 20 days, then 6 (25%) for 22.
    let mut entries = days_of_pain("2026-01-01", 7, 8);
    entries.extend(days_of_pain("2026-01-08", 20, 4));
    entries.extend(days_of_pain("2026-01-28", 22, 6));
    let infusions = vec![
        Infusion::done(date("2026-01-08")),
        Infusion::done(date("2026-02-19")),
    ];
    let mut journal = journal(entries, infusions);
    let defaults = analyze(&journal, date("2026-02-19"));
    // Pain 6 starts on day 20. Day 18 sees days 15..=21: (5 x 4 + 2 x 6) / 7 = 4.57, relief
    // 42.9%; day 19: 34 / 7, 39.3%; day 20: 36 / 7, 35.7%; day 21: 38 / 7, 32.1%; day 22:
    // 40 / 7, 28.6%, the first day below 30%; from day 23 on 6, 25%. The line through days 19
    // to 25 (mean day 22, mean relief 210.7 / 7 = 30.10, slope -71.4 / 28 = -2.55) meets 30% at
    // day 22.04, so day 23 (docs/ANALYSIS.md section 4).
    assert_eq!(defaults.cycles[0].loss_30_day, Some(23));
    journal.settings.analysis.meaningful_relief_pct = 33.0;
    let stricter = analyze(&journal, date("2026-02-19"));
    // Below 33% from day 21; the line through days 18 to 24 (mean 228.6 / 7 = 32.65, slope
    // -89.3 / 28 = -3.19) meets 33% at day 20.9, so day 21 is the first whole day after it.
    assert_eq!(stricter.cycles[0].loss_30_day, Some(21));
    journal.settings.analysis.meaningful_relief_pct = 20.0;
    let lenient = analyze(&journal, date("2026-02-19"));
    assert_eq!(
        (lenient.cycles[0].loss_30_day, lenient.cycles[0].censored),
        (None, Some(true))
    );
    assert_eq!(json(&lenient)["settings"]["meaningful_relief_pct"], 20.0);

    // Infusions 10 days apart are two series by default, one with a 14-day series gap.
    journal.infusions = vec![
        Infusion::done(date("2026-01-08")),
        Infusion::done(date("2026-01-18")),
    ];
    assert_eq!(analyze(&journal, date("2026-02-19")).cycles.len(), 2);
    journal.settings.analysis.series_gap_days = 14;
    let joined = analyze(&journal, date("2026-02-19"));
    assert_eq!(joined.cycles.len(), 1);
    assert_eq!(
        (joined.cycles[0].infusions, joined.cycles[0].anchor),
        (2, date("2026-01-18"))
    );
}

#[test]
fn relief_ending_early_in_every_cycle_is_flagged_with_its_evidence() {
    // Pain 8 untreated; each 42-day cycle: pain 3 for 20 days, then back to 8. Day 19 sees four
    // 3s and three 8s: 36 / 7, relief 35.7%; day 20 sees three 3s and four 8s: 41 / 7, 26.8%.
    let mut entries = days_of_pain("2026-01-01", 7, 8);
    let mut infusions = Vec::new();
    let mut anchor = date("2026-01-08");
    for _ in 0..4 {
        infusions.push(Infusion::done(anchor));
        entries.extend(days_of_pain(&anchor.to_string(), 20, 3));
        entries.extend(days_of_pain(
            &(anchor + Duration::days(20)).to_string(),
            22,
            8,
        ));
        anchor += Duration::days(42);
    }
    infusions.push(Infusion::done(anchor));
    let analysis = analyze(&journal(entries, infusions), anchor);
    assert!(
        analysis
            .cycles
            .iter()
            .take(4)
            .all(|cycle| cycle.loss_30_day == Some(20))
    );
    let flag = analysis
        .flags
        .iter()
        .find(|flag| flag.kind == FlagKind::ReliefEndsEarly)
        .unwrap();
    assert_eq!(flag.cycles, [2, 3, 4]);
    let message = relief_journal::wording::flag_message(flag);
    assert!(
        message.starts_with(
            "In your last 3 completed cycles, relief fell below 30% around day 20; \
             your infusions were 42 days apart."
        ),
        "{message}"
    );
    assert!(
        relief_journal::wording::flag_evidence(flag)
            .contains("relief below 30% from day 20, next infusion on day 42")
    );
    assert_eq!(analysis.forecast.expected_fade_day, Some(20));
    assert_eq!(
        analysis.forecast.expected_fade_date,
        Some(anchor + Duration::days(20))
    );
}

#[test]
fn a_twenty_year_journal_keeps_every_cycle() {
    let simulated = relief_journal::synthetic::simulate::long_journal(20, 7);
    let analysis = analyze(&simulated.journal, simulated.today);
    let years = (simulated.today - simulated.journal.entries[0].date).num_days() / 365;
    assert!((19..=21).contains(&years), "{years}");
    let anchors: Vec<NaiveDate> = analysis.cycles.iter().map(|cycle| cycle.anchor).collect();
    let true_anchors: Vec<NaiveDate> = simulated.cycles.iter().map(|cycle| cycle.anchor).collect();
    assert_eq!(anchors, true_anchors);
    assert_eq!(analysis.cycles[0].phase, Phase::Loading);
    assert_eq!(
        analysis.completed_cycles().count() + 1,
        analysis.cycles.len()
    );
    // Every completed cycle is measured: relief known, lost or lasting.
    assert!(
        analysis
            .completed_cycles()
            .all(|cycle| cycle.censored.is_some())
    );
    let days: usize = analysis.cycles.iter().map(|cycle| cycle.days.len()).sum();
    let span = (simulated.today - analysis.cycles[0].anchor).num_days() + 1;
    assert_eq!(
        days as i64, span,
        "cycles cover every day from the first anchor to today"
    );
}

#[test]
fn relief_first_seen_below_the_threshold_late_in_a_cycle_is_not_measurable() {
    // Remembered 8 (measured against 7.5); pain 6 is 20% relief, below 30%.
    let infusions = vec![
        Infusion::done(date("2026-01-08")),
        Infusion::done(date("2026-02-19")),
    ];
    // Entries from the infusion on: relief never reached 30%, and that is known.
    let mut from_the_start = journal(days_of_pain("2026-01-08", 42, 6), infusions.clone());
    from_the_start.settings.baseline_pain = Some(8.0);
    let analysis = analyze(&from_the_start, date("2026-02-19"));
    assert_eq!(analysis.cycles[0].meaningful_loss, Some(Loss::NotReached));

    // Entries from day 12 (a journal started mid-cycle): relief may have come and gone before.
    let mut started_late = journal(days_of_pain("2026-01-20", 30, 6), infusions);
    started_late.settings.baseline_pain = Some(8.0);
    let analysis = analyze(&started_late, date("2026-02-19"));
    let cycle = &analysis.cycles[0];
    assert_eq!(cycle.peak_relief_pct.map(f64::round), Some(20.0));
    assert_eq!((cycle.meaningful_loss, cycle.censored), (None, None));
    assert!(
        analysis
            .flags
            .iter()
            .all(|flag| flag.kind != FlagKind::NoMeaningfulRelief)
    );
}
