//! A table of days and the matching of its columns to the journal's fields: the fields guessed
//! from the headers, the date order (offered only when the date column's numeric dates read two
//! ways and nothing in the file settles which), each score column's scale, the mapping that
//! results, and the grid of columns in which the patient changes them.
//!
//! Not here: the choices for a table holding one reading per row ([`super::long`]), a recognised
//! tracker's export ([`super::tracker`]), or how the preview reads ([`super::preview`]). Nothing
//! here writes; the rows are mapped only when a choice changes.

use chrono::NaiveDate;
use eframe::egui;
use egui::Ui;

use crate::domain::DateOrder;
use crate::exchange::{
    Field, Imported, Scale, Table, TableMapping, column_range, guess_columns, map_table,
};
use crate::t;
use crate::wording::{field_name, format};

use super::ImportProblem;
use super::long::{LongChoice, long_choice_ui};
use crate::ui::widgets::{date_order_ui, error_ui};

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
    /// Whether the date column's numeric dates read two ways with nothing in the file to
    /// settle them, so the order must be chosen; worked out when the date column changes.
    pub dates_need_order: bool,
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
        let mut choice = Self {
            scales: vec![String::new(); table.headers.len()],
            fields,
            date_order: None,
            ranges,
            table,
            long: None,
            dates_need_order: false,
        };
        choice.dates_need_order = choice.date_column_needs_order();
        choice
    }

    /// Whether the numeric dates of the column matched to the date read two ways with nothing
    /// in the file to settle them.
    fn date_column_needs_order(&self) -> bool {
        self.fields
            .iter()
            .position(|field| *field == Some(Field::Date))
            .is_some_and(|index| self.table.dates_need_order(index))
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
        self.dates_need_order = self.date_column_needs_order();
    }

    /// The mapping as chosen.
    ///
    /// # Errors
    /// [`ImportProblem::ColumnScale`] naming the column whose scale is not `MIN-MAX`.
    pub fn mapping(&self) -> Result<TableMapping, ImportProblem> {
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
                let scale = Scale::parse(typed).map_err(|error| ImportProblem::ColumnScale {
                    header: header.clone(),
                    error,
                })?;
                mapping.scales.push((*field, scale));
            }
        }
        Ok(mapping)
    }

    /// The header of the column matched to `field`, if any.
    pub(super) fn column_of(&self, field: Field) -> Option<String> {
        self.fields
            .iter()
            .position(|found| *found == Some(field))
            .and_then(|index| self.table.headers.get(index).cloned())
    }

    /// The table's rows as entries under the chosen mapping.
    pub(super) fn imported(&self, file: &str, today: NaiveDate) -> Result<Imported, ImportProblem> {
        if let Some(long) = &self.long {
            return long.imported(
                &self.table,
                |field| self.column_of(field),
                self.date_order,
                file,
                today,
            );
        }
        for required in [Field::Date, Field::Pain] {
            if !self.fields.contains(&Some(required)) {
                return Err(ImportProblem::NoColumnFor(required));
            }
        }
        let mapping = self.mapping()?;
        Ok(map_table(&self.table, &mapping, today, file)?)
    }
}

/// The columns found, each with an example, the field it goes to and, for scores, its scale;
/// then the date order. Returns whether anything changed.
pub(super) fn table_choice_ui(ui: &mut Ui, choice: &mut TableChoice) -> bool {
    let mut changed = false;
    ui.label(t!("import-table-intro", rows = (choice.table.rows.len())));
    egui::Grid::new("import_columns")
        .num_columns(4)
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            ui.strong(t!("import-table-column-heading"));
            ui.strong(t!("import-table-first-value-heading"));
            ui.strong(t!("import-table-field-heading"));
            ui.strong(t!("import-table-scale-heading"));
            ui.end_row();
            for index in 0..choice.table.headers.len() {
                changed |= column_row_ui(ui, choice, index);
                ui.end_row();
            }
        });
    if choice.dates_need_order || choice.date_order.is_some() {
        ui.add_space(4.0);
        changed |= date_order_ui(ui, &mut choice.date_order);
    }
    ui.add_space(4.0);
    changed |= long_choice_ui(ui, &mut choice.long, &choice.table);
    changed
}

/// One column's row of [`table_choice_ui`].
fn column_row_ui(ui: &mut Ui, choice: &mut TableChoice, index: usize) -> bool {
    let mut changed = false;
    let header = choice.table.headers[index].clone();
    ui.label(if header.is_empty() {
        t!(
            "import-table-unnamed-column",
            number = (index + 1).to_string()
        )
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
        .accessible_name(t!("import-table-field-for", header = header.as_str()));
    if changed {
        choice.set_field(index, field);
    }
    ui.horizontal_wrapped(|ui| {
        if field.is_some_and(Field::is_score) {
            let label = t!("import-table-scale-of", header = header.as_str());
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut choice.scales[index])
                        .hint_text("0-10")
                        .desired_width(60.0),
                )
                .on_hover_text(t!("import-table-scale-tooltip"))
                .accessible_name(label);
            changed |= response.changed();
            if let Some((low, high)) = choice.ranges.get(index).copied().flatten() {
                let (low_text, high_text) = (format::exact(low), format::exact(high));
                let unscaled = choice.scales[index].trim().is_empty();
                if unscaled && (low < 0.0 || high > 10.0) {
                    let text = t!(
                        "import-table-values-need-scale",
                        low = low_text,
                        high = high_text
                    );
                    error_ui(ui, &text);
                } else {
                    ui.weak(t!("import-table-values", low = low_text, high = high_text));
                }
            }
        }
    });
    changed
}

/// The name a field goes by in the column menus: the field in words, or `not imported`.
fn field_label(field: Option<Field>) -> String {
    field.map_or_else(
        || t!("import-table-not-imported"),
        |field| field_name(field.name()),
    )
}
