//! Other trackers' exports, read as their own export code writes them.
//!
//! Every tracker is one file here holding its [`Layout`]: its `--from` name, where its layout
//! was taken from (repository, path and commit; for closed apps, the published parsers and
//! sample files of its users), the set of columns only it writes (recognised in any order, with
//! any columns newer or older versions add beside them), which of its names may hold pain, and
//! its reader. The one table of layouts is the `layouts!` line below: adding a tracker is its
//! file and its name there. The fixtures in `tests/files/trackers/` were written the same way.
//! What each layout keeps, and on which scales, is stated in the summary of every import and
//! in the README.

use chrono::NaiveDate;

use crate::domain::DateOrder;

use super::field::{Field, Scale};
use super::readings::ZeroMeans;
use super::table::{Table, table_from_text};
use super::{Candidate, FileProblem, ImportError, ImportRule, Imported};

/// Declares each layout's module and lists its `LAYOUT` in [`Tracker::ALL`], in the order they
/// are named and tried.
macro_rules! layouts {
    ($($module:ident),+ $(,)?) => {
        $(mod $module;)+

        impl Tracker {
            /// Every layout, in the order they are listed and recognised.
            pub const ALL: &'static [Tracker] = &[$(Tracker(&$module::LAYOUT)),+];
        }
    };
}

layouts!(
    bearable,
    flaredown,
    daylio,
    paintracker_csv,
    paintracker_json,
    track_and_graph,
    nomie,
    headi,
);

/// How one tracker's export is recognised and read.
pub(super) struct Layout {
    /// The name given to `--from`.
    name: &'static str,
    /// The tracker's name as people write it.
    title: &'static str,
    /// Where the layout was taken from: repository, path and commit.
    source: &'static str,
    /// How its files are told from other files.
    recognised_by: Recognition,
    /// How its files are read.
    reader: Reader,
    /// What a `0` means unless the person chooses: [`ZeroMeans::NotLogged`] where the tracker
    /// writes 0 for days without a reading (Nomie), so the app offers the choice.
    zero: ZeroMeans,
    /// The start of a file of this layout as its export writes it (its header, or the opening
    /// of its JSON), for the importer's tests.
    file_start: &'static str,
}

/// How a layout's files are told from other files.
pub(super) enum Recognition {
    /// A table whose header has every column of one of these sets (any case, in any order,
    /// with any other columns beside them): the columns only this tracker writes, one set for
    /// each generation of its export that differs.
    Columns(&'static [&'static [&'static str]]),
    /// A table whose header passes this test (layouts whose columns are the person's own).
    Header(fn(&[String]) -> bool),
    /// JSON that passes this test.
    Json(fn(&serde_json::Value) -> bool),
}

/// How a layout's files are read.
pub(super) enum Reader {
    /// A table, read with the options; pain from the name chosen, or from the one of `pain`'s
    /// names that is named like pain.
    Table {
        /// Reads the table's rows; [`TrackerOptions::reading`] of pain is set when `pain` is.
        read: fn(&Table, &TrackerOptions, NaiveDate, &str) -> Result<Imported, ImportError>,
        /// The names that may hold pain, for layouts whose pain is one of the person's own
        /// (a symptom, a scale, a column); `None` where pain has a column of its own.
        pain: Option<PainNames>,
        /// The column of dates written in the phone's own format, where an order may have to
        /// be chosen (Bearable's `date formatted`).
        dates: Option<&'static str>,
    },
    /// The whole text (a JSON export).
    Text(fn(&str, &TrackerOptions, &str) -> Result<Imported, ImportError>),
}

/// The names of a table that may hold pain.
pub(super) struct PainNames {
    /// The names, in file order: a layout leaves out what cannot be pain (medications and
    /// treatments, weather, durations, text).
    names: fn(&Table, &str) -> Result<Vec<String>, ImportError>,
    /// What they are, for messages.
    kind: Candidate,
}

/// A tracker whose export is read as it writes it: a handle on its [`Layout`].
#[derive(Clone, Copy)]
pub struct Tracker(&'static Layout);

impl PartialEq for Tracker {
    fn eq(&self, other: &Self) -> bool {
        self.0.name == other.0.name
    }
}

impl Eq for Tracker {}

impl std::fmt::Debug for Tracker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tracker({})", self.0.name)
    }
}

impl Tracker {
    /// The name given to `--from`.
    pub fn name(self) -> &'static str {
        self.0.name
    }

    /// The tracker's name as people write it.
    pub fn title(self) -> &'static str {
        self.0.title
    }

    /// Where the layout was taken from: repository, path and commit.
    pub fn source(self) -> &'static str {
        self.0.source
    }

    /// The start of a file of this layout as its export writes it (its header, or the opening
    /// of its JSON), for tests that feed the reader everything that may follow it.
    pub fn file_start(self) -> &'static str {
        self.0.file_start
    }

    /// What a `0` means unless the person chooses.
    pub fn zero(self) -> ZeroMeans {
        self.0.zero
    }

    /// Whether the tracker writes `0` for days without a reading, so that what a `0` means is
    /// the person's choice.
    pub fn writes_zero_for_not_logged(self) -> bool {
        self.0.zero == ZeroMeans::NotLogged
    }

    /// The layout named `name` (as in [`Tracker::name`], any case; spaces, `_` and `&` are
    /// forgiven), or `None`.
    pub fn from_name(name: &str) -> Option<Self> {
        let letters = |text: &str| -> String {
            text.trim()
                .to_ascii_lowercase()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect()
        };
        let wanted = letters(name);
        let wanted = match wanted.as_str() {
            "trackgraph" => "trackandgraph".to_owned(),
            _ => wanted,
        };
        Self::ALL
            .iter()
            .copied()
            .find(|tracker| letters(tracker.name()) == wanted)
    }

    /// The names `--from` takes, joined for messages.
    pub fn names() -> String {
        Self::ALL
            .iter()
            .map(|tracker| tracker.name())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The layout a table's header shows, if it is one of these: the first whose own columns
    /// are all there, in any order and beside any others.
    pub fn recognise(headers: &[String]) -> Option<Self> {
        let lower: Vec<String> = headers
            .iter()
            .map(|header| header.trim().to_lowercase())
            .collect();
        Self::ALL
            .iter()
            .copied()
            .find(|tracker| match tracker.0.recognised_by {
                Recognition::Columns(sets) => sets.iter().any(|set| {
                    set.iter()
                        .all(|column| lower.iter().any(|header| header == column))
                }),
                Recognition::Header(test) => test(headers),
                Recognition::Json(_) => false,
            })
    }

    /// The layout a JSON value is, if it is one of these.
    pub fn recognise_json(value: &serde_json::Value) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|tracker| match tracker.0.recognised_by {
                Recognition::Json(test) => test(value),
                Recognition::Columns(_) | Recognition::Header(_) => false,
            })
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
    /// own format (Bearable's `date formatted`); without one, in the order the file's own
    /// dates show. ISO dates and epoch times need none.
    pub date_order: Option<DateOrder>,
}

impl TrackerOptions {
    /// The name chosen for `field`, if any.
    pub(super) fn reading(&self, field: Field) -> Option<&str> {
        self.readings
            .iter()
            .find(|(chosen, _)| *chosen == field)
            .map(|(_, name)| name.as_str())
    }

    /// The scale chosen for `field`, or `default`.
    pub(super) fn scale(&self, field: Field, default: Option<Scale>) -> Option<Scale> {
        self.scales
            .iter()
            .find(|(chosen, _)| *chosen == field)
            .map(|(_, scale)| *scale)
            .or(default)
    }

    /// The scales chosen for score fields (the only fields a table of days reads on a scale).
    pub(super) fn score_scales(&self) -> Vec<(Field, Scale)> {
        self.scales
            .iter()
            .filter(|(field, _)| field.is_score())
            .copied()
            .collect()
    }
}

/// A file recognised as a tracker's export, with the names found in it that may hold pain, for
/// offering the choices in the app.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackerFile {
    /// The layout.
    pub tracker: Tracker,
    /// The file's text.
    pub text: String,
    /// The names found that may hold pain (symptoms, scales, condition and symptom columns,
    /// features, trackers), in file order; medications, treatments, weather and durations are
    /// left out. Empty for layouts whose pain has a column of its own.
    pub names: Vec<String>,
    /// The one name the layout takes for pain unless another is chosen: the one named like
    /// pain, in any language; `None` when none or several are.
    pub pain: Option<String>,
    /// Whether the file's numeric dates read two ways with nothing in the file to settle them,
    /// so their order must be chosen.
    pub dates_need_order: bool,
    /// Whether the file was read in a Windows code page (see `text`).
    pub code_page: bool,
}

impl TrackerFile {
    /// The file's `text` as `tracker`'s export, with its names.
    ///
    /// # Errors
    /// [`ImportError`] when the text is not of that layout.
    pub fn open(tracker: Tracker, text: String, file: &str) -> Result<Self, ImportError> {
        let (names, dates_need_order) = match &tracker.0.reader {
            Reader::Text(_) => (Vec::new(), false),
            Reader::Table { pain, dates, .. } => {
                let table = tracker_table(tracker, &text, file)?;
                let names = match pain {
                    Some(pain) => (pain.names)(&table, file)?,
                    None => Vec::new(),
                };
                let need = dates
                    .and_then(|column| table.column(column))
                    .is_some_and(|index| table.dates_need_order(index));
                (names, need)
            }
        };
        let pain = the_pain_name(&names).map(str::to_owned);
        Ok(Self {
            tracker,
            text,
            names,
            pain,
            dates_need_order,
            code_page: false,
        })
    }

    /// The names found that are named like pain (see [`TrackerFile::pain`]): one when the
    /// layout takes it, several when the person must say which.
    pub fn named_like_pain(&self) -> Vec<&str> {
        self.names
            .iter()
            .filter(|name| is_pain_name(name))
            .map(String::as_str)
            .collect()
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
        let mut imported = read_tracker(self.tracker, &self.text, options, reference, file)?;
        if self.code_page {
            imported.rules.push(ImportRule::CodePage {
                encoding: super::CODE_PAGE,
            });
        }
        Ok(imported)
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
    let mut imported = match &tracker.0.reader {
        Reader::Text(read) => read(text, options, file)?,
        Reader::Table { read, pain, .. } => {
            let table = tracker_table(tracker, text, file)?;
            let mut options = options.clone();
            if let Some(pain) = pain
                && options.reading(Field::Pain).is_none()
            {
                let names = (pain.names)(&table, file)?;
                let chosen = the_one(&names, pain.kind, file)?;
                options.readings.push((Field::Pain, chosen));
            }
            read(&table, &options, reference, file)?
        }
    };
    imported.rules.insert(0, ImportRule::ReadAs(tracker));
    Ok(imported)
}

/// The names in `text` that may hold pain under `tracker`, for choosing in the app.
///
/// # Errors
/// [`ImportError`] when the text is not of that layout.
pub fn tracker_names(tracker: Tracker, text: &str, file: &str) -> Result<Vec<String>, ImportError> {
    Ok(TrackerFile::open(tracker, text.to_owned(), file)?.names)
}

/// The table of a tracker's text: PainTracker's rows joined by `\n` put on lines of their own,
/// and a header of another tracker refused, saying which.
fn tracker_table(tracker: Tracker, text: &str, file: &str) -> Result<Table, ImportError> {
    let table = table_from_text(&unfolded(text), file)?;
    match Tracker::recognise(&table.headers) {
        Some(found) if found != tracker => Err(ImportError::Syntax {
            file: file.to_owned(),
            problem: FileProblem::OtherTrackersHeader {
                headers: table.headers.clone(),
                tracker,
                found,
            },
        }),
        // A header that is none of them is read as the tracker named (each reader names a
        // column it needs and lacks).
        _ => Ok(table),
    }
}

/// The text of a CSV file with the rows of PainTracker's one-line CSV on lines of their own
/// (see `paintracker_csv`); any other text as it is.
pub(super) fn unfolded(text: &str) -> String {
    paintracker_csv::unfold_lines(text)
}

/// The one name among `names` that is named like pain, if exactly one is.
fn the_pain_name(names: &[String]) -> Option<&str> {
    match names
        .iter()
        .filter(|name| is_pain_name(name))
        .collect::<Vec<_>>()
        .as_slice()
    {
        [one] => Some(one.as_str()),
        _ => None,
    }
}

/// The one name among `names` named like pain, for pain when the person did not name one:
/// refused, naming the candidates and how to choose, when there are none or several.
fn the_one(names: &[String], kind: Candidate, file: &str) -> Result<String, ImportError> {
    let candidates: Vec<&String> = names.iter().filter(|name| is_pain_name(name)).collect();
    match candidates.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(ImportError::Syntax {
            file: file.to_owned(),
            problem: FileProblem::NoCandidate {
                kind,
                field: Field::Pain,
                names: names.to_vec(),
            },
        }),
        several => Err(ImportError::Syntax {
            file: file.to_owned(),
            problem: FileProblem::SeveralCandidates {
                kind,
                field: Field::Pain,
                names: several.iter().map(|name| (*name).clone()).collect(),
            },
        }),
    }
}

/// The words of a name, lower case: `Joint pain` has `joint` and `pain`, `#pain` has `pain`.
fn words(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(|letter: char| !letter.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
}

/// Words for pain, each a whole word of a name, in the languages patients name their symptoms
/// and scales in: English, Spanish, French, Portuguese, Italian, Polish, Czech, Russian.
const PAIN_WORDS: [&str; 14] = [
    "pain", "pains", "dolor", "dolores", "douleur", "douleurs", "dor", "dores", "dolore", "dolori",
    "ból", "bolest", "боль", "боли",
];

/// The stems of pain in languages that join words into one (German `Rückenschmerzen`, Dutch
/// `hoofdpijn`, Swedish `ryggsmärta`, Danish and Norwegian `rygsmerter`, Finnish
/// `selkäkipu`), and in Chinese and Japanese (`疼痛`, `痛み`): found anywhere in a word.
const PAIN_STEMS: [&str; 7] = ["schmerz", "pijn", "smärt", "smert", "kipu", "疼", "痛"];

/// Words for medicines that relieve pain, which are not a pain score however they are named
/// (`Schmerzmittel`, `painkillers`, `pijnstiller`, `analgésico`).
const PAINKILLER_STEMS: [&str; 9] = [
    "painkill",
    "pain relie",
    "schmerzmittel",
    "schmerztablette",
    "pijnstill",
    "smärtstill",
    "smertestill",
    "analg",
    "鎮痛",
];

/// Whether a name speaks of a pain score, in any of the languages of [`PAIN_WORDS`] and
/// [`PAIN_STEMS`] (`Joint pain`, `#pain`, `Pain level`, `Dolor`, `Douleur`,
/// `Rückenschmerzen`), and not of a painkiller.
pub(super) fn is_pain_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    if PAINKILLER_STEMS.iter().any(|stem| lower.contains(stem)) {
        return false;
    }
    words(name).any(|word| {
        PAIN_WORDS.contains(&word.as_str()) || PAIN_STEMS.iter().any(|stem| word.contains(stem))
    })
}

/// Words for sleep, whole or as the start of a joined word (`Schlafdauer`, `Sueño`,
/// `Sommeil`), for a sleep scale or feature named in any of the languages of
/// [`PAIN_WORDS`].
const SLEEP_STEMS: [&str; 9] = [
    "sleep", "slept", "schlaf", "sueño", "sueno", "sommeil", "sono", "slaap", "sömn",
];

/// Whether a name speaks of sleep (`Sleep Time`, `Schlafdauer`, `Horas de sueño`).
pub(super) fn is_sleep_name(name: &str) -> bool {
    words(name).any(|word| SLEEP_STEMS.iter().any(|stem| word.starts_with(stem)))
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

/// The non-empty cells of column `index`, trimmed.
fn column_cells(table: &Table, index: usize) -> impl Iterator<Item = &str> {
    table
        .rows
        .iter()
        .filter_map(move |row| row.cells.get(index))
        .map(|cell| cell.trim())
        .filter(|cell| !cell.is_empty())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn headers(text: &str) -> Vec<String> {
        text.split(',').map(str::to_owned).collect()
    }

    #[test]
    fn names_are_forgiving() {
        assert_eq!(
            Tracker::from_name("Track & Graph").map(Tracker::name),
            Some("track-and-graph")
        );
        assert_eq!(
            Tracker::from_name("paintracker_json").map(Tracker::name),
            Some("paintracker-json")
        );
        assert_eq!(
            Tracker::from_name("BEARABLE").map(Tracker::title),
            Some("Bearable")
        );
        assert_eq!(Tracker::from_name("diary"), None);
    }

    #[test]
    fn every_layout_has_its_own_name_and_a_source() {
        for (index, tracker) in Tracker::ALL.iter().enumerate() {
            assert!(!tracker.source().is_empty(), "{tracker:?}");
            assert_eq!(Tracker::from_name(tracker.name()), Some(*tracker));
            assert!(
                Tracker::ALL[index + 1..]
                    .iter()
                    .all(|other| other.name() != tracker.name()),
                "{tracker:?}"
            );
        }
    }

    #[test]
    fn every_table_layouts_own_file_start_is_recognised_as_that_layout() {
        for tracker in Tracker::ALL {
            if matches!(tracker.0.recognised_by, Recognition::Json(_)) {
                continue;
            }
            let table = table_from_text(&unfolded(tracker.file_start()), "start.csv").unwrap();
            assert_eq!(Tracker::recognise(&table.headers), Some(*tracker));
        }
    }

    #[test]
    fn a_header_is_recognised_by_its_columns_in_any_order_and_beside_others() {
        let recognised = |text: &str| Tracker::recognise(&headers(text)).map(Tracker::name);
        assert_eq!(
            recognised("Date,Joint pain,Tags,Foods,Weather summary,Weather humidity"),
            Some("flaredown")
        );
        assert_eq!(recognised("Foods,Tags,Date,Back pain"), Some("flaredown"));
        assert_eq!(
            recognised("full_date,date,weekday,time,mood,activities,scales,note_title,note"),
            Some("daylio")
        );
        assert_eq!(
            recognised("year,date,weekday,time,mood,activities,note"),
            Some("daylio")
        );
        assert_eq!(
            recognised(
                "_id,pain,start_date,end_date,duration,strength,medication,medication_amount,description"
            ),
            Some("headi")
        );
        assert_eq!(recognised("date,#pain,@mom,+work"), Some("nomie"));
        assert_eq!(recognised("Date,Pain,Notes"), None);
    }

    #[test]
    fn pain_is_named_in_many_languages_and_painkillers_are_not_pain() {
        for name in [
            "Joint pain",
            "#pain",
            "Pain level",
            "Síntoma: Dolor de espalda",
            "Dolores musculares",
            "Schmerz",
            "Rückenschmerzen",
            "Douleur",
            "Dor nas costas",
            "hoofdpijn",
            "Ból głowy",
            "頭痛",
        ] {
            assert!(is_pain_name(name), "{name}");
        }
        for name in [
            "Doloroso",
            "Painkillers",
            "Schmerzmittel",
            "Pijnstillers",
            "Analgésico",
            "Ibuprofen",
            "Fatigue",
        ] {
            assert!(!is_pain_name(name), "{name}");
        }
    }

    #[test]
    fn sleep_is_named_in_many_languages() {
        for name in ["Sleep Time", "Schlafdauer", "Horas de sueño", "Sommeil"] {
            assert!(is_sleep_name(name), "{name}");
        }
        assert!(!is_sleep_name("Mood"));
    }
}
