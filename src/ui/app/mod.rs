//! The eframe app: which screen is shown (`screen.rs`: the welcome, an open journal from
//! `session/`, the failure screen from `failure.rs` or the lock screen), the frame that draws it,
//! the command table's one handler and the actions of the views: those that change the screen
//! (`screen.rs`), restore a backup or a kept journal (`restore_flow.rs`), lock and unlock
//! (`lock_flow.rs`) and the question before closing with unsaved changes (`close.rs`). Every other action goes to the open session.

mod close;
mod lock_flow;
mod restore_flow;
mod screen;

use eframe::egui;
use std::path::Path;

use chrono::NaiveDate;
use egui::{Context, Ui, ViewportCommand};

use crate::domain::{Locale, Settings, journal_day};
use crate::t;
use crate::wording::language;

use super::actions::Action;
use super::charts::ChartsState;
use super::commands::{Command, pressed_commands};
use super::failure::failed_ui;
use super::lock::{IdleTimer, LockState, lock_ui};
use super::report::ReportState;
use super::screenshot::{Screenshot, ScreenshotOutcome};
use super::welcome::welcome_ui;
use super::{AppConfig, View, theme};
use screen::Screen;

/// The Relief Journal desktop app.
pub struct ReliefApp {
    config: AppConfig,
    screen: Screen,
    screenshot: Option<Screenshot>,
    applied_display: Option<(crate::domain::Theme, f32)>,
    /// What the window's title was last set for: demo data or not, in which language.
    titled: Option<(bool, Locale)>,
    first_frame_logged: bool,
    /// Whether the window was fitted to its monitor (once, when the monitor's size is known).
    window_fitted: bool,
    /// The text size of the last pass, while the window is not fitted yet.
    zoom_last_pass: Option<f32>,
    /// The question asked before closing with unsaved changes, while it is shown.
    asking_to_close: Option<close::CloseQuestion>,
    close_confirmed: bool,
    /// When a protected journal locks itself.
    idle: IdleTimer,
    /// The language the open journal's words were made in; when the patient's language
    /// changes, they are made again.
    worded_in: Option<Locale>,
    /// The question for the passphrase of a file to restore, while it is asked.
    restore_question: Option<restore_flow::RestoreQuestion>,
}

impl ReliefApp {
    /// Builds the app: opens the journal if its file exists, otherwise shows the welcome.
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        theme::install_fonts(&cc.egui_ctx);
        // The zoom keys are commands of the app's own (`commands.rs`), which keep the size in
        // the settings.
        cc.egui_ctx
            .options_mut(|options| options.zoom_with_keyboard = false);
        // Words made while opening (a failure's message) are in the system's language: no
        // journal's setting is known before it opens, and an open journal words its own.
        let screen =
            language::with_locale(Locale::from_preferences(&config.system_locales), || {
                if config.journal_path.exists() {
                    Self::open_screen(&config, &config.journal_path, false)
                } else {
                    Screen::Welcome
                }
            });
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
            titled: None,
            first_frame_logged: false,
            window_fitted: false,
            zoom_last_pass: None,
            asking_to_close: None,
            close_confirmed: false,
            idle: IdleTimer::new(config_now),
            worded_in: None,
            restore_question: None,
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

    /// Whether the window was told to close (after the question about unsaved changes, when
    /// there were any).
    pub fn is_closing(&self) -> bool {
        self.close_confirmed
    }

    /// Whether the question before closing with unsaved changes is shown.
    pub fn is_asking_to_close(&self) -> bool {
        self.asking_to_close.is_some()
    }

    /// Whether the lock screen of a protected journal is shown.
    pub fn is_locked(&self) -> bool {
        matches!(self.screen, Screen::Locked(_))
    }

    /// Whether the passphrase is being set, changed or removed (the journal is closed meanwhile
    /// and the progress shown).
    pub fn is_changing_passphrase(&self) -> bool {
        matches!(self.screen, Screen::Converting(_))
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

    /// Waits until the background sync has finished everything asked of it; its results show
    /// on the next frame (for tests: the app itself never waits).
    pub fn wait_for_sync(&mut self) {
        if let Screen::Journal(session) = &mut self.screen {
            session.sync.wait();
        }
    }

    /// The message in the notice bar, if any.
    pub fn notice(&self) -> Option<&str> {
        match &self.screen {
            Screen::Journal(session) => session.notice.as_ref().map(|notice| notice.text.as_str()),
            Screen::Failed(failure) => Some(&failure.message),
            Screen::Welcome | Screen::Locked(_) | Screen::Converting(_) => None,
        }
    }

    /// The file of the journal shown, if one is open.
    pub fn open_file(&self) -> Option<&Path> {
        match &self.screen {
            Screen::Journal(session) => session.store.path(),
            _ => None,
        }
    }

    /// The language and region the app speaks: the open journal's setting (also behind the
    /// lock screen, once it was open), else the system's.
    pub fn locale(&self) -> Locale {
        match &self.screen {
            Screen::Journal(session) => session.locale(),
            Screen::Locked(LockState {
                session: Some(session),
                ..
            }) => session.locale(),
            Screen::Converting(work) => work.locale,
            _ => Locale::from_preferences(&self.config.system_locales),
        }
    }

    /// Today's journal day, by the clock and the day-rollover hour.
    pub fn today(&self) -> NaiveDate {
        let rollover = match &self.screen {
            Screen::Journal(session) => session.data.settings.day_rollover_hour,
            Screen::Converting(work) => work.settings.day_rollover_hour,
            _ => Settings::default().day_rollover_hour,
        };
        journal_day(self.config.clock.now(), rollover)
    }

    fn apply_display(&mut self, ctx: &Context) {
        let settings = match &self.screen {
            Screen::Journal(session) => session.data.settings.clone(),
            Screen::Converting(work) => work.settings.clone(),
            _ => Settings::default(),
        };
        let wanted = (settings.theme, settings.text_scale);
        if self.applied_display != Some(wanted) {
            theme::apply(ctx, &settings);
            self.applied_display = Some(wanted);
        }
        let titled = (self.is_demo(), language::current_locale());
        if self.titled != Some(titled) {
            let title = if titled.0 {
                t!("app-window-title-demo")
            } else {
                t!("app-window-title")
            };
            ctx.send_viewport_cmd(ViewportCommand::Title(title));
            self.titled = Some(titled);
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
            // Nothing can be asked for until the journal opens again.
            Screen::Converting(_) => false,
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
            Screen::Welcome | Screen::Failed(_) | Screen::Locked(_) | Screen::Converting(_) => {
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
                Screen::Welcome | Screen::Failed(_) | Screen::Locked(_) | Screen::Converting(_) => {
                    log::warn!("ignored {action:?}: no journal is open");
                }
            },
            Action::Navigate(navigation) => match &mut self.screen {
                Screen::Journal(session) => session.navigate(navigation, today),
                Screen::Welcome | Screen::Failed(_) | Screen::Locked(_) | Screen::Converting(_) => {
                    log::warn!("ignored {navigation:?}: no journal is open");
                }
            },
            Action::Command(command) => self.run_command(command, ctx, today),
        }
    }
}

impl eframe::App for ReliefApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let locale = self.locale();
        let _language = language::enter(locale);
        self.apply_display(&ctx);
        if !self.window_fitted {
            // Only once the text size has been the same for a whole pass: the window's and the
            // monitor's sizes are read in points at the text size before the pass, and sizes
            // sent are turned into pixels at the text size when the frame ends; a text size set
            // in a pass applies from the next, which may be in the same frame.
            let zoom = ctx.zoom_factor();
            let settled = self.zoom_last_pass == Some(zoom);
            self.zoom_last_pass = Some(zoom);
            if settled {
                self.window_fitted = super::window::fit_to_monitor(&ctx);
            } else {
                // Another pass soon, to fit the window once the text size has settled.
                ctx.request_repaint();
            }
        }
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
        self.finish_protection_change(&ctx);
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
                if session.data.analysed_on != today || self.worded_in != Some(locale) {
                    session.reload(today);
                    self.worded_in = Some(locale);
                }
                session.ui(ui, today, &mut actions);
            }
            Screen::Converting(work) => Self::protection_progress_ui(work, ui),
        }
        self.close_guard_ui(&ctx, &mut actions);
        self.restore_question_ui(&ctx, &mut actions);
        for action in actions {
            self.apply(action, &ctx, today);
        }
        // A language chosen in Settings shows at once, not at the next input.
        if self.locale() != locale {
            ctx.request_repaint();
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
