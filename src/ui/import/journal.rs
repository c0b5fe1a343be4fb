//! The journal's own CSV, read back after a spreadsheet: the only choice it can need is the
//! order of its numeric dates, offered only when the file's dates read two ways and nothing in
//! the file settles which.
//!
//! Not here: reading the file (`exchange::JournalCsv`), nor another table's column matching
//! ([`super::table`]).

use eframe::egui::Ui;

use crate::domain::DateOrder;
use crate::exchange::{Imported, JournalCsv};

use super::ImportProblem;
use crate::ui::widgets::date_order_ui;

/// The journal's own CSV and the order its numeric dates are read in.
#[derive(Debug, Clone, PartialEq)]
pub struct JournalChoice {
    /// The file as read.
    pub csv: JournalCsv,
    /// How numeric dates are read; `None` reads them in the order the file's own dates show.
    pub date_order: Option<DateOrder>,
}

impl JournalChoice {
    /// The file with its dates in the order they show.
    pub fn new(csv: JournalCsv) -> Self {
        Self {
            csv,
            date_order: None,
        }
    }

    /// The file's entries or infusions with the chosen order.
    pub(super) fn imported(&self, file: &str) -> Result<Imported, ImportProblem> {
        Ok(self.csv.read(self.date_order, file)?)
    }
}

/// The date order, when the file's dates need one (or one was chosen). Returns whether it
/// changed.
pub(super) fn journal_choice_ui(ui: &mut Ui, choice: &mut JournalChoice) -> bool {
    if choice.csv.dates_need_order || choice.date_order.is_some() {
        date_order_ui(ui, &mut choice.date_order)
    } else {
        false
    }
}
