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

/// Why a file operation did not happen; each reads as a sentence for the notice bar.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The report PDF could not be made.
    #[error("The report was not made: {0}.")]
    MakeReport(#[from] ReportError),
    /// The report PDF could not be written.
    #[error("The report was not saved: {0}. Choose a folder you may write to.")]
    SaveReport(#[source] StoreError),
    /// The chart image could not be drawn or written.
    #[error("The chart was not saved: {0}.")]
    SaveChart(#[from] ChartError),
    /// The export could not be written.
    #[error("The export was not saved: {0}.")]
    Export(#[source] StoreError),
    /// The file to import could not be read or does not fit the journal.
    #[error("{0}. Nothing was imported.")]
    Read(#[from] ImportError),
    /// The backup before the import or the import itself failed.
    #[error("Nothing was imported: {0}. Your journal is unchanged.")]
    Import(#[source] StoreError),
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
    /// [`FileError::Read`] when the file's settings do not fit, or it holds an entry or a done
    /// infusion after today or two done infusions on one day.
    pub fn new(path: &Path, imported: Imported, data: &JournalData) -> Result<Self, FileError> {
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

    /// One line: how many entries and infusions the file holds.
    pub fn summary(&self) -> String {
        let mut text = format!(
            "The file holds {} and {}.",
            count(self.imported.entries.len(), "entry", "entries"),
            count(self.imported.infusions.len(), "infusion", "infusions")
        );
        if self.imported.skipped_empty_rows > 0 {
            text.push_str(&format!(
                " {} skipped.",
                count(
                    self.imported.skipped_empty_rows,
                    "empty row is",
                    "empty rows are"
                )
            ));
        }
        text
    }

    /// What would be replaced: days with entries, days with infusions, settings.
    pub fn details(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.replaced_days.is_empty() {
            lines.push("No day in your journal would be replaced.".to_owned());
        } else {
            lines.push(format!(
                "{} already in your journal would be replaced: {}.",
                count(self.replaced_days.len(), "day", "days"),
                list_days(&self.replaced_days)
            ));
        }
        if !self.replaced_infusion_days.is_empty() {
            lines.push(format!(
                "Infusions on {} would be replaced: {}.",
                count(self.replaced_infusion_days.len(), "day", "days"),
                list_days(&self.replaced_infusion_days)
            ));
        }
        if self.settings.is_some() {
            lines.push("Settings would be taken from the file.".to_owned());
        }
        if !self.imported.ignored.is_empty() {
            lines.push(format!(
                "Not imported: {}.",
                self.imported.ignored.join(", ")
            ));
        }
        for rule in &self.imported.rules {
            lines.push(format!("Rule: {rule}."));
        }
        lines
    }
}

fn count(number: usize, one: &str, many: &str) -> String {
    if number == 1 {
        format!("1 {one}")
    } else {
        format!("{number} {many}")
    }
}

fn list_days(days: &[NaiveDate]) -> String {
    let mut listed: Vec<String> = days
        .iter()
        .take(LISTED_DAYS)
        .map(|date| date.format("%-d %b %Y").to_string())
        .collect();
    if days.len() > LISTED_DAYS {
        listed.push(format!("and {} more", days.len() - LISTED_DAYS));
    }
    listed.join(", ")
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
    Ok(format!(
        "Saved the report ({} to {}) to {}.",
        day_label(options.period.start),
        day_label(options.period.end),
        path.display()
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
    Ok(format!("Saved the chart to {}.", path.display()))
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
    Ok(format!("Exported to {}.", path.display()))
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
    let mut text = format!(
        "Imported {}: {} added, {} replaced; {} added, {} replaced.",
        preview.path.display(),
        count(summary.entries_added, "entry", "entries"),
        summary.entries_replaced,
        count(summary.infusions_added, "infusion", "infusions"),
        summary.infusions_replaced,
    );
    if let Some(backup) = backup {
        text.push_str(&format!(
            " The journal before was backed up to {}.",
            backup.display()
        ));
    }
    if let Some(unusual) = unusual_dates {
        text.push_str(&format!(" {unusual}"));
    }
    Ok(text)
}

/// Said wherever a file is exported: a journal's passphrase does not protect what leaves it.
pub const UNPROTECTED_EXPORT: &str =
    "Save a copy: the saved file is not protected by the journal's passphrase";

/// Asks the system's file dialog for a file; `None` when cancelled or when no dialog is available.
pub fn choose_file(target: FileTarget, suggested_name: &str) -> Option<PathBuf> {
    // Exports are plain files whatever protects the journal; the save dialog says so.
    let dialog = rfd::FileDialog::new()
        .set_file_name(suggested_name)
        .set_title(UNPROTECTED_EXPORT);
    match target {
        FileTarget::ReportPdf => dialog.add_filter("PDF", &["pdf"]).save_file(),
        FileTarget::ChartImage => dialog
            .add_filter("PNG image", &["png"])
            .add_filter("SVG image", &["svg"])
            .save_file(),
        FileTarget::Export => dialog.save_file(),
        FileTarget::Import => rfd::FileDialog::new()
            .add_filter(
                "Journal, table or workbook",
                &["json", "csv", "tsv", "txt", "xlsx", "xlsm", "xls", "ods"],
            )
            .pick_file(),
    }
}
