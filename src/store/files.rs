//! The journal's files on disk: its folder and side files, files and folders private to the
//! user, permissions, `file:` URIs, and I/O errors named by path. No SQL.

use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};

use super::access::ReadOnly;
use super::error::{StoreError, StoreResult};

/// The folder that holds `path` (`.` for a bare file name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Whether an I/O error means "not allowed" (permissions, a read-only file system).
pub fn is_permission(error: &std::io::Error) -> bool {
    matches!(
        error.kind(),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
    )
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
        Err(error) if is_permission(&error) => Err(StoreError::ReadOnly {
            reason: ReadOnly::Folder(folder_of(path)),
        }),
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
            let Ok(metadata) = fs::metadata(&file) else {
                continue;
            };
            if metadata.permissions().mode() & 0o777 == 0o600 {
                continue;
            }
            match fs::set_permissions(&file, fs::Permissions::from_mode(0o600)) {
                Ok(()) => {}
                // Another user's file that this user may write: leave its permissions be.
                Err(error) if is_permission(&error) => {
                    log::warn!("{}: permissions left as they are ({error})", file.display());
                }
                Err(source) => return Err(io_error(&file, source)),
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

/// `path` as an SQLite `file:` URI: every byte outside the unreserved characters is
/// percent-encoded, so `?`, `#`, `%`, spaces and non-UTF-8 names survive.
pub(super) fn file_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let bytes = absolute.as_os_str().as_encoded_bytes();
    let mut uri = String::from("file:");
    if cfg!(windows) {
        // file:/C:/folder/journal.db
        uri.push('/');
    }
    for &byte in bytes {
        match byte {
            b'\\' if cfg!(windows) => uri.push('/'),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(char::from(byte));
            }
            b':' if cfg!(windows) => uri.push(':'),
            _ => uri.push_str(&format!("%{byte:02X}")),
        }
    }
    uri
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
