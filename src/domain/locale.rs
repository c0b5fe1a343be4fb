//! The patient's language and region: which words the app uses (the language) and how it writes
//! numbers and dates (the region's conventions, from the GNU C Library's locale data through
//! `pure-rust-locales`).
//!
//! A language the app speaks is one folder of Fluent files under `i18n/` and one line in
//! [`LANGUAGES`]. English is the fallback for a message a language lacks, and the language of
//! `LANG=C` and of any language the app does not speak.

use std::fmt;

use pure_rust_locales::Locale as Conventions;

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language {
    /// The folder under `i18n/` and the tag stored in the settings: `en`, `es`.
    pub tag: &'static str,
    /// The region whose conventions apply when the system names none, as a glibc locale
    /// name (`en_US`, `es_US`).
    pub default_region: &'static str,
}

/// English, the fallback language.
pub const ENGLISH: Language = Language {
    tag: "en",
    default_region: "en_US",
};

/// Every language the app speaks, English first. Adding a language is one line here and one
/// folder `i18n/<tag>/` (see the README).
pub const LANGUAGES: &[Language] = &[
    ENGLISH,
    // Spanish as written in the United States reads naturally in Mexico too.
    Language {
        tag: "es",
        default_region: "es_US",
    },
];

/// The pseudo-locale used by tests to find text that bypasses the text layer: English with
/// accents, a third longer and bracketed. Never offered to patients.
pub const PSEUDO: Language = Language {
    tag: "en-XA",
    default_region: "en_US",
};

impl Language {
    /// The language with this tag (`es`, any case), among [`LANGUAGES`] and [`PSEUDO`].
    pub fn from_tag(tag: &str) -> Option<Self> {
        LANGUAGES
            .iter()
            .chain(std::iter::once(&PSEUDO))
            .find(|language| language.tag.eq_ignore_ascii_case(tag.trim()))
            .copied()
    }
}

/// A language with the conventions of a region: `es` with Mexico's (6.5) or Spain's (6,5).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    language: Language,
    conventions: Conventions,
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Locale({}, {:?})", self.language.tag, self.conventions)
    }
}

impl Default for Locale {
    fn default() -> Self {
        Self::english()
    }
}

impl Locale {
    /// American English: the fallback, and the locale of `LANG=C`.
    pub fn english() -> Self {
        Self::of(ENGLISH)
    }

    /// The pseudo-locale (see [`PSEUDO`]).
    pub fn pseudo() -> Self {
        Self::of(PSEUDO)
    }

    /// `language` with its default region's conventions.
    pub fn of(language: Language) -> Self {
        Self {
            language,
            conventions: conventions(language.default_region).unwrap_or(Conventions::en_US),
        }
    }

    /// Reads a locale as systems and people write it: `es_MX.UTF-8`, `es-MX`, `es`, `en_GB@euro`,
    /// `C`, `POSIX`. `None` for a language the app does not speak (and for `C` and `POSIX`,
    /// which [`Locale::from_preferences`] takes as English). A region whose conventions are
    /// unknown keeps the language's default region. `en-XA` (or `en_XA`) is the pseudo-locale
    /// ([`PSEUDO`]), for tests that find words bypassing the text layer.
    pub fn parse(text: &str) -> Option<Self> {
        let name = text.trim();
        // Drop the codeset and the modifier: `es_MX.UTF-8@euro` -> `es_MX`.
        let name = name.split(['.', '@']).next().unwrap_or_default();
        if name.replace('_', "-").eq_ignore_ascii_case(PSEUDO.tag) {
            return Some(Self::pseudo());
        }
        let mut parts = name.split(['_', '-']);
        let language = Language::from_tag(parts.next()?)?;
        let region = parts
            .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
            .map(str::to_ascii_uppercase);
        let conventions = region
            .and_then(|region| conventions(&format!("{}_{region}", language.tag)))
            .or_else(|| conventions(language.default_region))
            .unwrap_or(Conventions::en_US);
        Some(Self {
            language,
            conventions,
        })
    }

    /// The first of the system's or patient's preferred locales, most preferred first, that
    /// names a language the app speaks; English when none does. `C` and `POSIX` mean English.
    pub fn from_preferences<S: AsRef<str>>(preferences: &[S]) -> Self {
        preferences
            .iter()
            .map(AsRef::as_ref)
            .find_map(|text| match text.trim() {
                "C" | "POSIX" => Some(Self::english()),
                other if other.starts_with("C.") => Some(Self::english()),
                other => Self::parse(other),
            })
            .unwrap_or_else(Self::english)
    }

    /// The locale a patient's choice means: `chosen` is a language tag from the settings or
    /// `--lang` (`es`, `es-MX`), empty for the system's language. A chosen language takes the
    /// region of the first system locale in that language (Spanish on a Spanish-from-Spain
    /// system writes 6,5), else the language's default region.
    ///
    /// # Errors
    ///
    /// [`LocaleError`] naming the tag when the app does not speak that language.
    pub fn choose<S: AsRef<str>>(chosen: &str, system: &[S]) -> Result<Self, LocaleError> {
        if chosen.trim().is_empty() {
            return Ok(Self::from_preferences(system));
        }
        let chosen_locale = Self::parse(chosen).ok_or_else(|| LocaleError {
            tag: chosen.trim().to_owned(),
        })?;
        let names_region = chosen
            .trim()
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .len()
            > 3;
        if names_region {
            return Ok(chosen_locale);
        }
        Ok(system
            .iter()
            .filter_map(|text| Self::parse(text.as_ref()))
            .find(|locale| locale.language == chosen_locale.language)
            .unwrap_or(chosen_locale))
    }

    /// The language.
    pub fn language(self) -> Language {
        self.language
    }

    /// The region's conventions for numbers, month and weekday names and date order.
    pub fn conventions(self) -> Conventions {
        self.conventions
    }

    /// The decimal mark of the region: `.` in the United States and Mexico, `,` in Spain and
    /// most of South America.
    pub fn decimal_mark(self) -> &'static str {
        pure_rust_locales::locale_match!(self.conventions => LC_NUMERIC::DECIMAL_POINT)
    }

    /// Month names, January first, in the locale's language.
    pub fn month_names(self) -> &'static [&'static str] {
        pure_rust_locales::locale_match!(self.conventions => LC_TIME::MON)
    }

    /// Abbreviated month names, January first (`ene`, `feb`, ...).
    pub fn month_abbreviations(self) -> &'static [&'static str] {
        pure_rust_locales::locale_match!(self.conventions => LC_TIME::ABMON)
    }

    /// Weekday names, Sunday first.
    pub fn weekday_names(self) -> &'static [&'static str] {
        pure_rust_locales::locale_match!(self.conventions => LC_TIME::DAY)
    }

    /// Abbreviated weekday names, Sunday first.
    pub fn weekday_abbreviations(self) -> &'static [&'static str] {
        pure_rust_locales::locale_match!(self.conventions => LC_TIME::ABDAY)
    }

    /// The region's usual order of a numeric date (`03/04/2025`): day first in Mexico and Spain,
    /// month first in the United States. Taken from the order of `%d` and `%m` in the region's
    /// date format.
    pub fn numeric_date_order(self) -> super::DateOrder {
        let format: &str = pure_rust_locales::locale_match!(self.conventions => LC_TIME::D_FMT);
        let position = |directives: &[&str]| {
            directives
                .iter()
                .filter_map(|directive| format.find(directive))
                .min()
                .unwrap_or(usize::MAX)
        };
        let day = position(&["%d", "%e"]);
        let month = position(&["%m", "%b"]);
        let year = position(&["%y", "%Y"]);
        if year < day && year < month {
            super::DateOrder::Ymd
        } else if day < month {
            super::DateOrder::Dmy
        } else {
            super::DateOrder::Mdy
        }
    }
}

/// A language the app does not speak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleError {
    /// The tag as given.
    pub tag: String,
}

/// The glibc locale of this name (`es_MX`), if there is one.
fn conventions(name: &str) -> Option<Conventions> {
    Conventions::try_from(name).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DateOrder;

    #[test]
    fn reads_locales_as_systems_write_them() {
        let mexico = Locale::parse("es_MX.UTF-8").unwrap();
        assert_eq!(mexico.language().tag, "es");
        assert_eq!(mexico.decimal_mark(), ".");
        let spain = Locale::parse("es-ES").unwrap();
        assert_eq!(spain.decimal_mark(), ",");
        assert_eq!(Locale::parse("es").unwrap().decimal_mark(), ".");
        assert_eq!(Locale::parse("en_GB@euro").unwrap().language(), ENGLISH);
        assert_eq!(Locale::parse("fr_FR.UTF-8"), None);
        assert_eq!(Locale::parse("C"), None);
    }

    #[test]
    fn preferences_fall_back_to_english() {
        assert_eq!(Locale::from_preferences(&["C"]), Locale::english());
        assert_eq!(Locale::from_preferences(&["POSIX"]), Locale::english());
        assert_eq!(Locale::from_preferences(&["C.UTF-8"]), Locale::english());
        assert_eq!(Locale::from_preferences::<&str>(&[]), Locale::english());
        assert_eq!(
            Locale::from_preferences(&["fr_FR", "es_MX"]).language().tag,
            "es"
        );
        // A region the locale data lacks keeps the language's default conventions.
        assert_eq!(Locale::parse("es_ZZ").unwrap().decimal_mark(), ".");
    }

    #[test]
    fn a_chosen_language_takes_the_system_region_of_that_language() {
        let system = ["es_ES.UTF-8"];
        assert_eq!(Locale::choose("es", &system).unwrap().decimal_mark(), ",");
        assert_eq!(
            Locale::choose("es-MX", &system).unwrap().decimal_mark(),
            "."
        );
        assert_eq!(Locale::choose("", &system).unwrap().language().tag, "es");
        assert_eq!(Locale::choose("en", &system).unwrap(), Locale::english());
        assert_eq!(
            Locale::choose("es", &["en_US"]).unwrap().decimal_mark(),
            "."
        );
        assert_eq!(
            Locale::choose("fr", &system),
            Err(LocaleError { tag: "fr".into() })
        );
    }

    #[test]
    fn names_and_orders_come_from_the_region() {
        let mexico = Locale::parse("es_MX").unwrap();
        assert_eq!(mexico.month_abbreviations()[0], "ene");
        assert_eq!(mexico.month_names()[2], "marzo");
        assert_eq!(mexico.numeric_date_order(), DateOrder::Dmy);
        assert_eq!(Locale::english().numeric_date_order(), DateOrder::Mdy);
        assert_eq!(
            Locale::parse("en_GB").unwrap().numeric_date_order(),
            DateOrder::Dmy
        );
    }
}
