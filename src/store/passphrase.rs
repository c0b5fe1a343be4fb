//! The optional passphrase of a journal: SQLCipher 4 encryption at rest.
//!
//! A protected journal and every one of its backups are SQLCipher files keyed with the same
//! passphrase; without it they are indistinguishable from random bytes. This module keys
//! connections, tells a protected file from a plain one by its first bytes, and converts a file
//! from one key (or none) to another through `sqlcipher_export`, writing the new file beside the
//! old one and renaming it over the original only once it has been checked.
//!
//! It is not a password store: the passphrase is never written anywhere, and a lost one cannot
//! be recovered by anyone.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::error::{StoreError, StoreResult};
use super::files::{io_error, restrict_permissions, with_side_files};

/// The first 16 bytes of every plain SQLite 3 database file.
pub(super) const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The smallest page size SQLite and SQLCipher use; an encrypted file is a whole number of pages.
const MIN_PAGE_SIZE: u64 = 512;

/// The environment variable a test sets to make a conversion stop dead (the process aborts) at
/// one of its steps, proving that a kill there leaves a journal that opens. Its value is the
/// step's name: `backup`, `checkpoint`, `export`, `verify`, `rename`, `reopen` or `backups`.
/// Unset in normal use.
pub const TEST_KILL_AT_ENV_VAR: &str = "RELIEF_JOURNAL_TEST_KILL_AT";

/// A journal passphrase. Never empty; its text is never shown, logged or written anywhere
/// (its `Debug` form is redacted).
///
/// The same typed text can reach the program in more than one Unicode form: "ü" as one
/// character (precomposed, NFC, as Windows and Linux keyboards send it) or as "u" and a
/// combining mark (decomposed, NFD, as some macOS programs and file systems pass it on). A
/// passphrase keys files in one form, NFC (canonical composition only: compatibility
/// characters such as the ligature "ﬁ" stay as typed), so it opens its journal however it
/// arrived. A file protected before passphrases were normalized may be keyed with the form it
/// was typed in; opening it tries that form too (see [`Passphrase::forms`]), and the journal is
/// then re-keyed to the normalized form.
#[derive(Clone)]
pub struct Passphrase {
    /// The text that keys files: the typed text in NFC, or (once a file protected before
    /// normalization was opened) the form that opened that file.
    key: String,
    /// The text as it reached the program, for the forms an older file may be keyed with.
    typed: String,
}

impl Passphrase {
    /// A passphrase from its text as typed (spaces included), keyed in its NFC form.
    ///
    /// # Errors
    ///
    /// [`StoreError::EmptyPassphrase`] when `text` is empty.
    pub fn new(text: impl Into<String>) -> StoreResult<Self> {
        let typed = text.into();
        if typed.is_empty() {
            return Err(StoreError::EmptyPassphrase);
        }
        Ok(Self {
            key: nfc(&typed),
            typed,
        })
    }

    /// The text that keys files with this passphrase.
    fn text(&self) -> &str {
        &self.key
    }

    /// Whether `other` is the same passphrase, whichever Unicode form either arrived in.
    pub fn same_as(&self, other: &Self) -> bool {
        nfc(&self.key) == nfc(&other.key)
    }

    /// Whether it keys files in the normalized form (a journal opened only by an older form is
    /// re-keyed).
    pub fn is_normalized(&self) -> bool {
        self.key == nfc(&self.key)
    }

    /// The same passphrase keying files in the normalized form.
    pub fn normalized(&self) -> Self {
        Self {
            key: nfc(&self.key),
            typed: self.typed.clone(),
        }
    }

    /// The texts a file protected by this passphrase may be keyed with, the form it keys files
    /// with first: then the normalized form, the text as typed, and the decomposed form (NFD), so
    /// that a journal protected before passphrases were normalized opens with it typed either way.
    fn forms(&self) -> Vec<String> {
        let mut forms = vec![self.key.clone()];
        for form in [nfc(&self.key), self.typed.clone(), nfd(&self.key)] {
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
        forms
    }

    /// The same passphrase keying files with `form` (one of [`Passphrase::forms`]).
    fn keyed_as(&self, form: String) -> Self {
        Self {
            key: form,
            typed: self.typed.clone(),
        }
    }
}

/// Two passphrases are equal when they key files with the same text.
impl PartialEq for Passphrase {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for Passphrase {}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// `text` in Unicode Normalization Form C (canonical composition; never NFKC).
fn nfc(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfc().collect()
}

/// `text` in Unicode Normalization Form D (canonical decomposition).
fn nfd(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd().collect()
}

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// An empty file (a journal about to be made).
    Empty,
    /// A plain SQLite file.
    Plain,
    /// A file of whole pages that does not start like SQLite: a journal protected by a
    /// passphrase, or random bytes (the two cannot be told apart without the passphrase).
    Protected,
    /// Anything else (text, a file cut short, another format).
    Other,
}

/// Reads the first bytes and the size of the file at `path`.
///
/// # Errors
///
/// The I/O error when the file cannot be opened or read.
pub fn file_kind(path: &Path) -> std::io::Result<FileKind> {
    let file = fs::File::open(path)?;
    let size = file.metadata()?.len();
    let mut header = Vec::with_capacity(SQLITE_HEADER.len());
    file.take(SQLITE_HEADER.len() as u64)
        .read_to_end(&mut header)?;
    Ok(if header.is_empty() {
        FileKind::Empty
    } else if header.as_slice() == SQLITE_HEADER {
        FileKind::Plain
    } else if size >= MIN_PAGE_SIZE && size.is_multiple_of(MIN_PAGE_SIZE) {
        FileKind::Protected
    } else {
        FileKind::Other
    })
}

/// The passphrase to key a file of `kind` with: `passphrase` for a protected file, none for a
/// plain or empty one (a passphrase given for those is not used).
pub fn key_for(kind: FileKind, passphrase: Option<&Passphrase>) -> Option<Passphrase> {
    if kind == FileKind::Protected {
        passphrase.cloned()
    } else {
        None
    }
}

/// Keys a fresh connection with `passphrase` (the first statement it runs) and checks the key
/// by reading the schema, as SQLCipher accepts any key until the first read. Each of the
/// passphrase's forms is tried in turn (see [`Passphrase::forms`]); returns the passphrase as
/// it keys this file.
///
/// # Errors
///
/// [`StoreError::WrongPassphrase`] naming `path` when no form of the key opens the file;
/// [`StoreError::Sqlite`] for other SQLite failures.
pub fn key_connection(
    connection: &Connection,
    path: &Path,
    passphrase: &Passphrase,
) -> StoreResult<Passphrase> {
    let mut forms = passphrase.forms().into_iter().peekable();
    while let Some(form) = forms.next() {
        set_key_text(connection, &form)?;
        match check_key(connection, path) {
            Ok(()) => return Ok(passphrase.keyed_as(form)),
            Err(StoreError::WrongPassphrase { .. }) if forms.peek().is_some() => {}
            Err(error) => return Err(error),
        }
    }
    Err(StoreError::WrongPassphrase {
        path: path.to_owned(),
    })
}

/// Keys a connection with `text` without reading anything.
fn set_key_text(connection: &Connection, text: &str) -> rusqlite::Result<()> {
    // SQLCipher writes "hmac check failed" to stderr for every wrong key otherwise.
    connection.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))?;
    connection.pragma_update(None, "key", text)
}

/// Reads the schema through a keyed connection: the point where a wrong key shows.
fn check_key(connection: &Connection, path: &Path) -> StoreResult<()> {
    match connection.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(error) if error.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            Err(StoreError::WrongPassphrase {
                path: path.to_owned(),
            })
        }
        Err(error) => Err(StoreError::Sqlite(error)),
    }
}

/// Opens the file at `path` for reading and writing with `passphrase` (or none), checking the key.
///
/// # Errors
///
/// As [`key_connection`], and [`StoreError::Sqlite`] when the file cannot be opened.
pub fn open_keyed(path: &Path, passphrase: Option<&Passphrase>) -> StoreResult<Connection> {
    open_keyed_as(path, passphrase).map(|(connection, _)| connection)
}

/// [`open_keyed`], also returning the passphrase as it keys the file (see [`key_connection`]).
///
/// # Errors
///
/// As [`open_keyed`].
pub fn open_keyed_as(
    path: &Path,
    passphrase: Option<&Passphrase>,
) -> StoreResult<(Connection, Option<Passphrase>)> {
    let connection = Connection::open(path)?;
    let keyed = match passphrase {
        Some(passphrase) => Some(key_connection(&connection, path, passphrase)?),
        None => None,
    };
    Ok((connection, keyed))
}

/// Keys the connection of a new, empty file with `passphrase` (nothing to check yet).
pub(super) fn key_new_file(
    connection: &Connection,
    passphrase: &Passphrase,
) -> rusqlite::Result<()> {
    set_key_text(connection, passphrase.text())
}

/// Stops the process dead when the test hook names `step` (see [`TEST_KILL_AT_ENV_VAR`]).
pub(super) fn kill_point(step: &str) {
    if std::env::var_os(TEST_KILL_AT_ENV_VAR).is_some_and(|value| value == step) {
        std::process::abort();
    }
}

/// The file a conversion writes beside `path` before renaming it over `path`.
pub(super) fn converting_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".converting");
    PathBuf::from(name)
}

/// What a verified copy must match: rows per table and the schema version.
#[derive(Debug, PartialEq, Eq)]
struct Fingerprint {
    rows: Vec<(String, i64)>,
    user_version: i64,
    application_id: i64,
}

fn fingerprint(connection: &Connection) -> rusqlite::Result<Fingerprint> {
    let mut statement = connection.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )?;
    let tables = statement
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut rows = Vec::with_capacity(tables.len());
    for table in tables {
        let quoted = table.replace('"', "\"\"");
        let count =
            connection.query_row(&format!("SELECT count(*) FROM \"{quoted}\""), [], |row| {
                row.get(0)
            })?;
        rows.push((table, count));
    }
    Ok(Fingerprint {
        rows,
        user_version: connection.query_row("PRAGMA user_version", [], |row| row.get(0))?,
        application_id: connection.query_row("PRAGMA application_id", [], |row| row.get(0))?,
    })
}

/// Copies the database file at `source` (keyed with `from`, or plain) into a new file at
/// `target` keyed with `to` (or plain), then checks the copy (same tables and row counts, same
/// schema version, `integrity_check` ok) and makes it durable. The source is only read. The
/// copy is in rollback-journal mode (no `-wal` file). A file already at `target` is replaced.
///
/// # Errors
///
/// [`StoreError::WrongPassphrase`] when `from` does not open `source`; [`StoreError::Damaged`]
/// naming `target` when the copy does not match; [`StoreError::Sqlite`] or [`StoreError::Io`]
/// when it cannot be written. A partial copy is removed.
pub(super) fn export_copy(
    source: &Path,
    from: Option<&Passphrase>,
    target: &Path,
    to: Option<&Passphrase>,
) -> StoreResult<()> {
    remove_if_present(target)?;
    let written = write_export(source, from, target, to);
    if written.is_err() {
        let _ = remove_if_present(target);
    }
    written
}

fn write_export(
    source: &Path,
    from: Option<&Passphrase>,
    target: &Path,
    to: Option<&Passphrase>,
) -> StoreResult<()> {
    super::files::create_private_file(target)?;
    let expected = {
        let connection = open_keyed(source, from)?;
        let expected = fingerprint(&connection)?;
        let key = to.map_or("", Passphrase::text);
        connection.execute(
            "ATTACH DATABASE ?1 AS converted KEY ?2",
            rusqlite::params![target.to_string_lossy(), key],
        )?;
        connection.query_row("SELECT sqlcipher_export('converted')", [], |_| Ok(()))?;
        // sqlcipher_export copies tables and rows, not these two header fields.
        connection.pragma_update(Some("converted"), "user_version", expected.user_version)?;
        connection.pragma_update(Some("converted"), "application_id", expected.application_id)?;
        connection.execute("DETACH DATABASE converted", [])?;
        expected
    };
    kill_point("verify");
    let copy = open_keyed(target, to)?;
    let found = fingerprint(&copy)?;
    let verdict: String = copy.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
    copy.pragma_update(None, "journal_mode", "DELETE")?;
    drop(copy);
    if found != expected || verdict != "ok" {
        return Err(StoreError::Damaged {
            path: target.to_owned(),
            damage: super::error::Damage::ConvertedCopyDiffers { verdict },
        });
    }
    restrict_permissions(target)?;
    sync_file(target)
}

/// Converts the file at `path` from `from` to `to` in place: a checked copy beside it, renamed
/// over it. The file must have no writer and be in rollback-journal mode (no `-wal`).
///
/// # Errors
///
/// As [`export_copy`], and [`StoreError::Io`] when the copy cannot be renamed.
pub(super) fn convert_file(
    path: &Path,
    from: Option<&Passphrase>,
    to: Option<&Passphrase>,
) -> StoreResult<()> {
    let converting = converting_path(path);
    export_copy(path, from, &converting, to)?;
    kill_point("rename");
    fs::rename(&converting, path).map_err(|source| io_error(path, source))?;
    sync_folder(path);
    Ok(())
}

/// Brings the file at `path` to rollback-journal mode with every change in the main file, so
/// that no `-wal` or `-shm` file stays beside it.
///
/// # Errors
///
/// [`StoreError::Sqlite`] when SQLite fails.
pub(super) fn checkpoint_to_single_file(
    path: &Path,
    passphrase: Option<&Passphrase>,
) -> StoreResult<()> {
    let connection = open_keyed(path, passphrase)?;
    connection.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    connection.pragma_update(None, "journal_mode", "DELETE")?;
    Ok(())
}

/// Removes the file at `path` and its `-wal` and `-shm` files, those that are there.
///
/// # Errors
///
/// [`StoreError::Io`] when one cannot be removed.
pub(super) fn remove_if_present(path: &Path) -> StoreResult<()> {
    for file in with_side_files(path) {
        match fs::remove_file(&file) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(io_error(&file, source)),
        }
    }
    Ok(())
}

/// Flushes the file at `path` to the disk. Opened for writing: Windows refuses to flush a file
/// opened for reading only ("Access denied").
fn sync_file(path: &Path) -> StoreResult<()> {
    fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|file| file.sync_all())
        .map_err(|source| io_error(path, source))
}

/// Makes a rename in `path`'s folder durable where the system allows it (Unix); elsewhere the
/// rename itself is what the system offers.
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = fs::File::open(super::files::folder_of(path)) {
        let _ = folder.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passphrase_is_never_shown() {
        let passphrase = Passphrase::new("correct horse").unwrap();
        assert_eq!(format!("{passphrase:?}"), "Passphrase(<redacted>)");
        assert!(matches!(
            Passphrase::new(""),
            Err(StoreError::EmptyPassphrase)
        ));
    }

    #[test]
    fn a_passphrase_keys_in_nfc_and_never_nfkc() {
        let composed = Passphrase::new("M\u{fc}nchen").unwrap();
        let decomposed = Passphrase::new("Mu\u{308}nchen").unwrap();
        assert_eq!(composed, decomposed);
        assert_eq!(decomposed.text(), "M\u{fc}nchen");
        assert!(decomposed.is_normalized());
        // The text as typed and its decomposed form are tried after the normalized one.
        assert_eq!(
            decomposed.forms(),
            ["M\u{fc}nchen", "Mu\u{308}nchen"].map(String::from)
        );
        // A compatibility character is not a canonical one: NFKC would make "fi" of "\u{fb01}".
        let ligature = Passphrase::new("\u{fb01}re").unwrap();
        assert_eq!(ligature.text(), "\u{fb01}re");
        assert_ne!(ligature, Passphrase::new("fire").unwrap());
        assert!(!ligature.same_as(&Passphrase::new("fire").unwrap()));
        // Canonical singletons are composed: the Angstrom sign is the letter Å.
        assert_eq!(Passphrase::new("\u{212b}").unwrap().text(), "\u{c5}");
    }

    #[test]
    fn a_file_keyed_with_the_decomposed_form_opens_with_either_form() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("old.db");
        let connection = Connection::open(&path).unwrap();
        set_key_text(&connection, "cafe\u{301} au lait").unwrap();
        connection
            .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
        drop(connection);
        for typed in ["caf\u{e9} au lait", "cafe\u{301} au lait"] {
            let passphrase = Passphrase::new(typed).unwrap();
            let (connection, keyed) = open_keyed_as(&path, Some(&passphrase)).unwrap();
            let keyed = keyed.unwrap();
            assert_eq!(keyed.text(), "cafe\u{301} au lait");
            assert!(!keyed.is_normalized());
            assert!(keyed.same_as(&passphrase));
            assert_eq!(keyed.normalized(), passphrase);
            let count: i64 = connection
                .query_row("SELECT count(*) FROM t", [], |row| row.get(0))
                .unwrap();
            assert_eq!(count, 1);
        }
        let wrong = Passphrase::new("cafe au lait").unwrap();
        assert!(matches!(
            open_keyed_as(&path, Some(&wrong)),
            Err(StoreError::WrongPassphrase { .. })
        ));
    }

    #[test]
    fn file_kinds_by_their_first_bytes_and_size() {
        let folder = tempfile::tempdir().unwrap();
        let write = |name: &str, bytes: &[u8]| {
            let path = folder.path().join(name);
            fs::write(&path, bytes).unwrap();
            file_kind(&path).unwrap()
        };
        assert_eq!(write("empty", b""), FileKind::Empty);
        let mut plain = SQLITE_HEADER.to_vec();
        plain.resize(4096, 0);
        assert_eq!(write("plain", &plain), FileKind::Plain);
        assert_eq!(write("pages", &[7u8; 1024]), FileKind::Protected);
        assert_eq!(write("short", &[7u8; 1000]), FileKind::Other);
        assert_eq!(write("text", b"my shopping list\n"), FileKind::Other);
    }
}
