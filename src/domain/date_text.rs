//! Dates as people type or paste them: ISO dates, numeric dates in a chosen order, English month
//! names with or without a year, and the words "today" and "yesterday".
//!
//! One function, [`read_date`], for every place that accepts a typed date: the import of tables
//! and of other trackers' exports, pasted infusion dates, and later the app's date fields. It
//! never guesses: a numeric date that reads two ways is refused with both readings named.

use chrono::{Datelike, Duration, NaiveDate};

/// Which part of a numeric date like `03/04/2025` comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// Year, month, day (`2025/04/03`).
    Ymd,
    /// Day, month, year (`03/04/2025` is 3 April), as in most of Europe.
    Dmy,
    /// Month, day, year (`03/04/2025` is 4 March), as in the United States.
    Mdy,
}

impl DateOrder {
    /// The order named `ymd`, `dmy` or `mdy` (any case), or `None`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "ymd" => Some(Self::Ymd),
            "dmy" => Some(Self::Dmy),
            "mdy" => Some(Self::Mdy),
            _ => None,
        }
    }

    /// The order's name as in `--date-order`: `ymd`, `dmy` or `mdy`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Ymd => "ymd",
            Self::Dmy => "dmy",
            Self::Mdy => "mdy",
        }
    }
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateTextError {
    /// A numeric date that reads as two different days; a date order settles it.
    #[error("\"{text}\" could be {day_first} or {month_first}")]
    Ambiguous {
        /// The text as given.
        text: String,
        /// The day-first reading, e.g. `3 April 2025`.
        day_first: String,
        /// The month-first reading, e.g. `4 March 2025`.
        month_first: String,
    },
    /// Not a date in any accepted form, or a day that does not exist.
    #[error("\"{text}\" is not a date; expected {}", DATE_TEXT_ALLOWED)]
    NotADate {
        /// The text as given.
        text: String,
    },
}

/// The forms [`read_date`] accepts, for messages.
pub const DATE_TEXT_ALLOWED: &str = "a date such as 2025-04-03, 03/04/2025 (with a date order), 3 April 2025, 22nd Jan 2022, Jan 22, 2022, today or yesterday, between 1900 and 2199";

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Reads a date typed or pasted by a person.
///
/// Accepted, with leading and trailing spaces ignored and letters in any case:
/// - ISO `2025-04-03` (also with `/` or `.`, and with a time after it, which is dropped);
/// - numeric `03/04/2025`, `3.4.25`, `03-04-2025`, and `03/04` (the year of `reference`): read
///   in `order`; without one, a date whose
///   day and month could swap (both 12 or less and different) is refused as
///   [`DateTextError::Ambiguous`]; two-digit years are 2000 to 2099;
/// - English month names, full or the first three letters (and `Sept`), with an optional
///   ordinal suffix and weekday: `22nd Jan 2022`, `Jan 22, 2022`, `12 January 2026`,
///   `Monday 12 January 2026`, `12 Jan` (the year of `reference`);
/// - `today` and `yesterday`, relative to `reference`.
///
/// # Errors
/// [`DateTextError`] naming the text, and both readings when it is ambiguous. Years outside
/// 1900 to 2199 are refused, as everywhere in the journal.
pub fn read_date(
    text: &str,
    order: Option<DateOrder>,
    reference: NaiveDate,
) -> Result<NaiveDate, DateTextError> {
    let trimmed = text.trim();
    let not_a_date = || DateTextError::NotADate {
        text: trimmed.to_owned(),
    };
    // A time after an ISO date ("2025-04-03 00:00:00", "2025-04-03T08:30"), as spreadsheets
    // write dates, is dropped.
    let trimmed = match (trimmed.get(..10), trimmed.get(10..11)) {
        (Some(date), Some("T" | " ")) if date.as_bytes()[4..5] == [b'-'] => date,
        _ => trimmed,
    };
    let lower = trimmed.to_lowercase();
    let date = match lower.as_str() {
        "today" => Some(reference),
        "yesterday" => reference.checked_sub_signed(Duration::days(1)),
        _ if lower.chars().any(char::is_alphabetic) => named_month_date(&lower, reference),
        _ => {
            return numeric_date(trimmed, order, reference)
                .and_then(|date| in_range(date).ok_or_else(not_a_date));
        }
    };
    date.and_then(in_range).ok_or_else(not_a_date)
}

fn in_range(date: NaiveDate) -> Option<NaiveDate> {
    (1900..=2199).contains(&date.year()).then_some(date)
}

/// A four-digit year, or a two-digit one in 2000 to 2099.
fn year_of(digits: &str) -> Option<i32> {
    let value: i32 = digits.parse().ok()?;
    match digits.len() {
        4 => Some(value),
        2 => Some(2000 + value),
        _ => None,
    }
}

fn numeric_date(
    text: &str,
    order: Option<DateOrder>,
    reference: NaiveDate,
) -> Result<NaiveDate, DateTextError> {
    let not_a_date = || DateTextError::NotADate {
        text: text.to_owned(),
    };
    let mut parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    // Day and month without a year (12/01) are in the year of `reference`.
    let year = reference.year().to_string();
    if parts.len() == 2 && parts.iter().all(|part| part.len() <= 2) {
        parts.push(&year);
    }
    let [first, second, third] = parts.as_slice() else {
        return Err(not_a_date());
    };
    let all_digits = parts.iter().all(|part| {
        !part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit())
    });
    if !all_digits {
        return Err(not_a_date());
    }
    let number = |part: &str| part.parse::<u32>().ok();
    if first.len() == 4 {
        // A year first is always year, month, day.
        let date = year_of(first)
            .zip(number(second).zip(number(third)))
            .and_then(|(year, (month, day))| NaiveDate::from_ymd_opt(year, month, day));
        return date.ok_or_else(not_a_date);
    }
    let (Some(year), Some(a), Some(b)) = (year_of(third), number(first), number(second)) else {
        return Err(not_a_date());
    };
    let day_first = NaiveDate::from_ymd_opt(year, b, a);
    let month_first = NaiveDate::from_ymd_opt(year, a, b);
    match order {
        Some(DateOrder::Dmy) => day_first.ok_or_else(not_a_date),
        Some(DateOrder::Mdy) => month_first.ok_or_else(not_a_date),
        Some(DateOrder::Ymd) => Err(not_a_date()),
        None => match (day_first, month_first) {
            (Some(day_first), Some(month_first)) if day_first != month_first => {
                Err(DateTextError::Ambiguous {
                    text: text.to_owned(),
                    day_first: long_date(day_first),
                    month_first: long_date(month_first),
                })
            }
            (Some(date), _) | (None, Some(date)) => Ok(date),
            (None, None) => Err(not_a_date()),
        },
    }
}

/// A date as `3 April 2025`.
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// The month numbered from 1 named by `word` (a full English name or its first three letters,
/// or `sept`).
fn month_named(word: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|name| {
            word == *name
                || (word.len() >= 3 && name.starts_with(word))
                || word == "sept" && *name == "september"
        })
        .and_then(|index| u32::try_from(index + 1).ok())
}

/// A date with the month as a word: a day number, a month name and an optional year in either
/// of the usual English orders; weekday names and `of` are skipped.
fn named_month_date(lower: &str, reference: NaiveDate) -> Option<NaiveDate> {
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for word in lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '-' | '/'))
        .filter(|word| !word.is_empty())
    {
        if word == "of"
            || WEEKDAYS
                .iter()
                .any(|name| *name == word || (word.len() >= 3 && name.starts_with(word)))
        {
            continue;
        }
        if let Some(number) = month_named(word) {
            if month.replace(number).is_some() {
                return None;
            }
            continue;
        }
        let digits = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|suffix| word.strip_suffix(suffix))
            .unwrap_or(word);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let is_ordinal = digits.len() != word.len();
        if digits.len() == 4 && !is_ordinal {
            if year.replace(year_of(digits)?).is_some() {
                return None;
            }
        } else if digits.len() <= 2 && day.is_none() {
            day = Some(digits.parse::<u32>().ok()?);
        } else {
            return None;
        }
    }
    NaiveDate::from_ymd_opt(year.unwrap_or(reference.year()), month?, day?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn read(text: &str, order: Option<DateOrder>) -> Result<NaiveDate, DateTextError> {
        read_date(text, order, day("2026-03-10"))
    }

    #[test]
    fn day_and_month_without_a_year_are_in_the_reference_year() {
        assert_eq!(read("12/01", Some(DateOrder::Dmy)), Ok(day("2026-01-12")));
        assert_eq!(read("12/01", Some(DateOrder::Mdy)), Ok(day("2026-12-01")));
        assert_eq!(read("25.12", None), Ok(day("2026-12-25")));
        assert!(matches!(
            read("12/01", None),
            Err(DateTextError::Ambiguous { .. })
        ));
        assert!(matches!(
            read("12/1234", None),
            Err(DateTextError::NotADate { .. })
        ));
    }

    #[test]
    fn iso_dates_read_with_any_separator_and_a_time_dropped() {
        for text in [
            "2025-04-03",
            " 2025/04/03 ",
            "2025.4.3",
            "2025-04-03 00:00:00",
            "2025-04-03T08:30",
        ] {
            assert_eq!(read(text, None), Ok(day("2025-04-03")), "{text}");
        }
        assert_eq!(
            read("2025-04-03", Some(DateOrder::Dmy)),
            Ok(day("2025-04-03"))
        );
    }

    #[test]
    fn numeric_dates_follow_the_order_given() {
        assert_eq!(
            read("03/04/2025", Some(DateOrder::Dmy)),
            Ok(day("2025-04-03"))
        );
        assert_eq!(
            read("03/04/2025", Some(DateOrder::Mdy)),
            Ok(day("2025-03-04"))
        );
        assert_eq!(read("3.4.25", Some(DateOrder::Dmy)), Ok(day("2025-04-03")));
        assert_eq!(
            read("03-04-2025", Some(DateOrder::Mdy)),
            Ok(day("2025-03-04"))
        );
        // A day above 12 can only be read one way, with or without an order.
        assert_eq!(read("22/01/2022", None), Ok(day("2022-01-22")));
        assert_eq!(read("01/22/2022", None), Ok(day("2022-01-22")));
        assert_eq!(read("05/05/2025", None), Ok(day("2025-05-05")));
        // An order that does not fit is not silently swapped.
        assert!(read("22/01/2022", Some(DateOrder::Mdy)).is_err());
    }

    #[test]
    fn an_ambiguous_date_names_both_readings() {
        let error = read("03/04/2025", None).unwrap_err();
        assert_eq!(
            error.to_string(),
            "\"03/04/2025\" could be 3 April 2025 or 4 March 2025"
        );
    }

    #[test]
    fn month_names_read_in_the_usual_english_forms() {
        for (text, expected) in [
            ("22nd Jan 2022", "2022-01-22"),
            ("Jan 22, 2022", "2022-01-22"),
            ("12 January 2026", "2026-01-12"),
            ("1st of March 2024", "2024-03-01"),
            ("Sept 3rd, 2023", "2023-09-03"),
            ("Monday 12 January 2026", "2026-01-12"),
            ("12-Jan-2026", "2026-01-12"),
            ("DECEMBER 31 1999", "1999-12-31"),
        ] {
            assert_eq!(read(text, None), Ok(day(expected)), "{text}");
        }
    }

    #[test]
    fn a_missing_year_and_words_take_the_reference_day() {
        assert_eq!(read("12 Jan", None), Ok(day("2026-01-12")));
        assert_eq!(read("today", None), Ok(day("2026-03-10")));
        assert_eq!(read(" Yesterday ", None), Ok(day("2026-03-09")));
    }

    #[test]
    fn what_is_not_a_date_is_refused() {
        for text in [
            "",
            "soon",
            "31/02/2025",
            "2025-13-01",
            "30 February 2024",
            "Jan Feb 2022",
            "12 13 Jan 2022",
            "2025-04",
            "1/2/3/4",
            "12 Jan 1850",
            "03/04/2025 10:00",
        ] {
            let error = read(text, Some(DateOrder::Dmy)).unwrap_err();
            assert!(
                matches!(error, DateTextError::NotADate { .. }),
                "{text}: {error}"
            );
        }
    }
}
