//! Conflicted copies of the journal beside it: what Dropbox (`journal (Ana's conflicted copy
//! 2026-03-03).db`, Nextcloud and others alike) and Syncthing
//! (`journal.sync-conflict-20260303-101010-ABCDEFG.db`) leave when two computers changed a
//! synced journal file. They hold days the journal may lack; the app offers to merge them, then
//! to set them aside.

use std::path::{Path, PathBuf};

/// The conflicted copies of the journal at `journal` in its folder, by name.
pub fn conflicted_copies(journal: &Path) -> Vec<PathBuf> {
    let Some(folder) = journal.parent() else {
        return Vec::new();
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let Ok(items) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut copies: Vec<PathBuf> = items
        .filter_map(Result::ok)
        .map(|item| item.path())
        .filter(|path| path.is_file() && is_conflicted_copy(journal, path))
        .collect();
    copies.sort();
    copies
}

/// Whether `candidate` is named as a sync service names a conflicted copy of `journal`.
pub fn is_conflicted_copy(journal: &Path, candidate: &Path) -> bool {
    let (Some(stem), Some(name)) = (
        journal.file_stem().and_then(|stem| stem.to_str()),
        candidate.file_name().and_then(|name| name.to_str()),
    ) else {
        return false;
    };
    let extension = journal
        .extension()
        .and_then(|extension| extension.to_str())
        .map(|extension| format!(".{extension}"))
        .unwrap_or_default();
    let Some(middle) = name
        .strip_prefix(stem)
        .and_then(|rest| rest.strip_suffix(extension.as_str()))
    else {
        return false;
    };
    let dropbox = middle.starts_with(" (")
        && middle.ends_with(')')
        && middle.to_lowercase().contains("conflicted copy");
    let syncthing = middle.strip_prefix(".sync-conflict-").is_some_and(|rest| {
        rest.len() >= 15 && rest.as_bytes()[..8].iter().all(u8::is_ascii_digit)
    });
    dropbox || syncthing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_sync_services_give_conflicted_copies() {
        let journal = Path::new("/j/journal.db");
        let copy = |name: &str| is_conflicted_copy(journal, &Path::new("/j").join(name));
        assert!(copy("journal (conflicted copy 2026-03-03).db"));
        assert!(copy("journal (Ana's conflicted copy 2026-03-03).db"));
        assert!(copy("journal (conflicted copy 2026-03-03 101010).db"));
        assert!(copy("journal.sync-conflict-20260303-101010-ABCDEFG.db"));
        assert!(!copy("journal.db"));
        assert!(!copy("journal (1).db"));
        assert!(!copy("journal (conflicted copy 2026-03-03).db-wal"));
        assert!(!copy(
            "journal (conflicted copy 2026-03-03).db.set-aside-20260303-101010"
        ));
        assert!(!copy("demo (conflicted copy 2026-03-03).db"));
        assert!(!copy("journal.sync-conflict-x.db"));
    }

    #[test]
    fn copies_are_found_beside_the_journal() {
        let folder = tempfile::tempdir().unwrap();
        let journal = folder.path().join("journal.db");
        for name in [
            "journal.db",
            "journal (conflicted copy 2026-03-03).db",
            "journal.sync-conflict-20260303-101010-ABCDEFG.db",
            "notes.txt",
        ] {
            std::fs::write(folder.path().join(name), b"x").unwrap();
        }
        let names: Vec<String> = conflicted_copies(&journal)
            .iter()
            .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            vec![
                "journal (conflicted copy 2026-03-03).db",
                "journal.sync-conflict-20260303-101010-ABCDEFG.db"
            ]
        );
    }
}
