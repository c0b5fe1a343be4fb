//! How the domain's refusals read: a value that does not fit its field ([`ValidationError`]),
//! what a field accepts ([`Allowed`]) and a text that is not a date ([`DateTextError`]).
//!
//! Two surfaces name a field differently:
//! - the command line and files ([`Surface::CommandLine`], the `Display` of every error, which
//!   the command line prints and an import error carries) name it by its key, as files and
//!   options write it (`sleep_hours`, from `--sleep-hours` or a CSV header), in every language,
//!   so that the reader finds it in what they typed or in their file; the sentence around it is
//!   in their language (`pain: no se acepta "11"; debe ser un número entero del 0 al 10`);
//! - the app ([`Surface::App`]) names it in words (`horas de sueño`, a `domain-field-*`
//!   message), and words a hint about an option as the choice on screen.
//!
//! Numbers in a range are written for the region ([`super::format::exact`]); values are quoted
//! exactly as given; dates in refusals about a day (today, a day with an infusion) are ISO, as
//! the value refused is.

use std::fmt;

use chrono::NaiveDate;

use crate::domain::{Allowed, DateTextError, LANGUAGES, ValidationError};
use crate::t;

use super::format;

/// Where a refusal is read: it decides how the field is named and how a hint names a choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surface {
    /// The command line and messages about files: fields by their keys, hints by their options.
    CommandLine,
    /// The app: fields in words, hints by the choices on screen.
    App,
}

/// A refused value as `surface` words it: `pain: "11" is not allowed; expected a whole number
/// from 0 to 10`.
pub fn refusal(error: &ValidationError, surface: Surface) -> String {
    let field = match surface {
        Surface::CommandLine => error.field.to_owned(),
        Surface::App => field_name(error.field),
    };
    t!(
        "domain-refused",
        field = field,
        value = error.value.as_str(),
        allowed = allowed(error, surface)
    )
}

/// What the field of `error` accepts, as `surface` words it: `a whole number from 0 to 10`.
pub fn allowed(error: &ValidationError, surface: Surface) -> String {
    match (&error.allowed, surface) {
        (Allowed::ScoreOnScale { min, max }, Surface::CommandLine) => t!(
            "domain-allowed-score-on-scale-option",
            min = format::exact(*min),
            max = format::exact(*max),
            field = error.field,
            scale = scale_label(*min, *max)
        ),
        (Allowed::ScoreOnTen, Surface::CommandLine) => t!("domain-allowed-score-on-ten-option"),
        (other, _) => allowed_text(other),
    }
}

/// The scale as `--scale` writes it: `0-4`, `1-5`, with a decimal point whatever the region.
fn scale_label(min: f64, max: f64) -> String {
    let plain = |value: f64| {
        let rounded = (value * 1000.0).round() / 1000.0;
        format!("{}", if rounded == 0.0 { 0.0 } else { rounded })
    };
    format!("{}-{}", plain(min), plain(max))
}

/// What a field accepts, as the app words it (no option named).
fn allowed_text(allowed: &Allowed) -> String {
    match allowed {
        Allowed::WholeNumber { min, max } => t!(
            "domain-allowed-whole-number",
            min = min.to_string(),
            max = max.to_string()
        ),
        Allowed::Number { min, max } => t!(
            "domain-allowed-number",
            min = format::exact(*min),
            max = format::exact(*max)
        ),
        Allowed::SleepHours => t!("domain-allowed-sleep-hours"),
        Allowed::DoseMg { max } => t!("domain-allowed-dose", max = format::exact(*max)),
        Allowed::DurationMin { max } => t!("domain-allowed-duration", max = max.to_string()),
        Allowed::IsoDate => t!("domain-allowed-iso-date"),
        Allowed::EntryNotAfterToday { today } => t!(
            "domain-allowed-entry-not-after-today",
            today = today.to_string()
        ),
        Allowed::DoneInfusionNotAfterToday { today } => t!(
            "domain-allowed-done-infusion-not-after-today",
            today = today.to_string()
        ),
        Allowed::OneDoneInfusionADay { date } => t!(
            "domain-allowed-one-done-infusion-a-day",
            date = date.to_string()
        ),
        Allowed::OneOf(names) => format::alternatives(names),
        Allowed::Phase => t!("domain-allowed-phase"),
        Allowed::TimeOfDay => t!("domain-allowed-time-of-day"),
        Allowed::AboveMeaningfulRelief { meaningful } => t!(
            "domain-allowed-above-meaningful-relief",
            meaningful = format::exact(*meaningful)
        ),
        Allowed::AutoLockMinutes { min, max } => t!(
            "domain-allowed-auto-lock-minutes",
            min = min.to_string(),
            max = max.to_string()
        ),
        Allowed::LanguageTag => {
            let tags: Vec<&str> = LANGUAGES.iter().map(|language| language.tag).collect();
            t!("domain-allowed-language-tag", tags = tags.join(", "))
        }
        Allowed::OneLine { max_chars } => t!("domain-allowed-one-line", max = (*max_chars)),
        Allowed::ListItems { max_chars } => t!("domain-allowed-list-items", max = (*max_chars)),
        Allowed::TrueOrFalse => t!("domain-allowed-true-or-false"),
        Allowed::JsonTextArray => t!("domain-allowed-json-text-array"),
        Allowed::ScoreOnScale { min, max } => t!(
            "domain-allowed-score-on-scale",
            min = format::exact(*min),
            max = format::exact(*max)
        ),
        Allowed::ScoreOnTen => t!("domain-allowed-score-on-ten"),
        Allowed::Hours => t!("domain-allowed-hours"),
        Allowed::HoursWithSeconds => t!("domain-allowed-hours-with-seconds"),
        Allowed::HoursAndMinutes => t!("domain-allowed-hours-and-minutes"),
        Allowed::PointsScore => t!("domain-allowed-points-score"),
    }
}

/// A field named in words, lower case, in the current language: `sleep hours`, `horas de
/// sueño`. `key` is the field's key as files write it; a key without a name is shown as it is.
pub fn field_name(key: &str) -> String {
    match key {
        "date" => t!("domain-field-date"),
        "time" => t!("domain-field-time"),
        "pain" => t!("domain-field-pain"),
        "worst_pain" => t!("domain-field-worst-pain"),
        "sleep_hours" => t!("domain-field-sleep-hours"),
        "sleep_quality" => t!("domain-field-sleep-quality"),
        "mobility" => t!("domain-field-mobility"),
        "mood" => t!("domain-field-mood"),
        "rescue_doses" => t!("domain-field-rescue-doses"),
        "wearing_off" => t!("domain-field-wearing-off"),
        "side_effects" => t!("domain-field-side-effects"),
        "tags" => t!("domain-field-tags"),
        "note" => t!("domain-field-note"),
        "status" => t!("domain-field-status"),
        "phase" => t!("domain-field-phase"),
        "dose_mg" => t!("domain-field-dose-mg"),
        "duration_min" => t!("domain-field-duration-min"),
        "clinic" => t!("domain-field-clinic"),
        "theme" => t!("domain-field-theme"),
        "meaningful_relief_pct" => t!("domain-field-meaningful-relief-pct"),
        "substantial_relief_pct" => t!("domain-field-substantial-relief-pct"),
        "persistence_days" => t!("domain-field-persistence-days"),
        "baseline_days" => t!("domain-field-baseline-days"),
        "min_logged_per_week" => t!("domain-field-min-logged-per-week"),
        "series_gap_days" => t!("domain-field-series-gap-days"),
        "early_warning_days" => t!("domain-field-early-warning-days"),
        "baseline_pain" => t!("domain-field-baseline-pain"),
        "day_rollover_hour" => t!("domain-field-day-rollover-hour"),
        "text_scale" => t!("domain-field-text-scale"),
        "backup_keep_days" => t!("domain-field-backup-keep-days"),
        "auto_lock_minutes" => t!("domain-field-auto-lock-minutes"),
        "language" => t!("domain-field-language"),
        "patient_name" => t!("domain-field-patient-name"),
        "at" => t!("domain-field-reminder-time"),
        "paper" => t!("domain-field-paper"),
        other => other.to_owned(),
    }
}

/// A text that is not a date, in the current language: `"03/04/2025" could be 3 April 2025 or 4
/// March 2025`.
pub fn date_refusal(error: &DateTextError) -> String {
    match error {
        DateTextError::Ambiguous {
            text,
            day_first,
            month_first,
        } => t!(
            "domain-date-ambiguous",
            text = text.as_str(),
            day_first = format::long_date(*day_first),
            month_first = format::long_date(*month_first)
        ),
        DateTextError::NotADate { text } => t!(
            "domain-date-not-a-date",
            text = text.as_str(),
            example = format::long_date(EXAMPLE_DATE)
        ),
    }
}

/// The date written out as an example of a date typed with its month's name.
const EXAMPLE_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2025, 4, 3) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

impl fmt::Display for ValidationError {
    /// The refusal as the command line and messages about files word it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&refusal(self, Surface::CommandLine))
    }
}

impl fmt::Display for Allowed {
    /// What a field accepts, as the app words it: `a whole number from 0 to 10`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&allowed_text(self))
    }
}

impl fmt::Display for DateTextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&date_refusal(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Locale, Score, Settings, SleepHours, read_date};
    use crate::wording::language::with_locale;

    fn mexico() -> Locale {
        Locale::parse("es_MX").unwrap_or_default()
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn english_refusals_read_as_before() {
        let pain = Score::new("pain", 11).unwrap_err();
        assert_eq!(
            pain.to_string(),
            "pain: \"11\" is not allowed; expected a whole number from 0 to 10"
        );
        let sleep = SleepHours::new(24.25).unwrap_err();
        assert_eq!(
            sleep.to_string(),
            "sleep_hours: \"24.25\" is not allowed; expected a number of hours from 0 to 24 in \
             quarter hours, e.g. 6.5 or 7.25"
        );
        let theme = "blue".parse::<crate::domain::Theme>().unwrap_err();
        assert_eq!(
            theme.to_string(),
            "theme: \"blue\" is not allowed; expected system, light or dark"
        );
        let settings = Settings {
            text_scale: 3.0,
            ..Settings::default()
        };
        assert_eq!(
            settings.validate().unwrap_err().to_string(),
            "text_scale: \"3\" is not allowed; expected a number from 0.75 to 2"
        );
    }

    #[test]
    fn a_refused_pain_reads_in_spanish() {
        let error = Score::new("pain", 11).unwrap_err();
        with_locale(mexico(), || {
            assert_eq!(
                error.to_string(),
                "pain: no se acepta \"11\"; debe ser un número entero del 0 al 10"
            );
            assert_eq!(
                refusal(&error, Surface::App),
                "dolor: no se acepta \"11\"; debe ser un número entero del 0 al 10"
            );
        });
    }

    #[test]
    fn a_day_after_today_reads_in_spanish() {
        let error =
            crate::domain::entry_not_after_today(day("2026-12-01"), day("2026-11-28")).unwrap_err();
        with_locale(mexico(), || {
            assert_eq!(
                refusal(&error, Surface::App),
                "fecha: no se acepta \"2026-12-01\"; debe ser un día no posterior a hoy \
                 (2026-11-28) para un registro diario; no se puede registrar un día que todavía \
                 no llega, así que revise el año"
            );
        });
    }

    #[test]
    fn the_scale_hint_names_the_option_only_on_the_command_line() {
        let error = ValidationError::new("pain", "5", Allowed::ScoreOnScale { min: 0.0, max: 4.0 });
        assert_eq!(
            error.to_string(),
            "pain: \"5\" is not allowed; expected a number from 0 to 4 (--scale pain=0-4)"
        );
        assert_eq!(
            refusal(&error, Surface::App),
            "pain: \"5\" is not allowed; expected a number from 0 to 4 (the scale given)"
        );
    }

    #[test]
    fn ambiguous_dates_name_both_readings_in_the_language() {
        let error = read_date("03/04/2025", None, day("2026-01-01")).unwrap_err();
        assert_eq!(
            error.to_string(),
            "\"03/04/2025\" could be 3 April 2025 or 4 March 2025"
        );
        with_locale(mexico(), || {
            assert_eq!(
                error.to_string(),
                "\"03/04/2025\" puede ser el 3 de abril de 2025 o el 4 de marzo de 2025"
            );
        });
        let not_a_date = read_date("pronto", None, day("2026-01-01")).unwrap_err();
        with_locale(mexico(), || {
            let text = not_a_date.to_string();
            assert!(text.starts_with("\"pronto\" no es una fecha"), "{text}");
            assert!(text.contains("3 de abril de 2025"), "{text}");
        });
    }

    #[test]
    fn every_field_of_an_entry_and_a_setting_has_a_name() {
        let keys = [
            "date",
            "pain",
            "worst_pain",
            "sleep_hours",
            "sleep_quality",
            "mobility",
            "mood",
            "rescue_doses",
            "wearing_off",
            "side_effects",
            "tags",
            "note",
            "status",
            "phase",
            "dose_mg",
            "duration_min",
            "clinic",
            "meaningful_relief_pct",
            "baseline_pain",
            "day_rollover_hour",
        ];
        with_locale(mexico(), || {
            for key in keys {
                assert_ne!(field_name(key), key, "{key}");
            }
            assert_eq!(field_name("sleep_hours"), "horas de sueño");
        });
        assert_eq!(field_name("sleep_hours"), "sleep hours");
    }
}
