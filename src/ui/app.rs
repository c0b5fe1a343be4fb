//! The eframe app: which screen is shown (the welcome, an open journal from `session.rs`, or the
//! failure screen from `failure.rs`), the actions that change the screen (start, demo, restore,
//! retry, close) and the question before closing with unsaved changes. Every other action goes to
//! the open session.

use eframe::egui;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use egui::{Context, Ui, ViewportCommand};

use crate::domain::{Settings, journal_day};
use crate::store::{
    FileKind, Passphrase, StoreError, change_protection, file_kind, move_aside,
    restore_journal_with,
};

use super::actions::{Action, ScreenAction};
use super::charts::ChartsState;
use super::commands::{Command, pressed_commands};
use super::failure::{Failure, failed_ui, open_error_message};
use super::lock::{IdleTimer, LockState, lock_ui};
use super::report::ReportState;
use super::screenshot::{Screenshot, ScreenshotOutcome};
use super::session::{Session, open_demo, open_session, open_session_with};
use super::welcome::welcome_ui;
use super::{AppConfig, View, theme};

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

/// Said when a new journal is started: the passphrase is offered, never required.
const FIRST_RUN_PASSPHRASE_OFFER: &str = "Your journal is ready. If others use this computer, you can protect it with a passphrase in Settings (Passphrase); it is optional.";

/// The Relief Journal desktop app.
pub struct ReliefApp {
    config: AppConfig,
    screen: Screen,
    screenshot: Option<Screenshot>,
    applied_display: Option<(crate::domain::Theme, f32)>,
    title_demo: Option<bool>,
    first_frame_logged: bool,
    /// Whether the window was fitted to its monitor (once, when the monitor's size is known).
    window_fitted: bool,
    /// The unsaved changes, one line each, while asking before closing; worded once, when the
    /// window was asked to close.
    asking_to_close: Option<Vec<String>>,
    close_confirmed: bool,
    /// When a protected journal locks itself.
    idle: IdleTimer,
}

/// What the window shows.
enum Screen {
    /// No journal yet: the first-run welcome.
    Welcome,
    /// A journal (real or demo) is open.
    Journal(Box<Session>),
    /// The journal could not be opened; the message says why and what to do.
    Failed(Failure),
    /// A journal protected by a passphrase, locked: nothing of it is shown.
    Locked(LockState),
}

impl ReliefApp {
    /// Builds the app: opens the journal if its file exists, otherwise shows the welcome.
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        theme::install_fonts(&cc.egui_ctx);
        // The zoom keys are commands of the app's own (`commands.rs`), which keep the size in
        // the settings.
        cc.egui_ctx
            .options_mut(|options| options.zoom_with_keyboard = false);
        let screen = if config.journal_path.exists() {
            Self::open_screen(&config, &config.journal_path, false)
        } else {
            Screen::Welcome
        };
        let screenshot = config
            .screenshot
            .clone()
            .map(|path| Screenshot::new(path, ScreenshotOutcome::default()));
        let config_now = config.clock.now();
        Self {
            config,
            screen,
            screenshot,
            applied_display: None,
            title_demo: None,
            first_frame_logged: false,
            window_fitted: false,
            asking_to_close: None,
            close_confirmed: false,
            idle: IdleTimer::new(config_now),
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

    /// Whether the lock screen of a protected journal is shown.
    pub fn is_locked(&self) -> bool {
        matches!(self.screen, Screen::Locked(_))
    }

    /// The lock screen's message (a wrong passphrase, say), when it shows one.
    pub fn lock_message(&self) -> Option<&str> {
        match &self.screen {
            Screen::Locked(lock) => lock.error(),
            _ => None,
        }
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
            Screen::Welcome | Screen::Locked(_) => None,
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
        // A protected journal opens on the lock screen; nothing is read before the passphrase.
        if !demo && matches!(file_kind(path), Ok(FileKind::Protected)) {
            return Screen::Locked(LockState::new(path, None));
        }
        match open_session(config, path, demo) {
            Ok(session) => Screen::Journal(Box::new(session)),
            Err(error) => Screen::Failed(Failure::opening(path, &error)),
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

    /// Whether `command` can be asked for now: on the welcome and failure screens only the
    /// text size can change.
    fn command_available(&self, command: Command) -> bool {
        match &self.screen {
            Screen::Journal(session) => session.command_available(command),
            Screen::Welcome | Screen::Failed(_) | Screen::Locked(_) => {
                command.text_scale_after(1.0).is_some()
            }
        }
    }

    /// Carries out a command from the table: locks the open journal, runs the others in it, or
    /// (the text size, which is not kept without a journal) on the welcome and failure screens.
    fn run_command(&mut self, command: Command, ctx: &Context, today: NaiveDate) {
        match &mut self.screen {
            Screen::Journal(_) if command == Command::Lock => self.lock(ctx),
            Screen::Journal(session) => {
                session.run_command(command, ctx, self.config.clock.now(), today);
            }
            Screen::Welcome | Screen::Failed(_) | Screen::Locked(_) => {
                match command.text_scale_after(ctx.zoom_factor()) {
                    Some(scale) => ctx.set_zoom_factor(scale),
                    None => log::warn!("ignored {command:?}: no journal is open"),
                }
            }
        }
    }

    /// Applies one action from the views: screen changes here, journal actions in the session.
    fn apply(&mut self, action: Action, ctx: &Context, today: NaiveDate) {
        match action {
            Action::Screen(action) => self.apply_screen(action, ctx, today),
            Action::Journal(action) => match &mut self.screen {
                Screen::Journal(session) => session.apply(action, self.config.clock.now(), today),
                Screen::Welcome | Screen::Failed(_) | Screen::Locked(_) => {
                    log::warn!("ignored {action:?}: no journal is open");
                }
            },
            Action::Navigate(navigation) => match &mut self.screen {
                Screen::Journal(session) => session.navigate(navigation, today),
                Screen::Welcome | Screen::Failed(_) | Screen::Locked(_) => {
                    log::warn!("ignored {navigation:?}: no journal is open");
                }
            },
            Action::Command(command) => self.run_command(command, ctx, today),
        }
    }

    /// Applies one action that changes the screen.
    fn apply_screen(&mut self, action: ScreenAction, ctx: &Context, today: NaiveDate) {
        // The screen shown next applies its own text size and theme.
        self.applied_display = None;
        match action {
            ScreenAction::StartJournal { treatment_started } => {
                let path = self.config.journal_path.clone();
                match open_session(&self.config, &path, false) {
                    Ok(mut session) => {
                        if treatment_started {
                            session.open_setup();
                        }
                        session.offer_reminder();
                        if !session.store.is_protected()
                            && session.data.entries.is_empty()
                            && session.data.infusions.is_empty()
                        {
                            session.info(FIRST_RUN_PASSPHRASE_OFFER.to_owned());
                        }
                        self.screen = Screen::Journal(Box::new(session));
                    }
                    Err(error) => match &mut self.screen {
                        Screen::Journal(session) => {
                            session.error(open_error_message(&path, &error));
                        }
                        Screen::Welcome | Screen::Failed(_) | Screen::Locked(_) => {
                            self.screen = Screen::Failed(Failure::opening(&path, &error))
                        }
                    },
                }
            }
            ScreenAction::ExploreDemo => {
                let path = demo_path(&self.config.journal_path);
                self.screen = match open_demo(&self.config, &path, today) {
                    Ok(session) => Screen::Journal(Box::new(session)),
                    Err(error) => Screen::Failed(Failure::new(
                        format!("The demo journal could not be prepared: {error}"),
                        &path,
                    )),
                };
            }
            ScreenAction::RestoreBackup(backup) => {
                let path = self.config.journal_path.clone();
                let passphrase = match &self.screen {
                    Screen::Journal(session) => session.store.passphrase().cloned(),
                    Screen::Failed(failure) => failure.passphrase.clone(),
                    _ => None,
                };
                let now = self.config.clock.now();
                self.screen = match restore_journal_with(&path, &backup, passphrase.as_ref(), now) {
                    Ok(_) => Self::open_screen(&self.config, &path, false),
                    Err(error) => Screen::Failed(Failure::new(
                        format!("The backup could not be restored: {error}"),
                        &path,
                    )),
                };
            }
            ScreenAction::LeaveDemo | ScreenAction::RetryOpen => {
                self.screen = if self.config.journal_path.exists() {
                    Self::open_screen(&self.config, &self.config.journal_path, false)
                } else {
                    Screen::Welcome
                };
            }
            ScreenAction::Unlock(passphrase) => self.unlock(&passphrase),
            ScreenAction::ChangeProtection { current, new } => {
                self.change_protection(current.as_ref(), new.as_ref());
            }
            ScreenAction::StartOverKeepingLocked => {
                let path = self.config.journal_path.clone();
                self.screen = match move_aside(&path, self.config.clock.now()) {
                    Ok(_) => Screen::Welcome,
                    Err(error) => Screen::Failed(Failure::new(
                        format!("The locked journal could not be renamed: {error}"),
                        &path,
                    )),
                };
            }
            ScreenAction::CloseDiscarding => {
                self.close_confirmed = true;
                self.asking_to_close = None;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    /// Opens the locked journal with `passphrase`: the session kept while locked comes back as it
    /// was; at start, the journal is opened. A wrong passphrase says so and changes nothing.
    fn unlock(&mut self, passphrase: &crate::store::Passphrase) {
        let Screen::Locked(lock) = &mut self.screen else {
            return;
        };
        if let Some(session) = &lock.session {
            if session.store.is_passphrase(passphrase) {
                if let Screen::Locked(LockState {
                    session: Some(session),
                    ..
                }) = std::mem::replace(&mut self.screen, Screen::Welcome)
                {
                    self.screen = Screen::Journal(session);
                }
                self.idle = IdleTimer::new(self.config.clock.now());
            } else {
                lock.wrong();
            }
            return;
        }
        let path = lock.path.clone();
        match open_session_with(&self.config, &path, false, Some(passphrase)) {
            Ok(session) => {
                self.screen = Screen::Journal(Box::new(session));
                self.idle = IdleTimer::new(self.config.clock.now());
            }
            Err(StoreError::WrongPassphrase { .. }) => lock.wrong(),
            Err(error) => {
                let mut failure = Failure::opening(&path, &error);
                failure.passphrase = Some(passphrase.clone());
                self.screen = Screen::Failed(failure);
            }
        }
    }

    /// Sets, changes or removes the passphrase of the open journal: checks `current` against it,
    /// closes it, converts it and opens it again on the same view with what happened said in
    /// the message bar. A wrong current passphrase changes nothing.
    fn change_protection(&mut self, current: Option<&Passphrase>, new: Option<&Passphrase>) {
        let Screen::Journal(session) = &mut self.screen else {
            return;
        };
        let matches = match current {
            Some(current) => session.store.is_passphrase(current),
            None => !session.store.is_protected(),
        };
        if !matches {
            session.error(
                "That is not this journal's current passphrase; nothing was changed.".into(),
            );
            return;
        }
        let view = session.view;
        let path = self.config.journal_path.clone();
        // Closes the journal: the conversion needs it to itself.
        self.screen = Screen::Welcome;
        let result = change_protection(&path, current, new, self.config.clock.now());
        let (first, second) = if result.is_ok() {
            (new, current)
        } else {
            (current, new)
        };
        let reopened = match open_session_with(&self.config, &path, false, first) {
            Err(StoreError::WrongPassphrase { .. } | StoreError::Protected { .. }) => {
                open_session_with(&self.config, &path, false, second)
            }
            other => other,
        };
        let mut session = match reopened {
            Ok(session) => session,
            Err(error) => {
                self.screen = Screen::Failed(Failure::opening(&path, &error));
                return;
            }
        };
        session.view = view;
        match (result, new) {
            (Ok(change), Some(_)) => session.info(format!(
                "The journal is now encrypted with the passphrase, and so are its backups (backups converted: {}). Nobody can recover a lost passphrase.",
                change.backups_converted
            )),
            (Ok(change), None) => session.info(format!(
                "The passphrase was removed: the journal and its backups are plain files again (backups converted: {}).",
                change.backups_converted
            )),
            (Err(error), _) => session.error(format!("The passphrase was not changed: {error}")),
        }
        self.idle = IdleTimer::new(self.config.clock.now());
        self.screen = Screen::Journal(Box::new(session));
    }

    /// Locks the open journal after the idle time, when it is protected by a passphrase.
    fn lock_if_idle(&mut self, ctx: &Context) {
        let Screen::Journal(session) = &self.screen else {
            return;
        };
        if session.demo || !session.store.is_protected() {
            return;
        }
        let minutes = session.data.settings.auto_lock_minutes;
        if self.idle.expired(ctx, self.config.clock.now(), minutes) {
            self.lock(ctx);
        }
    }

    /// Locks the open journal ([`Command::Lock`], or after the idle time): the session, with its
    /// drafts, waits behind the lock screen.
    fn lock(&mut self, ctx: &Context) {
        let path = self.config.journal_path.clone();
        if let Screen::Journal(session) = std::mem::replace(&mut self.screen, Screen::Welcome) {
            self.screen = Screen::Locked(LockState::new(&path, Some(session)));
            ctx.request_repaint();
        }
    }

    /// Asks before closing when there are unsaved changes.
    fn close_guard_ui(&mut self, ctx: &Context, actions: &mut Vec<Action>) {
        let Screen::Journal(session) = &self.screen else {
            return;
        };
        if ctx.input(|input| input.viewport().close_requested()) && !self.close_confirmed {
            let unsaved = session.unsaved_summary(self.today());
            if !unsaved.is_empty() {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.asking_to_close = Some(unsaved);
            }
        }
        let Some(unsaved) = &self.asking_to_close else {
            return;
        };
        let mut keep_editing = false;
        egui::Modal::new(egui::Id::unique("confirm_close")).show(ctx, |ui| {
            ui.heading("Unsaved changes");
            ui.label("These changes are not saved yet:");
            for line in unsaved {
                ui.label(format!("• {line}"));
            }
            ui.horizontal(|ui| {
                if ui.button("Keep editing").clicked() {
                    keep_editing = true;
                }
                if ui.button("Close without saving").clicked() {
                    actions.push(ScreenAction::CloseDiscarding.into());
                }
            });
        });
        if keep_editing {
            self.asking_to_close = None;
        }
    }
}

impl eframe::App for ReliefApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if !self.window_fitted {
            self.window_fitted = super::window::fit_to_monitor(&ctx);
        }
        self.apply_display(&ctx);
        let today = self.today();
        // Commands asked for by their keys are read before anything is drawn, so no view acts
        // on the same key.
        let mut actions: Vec<Action> = Vec::new();
        for command in pressed_commands(&ctx, |command| self.command_available(command)) {
            if command == Command::Lock {
                // Locked before the frame is drawn, so nothing of the journal shows after the key.
                self.run_command(command, &ctx, today);
            } else {
                actions.push(command.into());
            }
        }
        self.lock_if_idle(&ctx);
        match &mut self.screen {
            Screen::Welcome => {
                egui::CentralPanel::default().show(ui, |ui| {
                    welcome_ui(ui, &self.config.journal_path, &mut actions);
                });
            }
            Screen::Failed(failure) => {
                egui::CentralPanel::default().show(ui, |ui| failed_ui(ui, failure, &mut actions));
            }
            Screen::Locked(lock) => {
                egui::CentralPanel::default().show(ui, |ui| lock_ui(ui, lock, &mut actions));
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
