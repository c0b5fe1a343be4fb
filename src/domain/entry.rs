//! One journal day: pain and the optional supporting measures.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{RescueDoses, Score, SleepHours, TextList};

/// Side effects offered as quick choices; free text is allowed too.
/// Bladder and urinary symptoms are among those clinics watch with repeated ketamine.
pub const COMMON_SIDE_EFFECTS: [&str; 7] = [
    "nausea",
    "dissociation",
    "drowsiness",
    "dizziness",
    "headache",
    "high blood pressure",
    "bladder or urinary symptoms",
];

/// A day's entry. There is at most one per journal day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The journal day.
    pub date: NaiveDate,
    /// Typical pain today: 0 no pain, 10 worst pain imaginable.
    pub pain: Score,
    /// Worst pain today.
    pub worst_pain: Option<Score>,
    /// Hours slept last night.
    pub sleep_hours: Option<SleepHours>,
    /// Sleep quality: 0 very poor, 10 excellent.
    pub sleep_quality: Option<Score>,
    /// Mobility: 0 could not do daily tasks or move around, 10 no limits.
    pub mobility: Option<Score>,
    /// Mood: 0 very low, 10 very good.
    pub mood: Option<Score>,
    /// Breakthrough pain medication doses taken that day; `None` when the day did not record
    /// them, which is not the same as 0 doses.
    pub rescue_doses: Option<RescueDoses>,
    /// "I feel relief wearing off".
    pub wearing_off: bool,
    /// Side effects noticed that day.
    pub side_effects: TextList,
    /// Free tags, e.g. weather, overexertion, stress.
    pub tags: TextList,
    /// Free note.
    pub note: String,
}

impl Entry {
    /// An entry with only pain recorded.
    pub fn new(date: NaiveDate, pain: Score) -> Self {
        Self {
            date,
            pain,
            worst_pain: None,
            sleep_hours: None,
            sleep_quality: None,
            mobility: None,
            mood: None,
            rescue_doses: None,
            wearing_off: false,
            side_effects: TextList::default(),
            tags: TextList::default(),
            note: String::new(),
        }
    }
}
