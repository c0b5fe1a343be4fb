//! Journal days and the injected clock.

use chrono::{Duration, Local, NaiveDate, NaiveDateTime, NaiveTime};

use super::{Allowed, ValidationError};

/// What a date field accepts, for messages.
pub const DATE_ALLOWED: Allowed = Allowed::IsoDate;

/// Parses a `YYYY-MM-DD` date for `field`.
///
/// # Errors
///
/// [`ValidationError`] naming `field` and the text when it is not a `YYYY-MM-DD` date.
pub fn parse_date(field: &'static str, text: &str) -> Result<NaiveDate, ValidationError> {
    let text = text.trim();
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| ValidationError::new(field, text, DATE_ALLOWED))?;
    let earliest = NaiveDate::from_ymd_opt(1900, 1, 1);
    let latest = NaiveDate::from_ymd_opt(2199, 12, 31);
    if Some(date) < earliest || Some(date) > latest || text.len() != 10 {
        return Err(ValidationError::new(field, text, DATE_ALLOWED));
    }
    Ok(date)
}

/// Refuses an entry dated after `today`: a day that has not come cannot have been logged, and
/// such a date is nearly always a mistyped year.
///
/// # Errors
///
/// [`ValidationError`] on `date` naming the date, today and what to do.
pub fn entry_not_after_today(date: NaiveDate, today: NaiveDate) -> Result<(), ValidationError> {
    not_after_today(date, Allowed::EntryNotAfterToday { today }, today)
}

/// Refuses a done infusion dated after `today`; planned infusions may be in the future.
///
/// # Errors
///
/// [`ValidationError`] on `date` naming the date, today and what to do (mark it planned).
pub fn done_infusion_not_after_today(
    date: NaiveDate,
    today: NaiveDate,
) -> Result<(), ValidationError> {
    not_after_today(date, Allowed::DoneInfusionNotAfterToday { today }, today)
}

/// `date` no later than `today`, or the error saying what a day after today needs.
fn not_after_today(
    date: NaiveDate,
    allowed: Allowed,
    today: NaiveDate,
) -> Result<(), ValidationError> {
    if date <= today {
        return Ok(());
    }
    Err(ValidationError::new("date", date, allowed))
}

/// The error for a second done infusion on a day that has one.
pub fn second_done_infusion(date: NaiveDate) -> ValidationError {
    ValidationError::new("date", date, Allowed::OneDoneInfusionADay { date })
}

/// The journal day at `now`: before `rollover_hour` o'clock it is still yesterday,
/// so an entry made at 1 a.m. belongs to the day that just ended.
pub fn journal_day(now: NaiveDateTime, rollover_hour: u8) -> NaiveDate {
    let rollover =
        NaiveTime::from_hms_opt(u32::from(rollover_hour.min(23)), 0, 0).unwrap_or_default();
    if now.time() < rollover {
        now.date() - Duration::days(1)
    } else {
        now.date()
    }
}

/// Where "now" comes from, so that tests can fix it.
pub trait Clock: Send + Sync {
    /// The current local date and time.
    fn now(&self) -> NaiveDateTime;
}

/// The computer's local time.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> NaiveDateTime {
        Local::now().naive_local()
    }
}

/// A clock stopped at one moment, for tests and for `--today`.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub NaiveDateTime);

impl FixedClock {
    /// A clock at noon on `date`.
    pub fn at_noon(date: NaiveDate) -> Self {
        Self(date.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default()))
    }
}

impl Clock for FixedClock {
    fn now(&self) -> NaiveDateTime {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, hour: u32) -> NaiveDateTime {
        parse_date("date", date)
            .unwrap()
            .and_hms_opt(hour, 30, 0)
            .unwrap()
    }

    #[test]
    fn before_the_rollover_hour_it_is_still_yesterday() {
        let yesterday = parse_date("date", "2026-03-01").unwrap();
        assert_eq!(journal_day(at("2026-03-02", 3), 4), yesterday);
        assert_eq!(
            journal_day(at("2026-03-02", 4), 4),
            yesterday.succ_opt().unwrap()
        );
        assert_eq!(
            journal_day(at("2026-03-02", 0), 0),
            yesterday.succ_opt().unwrap()
        );
    }

    #[test]
    fn dates_must_be_iso_and_in_range() {
        assert!(parse_date("date", "2026-02-28").is_ok());
        assert!(parse_date("date", "2026-02-30").is_err());
        assert!(parse_date("date", "28.02.2026").is_err());
        assert!(parse_date("date", "1899-12-31").is_err());
        assert!(parse_date("date", "2026-2-8").is_err());
        let error = parse_date("date", "soon").unwrap_err();
        assert!(error.to_string().contains("YYYY-MM-DD"));
    }
}
