//! The analysis against the truth: journals generated from known relief curves, with a fixed seed so the figures are the same on every run.
//!
//! Targets, with a logged pretreatment period (the figures for a remembered baseline are 80%,
//! 85%, 80% and 5%):
//! - `loss_30_day` within 3 days of the window where the true relief crosses 35% to 25%, in at
//!   least 90% of the cycles where true relief fell below 35% before the next infusion. When that
//!   window reaches to within 3 days of the next infusion, "lasted to the next infusion"
//!   (censored) is also within 3 days of the truth and counts as a hit; when relief was still
//!   fading at the next infusion (below 35% but not yet below 25%), the window runs from the 35%
//!   crossing to the next infusion. A cycle whose true relief had already fallen below 35% before
//!   the journal's entries began (the first, partly logged cycle of a journal started
//!   mid-treatment) is not judged for its loss day: nothing logged can show when relief crossed.
//!   How often the analysis gave a loss day outside the window there instead of "not measurable"
//!   is printed; counting those cycles too, as misses unless a loss day fell within their window,
//!   the share must still meet the target;
//! - `censored` in at least 90% of the cycles where relief outlasted the interval (true relief
//!   never below 35% before the next infusion);
//! - `relief_ends_early` raised in at least 90% of the journals where relief clearly ends 10 or
//!   more days early, and in at most 5% of those where it clearly lasts to the next infusion (at
//!   or above 40% up to it, or still fading and crossing 30% at least 4 days after it).
//!
//! The analysis never gets the true untreated pain. Three groups of journals, as patients start
//! them: logged from weeks before the first infusion (half of them with only 2 or 3 logged days in
//! the last week before it); started 3 to 20 days into the first or second maintenance cycle with
//! a remembered baseline (true pain plus a normal error of mean +0.5 and SD 0.7, rounded); and
//! started that way with no untreated reference at all, where only false alarms have a target.
//! Each group holds 40 journals of each of four kinds: relief clearly ending early, clearly
//! lasting on a plateau, still fading at each next infusion (crossing 30% 4 to 20 days after it),
//! and mixed.
//!
//! `relief_outlasts_interval`, the mirror image: raised in at least 90% (pretreatment) and 80%
//! (remembered baseline) of the journals where relief clearly lasts, and of those where it is
//! still fading at each next infusion, and in at most 5% of those where it clearly ends early, in
//! every group.
//!
//! Run with `--nocapture` to see the measured figures; `RELIEF_JOURNAL_SIMULATION_SEED=N` draws
//! other journals.

#![allow(clippy::unwrap_used)]

use rand::SeedableRng;
use rand::rngs::StdRng;
use relief_journal::analysis::{Analysis, Cycle, FlagKind, analyze};
use relief_journal::synthetic::simulate::{
    Scenario, SimulatedJournal, Start, TrueCycle, random_journal_from,
};

const SEED: u64 = 20_260_122;
const JOURNALS_PER_SCENARIO: usize = 40;
const TOLERANCE_DAYS: u32 = 3;
const CROSSING_START_PCT: f64 = 35.0;
const CROSSING_END_PCT: f64 = 25.0;

/// Hits out of cases.
#[derive(Debug, Default, Clone, Copy)]
struct Share {
    hits: usize,
    cases: usize,
}

impl Share {
    fn add(&mut self, hit: bool) {
        self.cases += 1;
        self.hits += usize::from(hit);
    }

    fn pct(self) -> f64 {
        100.0 * self.hits as f64 / self.cases.max(1) as f64
    }
}

impl std::fmt::Display for Share {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{} = {:.1}%", self.hits, self.cases, self.pct())
    }
}

#[derive(Debug, Default)]
struct Tally {
    loss_within_window: Share,
    loss_too_early: usize,
    loss_too_late: usize,
    loss_censored: usize,
    loss_unknown: usize,
    loss_errors: Vec<i64>,
    /// Cycles whose true relief had already fallen below 35% when the entries began (the first,
    /// partly logged cycle of a journal started mid-treatment): not judged for the loss day, as
    /// nothing logged can show when relief crossed; a hit when the analysis gives no loss day
    /// outside the window (it says "not measurable", or finds a loss day within it).
    faded_before_entries: Share,
    /// The same cycles, a hit only with a loss day within the window (as every other cycle).
    faded_before_entries_found: Share,
    censored_agrees: Share,
    early_flag_raised: Share,
    lasting_flag_raised: Share,
    outlasts_flag_where_lasting: Share,
    outlasts_flag_where_fading: Share,
    outlasts_flag_where_early: Share,
    journals: usize,
    cycles: usize,
}

impl Tally {
    /// The loss-day share counting the cycles not judged too (see `faded_before_entries`), each a
    /// hit only with a loss day within its window.
    fn loss_within_window_counting_every_cycle(&self) -> Share {
        Share {
            hits: self.loss_within_window.hits + self.faded_before_entries_found.hits,
            cases: self.loss_within_window.cases + self.faded_before_entries_found.cases,
        }
    }

    fn check_cycle(&mut self, truth: &TrueCycle, cycle: &Cycle, entries_from: Option<u32>) {
        self.cycles += 1;
        let length = truth.length_days().unwrap();
        let crossing_start = truth.curve.first_day_below(CROSSING_START_PCT);
        let crossing_end = truth.curve.first_day_below(CROSSING_END_PCT);
        // Relief still fading at the next infusion, below 35% but not yet below 25%: the fair
        // window runs from the 35% crossing to the next infusion.
        let fair_window = match (crossing_start, crossing_end) {
            (Some(start), Some(end)) if end < length => Some((start, end + TOLERANCE_DAYS)),
            (Some(start), _) if start < length => Some((start, length)),
            _ => None,
        };
        let faded_before_entries = crossing_start
            .zip(entries_from)
            .is_some_and(|(crossing, first_logged)| crossing < first_logged);
        if let Some((start, window_end)) = fair_window.filter(|_| faded_before_entries) {
            let window = start.saturating_sub(TOLERANCE_DAYS)..=window_end;
            let loss_outside = cycle.loss_30_day.is_some_and(|day| !window.contains(&day))
                || (cycle.censored == Some(true) && !window.contains(&length));
            self.faded_before_entries.add(!loss_outside);
            let found = match cycle.loss_30_day {
                Some(day) => window.contains(&day),
                None => cycle.censored == Some(true) && window.contains(&length),
            };
            self.faded_before_entries_found.add(found);
        } else if let Some((start, window_end)) = fair_window {
            let window = start.saturating_sub(TOLERANCE_DAYS)..=window_end;
            match cycle.loss_30_day {
                Some(day) if window.contains(&day) => self.loss_within_window.add(true),
                Some(day) => {
                    self.loss_within_window.add(false);
                    if day < *window.start() {
                        self.loss_too_early += 1;
                    } else {
                        self.loss_too_late += 1;
                    }
                }
                None if cycle.censored == Some(true) && window.contains(&length) => {
                    self.loss_within_window.add(true)
                }
                None => {
                    self.loss_within_window.add(false);
                    if cycle.censored == Some(true) {
                        self.loss_censored += 1;
                    } else {
                        self.loss_unknown += 1;
                    }
                }
            }
            if let (Some(day), Some(true_day)) =
                (cycle.loss_30_day, truth.curve.first_day_below(30.0))
            {
                self.loss_errors.push(i64::from(day) - i64::from(true_day));
            }
        }
        if crossing_start.is_none_or(|start| start >= length) {
            self.censored_agrees.add(cycle.censored == Some(true));
        }
    }

    fn check_journal(&mut self, simulated: &SimulatedJournal, analysis: &Analysis) {
        self.journals += 1;
        assert_eq!(
            analysis.cycles.len(),
            simulated.recorded_cycles().count(),
            "one analysed cycle per recorded true cycle"
        );
        for truth in simulated.completed_cycles() {
            let cycle = analysis
                .cycles
                .iter()
                .find(|cycle| cycle.anchor == truth.anchor)
                .unwrap();
            assert_eq!(cycle.length_days, truth.length_days());
            // The day since the anchor of the cycle's first entry, when the journal's entries
            // begin within this cycle.
            let entries_from = simulated
                .journal
                .entries
                .iter()
                .map(|entry| entry.date)
                .min()
                .filter(|first| *first > truth.anchor)
                .and_then(|first| u32::try_from((first - truth.anchor).num_days()).ok());
            self.check_cycle(truth, cycle, entries_from);
        }
        let flagged = analysis
            .flags
            .iter()
            .any(|flag| flag.kind == FlagKind::ReliefEndsEarly);
        let outlasts = analysis
            .flags
            .iter()
            .any(|flag| flag.kind == FlagKind::ReliefOutlastsInterval);
        if simulated.ends_clearly_early() {
            self.early_flag_raised.add(flagged);
            self.outlasts_flag_where_early.add(outlasts);
        }
        if simulated.lasts_clearly() {
            self.lasting_flag_raised.add(flagged);
            self.outlasts_flag_where_lasting.add(outlasts);
        }
        if simulated.completed_cycles().count() > 0
            && simulated
                .completed_cycles()
                .all(TrueCycle::fades_after_next)
        {
            self.outlasts_flag_where_fading.add(outlasts);
        }
    }
}

fn print_figures(label: &str, tally: &Tally) {
    let mut errors = tally.loss_errors.clone();
    errors.sort_unstable();
    let median_error = errors.get(errors.len() / 2).copied().unwrap_or(0);
    let mean_abs_error =
        errors.iter().map(|error| error.abs() as f64).sum::<f64>() / errors.len().max(1) as f64;
    println!(
        "{label}: {} journals, {} completed cycles",
        tally.journals, tally.cycles
    );
    println!(
        "  loss_30_day within {TOLERANCE_DAYS} days of the 35%-to-25% crossing: {} \
         (too early {}, too late {}, censored {}, unknown {})",
        tally.loss_within_window,
        tally.loss_too_early,
        tally.loss_too_late,
        tally.loss_censored,
        tally.loss_unknown
    );
    if tally.faded_before_entries.cases > 0 {
        let all = tally.loss_within_window_counting_every_cycle();
        println!(
            "  not judged, relief below 35% before the entries began: {} gave no loss day \
             outside the window; judged with the others, loss days within the window {all}",
            tally.faded_before_entries
        );
    }
    println!(
        "  loss_30_day minus the true day below 30%: median {median_error}, mean absolute {mean_abs_error:.2} days"
    );
    println!(
        "  censored where relief outlasted the interval: {}",
        tally.censored_agrees
    );
    println!(
        "  relief_ends_early raised where relief clearly ends early: {}",
        tally.early_flag_raised
    );
    println!(
        "  relief_ends_early raised where relief clearly lasts: {}",
        tally.lasting_flag_raised
    );
    println!(
        "  relief_outlasts_interval raised where relief clearly lasts: {}",
        tally.outlasts_flag_where_lasting
    );
    println!(
        "    of which relief was still fading at each next infusion: {}",
        tally.outlasts_flag_where_fading
    );
    println!(
        "  relief_outlasts_interval raised where relief clearly ends early: {}",
        tally.outlasts_flag_where_early
    );
}

/// Asserts the `relief_outlasts_interval` targets: raised in at least `sensitivity` percent of
/// the journals where relief clearly lasts and of those where it is still fading at each next
/// infusion, and in at most 5% of those where it clearly ends early.
fn assert_outlasts_targets(label: &str, tally: &Tally, sensitivity: Option<f64>) {
    assert!(
        tally.outlasts_flag_where_early.cases >= 30 && tally.outlasts_flag_where_early.pct() <= 5.0,
        "{label}: relief_outlasts_interval where relief ends early {}",
        tally.outlasts_flag_where_early
    );
    if let Some(sensitivity) = sensitivity {
        assert!(
            tally.outlasts_flag_where_lasting.cases >= 30
                && tally.outlasts_flag_where_lasting.pct() >= sensitivity,
            "{label}: relief_outlasts_interval where relief lasts {}",
            tally.outlasts_flag_where_lasting
        );
        assert!(
            tally.outlasts_flag_where_fading.cases >= 30
                && tally.outlasts_flag_where_fading.pct() >= sensitivity,
            "{label}: relief_outlasts_interval where relief is still fading {}",
            tally.outlasts_flag_where_fading
        );
    }
}

/// The seed: [`SEED`], or `RELIEF_JOURNAL_SIMULATION_SEED` to measure other journals.
fn seed() -> u64 {
    std::env::var("RELIEF_JOURNAL_SIMULATION_SEED")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(SEED)
}

/// Journals of every scenario begun as `start`, `per_scenario` of each, measured.
fn measure(rng: &mut StdRng, starts: &[Start], per_scenario: usize) -> Tally {
    let mut tally = Tally::default();
    for scenario in [
        Scenario::EndsEarly,
        Scenario::Lasts,
        Scenario::FadesAfterNext,
        Scenario::Mixed,
    ] {
        for index in 0..per_scenario {
            let start = starts[index % starts.len()];
            let simulated = random_journal_from(rng, scenario, start);
            let analysis = analyze(&simulated.journal, simulated.today);
            tally.check_journal(&simulated, &analysis);
        }
    }
    tally
}

/// Asserts a group's targets; `loss` is `None` where the group has no loss-day target.
fn assert_targets(label: &str, tally: &Tally, loss: Option<f64>, censored: f64, sensitivity: f64) {
    assert!(
        tally.journals >= 100,
        "{label}: {} journals",
        tally.journals
    );
    assert!(
        tally.loss_within_window.cases >= 100 && tally.censored_agrees.cases >= 50,
        "{label}: {:?} {:?}",
        tally.loss_within_window,
        tally.censored_agrees
    );
    assert!(
        tally.early_flag_raised.cases >= 30 && tally.lasting_flag_raised.cases >= 30,
        "{label}: {:?} {:?}",
        tally.early_flag_raised,
        tally.lasting_flag_raised
    );
    if let Some(loss) = loss {
        assert!(
            tally.loss_within_window.pct() >= loss,
            "{label}: loss within window {}",
            tally.loss_within_window
        );
        // Counting the cycles not judged too, as misses unless a loss day fell within their
        // window, the target still holds.
        let every_cycle = tally.loss_within_window_counting_every_cycle();
        assert!(
            every_cycle.pct() >= loss,
            "{label}: loss within window, every cycle counted {every_cycle}"
        );
    }
    assert!(
        tally.censored_agrees.pct() >= censored,
        "{label}: censoring {}",
        tally.censored_agrees
    );
    assert!(
        tally.early_flag_raised.pct() >= sensitivity,
        "{label}: sensitivity {}",
        tally.early_flag_raised
    );
    assert!(
        tally.lasting_flag_raised.pct() <= 5.0,
        "{label}: false alarms {}",
        tally.lasting_flag_raised
    );
}

#[test]
fn loss_days_censoring_and_the_early_flag_meet_the_targets_by_group() {
    let seed = seed();
    let mut rng = StdRng::seed_from_u64(seed);
    println!("seed {seed}");

    let pretreatment = measure(
        &mut rng,
        &[Start::Pretreatment, Start::SparsePretreatment],
        JOURNALS_PER_SCENARIO,
    );
    print_figures(
        "pretreatment period logged (half with a sparse last week)",
        &pretreatment,
    );
    let remembered = measure(
        &mut rng,
        &[Start::MidTreatment { remembered: true }],
        JOURNALS_PER_SCENARIO,
    );
    print_figures(
        "logging starts mid-treatment, remembered baseline",
        &remembered,
    );
    let no_reference = measure(
        &mut rng,
        &[Start::MidTreatment { remembered: false }],
        JOURNALS_PER_SCENARIO,
    );
    print_figures(
        "logging starts mid-treatment, no untreated reference",
        &no_reference,
    );

    assert_targets("pretreatment", &pretreatment, Some(90.0), 90.0, 90.0);
    assert_targets("remembered baseline", &remembered, Some(80.0), 85.0, 80.0);
    assert_outlasts_targets("pretreatment", &pretreatment, Some(90.0));
    assert_outlasts_targets("remembered baseline", &remembered, Some(80.0));
    assert_outlasts_targets("no reference", &no_reference, None);
    // Without any untreated reference only false alarms have a target.
    assert!(
        no_reference.lasting_flag_raised.cases >= 30
            && no_reference.lasting_flag_raised.pct() <= 5.0,
        "no reference: false alarms {}",
        no_reference.lasting_flag_raised
    );
}
