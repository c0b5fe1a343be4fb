//! Results are described, never prescribed: every flag message and its evidence, from many
//! journals and every kind of flag, and every other sentence the wording module builds (forecast,
//! baseline, method, cycle cells, threshold labels), is scanned for words that tell the patient or
//! the clinic what to do.

#![allow(clippy::unwrap_used)]

use std::collections::HashSet;

use chrono::{Duration, NaiveDate};
use rand::SeedableRng;
use rand::rngs::StdRng;
use relief_journal::analysis::{Flag, FlagKind, analyze};
use relief_journal::domain::{Entry, Infusion, Journal, RescueDoses, Score, Settings};
use relief_journal::synthetic::simulate::{Scenario, random_journal};
use relief_journal::wording::{self, flag_evidence, flag_message};

/// Words that prescribe, plan treatment or talk about dosing.
const BANNED: [&str; 8] = [
    "should", "must", "shorten", "schedule", "book", "increase", "decrease", "dose",
];

/// Every message ends with this invitation, and nothing stronger.
const CLOSING: &str = "may be worth discussing with your care team.";

/// A journal of 42-day cycles: untreated pain 8, then for each cycle pain 3 for `relief_days`
/// days and 8 afterwards, with one rescue medication a day once relief has gone.
fn journal_of_cycles(relief_days: &[i64]) -> (Journal, NaiveDate) {
    let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let entry = |date: NaiveDate, pain: i64, rescue: i64| Entry {
        rescue_doses: Some(RescueDoses::new(rescue).unwrap()),
        ..Entry::new(date, Score::new("pain", pain).unwrap())
    };
    let mut entries: Vec<Entry> = (0..7)
        .map(|day| entry(start + Duration::days(day), 8, 1))
        .collect();
    let mut infusions = Vec::new();
    let mut anchor = start + Duration::days(7);
    for &days in relief_days {
        infusions.push(Infusion::done(anchor));
        for day in 0..42 {
            let relieved = day < days;
            entries.push(entry(
                anchor + Duration::days(day),
                if relieved { 3 } else { 8 },
                i64::from(!relieved),
            ));
        }
        anchor += Duration::days(42);
    }
    infusions.push(Infusion::done(anchor));
    let journal = Journal {
        entries,
        infusions,
        settings: Settings::default(),
    };
    (journal, anchor)
}

fn flags_of(relief_days: &[i64]) -> Vec<Flag> {
    let (journal, today) = journal_of_cycles(relief_days);
    analyze(&journal, today).flags
}

#[test]
fn every_flag_describes_and_never_prescribes() {
    let mut flags: Vec<Flag> = Vec::new();
    // Relief shortening cycle after cycle, then none at all.
    flags.extend(flags_of(&[42, 38, 34, 26, 18]));
    flags.extend(flags_of(&[42, 42, 36, 20, 0]));
    let mut rng = StdRng::seed_from_u64(3);
    for scenario in [Scenario::EndsEarly, Scenario::Lasts, Scenario::Mixed] {
        for _ in 0..40 {
            let simulated = random_journal(&mut rng, scenario);
            flags.extend(analyze(&simulated.journal, simulated.today).flags);
        }
    }
    let kinds: HashSet<FlagKind> = flags.iter().map(|flag| flag.kind).collect();
    assert_eq!(kinds.len(), 5, "every kind of flag is checked: {kinds:?}");
    for flag in &flags {
        let (message, evidence) = (flag_message(flag), flag_evidence(flag));
        let text = format!("{message} {evidence}").to_lowercase();
        for word in BANNED {
            assert!(!text.contains(word), "{word:?} in {flag:?}");
        }
        assert!(message.ends_with(CLOSING), "{message}");
        assert!(!evidence.is_empty() && !flag.cycles.is_empty(), "{flag:?}");
    }
    println!("{} flag messages checked", flags.len());
}

#[test]
fn shortening_and_no_relief_are_raised_on_the_journals_built_for_them() {
    let shortening = flags_of(&[42, 38, 34, 26, 18]);
    let kinds: Vec<FlagKind> = shortening.iter().map(|flag| flag.kind).collect();
    assert!(kinds.contains(&FlagKind::ReliefShortening), "{kinds:?}");
    assert!(kinds.contains(&FlagKind::ReliefEndsEarly), "{kinds:?}");
    assert!(kinds.contains(&FlagKind::RescueRisingLate), "{kinds:?}");
    let none = flags_of(&[42, 42, 36, 20, 0]);
    let flag = none
        .iter()
        .find(|flag| flag.kind == FlagKind::NoMeaningfulRelief)
        .unwrap();
    assert_eq!(flag.cycles, [5]);
    let message = flag_message(flag);
    assert!(
        message.contains("pain stayed at or above the baseline"),
        "{message}"
    );
}

#[test]
fn every_other_sentence_describes_and_never_prescribes() {
    let mut texts: Vec<String> = Vec::new();
    let mut rng = StdRng::seed_from_u64(5);
    for scenario in [Scenario::EndsEarly, Scenario::Lasts, Scenario::Mixed] {
        for _ in 0..10 {
            let simulated = random_journal(&mut rng, scenario);
            let analysis = analyze(&simulated.journal, simulated.today);
            let settings = &analysis.settings;
            texts.push(wording::forecast_sentence(&analysis.forecast));
            texts.push(wording::baseline_sentence(&analysis.baseline, settings));
            texts.push(wording::method_paragraph(settings));
            texts.push(wording::thresholds_clause(settings));
            for cycle in &analysis.cycles {
                let cells = wording::cycle_cells(cycle, settings);
                texts.push(cells.meaningful_until);
                texts.push(cells.substantial_until);
                texts.push(cells.phase);
            }
        }
    }
    for threshold in [
        wording::Threshold::Meaningful,
        wording::Threshold::Substantial,
    ] {
        let settings = Settings::default().analysis;
        texts.push(threshold.counts_as(&settings));
        texts.push(threshold.until_heading(&settings));
        texts.push(threshold.line_label(&settings));
    }
    texts.push(wording::disclaimer());
    for text in &texts {
        let lower = text.to_lowercase();
        for word in BANNED {
            assert!(!lower.contains(word), "{word:?} in {text:?}");
        }
    }
    assert!(texts.len() > 100, "{} sentences checked", texts.len());
}
