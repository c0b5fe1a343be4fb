//! An open journal and the state of every view: this file holds the state and draws the current
//! view; `apply.rs` applies journal actions to the store, `writes.rs` writes and reads files,
//! `navigation.rs` changes view and day and runs the command table, `chrome.rs` draws the side
//! bar, notices, banners and the question before writing a file.

mod apply;
mod chrome;
mod first_run;
mod navigation;
mod reminder;
mod sync;
mod unsaved;
mod writes;

use chrome::{demo_banner_ui, is_compact, read_only_banner_ui};

use eframe::egui;
use std::path::Path;

use chrono::NaiveDate;
use egui::Ui;

use crate::demo::{DEFAULT_SEED, demo_journal};
use crate::domain::{Entry, Infusion, Locale, journal_day};
use crate::store::{Store, StoreError};
use crate::t;
use crate::wording::format::weekday_date_in_text;
use crate::wording::language;

use super::actions::Action;
use super::charts::{ChartsState, charts_ui};
use super::data::JournalData;
use super::history::{HistoryState, history_ui};
use super::infusions::{InfusionsState, infusions_ui};
use super::outcome::Outcome;
use super::report::{ReportState, report_ui};
use super::settings::{JournalFile, SettingsState, settings_ui};
use super::setup::{SetupState, setup_ui};
use super::today::{TodayState, today_ui};
use super::{AppConfig, View};

/// Years of made-up data in the demo journal.
pub const DEMO_YEARS: u32 = 2;

/// An open journal and the state of every view.
pub(super) struct Session {
    pub(super) store: Store,
    pub(super) demo: bool,
    pub(super) data: JournalData,
    pub(super) view: View,
    today: TodayState,
    history: HistoryState,
    infusions: InfusionsState,
    pub(super) charts: ChartsState,
    pub(super) report: ReportState,
    settings: SettingsState,
    /// "Your treatment so far": its answers, and whether it is shown instead of the view.
    setup: SetupState,
    setup_open: bool,
    /// The first run's steps left after the setup (the reminder, the passphrase).
    first_run: first_run::FirstRun,
    pub(super) notice: Option<Notice>,
    undo: Option<Undo>,
    /// The question asked before writing a file to a typed path.
    write_question: Option<writes::WriteQuestion>,
    /// The journal's data version when this session last read it; another process's write
    /// changes it.
    data_version: i64,
    /// The system scheduler of the reminder to log (none for the demo).
    reminders: Option<crate::reminders::Scheduler>,
    /// Why the journal cannot be written, when it was opened for reading only: shown in a
    /// banner, and every action that would write is refused with it.
    read_only: Option<String>,
    /// The system's preferred locales, most preferred first: the language unless the journal's
    /// settings choose one.
    system_locales: Vec<String>,
    /// The sync folder, the background sync and the merge report (`sync.rs`).
    pub(super) sync: sync::SyncState,
}

/// A message in the bar along the bottom.
pub(super) struct Notice {
    pub(super) text: String,
    error: bool,
    /// The view whose action made it; it is cleared when another view is shown. `None` for
    /// messages about the whole journal (a failed daily backup), kept until dismissed.
    view: Option<View>,
}

/// What the last delete (or merge) removed, so it can be put back.
enum Undo {
    Entry(Entry),
    Infusion(Infusion),
    /// What a merge of another computer's changes replaced.
    Merge(crate::sync::MergeUndo),
}

pub(super) fn open_session(
    config: &AppConfig,
    path: &Path,
    demo: bool,
) -> Result<Session, StoreError> {
    open_session_with(config, path, demo, None)
}

/// [`open_session`] for a journal that may be protected by `passphrase`.
pub(super) fn open_session_with(
    config: &AppConfig,
    path: &Path,
    demo: bool,
    passphrase: Option<&crate::store::Passphrase>,
) -> Result<Session, StoreError> {
    let store = if config.read_only && !demo {
        Store::open_for_reading_with(path, passphrase)?
    } else {
        Store::open_with(path, passphrase)?
    };
    let settings = store.settings()?;
    let today = journal_day(config.clock.now(), settings.day_rollover_hour);
    // What opening says (a failed backup) is said in the journal's language.
    let _language = language::enter(locale_of(&settings.language, &config.system_locales));
    // The daily backup of the real journal (the demo needs none); a failure is shown, not fatal.
    let backup_error = if demo {
        None
    } else {
        store.daily_backup(config.clock.now()).err()
    };
    let data = JournalData::load(&store, today)?;
    let data_version = store.data_version()?;
    let read_only = store.read_only().map(ToString::to_string);
    let sync = sync::SyncState::new(&store, demo, std::sync::Arc::clone(&config.clock));
    let mut session = Session {
        sync,
        read_only,
        today: TodayState::new(&data, today),
        history: HistoryState::new(today),
        infusions: InfusionsState::new(today),
        charts: ChartsState::default(),
        report: ReportState::new(&data, today),
        settings: SettingsState::new(&data.settings),
        setup: SetupState::new(&data.settings),
        setup_open: false,
        first_run: first_run::FirstRun::default(),
        view: config.start_view,
        store,
        demo,
        data,
        notice: backup_error.map(|error| Notice {
            text: t!("app-backup-daily-failed", error = error.to_string()),
            error: true,
            view: None,
        }),
        undo: None,
        write_question: None,
        data_version,
        reminders: None,
        system_locales: config.system_locales.clone(),
    };
    if !demo && let Some(scheduler) = &config.reminders {
        // What the scheduler has installed is read when Settings or the offer first needs it,
        // so starting the app runs no system tool.
        session.settings.reminder.offered = true;
        session.reminders = Some(scheduler.clone());
    }
    Ok(session)
}

/// Writes a fresh demo journal (the demo file only ever holds demo data) and opens it.
pub(super) fn open_demo(
    config: &AppConfig,
    path: &Path,
    today: NaiveDate,
) -> Result<Session, StoreError> {
    let mut store = Store::open(path)?;
    store.replace_journal(&demo_journal(today, DEMO_YEARS, DEFAULT_SEED))?;
    drop(store);
    let mut session = open_session(config, path, true)?;
    session.view = View::Today;
    Ok(session)
}

/// The locale a journal speaks: its settings' language (`chosen`, a tag such as `es`; empty for
/// the system's), with the region of the system's locales.
fn locale_of(chosen: &str, system: &[String]) -> Locale {
    Locale::choose(chosen, system).unwrap_or_else(|_| Locale::from_preferences(system))
}

impl Session {
    /// The language and region the journal is shown in: its settings' language, else the
    /// system's.
    pub(super) fn locale(&self) -> Locale {
        locale_of(&self.data.settings.language, &self.system_locales)
    }

    /// The locale that `language` (one of [`crate::domain::LANGUAGES`]) means on this system:
    /// Spanish takes the region of a Spanish system locale, as the app's own language does.
    pub(super) fn locale_for(&self, language: crate::domain::Language) -> Locale {
        locale_of(language.tag, &self.system_locales)
    }

    /// Shows "Your treatment so far" in place of the current view.
    pub(super) fn open_setup(&mut self) {
        self.setup_open = true;
    }

    /// Shows `text` in the notice bar, as the outcome of the current view's action.
    pub(super) fn info(&mut self, text: String) {
        self.notice = Some(Notice {
            text,
            error: false,
            view: Some(self.view),
        });
    }

    /// Shows `text` in the notice bar as an error, as the outcome of the current view's action.
    pub(super) fn error(&mut self, text: String) {
        self.notice = Some(Notice {
            text,
            error: true,
            view: Some(self.view),
        });
    }

    /// Reloads the journal when another process (the command line, a second window) wrote to
    /// it since this session last read it.
    pub(super) fn reload_if_changed_elsewhere(&mut self, today: NaiveDate) {
        match self.store.data_version() {
            Ok(version) if version != self.data_version => {
                self.data_version = version;
                self.reload(today);
            }
            Ok(_) => {}
            Err(error) => self.error(t!("app-journal-unreadable", error = error.to_string())),
        }
    }

    pub(super) fn reload(&mut self, today: NaiveDate) {
        match JournalData::load(&self.store, today) {
            Ok(data) => {
                self.data = data;
                self.tell(Outcome::Reloaded, today);
            }
            Err(error) => self.error(t!("app-journal-unreadable", error = error.to_string())),
        }
    }

    /// Unsaved changes, one line each (for the close question).
    pub(super) fn unsaved_summary(&self, today: NaiveDate) -> Vec<String> {
        let mut lines: Vec<String> = self
            .today
            .unsaved_days()
            .into_iter()
            .map(|date| t!("app-unsaved-entry", day = weekday_date_in_text(date)))
            .collect();
        if self.infusions.is_modified(&self.data, today) {
            lines.push(t!("app-unsaved-infusion-form"));
        }
        if self.settings.is_modified() {
            lines.push(t!("app-unsaved-settings"));
        }
        lines
    }

    /// Which views have unsaved changes.
    pub(super) fn unsaved_views(&self, today: NaiveDate) -> Vec<View> {
        let mut unsaved = Vec::new();
        if !self.today.unsaved_days().is_empty() {
            unsaved.push(View::Today);
        }
        if self.infusions.is_modified(&self.data, today) {
            unsaved.push(View::Infusions);
        }
        if self.settings.is_modified() {
            unsaved.push(View::Settings);
        }
        unsaved
    }

    /// Draws the journal: banners, side bar and the current view.
    pub(super) fn ui(&mut self, ui: &mut Ui, today: NaiveDate, actions: &mut Vec<Action>) {
        let compact = is_compact(ui.ctx().content_rect().size());
        if compact {
            self.view_row_ui(ui, today, actions);
        }
        if self.demo {
            demo_banner_ui(ui, compact, actions);
        }
        if let Some(reason) = &self.read_only {
            read_only_banner_ui(ui, reason, compact);
        }
        self.notice_ui(ui, actions);
        self.sync_ui(ui, today, actions);
        self.write_question_ui(ui, actions);
        if !compact {
            self.side_bar_ui(ui, today, actions);
        }
        // A journal open for reading only is shown whole: each view scrolls, moves between days
        // and opens folders, and offers nothing that would change the journal.
        let writable = self.read_only.is_none();
        self.read_reminder_when_shown();
        if self.setup_open {
            egui::CentralPanel::default().show(ui, |ui| {
                self.first_run_step_number_ui(ui);
                ui.add_enabled_ui(writable, |ui| {
                    setup_ui(ui, &mut self.setup, &self.data, today, actions);
                });
            });
            return;
        }
        if self.first_run_step_ui(ui, actions) {
            return;
        }
        egui::CentralPanel::default().show(ui, |ui| match self.view {
            View::Today => today_ui(ui, &mut self.today, &self.data, today, actions),
            View::History => history_ui(ui, &mut self.history, &self.data, today, actions),
            View::Infusions => infusions_ui(ui, &mut self.infusions, &self.data, today, actions),
            View::Charts => charts_ui(ui, &mut self.charts, &self.data),
            View::Report => report_ui(ui, &mut self.report, &self.data, today, actions),
            View::Settings => {
                let file = JournalFile {
                    path: self.store.path(),
                    demo: self.demo,
                    backups: &self.data.backups,
                    kept: &self.data.kept,
                    protected: self.store.is_protected(),
                    read_only: self.read_only.is_some(),
                    sync: self.sync.shown().then_some(&self.sync.view),
                };
                settings_ui(ui, &mut self.settings, file, actions);
            }
        });
    }

    /// Tells the views what became of an action, so each follows its own: a saved form is
    /// cleared, a chosen path fills its field, an import preview is kept or dropped.
    fn tell(&mut self, outcome: Outcome, today: NaiveDate) {
        self.today.follow(&outcome, &self.data);
        self.infusions.follow(&outcome, today);
        // The Settings view and the setup follow through their own methods.
        if outcome == Outcome::Reloaded {
            self.settings.sync(&self.data.settings);
        }
        if outcome == Outcome::SettingsSaved {
            self.settings.error = None;
        }
        if outcome == Outcome::SetupSaved {
            self.setup = SetupState::new(&self.data.settings);
        }
        self.report.follow(outcome);
    }
}
