//! The one validation error of the domain: which field, what was given, what is allowed.
//!
//! Typed, not worded: what the field accepts is an [`Allowed`] value (a range, a form, a list of
//! names), and the sentence a person reads is made in the text layer
//! (`crate::wording::refusals`), in their language.

use chrono::NaiveDate;

/// A value that does not fit its field.
///
/// Its `Display` (in `crate::wording::refusals`) names the field as files and options write it,
/// the value as given and what is allowed, so the command line can print it as it is; the app
/// names the field in words (`crate::wording::refusal_in_app`).
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationError {
    /// The field name as used in the JSON and CSV formats, e.g. `pain`.
    pub field: &'static str,
    /// The value as the user gave it.
    pub value: String,
    /// What the field accepts.
    pub allowed: Allowed,
}

impl ValidationError {
    /// Builds an error for `field` with the given value and what the field accepts.
    pub fn new(field: &'static str, value: impl std::fmt::Display, allowed: Allowed) -> Self {
        Self {
            field,
            value: value.to_string(),
            allowed,
        }
    }
}

impl std::error::Error for ValidationError {}

/// What a field accepts: the kind of value and its limits, worded by the text layer.
#[derive(Debug, Clone, PartialEq)]
pub enum Allowed {
    /// A whole number from `min` to `max` (scores, counts, settings in days).
    WholeNumber {
        /// The lowest value allowed.
        min: i64,
        /// The highest value allowed.
        max: i64,
    },
    /// A number from `min` to `max`, fractions allowed.
    Number {
        /// The lowest value allowed.
        min: f64,
        /// The highest value allowed.
        max: f64,
    },
    /// Hours slept: 0 to 24 in quarter hours.
    SleepHours,
    /// An infusion's dose: milligrams above 0 and at most `max`.
    DoseMg {
        /// The largest dose.
        max: f64,
    },
    /// An infusion's duration: whole minutes from 1 to `max`.
    DurationMin {
        /// The longest duration.
        max: u32,
    },
    /// A date written `YYYY-MM-DD` in 1900 to 2199.
    IsoDate,
    /// A day no later than `today`, for a daily entry.
    EntryNotAfterToday {
        /// Today's journal day.
        today: NaiveDate,
    },
    /// A day no later than `today`, for a done infusion (a planned one may be later).
    DoneInfusionNotAfterToday {
        /// Today's journal day.
        today: NaiveDate,
    },
    /// One done infusion a day, and `date` already has one.
    OneDoneInfusionADay {
        /// The day that has a done infusion.
        date: NaiveDate,
    },
    /// One of these names, as files and options write them (`system`, `light`, `dark`).
    OneOf(&'static [&'static str]),
    /// An infusion's phase: `loading`, `maintenance` or empty (inferred).
    Phase,
    /// A time of day written `HH:MM`.
    TimeOfDay,
    /// A percentage above the meaningful relief threshold, which is `meaningful`.
    AboveMeaningfulRelief {
        /// The meaningful relief threshold, in percent.
        meaningful: f64,
    },
    /// 0 (never) or whole minutes from `min` to `max`.
    AutoLockMinutes {
        /// The shortest time.
        min: u32,
        /// The longest time.
        max: u32,
    },
    /// Empty (the system's language) or the tag of a language the app speaks.
    LanguageTag,
    /// One line of at most `max_chars` characters.
    OneLine {
        /// The most characters.
        max_chars: usize,
    },
    /// List items of at most `max_chars` characters without `;` or line breaks.
    ListItems {
        /// The most characters an item may have.
        max_chars: usize,
    },
    /// `true` or `false` (or `1`/`0`, `yes`/`no`, empty for false).
    TrueOrFalse,
    /// A JSON array of text (a list as the journal file stores it).
    JsonTextArray,
    /// A score on the scale `min` to `max` given for the field, mapped onto 0 to 10.
    ScoreOnScale {
        /// The lowest value of the scale.
        min: f64,
        /// The highest value of the scale.
        max: f64,
    },
    /// A score on 0 to 10, or on a scale given for the field.
    ScoreOnTen,
    /// Hours written `7.5`, `7h 30m` or `7:30`.
    Hours,
    /// Hours written `7.5`, `7h 30m`, `7:30` or `7:30:00`.
    HoursWithSeconds,
    /// Hours and minutes written `5:30`.
    HoursAndMinutes,
    /// A score written `6/10 points`.
    PointsScore,
}
