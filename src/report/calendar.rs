//! The calendar pages: month grids of the report period, Monday to Sunday, each logged day
//! filled with its pain colour and number, infusions marked (done by phase, planned apart), with
//! a legend. Only the weeks that hold days of the period are drawn, so a one-day period is one
//! week and a year is twelve months over a few pages; each page holds about three months.
//!
//! The grid is a plain model ([`months`]) drawn by [`calendar_pages`]; the words come from
//! [`crate::wording::calendar`].

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};

use super::pages::{BODY, Document, PALETTE};
use super::period::{entries_in, infusions_in};
use crate::analysis::Analysis;
use crate::charts::DateRange;
use crate::domain::{InfusionStatus, Journal, Phase};
use crate::palette::Colour;
use crate::wording::calendar::{
    CalendarWords, calendar_continued, calendar_cut_sentence, calendar_heading, calendar_intro,
    month_title,
};

/// An infusion on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mark {
    /// Given, in this phase (as recorded, else as the analysis inferred it).
    Done(Phase),
    /// Booked.
    Planned,
}

/// One day of a month grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Day {
    /// The date.
    pub date: NaiveDate,
    /// Whether the day lies in the report period; days outside it are greyed.
    pub in_period: bool,
    /// The pain logged that day (only for days in the period).
    pub pain: Option<u8>,
    /// An infusion that day (only for days in the period).
    pub mark: Option<Mark>,
}

/// A month: its first day and the weeks that hold days of the period, Monday first; `None` for
/// the days of a week that belong to the month before or after.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Month {
    /// The first day of the month.
    pub first: NaiveDate,
    /// The weeks drawn.
    pub weeks: Vec<[Option<Day>; 7]>,
}

fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

fn next_month(first: NaiveDate) -> NaiveDate {
    first_of_month(first + Duration::days(32))
}

/// The months of `period` with their days.
pub(super) fn months(journal: &Journal, analysis: &Analysis, period: DateRange) -> Vec<Month> {
    let pains: BTreeMap<NaiveDate, u8> = entries_in(journal, period)
        .map(|entry| (entry.date, entry.pain.get()))
        .collect();
    let pain = |date: NaiveDate| pains.get(&date).copied();
    let mark = |date: NaiveDate| {
        let on_day = journal
            .infusions
            .iter()
            .filter(|infusion| infusion.date == date);
        let mut planned = false;
        for infusion in on_day {
            match infusion.status {
                InfusionStatus::Done => {
                    let phase = analysis
                        .phase_of(infusion)
                        .map_or(Phase::Maintenance, |known| known.phase);
                    return Some(Mark::Done(phase));
                }
                InfusionStatus::Planned => planned = true,
            }
        }
        planned.then_some(Mark::Planned)
    };
    let mut result = Vec::new();
    let mut first = first_of_month(period.start);
    while first <= period.end {
        let after = next_month(first);
        let mut weeks = Vec::new();
        let mut monday = first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
        while monday < after {
            let sunday = monday + Duration::days(6);
            if sunday >= period.start && monday <= period.end {
                let mut week = [None; 7];
                for (offset, slot) in week.iter_mut().enumerate() {
                    let date = monday + Duration::days(offset as i64);
                    if date < first || date >= after {
                        continue;
                    }
                    let in_period = period.contains(date);
                    *slot = Some(Day {
                        date,
                        in_period,
                        pain: if in_period { pain(date) } else { None },
                        mark: if in_period { mark(date) } else { None },
                    });
                }
                if week.iter().flatten().any(|day| day.in_period) {
                    weeks.push(week);
                }
            }
            monday += Duration::days(7);
        }
        result.push(Month { first, weeks });
        first = after;
    }
    result
}

/// The most months a calendar shows: a longer period shows its last ones and says so.
pub(super) const MAX_MONTHS: u32 = 12;

/// The part of `period` the calendar shows: all of it, or its last [`MAX_MONTHS`] months.
pub(super) fn shown_period(period: DateRange) -> DateRange {
    let mut start = first_of_month(period.end);
    for _ in 1..MAX_MONTHS {
        start = first_of_month(start - Duration::days(1));
    }
    DateRange {
        start: start.max(period.start),
        end: period.end,
    }
}

/// Sizes of the grid, in points.
const MONTH_TITLE: f32 = 10.0;
const WEEKDAY_ROW: f32 = 11.0;
const MONTH_GAP: f32 = 8.0;
const DAY_NUMBER: f32 = 6.5;
const PAIN_NUMBER: f32 = 11.0;
const MARK_TEXT: f32 = 5.5;
const MARK_BAND: f32 = 8.0;
const LEGEND_ROW: f32 = 15.0;
/// Weeks on a page of three six-week months: the cell height is chosen so they fit.
const WEEKS_PER_PAGE: f32 = 18.0;
/// Cell heights are kept in this range.
const CELL_HEIGHT: (f32, f32) = (22.0, 34.0);

fn month_height(month: &Month, cell: f32) -> f32 {
    MONTH_TITLE * 1.4 + WEEKDAY_ROW + month.weeks.len() as f32 * cell + MONTH_GAP
}

/// The colour of a done infusion's mark.
fn mark_colour(mark: Mark) -> Colour {
    match mark {
        Mark::Done(Phase::Loading) => PALETTE.loading,
        Mark::Done(Phase::Maintenance) => PALETTE.maintenance,
        Mark::Planned => PALETTE.planned,
    }
}

/// The heading, what the colours mean and the legend, at the top of each calendar page.
/// `cut_from`: the first day shown when the period is longer than the calendar shows.
fn page_top(
    document: &mut Document<'_>,
    words: &CalendarWords,
    continued: bool,
    cut_from: Option<NaiveDate>,
) {
    document.heading(&if continued {
        calendar_continued()
    } else {
        calendar_heading()
    });
    if !continued {
        document.paragraph(&calendar_intro(), BODY, false, PALETTE.muted_text);
    }
    if let Some(start) = cut_from {
        document.paragraph(
            &calendar_cut_sentence(MAX_MONTHS, start),
            BODY,
            false,
            PALETTE.text,
        );
    }
    legend(document, words);
}

/// Two lines: the pain scale 0 to 10 and a day with nothing logged; the infusion marks.
fn legend(document: &mut Document<'_>, words: &CalendarWords) {
    let swatch = (13.0, 10.0);
    let (left, top) = document.reserve(LEGEND_ROW);
    document.text_at(
        (left, top + 8.0),
        &words.pain,
        (BODY, true),
        PALETTE.text,
        false,
    );
    let mut x = left + document.text_width(&words.pain, BODY, true) + 4.0;
    for pain in 0..=10_u8 {
        document.rect(
            (x, top, swatch.0, swatch.1),
            Some(PALETTE.pain_colour(pain)),
            None,
        );
        document.text_at(
            (x + swatch.0 / 2.0, top + 7.5),
            &pain.to_string(),
            (6.0, false),
            PALETTE.text_on_pain,
            true,
        );
        x += swatch.0;
    }
    x += 10.0;
    let item =
        |document: &mut Document<'_>, (x, top): (&mut f32, f32), fill, border, text: &str| {
            document.rect((*x, top, swatch.0, swatch.1), fill, Some(border));
            *x += swatch.0 + 3.0;
            document.text_at((*x, top + 8.0), text, (BODY, false), PALETTE.text, false);
            *x += document.text_width(text, BODY, false) + 10.0;
        };
    item(
        document,
        (&mut x, top),
        None,
        (PALETTE.rule, 0.6),
        &words.no_entry,
    );
    let (left, top) = document.reserve(LEGEND_ROW);
    let mut x = left;
    for (mark, text) in [
        (Mark::Done(Phase::Loading), &words.loading),
        (Mark::Done(Phase::Maintenance), &words.maintenance),
    ] {
        let colour = mark_colour(mark);
        item(document, (&mut x, top), Some(colour), (colour, 0.6), text);
    }
    item(
        document,
        (&mut x, top),
        Some(PALETTE.background),
        (PALETTE.planned, 1.2),
        &words.planned,
    );
    document.gap(4.0);
}

fn month_block(
    document: &mut Document<'_>,
    words: &CalendarWords,
    month: &Month,
    cell: (f32, f32),
) {
    let (left, top) = document.reserve(month_height(month, cell.1) - MONTH_GAP);
    document.text_at(
        (left, top + MONTH_TITLE),
        &month_title(month.first),
        (MONTH_TITLE, true),
        PALETTE.text,
        false,
    );
    let header = top + MONTH_TITLE * 1.4;
    for (column, name) in words.weekdays.iter().enumerate() {
        let x = left + column as f32 * cell.0;
        document.text_at(
            (x + cell.0 / 2.0, header + 8.0),
            name,
            (7.0, true),
            PALETTE.muted_text,
            true,
        );
    }
    let grid = header + WEEKDAY_ROW;
    for (row, week) in month.weeks.iter().enumerate() {
        for (column, slot) in week.iter().enumerate() {
            if let Some(day) = slot {
                let x = left + column as f32 * cell.0;
                let y = grid + row as f32 * cell.1;
                day_cell(document, words, day, (x, y, cell.0, cell.1));
            }
        }
    }
    document.gap(MONTH_GAP);
}

fn day_cell(
    document: &mut Document<'_>,
    words: &CalendarWords,
    day: &Day,
    (x, y, width, height): (f32, f32, f32, f32),
) {
    let number = day.date.day().to_string();
    if !day.in_period {
        document.text_at(
            (x + 3.0, y + 2.0 + DAY_NUMBER),
            &number,
            (DAY_NUMBER, false),
            PALETTE.rule,
            false,
        );
        return;
    }
    let fill = day.pain.map(|pain| PALETTE.pain_colour(pain));
    document.rect((x, y, width, height), fill, Some((PALETTE.rule, 0.6)));
    let on_fill = if fill.is_some() {
        PALETTE.text_on_pain
    } else {
        PALETTE.muted_text
    };
    document.text_at(
        (x + 3.0, y + 2.0 + DAY_NUMBER),
        &number,
        (DAY_NUMBER, false),
        on_fill,
        false,
    );
    let band = if day.mark.is_some() { MARK_BAND } else { 0.0 };
    if let Some(pain) = day.pain {
        let middle = y + (height - band) / 2.0;
        document.text_at(
            (x + width / 2.0, middle + PAIN_NUMBER * 0.36),
            &pain.to_string(),
            (PAIN_NUMBER, true),
            PALETTE.text_on_pain,
            true,
        );
    }
    if let Some(mark) = day.mark {
        let band_box = (
            x + 1.0,
            y + height - MARK_BAND - 1.0,
            width - 2.0,
            MARK_BAND,
        );
        let (fill, text_colour, label) = match mark {
            Mark::Done(_) => (
                mark_colour(mark),
                PALETTE.background,
                words.infusion_done.as_str(),
            ),
            Mark::Planned => (
                PALETTE.background,
                PALETTE.planned,
                words.infusion_planned.as_str(),
            ),
        };
        document.rect(band_box, Some(fill), Some((mark_colour(mark), 1.0)));
        document.text_at(
            (x + width / 2.0, band_box.1 + MARK_BAND - 2.0),
            label,
            (MARK_TEXT, true),
            text_colour,
            true,
        );
    }
}

/// The calendar of `period`, on new pages after the summary. Nothing when the period has no
/// entries and no infusions (page 1 says so).
pub(super) fn calendar_pages(
    document: &mut Document<'_>,
    journal: &Journal,
    analysis: &Analysis,
    period: DateRange,
) {
    if entries_in(journal, period).next().is_none()
        && infusions_in(journal, period).next().is_none()
    {
        return;
    }
    let shown = shown_period(period);
    let months = months(journal, analysis, shown);
    // The cell height that fits three six-week months under the page top.
    let fixed = 70.0 + 2.0 * LEGEND_ROW + 3.0 * (MONTH_TITLE * 1.4 + WEEKDAY_ROW + MONTH_GAP);
    let height =
        ((document.page_height() - fixed) / WEEKS_PER_PAGE).clamp(CELL_HEIGHT.0, CELL_HEIGHT.1);
    let cell = (document.content_width() / 7.0, height);
    let words = CalendarWords::new();
    document.new_page();
    page_top(
        document,
        &words,
        false,
        (shown.start > period.start).then_some(shown.start),
    );
    for month in &months {
        if month_height(month, cell.1) > document.room() {
            document.new_page();
            page_top(document, &words, true, None);
        }
        month_block(document, &words, month, cell);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::analysis::analyze;
    use crate::domain::{Entry, Infusion, Score};

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn months_hold_the_weeks_of_the_period_monday_first() {
        let mut journal = Journal::default();
        journal
            .entries
            .push(Entry::new(day("2026-11-02"), Score::saturating(6)));
        journal
            .entries
            .push(Entry::new(day("2026-10-31"), Score::saturating(3)));
        journal.infusions.push(Infusion::done(day("2026-11-02")));
        journal.infusions.push(Infusion::planned(day("2026-11-04")));
        // Friday 30 October to Wednesday 4 November 2026.
        let period = DateRange {
            start: day("2026-10-30"),
            end: day("2026-11-04"),
        };
        let analysis = analyze(&journal, period.end);
        let months = months(&journal, &analysis, period);
        assert_eq!(months.len(), 2);
        // October: one week, 26 to 31 October; 30 and 31 in the period; the Sunday is November's.
        let october = &months[0];
        assert_eq!(october.first, day("2026-10-01"));
        assert_eq!(october.weeks.len(), 1);
        let week = october.weeks[0];
        assert_eq!(week[0].unwrap().date, day("2026-10-26"));
        assert!(!week[0].unwrap().in_period);
        assert!(week[4].unwrap().in_period);
        assert_eq!(week[5].unwrap().pain, Some(3));
        assert_eq!(week[6], None);
        // November: Sunday 1 alone in the first week, then 2 to 8 November.
        let november = &months[1];
        assert_eq!(november.weeks.len(), 2);
        assert_eq!(november.weeks[0][..6], [None; 6]);
        assert_eq!(november.weeks[0][6].unwrap().date, day("2026-11-01"));
        let monday = november.weeks[1][0].unwrap();
        assert_eq!(monday.pain, Some(6));
        assert_eq!(monday.mark, Some(Mark::Done(Phase::Loading)));
        assert_eq!(november.weeks[1][2].unwrap().mark, Some(Mark::Planned));
        // 5 November lies after the period: greyed, without a mark.
        let after = november.weeks[1][3].unwrap();
        assert!(!after.in_period);
        assert_eq!(after.pain, None);
    }

    #[test]
    fn a_one_day_period_is_one_week() {
        let journal = Journal::default();
        let period = DateRange {
            start: day("2026-11-28"),
            end: day("2026-11-28"),
        };
        let analysis = analyze(&journal, period.end);
        let months = months(&journal, &analysis, period);
        assert_eq!(months.len(), 1);
        assert_eq!(months[0].weeks.len(), 1);
        let in_period: Vec<NaiveDate> = months[0].weeks[0]
            .iter()
            .flatten()
            .filter(|day| day.in_period)
            .map(|day| day.date)
            .collect();
        assert_eq!(in_period, [day("2026-11-28")]);
    }

    #[test]
    fn a_long_period_shows_its_last_twelve_months() {
        let two_years = DateRange {
            start: day("2024-11-29"),
            end: day("2026-11-28"),
        };
        assert_eq!(
            shown_period(two_years),
            DateRange {
                start: day("2025-12-01"),
                end: day("2026-11-28"),
            }
        );
        let year = DateRange {
            start: day("2026-01-01"),
            end: day("2026-12-31"),
        };
        assert_eq!(shown_period(year), year);
    }

    #[test]
    fn pain_numbers_read_on_the_print_pain_colours() {
        for pain in 0..=10 {
            let ratio = PALETTE.text_on_pain.contrast(PALETTE.pain_colour(pain));
            assert!(ratio >= 4.5, "pain {pain}: {ratio:.2}");
        }
    }
}
