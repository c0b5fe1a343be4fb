//! The one place for platform-specific code: attaching the Windows console, opening a folder
//! in the system's file manager, and writing a file readable by the user only.
//!
//! On Windows the binary is built for the GUI subsystem, so starting the desktop app from the
//! Start menu or Explorer opens no console window. A GUI-subsystem program gets no console of
//! its own, though, so a subcommand typed in a terminal would print nothing. [`attach_console`]
//! fixes that by attaching to the terminal the program was started from. Everywhere else it does
//! nothing.

use std::io;
use std::path::Path;
use std::process::{Command, Stdio};

/// Makes standard output and standard error reach the terminal the program was started from.
///
/// Output that is already redirected (to a file or a pipe) is left alone, and a program started
/// without a terminal (from Explorer) stays without one. Call it before anything is printed.
pub fn attach_console() {
    #[cfg(windows)]
    windows::attach_parent_console();
}

/// Lets go of a terminal [`attach_console`] attached to, before the desktop app starts, so that
/// closing that terminal or pressing Ctrl+C in it does not end the app.
pub fn detach_console() {
    #[cfg(windows)]
    windows::detach_console();
}

/// Writes `bytes` to `path` readable by the user only (0600 on Unix), through a temporary file
/// in the same folder that is synced and renamed over the target, so a crash leaves the old file
/// or the new one, never half of one.
///
/// # Errors
///
/// The I/O error when the temporary file cannot be created, written or synced, or cannot be
/// renamed over `path`; the temporary file is removed then.
pub fn write_private_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::fs::{self, OpenOptions};
    use std::io::Write;

    let folder = path
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let mut temporary_name = path.file_name().unwrap_or_default().to_owned();
    temporary_name.push(format!(".{}.partial", std::process::id()));
    let temporary = folder.join(temporary_name);
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let result = options
        .open(&temporary)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        .and_then(|()| fs::rename(&temporary, path));
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

/// The user's preferred locales, most preferred first, as the system names them (`es_MX.UTF-8`,
/// `es-MX`, `C`).
///
/// On Linux and other Unix systems, as gettext reads them: `LANGUAGE` (a colon-separated list)
/// unless the locale in effect is `C` or `POSIX`, then the first set of `LC_ALL`, `LC_MESSAGES`
/// and `LANG`. On Windows and macOS, the user's languages as the system lists them.
pub fn system_locales() -> Vec<String> {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return sys_locale::get_locales().collect();
    }
    let variable = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    locales_from_environment(variable)
}

/// [`system_locales`] on Unix, from the environment variables `variable` reads.
pub fn locales_from_environment(variable: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let in_effect = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| variable(name));
    let is_c = in_effect.as_deref().is_none_or(|locale| {
        let name = locale.split(['.', '@']).next().unwrap_or_default();
        name == "C" || name == "POSIX"
    });
    let mut locales: Vec<String> = Vec::new();
    if !is_c && let Some(list) = variable("LANGUAGE") {
        locales.extend(
            list.split(':')
                .filter(|part| !part.is_empty())
                .map(str::to_owned),
        );
    }
    locales.extend(in_effect);
    locales
}

/// Opens the folder that holds `file` in the system file manager.
///
/// # Errors
///
/// The I/O error when the file manager cannot be started.
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
            log::warn!(
                "could not start {program} to open {}: {error}",
                folder.display()
            );
            error
        })
}

#[cfg(windows)]
#[allow(unsafe_code)]
mod windows {
    use std::fs::OpenOptions;
    use std::os::windows::io::IntoRawHandle;
    use std::sync::Mutex;

    use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, FreeConsole, GetStdHandle, STD_ERROR_HANDLE,
        STD_HANDLE, STD_OUTPUT_HANDLE, SetStdHandle,
    };

    /// The standard handles that led nowhere and now lead to the parent's console, when this
    /// process attached to it.
    static ATTACHED: Mutex<Vec<STD_HANDLE>> = Mutex::new(Vec::new());

    /// Whether the standard handle `which` leads nowhere.
    fn is_missing(which: STD_HANDLE) -> bool {
        // SAFETY: GetStdHandle takes no pointers and only reads the process's standard handles.
        let handle = unsafe { GetStdHandle(which) };
        handle.is_null() || handle == INVALID_HANDLE_VALUE
    }

    pub(super) fn attach_parent_console() {
        let missing = [STD_OUTPUT_HANDLE, STD_ERROR_HANDLE].map(|which| (which, is_missing(which)));
        if missing.iter().all(|(_, is_missing)| !is_missing) {
            return;
        }
        // SAFETY: AttachConsole takes no pointers; it fails harmlessly when the parent has no
        // console (started from Explorer) or this process already has one.
        if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
            return;
        }
        let mut attached = ATTACHED
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        for (which, was_missing) in missing {
            if !was_missing {
                continue;
            }
            attached.push(which);
            if !is_missing(which) {
                // AttachConsole set it already.
                continue;
            }
            // Read access too: without it the standard library cannot ask the console's mode,
            // takes it for a file and writes UTF-8 bytes instead of wide characters.
            let console = OpenOptions::new().read(true).write(true).open("CONOUT$");
            if let Ok(console) = console {
                // SAFETY: the handle is open and valid; from here on the standard handle slot owns
                // it (the desktop app drops it unclosed when it detaches).
                unsafe { SetStdHandle(which, console.into_raw_handle() as HANDLE) };
            }
        }
    }

    pub(super) fn detach_console() {
        let mut attached = ATTACHED
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if attached.is_empty() {
            return;
        }
        for which in attached.drain(..) {
            // SAFETY: a null standard handle is allowed; the standard library drops what is
            // written to it. Redirected handles are not in the list and stay as they are.
            unsafe { SetStdHandle(which, std::ptr::null_mut()) };
        }
        // SAFETY: FreeConsole takes no arguments and only detaches this process.
        unsafe { FreeConsole() };
    }
}

#[cfg(test)]
mod tests {
    use super::locales_from_environment;

    fn environment<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    }

    #[test]
    fn language_list_comes_first_unless_the_locale_is_c() {
        let spanish = [("LANGUAGE", "es_MX:en"), ("LANG", "en_US.UTF-8")];
        assert_eq!(
            locales_from_environment(environment(&spanish)),
            ["es_MX", "en", "en_US.UTF-8"]
        );
        let c = [("LANGUAGE", "es_MX"), ("LANG", "C")];
        assert_eq!(locales_from_environment(environment(&c)), ["C"]);
        let nothing: [(&str, &str); 0] = [];
        assert!(locales_from_environment(environment(&nothing)).is_empty());
    }

    #[test]
    fn lc_all_wins_over_lc_messages_and_lang() {
        let pairs = [
            ("LC_ALL", "es_ES.UTF-8"),
            ("LC_MESSAGES", "en_GB.UTF-8"),
            ("LANG", "en_US.UTF-8"),
        ];
        assert_eq!(
            locales_from_environment(environment(&pairs)),
            ["es_ES.UTF-8"]
        );
        let pairs = [("LC_MESSAGES", "es_MX.UTF-8"), ("LANG", "en_US.UTF-8")];
        assert_eq!(
            locales_from_environment(environment(&pairs)),
            ["es_MX.UTF-8"]
        );
    }
}
