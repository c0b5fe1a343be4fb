//! Dates as people type or paste them: ISO dates, numeric dates in a chosen order, month names
//! in English or in a language the app speaks (`3 de marzo de 2026`, `sáb 3 mar`), with or
//! without a year, and the words for today and yesterday (`today`, `hoy`).
//!
//! One reader for every place that accepts a typed date: the import of tables and of other
//! trackers' exports, pasted infusion dates, the app's date fields. [`read_date`] never guesses:
//! a numeric date that reads two ways is refused with both readings named, unless an order is
//! given. [`read_typed_date`] is the app's: it reads numeric dates in the order usual in the
//! patient's region (day first in Mexico) unless the caller gives one.
//!
//! Month and weekday names come from the locale data of each language ([`Locale`]), compared
//! without case and without accents (`sabado`, `miercoles`); the few words the locale data does
//! not give (`today`, `hoy`, `of`, `de`, ordinal endings) are in [`LANGUAGE_WORDS`].

use chrono::{Datelike, Duration, NaiveDate};

use super::{LANGUAGES, Language, Locale};

/// Which part of a numeric date like `03/04/2025` comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// Year, month, day (`2025/04/03`).
    Ymd,
    /// Day, month, year (`03/04/2025` is 3 April), as in most of Europe and Latin America.
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

/// Why a text is not a date. Worded by the text layer (`crate::wording::refusals`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateTextError {
    /// A numeric date that reads as two different days; a date order settles it.
    Ambiguous {
        /// The text as given.
        text: String,
        /// The day-first reading (`03/04/2025` as 3 April 2025).
        day_first: NaiveDate,
        /// The month-first reading (`03/04/2025` as 4 March 2025).
        month_first: NaiveDate,
    },
    /// Not a date in any accepted form, or a day that does not exist.
    NotADate {
        /// The text as given.
        text: String,
    },
}

impl std::error::Error for DateTextError {}

/// The words of typed dates in one language that its locale data does not give.
#[derive(Debug, Clone, Copy)]
pub struct LanguageWords {
    /// The language's tag, as in [`LANGUAGES`].
    pub tag: &'static str,
    /// Words for today.
    pub today: &'static [&'static str],
    /// Words for yesterday.
    pub yesterday: &'static [&'static str],
    /// Words that join the last two dates of a list (`and`; `y` and `e`).
    pub and: &'static [&'static str],
    /// Words between a day, its month and its year that are skipped (`of`; `de`, `del`).
    pub fillers: &'static [&'static str],
    /// Endings of ordinal day numbers (`22nd`; `1º`).
    pub ordinal_endings: &'static [&'static str],
    /// Other names of months, beside the locale data's, with their number (`sept`, `setiembre`).
    pub month_aliases: &'static [(&'static str, u32)],
}

/// The date words of every language the app speaks, English first. A language without a line
/// here is read with its locale data's month and weekday names alone.
pub const LANGUAGE_WORDS: &[LanguageWords] = &[
    LanguageWords {
        tag: "en",
        today: &["today"],
        yesterday: &["yesterday"],
        and: &["and"],
        fillers: &["of", "the"],
        ordinal_endings: &["st", "nd", "rd", "th"],
        month_aliases: &[("sept", 9)],
    },
    LanguageWords {
        tag: "es",
        today: &["hoy"],
        yesterday: &["ayer"],
        and: &["y", "e"],
        fillers: &["de", "del", "el", "º", "°"],
        ordinal_endings: &["º", "°", "o", "er", "ro", "do", "to", "mo", "vo", "no"],
        month_aliases: &[("setiembre", 9), ("set", 9)],
    },
];

/// The names and words a date may be typed with: those of English and of each language given.
#[derive(Debug, Clone)]
pub(super) struct DateWords {
    /// Month names and abbreviations, folded (lower case, no accents), with their number.
    months: Vec<(String, u32)>,
    /// Weekday names and abbreviations, folded.
    weekdays: Vec<String>,
    today: Vec<String>,
    yesterday: Vec<String>,
    pub(super) and: Vec<String>,
    fillers: Vec<String>,
    ordinal_endings: Vec<String>,
}

impl DateWords {
    /// The words of English and of `languages` (each with its default region's names), and
    /// the names of `extra` locales (a region may name its months a little differently).
    pub(super) fn of(languages: &[Language], extra: &[Locale]) -> Self {
        let mut words = Self {
            months: Vec::new(),
            weekdays: Vec::new(),
            today: Vec::new(),
            yesterday: Vec::new(),
            and: Vec::new(),
            fillers: Vec::new(),
            ordinal_endings: Vec::new(),
        };
        let locales = std::iter::once(Locale::english())
            .chain(languages.iter().map(|language| Locale::of(*language)))
            .chain(extra.iter().copied());
        for locale in locales {
            words.add_locale(locale);
        }
        words
    }

    /// The words of English and every language the app speaks.
    pub(super) fn all() -> Self {
        Self::of(LANGUAGES, &[])
    }

    /// The words of English and of `locale`'s language and region.
    pub(super) fn for_locale(locale: Locale) -> Self {
        Self::of(&[locale.language()], &[locale])
    }

    fn add_locale(&mut self, locale: Locale) {
        let push = |list: &mut Vec<String>, word: &str| {
            let word = fold(word);
            if !word.is_empty() && !list.contains(&word) {
                list.push(word);
            }
        };
        for (index, name) in locale
            .month_names()
            .iter()
            .chain(locale.month_abbreviations())
            .enumerate()
        {
            let month = u32::try_from(index % 12 + 1).unwrap_or(1);
            let name = fold(name);
            if !name.is_empty() && !self.months.contains(&(name.clone(), month)) {
                self.months.push((name, month));
            }
        }
        for name in locale
            .weekday_names()
            .iter()
            .chain(locale.weekday_abbreviations())
        {
            push(&mut self.weekdays, name);
        }
        let tag = locale.language().tag;
        let language_words = LANGUAGE_WORDS
            .iter()
            .filter(|words| words.tag == tag || tag == super::PSEUDO.tag && words.tag == "en");
        for language in language_words {
            for (alias, month) in language.month_aliases {
                let alias = fold(alias);
                if !self.months.contains(&(alias.clone(), *month)) {
                    self.months.push((alias, *month));
                }
            }
            for (list, words) in [
                (&mut self.today, language.today),
                (&mut self.yesterday, language.yesterday),
                (&mut self.and, language.and),
                (&mut self.fillers, language.fillers),
                (&mut self.ordinal_endings, language.ordinal_endings),
            ] {
                for word in words {
                    push(list, word);
                }
            }
        }
    }

    /// The month a folded word names: a month name or abbreviation, or the first three letters
    /// or more of a name; `None` when it names none, or two different months.
    fn month(&self, word: &str) -> Option<u32> {
        let mut found = None;
        for (name, month) in &self.months {
            let names = word == name || (word.chars().count() >= 3 && name.starts_with(word));
            if names {
                match found {
                    Some(other) if other != *month => return None,
                    _ => found = Some(*month),
                }
            }
        }
        found
    }

    /// Whether a folded word names a weekday (or its first three letters or more).
    fn is_weekday(&self, word: &str) -> bool {
        self.weekdays
            .iter()
            .any(|name| word == name || (word.chars().count() >= 3 && name.starts_with(word)))
    }

    /// Whether a folded word is one of the words for today or for yesterday.
    pub(super) fn is_day_word(&self, word: &str) -> bool {
        self.today
            .iter()
            .chain(&self.yesterday)
            .any(|day| day == word)
    }

    /// The digits of a day number written with an ordinal ending (`22nd`, `1º`), or the word
    /// itself.
    pub(super) fn without_ordinal<'a>(&self, word: &'a str) -> &'a str {
        self.ordinal_endings
            .iter()
            .filter_map(|ending| word.strip_suffix(ending.as_str()))
            .find(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
            .unwrap_or(word)
    }
}

/// A word as names are compared: lower case, without accents and without a final full stop
/// (`Sáb.` reads as `sab`).
pub(super) fn fold(word: &str) -> String {
    word.trim()
        .trim_end_matches('.')
        .to_lowercase()
        .chars()
        .map(|letter| match letter {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

/// Reads a date typed or pasted by a person, in a file or on the command line.
///
/// Accepted, with leading and trailing spaces ignored and letters in any case, with or without
/// accents:
/// - ISO `2025-04-03` (also with `/` or `.`, and with a time after it, which is dropped);
/// - numeric `03/04/2025`, `3.4.25`, `03-04-2025`, and `03/04` (the year of `reference`): read
///   in `order`; without one, a date whose
///   day and month could swap (both 12 or less and different) is refused as
///   [`DateTextError::Ambiguous`]; two-digit years are 2000 to 2099;
/// - month names, full or their first three letters or more, in English or in any language the
///   app speaks, with an optional ordinal ending and weekday: `22nd Jan 2022`, `Jan 22, 2022`,
///   `12 January 2026`, `Monday 12 January 2026`, `3 de marzo de 2026`, `sáb 3 mar`,
///   `marzo 3, 2026`, `12 Jan` (the year of `reference`);
/// - `today` and `yesterday` (and `hoy`, `ayer`), relative to `reference`.
///
/// # Errors
/// [`DateTextError`] naming the text, and both readings when it is ambiguous. Years outside
/// 1900 to 2199 are refused, as everywhere in the journal.
pub fn read_date(
    text: &str,
    order: Option<DateOrder>,
    reference: NaiveDate,
) -> Result<NaiveDate, DateTextError> {
    read_with(text, order, reference, &DateWords::all())
}

/// Reads a date a patient typed in the app, in `locale`: month and weekday names in its
/// language as well as English, and numeric dates in `order`, or without one in the order
/// usual in the locale's region ([`Locale::numeric_date_order`]: `03/04/2025` is 3 April in
/// Mexico, 4 March in the United States).
///
/// # Errors
/// As [`read_date`]; a numeric date is never ambiguous here.
pub fn read_typed_date(
    text: &str,
    order: Option<DateOrder>,
    reference: NaiveDate,
    locale: Locale,
) -> Result<NaiveDate, DateTextError> {
    let order = order.or_else(|| Some(locale.numeric_date_order()));
    read_with(text, order, reference, &DateWords::for_locale(locale))
}

/// [`read_date`] with the words of some languages.
pub(super) fn read_with(
    text: &str,
    order: Option<DateOrder>,
    reference: NaiveDate,
    words: &DateWords,
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
    let folded = fold(trimmed);
    let date = if words.today.contains(&folded) {
        Some(reference)
    } else if words.yesterday.contains(&folded) {
        reference.checked_sub_signed(Duration::days(1))
    } else if folded.chars().any(char::is_alphabetic) {
        named_month_date(trimmed, reference, words)
    } else {
        return numeric_date(trimmed, order, reference)
            .and_then(|date| in_range(date).ok_or_else(not_a_date));
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
                    day_first,
                    month_first,
                })
            }
            (Some(date), _) | (None, Some(date)) => Ok(date),
            (None, None) => Err(not_a_date()),
        },
    }
}

/// What one word of a date with a month name is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Word {
    /// Only a month.
    Month(u32),
    /// Only a weekday.
    Weekday,
    /// A month or a weekday (Spanish `mar`: marzo, martes).
    MonthOrWeekday(u32),
    /// A word that is skipped (`of`, `de`).
    Filler,
    /// A number, with or without an ordinal ending: its digits and whether it had one.
    Number(u32, usize, bool),
}

/// A date with the month as a word: a day number, a month name and an optional year in any of
/// the usual orders; weekday names and words such as `of` and `de` are skipped. A word that is
/// both a month and a weekday (`mar`) is the month unless another word names one.
fn named_month_date(text: &str, reference: NaiveDate, words: &DateWords) -> Option<NaiveDate> {
    let mut read = Vec::new();
    for word in text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '-' | '/'))
        .map(fold)
        .filter(|word| !word.is_empty())
    {
        let digits = words.without_ordinal(&word);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            let value = digits.parse::<u32>().ok()?;
            read.push(Word::Number(
                value,
                digits.len(),
                digits.len() != word.len(),
            ));
            continue;
        }
        if words.fillers.contains(&word) {
            read.push(Word::Filler);
            continue;
        }
        read.push(match (words.month(&word), words.is_weekday(&word)) {
            (Some(month), false) => Word::Month(month),
            (Some(month), true) => Word::MonthOrWeekday(month),
            (None, true) => Word::Weekday,
            (None, false) => return None,
        });
    }
    let months_only = read
        .iter()
        .filter(|word| matches!(word, Word::Month(_)))
        .count();
    let either = read
        .iter()
        .filter(|word| matches!(word, Word::MonthOrWeekday(_)))
        .count();
    let mut day = None;
    let mut month = None;
    let mut year = None;
    let mut seen_either = 0;
    for word in read {
        match word {
            Word::Filler | Word::Weekday => {}
            Word::Month(number) => {
                if month.replace(number).is_some() {
                    return None;
                }
            }
            Word::MonthOrWeekday(number) => {
                seen_either += 1;
                // The month unless another word names one; of two, the first is the weekday.
                let is_month = months_only == 0 && (either == 1 || seen_either > 1);
                if is_month && month.replace(number).is_some() {
                    return None;
                }
            }
            Word::Number(value, length, ordinal) => {
                if length == 4 && !ordinal {
                    if year.replace(i32::try_from(value).ok()?).is_some() {
                        return None;
                    }
                } else if length <= 2 && day.is_none() {
                    day = Some(value);
                } else {
                    return None;
                }
            }
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
    fn spanish_month_and_weekday_names_read_with_or_without_accents() {
        for (text, expected) in [
            ("3 de marzo de 2026", "2026-03-03"),
            ("marzo 3, 2026", "2026-03-03"),
            ("sáb 3 mar", "2026-03-03"),
            ("sabado 3 mar", "2026-03-03"),
            ("Miércoles 4 de marzo de 2026", "2026-03-04"),
            ("miercoles 4 de marzo", "2026-03-04"),
            ("mar 3 mar 2026", "2026-03-03"),
            ("martes 3 de mar. de 2026", "2026-03-03"),
            ("1º de mayo de 2026", "2026-05-01"),
            ("12 ene 2026", "2026-01-12"),
            ("22 de agosto de 2025", "2025-08-22"),
            ("7 setiembre 2025", "2025-09-07"),
            ("31 DIC 2025", "2025-12-31"),
        ] {
            assert_eq!(read(text, None), Ok(day(expected)), "{text}");
        }
        assert_eq!(read("hoy", None), Ok(day("2026-03-10")));
        assert_eq!(read(" Ayer ", None), Ok(day("2026-03-09")));
        // Two months named are no date, in any language.
        assert!(read("3 marzo abril 2026", None).is_err());
    }

    #[test]
    fn a_typed_numeric_date_reads_in_the_order_of_the_region() {
        let reference = day("2026-03-10");
        let mexico = Locale::parse("es_MX").unwrap();
        let united_states = Locale::parse("en_US").unwrap();
        // The same text: 3 April in Mexico, 4 March in the United States.
        assert_eq!(
            read_typed_date("03/04/2025", None, reference, mexico),
            Ok(day("2025-04-03"))
        );
        assert_eq!(
            read_typed_date("03/04/2025", None, reference, united_states),
            Ok(day("2025-03-04"))
        );
        // An order given by the caller wins over the region's.
        assert_eq!(
            read_typed_date("03/04/2025", Some(DateOrder::Mdy), reference, mexico),
            Ok(day("2025-03-04"))
        );
        // A file or the command line never guesses.
        assert!(matches!(
            read("03/04/2025", None),
            Err(DateTextError::Ambiguous { .. })
        ));
        // In the app, the patient's month names and words as well as English.
        assert_eq!(
            read_typed_date("sáb 3 mar", None, reference, mexico),
            Ok(day("2026-03-03"))
        );
        assert_eq!(
            read_typed_date("Jan 22, 2022", None, reference, mexico),
            Ok(day("2022-01-22"))
        );
        assert_eq!(
            read_typed_date("ayer", None, reference, mexico),
            Ok(day("2026-03-09"))
        );
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
