//! The journal as the views see it: entries, infusions, settings and the analysis, loaded
//! together and rebuilt only when the journal changes.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::analysis::{Analysis, analyze};
use crate::charts::Charts;
use crate::domain::{Entry, Journal, Phase, Settings};
use crate::store::{
    BackupInfo, KeptJournal, Store, StoreResult, StoredInfusion, kept_journals, list_backups,
};
use crate::wording::{CycleCells, Summary, cycle_cells, survival_sentence};

use super::plot_series::PlotSeries;

/// Where a done infusion sits in the analysis: its series and cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Membership {
    /// The cycle number (1 for the first).
    pub cycle: u32,
    /// Loading or maintenance (as given or inferred).
    pub phase: Phase,
    /// Which infusion day of its series this is (1 for the first).
    pub position: u32,
    /// Infusion days in the series.
    pub series_len: u32,
    /// The number among maintenance cycles (1 for the first), `None` for loading.
    pub maintenance_number: Option<u32>,
}

/// Everything the views read, loaded from the store in one go.
#[derive(Debug, Clone)]
pub struct JournalData {
    /// Entries, oldest first.
    pub entries: Vec<Entry>,
    /// Infusions with their row ids, oldest first.
    pub infusions: Vec<StoredInfusion>,
    /// Saved settings.
    pub settings: Settings,
    /// The journal day the analysis was computed for.
    pub analysed_on: NaiveDate,
    /// Series and cycle of each done infusion, by row id.
    pub memberships: HashMap<i64, Membership>,
    /// For an infusion that shares its day with others (two computers each recorded it), by row
    /// id: its place among the day's infusions as listed, from 1, and how many the day has.
    pub same_day: HashMap<i64, (usize, usize)>,
    /// The analysis as of the day it was loaded (held once, in [`JournalData::analysis`]) and
    /// the chart models made from it.
    pub charts: Charts,
    /// The timeline in plot coordinates.
    pub plots: PlotSeries,
    /// The journal's backups, newest first (empty when the folder cannot be read).
    pub backups: Vec<BackupInfo>,
    /// The journals kept aside beside it (after "Forgot it?", or set aside by a restore), the
    /// most recent first.
    pub kept: Vec<KeptJournal>,
    /// The cycle table's cells, one per cycle of the analysis, in its order: worded once per
    /// load rather than on every frame.
    pub cycle_cells: Vec<CycleCells>,
    /// The sentence beside the relief survival chart, if the cycles give one.
    pub survival_sentence: Option<String>,
    /// What the journal says as of the day it was loaded: worded once per load, shown by the
    /// Today card and the Charts insights.
    pub summary: Summary,
    /// Why the journal cannot be written (a whole clause, as the read-only banner says it), when
    /// it was opened for reading only: the views then offer nothing that would change it.
    pub read_only: Option<String>,
}

impl JournalData {
    /// Reads the whole journal and analyses it as of `today`.
    ///
    /// # Errors
    ///
    /// The [`StoreError`](crate::store::StoreError) when the journal cannot be read.
    pub fn load(store: &Store, today: NaiveDate) -> StoreResult<Self> {
        let entries = store.entries()?;
        let infusions = store.infusions()?;
        let settings = store.settings()?;
        let journal = Journal {
            entries,
            infusions: infusions
                .iter()
                .map(|stored| stored.infusion.clone())
                .collect(),
            settings,
        };
        let analysis = analyze(&journal, today);
        let summary = Summary::new(&journal, &analysis, today);
        let memberships = memberships(&infusions, &analysis);
        let same_day = same_day(&infusions);
        let cycle_cells = analysis
            .cycles
            .iter()
            .map(|cycle| cycle_cells(cycle, &analysis.settings))
            .collect();
        let survival_sentence = survival_sentence(&analysis.cycles);
        let charts = Charts::from_analysis(&journal, analysis);
        let plots = PlotSeries::new(&charts);
        Ok(Self {
            entries: journal.entries,
            infusions,
            settings: journal.settings,
            analysed_on: today,
            memberships,
            same_day,
            charts,
            plots,
            backups: store
                .path()
                .and_then(|path| list_backups(path).ok())
                .unwrap_or_default(),
            kept: store
                .path()
                .and_then(|path| kept_journals(path).ok())
                .unwrap_or_default(),
            cycle_cells,
            survival_sentence,
            summary,
            read_only: store.read_only().map(ToString::to_string),
        })
    }

    /// The analysis as of the day the journal was loaded: the one the chart models were made
    /// from, not a copy.
    pub fn analysis(&self) -> &Analysis {
        &self.charts.analysis
    }

    /// The entry of `date`, if there is one.
    pub fn entry(&self, date: NaiveDate) -> Option<&Entry> {
        self.entries
            .binary_search_by_key(&date, |entry| entry.date)
            .ok()
            .and_then(|index| self.entries.get(index))
    }
}

/// Finds the cycle and series position of every done infusion.
/// See [`JournalData::same_day`]; `infusions` are in the listed order.
fn same_day(infusions: &[StoredInfusion]) -> HashMap<i64, (usize, usize)> {
    let mut by_day: HashMap<NaiveDate, Vec<i64>> = HashMap::new();
    for stored in infusions {
        by_day
            .entry(stored.infusion.date)
            .or_default()
            .push(stored.id);
    }
    by_day
        .into_values()
        .filter(|ids| ids.len() > 1)
        .flat_map(|ids| {
            let count = ids.len();
            ids.into_iter()
                .enumerate()
                .map(move |(index, id)| (id, (index + 1, count)))
        })
        .collect()
}

fn memberships(infusions: &[StoredInfusion], analysis: &Analysis) -> HashMap<i64, Membership> {
    let done_days: Vec<NaiveDate> = {
        let mut days: Vec<NaiveDate> = infusions
            .iter()
            .filter(|stored| stored.infusion.is_done())
            .map(|stored| stored.infusion.date)
            .collect();
        days.dedup();
        days
    };
    let mut memberships = HashMap::new();
    for stored in infusions.iter().filter(|stored| stored.infusion.is_done()) {
        let date = stored.infusion.date;
        let Some(cycle) = analysis.cycle_of_infusion(date) else {
            continue;
        };
        let position = done_days
            .iter()
            .filter(|day| cycle.first_infusion <= **day && **day <= date)
            .count();
        memberships.insert(
            stored.id,
            Membership {
                cycle: cycle.index,
                phase: analysis
                    .phase_of(&stored.infusion)
                    .map_or(cycle.phase, |known| known.phase),
                position: u32::try_from(position).unwrap_or(u32::MAX),
                series_len: cycle.infusions,
                maintenance_number: analysis.maintenance_number(cycle),
            },
        );
    }
    memberships
}
