//! A list of dates as a clinic letter or an email gives them: "12 Jan, 15 Jan and 19 Jan 2026",
//! one date a line, or anything between. Each date is read by
//! [`read_date`](super::read_date); what this module
//! adds is splitting the list and giving dates without a year (or without a month) the one
//! written later in the list.
//!
//! It never guesses silently: a piece that is not a date is returned with its reason, and the
//! caller shows it.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use super::Locale;
use super::date_text::{DateOrder, DateTextError, DateWords, fold, read_with};

/// The dates read from a pasted list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateList {
    /// Every date read, each once, earliest first.
    pub dates: Vec<NaiveDate>,
    /// Dates the list gives more than once (kept once in `dates`), earliest first.
    pub repeated: Vec<NaiveDate>,
    /// The pieces that are not dates, in the order given, each with its reason.
    pub unreadable: Vec<DateTextError>,
}

/// A piece of the list before dates without a year are completed.
enum Piece {
    /// A date read whole.
    Date(NaiveDate),
    /// A month and a day without a year (`12 Jan`); the text for messages.
    NoYear { month: u32, day: u32, text: String },
    /// A day alone (`12`, `15th`), whose month and year come from the date after it.
    DayOnly { day: u32, text: String },
    /// Not a date.
    Unreadable(DateTextError),
}

/// Reads a pasted list of dates.
///
/// Pieces are separated by commas, semicolons, `&`, the word "and" (or "y", "e" and the like
/// in the languages the app speaks), tabs and line breaks;
/// bullets (`-`, `*`, `•`) and a full stop at the end of a piece are dropped, and a year left on
/// its own by a comma (`Jan 22, 2022`) goes with the piece before it. Each piece is read by
/// [`read_date`](super::read_date) in `order`. A date without a year takes the year that puts it nearest the
/// date after it in the list (so "28 Dec and 2 Jan 2026" is 28 December 2025), or before it
/// when none follows, or `reference`'s year when the list gives no year at all. A day alone
/// ("12, 15 and 19 Jan 2026") takes the month and year of the date after it.
pub fn read_date_list(text: &str, order: Option<DateOrder>, reference: NaiveDate) -> DateList {
    read_list_with(text, order, reference, &DateWords::all())
}

/// Reads a list of dates a patient pasted in the app, in `locale`: each date as
/// [`read_typed_date`](super::read_typed_date) reads it (names in the locale's language as well
/// as English; numeric dates in `order`, or in the order usual in the locale's region), the
/// list joined by the locale's words as well as English ("12 ene, 15 ene y 19 ene 2026").
pub fn read_typed_date_list(
    text: &str,
    order: Option<DateOrder>,
    reference: NaiveDate,
    locale: Locale,
) -> DateList {
    let order = order.or_else(|| Some(locale.numeric_date_order()));
    read_list_with(text, order, reference, &DateWords::for_locale(locale))
}

fn read_list_with(
    text: &str,
    order: Option<DateOrder>,
    reference: NaiveDate,
    words: &DateWords,
) -> DateList {
    let pieces: Vec<Piece> = split_pieces(text, words)
        .into_iter()
        .map(|piece| read_piece(&piece, order, reference, words))
        .collect();
    let mut resolved: Vec<Option<Result<NaiveDate, DateTextError>>> = vec![None; pieces.len()];
    // Right to left, so that each date without a year meets the date after it first.
    let mut after: Option<NaiveDate> = None;
    for (index, piece) in pieces.iter().enumerate().rev() {
        let outcome = match piece {
            Piece::Date(date) => Ok(*date),
            Piece::Unreadable(error) => Err(error.clone()),
            Piece::NoYear { month, day, text } => {
                let anchor = after.or_else(|| explicit_before(&pieces, index));
                match anchor {
                    Some(anchor) => nearest_year(*month, *day, anchor),
                    None => NaiveDate::from_ymd_opt(reference.year(), *month, *day),
                }
                .ok_or_else(|| not_a_date(text))
            }
            Piece::DayOnly { day, text } => after
                .and_then(|after| NaiveDate::from_ymd_opt(after.year(), after.month(), *day))
                .ok_or_else(|| not_a_date(text)),
        };
        if let Ok(date) = outcome {
            after = Some(date);
        }
        resolved[index] = Some(outcome);
    }
    let mut list = DateList::default();
    let mut seen = BTreeSet::new();
    let mut repeated = BTreeSet::new();
    for outcome in resolved.into_iter().flatten() {
        match outcome {
            Ok(date) => {
                if !seen.insert(date) {
                    repeated.insert(date);
                }
            }
            Err(error) => list.unreadable.push(error),
        }
    }
    list.dates = seen.into_iter().collect();
    list.repeated = repeated.into_iter().collect();
    list
}

fn not_a_date(text: &str) -> DateTextError {
    DateTextError::NotADate {
        text: text.to_owned(),
    }
}

/// The nearest date before `index` that the list gives with its year.
fn explicit_before(pieces: &[Piece], index: usize) -> Option<NaiveDate> {
    pieces[..index].iter().rev().find_map(|piece| match piece {
        Piece::Date(date) => Some(*date),
        _ => None,
    })
}

/// `month` and `day` in the year (of `anchor`'s, the one before or the one after) that puts
/// the date nearest `anchor`.
fn nearest_year(month: u32, day: u32, anchor: NaiveDate) -> Option<NaiveDate> {
    (anchor.year() - 1..=anchor.year() + 1)
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .min_by_key(|date| (*date - anchor).num_days().abs())
}

/// The list cut into pieces, each trimmed, bullets and final full stops dropped, a lone year
/// joined to the piece before it.
fn split_pieces(text: &str, date_words: &DateWords) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    for chunk in text.split([',', ';', '&', '\n', '\r', '\t']) {
        let words: Vec<&str> = chunk.split_whitespace().collect();
        for group in words.split(|word| date_words.and.contains(&fold(word))) {
            let piece = group.join(" ");
            let piece = piece
                .trim_start_matches(['-', '*', '•', '–'])
                .trim()
                .trim_end_matches('.')
                .trim();
            if piece.is_empty() {
                continue;
            }
            let lone_year = piece.len() == 4 && piece.bytes().all(|byte| byte.is_ascii_digit());
            match pieces.last_mut() {
                Some(previous) if lone_year && !has_year(previous) => {
                    previous.push(' ');
                    previous.push_str(piece);
                }
                _ => pieces.push(piece.to_owned()),
            }
        }
    }
    pieces
}

/// Whether a piece with a month name gives a year: a four-digit number in it.
fn has_year(piece: &str) -> bool {
    piece
        .split(|c: char| !c.is_ascii_digit())
        .any(|digits| digits.len() == 4)
}

/// A day number of one or two digits, with or without an ordinal ending (`15`, `15th`, `1º`).
fn day_alone(piece: &str, words: &DateWords) -> Option<u32> {
    let folded = fold(piece);
    let digits = words.without_ordinal(&folded);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|day| (1..=31).contains(day))
}

fn read_piece(
    piece: &str,
    order: Option<DateOrder>,
    reference: NaiveDate,
    words: &DateWords,
) -> Piece {
    if let Some(day) = day_alone(piece, words) {
        return Piece::DayOnly {
            day,
            text: piece.to_owned(),
        };
    }
    let folded = fold(piece);
    let month_name = folded.chars().any(char::is_alphabetic) && !words.is_day_word(&folded);
    if month_name && !has_year(piece) {
        // Read against a leap year so that 29 February is a day; the year is settled later.
        let leap = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(reference);
        return match read_with(piece, order, leap, words) {
            Ok(date) => Piece::NoYear {
                month: date.month(),
                day: date.day(),
                text: piece.to_owned(),
            },
            Err(error) => Piece::Unreadable(error),
        };
    }
    match read_with(piece, order, reference, words) {
        Ok(date) => Piece::Date(date),
        Err(error) => Piece::Unreadable(error),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn days(texts: &[&str]) -> Vec<NaiveDate> {
        texts.iter().map(|text| day(text)).collect()
    }

    fn read(text: &str) -> DateList {
        read_date_list(text, None, day("2026-11-28"))
    }

    #[test]
    fn a_year_given_once_at_the_end_applies_to_the_dates_before_it() {
        let list = read("12 Jan, 15 Jan and 19 Jan 2026");
        assert_eq!(
            list.dates,
            days(&["2026-01-12", "2026-01-15", "2026-01-19"])
        );
        assert!(list.unreadable.is_empty());
        assert!(list.repeated.is_empty());
    }

    #[test]
    fn a_list_across_new_year_puts_december_in_the_year_before() {
        // 28 Dec 2026 would be 360 days after 2 Jan 2026; 28 Dec 2025 is 5 days before it.
        let list = read("28 Dec, 30 Dec and 2 Jan 2026");
        assert_eq!(
            list.dates,
            days(&["2025-12-28", "2025-12-30", "2026-01-02"])
        );
    }

    #[test]
    fn newest_first_lists_keep_their_year() {
        let list = read("19 Jan, 15 Jan, 12 Jan 2026");
        assert_eq!(
            list.dates,
            days(&["2026-01-12", "2026-01-15", "2026-01-19"])
        );
    }

    #[test]
    fn days_alone_take_the_month_and_year_after_them() {
        let list = read("3rd, 5th and 10th of March 2025");
        assert_eq!(
            list.dates,
            days(&["2025-03-03", "2025-03-05", "2025-03-10"])
        );
    }

    #[test]
    fn one_date_a_line_in_any_accepted_form() {
        let text = "- 2026-02-02\n• Feb 9, 2026\n* 16/02/2026\r\nMonday 23 February 2026.\n\n";
        let list = read_date_list(text, Some(DateOrder::Dmy), day("2026-11-28"));
        assert_eq!(
            list.dates,
            days(&["2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23"])
        );
        assert!(list.unreadable.is_empty(), "{:?}", list.unreadable);
    }

    #[test]
    fn a_comma_before_the_year_does_not_split_a_date() {
        let list = read("Jan 22, 2022; Jan 29, 2022");
        assert_eq!(list.dates, days(&["2022-01-22", "2022-01-29"]));
    }

    #[test]
    fn dates_after_the_last_year_take_the_year_before_them() {
        let list = read("5 Jan 2026, 12 Jan");
        assert_eq!(list.dates, days(&["2026-01-05", "2026-01-12"]));
    }

    #[test]
    fn without_any_year_the_reference_year_is_used() {
        let list = read("3 Mar and 4 Mar");
        assert_eq!(list.dates, days(&["2026-03-03", "2026-03-04"]));
    }

    #[test]
    fn repeats_are_kept_once_and_pointed_out() {
        let list = read("12 Jan 2026, 2026-01-12 and 14 Jan 2026");
        assert_eq!(list.dates, days(&["2026-01-12", "2026-01-14"]));
        assert_eq!(list.repeated, days(&["2026-01-12"]));
    }

    #[test]
    fn unreadable_pieces_are_named_and_the_rest_is_read() {
        let list = read("12 Jan 2026, next week, 31 Feb 2026 and 03/04/2026");
        assert_eq!(list.dates, days(&["2026-01-12"]));
        let messages: Vec<String> = list.unreadable.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages[0].starts_with("\"next week\" is not a date"));
        assert!(messages[1].starts_with("\"31 Feb 2026\" is not a date"));
        assert_eq!(
            messages[2],
            "\"03/04/2026\" could be 3 April 2026 or 4 March 2026"
        );
    }

    #[test]
    fn a_day_alone_with_nothing_after_it_is_not_a_date() {
        let list = read("12 Jan 2026 and 15");
        assert_eq!(list.dates, days(&["2026-01-12"]));
        assert_eq!(list.unreadable, vec![not_a_date("15")]);
    }

    #[test]
    fn a_spanish_list_reads_with_its_own_words() {
        let mexico = Locale::parse("es_MX").unwrap();
        let list = read_typed_date_list(
            "12 ene, 15 ene y 19 ene 2026",
            None,
            day("2026-11-28"),
            mexico,
        );
        assert_eq!(
            list.dates,
            days(&["2026-01-12", "2026-01-15", "2026-01-19"])
        );
        assert!(list.unreadable.is_empty(), "{:?}", list.unreadable);
        let days_alone = read_typed_date_list(
            "3, 5 y 10 de marzo de 2025",
            None,
            day("2026-11-28"),
            mexico,
        );
        assert_eq!(
            days_alone.dates,
            days(&["2025-03-03", "2025-03-05", "2025-03-10"])
        );
        // Numeric dates are day first in Mexico.
        let numeric =
            read_typed_date_list("02/03/2026 e 09/03/2026", None, day("2026-11-28"), mexico);
        assert_eq!(numeric.dates, days(&["2026-03-02", "2026-03-09"]));
    }

    #[test]
    fn nothing_pasted_reads_as_nothing() {
        assert_eq!(read(" \n , and "), DateList::default());
    }
}
