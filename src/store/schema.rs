//! The journal's SQLite schema and its migrations, tracked by `PRAGMA user_version`.
//!
//! Migrations are only ever appended: a journal written by any earlier version of the app
//! upgrades step by step. The tables are documented in `docs/DATABASE.md`.

use rusqlite_migration::{M, Migrations};

/// `PRAGMA application_id` of a Relief Journal file ("RJNL"), so foreign SQLite files are recognised.
pub const APPLICATION_ID: i32 = 0x524A_4E4C;

/// Version 1: daily entries and infusions.
const V1_ENTRIES_AND_INFUSIONS: &str = "
PRAGMA application_id = 1380601420;

CREATE TABLE entry (
    date          TEXT    PRIMARY KEY
                          CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    pain          INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    worst_pain    INTEGER CHECK (worst_pain BETWEEN 0 AND 10),
    sleep_hours   REAL    CHECK (sleep_hours BETWEEN 0 AND 24
                                 AND sleep_hours * 4 = CAST(sleep_hours * 4 AS INTEGER)),
    sleep_quality INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
    mobility      INTEGER CHECK (mobility BETWEEN 0 AND 10),
    mood          INTEGER CHECK (mood BETWEEN 0 AND 10),
    rescue_doses  INTEGER NOT NULL DEFAULT 0 CHECK (rescue_doses BETWEEN 0 AND 50),
    wearing_off   INTEGER NOT NULL DEFAULT 0 CHECK (wearing_off IN (0, 1)),
    side_effects  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(side_effects)),
    tags          TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    note          TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE infusion (
    id            INTEGER PRIMARY KEY,
    date          TEXT    NOT NULL
                          CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    status        TEXT    NOT NULL CHECK (status IN ('done', 'planned')),
    phase         TEXT    CHECK (phase IN ('loading', 'maintenance')),
    dose_mg       REAL    CHECK (dose_mg > 0 AND dose_mg <= 5000),
    duration_min  INTEGER CHECK (duration_min BETWEEN 1 AND 10080),
    clinic        TEXT    NOT NULL DEFAULT '',
    side_effects  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(side_effects)),
    note          TEXT    NOT NULL DEFAULT ''
) STRICT;
";

/// Version 2: settings stored in the journal, and an index for infusions by date.
const V2_SETTINGS: &str = "
CREATE TABLE settings (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    meaningful_relief_pct  REAL    NOT NULL DEFAULT 30 CHECK (meaningful_relief_pct BETWEEN 5 AND 95),
    substantial_relief_pct REAL    NOT NULL DEFAULT 50 CHECK (substantial_relief_pct BETWEEN 5 AND 95
                                                               AND substantial_relief_pct > meaningful_relief_pct),
    persistence_days       INTEGER NOT NULL DEFAULT 7  CHECK (persistence_days BETWEEN 1 AND 28),
    baseline_days          INTEGER NOT NULL DEFAULT 7  CHECK (baseline_days BETWEEN 3 AND 28),
    min_logged_per_week    INTEGER NOT NULL DEFAULT 4  CHECK (min_logged_per_week BETWEEN 1 AND 7),
    series_gap_days        INTEGER NOT NULL DEFAULT 7  CHECK (series_gap_days BETWEEN 1 AND 28),
    early_warning_days     INTEGER NOT NULL DEFAULT 7  CHECK (early_warning_days BETWEEN 1 AND 28),
    baseline_pain          REAL    CHECK (baseline_pain BETWEEN 1 AND 10),
    day_rollover_hour      INTEGER NOT NULL DEFAULT 4  CHECK (day_rollover_hour BETWEEN 0 AND 12),
    theme                  TEXT    NOT NULL DEFAULT 'system' CHECK (theme IN ('system', 'light', 'dark')),
    text_scale             REAL    NOT NULL DEFAULT 1 CHECK (text_scale BETWEEN 0.75 AND 2),
    patient_name           TEXT    NOT NULL DEFAULT '',
    backup_keep_days       INTEGER NOT NULL DEFAULT 14 CHECK (backup_keep_days BETWEEN 1 AND 365)
) STRICT;

INSERT INTO settings (id) VALUES (1);

CREATE INDEX infusion_by_date ON infusion (date);
";

/// Version 3: `rescue_doses` may be NULL, "not recorded", which is not the same as 0 doses.
/// SQLite cannot drop a NOT NULL constraint in place, so the table is rebuilt; every stored value
/// is copied as it was (a 0 stays 0: the journal cannot know which zeros were never recorded).
const V3_RESCUE_NOT_RECORDED: &str = "
CREATE TABLE entry_v3 (
    date          TEXT    PRIMARY KEY
                          CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    pain          INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    worst_pain    INTEGER CHECK (worst_pain BETWEEN 0 AND 10),
    sleep_hours   REAL    CHECK (sleep_hours BETWEEN 0 AND 24
                                 AND sleep_hours * 4 = CAST(sleep_hours * 4 AS INTEGER)),
    sleep_quality INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
    mobility      INTEGER CHECK (mobility BETWEEN 0 AND 10),
    mood          INTEGER CHECK (mood BETWEEN 0 AND 10),
    rescue_doses  INTEGER CHECK (rescue_doses BETWEEN 0 AND 50),
    wearing_off   INTEGER NOT NULL DEFAULT 0 CHECK (wearing_off IN (0, 1)),
    side_effects  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(side_effects)),
    tags          TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    note          TEXT    NOT NULL DEFAULT ''
) STRICT;

INSERT INTO entry_v3 (date, pain, worst_pain, sleep_hours, sleep_quality, mobility, mood,
                      rescue_doses, wearing_off, side_effects, tags, note)
SELECT date, pain, worst_pain, sleep_hours, sleep_quality, mobility, mood,
       rescue_doses, wearing_off, side_effects, tags, note
FROM entry;

DROP TABLE entry;

ALTER TABLE entry_v3 RENAME TO entry;
";

/// Version 4: the minutes without input after which the app locks a journal protected by a
/// passphrase (0: never).
const V4_AUTO_LOCK: &str = "
ALTER TABLE settings ADD COLUMN auto_lock_minutes INTEGER NOT NULL DEFAULT 10
    CHECK (auto_lock_minutes BETWEEN 0 AND 240);
";

/// Version 5: the language the app speaks, as a tag (`es`, `es-MX`); empty for the system's.
const V5_LANGUAGE: &str = "
ALTER TABLE settings ADD COLUMN language TEXT NOT NULL DEFAULT ''
    CHECK (language = '' OR (length(language) <= 16 AND language GLOB '[a-z][a-z]*'));
";

/// Every migration, oldest first. Append only.
const MIGRATIONS: &[M<'static>] = &[
    M::up(V1_ENTRIES_AND_INFUSIONS),
    M::up(V2_SETTINGS),
    M::up(V3_RESCUE_NOT_RECORDED),
    M::up(V4_AUTO_LOCK),
    M::up(V5_LANGUAGE),
    M::up(super::changes::V6_CHANGES),
];

/// The migrations of the journal schema.
pub fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
        assert_eq!(APPLICATION_ID, 1_380_601_420);
    }
}
