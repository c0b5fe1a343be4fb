//! Dates on a numeric chart axis, and the visible date range.

use chrono::{Datelike, Duration, NaiveDate};

use crate::t;
use crate::wording::format::{day_month, short_month_year};

/// A date as a number for a chart axis: days since 1 January of year 1.
pub fn day_number(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

/// The date at an axis position (rounded to the nearest day), if it is a valid date.
pub fn date_at(day_number: f64) -> Option<NaiveDate> {
    let rounded = day_number.round();
    if !rounded.is_finite() || rounded.abs() > f64::from(i32::MAX) {
        return None;
    }
    NaiveDate::from_num_days_from_ce_opt(rounded as i32)
}

/// A date label for an axis tick: "Mar 2026" when the visible range is long, "12 Mar" when short,
/// with the month named in the current language.
pub fn tick_label(day_number: f64, visible_days: f64) -> String {
    match date_at(day_number) {
        Some(date) if visible_days > 120.0 => short_month_year(date),
        Some(date) => day_month(date),
        None => String::new(),
    }
}

/// Days in "the last three months": the timeline's button and the default report period.
pub const THREE_MONTHS_DAYS: i64 = 91;

/// The date ranges a timeline can show at the press of a button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangePreset {
    /// The last three months.
    ThreeMonths,
    /// The last year.
    OneYear,
    /// Everything.
    All,
}

impl RangePreset {
    /// All presets, in button order.
    pub const ALL: [Self; 3] = [Self::ThreeMonths, Self::OneYear, Self::All];

    /// The button label, in the current language.
    pub fn label(self) -> String {
        match self {
            Self::ThreeMonths => t!("chart-range-three-months"),
            Self::OneYear => t!("chart-range-one-year"),
            Self::All => t!("chart-range-all"),
        }
    }

    /// The range this preset shows for data from `first` to `last`.
    pub fn range(self, first: NaiveDate, last: NaiveDate) -> DateRange {
        let start = match self {
            Self::ThreeMonths => last - Duration::days(THREE_MONTHS_DAYS),
            Self::OneYear => last - Duration::days(365),
            Self::All => first,
        };
        DateRange {
            start: start.max(first).min(last),
            end: last,
        }
    }
}

/// A closed range of dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    /// First day shown.
    pub start: NaiveDate,
    /// Last day shown.
    pub end: NaiveDate,
}

impl DateRange {
    /// The default report period: the three months ([`THREE_MONTHS_DAYS`]) up to `today`.
    pub fn last_three_months(today: NaiveDate) -> Self {
        Self {
            start: today - Duration::days(THREE_MONTHS_DAYS),
            end: today,
        }
    }

    /// Whether `date` lies in the range.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// Days in the range, counting both ends.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// The first day of each month inside the range, for axis ticks.
    pub fn month_starts(&self) -> Vec<NaiveDate> {
        let mut month = NaiveDate::from_ymd_opt(self.start.year(), self.start.month(), 1);
        let mut starts = Vec::new();
        while let Some(date) = month {
            if date > self.end {
                break;
            }
            if date >= self.start {
                starts.push(date);
            }
            month = date.checked_add_months(chrono::Months::new(1));
        }
        starts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn day_numbers_round_trip() {
        let date = day("2026-04-17");
        assert_eq!(date_at(day_number(date)), Some(date));
        assert_eq!(day_number(day("2026-04-18")) - day_number(date), 1.0);
        assert_eq!(date_at(f64::NAN), None);
    }

    #[test]
    fn presets_end_at_the_last_day_and_never_start_before_the_first() {
        let first = day("2025-01-01");
        let last = day("2026-11-28");
        assert_eq!(RangePreset::All.range(first, last).start, first);
        assert_eq!(
            RangePreset::OneYear.range(first, last).start,
            day("2025-11-28")
        );
        assert_eq!(RangePreset::ThreeMonths.range(first, last).days(), 92);
        let short = RangePreset::OneYear.range(day("2026-10-01"), last);
        assert_eq!(short.start, day("2026-10-01"));
    }

    #[test]
    fn month_starts_fall_inside_the_range() {
        let range = DateRange {
            start: day("2026-01-15"),
            end: day("2026-04-01"),
        };
        let starts: Vec<String> = range
            .month_starts()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(starts, ["2026-02-01", "2026-03-01", "2026-04-01"]);
    }
}
