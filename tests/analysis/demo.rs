//! The analysis on the demo journal: every cycle is listed with loss days
//! near the demo's built-in fade, `relief_ends_early` is raised, and 20 years take milliseconds.

#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use relief_journal::analysis::{FlagKind, analyze};
use relief_journal::demo::{DEFAULT_SEED, FADE_MIDPOINT_DAY, demo_journal};
use relief_journal::domain::Phase;

/// The demo's fade midpoint varies by up to 3 days per cycle, and its 30% crossing lies within
/// a day of the midpoint; the analysis may add the 3 days of tolerance of the accuracy target and
/// the baseline's own error (a few days).
const FADE_TOLERANCE_DAYS: f64 = 8.0;

fn today() -> NaiveDate {
    NaiveDate::parse_from_str(crate::common::TODAY, "%Y-%m-%d").unwrap()
}

#[test]
fn analyze_json_lists_every_cycle_of_the_demo_and_flags_relief_ending_early() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    crate::common::run_ok(&db, &["demo", "--years", "2"]);
    let text = crate::common::run_ok(&db, &["analyze", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();

    let journal = demo_journal(today(), 2, DEFAULT_SEED);
    let maintenance = journal
        .infusions
        .iter()
        .filter(|infusion| infusion.is_done() && infusion.phase != Some(Phase::Loading))
        .count();
    let cycles = json["cycles"].as_array().unwrap();
    assert_eq!(cycles.len(), 1 + maintenance);
    assert_eq!(cycles[0]["phase"], "loading");
    assert!(
        cycles[1..]
            .iter()
            .all(|cycle| cycle["phase"] == "maintenance")
    );
    for cycle in cycles
        .iter()
        .filter(|cycle| !cycle["next_infusion"].is_null())
    {
        let loss = cycle["loss_30_day"].as_f64().unwrap();
        assert!(
            (loss - FADE_MIDPOINT_DAY).abs() <= FADE_TOLERANCE_DAYS,
            "{cycle}"
        );
    }
    assert_eq!(json["baseline"]["source"], "pretreatment");
    let kinds: Vec<&str> = json["flags"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|flag| flag["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"relief_ends_early"), "{kinds:?}");

    let readable = crate::common::run_ok(&db, &["analyze"]);
    assert!(readable.contains("1  loading"), "{readable}");
    assert!(readable.contains("Patient-recorded data; not medical advice."));
}

#[test]
fn loss_days_stay_near_the_demos_fade_for_other_seeds() {
    let mut cycles = 0;
    let mut near = 0;
    let mut flagged = 0;
    for seed in 0..20 {
        let analysis = analyze(&demo_journal(today(), 3, seed), today());
        flagged += usize::from(
            analysis
                .flags
                .iter()
                .any(|flag| flag.kind == FlagKind::ReliefEndsEarly),
        );
        for cycle in analysis.completed_cycles() {
            cycles += 1;
            // Relief that lasted to an infusion due within the tolerance is near the fade too.
            let fade = cycle
                .loss_30_day
                .or(cycle.length_days.filter(|_| cycle.censored == Some(true)));
            near += usize::from(fade.is_some_and(|day| {
                (f64::from(day) - FADE_MIDPOINT_DAY).abs() <= FADE_TOLERANCE_DAYS
            }));
        }
    }
    println!(
        "demo, 20 seeds x 3 years: {near} of {cycles} cycles fade within {FADE_TOLERANCE_DAYS} days of day \
         {FADE_MIDPOINT_DAY}; relief_ends_early raised in {flagged} of 20 journals"
    );
    assert!(near * 100 >= cycles * 95, "{near} of {cycles}");
    // The demo's infusions come 39 to 45 days apart while relief fades around day 28 to 35, so
    // in a few journals relief does not end a full week early in 2 of the last 3 cycles.
    assert!(flagged >= 15, "{flagged} of 20");
}

#[test]
fn twenty_years_are_analysed_in_milliseconds() {
    let journal = demo_journal(today(), 20, DEFAULT_SEED);
    let mut fastest = Duration::MAX;
    let mut cycles = 0;
    for _ in 0..5 {
        let start = Instant::now();
        let analysis = analyze(&journal, today());
        fastest = fastest.min(start.elapsed());
        cycles = analysis.cycles.len();
    }
    println!(
        "20-year demo journal: {} entries, {} cycles analysed in {:.2} ms (fastest of 5; debug builds are slower than release)",
        journal.entries.len(),
        cycles,
        fastest.as_secs_f64() * 1000.0
    );
    assert!(cycles > 150, "{cycles}");
    // Generous, so that an unoptimised build on a busy machine passes; release takes a few ms.
    assert!(fastest < Duration::from_millis(500), "{fastest:?}");
}

#[test]
fn the_demo_writes_its_notes_in_the_language_it_is_made_in() {
    use relief_journal::domain::Locale;
    use relief_journal::wording::language::with_locale;
    let english = demo_journal(today(), 1, DEFAULT_SEED);
    let spanish = with_locale(Locale::parse("es_MX").unwrap(), || {
        demo_journal(today(), 1, DEFAULT_SEED)
    });
    // The same days, scores and infusions: the language changes only the words.
    assert_eq!(english.entries.len(), spanish.entries.len());
    for (one, other) in english.entries.iter().zip(&spanish.entries) {
        assert_eq!(
            (one.date, one.pain, one.mobility),
            (other.date, other.pain, other.mobility)
        );
        assert_eq!(one.note.is_empty(), other.note.is_empty());
        assert_eq!(one.tags.items().len(), other.tags.items().len());
        // Side effects are stored under their English names in every language.
        assert_eq!(one.side_effects, other.side_effects);
    }
    let notes: Vec<&str> = spanish
        .entries
        .iter()
        .map(|entry| entry.note.as_str())
        .filter(|note| !note.is_empty())
        .collect();
    assert!(!notes.is_empty());
    let english_notes: Vec<&str> = english
        .entries
        .iter()
        .map(|entry| entry.note.as_str())
        .filter(|note| !note.is_empty())
        .collect();
    for note in &notes {
        assert!(!english_notes.contains(note), "{note}");
    }
    assert!(
        spanish
            .entries
            .iter()
            .flat_map(|entry| entry.tags.items())
            .all(|tag| ["clima", "sobreesfuerzo", "estrés"].contains(&tag.as_str()))
    );
    assert!(
        spanish
            .infusions
            .iter()
            .all(|infusion| infusion.clinic == "Clínica del Dolor Riverside")
    );
}
