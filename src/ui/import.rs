//! The Import part of the Report view: a file read for import, the matching of a table's
//! columns to the journal's fields (guessed first), the date order and the scales, and the
//! preview of what would be stored, before **Confirm import**.
//!
//! Nothing here writes: the file is read by [`super::files`] when the app applies
//! [`JournalAction::PreviewImport`], and stored (after a backup) on
//! [`JournalAction::ConfirmImport`]. Changing the mapping only recomputes the preview.

use std::path::PathBuf;

use chrono::NaiveDate;
use eframe::egui;
use egui::{RichText, Ui};

use crate::domain::{DateOrder, DateTextError};
use crate::store::exchange::{
    Field, ImportError, Imported, Layout, LongMapping, NameRule, Scale, Table, TableMapping,
    Tracker, TrackerFile, TrackerOptions, ZeroMeans, column_range, entry_line, guess_columns,
    map_table, read_long,
};

use super::actions::{Action, JournalAction};
use super::data::JournalData;
use super::files::{ImportPreview, ReadImport};
use super::widgets::{date_order_ui, error_ui};

/// Rows shown as they would be stored, before the rest are counted.
const PREVIEW_ROWS: usize = 8;

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

/// A table of days and how its columns are matched to the journal's fields.
#[derive(Debug, Clone, PartialEq)]
pub struct TableChoice {
    /// The table as read.
    pub table: Table,
    /// The field of each column, by position; `None` when the column is not imported.
    pub fields: Vec<Option<Field>>,
    /// How numeric dates are read; `None` refuses a date that reads two ways.
    pub date_order: Option<DateOrder>,
    /// The scale each column's scores were recorded on, as typed (`0-4`); empty for 0 to 10.
    pub scales: Vec<String>,
    /// The lowest and highest number in each column, to show when choosing a scale.
    pub ranges: Vec<Option<(f64, f64)>>,
    /// When the table holds one reading per row: how its readings are told apart.
    pub long: Option<LongChoice>,
}

/// A table read as one reading per row: the column that names each reading, the column that
/// holds its value, and which name is pain (the date, time and note come from the Field menus).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LongChoice {
    /// The column naming each reading, by position.
    pub name: Option<usize>,
    /// The column holding each reading's value, by position.
    pub value: Option<usize>,
    /// The name whose readings are pain.
    pub pain: Option<String>,
    /// The scale pain was recorded on, as typed (`0-4`); empty for 0 to 10.
    pub pain_scale: String,
    /// The names found in the name column, in file order.
    pub names: Vec<String>,
}

impl LongChoice {
    /// The names found in column `index` of `table`, each once, in file order.
    fn names_in(table: &Table, index: usize) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for row in &table.rows {
            let name = row.cells.get(index).map_or("", |cell| cell.trim());
            if !name.is_empty() && !names.iter().any(|found| found == name) {
                names.push(name.to_owned());
            }
        }
        names
    }
}

impl TableChoice {
    /// The table with the obvious columns guessed ("Date", "Pain", "Sleep", ...).
    pub fn new(table: Table) -> Self {
        let guessed = guess_columns(&table.headers);
        let fields = table
            .headers
            .iter()
            .map(|header| {
                guessed
                    .iter()
                    .find(|(_, guessed_header)| guessed_header == header)
                    .map(|(field, _)| *field)
            })
            .collect();
        let ranges = (0..table.headers.len())
            .map(|index| column_range(&table, index))
            .collect();
        Self {
            scales: vec![String::new(); table.headers.len()],
            fields,
            date_order: None,
            ranges,
            table,
            long: None,
        }
    }

    /// Matches column `index` to `field`; a column that had the field before is no longer
    /// imported, as each field comes from one column.
    pub fn set_field(&mut self, index: usize, field: Option<Field>) {
        if field.is_some() {
            for (other, taken) in self.fields.iter_mut().enumerate() {
                if other != index && *taken == field {
                    *taken = None;
                }
            }
        }
        if let Some(slot) = self.fields.get_mut(index) {
            *slot = field;
        }
    }

    /// The mapping as chosen.
    ///
    /// # Errors
    /// A sentence naming the column whose scale is not `MIN-MAX`.
    pub fn mapping(&self) -> Result<TableMapping, String> {
        let mut mapping = TableMapping {
            date_order: self.date_order,
            ..TableMapping::default()
        };
        for (index, field) in self.fields.iter().enumerate() {
            let (Some(field), Some(header)) = (field, self.table.headers.get(index)) else {
                continue;
            };
            mapping.columns.push((*field, header.clone()));
            let typed = self.scales.get(index).map_or("", |text| text.trim());
            if field.is_score() && !typed.is_empty() {
                let scale = Scale::parse(typed)
                    .map_err(|message| format!("Scale of column \"{header}\": {message}."))?;
                mapping.scales.push((*field, scale));
            }
        }
        Ok(mapping)
    }

    /// The header of the column matched to `field`, if any.
    fn column_of(&self, field: Field) -> Option<String> {
        self.fields
            .iter()
            .position(|found| *found == Some(field))
            .and_then(|index| self.table.headers.get(index).cloned())
    }

    /// The table's readings as entries, when it holds one reading per row.
    fn long_imported(
        &self,
        long: &LongChoice,
        file: &str,
        today: NaiveDate,
    ) -> Result<Imported, String> {
        let date = self.column_of(Field::Date).ok_or_else(|| {
            "No column is matched to date yet; choose one in the Field menus.".to_owned()
        })?;
        let header =
            |index: Option<usize>| index.and_then(|index| self.table.headers.get(index).cloned());
        let (Some(name), Some(value)) = (header(long.name), header(long.value)) else {
            return Err(
                "Choose the column that names each reading and the column that holds its value."
                    .into(),
            );
        };
        let pain = long
            .pain
            .clone()
            .ok_or_else(|| "Choose which readings are pain.".to_owned())?;
        let typed = long.pain_scale.trim();
        let scale = if typed.is_empty() {
            None
        } else {
            Some(Scale::parse(typed).map_err(|message| format!("Scale of pain: {message}."))?)
        };
        let mapping = LongMapping {
            date,
            time: self.column_of(Field::Time),
            name,
            value,
            note: self.column_of(Field::Note),
            readings: vec![NameRule {
                field: Field::Pain,
                name: pain,
                scale,
            }],
            date_order: self.date_order,
            ..LongMapping::default()
        };
        read_long(&self.table, &mapping, today, file).map_err(|error| error.to_string())
    }

    /// The table's rows as entries under the chosen mapping.
    fn imported(&self, file: &str, today: NaiveDate) -> Result<Imported, String> {
        if let Some(long) = &self.long {
            return self.long_imported(long, file, today);
        }
        for required in [Field::Date, Field::Pain] {
            if !self.fields.contains(&Some(required)) {
                return Err(format!(
                    "No column is matched to {} yet; choose one in the Field menus.",
                    required.name()
                ));
            }
        }
        let mapping = self.mapping()?;
        map_table(&self.table, &mapping, today, file).map_err(|error| match error {
            // The command line's hint names its option; here the choice is on screen.
            ImportError::Date {
                file,
                location,
                error: error @ DateTextError::Ambiguous { .. },
            } => format!("{file}, {location}: date: {error}; choose how numeric dates are read."),
            error => error.to_string(),
        })
    }
}

/// A tracker's export and the choices its file cannot settle: which of the names found feeds
/// pain, and (for Nomie) whether a 0 is a reading.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackerChoice {
    /// The file as recognised.
    pub file: TrackerFile,
    /// The name chosen for pain; `None` for the layout's own choice.
    pub pain: Option<String>,
    /// What a 0 means.
    pub zero: ZeroMeans,
    /// How numeric dates are read where the layout writes the phone's own date format.
    pub date_order: Option<DateOrder>,
}

impl TrackerChoice {
    /// The file with the layout's own choices.
    pub fn new(file: TrackerFile) -> Self {
        let zero = if file.tracker == Tracker::Nomie {
            ZeroMeans::NotLogged
        } else {
            ZeroMeans::Score
        };
        Self {
            file,
            pain: None,
            zero,
            date_order: None,
        }
    }

    /// The choices as options for the reader.
    pub fn options(&self) -> TrackerOptions {
        TrackerOptions {
            readings: self
                .pain
                .iter()
                .map(|name| (Field::Pain, name.clone()))
                .collect(),
            zero: Some(self.zero),
            date_order: self.date_order,
            ..TrackerOptions::default()
        }
    }

    fn imported(&self, file: &str, today: NaiveDate) -> Result<Imported, String> {
        // The command line's hint names its option; here the choice is on screen.
        self.file
            .read(&self.options(), today, file)
            .map_err(|error| {
                error
                    .to_string()
                    .replace("with --reading \"pain=NAME\"", "under Pain from above")
                    .replace(
                        "; add --date-order dmy or --date-order mdy",
                        "; choose how numeric dates are read",
                    )
            })
    }
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

/// The name a field goes by in the column menus.
fn field_label(field: Option<Field>) -> String {
    field.map_or_else(
        || "not imported".to_owned(),
        |field| field.name().replace('_', " "),
    )
}

/// A number without a needless `.0`.
fn number_text(value: f64) -> String {
    format!("{}", (value * 100.0).round() / 100.0)
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

/// What a tracker's export is taken to be, and the choices its file cannot settle. Returns
/// whether anything changed.
fn tracker_choice_ui(ui: &mut Ui, choice: &mut TrackerChoice) -> bool {
    let mut changed = false;
    let tracker = choice.file.tracker;
    ui.label(format!(
        "Recognised from its header: this looks like a {} export, read as that app writes it.",
        tracker.title()
    ));
    if !choice.file.names.is_empty() {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Pain from");
            let shown = choice
                .pain
                .clone()
                .unwrap_or_else(|| "the one named like pain".to_owned());
            let mut chosen = choice.pain.clone();
            egui::ComboBox::from_id_salt("import_pain_from")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut chosen, None, "the one named like pain");
                    for name in &choice.file.names {
                        ui.selectable_value(&mut chosen, Some(name.clone()), name);
                    }
                })
                .response
                .labelled_by(label.id);
            if chosen != choice.pain {
                choice.pain = chosen;
                changed = true;
            }
        });
        ui.weak(format!(
            "Names found: {}. Everything else is listed below as not imported.",
            choice.file.names.join(", ")
        ));
    }
    if tracker == Tracker::Bearable {
        changed |= date_order_ui(ui, &mut choice.date_order);
    }
    if tracker == Tracker::Nomie {
        let mut not_logged = choice.zero == ZeroMeans::NotLogged;
        if ui
            .checkbox(
                &mut not_logged,
                "A 0 means nothing was logged that day (Nomie writes 0 for such days)",
            )
            .changed()
        {
            choice.zero = if not_logged {
                ZeroMeans::NotLogged
            } else {
                ZeroMeans::Score
            };
            changed = true;
        }
    }
    changed
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

/// The columns found, each with an example, the field it goes to and, for scores, its scale;
/// then the date order. Returns whether anything changed.
fn table_choice_ui(ui: &mut Ui, choice: &mut TableChoice) -> bool {
    let mut changed = false;
    ui.label(format!(
        "Columns found ({} rows). Match each to a field of your journal; a date and pain are needed.",
        choice.table.rows.len()
    ));
    egui::Grid::new("import_columns")
        .num_columns(4)
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            ui.strong("Column");
            ui.strong("First value");
            ui.strong("Field");
            ui.strong("Scale");
            ui.end_row();
            for index in 0..choice.table.headers.len() {
                changed |= column_row_ui(ui, choice, index);
                ui.end_row();
            }
        });
    ui.add_space(4.0);
    changed |= date_order_ui(ui, &mut choice.date_order);
    ui.add_space(4.0);
    changed |= long_choice_ui(ui, choice);
    changed
}

/// The choice to read the table as one reading per row, and then which columns name and hold
/// the readings and which name is pain. Returns whether anything changed.
fn long_choice_ui(ui: &mut Ui, choice: &mut TableChoice) -> bool {
    let mut changed = false;
    let mut long = choice.long.is_some();
    if ui
        .checkbox(
            &mut long,
            "One reading per row: a column names what was read, another holds its value",
        )
        .changed()
    {
        choice.long = long.then(LongChoice::default);
        changed = true;
    }
    let headers = choice.table.headers.clone();
    let Some(long) = &mut choice.long else {
        return changed;
    };
    let header_text = |index: Option<usize>| {
        index
            .and_then(|index| headers.get(index).cloned())
            .unwrap_or_else(|| "choose a column".to_owned())
    };
    for (label_text, salt, slot) in [
        ("Name column", "import_long_name", &mut long.name),
        ("Value column", "import_long_value", &mut long.value),
    ] {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(label_text);
            let mut chosen = *slot;
            egui::ComboBox::from_id_salt(salt)
                .selected_text(header_text(chosen))
                .show_ui(ui, |ui| {
                    for (index, header) in headers.iter().enumerate() {
                        ui.selectable_value(&mut chosen, Some(index), header);
                    }
                })
                .response
                .labelled_by(label.id);
            if chosen != *slot {
                *slot = chosen;
                changed = true;
            }
        });
    }
    if changed {
        long.names = long
            .name
            .map(|index| LongChoice::names_in(&choice.table, index))
            .unwrap_or_default();
        if long
            .pain
            .as_ref()
            .is_some_and(|pain| !long.names.contains(pain))
        {
            long.pain = None;
        }
    }
    if !long.names.is_empty() {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Pain from readings named");
            let mut chosen = long.pain.clone();
            egui::ComboBox::from_id_salt("import_long_pain")
                .selected_text(chosen.clone().unwrap_or_else(|| "choose a name".to_owned()))
                .show_ui(ui, |ui| {
                    for name in &long.names {
                        ui.selectable_value(&mut chosen, Some(name.clone()), name);
                    }
                })
                .response
                .labelled_by(label.id);
            if chosen != long.pain {
                long.pain = chosen;
                changed = true;
            }
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut long.pain_scale)
                        .hint_text("0-10")
                        .desired_width(60.0),
                )
                .on_hover_text("The range pain was recorded on, e.g. 0-4; mapped onto 0 to 10")
                .accessible_name("Scale of pain readings");
            changed |= response.changed();
        });
        ui.weak(format!(
            "Names found: {}. The date, time and note come from the Field menus above; other names are listed as not imported.",
            long.names.join(", ")
        ));
    }
    changed
}

/// One column's row of [`table_choice_ui`].
fn column_row_ui(ui: &mut Ui, choice: &mut TableChoice, index: usize) -> bool {
    let mut changed = false;
    let header = choice.table.headers[index].clone();
    ui.label(if header.is_empty() {
        format!("(column {})", index + 1)
    } else {
        header.clone()
    });
    let example = choice
        .table
        .rows
        .iter()
        .filter_map(|row| row.cells.get(index))
        .map(|cell| cell.trim())
        .find(|cell| !cell.is_empty())
        .unwrap_or("");
    ui.weak(example);
    let mut field = choice.fields.get(index).copied().flatten();
    egui::ComboBox::from_id_salt(("import_field", index))
        .selected_text(field_label(field))
        .show_ui(ui, |ui| {
            for option in std::iter::once(None).chain(Field::ALL.map(Some)) {
                changed |= ui
                    .selectable_value(&mut field, option, field_label(option))
                    .changed();
            }
        })
        .response
        .accessible_name(format!("Field for column \"{header}\""));
    if changed {
        choice.set_field(index, field);
    }
    ui.horizontal_wrapped(|ui| {
        if field.is_some_and(Field::is_score) {
            let label = format!("Scale of column \"{header}\"");
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut choice.scales[index])
                        .hint_text("0-10")
                        .desired_width(60.0),
                )
                .on_hover_text(
                    "The range the values were recorded on, e.g. 0-4 or 1-5; mapped onto 0 to 10",
                )
                .accessible_name(label);
            changed |= response.changed();
            if let Some((low, high)) = choice.ranges.get(index).copied().flatten() {
                let text = format!("values {} to {}", number_text(low), number_text(high));
                let unscaled = choice.scales[index].trim().is_empty();
                if unscaled && (low < 0.0 || high > 10.0) {
                    error_ui(ui, &format!("{text}: give the scale they were recorded on"));
                } else {
                    ui.weak(text);
                }
            }
        }
    });
    changed
}

/// What importing would do: the first rows as they would be stored, the days replaced, the
/// columns and categories not imported, the rules applied.
fn preview_ui(ui: &mut Ui, preview: &ImportPreview) {
    ui.label(preview.summary());
    let entries = &preview.imported.entries;
    if !entries.is_empty() {
        ui.label("As they would be stored:");
        for entry in entries.iter().take(PREVIEW_ROWS) {
            ui.monospace(entry_line(entry));
        }
        if entries.len() > PREVIEW_ROWS {
            ui.weak(format!("… and {} more", entries.len() - PREVIEW_ROWS));
        }
    }
    for line in preview.details() {
        ui.label(line);
    }
    ui.label("Nothing has changed yet. A backup of your journal is made before importing.");
}
