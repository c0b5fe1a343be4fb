//! The background sync of the app: a thread with its own connection to the journal that merges
//! and writes snapshots, so that no frame waits for a file. The app sends it jobs and reads back
//! what each did; `wake` is called after every result (the app asks for a repaint there).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use super::error::SyncError;
use super::folder::{SyncReport, merge_file, sync_with_folder};
use super::merge::Merged;
use crate::domain::Clock;
use crate::store::{Passphrase, Store};

/// Work for the background sync.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncJob {
    /// Sync with this folder.
    Sync(PathBuf),
    /// Merge this file (a conflicted copy) into the journal.
    MergeFile(PathBuf),
}

/// What a job did.
#[derive(Debug)]
pub enum SyncEvent {
    /// A sync finished, or failed.
    Synced(Result<SyncReport, SyncError>),
    /// A file was merged, or refused.
    MergedFile(PathBuf, Result<Merged, SyncError>),
}

/// The background sync thread and its two channels.
pub struct SyncWorker {
    jobs: Option<Sender<SyncJob>>,
    events: Receiver<SyncEvent>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for SyncWorker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncWorker").finish_non_exhaustive()
    }
}

impl SyncWorker {
    /// Starts the thread for the journal at `journal` (opened there with `passphrase`); `clock`
    /// dates its backups, `wake` is called after each result.
    pub fn start(
        journal: PathBuf,
        passphrase: Option<Passphrase>,
        clock: Arc<dyn Clock>,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Self {
        let (job_sender, job_receiver) = mpsc::channel::<SyncJob>();
        let (event_sender, event_receiver) = mpsc::channel::<SyncEvent>();
        let thread = std::thread::Builder::new()
            .name("relief-journal-sync".into())
            .spawn(move || {
                let mut store: Option<Store> = None;
                while let Ok(job) = job_receiver.recv() {
                    let opened = match store.take() {
                        Some(open) => Ok(open),
                        None => Store::open_with(&journal, passphrase.as_ref()),
                    };
                    let event = match opened {
                        Ok(mut open) => {
                            let event = run(&mut open, job, clock.now());
                            store = Some(open);
                            event
                        }
                        Err(error) => failed(job, SyncError::Journal(error)),
                    };
                    if event_sender.send(event).is_err() {
                        return;
                    }
                    wake();
                }
            });
        let thread = match thread {
            Ok(thread) => Some(thread),
            Err(error) => {
                log::warn!("the sync thread could not start: {error}");
                None
            }
        };
        Self {
            jobs: Some(job_sender),
            events: event_receiver,
            thread,
        }
    }

    /// Asks for a job; it runs after those already asked for, and each job gets one event.
    pub fn send(&self, job: SyncJob) {
        if let Some(jobs) = &self.jobs
            && jobs.send(job).is_err()
        {
            log::warn!("the sync thread has stopped");
        }
    }

    /// The next result, if one is ready.
    pub fn try_event(&self) -> Option<SyncEvent> {
        self.events.try_recv().ok()
    }

    /// Waits for the next result (tests, and closing).
    pub fn wait_event(&self) -> Option<SyncEvent> {
        self.events.recv().ok()
    }
}

impl Drop for SyncWorker {
    /// Lets a job under way finish (a merge is one transaction and a snapshot is renamed into
    /// place, so nothing would be half-written anyway), then ends the thread.
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            log::warn!("the sync thread ended with a panic");
        }
    }
}

fn run(store: &mut Store, job: SyncJob, now: chrono::NaiveDateTime) -> SyncEvent {
    match job {
        SyncJob::Sync(folder) => SyncEvent::Synced(sync_with_folder(store, &folder, now)),
        SyncJob::MergeFile(file) => {
            let merged = merge_file(store, &file, None, now);
            SyncEvent::MergedFile(file, merged)
        }
    }
}

fn failed(job: SyncJob, error: SyncError) -> SyncEvent {
    match job {
        SyncJob::Sync(_) => SyncEvent::Synced(Err(error)),
        SyncJob::MergeFile(file) => SyncEvent::MergedFile(file, Err(error)),
    }
}
