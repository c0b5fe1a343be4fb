//! This computer's identity in the journals it writes: a random id and a readable name, kept in
//! the platform config folder, never in the journal. A journal copied to another computer is
//! therefore changed there under that computer's id, as a second computer: the merge of two
//! journals tells their changes apart by it (see `changes.rs` and `crate::sync`).
//!
//! The file is `computer` in the config folder (`~/.config/relief-journal/computer` on Linux,
//! `%APPDATA%\relief-journal\config\computer` on Windows, `~/Library/Application
//! Support/relief-journal/computer` on macOS), two lines `id=…` and `name=…`, readable by the
//! user only. [`COMPUTER_ID_ENV_VAR`] and [`COMPUTER_NAME_ENV_VAR`] override it (tests run two
//! "computers" on one machine with them, or with two `HOME`s).

use std::path::PathBuf;
use std::sync::OnceLock;

/// The environment variable that gives this computer's id instead of the config file.
pub const COMPUTER_ID_ENV_VAR: &str = "RELIEF_JOURNAL_COMPUTER_ID";

/// The environment variable that gives this computer's readable name.
pub const COMPUTER_NAME_ENV_VAR: &str = "RELIEF_JOURNAL_COMPUTER_NAME";

/// The name of the identity file in the config folder.
pub const COMPUTER_FILE_NAME: &str = "computer";

/// The longest id or name kept.
const MAX_LENGTH: usize = 64;

/// A computer that changes journals: its id (letters, digits, `-` and `_`) and a name people
/// read ("laptop").
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Computer {
    id: String,
    name: String,
}

impl Computer {
    /// A computer with this id and name; `None` when the id is empty, longer than 64 characters
    /// or has characters other than ASCII letters, digits, `-` and `_`. An empty name becomes
    /// the id's first characters.
    pub fn new(id: &str, name: &str) -> Option<Self> {
        let valid = !id.is_empty()
            && id.len() <= MAX_LENGTH
            && id
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_');
        if !valid {
            return None;
        }
        let name: String = name.trim().chars().take(MAX_LENGTH).collect();
        let name = if name.is_empty() {
            id.chars().take(8).collect()
        } else {
            name
        };
        Some(Self {
            id: id.to_owned(),
            name,
        })
    }

    /// The id stamped on every change this computer makes.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The name other computers show for it.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// This computer: from the environment variables, else the identity file (made on first
    /// use with a random id and the host's name). Read once per process. When the file can
    /// neither be read nor made, a random id is used for this run (and logged).
    pub fn this() -> &'static Self {
        static THIS: OnceLock<Computer> = OnceLock::new();
        THIS.get_or_init(load)
    }

    /// A new computer with a random id and `name`.
    pub fn random(name: &str) -> Self {
        let id = random_id();
        Self::new(&id, name).unwrap_or(Self {
            name: id.chars().take(8).collect(),
            id,
        })
    }
}

/// The identity from the environment, the file, or made now.
fn load() -> Computer {
    let name_override = std::env::var(COMPUTER_NAME_ENV_VAR).ok();
    if let Ok(id) = std::env::var(COMPUTER_ID_ENV_VAR) {
        let name = name_override.clone().unwrap_or_else(|| id.clone());
        if let Some(computer) = Computer::new(&id, &name) {
            return computer;
        }
        log::warn!("{COMPUTER_ID_ENV_VAR} is not a valid computer id; it was not used");
    }
    let with_name = |computer: Computer| match &name_override {
        Some(name) => Computer::new(computer.id(), name).unwrap_or(computer),
        None => computer,
    };
    let Some(path) = identity_path() else {
        log::warn!("no config folder: this computer gets a new id for this run");
        return with_name(Computer::random(&host_name()));
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            if let Some(computer) = parse(&text) {
                return with_name(computer);
            }
            log::warn!(
                "{}: not a computer identity; a new one is made",
                path.display()
            );
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => {
            log::warn!(
                "{}: {error}; this computer gets a new id for this run",
                path.display()
            );
            return with_name(Computer::random(&host_name()));
        }
    }
    let computer = Computer::random(&host_name());
    if let Err(error) = save(&path, &computer) {
        log::warn!(
            "{}: the computer's identity was not saved ({error})",
            path.display()
        );
    }
    with_name(computer)
}

/// Where the identity file is: the platform config folder.
pub fn identity_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "relief-journal")
        .map(|dirs| dirs.config_dir().join(COMPUTER_FILE_NAME))
}

/// Reads the identity file's `id=` and `name=` lines.
fn parse(text: &str) -> Option<Computer> {
    let mut id = None;
    let mut name = "";
    for line in text.lines() {
        if let Some(value) = line.strip_prefix("id=") {
            id = Some(value.trim());
        } else if let Some(value) = line.strip_prefix("name=") {
            name = value;
        }
    }
    Computer::new(id?, name)
}

/// Writes the identity file, readable by the user only, in a private folder.
fn save(path: &std::path::Path, computer: &Computer) -> std::io::Result<()> {
    if let Some(folder) = path.parent() {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(folder)?;
    }
    let text = format!("id={}\nname={}\n", computer.id(), computer.name());
    crate::platform::write_private_file(path, text.as_bytes())
}

/// 128 random bits as 32 hexadecimal digits, from SQLite's generator (seeded by the system's).
fn random_id() -> String {
    let from_sqlite = rusqlite::Connection::open_in_memory().and_then(|connection| {
        connection.query_row("SELECT lower(hex(randomblob(16)))", [], |row| {
            row.get::<_, String>(0)
        })
    });
    match from_sqlite {
        Ok(id) => id,
        Err(error) => {
            // SQLite always opens an in-memory database; should it not, time and process tell
            // computers apart well enough for one run.
            log::warn!("no random id from SQLite ({error})");
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|time| time.as_nanos())
                .unwrap_or_default();
            format!("{nanos:x}{:x}", std::process::id())
        }
    }
}

/// The host's name, as the system gives it; empty when it gives none.
fn host_name() -> String {
    for variable in ["COMPUTERNAME", "HOSTNAME"] {
        if let Ok(name) = std::env::var(variable)
            && !name.trim().is_empty()
        {
            return name.trim().to_owned();
        }
    }
    for file in ["/proc/sys/kernel/hostname", "/etc/hostname"] {
        if let Ok(name) = std::fs::read_to_string(file)
            && !name.trim().is_empty()
        {
            return name.trim().to_owned();
        }
    }
    std::process::Command::new("hostname")
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_checked_and_names_shortened() {
        assert!(Computer::new("", "x").is_none());
        assert!(Computer::new("a b", "x").is_none());
        assert!(Computer::new(&"a".repeat(65), "x").is_none());
        let computer = Computer::new("3f9a0c1d-x_y", "  laptop ").unwrap();
        assert_eq!((computer.id(), computer.name()), ("3f9a0c1d-x_y", "laptop"));
        assert_eq!(Computer::new("3f9a0c1d22", "").unwrap().name(), "3f9a0c1d");
    }

    #[test]
    fn the_identity_file_reads_back() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("config").join(COMPUTER_FILE_NAME);
        let computer = Computer::random("desk");
        save(&path, &computer).unwrap();
        let read = parse(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(read, computer);
        assert_eq!(computer.id().len(), 32);
        assert_ne!(Computer::random("desk").id(), computer.id());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(parse("name=desk\n").is_none());
    }
}
