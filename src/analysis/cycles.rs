//! Series and cycles: which done infusions form one course, which phase it belongs to, and the
//! days each cycle covers. Also the day-by-day lookup of entries that the later steps read.
//!
//! Planned infusions are not cycles; they only feed the forecast (see `forecast`).

use chrono::NaiveDate;

use crate::domain::{Entry, Infusion, Phase};

/// One infusion day. Two infusions on the same day count as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct InfusionDay {
    /// The day.
    pub date: NaiveDate,
    /// The phase given explicitly on any infusion of that day, if one was.
    pub phase: Option<Phase>,
}

/// Done infusions at most `series_gap_days` apart: a loading series or a booster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Series {
    /// The first infusion of the series.
    pub first: NaiveDate,
    /// The last infusion of the series: day 0 of its cycle.
    pub anchor: NaiveDate,
    /// Infusion days in the series.
    pub infusions: u32,
    /// Given explicitly on one of its infusions, else inferred from its position.
    pub phase: Phase,
}

/// The days one cycle covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CycleSpan {
    /// The series that starts the cycle.
    pub series: Series,
    /// The first infusion of the next series; `None` for the open cycle.
    pub next_infusion: Option<NaiveDate>,
    /// Days observed: up to the day before the next infusion, or up to today for the open cycle.
    pub observed_days: u32,
}

/// Done infusions as sorted, distinct days.
pub(crate) fn infusion_days(infusions: &[Infusion]) -> Vec<InfusionDay> {
    let mut done: Vec<&Infusion> = infusions
        .iter()
        .filter(|infusion| infusion.is_done())
        .collect();
    done.sort_by_key(|infusion| infusion.date);
    let mut days: Vec<InfusionDay> = Vec::with_capacity(done.len());
    for infusion in done {
        match days.last_mut() {
            Some(day) if day.date == infusion.date => day.phase = day.phase.or(infusion.phase),
            _ => days.push(InfusionDay {
                date: infusion.date,
                phase: infusion.phase,
            }),
        }
    }
    days
}

/// Groups infusion days into series.
///
/// A day joins the current series when it is at most `series_gap_days` after the previous one
/// and its explicit phase (if any) agrees with the series' phase. The first series is loading
/// and later ones maintenance, unless an infusion in the series says otherwise.
pub(crate) fn group_series(days: &[InfusionDay], series_gap_days: u32) -> Vec<Series> {
    let mut series: Vec<Series> = Vec::new();
    for day in days {
        let inferred = if series.is_empty() {
            Phase::Loading
        } else {
            Phase::Maintenance
        };
        match series.last_mut() {
            Some(current)
                if gap_days(current.anchor, day.date) <= i64::from(series_gap_days)
                    && day.phase.is_none_or(|phase| phase == current.phase) =>
            {
                current.anchor = day.date;
                current.infusions += 1;
            }
            _ => series.push(Series {
                first: day.date,
                anchor: day.date,
                infusions: 1,
                phase: day.phase.unwrap_or(inferred),
            }),
        }
    }
    series
}

/// The cycle of each series: from its anchor to the day before the next series starts; the last
/// cycle is open and observed up to `today`.
pub(crate) fn cycle_spans(series: &[Series], today: NaiveDate) -> Vec<CycleSpan> {
    series
        .iter()
        .enumerate()
        .map(|(position, current)| {
            let next_infusion = series.get(position + 1).map(|next| next.first);
            let end = next_infusion.unwrap_or_else(|| today + chrono::Duration::days(1));
            CycleSpan {
                series: *current,
                next_infusion,
                observed_days: u32::try_from(gap_days(current.anchor, end).max(0)).unwrap_or(0),
            }
        })
        .collect()
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub(crate) fn gap_days(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// Entries looked up by date in constant time.
#[derive(Debug, Default)]
pub(crate) struct EntryIndex<'a> {
    first: Option<NaiveDate>,
    by_day: Vec<Option<&'a Entry>>,
}

impl<'a> EntryIndex<'a> {
    /// Indexes `entries`; when two share a date the later one in the list wins.
    pub fn new(entries: &'a [Entry]) -> Self {
        let first = entries.iter().map(|entry| entry.date).min();
        let last = entries.iter().map(|entry| entry.date).max();
        let (Some(first), Some(last)) = (first, last) else {
            return Self::default();
        };
        let span = usize::try_from(gap_days(first, last)).unwrap_or(0) + 1;
        let mut by_day = vec![None; span];
        for entry in entries {
            if let Some(slot) = usize::try_from(gap_days(first, entry.date))
                .ok()
                .and_then(|offset| by_day.get_mut(offset))
            {
                *slot = Some(entry);
            }
        }
        Self {
            first: Some(first),
            by_day,
        }
    }

    /// The date of the first entry; `None` when there are none.
    pub fn first_date(&self) -> Option<NaiveDate> {
        self.first
    }

    /// The entry of `date`, if that day was logged.
    pub fn get(&self, date: NaiveDate) -> Option<&'a Entry> {
        let offset = usize::try_from(gap_days(self.first?, date)).ok()?;
        self.by_day.get(offset).copied().flatten()
    }

    /// The entries of `days` consecutive days starting at `start`, `None` where not logged.
    pub fn range(&self, start: NaiveDate, days: u32) -> Vec<Option<&'a Entry>> {
        (0..days)
            .map(|day| self.get(start + chrono::Duration::days(i64::from(day))))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::domain::Score;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn done(text: &str, phase: Option<Phase>) -> Infusion {
        Infusion {
            phase,
            ..Infusion::done(date(text))
        }
    }

    #[test]
    fn close_infusions_form_one_series_and_later_ones_are_maintenance() {
        let infusions = [
            done("2026-01-22", None),
            done("2026-01-24", None),
            done("2026-01-27", None),
            done("2026-01-30", None),
            done("2026-03-13", None),
            done("2026-04-24", None),
            Infusion::planned(date("2026-06-05")),
        ];
        let series = group_series(&infusion_days(&infusions), 7);
        assert_eq!(series.len(), 3);
        assert_eq!(series[0].first, date("2026-01-22"));
        assert_eq!(series[0].anchor, date("2026-01-30"));
        assert_eq!(series[0].infusions, 4);
        assert_eq!(series[0].phase, Phase::Loading);
        assert_eq!(series[1].phase, Phase::Maintenance);
        assert_eq!(series[2].anchor, date("2026-04-24"));
    }

    #[test]
    fn the_gap_limit_is_inclusive() {
        let infusions = [
            done("2026-01-01", None),
            done("2026-01-08", None),
            done("2026-01-16", None),
        ];
        let series = group_series(&infusion_days(&infusions), 7);
        assert_eq!(series.len(), 2);
        assert_eq!(series[0].infusions, 2);
    }

    #[test]
    fn two_infusions_on_one_day_count_once() {
        let infusions = [
            done("2026-01-01", None),
            done("2026-01-01", Some(Phase::Loading)),
            done("2026-01-03", None),
        ];
        let days = infusion_days(&infusions);
        assert_eq!(days.len(), 2);
        assert_eq!(days[0].phase, Some(Phase::Loading));
        assert_eq!(group_series(&days, 7)[0].infusions, 2);
    }

    #[test]
    fn an_explicit_phase_wins() {
        // The first series is marked maintenance (treatment began before the journal); a later
        // infusion marked loading is a new loading series even though it is close to the last one.
        let infusions = [
            done("2026-01-01", Some(Phase::Maintenance)),
            done("2026-02-20", None),
            done("2026-02-24", Some(Phase::Loading)),
            done("2026-02-26", None),
        ];
        let series = group_series(&infusion_days(&infusions), 7);
        let phases: Vec<Phase> = series.iter().map(|series| series.phase).collect();
        assert_eq!(
            phases,
            [Phase::Maintenance, Phase::Maintenance, Phase::Loading]
        );
        assert_eq!(series[2].infusions, 2);
    }

    #[test]
    fn cycles_run_to_the_day_before_the_next_series_and_the_last_is_open() {
        let infusions = [
            done("2026-01-01", None),
            done("2026-01-03", None),
            done("2026-02-14", None),
        ];
        let series = group_series(&infusion_days(&infusions), 7);
        let spans = cycle_spans(&series, date("2026-02-20"));
        assert_eq!(spans[0].next_infusion, Some(date("2026-02-14")));
        assert_eq!(spans[0].observed_days, 42); // 3 January to 13 February
        assert_eq!(spans[1].next_infusion, None);
        assert_eq!(spans[1].observed_days, 7); // 14 to 20 February
        let before = cycle_spans(&series, date("2026-02-01"));
        assert_eq!(before[1].observed_days, 0);
    }

    #[test]
    fn entries_are_found_by_date() {
        let entries = [
            Entry::new(date("2026-01-05"), Score::new("pain", 6).unwrap()),
            Entry::new(date("2026-01-02"), Score::new("pain", 4).unwrap()),
        ];
        let index = EntryIndex::new(&entries);
        assert_eq!(
            index.get(date("2026-01-05")).map(|entry| entry.pain.get()),
            Some(6)
        );
        assert!(index.get(date("2026-01-03")).is_none());
        assert!(index.get(date("2025-12-31")).is_none());
        assert!(index.get(date("2026-02-01")).is_none());
        let range = index.range(date("2026-01-01"), 3);
        assert_eq!(range.iter().filter(|entry| entry.is_some()).count(), 1);
        assert!(EntryIndex::new(&[]).get(date("2026-01-01")).is_none());
    }
}
