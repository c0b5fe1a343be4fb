//! The file work the Report view asks for, done by the app after the frame: the report PDF, chart
//! images, exports, reading a file to import and the import itself, and the system's file
//! dialogs.
//!
//! Each operation returns the sentence to show when it worked, or a [`FileError`] that reads as
//! the sentence to show when it did not: what went wrong and what to do. Nothing here draws.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use crate::chart_image::ChartError;
use crate::chart_image::save_chart;
use crate::charts::ChartKind;
use crate::domain::{Journal, Settings};
use crate::exchange::{
    ImportError, Imported, Layout, entries_to_csv, infusions_to_csv, is_workbook, journal_to_json,
    read_layout, sheet_names,
};
use crate::report::{ReportError, ReportOptions, report_pdf, report_pdf_with};
use crate::store::{BackedUpImport, Store, StoreError, write_private_file};

use super::actions::{ExportKind, FileTarget, with_extension};
use super::data::JournalData;
use super::widgets::day_label;
use crate::t;
use crate::wording::Surface;
use crate::wording::format;
use crate::wording::import_words::{ignored_list, import_error, import_rule};

/// Why a file operation did not happen; each reads as a sentence for the notice bar, in the
/// current language.
#[derive(Debug)]
pub enum FileError {
    /// The report PDF could not be made.
    MakeReport(ReportError),
    /// The report PDF could not be written.
    SaveReport(StoreError),
    /// The chart image could not be drawn or written.
    SaveChart(ChartError),
    /// The export could not be written.
    Export(StoreError),
    /// The file to import could not be read or does not fit the journal.
    Read(ImportError),
    /// The backup before the import or the import itself failed.
    Import(StoreError),
}

impl From<ReportError> for FileError {
    fn from(error: ReportError) -> Self {
        Self::MakeReport(error)
    }
}

impl From<ChartError> for FileError {
    fn from(error: ChartError) -> Self {
        Self::SaveChart(error)
    }
}

impl From<ImportError> for FileError {
    fn from(error: ImportError) -> Self {
        Self::Read(error)
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::MakeReport(error) => t!("files-error-make-report", error = error.to_string()),
            Self::SaveReport(error) => t!("files-error-save-report", error = error.to_string()),
            Self::SaveChart(error) => t!("files-error-save-chart", error = error.to_string()),
            Self::Export(error) => t!("files-error-export", error = error.to_string()),
            Self::Read(error) => t!(
                "files-error-read",
                error = import_error(error, Surface::App)
            ),
            Self::Import(error) => t!("files-error-import", error = error.to_string()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::MakeReport(error) => Some(error),
            Self::SaveReport(error) | Self::Export(error) | Self::Import(error) => Some(error),
            Self::SaveChart(error) => Some(error),
            Self::Read(error) => Some(error),
        }
    }
}

/// Days listed by name in the preview before the rest are counted.
const LISTED_DAYS: usize = 12;

/// What importing a file would do to the journal, worked out before anything is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    /// The file.
    pub path: PathBuf,
    /// Its validated content.
    pub imported: Imported,
    /// The settings after the import, when the file sets any.
    pub settings: Option<Settings>,
    /// Days in the file that already have an entry (those entries would be replaced).
    pub replaced_days: Vec<NaiveDate>,
    /// Days in the file whose infusions in the journal would be replaced.
    pub replaced_infusion_days: Vec<NaiveDate>,
}

impl ImportPreview {
    /// Compares a file's validated content with the journal. Nothing is written.
    ///
    /// # Errors
    /// [`ImportError`] when the file's settings do not fit, or it holds an entry or a done
    /// infusion after today or two done infusions on one day.
    pub fn new(path: &Path, imported: Imported, data: &JournalData) -> Result<Self, ImportError> {
        let file = path.display().to_string();
        imported.refuse_impossible_dates(data.analysed_on, &file)?;
        let settings = imported.settings_over(&data.settings, &file)?;
        let replaced_days = imported
            .entries
            .iter()
            .map(|entry| entry.date)
            .filter(|date| data.entry(*date).is_some())
            .collect();
        let mut replaced_infusion_days: Vec<NaiveDate> = imported
            .infusions
            .iter()
            .map(|infusion| infusion.date)
            .filter(|date| {
                data.infusions
                    .iter()
                    .any(|stored| stored.infusion.date == *date)
            })
            .collect();
        replaced_infusion_days.sort_unstable();
        replaced_infusion_days.dedup();
        Ok(Self {
            path: path.to_owned(),
            imported,
            settings,
            replaced_days,
            replaced_infusion_days,
        })
    }

    /// One line: how many entries and infusions the file holds, and the empty rows skipped.
    pub fn summary(&self) -> String {
        t!(
            "import-file-holds",
            entries = (self.imported.entries.len()),
            infusions = (self.imported.infusions.len()),
            skipped = (self.imported.skipped_empty_rows)
        )
    }

    /// What would be replaced (days with entries, days with infusions, settings), what is left
    /// out and the rules applied, one sentence each.
    pub fn details(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.replaced_days.is_empty() {
            lines.push(t!("import-nothing-replaced"));
        } else {
            let (days, more) = listed_days(&self.replaced_days);
            lines.push(t!(
                "import-days-replaced",
                count = (self.replaced_days.len()),
                days = days,
                more = more
            ));
        }
        if !self.replaced_infusion_days.is_empty() {
            let (days, more) = listed_days(&self.replaced_infusion_days);
            lines.push(t!(
                "import-infusion-days-replaced",
                count = (self.replaced_infusion_days.len()),
                days = days,
                more = more
            ));
        }
        if self.settings.is_some() {
            lines.push(t!("import-settings-taken"));
        }
        if !self.imported.ignored.is_empty() {
            lines.push(t!(
                "import-not-imported",
                items = ignored_list(&self.imported.ignored)
            ));
        }
        for rule in &self.imported.rules {
            lines.push(t!("import-rule", rule = import_rule(rule, Surface::App)));
        }
        lines
    }
}

/// The first [`LISTED_DAYS`] days as dates, separated by commas, and how many more there are.
fn listed_days(days: &[NaiveDate]) -> (String, usize) {
    let listed: Vec<String> = days
        .iter()
        .take(LISTED_DAYS)
        .map(|date| format::date(*date))
        .collect();
    (listed.join(", "), days.len().saturating_sub(LISTED_DAYS))
}

/// The journal as the report and exports need it.
fn journal(data: &JournalData) -> Journal {
    Journal {
        entries: data.entries.clone(),
        infusions: data
            .infusions
            .iter()
            .map(|stored| stored.infusion.clone())
            .collect(),
        settings: data.settings.clone(),
    }
}

/// Writes the report PDF.
///
/// # Errors
/// [`FileError::MakeReport`] when the report cannot be made for these options,
/// [`FileError::SaveReport`] when the file cannot be written.
pub fn save_report(
    data: &JournalData,
    path: &Path,
    options: &ReportOptions,
) -> Result<String, FileError> {
    let path = with_extension(path, "pdf");
    let journal = journal(data);
    // A report that ends on the day the journal was analysed uses that analysis and its chart
    // models; one for an earlier period analyses the journal as of its end, once.
    let ends_on_load_day = options.period.end == data.analysed_on
        && journal
            .entries
            .last()
            .is_none_or(|entry| entry.date <= data.analysed_on);
    let bytes = if ends_on_load_day {
        report_pdf_with(&journal, &journal, &data.charts, options)?
    } else {
        report_pdf(&journal, options)?
    };
    write_private_file(&path, &bytes).map_err(FileError::SaveReport)?;
    Ok(t!(
        "files-report-saved",
        start = day_label(options.period.start),
        end = day_label(options.period.end),
        path = path.display().to_string()
    ))
}

/// Writes a chart image.
///
/// # Errors
/// [`FileError::SaveChart`] when the chart cannot be drawn or the file cannot be written.
pub fn save_chart_image(
    data: &JournalData,
    path: &Path,
    kind: ChartKind,
    range: Option<crate::charts::DateRange>,
) -> Result<String, FileError> {
    let path = with_extension(path, "png");
    save_chart(&data.charts, kind, range, &path)?;
    Ok(t!("files-chart-saved", path = path.display().to_string()))
}

/// Writes an export.
///
/// # Errors
/// [`FileError::Export`] when the file cannot be written.
pub fn export(data: &JournalData, path: &Path, kind: ExportKind) -> Result<String, FileError> {
    let path = with_extension(path, kind.extension());
    let journal = journal(data);
    let text = match kind {
        ExportKind::Json => journal_to_json(&journal),
        ExportKind::EntriesCsv => entries_to_csv(&journal.entries),
        ExportKind::InfusionsCsv => infusions_to_csv(&journal.infusions),
    };
    write_private_file(&path, text.as_bytes()).map_err(FileError::Export)?;
    Ok(t!("files-exported", path = path.display().to_string()))
}

/// A file to import read as far as it can be before its columns are mapped.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadImport {
    /// What the file holds.
    pub layout: Layout,
    /// A workbook's sheets, in order; empty for other files.
    pub sheets: Vec<String>,
    /// The sheet read, when the file is a workbook.
    pub sheet: Option<String>,
}

/// Reads a file to import (a workbook's `sheet`, the first when `None`) as far as it can be
/// read before its columns are mapped (see [`read_layout`]); `today` completes dates without a
/// year. Nothing is written.
///
/// # Errors
/// [`FileError::Read`] naming the file and, where there is one, the line, field and value.
pub fn read_import(
    path: &Path,
    sheet: Option<&str>,
    today: NaiveDate,
) -> Result<ReadImport, FileError> {
    let sheets = if is_workbook(path) {
        sheet_names(path)?
    } else {
        Vec::new()
    };
    let layout = read_layout(path, sheet, today)?;
    let sheet = sheet.map(str::to_owned).or_else(|| sheets.first().cloned());
    Ok(ReadImport {
        layout,
        sheets,
        sheet,
    })
}

/// Backs up a journal that has data, then imports the previewed file in one transaction.
///
/// # Errors
/// [`FileError::Import`] when the backup or the import fails; the journal is unchanged.
pub fn import(
    store: &mut Store,
    preview: &ImportPreview,
    now: NaiveDateTime,
) -> Result<String, FileError> {
    let BackedUpImport {
        summary,
        backup,
        unusual_dates,
    } = store
        .import_after_backup(
            &preview.imported.entries,
            &preview.imported.infusions,
            preview.settings.as_ref(),
            now,
        )
        .map_err(FileError::Import)?;
    // Up to three whole sentences: what was imported, where the journal before was backed up,
    // and dates that look mistyped.
    let mut sentences = vec![t!(
        "files-imported",
        path = preview.path.display().to_string(),
        entries = (summary.entries_added),
        entries_replaced = (summary.entries_replaced),
        infusions = (summary.infusions_added),
        infusions_replaced = (summary.infusions_replaced)
    )];
    if let Some(backup) = backup {
        sentences.push(t!(
            "files-imported-backed-up",
            path = backup.display().to_string()
        ));
    }
    if let Some(unusual) = unusual_dates {
        sentences.push(unusual.to_string());
    }
    Ok(sentences.join(" "))
}

/// Said wherever a file is exported: a journal's passphrase does not protect what leaves it.
pub fn unprotected_export() -> String {
    t!("files-unprotected-export")
}

/// Asks the system's file dialog for a file; `None` when cancelled or when no dialog is available.
pub fn choose_file(target: FileTarget, suggested_name: &str) -> Option<PathBuf> {
    // Exports are plain files whatever protects the journal; the save dialog says so.
    let dialog = rfd::FileDialog::new()
        .set_file_name(suggested_name)
        .set_title(unprotected_export());
    match target {
        FileTarget::ReportPdf => dialog
            .add_filter(t!("files-filter-pdf"), &["pdf"])
            .save_file(),
        FileTarget::ChartImage => dialog
            .add_filter(t!("files-filter-png"), &["png"])
            .add_filter(t!("files-filter-svg"), &["svg"])
            .save_file(),
        FileTarget::Export => dialog.save_file(),
        FileTarget::Import => rfd::FileDialog::new()
            .add_filter(
                t!("files-filter-import"),
                &["json", "csv", "tsv", "txt", "xlsx", "xlsm", "xls", "ods"],
            )
            .pick_file(),
    }
}
