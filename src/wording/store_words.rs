//! How the store's errors and notes read: why a journal could not be opened, read or written
//! ([`StoreError`], [`ReadOnly`]), dates that look mistyped ([`UnusualDates`]) and why a backup
//! was taken ([`backup_reason`]).
//!
//! Each error is one whole message naming the file; what SQLite or the system reported is
//! quoted in its own words. The command line prints these as they are; the app shows them in
//! its notices and on its failure screen.

use std::fmt;

use crate::store::{
    BackupInfo, BackupReason, Damage, NotAJournal, ReadOnly, StoreError, Unreadable, UnusualDates,
};
use crate::t;

use super::refusals::{Surface, refusal};

/// A path as messages show it.
fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

/// The error as a sentence, in the current language.
pub fn store_error(error: &StoreError) -> String {
    match error {
        StoreError::NotAJournal { path, reason } => not_a_journal(&shown(path), reason),
        StoreError::NewerSchema {
            path,
            found,
            supported,
        } => t!(
            "store-error-newer-schema",
            path = shown(path),
            found = (*found),
            supported = (*supported)
        ),
        StoreError::Protected { path } => t!("store-error-protected", path = shown(path)),
        StoreError::WrongPassphrase { path } => {
            t!("store-error-wrong-passphrase", path = shown(path))
        }
        StoreError::RestorePassphrase { path, tried } => t!(
            "store-error-restore-passphrase",
            path = shown(path),
            tried = if *tried { "yes" } else { "no" }
        ),
        StoreError::NotProtected { path } => t!("store-error-not-protected", path = shown(path)),
        StoreError::EmptyPassphrase => t!("store-error-empty-passphrase"),
        StoreError::Damaged { path, damage } => match damage {
            Damage::Reported(detail) => t!(
                "store-error-damaged",
                path = shown(path),
                detail = detail.as_str()
            ),
            Damage::ConvertedCopyDiffers { verdict } => t!(
                "store-error-damaged-converted-copy",
                path = shown(path),
                verdict = verdict.as_str()
            ),
        },
        StoreError::Unreadable { path, reason } => unreadable(&shown(path), reason),
        StoreError::NoJournalFile { path } => t!("store-error-no-journal-file", path = shown(path)),
        StoreError::ReadOnly { reason } => {
            t!("store-error-read-only", reason = read_only(reason))
        }
        StoreError::IsAFolder { path, example } => t!(
            "store-error-is-a-folder",
            path = shown(path),
            example = shown(example)
        ),
        StoreError::BackupFolderIsAFile { path } => {
            t!("store-error-backup-folder-is-a-file", path = shown(path))
        }
        StoreError::StoredValue(error) => t!(
            "store-error-stored-value",
            refusal = refusal(error, Surface::CommandLine)
        ),
        StoreError::Invalid(error) => refusal(error, Surface::CommandLine),
        StoreError::Io { path, source } => t!(
            "store-error-io",
            path = shown(path),
            detail = source.to_string()
        ),
        StoreError::Sqlite(error) => t!("store-error-sqlite", detail = error.to_string()),
        StoreError::Migration(error) => t!("store-error-migration", detail = error.to_string()),
        StoreError::NoDataDirectory => t!("store-error-no-data-directory"),
    }
}

fn not_a_journal(path: &str, reason: &NotAJournal) -> String {
    match reason {
        NotAJournal::NotSqlite => t!("store-error-not-a-journal-not-sqlite", path = path),
        NotAJournal::OtherProgram => t!("store-error-not-a-journal-other-program", path = path),
        NotAJournal::EmptyDatabase => t!("store-error-not-a-journal-empty", path = path),
        NotAJournal::LastLoggedDay => {
            t!("store-error-not-a-journal-last-logged-day", path = path)
        }
        NotAJournal::NeedsTheApp { detail } => t!(
            "store-error-not-a-journal-needs-app",
            path = path,
            detail = detail.as_str()
        ),
    }
}

fn unreadable(path: &str, reason: &Unreadable) -> String {
    match reason {
        Unreadable::NoFile => t!("store-error-unreadable-no-file", path = path),
        Unreadable::PermissionDenied => t!("store-error-unreadable-permission", path = path),
        Unreadable::ChangesInReadOnlyFolder { wal } => t!(
            "store-error-unreadable-changes-in-read-only-folder",
            path = path,
            wal = shown(wal)
        ),
        Unreadable::CannotOpen { detail } => t!(
            "store-error-unreadable-cannot-open",
            path = path,
            detail = detail.as_str()
        ),
        Unreadable::Reported(detail) => t!(
            "store-error-unreadable",
            path = path,
            detail = detail.as_str()
        ),
    }
}

/// Why a journal cannot be written, as a whole clause: `the folder /media/stick is read-only`.
pub fn read_only(reason: &ReadOnly) -> String {
    match reason {
        ReadOnly::Folder(folder) => t!("store-read-only-folder", path = shown(folder)),
        ReadOnly::File(path) => t!("store-read-only-file", path = shown(path)),
        ReadOnly::Requested(path) => t!("store-read-only-requested", path = shown(path)),
        ReadOnly::NeedsUpgrade(reason) => {
            t!("store-read-only-needs-upgrade", reason = read_only(reason))
        }
    }
}

/// The note about dates that look mistyped: `1 row is dated years before the rest (1926-03-01,
/// the rest from 2026-01-05 on): check the year if that is not right.`
pub fn unusual_dates(unusual: &UnusualDates) -> String {
    if unusual.first == unusual.last {
        t!(
            "store-unusual-dates-one-day",
            count = (unusual.count),
            date = unusual.first.to_string(),
            reference = unusual.reference.to_string()
        )
    } else {
        t!(
            "store-unusual-dates-span",
            count = (unusual.count),
            first = unusual.first.to_string(),
            last = unusual.last.to_string(),
            reference = unusual.reference.to_string()
        )
    }
}

/// Why a backup was taken, in words (`before an import`); the reason as its name writes it
/// when this version does not know it.
pub fn backup_reason(backup: &BackupInfo) -> String {
    match backup.kind() {
        Some(BackupReason::Daily) => t!("store-backup-reason-daily"),
        Some(BackupReason::BeforeImport) => t!("store-backup-reason-before-import"),
        Some(BackupReason::BeforeRestore) => t!("store-backup-reason-before-restore"),
        Some(BackupReason::BeforeMigration) => t!("store-backup-reason-before-migration"),
        Some(BackupReason::Manual) => t!("store-backup-reason-manual"),
        Some(BackupReason::BeforePassphrase) => t!("store-backup-reason-before-passphrase"),
        Some(BackupReason::BeforeMerge) => t!("sync-backup-reason-before-merge"),
        None => backup.reason.clone(),
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&store_error(self))
    }
}

impl fmt::Display for ReadOnly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&read_only(self))
    }
}

impl fmt::Display for UnusualDates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&unusual_dates(self))
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use chrono::NaiveDate;

    use super::*;
    use crate::domain::Locale;
    use crate::wording::language::with_locale;

    fn mexico() -> Locale {
        Locale::parse("es_MX").unwrap_or_default()
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn english_store_errors_read_as_before() {
        let error = StoreError::NotAJournal {
            path: PathBuf::from("/tmp/notes.db"),
            reason: NotAJournal::NotSqlite,
        };
        assert_eq!(
            error.to_string(),
            "/tmp/notes.db is not a Relief Journal file (not an SQLite database); it was left \
             untouched. Choose another file, or restore a backup."
        );
        let read_only = StoreError::ReadOnly {
            reason: ReadOnly::NeedsUpgrade(Box::new(ReadOnly::Folder(PathBuf::from("/media")))),
        };
        assert_eq!(
            read_only.to_string(),
            "the folder /media is read-only, and the journal was written by an older version of \
             Relief Journal: it must be upgraded before this version can read it: copy the \
             journal somewhere you can write to, or choose another journal. Nothing was changed."
        );
    }

    #[test]
    fn a_store_error_reads_in_spanish() {
        let error = StoreError::WrongPassphrase {
            path: PathBuf::from("/datos/diario.db"),
        };
        let read_only = StoreError::ReadOnly {
            reason: ReadOnly::Folder(PathBuf::from("/media/memoria")),
        };
        with_locale(mexico(), || {
            assert_eq!(
                error.to_string(),
                "esa contraseña no abre /datos/diario.db: o no es la correcta, o el archivo no es \
                 un diario de Relief Journal; no se modificó. La contraseña distingue mayúsculas \
                 y minúsculas; una contraseña olvidada no se puede recuperar."
            );
            assert_eq!(
                read_only.to_string(),
                "la carpeta /media/memoria es de solo lectura: copie el diario a un lugar donde \
                 pueda guardar cambios, o elija otro diario. No se cambió nada."
            );
        });
    }

    #[test]
    fn unusual_dates_count_rows_in_each_language() {
        let one = UnusualDates {
            count: 1,
            first: day("1926-03-01"),
            last: day("1926-03-01"),
            reference: day("2026-01-05"),
        };
        assert_eq!(
            one.to_string(),
            "1 row is dated years before the rest (1926-03-01, the rest from 2026-01-05 on): \
             check the year if that is not right."
        );
        let span = UnusualDates {
            count: 3,
            last: day("1926-04-01"),
            ..one.clone()
        };
        with_locale(mexico(), || {
            assert_eq!(
                one.to_string(),
                "1 fila tiene una fecha de años antes que las demás (1926-03-01; las demás son \
                 desde el 2026-01-05): revise el año si no es correcto."
            );
            assert_eq!(
                span.to_string(),
                "3 filas tienen fechas de años antes que las demás (del 1926-03-01 al 1926-04-01; \
                 las demás son desde el 2026-01-05): revise el año si no es correcto."
            );
        });
    }

    #[test]
    fn backup_reasons_are_named_in_words() {
        let backup = |reason: &str| BackupInfo {
            path: PathBuf::from("/x/backups/journal.db"),
            taken_at: day("2026-11-28").and_hms_opt(9, 30, 0).unwrap_or_default(),
            sequence: 1,
            reason: reason.to_owned(),
            size_bytes: 1,
            kept: false,
        };
        assert_eq!(backup_reason(&backup("before-import")), "before an import");
        assert_eq!(backup_reason(&backup("manual-2")), "on request");
        assert_eq!(backup_reason(&backup("someday")), "someday");
        with_locale(mexico(), || {
            assert_eq!(backup_reason(&backup("daily")), "diaria");
        });
    }
}
