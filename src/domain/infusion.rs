//! Infusions: done or planned, with their phase.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Allowed, DoseMg, DurationMin, TextList, ValidationError};

/// Whether an infusion has happened or is booked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InfusionStatus {
    /// The infusion was given.
    Done,
    /// The infusion is booked for a future day.
    Planned,
}

impl InfusionStatus {
    /// The name used in files and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Planned => "planned",
        }
    }
}

impl fmt::Display for InfusionStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for InfusionStatus {
    type Err = ValidationError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim() {
            "done" => Ok(Self::Done),
            "planned" => Ok(Self::Planned),
            other => Err(ValidationError::new(
                "status",
                other,
                Allowed::OneOf(&["done", "planned"]),
            )),
        }
    }
}

/// The treatment phase an infusion belongs to. `None` in an [`Infusion`] means "infer it".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// The first series of 3 to 6 infusions over 1 to 2 weeks.
    Loading,
    /// Later booster infusions, every few weeks.
    Maintenance,
}

impl Phase {
    /// The name used in files and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Loading => "loading",
            Self::Maintenance => "maintenance",
        }
    }

    /// Parses an optional phase: empty text, `auto` or `null` mean "infer it".
    ///
    /// # Errors
    ///
    /// [`ValidationError`] when the text is not empty, `auto`, `null`, `loading` or `maintenance`.
    pub fn parse_optional(text: &str) -> Result<Option<Self>, ValidationError> {
        match text.trim() {
            "" | "auto" | "null" => Ok(None),
            other => other.parse().map(Some),
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Phase {
    type Err = ValidationError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim() {
            "loading" => Ok(Self::Loading),
            "maintenance" => Ok(Self::Maintenance),
            other => Err(ValidationError::new("phase", other, Allowed::Phase)),
        }
    }
}

/// One infusion, given or planned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Infusion {
    /// The day of the infusion.
    pub date: NaiveDate,
    /// Done or planned.
    pub status: InfusionStatus,
    /// Loading or maintenance; `None` lets the analysis infer it.
    pub phase: Option<Phase>,
    /// Dose in milligrams.
    pub dose_mg: Option<DoseMg>,
    /// Duration in minutes.
    pub duration_min: Option<DurationMin>,
    /// Clinic name.
    pub clinic: String,
    /// Side effects during or after the infusion.
    pub side_effects: TextList,
    /// Free note.
    pub note: String,
}

impl Infusion {
    /// A done infusion on `date` with nothing else recorded.
    pub fn done(date: NaiveDate) -> Self {
        Self {
            date,
            status: InfusionStatus::Done,
            phase: None,
            dose_mg: None,
            duration_min: None,
            clinic: String::new(),
            side_effects: TextList::default(),
            note: String::new(),
        }
    }

    /// A planned infusion on `date` with nothing else recorded.
    pub fn planned(date: NaiveDate) -> Self {
        Self {
            status: InfusionStatus::Planned,
            ..Self::done(date)
        }
    }

    /// Whether the infusion has been given.
    pub fn is_done(&self) -> bool {
        self.status == InfusionStatus::Done
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_and_phase_parse_their_names_only() {
        assert_eq!("done".parse(), Ok(InfusionStatus::Done));
        assert_eq!("planned".parse(), Ok(InfusionStatus::Planned));
        assert!("booked".parse::<InfusionStatus>().is_err());
        assert_eq!(Phase::parse_optional(""), Ok(None));
        assert_eq!(Phase::parse_optional("loading"), Ok(Some(Phase::Loading)));
        assert_eq!(
            Phase::parse_optional("maintenance"),
            Ok(Some(Phase::Maintenance))
        );
        let error = Phase::parse_optional("booster").unwrap_err();
        assert_eq!(error.field, "phase");
    }
}
