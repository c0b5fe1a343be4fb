//! How syncing and merging read: the errors of `crate::sync`, what a sync or a merge changed,
//! the records changed on both computers, the other computers met, and the warning about a
//! journal kept in a synced folder.

use std::fmt;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};

use super::format;
use crate::sync::{
    Conflict, InSyncedFolder, Kept, MergeReport, Merged, PeerInfo, Record, RecordChanges, Source,
    SyncError, SyncReport,
};
use crate::t;

/// How many dates a line lists before it gives the first and last only.
const DATES_LISTED: usize = 8;

fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| shown(path), |name| name.to_string_lossy().into_owned())
}

impl fmt::Display for SyncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::NoFolder => t!("sync-error-no-folder"),
            Self::FolderMissing { folder } => {
                t!("sync-error-folder-missing", folder = shown(folder))
            }
            Self::NotAFolder { folder } => t!("sync-error-not-a-folder", folder = shown(folder)),
            Self::JournalInFolder { folder } => {
                t!("sync-error-journal-in-folder", folder = shown(folder))
            }
            Self::NotAFile => t!("sync-error-not-a-file"),
            Self::FolderNotWritable { folder, detail } => t!(
                "sync-error-folder-not-writable",
                folder = shown(folder),
                detail = detail.as_str()
            ),
            Self::SameJournal { file } => t!("sync-error-same-journal", file = shown(file)),
            Self::NotAJournal { file } => t!("sync-error-not-a-journal", file = shown(file)),
            Self::Damaged { file, detail } => t!(
                "sync-error-damaged",
                file = shown(file),
                detail = detail.as_str()
            ),
            Self::Newer { file } => t!("sync-error-newer", file = shown(file)),
            Self::Protected { file } => t!("sync-error-protected", file = shown(file)),
            Self::OtherPassphrase { file } => {
                t!("sync-error-other-passphrase", file = shown(file))
            }
            Self::Unreadable { file, detail } => t!(
                "sync-error-unreadable",
                file = shown(file),
                detail = detail.as_str()
            ),
            Self::Journal(error) => return write!(f, "{error}"),
            Self::Sqlite(error) => t!("sync-error-merge-failed", detail = error.to_string()),
        };
        f.write_str(&text)
    }
}

/// The line saying why a file in the sync folder was not merged.
pub fn skipped_line(error: &SyncError) -> String {
    match error {
        SyncError::Damaged { file, .. } => t!("sync-skipped-damaged", file = file_name(file)),
        SyncError::Newer { file } => t!("sync-skipped-newer", file = file_name(file)),
        SyncError::Protected { file } => t!("sync-skipped-protected", file = file_name(file)),
        SyncError::OtherPassphrase { file } => {
            t!("sync-skipped-other-passphrase", file = file_name(file))
        }
        SyncError::NotAJournal { file } => {
            t!("sync-skipped-not-a-journal", file = file_name(file))
        }
        SyncError::Unreadable { file, detail } => t!(
            "sync-skipped-unreadable",
            file = file_name(file),
            detail = detail.as_str()
        ),
        other => other.to_string(),
    }
}

/// A sync service's name.
pub fn service_name(service: crate::sync::SyncService) -> String {
    t!("sync-service", service = service.key())
}

/// The warning every command prints once when the journal is in a synced folder.
pub fn synced_folder_warning(journal: &Path, found: &InSyncedFolder) -> String {
    t!(
        "sync-warning-command",
        path = shown(journal),
        folder = shown(&found.folder),
        service = service_name(found.service)
    )
}

/// The app's banner when the journal is in a synced folder.
pub fn synced_folder_banner(found: &InSyncedFolder) -> String {
    t!(
        "sync-warning-app",
        folder = shown(&found.folder),
        service = service_name(found.service)
    )
}

/// A moment as people read it: the date and the 24-hour time, in this computer's time zone.
pub fn moment(at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&chrono::Local).naive_local();
    t!(
        "sync-when",
        date = format::date(local.date()),
        time = local.format("%H:%M").to_string()
    )
}

/// Another computer and when it was last seen.
pub fn peer_line(peer: &PeerInfo) -> String {
    let when = peer
        .last_seen
        .or(peer.merged_at)
        .map(moment)
        .unwrap_or_default();
    t!("sync-peer", computer = peer.name.as_str(), when = when)
}

/// The name of where merged changes came from: a computer's name, or a file's.
pub fn source_name(source: &Source) -> String {
    match source {
        Source::Computer(of) => of.name.clone(),
        Source::File(file) => file_name(file),
    }
}

/// Dates as a line lists them: all of them when few, else the first and the last.
fn dates(days: &[NaiveDate]) -> String {
    let mut sorted = days.to_vec();
    sorted.sort_unstable();
    match (sorted.first(), sorted.last()) {
        (Some(first), Some(last)) if sorted.len() > DATES_LISTED => t!(
            "sync-dates-span",
            first = format::date(*first),
            last = format::date(*last)
        ),
        _ => {
            let written: Vec<String> = sorted.into_iter().map(format::date).collect();
            format::list(&written)
        }
    }
}

/// The lines of what changed among days' entries or infusions.
fn change_lines(changes: &RecordChanges, days: bool, lines: &mut Vec<String>) {
    let pairs = [
        (&changes.added, "added"),
        (&changes.changed, "changed"),
        (&changes.deleted, "deleted"),
    ];
    for (list, what) in pairs {
        if list.is_empty() {
            continue;
        }
        let n = format::count(list.len());
        let listed = dates(list);
        lines.push(match (days, what) {
            (true, "added") => t!("sync-days-added", count = n, days = listed),
            (true, "changed") => t!("sync-days-changed", count = n, days = listed),
            (true, _) => t!("sync-days-deleted", count = n, days = listed),
            (false, "added") => t!("sync-infusions-added", count = n, days = listed),
            (false, "changed") => t!("sync-infusions-changed", count = n, days = listed),
            (false, _) => t!("sync-infusions-deleted", count = n, days = listed),
        });
    }
}

/// A shared setting's name, as a list names it.
pub fn setting_name(key: &str) -> String {
    t!("sync-setting-name", setting = key)
}

/// The lines of one source's merge. `undo_in_app`: the replaced versions are in the app's Undo
/// (else in the backup taken before the merge).
pub fn report_lines(report: &MergeReport, undo_in_app: bool) -> Vec<String> {
    let source = source_name(&report.source);
    let mut lines = Vec::new();
    if report.is_empty() && report.conflicts.is_empty() {
        lines.push(match &report.source {
            Source::Computer(_) => t!("sync-from-computer-nothing", computer = source.as_str()),
            Source::File(_) => t!("sync-from-file-nothing", file = source.as_str()),
        });
        return lines;
    }
    lines.push(match &report.source {
        Source::Computer(_) => t!("sync-from-computer", computer = source.as_str()),
        Source::File(_) => t!("sync-from-file", file = source.as_str()),
    });
    change_lines(&report.days, true, &mut lines);
    change_lines(&report.infusions, false, &mut lines);
    if !report.settings.is_empty() {
        let names: Vec<String> = report
            .settings
            .iter()
            .map(|key| setting_name(key))
            .collect();
        lines.push(t!(
            "sync-settings-taken",
            count = format::count(names.len()),
            settings = format::list(&names)
        ));
    }
    if !report.conflicts.is_empty() {
        lines.push(t!(
            "sync-conflicts",
            count = format::count(report.conflicts.len()),
            kind = conflict_kind(&report.conflicts)
        ));
        let undo = if undo_in_app { "yes" } else { "no" };
        for conflict in &report.conflicts {
            let kept = match conflict.kept {
                Kept::ThisComputer => "here",
                Kept::Other => "other",
            };
            lines.push(match &conflict.record {
                Record::Day(day) => t!(
                    "sync-conflict-day",
                    kept = kept,
                    day = format::date(*day),
                    source = source.as_str(),
                    undo = undo
                ),
                Record::Infusion(day) => t!(
                    "sync-conflict-infusion",
                    kept = kept,
                    day = format::date(*day),
                    source = source.as_str(),
                    undo = undo
                ),
                Record::Setting(key) => t!(
                    "sync-conflict-setting",
                    kept = kept,
                    setting = setting_name(key),
                    source = source.as_str(),
                    undo = undo
                ),
            });
        }
    }
    lines
}

/// What the conflicts are, for their heading: `days`, `infusions` or `settings` when all are of
/// one kind, else `mixed`.
fn conflict_kind(conflicts: &[Conflict]) -> &'static str {
    let kind = |conflict: &Conflict| match conflict.record {
        Record::Day(_) => "days",
        Record::Infusion(_) => "infusions",
        Record::Setting(_) => "settings",
    };
    let mut kinds = conflicts.iter().map(kind);
    let first = kinds.next().unwrap_or("mixed");
    if kinds.all(|other| other == first) {
        first
    } else {
        "mixed"
    }
}

/// The lines of a merge of one or more sources: each source's, the days that now hold two done
/// infusions, and the backup taken before.
pub fn merged_lines(merged: &Merged, undo_in_app: bool) -> Vec<String> {
    let mut lines: Vec<String> = merged
        .reports
        .iter()
        .flat_map(|report| report_lines(report, undo_in_app))
        .collect();
    if !merged.two_done_days.is_empty() {
        lines.push(t!(
            "sync-two-done",
            count = format::count(merged.two_done_days.len()),
            days = dates(&merged.two_done_days)
        ));
    }
    if !merged.days_after_today.is_empty() {
        lines.push(t!(
            "sync-days-after-today",
            count = format::count(merged.days_after_today.len()),
            days = dates(&merged.days_after_today)
        ));
    }
    if let Some(backup) = &merged.backup {
        lines.push(t!("sync-backup-before-merge", path = shown(backup)));
    }
    lines
}

/// What `relief-journal sync` prints: the folder, what each computer's snapshot changed, the
/// files skipped, this computer's snapshot (when it was written) and the other computers met.
pub fn sync_lines(report: &SyncReport) -> Vec<String> {
    let mut lines = vec![t!("sync-synced-with", folder = shown(&report.folder))];
    if report.merged.reports.is_empty() {
        lines.push(t!("sync-nothing-new"));
    }
    lines.extend(merged_lines(&report.merged, false));
    lines.extend(report.skipped.iter().map(skipped_line));
    // A snapshot that could not be written is the command's error, told once by its caller.
    if let Ok(snapshot) = &report.snapshot {
        lines.push(t!("sync-snapshot-written", file = shown(snapshot)));
    }
    if report.peers.is_empty() {
        lines.push(t!("sync-no-peers"));
    } else {
        lines.push(t!("sync-peers-heading"));
        lines.extend(
            report
                .peers
                .iter()
                .map(|peer| format!("  {}", peer_line(peer))),
        );
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Locale;
    use crate::sync::SnapshotOf;
    use crate::wording::language::with_locale;

    fn report() -> MergeReport {
        let day = |text: &str| text.parse().unwrap();
        MergeReport {
            source: Source::Computer(SnapshotOf {
                id: "b".into(),
                name: "laptop".into(),
                written_ms: 0,
            }),
            days: RecordChanges {
                added: vec![day("2026-03-04"), day("2026-03-05")],
                changed: vec![day("2026-03-03")],
                deleted: vec![],
            },
            infusions: RecordChanges::default(),
            settings: vec!["patient_name"],
            conflicts: vec![Conflict {
                record: Record::Day(day("2026-03-03")),
                kept: Kept::Other,
            }],
        }
    }

    #[test]
    fn a_merge_reads_as_the_patient_expects() {
        let lines = report_lines(&report(), true);
        assert_eq!(
            lines,
            vec![
                "From laptop:",
                "Added 2 days: 4 Mar 2026 and 5 Mar 2026.",
                "Changed 1 day: 3 Mar 2026.",
                "Took 1 setting from the other computer: the name on reports.",
                "1 day was changed on both computers since they last synced:",
                "The change of 3 Mar 2026 from laptop is newer and was kept; this computer's is in Undo.",
            ]
        );
        let in_backup = report_lines(&report(), false);
        assert!(in_backup[5].ends_with("this computer's is in the backup taken before the merge."));
    }

    #[test]
    fn a_merge_reads_in_spanish_with_its_plurals() {
        let lines = with_locale(Locale::parse("es_MX").unwrap(), || {
            report_lines(&report(), true)
        });
        assert_eq!(lines[1], "Se agregaron 2 días: 4 mar 2026 y 5 mar 2026.");
        assert_eq!(lines[2], "Se cambió 1 día: 3 mar 2026.");
        assert_eq!(
            lines[4],
            "Se cambió 1 día en las dos computadoras desde la última sincronización:"
        );
        assert!(lines[5].contains("en Deshacer"), "{}", lines[5]);
    }

    #[test]
    fn conflicts_are_counted_as_what_they_are() {
        let mut report = report();
        report.conflicts.push(Conflict {
            record: Record::Day("2026-03-04".parse().unwrap()),
            kept: Kept::ThisComputer,
        });
        let heading = |report: &MergeReport| report_lines(report, true)[4].clone();
        assert_eq!(
            heading(&report),
            "2 days were changed on both computers since they last synced:"
        );
        report.conflicts.push(Conflict {
            record: Record::Setting("patient_name"),
            kept: Kept::Other,
        });
        assert_eq!(
            heading(&report),
            "3 days, infusions or settings were changed on both computers since they last synced:"
        );
        report
            .conflicts
            .retain(|conflict| matches!(conflict.record, Record::Setting(_)));
        assert_eq!(
            heading(&report),
            "1 setting was changed on both computers since they last synced:"
        );
    }

    #[test]
    fn many_dates_are_given_by_their_first_and_last() {
        let days: Vec<NaiveDate> = (1..=20)
            .map(|day| NaiveDate::from_ymd_opt(2026, 3, day).unwrap())
            .collect();
        assert_eq!(dates(&days), "from 1 Mar 2026 to 20 Mar 2026");
    }
}
