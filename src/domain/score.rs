//! Bounded numeric values: 0 to 10 scores, sleep hours, rescue doses, infusion dose and duration.

use serde::{Deserialize, Serialize};

use super::{Allowed, ValidationError};

/// A 0 to 10 rating (pain, worst pain, sleep quality, mobility, mood).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Score(u8);

impl Score {
    /// The lowest score.
    pub const MIN: u8 = 0;
    /// The highest score.
    pub const MAX: u8 = 10;
    /// What a score accepts, for messages.
    pub const ALLOWED: Allowed = Allowed::WholeNumber {
        min: Self::MIN as i64,
        max: Self::MAX as i64,
    };

    /// Validates a whole-number score for `field`.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] naming `field` when `value` is outside 0 to 10.
    pub fn new(field: &'static str, value: i64) -> Result<Self, ValidationError> {
        if (i64::from(Self::MIN)..=i64::from(Self::MAX)).contains(&value) {
            Ok(Self(value as u8))
        } else {
            Err(ValidationError::new(field, value, Self::ALLOWED))
        }
    }

    /// Validates a score given as a number that may have a fraction (as JSON allows).
    ///
    /// # Errors
    ///
    /// [`ValidationError`] naming `field` when `value` has a fraction or is outside 0 to 10.
    pub fn from_f64(field: &'static str, value: f64) -> Result<Self, ValidationError> {
        if value.fract() != 0.0 || !value.is_finite() {
            return Err(ValidationError::new(field, value, Self::ALLOWED));
        }
        Self::new(field, value as i64)
    }

    /// Parses a score typed as text.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] naming `field` when the text is not a whole number from 0 to 10.
    pub fn parse(field: &'static str, text: &str) -> Result<Self, ValidationError> {
        let text = text.trim();
        let value: i64 = text
            .parse()
            .map_err(|_| ValidationError::new(field, text, Self::ALLOWED))?;
        Self::new(field, value)
    }

    /// The nearest valid score: values below 0 become 0 and above 10 become 10.
    /// For generated values only; user input goes through [`Score::new`].
    pub fn saturating(value: i64) -> Self {
        Self(value.clamp(i64::from(Self::MIN), i64::from(Self::MAX)) as u8)
    }

    /// The score as a number.
    pub fn get(self) -> u8 {
        self.0
    }
}

/// Hours slept, 0 to 24 in quarter hours.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SleepHours(f64);

impl SleepHours {
    /// What sleep hours accept, for messages.
    pub const ALLOWED: Allowed = Allowed::SleepHours;

    /// Validates hours slept.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when `value` is outside 0 to 24 or not a whole quarter hour.
    pub fn new(value: f64) -> Result<Self, ValidationError> {
        let quarters = value * 4.0;
        if value.is_finite() && (0.0..=24.0).contains(&value) && quarters.fract() == 0.0 {
            Ok(Self(value))
        } else {
            Err(ValidationError::new("sleep_hours", value, Self::ALLOWED))
        }
    }

    /// Parses hours typed as text.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when the text is not a number of hours from 0 to 24 in quarter hours.
    pub fn parse(text: &str) -> Result<Self, ValidationError> {
        let text = text.trim();
        let value: f64 = text
            .parse()
            .map_err(|_| ValidationError::new("sleep_hours", text, Self::ALLOWED))?;
        Self::new(value)
    }

    /// The hours as a number.
    pub fn get(self) -> f64 {
        self.0
    }
}

/// Breakthrough (rescue) medication doses taken in a day, 0 to 50.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RescueDoses(u8);

impl RescueDoses {
    /// The most doses a day can record.
    pub const MAX: u8 = 50;
    /// What rescue doses accept, for messages.
    pub const ALLOWED: Allowed = Allowed::WholeNumber {
        min: 0,
        max: Self::MAX as i64,
    };

    /// Validates a dose count.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when `value` is outside 0 to 50.
    pub fn new(value: i64) -> Result<Self, ValidationError> {
        if (0..=i64::from(Self::MAX)).contains(&value) {
            Ok(Self(value as u8))
        } else {
            Err(ValidationError::new("rescue_doses", value, Self::ALLOWED))
        }
    }

    /// Validates a dose count given as a number that may have a fraction.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when `value` has a fraction or is outside 0 to 50.
    pub fn from_f64(value: f64) -> Result<Self, ValidationError> {
        if value.fract() != 0.0 || !value.is_finite() {
            return Err(ValidationError::new("rescue_doses", value, Self::ALLOWED));
        }
        Self::new(value as i64)
    }

    /// Parses a dose count typed as text.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when the text is not a whole number from 0 to 50.
    pub fn parse(text: &str) -> Result<Self, ValidationError> {
        let text = text.trim();
        let value: i64 = text
            .parse()
            .map_err(|_| ValidationError::new("rescue_doses", text, Self::ALLOWED))?;
        Self::new(value)
    }

    /// The count as a number.
    pub fn get(self) -> u8 {
        self.0
    }
}

/// An infusion's dose in milligrams, above 0 and at most 5000.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DoseMg(f64);

impl DoseMg {
    /// The largest dose the journal accepts (multi-day infusions included).
    pub const MAX: f64 = 5000.0;
    /// What a dose accepts, for messages.
    pub const ALLOWED: Allowed = Allowed::DoseMg { max: Self::MAX };

    /// Validates a dose.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when `value` is not a finite number in the allowed range.
    pub fn new(value: f64) -> Result<Self, ValidationError> {
        if value.is_finite() && value > 0.0 && value <= Self::MAX {
            Ok(Self(value))
        } else {
            Err(ValidationError::new("dose_mg", value, Self::ALLOWED))
        }
    }

    /// Parses a dose typed as text.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when the text is not a number in the allowed range.
    pub fn parse(text: &str) -> Result<Self, ValidationError> {
        let text = text.trim();
        let value: f64 = text
            .parse()
            .map_err(|_| ValidationError::new("dose_mg", text, Self::ALLOWED))?;
        Self::new(value)
    }

    /// The dose in milligrams.
    pub fn get(self) -> f64 {
        self.0
    }
}

/// An infusion's duration in whole minutes, 1 to 10080 (seven days, for continuous infusions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DurationMin(u32);

impl DurationMin {
    /// The longest duration the journal accepts: seven days.
    pub const MAX: u32 = 7 * 24 * 60;
    /// What a duration accepts, for messages.
    pub const ALLOWED: Allowed = Allowed::DurationMin { max: Self::MAX };

    /// Validates a duration.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when `value` is outside the allowed range.
    pub fn new(value: i64) -> Result<Self, ValidationError> {
        if (1..=i64::from(Self::MAX)).contains(&value) {
            Ok(Self(value as u32))
        } else {
            Err(ValidationError::new("duration_min", value, Self::ALLOWED))
        }
    }

    /// Validates a duration given as a number that may have a fraction.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when `value` has a fraction or is outside the allowed range.
    pub fn from_f64(value: f64) -> Result<Self, ValidationError> {
        if value.fract() != 0.0 || !value.is_finite() {
            return Err(ValidationError::new("duration_min", value, Self::ALLOWED));
        }
        Self::new(value as i64)
    }

    /// Parses a duration typed as text.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when the text is not a whole number in the allowed range.
    pub fn parse(text: &str) -> Result<Self, ValidationError> {
        let text = text.trim();
        let value: i64 = text
            .parse()
            .map_err(|_| ValidationError::new("duration_min", text, Self::ALLOWED))?;
        Self::new(value)
    }

    /// The duration in minutes.
    pub fn get(self) -> u32 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_accepts_its_range_and_rejects_one_past_each_end() {
        assert_eq!(Score::new("pain", 0).map(Score::get), Ok(0));
        assert_eq!(Score::new("pain", 10).map(Score::get), Ok(10));
        let error = Score::new("pain", 11).unwrap_err();
        assert_eq!(error.field, "pain");
        assert_eq!(error.value, "11");
        assert!(error.to_string().contains("0 to 10"), "{error}");
        assert_eq!(error.allowed, Allowed::WholeNumber { min: 0, max: 10 });
        assert!(Score::new("mood", -1).is_err());
        assert!(Score::parse("mood", " 7 ").is_ok());
        assert!(Score::parse("mood", "7.5").is_err());
        assert!(Score::parse("mood", "seven").is_err());
        assert!(Score::from_f64("mood", 6.5).is_err());
        assert!(Score::from_f64("mood", 6.0).is_ok());
    }

    #[test]
    fn sleep_hours_take_quarter_hours_from_0_to_24() {
        assert!(SleepHours::new(0.0).is_ok());
        assert!(SleepHours::new(24.0).is_ok());
        assert!(SleepHours::new(7.25).is_ok());
        assert!(SleepHours::new(24.25).is_err());
        assert!(SleepHours::new(-0.25).is_err());
        assert!(SleepHours::new(7.1).is_err());
        assert!(SleepHours::new(f64::NAN).is_err());
        assert!(SleepHours::parse("6,5").is_err());
    }

    #[test]
    fn rescue_doses_range_from_0_to_50() {
        assert!(RescueDoses::new(0).is_ok());
        assert!(RescueDoses::new(50).is_ok());
        assert!(RescueDoses::new(51).is_err());
        assert!(RescueDoses::new(-1).is_err());
        assert!(RescueDoses::from_f64(1.5).is_err());
    }

    #[test]
    fn dose_and_duration_have_bounds() {
        assert!(DoseMg::new(0.0).is_err());
        assert!(DoseMg::new(0.5).is_ok());
        assert!(DoseMg::new(5000.0).is_ok());
        assert!(DoseMg::new(5000.5).is_err());
        assert!(DurationMin::new(0).is_err());
        assert!(DurationMin::new(1).is_ok());
        assert!(DurationMin::new(10080).is_ok());
        assert!(DurationMin::new(10081).is_err());
    }
}
