//! Whether the live journal sits in a folder that a sync service manages (Dropbox, OneDrive,
//! iCloud Drive, Google Drive, a Syncthing folder), where it must not be: those services copy a
//! database while it is being written (with or without its `-wal` file, one of SQLite's
//! documented ways to corrupt it) and, when two computers changed it, keep both as "conflicted
//! copies" instead of merging them.
//!
//! Told by the folders' names as each service makes them, and by the marker files some leave in
//! the folder they sync (`.stfolder` for Syncthing, `.dropbox` for Dropbox, `.tmp.drivedownload`
//! for Google Drive).

use std::path::{Component, Path, PathBuf};

/// A sync service that manages a folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncService {
    /// Dropbox.
    Dropbox,
    /// Microsoft OneDrive.
    OneDrive,
    /// Apple iCloud Drive.
    ICloudDrive,
    /// Google Drive.
    GoogleDrive,
    /// Syncthing.
    Syncthing,
}

impl SyncService {
    /// The key the text layer words the service's name by.
    pub fn key(self) -> &'static str {
        match self {
            Self::Dropbox => "dropbox",
            Self::OneDrive => "onedrive",
            Self::ICloudDrive => "icloud",
            Self::GoogleDrive => "google-drive",
            Self::Syncthing => "syncthing",
        }
    }
}

/// A journal found in a synced folder: the service and the folder it syncs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InSyncedFolder {
    /// The service.
    pub service: SyncService,
    /// The folder the service syncs that holds the journal.
    pub folder: PathBuf,
}

/// Which service, if any, syncs a folder that holds `journal` (looked up by the names of its
/// folders and the marker files in them).
pub fn synced_folder(journal: &Path) -> Option<InSyncedFolder> {
    let absolute = std::path::absolute(journal).unwrap_or_else(|_| journal.to_owned());
    let mut folder = absolute.parent();
    while let Some(current) = folder {
        if let Some(service) = service_by_marker(current).or_else(|| service_by_name(current)) {
            return Some(InSyncedFolder {
                service,
                folder: current.to_owned(),
            });
        }
        folder = current.parent();
    }
    None
}

/// The service whose marker file is in `folder`.
fn service_by_marker(folder: &Path) -> Option<SyncService> {
    const MARKERS: &[(&str, SyncService)] = &[
        (".stfolder", SyncService::Syncthing),
        (".dropbox", SyncService::Dropbox),
        (".dropbox.cache", SyncService::Dropbox),
        (".tmp.drivedownload", SyncService::GoogleDrive),
    ];
    MARKERS
        .iter()
        .find(|(marker, _)| folder.join(marker).exists())
        .map(|(_, service)| *service)
}

/// The service that names a folder as `folder`'s last component is named.
pub fn service_by_name(folder: &Path) -> Option<SyncService> {
    let Some(Component::Normal(name)) = folder.components().next_back() else {
        return None;
    };
    let name = name.to_string_lossy();
    let is = |base: &str| name == base || name.starts_with(&format!("{base} ("));
    if is("Dropbox") || name.starts_with("Dropbox-") {
        Some(SyncService::Dropbox)
    } else if is("OneDrive") || name.starts_with("OneDrive - ") || name.starts_with("OneDrive-") {
        Some(SyncService::OneDrive)
    } else if name == "iCloudDrive" || name == "iCloud Drive" || name == "com~apple~CloudDocs" {
        Some(SyncService::ICloudDrive)
    } else if name == "Google Drive"
        || name == "GoogleDrive"
        || name.starts_with("GoogleDrive-")
        || name == "My Drive"
    {
        Some(SyncService::GoogleDrive)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_told_by_the_names_services_give_them() {
        let found = |path: &str| synced_folder(Path::new(path)).map(|found| found.service);
        assert_eq!(
            found("/home/ana/Dropbox/health/journal.db"),
            Some(SyncService::Dropbox)
        );
        assert_eq!(
            found("/home/ana/Dropbox (Personal)/journal.db"),
            Some(SyncService::Dropbox)
        );
        assert_eq!(
            found("C:/Users/Ana/OneDrive - Clinic/journal.db"),
            Some(SyncService::OneDrive)
        );
        assert_eq!(
            found("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/journal.db"),
            Some(SyncService::ICloudDrive)
        );
        assert_eq!(
            found("/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.com/My Drive/j.db"),
            Some(SyncService::GoogleDrive)
        );
        assert_eq!(
            found("/home/ana/.local/share/relief-journal/journal.db"),
            None
        );
        assert_eq!(found("/home/ana/Dropboxes/journal.db"), None);
    }

    #[test]
    fn a_syncthing_folder_is_told_by_its_marker() {
        let home = tempfile::tempdir().unwrap();
        let shared = home.path().join("Sync");
        std::fs::create_dir_all(shared.join(".stfolder")).unwrap();
        std::fs::create_dir_all(shared.join("health")).unwrap();
        let journal = shared.join("health").join("journal.db");
        assert_eq!(
            synced_folder(&journal),
            Some(InSyncedFolder {
                service: SyncService::Syncthing,
                folder: shared,
            })
        );
        assert_eq!(synced_folder(&home.path().join("journal.db")), None);
    }
}
