//! The last logged day, kept beside the journal for `relief-journal remind`.
//!
//! The reminder must tell whether today is logged without the journal's passphrase (once
//! journals can be protected by one) and without writing to the journal. So after every change
//! to the entries the store writes the date of the newest entry to a small file beside the
//! journal, `<journal file name>.last-logged-day`, holding that date (`YYYY-MM-DD` and a line
//! break) and nothing else; an empty journal leaves an empty file. The reminder reads it first
//! and falls back to the journal itself, opened read-only, when it does not say the day is
//! logged. This module is not the journal's truth: the `entry` table is.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::Store;
use super::error::{NotAJournal, StoreError, StoreResult};
use super::files::{file_uri, io_error, with_side_files, write_private_file};
use super::open::BUSY_TIMEOUT_MS;
use super::rows::date_text;
use super::schema::APPLICATION_ID;

/// What the last-logged-day file name adds to the journal's file name.
pub const LAST_LOGGED_SUFFIX: &str = ".last-logged-day";

/// The last-logged-day file of the journal at `journal`: the journal's path with
/// [`LAST_LOGGED_SUFFIX`] appended (`journal.db.last-logged-day`).
pub fn last_logged_path(journal: &Path) -> PathBuf {
    let mut name = journal.as_os_str().to_owned();
    name.push(LAST_LOGGED_SUFFIX);
    PathBuf::from(name)
}

/// Reads the last-logged-day file beside the journal at `journal`.
///
/// `Ok(None)` when the file does not exist or is empty (no entry logged yet).
///
/// # Errors
///
/// [`StoreError::Io`] when the file exists but cannot be read; [`StoreError::NotAJournal`]
/// (naming the file) when it holds anything but one `YYYY-MM-DD` date.
pub fn read_last_logged_day(journal: &Path) -> StoreResult<Option<NaiveDate>> {
    let path = last_logged_path(journal);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(io_error(&path, source)),
    };
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| StoreError::NotAJournal {
            path,
            reason: NotAJournal::LastLoggedDay,
        })
}

/// Whether the journal at `journal` has an entry for `date`, read without writing anything:
/// no journal is created, migrated or checkpointed, and a journal in a folder that cannot be
/// written is read too.
///
/// # Errors
///
/// [`StoreError::NotAJournal`] for a file that is not a Relief Journal (or cannot be read as
/// plain SQLite); [`StoreError::Sqlite`] when SQLite fails.
pub fn day_is_logged(journal: &Path, date: NaiveDate) -> StoreResult<bool> {
    let connection = open_journal_read_only(journal)?;
    let found = connection
        .query_row(
            "SELECT 1 FROM entry WHERE date = ?1",
            [date_text(date)],
            |_| Ok(()),
        )
        .optional()?;
    Ok(found.is_some())
}

/// Whether the journal at `journal` has a planned infusion on `date`, read as
/// [`day_is_logged`] reads.
///
/// # Errors
///
/// As [`day_is_logged`].
pub fn infusion_planned_on(journal: &Path, date: NaiveDate) -> StoreResult<bool> {
    let connection = open_journal_read_only(journal)?;
    let found = connection
        .query_row(
            "SELECT 1 FROM infusion WHERE date = ?1 AND status = 'planned'",
            [date_text(date)],
            |_| Ok(()),
        )
        .optional()?;
    Ok(found.is_some())
}

/// The journal's day-rollover hour (before it, "today" is still the previous journal day),
/// read as [`day_is_logged`] reads.
///
/// # Errors
///
/// As [`day_is_logged`].
pub fn day_rollover_hour(journal: &Path) -> StoreResult<u8> {
    let connection = open_journal_read_only(journal)?;
    let hour: i64 = connection.query_row(
        "SELECT day_rollover_hour FROM settings WHERE id = 1",
        [],
        |row| row.get(0),
    )?;
    u8::try_from(hour).map_err(|_| {
        StoreError::StoredValue(crate::domain::ValidationError::new(
            "day_rollover_hour",
            hour,
            crate::domain::Allowed::WholeNumber { min: 0, max: 12 },
        ))
    })
}

/// Opens the journal read-only and checks that it is a Relief Journal.
fn open_journal_read_only(journal: &Path) -> StoreResult<Connection> {
    let connection = open_read_only(journal)?;
    let application_id: i32 = connection
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .map_err(|error| not_a_journal(journal, error))?;
    if application_id != APPLICATION_ID {
        return Err(StoreError::NotAJournal {
            path: journal.to_owned(),
            reason: NotAJournal::OtherProgram,
        });
    }
    Ok(connection)
}

/// Opens the journal read-only without creating anything beside it.
///
/// A journal closed cleanly has no `-wal` file: all of it is in the file itself, which is then
/// opened as immutable, so SQLite makes no `-shm` or `-wal` file (and a folder that cannot be
/// written is no obstacle). While the app has the journal open (or after a crash), its `-wal`
/// file holds the latest changes, and the journal is read through it as any reader would;
/// where that fails (a folder that cannot be written) the file alone is read.
fn open_read_only(journal: &Path) -> StoreResult<Connection> {
    if !journal.is_file() {
        return Err(StoreError::NoJournalFile {
            path: journal.to_owned(),
        });
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let [_, wal, _] = with_side_files(journal);
    if wal.exists() {
        let shared = Connection::open_with_flags(journal, flags).and_then(|connection| {
            connection.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))?;
            // The first read is where a `-shm` that cannot be made shows.
            connection.query_row("PRAGMA schema_version", [], |row| row.get::<_, i64>(0))?;
            Ok(connection)
        });
        match shared {
            Ok(connection) => return Ok(connection),
            Err(error) if error.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
                return Err(not_a_journal(journal, error));
            }
            Err(error) => log::info!("reading the journal file alone: {error}"),
        }
    }
    Connection::open_with_flags(immutable_uri(journal), flags)
        .map_err(|error| not_a_journal(journal, error))
}

/// A `file:` URI opening `journal` read-only and immutable.
fn immutable_uri(journal: &Path) -> String {
    format!("{}?mode=ro&immutable=1", file_uri(journal))
}

/// A file SQLite cannot read as a database is not a journal this reader can open (a journal
/// protected by a passphrase looks like that too); any other failure is SQLite's, never called
/// damage.
fn not_a_journal(journal: &Path, error: rusqlite::Error) -> StoreError {
    if error.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) {
        StoreError::NotAJournal {
            path: journal.to_owned(),
            reason: NotAJournal::NeedsTheApp {
                detail: error.to_string(),
            },
        }
    } else {
        StoreError::Sqlite(error)
    }
}

impl Store {
    /// Writes the date of the newest entry (or nothing, for a journal without entries) to the
    /// last-logged-day file beside the journal, unless it already says that; an in-memory
    /// journal has none. Called after every committed change to the entries and when a
    /// journal is opened for writing.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when the newest date cannot be read; [`StoreError::Io`] when the
    /// file cannot be written.
    pub fn write_last_logged_day(&self) -> StoreResult<()> {
        let Some(journal) = self.path() else {
            return Ok(());
        };
        let newest: Option<String> =
            self.connection
                .query_row("SELECT max(date) FROM entry", [], |row| row.get(0))?;
        let text = newest.map(|date| format!("{date}\n")).unwrap_or_default();
        let file = last_logged_path(journal);
        if std::fs::read_to_string(&file).is_ok_and(|written| written == text) {
            return Ok(());
        }
        write_private_file(&file, text.as_bytes())
    }

    /// [`Store::write_last_logged_day`] after a change that is already committed: a failure
    /// does not undo the change, so it is logged, and the reminder then reads the journal.
    pub(super) fn note_last_logged_day(&self) {
        if let Err(error) = self.write_last_logged_day() {
            log::warn!("could not write the last logged day beside the journal: {error}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_sits_beside_the_journal() {
        assert_eq!(
            last_logged_path(Path::new("/data/journal.db")),
            PathBuf::from("/data/journal.db.last-logged-day")
        );
    }

    #[test]
    fn the_uri_is_immutable_and_escapes_query_characters() {
        let uri = immutable_uri(Path::new("/a b/j?#%.db"));
        assert_eq!(uri, "file:/a%20b/j%3F%23%25.db?mode=ro&immutable=1");
    }
}
