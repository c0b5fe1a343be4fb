//! Value types with validation: entries, infusions, settings, scores and dates.
//!
//! Nothing here knows about SQLite, files or egui. Every constructor that takes user input
//! validates it and reports a [`ValidationError`] naming the field, the value and what is allowed
//! (an [`Allowed`]); the text layer (`crate::wording`) words it.

mod date;
mod date_list;
mod date_text;
mod entry;
mod error;
mod infusion;
mod journal;
mod locale;
mod score;
mod settings;
mod text_list;

pub use date::{
    Clock, DATE_ALLOWED, FixedClock, SystemClock, done_infusion_not_after_today,
    entry_not_after_today, journal_day, parse_date, second_done_infusion,
};
pub use date_list::{DateList, read_date_list, read_typed_date_list};
pub use date_text::{
    DateOrder, DateTextError, LANGUAGE_WORDS, LanguageWords, read_date, read_typed_date,
};
pub use entry::{COMMON_SIDE_EFFECTS, Entry};
pub use error::{Allowed, ValidationError};
pub use infusion::{Infusion, InfusionStatus, Phase};
pub use journal::Journal;
pub use locale::{ENGLISH, LANGUAGES, Language, Locale, LocaleError, PSEUDO};
pub use score::{DoseMg, DurationMin, RescueDoses, Score, SleepHours};
pub use settings::{
    AnalysisSettings, MAX_AUTO_LOCK_MINUTES, MAX_TEXT_SCALE, MIN_AUTO_LOCK_MINUTES, MIN_TEXT_SCALE,
    Settings, Theme,
};
pub use text_list::TextList;
