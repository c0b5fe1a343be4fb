//! The words of every language, loaded once from the Fluent files under `i18n/`, and which
//! language the current thread speaks.
//!
//! Every sentence, label and cell a person reads is a Fluent message looked up with [`t!`]
//! (`crate::t!`), whose message ids and arguments the compiler checks against English. The
//! language is per thread: the binary sets the process's language once
//! ([`set_process_locale`]); the app enters the patient's language for each frame and a report
//! its own ([`enter`]), so a test or a report in another language never changes what another
//! thread says. Without either, the language is English.
//!
//! Bidi isolation marks (U+2068, U+2069) are turned off: every language the app speaks is
//! written left to right, and the marks would reach exports, the command line and the PDF.
//!
//! [`t!`]: crate::t

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::{LazyLock, RwLock};

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use unic_langid::LanguageIdentifier;

use crate::domain::{ENGLISH, LANGUAGES, Language, Locale, PSEUDO};

/// The Fluent files of every language, embedded in the program.
#[derive(rust_embed::RustEmbed)]
#[folder = "i18n/"]
struct Words;

/// Looks up a message in the current thread's language, as `i18n_embed_fl::fl!` does, with its
/// message id and argument names checked against `i18n/en/` at compile time:
/// `t!("today-saved")`, `t!("history-days-logged", count = 3)`.
#[macro_export]
macro_rules! t {
    ($($message:tt)*) => {
        $crate::wording::language::finish(::i18n_embed_fl::fl!(
            $crate::wording::language::loader(),
            $($message)*
        ))
    };
}

/// One loader per language, sharing the parsed files, and the pseudo-locale's.
struct Loaders {
    by_language: Vec<(Language, FluentLanguageLoader)>,
    pseudo: FluentLanguageLoader,
}

static LOADERS: LazyLock<Loaders> = LazyLock::new(load);

static PROCESS_LOCALE: RwLock<Option<Locale>> = RwLock::new(None);

thread_local! {
    static THREAD_LOCALE: Cell<Option<Locale>> = const { Cell::new(None) };
}

fn identifier(language: Language) -> LanguageIdentifier {
    language
        .tag
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default())
}

fn new_loader() -> FluentLanguageLoader {
    FluentLanguageLoader::new("relief-journal", identifier(ENGLISH))
}

fn load() -> Loaders {
    let all = new_loader();
    let identifiers: Vec<LanguageIdentifier> = LANGUAGES.iter().copied().map(identifier).collect();
    if let Err(error) = all.load_languages(&Words, &identifiers) {
        log::error!("the words of the app could not be loaded: {error}");
    }
    all.set_use_isolating(false);
    let by_language = LANGUAGES
        .iter()
        .map(|language| (*language, all.select_languages(&[identifier(*language)])))
        .collect();
    let pseudo = new_loader();
    if let Err(error) = pseudo.load_languages(&Words, &[identifier(ENGLISH)]) {
        log::error!("the words of the app could not be loaded: {error}");
    }
    pseudo.with_bundles_mut(|bundle| {
        bundle.set_use_isolating(false);
        bundle.set_transform(Some(pseudo_text));
    });
    Loaders {
        by_language,
        pseudo,
    }
}

/// Sets the language of every thread that has not entered one of its own: the binary calls it
/// once, from `--lang`, the environment or the system.
pub fn set_process_locale(locale: Locale) {
    if let Ok(mut process) = PROCESS_LOCALE.write() {
        *process = Some(locale);
    }
}

/// The language and region the current thread speaks.
pub fn current_locale() -> Locale {
    THREAD_LOCALE
        .get()
        .or_else(|| PROCESS_LOCALE.read().ok().and_then(|process| *process))
        .unwrap_or_default()
}

/// While the returned guard lives, the current thread speaks `locale`; dropping it restores
/// what the thread spoke before.
#[must_use = "the language applies only while the guard lives"]
pub fn enter(locale: Locale) -> LocaleGuard {
    LocaleGuard {
        previous: THREAD_LOCALE.replace(Some(locale)),
    }
}

/// Runs `work` with the current thread speaking `locale`.
pub fn with_locale<R>(locale: Locale, work: impl FnOnce() -> R) -> R {
    let _guard = enter(locale);
    work()
}

/// Restores the thread's previous language when dropped (see [`enter`]).
#[derive(Debug)]
pub struct LocaleGuard {
    previous: Option<Locale>,
}

impl Drop for LocaleGuard {
    fn drop(&mut self) {
        THREAD_LOCALE.set(self.previous);
    }
}

/// The loader of the current thread's language (for [`t!`](crate::t)).
pub fn loader() -> &'static FluentLanguageLoader {
    loader_for(current_locale().language())
}

/// The loader of `language`; English for a language without one.
pub fn loader_for(language: Language) -> &'static FluentLanguageLoader {
    let loaders = &*LOADERS;
    if language == PSEUDO {
        return &loaders.pseudo;
    }
    loaders
        .by_language
        .iter()
        .find(|(known, _)| *known == language)
        .or_else(|| loaders.by_language.first())
        .map_or(&loaders.pseudo, |(_, loader)| loader)
}

/// The last step of every message: in the pseudo-locale each message is bracketed, so a test
/// can tell text that came through the text layer from text that did not.
pub fn finish(message: String) -> String {
    if current_locale().language() == PSEUDO {
        format!("[{message}]")
    } else {
        message
    }
}

/// Whether the current thread speaks the pseudo-locale.
pub fn is_pseudo() -> bool {
    current_locale().language() == PSEUDO
}

/// The pseudo-locale's text: vowels and some consonants accented, and a third longer, so that
/// text cut off by a narrow layout shows in the tests as it would in Spanish.
fn pseudo_text(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters = 0usize;
    for character in text.chars() {
        out.push(match character {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'n' => 'ñ',
            'c' => 'ç',
            'A' => 'Á',
            'E' => 'É',
            'I' => 'Í',
            'O' => 'Ó',
            'U' => 'Ú',
            other => other,
        });
        if character.is_alphabetic() {
            letters += 1;
            // Every third letter is doubled: about a third longer.
            if letters.is_multiple_of(3)
                && let Some(last) = out.chars().last()
            {
                out.push(last);
            }
        }
    }
    Cow::Owned(out)
}

/// The name of `language` in that language (`English`, `Español`), as a language menu lists it.
pub fn language_name(language: Language) -> String {
    loader_for(language).get("language-name")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_thread_speaks_its_own_language() {
        let spanish = Locale::parse("es_MX").unwrap_or_default();
        let inside = with_locale(spanish, || crate::t!("language-name"));
        assert_eq!(inside, "Español");
        assert_eq!(crate::t!("language-name"), "English");
        let other = std::thread::spawn(|| crate::t!("language-name"))
            .join()
            .unwrap_or_default();
        assert_eq!(other, "English");
    }

    #[test]
    fn the_pseudo_locale_brackets_and_lengthens() {
        let text = with_locale(Locale::pseudo(), || crate::t!("language-name"));
        assert!(text.starts_with('[') && text.ends_with(']'), "{text}");
        assert!(text.chars().count() > "[English]".chars().count(), "{text}");
        assert!(text.contains('É'), "{text}");
    }

    #[test]
    fn no_bidi_isolation_marks() {
        let text = with_locale(Locale::parse("es").unwrap_or_default(), || {
            crate::t!("language-name")
        });
        assert!(!text.contains(['\u{2068}', '\u{2069}']));
    }
}
