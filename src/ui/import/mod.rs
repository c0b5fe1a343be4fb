//! The Import part of the Report view: a file read for import, how it is read (the journal's
//! own file, a recognised tracker's export, or a table of days whose columns the patient
//! matches), the preview of what would be stored, and **Confirm import** or **Cancel import**.
//!
//! This file holds the state ([`PendingImport`], [`ImportSource`]) and the entry point
//! [`pending_import_ui`]; the choices for a table of days are in `table.rs` (one reading per row:
//! `long.rs`), those for a tracker's export in `tracker.rs`, and how the preview reads in
//! `preview.rs`.
//!
//! Nothing here writes: the file is read by [`super::files`] when the app applies
//! [`JournalAction::PreviewImport`], and stored (after a backup) on
//! [`JournalAction::ConfirmImport`]. Changing a choice only recomputes the preview.

mod long;
mod preview;
mod table;
mod tracker;

use std::path::PathBuf;

use chrono::NaiveDate;
use eframe::egui;
use egui::{RichText, Ui};

use crate::store::exchange::{Imported, Layout};

use super::actions::{Action, JournalAction};
use super::data::JournalData;
use super::files::{ImportPreview, ReadImport};
use super::widgets::error_ui;

pub use table::TableChoice;
pub use tracker::TrackerChoice;

use preview::preview_ui;
use table::table_choice_ui;
use tracker::tracker_choice_ui;

/// A file read for import and what importing it would do.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    /// The file.
    pub path: PathBuf,
    /// How the file is read.
    pub source: ImportSource,
    /// What importing would do, or the message saying why it cannot be imported as it stands
    /// (file, line, field, value and what is allowed).
    pub preview: Result<ImportPreview, String>,
    /// Whether the view still has to scroll the preview into sight (once, when it appears).
    pub reveal: bool,
    /// A workbook's sheets, in order; empty for other files.
    pub sheets: Vec<String>,
    /// The sheet read, when the file is a workbook.
    pub sheet: Option<String>,
}

/// How a file to import is read.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportSource {
    /// The journal's own JSON or CSV.
    Journal,
    /// Another tracker's export, recognised by its header.
    Tracker(TrackerChoice),
    /// A table of days whose columns the patient matches to fields.
    Table(TableChoice),
}

impl PendingImport {
    /// A file as read, compared with the journal.
    pub fn new(path: PathBuf, read: ReadImport, data: &JournalData, today: NaiveDate) -> Self {
        let (source, imported) = match read.layout {
            Layout::Journal(imported) => (ImportSource::Journal, Ok(imported)),
            Layout::Tracker(file, imported) => {
                (ImportSource::Tracker(TrackerChoice::new(file)), imported)
            }
            Layout::Table(table) => {
                let choice = TableChoice::new(table);
                let imported = choice.imported(&path.display().to_string(), today);
                (ImportSource::Table(choice), imported)
            }
        };
        let preview = preview_of(&path, imported, data);
        Self {
            path,
            source,
            preview,
            reveal: true,
            sheets: read.sheets,
            sheet: read.sheet,
        }
    }

    /// Recomputes the preview after the mapping changed.
    pub fn refresh(&mut self, data: &JournalData, today: NaiveDate) {
        let file = self.path.display().to_string();
        let imported = match &self.source {
            ImportSource::Journal => return,
            ImportSource::Table(choice) => choice.imported(&file, today),
            ImportSource::Tracker(choice) => choice.imported(&file, today),
        };
        self.preview = preview_of(&self.path, imported, data);
    }
}

fn preview_of(
    path: &std::path::Path,
    imported: Result<Imported, String>,
    data: &JournalData,
) -> Result<ImportPreview, String> {
    ImportPreview::new(path, imported?, data).map_err(|error| error.to_string())
}

/// Draws a file read for import: the column matching for a table, the preview, and the
/// buttons to confirm or cancel.
pub fn pending_import_ui(
    ui: &mut Ui,
    pending: &mut PendingImport,
    data: &JournalData,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    ui.add_space(6.0);
    egui::Frame::group(ui.style())
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let title =
                ui.label(RichText::new(format!("Import {}?", pending.path.display())).strong());
            if std::mem::take(&mut pending.reveal) {
                title.scroll_to_me(Some(egui::Align::TOP));
            }
            if pending.sheets.len() > 1 {
                sheet_ui(ui, pending, actions);
            }
            let changed = match &mut pending.source {
                ImportSource::Journal => false,
                ImportSource::Tracker(choice) => tracker_choice_ui(ui, choice),
                ImportSource::Table(choice) => table_choice_ui(ui, choice),
            };
            if changed {
                pending.refresh(data, today);
            }
            ui.add_space(4.0);
            match &pending.preview {
                Ok(preview) => preview_ui(ui, preview),
                Err(message) => {
                    error_ui(ui, message);
                    ui.label("Change the matching above, or fix the file and preview it again.");
                }
            }
            ui.horizontal_wrapped(|ui| {
                if ui
                    .add_enabled(
                        pending.preview.is_ok(),
                        egui::Button::new(RichText::new("Confirm import").strong()),
                    )
                    .clicked()
                {
                    actions.push(JournalAction::ConfirmImport.into());
                }
                if ui.button("Cancel import").clicked() {
                    actions.push(JournalAction::CancelImport.into());
                }
            });
        });
}

/// The workbook's sheets, to read another one.
fn sheet_ui(ui: &mut Ui, pending: &PendingImport, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Sheet");
        let mut chosen = pending.sheet.clone();
        egui::ComboBox::from_id_salt("import_sheet")
            .selected_text(chosen.clone().unwrap_or_default())
            .show_ui(ui, |ui| {
                for name in &pending.sheets {
                    ui.selectable_value(&mut chosen, Some(name.clone()), name);
                }
            })
            .response
            .labelled_by(label.id);
        if chosen != pending.sheet {
            actions.push(JournalAction::PreviewImport(pending.path.clone(), chosen).into());
        }
    });
}
