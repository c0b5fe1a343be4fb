//! `relief-journal passphrase set | change | remove`, and where the command line finds a
//! journal's passphrase: `--passphrase-file`, `RELIEF_JOURNAL_PASSPHRASE`, or a prompt without
//! echo when standard input is a terminal. Never an argument (other users see arguments).

use std::io::IsTerminal;
use std::path::Path;

use chrono::NaiveDateTime;
use clap::{Args, Subcommand};

use super::{Cli, CliError};
use crate::store::{FileKind, Passphrase, Store, StoreError, change_protection, file_kind};
use crate::t;

/// The environment variable that gives the journal's passphrase.
pub const PASSPHRASE_ENV_VAR: &str = "RELIEF_JOURNAL_PASSPHRASE";

/// The environment variable that gives the passphrase of a file to restore, when it is not the
/// journal's own.
pub const RESTORE_PASSPHRASE_ENV_VAR: &str = "RELIEF_JOURNAL_RESTORE_PASSPHRASE";

/// The environment variable that gives the new passphrase to `passphrase set` and `change`.
pub const NEW_PASSPHRASE_ENV_VAR: &str = "RELIEF_JOURNAL_NEW_PASSPHRASE";

/// Arguments of `passphrase`.
#[derive(Debug, Args)]
pub struct PassphraseArgs {
    #[command(subcommand)]
    action: PassphraseAction,
}

/// What to do with the passphrase.
#[derive(Debug, Subcommand)]
enum PassphraseAction {
    /// Encrypt the journal and its backups with a new passphrase (asked twice in a terminal,
    /// or read from RELIEF_JOURNAL_NEW_PASSPHRASE).
    Set,
    /// Re-encrypt the journal and its backups with a new passphrase (the current one is needed).
    Change,
    /// Decrypt the journal and its backups back to plain SQLite files (the current one is needed).
    Remove,
}

/// The journal's passphrase as given by `--passphrase-file` or `RELIEF_JOURNAL_PASSPHRASE`, or
/// asked for in a terminal when the file at `journal` is protected; `None` when none is given
/// and none is needed (or no terminal can ask: opening then says the journal is protected).
///
/// # Errors
///
/// [`CliError::BadInput`] when the passphrase file cannot be read or the passphrase is empty.
pub fn for_journal(cli: &Cli, journal: &Path) -> Result<Option<Passphrase>, CliError> {
    if let Some(given) = given(cli)? {
        return Ok(Some(given));
    }
    if matches!(file_kind(journal), Ok(FileKind::Protected)) && std::io::stdin().is_terminal() {
        let prompt = t!(
            "cli-passphrase-prompt",
            path = (journal.display().to_string())
        );
        return Ok(Some(Passphrase::new(ask(&prompt)?)?));
    }
    Ok(None)
}

/// The journal's passphrase as given by `--passphrase-file` or `RELIEF_JOURNAL_PASSPHRASE`,
/// never asked for; `None` when neither gives one.
///
/// # Errors
///
/// [`CliError::BadInput`] when the passphrase file cannot be read or the passphrase is empty.
pub fn given(cli: &Cli) -> Result<Option<Passphrase>, CliError> {
    if let Some(file) = &cli.passphrase_file {
        return read_passphrase_file(file).map(Some);
    }
    if let Some(text) = std::env::var_os(PASSPHRASE_ENV_VAR) {
        let text = text
            .into_string()
            .map_err(|_| not_utf8(PASSPHRASE_ENV_VAR))?;
        return Ok(Some(Passphrase::new(text)?));
    }
    Ok(None)
}

/// The passphrase of a file to restore, as given by `--restore-passphrase-file` (`file`) or
/// `RELIEF_JOURNAL_RESTORE_PASSPHRASE`, never asked for; `None` when neither gives one.
///
/// # Errors
///
/// [`CliError::BadInput`] when the passphrase file cannot be read or the passphrase is empty.
pub fn given_for_restored_file(file: Option<&Path>) -> Result<Option<Passphrase>, CliError> {
    if let Some(file) = file {
        return read_passphrase_file(file).map(Some);
    }
    if let Some(text) = std::env::var_os(RESTORE_PASSPHRASE_ENV_VAR) {
        let text = text
            .into_string()
            .map_err(|_| not_utf8(RESTORE_PASSPHRASE_ENV_VAR))?;
        return Ok(Some(Passphrase::new(text)?));
    }
    Ok(None)
}

/// Asks in a terminal, without echo, for the passphrase of `file` (to restore it), when a
/// terminal can ask; `None` otherwise.
///
/// # Errors
///
/// [`CliError::Failure`] when the terminal cannot be read; [`CliError::BadInput`] for an empty
/// passphrase.
pub fn ask_for_restored_file(file: &Path) -> Result<Option<Passphrase>, CliError> {
    if !std::io::stdin().is_terminal() {
        return Ok(None);
    }
    let prompt = t!(
        "cli-passphrase-restore-prompt",
        path = (file.display().to_string())
    );
    Ok(Some(Passphrase::new(ask(&prompt)?)?))
}

/// The refusal of an environment variable that does not hold text.
fn not_utf8(variable: &str) -> CliError {
    CliError::BadInput(t!("cli-passphrase-not-utf8", variable = variable))
}

/// The first line of `file` (without its line ending) as a passphrase.
fn read_passphrase_file(file: &Path) -> Result<Passphrase, CliError> {
    let shown = file.display().to_string();
    let bytes = std::fs::read(file).map_err(|error| {
        CliError::BadInput(t!(
            "cli-passphrase-file-unreadable",
            file = shown.as_str(),
            error = (error.to_string())
        ))
    })?;
    let text = passphrase_file_text(&bytes).map_err(|refused| {
        let marked = match refused {
            RefusedEncoding::NotWhatItsMarkSays(name) => name,
            _ => "",
        };
        CliError::BadInput(t!(
            "cli-passphrase-file-encoding",
            file = shown.as_str(),
            encoding = refused.as_str(),
            marked = marked
        ))
    })?;
    Passphrase::new(first_line(&text))
        .map_err(|_| CliError::BadInput(t!("cli-passphrase-file-empty", file = shown.as_str())))
}

/// An encoding a passphrase file is refused in, as `cli-passphrase-file-encoding` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RefusedEncoding {
    /// UTF-16 without a byte-order mark, little endian (every other byte zero, from the second).
    Utf16LeWithoutMark,
    /// UTF-16 without a byte-order mark, big endian.
    Utf16BeWithoutMark,
    /// UTF-32, little or big endian (its byte-order mark).
    Utf32,
    /// Bytes that are not UTF-8 (an 8-bit encoding such as Windows-1252 or Latin-1).
    EightBit,
    /// A byte-order mark of this encoding (`UTF-8`, `UTF-16LE`, `UTF-16BE`) followed by bytes
    /// that are not in it.
    NotWhatItsMarkSays(&'static str),
}

impl RefusedEncoding {
    /// The selector `cli-passphrase-file-encoding` words.
    fn as_str(self) -> &'static str {
        match self {
            Self::Utf16LeWithoutMark => "utf-16le-no-mark",
            Self::Utf16BeWithoutMark => "utf-16be-no-mark",
            Self::Utf32 => "utf-32",
            Self::EightBit => "eight-bit",
            Self::NotWhatItsMarkSays(_) => "not-what-its-mark-says",
        }
    }
}

/// The text of a passphrase file as an editor saved it: UTF-8 with or without a byte-order mark
/// (Notepad writes one), or UTF-16 little or big endian with its mark (PowerShell's `Out-File`
/// and Notepad's "Unicode"). Nothing is guessed: anything else is refused, naming what it looks
/// like, because a wrong guess would make a wrong passphrase.
fn passphrase_file_text(bytes: &[u8]) -> Result<String, RefusedEncoding> {
    // UTF-32's marks begin like UTF-16's: tell them apart first.
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(RefusedEncoding::Utf32);
    }
    if let Some((encoding, mark_length)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling_and_without_replacement(&bytes[mark_length..])
            .map(std::borrow::Cow::into_owned)
            .ok_or(RefusedEncoding::NotWhatItsMarkSays(encoding.name()));
    }
    // A zero byte is valid UTF-8 but no passphrase holds one: UTF-16 saved without its mark.
    if let Some(zero) = bytes.iter().position(|&byte| byte == 0) {
        return Err(if zero % 2 == 1 {
            RefusedEncoding::Utf16LeWithoutMark
        } else {
            RefusedEncoding::Utf16BeWithoutMark
        });
    }
    std::str::from_utf8(bytes)
        .map(str::to_owned)
        .map_err(|_| RefusedEncoding::EightBit)
}

/// The text before the first line ending: a line feed, a carriage return (with or without a line
/// feed after it), or Unicode's next-line, line and paragraph separators.
fn first_line(text: &str) -> &str {
    text.split(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}'])
        .next()
        .unwrap_or_default()
}

/// Asks on the terminal without echo.
fn ask(prompt: &str) -> Result<String, CliError> {
    rpassword::prompt_password(prompt).map_err(|error| {
        CliError::Failure(t!(
            "cli-passphrase-read-failed",
            error = (error.to_string())
        ))
    })
}

/// The new passphrase: `RELIEF_JOURNAL_NEW_PASSPHRASE`, or typed twice in a terminal.
fn new_passphrase() -> Result<Passphrase, CliError> {
    if let Some(text) = std::env::var_os(NEW_PASSPHRASE_ENV_VAR) {
        let text = text
            .into_string()
            .map_err(|_| not_utf8(NEW_PASSPHRASE_ENV_VAR))?;
        return Ok(Passphrase::new(text)?);
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::BadInput(t!(
            "cli-passphrase-new-missing",
            variable = NEW_PASSPHRASE_ENV_VAR
        )));
    }
    let first = Passphrase::new(ask(&t!("cli-passphrase-new-prompt"))?)?;
    let second = Passphrase::new(ask(&t!("cli-passphrase-again-prompt"))?)?;
    if first != second {
        return Err(CliError::BadInput(t!("cli-passphrase-differ")));
    }
    Ok(first)
}

/// Sets, changes or removes the passphrase of the journal at `journal`.
///
/// # Errors
///
/// [`CliError::BadInput`] (nothing changed) when the journal is already protected (`set`) or
/// not protected (`change`, `remove`), when the current passphrase is missing or wrong, or the
/// new one is missing, empty or typed differently twice; [`CliError::Failure`] when the
/// conversion cannot be written (the journal then opens as it was before, or with the new
/// passphrase once the copy was renamed into place).
pub fn run(
    cli: &Cli,
    journal: &Path,
    args: &PassphraseArgs,
    now: NaiveDateTime,
) -> Result<(), CliError> {
    let kind = file_kind(journal).map_err(|error| {
        CliError::BadInput(t!(
            "cli-passphrase-no-journal",
            path = (journal.display().to_string()),
            error = (error.to_string())
        ))
    })?;
    let protected = kind == FileKind::Protected;
    let (current, new) = match args.action {
        PassphraseAction::Set => {
            if protected {
                return Err(CliError::BadInput(t!("cli-passphrase-already-set")));
            }
            // Recognise the file (and bring its schema up to date) before asking for anything.
            drop(Store::open(journal)?);
            (None, Some(new_passphrase()?))
        }
        PassphraseAction::Change | PassphraseAction::Remove => {
            if !protected {
                return Err(StoreError::NotProtected {
                    path: journal.to_owned(),
                }
                .into());
            }
            let current = for_journal(cli, journal)?.ok_or_else(|| StoreError::Protected {
                path: journal.to_owned(),
            })?;
            // Check the current passphrase before asking for a new one.
            drop(Store::open_for_reading_with(journal, Some(&current))?);
            let new = match args.action {
                PassphraseAction::Change => Some(new_passphrase()?),
                _ => None,
            };
            (Some(current), new)
        }
    };
    let change = change_protection(journal, current.as_ref(), new.as_ref(), now)?;
    let path = journal.display().to_string();
    let done = match new {
        Some(_) => t!(
            "cli-passphrase-set-done",
            path = path.as_str(),
            count = change.backups_converted
        ),
        None => t!(
            "cli-passphrase-removed",
            path = path.as_str(),
            count = change.backups_converted
        ),
    };
    println!("{done}");
    for left in &change.backups_left {
        println!(
            "{}",
            t!("cli-passphrase-left", path = (left.display().to_string()))
        );
    }
    if change.safety_copy.is_some() {
        println!("{}", t!("cli-passphrase-outside-copies"));
    }
    // This computer's copy in the sync folder takes the new protection now, not at the next
    // sync: a copy left plain after a passphrase was set would keep the journal readable there.
    let store = Store::open_with(journal, new.as_ref())?;
    match crate::sync::rewrite_snapshot(&store) {
        Ok(Some(snapshot)) => println!(
            "{}",
            t!(
                "cli-passphrase-snapshot-rewritten",
                file = (snapshot.display().to_string())
            )
        ),
        Ok(None) => {}
        Err(error) => {
            return Err(CliError::Failure(t!(
                "cli-passphrase-snapshot-not-rewritten",
                error = (error.to_string())
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{RefusedEncoding, first_line, passphrase_file_text};
    use crate::domain::Locale;
    use crate::t;
    use crate::wording::language::with_locale;

    #[test]
    fn prompts_leave_a_space_before_what_is_typed() {
        assert_eq!(t!("cli-passphrase-new-prompt"), "New passphrase: ");
        assert_eq!(
            t!("cli-passphrase-prompt", path = "/home/ana/journal.db"),
            "Passphrase for /home/ana/journal.db: "
        );
        let spanish = Locale::parse("es_MX").unwrap_or_default();
        with_locale(spanish, || {
            assert_eq!(t!("cli-passphrase-new-prompt"), "Contraseña nueva: ");
            assert_eq!(
                t!("cli-passphrase-again-prompt"),
                "Escriba de nuevo la misma contraseña: "
            );
        });
    }

    /// `text` as UTF-16, big- or little-endian, after the matching byte-order mark, as Windows
    /// programs save "Unicode text".
    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mark: [u8; 2] = if big_endian {
            [0xFE, 0xFF]
        } else {
            [0xFF, 0xFE]
        };
        let units = text.encode_utf16().flat_map(|unit| {
            if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            }
        });
        mark.into_iter().chain(units).collect()
    }

    #[test]
    fn passphrase_files_are_read_in_every_usual_encoding_and_line_end() {
        let secret = "M\u{fc}nchen \u{fb01}re";
        for line_end in ["", "\n", "\r\n", "\r", "\u{2028}"] {
            let text = format!("{secret}{line_end}second line");
            let text = if line_end.is_empty() {
                secret.to_owned()
            } else {
                text
            };
            let mut with_mark = b"\xEF\xBB\xBF".to_vec();
            with_mark.extend_from_slice(text.as_bytes());
            for bytes in [
                text.as_bytes().to_vec(),
                with_mark,
                utf16(&text, false),
                utf16(&text, true),
            ] {
                let decoded = passphrase_file_text(&bytes).unwrap();
                assert_eq!(first_line(&decoded), secret, "{bytes:?}");
            }
        }
        // Spaces at either end are part of the passphrase.
        assert_eq!(first_line(" two words \r\n"), " two words ");
    }

    #[test]
    fn other_encodings_are_refused_by_name() {
        let le: Vec<u8> = "secret".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "secret".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(
            passphrase_file_text(&le),
            Err(RefusedEncoding::Utf16LeWithoutMark)
        );
        assert_eq!(
            passphrase_file_text(&be),
            Err(RefusedEncoding::Utf16BeWithoutMark)
        );
        let mut utf32 = vec![0xFF, 0xFE, 0, 0];
        utf32.extend("s".chars().flat_map(|c| u32::from(c).to_le_bytes()));
        assert_eq!(passphrase_file_text(&utf32), Err(RefusedEncoding::Utf32));
        // "München" saved as Windows-1252.
        assert_eq!(
            passphrase_file_text(b"M\xFCnchen\r\n"),
            Err(RefusedEncoding::EightBit)
        );
        // A UTF-16 mark followed by half a character; a UTF-8 mark followed by Windows-1252.
        assert_eq!(
            passphrase_file_text(&[0xFF, 0xFE, 0x41]),
            Err(RefusedEncoding::NotWhatItsMarkSays("UTF-16LE"))
        );
        assert_eq!(
            passphrase_file_text(b"\xEF\xBB\xBFM\xFCnchen"),
            Err(RefusedEncoding::NotWhatItsMarkSays("UTF-8"))
        );
    }
}
