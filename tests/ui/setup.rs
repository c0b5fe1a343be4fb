//! Starting mid-treatment: the setup asks for the infusions already had and the pain before
//! ketamine, stores them, and the analysis and the Today card use them.

use crate::common_ui::{TestJournal, days_ago, today, type_into};
use egui_kittest::kittest::{NodeT, Queryable};
use relief_journal::analysis::{BaselineSource, analyze};
use relief_journal::domain::{Entry, Infusion, InfusionStatus, Score};
use relief_journal::ui::View;

/// Someone whose last infusion was three weeks ago answers the setup, then logs today.
#[test]
fn a_patient_in_treatment_enters_past_infusions_and_the_pain_before_ketamine() {
    let journal = TestJournal::missing();
    let mut app = journal.app(View::Today);
    assert!(app.state().is_welcome());
    app.get_by_label("Have your ketamine infusions already started?");

    app.get_by_label("Yes: set up my journal").click();
    app.run();
    app.get_by_label("Your treatment so far");
    // A loading series in one line with the year once, the latest maintenance infusion three
    // weeks before today (Sat 28 Nov 2026), and the next one booked.
    type_into(
        &mut app,
        "Which infusions have you had?",
        "2 Sep, 4 Sep and 7 Sep 2026, 7 Nov 2026",
    );
    type_into(
        &mut app,
        "When is your next infusion? (if booked)",
        "2026-12-05",
    );
    app.get_by_label("Pain before ketamine 8").click();
    app.run();
    app.get_by_label_contains(
        "4 past infusions: Wed 2 Sep 2026, Fri 4 Sep 2026, Mon 7 Sep 2026, Sat 7 Nov 2026.",
    );
    app.get_by_label_contains("Next planned infusion: Sat 5 Dec 2026.");
    app.get_by_label_contains("Remembered pain before ketamine: 8 of 10.");
    app.get_by_label("Save").click();
    app.run();

    // Stored in the journal file.
    let store = journal.store();
    let infusions: Vec<Infusion> = store
        .infusions()
        .unwrap()
        .into_iter()
        .map(|stored| stored.infusion)
        .collect();
    let dates: Vec<_> = infusions
        .iter()
        .map(|infusion| (infusion.date, infusion.status))
        .collect();
    assert_eq!(
        dates,
        [
            (days_ago(87), InfusionStatus::Done),
            (days_ago(85), InfusionStatus::Done),
            (days_ago(82), InfusionStatus::Done),
            (days_ago(21), InfusionStatus::Done),
            (today() + chrono::Duration::days(7), InfusionStatus::Planned),
        ]
    );
    assert_eq!(store.settings().unwrap().baseline_pain, Some(8.0));

    // Used by the analysis: relief is measured against the remembered 8 (less half a point for how
    // pain before treatment is remembered), not pre-booster pain.
    let analysis = analyze(&store.journal().unwrap(), today());
    assert_eq!(analysis.baseline.source, Some(BaselineSource::Remembered));
    assert_eq!(analysis.baseline.remembered_pain, Some(8.0));
    assert_eq!(analysis.baseline.pain, Some(7.5));

    // The passphrase step follows the treatment questions; then Today.
    app.get_by_label("Protect your journal with a passphrase?");
    app.get_by_label("Not now").click();
    app.run();
    // The Today card says which day of the cycle it is and what relief is measured against.
    assert_eq!(app.state().view(), Some(View::Today));
    app.get_by_label_contains("Day 21 after your infusion of Sat 7 Nov 2026");
    app.get_by_label_contains("Baseline pain 7.5: from your remembered baseline of 8");
    assert!(
        app.query_by_label("Tell it your pain before ketamine")
            .is_none(),
        "no prompt once a remembered baseline is stored"
    );

    // Logging today works as for anyone else.
    app.get_by_label("Pain 4").click();
    app.get_by_label("Save").click();
    app.run();
    assert_eq!(journal.saved_entry(today()).unwrap().pain.get(), 4);
}

#[test]
fn skipping_the_setup_leaves_a_gentle_prompt_that_opens_it_again() {
    let journal = TestJournal::missing();
    let mut app = journal.app(View::Today);
    app.get_by_label("Yes: set up my journal").click();
    app.run();
    app.get_by_label("Skip for now").click();
    app.run();
    assert_eq!(app.state().view(), Some(View::Today));
    assert!(journal.store().infusions().unwrap().is_empty());

    // An infusion logged later, with no untreated days and no remembered baseline: the Today
    // card says what relief is measured against and offers the question again.
    let mut store = journal.store();
    store.add_infusion(&Infusion::done(days_ago(10))).unwrap();
    for days in 0..10 {
        store
            .save_entry(&Entry::new(days_ago(days), Score::new("pain", 5).unwrap()))
            .unwrap();
    }
    drop(store);
    drop(app);
    let mut app = journal.app(View::Today);
    app.get_by_label("Tell it your pain before ketamine")
        .click();
    app.run();
    app.get_by_label("Your treatment so far");
    app.get_by_label("I don't remember").click();
    app.run();
    app.get_by_label_contains("No remembered pain before ketamine.");
    app.get_by_label("Save").click();
    app.run();
    assert_eq!(journal.store().settings().unwrap().baseline_pain, None);
}

#[test]
fn the_setup_refuses_what_it_cannot_read_and_stores_nothing() {
    let journal = TestJournal::empty();
    let mut app = journal.app(View::Settings);
    app.get_by_label("Your treatment so far…").click();
    app.run();
    type_into(
        &mut app,
        "Which infusions have you had?",
        "3 Nov, the day after",
    );
    app.get_by_label_contains("\"the day after\" is not a date");
    type_into(
        &mut app,
        "When is your next infusion? (if booked)",
        "1 Nov 2026",
    );
    assert!(app.get_by_label("Save").accesskit_node().is_disabled());
    drop(app);
    assert!(journal.store().infusions().unwrap().is_empty());
}

#[test]
fn infusions_already_in_the_journal_are_left_as_they_are() {
    let journal = TestJournal::empty();
    let mut infusion = Infusion::done(days_ago(21));
    infusion.clinic = "Northside".to_owned();
    journal.store().add_infusion(&infusion).unwrap();
    let mut app = journal.app(View::Settings);
    app.get_by_label("Your treatment so far…").click();
    app.run();
    type_into(
        &mut app,
        "Which infusions have you had?",
        "7 Nov 2026, 10 Oct 2026",
    );
    app.get_by_label_contains("1 past infusion: Sat 10 Oct 2026.");
    app.get_by_label_contains("Already in your journal, left as they are: Sat 7 Nov 2026.");
    app.get_by_label("Save").click();
    app.run();
    let stored = journal.store().infusions().unwrap();
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[1].infusion.clinic, "Northside");
}

#[test]
fn the_setup_reads_in_spanish_on_a_spanish_system() {
    let journal = TestJournal::missing();
    let mut app = journal.app_on_system(View::Today, &["es_MX.UTF-8"]);
    app.get_by_label("Sí: preparar mi diario").click();
    app.run();
    app.get_by_label("Su tratamiento hasta ahora");
    app.get_by_label("Antes de la ketamina, ¿cómo era su dolor en un día normal?");

    type_into(
        &mut app,
        "¿Qué infusiones ha recibido?",
        "2026-09-02, 2026-11-07",
    );
    app.get_by_label("Dolor antes de la ketamina 8").click();
    app.run();
    // Days inside a sentence spell out the weekday, so the commas only separate the days.
    app.get_by_label_contains("2 infusiones anteriores: miércoles 2 sep 2026, sábado 7 nov 2026.");
    app.get_by_label_contains("Dolor recordado antes de la ketamina: 8 de 10.");
    app.get_by_label("Guardar").click();
    app.run();

    assert_eq!(
        app.state().notice(),
        Some(
            "Guardado: 2 infusiones anteriores y el dolor que usted recuerda antes de la \
             ketamina (8)."
        )
    );
    assert_eq!(journal.store().infusions().unwrap().len(), 2);
    assert_eq!(journal.store().settings().unwrap().baseline_pain, Some(8.0));
}

/// The examples beside the dates typed are never in the future, whatever today is, and read as
/// the infusions already had when typed as shown.
#[test]
fn date_examples_are_before_today_and_read_as_shown() {
    let journal = TestJournal::missing();
    let on = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let mut app = journal.app_on(View::Today, on);
    app.get_by_label("Yes: set up my journal").click();
    app.run();
    app.get_by_label(
        "At least the most recent one. Type several dates at once, for example \"11 Jan, 14 Jan \
         and 18 Jan 2026\" for a loading series.",
    );
    assert!(app.query_by_label_contains("Nov 2026").is_none());
    type_into(
        &mut app,
        "Which infusions have you had?",
        "11 Jan, 14 Jan and 18 Jan 2026",
    );
    app.get_by_label_contains("Sun 11 Jan 2026, Wed 14 Jan 2026, Sun 18 Jan 2026");

    // Early in January, the example series is the December before, still in one year.
    let journal = TestJournal::missing();
    let on = chrono::NaiveDate::from_ymd_opt(2027, 2, 14).unwrap();
    let mut app = journal.app_on(View::Today, on);
    app.get_by_label("Yes: set up my journal").click();
    app.run();
    app.get_by_label_contains("\"12 Dec, 15 Dec and 19 Dec 2026\"");
}
