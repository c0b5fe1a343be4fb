//! User settings stored in the journal: analysis thresholds, baseline override, display.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{Allowed, ValidationError};

/// The smallest text size factor the settings allow (75%).
pub const MIN_TEXT_SCALE: f32 = 0.75;

/// The largest text size factor the settings allow (200%).
pub const MAX_TEXT_SCALE: f32 = 2.0;

/// The thresholds of the relief analysis. Defaults and their sources are in `docs/ANALYSIS.md`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnalysisSettings {
    /// Relief counted as meaningful, in percent (IMMPACT: 30% is moderately important).
    pub meaningful_relief_pct: f64,
    /// Relief counted as substantial, in percent (IMMPACT: 50%).
    pub substantial_relief_pct: f64,
    /// Days relief must stay below a threshold before it counts as lost.
    pub persistence_days: u32,
    /// Days before the first infusion that form the untreated baseline.
    pub baseline_days: u32,
    /// Logged days a 7-day window needs before it is used.
    pub min_logged_per_week: u32,
    /// Done infusions at most this many days apart form one series.
    pub series_gap_days: u32,
    /// Relief lost at least this many days before the next infusion counts as ending early.
    pub early_warning_days: u32,
}

impl Default for AnalysisSettings {
    fn default() -> Self {
        Self {
            meaningful_relief_pct: 30.0,
            substantial_relief_pct: 50.0,
            persistence_days: 7,
            baseline_days: 7,
            min_logged_per_week: 4,
            series_gap_days: 7,
            early_warning_days: 7,
        }
    }
}

impl AnalysisSettings {
    /// Checks every threshold against its allowed range.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] naming the first threshold outside its range, or a substantial relief
    /// threshold not above the meaningful one.
    pub fn validate(&self) -> Result<(), ValidationError> {
        check_f64(
            "meaningful_relief_pct",
            self.meaningful_relief_pct,
            5.0,
            95.0,
        )?;
        check_f64(
            "substantial_relief_pct",
            self.substantial_relief_pct,
            5.0,
            95.0,
        )?;
        if self.substantial_relief_pct <= self.meaningful_relief_pct {
            return Err(ValidationError::new(
                "substantial_relief_pct",
                self.substantial_relief_pct,
                Allowed::AboveMeaningfulRelief {
                    meaningful: self.meaningful_relief_pct,
                },
            ));
        }
        check_u32("persistence_days", self.persistence_days, 1, 28)?;
        check_u32("baseline_days", self.baseline_days, 3, 28)?;
        check_u32("min_logged_per_week", self.min_logged_per_week, 1, 7)?;
        check_u32("series_gap_days", self.series_gap_days, 1, 28)?;
        check_u32("early_warning_days", self.early_warning_days, 1, 28)?;
        Ok(())
    }
}

/// Light, dark, or whatever the system uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    System,
    /// Light theme.
    Light,
    /// Dark theme.
    Dark,
}

impl Theme {
    /// What a theme accepts, for messages: its names as files write them.
    pub const ALLOWED: Allowed = Allowed::OneOf(&["system", "light", "dark"]);

    /// The name used in files and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

impl fmt::Display for Theme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Theme {
    type Err = ValidationError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim() {
            "system" => Ok(Self::System),
            "light" => Ok(Self::Light),
            "dark" => Ok(Self::Dark),
            other => Err(ValidationError::new("theme", other, Self::ALLOWED)),
        }
    }
}

/// Everything the user can set, stored in the journal file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Analysis thresholds.
    #[serde(flatten)]
    pub analysis: AnalysisSettings,
    /// The remembered baseline: the pain (1 to 10) the patient remembers on a typical day before
    /// ketamine, used when the untreated period before the first infusion is not logged.
    pub baseline_pain: Option<f64>,
    /// Before this hour, "today" is still the previous journal day.
    pub day_rollover_hour: u8,
    /// Colour theme.
    pub theme: Theme,
    /// Text size factor, [`MIN_TEXT_SCALE`] to [`MAX_TEXT_SCALE`].
    pub text_scale: f32,
    /// Name printed on reports; empty for none.
    pub patient_name: String,
    /// Days automatic backups are kept.
    pub backup_keep_days: u32,
    /// Minutes without input after which the app locks a journal protected by a passphrase,
    /// [`MIN_AUTO_LOCK_MINUTES`] to [`MAX_AUTO_LOCK_MINUTES`]; 0 never locks it by itself.
    pub auto_lock_minutes: u32,
    /// The language the app speaks, as a tag of [`super::LANGUAGES`] (`es`, or `es-MX` with a
    /// region); empty for the system's language.
    pub language: String,
}

/// The shortest idle time before the app locks a protected journal, in minutes (0 means never).
pub const MIN_AUTO_LOCK_MINUTES: u32 = 1;

/// The longest idle time before the app locks a protected journal, in minutes (4 hours).
pub const MAX_AUTO_LOCK_MINUTES: u32 = 240;

impl Default for Settings {
    fn default() -> Self {
        Self {
            analysis: AnalysisSettings::default(),
            baseline_pain: None,
            day_rollover_hour: 4,
            theme: Theme::System,
            text_scale: 1.0,
            patient_name: String::new(),
            backup_keep_days: 14,
            auto_lock_minutes: 10,
            language: String::new(),
        }
    }
}

impl Settings {
    /// These settings (as stored now) with the changes `edited` makes to `base` (the settings it
    /// was edited from): each setting `edited` changed takes its value, every other keeps its
    /// value here, so that a change made meanwhile by another program (an import that set the
    /// remembered baseline) is never reverted by a copy that did not see it. Every field is
    /// named, so a new setting cannot be forgotten here.
    #[must_use]
    pub fn with_changes(&self, base: &Self, edited: &Self) -> Self {
        /// Takes `edited`'s value of a field when it differs from `base`'s.
        fn take<T: PartialEq + Clone>(merged: &mut T, base: &T, edited: &T) {
            if edited != base {
                merged.clone_from(edited);
            }
        }
        let Self {
            analysis:
                AnalysisSettings {
                    meaningful_relief_pct,
                    substantial_relief_pct,
                    persistence_days,
                    baseline_days,
                    min_logged_per_week,
                    series_gap_days,
                    early_warning_days,
                },
            baseline_pain,
            day_rollover_hour,
            theme,
            text_scale,
            patient_name,
            backup_keep_days,
            auto_lock_minutes,
            language,
        } = base;
        let mut merged = self.clone();
        let analysis = &mut merged.analysis;
        take(
            &mut analysis.meaningful_relief_pct,
            meaningful_relief_pct,
            &edited.analysis.meaningful_relief_pct,
        );
        take(
            &mut analysis.substantial_relief_pct,
            substantial_relief_pct,
            &edited.analysis.substantial_relief_pct,
        );
        take(
            &mut analysis.persistence_days,
            persistence_days,
            &edited.analysis.persistence_days,
        );
        take(
            &mut analysis.baseline_days,
            baseline_days,
            &edited.analysis.baseline_days,
        );
        take(
            &mut analysis.min_logged_per_week,
            min_logged_per_week,
            &edited.analysis.min_logged_per_week,
        );
        take(
            &mut analysis.series_gap_days,
            series_gap_days,
            &edited.analysis.series_gap_days,
        );
        take(
            &mut analysis.early_warning_days,
            early_warning_days,
            &edited.analysis.early_warning_days,
        );
        take(
            &mut merged.baseline_pain,
            baseline_pain,
            &edited.baseline_pain,
        );
        take(
            &mut merged.day_rollover_hour,
            day_rollover_hour,
            &edited.day_rollover_hour,
        );
        take(&mut merged.theme, theme, &edited.theme);
        take(&mut merged.text_scale, text_scale, &edited.text_scale);
        take(&mut merged.patient_name, patient_name, &edited.patient_name);
        take(
            &mut merged.backup_keep_days,
            backup_keep_days,
            &edited.backup_keep_days,
        );
        take(
            &mut merged.auto_lock_minutes,
            auto_lock_minutes,
            &edited.auto_lock_minutes,
        );
        take(&mut merged.language, language, &edited.language);
        merged
    }

    /// Checks every setting against its allowed range.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] naming the first setting outside its range.
    pub fn validate(&self) -> Result<(), ValidationError> {
        self.analysis.validate()?;
        if let Some(baseline) = self.baseline_pain {
            check_f64("baseline_pain", baseline, 1.0, 10.0)?;
        }
        check_u32(
            "day_rollover_hour",
            u32::from(self.day_rollover_hour),
            0,
            12,
        )?;
        check_f64(
            "text_scale",
            f64::from(self.text_scale),
            f64::from(MIN_TEXT_SCALE),
            f64::from(MAX_TEXT_SCALE),
        )?;
        check_u32("backup_keep_days", self.backup_keep_days, 1, 365)?;
        if self.auto_lock_minutes != 0 {
            check_u32(
                "auto_lock_minutes",
                self.auto_lock_minutes,
                MIN_AUTO_LOCK_MINUTES,
                MAX_AUTO_LOCK_MINUTES,
            )
            .map_err(|_| {
                ValidationError::new(
                    "auto_lock_minutes",
                    self.auto_lock_minutes,
                    Allowed::AutoLockMinutes {
                        min: MIN_AUTO_LOCK_MINUTES,
                        max: MAX_AUTO_LOCK_MINUTES,
                    },
                )
            })?;
        }
        if !self.language.is_empty() && super::Locale::parse(&self.language).is_none() {
            return Err(ValidationError::new(
                "language",
                &self.language,
                Allowed::LanguageTag,
            ));
        }
        if self.patient_name.chars().count() > 100 || self.patient_name.contains('\n') {
            return Err(ValidationError::new(
                "patient_name",
                &self.patient_name,
                Allowed::OneLine { max_chars: 100 },
            ));
        }
        Ok(())
    }
}

fn check_f64(field: &'static str, value: f64, min: f64, max: f64) -> Result<(), ValidationError> {
    if value.is_finite() && (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            value,
            Allowed::Number { min, max },
        ))
    }
}

fn check_u32(field: &'static str, value: u32, min: u32, max: u32) -> Result<(), ValidationError> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            value,
            Allowed::WholeNumber {
                min: i64::from(min),
                max: i64::from(max),
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_takes_only_what_it_changed() {
        let base = Settings::default();
        let mut stored = base.clone();
        stored.baseline_pain = Some(6.5);
        stored.analysis.persistence_days = 10;
        let mut edited = base.clone();
        edited.theme = Theme::Dark;
        edited.analysis.persistence_days = 5;
        let merged = stored.with_changes(&base, &edited);
        assert_eq!(merged.baseline_pain, Some(6.5));
        assert_eq!(merged.theme, Theme::Dark);
        // Changed on both sides: this edit is the later one.
        assert_eq!(merged.analysis.persistence_days, 5);
        assert_eq!(stored.with_changes(&base, &base), stored);
        // Set back to what the edit started from is a change too, when stored differs.
        let mut put_back = stored.clone();
        put_back.baseline_pain = None;
        assert_eq!(stored.with_changes(&stored, &put_back).baseline_pain, None);
    }

    #[test]
    fn defaults_are_valid() {
        assert_eq!(Settings::default().validate(), Ok(()));
    }

    #[test]
    fn out_of_range_settings_name_the_field() {
        let mut settings = Settings::default();
        settings.analysis.persistence_days = 0;
        assert_eq!(settings.validate().unwrap_err().field, "persistence_days");

        let mut settings = Settings::default();
        settings.analysis.substantial_relief_pct = 20.0;
        assert_eq!(
            settings.validate().unwrap_err().field,
            "substantial_relief_pct"
        );

        let settings = Settings {
            baseline_pain: Some(0.0),
            ..Settings::default()
        };
        assert_eq!(settings.validate().unwrap_err().field, "baseline_pain");

        let settings = Settings {
            day_rollover_hour: 13,
            ..Settings::default()
        };
        assert_eq!(settings.validate().unwrap_err().field, "day_rollover_hour");
    }

    #[test]
    fn settings_serialize_flat() {
        let json = serde_json::to_value(Settings::default()).unwrap();
        assert_eq!(json["meaningful_relief_pct"], 30.0);
        assert_eq!(json["theme"], "system");
        let parsed: Settings = serde_json::from_str(r#"{"persistence_days": 5}"#).unwrap();
        assert_eq!(parsed.analysis.persistence_days, 5);
        assert_eq!(parsed.day_rollover_hour, 4);
    }
}
