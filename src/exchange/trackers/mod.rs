//! Other trackers' exports, read as their own export code writes them.
//!
//! Each layout is named after its tracker (`--from NAME` on the command line) and recognised by
//! its header. Each file here cites the code (or, for closed apps, the published parsers and
//! sample files of its users) its layout was taken from; the fixtures in
//! `tests/files/trackers/` were written the same way. What each layout keeps, and on which
//! scales, is stated in the summary of every import and in the README.

mod bearable;
mod daylio;
mod flaredown;
mod headi;
mod nomie;
mod paintracker;
mod track_and_graph;

use chrono::NaiveDate;

use crate::domain::DateOrder;

use super::field::{Field, Scale};
use super::readings::ZeroMeans;
use super::table::{Table, table_from_text};
use super::{Candidate, FileProblem, ImportError, ImportRule, Imported};

/// A tracker whose export is read as it writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tracker {
    /// Flaredown's emailed CSV: one row per check-in, a column per condition, symptom and
    /// treatment (rated 0 to 4), then Tags and Foods.
    Flaredown,
    /// Bearable's CSV: one reading per row (category, rating/amount, detail, notes).
    Bearable,
    /// Track & Graph's CSV: one data point per row (FeatureName, Timestamp, Value, Label, Note).
    TrackAndGraph,
    /// Nomie's "Trackable Per Column" CSV: one row per day, a column per tracker.
    Nomie,
    /// Daylio's CSV: one row per entry, mood, activities, note and the `scales` cell.
    Daylio,
    /// PainTracker's CSV: one row per entry.
    PainTrackerCsv,
    /// PainTracker's JSON: the entries as stored.
    PainTrackerJson,
    /// Headi's CSV: one row per headache, epoch-millisecond times.
    Headi,
}

impl Tracker {
    /// Every layout, in the order they are listed.
    pub const ALL: [Self; 8] = [
        Self::Bearable,
        Self::Flaredown,
        Self::Daylio,
        Self::PainTrackerCsv,
        Self::PainTrackerJson,
        Self::TrackAndGraph,
        Self::Nomie,
        Self::Headi,
    ];

    /// The name given to `--from`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Flaredown => "flaredown",
            Self::Bearable => "bearable",
            Self::TrackAndGraph => "track-and-graph",
            Self::Nomie => "nomie",
            Self::Daylio => "daylio",
            Self::PainTrackerCsv => "paintracker-csv",
            Self::PainTrackerJson => "paintracker-json",
            Self::Headi => "headi",
        }
    }

    /// The tracker's name as people write it.
    pub fn title(self) -> &'static str {
        match self {
            Self::Flaredown => "Flaredown",
            Self::Bearable => "Bearable",
            Self::TrackAndGraph => "Track & Graph",
            Self::Nomie => "Nomie",
            Self::Daylio => "Daylio",
            Self::PainTrackerCsv => "PainTracker (CSV)",
            Self::PainTrackerJson => "PainTracker (JSON)",
            Self::Headi => "Headi",
        }
    }

    /// The layout named `name` (as in [`Tracker::name`], any case; spaces, `_` and `&` are
    /// forgiven), or `None`.
    pub fn from_name(name: &str) -> Option<Self> {
        let wanted: String = name
            .trim()
            .to_ascii_lowercase()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        let wanted = match wanted.as_str() {
            "trackgraph" => "trackandgraph",
            other => other,
        };
        Self::ALL.into_iter().find(|tracker| {
            tracker
                .name()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                == wanted
        })
    }

    /// The names `--from` takes, joined for messages.
    pub fn names() -> String {
        Self::ALL.map(Self::name).join(", ")
    }

    /// Where the layout was taken from: repository, path and commit.
    pub fn source(self) -> &'static str {
        match self {
            Self::Flaredown => flaredown::SOURCE,
            Self::Bearable => bearable::SOURCE,
            Self::TrackAndGraph => track_and_graph::SOURCE,
            Self::Nomie => nomie::SOURCE,
            Self::Daylio => daylio::SOURCE,
            Self::PainTrackerCsv | Self::PainTrackerJson => paintracker::SOURCE,
            Self::Headi => headi::SOURCE,
        }
    }

    /// The layout a table's header shows, if it is one of these.
    pub fn recognise(headers: &[String]) -> Option<Self> {
        let lower: Vec<String> = headers
            .iter()
            .map(|header| header.trim().to_lowercase())
            .collect();
        let has = |name: &str| lower.iter().any(|header| header == name);
        let starts = |names: &[&str]| {
            lower.len() >= names.len()
                && names
                    .iter()
                    .zip(&lower)
                    .all(|(name, header)| name == header)
        };
        if starts(&paintracker::CSV_START) {
            Some(Self::PainTrackerCsv)
        } else if starts(&headi::HEADERS) {
            Some(Self::Headi)
        } else if starts(&daylio::HEADERS) || starts(&daylio::OLDER_HEADERS) {
            Some(Self::Daylio)
        } else if has("category") && has("rating/amount") {
            Some(Self::Bearable)
        } else if has("featurename") && has("timestamp") && has("value") {
            Some(Self::TrackAndGraph)
        } else if lower.first().is_some_and(|first| first == "date")
            && lower.len() >= 3
            && lower[lower.len() - 2..] == ["tags".to_owned(), "foods".to_owned()]
        {
            Some(Self::Flaredown)
        } else if lower.first().is_some_and(|first| first == "date")
            && lower.len() >= 2
            && lower[1..]
                .iter()
                .all(|header| header.starts_with(['#', '@', '+']))
        {
            Some(Self::Nomie)
        } else {
            None
        }
    }

    /// Whether a JSON value is this layout's (PainTracker's entries).
    pub fn recognise_json(value: &serde_json::Value) -> Option<Self> {
        paintracker::is_json_export(value).then_some(Self::PainTrackerJson)
    }
}

/// Choices that a layout cannot settle from the file itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrackerOptions {
    /// Which name (a column, a category or detail, a feature, a scale) feeds a field, over the
    /// layout's own choice, e.g. `(Pain, "Symptom: Nerve pain")`.
    pub readings: Vec<(Field, String)>,
    /// A field's scale over the layout's own.
    pub scales: Vec<(Field, Scale)>,
    /// What a `0` means, over the layout's own reading.
    pub zero: Option<ZeroMeans>,
    /// How numeric dates like `09/01/2025` are read where a layout writes them in the phone's
    /// own format (Bearable's `date formatted`); ISO dates and epoch times need none.
    pub date_order: Option<DateOrder>,
}

impl TrackerOptions {
    /// The name chosen for `field`, if any.
    fn reading(&self, field: Field) -> Option<&str> {
        self.readings
            .iter()
            .find(|(chosen, _)| *chosen == field)
            .map(|(_, name)| name.as_str())
    }

    /// The scale chosen for `field`, or `default`.
    fn scale(&self, field: Field, default: Option<Scale>) -> Option<Scale> {
        self.scales
            .iter()
            .find(|(chosen, _)| *chosen == field)
            .map(|(_, scale)| *scale)
            .or(default)
    }
}

/// A file recognised as a tracker's export, with the names found in it that can feed the
/// journal's fields, for offering the choices in the app.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackerFile {
    /// The layout.
    pub tracker: Tracker,
    /// The file's text.
    pub text: String,
    /// The names found that can feed a score (columns, categories with their detail,
    /// features, scales), in file order; empty for layouts with fixed columns.
    pub names: Vec<String>,
}

impl TrackerFile {
    /// The file's `text` as `tracker`'s export, with its names.
    ///
    /// # Errors
    /// [`ImportError`] when the text is not of that layout.
    pub fn open(tracker: Tracker, text: String, file: &str) -> Result<Self, ImportError> {
        let names = tracker_names(tracker, &text, file)?;
        Ok(Self {
            tracker,
            text,
            names,
        })
    }

    /// The file read with `options`; `reference` completes dates without a year.
    ///
    /// # Errors
    /// As [`read_tracker`].
    pub fn read(
        &self,
        options: &TrackerOptions,
        reference: NaiveDate,
        file: &str,
    ) -> Result<Imported, ImportError> {
        read_tracker(self.tracker, &self.text, options, reference, file)
    }
}

/// Reads `text` (a whole file) as `tracker` writes it. `reference` completes dates without a
/// year; `file` names the file in messages.
///
/// # Errors
/// [`ImportError`] when the file is not of that layout (naming what is missing), when no name
/// can be taken for pain without a choice (naming the candidates and `--reading`), or for the
/// first value that does not fit, naming the file, row, field and value.
pub fn read_tracker(
    tracker: Tracker,
    text: &str,
    options: &TrackerOptions,
    reference: NaiveDate,
    file: &str,
) -> Result<Imported, ImportError> {
    let mut imported = match tracker {
        Tracker::PainTrackerJson => paintracker::read_json_export(text, options, file)?,
        Tracker::PainTrackerCsv => {
            let table = table_from_text(&paintracker::unfold_lines(text), file)?;
            expect_headers(&table, tracker, file)?;
            paintracker::read_csv_export(&table, options, reference, file)?
        }
        _ => {
            let table = table_from_text(text, file)?;
            expect_headers(&table, tracker, file)?;
            match tracker {
                Tracker::Flaredown => flaredown::read(&table, options, reference, file)?,
                Tracker::Bearable => bearable::read(&table, options, reference, file)?,
                Tracker::TrackAndGraph => track_and_graph::read(&table, options, reference, file)?,
                Tracker::Nomie => nomie::read(&table, options, reference, file)?,
                Tracker::Daylio => daylio::read(&table, options, reference, file)?,
                Tracker::Headi => headi::read(&table, options, reference, file)?,
                Tracker::PainTrackerCsv | Tracker::PainTrackerJson => Imported::default(),
            }
        }
    };
    imported.rules.insert(0, ImportRule::ReadAs(tracker));
    Ok(imported)
}

/// The names in `text` that can feed a score under `tracker`, for choosing in the app.
///
/// # Errors
/// [`ImportError`] when the text is not of that layout.
pub fn tracker_names(tracker: Tracker, text: &str, file: &str) -> Result<Vec<String>, ImportError> {
    match tracker {
        Tracker::PainTrackerJson | Tracker::PainTrackerCsv | Tracker::Headi => Ok(Vec::new()),
        _ => {
            let table = table_from_text(text, file)?;
            expect_headers(&table, tracker, file)?;
            Ok(match tracker {
                Tracker::Flaredown => flaredown::names(&table),
                Tracker::Bearable => bearable::names(&table, file)?,
                Tracker::TrackAndGraph => track_and_graph::names(&table, file)?,
                Tracker::Nomie => nomie::names(&table),
                Tracker::Daylio => daylio::names(&table),
                _ => Vec::new(),
            })
        }
    }
}

/// The text of a CSV file with the rows of PainTracker's one-line CSV on lines of their own
/// (see `paintracker`); any other text as it is.
pub(super) fn unfolded(text: &str) -> String {
    paintracker::unfold_lines(text)
}

/// Refuses a table whose header is another tracker's, saying which; a header that is none of
/// them is read as the tracker named (each reader names a column it needs and lacks).
fn expect_headers(table: &Table, tracker: Tracker, file: &str) -> Result<(), ImportError> {
    match Tracker::recognise(&table.headers) {
        Some(found) if found != tracker => Err(ImportError::Syntax {
            file: file.to_owned(),
            problem: FileProblem::OtherTrackersHeader {
                headers: table.headers.clone(),
                tracker,
                found,
            },
        }),
        _ => Ok(()),
    }
}

/// The one name among `names` that `looks_like` accepts, for a field the person did not name:
/// refused, naming the candidates and how to choose, when there are none or several.
fn the_one(
    names: &[String],
    looks_like: impl Fn(&str) -> bool,
    field: Field,
    kind: Candidate,
    file: &str,
) -> Result<String, ImportError> {
    let candidates: Vec<&String> = names.iter().filter(|name| looks_like(name)).collect();
    match candidates.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(ImportError::Syntax {
            file: file.to_owned(),
            problem: FileProblem::NoCandidate {
                kind,
                field,
                names: names.to_vec(),
            },
        }),
        several => Err(ImportError::Syntax {
            file: file.to_owned(),
            problem: FileProblem::SeveralCandidates {
                kind,
                field,
                names: several.iter().map(|name| (*name).clone()).collect(),
            },
        }),
    }
}

/// Whether `name` has `word` as a whole word (any case): `Joint pain` and `#pain` have
/// `pain`, `Painkillers` has not.
fn has_word(name: &str, word: &str) -> bool {
    name.to_lowercase()
        .split(|letter: char| !letter.is_alphanumeric())
        .any(|found| found == word)
}

/// Whether a name speaks of pain (`Joint pain`, `#pain`, `Pain level`), in English or in
/// Spanish (`Dolor de espalda`), the languages the app speaks.
fn is_pain_name(name: &str) -> bool {
    ["pain", "dolor", "dolores"]
        .into_iter()
        .any(|word| has_word(name, word))
}

/// The column of `table` named `name` (any case), refused with the columns found otherwise.
fn column_named(table: &Table, name: &str, file: &str) -> Result<String, ImportError> {
    table
        .column(name)
        .and_then(|index| table.headers.get(index))
        .cloned()
        .ok_or_else(|| ImportError::Syntax {
            file: file.to_owned(),
            problem: FileProblem::NoColumnNamed {
                name: name.to_owned(),
                columns: table.headers.clone(),
            },
        })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn names_are_forgiving() {
        assert_eq!(
            Tracker::from_name("Track & Graph"),
            Some(Tracker::TrackAndGraph)
        );
        assert_eq!(
            Tracker::from_name("paintracker_json"),
            Some(Tracker::PainTrackerJson)
        );
        assert_eq!(Tracker::from_name("BEARABLE"), Some(Tracker::Bearable));
        assert_eq!(Tracker::from_name("diary"), None);
    }

    #[test]
    fn pain_names_are_whole_words() {
        assert!(is_pain_name("Joint pain"));
        assert!(is_pain_name("#pain"));
        assert!(is_pain_name("Síntoma: Dolor de espalda"));
        assert!(is_pain_name("Dolores musculares"));
        assert!(!is_pain_name("Doloroso"));
        assert!(!is_pain_name("Painkillers"));
    }
}
