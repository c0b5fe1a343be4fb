//! The report's pages after the summary: the side effects between infusions and the calendar,
//! on a small journal whose counts are worked out by hand, and on periods of one day and of no
//! entries. Also: bladder or urinary symptoms are offered in Today and Infusions and stored.
#![allow(clippy::unwrap_used)]

use crate::common_ui::{TestJournal, today};
use chrono::NaiveDate;
use egui_kittest::kittest::Queryable;
use relief_journal::domain::{
    COMMON_SIDE_EFFECTS, Entry, Infusion, Journal, Phase, Score, TextList,
};
use relief_journal::report::{Paper, report_pdf};
use relief_journal::ui::View;

const BLADDER: &str = "bladder or urinary symptoms";

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn entry(date: &str, pain: i64, effects: &[&str]) -> Entry {
    let mut entry = Entry::new(day(date), Score::saturating(pain));
    entry.side_effects = TextList::new("side_effects", effects.iter().copied()).unwrap();
    entry
}

fn infusion(date: &str, effects: &[&str]) -> Infusion {
    let mut infusion = Infusion::done(day(date));
    infusion.side_effects = TextList::new("side_effects", effects.iter().copied()).unwrap();
    infusion
}

/// Four days before the first infusion, a loading series of two infusions (1 and 3 September)
/// and a maintenance infusion on 1 October; one more planned on 29 October.
fn journal() -> Journal {
    let mut infusions = vec![
        infusion("2026-09-01", &["nausea", "dissociation"]),
        infusion("2026-09-03", &["nausea"]),
        infusion("2026-10-01", &[]),
    ];
    infusions.push(Infusion::planned(day("2026-10-29")));
    Journal {
        entries: vec![
            entry("2026-08-28", 7, &["headache"]),
            entry("2026-08-30", 8, &[]),
            entry("2026-09-01", 6, &["nausea"]),
            entry("2026-09-02", 5, &["nausea", "drowsiness"]),
            entry("2026-09-03", 4, &[BLADDER]),
            entry("2026-09-04", 3, &["nausea"]),
            entry("2026-09-10", 2, &[]),
            entry("2026-09-20", 3, &[BLADDER]),
            entry("2026-09-30", 6, &[]),
            entry("2026-10-01", 5, &["dizziness"]),
            entry("2026-10-02", 3, &["nausea"]),
            entry("2026-10-08", 2, &[]),
        ],
        infusions,
        settings: Default::default(),
    }
}

fn report(journal: &Journal, start: &str, end: &str, paper: Paper) -> Vec<String> {
    let pdf = report_pdf(journal, &crate::common::report_options(start, end, paper)).unwrap();
    pdf_extract::extract_text_from_mem_by_pages(&pdf)
        .unwrap()
        .into_iter()
        .map(|page| page.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// `text` without whitespace: table cells wrap inside their columns.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect()
}

fn page_with<'a>(pages: &'a [String], heading: &str) -> Option<(usize, &'a String)> {
    pages
        .iter()
        .enumerate()
        .find(|(_, page)| page.contains(heading))
}

#[test]
fn page_two_counts_side_effects_per_infusion_and_per_cycle() {
    for paper in [Paper::A4, Paper::Letter] {
        let pages = report(&journal(), "2026-08-28", "2026-10-31", paper);
        let (index, page) = page_with(&pages, "Side effects between infusions").unwrap();
        // Right after the summary, which may run over page 1 on Letter paper.
        assert!(index >= 1);
        // The summary ends with the disclaimer, printed once more in that page's footer.
        assert_eq!(pages[index - 1].matches("not medical advice.").count(), 2);
        assert!(pages[..index].iter().all(|page| !page.contains("Calendar")));
        let text = squeezed(page);
        // Columns by days noted over the period: nausea 3 + 1, bladder 2, then one day each
        // in name order: dizziness, drowsiness, headache.
        let header = squeezed(&format!(
            "Cycle Days logged On the infusion nausea {BLADDER} dizziness drowsiness headache"
        ));
        assert!(text.contains(&header), "{page}");
        for row in [
            // 28 to 31 August: 2 of 4 days logged, headache on one.
            "Before the first infusion: 28 Aug to 31 Aug 2026 2 of 4 - - - - 1",
            // 1 to 30 September: 7 of 30 days; the series' two infusions both noted nausea, one
            // dissociation; nausea on 1, 2 and 4 September, bladder on 3 and 20, drowsiness on 2.
            "Cycle 1: 1 Sep to 30 Sep 2026 7 of 30 nausea (2 of 2), dissociation (1 of 2) 3 2 - 1 -",
            // 1 to 31 October (open, up to the period's end): 3 of 31 days; nothing noted on the
            // infusion; dizziness on 1 October, nausea on 2 October.
            "Cycle 2: from 1 Oct 2026 3 of 31 none noted 1 - 1 - -",
        ] {
            assert!(
                text.contains(&squeezed(row)),
                "{paper} lacks {row:?}:\n{page}"
            );
        }
        for judged in ["concerning", "should", "worrying", "normal"] {
            assert!(!page.to_lowercase().contains(judged), "{judged}: {page}");
        }
    }
}

#[test]
fn side_effects_beyond_the_columns_share_an_other_column() {
    let mut journal = journal();
    // Eight more side effects on September days, noted on 8, 7, ..., 1 days: with the five
    // above they cannot all have a column; the rarest, "tinnitus" on one day, is counted in
    // "Other".
    let extra = [
        "itching",
        "sweating",
        "blurred vision",
        "dry mouth",
        "restlessness",
        "vivid dreams",
        "low mood",
        "tinnitus",
    ];
    for (rank, effect) in extra.iter().enumerate() {
        for offset in 0..(8 - rank) {
            let date = day("2026-09-11") + chrono::Duration::days(offset as i64);
            match journal.entries.iter_mut().find(|entry| entry.date == date) {
                Some(entry) => {
                    let mut items = entry.side_effects.items().to_vec();
                    items.push((*effect).to_owned());
                    entry.side_effects = TextList::new("side_effects", items).unwrap();
                }
                None => journal.entries.push(entry(&date.to_string(), 4, &[effect])),
            }
        }
    }
    journal.entries.sort_by_key(|entry| entry.date);
    for paper in [Paper::A4, Paper::Letter] {
        let pages = report(&journal, "2026-08-28", "2026-10-31", paper);
        let (_, page) = page_with(&pages, "Side effects between infusions").unwrap();
        assert!(page.contains("Other (days)"), "{page}");
        assert!(page.contains("tinnitus 1"), "{page}");
        // Every side effect is on the page, in a column or in "Other".
        for effect in extra {
            assert!(
                squeezed(page).contains(&squeezed(effect)),
                "{effect}: {page}"
            );
        }
    }
}

#[test]
fn the_calendar_shows_each_month_with_pain_and_infusions() {
    for paper in [Paper::A4, Paper::Letter] {
        let pages = report(&journal(), "2026-08-28", "2026-10-31", paper);
        let (index, page) = page_with(&pages, "Calendar: pain by day").unwrap();
        assert!(
            pages[index - 1].contains("Side effects between infusions"),
            "the calendar follows the side effects"
        );
        assert!(
            pages[index + 1..]
                .iter()
                .any(|page| page.contains("Infusion log"))
        );
        // Three months, August's one week included, fit on one page.
        for month in ["August 2026", "September 2026", "October 2026"] {
            assert!(page.contains(month), "{paper} lacks {month}:\n{page}");
        }
        assert!(!pages.iter().any(|page| page.contains("(continued)")));
        let text = format!(" {page} ");
        // Each logged day: its day number, then its pain; a day with an infusion adds its mark.
        for cell in [
            "28 7",
            "30 8",
            "1 6 infusion",
            "2 5",
            "3 4 infusion",
            "4 3",
            "10 2",
            "20 3",
            "30 6",
            "1 5 infusion",
            "2 3",
            "8 2",
            "29 planned",
        ] {
            assert!(
                text.contains(&format!(" {cell} ")),
                "{paper} lacks {cell:?}:\n{page}"
            );
        }
        // A day without an entry shows its number alone: 5 September is followed by 6.
        assert!(text.contains(" 5 6 7 8 9 10 2 "), "{page}");
        for legend in [
            "Pain",
            "nothing logged",
            "infusion (loading)",
            "infusion (maintenance)",
            "planned infusion",
        ] {
            assert!(page.contains(legend), "{paper} lacks {legend:?}:\n{page}");
        }
    }
}

#[test]
fn a_year_continues_over_pages_three_months_or_so_each() {
    let pages = report(&journal(), "2026-01-01", "2026-12-31", Paper::A4);
    let calendar: Vec<&String> = pages
        .iter()
        .filter(|page| page.contains("Calendar: pain by day"))
        .collect();
    assert!(
        (4..=5).contains(&calendar.len()),
        "{} pages",
        calendar.len()
    );
    for month in [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ] {
        let name = format!("{month} 2026");
        let holding = calendar.iter().filter(|page| page.contains(&name)).count();
        assert_eq!(holding, 1, "{name} on {holding} pages");
    }
}

#[test]
fn a_longer_period_shows_its_last_twelve_months_and_says_so() {
    let pages = report(&journal(), "2025-06-01", "2026-10-31", Paper::A4);
    let calendar: String = pages
        .iter()
        .filter(|page| page.contains("Calendar: pain by day"))
        .cloned()
        .collect();
    assert!(calendar.contains("The calendar shows the period's last 12 months, from 1 Nov 2025."));
    assert!(calendar.contains("November 2025") && calendar.contains("October 2026"));
    assert!(!calendar.contains("October 2025"), "{calendar}");
}

#[test]
fn a_one_day_period_has_one_week_of_calendar() {
    let pages = report(&journal(), "2026-09-20", "2026-09-20", Paper::A4);
    let (_, page) = page_with(&pages, "Calendar: pain by day").unwrap();
    assert!(page.contains("September 2026"), "{page}");
    for other in ["August", "October"] {
        assert!(!page.contains(other), "{page}");
    }
    // Monday 14 to Sunday 20 September: six greyed days, then the 20th with pain 3.
    assert!(
        format!(" {page} ").contains(" 14 15 16 17 18 19 20 3 "),
        "{page}"
    );
    let (_, side_effects) = page_with(&pages, "Side effects between infusions").unwrap();
    // The cycle up to the period's end: 1 to 20 September, 6 days logged.
    assert!(
        squeezed(side_effects).contains(&squeezed("Cycle 1: 1 Sep to 20 Sep 2026 6 of 20")),
        "{side_effects}"
    );
}

#[test]
fn a_period_without_entries_or_infusions_has_neither_page() {
    let pages = report(&journal(), "2027-01-01", "2027-01-31", Paper::A4);
    assert!(pages[0].contains("No entries or infusions were recorded in this period"));
    for page in &pages {
        assert!(!page.contains("Calendar"), "{page}");
        assert!(!page.contains("Side effects between infusions"), "{page}");
    }
}

#[test]
fn a_period_with_only_a_planned_infusion_has_a_calendar_of_it() {
    let pages = report(&journal(), "2026-10-20", "2026-10-31", Paper::A4);
    assert!(page_with(&pages, "Side effects between infusions").is_none());
    let (_, page) = page_with(&pages, "Calendar: pain by day").unwrap();
    assert!(page.contains("October 2026"));
    assert!(format!(" {page} ").contains(" 29 planned "), "{page}");
}

#[test]
fn a_period_without_side_effects_says_so() {
    let mut journal = journal();
    for entry in &mut journal.entries {
        entry.side_effects = TextList::default();
    }
    for infusion in &mut journal.infusions {
        infusion.side_effects = TextList::default();
    }
    let pages = report(&journal, "2026-09-28", "2026-10-03", Paper::A4);
    let (_, page) = page_with(&pages, "Side effects between infusions").unwrap();
    // Logged on 30 September, 1 and 2 October; infused on 1 October.
    assert!(
        page.contains(
            "No side effects were noted on the 3 logged days or with the 1 infusion of this period."
        ),
        "{page}"
    );
}

#[test]
fn bladder_or_urinary_symptoms_are_offered_and_stored() {
    assert!(COMMON_SIDE_EFFECTS.contains(&BLADDER));

    let journal = TestJournal::empty();
    let mut app = journal.app(View::Today);
    app.get_by_label("Pain 4").click();
    app.run();
    app.get_by_label(BLADDER).click();
    app.run();
    app.get_by_label("Save").click();
    app.run();
    let saved = journal.saved_entry(today()).unwrap();
    assert_eq!(saved.side_effects.items(), [BLADDER]);

    let mut app = journal.app(View::Infusions);
    app.get_by_label(BLADDER).click();
    app.run();
    app.get_by_label("Add infusion").click();
    app.run();
    let infusions = journal.store().journal().unwrap().infusions;
    assert_eq!(infusions.len(), 1);
    assert_eq!(infusions[0].side_effects.items(), [BLADDER]);
}

#[test]
fn the_infusion_log_names_each_phase_and_says_which_were_inferred() {
    let mut journal = journal();
    // The maintenance infusion of 1 October says so; the loading ones and the planned one do not.
    journal.infusions[2].phase = Some(Phase::Maintenance);
    let pages = report(&journal, "2026-08-28", "2026-10-28", Paper::A4);
    let (_, page) = page_with(&pages, "Infusion log").unwrap();
    let spaced = page.split("Infusion log").nth(1).unwrap();
    let log = squeezed(spaced);
    // 1 and 3 September: the first series, loading, inferred; 1 October: recorded.
    assert!(
        log.contains("2026-09-01doneloading*") && log.contains("2026-09-03doneloading*"),
        "{log}"
    );
    // Recorded: no mark (the note's own "*" follows the table as a word of its own).
    assert!(
        spaced.contains("2026-10-01 done maintenance * Phase"),
        "{spaced}"
    );
    assert!(!spaced.contains("maintenance*"), "{spaced}");
    assert!(
        !log.contains("inferred,") && !log.contains("doneinferred"),
        "{log}"
    );
    assert!(
        log.contains(&squeezed(
            "* Phase not recorded on the infusion; inferred from the dates: infusions up to 7 days \
             apart form one series"
        )),
        "{log}"
    );
}
