//! How the report's calendar reads: its heading, what a day's colour and number mean, the
//! legend and the month and weekday names.

use chrono::{NaiveDate, Weekday};

use crate::t;

/// The heading of the calendar pages.
pub fn calendar_heading() -> String {
    t!("report-calendar-heading")
}

/// The heading on the calendar's later pages.
pub fn calendar_continued() -> String {
    t!("report-calendar-continued")
}

/// What a day's colour and number mean.
pub fn calendar_intro() -> String {
    t!("report-calendar-intro")
}

/// The words of the calendar's legend and day marks, worded once per report rather than once
/// per day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarWords {
    /// Legend: a day without an entry.
    pub no_entry: String,
    /// Day mark: a done infusion.
    pub infusion_done: String,
    /// Day mark: a planned infusion.
    pub infusion_planned: String,
    /// Legend: the loading phase's infusions.
    pub loading: String,
    /// Legend: maintenance infusions.
    pub maintenance: String,
    /// Legend: a planned infusion.
    pub planned: String,
    /// Legend: the pain scale's title.
    pub pain: String,
    /// Column headings, Monday first.
    pub weekdays: [String; 7],
}

impl CalendarWords {
    /// The words in the current language.
    pub fn new() -> Self {
        Self {
            no_entry: t!("report-calendar-nothing-logged"),
            infusion_done: t!("report-calendar-infusion"),
            infusion_planned: t!("report-calendar-planned"),
            loading: t!("report-calendar-loading"),
            maintenance: t!("report-calendar-maintenance"),
            planned: t!("report-calendar-planned-infusion"),
            pain: t!("report-calendar-pain"),
            weekdays: [
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
                Weekday::Sat,
                Weekday::Sun,
            ]
            .map(super::format::weekday_abbreviation_of),
        }
    }
}

impl Default for CalendarWords {
    fn default() -> Self {
        Self::new()
    }
}

/// A month's title: `November 2026`, `Noviembre de 2026`.
pub fn month_title(first: NaiveDate) -> String {
    super::format::month_year_heading(first)
}

/// Said when a long period's calendar shows only its last `months` months, from `start`.
pub fn calendar_cut_sentence(months: u32, start: NaiveDate) -> String {
    t!(
        "report-calendar-cut",
        months = months,
        date = super::date(start)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Locale;
    use crate::wording::language::with_locale;

    #[test]
    fn months_and_weekdays_are_named_in_the_language() {
        let november = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default();
        assert_eq!(month_title(november), "November 2026");
        assert_eq!(CalendarWords::new().weekdays[0], "Mon");
        let spanish = Locale::parse("es_MX").unwrap_or_default();
        with_locale(spanish, || {
            assert_eq!(month_title(november), "Noviembre de 2026");
            let words = CalendarWords::new();
            assert_eq!(words.weekdays[0], "lun");
            assert_eq!(words.weekdays[6], "dom");
            assert_eq!(words.infusion_planned, "programada");
        });
    }
}
