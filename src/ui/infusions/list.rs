//! The Infusions view's list: every infusion, newest first, with its series and cycle; edit and
//! delete.

use chrono::NaiveDate;
use eframe::egui;
use egui::Ui;
use egui_extras::{Column, TableBuilder};

use crate::domain::{Infusion, InfusionStatus, Phase};
use crate::t;

use super::super::actions::{Action, JournalAction};
use super::super::data::{JournalData, Membership};
use super::super::widgets::{day_label, side_effect_name, typed_decimal};
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
    ui.heading(t!("infusions-list-title"));
    if data.infusions.is_empty() {
        ui.label(t!("infusions-list-empty"));
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
    let titles: Vec<String> = if every_column {
        table = table
            .column(Column::auto().at_least(90.0))
            .column(Column::auto().at_least(150.0));
        vec![
            t!("infusions-column-date"),
            String::new(),
            t!("infusions-column-status"),
            t!("infusions-column-series"),
            t!("infusions-column-details"),
        ]
    } else {
        vec![
            t!("infusions-column-date"),
            String::new(),
            t!("infusions-column-status-series"),
        ]
    };
    let (edit, delete) = (t!("infusions-edit"), t!("infusions-delete"));
    table
        .column(Column::remainder().at_least(50.0).clip(true))
        .header(22.0, |mut header| {
            for title in &titles {
                header.col(|ui| {
                    ui.strong(title);
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
                    let date = infusion.date.to_string();
                    if ui
                        .small_button(&edit)
                        .accessible_name(t!("infusions-edit-name", date = date.as_str()))
                        .clicked()
                    {
                        state.form = InfusionForm::from_infusion(infusion);
                        state.editing = Some(stored.id);
                        state.error = None;
                    }
                    if ui
                        .small_button(&delete)
                        .accessible_name(t!("infusions-delete-name", date = date.as_str()))
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
                    .map_or_else(|| t!("infusions-no-cycle-yet"), series_text);
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
                        ui.add(
                            egui::Label::new(t!(
                                "infusions-status-and-series",
                                status = status,
                                series = series
                            ))
                            .truncate(),
                        );
                    });
                }
            });
        });
}

/// The width the list needs to show every column, in points.
const LIST_FULL_WIDTH: f32 = 560.0;

/// Where a done infusion sits: "cycle 3, maintenance infusion 2" or "cycle 1, loading 2 of 5".
fn series_text(membership: &Membership) -> String {
    match (membership.phase, membership.maintenance_number) {
        (Phase::Maintenance, Some(number)) if membership.series_len == 1 => t!(
            "infusions-series-maintenance",
            cycle = membership.cycle,
            number = number
        ),
        (phase, _) => t!(
            "infusions-series-position",
            cycle = membership.cycle,
            phase = phase_key(phase),
            position = membership.position,
            count = membership.series_len
        ),
    }
}

/// A phase as the messages select on it.
fn phase_key(phase: Phase) -> &'static str {
    match phase {
        Phase::Loading => "loading",
        Phase::Maintenance => "maintenance",
    }
}

/// "done", "planned, in 3 days", "planned (date passed)".
fn status_text(infusion: &Infusion, today: NaiveDate) -> String {
    match infusion.status {
        InfusionStatus::Done => t!("infusions-status-done"),
        InfusionStatus::Planned if infusion.date >= today => {
            match (infusion.date - today).num_days() {
                0 => t!("infusions-status-planned-today"),
                1 => t!("infusions-status-planned-tomorrow"),
                days => t!("infusions-status-planned-in", days = days),
            }
        }
        InfusionStatus::Planned => t!("infusions-status-planned-passed"),
    }
}

/// The details cell: what was recorded with the infusion, one item after another.
fn details(infusion: &Infusion) -> String {
    let mut parts = Vec::new();
    if let Some(phase) = infusion.phase {
        parts.push(t!("infusions-detail-phase", phase = phase_key(phase)));
    }
    if let Some(dose) = infusion.dose_mg {
        parts.push(t!(
            "infusions-detail-dose",
            dose = typed_decimal(dose.get())
        ));
    }
    if let Some(minutes) = infusion.duration_min {
        parts.push(t!("infusions-detail-duration", minutes = minutes.get()));
    }
    if !infusion.clinic.is_empty() {
        parts.push(infusion.clinic.clone());
    }
    if !infusion.side_effects.is_empty() {
        let effects: Vec<String> = infusion
            .side_effects
            .items()
            .iter()
            .map(|item| side_effect_name(item))
            .collect();
        parts.push(effects.join(", "));
    }
    if !infusion.note.is_empty() {
        parts.push(infusion.note.lines().next().unwrap_or_default().to_owned());
    }
    parts.join(" · ")
}
