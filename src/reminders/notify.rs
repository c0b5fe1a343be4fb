//! The reminder's desktop notification, through notify-rust: the freedesktop notification
//! service over D-Bus (zbus) on Linux, a toast on Windows, the notification centre on macOS.
//!
//! On Linux, clicking the notification opens the app on Today for the same journal; the
//! process waits for that click (or for the notification to close) at most [`ACTION_WAIT`],
//! then ends. On Windows the toast is attributed to the app through its AppUserModelID, which the
//! installer puts on the Start-menu shortcut; on macOS the notification carries the app's
//! bundle identifier.

use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;

use super::ReminderError;
use crate::t;
use crate::wording::format::long_weekday_day_month;

/// How long `remind` waits for the notification to be clicked or closed before it ends (12
/// hours: the next day's reminder runs 24 hours later and finds it ended).
pub const ACTION_WAIT: Duration = Duration::from_secs(12 * 60 * 60);

/// The AppUserModelID of the Windows app (the installer sets it on the Start-menu shortcut).
pub const APP_USER_MODEL_ID: &str = "ReliefJournal.ReliefJournal";

/// The macOS bundle identifier (`packaging/` writes it into `Info.plist`).
pub const BUNDLE_ID: &str = "io.github.relief_journal.ReliefJournal";

/// The freedesktop desktop entry of the app (`packaging/linux/relief-journal.desktop`).
pub const DESKTOP_ENTRY: &str = "relief-journal";

/// What the one notification of a `remind` run says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// The journal day `day` has no entry; `infusion_tomorrow` when an infusion is planned for
    /// the next day and that reminder was asked for.
    NotLogged {
        /// The journal day.
        day: NaiveDate,
        /// Whether an infusion is planned for the day after.
        infusion_tomorrow: bool,
    },
    /// The day is logged, and an infusion is planned for `tomorrow`.
    InfusionTomorrow {
        /// The day of the planned infusion.
        tomorrow: NaiveDate,
    },
}

impl Reminder {
    /// The notification's title and the line under it, in the current thread's language.
    pub fn text(self) -> (String, String) {
        match self {
            Self::NotLogged {
                day,
                infusion_tomorrow: false,
            } => (
                t!("remind-not-logged-title"),
                t!("remind-not-logged-body", date = long_weekday_day_month(day)),
            ),
            Self::NotLogged {
                day,
                infusion_tomorrow: true,
            } => (
                t!("remind-not-logged-title"),
                t!(
                    "remind-not-logged-body-infusion-tomorrow",
                    date = long_weekday_day_month(day)
                ),
            ),
            Self::InfusionTomorrow { tomorrow } => (
                t!("remind-infusion-eve-title"),
                t!(
                    "remind-infusion-eve-body",
                    date = long_weekday_day_month(tomorrow)
                ),
            ),
        }
    }
}

/// Shows `reminder` for the journal at `journal` and, where the system tells, opens the app on
/// Today when it is clicked.
///
/// # Errors
///
/// [`ReminderError::Notification`] when no notification service answers.
pub fn show_reminder(journal: &Path, reminder: Reminder) -> Result<(), ReminderError> {
    let (summary, body) = reminder.text();
    let mut notification = notify_rust::Notification::new();
    notification
        .summary(&summary)
        .body(&body)
        // The application's name, as the notification service files it: not translated.
        .appname("Relief Journal");
    show(notification, journal)
}

#[cfg(all(unix, not(target_os = "macos")))]
fn show(mut notification: notify_rust::Notification, journal: &Path) -> Result<(), ReminderError> {
    notification
        .icon("relief-journal")
        .hint(notify_rust::Hint::DesktopEntry(DESKTOP_ENTRY.into()))
        .action("default", &t!("remind-notification-open"));
    let handle = notification
        .show()
        .map_err(|error| ReminderError::Notification(error.to_string()))?;
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        handle.wait_for_action(|action| {
            // The receiver may have stopped waiting; then nothing is opened.
            let _ = sender.send(action == "default");
        });
    });
    if let Ok(true) = receiver.recv_timeout(ACTION_WAIT) {
        open_app(journal)?;
    }
    Ok(())
}

#[cfg(windows)]
fn show(mut notification: notify_rust::Notification, _journal: &Path) -> Result<(), ReminderError> {
    notification.app_id(APP_USER_MODEL_ID);
    notification
        .show()
        .map(|_| ())
        .map_err(|error| ReminderError::Notification(error.to_string()))
}

#[cfg(target_os = "macos")]
fn show(notification: notify_rust::Notification, _journal: &Path) -> Result<(), ReminderError> {
    // Without an app bundle the notification comes from the terminal; with one, from the app.
    if let Err(error) = notify_rust::set_application(BUNDLE_ID) {
        log::info!("notifications come from the terminal: {error}");
    }
    notification
        .show()
        .map(|_| ())
        .map_err(|error| ReminderError::Notification(error.to_string()))
}

/// Starts the app on Today for `journal`, without waiting for it: the program installed now
/// (see [`installed_program`]), which a package update may have replaced while the
/// notification waited for its click.
#[cfg(all(unix, not(target_os = "macos")))]
fn open_app(journal: &Path) -> Result<(), ReminderError> {
    let program = installed_program()?;
    std::process::Command::new(&program)
        .arg("--db")
        .arg(journal)
        .args(["--view", "today"])
        .spawn()
        .map(|_| ())
        .map_err(|source| ReminderError::Io {
            path: program,
            source,
        })
}

/// The program installed now, found when the notification is clicked, hours after `remind`
/// started: a package update meanwhile replaces the file this process runs, and the kernel
/// then names it `/usr/bin/relief-journal (deleted)` (`/proc/self/exe`), which starts nothing.
#[cfg(all(unix, not(target_os = "macos")))]
fn installed_program() -> Result<std::path::PathBuf, ReminderError> {
    installed_program_from(
        std::env::current_exe().ok(),
        std::env::args_os().next().map(std::path::PathBuf::from),
        std::env::var_os("PATH").as_deref(),
    )
    .ok_or_else(|| ReminderError::Io {
        path: PROGRAM_NAME.into(),
        source: std::io::ErrorKind::NotFound.into(),
    })
}

/// The program's file name, as packages install it.
#[cfg(all(unix, not(target_os = "macos")))]
const PROGRAM_NAME: &str = "relief-journal";

/// What the kernel appends to the name of a running program whose file was removed or
/// replaced.
#[cfg(all(unix, not(target_os = "macos")))]
const DELETED_MARK: &str = " (deleted)";

/// The first of these that is an executable file now: the path this process runs from, without
/// the kernel's `(deleted)` mark (`running`); the path it was started by (`started_as`, the
/// scheduler's job names the installed program by its full path); the program's name on
/// `search_path` (`PATH`).
#[cfg(all(unix, not(target_os = "macos")))]
fn installed_program_from(
    running: Option<std::path::PathBuf>,
    started_as: Option<std::path::PathBuf>,
    search_path: Option<&std::ffi::OsStr>,
) -> Option<std::path::PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::PermissionsExt;
    let is_program = |path: &Path| {
        std::fs::metadata(path)
            .is_ok_and(|metadata| metadata.is_file() && metadata.permissions().mode() & 0o111 != 0)
    };
    let running = running.map(|path| {
        let bytes = path.as_os_str().as_bytes();
        match bytes.strip_suffix(DELETED_MARK.as_bytes()) {
            Some(installed) => std::path::PathBuf::from(std::ffi::OsStr::from_bytes(installed)),
            None => path,
        }
    });
    // A bare name in `started_as` was looked up on PATH, as below.
    let started_as = started_as.filter(|path| path.components().count() > 1);
    let on_path = search_path
        .into_iter()
        .flat_map(std::env::split_paths)
        .map(|folder| folder.join(PROGRAM_NAME));
    running
        .into_iter()
        .chain(started_as)
        .chain(on_path)
        .find(|path| is_program(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_names_the_day() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let not_logged = Reminder::NotLogged {
            day,
            infusion_tomorrow: false,
        };
        assert_eq!(
            not_logged.text(),
            (
                "Log today's pain in Relief Journal".to_owned(),
                "Nothing is logged for Sunday 6 December yet.".to_owned()
            )
        );
        let both = Reminder::NotLogged {
            day,
            infusion_tomorrow: true,
        };
        assert_eq!(
            both.text().1,
            "Nothing is logged for Sunday 6 December yet. An infusion is planned for tomorrow."
        );
        let tomorrow = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert_eq!(
            Reminder::InfusionTomorrow { tomorrow }.text(),
            (
                "An infusion is planned for tomorrow".to_owned(),
                "Relief Journal: your infusion planned for Monday 7 December.".to_owned()
            )
        );
    }

    #[test]
    fn the_text_speaks_spanish() {
        let spanish = crate::domain::Locale::parse("es_MX").unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        crate::wording::language::with_locale(spanish, || {
            assert_eq!(
                Reminder::NotLogged {
                    day,
                    infusion_tomorrow: true,
                }
                .text(),
                (
                    "Registre su dolor de hoy en Relief Journal".to_owned(),
                    "Todavía no hay ningún registro del domingo 6 de diciembre. Mañana tiene una \
                     infusión programada."
                        .to_owned()
                )
            );
            let tomorrow = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
            assert_eq!(
                Reminder::InfusionTomorrow { tomorrow }.text(),
                (
                    "Mañana tiene una infusión programada".to_owned(),
                    "Relief Journal: su infusión programada para el lunes 7 de diciembre."
                        .to_owned()
                )
            );
        });
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    #[test]
    fn a_click_after_an_upgrade_starts_the_program_installed_now() {
        use std::os::unix::fs::PermissionsExt;
        use std::path::PathBuf;
        let folder = tempfile::tempdir().unwrap();
        let bin = folder.path().join("bin");
        std::fs::create_dir(&bin).unwrap();
        let installed = bin.join(PROGRAM_NAME);
        let install = |path: &Path| {
            std::fs::write(path, b"#!/bin/sh\n").unwrap();
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
        };
        install(&installed);
        // The file this process ran was replaced by the update: the kernel marks it deleted.
        let deleted = PathBuf::from(format!("{}{DELETED_MARK}", installed.display()));
        assert_eq!(
            installed_program_from(Some(deleted.clone()), None, None),
            Some(installed.clone())
        );
        // Not replaced: the path itself.
        assert_eq!(
            installed_program_from(Some(installed.clone()), None, None),
            Some(installed.clone())
        );
        // Removed and installed elsewhere: the path it was started by, then PATH.
        let moved = folder.path().join("usr-local-bin");
        std::fs::create_dir(&moved).unwrap();
        install(&moved.join(PROGRAM_NAME));
        std::fs::remove_file(&installed).unwrap();
        let search = std::env::join_paths([bin.clone(), moved.clone()]).unwrap();
        assert_eq!(
            installed_program_from(
                Some(deleted.clone()),
                Some(PathBuf::from(PROGRAM_NAME)),
                Some(&search)
            ),
            Some(moved.join(PROGRAM_NAME))
        );
        assert_eq!(
            installed_program_from(Some(deleted.clone()), Some(moved.join(PROGRAM_NAME)), None),
            Some(moved.join(PROGRAM_NAME))
        );
        // A file that cannot be run is no program; nothing found is said, never guessed.
        let plain = bin.join(PROGRAM_NAME);
        std::fs::write(&plain, b"data").unwrap();
        std::fs::set_permissions(&plain, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert_eq!(installed_program_from(Some(deleted), None, None), None);
    }

    /// The kernel's own name for a running program that a package update replaced (written
    /// beside it, then renamed over it, as dpkg does), read back through `/proc`.
    #[cfg(target_os = "linux")]
    #[test]
    fn the_kernels_name_of_a_replaced_program_leads_to_the_new_one() {
        let Ok(sleep) = which_sleep() else {
            return;
        };
        let folder = tempfile::tempdir().unwrap();
        let installed = folder.path().join(PROGRAM_NAME);
        std::fs::copy(&sleep, &installed).unwrap();
        let mut child = std::process::Command::new(&installed)
            .arg("30")
            .spawn()
            .unwrap();
        let update = folder.path().join("relief-journal.dpkg-new");
        std::fs::copy(&sleep, &update).unwrap();
        std::fs::rename(&update, &installed).unwrap();
        let running = std::fs::read_link(format!("/proc/{}/exe", child.id())).unwrap();
        child.kill().unwrap();
        child.wait().unwrap();
        assert!(
            running.to_string_lossy().ends_with(DELETED_MARK),
            "{running:?}"
        );
        assert!(!running.exists());
        assert_eq!(
            installed_program_from(Some(running), None, None),
            Some(installed)
        );
    }

    /// The system's `sleep` program, to stand for ours while it runs.
    #[cfg(target_os = "linux")]
    fn which_sleep() -> Result<std::path::PathBuf, ()> {
        ["/usr/bin/sleep", "/bin/sleep"]
            .into_iter()
            .map(std::path::PathBuf::from)
            .find(|path| path.is_file())
            .ok_or(())
    }
}
