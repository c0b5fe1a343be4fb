//! macOS: a LaunchAgent in `~/Library/LaunchAgents` with a daily `StartCalendarInterval`,
//! loaded with `launchctl`.
//!
//! The agent runs the program through `/bin/sh`, which first checks that the program is still
//! there; when it is not (the app was moved to the bin), the agent deletes its own file and
//! removes itself from launchd, so no job is left pointing at a missing binary.

use std::path::{Path, PathBuf};

use chrono::{NaiveTime, Timelike};
use plist::{Dictionary, Value};

use super::{
    InstalledReminder, JobPart, ReminderError, ReminderJob, Scheduler, recorded_language,
    remove_job_file, run,
};

/// The agent's label, also its file name without `.plist`.
pub const LABEL: &str = "io.github.relief_journal.reminder";

/// The shell script the agent runs: `$0` the program, `$1` this file, `$2` the journal, then the
/// arguments after it (the language and `remind` with its options).
const GUARD: &str = "if [ -x \"$0\" ]; then journal=\"$2\"; shift 2; exec \"$0\" --db \"$journal\" \"$@\"; \
                     else rm -f \"$1\"; launchctl remove io.github.relief_journal.reminder; fi";

/// The agent's file in the user's `~/Library/LaunchAgents`.
pub fn plist_path(home: &Path) -> PathBuf {
    home.join("Library")
        .join("LaunchAgents")
        .join(format!("{LABEL}.plist"))
}

/// The agent's property list, as XML.
///
/// # Errors
///
/// [`ReminderError::PropertyList`] when the property list cannot be written (it always can for
/// these values; the error is plist's own).
pub fn agent_plist(job: &ReminderJob, home: &Path) -> Result<Vec<u8>, ReminderError> {
    let text = |path: &Path| Value::String(path.to_string_lossy().into_owned());
    let mut calendar = Dictionary::new();
    calendar.insert(
        "Hour".into(),
        Value::Integer(u64::from(job.at.hour()).into()),
    );
    calendar.insert(
        "Minute".into(),
        Value::Integer(u64::from(job.at.minute()).into()),
    );
    let mut agent = Dictionary::new();
    agent.insert("Label".into(), Value::String(LABEL.into()));
    let mut arguments = vec![
        Value::String("/bin/sh".into()),
        Value::String("-c".into()),
        Value::String(GUARD.into()),
        text(&job.program),
        text(&plist_path(home)),
        text(&job.journal),
    ];
    arguments.extend(job.command_args().into_iter().map(Value::String));
    agent.insert("ProgramArguments".into(), Value::Array(arguments));
    agent.insert("StartCalendarInterval".into(), Value::Dictionary(calendar));
    agent.insert("ProcessType".into(), Value::String("Interactive".into()));
    let mut bytes = Vec::new();
    Value::Dictionary(agent)
        .to_writer_xml(&mut bytes)
        .map_err(|error| ReminderError::PropertyList(error.to_string()))?;
    Ok(bytes)
}

/// What an agent's property list says of the job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentJob {
    /// The time of day.
    pub at: NaiveTime,
    /// The journal, when it could be read back.
    pub journal: Option<PathBuf>,
    /// Whether it also reminds the day before a planned infusion.
    pub infusion_eve: bool,
    /// The language recorded for `remind` (`es_MX`), if any.
    pub language: Option<String>,
}

/// Reads the time, the journal, whether it reminds the day before a planned infusion and the
/// recorded language back from an agent's property list.
pub fn read_agent_plist(bytes: &[u8]) -> Option<AgentJob> {
    let value = Value::from_reader_xml(bytes).ok()?;
    let agent = value.as_dictionary()?;
    let calendar = agent.get("StartCalendarInterval")?.as_dictionary()?;
    let hour = calendar.get("Hour")?.as_unsigned_integer()?;
    let minute = calendar.get("Minute")?.as_unsigned_integer()?;
    let at = NaiveTime::from_hms_opt(u32::try_from(hour).ok()?, u32::try_from(minute).ok()?, 0)?;
    let arguments = agent
        .get("ProgramArguments")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let journal = arguments
        .get(5)
        .and_then(Value::as_string)
        .map(PathBuf::from);
    let words: Vec<&str> = arguments.iter().filter_map(Value::as_string).collect();
    let infusion_eve = words.contains(&super::INFUSION_EVE_FLAG);
    Some(AgentJob {
        at,
        journal,
        infusion_eve,
        language: recorded_language(&words),
    })
}

pub(super) fn install(scheduler: &Scheduler, job: &ReminderJob) -> Result<(), ReminderError> {
    let path = plist_path(&scheduler.home);
    if path.exists() {
        unload(scheduler, &path);
    }
    super::write_job_file(&path, &agent_plist(job, &scheduler.home)?)?;
    let mut load = scheduler.tool("launchctl");
    load.arg("load").arg("-w").arg(&path);
    if let Err(error) = run(load) {
        remove_job_file(&path)?;
        return Err(error);
    }
    Ok(())
}

pub(super) fn remove(scheduler: &Scheduler) -> Result<Vec<JobPart>, ReminderError> {
    let path = plist_path(&scheduler.home);
    if !path.exists() {
        return Ok(Vec::new());
    }
    unload(scheduler, &path);
    remove_job_file(&path)?;
    Ok(vec![JobPart::File(path)])
}

/// Unloads the agent; an agent that is not loaded is no error.
fn unload(scheduler: &Scheduler, path: &Path) {
    let mut unload = scheduler.tool("launchctl");
    unload.arg("unload").arg("-w").arg(path);
    if let Err(error) = run(unload) {
        log::info!("{error}");
    }
}

pub(super) fn status(scheduler: &Scheduler) -> Result<Option<InstalledReminder>, ReminderError> {
    let path = plist_path(&scheduler.home);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(ReminderError::Io { path, source }),
    };
    let Some(agent) = read_agent_plist(&bytes) else {
        return Err(ReminderError::NotOurAgent { path });
    };
    Ok(Some(InstalledReminder {
        at: agent.at,
        journal: agent.journal,
        infusion_eve: agent.infusion_eve,
        language: agent.language,
        parts: vec![JobPart::File(path)],
        note: None,
    }))
}
