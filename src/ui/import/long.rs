//! A table read as one reading per row: the column naming each reading, the column holding its
//! value, which name is pain and on what scale, the entries they make, and the controls that
//! choose them under the column grid.
//!
//! Not here: the date, time and note columns, chosen in the Field menus of [`super::table`], nor
//! the reading of the rows itself (`exchange::read_long`).

use chrono::NaiveDate;
use eframe::egui;
use egui::Ui;

use crate::domain::DateOrder;
use crate::exchange::{Field, Imported, LongMapping, NameRule, Scale, Table, read_long};
use crate::t;

use super::ImportProblem;

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

    /// `table`'s readings as entries: the date, time and note from the Field menus
    /// (`column_of` gives the header matched to a field), numeric dates read in `date_order`.
    pub(super) fn imported(
        &self,
        table: &Table,
        column_of: impl Fn(Field) -> Option<String>,
        date_order: Option<DateOrder>,
        file: &str,
        today: NaiveDate,
    ) -> Result<Imported, ImportProblem> {
        let date = column_of(Field::Date).ok_or(ImportProblem::NoColumnFor(Field::Date))?;
        let header =
            |index: Option<usize>| index.and_then(|index| table.headers.get(index).cloned());
        let (Some(name), Some(value)) = (header(self.name), header(self.value)) else {
            return Err(ImportProblem::ChooseNameAndValue);
        };
        let pain = self.pain.clone().ok_or(ImportProblem::ChoosePain)?;
        let typed = self.pain_scale.trim();
        let scale = if typed.is_empty() {
            None
        } else {
            Some(Scale::parse(typed).map_err(ImportProblem::PainScale)?)
        };
        let mapping = LongMapping {
            date,
            time: column_of(Field::Time),
            name,
            value,
            note: column_of(Field::Note),
            readings: vec![NameRule {
                field: Field::Pain,
                name: pain,
                scale,
            }],
            date_order,
            ..LongMapping::default()
        };
        Ok(read_long(table, &mapping, today, file)?)
    }
}

/// The choice to read `table` as one reading per row (`choice` is `None` when it is not), and
/// then which columns name and hold the readings and which name is pain. Returns whether
/// anything changed.
pub(super) fn long_choice_ui(ui: &mut Ui, choice: &mut Option<LongChoice>, table: &Table) -> bool {
    let mut changed = false;
    let mut long = choice.is_some();
    if ui.checkbox(&mut long, t!("import-long-checkbox")).changed() {
        *choice = long.then(LongChoice::default);
        changed = true;
    }
    let headers = table.headers.clone();
    let Some(long) = choice else {
        return changed;
    };
    let header_text = |index: Option<usize>| {
        index
            .and_then(|index| headers.get(index).cloned())
            .unwrap_or_else(|| t!("import-long-choose-column"))
    };
    for (label_text, salt, slot) in [
        (
            t!("import-long-name-column"),
            "import_long_name",
            &mut long.name,
        ),
        (
            t!("import-long-value-column"),
            "import_long_value",
            &mut long.value,
        ),
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
            .map(|index| LongChoice::names_in(table, index))
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
            let label = ui.label(t!("import-long-pain-from"));
            let mut chosen = long.pain.clone();
            egui::ComboBox::from_id_salt("import_long_pain")
                .selected_text(
                    chosen
                        .clone()
                        .unwrap_or_else(|| t!("import-long-choose-name")),
                )
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
                .on_hover_text(t!("import-long-scale-tooltip"))
                .accessible_name(t!("import-long-scale-name"));
            changed |= response.changed();
        });
        ui.weak(t!("import-long-names-found", names = long.names.join(", ")));
    }
    changed
}
