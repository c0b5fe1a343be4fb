//! The Settings view's "Analysis thresholds" section: each threshold of the analysis with its
//! default beside it.

use eframe::egui;
use egui::{RichText, Ui};

use crate::domain::AnalysisSettings;
use crate::t;
use crate::wording::format;

use super::super::widgets::{FieldNotice, bounded_number_ui, field_notice_ui};
use super::{SettingsState, field_label};

/// Draws the analysis thresholds, each with its default.
pub(super) fn thresholds_ui(ui: &mut Ui, state: &mut SettingsState) {
    ui.label(RichText::new(t!("settings-thresholds-heading")).strong());
    let defaults = AnalysisSettings::default();
    let analysis = &mut state.draft.analysis;
    let notice = &mut state.notice;
    // The names wrap, so the fields stay in view in a narrow window.
    let name_width = (ui.available_width() - THRESHOLD_FIELDS_WIDTH).max(120.0);
    egui::Grid::new("thresholds")
        .num_columns(3)
        .striped(true)
        .max_col_width(name_width)
        .show(ui, |ui| {
            percent_row(
                ui,
                notice,
                field_label(t!("settings-threshold-meaningful")),
                &mut analysis.meaningful_relief_pct,
                defaults.meaningful_relief_pct,
            );
            percent_row(
                ui,
                notice,
                field_label(t!("settings-threshold-substantial")),
                &mut analysis.substantial_relief_pct,
                defaults.substantial_relief_pct,
            );
            days_row(
                ui,
                notice,
                field_label(t!("settings-threshold-persistence")),
                &mut analysis.persistence_days,
                1..=28,
                defaults.persistence_days,
            );
            days_row(
                ui,
                notice,
                field_label(t!("settings-threshold-baseline-days")),
                &mut analysis.baseline_days,
                3..=28,
                defaults.baseline_days,
            );
            days_row(
                ui,
                notice,
                field_label(t!("settings-threshold-min-logged")),
                &mut analysis.min_logged_per_week,
                1..=7,
                defaults.min_logged_per_week,
            );
            days_row(
                ui,
                notice,
                field_label(t!("settings-threshold-series-gap")),
                &mut analysis.series_gap_days,
                1..=28,
                defaults.series_gap_days,
            );
            days_row(
                ui,
                notice,
                field_label(t!("settings-threshold-early-warning")),
                &mut analysis.early_warning_days,
                1..=28,
                defaults.early_warning_days,
            );
        });
    if ui.button(t!("settings-thresholds-reset")).clicked() {
        state.draft.analysis = defaults;
    }
}

/// The room the field and the default beside a threshold's name need, in points.
const THRESHOLD_FIELDS_WIDTH: f32 = 190.0;

fn percent_row(
    ui: &mut Ui,
    notice: &mut Option<FieldNotice>,
    name: &'static str,
    value: &mut f64,
    default: f64,
) {
    let label = ui.add(egui::Label::new(name).wrap());
    bounded_number_ui(
        ui,
        name,
        Some(label.id),
        value,
        5.0..=95.0,
        |drag| {
            drag.speed(1.0)
                .fixed_decimals(0)
                .suffix(t!("settings-threshold-percent-suffix"))
        },
        notice,
    );
    ui.small(t!(
        "settings-threshold-default-percent",
        value = format::decimal(default, 0)
    ));
    ui.end_row();
    notice_row_ui(ui, notice, name);
}

fn days_row(
    ui: &mut Ui,
    notice: &mut Option<FieldNotice>,
    name: &'static str,
    value: &mut u32,
    range: std::ops::RangeInclusive<u32>,
    default: u32,
) {
    let label = ui.add(egui::Label::new(name).wrap());
    bounded_number_ui(ui, name, Some(label.id), value, range, |drag| drag, notice);
    ui.small(t!(
        "settings-threshold-default",
        value = default.to_string()
    ));
    ui.end_row();
    notice_row_ui(ui, notice, name);
}

/// A grid row under the field `name` with its notice, if it has one.
fn notice_row_ui(ui: &mut Ui, notice: &Option<FieldNotice>, name: &str) {
    if notice.as_ref().is_some_and(|notice| notice.field == name) {
        ui.label("");
        field_notice_ui(ui, notice.as_ref(), name);
        ui.end_row();
    }
}
