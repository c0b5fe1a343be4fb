//! The cycle table: one row per infusion cycle, newest first, with the cells `analyze` and the
//! report print (peak relief, when relief fell below each threshold, and average pain, worst pain,
//! high-pain days, rescue medication, mobility and sleep early in the cycle against late).
//!
//! The table fits the window rather than scrolling sideways (a scroll area inside the view's own
//! cannot bring a hidden column into view): a narrow window shows the columns that matter most
//! and says where the others are.

use eframe::egui;
use egui::{RichText, Ui};

use crate::analysis::Analysis;
use crate::t;
use crate::wording::{CycleCells, Threshold, early_late_legend};

/// One column: its heading and its cell.
type Column = (String, fn(&CycleCells) -> &str);

/// Width in points from which every column is shown.
const ALL_COLUMNS_WIDTH: f32 = 1000.0;
/// Width in points from which the middle set is shown.
const MIDDLE_COLUMNS_WIDTH: f32 = 560.0;

/// The newest rows, laid out even outside the window.
const ALWAYS_LAID_OUT: usize = 12;

/// Draws the cycle table, with as many columns as fit; `cells` holds one row per cycle of
/// `analysis`, in its order.
pub fn cycle_table_ui(ui: &mut Ui, analysis: &Analysis, cells: &[CycleCells]) {
    let settings = &analysis.settings;
    let all: Vec<Column> = vec![
        (t!("charts-column-infusion"), |cells| &cells.infusion),
        (t!("charts-column-phase"), |cells| &cells.phase),
        (t!("charts-column-days-to-next"), |cells| {
            &cells.days_to_next
        }),
        (t!("charts-column-peak-relief"), |cells| &cells.peak),
        (Threshold::Meaningful.until_heading(settings), |cells| {
            &cells.meaningful_until
        }),
        (Threshold::Substantial.until_heading(settings), |cells| {
            &cells.substantial_until
        }),
        (t!("charts-column-pain"), |cells| &cells.pain),
        (t!("charts-column-worst-pain"), |cells| &cells.worst_pain),
        (t!("charts-column-high-pain-days"), |cells| {
            &cells.high_pain_days
        }),
        (t!("charts-column-rescue"), |cells| &cells.rescue),
        (t!("charts-column-mobility"), |cells| &cells.mobility),
        (t!("charts-column-sleep"), |cells| &cells.sleep),
    ];
    let width = ui.available_width();
    let keep: &[usize] = if width >= ALL_COLUMNS_WIDTH {
        &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
    } else if width >= MIDDLE_COLUMNS_WIDTH {
        &[0, 2, 4, 6, 7, 8]
    } else {
        &[0, 4, 7, 8]
    };
    let columns: Vec<&Column> = keep.iter().filter_map(|&index| all.get(index)).collect();
    egui::Grid::new("cycle table grid")
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for (heading, _) in &columns {
                ui.label(RichText::new(heading).strong());
            }
            ui.end_row();
            // A long journal has a row per cycle, well over a hundred in twenty years: a row
            // outside the window is left empty (it keeps its height, one line of the grid), so a
            // frame lays out only what is seen. The newest rows are always laid out, so the
            // columns keep the widths of the rows read most.
            let row_height = ui
                .text_style_height(&egui::TextStyle::Body)
                .max(ui.spacing().interact_size.y);
            for (index, row) in cells.iter().rev().enumerate() {
                let top = ui.cursor().min.y;
                let rect =
                    egui::Rect::from_x_y_ranges(ui.max_rect().x_range(), top..=top + row_height);
                if index < ALWAYS_LAID_OUT || ui.is_rect_visible(rect) {
                    for (_, cell) in &columns {
                        ui.label(cell(row));
                    }
                } else {
                    ui.allocate_exact_size(egui::vec2(0.0, row_height), egui::Sense::hover());
                }
                ui.end_row();
            }
        });
    ui.weak(early_late_legend());
    if columns.len() < all.len() {
        ui.weak(t!("charts-cycle-table-narrow"));
    }
}
