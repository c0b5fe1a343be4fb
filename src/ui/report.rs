//! The Report view: the appointment report as PDF, a chart as an image, export of the journal,
//! and import with a preview where nothing changes until the user confirms.
//!
//! Every file can be chosen with the system's save or open dialog, or typed as a path (the
//! fallback where no dialog is available, and what tests use). The view only edits its state and
//! emits actions; the files are written by [`super::files`] when the app applies them.

use std::path::PathBuf;

use chrono::NaiveDate;
use eframe::egui;
use egui::{RichText, Ui};

use crate::charts::{ChartKind, DateRange};
use crate::domain::{LANGUAGES, Language};
use crate::report::{Paper, ReportOptions};
use crate::t;
use crate::wording::disclaimer;
use crate::wording::format::weekday_date_in_text;
use crate::wording::language::{current_locale, language_name};

use super::actions::{Action, ExportKind, FileTarget, FileUse, FileWrite, JournalAction};
use super::data::JournalData;
use super::import::{PendingImport, pending_import_ui};
use super::outcome::Outcome;
use super::theme::text_size;
use super::widgets::{date_field_ui, text_field_ui};

/// The days a report covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    /// The three months up to today (the default).
    #[default]
    LastThreeMonths,
    /// From the last done infusion to today.
    SinceLastInfusion,
    /// From and to chosen days.
    Custom,
}

impl Period {
    /// Every choice, in the order shown.
    pub const ALL: [Self; 3] = [Self::LastThreeMonths, Self::SinceLastInfusion, Self::Custom];

    /// The radio button's text.
    pub fn label(self) -> String {
        match self {
            Self::LastThreeMonths => t!("report-view-period-last-three-months"),
            Self::SinceLastInfusion => t!("report-view-period-since-infusion"),
            Self::Custom => t!("report-view-period-custom"),
        }
    }
}

/// What the Report view remembers.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportState {
    /// Which days the report covers.
    pub period: Period,
    /// The custom period's first day.
    pub custom_from: NaiveDate,
    /// The custom period's last day.
    pub custom_to: NaiveDate,
    /// A4 or Letter.
    pub paper: Paper,
    /// Whether the daily entries follow the summary.
    pub include_daily: bool,
    /// Printed in the header when not empty.
    pub patient_name: String,
    /// The report's language, chosen for this report (a patient may read Spanish and the
    /// clinician English); `None` until chosen: the app's language.
    pub language: Option<Language>,
    /// Where the PDF goes, as typed.
    pub pdf_path: String,
    /// Which chart "Save chart" draws.
    pub chart: ChartKind,
    /// Where the chart image goes, as typed.
    pub chart_path: String,
    /// What "Export" writes.
    pub export: ExportKind,
    /// Where the export goes, as typed.
    pub export_path: String,
    /// The file to import, as typed.
    pub import_path: String,
    /// The file chosen to import, its column matching and what it would change, shown until
    /// confirmed or cancelled.
    pub import: Option<PendingImport>,
    /// What the last import changed, shown whole under the import until another file is
    /// previewed (the message bar shows one line of it).
    pub import_result: Option<ImportResult>,
}

/// What an import changed, in words, as shown under the import.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportResult {
    /// The result, whole: what was added and replaced and where the backup is.
    pub text: String,
    /// Whether the next frame scrolls to it (once, after the import).
    reveal: bool,
}

impl ReportState {
    /// The defaults: the last three months on A4 with the daily table, and the name in settings.
    pub fn new(data: &JournalData, today: NaiveDate) -> Self {
        Self {
            period: Period::default(),
            custom_from: DateRange::last_three_months(today).start,
            custom_to: today,
            paper: Paper::default(),
            include_daily: true,
            patient_name: data.settings.patient_name.clone(),
            language: None,
            pdf_path: String::new(),
            chart: ChartKind::Timeline,
            chart_path: String::new(),
            export: ExportKind::Json,
            export_path: String::new(),
            import_path: String::new(),
            import: None,
            import_result: None,
        }
    }

    /// The days the report covers, as of `today`.
    pub fn period_range(&self, data: &JournalData, today: NaiveDate) -> DateRange {
        match self.period {
            Period::LastThreeMonths => DateRange::last_three_months(today),
            Period::SinceLastInfusion => match last_infusion(data, today) {
                Some(date) => DateRange {
                    start: date,
                    end: today,
                },
                None => DateRange::last_three_months(today),
            },
            Period::Custom => DateRange {
                start: self.custom_from,
                end: self.custom_to,
            },
        }
    }

    /// The language the report is made in: the one chosen, else the app's (the language the
    /// current thread speaks while the app draws or acts).
    pub fn report_language(&self) -> Language {
        self.language.unwrap_or_else(|| current_locale().language())
    }

    /// The report's options as chosen.
    pub fn options(&self, data: &JournalData, today: NaiveDate) -> ReportOptions {
        ReportOptions {
            period: self.period_range(data, today),
            paper: self.paper,
            include_daily: self.include_daily,
            patient_name: self.patient_name.trim().to_owned(),
            generated_on: today,
        }
    }

    /// Follows the outcome of its own actions: a path chosen in a dialog fills its field, a
    /// file read for import is previewed until it is imported or cancelled.
    pub(super) fn follow(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::FileChosen(target, path) => self.set_path(target, &path),
            Outcome::ImportRead(pending) => {
                self.import = Some(*pending);
                self.import_result = None;
            }
            Outcome::ImportClosed => self.import = None,
            Outcome::Imported(text) => {
                self.import = None;
                self.import_result = Some(ImportResult { text, reveal: true });
            }
            Outcome::Reloaded
            | Outcome::InfusionSaved
            | Outcome::InfusionsAdded
            | Outcome::SettingsSaved
            | Outcome::SetupSaved => {}
        }
    }

    /// Puts a path chosen in a dialog into the field it belongs to.
    pub fn set_path(&mut self, target: FileTarget, path: &std::path::Path) {
        let text = path.display().to_string();
        match target {
            FileTarget::ReportPdf => self.pdf_path = text,
            FileTarget::ChartImage => self.chart_path = text,
            FileTarget::Export => self.export_path = text,
            FileTarget::Import => self.import_path = text,
        }
    }
}

/// The last done infusion on or before `today`.
fn last_infusion(data: &JournalData, today: NaiveDate) -> Option<NaiveDate> {
    data.infusions
        .iter()
        .map(|stored| &stored.infusion)
        .filter(|infusion| infusion.is_done() && infusion.date <= today)
        .map(|infusion| infusion.date)
        .max()
}

/// A typed path, with a leading `~/` meaning the home folder; `None` when empty.
pub fn typed_path(text: &str) -> Option<PathBuf> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Some(rest) = text.strip_prefix("~/")
        && let Some(dirs) = directories::BaseDirs::new()
    {
        return Some(dirs.home_dir().join(rest));
    }
    Some(PathBuf::from(text))
}

/// Draws the Report view.
pub fn report_ui(
    ui: &mut Ui,
    state: &mut ReportState,
    data: &JournalData,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(t!("report-view-title"));
            ui.label(t!("report-view-intro"));
            ui.label(t!("report-view-plain-files"));
            ui.add_space(8.0);
            section(ui, &t!("report-view-pdf-heading"), |ui| {
                report_options_ui(ui, state, data, today);
                let options = state.options(data, today);
                let valid = options.period.start <= options.period.end;
                let language = state.report_language();
                path_row_ui(
                    ui,
                    PathRow {
                        dialog_button: t!("report-view-pdf-dialog"),
                        field: t!("report-view-pdf-field"),
                        hint: t!("report-view-pdf-hint"),
                        save_button: t!("report-view-pdf-save"),
                        enabled: valid,
                    },
                    &mut state.pdf_path,
                    actions,
                    FileUse::Write(FileWrite::Report(options, language)),
                );
            });
            section(ui, &t!("report-view-chart-heading"), |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(t!("report-view-chart-label"));
                    for (kind, label) in [
                        (ChartKind::Timeline, t!("report-view-chart-timeline")),
                        (ChartKind::Typical, t!("report-view-chart-typical")),
                        (ChartKind::Survival, t!("report-view-chart-survival")),
                        (ChartKind::Cycles, t!("report-view-chart-cycles")),
                        (ChartKind::Durations, t!("report-view-chart-durations")),
                    ] {
                        ui.radio_value(&mut state.chart, kind, label);
                    }
                });
                ui.weak(t!("report-view-chart-note"));
                let chart = state.chart;
                let range = state.period_range(data, today);
                path_row_ui(
                    ui,
                    PathRow {
                        dialog_button: t!("report-view-chart-dialog"),
                        field: t!("report-view-chart-field"),
                        hint: t!("report-view-chart-hint"),
                        save_button: t!("report-view-chart-save"),
                        enabled: true,
                    },
                    &mut state.chart_path,
                    actions,
                    FileUse::Write(FileWrite::Chart(chart, Some(range))),
                );
            });
            section(ui, &t!("report-view-export-heading"), |ui| {
                ui.horizontal_wrapped(|ui| {
                    for kind in ExportKind::ALL {
                        ui.radio_value(&mut state.export, kind, kind.label());
                    }
                });
                let export = state.export;
                path_row_ui(
                    ui,
                    PathRow {
                        dialog_button: t!("report-view-export-dialog"),
                        field: t!("report-view-export-field"),
                        hint: t!("report-view-export-hint"),
                        save_button: t!("report-view-export-save"),
                        enabled: true,
                    },
                    &mut state.export_path,
                    actions,
                    FileUse::Write(FileWrite::Export(export)),
                );
            });
            section(ui, &t!("report-view-import-heading"), |ui| {
                ui.label(t!("report-view-import-intro"));
                let writable = data.read_only.is_none();
                if !writable {
                    ui.label(RichText::new(t!("report-view-import-read-only")).strong());
                }
                path_row_ui(
                    ui,
                    PathRow {
                        dialog_button: t!("report-view-import-dialog"),
                        field: t!("report-view-import-field"),
                        hint: t!("report-view-import-hint"),
                        save_button: t!("report-view-import-preview"),
                        enabled: writable,
                    },
                    &mut state.import_path,
                    actions,
                    FileUse::Import,
                );
                if let Some(pending) = &mut state.import {
                    pending_import_ui(ui, pending, data, today, actions);
                }
                if let Some(result) = &mut state.import_result {
                    let label = ui.label(&result.text);
                    if std::mem::take(&mut result.reveal) {
                        label.scroll_to_me(Some(egui::Align::Center));
                    }
                }
            });
            ui.add_space(8.0);
            ui.small(disclaimer());
        });
}

fn section(ui: &mut Ui, title: &str, add_contents: impl FnOnce(&mut Ui)) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(title).strong().size(text_size::SECTION));
            ui.add_space(4.0);
            add_contents(ui);
        });
    ui.add_space(8.0);
}

fn report_options_ui(ui: &mut Ui, state: &mut ReportState, data: &JournalData, today: NaiveDate) {
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("report-view-period-label"));
        for period in Period::ALL {
            ui.radio_value(&mut state.period, period, period.label());
        }
    });
    if state.period == Period::Custom {
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("report-view-from"));
            date_field_ui(
                ui,
                "report_from",
                &mut state.custom_from,
                &t!("report-view-from-field"),
                today,
            );
            ui.label(t!("report-view-to"));
            date_field_ui(
                ui,
                "report_to",
                &mut state.custom_to,
                &t!("report-view-to-field"),
                today,
            );
        });
    }
    let range = state.period_range(data, today);
    if range.start > range.end {
        ui.colored_label(
            super::theme::error_color(ui.visuals().dark_mode),
            t!("report-view-period-backwards"),
        );
    } else {
        let start = weekday_date_in_text(range.start);
        let end = weekday_date_in_text(range.end);
        let days = range.days();
        let text =
            if state.period == Period::SinceLastInfusion && last_infusion(data, today).is_none() {
                t!(
                    "report-view-period-range-no-infusion",
                    start = start,
                    end = end,
                    days = days
                )
            } else {
                t!(
                    "report-view-period-range",
                    start = start,
                    end = end,
                    days = days
                )
            };
        ui.weak(text);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("report-view-language-label"));
        let chosen = state.report_language();
        for language in LANGUAGES {
            // Each language is named in itself, as in Settings.
            if ui
                .radio(chosen == *language, language_name(*language))
                .clicked()
            {
                state.language = Some(*language);
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("report-view-paper-label"));
        ui.radio_value(&mut state.paper, Paper::A4, t!("report-view-paper-a4"));
        ui.radio_value(
            &mut state.paper,
            Paper::Letter,
            t!("report-view-paper-letter"),
        );
    });
    ui.checkbox(&mut state.include_daily, t!("report-view-include-daily"));
    ui.horizontal_wrapped(|ui| {
        text_field_ui(
            ui,
            &t!("report-view-patient-name"),
            &mut state.patient_name,
            &t!("report-view-patient-name-hint"),
            260.0,
        );
    });
    // On its own line, so it wraps whole at any width and text size rather than being cut.
    ui.add(egui::Label::new(RichText::new(t!("report-view-patient-name-note")).weak()).wrap());
}

/// The buttons and field of one file row.
struct PathRow {
    dialog_button: String,
    field: String,
    hint: String,
    save_button: String,
    enabled: bool,
}

/// A dialog button, then the typed-path fallback: a field and a button that uses it.
fn path_row_ui(
    ui: &mut Ui,
    row: PathRow,
    text: &mut String,
    actions: &mut Vec<Action>,
    then: FileUse,
) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(row.enabled, egui::Button::new(row.dialog_button))
            .on_hover_text(t!("report-view-dialog-hint"))
            .clicked()
        {
            actions.push(JournalAction::ChooseFile(then.clone()).into());
        }
        ui.weak(t!("report-view-or-type"));
        let field = text_field_ui(ui, &row.field, text, &row.hint, 320.0);
        let submitted = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        let path = typed_path(text);
        let clicked = ui
            .add_enabled(
                row.enabled && path.is_some(),
                egui::Button::new(row.save_button),
            )
            .clicked();
        if (clicked || submitted)
            && row.enabled
            && let Some(path) = path
        {
            actions.push(then.with_path(path).into());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_paths_are_trimmed_and_empty_means_none() {
        assert_eq!(typed_path("  "), None);
        assert_eq!(
            typed_path(" /tmp/report.pdf "),
            Some(PathBuf::from("/tmp/report.pdf"))
        );
        if let Some(dirs) = directories::BaseDirs::new() {
            assert_eq!(
                typed_path("~/report.pdf"),
                Some(dirs.home_dir().join("report.pdf"))
            );
        }
    }
}
