//! The one validation error of the domain: which field, what was given, what is allowed.

use std::fmt;

/// A value that does not fit its field.
///
/// The message names the field, the value as given and the allowed range, so it can be shown
/// to a patient or printed by the CLI as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ValidationError {
    /// The field name as used in the JSON and CSV formats, e.g. `pain`.
    pub field: &'static str,
    /// The value as the user gave it.
    pub value: String,
    /// What the field accepts, e.g. `a whole number from 0 to 10`.
    pub allowed: String,
}

impl ValidationError {
    /// Builds an error for `field` with the given value and allowed range.
    pub fn new(field: &'static str, value: impl fmt::Display, allowed: impl Into<String>) -> Self {
        Self {
            field,
            value: value.to_string(),
            allowed: allowed.into(),
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: \"{}\" is not allowed; expected {}",
            self.field, self.value, self.allowed
        )
    }
}
