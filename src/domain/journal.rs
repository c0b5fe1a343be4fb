//! A whole journal in memory: what import and export move, and what the analysis reads.

use super::{Entry, Infusion, Settings};

/// All entries, infusions and settings of one journal.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Journal {
    /// Daily entries, one per date, oldest first.
    pub entries: Vec<Entry>,
    /// Infusions, oldest first.
    pub infusions: Vec<Infusion>,
    /// Settings.
    pub settings: Settings,
}
