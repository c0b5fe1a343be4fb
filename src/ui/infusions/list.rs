//! The Infusions view's list: every infusion, newest first, with its series and cycle; edit and
//! delete.

use chrono::NaiveDate;
use eframe::egui;
use egui::Ui;
use egui_extras::{Column, TableBuilder};

use crate::domain::{Infusion, InfusionStatus};

use super::super::actions::{Action, JournalAction};
use super::super::data::JournalData;
use super::super::widgets::day_label;
use super::{InfusionForm, InfusionsState};

/// All infusions, newest first, with their series and cycle, at most `height` points high; only
/// the visible rows are laid out.
pub(super) fn infusion_list_ui(
    ui: &mut Ui,
    state: &mut InfusionsState,
    data: &JournalData,
    today: NaiveDate,
    height: f32,
    actions: &mut Vec<Action>,
) {
    ui.heading("Infusions");
    if data.infusions.is_empty() {
        ui.label("No infusions yet. Add done and planned infusions with the form.");
        return;
    }
    infusion_table_ui(ui, state, data, today, height, actions);
}

/// The table of [`infusion_list_ui`]: Edit and Delete right after the date; every column when
/// they fit, otherwise the status and series in one column and the details left to Edit, so
/// nothing runs past the edge.
fn infusion_table_ui(
    ui: &mut Ui,
    state: &mut InfusionsState,
    data: &JournalData,
    today: NaiveDate,
    height: f32,
    actions: &mut Vec<Action>,
) {
    let row_height = 26.0;
    let count = data.infusions.len();
    let every_column = ui.available_width() >= LIST_FULL_WIDTH;
    let mut table = TableBuilder::new(ui)
        .id_salt("infusion_list")
        .striped(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .max_scroll_height(height)
        .column(Column::exact(110.0))
        .column(Column::exact(112.0));
    let titles: &[&str] = if every_column {
        table = table
            .column(Column::auto().at_least(90.0))
            .column(Column::auto().at_least(150.0));
        &["Date", "", "Status", "Series and cycle", "Details"]
    } else {
        &["Date", "", "Status and series"]
    };
    table
        .column(Column::remainder().at_least(50.0).clip(true))
        .header(22.0, |mut header| {
            for title in titles {
                header.col(|ui| {
                    ui.strong(*title);
                });
            }
        })
        .body(|body| {
            body.rows(row_height, count, |mut row| {
                // Newest first.
                let Some(stored) = data.infusions.get(count - 1 - row.index()) else {
                    return;
                };
                let infusion = &stored.infusion;
                row.col(|ui| {
                    ui.label(day_label(infusion.date));
                });
                row.col(|ui| {
                    let name = format!("infusion of {}", infusion.date);
                    if ui
                        .small_button("Edit")
                        .accessible_name(format!("Edit {name}"))
                        .clicked()
                    {
                        state.form = InfusionForm::from_infusion(infusion);
                        state.editing = Some(stored.id);
                        state.error = None;
                    }
                    if ui
                        .small_button("Delete")
                        .accessible_name(format!("Delete {name}"))
                        .clicked()
                    {
                        actions.push(JournalAction::DeleteInfusion(stored.id).into());
                        if state.editing == Some(stored.id) {
                            state.reset_form(today);
                        }
                    }
                });
                let status = status_text(infusion, today);
                let series = data
                    .memberships
                    .get(&stored.id)
                    .map_or_else(|| "not in a cycle yet".to_owned(), |m| m.describe());
                // The last column is cut short to its width, whole on hover.
                if every_column {
                    row.col(|ui| {
                        ui.label(status);
                    });
                    row.col(|ui| {
                        ui.label(series);
                    });
                    row.col(|ui| {
                        ui.add(egui::Label::new(details(infusion)).truncate());
                    });
                } else {
                    row.col(|ui| {
                        ui.add(egui::Label::new(format!("{status} · {series}")).truncate());
                    });
                }
            });
        });
}

/// The width the list needs to show every column, in points.
const LIST_FULL_WIDTH: f32 = 560.0;

/// "done", "planned, in 3 days", "planned (date passed)".
fn status_text(infusion: &Infusion, today: NaiveDate) -> String {
    match infusion.status {
        InfusionStatus::Done => "done".to_owned(),
        InfusionStatus::Planned if infusion.date >= today => {
            match (infusion.date - today).num_days() {
                0 => "planned, today".to_owned(),
                1 => "planned, tomorrow".to_owned(),
                days => format!("planned, in {days} days"),
            }
        }
        InfusionStatus::Planned => "planned (date passed)".to_owned(),
    }
}

fn details(infusion: &Infusion) -> String {
    let mut parts = Vec::new();
    if let Some(phase) = infusion.phase {
        parts.push(format!("{phase} (set by hand)"));
    }
    if let Some(dose) = infusion.dose_mg {
        parts.push(format!("{} mg", dose.get()));
    }
    if let Some(minutes) = infusion.duration_min {
        parts.push(format!("{} min", minutes.get()));
    }
    if !infusion.clinic.is_empty() {
        parts.push(infusion.clinic.clone());
    }
    if !infusion.side_effects.is_empty() {
        parts.push(infusion.side_effects.items().join(", "));
    }
    if !infusion.note.is_empty() {
        parts.push(infusion.note.lines().next().unwrap_or_default().to_owned());
    }
    parts.join(" · ")
}
