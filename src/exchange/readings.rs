//! Readings gathered from rows of any layout and combined into one entry per day.
//!
//! Most trackers write one row per check-in, or one row per reading of one thing, so a day can
//! have several pain scores, several notes and several sleep periods. Every table and long
//! layout hands its rows' values to a [`DayBook`], which combines each day by the rules in
//! [`DayBook::finish`] and states them in the import's summary. Nothing here knows a file's
//! layout; see `mapping`, `long` and `trackers` for that.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, TimeZone};

use super::field::{Field, Scale, cell_number, number_text};
use super::{ImportError, ImportRule, Imported, Location};
use crate::domain::{
    Allowed, DateOrder, DateTextError, Entry, RescueDoses, Score, SleepHours, TextList,
    ValidationError, read_date,
};

/// What a `0` in a file means where a tracker writes `0` for "not logged" (Nomie's daily
/// columns do): the file cannot tell a logged 0 from a day without a reading, so the person
/// importing chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ZeroMeans {
    /// A `0` is a reading of 0 (the journal's own files and most trackers).
    #[default]
    Score,
    /// A `0` is "not logged": no reading is taken from it.
    NotLogged,
}

impl ZeroMeans {
    /// The policy named `score` or `not-logged` (any case, `_` for `-`), or `None`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "score" => Some(Self::Score),
            "not-logged" => Some(Self::NotLogged),
            _ => None,
        }
    }
}

/// A number that is a whole count of seconds or milliseconds since 1970 (epoch time, as Headi
/// and many databases write it) has this many digits at least: 9 digits of seconds reach back
/// to 1973, and 12 digits of milliseconds start in 2001.
const EPOCH_SECONDS_DIGITS: std::ops::RangeInclusive<usize> = 9..=11;
/// Digits of an epoch time in milliseconds.
const EPOCH_MILLIS_DIGITS: std::ops::RangeInclusive<usize> = 12..=14;

/// The day and, when the text has one, the time of day (`HH:MM`) a date cell names.
///
/// Read in this order: a whole number of 9 to 11 digits is epoch seconds and one of 12 to 14
/// digits epoch milliseconds, dated in this computer's time zone (an epoch time names an
/// instant, not a day); an ISO date with a time and an offset (`2025-01-09T23:30:00+01:00`,
/// `...Z`) is dated by the day it names as written, without moving it to another zone; anything
/// else as [`read_date`] reads it (`order` settles numeric dates, `reference` dates without a
/// year).
///
/// # Errors
/// [`DateTextError`] when the text is no date, or reads two ways without an `order`.
pub fn read_when(
    text: &str,
    order: Option<DateOrder>,
    reference: NaiveDate,
) -> Result<(NaiveDate, Option<String>), DateTextError> {
    let trimmed = text.trim();
    let not_a_date = || DateTextError::NotADate {
        text: trimmed.to_owned(),
    };
    if !trimmed.is_empty() && trimmed.bytes().all(|byte| byte.is_ascii_digit()) {
        let digits = trimmed.len();
        let millis: Option<i64> = if EPOCH_SECONDS_DIGITS.contains(&digits) {
            trimmed
                .parse::<i64>()
                .ok()
                .and_then(|s| s.checked_mul(1000))
        } else if EPOCH_MILLIS_DIGITS.contains(&digits) {
            trimmed.parse::<i64>().ok()
        } else {
            None
        };
        if let Some(millis) = millis {
            let local = chrono::Local
                .timestamp_millis_opt(millis)
                .single()
                .ok_or_else(not_a_date)?
                .naive_local();
            if !(1900..=2199).contains(&local.date().year()) {
                return Err(not_a_date());
            }
            return Ok((local.date(), Some(local.format("%H:%M").to_string())));
        }
    }
    let date = read_date(trimmed, order, reference)?;
    Ok((date, time_after_iso_date(trimmed)))
}

/// What a file's numeric dates like `03/04/2025` say about their order, before any is chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileDates {
    /// No date reads two ways (ISO dates, epoch times, month names, or days of 13 and more
    /// alone): nothing to choose.
    Clear,
    /// Some dates read two ways, and the file's others read only one way, all the same one (a
    /// day of 13 or more in the first place shows day first): the file's order.
    Settled {
        /// The order the file's dates show.
        order: DateOrder,
        /// A date of the file that reads only that way, as written.
        shown_by: String,
    },
    /// Some dates read two ways and nothing in the file settles which: an order must be
    /// chosen.
    Unsettled {
        /// The first date that reads two ways, as written.
        example: String,
    },
}

impl FileDates {
    /// Whether an order must be chosen before the file's dates can be read.
    pub fn needs_order(&self) -> bool {
        matches!(self, Self::Unsettled { .. })
    }
}

/// Which ways a date cell can be read, when it is a numeric date without the year first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Readings {
    DayFirstOnly,
    MonthFirstOnly,
    Both,
}

/// The readings of `text` when it is a numeric date with the day and month first (`03/04/2025`,
/// `13.04.25`, `3-4`), in either order; `None` for any other text and for a date that reads the
/// same both ways (`04/04/2025`).
fn numeric_readings(text: &str) -> Option<Readings> {
    let text = text.trim();
    let separator = text.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = text.split(separator).collect();
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit());
    if !(2..=3).contains(&parts.len()) || !parts.iter().all(|part| digits(part)) {
        return None;
    }
    let (first, second) = (parts[0], parts[1]);
    if first.len() > 2 || second.len() > 2 {
        return None;
    }
    // A leap year, so that 29/02 without a year reads as a day.
    let year = match parts.get(2) {
        Some(year) if year.len() == 4 => year.parse().ok()?,
        Some(year) if year.len() == 2 => 2000 + year.parse::<i32>().ok()?,
        Some(_) => return None,
        None => 2000,
    };
    let (a, b): (u32, u32) = (first.parse().ok()?, second.parse().ok()?);
    let day_first = NaiveDate::from_ymd_opt(year, b, a);
    let month_first = NaiveDate::from_ymd_opt(year, a, b);
    match (day_first, month_first) {
        (Some(day), Some(month)) if day != month => Some(Readings::Both),
        (Some(_), None) => Some(Readings::DayFirstOnly),
        (None, Some(_)) => Some(Readings::MonthFirstOnly),
        _ => None,
    }
}

/// What the date cells of a file say about the order of its numeric dates: a file is written
/// in one order, so a date that reads only one way (`13/04/2025`) settles the others
/// (`03/04/2025` is then 3 April). A file whose dates show both orders settles nothing.
pub fn file_dates<'a>(cells: impl IntoIterator<Item = &'a str>) -> FileDates {
    let mut two_ways: Option<&str> = None;
    let mut day_first: Option<&str> = None;
    let mut month_first: Option<&str> = None;
    for cell in cells {
        let slot = match numeric_readings(cell) {
            Some(Readings::Both) => &mut two_ways,
            Some(Readings::DayFirstOnly) => &mut day_first,
            Some(Readings::MonthFirstOnly) => &mut month_first,
            None => continue,
        };
        slot.get_or_insert(cell);
    }
    match (two_ways, day_first, month_first) {
        (None, _, _) => FileDates::Clear,
        (Some(_), Some(shown_by), None) => FileDates::Settled {
            order: DateOrder::Dmy,
            shown_by: shown_by.trim().to_owned(),
        },
        (Some(_), None, Some(shown_by)) => FileDates::Settled {
            order: DateOrder::Mdy,
            shown_by: shown_by.trim().to_owned(),
        },
        (Some(example), _, _) => FileDates::Unsettled {
            example: example.trim().to_owned(),
        },
    }
}

/// The order a file's numeric dates are read in: the one `given`, or the one its own dates
/// show (with the rule that says so in the summary); `None` leaves a date that reads two ways
/// to be refused, naming both readings.
pub(super) fn date_order_of<'a>(
    given: Option<DateOrder>,
    cells: impl IntoIterator<Item = &'a str>,
) -> (Option<DateOrder>, Option<ImportRule>) {
    if given.is_some() {
        return (given, None);
    }
    match file_dates(cells) {
        FileDates::Settled { order, shown_by } => (
            Some(order),
            Some(ImportRule::DateOrderFromFile { order, shown_by }),
        ),
        FileDates::Clear | FileDates::Unsettled { .. } => (None, None),
    }
}

/// The `HH:MM` after an ISO date (`2025-01-09T08:30...` or `2025-01-09 08:30`), if any.
fn time_after_iso_date(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let iso = bytes.len() >= 16
        && bytes.get(4) == Some(&b'-')
        && matches!(bytes.get(10), Some(b'T' | b' '))
        && bytes.get(13) == Some(&b':');
    let time = text.get(11..16)?;
    (iso && time.bytes().enumerate().all(|(index, byte)| {
        if index == 2 {
            byte == b':'
        } else {
            byte.is_ascii_digit()
        }
    }))
    .then(|| time.to_owned())
}

/// What a score may be, on its `scale` or on 0 to 10, for messages.
pub(super) fn score_allowed(scale: Option<Scale>) -> Allowed {
    match scale {
        Some(scale) => Allowed::ScoreOnScale {
            min: scale.min,
            max: scale.max,
        },
        None => Allowed::ScoreOnTen,
    }
}

/// Hours written as `7.5`, `7,5`, `7h 30m`, `7h`, `7:30` or `7:30:00` (Track & Graph's
/// durations).
pub fn read_hours(text: &str) -> Option<f64> {
    let text = text.trim().to_lowercase();
    if let Some(value) = cell_number(&text, true) {
        return Some(value);
    }
    let parts: Vec<&str> = text.split(':').map(str::trim).collect();
    let (hours, minutes, seconds) = match parts.as_slice() {
        [hours, minutes] => (*hours, *minutes, "0"),
        [hours, minutes, seconds] => (*hours, *minutes, *seconds),
        _ => {
            let (hours, rest) = text.split_once('h')?;
            let minutes = rest.trim().trim_end_matches("min").trim_end_matches('m');
            (
                hours.trim(),
                if minutes.trim().is_empty() {
                    "0"
                } else {
                    minutes.trim()
                },
                "0",
            )
        }
    };
    let hours: u32 = hours.parse().ok()?;
    let minutes: u32 = minutes.parse().ok()?;
    let seconds: u32 = seconds.parse().ok()?;
    (minutes < 60 && seconds < 60)
        .then(|| f64::from(hours) + f64::from(minutes) / 60.0 + f64::from(seconds) / 3600.0)
}

/// One score as read, before the day's readings are combined.
#[derive(Debug, Clone, Copy)]
struct ScoreReading {
    /// The value as written in the file.
    written: f64,
    /// The value mapped onto 0 to 10, not yet rounded.
    on_ten: f64,
    /// The time of day of its row, in minutes since midnight, when it can be read.
    minutes: Option<u32>,
}

/// The readings of one day, in file order until [`DayBook::finish`] puts them in the order of
/// the day.
#[derive(Debug)]
struct Day {
    /// Where the day's first row is, for messages.
    location: Location,
    scores: Vec<(Field, Option<Scale>, ScoreReading)>,
    sleep_hours: Vec<f64>,
    rescue_doses: Vec<f64>,
    wearing_off: bool,
    side_effects: Vec<String>,
    tags: Vec<String>,
    /// Notes with the time of their row, when known.
    notes: Vec<(Option<String>, String)>,
}

impl Day {
    /// A day without readings yet, whose first row is at `location`.
    fn new(location: Location) -> Self {
        Self {
            location,
            scores: Vec::new(),
            sleep_hours: Vec::new(),
            rescue_doses: Vec::new(),
            wearing_off: false,
            side_effects: Vec::new(),
            tags: Vec::new(),
            notes: Vec::new(),
        }
    }

    fn readings_of(&self, field: Field) -> Vec<ScoreReading> {
        self.scores
            .iter()
            .filter(|(scored, _, _)| *scored == field)
            .map(|(_, _, reading)| *reading)
            .collect()
    }

    fn has_several_readings(&self) -> bool {
        let several_scores = Field::ALL
            .into_iter()
            .filter(|field| field.is_score())
            .any(|field| self.readings_of(field).len() > 1);
        several_scores
            || self.sleep_hours.len() > 1
            || self.rescue_doses.len() > 1
            || self.notes.len() > 1
    }
}

/// A value that does not fit its field, or a date that cannot be read, at a row.
#[derive(Debug)]
pub(super) enum RowError {
    /// The field, the value and what is allowed.
    Value(ValidationError),
    /// The date cell.
    Date(DateTextError),
}

impl From<ValidationError> for RowError {
    fn from(error: ValidationError) -> Self {
        Self::Value(error)
    }
}

impl RowError {
    /// The error at `location` of `file`.
    pub(super) fn at(self, file: &str, location: &Location) -> ImportError {
        match self {
            Self::Value(error) => ImportError::Invalid {
                file: file.to_owned(),
                location: location.clone(),
                error: Box::new(error),
            },
            Self::Date(error) => ImportError::Date {
                file: file.to_owned(),
                location: location.clone(),
                error,
            },
        }
    }
}

/// Every day's readings, gathered row by row, then combined into entries by [`DayBook::finish`].
#[derive(Debug, Default)]
pub(super) struct DayBook {
    days: BTreeMap<NaiveDate, Day>,
    /// Whether a `0` is a reading or "not logged".
    zero: ZeroMeans,
    /// Readings of 0 not taken because the file writes 0 for "not logged".
    zeros_not_logged: usize,
    /// Whether any score was written with a fraction.
    fractional: bool,
}

/// One row's place in the book: its day, its time of day and its location.
pub(super) struct RowDay<'a> {
    book: &'a mut DayBook,
    date: NaiveDate,
    time: Option<String>,
    location: Location,
}

impl DayBook {
    /// An empty book; `zero` says what a `0` means.
    pub(super) fn new(zero: ZeroMeans) -> Self {
        Self {
            zero,
            ..Self::default()
        }
    }

    /// The row at `location` on `date` (at `time` when known), to add its readings to.
    pub(super) fn row(
        &mut self,
        date: NaiveDate,
        time: Option<String>,
        location: &Location,
    ) -> RowDay<'_> {
        self.days
            .entry(date)
            .or_insert_with(|| Day::new(location.clone()));
        RowDay {
            book: self,
            date,
            time: time.filter(|time| !time.trim().is_empty()),
            location: location.clone(),
        }
    }

    /// The days as entries, combined by these rules: typical pain is the mean of the day's pain
    /// readings, rounded half up (one reading is kept as given); worst pain the highest of the
    /// day's worst-pain readings, or when there are none, the highest pain reading if there are
    /// several; sleep quality, mobility and mood the mean of their readings; sleep hours and
    /// rescue doses added up (a nap is a second sleep), hours rounded to the quarter hour;
    /// side effects and tags each once; notes joined in the order of the day (file order
    /// when a time cannot be read), each after its time when the day has several; scores on
    /// another scale, fractional scores and the readings of a day with several go into the
    /// note as written. A day without a pain reading is not an
    /// entry and is listed in the summary.
    ///
    /// # Errors
    /// [`ImportError::Invalid`] naming the day's first row when a combined value does not fit
    /// (more than 24 hours of sleep, more than 50 rescue doses).
    pub(super) fn finish(mut self, file: &str) -> Result<Imported, ImportError> {
        // Readings in the order of the day when every time can be read (files often list the
        // newest first); otherwise in file order.
        for day in self.days.values_mut() {
            if day
                .scores
                .iter()
                .all(|(_, _, reading)| reading.minutes.is_some())
            {
                day.scores.sort_by_key(|(_, _, reading)| reading.minutes);
            }
        }
        let mut imported = Imported::default();
        let mut without_pain: Vec<NaiveDate> = Vec::new();
        let mut several = 0;
        for (date, day) in &self.days {
            if day.readings_of(Field::Pain).is_empty() {
                without_pain.push(*date);
                continue;
            }
            if day.has_several_readings() {
                several += 1;
            }
            let entry = day_entry(*date, day).map_err(|error| ImportError::Invalid {
                file: file.to_owned(),
                location: Location::DayReadings {
                    first: Box::new(day.location.clone()),
                    date: *date,
                },
                error: Box::new(error),
            })?;
            imported.entry_locations.insert(*date, day.location.clone());
            imported.entries.push(entry);
        }
        imported.several_readings_days = several;
        imported.days_without_pain = without_pain.len();
        imported.zeros_not_logged = self.zeros_not_logged;
        if several > 0 {
            imported
                .rules
                .push(ImportRule::SeveralReadings { days: several });
        }
        if self.fractional {
            imported.rules.push(ImportRule::FractionalScores);
        }
        if self.zeros_not_logged > 0 {
            imported.rules.push(ImportRule::ZerosNotLogged {
                count: self.zeros_not_logged,
            });
        }
        if !without_pain.is_empty() {
            imported
                .rules
                .push(ImportRule::DaysWithoutPain { days: without_pain });
        }
        Ok(imported)
    }
}

impl RowDay<'_> {
    fn day(&mut self) -> &mut Day {
        // The day was inserted when the row was opened.
        self.book
            .days
            .entry(self.date)
            .or_insert_with(|| Day::new(self.location.clone()))
    }

    /// Whether `value` is a `0` the file writes for "not logged"; counted when it is.
    fn not_logged(&mut self, value: f64) -> bool {
        let not_logged = self.book.zero == ZeroMeans::NotLogged && value == 0.0;
        if not_logged {
            self.book.zeros_not_logged += 1;
        }
        not_logged
    }

    /// A score for `field` written as `value`, on `scale` when it is not on 0 to 10.
    ///
    /// # Errors
    /// [`ValidationError`] naming the field, the value as written and the range allowed.
    pub(super) fn score(
        &mut self,
        field: Field,
        value: f64,
        written: &str,
        scale: Option<Scale>,
    ) -> Result<(), ValidationError> {
        if self.not_logged(value) {
            return Ok(());
        }
        let on_ten = match scale {
            Some(scale) => scale.to_ten(value),
            None => (value.is_finite() && (0.0..=10.0).contains(&value)).then_some(value),
        }
        .ok_or_else(|| ValidationError::new(field.name(), written, score_allowed(scale)))?;
        if value.fract() != 0.0 {
            self.book.fractional = true;
        }
        let minutes = self.time.as_deref().and_then(minutes_of_day);
        self.day().scores.push((
            field,
            scale,
            ScoreReading {
                written: value,
                on_ten,
                minutes,
            },
        ));
        Ok(())
    }

    /// Hours slept.
    ///
    /// # Errors
    /// [`ValidationError`] when the hours are outside 0 to 24.
    pub(super) fn sleep_hours(&mut self, hours: f64, written: &str) -> Result<(), ValidationError> {
        if self.not_logged(hours) {
            return Ok(());
        }
        if !(hours.is_finite() && (0.0..=24.0).contains(&hours)) {
            return Err(ValidationError::new(
                "sleep_hours",
                written,
                SleepHours::ALLOWED,
            ));
        }
        self.day().sleep_hours.push(hours);
        Ok(())
    }

    /// Rescue doses taken.
    ///
    /// # Errors
    /// [`ValidationError`] when the count is not a whole number from 0 to 50.
    pub(super) fn rescue_doses(
        &mut self,
        doses: f64,
        written: &str,
    ) -> Result<(), ValidationError> {
        if self.not_logged(doses) {
            return Ok(());
        }
        RescueDoses::from_f64(doses)
            .map_err(|_| ValidationError::new("rescue_doses", written, RescueDoses::ALLOWED))?;
        self.day().rescue_doses.push(doses);
        Ok(())
    }

    /// "Relief wearing off" marked on this row.
    pub(super) fn wearing_off(&mut self, marked: bool) {
        if marked {
            self.day().wearing_off = true;
        }
    }

    /// Side effects, each kept once per day.
    pub(super) fn side_effects(&mut self, items: &[String]) {
        let day = self.day();
        for item in items {
            if !day.side_effects.contains(item) {
                day.side_effects.push(item.clone());
            }
        }
    }

    /// Tags, each kept once per day.
    pub(super) fn tags(&mut self, items: &[String]) {
        let day = self.day();
        for item in items {
            if !day.tags.contains(item) {
                day.tags.push(item.clone());
            }
        }
    }

    /// A note of this row (empty text is ignored).
    pub(super) fn note(&mut self, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let time = self.time.clone();
        self.day().notes.push((time, text.to_owned()));
    }
}

/// Minutes since midnight of a time written `08:30`, `8:30 pm`, `10:00 PM` or `20:15:00`.
fn minutes_of_day(text: &str) -> Option<u32> {
    let lower = text.trim().to_lowercase();
    let (clock, afternoon) = if let Some(clock) = lower.strip_suffix("pm") {
        (clock.trim(), Some(true))
    } else if let Some(clock) = lower.strip_suffix("am") {
        (clock.trim(), Some(false))
    } else {
        (lower.as_str(), None)
    };
    let mut parts = clock.split(':');
    let hours: u32 = parts.next()?.trim().parse().ok()?;
    let minutes: u32 = parts.next()?.trim().parse().ok()?;
    let hours = match afternoon {
        Some(true) if hours < 12 => hours + 12,
        Some(false) if hours == 12 => 0,
        _ => hours,
    };
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

/// A value on 0 to 10 rounded half up (the small allowance keeps exact halves from rounding
/// down through floating-point error).
fn rounded(on_ten: f64) -> f64 {
    (on_ten + 0.5 + 1e-9).floor().clamp(0.0, 10.0)
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

fn day_entry(date: NaiveDate, day: &Day) -> Result<Entry, ValidationError> {
    let mut originals = Vec::new();
    let mut combined =
        |field: Field, values: &[ScoreReading]| -> Result<Option<Score>, ValidationError> {
            if values.is_empty() {
                return Ok(None);
            }
            let on_ten: Vec<f64> = values.iter().map(|reading| reading.on_ten).collect();
            let scale = day
                .scores
                .iter()
                .find(|(scored, _, _)| *scored == field)
                .and_then(|(_, scale, _)| *scale);
            let lossy = scale.is_some()
                || values.len() > 1
                || values.iter().any(|reading| reading.written.fract() != 0.0);
            if lossy {
                let written: Vec<String> = values
                    .iter()
                    .map(|reading| number_text(reading.written))
                    .collect();
                originals.push(format!(
                    "{} {}{}",
                    field.name().replace('_', " "),
                    written.join(", "),
                    scale.map_or_else(String::new, |scale| format!(" on {}", scale.label()))
                ));
            }
            Score::new(field.name(), rounded(mean(&on_ten)) as i64).map(Some)
        };
    let pain_readings = day.readings_of(Field::Pain);
    let pain = combined(Field::Pain, &pain_readings)?
        .ok_or_else(|| ValidationError::new("pain", "", Score::ALLOWED))?;
    let mut entry = Entry::new(date, pain);
    let worst_readings = day.readings_of(Field::WorstPain);
    entry.worst_pain = if worst_readings.is_empty() {
        if pain_readings.len() > 1 {
            let highest = pain_readings
                .iter()
                .map(|reading| reading.on_ten)
                .fold(f64::MIN, f64::max);
            Some(Score::new("worst_pain", rounded(highest) as i64)?)
        } else {
            None
        }
    } else {
        let highest = worst_readings
            .iter()
            .map(|reading| reading.on_ten)
            .fold(f64::MIN, f64::max);
        let worst = Score::new("worst_pain", rounded(highest) as i64)?;
        // The original worst readings go into the note like any other score.
        combined(Field::WorstPain, &worst_readings)?;
        Some(worst)
    };
    entry.sleep_quality = combined(Field::SleepQuality, &day.readings_of(Field::SleepQuality))?;
    entry.mobility = combined(Field::Mobility, &day.readings_of(Field::Mobility))?;
    entry.mood = combined(Field::Mood, &day.readings_of(Field::Mood))?;
    if !day.sleep_hours.is_empty() {
        let total: f64 = day.sleep_hours.iter().sum();
        entry.sleep_hours = Some(SleepHours::new((total * 4.0).round() / 4.0)?);
    }
    if !day.rescue_doses.is_empty() {
        let total: f64 = day.rescue_doses.iter().sum();
        entry.rescue_doses = Some(RescueDoses::from_f64(total)?);
    }
    entry.wearing_off = day.wearing_off;
    entry.side_effects = TextList::new("side_effects", day.side_effects.clone())?;
    entry.tags = TextList::new("tags", day.tags.clone())?;
    let several_notes = day.notes.len() > 1;
    let mut notes: Vec<&(Option<String>, String)> = day.notes.iter().collect();
    // In the order of the day when every note's time can be read (files often list the newest
    // first); otherwise in file order.
    if notes
        .iter()
        .all(|(time, _)| time.as_deref().and_then(minutes_of_day).is_some())
    {
        notes.sort_by_key(|(time, _)| time.as_deref().and_then(minutes_of_day));
    }
    let mut parts: Vec<String> = notes
        .into_iter()
        .map(|(time, text)| match time {
            Some(time) if several_notes => format!("{time} {text}"),
            _ => text.clone(),
        })
        .collect();
    parts.extend(originals);
    entry.note = parts.join("; ");
    Ok(entry)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_date_that_reads_one_way_settles_the_files_order() {
        let german = ["01.03.2025", "02.03.2025", "13.03.2025"];
        assert_eq!(
            file_dates(german),
            FileDates::Settled {
                order: DateOrder::Dmy,
                shown_by: "13.03.2025".to_owned()
            }
        );
        let american = ["3/1/2025", "3/13/2025"];
        assert!(matches!(
            file_dates(american),
            FileDates::Settled {
                order: DateOrder::Mdy,
                ..
            }
        ));
        // Nothing in the file settles 01/03 and 02/03; 04/04 reads the same both ways.
        assert_eq!(
            file_dates(["04/04/2025", "01/03/2025", "02/03/2025"]),
            FileDates::Unsettled {
                example: "01/03/2025".to_owned()
            }
        );
        assert!(file_dates(["01/03/2025", "13/03/2025", "03/13/2025"]).needs_order());
        // ISO dates, epoch times, month names and days past 12 alone need nothing.
        for clear in [
            vec!["2025-03-01", "2025-03-02"],
            vec!["1736409600514"],
            vec!["12 Jan 2025"],
            vec!["13/03/2025", "14/03/2025"],
        ] {
            assert_eq!(file_dates(clear.clone()), FileDates::Clear, "{clear:?}");
        }
        assert_eq!(
            date_order_of(None, ["05/04/25", "25/04/25"]).0,
            Some(DateOrder::Dmy)
        );
        assert_eq!(
            date_order_of(Some(DateOrder::Mdy), ["25/04/25"]),
            (Some(DateOrder::Mdy), None)
        );
    }

    #[test]
    fn hours_are_read_in_the_forms_trackers_write() {
        for (text, hours) in [
            ("7.5", 7.5),
            ("7,5", 7.5),
            ("7h 30m", 7.5),
            ("7h", 7.0),
            ("7:45", 7.75),
            ("5:30:00", 5.5),
            ("0:45:00", 0.75),
        ] {
            assert_eq!(read_hours(text), Some(hours), "{text}");
        }
        assert_eq!(read_hours("long"), None);
        assert_eq!(read_hours("7:75"), None);
    }

    #[test]
    fn iso_date_times_are_dated_by_the_day_they_name() {
        let reference = day("2026-01-01");
        // 23:30 at +01:00 is 22:30 UTC the same day; 00:30 at -05:00 is 05:30 UTC.
        assert_eq!(
            read_when("2025-01-09T23:30:00.000+01:00", None, reference).unwrap(),
            (day("2025-01-09"), Some("23:30".into()))
        );
        assert_eq!(
            read_when("2025-01-10T00:30-05:00", None, reference).unwrap(),
            (day("2025-01-10"), Some("00:30".into()))
        );
        assert_eq!(
            read_when("2025-01-10", None, reference).unwrap(),
            (day("2025-01-10"), None)
        );
    }

    #[test]
    fn a_pain_mean_rounds_half_up_and_the_highest_is_worst() {
        let mut book = DayBook::new(ZeroMeans::Score);
        let mut row = book.row(day("2025-01-09"), Some("08:00".into()), &Location::Line(2));
        row.score(Field::Pain, 6.0, "6", None).unwrap();
        row.note("stiff");
        let mut row = book.row(day("2025-01-09"), Some("20:00".into()), &Location::Line(3));
        row.score(Field::Pain, 7.0, "7", None).unwrap();
        row.note("better");
        let imported = book.finish("f.csv").unwrap();
        let entry = &imported.entries[0];
        // (6 + 7) / 2 = 6.5 -> 7; the highest is 7.
        assert_eq!(entry.pain.get(), 7);
        assert_eq!(entry.worst_pain.map(Score::get), Some(7));
        assert_eq!(entry.note, "08:00 stiff; 20:00 better; pain 6, 7");
        assert_eq!(imported.several_readings_days, 1);
    }

    #[test]
    fn zeros_for_not_logged_are_no_readings() {
        let mut book = DayBook::new(ZeroMeans::NotLogged);
        book.row(day("2025-01-09"), None, &Location::Line(2))
            .score(Field::Pain, 0.0, "0", None)
            .unwrap();
        book.row(day("2025-01-10"), None, &Location::Line(3))
            .score(Field::Pain, 6.5, "6.5", None)
            .unwrap();
        let imported = book.finish("f.csv").unwrap();
        assert_eq!(imported.entries.len(), 1);
        // 6.5 rounds half up to 7 and is kept as written.
        assert_eq!(imported.entries[0].pain.get(), 7);
        assert_eq!(imported.entries[0].note, "pain 6.5");
        assert_eq!(imported.zeros_not_logged, 1);
        assert_eq!(imported.days_without_pain, 1);
    }
}
