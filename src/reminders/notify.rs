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

/// Starts the app on Today for `journal`, without waiting for it.
#[cfg(all(unix, not(target_os = "macos")))]
fn open_app(journal: &Path) -> Result<(), ReminderError> {
    let program = std::env::current_exe().map_err(|source| ReminderError::Io {
        path: "relief-journal".into(),
        source,
    })?;
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
}
