//! A recognised tracker's export and the choices its file cannot settle: which of the names
//! found holds pain (the one named like pain is shown as chosen, by its name), how the phone's
//! numeric dates are read when the file's dates need it, and whether a 0 is a reading where the
//! tracker writes 0 for days not logged, with the controls that choose them.
//!
//! Not here: recognising the tracker or reading its rows (`exchange::trackers`), nor a
//! table whose columns the patient matches ([`super::table`]).

use chrono::NaiveDate;
use eframe::egui;
use egui::Ui;

use crate::domain::DateOrder;
use crate::exchange::{Field, Imported, TrackerFile, TrackerOptions, ZeroMeans};
use crate::t;

use super::ImportProblem;

use crate::ui::widgets::date_order_ui;

/// A tracker's export and the choices its file cannot settle: which of the names found feeds
/// pain, how numeric dates are read, and whether a 0 is a reading.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackerChoice {
    /// The file as recognised.
    pub file: TrackerFile,
    /// The name chosen for pain; `None` for the one the layout takes (see
    /// [`TrackerFile::pain`]).
    pub pain: Option<String>,
    /// What a 0 means.
    pub zero: ZeroMeans,
    /// How numeric dates are read where the layout writes the phone's own date format.
    pub date_order: Option<DateOrder>,
}

impl TrackerChoice {
    /// The file with the layout's own choices.
    pub fn new(file: TrackerFile) -> Self {
        Self {
            zero: file.tracker.zero(),
            file,
            pain: None,
            date_order: None,
        }
    }

    /// The name pain is read from: the one chosen, or the one the layout takes.
    pub fn pain_name(&self) -> Option<&str> {
        self.pain.as_deref().or(self.file.pain.as_deref())
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
        changed |= pain_name_ui(ui, choice);
    }
    if choice.file.dates_need_order || choice.date_order.is_some() {
        changed |= date_order_ui(ui, &mut choice.date_order);
    }
    if tracker.writes_zero_for_not_logged() {
        let mut not_logged = choice.zero == ZeroMeans::NotLogged;
        if ui
            .checkbox(
                &mut not_logged,
                t!("import-tracker-zero-not-logged", tracker = tracker.title()),
            )
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

/// The menu of the names that may hold pain, showing the one read, and a line saying why it
/// was taken or that one must be chosen. Returns whether the choice changed.
fn pain_name_ui(ui: &mut Ui, choice: &mut TrackerChoice) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!("import-tracker-pain-from"));
        let shown = choice
            .pain_name()
            .map_or_else(|| t!("import-tracker-pain-choose"), str::to_owned);
        let mut chosen = choice.pain_name().map(str::to_owned);
        egui::ComboBox::from_id_salt("import_pain_from")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for name in &choice.file.names {
                    ui.selectable_value(&mut chosen, Some(name.clone()), name);
                }
            })
            .response
            .labelled_by(label.id);
        if chosen.as_deref() != choice.pain_name() {
            choice.pain = chosen;
            changed = true;
        }
    });
    let explanation = match (&choice.pain, &choice.file.pain) {
        (None, Some(name)) => t!("import-tracker-pain-taken", name = name.as_str()),
        (None, None) if choice.file.named_like_pain().len() > 1 => {
            t!("import-tracker-pain-several")
        }
        (None, None) => t!("import-tracker-pain-unrecognised"),
        (Some(_), _) => t!("import-tracker-pain-chosen"),
    };
    ui.weak(explanation);
    changed
}
