//! What of the journal and its analysis falls within a report's period.

use chrono::Duration;

use crate::analysis::{Analysis, Cycle};
use crate::charts::DateRange;
use crate::domain::{Entry, Infusion, Journal};

/// The entries of `journal` within `period`.
pub(super) fn entries_in(journal: &Journal, period: DateRange) -> impl Iterator<Item = &Entry> {
    journal
        .entries
        .iter()
        .filter(move |entry| period.contains(entry.date))
}

/// The infusions of `journal`, done and planned, within `period`.
pub(super) fn infusions_in(
    journal: &Journal,
    period: DateRange,
) -> impl Iterator<Item = &Infusion> {
    journal
        .infusions
        .iter()
        .filter(move |infusion| period.contains(infusion.date))
}

/// Cycles that overlap the period.
pub(super) fn cycles_in(analysis: &Analysis, period: DateRange) -> Vec<&Cycle> {
    analysis
        .cycles
        .iter()
        .filter(|cycle| {
            let end = cycle
                .next_infusion
                .unwrap_or(period.end + Duration::days(1));
            cycle.anchor <= period.end && end > period.start
        })
        .collect()
}
