//! Syncing the open journal: the background sync (when the journal opens, after every save and
//! when the window regains focus), the merge report with Undo, the offer to merge conflicted
//! copies found beside the journal and then to set them aside, and the warning about a journal
//! kept in a synced folder. Nothing here waits for a file: the work is done by
//! [`SyncWorker`], and each frame only reads what it finished.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use eframe::egui;
use egui::{RichText, Ui};

use super::super::actions::{Action, JournalAction, SyncAction};
use super::super::commands::Command;
use super::super::settings::SyncView;
use super::super::theme;
use super::{Session, Undo};
use crate::domain::Clock;
use crate::store::{Passphrase, Store};
use crate::sync::{
    InSyncedFolder, MergeUndo, Merged, SyncEvent, SyncJob, SyncReport, SyncWorker,
    conflicted_copies, peers, set_sync_folder, sync_folder, synced_folder,
};
use crate::t;
use crate::wording::sync::{merged_lines, skipped_line, synced_folder_banner};

/// The sync state of an open journal.
pub(in super::super) struct SyncState {
    /// Whether the journal may sync at all: a real journal file, opened for writing.
    enabled: bool,
    journal: Option<PathBuf>,
    passphrase: Option<Passphrase>,
    clock: Arc<dyn Clock>,
    /// Started on the first frame that needs it (its results ask for a repaint).
    worker: Option<SyncWorker>,
    context: Option<egui::Context>,
    /// Jobs sent and not yet answered.
    pending: usize,
    /// Whether a sync is sent and not yet answered.
    syncing: bool,
    /// A sync was asked for while one was under way: it runs again when that one ends, so a
    /// change saved meanwhile reaches the folder.
    sync_again: bool,
    /// Whether the sync when the journal opens was asked for.
    opened_sync_sent: bool,
    /// Results read while a test waited for them, handled on the next frame.
    waiting: Vec<SyncEvent>,
    /// What the Settings section shows.
    pub(in super::super) view: SyncView,
    /// The last merge's report, shown until dismissed.
    report: Option<Vec<String>>,
    /// Conflicted copies beside the journal, until merged, set aside or put off.
    copies: Vec<PathBuf>,
    /// Copies merged, now offered to be set aside.
    merged_copies: Vec<PathBuf>,
    /// The copy being merged.
    merging: Option<PathBuf>,
    /// The journal sits in a folder a sync service manages.
    in_synced_folder: Option<InSyncedFolder>,
    /// The last sync error shown as a notice, so the same one is not repeated after each save.
    last_error: Option<String>,
}

impl SyncState {
    /// The sync state of `store`, a demo journal or not.
    pub(in super::super) fn new(store: &Store, demo: bool, clock: Arc<dyn Clock>) -> Self {
        let journal = store.path().map(ToOwned::to_owned);
        let enabled = !demo && journal.is_some() && store.read_only().is_none();
        let folder = if enabled {
            sync_folder(store).ok().flatten()
        } else {
            None
        };
        let (copies, in_synced_folder) = match (&journal, enabled) {
            (Some(path), true) => (conflicted_copies(path), synced_folder(path)),
            _ => (Vec::new(), None),
        };
        let mut state = Self {
            enabled,
            journal,
            passphrase: store.passphrase().cloned(),
            clock,
            worker: None,
            context: None,
            pending: 0,
            syncing: false,
            sync_again: false,
            opened_sync_sent: false,
            waiting: Vec::new(),
            view: SyncView {
                folder,
                this_computer: store.computer().name().to_owned(),
                ..SyncView::default()
            },
            report: None,
            copies,
            merged_copies: Vec::new(),
            merging: None,
            in_synced_folder,
            last_error: None,
        };
        state.read_peers(store);
        state
    }

    /// Whether the Settings view shows the section.
    pub(in super::super) fn shown(&self) -> bool {
        self.enabled
    }

    fn read_peers(&mut self, store: &Store) {
        if let Ok(list) = peers(store) {
            self.view.peers = list;
        }
    }

    /// Sends a job to the worker, starting it if needed.
    fn send(&mut self, job: SyncJob) {
        let Some(journal) = self.journal.clone() else {
            return;
        };
        if self.worker.is_none() {
            let wake: Arc<dyn Fn() + Send + Sync> = match self.context.clone() {
                Some(context) => Arc::new(move || context.request_repaint()),
                None => Arc::new(|| {}),
            };
            self.worker = Some(SyncWorker::start(
                journal,
                self.passphrase.clone(),
                Arc::clone(&self.clock),
                wake,
            ));
        }
        if let Some(worker) = &self.worker {
            worker.send(job);
            self.pending += 1;
            self.view.running = true;
        }
    }

    /// Asks for a sync with the chosen folder, if there is one; one is under way at a time.
    fn request_sync(&mut self) {
        if let (true, Some(folder)) = (self.enabled, self.view.folder.clone()) {
            if self.syncing {
                self.sync_again = true;
                return;
            }
            self.syncing = true;
            self.send(SyncJob::Sync(folder));
        }
    }

    /// Notes that a sync ended, and starts the one asked for meanwhile.
    fn sync_ended(&mut self) {
        self.syncing = false;
        if std::mem::take(&mut self.sync_again) {
            self.request_sync();
        }
    }

    /// Waits for every job sent to finish (tests; nothing in the app waits). The results are
    /// handled on the next frame.
    pub(in super::super) fn wait(&mut self) {
        while self.pending > 0 {
            let Some(event) = self.worker.as_ref().and_then(SyncWorker::wait_event) else {
                self.pending = 0;
                break;
            };
            self.pending -= 1;
            self.waiting.push(event);
        }
    }

    fn next_event(&mut self) -> Option<SyncEvent> {
        if !self.waiting.is_empty() {
            return Some(self.waiting.remove(0));
        }
        let event = self.worker.as_ref()?.try_event()?;
        self.pending = self.pending.saturating_sub(1);
        Some(event)
    }
}

impl Session {
    /// Reads what the background sync finished, starts the sync of a journal just opened, and
    /// draws the warning, the offer of conflicted copies and the merge report.
    pub(super) fn sync_ui(&mut self, ui: &mut Ui, today: NaiveDate, actions: &mut Vec<Action>) {
        if self.sync.context.is_none() {
            self.sync.context = Some(ui.ctx().clone());
        }
        if !self.sync.opened_sync_sent {
            self.sync.opened_sync_sent = true;
            self.sync.request_sync();
        }
        let focused = ui.input(|input| {
            input
                .events
                .iter()
                .any(|event| matches!(event, egui::Event::WindowFocused(true)))
        });
        if focused {
            self.sync.request_sync();
        }
        while let Some(event) = self.sync.next_event() {
            self.follow_sync(event, today);
        }
        self.sync.view.running = self.sync.pending > 0;
        self.synced_folder_warning_ui(ui, actions);
        self.copies_ui(ui, actions);
        self.report_ui(ui, actions);
    }

    /// Asks for a sync after a change was saved.
    pub(super) fn sync_after_save(&mut self) {
        self.sync.request_sync();
    }

    fn follow_sync(&mut self, event: SyncEvent, today: NaiveDate) {
        if matches!(event, SyncEvent::Synced(_)) {
            self.sync.sync_ended();
        }
        match event {
            SyncEvent::Synced(Ok(report)) => self.follow_report(report, today),
            SyncEvent::Synced(Err(error)) => {
                let text = error.to_string();
                self.sync.view.problems = vec![text.clone()];
                if self.sync.last_error.as_ref() != Some(&text) {
                    self.error(t!("sync-failed", error = text.as_str()));
                    self.sync.last_error = Some(text);
                }
            }
            SyncEvent::MergedFile(file, result) => {
                self.sync.merging = None;
                match result {
                    Ok(merged) => {
                        self.sync.copies.retain(|copy| copy != &file);
                        self.sync.merged_copies.push(file);
                        self.follow_merge(merged, today);
                        // What the copy brought reaches the other computers too.
                        self.sync.request_sync();
                    }
                    Err(error) => self.error(error.to_string()),
                }
            }
        }
    }

    /// Shows what a sync did: the merge, the files skipped, and, when this computer's own copy
    /// could not be written (a read-only or full folder), that the sync did not finish, though
    /// the merge stands.
    fn follow_report(&mut self, report: SyncReport, today: NaiveDate) {
        let unwritten = report.snapshot.err().map(|error| error.to_string());
        self.sync.view.problems = report.skipped.iter().map(skipped_line).collect();
        self.sync.view.problems.extend(unwritten.clone());
        self.sync.view.last_synced = Some(chrono::Utc::now());
        self.sync.view.peers = report.peers;
        self.follow_merge(report.merged, today);
        match unwritten {
            Some(text) => {
                if self.sync.last_error.as_ref() != Some(&text) {
                    self.error(t!("sync-failed", error = text.as_str()));
                }
                self.sync.last_error = Some(text);
            }
            None => self.sync.last_error = None,
        }
    }

    /// Shows what a merge changed, with Undo, and reads the journal again.
    fn follow_merge(&mut self, merged: Merged, today: NaiveDate) {
        if merged.is_empty() && merged.conflict_count() == 0 {
            return;
        }
        let lines = merged_lines(&merged, !merged.undo.is_empty());
        self.info(t!("sync-notice-merged"));
        self.sync.report = Some(lines);
        if !merged.undo.is_empty() {
            self.undo = Some(Undo::Merge(merged.undo));
        }
        self.reload_after_sync(today);
    }

    /// Reads the journal the background connection changed, and takes its data version so the
    /// change is not read twice.
    fn reload_after_sync(&mut self, today: NaiveDate) {
        if let Ok(version) = self.store.data_version() {
            self.data_version = version;
        }
        self.reload(today);
        let store = &self.store;
        self.sync.read_peers(store);
    }

    /// Puts back what a merge replaced, as new changes of this computer.
    pub(super) fn undo_merge(&mut self, undo: MergeUndo, today: NaiveDate) {
        match crate::sync::undo_merge(&mut self.store, &undo) {
            Ok(()) => {
                self.sync.report = None;
                self.info(t!("sync-report-undone"));
                self.reload(today);
                self.sync.request_sync();
            }
            Err(error) => {
                self.error(t!("sync-undo-failed", error = error.to_string()));
                self.undo = Some(Undo::Merge(undo));
            }
        }
    }

    /// Applies a request of the Sync folder section, the merge report or the copies' offer.
    pub(super) fn apply_sync(&mut self, action: SyncAction, now: NaiveDateTime) {
        let _ = now;
        match action {
            SyncAction::SyncNow => self.sync.request_sync(),
            SyncAction::ChooseFolder => {
                if let Some(folder) = rfd::FileDialog::new()
                    .set_title(t!("sync-settings-heading"))
                    .pick_folder()
                {
                    self.use_sync_folder(folder);
                }
            }
            SyncAction::UseFolder(folder) => self.use_sync_folder(folder),
            SyncAction::StopSyncing => match set_sync_folder(&mut self.store, None) {
                Ok(()) => {
                    self.sync.view.folder = None;
                    self.sync.view.problems.clear();
                    self.info(t!("sync-folder-forgotten"));
                }
                Err(error) => self.error(error.to_string()),
            },
            SyncAction::DismissReport => self.sync.report = None,
            SyncAction::MergeCopy(file) => {
                self.sync.merging = Some(file.clone());
                self.sync.send(SyncJob::MergeFile(file));
            }
            SyncAction::SetAsideCopy(file) => {
                let name = display_name(&file);
                match crate::store::move_aside(&file, self.clock_now()) {
                    Ok(moved) => {
                        self.sync.copies.retain(|copy| copy != &file);
                        self.sync.merged_copies.retain(|copy| copy != &file);
                        self.info(t!(
                            "sync-copies-moved",
                            file = name,
                            moved = display_name(&moved)
                        ));
                    }
                    Err(error) => {
                        self.error(t!("sync-copies-move-failed", error = error.to_string()));
                    }
                }
            }
            SyncAction::DismissCopies => {
                self.sync.copies.clear();
                self.sync.merged_copies.clear();
            }
            SyncAction::DismissWarning => self.sync.in_synced_folder = None,
        }
    }

    fn clock_now(&self) -> NaiveDateTime {
        self.sync.clock.now()
    }

    /// Checks, remembers and syncs with `folder`.
    fn use_sync_folder(&mut self, folder: PathBuf) {
        let Some(journal) = self.store.path().map(ToOwned::to_owned) else {
            return;
        };
        if let Err(error) = crate::sync::check_folder(&journal, &folder) {
            self.error(error.to_string());
            return;
        }
        let folder = folder.canonicalize().unwrap_or(folder);
        match set_sync_folder(&mut self.store, Some(&folder)) {
            Ok(()) => {
                self.info(t!(
                    "sync-folder-chosen",
                    folder = folder.display().to_string()
                ));
                self.sync.view.folder = Some(folder);
                self.sync.view.problems.clear();
                self.sync.last_error = None;
                self.sync.request_sync();
            }
            Err(error) => self.error(error.to_string()),
        }
    }

    fn synced_folder_warning_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let Some(found) = &self.sync.in_synced_folder else {
            return;
        };
        let text = synced_folder_banner(found);
        egui::Panel::top("sync-warning").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(text).color(theme::error_color(ui.visuals().dark_mode)));
                if ui.small_button(t!("sync-report-dismiss")).clicked() {
                    actions.push(JournalAction::Sync(SyncAction::DismissWarning).into());
                }
            });
        });
    }

    fn copies_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        if self.sync.copies.is_empty() && self.sync.merged_copies.is_empty() {
            return;
        }
        let push = |actions: &mut Vec<Action>, action: SyncAction| {
            actions.push(JournalAction::Sync(action).into());
        };
        let count = i64::try_from(self.sync.copies.len()).unwrap_or(i64::MAX);
        egui::Panel::top("sync-copies").show(ui, |ui| {
            ui.add_space(4.0);
            if !self.sync.copies.is_empty() {
                ui.label(RichText::new(t!("sync-copies-heading", count = count)).strong());
                ui.label(t!("sync-copies-explain"));
            }
            for copy in &self.sync.copies {
                ui.horizontal_wrapped(|ui| {
                    ui.monospace(display_name(copy));
                    if self.sync.merging.as_ref() == Some(copy) {
                        ui.label(t!("sync-copies-merging", file = display_name(copy)));
                    } else if ui.button(t!("sync-copies-merge")).clicked() {
                        push(actions, SyncAction::MergeCopy(copy.clone()));
                    }
                });
            }
            for copy in &self.sync.merged_copies {
                ui.horizontal_wrapped(|ui| {
                    ui.label(t!("sync-copies-merged", file = display_name(copy)));
                    if ui.button(t!("sync-copies-set-aside")).clicked() {
                        push(actions, SyncAction::SetAsideCopy(copy.clone()));
                    }
                });
            }
            if ui.small_button(t!("sync-copies-not-now")).clicked() {
                push(actions, SyncAction::DismissCopies);
            }
            ui.add_space(4.0);
        });
    }

    fn report_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let Some(lines) = &self.sync.report else {
            return;
        };
        let can_undo = matches!(self.undo, Some(Undo::Merge(_)));
        // A merge of many days changed on both computers has a line each: they scroll within
        // a third of the window, so the view and the report's buttons stay in sight.
        let lines_height = ui.ctx().content_rect().height() / 3.0;
        egui::Panel::top("sync-report").show(ui, |ui| {
            ui.add_space(4.0);
            ui.label(RichText::new(t!("sync-report-heading")).strong());
            egui::ScrollArea::vertical()
                .id_salt("sync-report-lines")
                .max_height(lines_height)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for line in lines {
                        ui.label(line);
                    }
                });
            ui.horizontal(|ui| {
                if can_undo && ui.button(t!("sync-report-undo")).clicked() {
                    actions.push(Command::Undo.into());
                }
                if ui.button(t!("sync-report-dismiss")).clicked() {
                    actions.push(JournalAction::Sync(SyncAction::DismissReport).into());
                }
            });
            ui.add_space(4.0);
        });
    }
}

/// A file's name as the offer shows it.
fn display_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}
