//! How the preview of an import reads: the first rows as they would be stored, the days
//! replaced, the columns and categories not imported and the rules applied, worded once when the
//! preview is made and drawn from that wording every frame.
//!
//! Not here: working out what importing would do (`ui::files::ImportPreview`), nor the choices
//! that change it ([`super::table`], [`super::tracker`]).

use eframe::egui::Ui;

use crate::t;
use crate::ui::files::ImportPreview;
use crate::wording::import_words::{entry_line, infusion_line};

use super::ImportProblem;

/// Rows shown as they would be stored, before the rest are counted.
pub(super) const PREVIEW_ROWS: usize = 8;

/// A preview as it reads on screen; only `problem` when there is nothing to preview.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct PreviewText {
    /// Why there is nothing to preview: the file does not fit, or a choice is still to make.
    pub(super) problem: Option<String>,
    /// What the file holds: "The file holds 3 entries and 0 infusions."
    pub(super) summary: String,
    /// The first [`PREVIEW_ROWS`] entries and infusions, one line each, as they would be stored.
    pub(super) rows: Vec<String>,
    /// "… and 12 more" when the file holds more entries than are shown.
    pub(super) more: Option<String>,
    /// What would be replaced or left out, and the rules applied, one sentence each.
    pub(super) details: Vec<String>,
}

impl PreviewText {
    /// The wording of `preview`, or of why it could not be made.
    pub(super) fn of(preview: &Result<ImportPreview, ImportProblem>) -> Self {
        let preview = match preview {
            Ok(preview) => preview,
            Err(problem) => {
                return Self {
                    problem: Some(problem.text()),
                    ..Self::default()
                };
            }
        };
        let entries = &preview.imported.entries;
        let infusions = &preview.imported.infusions;
        // Entries first, then infusions (an infusions file has only those).
        let rows: Vec<String> = entries
            .iter()
            .map(entry_line)
            .chain(infusions.iter().map(infusion_line))
            .take(PREVIEW_ROWS)
            .collect();
        let all = entries.len() + infusions.len();
        Self {
            problem: None,
            summary: preview.summary(),
            rows,
            more: (all > PREVIEW_ROWS)
                .then(|| t!("import-more-rows", count = (all - PREVIEW_ROWS))),
            details: preview.details(),
        }
    }
}

/// What importing would do: the first rows as they would be stored, the days replaced, the
/// columns and categories not imported, the rules applied.
pub(super) fn preview_ui(ui: &mut Ui, text: &PreviewText) {
    ui.label(&text.summary);
    if !text.rows.is_empty() {
        ui.label(t!("import-as-stored"));
        for row in &text.rows {
            ui.monospace(row);
        }
        if let Some(more) = &text.more {
            ui.weak(more);
        }
    }
    for line in &text.details {
        ui.label(line);
    }
    ui.label(t!("import-nothing-changed-yet"));
}
