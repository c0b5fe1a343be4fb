//! A recognised tracker's export and the choices its file cannot settle: which of the names
//! found feeds pain, how a phone's numeric dates are read (Bearable) and whether a 0 is a reading
//! (Nomie), with the controls that choose them.
//!
//! Not here: recognising the tracker or reading its rows (`exchange::trackers`), nor a
//! table whose columns the patient matches ([`super::table`]).

use chrono::NaiveDate;
use eframe::egui;
use egui::Ui;

use crate::domain::DateOrder;
use crate::exchange::{Field, Imported, Tracker, TrackerFile, TrackerOptions, ZeroMeans};
use crate::t;

use super::ImportProblem;

use crate::ui::widgets::date_order_ui;

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

    /// The file's readings as entries under these choices; a problem is worded for the choices
    /// on screen when shown (see [`ImportProblem::text`]).
    pub(super) fn imported(&self, file: &str, today: NaiveDate) -> Result<Imported, ImportProblem> {
        Ok(self.file.read(&self.options(), today, file)?)
    }
}

/// What a tracker's export is taken to be, and the choices its file cannot settle. Returns
/// whether anything changed.
pub(super) fn tracker_choice_ui(ui: &mut Ui, choice: &mut TrackerChoice) -> bool {
    let mut changed = false;
    let tracker = choice.file.tracker;
    ui.label(t!("import-tracker-recognised", tracker = tracker.title()));
    if !choice.file.names.is_empty() {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t!("import-tracker-pain-from"));
            let shown = choice
                .pain
                .clone()
                .unwrap_or_else(|| t!("import-tracker-pain-default"));
            let mut chosen = choice.pain.clone();
            egui::ComboBox::from_id_salt("import_pain_from")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut chosen, None, t!("import-tracker-pain-default"));
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
        ui.weak(t!(
            "import-tracker-names-found",
            names = choice.file.names.join(", ")
        ));
    }
    if tracker == Tracker::Bearable {
        changed |= date_order_ui(ui, &mut choice.date_order);
    }
    if tracker == Tracker::Nomie {
        let mut not_logged = choice.zero == ZeroMeans::NotLogged;
        if ui
            .checkbox(&mut not_logged, t!("import-tracker-zero-not-logged"))
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
