//! How the preview of an import reads: the first rows as they would be stored, the days
//! replaced, the columns and categories not imported and the rules applied.
//!
//! Not here: working out what importing would do (`ui::files::ImportPreview`), nor the choices
//! that change it ([`super::table`], [`super::tracker`]).

use eframe::egui::Ui;

use crate::store::exchange::entry_line;
use crate::ui::files::ImportPreview;

/// Rows shown as they would be stored, before the rest are counted.
const PREVIEW_ROWS: usize = 8;

/// What importing would do: the first rows as they would be stored, the days replaced, the
/// columns and categories not imported, the rules applied.
pub(super) fn preview_ui(ui: &mut Ui, preview: &ImportPreview) {
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
