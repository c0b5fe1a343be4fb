//! How the report's calendar reads: its heading, what a day's colour and number mean, the
//! legend and the month and weekday names.

use chrono::NaiveDate;

/// The heading of the calendar pages.
pub const CALENDAR_HEADING: &str = "Calendar: pain by day";

/// The heading on the calendar's later pages.
pub const CALENDAR_CONTINUED: &str = "Calendar: pain by day (continued)";

/// What a day's colour and number mean.
pub const CALENDAR_INTRO: &str = "Each day's colour and number: the pain logged that day, from 0 (no pain) to 10 (worst imaginable). White: nothing logged. Days outside the report period are greyed.";

/// Legend: a day without an entry.
pub const NO_ENTRY: &str = "nothing logged";

/// Legend and day mark: a done infusion.
pub const INFUSION_DONE: &str = "infusion";

/// Legend and day mark: a planned infusion.
pub const INFUSION_PLANNED: &str = "planned";

/// Legend: the loading phase's infusions.
pub const LOADING_LEGEND: &str = "infusion (loading)";

/// Legend: maintenance infusions.
pub const MAINTENANCE_LEGEND: &str = "infusion (maintenance)";

/// Legend: a planned infusion.
pub const PLANNED_LEGEND: &str = "planned infusion";

/// Legend: the pain scale's title.
pub const PAIN_LEGEND: &str = "Pain";

/// Column headings, Monday first.
pub const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// A month's title: `November 2026`.
pub fn month_title(first: NaiveDate) -> String {
    first.format("%B %Y").to_string()
}

/// Said when a long period's calendar shows only its last `months` months, from `start`.
pub fn calendar_cut_sentence(months: u32, start: NaiveDate) -> String {
    format!(
        "The calendar shows the period's last {months} months, from {}.",
        super::date(start)
    )
}
