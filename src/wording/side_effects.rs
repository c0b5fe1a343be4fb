//! How the report's side-effect summary reads: its introduction, the cycle and infusion cells,
//! and the sentence for a period without side effects. Described as recorded, never judged.

use chrono::NaiveDate;

/// `1 day`, `3 days`: a count with its noun, singular for one.
pub(super) fn counted(count: usize, singular: &str, plural: &str) -> String {
    if count == 1 {
        format!("1 {singular}")
    } else {
        format!("{count} {plural}")
    }
}

/// The heading of the side-effect page.
pub const SIDE_EFFECTS_HEADING: &str = "Side effects between infusions";

/// What the side-effect table shows, read before it.
pub const SIDE_EFFECTS_INTRO: &str = "As recorded in the journal. \"On the infusion\": side effects noted with the infusion (for a series, on how many of its infusions). The numbers under each side effect: on how many of the logged days of that cycle it was noted; - where it was not noted.";

/// The row label of the days before the first infusion.
pub const BEFORE_INFUSIONS: &str = "Before the first infusion";

/// The row label of a cycle: `Cycle 3: 12 Mar to 22 Apr 2026`, or `Cycle 4: from 23 Apr 2026`
/// while it is still open.
pub fn cycle_label(index: u32, first: NaiveDate, last: NaiveDate, open: bool) -> String {
    if open {
        format!("Cycle {index}: from {}", super::date(first))
    } else if first == last {
        format!("Cycle {index}: {}", super::date(first))
    } else {
        format!(
            "Cycle {index}: {} to {}",
            short_date(first, last),
            super::date(last)
        )
    }
}

/// The label of the days before the first infusion, with their dates.
pub fn before_infusions_label(first: NaiveDate, last: NaiveDate) -> String {
    format!(
        "{BEFORE_INFUSIONS}: {} to {}",
        short_date(first, last),
        super::date(last)
    )
}

/// `12 Mar` when the year is the same as `other`'s, else `12 Mar 2025`.
fn short_date(date: NaiveDate, other: NaiveDate) -> String {
    use chrono::Datelike;
    if date.year() == other.year() {
        date.format("%-d %b").to_string()
    } else {
        super::date(date)
    }
}

/// The days-logged cell: `28 of 42`.
pub fn logged_cell(logged: usize, days: usize) -> String {
    format!("{logged} of {days}")
}

/// What was noted on the infusions of a series: `none noted` when nothing was; the side effects
/// of a single infusion joined; for several infusions, each side effect with on how many of them
/// it was noted: `nausea (2 of 5), dissociation (1 of 5)`.
///
/// `effects` holds each side effect with the number of infusions it was noted on.
pub fn infusion_cell(infusions: usize, effects: &[(String, usize)]) -> String {
    if effects.is_empty() {
        return "none noted".to_owned();
    }
    if infusions <= 1 {
        return effects
            .iter()
            .map(|(name, _)| name.as_str())
            .collect::<Vec<_>>()
            .join(", ");
    }
    effects
        .iter()
        .map(|(name, count)| format!("{name} ({count} of {infusions})"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A day-count cell: the number of days, `-` for none.
pub fn days_cell(days: usize) -> String {
    if days == 0 {
        "-".to_owned()
    } else {
        days.to_string()
    }
}

/// The cell of side effects that had no column of their own: `tinnitus 2, rash 1`.
pub fn other_cell(effects: &[(String, usize)]) -> String {
    if effects.is_empty() {
        return "-".to_owned();
    }
    effects
        .iter()
        .map(|(name, days)| format!("{name} {days}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The sentence for a period in which no side effect was noted.
pub fn no_side_effects_sentence(logged_days: usize, infusions: usize) -> String {
    let days = counted(logged_days, "logged day", "logged days");
    let given = counted(infusions, "infusion", "infusions");
    match (logged_days, infusions) {
        (_, 0) => format!("No side effects were noted on the {days} of this period."),
        (0, _) => format!("No side effects were noted with the {given} of this period."),
        _ => {
            format!("No side effects were noted on the {days} or with the {given} of this period.")
        }
    }
}
