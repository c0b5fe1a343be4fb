//! Windows: a Task Scheduler task of the current user, made and removed with `schtasks`.
//!
//! A task created by a user without `/RU` runs as that user, only while they are logged on,
//! which is what a notification needs, and needs no administrator rights. The program is built
//! for the GUI subsystem, so the task opens no console window. The installer's uninstaller runs
//! `relief-journal reminders off` before it removes the program.

use std::path::Path;

use super::{
    InstalledReminder, JobPart, ReminderError, ReminderJob, Scheduler, parse_time,
    recorded_language, run, time_text,
};

/// The start of the task's name in Task Scheduler; the user's name follows, as task names are
/// shared by every user of the computer.
pub const TASK_NAME: &str = "Relief Journal reminder";

/// The task's name for `user`: `Relief Journal reminder (ana)`.
pub fn task_name(user: &str) -> String {
    format!("{TASK_NAME} ({user})")
}

/// The current user's name (`USERNAME`), for [`task_name`].
fn current_user() -> String {
    std::env::var("USERNAME").unwrap_or_else(|_| "user".into())
}

/// The longest command `schtasks /TR` accepts, in characters.
pub const MAX_TASK_COMMAND: usize = 261;

/// The command the task runs: the program and its arguments, quoted for Windows.
///
/// # Errors
///
/// [`ReminderError::CommandTooLong`] when the command is longer than `schtasks` accepts
/// ([`MAX_TASK_COMMAND`]), [`ReminderError::DoubleQuote`] when a path holds a double quote.
pub fn task_command(job: &ReminderJob) -> Result<String, ReminderError> {
    let program = quote(&job.program)?;
    let journal = quote(&job.journal)?;
    let command = format!("{program} --db {journal} {}", job.command_args().join(" "));
    let length = command.chars().count();
    if length > MAX_TASK_COMMAND {
        return Err(ReminderError::CommandTooLong {
            length,
            max: MAX_TASK_COMMAND,
        });
    }
    Ok(command)
}

fn quote(path: &Path) -> Result<String, ReminderError> {
    let text = path.to_string_lossy();
    if text.contains('"') {
        return Err(ReminderError::DoubleQuote {
            path: path.to_owned(),
        });
    }
    Ok(format!("\"{text}\""))
}

/// The arguments of `schtasks` that create (or replace, `/F`) the daily task of `user`. Without
/// `/RU` the task runs as the user who creates it, only while they are logged on.
///
/// # Errors
///
/// As [`task_command`].
pub fn create_args(job: &ReminderJob, user: &str) -> Result<Vec<String>, ReminderError> {
    Ok(vec![
        "/Create".into(),
        "/F".into(),
        "/TN".into(),
        task_name(user),
        "/SC".into(),
        "DAILY".into(),
        "/ST".into(),
        time_text(job.at),
        "/TR".into(),
        task_command(job)?,
    ])
}

/// The arguments of `schtasks` that delete the task of `user`.
pub fn delete_args(user: &str) -> Vec<String> {
    vec!["/Delete".into(), "/F".into(), "/TN".into(), task_name(user)]
}

/// The arguments of `schtasks` that print the task of `user` as XML (not translated, unlike its
/// lists).
pub fn query_args(user: &str) -> Vec<String> {
    vec![
        "/Query".into(),
        "/XML".into(),
        "/TN".into(),
        task_name(user),
    ]
}

pub(super) fn install(scheduler: &Scheduler, job: &ReminderJob) -> Result<(), ReminderError> {
    let mut command = scheduler.tool("schtasks");
    command.args(create_args(job, &current_user())?);
    run(command).map(|_| ())
}

pub(super) fn remove(scheduler: &Scheduler) -> Result<Vec<JobPart>, ReminderError> {
    if status(scheduler)?.is_none() {
        return Ok(Vec::new());
    }
    let mut command = scheduler.tool("schtasks");
    command.args(delete_args(&current_user()));
    run(command)?;
    Ok(vec![JobPart::Task(task_name(&current_user()))])
}

pub(super) fn status(scheduler: &Scheduler) -> Result<Option<InstalledReminder>, ReminderError> {
    let mut command = scheduler.tool("schtasks");
    command.args(query_args(&current_user()));
    // schtasks fails when there is no such task.
    let Ok(xml) = run(command) else {
        return Ok(None);
    };
    Ok(read_task_xml(&xml))
}

/// Reads the start time, the journal, the infusion-eve flag and the recorded language back from
/// the task's XML.
pub fn read_task_xml(xml: &str) -> Option<InstalledReminder> {
    let start = element(xml, "StartBoundary")?;
    // 2026-12-06T20:00:00
    let time = start.split_once('T')?.1.get(..5)?;
    let at = parse_time(time).ok()?;
    let arguments = element(xml, "Arguments")
        .map(|arguments| arguments.replace("&quot;", "\"").replace("&amp;", "&"))
        .unwrap_or_default();
    let journal = arguments.split_once("--db \"").and_then(|(_, after)| {
        after
            .split_once('"')
            .map(|(path, _)| std::path::PathBuf::from(path))
    });
    // The words after the journal's quoted path: the language, `remind` and its options.
    let remind_words: Vec<&str> = arguments
        .rsplit_once('"')
        .map_or(arguments.as_str(), |(_, rest)| rest)
        .split_whitespace()
        .collect();
    Some(InstalledReminder {
        at,
        journal,
        infusion_eve: remind_words.contains(&super::INFUSION_EVE_FLAG),
        language: recorded_language(&remind_words),
        parts: vec![JobPart::Task(task_name(&current_user()))],
        note: None,
    })
}

fn element<'a>(xml: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let start = xml.find(&open)? + open.len();
    let end = start + xml[start..].find(&close)?;
    Some(xml[start..end].trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;
    use std::path::PathBuf;

    #[test]
    fn the_task_xml_is_read_back() {
        let xml = "<Task><Triggers><CalendarTrigger><StartBoundary>2026-12-06T07:30:00</StartBoundary>\
                   </CalendarTrigger></Triggers><Actions><Exec><Command>\"C:\\p\\relief-journal.exe\"</Command>\
                   <Arguments>--db \"C:\\Users\\a &amp; b\\journal.db\" remind</Arguments></Exec></Actions></Task>";
        let installed = read_task_xml(xml).unwrap();
        assert_eq!(installed.at, NaiveTime::from_hms_opt(7, 30, 0).unwrap());
        assert_eq!(
            installed.journal,
            Some(PathBuf::from("C:\\Users\\a & b\\journal.db"))
        );
    }
}
