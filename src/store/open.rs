//! Opening a journal file safely: recognise foreign, damaged and newer files before writing anything.

use std::fs::{self, OpenOptions};
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::access::{Access, ReadOnly};
use super::error::{Damage, NotAJournal, StoreError, StoreResult, Unreadable};
use super::files::{file_uri, folder_of, is_permission, with_side_files};
use super::passphrase::{FileKind, Passphrase, file_kind, key_connection};
use super::schema::{APPLICATION_ID, LATEST_VERSION};

/// How long a write waits for another process holding the journal, in milliseconds.
pub const BUSY_TIMEOUT_MS: u64 = 10_000;

/// Finds whether the existing journal at `path` and its folder can be written, without
/// changing the journal: the file is opened for writing (not truncated, nothing written) and
/// the folder is asked to hold a new empty file, removed at once.
///
/// # Errors
///
/// [`StoreError::Unreadable`] when the file cannot even be opened for reading.
pub fn access(path: &Path) -> StoreResult<Access> {
    let folder = folder_of(path);
    if !folder_is_writable(&folder) {
        return Ok(Access::ReadOnly(ReadOnly::Folder(folder)));
    }
    match OpenOptions::new().write(true).open(path) {
        Ok(_) => Ok(Access::Writable),
        Err(error) if is_permission(&error) => {
            Ok(Access::ReadOnly(ReadOnly::File(path.to_owned())))
        }
        Err(error) => Err(unreadable(path, Unreadable::Reported(error.to_string()))),
    }
}

/// Whether a new file can be made in `folder`: tried with an empty, uniquely named file that is
/// removed at once.
fn folder_is_writable(folder: &Path) -> bool {
    let probe = folder.join(format!(
        ".relief-journal-write-check-{}",
        std::process::id()
    ));
    match OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(file) => {
            drop(file);
            let _ = fs::remove_file(&probe);
            true
        }
        // A probe left by a process that had our id before; the folder is writable.
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => true,
        Err(_) => false,
    }
}

/// Refuses a journal path that names a folder.
///
/// # Errors
///
/// [`StoreError::IsAFolder`] when `path` is a folder.
pub fn refuse_folder(path: &Path) -> StoreResult<()> {
    if path.is_dir() {
        return Err(StoreError::IsAFolder {
            path: path.to_owned(),
            example: path.join("journal.db"),
        });
    }
    Ok(())
}

/// Opens the journal at `path` for reading only, without creating or changing anything beside
/// it, keyed with `passphrase` when given. Where the folder is read-only and SQLite has no
/// `-shm` file to share, the file is opened as immutable (no other program can be writing to it
/// there). A file that can be written ([`Access::Writable`]) is opened for writing with SQLite's
/// `query_only` set: a connection opened read-only leaves behind the `-wal` and `-shm` files its
/// reading made, while one that may write removes them as the last connection to close, as the
/// app does.
///
/// # Errors
///
/// [`StoreError::Unreadable`] when the latest changes sit in a `-wal` file that cannot be read
/// from a read-only folder, or the file cannot be opened; [`StoreError::WrongPassphrase`] when
/// `passphrase` does not open it.
pub fn open_read_only(
    path: &Path,
    access: &Access,
    passphrase: Option<&Passphrase>,
) -> StoreResult<Connection> {
    open_read_only_as(path, access, passphrase).map(|(connection, _)| connection)
}

/// [`open_read_only`], also returning the passphrase as it keys the file (see
/// [`key_connection`]).
///
/// # Errors
///
/// As [`open_read_only`].
pub fn open_read_only_as(
    path: &Path,
    access: &Access,
    passphrase: Option<&Passphrase>,
) -> StoreResult<(Connection, Option<Passphrase>)> {
    let [_, wal, shm] = with_side_files(path);
    let folder_read_only = matches!(access, Access::ReadOnly(ReadOnly::Folder(_)));
    let wal_has_changes = fs::metadata(&wal).is_ok_and(|metadata| metadata.len() > 0);
    let writable = matches!(access, Access::Writable);
    let mode = if writable { "rw" } else { "ro" };
    let mut uri = format!("{}?mode={mode}", file_uri(path));
    if folder_read_only && !shm.exists() {
        if wal_has_changes {
            return Err(unreadable(
                path,
                Unreadable::ChangesInReadOnlyFolder { wal: wal.clone() },
            ));
        }
        uri.push_str("&immutable=1");
    }
    let opening = if writable {
        OpenFlags::SQLITE_OPEN_READ_WRITE
    } else {
        OpenFlags::SQLITE_OPEN_READ_ONLY
    };
    let flags = opening | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let connection =
        Connection::open_with_flags(&uri, flags).map_err(|error| classify(path, &error))?;
    connection
        .busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))
        .map_err(|error| classify(path, &error))?;
    let keyed = match passphrase {
        Some(passphrase) => Some(key_connection(&connection, path, passphrase)?),
        None => None,
    };
    if writable {
        connection
            .pragma_update(None, "query_only", "ON")
            .map_err(|error| classify(path, &error))?;
    }
    Ok((connection, keyed))
}

/// Checks an existing file without writing to it, and says what it is. `Ok` means it is empty,
/// or a Relief Journal this build can open (possibly needing migration): plain, or protected
/// and opened by `passphrase`. A passphrase given for a plain file is not used.
///
/// # Errors
///
/// [`StoreError::NotAJournal`], [`StoreError::NewerSchema`] or [`StoreError::Damaged`] for a
/// file this build cannot open; [`StoreError::Protected`] for a protected file (or one that
/// cannot be told from it) when no passphrase is given, [`StoreError::WrongPassphrase`] when the
/// one given does not open it; [`StoreError::Unreadable`] when it cannot be read.
pub fn check_existing_with(
    path: &Path,
    access: &Access,
    passphrase: Option<&Passphrase>,
) -> StoreResult<FileKind> {
    check_existing_keyed(path, access, passphrase).map(|(kind, _)| kind)
}

/// [`check_existing_with`], also returning the passphrase as it keys a protected file (see
/// [`key_connection`]).
///
/// # Errors
///
/// As [`check_existing_with`].
pub fn check_existing_keyed(
    path: &Path,
    access: &Access,
    passphrase: Option<&Passphrase>,
) -> StoreResult<(FileKind, Option<Passphrase>)> {
    let kind = file_kind(path).map_err(|error| read_error(path, &error))?;
    let key = match kind {
        FileKind::Empty => return Ok((kind, None)),
        FileKind::Plain => None,
        FileKind::Protected => Some(passphrase.ok_or_else(|| StoreError::Protected {
            path: path.to_owned(),
        })?),
        FileKind::Other => {
            return Err(StoreError::NotAJournal {
                path: path.to_owned(),
                reason: NotAJournal::NotSqlite,
            });
        }
    };
    let (connection, keyed) = open_read_only_as(path, access, key)?;
    let (application_id, user_version, table_count) =
        read_identity(&connection).map_err(|error| classify(path, &error))?;
    if application_id != APPLICATION_ID {
        if application_id == 0 && user_version == 0 && table_count == 0 {
            return Ok((kind, keyed));
        }
        return Err(StoreError::NotAJournal {
            path: path.to_owned(),
            reason: NotAJournal::OtherProgram,
        });
    }
    if user_version > LATEST_VERSION {
        return Err(StoreError::NewerSchema {
            path: path.to_owned(),
            found: user_version,
            supported: LATEST_VERSION,
        });
    }
    let verdict: String = connection
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|error| classify(path, &error))?;
    if verdict != "ok" {
        return Err(StoreError::Damaged {
            path: path.to_owned(),
            damage: Damage::Reported(verdict),
        });
    }
    Ok((kind, keyed))
}

/// The error for a file that exists but cannot be read.
fn read_error(path: &Path, error: &std::io::Error) -> StoreError {
    if error.raw_os_error() == Some(21) || error.kind() == std::io::ErrorKind::IsADirectory {
        return StoreError::IsAFolder {
            path: path.to_owned(),
            example: path.join("journal.db"),
        };
    }
    let reason = if is_permission(error) {
        Unreadable::PermissionDenied
    } else {
        Unreadable::Reported(error.to_string())
    };
    unreadable(path, reason)
}

fn unreadable(path: &Path, reason: Unreadable) -> StoreError {
    StoreError::Unreadable {
        path: path.to_owned(),
        reason,
    }
}

fn read_identity(connection: &Connection) -> rusqlite::Result<(i32, i64, i64)> {
    let application_id = connection.query_row("PRAGMA application_id", [], |row| row.get(0))?;
    let user_version = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let table_count = connection.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
        [],
        |row| row.get(0),
    )?;
    Ok((application_id, user_version, table_count))
}

/// Sets the connection options every journal connection uses.
///
/// # Errors
///
/// The SQLite error when a pragma cannot be set.
pub fn configure(connection: &Connection) -> rusqlite::Result<()> {
    connection.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))?;
    connection.pragma_update(None, "journal_mode", "WAL")?;
    connection.pragma_update(None, "synchronous", "FULL")?;
    connection.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// What an SQLite error met while reading a file says about it: only corruption is damage;
/// permissions, locks and a missing disk are not.
pub fn classify(path: &Path, error: &rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotAJournal {
            path: path.to_owned(),
            reason: NotAJournal::NotSqlite,
        },
        Some(ErrorCode::DatabaseCorrupt) | None => StoreError::Damaged {
            path: path.to_owned(),
            damage: Damage::Reported(error.to_string()),
        },
        Some(ErrorCode::PermissionDenied | ErrorCode::ReadOnly | ErrorCode::CannotOpen) => {
            unreadable(
                path,
                Unreadable::CannotOpen {
                    detail: error.to_string(),
                },
            )
        }
        Some(_) => unreadable(path, Unreadable::Reported(error.to_string())),
    }
}
