//! The report never breaks on ordinary input: notes in any script, notes of thousands of
//! characters, column headers of any wording on A4 and Letter, and periods with almost no data.
#![allow(clippy::unwrap_used)]

use crate::common::report_options;
use chrono::{Duration, NaiveDate};
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};
use relief_journal::demo::demo_journal;
use relief_journal::domain::{Entry, Infusion, Journal, Score};
use relief_journal::report::{Paper, report_pdf};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// `text` with runs of whitespace collapsed to one space.
fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of the whole report, whitespace collapsed.
fn report_text(pdf: &[u8]) -> String {
    collapsed(&pdf_extract::extract_text_from_mem(pdf).unwrap())
}

/// One character as drawn on a page: where pdf-extract places it (left edge and baseline, in
/// points from the page's top-left corner) and its text.
#[derive(Debug, Clone)]
struct Placed {
    x: f64,
    y: f64,
    text: String,
}

/// A page's size and the characters drawn on it.
#[derive(Debug, Default)]
struct Page {
    width: f64,
    height: f64,
    characters: Vec<Placed>,
}

/// Collects where every character of a PDF is drawn.
#[derive(Default)]
struct Positions {
    pages: Vec<Page>,
    flip: Option<Transform>,
}

impl OutputDev for Positions {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        let height = media_box.ury - media_box.lly;
        self.flip = Some(Transform::row_major(1.0, 0.0, 0.0, -1.0, 0.0, height));
        self.pages.push(Page {
            width: media_box.urx - media_box.llx,
            height,
            characters: Vec::new(),
        });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        _width: f64,
        _spacing: f64,
        _font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        let flip = self.flip.unwrap();
        let position = trm.post_transform(&flip);
        self.pages.last_mut().unwrap().characters.push(Placed {
            x: position.m31,
            y: position.m32,
            text: text.to_owned(),
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Where each character of `pdf` is drawn, page by page.
fn positions(pdf: &[u8]) -> Vec<Page> {
    let document = pdf_extract::Document::load_mem(pdf).unwrap();
    let mut positions = Positions::default();
    pdf_extract::output_doc(&document, &mut positions).unwrap();
    positions.pages
}

/// One piece of text drawn at one place: pdf-extract reports every glyph of a text operation
/// at the operation's starting point (give or take kerning), so consecutive glyphs at one place
/// are one piece: a line of a table cell, a heading, a footer.
#[derive(Debug)]
struct Piece {
    x: f64,
    y: f64,
    text: String,
}

/// The pieces of text of a page, in the order they are drawn.
fn pieces(page: &Page) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut last_x = f64::NAN;
    for character in &page.characters {
        match pieces.last_mut() {
            Some(piece)
                if (piece.y - character.y).abs() < 0.5 && (character.x - last_x).abs() < 1.0 =>
            {
                piece.text.push_str(&character.text);
            }
            _ => pieces.push(Piece {
                x: character.x,
                y: character.y,
                text: character.text.clone(),
            }),
        }
        last_x = character.x;
    }
    pieces
}

/// The page margin and the footer's baseline above the page's bottom edge (`MARGIN - 4`).
const MARGIN: f64 = 40.0;
const FOOTER_BASELINE_FROM_BOTTOM: f64 = 36.0;
const FOOTER_SIZE: f64 = 7.5;

/// Asserts that every character lies on its page, and that below the top of the footer there is
/// nothing but the footer.
fn assert_nothing_below_the_footer(pages: &[Page]) {
    for (number, page) in (1..).zip(pages) {
        let footer = page.height - FOOTER_BASELINE_FROM_BOTTOM;
        for character in &page.characters {
            assert!(
                (0.0..page.width).contains(&character.x)
                    && (0.0..=page.height).contains(&character.y),
                "page {number}: {character:?} is off the page"
            );
            let on_footer_line = (character.y - footer).abs() < 0.5;
            assert!(
                on_footer_line || character.y < footer - FOOTER_SIZE - 1.0,
                "page {number}: {character:?} lies over or below the footer (baseline {footer})"
            );
        }
    }
}

/// The notes of the fixture: date, language and note, one a line.
fn non_latin_notes() -> Vec<(NaiveDate, String, String)> {
    include_str!("../files/non-latin-notes.tsv")
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let mut fields = line.split('\t');
            let date = day(fields.next().unwrap());
            let language = fields.next().unwrap().to_owned();
            let note = fields.next().unwrap().to_owned();
            (date, language, note)
        })
        .collect()
}

/// Whether the bundled font or a font installed on this computer has `character`, found
/// directly with fontdb and ttf-parser.
fn some_font_has(database: &fontdb::Database, character: char) -> bool {
    let bundled = [
        relief_journal::fonts::SANS_REGULAR,
        relief_journal::fonts::SANS_BOLD,
    ];
    if bundled.iter().all(|data| {
        ttf_parser::Face::parse(data, 0)
            .unwrap()
            .glyph_index(character)
            .is_some()
    }) {
        return true;
    }
    database.faces().any(|face| {
        database
            .with_face_data(face.id, |data, index| {
                ttf_parser::Face::parse(data, index)
                    .is_ok_and(|face| face.glyph_index(character).is_some())
            })
            .unwrap_or(false)
    })
}

fn journal_of_notes(notes: &[(NaiveDate, String)]) -> Journal {
    let mut journal = Journal::default();
    for (date, note) in notes {
        let mut entry = Entry::new(*date, Score::new("pain", 6).unwrap());
        entry.note.clone_from(note);
        journal.entries.push(entry);
    }
    journal
}

const COULD_NOT_PRINT: &str = "Some characters could not be printed";

/// The text `pdftotext` (poppler) reads from `pdf`, whitespace collapsed and without the
/// direction marks it puts around right-to-left text; `None` when poppler is not installed.
fn poppler_text(pdf: &[u8]) -> Option<String> {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("report.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    assert!(output.status.success(), "{output:?}");
    let text: String = String::from_utf8(output.stdout)
        .unwrap()
        .chars()
        .filter(|character| !matches!(character, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .collect();
    Some(collapsed(&text))
}

#[test]
fn notes_in_other_scripts_come_back_as_the_same_text() {
    let notes = non_latin_notes();
    assert_eq!(notes.len(), 8);
    let journal = journal_of_notes(
        &notes
            .iter()
            .map(|(date, _, note)| (*date, note.clone()))
            .collect::<Vec<_>>(),
    );
    let pdf = report_pdf(
        &journal,
        &report_options("2025-03-01", "2025-03-08", Paper::A4),
    )
    .unwrap();
    let text = report_text(&pdf);
    // pdf-extract reads right-to-left text in drawing order and skips the marked text that
    // carries a Devanagari cluster's letters; poppler reads both as written.
    let poppler = poppler_text(&pdf);
    if poppler.is_none() {
        println!("pdftotext is not installed: Hebrew and Hindi are checked with pdftotext only");
    }
    let mut database = fontdb::Database::new();
    database.load_system_fonts();
    let mut printed = Vec::new();
    for (_, language, note) in &notes {
        if note
            .chars()
            .all(|character| some_font_has(&database, character))
        {
            if !["he", "hi"].contains(&language.as_str()) {
                assert!(
                    text.contains(&collapsed(note)),
                    "{language}: {note:?} is not in the report:\n{text}"
                );
            }
            if let Some(poppler) = &poppler {
                assert!(
                    poppler.contains(&collapsed(note)),
                    "{language}: pdftotext does not read {note:?}:\n{poppler}"
                );
            }
            printed.push(language.as_str());
        } else {
            assert!(text.contains(COULD_NOT_PRINT), "{language}:\n{text}");
        }
    }
    println!("printed as written: {printed:?}");
    // The scripts the bundled font has always come back.
    for language in ["ru", "pl-de", "el", "he"] {
        assert!(printed.contains(&language), "{language}");
    }
    if printed.len() == notes.len() {
        assert!(!text.contains(COULD_NOT_PRINT), "{text}");
        assert!(!text.contains('\u{FFFD}'), "{text}");
    }
}

#[test]
fn a_character_no_font_has_is_marked_and_the_report_says_so() {
    // The last code point of a private use area: no font has a glyph for it.
    let journal = journal_of_notes(&[(day("2025-03-01"), "before \u{10FFFD} after".to_owned())]);
    let pdf = report_pdf(
        &journal,
        &report_options("2025-03-01", "2025-03-08", Paper::A4),
    )
    .unwrap();
    let text = report_text(&pdf);
    assert!(text.contains("before \u{FFFD} after"), "{text}");
    assert!(text.contains(COULD_NOT_PRINT), "{text}");
    assert!(text.contains("U+10FFFD"), "{text}");
}

/// A note of `words` numbered words ("w0001 w0002 ..."), 6 characters each with its space.
fn numbered_note(words: usize) -> String {
    (1..=words)
        .map(|number| format!("w{number:04}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_note_of_thousands_of_characters_is_printed_whole_above_the_footer() {
    let note = numbered_note(700);
    assert!(note.chars().count() > 4_000);
    for paper in [Paper::A4, Paper::Letter] {
        // One day with the long note alone, then a few ordinary days; an infusion with a long
        // note of its own.
        let mut journal = journal_of_notes(&[(day("2025-03-03"), note.clone())]);
        for offset in 4..12 {
            journal.entries.push(Entry::new(
                day("2025-03-01") + Duration::days(offset),
                Score::new("pain", 5).unwrap(),
            ));
        }
        let mut infusion = Infusion::done(day("2025-03-02"));
        infusion.note = note.clone();
        journal.infusions.push(infusion);
        let pdf = report_pdf(&journal, &report_options("2025-03-01", "2025-03-20", paper)).unwrap();
        let text = report_text(&pdf);
        for number in 1..=700 {
            let word = format!("w{number:04}");
            assert_eq!(
                text.matches(&word).count(),
                2,
                "{paper}: {word} should be printed once in each table:\n{text}"
            );
        }
        let pages = positions(&pdf);
        assert!(pages.len() >= 4, "{paper}: {} pages", pages.len());
        assert_nothing_below_the_footer(&pages);
        // Every page of tables after the summary (and the side effects and calendar, which
        // have no dated rows) shows a row of its table (or a row's continuation, headed by the
        // row's date), never a header alone.
        let by_page = pdf_extract::extract_text_from_mem_by_pages(&pdf).unwrap();
        for (number, page) in (1..).zip(&by_page).skip(1) {
            if page.contains("Side effects between infusions")
                || page.contains("Calendar: pain by day")
            {
                continue;
            }
            assert!(page.contains("2025-03-"), "{paper}, page {number}:\n{page}");
        }
    }
}

#[test]
fn a_tall_row_after_a_full_page_of_rows_continues_on_the_next_page() {
    // Three months of short entries, then the long note: the row starts low on a page.
    let mut journal = Journal::default();
    let first = day("2025-01-01");
    for offset in 0..90 {
        journal.entries.push(Entry::new(
            first + Duration::days(offset),
            Score::new("pain", 4).unwrap(),
        ));
    }
    journal.entries[70].note = numbered_note(600);
    let pdf = report_pdf(
        &journal,
        &report_options("2025-01-01", "2025-03-31", Paper::A4),
    )
    .unwrap();
    let text = report_text(&pdf);
    assert!(text.contains("w0001") && text.contains("w0600"), "{text}");
    assert_nothing_below_the_footer(&positions(&pdf));
}

/// Every word drawn in the header band of a table whose first two titles are `first` and
/// `second`, on every page where the table starts or continues: the pieces from the line that
/// begins with `first` at the cell's left edge down to the first row (whose first cell is a
/// date).
fn header_words(pages: &[Page], first: &str, second: &str) -> Vec<String> {
    let cell_left = MARGIN + 2.0;
    let at_left = |piece: &Piece| (piece.x - cell_left).abs() < 0.5;
    let mut found = Vec::new();
    for page in pages {
        let pieces = pieces(page);
        let top = pieces.iter().find(|piece| {
            at_left(piece)
                && piece.text.split_whitespace().next() == Some(first)
                && pieces.iter().any(|other| {
                    (other.y - piece.y).abs() < 0.5
                        && other.text.split_whitespace().next() == Some(second)
                })
        });
        let Some(top) = top else { continue };
        let first_row = pieces
            .iter()
            .filter(|piece| {
                piece.y > top.y
                    && at_left(piece)
                    && piece.text.starts_with(|c: char| c.is_ascii_digit())
            })
            .map(|piece| piece.y)
            .fold(f64::INFINITY, f64::min);
        found.extend(
            pieces
                .iter()
                .filter(|piece| piece.y >= top.y - 0.5 && piece.y < first_row - 0.5)
                .flat_map(|piece| piece.text.split_whitespace().map(str::to_owned)),
        );
    }
    found
}

#[test]
fn column_headers_never_break_inside_a_word() {
    let today = day(crate::common::TODAY);
    let mut journal = demo_journal(today, 2, 4);
    // Thresholds are settings, so the cycle table's titles change with them.
    journal.settings.analysis.meaningful_relief_pct = 27.5;
    journal.settings.analysis.substantial_relief_pct = 62.5;
    let start = today - Duration::days(400);
    let daily_titles = [
        "Date",
        "Pain",
        "Worst",
        "Sleep h",
        "Sleep q.",
        "Mobility",
        "Mood",
        "Rescue",
        "Wearing off",
        "Side effects, tags",
        "Note",
    ];
    let cycle_titles = [
        "Infusion".to_owned(),
        "Phase".to_owned(),
        "Days to next".to_owned(),
        "Peak relief".to_owned(),
        "Relief ≥27.5% until".to_owned(),
        "Relief ≥62.5% until".to_owned(),
        "Pain".to_owned(),
        "Worst pain".to_owned(),
        "Days 7+".to_owned(),
        "Rescue / week".to_owned(),
        "Mobility".to_owned(),
        "Sleep".to_owned(),
    ];
    for paper in [Paper::A4, Paper::Letter] {
        let mut options = report_options(&start.to_string(), crate::common::TODAY, paper);
        options.include_daily = true;
        let pdf = report_pdf(&journal, &options).unwrap();
        let pages = positions(&pdf);
        for (titles, first, second) in [
            (daily_titles.map(str::to_owned).to_vec(), "Date", "Pain"),
            (cycle_titles.to_vec(), "Infusion", "Phase"),
        ] {
            let allowed: Vec<&str> = titles.iter().flat_map(|t| t.split_whitespace()).collect();
            let words = header_words(&pages, first, second);
            assert!(
                words.len() > titles.len(),
                "{paper}: {first} table not found"
            );
            for word in &words {
                assert!(
                    allowed.contains(&word.as_str()),
                    "{paper}: header word {word:?} is not a whole word of {titles:?}; header: {words:?}"
                );
            }
            for expected in &allowed {
                assert!(
                    words.iter().any(|word| word == expected),
                    "{paper}: {expected:?} missing from the header {words:?}"
                );
            }
        }
        assert_nothing_below_the_footer(&pages);
    }
}

/// Runs a command that must succeed without a word on standard error.
fn run_quietly(db: &std::path::Path, args: &[&str]) {
    let output = crate::common::run(db, args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        crate::common::stderr(&output)
    );
    assert_eq!(
        crate::common::stderr(&output),
        "",
        "{args:?} wrote to stderr"
    );
}

/// Whether `text` counts one of something in the plural ("1 days", but not "11 days").
fn says_one_in_the_plural(text: &str) -> bool {
    text.match_indices("1 days").any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(|before| before.is_ascii_digit() || before == '.')
    })
}

/// The report and every chart of a journal with very little data, made with the command line:
/// no warnings, one day counted as "1 day".
fn report_and_charts_quietly(db: &std::path::Path, from: &str, to: &str) -> String {
    let folder = db.parent().unwrap();
    let pdf = folder.join("report.pdf");
    run_quietly(
        db,
        &[
            "report",
            "--out",
            pdf.to_str().unwrap(),
            "--from",
            from,
            "--to",
            to,
        ],
    );
    for kind in ["timeline", "cycles", "durations"] {
        for extension in ["svg", "png"] {
            let image = folder.join(format!("{kind}.{extension}"));
            run_quietly(
                db,
                &["chart", "--kind", kind, "--out", image.to_str().unwrap()],
            );
        }
    }
    let text = report_text(&std::fs::read(&pdf).unwrap());
    assert!(!says_one_in_the_plural(&text), "{text}");
    text
}

#[test]
fn one_logged_day_reports_quietly_and_says_1_day() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_quietly(&db, &["log", "--date", "2026-11-20", "--pain", "6"]);
    let text = report_and_charts_quietly(&db, "2026-11-20", "2026-11-20");
    assert!(text.contains("(1 day)"), "{text}");
    assert!(text.contains("Days logged: 1 of 1 (100%)"), "{text}");
}

#[test]
fn one_cycle_reports_quietly() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let first = day("2026-10-01");
    for offset in 0..40 {
        let date = (first + Duration::days(offset)).to_string();
        let pain = if offset < 14 { "8" } else { "4" };
        run_quietly(&db, &["log", "--date", &date, "--pain", pain]);
    }
    run_quietly(&db, &["infusion", "--date", "2026-10-15"]);
    let text = report_and_charts_quietly(&db, "2026-10-01", "2026-11-09");
    assert!(text.contains("2026-10-15"), "{text}");
    // A period of one day: the infusion day alone.
    let text = report_and_charts_quietly(&db, "2026-10-15", "2026-10-15");
    assert!(text.contains("(1 day)"), "{text}");
}

#[test]
fn a_done_infusion_recorded_twice_on_one_day_counts_once() {
    // A journal from before a day could hold only one done infusion: 3 infusion days, the
    // second recorded twice. 20 logged days, none with a side effect.
    let mut journal = Journal::default();
    for date in ["2025-03-02", "2025-03-09", "2025-03-09", "2025-03-16"] {
        journal.infusions.push(Infusion::done(day(date)));
    }
    for offset in 0..20 {
        journal.entries.push(Entry::new(
            day("2025-03-01") + Duration::days(offset),
            Score::new("pain", 5).unwrap(),
        ));
    }
    let pdf = report_pdf(
        &journal,
        &report_options("2025-03-01", "2025-03-20", Paper::A4),
    )
    .unwrap();
    let text = report_text(&pdf);
    assert!(
        text.contains("with the 3 infusions of this period"),
        "the side-effect page counts records, not days:\n{text}"
    );
    // Table cells wrap, and the extracted text loses spaces where they do.
    let unspaced = text.replace(' ', "");
    assert_eq!(
        unspaced.matches("done(2ndrecordoftheday)").count(),
        1,
        "{text}"
    );
    assert!(
        unspaced.contains("loading×3"),
        "the cycle counts 3 infusion days:
{text}"
    );
}
