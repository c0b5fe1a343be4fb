//! When and where each record last changed, for merging journals of two computers.
//!
//! Schema version 6 gives every day's entry and every infusion `changed_at` (UTC milliseconds)
//! and `changed_by` (the [`Computer`] id), every infusion a stable `uid` (row ids differ between
//! computers), and adds the tables `deleted` (a marker per deleted day or infusion, so a deleted
//! record does not come back from another computer), `setting_change` (the same stamp per group
//! of shared settings), `sync_clock`, `sync_peer`, `sync_superseded` and `sync_folder` (see
//! `docs/DATABASE.md`).
//!
//! The stamps are written by temporary triggers that every writable connection of a [`Store`]
//! installs ([`install`]): whatever writes a record through the store (a save, an import, a
//! delete, the setup) is stamped in the same statement, so no write path can forget it. The
//! clock is hybrid: a change is stamped `max(now, newest stamp in the journal + 1 ms)`, so a
//! computer whose clock runs slow still stamps its later edits after what it has seen. The
//! merge (`crate::sync`) writes other computers' stamps with stamping turned off.

use rusqlite::Connection;

use super::Store;
use super::computer::Computer;
use super::error::StoreResult;

/// Groups of settings that travel between computers, each merged as one value (the relief
/// thresholds together, as one must stay above the other), with their columns. The other
/// settings (theme, text scale, how long backups are kept, the auto-lock time) belong to the
/// screen, disk or place of each computer and stay local.
pub const SHARED_SETTINGS: &[(&str, &[&str])] = &[
    (
        "relief_thresholds",
        &["meaningful_relief_pct", "substantial_relief_pct"],
    ),
    ("persistence_days", &["persistence_days"]),
    ("baseline_days", &["baseline_days"]),
    ("min_logged_per_week", &["min_logged_per_week"]),
    ("series_gap_days", &["series_gap_days"]),
    ("early_warning_days", &["early_warning_days"]),
    ("baseline_pain", &["baseline_pain"]),
    ("day_rollover_hour", &["day_rollover_hour"]),
    ("patient_name", &["patient_name"]),
    ("language", &["language"]),
];

/// The content columns of an entry, after its `date`, in the order the merge reads them.
pub const ENTRY_CONTENT: &[&str] = &[
    "pain",
    "worst_pain",
    "sleep_hours",
    "sleep_quality",
    "mobility",
    "mood",
    "rescue_doses",
    "wearing_off",
    "side_effects",
    "tags",
    "note",
];

/// The content columns of an infusion, besides its `uid`, in the order the merge reads them.
pub const INFUSION_CONTENT: &[&str] = &[
    "date",
    "status",
    "phase",
    "dose_mg",
    "duration_min",
    "clinic",
    "side_effects",
    "note",
];

/// The current time in UTC milliseconds, in SQL.
const SQL_NOW_MS: &str = "CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)";

/// Version 6: stamps, deletion markers, settings stamps, the journal's clock, the other
/// computers met and the sync folder. Every record is dated to the upgrade, by no computer
/// (`changed_by` empty). The groups inserted into `setting_change` are [`SHARED_SETTINGS`]'s
/// (a test checks it).
pub const V6_CHANGES: &str = "
ALTER TABLE entry ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entry ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE infusion ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE infusion ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE infusion ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';

CREATE TABLE sync_clock (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    last_ms INTEGER NOT NULL
) STRICT;
INSERT INTO sync_clock (id, last_ms)
    VALUES (1, CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));

UPDATE entry SET changed_at = (SELECT last_ms FROM sync_clock);
UPDATE infusion SET uid = lower(hex(randomblob(16))), changed_at = (SELECT last_ms FROM sync_clock);
CREATE UNIQUE INDEX infusion_by_uid ON infusion (uid) WHERE uid <> '';

CREATE TABLE deleted (
    kind       TEXT    NOT NULL CHECK (kind IN ('entry', 'infusion')),
    key        TEXT    NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by TEXT    NOT NULL,
    PRIMARY KEY (kind, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE setting_change (
    name       TEXT    PRIMARY KEY,
    changed_at INTEGER NOT NULL,
    changed_by TEXT    NOT NULL
) STRICT;
INSERT INTO setting_change (name, changed_at, changed_by)
    SELECT column1, (SELECT last_ms FROM sync_clock), '' FROM (VALUES
        ('relief_thresholds'), ('persistence_days'), ('baseline_days'),
        ('min_logged_per_week'), ('series_gap_days'), ('early_warning_days'),
        ('baseline_pain'), ('day_rollover_hour'), ('patient_name'), ('language'));

CREATE TABLE sync_peer (
    computer     TEXT    PRIMARY KEY,
    name         TEXT    NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    known_ms     INTEGER NOT NULL,
    merged_at_ms INTEGER
) STRICT;

CREATE TABLE sync_superseded (
    kind       TEXT    NOT NULL CHECK (kind IN ('entry', 'infusion', 'setting')),
    key        TEXT    NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by TEXT    NOT NULL,
    PRIMARY KEY (kind, key, changed_at, changed_by)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_folder (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    path TEXT    NOT NULL
) STRICT;
";

/// How a connection's stamps read the time: the system clock moved by `skew_ms`, or a fixed
/// time (tests of a slow or stopped clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeClock {
    /// The system clock, moved by this many milliseconds (0 in normal use).
    System {
        /// Milliseconds added to the system clock (negative: a slow clock).
        skew_ms: i64,
    },
    /// Always this time, in UTC milliseconds.
    Fixed(i64),
}

/// The time a trigger stamps with, before the hybrid clock's `+ 1 ms`.
fn trigger_now() -> String {
    format!("(SELECT COALESCE(fixed_ms, {SQL_NOW_MS} + skew_ms) FROM sync_local)")
}

/// Advances the journal's clock for one change (in a trigger body).
fn tick() -> String {
    format!(
        "UPDATE sync_clock SET last_ms = max(last_ms + 1, {});",
        trigger_now()
    )
}

const STAMP: &str = "(SELECT last_ms FROM sync_clock)";
const BY: &str = "(SELECT computer FROM sync_local)";
const STAMPING: &str = "(SELECT stamping FROM sync_local) = 1";

/// The temporary triggers, dropped and made again by [`install`].
const TRIGGERS: &[&str] = &[
    "relief_stamp_entry_insert",
    "relief_stamp_entry_update",
    "relief_stamp_entry_delete",
    "relief_stamp_infusion_insert",
    "relief_stamp_infusion_update",
    "relief_stamp_infusion_delete",
    "relief_stamp_settings",
];

/// The SQL that makes the temporary triggers.
fn trigger_sql() -> String {
    let tick = tick();
    let entry_columns = ENTRY_CONTENT.join(", ");
    let infusion_columns = INFUSION_CONTENT.join(", ");
    let mut sql = format!(
        "
CREATE TEMP TRIGGER relief_stamp_entry_insert AFTER INSERT ON entry WHEN {STAMPING}
BEGIN
    {tick}
    UPDATE entry SET changed_at = {STAMP}, changed_by = {BY} WHERE date = NEW.date;
    DELETE FROM deleted WHERE kind = 'entry' AND key = NEW.date;
END;
CREATE TEMP TRIGGER relief_stamp_entry_update AFTER UPDATE OF date, {entry_columns} ON entry
WHEN {STAMPING}
BEGIN
    {tick}
    UPDATE entry SET changed_at = {STAMP}, changed_by = {BY} WHERE date = NEW.date;
    DELETE FROM deleted WHERE kind = 'entry' AND key = NEW.date;
    INSERT INTO deleted (kind, key, changed_at, changed_by)
        SELECT 'entry', OLD.date, {STAMP}, {BY} WHERE OLD.date IS NOT NEW.date
        ON CONFLICT (kind, key) DO UPDATE
        SET changed_at = excluded.changed_at, changed_by = excluded.changed_by;
END;
CREATE TEMP TRIGGER relief_stamp_entry_delete AFTER DELETE ON entry WHEN {STAMPING}
BEGIN
    {tick}
    INSERT INTO deleted (kind, key, changed_at, changed_by)
        VALUES ('entry', OLD.date, {STAMP}, {BY})
        ON CONFLICT (kind, key) DO UPDATE
        SET changed_at = excluded.changed_at, changed_by = excluded.changed_by;
END;
CREATE TEMP TRIGGER relief_stamp_infusion_insert AFTER INSERT ON infusion WHEN {STAMPING}
BEGIN
    {tick}
    UPDATE infusion
        SET uid = CASE WHEN uid = '' THEN lower(hex(randomblob(16))) ELSE uid END,
            changed_at = {STAMP}, changed_by = {BY}
        WHERE id = NEW.id;
    DELETE FROM deleted
        WHERE kind = 'infusion' AND key = (SELECT uid FROM infusion WHERE id = NEW.id);
END;
CREATE TEMP TRIGGER relief_stamp_infusion_update AFTER UPDATE OF {infusion_columns} ON infusion
WHEN {STAMPING}
BEGIN
    {tick}
    UPDATE infusion SET changed_at = {STAMP}, changed_by = {BY} WHERE id = NEW.id;
END;
CREATE TEMP TRIGGER relief_stamp_infusion_delete AFTER DELETE ON infusion
WHEN {STAMPING} AND OLD.uid <> ''
BEGIN
    {tick}
    INSERT INTO deleted (kind, key, changed_at, changed_by)
        VALUES ('infusion', OLD.uid, {STAMP}, {BY})
        ON CONFLICT (kind, key) DO UPDATE
        SET changed_at = excluded.changed_at, changed_by = excluded.changed_by;
END;
CREATE TEMP TRIGGER relief_stamp_settings AFTER UPDATE ON settings WHEN {STAMPING}
BEGIN
    {tick}
"
    );
    for (name, columns) in SHARED_SETTINGS {
        let changed = columns
            .iter()
            .map(|column| format!("OLD.{column} IS NOT NEW.{column}"))
            .collect::<Vec<_>>()
            .join(" OR ");
        sql.push_str(&format!(
            "    INSERT INTO setting_change (name, changed_at, changed_by)
        SELECT '{name}', {STAMP}, {BY} WHERE {changed}
        ON CONFLICT (name) DO UPDATE
        SET changed_at = excluded.changed_at, changed_by = excluded.changed_by;
"
        ));
    }
    sql.push_str("END;\n");
    sql
}

/// Makes a writable connection stamp its changes as `computer`'s: the temporary table of this
/// computer and clock, and the triggers. Infusions written without a `uid` (by hand, outside
/// the app) get one now. Run again after the schema changes (a restore).
///
/// # Errors
///
/// The SQLite error when the temporary objects cannot be made.
pub fn install(connection: &Connection, computer: &Computer) -> rusqlite::Result<()> {
    uninstall(connection)?;
    connection.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS sync_local (
            id        INTEGER PRIMARY KEY CHECK (id = 1),
            computer  TEXT    NOT NULL,
            stamping  INTEGER NOT NULL,
            skew_ms   INTEGER NOT NULL,
            fixed_ms  INTEGER
        );",
    )?;
    connection.execute(
        "INSERT INTO sync_local (id, computer, stamping, skew_ms, fixed_ms)
         VALUES (1, ?1, 1, 0, NULL)
         ON CONFLICT (id) DO UPDATE SET computer = excluded.computer, stamping = 1",
        [computer.id()],
    )?;
    connection.execute_batch(&trigger_sql())?;
    connection.execute(
        "UPDATE infusion SET uid = lower(hex(randomblob(16))) WHERE uid = ''",
        [],
    )?;
    Ok(())
}

/// Drops the temporary triggers (before the schema is replaced by a restore).
///
/// # Errors
///
/// The SQLite error when a trigger cannot be dropped.
pub fn uninstall(connection: &Connection) -> rusqlite::Result<()> {
    for trigger in TRIGGERS {
        connection.execute_batch(&format!("DROP TRIGGER IF EXISTS temp.{trigger};"))?;
    }
    Ok(())
}

/// Turns the stamping of this connection's changes off (the merge writes other computers'
/// stamps) or back on. Inside a transaction, a rollback undoes it too.
///
/// # Errors
///
/// The SQLite error when the temporary table cannot be written.
pub fn set_stamping(connection: &Connection, on: bool) -> rusqlite::Result<()> {
    connection.execute("UPDATE sync_local SET stamping = ?1", [i64::from(on)])?;
    Ok(())
}

/// Keeps the journal's records and deletion markers in temporary tables, before a restore
/// replaces them, for [`stamp_restored`].
///
/// # Errors
///
/// The SQLite error when the journal cannot be read.
pub fn keep_before_restore(connection: &Connection) -> rusqlite::Result<()> {
    connection.execute_batch(
        "DROP TABLE IF EXISTS temp.restore_before_entry;
         DROP TABLE IF EXISTS temp.restore_before_infusion;
         DROP TABLE IF EXISTS temp.restore_before_deleted;
         CREATE TEMP TABLE restore_before_entry AS SELECT * FROM main.entry;
         CREATE TEMP TABLE restore_before_infusion AS SELECT * FROM main.infusion WHERE uid <> '';
         CREATE TEMP TABLE restore_before_deleted AS SELECT * FROM main.deleted;",
    )
}

/// Makes a restored journal's content this computer's latest change where it differs from what
/// the journal held before the restore (kept by [`keep_before_restore`]), so that the restore
/// reaches the other computers instead of being undone by their newer copies; and keeps what
/// the other computers changed after the backup, which the restore must not wipe out.
///
/// - A record, or a deletion, that another computer made and that the backup does not hold a
///   version of at least as new, is put back as it was before the restore, with its stamp: a
///   day the laptop logged after the desk's backup stays, on both computers.
/// - Every other restored record whose content differs from before (or that is new) is stamped
///   now, and so is every shared setting.
/// - Every other record the journal held before that the backup lacks is marked deleted: this
///   computer's own later changes are rolled back, on every computer.
///
/// # Errors
///
/// The SQLite error when the journal cannot be written; nothing of this is written then.
pub fn stamp_restored(connection: &Connection) -> rusqlite::Result<()> {
    let entry_content = ENTRY_CONTENT.join(", ");
    let infusion_content = INFUSION_CONTENT.join(", ");
    let same = |table: &str, columns: &[&str]| -> String {
        columns
            .iter()
            .map(|column| format!("NOT before.{column} IS NOT {table}.{column}"))
            .collect::<Vec<_>>()
            .join(" AND ")
    };
    let same_entry = same("entry", ENTRY_CONTENT);
    let same_infusion = same("infusion", INFUSION_CONTENT);
    let transaction = connection.unchecked_transaction()?;
    transaction.execute_batch(&format!(
        "{tick}
         CREATE TEMP TABLE restore_kept_entry AS
             SELECT * FROM temp.restore_before_entry AS before
             WHERE before.changed_by <> {BY}
               AND NOT EXISTS (SELECT 1 FROM main.entry
                               WHERE date = before.date AND changed_at >= before.changed_at);
         CREATE TEMP TABLE restore_kept_infusion AS
             SELECT * FROM temp.restore_before_infusion AS before
             WHERE before.changed_by <> {BY}
               AND NOT EXISTS (SELECT 1 FROM main.infusion
                               WHERE uid = before.uid AND changed_at >= before.changed_at);
         CREATE TEMP TABLE restore_kept_deleted AS
             SELECT * FROM temp.restore_before_deleted AS before
             WHERE before.changed_by <> {BY}
               AND NOT EXISTS (SELECT 1 FROM main.entry
                               WHERE before.kind = 'entry' AND date = before.key
                                 AND changed_at >= before.changed_at)
               AND NOT EXISTS (SELECT 1 FROM main.infusion
                               WHERE before.kind = 'infusion' AND uid = before.key
                                 AND changed_at >= before.changed_at);

         UPDATE entry SET changed_at = {STAMP}, changed_by = {BY}
             WHERE NOT EXISTS (SELECT 1 FROM temp.restore_before_entry AS before
                               WHERE before.date = entry.date AND {same_entry});
         UPDATE infusion SET changed_at = {STAMP}, changed_by = {BY}
             WHERE NOT EXISTS (SELECT 1 FROM temp.restore_before_infusion AS before
                               WHERE before.uid = infusion.uid AND {same_infusion});
         UPDATE setting_change SET changed_at = {STAMP}, changed_by = {BY};
         INSERT INTO deleted (kind, key, changed_at, changed_by)
             SELECT 'entry', date, {STAMP}, {BY} FROM temp.restore_before_entry AS before
             WHERE NOT EXISTS (SELECT 1 FROM main.entry WHERE date = before.date)
             ON CONFLICT (kind, key) DO UPDATE
             SET changed_at = excluded.changed_at, changed_by = excluded.changed_by;
         INSERT INTO deleted (kind, key, changed_at, changed_by)
             SELECT 'infusion', uid, {STAMP}, {BY} FROM temp.restore_before_infusion AS before
             WHERE NOT EXISTS (SELECT 1 FROM main.infusion WHERE uid = before.uid)
             ON CONFLICT (kind, key) DO UPDATE
             SET changed_at = excluded.changed_at, changed_by = excluded.changed_by;

         UPDATE sync_local SET stamping = 0;
         DELETE FROM entry WHERE date IN (SELECT date FROM temp.restore_kept_entry)
             OR date IN (SELECT key FROM temp.restore_kept_deleted WHERE kind = 'entry');
         INSERT INTO entry (date, {entry_content}, changed_at, changed_by)
             SELECT date, {entry_content}, changed_at, changed_by FROM temp.restore_kept_entry;
         DELETE FROM infusion WHERE uid IN (SELECT uid FROM temp.restore_kept_infusion)
             OR uid IN (SELECT key FROM temp.restore_kept_deleted WHERE kind = 'infusion');
         INSERT INTO infusion (uid, {infusion_content}, changed_at, changed_by)
             SELECT uid, {infusion_content}, changed_at, changed_by
             FROM temp.restore_kept_infusion ORDER BY id;
         DELETE FROM deleted WHERE (kind = 'entry' AND key IN (SELECT date FROM temp.restore_kept_entry))
             OR (kind = 'infusion' AND key IN (SELECT uid FROM temp.restore_kept_infusion));
         INSERT INTO deleted (kind, key, changed_at, changed_by)
             SELECT kind, key, changed_at, changed_by FROM temp.restore_kept_deleted
             WHERE true
             ON CONFLICT (kind, key) DO UPDATE
             SET changed_at = excluded.changed_at, changed_by = excluded.changed_by;
         UPDATE sync_local SET stamping = 1;

         DROP TABLE temp.restore_kept_entry;
         DROP TABLE temp.restore_kept_infusion;
         DROP TABLE temp.restore_kept_deleted;
         DROP TABLE temp.restore_before_entry;
         DROP TABLE temp.restore_before_infusion;
         DROP TABLE temp.restore_before_deleted;",
        tick = tick()
    ))?;
    transaction.commit()
}

impl Store {
    /// The computer whose id this journal's changes are stamped with.
    pub fn computer(&self) -> &Computer {
        &self.computer
    }

    /// Stamps this journal's later changes as `computer`'s (two computers in one process, in
    /// tests; the app and the command line use [`Computer::this`]).
    ///
    /// # Errors
    ///
    /// [`super::StoreError::Sqlite`] when the connection cannot be changed.
    pub fn use_computer(&mut self, computer: &Computer) -> StoreResult<()> {
        if self.read_only.is_none() {
            self.connection
                .execute("UPDATE sync_local SET computer = ?1", [computer.id()])?;
        }
        self.computer = computer.clone();
        Ok(())
    }

    /// How this journal's later changes read the time (a slow or fixed clock, in tests).
    ///
    /// # Errors
    ///
    /// [`super::StoreError::Sqlite`] when the connection cannot be changed.
    pub fn set_change_clock(&mut self, clock: ChangeClock) -> StoreResult<()> {
        let (skew, fixed) = match clock {
            ChangeClock::System { skew_ms } => (skew_ms, None),
            ChangeClock::Fixed(ms) => (0, Some(ms)),
        };
        self.writable()?;
        self.connection.execute(
            "UPDATE sync_local SET skew_ms = ?1, fixed_ms = ?2",
            rusqlite::params![skew, fixed],
        )?;
        Ok(())
    }

    /// Writes a copy of the journal into the new empty file at `path` through SQLite's backup
    /// API, keyed like the journal (a protected journal's copy is encrypted under its
    /// passphrase), lets `finish` change the copy (a snapshot's label), and leaves it in
    /// rollback-journal mode, one self-contained file.
    ///
    /// # Errors
    ///
    /// [`super::StoreError::Sqlite`] when the copy cannot be written.
    pub(crate) fn write_copy(
        &self,
        path: &std::path::Path,
        finish: impl FnOnce(&Connection) -> rusqlite::Result<()>,
    ) -> StoreResult<()> {
        let mut copy = Connection::open(path)?;
        if let Some(passphrase) = &self.passphrase {
            super::passphrase::key_connection(&copy, path, passphrase)?;
        }
        rusqlite::backup::Backup::new(&self.connection, &mut copy)?.run_to_completion(
            256,
            std::time::Duration::ZERO,
            None,
        )?;
        finish(&copy)?;
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        Ok(())
    }

    /// Keeps what lies beside the journal up to date after a merge was committed (the
    /// last-logged-day file of the reminder).
    pub(crate) fn after_merge(&self) {
        self.note_last_logged_day();
    }

    /// The connection, for the merge of journals (`crate::sync`, the other module that knows
    /// SQL).
    pub(crate) fn connection(&self) -> &Connection {
        &self.connection
    }

    /// The connection, for writing a merge in one transaction (`crate::sync`).
    ///
    /// # Errors
    ///
    /// [`super::StoreError::ReadOnly`] when the journal is open for reading only.
    pub(crate) fn connection_for_merge(&mut self) -> StoreResult<&mut Connection> {
        self.writable()?;
        Ok(&mut self.connection)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Entry, Score};

    /// A time after any journal's clock (the year 2128), so a fixed clock is not overtaken.
    const FUTURE: i64 = 5_000_000_000_000;

    fn stamp_of(store: &Store, date: &str) -> (i64, String) {
        store
            .connection
            .query_row(
                "SELECT changed_at, changed_by FROM entry WHERE date = ?1",
                [date],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .unwrap()
    }

    fn entry(date: &str, pain: i64) -> Entry {
        Entry::new(date.parse().unwrap(), Score::new("pain", pain).unwrap())
    }

    #[test]
    fn every_save_and_delete_is_stamped_by_this_computer() {
        let mut store = Store::open_in_memory().unwrap();
        let laptop = Computer::new("laptop-id", "laptop").unwrap();
        store.use_computer(&laptop).unwrap();
        store.set_change_clock(ChangeClock::Fixed(FUTURE)).unwrap();
        store.save_entry(&entry("2026-03-03", 5)).unwrap();
        assert_eq!(stamp_of(&store, "2026-03-03"), (FUTURE, "laptop-id".into()));
        // A clock that stands still still stamps each later change later.
        store.save_entry(&entry("2026-03-03", 6)).unwrap();
        assert_eq!(stamp_of(&store, "2026-03-03").0, FUTURE + 1);
        store.delete_entry("2026-03-03".parse().unwrap()).unwrap();
        let marker: (i64, String) = store
            .connection
            .query_row(
                "SELECT changed_at, changed_by FROM deleted WHERE kind = 'entry' AND key = '2026-03-03'",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .unwrap();
        assert_eq!(marker, (FUTURE + 2, "laptop-id".into()));
        // Saving the day again removes the marker.
        store.save_entry(&entry("2026-03-03", 4)).unwrap();
        let markers: i64 = store
            .connection
            .query_row("SELECT count(*) FROM deleted", [], |row| row.get(0))
            .unwrap();
        assert_eq!(markers, 0);
    }

    #[test]
    fn a_slow_clock_stamps_after_what_the_journal_has_seen() {
        let mut store = Store::open_in_memory().unwrap();
        store
            .connection
            .execute("UPDATE sync_clock SET last_ms = ?1", [FUTURE])
            .unwrap();
        store
            .set_change_clock(ChangeClock::System {
                skew_ms: -3_600_000,
            })
            .unwrap();
        store.save_entry(&entry("2026-03-03", 5)).unwrap();
        assert_eq!(stamp_of(&store, "2026-03-03").0, FUTURE + 1);
    }

    #[test]
    fn infusions_get_a_uid_and_only_changed_settings_groups_are_stamped() {
        let mut store = Store::open_in_memory().unwrap();
        store.set_change_clock(ChangeClock::Fixed(FUTURE)).unwrap();
        let infusion = crate::domain::Infusion::done("2026-03-01".parse().unwrap());
        let id = store.add_infusion(&infusion).unwrap();
        let (uid, at): (String, i64) = store
            .connection
            .query_row(
                "SELECT uid, changed_at FROM infusion WHERE id = ?1",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .unwrap();
        assert_eq!((uid.len(), at), (32, FUTURE));
        store.delete_infusion(id).unwrap();
        let marked: i64 = store
            .connection
            .query_row(
                "SELECT count(*) FROM deleted WHERE kind = 'infusion' AND key = ?1",
                [&uid],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(marked, 1);

        let mut settings = store.settings().unwrap();
        settings.patient_name = "Ana".into();
        settings.text_scale = 1.5;
        store.save_settings(&settings).unwrap();
        let stamped: Vec<String> = {
            let mut statement = store
                .connection
                .prepare("SELECT name FROM setting_change WHERE changed_by <> '' ORDER BY name")
                .unwrap();
            statement
                .query_map([], |row| row.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
        };
        assert_eq!(stamped, vec!["patient_name".to_owned()]);
    }

    #[test]
    fn the_migration_lists_every_shared_setting_and_its_columns_exist() {
        let store = Store::open_in_memory().unwrap();
        let count: i64 = store
            .connection
            .query_row("SELECT count(*) FROM setting_change", [], |row| row.get(0))
            .unwrap();
        assert_eq!(usize::try_from(count).unwrap(), SHARED_SETTINGS.len());
        for (name, _) in SHARED_SETTINGS {
            let found: i64 = store
                .connection
                .query_row(
                    "SELECT count(*) FROM setting_change WHERE name = ?1",
                    [name],
                    |row| row.get(0),
                )
                .unwrap();
            assert_eq!(found, 1, "{name}");
        }
        for (_, columns) in SHARED_SETTINGS {
            for column in *columns {
                store
                    .connection
                    .query_row(&format!("SELECT {column} FROM settings"), [], |_| Ok(()))
                    .unwrap();
            }
        }
    }
}
