//! Regression tests on simulated journals the analysis once got wrong
//! (`tests/files/analysis-cases/`, each with its truth): a covered journal with a sparse
//! pretreatment period, one whose loss days came out late, one started mid-treatment without any
//! untreated reference, and one started mid-treatment with a remembered baseline. Every loss day
//! must fall within the window in which an estimate is fair, relief that lasted must not be found
//! lost, and no flag may contradict the truth.
//!
//! Two journals made by hand, their values worked out on paper, pin `relief_outlasts_interval`:
//! relief still fading but meaningful at each infusion raises it (05), and relief lost about a
//! week before each infusion never does (06).
//!
//! Each fault was the baseline's uncertainty, or noise around the crossing: a mean of few or
//! scattered untreated days that happened to be low, a remembered baseline set too high, and a
//! 7-day mean that dipped below the threshold a day early (docs/ANALYSIS.md sections 2 and 4).
#![allow(clippy::unwrap_used)]

use std::path::Path;

use chrono::NaiveDate;
use relief_journal::analysis::{Analysis, BaselineSource, FlagKind, analyze};
use relief_journal::domain::Journal;
use relief_journal::exchange::read_file;
use relief_journal::wording::{flag_evidence, flag_message};
use serde::Deserialize;

#[derive(Deserialize)]
struct Truth {
    relief_ends_early_expected: bool,
    cycles: Vec<TrueCycle>,
}

#[derive(Deserialize)]
struct TrueCycle {
    anchor: NaiveDate,
    acceptable_from: Option<u32>,
    acceptable_to: Option<u32>,
    relief_lasted_to_next_infusion: bool,
    days_to_next_infusion: Option<u32>,
}

/// The journal, its truth, and the analysis as of the day after its last entry.
fn case(name: &str) -> (Journal, Truth, Analysis) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/files/analysis-cases");
    let imported = read_file(&folder.join(format!("{name}.journal.json"))).unwrap();
    let settings = imported
        .settings_over(&relief_journal::domain::Settings::default(), name)
        .unwrap()
        .unwrap_or_default();
    let journal = Journal {
        entries: imported.entries,
        infusions: imported.infusions,
        settings,
    };
    let truth: Truth = serde_json::from_str(
        &std::fs::read_to_string(folder.join(format!("{name}.truth.json"))).unwrap(),
    )
    .unwrap();
    let today = journal.entries.last().unwrap().date + chrono::Duration::days(1);
    let analysis = analyze(&journal, today);
    (journal, truth, analysis)
}

/// Every completed cycle's loss day or censoring against the truth; returns the problems found.
fn cycle_problems(truth: &Truth, analysis: &Analysis) -> Vec<String> {
    let mut problems = Vec::new();
    for true_cycle in truth
        .cycles
        .iter()
        .filter(|cycle| cycle.days_to_next_infusion.is_some())
    {
        let Some(cycle) = analysis
            .cycles
            .iter()
            .find(|cycle| cycle.anchor == true_cycle.anchor)
        else {
            problems.push(format!("no cycle anchored on {}", true_cycle.anchor));
            continue;
        };
        let length = true_cycle.days_to_next_infusion.unwrap();
        let found = (cycle.loss_30_day, cycle.censored);
        let fair = match (true_cycle.acceptable_from, true_cycle.acceptable_to) {
            (Some(from), to) => {
                let to = to.unwrap_or(length);
                match found {
                    (Some(day), _) => (from..=to).contains(&day),
                    // Lasted to the next infusion: fair when the window reaches it.
                    (None, Some(true)) => to + 3 >= length,
                    _ => false,
                }
            }
            (None, _) if true_cycle.relief_lasted_to_next_infusion => {
                found.0.is_none() && found.1 == Some(true)
            }
            (None, _) => true,
        };
        if !fair {
            problems.push(format!(
                "cycle from {}: loss {:?}, censored {:?}; fair window {:?} to {:?}, next infusion on day {length}",
                true_cycle.anchor,
                found.0,
                found.1,
                true_cycle.acceptable_from,
                true_cycle.acceptable_to,
            ));
        }
    }
    problems
}

/// The flags that are false alarms in a journal whose relief does not end early.
pub(crate) const FALSE_WHERE_RELIEF_LASTS: [FlagKind; 3] = [
    FlagKind::ReliefEndsEarly,
    FlagKind::ReliefShortening,
    FlagKind::NoMeaningfulRelief,
];

fn check(name: &str) {
    let (_, truth, analysis) = case(name);
    // Loss days are held to the truth when relief is measured against untreated pain (logged or
    // remembered). Without that reference the journal says relief cannot be measured against
    // untreated pain yet and flags nothing; only the flags are checked then.
    let untreated_reference = matches!(
        analysis.baseline.source,
        Some(BaselineSource::Pretreatment | BaselineSource::Remembered)
    );
    let mut problems = if untreated_reference {
        cycle_problems(&truth, &analysis)
    } else {
        Vec::new()
    };
    let kinds: Vec<FlagKind> = analysis.flags.iter().map(|flag| flag.kind).collect();
    if truth.relief_ends_early_expected {
        if !kinds.contains(&FlagKind::ReliefEndsEarly) {
            problems.push("relief_ends_early missed".to_owned());
        }
        if kinds.contains(&FlagKind::ReliefOutlastsInterval) {
            problems.push("false relief_outlasts_interval".to_owned());
        }
    } else {
        for false_flag in FALSE_WHERE_RELIEF_LASTS {
            if kinds.contains(&false_flag) {
                problems.push(format!("false {}", false_flag.as_str()));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{name} (baseline {:?} from {:?}):\n{}",
        analysis.baseline.pain,
        analysis.baseline.source,
        problems.join("\n")
    );
}

#[test]
fn a_covered_journal_with_a_sparse_untreated_period_has_no_false_loss() {
    // Sixteen untreated days are logged in the four weeks before the first infusion (29 March to
    // 21 April 2024, infusion on 22 April): more than the four a pretreatment baseline needs. So
    // the baseline must be the pretreatment one, and `check` holds every loss day to the truth
    // rather than skipping them; a regression in the baseline fails here, not silently.
    let (_, _, analysis) = case("01-covered-sparse-false-loss");
    assert_eq!(analysis.baseline.source, Some(BaselineSource::Pretreatment));
    check("01-covered-sparse-false-loss");
}

#[test]
fn loss_days_fall_within_their_windows() {
    check("02-early-late-estimates");
}

#[test]
fn a_journal_started_mid_treatment_without_a_baseline_raises_no_false_alarm() {
    check("03-mid-no-baseline-false-alarm");
}

#[test]
fn a_remembered_baseline_does_not_hide_relief_ending_early() {
    check("04-mid-remembered-baseline-missed-flag");
}

/// 05: 14 untreated days alternating pain 7 and 9 (mean 8), loading infusions on 15 and 22
/// January 2025, then an infusion every 42 days. In each cycle pain is 4, 3, then 2 from day 2
/// (relief 75%), 3 from day 16 and, from day 28 to the next infusion, 4 (cycles 1, 2 and 4) or 4
/// and 5 on alternate days (cycle 3): relief still meaningful but fading, pain 2 to 2.6 points
/// above its nadir and flat for the last two weeks, which the pain-only rule takes for relief
/// worn off.
#[test]
fn relief_still_fading_at_each_infusion_outlasts_the_interval() {
    check("05-fading-relief-held");
    let (_, _, analysis) = case("05-fading-relief-held");
    // Deviations of 1 on each of 14 days: SD (14 / 13)^0.5 = 1.0377, standard error
    // 1.0377 / 14^0.5 = 0.2774, so the lower end of the 95% interval is 8 - 1.96 × 0.2774 = 7.456.
    assert_eq!(analysis.baseline.pain, Some(8.0));
    let lower = analysis.baseline.lower_pain().unwrap();
    assert!(
        (lower - (8.0 - 1.96 * (1.0_f64 / 13.0).sqrt())).abs() < 1e-9,
        "{lower}"
    );
    for cycle in &analysis.cycles[1..4] {
        // The 7-day mean tops out at 4 (days 31 to 41) or 4.6 (day 40 of cycle 3) and lies within
        // half a point of that from day 28 (25 / 7 = 3.57) or day 30 (30 / 7 = 4.29): 14 or 12
        // worn-off days.
        let plateau = if cycle.index == 3 { 12 } else { 14 };
        assert_eq!(cycle.worn_off_days, plateau, "cycle {}", cycle.index);
        assert_eq!(
            (cycle.censored, cycle.loss_30_day),
            (Some(true), None),
            "cycle {}",
            cycle.index
        );
    }
    // Cycle 3's last week (days 35 to 41): 7-day means 31/7, 32/7, 31/7, 32/7 (full windows),
    // 27/6, 23/5 and 18/4 (cut at the next infusion), summing to 31.6: a mean pain of 4.514,
    // relief (8 - 4.514) / 8 = 43.6%, and (7.456 - 4.514) / 7.456 = 39.5% against the lower end.
    let left = analysis.cycles[2].relief_at_next.unwrap();
    assert!((left.relief_pct - 100.0 * (8.0 - 31.6 / 7.0) / 8.0).abs() < 1e-9);
    assert!((left.relief_at_lower_pct - 100.0 * (lower - 31.6 / 7.0) / lower).abs() < 1e-9);
    assert!(left.relief_at_lower_pct >= 30.0);

    let flag = analysis
        .flags
        .iter()
        .find(|flag| flag.kind == FlagKind::ReliefOutlastsInterval)
        .unwrap();
    assert_eq!(flag.cycles, [2, 3, 4]);
    assert_eq!(
        flag_message(flag),
        "In your last 3 completed cycles, relief was still at or above 30% when the next infusion \
         came, 42 days apart. This pattern may be worth discussing with your care team."
    );
    // Cycles 2 and 4: a last week at pain 4, (8 - 4) / 8 = 50%.
    assert_eq!(
        flag_evidence(flag),
        "Cycle 2 (from 5 Mar 2025): about 50% relief was left when the next infusion came, 42 days \
         apart; cycle 3 (from 16 Apr 2025): about 44% relief was left when the next infusion came, \
         42 days apart; cycle 4 (from 28 May 2025): about 50% relief was left when the next \
         infusion came, 42 days apart"
    );
}

/// 06: as 05, but from day 28 pain climbs by a point every two days, from 3 to 7 (relief 12.5%)
/// on days 36 to 41: below 30% from day 34, 8 days before each next infusion.
#[test]
fn relief_lost_a_week_before_each_infusion_never_outlasts_it() {
    check("06-relief-lost-a-week-early");
    let (_, _, analysis) = case("06-relief-lost-a-week-early");
    // Day 33's 7-day mean (days 30 to 36) is 37 / 7, relief 33.9%; day 34's is 40 / 7, 28.6%,
    // and it only rises after that. Against the upper end of the baseline's interval
    // (8 + 1.96 × 0.2774 = 8.544) day 34 still holds 33.1% and day 35 does not (28.1%), so the
    // loss holds; the line through days 31 to 37 crosses 30% at day 33.97: lost from day 34.
    for cycle in &analysis.cycles[..4] {
        assert_eq!(
            (cycle.loss_30_day, cycle.censored),
            (Some(34), Some(false)),
            "cycle {}",
            cycle.index
        );
    }
    let kinds: Vec<FlagKind> = analysis.flags.iter().map(|flag| flag.kind).collect();
    assert!(
        !kinds.contains(&FlagKind::ReliefOutlastsInterval),
        "{kinds:?}"
    );
    let early = analysis
        .flags
        .iter()
        .find(|flag| flag.kind == FlagKind::ReliefEndsEarly)
        .unwrap();
    assert_eq!(early.cycles, [2, 3, 4]);
}
