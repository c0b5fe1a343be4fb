//! The Import part of the Report view: a file read for import, how it is read (the journal's
//! own file, a recognised tracker's export, or a table of days whose columns the patient
//! matches), the preview of what would be stored, and **Confirm import** or **Cancel import**.
//!
//! This file holds the state ([`PendingImport`], [`ImportSource`]) and the entry point
//! [`pending_import_ui`]; the date order of the journal's own CSV is in `journal.rs`, the
//! choices for a table of days in `table.rs` (one reading per row: `long.rs`), those for a
//! tracker's export in `tracker.rs`, and how the preview reads in `preview.rs`.
//!
//! Nothing here writes: the file is read by [`super::files`] when the app applies
//! [`JournalAction::PreviewImport`], and stored (after a backup) on
//! [`JournalAction::ConfirmImport`]. Changing a choice recomputes the preview and its wording
//! once; a frame without a change only draws them.

mod journal;
mod long;
mod preview;
mod table;
mod tracker;

use std::path::PathBuf;

use chrono::NaiveDate;
use eframe::egui;
use egui::{RichText, Ui};

use crate::exchange::{Field, ImportError, Imported, Layout, ScaleError};
use crate::t;
use crate::wording::import_words::{import_error, scale_error};
use crate::wording::{Surface, field_name};

use super::actions::{Action, JournalAction};
use super::data::JournalData;
use super::files::{ImportPreview, ReadImport};
use super::widgets::error_ui;

pub use journal::JournalChoice;
pub use table::TableChoice;
pub use tracker::TrackerChoice;

use journal::journal_choice_ui;
use preview::{PreviewText, preview_ui};
use table::table_choice_ui;
use tracker::tracker_choice_ui;

/// A file read for import and what importing it would do.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    /// The file.
    pub path: PathBuf,
    /// How the file is read.
    pub source: ImportSource,
    /// What importing would do, or why it cannot be imported as it stands (file, line, field,
    /// value and what is allowed, or a choice still to make). Set with its wording, on reading
    /// the file and when a choice changes.
    pub preview: Result<ImportPreview, ImportProblem>,
    /// The preview as it reads on screen, worded when the preview was made.
    wording: PreviewText,
    /// Whether the view still has to scroll the preview into sight (once, when it appears).
    pub reveal: bool,
    /// A workbook's sheets, in order; empty for other files.
    pub sheets: Vec<String>,
    /// The sheet read, when the file is a workbook.
    pub sheet: Option<String>,
}

/// Why a file cannot be imported under the choices made.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportProblem {
    /// The file, read under the choices, does not fit.
    File(ImportError),
    /// No column is matched to a field that is needed.
    NoColumnFor(Field),
    /// The columns naming and holding the readings are still to be chosen.
    ChooseNameAndValue,
    /// Which readings are pain is still to be chosen.
    ChoosePain,
    /// A column's scale is not one.
    ColumnScale {
        /// The column's header.
        header: String,
        /// What is wrong with the scale.
        error: ScaleError,
    },
    /// The scale of pain readings is not one.
    PainScale(ScaleError),
}

impl From<ImportError> for ImportProblem {
    fn from(error: ImportError) -> Self {
        Self::File(error)
    }
}

impl ImportProblem {
    /// The problem as the Import view says it, in the current language.
    pub fn text(&self) -> String {
        match self {
            Self::File(error) => import_error(error, Surface::App),
            Self::NoColumnFor(field) => {
                t!("import-no-column-for", field = field_name(field.name()))
            }
            Self::ChooseNameAndValue => t!("import-choose-name-and-value"),
            Self::ChoosePain => t!("import-choose-pain-readings"),
            Self::ColumnScale { header, error } => t!(
                "import-column-scale-error",
                header = header.as_str(),
                error = scale_error(error)
            ),
            Self::PainScale(error) => t!("import-pain-scale-error", error = scale_error(error)),
        }
    }
}

/// How a file to import is read.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportSource {
    /// The journal's own JSON.
    Journal,
    /// The journal's own CSV, whose numeric dates may need an order.
    JournalCsv(JournalChoice),
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
            Layout::JournalCsv(csv, imported) => (
                ImportSource::JournalCsv(JournalChoice::new(csv)),
                imported.map_err(ImportProblem::File),
            ),
            Layout::Tracker(file, imported) => (
                ImportSource::Tracker(TrackerChoice::new(file)),
                imported.map_err(ImportProblem::File),
            ),
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
            wording: PreviewText::of(&preview),
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
            ImportSource::JournalCsv(choice) => choice.imported(&file),
            ImportSource::Table(choice) => choice.imported(&file, today),
            ImportSource::Tracker(choice) => choice.imported(&file, today),
        };
        self.preview = preview_of(&self.path, imported, data);
        self.wording = PreviewText::of(&self.preview);
    }
}

fn preview_of(
    path: &std::path::Path,
    imported: Result<Imported, ImportProblem>,
    data: &JournalData,
) -> Result<ImportPreview, ImportProblem> {
    Ok(ImportPreview::new(path, imported?, data)?)
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
            let title = ui.label(
                RichText::new(t!(
                    "import-title",
                    path = pending.path.display().to_string()
                ))
                .strong(),
            );
            if std::mem::take(&mut pending.reveal) {
                title.scroll_to_me(Some(egui::Align::TOP));
            }
            if pending.sheets.len() > 1 {
                sheet_ui(ui, pending, actions);
            }
            let changed = match &mut pending.source {
                ImportSource::Journal => false,
                ImportSource::JournalCsv(choice) => journal_choice_ui(ui, choice),
                ImportSource::Tracker(choice) => tracker_choice_ui(ui, choice),
                ImportSource::Table(choice) => table_choice_ui(ui, choice),
            };
            if changed {
                pending.refresh(data, today);
            }
            ui.add_space(4.0);
            match &pending.wording.problem {
                None => preview_ui(ui, &pending.wording),
                Some(message) => {
                    error_ui(ui, message);
                    ui.label(t!("import-change-matching"));
                }
            }
            ui.horizontal_wrapped(|ui| {
                if ui
                    .add_enabled(
                        pending.preview.is_ok(),
                        egui::Button::new(RichText::new(t!("import-confirm-button")).strong()),
                    )
                    .clicked()
                {
                    actions.push(JournalAction::ConfirmImport.into());
                }
                if ui.button(t!("import-cancel-button")).clicked() {
                    actions.push(JournalAction::CancelImport.into());
                }
            });
        });
}

/// The workbook's sheets, to read another one.
fn sheet_ui(ui: &mut Ui, pending: &PendingImport, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!("import-sheet-label"));
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::{Entry, Score};
    use crate::exchange::{Field, table_from_text};
    use crate::store::Store;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    /// A table of two days read for import into a journal that has 3 April already.
    fn pending_table() -> (PendingImport, JournalData) {
        let mut store = Store::open_in_memory().unwrap();
        let pain = Score::new("pain", 6).unwrap();
        store
            .save_entry(&Entry::new(day("2026-04-03"), pain))
            .unwrap();
        let today = day("2026-04-10");
        let data = JournalData::load(&store, today).unwrap();
        let table = table_from_text("Date,Pain\n2026-04-02,5\n2026-04-03,7\n", "days.csv").unwrap();
        let read = ReadImport {
            layout: Layout::Table(table),
            sheets: Vec::new(),
            sheet: None,
        };
        let pending = PendingImport::new(PathBuf::from("days.csv"), read, &data, today);
        (pending, data)
    }

    fn table_choice(pending: &mut PendingImport) -> &mut TableChoice {
        match &mut pending.source {
            ImportSource::Table(choice) => choice,
            other => panic!("read as a table: {other:?}"),
        }
    }

    #[test]
    fn the_preview_is_worded_when_read_and_again_only_with_a_changed_choice() {
        let (mut pending, data) = pending_table();
        let today = day("2026-04-10");
        let worded = PreviewText {
            problem: None,
            summary: "The file holds 2 entries and 0 infusions.".to_owned(),
            rows: vec![
                "2026-04-02, pain 5".to_owned(),
                "2026-04-03, pain 7".to_owned(),
            ],
            more: None,
            details: vec![
                "1 day already in your journal would be replaced: 3 Apr 2026.".to_owned(),
            ],
        };
        assert_eq!(pending.wording, worded);

        // Pain recorded on 0 to 20: 5 is 2.5 on 0 to 10, rounded half up to 3; 7 is 3.5, so 4.
        table_choice(&mut pending).scales[1] = "0-20".to_owned();
        pending.refresh(&data, today);
        assert_eq!(
            pending.wording.rows,
            vec![
                "2026-04-02, pain 3, note \"pain 5 on 0-20\"".to_owned(),
                "2026-04-03, pain 4, note \"pain 7 on 0-20\"".to_owned(),
            ]
        );
        assert_eq!(pending.wording.summary, worded.summary);

        // With no column for pain there is nothing to preview, and no wording left from before.
        table_choice(&mut pending).set_field(1, None);
        pending.refresh(&data, today);
        assert_eq!(
            pending.preview,
            Err(ImportProblem::NoColumnFor(Field::Pain))
        );
        assert_eq!(
            pending.wording,
            PreviewText {
                problem: Some(
                    "No column is matched to pain yet; choose one in the Field menus.".to_owned()
                ),
                ..PreviewText::default()
            }
        );

        table_choice(&mut pending).set_field(1, Some(Field::Pain));
        pending.refresh(&data, today);
        assert_eq!(pending.wording.rows.len(), 2);
    }

    #[test]
    fn a_file_of_more_days_than_shown_counts_the_rest() {
        let store = Store::open_in_memory().unwrap();
        let today = day("2026-04-30");
        let data = JournalData::load(&store, today).unwrap();
        let mut text = "Date,Pain\n".to_owned();
        for date in 1..=10 {
            text.push_str(&format!("2026-04-{date:02},4\n"));
        }
        let read = ReadImport {
            layout: Layout::Table(table_from_text(&text, "days.csv").unwrap()),
            sheets: Vec::new(),
            sheet: None,
        };
        let pending = PendingImport::new(PathBuf::from("days.csv"), read, &data, today);
        assert_eq!(pending.wording.rows.len(), 8);
        assert_eq!(pending.wording.rows[7], "2026-04-08, pain 4");
        assert_eq!(pending.wording.more.as_deref(), Some("… and 2 more"));
        assert_eq!(
            pending.wording.details,
            vec!["No day in your journal would be replaced.".to_owned()]
        );
    }
}
