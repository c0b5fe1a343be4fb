//! The Infusions view's list: every infusion, newest first, with its series and cycle; edit and
//! delete.

use chrono::NaiveDate;
use eframe::egui;
use egui::Ui;

use crate::domain::{Infusion, InfusionStatus, Phase};
use crate::t;

use super::super::actions::{Action, JournalAction};
use super::super::data::{JournalData, Membership};
use super::super::widgets::{
    day_label, side_effect_name, small_buttons_width, text_width, typed_decimal,
};
use super::{InfusionForm, InfusionsState};
use crate::store::StoredInfusion;

/// All infusions, newest first, with their series and cycle, at most `height` points high with a
/// scroll bar of their own, or inside the view's scroll area without one when `height` is
/// `None`; only the visible rows are laid out.
pub(super) fn infusion_list_ui(
    ui: &mut Ui,
    state: &mut InfusionsState,
    data: &JournalData,
    today: NaiveDate,
    height: Option<f32>,
    actions: &mut Vec<Action>,
) {
    ui.heading(t!("infusions-list-title"));
    if data.infusions.is_empty() {
        ui.label(t!("infusions-list-empty"));
        return;
    }
    infusion_table_ui(ui, state, data, today, height, actions);
}

/// The widths of the list's columns, in points: the date, Edit and Delete, the status and the
/// series as wide as their words in the patient's language, and the details after them.
#[derive(Debug, Clone, Copy)]
struct Columns {
    date: f32,
    buttons: f32,
    status: f32,
    series: f32,
}

impl Columns {
    fn new(ui: &Ui, edit: &str, delete: &str) -> Self {
        let widest = |texts: &[String], least: f32| {
            texts
                .iter()
                .map(|text| text_width(ui, text, egui::TextStyle::Body))
                .fold(least, f32::max)
                + CELL_PADDING
        };
        // The longest a status or a series can read, so that the columns do not change width
        // as rows scroll into view.
        let statuses = [
            t!("infusions-column-status"),
            t!("infusions-status-done"),
            t!("infusions-status-planned-today"),
            t!("infusions-status-planned-tomorrow"),
            t!("infusions-status-planned-in", days = 999),
            t!("infusions-status-planned-passed"),
        ];
        let series = [
            t!("infusions-column-series"),
            t!("infusions-no-cycle-yet"),
            t!("infusions-series-maintenance", cycle = 999, number = 999),
            t!(
                "infusions-series-position",
                cycle = 999,
                phase = "maintenance",
                position = 99,
                count = 99
            ),
            t!(
                "infusions-series-position",
                cycle = 999,
                phase = "loading",
                position = 99,
                count = 99
            ),
        ];
        Self {
            date: 110.0,
            buttons: (small_buttons_width(ui, &[edit, delete]) + CELL_PADDING).max(112.0),
            status: widest(&statuses, 90.0),
            series: widest(&series, 150.0),
        }
    }

    /// The width every column needs, the details at their narrowest.
    fn all(self) -> f32 {
        self.date + self.buttons + self.status + self.series + DETAILS_MIN_WIDTH
    }
}

/// Room beside a cell's words, in points.
const CELL_PADDING: f32 = 8.0;

/// The narrowest the details column gets before it is left out, in points.
const DETAILS_MIN_WIDTH: f32 = 50.0;

/// The height of a row, in points.
const ROW_HEIGHT: f32 = 26.0;

/// A cell `width` points wide at the cursor, its contents left to right and cut at its edge.
fn cell<R>(ui: &mut Ui, width: f32, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, ROW_HEIGHT), egui::Sense::hover());
    let mut cell = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
    );
    cell.set_clip_rect(rect.intersect(ui.clip_rect()));
    add_contents(&mut cell)
}

/// The table of [`infusion_list_ui`]: Edit and Delete right after the date; every column when
/// they fit, otherwise the status and series in one column and the details left to Edit, so
/// nothing runs past the edge.
///
/// The rows are drawn without a table widget: a table keeps a scroll area of its own even when
/// it does not scroll, and a scroll area inside the view's would take for itself every request
/// to bring a row into view (from the keyboard or a screen reader), so the view would never
/// scroll to it.
fn infusion_table_ui(
    ui: &mut Ui,
    state: &mut InfusionsState,
    data: &JournalData,
    today: NaiveDate,
    height: Option<f32>,
    actions: &mut Vec<Action>,
) {
    let (edit, delete) = (t!("infusions-edit"), t!("infusions-delete"));
    let columns = Columns::new(ui, &edit, &delete);
    let every_column = ui.available_width() >= columns.all();
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        cell(ui, columns.date, |ui| {
            ui.strong(t!("infusions-column-date"))
        });
        cell(ui, columns.buttons, |_| {});
        if every_column {
            cell(ui, columns.status, |ui| {
                ui.strong(t!("infusions-column-status"))
            });
            cell(ui, columns.series, |ui| {
                ui.strong(t!("infusions-column-series"))
            });
            let rest = ui.available_width();
            cell(ui, rest, |ui| ui.strong(t!("infusions-column-details")));
        } else {
            let rest = ui.available_width();
            cell(ui, rest, |ui| {
                ui.strong(t!("infusions-column-status-series"))
            });
        }
    });
    let mut rows = |ui: &mut Ui| {
        // Newest first.
        for (index, stored) in data.infusions.iter().rev().enumerate() {
            let top = ui.cursor().min.y;
            let rect = egui::Rect::from_min_size(
                egui::pos2(ui.max_rect().left(), top),
                egui::vec2(ui.available_width(), ROW_HEIGHT),
            );
            // A row outside the window keeps its height but is not laid out, so a long list
            // costs no more per frame than a short one.
            if !ui.is_rect_visible(rect) {
                ui.allocate_exact_size(rect.size(), egui::Sense::hover());
                continue;
            }
            if index % 2 == 1 {
                ui.painter()
                    .rect_filled(rect, 0.0, ui.visuals().faint_bg_color);
            }
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                row_ui(
                    ui,
                    RowContext {
                        state: &mut *state,
                        data,
                        today,
                        columns,
                        every_column,
                        edit: &edit,
                        delete: &delete,
                    },
                    stored,
                    actions,
                );
            });
        }
    };
    match height {
        Some(height) => {
            egui::ScrollArea::vertical()
                .id_salt("infusion_list")
                .max_height(height)
                .auto_shrink([false, true])
                .show(ui, |ui| rows(ui));
        }
        None => rows(ui),
    }
}

/// What every row of the list needs besides its infusion.
struct RowContext<'a> {
    state: &'a mut InfusionsState,
    data: &'a JournalData,
    today: NaiveDate,
    columns: Columns,
    every_column: bool,
    edit: &'a str,
    delete: &'a str,
}

/// One row: the date, Edit and Delete, and the status, series and details.
fn row_ui(
    ui: &mut Ui,
    context: RowContext<'_>,
    stored: &StoredInfusion,
    actions: &mut Vec<Action>,
) {
    let RowContext {
        state,
        data,
        today,
        columns,
        every_column,
        edit,
        delete,
    } = context;
    let infusion = &stored.infusion;
    cell(ui, columns.date, |ui| ui.label(day_label(infusion.date)));
    cell(ui, columns.buttons, |ui| {
        ui.spacing_mut().item_spacing.x = 8.0;
        // Two infusions on a day (two computers each recorded one) are told apart by their
        // place among the day's infusions, in the order the list shows them.
        let date = match data.same_day.get(&stored.id) {
            Some((place, count)) => t!(
                "infusions-one-of-a-day",
                date = infusion.date.to_string(),
                number = crate::wording::format::count(*place),
                count = crate::wording::format::count(*count)
            ),
            None => infusion.date.to_string(),
        };
        // A journal open for reading only shows Edit and Delete as unavailable, and why.
        let writable = data.read_only.is_none();
        if ui
            .add_enabled(writable, egui::Button::new(edit).small())
            .on_disabled_hover_text(t!("app-read-only-unavailable"))
            .accessible_name(t!("infusions-edit-name", date = date.as_str()))
            .clicked()
        {
            state.form = InfusionForm::from_infusion(infusion);
            state.editing = Some(stored.id);
            state.error = None;
        }
        if ui
            .add_enabled(writable, egui::Button::new(delete).small())
            .on_disabled_hover_text(t!("app-read-only-unavailable"))
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
        cell(ui, columns.status, |ui| ui.label(status));
        cell(ui, columns.series, |ui| ui.label(series));
        let rest = ui.available_width();
        cell(ui, rest, |ui| {
            ui.add(egui::Label::new(details(infusion)).truncate())
        });
    } else {
        let rest = ui.available_width();
        cell(ui, rest, |ui| {
            ui.add(
                egui::Label::new(t!(
                    "infusions-status-and-series",
                    status = status,
                    series = series
                ))
                .truncate(),
            )
        });
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn day(month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, month, day).unwrap_or_default()
    }

    #[test]
    fn statuses_and_series_read_in_english_and_spanish() {
        let today = day(11, 28);
        let in_days = |days: u64| {
            let date = today
                .checked_add_days(chrono::Days::new(days))
                .unwrap_or(today);
            status_text(&Infusion::planned(date), today)
        };
        let loading = Membership {
            cycle: 1,
            phase: Phase::Loading,
            position: 2,
            series_len: 5,
            maintenance_number: None,
        };
        let maintenance = Membership {
            cycle: 3,
            phase: Phase::Maintenance,
            position: 1,
            series_len: 1,
            maintenance_number: Some(2),
        };
        assert_eq!(in_days(1), "planned, tomorrow");
        assert_eq!(in_days(9), "planned, in 9 days");
        assert_eq!(series_text(&loading), "cycle 1, loading 2 of 5");
        assert_eq!(series_text(&maintenance), "cycle 3, maintenance infusion 2");
        let spanish = crate::domain::Locale::parse("es_MX").unwrap_or_default();
        crate::wording::language::with_locale(spanish, || {
            assert_eq!(in_days(0), "programada, hoy");
            assert_eq!(in_days(9), "programada, dentro de 9 días");
            assert_eq!(status_text(&Infusion::done(day(11, 1)), today), "realizada");
            assert_eq!(series_text(&loading), "ciclo 1, carga 2 de 5");
            assert_eq!(
                series_text(&maintenance),
                "ciclo 3, infusión de mantenimiento 2"
            );
        });
    }
}
