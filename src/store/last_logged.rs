//! The days logged, kept beside the journal for `relief-journal remind`.
//!
//! The reminder must tell whether today is logged without the journal's passphrase (once
//! journals can be protected by one) and without writing to the journal. So after every change
//! to the entries, and whenever the journal is opened for writing (after a restore, an import,
//! a passphrase change or any other replacement), the store writes a small file beside the
//! journal, `<journal file name>.last-logged-day`:
//!
//! ```text
//! file 5a1f…c3-2049:1835012
//! 2026-11-28
//! 2026-11-27
//! ```
//!
//! The first line names the journal file it describes (see [`file_identity`]); then come the
//! days logged, newest first, at most [`LOGGED_DAYS_KEPT`] of them. The reminder counts a day
//! as logged by this file only when the file names the journal there now and lists that very
//! day: the file can spare it reading the journal, never silence it. Otherwise the journal
//! itself is read (opened read-only), and a journal that cannot be read without the app (a
//! passphrase) is taken as not logged. A file written by an earlier version (one date, "the
//! newest entry") names no journal and is never trusted. This module is not the journal's
//! truth: the `entry` table is.

use std::io::Read;
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

/// How many of the most recent logged days the file lists (a little over a year, so that a day
/// logged with the clock a year ahead never pushes today's out; about 4 KB).
pub const LOGGED_DAYS_KEPT: usize = 400;

/// What the line naming the journal file starts with.
const FILE_LINE: &str = "file ";

/// The last-logged-day file of the journal at `journal`: the journal's path with
/// [`LAST_LOGGED_SUFFIX`] appended (`journal.db.last-logged-day`).
pub fn last_logged_path(journal: &Path) -> PathBuf {
    let mut name = journal.as_os_str().to_owned();
    name.push(LAST_LOGGED_SUFFIX);
    PathBuf::from(name)
}

/// What the last-logged-day file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedDays {
    /// The journal file it describes ([`file_identity`]); `None` for a file written by an
    /// earlier version, which names none.
    pub file: Option<String>,
    /// The days logged, newest first.
    pub days: Vec<NaiveDate>,
}

impl LoggedDays {
    /// Whether this says `day` is logged in the journal at `journal` as it is now: it names that
    /// very file and lists that very day.
    pub fn says_logged(&self, journal: &Path, day: NaiveDate) -> bool {
        self.file.is_some() && self.file == file_identity(journal) && self.days.contains(&day)
    }
}

/// Reads the last-logged-day file beside the journal at `journal`.
///
/// `Ok(None)` when there is none.
///
/// # Errors
///
/// [`StoreError::Io`] when the file exists but cannot be read; [`StoreError::NotAJournal`]
/// (naming the file) when it is not what [`Store::write_last_logged_day`] writes (nor the one
/// date of earlier versions).
pub fn read_logged_days(journal: &Path) -> StoreResult<Option<LoggedDays>> {
    let path = last_logged_path(journal);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(io_error(&path, source)),
    };
    let unreadable = || StoreError::NotAJournal {
        path: path.clone(),
        reason: NotAJournal::LastLoggedDay,
    };
    let mut lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
    let mut logged = LoggedDays {
        file: None,
        days: Vec::new(),
    };
    let mut first = lines.next();
    if let Some(file) = first.and_then(|line| line.strip_prefix(FILE_LINE)) {
        logged.file = Some(file.to_owned());
        first = lines.next();
    }
    for line in first.into_iter().chain(lines) {
        let day = NaiveDate::parse_from_str(line, "%Y-%m-%d").map_err(|_| unreadable())?;
        logged.days.push(day);
    }
    Ok(Some(logged))
}

/// What names the journal file at `journal` as it is now, so that the last-logged-day file is
/// trusted only beside the file it describes: its first 16 bytes (a protected journal's random
/// salt, made anew whenever the file is made anew: a restore, another computer's copy, a
/// passphrase change), where it is stored (its device and inode on Unix, its creation time on
/// Windows: a file renamed into place, as copies and sync programs write, is another), and its
/// size and modification time (a copy written over it in place). The store writes the
/// last-logged-day file again after each of its own changes to the file itself (a checkpoint
/// when it closes the journal: [`Store`]'s `Drop`); a checkpoint by another program makes the
/// file stale, which only costs a reading of the journal (or a reminder about a protected one).
/// `None` when it cannot be read, or where none of it is known.
pub fn file_identity(journal: &Path) -> Option<String> {
    let mut file = std::fs::File::open(journal).ok()?;
    let mut head = [0_u8; 16];
    file.read_exact(&mut head).ok()?;
    let metadata = file.metadata().ok()?;
    let head: String = head.iter().map(|byte| format!("{byte:02x}")).collect();
    #[cfg(unix)]
    let place = {
        use std::os::unix::fs::MetadataExt;
        format!(
            "{}:{}-{}.{:09}-{}",
            metadata.dev(),
            metadata.ino(),
            metadata.mtime(),
            metadata.mtime_nsec(),
            metadata.size()
        )
    };
    #[cfg(windows)]
    let place = {
        use std::os::windows::fs::MetadataExt;
        format!(
            "{}-{}-{}",
            metadata.creation_time(),
            metadata.last_write_time(),
            metadata.file_size()
        )
    };
    #[cfg(not(any(unix, windows)))]
    let place: String = {
        let _ = metadata;
        return None;
    };
    Some(format!("{head}-{place}"))
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
    /// Writes the days logged (the most recent [`LOGGED_DAYS_KEPT`]) and the journal file they
    /// describe to the last-logged-day file beside the journal, unless it already says that; an
    /// in-memory journal has none. Called after every committed change to the entries and when
    /// a journal is opened for writing.
    ///
    /// # Errors
    ///
    /// [`StoreError::Sqlite`] when the days cannot be read; [`StoreError::Io`] when the file
    /// cannot be written.
    pub fn write_last_logged_day(&self) -> StoreResult<()> {
        let Some(journal) = self.path() else {
            return Ok(());
        };
        write_logged_days(journal, &logged_days(&self.connection)?)
    }

    /// [`Store::write_last_logged_day`] after a change that is already committed: a failure
    /// does not undo the change, so it is logged, and the reminder then reads the journal.
    pub(super) fn note_last_logged_day(&self) {
        if let Err(error) = self.write_last_logged_day() {
            log::warn!("could not write the last logged day beside the journal: {error}");
        }
    }
}

/// The most recent [`LOGGED_DAYS_KEPT`] days with an entry, newest first, as stored.
fn logged_days(connection: &Connection) -> StoreResult<Vec<String>> {
    let mut statement =
        connection.prepare_cached("SELECT date FROM entry ORDER BY date DESC LIMIT ?1")?;
    let days = statement
        .query_map([LOGGED_DAYS_KEPT as i64], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(days)
}

/// Writes `days` and the identity of the journal file at `journal` as it is now to its
/// last-logged-day file, unless it already says that; removes the file when the journal's
/// identity cannot be known (better none than a stale one).
fn write_logged_days(journal: &Path, days: &[String]) -> StoreResult<()> {
    let file = last_logged_path(journal);
    let Some(identity) = file_identity(journal) else {
        return match std::fs::remove_file(&file) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                Err(io_error(&file, error))
            }
            _ => Ok(()),
        };
    };
    let mut text = format!("{FILE_LINE}{identity}\n");
    for day in days {
        text.push_str(day);
        text.push('\n');
    }
    if std::fs::read_to_string(&file).is_ok_and(|written| written == text) {
        return Ok(());
    }
    write_private_file(&file, text.as_bytes())
}

/// Closing a journal opened for writing folds its log into the file (SQLite's checkpoint, when
/// it is the last connection), which changes the file's modification time: the last-logged-day
/// file is written again after it, so that it still describes the file.
impl Drop for Store {
    fn drop(&mut self) {
        let Some(journal) = self.path.clone() else {
            return;
        };
        if self.read_only.is_some() {
            return;
        }
        let days = match logged_days(&self.connection) {
            Ok(days) => days,
            Err(error) => {
                log::info!("the last logged days are not written on closing: {error}");
                return;
            }
        };
        let Ok(placeholder) = Connection::open_in_memory() else {
            return;
        };
        let connection = std::mem::replace(&mut self.connection, placeholder);
        if let Err((_, error)) = connection.close() {
            log::warn!("the journal did not close cleanly: {error}");
            return;
        }
        if let Err(error) = write_logged_days(&journal, &days) {
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
