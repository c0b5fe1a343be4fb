//! Files that sit where a journal should be but are not a usable journal, one of each kind the
//! store refuses: shared by the store, command-line and app tests.
#![allow(dead_code, clippy::unwrap_used)]

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use relief_journal::domain::{Entry, Score};
use relief_journal::store::Store;
use rusqlite::Connection;

/// One kind of unusable file.
pub struct Damaged {
    /// What it is, for failure messages.
    pub kind: &'static str,
    /// Its exact content.
    pub bytes: Vec<u8>,
    /// Words the refusal must contain.
    pub reason: &'static str,
}

/// A text file, random bytes, another program's SQLite file, a journal from a newer version and
/// a journal cut in half.
pub fn damaged_files() -> Vec<Damaged> {
    let scratch = tempfile::tempdir().unwrap();
    let sqlite_bytes = |name: &str, build: &dyn Fn(&Path)| {
        let path = scratch.path().join(name);
        build(&path);
        fs::read(&path).unwrap()
    };
    let foreign = sqlite_bytes("foreign.db", &|path| {
        Connection::open(path)
            .unwrap()
            .execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');")
            .unwrap();
    });
    let newer = sqlite_bytes("newer.db", &|path| {
        drop(Store::open(path).unwrap());
        Connection::open(path)
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
    });
    let whole = sqlite_bytes("whole.db", &|path| {
        let mut store = Store::open(path).unwrap();
        let first = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        for offset in 0..200 {
            let entry = Entry::new(
                first + chrono::Duration::days(offset),
                Score::new("pain", 5).unwrap(),
            );
            store.save_entry(&entry).unwrap();
        }
    });
    vec![
        Damaged {
            kind: "a text file",
            bytes: b"my shopping list\n".to_vec(),
            reason: "not a Relief Journal",
        },
        // Not a whole number of pages: random bytes of whole pages cannot be told from a journal
        // protected by a passphrase (tests/journal/passphrase.rs covers that case).
        Damaged {
            kind: "random bytes",
            bytes: (0..4000u32).map(|i| (i * 7919 % 251) as u8).collect(),
            reason: "not a Relief Journal",
        },
        Damaged {
            kind: "another program's SQLite file",
            bytes: foreign,
            reason: "another program",
        },
        Damaged {
            kind: "a journal from a newer version",
            bytes: newer,
            reason: "newer version",
        },
        Damaged {
            kind: "a truncated journal",
            bytes: whole[..whole.len() / 2].to_vec(),
            reason: "damaged",
        },
    ]
}

/// Puts `bytes` where the journal at `path` was, without its SQLite side files.
pub fn replace_journal(path: &Path, bytes: &[u8]) {
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let _ = fs::remove_file(side);
    }
    fs::write(path, bytes).unwrap();
}
