//! An open journal and the state of every view: applies the views' actions to the store,
//! reloads after changes, keeps notices and undo, and draws the side bar and the current view.

use eframe::egui;
use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};
use egui::{Key, Modifiers, RichText, Ui};

use crate::demo::{DEFAULT_SEED, demo_journal};
use crate::domain::{Entry, Infusion, Settings, journal_day};
use crate::store::{BackupReason, SaveOutcome, Store, StoreError};

use super::actions::{Action, FileTarget, JournalAction, ScreenAction, TreatmentSoFar};
use super::charts::{ChartsState, charts_ui};
use super::data::JournalData;
use super::files;
use super::history::{HistoryState, history_ui};
use super::import::PendingImport;
use super::infusions::{InfusionsState, infusions_ui};
use super::report::{ReportState, report_ui};
use super::settings::{JournalFile, SettingsState, settings_ui};
use super::setup::{SetupState, setup_ui};
use super::today::{TodayState, today_ui};
use super::widgets::day_label;
use super::{AppConfig, View, theme};

use super::app::DEMO_YEARS;

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
    pub(super) notice: Option<Notice>,
    undo: Option<Undo>,
    /// The question asked before writing a file to a typed path.
    write_question: Option<WriteQuestion>,
    /// The journal's data version when this session last read it; another process's write
    /// changes it.
    data_version: i64,
    /// Why the journal cannot be written, when it was opened for reading only: shown in a
    /// banner, and every action that would write is refused with it.
    read_only: Option<String>,
}

/// A message in the bar at the top.
pub(super) struct Notice {
    pub(super) text: String,
    error: bool,
    /// The view whose action made it; it is cleared when another view is shown. `None` for
    /// messages about the whole journal (a failed daily backup), kept until dismissed.
    view: Option<View>,
}

/// A question before writing to a typed path: its folder is missing or the file exists.
pub(super) struct WriteQuestion {
    action: JournalAction,
    /// The file that would be written.
    path: std::path::PathBuf,
    /// The folder that would be made first.
    missing_folder: Option<std::path::PathBuf>,
    /// Whether a file is already there.
    exists: bool,
}

/// The file a report, chart or export action writes (with the extension it adds when the path
/// has none).
fn written_path(action: &JournalAction) -> Option<std::path::PathBuf> {
    match action {
        JournalAction::SaveReport(path, _) => Some(files::with_extension(path, "pdf")),
        JournalAction::SaveChart(path, ..) => Some(files::with_extension(path, "png")),
        JournalAction::Export(path, kind) => Some(files::with_extension(path, kind.extension())),
        _ => None,
    }
}

/// What the last delete removed, so it can be put back.
enum Undo {
    Entry(Entry),
    Infusion(Infusion),
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
    let read_only = store.read_only().map(ToString::to_string);
    Ok(Session {
        read_only,
        today: TodayState::new(&data, today),
        history: HistoryState::new(today),
        infusions: InfusionsState::new(today),
        charts: ChartsState::default(),
        report: ReportState::new(&data, today),
        settings: SettingsState::new(&data.settings),
        setup: SetupState::new(&data.settings),
        setup_open: false,
        view: config.start_view,
        store,
        demo,
        data,
        notice: backup_error.map(|error| Notice {
            text: format!(
                "Today's automatic backup could not be taken ({error}). Your journal itself is fine."
            ),
            error: true,
            view: None,
        }),
        undo: None,
        write_question: None,
        data_version,
    })
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

impl Session {
    /// Shows "Your treatment so far" in place of the current view.
    pub(super) fn open_setup(&mut self) {
        self.setup_open = true;
    }

    pub(super) fn info(&mut self, text: String) {
        self.notice = Some(Notice {
            text,
            error: false,
            view: Some(self.view),
        });
    }

    pub(super) fn error(&mut self, text: String) {
        self.notice = Some(Notice {
            text,
            error: true,
            view: Some(self.view),
        });
    }

    /// Reloads the journal and re-runs the analysis; views follow the new data.
    /// Takes a backup on request and lists it in Settings.
    fn backup_now(&mut self, now: NaiveDateTime, today: NaiveDate) {
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
    pub(super) fn reload_if_changed_elsewhere(&mut self, today: NaiveDate) {
        match self.store.data_version() {
            Ok(version) if version != self.data_version => {
                self.data_version = version;
                self.reload(today);
            }
            Ok(_) => {}
            Err(error) => self.error(format!("The journal could not be read: {error}")),
        }
    }

    /// Keeps the name printed on a report as the default for the next one (the Settings field).
    fn remember_patient_name(&mut self, name: &str, today: NaiveDate) {
        if self.data.settings.patient_name == name {
            return;
        }
        let settings = Settings {
            patient_name: name.to_owned(),
            ..self.data.settings.clone()
        };
        match self.store.save_settings(&settings) {
            Ok(()) => self.reload(today),
            Err(error) => self.error(format!(
                "The report was saved, but the name was not kept for next time: {error}"
            )),
        }
    }

    pub(super) fn reload(&mut self, today: NaiveDate) {
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
    pub(super) fn unsaved_summary(&self, today: NaiveDate) -> Vec<String> {
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

    /// Applies one journal action; `now` stamps backups, `today` is the journal day.
    pub(super) fn apply(&mut self, action: JournalAction, now: NaiveDateTime, today: NaiveDate) {
        if let Some(reason) = &self.read_only
            && action.writes_journal()
        {
            self.error(format!(
                "Nothing was saved: {reason}. Copy the journal somewhere you can write to, or choose another journal."
            ));
            return;
        }
        match action {
            JournalAction::SaveEntry(entry) => match self.store.save_entry(&entry) {
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
            JournalAction::DeleteEntry(date) => match self.store.delete_entry(date) {
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
            JournalAction::AddInfusion(infusion) => match self.store.add_infusion(&infusion) {
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
            JournalAction::AddInfusions(infusions) => match self.store.add_infusions(&infusions) {
                Ok(added) => {
                    self.info(format!(
                        "Added {} done infusion{}.",
                        added,
                        if added == 1 { "" } else { "s" }
                    ));
                    self.infusions.pasted_saved();
                    self.reload(today);
                }
                Err(error) => self.error(format!(
                    "The infusions were not added: {error}. The dates are still in the box."
                )),
            },
            JournalAction::UpdateInfusion(id, infusion) => match self
                .store
                .update_infusion(id, &infusion)
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
            JournalAction::DeleteInfusion(id) => match self.store.delete_infusion(id) {
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
            JournalAction::SaveSettings(settings) => match self.store.save_settings(&settings) {
                Ok(()) => {
                    self.settings.error = None;
                    self.reload(today);
                    self.info("Settings saved.".to_owned());
                }
                Err(error) => self.error(format!("Settings were not saved: {error}")),
            },
            JournalAction::ShowSetup => self.setup_open = true,
            JournalAction::CloseSetup => self.setup_open = false,
            JournalAction::SaveSetup(treatment) => self.save_setup(&treatment, today),
            JournalAction::Undo => self.undo(today),
            JournalAction::ShowView(view) => {
                self.setup_open = false;
                self.view = view;
                // A message about another view's action no longer applies here.
                if self
                    .notice
                    .as_ref()
                    .is_some_and(|notice| notice.view.is_some_and(|made_in| made_in != view))
                {
                    self.notice = None;
                }
                // Today always opens today's journal day; another day open for editing keeps
                // its unsaved changes as a draft.
                if view == View::Today {
                    self.today.go_to(&self.data, today);
                }
            }
            JournalAction::OpenDay(date) => {
                self.setup_open = false;
                self.view = View::Today;
                self.today.go_to(&self.data, date);
            }
            JournalAction::OpenFolder(path) => {
                if let Err(error) = crate::platform::open_containing_folder(&path) {
                    self.error(format!("The folder could not be opened: {error}"));
                }
            }
            JournalAction::ChooseFile(target) => self.choose_file(target, now, today),
            action @ (JournalAction::SaveReport(..)
            | JournalAction::SaveChart(..)
            | JournalAction::Export(..)) => self.ask_before_writing(action, today),
            JournalAction::ConfirmWrite => {
                if let Some(question) = self.write_question.take() {
                    if let Some(folder) = &question.missing_folder
                        && let Err(error) = std::fs::create_dir_all(folder)
                    {
                        self.error(format!(
                            "The folder {} could not be made: {error}. Nothing was saved.",
                            folder.display()
                        ));
                        return;
                    }
                    self.write_file(question.action, today);
                }
            }
            JournalAction::CancelWrite => {
                self.write_question = None;
                self.info("Nothing was saved.".to_owned());
            }
            JournalAction::PreviewImport(path, sheet) => {
                match files::read_import(&path, sheet.as_deref(), today) {
                    Ok(read) => {
                        self.notice = None;
                        self.report.import =
                            Some(PendingImport::new(path, read, &self.data, today));
                    }
                    Err(error) => {
                        self.report.import = None;
                        self.error(error.to_string());
                    }
                }
            }
            JournalAction::CancelImport => {
                self.report.import = None;
                self.info("Import cancelled; nothing changed.".to_owned());
            }
            JournalAction::ConfirmImport => self.confirm_import(now, today),
            JournalAction::BackupNow => self.backup_now(now, today),
        }
    }

    /// Stores the setup's infusions and remembered baseline in one transaction, then shows Today.
    fn save_setup(&mut self, treatment: &TreatmentSoFar, today: NaiveDate) {
        match self
            .store
            .import(&[], &treatment.infusions, Some(&treatment.settings))
        {
            Ok(_) => {
                let done = treatment
                    .infusions
                    .iter()
                    .filter(|infusion| infusion.is_done())
                    .count();
                let mut saved = vec![match done {
                    0 => "no new past infusions".to_owned(),
                    1 => "1 past infusion".to_owned(),
                    count => format!("{count} past infusions"),
                }];
                if let Some(planned) = treatment.infusions.iter().find(|i| !i.is_done()) {
                    saved.push(format!("the one planned on {}", day_label(planned.date)));
                }
                let baseline = match treatment.settings.baseline_pain {
                    Some(pain) => format!("your remembered pain before ketamine ({pain:.0})"),
                    None => "no remembered pain before ketamine".to_owned(),
                };
                let infusions = saved.join(", ");
                self.info(format!("Saved {infusions} and {baseline}."));
                self.reload(today);
                self.setup = SetupState::new(&self.data.settings);
                self.setup_open = false;
                self.view = View::Today;
            }
            Err(error) => self.error(format!(
                "Your treatment so far was not saved: {error}. Your answers are still in the form."
            )),
        }
    }

    fn report_outcome(&mut self, outcome: Result<String, files::FileError>) {
        match outcome {
            Ok(text) => self.info(text),
            Err(error) => self.error(error.to_string()),
        }
    }

    /// Writes a report, chart or export to a typed path, first asking when its folder does not
    /// exist or a file is already there.
    fn ask_before_writing(&mut self, action: JournalAction, today: NaiveDate) {
        let Some(path) = written_path(&action) else {
            return;
        };
        let missing_folder = path
            .parent()
            .filter(|folder| !folder.as_os_str().is_empty() && !folder.exists())
            .map(Path::to_path_buf);
        let exists = path.exists();
        if missing_folder.is_none() && !exists {
            self.write_file(action, today);
            return;
        }
        self.write_question = Some(WriteQuestion {
            action,
            path,
            missing_folder,
            exists,
        });
    }

    /// Writes a report, chart or export and says where it went.
    fn write_file(&mut self, action: JournalAction, today: NaiveDate) {
        match action {
            JournalAction::SaveReport(path, options) => {
                let outcome = files::save_report(&self.data, &path, &options);
                let saved = outcome.is_ok();
                self.report_outcome(outcome);
                if saved {
                    self.remember_patient_name(&options.patient_name, today);
                }
            }
            JournalAction::SaveChart(path, kind, range) => {
                let outcome = files::save_chart_image(&self.data, &path, kind, range);
                self.report_outcome(outcome);
            }
            JournalAction::Export(path, kind) => {
                let outcome = files::export(&self.data, &path, kind);
                self.report_outcome(outcome);
            }
            other => log::warn!("not a file to write: {other:?}"),
        }
    }

    /// Asks the system's file dialog for a file, then saves, exports or previews with it.
    fn choose_file(&mut self, target: FileTarget, now: NaiveDateTime, today: NaiveDate) {
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
                JournalAction::SaveReport(path, self.report.options(&self.data, today))
            }
            FileTarget::ChartImage => JournalAction::SaveChart(
                path,
                self.report.chart,
                Some(self.report.period_range(&self.data, today)),
            ),
            FileTarget::Export => JournalAction::Export(path, self.report.export),
            FileTarget::Import => JournalAction::PreviewImport(path, None),
        };
        // The system's dialog has already asked about replacing a file.
        match follow {
            JournalAction::PreviewImport(..) => self.apply(follow, now, today),
            write => self.write_file(write, today),
        }
    }

    /// Imports the previewed file after a backup; nothing happens without a preview that can
    /// be imported.
    fn confirm_import(&mut self, now: NaiveDateTime, today: NaiveDate) {
        let Some(pending) = self.report.import.take() else {
            return;
        };
        let Ok(preview) = &pending.preview else {
            self.report.import = Some(pending);
            return;
        };
        match files::import(&mut self.store, preview, now) {
            Ok(text) => {
                self.info(text);
                self.reload(today);
            }
            Err(error) => {
                self.error(error.to_string());
                self.report.import = Some(pending);
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
    pub(super) fn ui(&mut self, ui: &mut Ui, today: NaiveDate, actions: &mut Vec<Action>) {
        self.shortcuts(ui, actions);
        let compact = is_compact(ui.ctx().content_rect().size());
        if compact {
            self.view_row_ui(ui, today, actions);
        }
        if self.demo {
            demo_banner_ui(ui, compact, actions);
        }
        if let Some(reason) = &self.read_only {
            read_only_banner_ui(ui, reason);
        }
        self.notice_ui(ui, actions);
        self.write_question_ui(ui, actions);
        if !compact {
            self.side_bar_ui(ui, today, actions);
        }
        let writable = self.read_only.is_none();
        if self.setup_open {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.add_enabled_ui(writable, |ui| {
                    setup_ui(ui, &mut self.setup, &self.data, today, actions);
                });
            });
            return;
        }
        egui::CentralPanel::default().show(ui, |ui| match self.view {
            View::Today => {
                ui.add_enabled_ui(writable, |ui| {
                    today_ui(ui, &mut self.today, &self.data, today, actions);
                });
            }
            View::History => history_ui(ui, &mut self.history, &self.data, today, actions),
            View::Infusions => infusions_ui(ui, &mut self.infusions, &self.data, today, actions),
            View::Charts => charts_ui(ui, &mut self.charts, &self.data),
            View::Report => report_ui(ui, &mut self.report, &self.data, today, actions),
            View::Settings => {
                let file = JournalFile {
                    path: self.store.path(),
                    demo: self.demo,
                    backups: &self.data.backups,
                    protected: self.store.is_protected(),
                };
                ui.add_enabled_ui(writable, |ui| {
                    settings_ui(ui, &mut self.settings, file, actions);
                });
            }
        });
    }

    /// Ctrl+1..6 show a view (in side-bar order); Ctrl+Z undoes the last delete (outside text fields).
    fn shortcuts(&mut self, ui: &Ui, actions: &mut Vec<Action>) {
        for view in View::ALL {
            if ui.input_mut(|input| input.consume_key(Modifiers::COMMAND, view.shortcut_key())) {
                actions.push(JournalAction::ShowView(view).into());
            }
        }
        if self.undo.is_some()
            && !ui.ctx().text_edit_focused()
            && ui.input_mut(|input| input.consume_key(Modifiers::COMMAND, Key::Z))
        {
            actions.push(JournalAction::Undo.into());
        }
    }

    /// Asks before making a missing folder or replacing a file.
    fn write_question_ui(&self, ui: &Ui, actions: &mut Vec<Action>) {
        let Some(question) = &self.write_question else {
            return;
        };
        egui::Modal::new(egui::Id::unique("confirm_write")).show(ui.ctx(), |ui| {
            ui.set_max_width(480.0);
            let name = question
                .path
                .file_name()
                .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
            if let Some(folder) = &question.missing_folder {
                ui.heading("Make the folder?");
                ui.label(format!(
                    "The folder {} does not exist yet.",
                    folder.display()
                ));
            }
            if question.exists {
                ui.heading("Replace the file?");
                ui.label(format!(
                    "{} already exists in {}. Replacing it cannot be undone.",
                    name,
                    question
                        .path
                        .parent()
                        .map_or_else(String::new, |folder| folder.display().to_string())
                ));
            }
            let verb = if question.exists {
                "Replace"
            } else {
                "Make the folder and save"
            };
            ui.horizontal(|ui| {
                if ui.button(verb).clicked() {
                    actions.push(JournalAction::ConfirmWrite.into());
                }
                if ui.button("Cancel").clicked() {
                    actions.push(JournalAction::CancelWrite.into());
                }
            });
        });
    }

    /// The message bar: always one line high, so a message never moves the page under the
    /// pointer; a message longer than the window is cut short and shown whole on hover.
    fn notice_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let height = ui.text_style_height(&egui::TextStyle::Button)
            + 2.0 * ui.spacing().button_padding.y
            + 8.0;
        egui::Panel::top("notice")
            .resizable(false)
            .exact_size(height)
            .show(ui, |ui| {
                ui.horizontal_centered(|ui| {
                    if self.undo.is_some() && ui.button("Undo").on_hover_text("Ctrl+Z").clicked() {
                        actions.push(JournalAction::Undo.into());
                    }
                    if (self.notice.is_some() || self.undo.is_some())
                        && ui.small_button("Dismiss").clicked()
                    {
                        self.notice = None;
                        self.undo = None;
                    }
                    if let Some(notice) = &self.notice {
                        let mut text = RichText::new(&notice.text);
                        if notice.error {
                            text = text.color(theme::error_color(ui.visuals().dark_mode));
                        }
                        ui.add(egui::Label::new(text).truncate());
                    }
                });
            });
    }

    /// Which views have unsaved changes.
    fn unsaved_views(&self, today: NaiveDate) -> Vec<View> {
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

    /// One button for `view`, marked with a dot when it has unsaved changes.
    fn view_button_ui(
        &self,
        ui: &mut Ui,
        view: View,
        unsaved: bool,
        size: (f32, egui::Vec2),
        actions: &mut Vec<Action>,
    ) {
        // The dot is painted into room every button keeps, so marking a view as unsaved never
        // widens its button, wraps the row of views or moves the page.
        let text = format!("{}    ", view.title());
        let name = if unsaved {
            format!("{} (unsaved changes)", view.title())
        } else {
            view.title().to_owned()
        };
        let (text_size, min_size) = size;
        let button = egui::Button::selectable(
            !self.setup_open && self.view == view,
            RichText::new(text).size(text_size),
        )
        .min_size(min_size);
        let index = View::ALL
            .iter()
            .position(|shown| *shown == view)
            .unwrap_or_default();
        let response = ui
            .add(button)
            .on_hover_text(format!("Ctrl+{}", index + 1))
            .accessible_name(name);
        if unsaved {
            let centre = egui::pos2(response.rect.right() - 10.0, response.rect.center().y);
            ui.painter()
                .circle_filled(centre, 3.5, ui.visuals().text_color());
        }
        if response.clicked() {
            actions.push(JournalAction::ShowView(view).into());
        }
    }

    fn side_bar_ui(&mut self, ui: &mut Ui, today: NaiveDate, actions: &mut Vec<Action>) {
        let unsaved = self.unsaved_views(today);
        egui::Panel::left("views")
            .resizable(false)
            .exact_size(170.0)
            .show(ui, |ui| {
                ui.add_space(8.0);
                ui.label(RichText::new("Relief Journal").size(18.0).strong());
                ui.add_space(8.0);
                for view in View::ALL {
                    let size = (17.0, egui::vec2(150.0, 34.0));
                    self.view_button_ui(ui, view, unsaved.contains(&view), size, actions);
                }
                if !unsaved.is_empty() {
                    ui.add_space(8.0);
                    ui.small("• unsaved changes, kept while you look elsewhere");
                }
            });
    }

    /// The views in a row across the top, for a window too small for the side bar; the row
    /// wraps when the window is narrower still.
    fn view_row_ui(&mut self, ui: &mut Ui, today: NaiveDate, actions: &mut Vec<Action>) {
        let unsaved = self.unsaved_views(today);
        egui::Panel::top("views").resizable(false).show(ui, |ui| {
            ui.add_space(2.0);
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 2.0;
                for view in View::ALL {
                    let size = (14.0, egui::Vec2::ZERO);
                    self.view_button_ui(ui, view, unsaved.contains(&view), size, actions);
                }
            });
            ui.add_space(2.0);
        });
    }
}

/// Below this window width or height, in points (pixels divided by the text scale), the views
/// are listed in a row across the top instead of the side bar, so the view keeps the room.
const COMPACT_WIDTH: f32 = 640.0;

/// See [`COMPACT_WIDTH`].
const COMPACT_HEIGHT: f32 = 440.0;

/// Whether a window of `size` points shows the views in a row across the top.
pub(super) fn is_compact(size: egui::Vec2) -> bool {
    size.x < COMPACT_WIDTH || size.y < COMPACT_HEIGHT
}

/// The banner over a journal opened for reading only: why, and what to do.
fn read_only_banner_ui(ui: &mut Ui, reason: &str) {
    let (fill, text) = theme::demo_banner_colors(ui.visuals().dark_mode);
    egui::Panel::top("read_only_banner")
        .frame(egui::Frame::new().fill(fill).inner_margin(8.0))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!(
                        "READ-ONLY: {reason}. You can look at everything, but nothing can be saved. \
                         To keep logging, copy the journal somewhere you can write to, or choose another journal."
                    ))
                    .strong()
                    .color(text),
                );
            });
        });
}

/// The banner over demo data; shorter in a compact window, so the view keeps the room.
fn demo_banner_ui(ui: &mut Ui, compact: bool, actions: &mut Vec<Action>) {
    let (fill, text) = theme::demo_banner_colors(ui.visuals().dark_mode);
    let message = if compact {
        "DEMO DATA, made up. Your journal is not touched."
    } else {
        "DEMO DATA: a made-up journal for exploring. Your own journal is not touched."
    };
    let margin = if compact { 4.0 } else { 8.0 };
    egui::Panel::top("demo_banner")
        .frame(egui::Frame::new().fill(fill).inner_margin(margin))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(message).strong().color(text));
                if ui.button("Start my own journal").clicked() {
                    actions.push(ScreenAction::LeaveDemo.into());
                }
            });
        });
}
