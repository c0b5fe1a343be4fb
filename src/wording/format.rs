//! Dates and numbers as the current thread's locale writes them: the one place that formats a
//! date or a number for a person to read.
//!
//! Month and weekday names and the decimal mark come from the region's conventions (see
//! [`crate::domain::Locale`]); the order of a date's parts and the spacing of a percentage are
//! Fluent messages, so each language decides them. What machines read (CSV, JSON, ISO dates,
//! `analyze --json`) never goes through here.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use crate::t;
use crate::wording::language::current_locale;

/// `6.5` (es-MX, en) or `6,5` (es-ES): `value` rounded to `places` decimals, with the region's
/// decimal mark. `-0.0` prints as `0.0`.
pub fn decimal(value: f64, places: usize) -> String {
    let value = if value == 0.0 { 0.0 } else { value };
    let text = format!("{value:.places$}");
    match current_locale().decimal_mark() {
        "." => text,
        mark => text.replace('.', mark),
    }
}

/// How many things there are, as a Fluent number argument (its plural forms need one).
pub fn count(items: usize) -> i64 {
    i64::try_from(items).unwrap_or(i64::MAX)
}

/// A value with at most one decimal, the decimal dropped when it is zero: `30`, `32.5`, `6,5`.
pub fn number(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if (rounded - rounded.round()).abs() < 1e-9 {
        decimal(rounded, 0)
    } else {
        decimal(rounded, 1)
    }
}

/// A number as it was given, without needless zeros and with the region's decimal mark, to at
/// most three decimals: `5`, `0.75`, `7.25` (es-ES `7,25`). For limits and amounts that must
/// not be rounded for the reader (a bound of `0.75` is not `0.8`).
pub fn exact(value: f64) -> String {
    let rounded = (value * 1000.0).round() / 1000.0;
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    let text = format!("{rounded}");
    match current_locale().decimal_mark() {
        "." => text,
        mark => text.replace('.', mark),
    }
}

/// A percentage with at most one decimal: `30%` in English, as the language writes it.
pub fn percent(value: f64) -> String {
    t!("format-percent", value = number(value))
}

/// A percentage rounded to a whole number: `61%`.
pub fn whole_percent(value: f64) -> String {
    t!("format-percent", value = decimal(value, 0))
}

/// The month of `date`, abbreviated as the locale writes it: `Nov`, `nov`.
pub fn month_abbreviation(date: NaiveDate) -> &'static str {
    let months = current_locale().month_abbreviations();
    months
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default()
}

fn month_name(date: NaiveDate) -> &'static str {
    let months = current_locale().month_names();
    months
        .get(date.month0() as usize)
        .copied()
        .unwrap_or_default()
}

/// The weekday of `date`, abbreviated as the locale writes it: `Sat`, `sáb`.
pub fn weekday_abbreviation(date: NaiveDate) -> &'static str {
    let days = current_locale().weekday_abbreviations();
    days.get(date.weekday().num_days_from_sunday() as usize)
        .copied()
        .unwrap_or_default()
}

fn weekday_name(date: NaiveDate) -> &'static str {
    let days = current_locale().weekday_names();
    days.get(date.weekday().num_days_from_sunday() as usize)
        .copied()
        .unwrap_or_default()
}

/// A date as sentences and tables print it: `17 Apr 2026`, `17 abr 2026`.
pub fn date(date: NaiveDate) -> String {
    t!(
        "format-date",
        day = date.day(),
        month = month_abbreviation(date),
        year = date.year()
    )
}

/// A day with its weekday, as the app names days: `Sat 28 Nov 2026`, `sáb 28 nov 2026`.
pub fn weekday_date(date: NaiveDate) -> String {
    t!(
        "format-date-weekday",
        weekday = weekday_abbreviation(date),
        day = date.day(),
        month = month_abbreviation(date),
        year = date.year()
    )
}

/// A day with its weekday, without the year, as a label or a cell names it: `Sat 28 Nov`,
/// `sáb, 28 nov`.
pub fn weekday_day_month(date: NaiveDate) -> String {
    t!(
        "format-day-month-weekday",
        weekday = weekday_abbreviation(date),
        day = date.day(),
        month = month_abbreviation(date)
    )
}

/// The weekday as a date inside a sentence names it: `Sat` in English, `sábado` in Spanish,
/// which writes it out after *de*, *del* or *el*.
fn weekday_in_sentence(date: NaiveDate) -> String {
    t!(
        "format-weekday-in-sentence",
        weekday = date.weekday().num_days_from_sunday()
    )
}

/// A day with its weekday inside a sentence ("the entry for …", "Pain on …"): `Sat 28 Nov 2026`,
/// `sábado 28 nov 2026` (so Spanish reads "del sábado 28 nov 2026", never "del sáb, 28 nov").
pub fn weekday_date_in_sentence(date: NaiveDate) -> String {
    t!(
        "format-date-weekday-in-sentence",
        weekday = weekday_in_sentence(date),
        day = date.day(),
        month = month_abbreviation(date),
        year = date.year()
    )
}

/// [`weekday_date_in_sentence`] without the year: `Sun 29 Nov`, `domingo 29 nov`.
pub fn weekday_day_month_in_sentence(date: NaiveDate) -> String {
    t!(
        "format-day-month-weekday-in-sentence",
        weekday = weekday_in_sentence(date),
        day = date.day(),
        month = month_abbreviation(date)
    )
}

/// A date written out: `3 April 2025`, `3 de abril de 2025`.
pub fn long_date(date: NaiveDate) -> String {
    t!(
        "format-date-long",
        day = date.day(),
        month = month_name(date),
        year = date.year()
    )
}

/// A day with its full weekday written out: `Saturday 28 November 2026`, `sábado 28 de
/// noviembre de 2026`.
pub fn long_weekday_date(date: NaiveDate) -> String {
    t!(
        "format-date-long-weekday",
        weekday = weekday_name(date),
        day = date.day(),
        month = month_name(date),
        year = date.year()
    )
}

/// A day and month without the year: `17 Apr`, `17 abr`.
pub fn day_month(date: NaiveDate) -> String {
    t!(
        "format-day-month",
        day = date.day(),
        month = month_abbreviation(date)
    )
}

/// A month and year: `April 2026`, `abril de 2026`.
pub fn month_year(date: NaiveDate) -> String {
    t!(
        "format-month-year",
        month = month_name(date),
        year = date.year()
    )
}

/// A month and year abbreviated, as a chart axis labels it: `Apr 2026`, `abr 2026`.
pub fn short_month_year(date: NaiveDate) -> String {
    t!(
        "format-short-month-year",
        month = month_abbreviation(date),
        year = date.year()
    )
}

/// A day with its weekday inside a sentence, after a preposition ("the entry for …"): `Sat 28
/// Nov 2026`, `sábado 28 nov 2026`. Each language says (`format-weekday-in-text`) whether the
/// weekday is abbreviated there or written out: Spanish writes it out, as "del mar, 10 nov" would
/// read "of the sea".
pub fn weekday_date_in_text(date: NaiveDate) -> String {
    let form = crate::wording::language::loader().get("format-weekday-in-text");
    let weekday = if form.trim() == "full" {
        weekday_name(date)
    } else {
        weekday_abbreviation(date)
    };
    t!(
        "format-date-weekday-in-text",
        weekday = weekday,
        day = date.day(),
        month = month_abbreviation(date),
        year = date.year()
    )
}

/// A date and a time of day, as a list of backups shows them: `28 Nov 2026, 14:05`.
pub fn date_time(moment: NaiveDateTime) -> String {
    t!(
        "format-date-time",
        date = date(moment.date()),
        time = moment.format("%H:%M").to_string()
    )
}

/// A date with a two-digit year, as a chart's axis labels its bars: `12 Mar 26`, `12 mar 26`.
pub fn date_short_year(date: NaiveDate) -> String {
    t!(
        "format-date-short-year",
        day = date.day(),
        month = month_abbreviation(date),
        year = format!("{:02}", date.year().rem_euclid(100))
    )
}

/// A month and year as a heading starts with them: `November 2026`, `Noviembre de 2026` (the
/// month's name capitalised, as a heading's first word).
pub fn month_year_heading(date: NaiveDate) -> String {
    let name = month_name(date);
    let mut letters = name.chars();
    let capitalised: String = letters
        .next()
        .map(|first| first.to_uppercase().chain(letters).collect())
        .unwrap_or_default();
    t!("format-month-year", month = capitalised, year = date.year())
}

/// A weekday's abbreviated name, as a calendar's columns are headed: `Mon`, `lun`.
pub fn weekday_abbreviation_of(weekday: chrono::Weekday) -> String {
    let days = current_locale().weekday_abbreviations();
    let name = days
        .get(weekday.num_days_from_sunday() as usize)
        .copied()
        .unwrap_or_default();
    t!("format-weekday-heading", weekday = name)
}

/// A number with as many decimals as it has, with the region's decimal mark: `7.25`, `7,25`,
/// `45`. For values a person entered, such as hours slept or a dose, printed as entered.
pub fn entered(value: f64) -> String {
    let value = if value == 0.0 { 0.0 } else { value };
    let text = value.to_string();
    match current_locale().decimal_mark() {
        "." => text,
        mark => text.replace('.', mark),
    }
}

/// The current locale as a BCP 47 language tag, for a document's language metadata: `en-US`,
/// `es-MX`.
pub fn language_tag() -> String {
    let conventions = current_locale().conventions().to_string();
    let name = conventions.split('@').next().unwrap_or_default();
    name.replace('_', "-")
}

/// Items as a sentence lists them: `2`, `2 and 3`, `2, 3 and 5` (`2, 3 y 5`).
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.as_ref().to_owned(),
        Some((last, rest)) => {
            let head: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            t!("format-list", head = head.join(", "), last = last.as_ref())
        }
    }
}

/// A day inside a sentence with its weekday and month written out, without the year, as the
/// reminder's notification names it: `Saturday 28 November`, `sábado 28 de noviembre` (so Spanish
/// reads "del sábado 28 de noviembre").
pub fn long_weekday_day_month(date: NaiveDate) -> String {
    t!(
        "format-day-month-long-weekday",
        weekday = weekday_name(date),
        day = date.day(),
        month = month_name(date)
    )
}

/// Choices as a sentence offers them: `a4 or letter`, `system, light or dark`
/// (`system, light o dark`).
pub fn alternatives<S: AsRef<str>>(items: &[S]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.as_ref().to_owned(),
        Some((last, rest)) => {
            let head: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            t!(
                "format-alternatives",
                head = head.join(", "),
                last = last.as_ref()
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Locale;
    use crate::wording::language::with_locale;

    fn day(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
    }

    fn mexico() -> Locale {
        Locale::parse("es_MX").unwrap_or_default()
    }

    fn spain() -> Locale {
        Locale::parse("es_ES").unwrap_or_default()
    }

    #[test]
    fn english_dates_and_numbers_read_as_before() {
        let saturday = day(2026, 11, 28);
        assert_eq!(date(saturday), "28 Nov 2026");
        assert_eq!(weekday_date(saturday), "Sat 28 Nov 2026");
        assert_eq!(long_date(day(2025, 4, 3)), "3 April 2025");
        assert_eq!(decimal(6.5, 1), "6.5");
        assert_eq!(percent(30.0), "30%");
        assert_eq!(percent(32.54), "32.5%");
        assert_eq!(decimal(-0.0, 1), "0.0");
        assert_eq!(list(&["2", "3", "5"]), "2, 3 and 5");
        assert_eq!(list(&["2"]), "2");
        assert_eq!(exact(0.75), "0.75");
        assert_eq!(exact(5.0), "5");
        assert_eq!(exact(-0.0), "0");
        assert_eq!(
            alternatives(&["system", "light", "dark"]),
            "system, light or dark"
        );
        assert_eq!(weekday_day_month(saturday), "Sat 28 Nov");
        assert_eq!(weekday_date_in_sentence(saturday), "Sat 28 Nov 2026");
        assert_eq!(
            weekday_day_month_in_sentence(day(2026, 11, 29)),
            "Sun 29 Nov"
        );
    }

    #[test]
    fn spanish_dates_name_months_and_weekdays_in_spanish() {
        let saturday = day(2026, 11, 28);
        with_locale(mexico(), || {
            assert_eq!(date(day(2026, 1, 12)), "12 ene 2026");
            assert_eq!(weekday_date(saturday), "sáb, 28 nov 2026");
            assert_eq!(long_date(day(2026, 3, 3)), "3 de marzo de 2026");
            assert_eq!(month_year(day(2026, 4, 1)), "abril de 2026");
            assert_eq!(list(&["2", "3", "5"]), "2, 3 y 5");
            assert_eq!(alternatives(&["a4", "letter"]), "a4 o letter");
            assert_eq!(weekday_day_month(saturday), "sáb, 28 nov");
            // Inside a sentence, after "del" or "el", the weekday is written out.
            assert_eq!(weekday_date_in_sentence(saturday), "sábado 28 nov 2026");
            assert_eq!(
                weekday_day_month_in_sentence(day(2026, 11, 29)),
                "domingo 29 nov"
            );
            assert_eq!(
                weekday_day_month_in_sentence(day(2026, 11, 25)),
                "miércoles 25 nov"
            );
        });
    }

    #[test]
    fn the_decimal_mark_follows_the_region() {
        with_locale(mexico(), || assert_eq!(decimal(6.5, 1), "6.5"));
        with_locale(spain(), || {
            assert_eq!(decimal(6.5, 1), "6,5");
            assert_eq!(number(32.54), "32,5");
            assert_eq!(exact(7.25), "7,25");
        });
    }

    #[test]
    fn a_day_in_a_sentence_writes_out_its_weekday_and_month() {
        let saturday = day(2026, 11, 28);
        assert_eq!(long_weekday_day_month(saturday), "Saturday 28 November");
        with_locale(mexico(), || {
            assert_eq!(long_weekday_day_month(saturday), "sábado 28 de noviembre");
        });
    }

    #[test]
    fn a_day_inside_a_sentence_spells_out_its_weekday_where_the_language_does() {
        let saturday = day(2026, 11, 28);
        let at = saturday.and_hms_opt(14, 5, 0).unwrap_or_default();
        assert_eq!(weekday_date_in_text(saturday), "Sat 28 Nov 2026");
        assert_eq!(date_time(at), "28 Nov 2026, 14:05");
        with_locale(mexico(), || {
            assert_eq!(weekday_date_in_text(saturday), "sábado 28 nov 2026");
            assert_eq!(date_time(at), "28 nov 2026, 14:05");
        });
    }
}
