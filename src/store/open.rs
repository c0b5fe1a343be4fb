//! Opening a journal file safely: recognise foreign, damaged and newer files before writing anything.

use std::fs::{self, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::error::{StoreError, StoreResult};
use super::schema::{APPLICATION_ID, LATEST_VERSION};

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// How long a write waits for another process holding the journal, in milliseconds.
pub const BUSY_TIMEOUT_MS: u64 = 10_000;

/// Checks an existing file without writing to it. `Ok(())` means it is empty, or a Relief Journal
/// this build can open (possibly needing migration).
///
/// # Errors
///
/// [`StoreError::NotAJournal`], [`StoreError::NewerSchema`] or [`StoreError::Damaged`] for a
/// file this build cannot open; [`StoreError::Io`] when it cannot be read.
pub fn check_existing(path: &Path) -> StoreResult<()> {
    let mut header = Vec::with_capacity(SQLITE_HEADER.len());
    let file = fs::File::open(path).map_err(|source| io_error(path, source))?;
    file.take(SQLITE_HEADER.len() as u64)
        .read_to_end(&mut header)
        .map_err(|source| io_error(path, source))?;
    if header.is_empty() {
        return Ok(());
    }
    if header.as_slice() != SQLITE_HEADER {
        return Err(StoreError::NotAJournal {
            path: path.to_owned(),
            reason: "not an SQLite database".into(),
        });
    }
    let connection = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|error| damaged(path, &error))?;
    let (application_id, user_version, table_count) =
        read_identity(&connection).map_err(|error| damaged(path, &error))?;
    if application_id != APPLICATION_ID {
        if application_id == 0 && user_version == 0 && table_count == 0 {
            return Ok(());
        }
        return Err(StoreError::NotAJournal {
            path: path.to_owned(),
            reason: "an SQLite database made by another program".into(),
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
        .map_err(|error| damaged(path, &error))?;
    if verdict != "ok" {
        return Err(StoreError::Damaged {
            path: path.to_owned(),
            detail: verdict,
        });
    }
    Ok(())
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

/// Creates the journal's folder (private to the user) and an empty file readable by the user only.
///
/// # Errors
///
/// [`StoreError::Io`] when the folder or the file cannot be created.
pub fn create_private_file(path: &Path) -> StoreResult<()> {
    if let Some(folder) = path
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
    {
        create_private_dir(folder)?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(io_error(path, source)),
    }
}

/// Creates a folder (and its parents), readable by the user only on Unix.
///
/// # Errors
///
/// [`StoreError::Io`] when the folder cannot be created or its permissions set.
pub fn create_private_dir(folder: &Path) -> StoreResult<()> {
    if folder.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(folder)
        .map_err(|source| io_error(folder, source))
}

/// Makes the journal and its SQLite side files readable by the user only (Unix; elsewhere the
/// per-user data folder already is).
///
/// # Errors
///
/// [`StoreError::Io`] when the permissions cannot be set.
pub fn restrict_permissions(path: &Path) -> StoreResult<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in with_side_files(path) {
            if file.exists() {
                fs::set_permissions(&file, fs::Permissions::from_mode(0o600))
                    .map_err(|source| io_error(&file, source))?;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// The journal file and the `-wal` and `-shm` files SQLite keeps beside it.
pub fn with_side_files(path: &Path) -> [PathBuf; 3] {
    let with_suffix = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [path.to_owned(), with_suffix("-wal"), with_suffix("-shm")]
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

fn damaged(path: &Path, error: &rusqlite::Error) -> StoreError {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotAJournal {
            path: path.to_owned(),
            reason: "not an SQLite database".into(),
        },
        _ => StoreError::Damaged {
            path: path.to_owned(),
            detail: error.to_string(),
        },
    }
}

/// Wraps an I/O error with the path it concerns.
pub fn io_error(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io {
        path: path.to_owned(),
        source,
    }
}

/// Writes `bytes` to `path` readable by the user only, atomically (see
/// [`crate::platform::write_private_file`]).
///
/// # Errors
///
/// [`StoreError::Io`] naming `path` when the file cannot be created, written, synced or renamed.
pub fn write_private_file(path: &Path, bytes: &[u8]) -> StoreResult<()> {
    crate::platform::write_private_file(path, bytes).map_err(|source| io_error(path, source))
}
