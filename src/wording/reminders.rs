//! How the reminder's errors, notes and parts read (see [`crate::reminders`]).

use std::fmt;

use crate::reminders::{JobPart, ReminderError, ReminderNote};
use crate::t;

impl fmt::Display for ReminderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::NoHomeFolder => t!("remind-error-no-home"),
            Self::NotReadBack => t!("remind-error-not-read-back"),
            Self::NoUserSession { detail } => {
                t!("remind-error-no-session", detail = detail.as_str())
            }
            Self::Tool { tool, detail } => t!(
                "remind-error-tool",
                tool = tool.as_str(),
                detail = detail.as_str()
            ),
            Self::Io { path, source } => t!(
                "remind-error-file",
                path = (path.display().to_string()),
                error = (source.to_string())
            ),
            Self::LineBreak { path } => {
                t!(
                    "remind-error-line-break",
                    path = (path.display().to_string())
                )
            }
            Self::CommandTooLong { length, max } => t!(
                "remind-error-command-too-long",
                length = (*length),
                max = (*max)
            ),
            Self::DoubleQuote { path } => t!(
                "remind-error-double-quote",
                path = (path.display().to_string())
            ),
            Self::NotOurTimer { path } => t!(
                "remind-error-not-our-timer",
                path = (path.display().to_string())
            ),
            Self::NotOurAgent { path } => t!(
                "remind-error-not-our-agent",
                path = (path.display().to_string())
            ),
            Self::PropertyList(detail) => t!("remind-error-plist", detail = detail.as_str()),
            Self::Notification(detail) => {
                t!("remind-error-notification", detail = detail.as_str())
            }
        };
        f.write_str(&text)
    }
}

impl fmt::Display for ReminderNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::NoUserSession => t!("remind-note-no-session"),
            Self::TimerState(state) => t!("remind-note-timer-state", state = state.as_str()),
            Self::TimerNotEnabled => t!("remind-note-timer-not-enabled"),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for JobPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::File(path) => write!(f, "{}", path.display()),
            Self::Task(name) => f.write_str(&t!("remind-part-task", name = name.as_str())),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::domain::Locale;
    use crate::wording::language::with_locale;

    #[test]
    fn errors_notes_and_parts_read_in_english_and_spanish() {
        let long = ReminderError::CommandTooLong {
            length: 300,
            max: 261,
        };
        assert_eq!(
            long.to_string(),
            "the reminder's command would be 300 characters, and Task Scheduler takes at most \
             261; keep the journal in a folder with a shorter path"
        );
        let task = JobPart::Task("Relief Journal reminder (Ana)".into());
        assert_eq!(
            task.to_string(),
            "the Task Scheduler task \"Relief Journal reminder (Ana)\""
        );
        assert_eq!(
            JobPart::File(PathBuf::from("/a/b.timer")).to_string(),
            "/a/b.timer"
        );
        let spanish = Locale::parse("es_MX").unwrap_or_default();
        with_locale(spanish, || {
            assert_eq!(
                ReminderNote::TimerNotEnabled.to_string(),
                "el temporizador no está habilitado"
            );
            assert_eq!(
                task.to_string(),
                "la tarea “Relief Journal reminder (Ana)” del Programador de tareas"
            );
            assert!(long.to_string().contains("como máximo 261"), "{long}");
        });
    }
}
