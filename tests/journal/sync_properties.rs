//! Property tests of the merge of journals: random edits and deletions on two and three
//! computers, synced through a simulated sync folder that carries snapshots at random moments
//! (half-written copies included), converge to the same journal with no acknowledged change
//! lost; and merging is commutative, idempotent and associative.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use relief_journal::domain::{Entry, Infusion, Score};
use relief_journal::store::{ChangeClock, Computer, Store};
use relief_journal::sync::{merge_file, snapshot_name, sync_with_folder};

/// Noon on a fixed day, for backups' names.
fn now() -> chrono::NaiveDateTime {
    "2026-03-10T12:00:00".parse().unwrap()
}

/// One change a computer makes.
#[derive(Debug, Clone)]
enum Edit {
    /// Save day `day` of March with this pain.
    Save(u32, i64),
    /// Delete day `day` of March.
    Delete(u32),
    /// Add a planned infusion on day `day`.
    AddInfusion(u32),
    /// Move the n-th infusion (of those this computer has) to day `day`.
    MoveInfusion(usize, u32),
    /// Delete the n-th infusion.
    DeleteInfusion(usize),
    /// Change the name printed on reports.
    Name(u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (1_u32..=6, 0_i64..=10).prop_map(|(day, pain)| Edit::Save(day, pain)),
        2 => (1_u32..=6).prop_map(Edit::Delete),
        1 => (1_u32..=6).prop_map(Edit::AddInfusion),
        1 => (0_usize..4, 1_u32..=6).prop_map(|(n, day)| Edit::MoveInfusion(n, day)),
        1 => (0_usize..4).prop_map(Edit::DeleteInfusion),
        1 => (0_u8..4).prop_map(Edit::Name),
    ]
}

/// What happens next on the computers and in the sync folder.
#[derive(Debug, Clone)]
enum Step {
    /// A computer changes its journal.
    Edit(usize, Edit),
    /// A computer syncs with its own view of the sync folder.
    Sync(usize),
    /// The sync service carries a computer's snapshot to another's folder; with `half`, only
    /// the first half of it has arrived yet.
    Carry { from: usize, to: usize, half: bool },
}

fn steps(computers: usize) -> impl Strategy<Value = Vec<Step>> {
    let step = prop_oneof![
        5 => (0..computers, edit()).prop_map(|(who, edit)| Step::Edit(who, edit)),
        3 => (0..computers).prop_map(Step::Sync),
        3 => (0..computers, 0..computers, proptest::bool::weighted(0.3))
            .prop_map(|(from, to, half)| Step::Carry { from, to, half }),
    ];
    proptest::collection::vec(step, 1..28)
}

fn march(day: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 3, day).unwrap()
}

/// A record's key and its version as stored: content and stamp (`None` content: deleted).
type Records = BTreeMap<String, (Option<String>, i64, String)>;

/// Every record of the journal at `path`, with its stamp, deletions included.
fn records(path: &Path) -> Records {
    let connection =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let mut records = Records::new();
    let mut read = |sql: &str| {
        let mut statement = connection.prepare(sql).unwrap();
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, Option<String>>(1)?,
                    row.get::<_, i64>(2)?,
                    row.get::<_, String>(3)?,
                ))
            })
            .unwrap();
        for row in rows {
            let (key, content, at, by) = row.unwrap();
            records.insert(key, (content, at, by));
        }
    };
    read(
        "SELECT 'entry ' || date, json_array(pain, worst_pain, note), changed_at, changed_by FROM entry",
    );
    read(
        "SELECT 'infusion ' || uid, json_array(date, status), changed_at, changed_by FROM infusion",
    );
    read("SELECT kind || ' ' || key, NULL, changed_at, changed_by FROM deleted");
    read(
        "SELECT 'setting ' || name, (SELECT patient_name FROM settings), changed_at, changed_by
         FROM setting_change WHERE name = 'patient_name'",
    );
    records
}

/// One simulated computer: its journal, its view of the sync folder and its clock's skew.
struct Machine {
    store: Store,
    journal: PathBuf,
    folder: PathBuf,
}

impl Machine {
    fn new(root: &Path, index: usize, skew_ms: i64) -> Self {
        let home = root.join(format!("computer-{index}"));
        let folder = home.join("sync-folder");
        std::fs::create_dir_all(&folder).unwrap();
        let journal = home.join("journal.db");
        let mut store = Store::open(&journal).unwrap();
        let computer = Computer::new(&format!("computer-{index}"), &format!("c{index}")).unwrap();
        store.use_computer(&computer).unwrap();
        store
            .set_change_clock(ChangeClock::System { skew_ms })
            .unwrap();
        Self {
            store,
            journal,
            folder,
        }
    }

    fn snapshot(&self) -> PathBuf {
        self.folder.join(snapshot_name(self.store.computer().id()))
    }

    /// Applies an edit; returns the record it changed, if it changed one.
    fn edit(&mut self, edit: &Edit) -> Option<String> {
        match edit {
            Edit::Save(day, pain) => {
                let entry = Entry::new(march(*day), Score::new("pain", *pain).unwrap());
                self.store.save_entry(&entry).unwrap();
                Some(format!("entry {}", march(*day)))
            }
            Edit::Delete(day) => self
                .store
                .delete_entry(march(*day))
                .unwrap()
                .map(|_| format!("entry {}", march(*day))),
            Edit::AddInfusion(day) => {
                let id = self
                    .store
                    .add_infusion(&Infusion::planned(march(*day)))
                    .unwrap();
                Some(format!("infusion {}", self.uid(id)))
            }
            Edit::MoveInfusion(n, day) => {
                let stored = self.store.infusions().unwrap().get(*n).cloned()?;
                let moved = Infusion {
                    date: march(*day),
                    ..stored.infusion
                };
                self.store.update_infusion(stored.id, &moved).unwrap();
                Some(format!("infusion {}", self.uid(stored.id)))
            }
            Edit::DeleteInfusion(n) => {
                let stored = self.store.infusions().unwrap().get(*n).cloned()?;
                let uid = self.uid(stored.id);
                self.store.delete_infusion(stored.id).unwrap();
                Some(format!("infusion {uid}"))
            }
            Edit::Name(n) => {
                let mut settings = self.store.settings().unwrap();
                let name = format!("name {n}");
                // Saving the settings unchanged is no change of the name.
                let changed = settings.patient_name != name;
                settings.patient_name = name;
                self.store.save_settings(&settings).unwrap();
                changed.then(|| "setting patient_name".to_owned())
            }
        }
    }

    fn uid(&self, id: i64) -> String {
        let connection = rusqlite::Connection::open(&self.journal).unwrap();
        connection
            .query_row("SELECT uid FROM infusion WHERE id = ?1", [id], |row| {
                row.get(0)
            })
            .unwrap()
    }

    fn sync(&mut self) {
        sync_with_folder(&mut self.store, &self.folder, now()).unwrap();
    }
}

/// Carries `from`'s snapshot into `to`'s folder, whole or only its first half.
fn carry(machines: &[Machine], from: usize, to: usize, half: bool) {
    let source = machines[from].snapshot();
    let Ok(bytes) = std::fs::read(&source) else {
        return;
    };
    let target = machines[to].folder.join(source.file_name().unwrap());
    let kept = if half {
        &bytes[..bytes.len() / 2]
    } else {
        &bytes[..]
    };
    std::fs::write(target, kept).unwrap();
}

/// Runs the steps on `count` computers (clocks skewed by minutes), then lets the sync service
/// carry everything and everyone sync; checks that every computer holds the same records and
/// that each record holds the last acknowledged change made to it.
fn converges(count: usize, steps: &[Step]) -> Result<(), TestCaseError> {
    let root = tempfile::tempdir().unwrap();
    let skews = [0, -600_000, 420_000];
    let mut machines: Vec<Machine> = (0..count)
        .map(|index| Machine::new(root.path(), index, skews[index]))
        .collect();
    // Every acknowledged version of every record, as read back right after it was written.
    let mut written: BTreeMap<String, Vec<(Option<String>, i64, String)>> = BTreeMap::new();
    for step in steps {
        match step {
            Step::Edit(who, edit) => {
                let before = records(&machines[*who].journal);
                if let Some(key) = machines[*who].edit(edit) {
                    let after = records(&machines[*who].journal);
                    let version = after[&key].clone();
                    // A change is stamped after every version its computer had seen of the
                    // record, whatever its clock says.
                    if let Some(previous) = before.get(&key) {
                        prop_assert!(
                            (version.1, &version.2) > (previous.1, &previous.2),
                            "{key}: {version:?} not after {previous:?}"
                        );
                    }
                    written.entry(key).or_default().push(version);
                }
            }
            Step::Sync(who) => machines[*who].sync(),
            Step::Carry { from, to, half } => {
                if from != to {
                    carry(&machines, *from, *to, *half);
                }
            }
        }
    }
    for machine in &mut machines {
        machine.sync();
    }
    for from in 0..count {
        for to in 0..count {
            if from != to {
                carry(&machines, from, to, false);
            }
        }
    }
    for machine in &mut machines {
        machine.sync();
    }
    let first = records(&machines[0].journal);
    for machine in &machines[1..] {
        prop_assert_eq!(&records(&machine.journal), &first);
    }
    for (key, versions) in &written {
        let last = versions
            .iter()
            .max_by(|a, b| (a.1, &a.2).cmp(&(b.1, &b.2)))
            .unwrap();
        let kept = first.get(key);
        prop_assert!(
            kept.is_some_and(|kept| (kept.1, &kept.2) >= (last.1, &last.2)),
            "{key}: the last acknowledged change {last:?} was lost ({kept:?})"
        );
        if let Some(kept) = kept
            && (kept.1, &kept.2) == (last.1, &last.2)
        {
            prop_assert_eq!(&kept.0, &last.0, "{}", key);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn two_computers_converge_without_losing_a_change(steps in steps(2)) {
        converges(2, &steps)?;
    }

    #[test]
    fn three_computers_converge_without_losing_a_change(steps in steps(3)) {
        converges(3, &steps)?;
    }
}

/// A journal made by one computer's edits, as a file in `folder`.
fn journal_of(folder: &Path, name: &str, index: usize, edits: &[Edit]) -> PathBuf {
    let mut machine = Machine::new(folder, index, 0);
    for edit in edits {
        machine.edit(edit);
    }
    let journal = folder.join(format!("{name}.db"));
    drop(machine.store);
    std::fs::copy(&machine.journal, &journal).unwrap();
    journal
}

/// A copy of `base` at `name`, with each of `others` merged into it in order.
fn merged(folder: &Path, name: &str, base: &Path, others: &[&Path]) -> PathBuf {
    let target = folder.join(format!("{name}.db"));
    std::fs::copy(base, &target).unwrap();
    let mut store = Store::open(&target).unwrap();
    for other in others {
        merge_file(&mut store, other, None, now()).unwrap();
    }
    target
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn merging_is_commutative_idempotent_and_associative(
        a in proptest::collection::vec(edit(), 0..10),
        b in proptest::collection::vec(edit(), 0..10),
        c in proptest::collection::vec(edit(), 0..10),
    ) {
        let root = tempfile::tempdir().unwrap();
        let folder = root.path();
        let a = journal_of(folder, "a", 0, &a);
        let b = journal_of(folder, "b", 1, &b);
        let c = journal_of(folder, "c", 2, &c);
        let ab = merged(folder, "ab", &a, &[&b]);
        let ba = merged(folder, "ba", &b, &[&a]);
        prop_assert_eq!(records(&ab), records(&ba));
        let aa = merged(folder, "aa", &a, &[&a]);
        prop_assert_eq!(records(&aa), records(&a));
        let abb = merged(folder, "abb", &ab, &[&b]);
        prop_assert_eq!(records(&abb), records(&ab));
        let ab_c = merged(folder, "ab_c", &ab, &[&c]);
        let bc = merged(folder, "bc", &b, &[&c]);
        let a_bc = merged(folder, "a_bc", &a, &[&bc]);
        prop_assert_eq!(records(&ab_c), records(&a_bc));
    }
}
