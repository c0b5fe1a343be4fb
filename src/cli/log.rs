//! `relief-journal log`: save one day's entry from the command line.

use chrono::NaiveDate;
use clap::Args;

use super::{CliError, optional};
use crate::domain::{
    Entry, RescueDoses, Score, SleepHours, TextList, entry_not_after_today, parse_date,
};
use crate::store::{SaveOutcome, Store};
use crate::t;
use crate::wording::format::{date, decimal};

/// Arguments of `log`. Values are taken as text and validated, so a bad value gets a message
/// naming the field, the value and the allowed range.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// The journal day (YYYY-MM-DD); default today.
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// Typical pain today, 0 (no pain) to 10 (worst imaginable).
    #[arg(long, value_name = "0-10", allow_negative_numbers = true)]
    pain: String,
    /// Worst pain today, 0 to 10.
    #[arg(long, value_name = "0-10", allow_negative_numbers = true)]
    worst_pain: Option<String>,
    /// Hours slept, 0 to 24 in quarter hours.
    #[arg(long, value_name = "HOURS", allow_negative_numbers = true)]
    sleep_hours: Option<String>,
    /// Sleep quality, 0 (very poor) to 10 (excellent).
    #[arg(long, value_name = "0-10", allow_negative_numbers = true)]
    sleep_quality: Option<String>,
    /// Mobility, 0 (could not do daily tasks) to 10 (no limits).
    #[arg(long, value_name = "0-10", allow_negative_numbers = true)]
    mobility: Option<String>,
    /// Mood, 0 (very low) to 10 (very good).
    #[arg(long, value_name = "0-10", allow_negative_numbers = true)]
    mood: Option<String>,
    /// Rescue (breakthrough) medication doses taken, 0 to 50.
    #[arg(long, value_name = "0-50", allow_negative_numbers = true)]
    rescue: Option<String>,
    /// I feel relief wearing off.
    #[arg(long)]
    wearing_off: bool,
    /// A side effect (repeat for several).
    #[arg(long = "side-effect", value_name = "TEXT")]
    side_effects: Vec<String>,
    /// A tag such as weather or stress (repeat for several).
    #[arg(long = "tag", value_name = "TEXT")]
    tags: Vec<String>,
    /// A free note.
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
}

impl LogArgs {
    fn to_entry(&self, today: NaiveDate) -> Result<Entry, CliError> {
        let date = match &self.date {
            Some(text) => parse_date("date", text)?,
            None => today,
        };
        Ok(Entry {
            date,
            pain: Score::parse("pain", &self.pain)?,
            worst_pain: optional(self.worst_pain.as_ref(), |text| {
                Score::parse("worst_pain", text)
            })?,
            sleep_hours: optional(self.sleep_hours.as_ref(), SleepHours::parse)?,
            sleep_quality: optional(self.sleep_quality.as_ref(), |text| {
                Score::parse("sleep_quality", text)
            })?,
            mobility: optional(self.mobility.as_ref(), |text| {
                Score::parse("mobility", text)
            })?,
            mood: optional(self.mood.as_ref(), |text| Score::parse("mood", text))?,
            rescue_doses: optional(self.rescue.as_ref(), RescueDoses::parse)?,
            wearing_off: self.wearing_off,
            side_effects: TextList::new("side_effects", &self.side_effects)?,
            tags: TextList::new("tags", &self.tags)?,
            note: self.note.clone().unwrap_or_default(),
        })
    }
}

/// Validates and saves the entry, then says whether it was new or replaced an earlier one.
///
/// # Errors
///
/// [`CliError::BadInput`] when a value is out of range or cannot be read;
/// [`CliError::Failure`] when the journal cannot be written.
pub fn run(store: &mut Store, args: &LogArgs, today: NaiveDate) -> Result<(), CliError> {
    let entry = args.to_entry(today)?;
    entry_not_after_today(entry.date, today)?;
    let first_day = store.first_day()?;
    let outcome = match store.save_entry(&entry)? {
        SaveOutcome::Added => "added",
        SaveOutcome::Replaced => "replaced",
    };
    let day = date(entry.date);
    let pain = entry.pain.get();
    let saved = match entry.sleep_hours {
        Some(hours) => t!(
            "cli-log-saved-with-sleep",
            date = day,
            pain = pain,
            sleep = (hours_text(hours.get())),
            outcome = outcome
        ),
        None => t!("cli-log-saved", date = day, pain = pain, outcome = outcome),
    };
    println!("{saved}");
    if let Some(unusual) = crate::store::unusual_dates(first_day, std::slice::from_ref(&entry), &[])
    {
        println!("{}", t!("cli-note", note = (unusual.to_string())));
    }
    Ok(())
}

/// Hours slept in quarter hours, with as many decimals as they need: `7`, `6.5`, `6.25` (`6,5`
/// where the region writes a decimal comma).
fn hours_text(hours: f64) -> String {
    let quarters = (hours * 4.0).round();
    let places = if quarters % 4.0 == 0.0 {
        0
    } else if quarters % 2.0 == 0.0 {
        1
    } else {
        2
    };
    decimal(hours, places)
}
