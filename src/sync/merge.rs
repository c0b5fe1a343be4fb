//! The merge: another journal's changes brought into this one, record by record, keeping the
//! newer change of each.
//!
//! A record is a day's entry (by date), an infusion (by uid) or a group of shared settings (by
//! name); its version is its content, or "deleted", with the stamp of its last change (when, in
//! UTC milliseconds of the journal's hybrid clock, and by which computer). Versions are ordered
//! by stamp, then by computer id, then (for two versions with the same stamp, which only copies
//! of one journal edited on one computer can make) by content, a total order. The merge keeps
//! the greater version of every record, so merging is a join: commutative, associative and
//! idempotent, and computers that have merged each other's journals hold the same records
//! whatever the order.
//!
//! A record whose two versions differ and that was changed on each side without the other
//! knowing (the other computer had not merged this one's version when it made its own) is a
//! conflict: reported, the newer kept, and the replaced version kept for Undo. What each
//! computer knew of the others is the `sync_peer` table: the newest stamp of each computer it
//! has merged.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params_from_iter};

use super::error::SyncError;
use crate::store::{
    BackupReason, ENTRY_CONTENT, INFUSION_CONTENT, SHARED_SETTINGS, Store, set_stamping,
};

/// When and where a version was made.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    /// UTC milliseconds of the journal's hybrid clock.
    pub at: i64,
    /// The computer's id; empty for records dated to the upgrade to schema 6.
    pub by: String,
}

/// One version of a record: its content, or `None` for a deletion.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Version {
    pub(super) stamp: Stamp,
    pub(super) content: Option<Vec<Value>>,
}

impl Version {
    /// The total order of versions: stamp, then deleted before kept, then content.
    fn order(&self) -> (&Stamp, bool, String) {
        (
            &self.stamp,
            self.content.is_some(),
            format!("{:?}", self.content),
        )
    }

    fn is_newer_than(&self, other: &Self) -> bool {
        self.order() > other.order()
    }
}

/// What a computer knew of the others when it wrote its journal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Peer {
    pub(super) name: String,
    pub(super) last_seen_ms: i64,
    pub(super) known_ms: i64,
    pub(super) merged_at_ms: Option<i64>,
}

/// A journal's records, with its clock and what it knew of other computers.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Versions {
    pub(super) entries: BTreeMap<String, Version>,
    pub(super) infusions: BTreeMap<String, Version>,
    pub(super) settings: BTreeMap<String, Version>,
    pub(super) clock: i64,
    pub(super) peers: BTreeMap<String, Peer>,
    /// Versions this journal kept its own over in a conflict: (kind, key, stamp).
    pub(super) superseded: BTreeSet<(String, String, Stamp)>,
}

/// The computer a snapshot came from, as written into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotOf {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// When it wrote the snapshot (UTC milliseconds, its own clock).
    pub written_ms: i64,
}

/// Where merged changes came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Another computer's snapshot in the sync folder.
    Computer(SnapshotOf),
    /// A journal file (a conflicted copy, another journal) or a snapshot given by name.
    File(PathBuf),
}

/// Which record a change or a conflict concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// A day's entry.
    Day(NaiveDate),
    /// An infusion, by its date.
    Infusion(NaiveDate),
    /// A group of shared settings, by its name in [`SHARED_SETTINGS`].
    Setting(&'static str),
}

/// Which version a conflict kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// This computer's (it was newer).
    ThisComputer,
    /// The other's (it was newer); this computer's is in the merge's Undo.
    Other,
}

/// A record changed on both sides since they last met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The record.
    pub record: Record,
    /// Whose version was kept.
    pub kept: Kept,
}

/// Records of one kind that a merge added, changed or deleted here, by date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordChanges {
    /// Records this journal did not have (or had deleted).
    pub added: Vec<NaiveDate>,
    /// Records whose content changed.
    pub changed: Vec<NaiveDate>,
    /// Records deleted on the other side.
    pub deleted: Vec<NaiveDate>,
}

impl RecordChanges {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.deleted.is_empty()
    }
}

/// What merging one source changed here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeReport {
    /// Where the changes came from.
    pub source: Source,
    /// Days' entries.
    pub days: RecordChanges,
    /// Infusions.
    pub infusions: RecordChanges,
    /// Groups of shared settings taken from the other side, by name.
    pub settings: Vec<&'static str>,
    /// Records changed on both sides since they last met.
    pub conflicts: Vec<Conflict>,
}

impl MergeReport {
    /// Whether the merge changed nothing a person sees.
    pub fn is_empty(&self) -> bool {
        self.days.is_empty() && self.infusions.is_empty() && self.settings.is_empty()
    }
}

/// A record as it was before a merge replaced it.
#[derive(Debug, Clone, PartialEq)]
enum UndoItem {
    Entry(String, Option<Vec<Value>>),
    Infusion(String, Option<Vec<Value>>),
    Setting(&'static str, Vec<Value>),
}

/// What a merge replaced here, so that it can be put back (as new changes of this computer,
/// which then reach the others too).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergeUndo {
    items: Vec<UndoItem>,
}

impl MergeUndo {
    /// Whether there is nothing to put back.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// What a merge of one or more sources did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Merged {
    /// One report per source, in the order merged.
    pub reports: Vec<MergeReport>,
    /// The backup taken before anything changed; `None` when nothing changed (or the journal
    /// is not a file).
    pub backup: Option<PathBuf>,
    /// Days that now hold two done infusions (one from each side): the patient deletes the
    /// wrong one.
    pub two_done_days: Vec<NaiveDate>,
    /// Days whose entries the merge added or changed that are dated after today here: another
    /// computer logged them with its clock ahead (a day that has not come cannot be logged).
    pub days_after_today: Vec<NaiveDate>,
    /// What to put back to undo the merge.
    pub undo: MergeUndo,
}

impl Merged {
    /// Whether the merge changed nothing a person sees.
    pub fn is_empty(&self) -> bool {
        self.reports.iter().all(MergeReport::is_empty)
    }

    /// How many conflicts the merge met.
    pub fn conflict_count(&self) -> usize {
        self.reports
            .iter()
            .map(|report| report.conflicts.len())
            .sum()
    }
}

/// Another journal to merge: its records, what it knew, and where it came from.
#[derive(Debug, Clone)]
pub(super) struct Incoming {
    pub(super) versions: Versions,
    pub(super) source: Source,
}

impl Incoming {
    /// Reads the journal behind `connection`.
    pub(super) fn read(connection: &Connection, source: Source) -> Result<Self, SyncError> {
        let versions = read_versions(connection).map_err(|error| match &source {
            Source::File(file) => SyncError::Damaged {
                file: file.clone(),
                detail: error.to_string(),
            },
            Source::Computer(_) => SyncError::Sqlite(error),
        })?;
        Ok(Self { versions, source })
    }

    /// The computer that wrote it, for a snapshot.
    pub(super) fn computer(&self) -> Option<&SnapshotOf> {
        match &self.source {
            Source::Computer(of) => Some(of),
            Source::File(_) => None,
        }
    }
}

fn column_list(columns: &[&str]) -> String {
    columns.join(", ")
}

fn stamp_from(row: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Stamp> {
    Ok(Stamp {
        at: row.get(at)?,
        by: row.get(at + 1)?,
    })
}

/// Keeps the newer of two versions of a record read from one journal (a live row and a
/// deletion marker both present, which the triggers never leave, but a hand edit could).
fn keep_newer(map: &mut BTreeMap<String, Version>, key: String, version: Version) {
    match map.get(&key) {
        Some(existing) if !version.is_newer_than(existing) => {}
        _ => {
            map.insert(key, version);
        }
    }
}

/// Reads the versions of one kind of record into `map`: `select` is a query with `{}` where
/// the `columns` go, reading the key first and the stamp (`changed_at`, `changed_by`) last.
fn read_content_versions(
    connection: &Connection,
    select: &str,
    columns: &[&str],
    map: &mut BTreeMap<String, Version>,
) -> rusqlite::Result<()> {
    let sql = select.replacen("{}", &column_list(columns), 1);
    let n = columns.len();
    let mut statement = connection.prepare(&sql)?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let content = (1..=n)
            .map(|index| row.get::<_, Value>(index))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let version = Version {
            stamp: stamp_from(row, n + 1)?,
            content: Some(content),
        };
        keep_newer(map, row.get(0)?, version);
    }
    Ok(())
}

/// Reads every record's version of the journal behind `connection`.
pub(super) fn read_versions(connection: &Connection) -> rusqlite::Result<Versions> {
    let mut versions = Versions::default();
    read_content_versions(
        connection,
        "SELECT date, {}, changed_at, changed_by FROM entry",
        ENTRY_CONTENT,
        &mut versions.entries,
    )?;
    read_content_versions(
        connection,
        "SELECT uid, {}, changed_at, changed_by FROM infusion WHERE uid <> ''",
        INFUSION_CONTENT,
        &mut versions.infusions,
    )?;
    let mut statement =
        connection.prepare("SELECT kind, key, changed_at, changed_by FROM deleted")?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let kind: String = row.get(0)?;
        let version = Version {
            stamp: stamp_from(row, 2)?,
            content: None,
        };
        let map = match kind.as_str() {
            "entry" => &mut versions.entries,
            _ => &mut versions.infusions,
        };
        keep_newer(map, row.get(1)?, version);
    }
    for (name, columns) in SHARED_SETTINGS {
        let content = connection.query_row(
            &format!("SELECT {} FROM settings WHERE id = 1", column_list(columns)),
            [],
            |row| {
                (0..columns.len())
                    .map(|index| row.get::<_, Value>(index))
                    .collect::<rusqlite::Result<Vec<_>>>()
            },
        )?;
        let stamp = connection
            .query_row(
                "SELECT changed_at, changed_by FROM setting_change WHERE name = ?1",
                [name],
                |row| stamp_from(row, 0),
            )
            .optional()?
            .unwrap_or(Stamp {
                at: 0,
                by: String::new(),
            });
        versions.settings.insert(
            (*name).to_owned(),
            Version {
                stamp,
                content: Some(content),
            },
        );
    }
    versions.clock =
        connection.query_row("SELECT last_ms FROM sync_clock", [], |row| row.get(0))?;
    let mut statement =
        connection.prepare("SELECT kind, key, changed_at, changed_by FROM sync_superseded")?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        versions
            .superseded
            .insert((row.get(0)?, row.get(1)?, stamp_from(row, 2)?));
    }
    let mut statement = connection
        .prepare("SELECT computer, name, last_seen_ms, known_ms, merged_at_ms FROM sync_peer")?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        versions.peers.insert(
            row.get(0)?,
            Peer {
                name: row.get(1)?,
                last_seen_ms: row.get(2)?,
                known_ms: row.get(3)?,
                merged_at_ms: row.get(4)?,
            },
        );
    }
    Ok(versions)
}

/// What one side knew when it made its versions: its own id and the newest stamp of each
/// computer it had merged.
struct Knowledge<'a> {
    own_id: Option<&'a str>,
    peers: &'a BTreeMap<String, Peer>,
}

impl Knowledge<'_> {
    /// Whether this side had seen `version` (or a newer version of the same computer) when it
    /// made `own`. A version dated to the upgrade (no computer) is the shared past, unless both
    /// are: then each side may have changed it before they ever met.
    fn knew(&self, version: &Stamp, own: &Stamp) -> bool {
        if version.by.is_empty() {
            return !own.by.is_empty();
        }
        if self.own_id == Some(version.by.as_str()) {
            return true;
        }
        self.peers
            .get(&version.by)
            .is_some_and(|peer| peer.known_ms >= version.at)
    }
}

/// The kind of record a map of versions holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Entry,
    Infusion,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Self::Entry => "entry",
            Self::Infusion => "infusion",
        }
    }
}

/// Notes that this journal kept its version of a record over `loser`, made without knowing
/// it: when the other side later meets this journal's version, it reports the conflict too.
fn note_superseded(
    connection: &Connection,
    kind: &str,
    key: &str,
    loser: &Stamp,
) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT OR IGNORE INTO sync_superseded (kind, key, changed_at, changed_by)
             VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(rusqlite::params![kind, key, loser.at, loser.by])?;
    Ok(())
}

/// The date of an entry key or of an infusion's content.
fn record_date(kind: Kind, key: &str, content: Option<&Vec<Value>>) -> Option<NaiveDate> {
    let text = match kind {
        Kind::Entry => key.to_owned(),
        Kind::Infusion => match content?.first()? {
            Value::Text(date) => date.clone(),
            _ => return None,
        },
    };
    text.parse().ok()
}

/// Merges `incoming` (in order) into `store` in one transaction, after a backup when anything
/// will change. `now` dates the backup.
///
/// # Errors
///
/// [`SyncError::Journal`] when the journal cannot be backed up or written (nothing changed
/// then); [`SyncError::Damaged`] naming a source whose values this journal refuses.
pub(super) fn merge_into(
    store: &mut Store,
    incoming: &[Incoming],
    now: NaiveDateTime,
) -> Result<Merged, SyncError> {
    let own_id = store.computer().id().to_owned();
    let before = read_versions(store.connection())?;
    let will_change = incoming
        .iter()
        .any(|source| changes_anything(&before, &source.versions));
    let backup = if will_change {
        store.backup(now, BackupReason::BeforeMerge)?
    } else {
        None
    };
    let now_ms = chrono::Utc::now().timestamp_millis();
    let connection = store.connection_for_merge()?;
    let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    set_stamping(&transaction, false)?;
    let mut current = read_versions(&transaction)?;
    let mut merged = Merged {
        backup,
        ..Merged::default()
    };
    let mut undone: BTreeSet<(u8, String)> = BTreeSet::new();
    let mut touched_infusion_days = BTreeSet::new();
    for source in incoming {
        let mut merge = OneMerge {
            transaction: &transaction,
            own_id: &own_id,
            source,
            report: MergeReport {
                source: source.source.clone(),
                days: RecordChanges::default(),
                infusions: RecordChanges::default(),
                settings: Vec::new(),
                conflicts: Vec::new(),
            },
            undo: &mut merged.undo,
            undone: &mut undone,
            touched_infusion_days: &mut touched_infusion_days,
        };
        merge
            .records(Kind::Entry, &mut current)
            .map_err(|error| refused(source, error))?;
        merge
            .records(Kind::Infusion, &mut current)
            .map_err(|error| refused(source, error))?;
        merge
            .settings(&mut current)
            .map_err(|error| refused(source, error))?;
        let report = merge.report;
        merge_knowledge(&transaction, &own_id, source, &mut current, now_ms)?;
        merged.reports.push(report);
    }
    merged.two_done_days = two_done_days(&transaction, &touched_infusion_days)?;
    let today = now.date();
    let mut ahead: Vec<NaiveDate> = merged
        .reports
        .iter()
        .flat_map(|report| report.days.added.iter().chain(&report.days.changed))
        .copied()
        .filter(|day| *day > today)
        .collect();
    ahead.sort_unstable();
    ahead.dedup();
    merged.days_after_today = ahead;
    set_stamping(&transaction, true)?;
    transaction.commit()?;
    store.after_merge();
    Ok(merged)
}

/// The error for a source whose values this journal refuses.
fn refused(source: &Incoming, error: rusqlite::Error) -> SyncError {
    let file = match &source.source {
        Source::File(file) => file.clone(),
        Source::Computer(of) => PathBuf::from(&of.name),
    };
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => SyncError::Damaged {
            file,
            detail: error.to_string(),
        },
        _ => SyncError::Sqlite(error),
    }
}

/// Whether merging `incoming` into `local` would change any record.
fn changes_anything(local: &Versions, incoming: &Versions) -> bool {
    let newer = |mine: &BTreeMap<String, Version>, theirs: &BTreeMap<String, Version>| {
        theirs.iter().any(|(key, version)| match mine.get(key) {
            Some(existing) => {
                version.is_newer_than(existing) && existing.content != version.content
            }
            None => version.content.is_some(),
        })
    };
    newer(&local.entries, &incoming.entries)
        || newer(&local.infusions, &incoming.infusions)
        || newer(&local.settings, &incoming.settings)
}

/// The merge of one source into the open transaction.
struct OneMerge<'a> {
    transaction: &'a Connection,
    own_id: &'a str,
    source: &'a Incoming,
    report: MergeReport,
    undo: &'a mut MergeUndo,
    undone: &'a mut BTreeSet<(u8, String)>,
    touched_infusion_days: &'a mut BTreeSet<NaiveDate>,
}

impl OneMerge<'_> {
    /// Merges the entries or the infusions.
    fn records(&mut self, kind: Kind, current: &mut Versions) -> rusqlite::Result<()> {
        let theirs = match kind {
            Kind::Entry => &self.source.versions.entries,
            Kind::Infusion => &self.source.versions.infusions,
        };
        let remote_knowledge = Knowledge {
            own_id: self.source.computer().map(|of| of.id.as_str()),
            peers: &self.source.versions.peers,
        };
        let peers_here = current.peers.clone();
        let local_knowledge = Knowledge {
            own_id: Some(self.own_id),
            peers: &peers_here,
        };
        for (key, remote) in theirs {
            let mine = match kind {
                Kind::Entry => current.entries.get(key),
                Kind::Infusion => current.infusions.get(key),
            };
            if let Some(local) = mine
                && !remote.is_newer_than(local)
            {
                if local.content != remote.content
                    && !local_knowledge.knew(&remote.stamp, &local.stamp)
                {
                    note_superseded(self.transaction, kind.name(), key, &remote.stamp)?;
                    if let Some(date) = record_date(
                        kind,
                        key,
                        local.content.as_ref().or(remote.content.as_ref()),
                    ) {
                        self.report.conflicts.push(Conflict {
                            record: record_of(kind, date),
                            kept: Kept::ThisComputer,
                        });
                    }
                }
                continue;
            }
            let local = mine.cloned();
            match kind {
                Kind::Entry => apply_entry(self.transaction, key, remote)?,
                Kind::Infusion => apply_infusion(self.transaction, key, remote)?,
            }
            let before = local.as_ref().and_then(|local| local.content.clone());
            if before != remote.content {
                let date = record_date(kind, key, remote.content.as_ref().or(before.as_ref()));
                if let Some(date) = date {
                    let changes = match kind {
                        Kind::Entry => &mut self.report.days,
                        Kind::Infusion => {
                            self.touched_infusion_days.insert(date);
                            &mut self.report.infusions
                        }
                    };
                    match (&before, &remote.content) {
                        (None, Some(_)) => changes.added.push(date),
                        (Some(_), Some(_)) => changes.changed.push(date),
                        (Some(_), None) => changes.deleted.push(date),
                        (None, None) => {}
                    }
                    if let Some(local) = &local
                        && (!remote_knowledge.knew(&local.stamp, &remote.stamp)
                            || self.source.versions.superseded.contains(&(
                                kind.name().to_owned(),
                                key.clone(),
                                local.stamp.clone(),
                            )))
                    {
                        self.report.conflicts.push(Conflict {
                            record: record_of(kind, date),
                            kept: Kept::Other,
                        });
                    }
                }
                let tag = match kind {
                    Kind::Entry => 0,
                    Kind::Infusion => 1,
                };
                if self.undone.insert((tag, key.clone())) {
                    self.undo.items.push(match kind {
                        Kind::Entry => UndoItem::Entry(key.clone(), before),
                        Kind::Infusion => UndoItem::Infusion(key.clone(), before),
                    });
                }
            }
            let map = match kind {
                Kind::Entry => &mut current.entries,
                Kind::Infusion => &mut current.infusions,
            };
            map.insert(key.clone(), remote.clone());
        }
        Ok(())
    }

    /// Merges the shared settings, group by group.
    fn settings(&mut self, current: &mut Versions) -> rusqlite::Result<()> {
        let remote_knowledge = Knowledge {
            own_id: self.source.computer().map(|of| of.id.as_str()),
            peers: &self.source.versions.peers,
        };
        let peers_here = current.peers.clone();
        let local_knowledge = Knowledge {
            own_id: Some(self.own_id),
            peers: &peers_here,
        };
        for (name, columns) in SHARED_SETTINGS {
            let (Some(remote), Some(local)) = (
                self.source.versions.settings.get(*name),
                current.settings.get(*name).cloned(),
            ) else {
                continue;
            };
            if !remote.is_newer_than(&local) {
                if local.content != remote.content
                    && !local_knowledge.knew(&remote.stamp, &local.stamp)
                {
                    note_superseded(self.transaction, "setting", name, &remote.stamp)?;
                    self.report.conflicts.push(Conflict {
                        record: Record::Setting(name),
                        kept: Kept::ThisComputer,
                    });
                }
                continue;
            }
            let Some(values) = &remote.content else {
                continue;
            };
            apply_setting(self.transaction, name, columns, values, &remote.stamp)?;
            if local.content != remote.content {
                self.report.settings.push(name);
                let superseded = self.source.versions.superseded.contains(&(
                    "setting".to_owned(),
                    (*name).to_owned(),
                    local.stamp.clone(),
                ));
                if superseded || !remote_knowledge.knew(&local.stamp, &remote.stamp) {
                    self.report.conflicts.push(Conflict {
                        record: Record::Setting(name),
                        kept: Kept::Other,
                    });
                }
                if self.undone.insert((2, (*name).to_owned()))
                    && let Some(before) = local.content.clone()
                {
                    self.undo.items.push(UndoItem::Setting(name, before));
                }
            }
            current.settings.insert((*name).to_owned(), remote.clone());
        }
        Ok(())
    }
}

fn record_of(kind: Kind, date: NaiveDate) -> Record {
    match kind {
        Kind::Entry => Record::Day(date),
        Kind::Infusion => Record::Infusion(date),
    }
}

/// Writes `version` of the entry of `date` with its own stamp.
fn apply_entry(connection: &Connection, date: &str, version: &Version) -> rusqlite::Result<()> {
    match &version.content {
        Some(values) => {
            let columns = column_list(ENTRY_CONTENT);
            let n = ENTRY_CONTENT.len();
            let placeholders = (2..=n + 3)
                .map(|index| format!("?{index}"))
                .collect::<Vec<_>>()
                .join(", ");
            let updates = ENTRY_CONTENT
                .iter()
                .chain(["changed_at", "changed_by"].iter())
                .map(|column| format!("{column} = excluded.{column}"))
                .collect::<Vec<_>>()
                .join(", ");
            let sql = format!(
                "INSERT INTO entry (date, {columns}, changed_at, changed_by) VALUES (?1, {placeholders})
                 ON CONFLICT (date) DO UPDATE SET {updates}"
            );
            let mut parameters = vec![Value::Text(date.to_owned())];
            parameters.extend(values.iter().cloned());
            parameters.push(Value::Integer(version.stamp.at));
            parameters.push(Value::Text(version.stamp.by.clone()));
            connection
                .prepare_cached(&sql)?
                .execute(params_from_iter(parameters))?;
            connection
                .prepare_cached("DELETE FROM deleted WHERE kind = 'entry' AND key = ?1")?
                .execute([date])?;
        }
        None => {
            connection
                .prepare_cached("DELETE FROM entry WHERE date = ?1")?
                .execute([date])?;
            mark_deleted(connection, "entry", date, &version.stamp)?;
        }
    }
    Ok(())
}

/// Writes `version` of the infusion `uid` with its own stamp.
fn apply_infusion(connection: &Connection, uid: &str, version: &Version) -> rusqlite::Result<()> {
    match &version.content {
        Some(values) => {
            let n = INFUSION_CONTENT.len();
            let assignments = INFUSION_CONTENT
                .iter()
                .enumerate()
                .map(|(index, column)| format!("{column} = ?{}", index + 1))
                .collect::<Vec<_>>()
                .join(", ");
            let update = format!(
                "UPDATE infusion SET {assignments}, changed_at = ?{}, changed_by = ?{} WHERE uid = ?{}",
                n + 1,
                n + 2,
                n + 3
            );
            let mut parameters: Vec<Value> = values.clone();
            parameters.push(Value::Integer(version.stamp.at));
            parameters.push(Value::Text(version.stamp.by.clone()));
            parameters.push(Value::Text(uid.to_owned()));
            let updated = connection
                .prepare_cached(&update)?
                .execute(params_from_iter(parameters.iter()))?;
            if updated == 0 {
                let placeholders = (1..=n + 3)
                    .map(|index| format!("?{index}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let insert = format!(
                    "INSERT INTO infusion ({}, changed_at, changed_by, uid) VALUES ({placeholders})",
                    column_list(INFUSION_CONTENT)
                );
                connection
                    .prepare_cached(&insert)?
                    .execute(params_from_iter(parameters.iter()))?;
            }
            connection
                .prepare_cached("DELETE FROM deleted WHERE kind = 'infusion' AND key = ?1")?
                .execute([uid])?;
        }
        None => {
            connection
                .prepare_cached("DELETE FROM infusion WHERE uid = ?1")?
                .execute([uid])?;
            mark_deleted(connection, "infusion", uid, &version.stamp)?;
        }
    }
    Ok(())
}

/// Records that a record was deleted, with the deletion's stamp.
fn mark_deleted(
    connection: &Connection,
    kind: &str,
    key: &str,
    stamp: &Stamp,
) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT INTO deleted (kind, key, changed_at, changed_by) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (kind, key) DO UPDATE
             SET changed_at = excluded.changed_at, changed_by = excluded.changed_by",
        )?
        .execute(rusqlite::params![kind, key, stamp.at, stamp.by])?;
    Ok(())
}

/// Writes a group of settings with its stamp.
fn apply_setting(
    connection: &Connection,
    name: &str,
    columns: &[&str],
    values: &[Value],
    stamp: &Stamp,
) -> rusqlite::Result<()> {
    let assignments = columns
        .iter()
        .enumerate()
        .map(|(index, column)| format!("{column} = ?{}", index + 1))
        .collect::<Vec<_>>()
        .join(", ");
    connection.execute(
        &format!("UPDATE settings SET {assignments} WHERE id = 1"),
        params_from_iter(values.iter()),
    )?;
    connection.execute(
        "INSERT INTO setting_change (name, changed_at, changed_by) VALUES (?1, ?2, ?3)
         ON CONFLICT (name) DO UPDATE
         SET changed_at = excluded.changed_at, changed_by = excluded.changed_by",
        rusqlite::params![name, stamp.at, stamp.by],
    )?;
    Ok(())
}

/// Takes in what the source knew: the journal's clock moves past its newest stamp, and what it
/// knew of each computer (and, for a snapshot, of the computer that wrote it) is kept.
fn merge_knowledge(
    connection: &Connection,
    own_id: &str,
    source: &Incoming,
    current: &mut Versions,
    now_ms: i64,
) -> rusqlite::Result<()> {
    let theirs = &source.versions;
    current.clock = current.clock.max(theirs.clock);
    connection.execute(
        "UPDATE sync_clock SET last_ms = max(last_ms, ?1)",
        [theirs.clock],
    )?;
    let mut learned: Vec<(String, Peer)> = theirs
        .peers
        .iter()
        .filter(|(id, _)| id.as_str() != own_id)
        .map(|(id, peer)| {
            (
                id.clone(),
                Peer {
                    merged_at_ms: None,
                    ..peer.clone()
                },
            )
        })
        .collect();
    if let Some(of) = source.computer()
        && of.id != own_id
    {
        learned.push((
            of.id.clone(),
            Peer {
                name: of.name.clone(),
                last_seen_ms: of.written_ms,
                known_ms: theirs.clock,
                merged_at_ms: Some(now_ms),
            },
        ));
    }
    for (id, peer) in learned {
        let joined = match current.peers.get(&id) {
            Some(existing) => Peer {
                name: if peer.last_seen_ms > existing.last_seen_ms
                    || (peer.last_seen_ms == existing.last_seen_ms && peer.name > existing.name)
                {
                    peer.name.clone()
                } else {
                    existing.name.clone()
                },
                last_seen_ms: existing.last_seen_ms.max(peer.last_seen_ms),
                known_ms: existing.known_ms.max(peer.known_ms),
                merged_at_ms: peer.merged_at_ms.or(existing.merged_at_ms),
            },
            None => peer,
        };
        connection.execute(
            "INSERT INTO sync_peer (computer, name, last_seen_ms, known_ms, merged_at_ms)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (computer) DO UPDATE SET name = excluded.name,
                 last_seen_ms = excluded.last_seen_ms, known_ms = excluded.known_ms,
                 merged_at_ms = excluded.merged_at_ms",
            rusqlite::params![
                id,
                joined.name,
                joined.last_seen_ms,
                joined.known_ms,
                joined.merged_at_ms
            ],
        )?;
        current.peers.insert(id, joined);
    }
    Ok(())
}

/// The days among `touched` that now have more than one done infusion.
fn two_done_days(
    connection: &Connection,
    touched: &BTreeSet<NaiveDate>,
) -> rusqlite::Result<Vec<NaiveDate>> {
    let mut days = Vec::new();
    let mut statement = connection
        .prepare_cached("SELECT count(*) FROM infusion WHERE date = ?1 AND status = 'done'")?;
    for day in touched {
        let count: i64 =
            statement.query_row([day.format("%Y-%m-%d").to_string()], |row| row.get(0))?;
        if count > 1 {
            days.push(*day);
        }
    }
    Ok(days)
}

/// Puts back what a merge replaced, as new changes of this computer (stamped now), in one
/// transaction.
///
/// # Errors
///
/// [`SyncError::Journal`] or [`SyncError::Sqlite`] when the journal cannot be written; nothing
/// changed then.
pub fn undo_merge(store: &mut Store, undo: &MergeUndo) -> Result<(), SyncError> {
    let connection = store.connection_for_merge()?;
    let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for item in &undo.items {
        match item {
            UndoItem::Entry(date, Some(values)) => {
                let columns = column_list(ENTRY_CONTENT);
                let placeholders = (2..=ENTRY_CONTENT.len() + 1)
                    .map(|index| format!("?{index}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let updates = ENTRY_CONTENT
                    .iter()
                    .map(|column| format!("{column} = excluded.{column}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut parameters = vec![Value::Text(date.clone())];
                parameters.extend(values.iter().cloned());
                transaction.execute(
                    &format!(
                        "INSERT INTO entry (date, {columns}) VALUES (?1, {placeholders})
                         ON CONFLICT (date) DO UPDATE SET {updates}"
                    ),
                    params_from_iter(parameters),
                )?;
            }
            UndoItem::Entry(date, None) => {
                transaction.execute("DELETE FROM entry WHERE date = ?1", [date])?;
            }
            UndoItem::Infusion(uid, Some(values)) => {
                let n = INFUSION_CONTENT.len();
                let assignments = INFUSION_CONTENT
                    .iter()
                    .enumerate()
                    .map(|(index, column)| format!("{column} = ?{}", index + 1))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut parameters: Vec<Value> = values.clone();
                parameters.push(Value::Text(uid.clone()));
                let updated = transaction.execute(
                    &format!("UPDATE infusion SET {assignments} WHERE uid = ?{}", n + 1),
                    params_from_iter(parameters.iter()),
                )?;
                if updated == 0 {
                    let placeholders = (1..=n + 1)
                        .map(|index| format!("?{index}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    transaction.execute(
                        &format!(
                            "INSERT INTO infusion ({}, uid) VALUES ({placeholders})",
                            column_list(INFUSION_CONTENT)
                        ),
                        params_from_iter(parameters.iter()),
                    )?;
                }
            }
            UndoItem::Infusion(uid, None) => {
                transaction.execute("DELETE FROM infusion WHERE uid = ?1", [uid])?;
            }
            UndoItem::Setting(name, values) => {
                let Some((_, columns)) = SHARED_SETTINGS.iter().find(|(group, _)| group == name)
                else {
                    continue;
                };
                let assignments = columns
                    .iter()
                    .enumerate()
                    .map(|(index, column)| format!("{column} = ?{}", index + 1))
                    .collect::<Vec<_>>()
                    .join(", ");
                transaction.execute(
                    &format!("UPDATE settings SET {assignments} WHERE id = 1"),
                    params_from_iter(values.iter()),
                )?;
            }
        }
    }
    transaction.commit()?;
    store.after_merge();
    Ok(())
}
