//! The eframe app: which screen is shown (welcome, journal or an error), the side bar, notices
//! and undo, and the one place where actions from the views are applied to the store.

use eframe::egui;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use egui::{Context, Key, Modifiers, RichText, Ui, ViewportCommand};

use crate::demo::{DEFAULT_SEED, demo_journal};
use crate::domain::{Entry, Infusion, Settings, journal_day};
use crate::store::{
    BackupInfo, BackupReason, SaveOutcome, Store, StoreError, list_backups, restore_journal,
};

use super::actions::Action;
use super::actions::FileTarget;
use super::charts::{ChartsState, charts_ui};
use super::data::JournalData;
use super::files::{self, ImportPreview};
use super::history::{HistoryState, history_ui};
use super::infusions::{InfusionsState, infusions_ui};
use super::report::{ReportState, report_ui};
use super::screenshot::{Screenshot, ScreenshotOutcome};
use super::settings::{JournalFile, SettingsState, settings_ui};
use super::today::{TodayState, today_ui};
use super::welcome::welcome_ui;
use super::widgets::day_label;
use super::{AppConfig, View, theme};

/// Years of made-up data in the demo journal.
pub const DEMO_YEARS: u32 = 2;

/// The file name of the demo journal, next to the real one.
pub const DEMO_FILE_NAME: &str = "demo.db";

/// The demo journal's file: `demo.db` next to the journal (or `demo-journal.db` if the journal
/// itself is called `demo.db`).
pub fn demo_path(journal_path: &Path) -> PathBuf {
    let name = if journal_path.file_name() == Some(std::ffi::OsStr::new(DEMO_FILE_NAME)) {
        "demo-journal.db"
    } else {
        DEMO_FILE_NAME
    };
    journal_path.with_file_name(name)
}

/// The Relief Journal desktop app.
pub struct ReliefApp {
    config: AppConfig,
    screen: Screen,
    screenshot: Option<Screenshot>,
    applied_display: Option<(crate::domain::Theme, f32)>,
    title_demo: Option<bool>,
    first_frame_logged: bool,
    asking_to_close: bool,
    close_confirmed: bool,
}

/// What the window shows.
enum Screen {
    /// No journal yet: the first-run welcome.
    Welcome,
    /// A journal (real or demo) is open.
    Journal(Box<Session>),
    /// The journal could not be opened; the message says why and what to do.
    Failed(Failure),
}

/// An open journal and the state of every view.
struct Session {
    store: Store,
    demo: bool,
    data: JournalData,
    view: View,
    today: TodayState,
    history: HistoryState,
    infusions: InfusionsState,
    charts: ChartsState,
    report: ReportState,
    settings: SettingsState,
    notice: Option<Notice>,
    undo: Option<Undo>,
    /// The journal's data version when this session last read it; another process's write
    /// changes it.
    data_version: i64,
}

/// A message in the bar at the top.
struct Notice {
    text: String,
    error: bool,
}

/// What the last delete removed, so it can be put back.
enum Undo {
    Entry(Entry),
    Infusion(Infusion),
}

impl ReliefApp {
    /// Builds the app: opens the journal if its file exists, otherwise shows the welcome.
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        let _ = cc;
        let screen = if config.journal_path.exists() {
            Self::open_screen(&config, &config.journal_path, false)
        } else {
            Screen::Welcome
        };
        let screenshot = config
            .screenshot
            .clone()
            .map(|path| Screenshot::new(path, ScreenshotOutcome::default()));
        Self {
            config,
            screen,
            screenshot,
            applied_display: None,
            title_demo: None,
            first_frame_logged: false,
            asking_to_close: false,
            close_confirmed: false,
        }
    }

    /// Reports the screenshot's result to `outcome` (used by [`super::run`]).
    pub fn with_outcome(mut self, outcome: ScreenshotOutcome) -> Self {
        if let Some(path) = self.config.screenshot.clone() {
            self.screenshot = Some(Screenshot::new(path, outcome));
        }
        self
    }

    /// The view shown, or `None` on the welcome or error screen.
    pub fn view(&self) -> Option<View> {
        match &self.screen {
            Screen::Journal(session) => Some(session.view),
            _ => None,
        }
    }

    /// The Charts view's state (preset and visible range), when a journal is open.
    pub fn charts_state(&self) -> Option<&ChartsState> {
        match &self.screen {
            Screen::Journal(session) => Some(&session.charts),
            _ => None,
        }
    }

    /// The Report view's state (choices, typed paths, the import preview), when a journal is open.
    pub fn report_state(&self) -> Option<&ReportState> {
        match &self.screen {
            Screen::Journal(session) => Some(&session.report),
            _ => None,
        }
    }

    /// Whether the first-run welcome is shown.
    pub fn is_welcome(&self) -> bool {
        matches!(self.screen, Screen::Welcome)
    }

    /// Whether demo data is shown.
    pub fn is_demo(&self) -> bool {
        matches!(&self.screen, Screen::Journal(session) if session.demo)
    }

    /// The message in the notice bar, if any.
    pub fn notice(&self) -> Option<&str> {
        match &self.screen {
            Screen::Journal(session) => session.notice.as_ref().map(|notice| notice.text.as_str()),
            Screen::Failed(failure) => Some(&failure.message),
            Screen::Welcome => None,
        }
    }

    /// The file of the journal shown, if one is open.
    pub fn open_file(&self) -> Option<&Path> {
        match &self.screen {
            Screen::Journal(session) => session.store.path(),
            _ => None,
        }
    }

    /// Today's journal day, by the clock and the day-rollover hour.
    pub fn today(&self) -> NaiveDate {
        let rollover = match &self.screen {
            Screen::Journal(session) => session.data.settings.day_rollover_hour,
            _ => Settings::default().day_rollover_hour,
        };
        journal_day(self.config.clock.now(), rollover)
    }

    fn open_screen(config: &AppConfig, path: &Path, demo: bool) -> Screen {
        match open_session(config, path, demo) {
            Ok(session) => Screen::Journal(Box::new(session)),
            Err(error) => Screen::Failed(Failure::new(open_error_message(path, &error), path)),
        }
    }

    fn apply_display(&mut self, ctx: &Context) {
        let settings = match &self.screen {
            Screen::Journal(session) => session.data.settings.clone(),
            _ => Settings::default(),
        };
        let wanted = (settings.theme, settings.text_scale);
        if self.applied_display != Some(wanted) {
            theme::apply(ctx, &settings);
            self.applied_display = Some(wanted);
        }
        let demo = self.is_demo();
        if self.title_demo != Some(demo) {
            let title = if demo {
                "Relief Journal (demo data)"
            } else {
                "Relief Journal"
            };
            ctx.send_viewport_cmd(ViewportCommand::Title(title.to_owned()));
            self.title_demo = Some(demo);
        }
    }

    /// Applies one action from the views.
    fn apply(&mut self, action: Action, ctx: &Context, today: NaiveDate) {
        match action {
            Action::StartJournal => {
                let path = self.config.journal_path.clone();
                match open_session(&self.config, &path, false) {
                    Ok(session) => self.screen = Screen::Journal(Box::new(session)),
                    Err(error) => {
                        let message = open_error_message(&path, &error);
                        match &mut self.screen {
                            Screen::Journal(session) => session.error(message),
                            _ => self.screen = Screen::Failed(Failure::new(message, &path)),
                        }
                    }
                }
            }
            Action::ExploreDemo => {
                let path = demo_path(&self.config.journal_path);
                self.screen = match open_demo(&self.config, &path, today) {
                    Ok(session) => Screen::Journal(Box::new(session)),
                    Err(error) => Screen::Failed(Failure::new(
                        format!("The demo journal could not be prepared: {error}"),
                        &path,
                    )),
                };
            }
            Action::RestoreBackup(backup) => {
                let path = self.config.journal_path.clone();
                self.screen = match restore_journal(&path, &backup, self.config.clock.now()) {
                    Ok(_) => Self::open_screen(&self.config, &path, false),
                    Err(error) => Screen::Failed(Failure::new(
                        format!("The backup could not be restored: {error}"),
                        &path,
                    )),
                };
            }
            Action::RetryOpen => {
                self.screen = if self.config.journal_path.exists() {
                    Self::open_screen(&self.config, &self.config.journal_path, false)
                } else {
                    Screen::Welcome
                };
            }
            Action::BackupNow => {
                let now = self.config.clock.now();
                if let Screen::Journal(session) = &mut self.screen {
                    session.backup_now(now, today);
                }
            }
            Action::ConfirmImport => {
                let now = self.config.clock.now();
                if let Screen::Journal(session) = &mut self.screen {
                    session.confirm_import(now, today);
                }
            }
            Action::CloseDiscarding => {
                self.close_confirmed = true;
                self.asking_to_close = false;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            action => {
                if let Screen::Journal(session) = &mut self.screen {
                    session.apply(action, today);
                }
            }
        }
    }

    /// Asks before closing when there are unsaved changes.
    fn close_guard_ui(&mut self, ctx: &Context, actions: &mut Vec<Action>) {
        let Screen::Journal(session) = &self.screen else {
            return;
        };
        let unsaved = session.unsaved_summary(self.today());
        if ctx.input(|input| input.viewport().close_requested())
            && !self.close_confirmed
            && !unsaved.is_empty()
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.asking_to_close = true;
        }
        if !self.asking_to_close {
            return;
        }
        egui::Modal::new(egui::Id::unique("confirm_close")).show(ctx, |ui| {
            ui.heading("Unsaved changes");
            ui.label("These changes are not saved yet:");
            for line in &unsaved {
                ui.label(format!("• {line}"));
            }
            ui.horizontal(|ui| {
                if ui.button("Keep editing").clicked() {
                    self.asking_to_close = false;
                }
                if ui.button("Close without saving").clicked() {
                    actions.push(Action::CloseDiscarding);
                }
            });
        });
    }
}

impl eframe::App for ReliefApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.apply_display(&ctx);
        let today = self.today();
        let mut actions = Vec::new();
        match &mut self.screen {
            Screen::Welcome => {
                egui::CentralPanel::default().show(ui, |ui| {
                    welcome_ui(ui, &self.config.journal_path, &mut actions);
                });
            }
            Screen::Failed(failure) => {
                egui::CentralPanel::default().show(ui, |ui| failed_ui(ui, failure, &mut actions));
            }
            Screen::Journal(session) => {
                let focused = ui.input(|input| {
                    input
                        .events
                        .iter()
                        .any(|event| matches!(event, egui::Event::WindowFocused(true)))
                });
                if focused {
                    session.reload_if_changed_elsewhere(today);
                }
                if session.data.analysed_on != today {
                    session.reload(today);
                }
                session.ui(ui, today, &mut actions);
            }
        }
        self.close_guard_ui(&ctx, &mut actions);
        for action in actions {
            self.apply(action, &ctx, today);
        }
        if let Some(screenshot) = &mut self.screenshot {
            screenshot.after_frame(&ctx);
        }
        if !self.first_frame_logged {
            self.first_frame_logged = true;
            log::info!(
                "first frame drawn {} ms after start",
                self.config.started.elapsed().as_millis()
            );
        }
    }
}

/// Why the journal could not be opened, and the newest backup that could replace it.
struct Failure {
    message: String,
    latest_backup: Option<BackupInfo>,
}

impl Failure {
    /// Looks up the newest backup of the journal at `path` once, when the failure happens.
    fn new(message: String, path: &Path) -> Self {
        let latest_backup = list_backups(path)
            .ok()
            .and_then(|backups| backups.into_iter().next());
        Self {
            message,
            latest_backup,
        }
    }
}

fn failed_ui(ui: &mut Ui, failure: &Failure, actions: &mut Vec<Action>) {
    ui.add_space(40.0);
    ui.heading("Your journal could not be opened");
    ui.add_space(8.0);
    ui.label(&failure.message);
    ui.add_space(8.0);
    if let Some(backup) = &failure.latest_backup {
        ui.label(format!(
            "A backup from {} is available. Restoring it moves the file that could not be opened \
             aside, unchanged, and opens the backup.",
            backup.taken_at.format("%-d %b %Y, %H:%M")
        ));
        ui.add_space(4.0);
        if ui.button("Restore the latest backup").clicked() {
            actions.push(Action::RestoreBackup(backup.path.clone()));
        }
    }
    if ui.button("Try again").clicked() {
        actions.push(Action::RetryOpen);
    }
}

fn open_error_message(path: &Path, error: &StoreError) -> String {
    match error {
        StoreError::Io { .. } | StoreError::Sqlite(_) => format!(
            "{} could not be opened ({error}). Check that the folder exists and that you may write to it.",
            path.display()
        ),
        _ => error.to_string(),
    }
}

fn open_session(config: &AppConfig, path: &Path, demo: bool) -> Result<Session, StoreError> {
    let store = Store::open(path)?;
    let rollover = store.settings()?.day_rollover_hour;
    let today = journal_day(config.clock.now(), rollover);
    // The daily backup of the real journal (the demo needs none); a failure is shown, not fatal.
    let backup_error = if demo {
        None
    } else {
        store.daily_backup(config.clock.now()).err()
    };
    let data = JournalData::load(&store, today)?;
    let data_version = store.data_version()?;
    Ok(Session {
        today: TodayState::new(&data, today),
        history: HistoryState::new(today),
        infusions: InfusionsState::new(today),
        charts: ChartsState::default(),
        report: ReportState::new(&data, today),
        settings: SettingsState::new(&data.settings),
        view: config.start_view,
        store,
        demo,
        data,
        notice: backup_error.map(|error| Notice {
            text: format!(
                "Today's automatic backup could not be taken ({error}). Your journal itself is fine."
            ),
            error: true,
        }),
        undo: None,
        data_version,
    })
}

/// Writes a fresh demo journal (the demo file only ever holds demo data) and opens it.
fn open_demo(config: &AppConfig, path: &Path, today: NaiveDate) -> Result<Session, StoreError> {
    let mut store = Store::open(path)?;
    store.replace_journal(&demo_journal(today, DEMO_YEARS, DEFAULT_SEED))?;
    drop(store);
    let mut session = open_session(config, path, true)?;
    session.view = View::Today;
    Ok(session)
}

impl Session {
    fn info(&mut self, text: String) {
        self.notice = Some(Notice { text, error: false });
    }

    fn error(&mut self, text: String) {
        self.notice = Some(Notice { text, error: true });
    }

    /// Reloads the journal and re-runs the analysis; views follow the new data.
    /// Takes a backup on request and lists it in Settings.
    fn backup_now(&mut self, now: chrono::NaiveDateTime, today: NaiveDate) {
        match self.store.backup(now, BackupReason::Manual) {
            Ok(Some(path)) => {
                self.reload(today);
                self.info(format!("Backed up the journal to {}.", path.display()));
            }
            Ok(None) => {
                self.info("This journal is not saved to a file, so it has no backups.".into())
            }
            Err(error) => self.error(format!("The backup could not be taken: {error}")),
        }
    }

    /// Reloads the journal when another process (the command line, a second window) wrote to
    /// it since this session last read it.
    fn reload_if_changed_elsewhere(&mut self, today: NaiveDate) {
        match self.store.data_version() {
            Ok(version) if version != self.data_version => {
                self.data_version = version;
                self.reload(today);
            }
            Ok(_) => {}
            Err(error) => self.error(format!("The journal could not be read: {error}")),
        }
    }

    fn reload(&mut self, today: NaiveDate) {
        match JournalData::load(&self.store, today) {
            Ok(data) => {
                self.data = data;
                self.today.sync(&self.data);
                self.settings.sync(&self.data.settings);
            }
            Err(error) => self.error(format!("The journal could not be read: {error}")),
        }
    }

    /// Unsaved changes, one line each (for the close question).
    fn unsaved_summary(&self, today: NaiveDate) -> Vec<String> {
        let mut lines: Vec<String> = self
            .today
            .unsaved_days()
            .into_iter()
            .map(|date| format!("the entry for {}", day_label(date)))
            .collect();
        if self.infusions.is_modified(&self.data, today) {
            lines.push("the infusion form".to_owned());
        }
        if self.settings.is_modified() {
            lines.push("settings".to_owned());
        }
        lines
    }

    fn apply(&mut self, action: Action, today: NaiveDate) {
        match action {
            Action::SaveEntry(entry) => match self.store.save_entry(&entry) {
                Ok(outcome) => {
                    let verb = match outcome {
                        SaveOutcome::Added => "Saved",
                        SaveOutcome::Replaced => "Updated",
                    };
                    self.info(format!(
                        "{verb} {}: pain {}.",
                        day_label(entry.date),
                        entry.pain.get()
                    ));
                    self.reload(today);
                }
                Err(error) => self.error(format!(
                    "{} was not saved: {error}. Your changes are still in the form.",
                    day_label(entry.date)
                )),
            },
            Action::DeleteEntry(date) => match self.store.delete_entry(date) {
                Ok(Some(entry)) => {
                    self.info(format!("Deleted the entry for {}.", day_label(date)));
                    self.undo = Some(Undo::Entry(entry));
                    self.reload(today);
                }
                Ok(None) => self.error(format!(
                    "There was no entry for {} to delete.",
                    day_label(date)
                )),
                Err(error) => self.error(format!(
                    "The entry for {} was not deleted: {error}",
                    day_label(date)
                )),
            },
            Action::AddInfusion(infusion) => match self.store.add_infusion(&infusion) {
                Ok(_) => {
                    self.info(format!(
                        "Added the {} infusion on {}.",
                        infusion.status,
                        day_label(infusion.date)
                    ));
                    self.infusions.saved(today);
                    self.reload(today);
                }
                Err(error) => self.error(format!("The infusion was not added: {error}")),
            },
            Action::UpdateInfusion(id, infusion) => match self.store.update_infusion(id, &infusion)
            {
                Ok(true) => {
                    self.info(format!(
                        "Saved the infusion on {}.",
                        day_label(infusion.date)
                    ));
                    self.infusions.saved(today);
                    self.reload(today);
                }
                Ok(false) => self.error("That infusion no longer exists; add it again.".to_owned()),
                Err(error) => self.error(format!("The infusion was not saved: {error}")),
            },
            Action::DeleteInfusion(id) => match self.store.delete_infusion(id) {
                Ok(Some(infusion)) => {
                    self.info(format!(
                        "Deleted the infusion on {}.",
                        day_label(infusion.date)
                    ));
                    self.undo = Some(Undo::Infusion(infusion));
                    self.reload(today);
                }
                Ok(None) => self.error("That infusion was already deleted.".to_owned()),
                Err(error) => self.error(format!("The infusion was not deleted: {error}")),
            },
            Action::SaveSettings(settings) => match self.store.save_settings(&settings) {
                Ok(()) => {
                    self.settings.error = None;
                    self.info("Settings saved.".to_owned());
                    self.reload(today);
                }
                Err(error) => self.error(format!("Settings were not saved: {error}")),
            },
            Action::Undo => self.undo(today),
            Action::ShowView(view) => self.view = view,
            Action::OpenDay(date) => {
                self.view = View::Today;
                self.today.go_to(&self.data, date);
            }
            Action::OpenFolder(path) => {
                if let Err(error) = crate::platform::open_containing_folder(&path) {
                    self.error(format!("The folder could not be opened: {error}"));
                }
            }
            Action::ChooseFile(target) => self.choose_file(target, today),
            Action::SaveReport(path, options) => {
                let outcome = files::save_report(&self.data, &path, &options);
                self.report_outcome(outcome);
            }
            Action::SaveChart(path, kind, range) => {
                let outcome = files::save_chart_image(&self.data, &path, kind, range);
                self.report_outcome(outcome);
            }
            Action::Export(path, kind) => {
                let outcome = files::export(&self.data, &path, kind);
                self.report_outcome(outcome);
            }
            Action::PreviewImport(path) => match ImportPreview::read(&path, &self.data) {
                Ok(preview) => {
                    self.notice = None;
                    self.report.preview = Some(preview);
                }
                Err(error) => {
                    self.report.preview = None;
                    self.error(format!("{error}. Nothing was imported."));
                }
            },
            Action::CancelImport => {
                self.report.preview = None;
                self.info("Import cancelled; nothing changed.".to_owned());
            }
            Action::StartJournal
            | Action::ExploreDemo
            | Action::RetryOpen
            | Action::RestoreBackup(_)
            | Action::ConfirmImport
            | Action::BackupNow
            | Action::CloseDiscarding => {}
        }
    }

    fn report_outcome(&mut self, outcome: Result<String, String>) {
        match outcome {
            Ok(text) => self.info(text),
            Err(text) => self.error(text),
        }
    }

    /// Asks the system's file dialog for a file, then saves, exports or previews with it.
    fn choose_file(&mut self, target: FileTarget, today: NaiveDate) {
        let suggested = match target {
            FileTarget::ReportPdf => format!("relief-report-{today}.pdf"),
            FileTarget::ChartImage => format!("relief-chart-{today}.png"),
            FileTarget::Export => {
                format!("relief-journal-{today}.{}", self.report.export.extension())
            }
            FileTarget::Import => String::new(),
        };
        let Some(path) = files::choose_file(target, &suggested) else {
            self.info(
                "No file was chosen. If no dialog appeared, type a path in the field next to the button."
                    .to_owned(),
            );
            return;
        };
        self.report.set_path(target, &path);
        let follow = match target {
            FileTarget::ReportPdf => {
                Action::SaveReport(path, self.report.options(&self.data, today))
            }
            FileTarget::ChartImage => Action::SaveChart(
                path,
                self.report.chart,
                Some(self.report.period_range(&self.data, today)),
            ),
            FileTarget::Export => Action::Export(path, self.report.export),
            FileTarget::Import => Action::PreviewImport(path),
        };
        self.apply(follow, today);
    }

    /// Imports the previewed file after a backup; nothing happens without a preview.
    fn confirm_import(&mut self, now: chrono::NaiveDateTime, today: NaiveDate) {
        let Some(preview) = self.report.preview.take() else {
            return;
        };
        match files::import(&mut self.store, &preview, now) {
            Ok(text) => {
                self.info(text);
                self.reload(today);
            }
            Err(text) => {
                self.error(text);
                self.report.preview = Some(preview);
            }
        }
    }

    fn undo(&mut self, today: NaiveDate) {
        let Some(undo) = self.undo.take() else {
            return;
        };
        match undo {
            Undo::Entry(entry) => match self.store.save_entry(&entry) {
                Ok(_) => {
                    self.info(format!("Restored the entry for {}.", day_label(entry.date)));
                    self.reload(today);
                }
                Err(error) => {
                    self.error(format!("The entry could not be restored: {error}"));
                    self.undo = Some(Undo::Entry(entry));
                }
            },
            Undo::Infusion(infusion) => match self.store.add_infusion(&infusion) {
                Ok(_) => {
                    self.info(format!(
                        "Restored the infusion on {}.",
                        day_label(infusion.date)
                    ));
                    self.reload(today);
                }
                Err(error) => {
                    self.error(format!("The infusion could not be restored: {error}"));
                    self.undo = Some(Undo::Infusion(infusion));
                }
            },
        }
    }

    /// Draws the journal: banners, side bar and the current view.
    fn ui(&mut self, ui: &mut Ui, today: NaiveDate, actions: &mut Vec<Action>) {
        self.shortcuts(ui, actions);
        if self.demo {
            demo_banner_ui(ui, actions);
        }
        self.notice_ui(ui, actions);
        self.side_bar_ui(ui, today, actions);
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
                };
                settings_ui(ui, &mut self.settings, file, actions);
            }
        });
    }

    /// Ctrl+1..6 show a view (in side-bar order); Ctrl+Z undoes the last delete (outside text fields).
    fn shortcuts(&mut self, ui: &Ui, actions: &mut Vec<Action>) {
        for view in View::ALL {
            if ui.input_mut(|input| input.consume_key(Modifiers::COMMAND, view.shortcut_key())) {
                actions.push(Action::ShowView(view));
            }
        }
        if self.undo.is_some()
            && !ui.ctx().text_edit_focused()
            && ui.input_mut(|input| input.consume_key(Modifiers::COMMAND, Key::Z))
        {
            actions.push(Action::Undo);
        }
    }

    fn notice_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        if self.notice.is_none() && self.undo.is_none() {
            return;
        }
        egui::Panel::top("notice").show(ui, |ui| {
            ui.horizontal(|ui| {
                if let Some(notice) = &self.notice {
                    let mut text = RichText::new(&notice.text);
                    if notice.error {
                        text = text.color(theme::error_color(ui.visuals().dark_mode));
                    }
                    ui.label(text);
                }
                if self.undo.is_some() && ui.button("Undo").on_hover_text("Ctrl+Z").clicked() {
                    actions.push(Action::Undo);
                }
                if ui.small_button("Dismiss").clicked() {
                    self.notice = None;
                    self.undo = None;
                }
            });
        });
    }

    fn side_bar_ui(&mut self, ui: &mut Ui, today: NaiveDate, actions: &mut Vec<Action>) {
        let unsaved_today = !self.today.unsaved_days().is_empty();
        let unsaved_infusion = self.infusions.is_modified(&self.data, today);
        let unsaved_settings = self.settings.is_modified();
        egui::Panel::left("views")
            .resizable(false)
            .exact_size(170.0)
            .show(ui, |ui| {
                ui.add_space(8.0);
                ui.label(RichText::new("Relief Journal").size(18.0).strong());
                ui.add_space(8.0);
                for (index, view) in View::ALL.into_iter().enumerate() {
                    let unsaved = match view {
                        View::Today => unsaved_today,
                        View::Infusions => unsaved_infusion,
                        View::Settings => unsaved_settings,
                        View::History | View::Charts | View::Report => false,
                    };
                    let (text, name) = if unsaved {
                        (
                            format!("{} •", view.title()),
                            format!("{} (unsaved changes)", view.title()),
                        )
                    } else {
                        (view.title().to_owned(), view.title().to_owned())
                    };
                    let button =
                        egui::Button::selectable(self.view == view, RichText::new(text).size(17.0))
                            .min_size([150.0, 34.0].into());
                    let response = ui
                        .add(button)
                        .on_hover_text(format!("Ctrl+{}", index + 1))
                        .accessible_name(name);
                    if response.clicked() {
                        actions.push(Action::ShowView(view));
                    }
                }
                if unsaved_today || unsaved_infusion || unsaved_settings {
                    ui.add_space(8.0);
                    ui.small("• unsaved changes, kept while you look elsewhere");
                }
            });
    }
}

fn demo_banner_ui(ui: &mut Ui, actions: &mut Vec<Action>) {
    let (fill, text) = theme::demo_banner_colors(ui.visuals().dark_mode);
    egui::Panel::top("demo_banner")
        .frame(egui::Frame::new().fill(fill).inner_margin(8.0))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new("DEMO DATA: a made-up journal for exploring. Your own journal is not touched.")
                        .strong()
                        .color(text),
                );
                if ui.button("Start my own journal").clicked() {
                    actions.push(Action::StartJournal);
                }
            });
        });
}
