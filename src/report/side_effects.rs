//! The side-effect page: per cycle of the period, what was noted on its infusions and on how
//! many of its logged days each side effect was noted. Counts only; the words come from
//! [`crate::wording::side_effects`]. Not for: the per-infusion log (the appendix has it).

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};

use super::pages::{BODY, Document, PALETTE, TABLE};
use super::period::{cycles_in, entries_in, infusions_in};
use crate::analysis::{Analysis, Cycle};
use crate::charts::DateRange;
use crate::domain::{Entry, Journal};
use crate::t;
use crate::wording::side_effects::{
    before_infusions_label, cycle_label, days_cell, infusion_cell, logged_cell,
    no_side_effects_sentence, other_cell, side_effect_name, side_effects_heading,
    side_effects_intro,
};

/// The side effects of one stretch of days: a cycle, or the days before the first infusion.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Stretch {
    /// The row label.
    pub label: String,
    /// Days in the stretch.
    pub days: usize,
    /// Days with an entry.
    pub logged: usize,
    /// Done infusions of the cycle's series; 0 for the days before the first infusion.
    pub infusions: usize,
    /// Each side effect noted with the series' infusions and on how many of them.
    pub on_infusions: Vec<(String, usize)>,
    /// Each side effect noted on the logged days and on how many of them.
    pub on_days: BTreeMap<String, usize>,
}

/// A side effect as counted: trimmed and in lower case, so "Nausea" and "nausea " are one. The
/// count keeps the stored name; the table shows it in the patient's language.
fn key(effect: &str) -> String {
    effect.trim().to_lowercase()
}

/// Counts `effects` lists into (side effect, lists it is in), in first-noted order.
fn tally<'a>(lists: impl Iterator<Item = &'a [String]>) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for list in lists {
        let mut seen: Vec<String> = Vec::new();
        for effect in list {
            let name = key(effect);
            if name.is_empty() || seen.contains(&name) {
                continue;
            }
            match counts.iter_mut().find(|(known, _)| *known == name) {
                Some((_, count)) => *count += 1,
                None => counts.push((name.clone(), 1)),
            }
            seen.push(name);
        }
    }
    counts
}

/// The entries from `first` to `last`.
/// How many days the infusions fall on: a journal from before a day could hold only one done
/// infusion may hold two records of one infusion, counted once.
fn distinct_days<'a>(infusions: impl Iterator<Item = &'a crate::domain::Infusion>) -> usize {
    infusions
        .map(|infusion| infusion.date)
        .collect::<std::collections::BTreeSet<_>>()
        .len()
}

fn entries_between(journal: &Journal, first: NaiveDate, last: NaiveDate) -> Vec<&Entry> {
    journal
        .entries
        .iter()
        .filter(|entry| first <= entry.date && entry.date <= last)
        .collect()
}

fn day_counts(entries: &[&Entry]) -> BTreeMap<String, usize> {
    tally(entries.iter().map(|entry| entry.side_effects.items()))
        .into_iter()
        .collect()
}

/// One cycle's stretch: from its first infusion to the day before the next series, or to the
/// end of the period while it is open or when the period ends first.
fn cycle_stretch(journal: &Journal, cycle: &Cycle, period: DateRange) -> Stretch {
    let first = cycle.first_infusion;
    let last = cycle.next_infusion.map_or(period.end, |next| {
        (next - Duration::days(1)).min(period.end)
    });
    let entries = entries_between(journal, first, last);
    let given: Vec<&crate::domain::Infusion> = journal
        .infusions
        .iter()
        .filter(|infusion| {
            infusion.is_done() && first <= infusion.date && infusion.date <= cycle.anchor
        })
        .collect();
    let infusion_days = distinct_days(given.iter().copied());
    let infusions: Vec<&[String]> = given
        .iter()
        .map(|infusion| infusion.side_effects.items())
        .collect();
    Stretch {
        label: cycle_label(cycle.index, first, last, cycle.next_infusion.is_none()),
        days: usize::try_from((last - first).num_days() + 1).unwrap_or(0),
        logged: entries.len(),
        infusions: infusion_days,
        on_infusions: tally(infusions.into_iter()),
        on_days: day_counts(&entries),
    }
}

/// The stretches of the period: its days before the first infusion ever (when any was logged),
/// then every cycle that overlaps it.
pub(super) fn stretches(journal: &Journal, analysis: &Analysis, period: DateRange) -> Vec<Stretch> {
    let mut rows = Vec::new();
    let first_infusion = analysis.cycles.first().map(|cycle| cycle.first_infusion);
    let before_end = first_infusion.map_or(period.end, |date| {
        (date - Duration::days(1)).min(period.end)
    });
    if period.start <= before_end {
        let entries = entries_between(journal, period.start, before_end);
        if !entries.is_empty() {
            rows.push(Stretch {
                label: before_infusions_label(period.start, before_end),
                days: usize::try_from((before_end - period.start).num_days() + 1).unwrap_or(0),
                logged: entries.len(),
                infusions: 0,
                on_infusions: Vec::new(),
                on_days: day_counts(&entries),
            });
        }
    }
    for cycle in cycles_in(analysis, period) {
        rows.push(cycle_stretch(journal, cycle, period));
    }
    rows
}

/// Side effects noted on days, most days first (then by name).
fn by_days(rows: &[Stretch]) -> Vec<(String, usize)> {
    let mut totals: BTreeMap<&str, usize> = BTreeMap::new();
    for row in rows {
        for (name, days) in &row.on_days {
            *totals.entry(name).or_default() += days;
        }
    }
    let mut ordered: Vec<(String, usize)> = totals
        .into_iter()
        .map(|(name, days)| (name.to_owned(), days))
        .collect();
    ordered.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ordered
}

/// Share of the width of the fixed columns: the stretch, days logged, on the infusion.
const FIXED_COLUMNS: [f32; 3] = [0.25, 0.08, 0.16];
/// The width the "Other" column needs at least, as a share of the table.
const OTHER_SHARE: f32 = 0.14;

/// The side-effect page of the report, on a new page. Nothing when the period has no entries
/// and no infusions (page 1 says so).
pub(super) fn side_effects_page(
    document: &mut Document<'_>,
    journal: &Journal,
    analysis: &Analysis,
    period: DateRange,
) {
    let logged = entries_in(journal, period).count();
    let infusions =
        distinct_days(infusions_in(journal, period).filter(|infusion| infusion.is_done()));
    if logged == 0 && infusions == 0 {
        return;
    }
    document.new_page();
    document.heading(&side_effects_heading());
    let rows = stretches(journal, analysis, period);
    let effects = by_days(&rows);
    let any_on_infusions = rows.iter().any(|row| !row.on_infusions.is_empty());
    if effects.is_empty() && !any_on_infusions {
        document.paragraph(
            &no_side_effects_sentence(logged, infusions),
            BODY,
            false,
            PALETTE.text,
        );
        return;
    }
    document.paragraph(&side_effects_intro(), BODY, false, PALETTE.muted_text);
    document.gap(4.0);

    // One column per side effect, as wide as its longest word, while they fit; the rest share
    // an "Other" column. Each is headed by its name in the patient's language.
    let width = document.content_width();
    let share_of = |name: &str| {
        let widest = name
            .split_whitespace()
            .map(|word| document.text_width(word, TABLE, true))
            .fold(0.0_f32, f32::max);
        (widest + 8.0).max(28.0) / width
    };
    let titles: Vec<String> = effects
        .iter()
        .map(|(name, _)| side_effect_name(name))
        .collect();
    let shares: Vec<f32> = titles.iter().map(|title| share_of(title)).collect();
    let available = 1.0 - FIXED_COLUMNS.iter().sum::<f32>();
    // All of them when they fit; else as many as leave room for the "Other" column.
    let limit = if shares.iter().sum::<f32>() <= available {
        available
    } else {
        available - OTHER_SHARE
    };
    let mut used = 0.0;
    // Each side effect with a column: as counted, and its title.
    let mut own: Vec<(String, String, f32)> = Vec::new();
    for (((name, _), title), share) in effects.iter().zip(titles).zip(shares) {
        if used + share > limit {
            break;
        }
        used += share;
        own.push((name.clone(), title, share));
    }
    let free = available - used;
    let others: Vec<&str> = effects[own.len()..]
        .iter()
        .map(|(name, _)| name.as_str())
        .collect();
    let mut columns: Vec<(String, f32)> = vec![
        (t!("report-column-cycle"), FIXED_COLUMNS[0]),
        (t!("report-column-days-logged"), FIXED_COLUMNS[1]),
        (t!("report-column-on-infusion"), FIXED_COLUMNS[2]),
    ];
    columns.extend(own.iter().map(|(_, title, share)| (title.clone(), *share)));
    if !others.is_empty() {
        columns.push((t!("report-column-other-days"), free));
    } else {
        // What is left goes to the infusion column, whose cells are the longest.
        columns[2].1 += free;
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            let mut cells = vec![
                row.label.clone(),
                logged_cell(row.logged, row.days),
                if row.infusions == 0 {
                    String::new()
                } else {
                    infusion_cell(row.infusions, &row.on_infusions)
                },
            ];
            for (name, _, _) in &own {
                cells.push(days_cell(row.on_days.get(name).copied().unwrap_or(0)));
            }
            if !others.is_empty() {
                let rest: Vec<(String, usize)> = others
                    .iter()
                    .filter_map(|name| {
                        row.on_days
                            .get(*name)
                            .map(|days| ((*name).to_owned(), *days))
                    })
                    .collect();
                cells.push(other_cell(&rest));
            }
            cells
        })
        .collect();
    document.long_table(&columns, &table);
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::analysis::analyze;
    use crate::domain::{Infusion, Score, TextList};

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn entry(date: &str, pain: i64, effects: &[&str]) -> Entry {
        let mut entry = Entry::new(day(date), Score::saturating(pain));
        entry.side_effects = TextList::new("side_effects", effects.iter().copied()).unwrap();
        entry
    }

    fn infusion(date: &str, effects: &[&str]) -> Infusion {
        let mut infusion = Infusion::done(day(date));
        infusion.side_effects = TextList::new("side_effects", effects.iter().copied()).unwrap();
        infusion
    }

    #[test]
    fn days_are_counted_per_cycle_and_infusions_per_series() {
        let journal = Journal {
            entries: vec![
                entry("2026-03-01", 7, &["Headache"]),
                entry("2026-03-02", 7, &[]),
                // Cycle 1: a series of two infusions, 3 and 5 March; next series 20 March.
                entry("2026-03-03", 6, &["nausea", "dizziness"]),
                entry("2026-03-04", 5, &["nausea"]),
                entry("2026-03-06", 4, &["Nausea "]),
                entry("2026-03-10", 4, &[]),
                // Cycle 2, open.
                entry("2026-03-20", 5, &["dizziness"]),
                entry("2026-03-21", 4, &[]),
            ],
            infusions: vec![
                infusion("2026-03-03", &["nausea", "dissociation"]),
                infusion("2026-03-05", &["nausea"]),
                infusion("2026-03-20", &[]),
            ],
            settings: Default::default(),
        };
        let period = DateRange {
            start: day("2026-03-01"),
            end: day("2026-03-25"),
        };
        let analysis = analyze(&journal, period.end);
        let rows = stretches(&journal, &analysis, period);
        assert_eq!(rows.len(), 3, "{rows:#?}");

        let before = &rows[0];
        assert_eq!((before.days, before.logged, before.infusions), (2, 2, 0));
        assert_eq!(before.on_days.get("headache"), Some(&1));

        // 3 to 19 March: 17 days, 4 of them logged.
        let first = &rows[1];
        assert_eq!((first.days, first.logged, first.infusions), (17, 4, 2));
        assert_eq!(first.on_days.get("nausea"), Some(&3));
        assert_eq!(first.on_days.get("dizziness"), Some(&1));
        assert_eq!(
            first.on_infusions,
            vec![("nausea".to_owned(), 2), ("dissociation".to_owned(), 1)]
        );
        assert_eq!(
            infusion_cell(first.infusions, &first.on_infusions),
            "nausea (2 of 2), dissociation (1 of 2)"
        );

        // 20 to 25 March (the period's end): 6 days, 2 logged; the infusion noted nothing.
        let open = &rows[2];
        assert_eq!((open.days, open.logged, open.infusions), (6, 2, 1));
        assert_eq!(
            infusion_cell(open.infusions, &open.on_infusions),
            "none noted"
        );
        assert_eq!(open.on_days.get("dizziness"), Some(&1));
        assert_eq!(open.on_days.get("nausea"), None);

        // Ordered by days noted: nausea 3, dizziness 2, headache 1.
        let order: Vec<String> = by_days(&rows).into_iter().map(|(name, _)| name).collect();
        assert_eq!(order, ["nausea", "dizziness", "headache"]);
    }
}
