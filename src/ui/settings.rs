//! The Settings view: analysis thresholds with their defaults, baseline override, day-rollover
//! hour, theme, text scale, patient name and where the journal file lives.

use eframe::egui;
use egui::{RichText, Ui};

use crate::analysis::{CROSS_CHECK_POINTS, RECALL_BIAS_POINTS};
use crate::domain::{AnalysisSettings, Settings, Theme};

use super::actions::{Action, JournalAction, ScreenAction};
use super::reminder::{ReminderState, reminder_settings_ui};
use super::widgets::{
    FieldNotice, bounded_number_ui, clear_notice, error_ui, field_notice_ui, text_field_ui,
};

/// Text scales offered, as factors.
pub const TEXT_SCALES: [f32; 6] = [0.75, 1.0, 1.25, 1.5, 1.75, 2.0];

/// The state of the Settings view: a draft of the settings until it is saved.
#[derive(Debug, Clone)]
pub struct SettingsState {
    /// The settings as edited.
    pub draft: Settings,
    /// The settings as saved.
    saved: Settings,
    /// Why the last save attempt failed.
    pub error: Option<String>,
    /// What a number field said about a value typed into it.
    pub notice: Option<FieldNotice>,
    /// The draft last sent to be saved, so a draft that cannot be saved is tried once.
    attempted: Option<Settings>,
    /// The reminder to log (kept by the system's scheduler, not in the journal).
    pub reminder: ReminderState,
    /// What is typed into the Passphrase section.
    pub passphrase: super::settings_passphrase::PassphraseForm,
}

impl SettingsState {
    /// Starts from the saved settings.
    pub fn new(saved: &Settings) -> Self {
        Self {
            draft: saved.clone(),
            saved: saved.clone(),
            error: None,
            notice: None,
            attempted: None,
            reminder: ReminderState::default(),
            passphrase: Default::default(),
        }
    }

    /// Whether the draft differs from what is saved.
    pub fn is_modified(&self) -> bool {
        self.draft != self.saved
    }

    /// Follows a change of the saved settings; an unmodified draft takes them over.
    pub fn sync(&mut self, saved: &Settings) {
        if !self.is_modified() {
            self.draft = saved.clone();
        }
        self.saved = saved.clone();
    }

    /// Saves the draft once it differs from what is saved and no value is being typed or
    /// dragged: every setting is saved as it is made. A draft that cannot be saved is explained
    /// and tried again only after it changes.
    fn save_when_changed(&mut self, ui: &Ui, actions: &mut Vec<Action>) {
        let editing = ui.ctx().text_edit_focused() || ui.ctx().dragged_id().is_some();
        if !self.is_modified() || editing || self.attempted.as_ref() == Some(&self.draft) {
            return;
        }
        self.attempted = Some(self.draft.clone());
        match self.draft.validate() {
            Ok(()) => {
                self.error = None;
                actions.push(JournalAction::SaveSettings(self.draft.clone()).into());
            }
            Err(error) => self.error = Some(format!("Not saved: {error}.")),
        }
    }
}

/// Where the journal is and whether it holds demo data, for the file section.
#[derive(Debug, Clone, Copy)]
pub struct JournalFile<'a> {
    /// The file shown.
    pub path: Option<&'a std::path::Path>,
    /// Whether it is the demo journal.
    pub demo: bool,
    /// Its backups, newest first.
    pub backups: &'a [crate::store::BackupInfo],
    /// Whether it is protected by a passphrase.
    pub protected: bool,
}

/// Labels of the number fields outside the thresholds grid; a notice names its field by label.
const ROLLOVER_FIELD: &str = "A new journal day starts at";
const BASELINE_FIELD: &str = "Remembered baseline pain";
const KEEP_BACKUPS_FIELD: &str = "Keep backups for";

/// How many backups the Settings view lists.
const BACKUPS_SHOWN: usize = 10;

/// Draws the Settings view.
pub fn settings_ui(
    ui: &mut Ui,
    state: &mut SettingsState,
    file: JournalFile<'_>,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading("Settings");
        save_bar_ui(ui, state);
        ui.separator();
        display_ui(ui, state);
        ui.separator();
        if file.path.is_some() && !file.demo && state.reminder.offered {
            reminder_settings_ui(ui, &mut state.reminder, actions);
            ui.separator();
        }
        journal_day_ui(ui, state, actions);
        ui.separator();
        thresholds_ui(ui, state);
        ui.separator();
        journal_file_ui(ui, file, actions);
        if file.path.is_some() && !file.demo {
            ui.separator();
            super::settings_passphrase::passphrase_ui(
                ui,
                &mut state.passphrase,
                &mut state.draft.auto_lock_minutes,
                file.protected,
                actions,
            );
        }
        if file.path.is_some() && !file.demo {
            ui.separator();
            backups_ui(ui, state, file.backups, actions);
        }
    });
    state.save_when_changed(ui, actions);
}

fn save_bar_ui(ui: &mut Ui, state: &SettingsState) {
    ui.label("Every change is saved as you make it; a typed value when you press Enter or leave the field.");
    if let Some(error) = &state.error {
        error_ui(ui, error);
    }
}

/// Theme and text scale (saved, like every setting, as they are changed).
fn display_ui(ui: &mut Ui, state: &mut SettingsState) {
    ui.label(RichText::new("Display").strong());
    ui.horizontal_wrapped(|ui| {
        ui.label("Theme");
        for (theme, name) in [
            (Theme::System, "Follow system"),
            (Theme::Light, "Light"),
            (Theme::Dark, "Dark"),
        ] {
            if ui
                .radio_value(&mut state.draft.theme, theme, name)
                .changed()
            {}
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label("Text size");
        for scale in TEXT_SCALES {
            let selected = (state.draft.text_scale - scale).abs() < 0.01;
            let name = format!("{:.0}%", scale * 100.0);
            if ui
                .selectable_label(selected, &name)
                .accessible_name(format!("Text size {name}"))
                .clicked()
            {
                state.draft.text_scale = scale;
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        text_field_ui(
            ui,
            "Patient name for reports",
            &mut state.draft.patient_name,
            "optional",
            240.0,
        );
    });
}

fn journal_day_ui(ui: &mut Ui, state: &mut SettingsState, actions: &mut Vec<Action>) {
    ui.label(RichText::new("Journal day and baseline").strong());
    number_line_ui(
        ui,
        ROLLOVER_FIELD,
        &mut state.draft.day_rollover_hour,
        0..=12,
        ":00",
        "(default 4:00: an entry made at 1 a.m. belongs to the day before)",
        &mut state.notice,
    );
    ui.horizontal_wrapped(|ui| {
        let mut remembered = state.draft.baseline_pain.is_some();
        if ui
            .checkbox(
                &mut remembered,
                "Before ketamine, my pain on a typical day was (remembered baseline)",
            )
            .changed()
        {
            state.draft.baseline_pain = remembered.then_some(7.0);
            clear_notice(&mut state.notice, BASELINE_FIELD);
        }
        if let Some(baseline) = &mut state.draft.baseline_pain {
            bounded_number_ui(
                ui,
                BASELINE_FIELD,
                None,
                baseline,
                1.0..=10.0,
                |drag| drag.speed(0.1).fixed_decimals(1),
                &mut state.notice,
            );
        }
    });
    field_notice_ui(ui, state.notice.as_ref(), BASELINE_FIELD);
    ui.small(format!(
        "Your remembered baseline: used when the weeks before your first infusion were not \
         logged. Relief is then measured against this pain level less {RECALL_BIAS_POINTS:.1} \
         points, as pain before treatment is usually remembered as worse than it was. Once \
         past cycles show relief clearly worn off, it is kept no lower than the pain you logged \
         then, and no more than {CROSS_CHECK_POINTS:.1} points above it where relief had ended \
         on those days; it is shown beside that pain when the two differ."
    ));
    if ui
        .button("Your treatment so far…")
        .on_hover_text(
            "Infusions you had before starting the journal, and your pain before ketamine",
        )
        .clicked()
    {
        actions.push(super::actions::Navigation::ShowSetup.into());
    }
}

fn thresholds_ui(ui: &mut Ui, state: &mut SettingsState) {
    ui.label(RichText::new("Analysis thresholds").strong());
    let defaults = AnalysisSettings::default();
    let analysis = &mut state.draft.analysis;
    let notice = &mut state.notice;
    // The names wrap, so the fields stay in view in a narrow window.
    let name_width = (ui.available_width() - THRESHOLD_FIELDS_WIDTH).max(120.0);
    egui::Grid::new("thresholds")
        .num_columns(3)
        .striped(true)
        .max_col_width(name_width)
        .show(ui, |ui| {
            percent_row(
                ui,
                notice,
                "Meaningful relief (%)",
                &mut analysis.meaningful_relief_pct,
                defaults.meaningful_relief_pct,
            );
            percent_row(
                ui,
                notice,
                "Substantial relief (%)",
                &mut analysis.substantial_relief_pct,
                defaults.substantial_relief_pct,
            );
            days_row(
                ui,
                notice,
                "Days below a threshold before relief counts as lost",
                &mut analysis.persistence_days,
                1..=28,
                defaults.persistence_days,
            );
            days_row(
                ui,
                notice,
                "Days before an infusion forming a pre-infusion baseline",
                &mut analysis.baseline_days,
                3..=28,
                defaults.baseline_days,
            );
            days_row(
                ui,
                notice,
                "Logged days a week needs to count",
                &mut analysis.min_logged_per_week,
                1..=7,
                defaults.min_logged_per_week,
            );
            days_row(
                ui,
                notice,
                "Most days between infusions of one series",
                &mut analysis.series_gap_days,
                1..=28,
                defaults.series_gap_days,
            );
            days_row(
                ui,
                notice,
                "Days before the next infusion that count as ending early",
                &mut analysis.early_warning_days,
                1..=28,
                defaults.early_warning_days,
            );
        });
    if ui.button("Reset thresholds to defaults").clicked() {
        state.draft.analysis = defaults;
    }
}

/// The room the field and the default beside a threshold's name need, in points.
const THRESHOLD_FIELDS_WIDTH: f32 = 190.0;

fn percent_row(
    ui: &mut Ui,
    notice: &mut Option<FieldNotice>,
    name: &'static str,
    value: &mut f64,
    default: f64,
) {
    let label = ui.add(egui::Label::new(name).wrap());
    bounded_number_ui(
        ui,
        name,
        Some(label.id),
        value,
        5.0..=95.0,
        |drag| drag.speed(1.0).fixed_decimals(0).suffix(" %"),
        notice,
    );
    ui.small(format!("default {default:.0} %"));
    ui.end_row();
    notice_row_ui(ui, notice, name);
}

fn days_row(
    ui: &mut Ui,
    notice: &mut Option<FieldNotice>,
    name: &'static str,
    value: &mut u32,
    range: std::ops::RangeInclusive<u32>,
    default: u32,
) {
    let label = ui.add(egui::Label::new(name).wrap());
    bounded_number_ui(ui, name, Some(label.id), value, range, |drag| drag, notice);
    ui.small(format!("default {default}"));
    ui.end_row();
    notice_row_ui(ui, notice, name);
}

/// A labelled whole-number field on its own line with a hint beside it and its notice below.
fn number_line_ui<Num: egui::emath::Numeric>(
    ui: &mut Ui,
    field: &'static str,
    value: &mut Num,
    range: std::ops::RangeInclusive<Num>,
    suffix: &str,
    hint: &str,
    notice: &mut Option<FieldNotice>,
) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(field);
        bounded_number_ui(
            ui,
            field,
            Some(label.id),
            value,
            range,
            |drag| drag.suffix(suffix),
            notice,
        );
        ui.small(hint);
    });
    field_notice_ui(ui, notice.as_ref(), field);
}

/// A grid row under the field `name` with its notice, if it has one.
fn notice_row_ui(ui: &mut Ui, notice: &Option<FieldNotice>, name: &str) {
    if notice.as_ref().is_some_and(|notice| notice.field == name) {
        ui.label("");
        field_notice_ui(ui, notice.as_ref(), name);
        ui.end_row();
    }
}

fn journal_file_ui(ui: &mut Ui, file: JournalFile<'_>, actions: &mut Vec<Action>) {
    ui.label(RichText::new("Journal file").strong());
    match file.path {
        Some(path) => {
            if file.demo {
                ui.label("You are exploring demo data. The demo journal is kept in its own file:");
            } else {
                ui.label(
                    "Your journal is one file on this computer. Back it up with your other files.",
                );
            }
            ui.horizontal_wrapped(|ui| {
                ui.monospace(path.display().to_string());
                if ui.button("Open folder").clicked() {
                    actions.push(JournalAction::OpenFolder(path.to_owned()).into());
                }
            });
        }
        None => {
            ui.label("This journal lives only in memory and is not saved to a file.");
        }
    }
}

/// The backups next to the journal, with a way to take one now and to restore one.
fn backups_ui(
    ui: &mut Ui,
    state: &mut SettingsState,
    backups: &[crate::store::BackupInfo],
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new("Backups").strong());
    ui.label(
        "A copy of your journal is kept in the backups folder next to it: once a day when the app \
         opens, and before every import and restore. Restoring one first backs up the journal as it is now.",
    );
    number_line_ui(
        ui,
        KEEP_BACKUPS_FIELD,
        &mut state.draft.backup_keep_days,
        1..=365,
        " days",
        "(default 14; the newest backup is always kept)",
        &mut state.notice,
    );
    if ui.button("Back up now").clicked() {
        actions.push(JournalAction::BackupNow.into());
    }
    if backups.is_empty() {
        ui.label("No backups yet.");
        return;
    }
    egui::Grid::new("backups").striped(true).show(ui, |ui| {
        for backup in backups.iter().take(BACKUPS_SHOWN) {
            // Restore first, so it stays in view in a narrow window.
            let when = backup.taken_at.format("%-d %b %Y, %H:%M").to_string();
            if ui
                .button("Restore")
                .on_hover_text(format!("Restore the backup of {when}"))
                .clicked()
            {
                actions.push(ScreenAction::RestoreBackup(backup.path.clone()).into());
            }
            ui.label(&when);
            ui.label(backup.reason.replace('-', " "));
            ui.label(format!("{} KB", backup.size_bytes.div_ceil(1024)));
            ui.end_row();
        }
    });
    if backups.len() > BACKUPS_SHOWN {
        ui.label(format!(
            "{} older backups are in the backups folder.",
            backups.len() - BACKUPS_SHOWN
        ));
    }
}
