//! The one place that asks the operating system to do something: open a folder.

use std::io;
use std::path::Path;
use std::process::{Command, Stdio};

/// Opens the folder that holds `file` in the system file manager.
pub fn open_containing_folder(file: &Path) -> io::Result<()> {
    let folder = match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => std::env::current_dir()?,
    };
    let program = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    // The file manager runs on its own; we do not wait for it.
    Command::new(program)
        .arg(&folder)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map(|_child| ())
        .map_err(|error| {
            io::Error::new(
                error.kind(),
                format!(
                    "could not start {program} to open {}: {error}",
                    folder.display()
                ),
            )
        })
}
