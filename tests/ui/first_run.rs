//! First run: the welcome, demo data in its own file, and starting the real journal.

use crate::common_ui::{TestJournal, today};
use egui_kittest::kittest::Queryable;
use relief_journal::store::Store;
use relief_journal::ui::View;

#[test]
fn first_run_into_demo_data_keeps_the_real_journal_clean() {
    let journal = TestJournal::missing();
    let mut app = journal.app(View::Today);
    assert!(app.state().is_welcome());

    app.get_by_label("Explore with demo data").click();
    app.run();

    assert!(app.state().is_demo());
    app.get_by_label_contains("DEMO DATA");
    let demo_file = journal.dir.path().join("demo.db");
    assert_eq!(app.state().open_file(), Some(demo_file.as_path()));
    let demo = Store::open(&demo_file).unwrap();
    assert!(
        demo.entries().unwrap().len() > 300,
        "about two years of entries"
    );
    assert!(!demo.infusions().unwrap().is_empty());
    assert!(
        !journal.path.exists(),
        "the real journal is not created by the demo"
    );

    // Leaving the demo goes back to the welcome's question; answering it creates the real,
    // empty journal.
    app.get_by_label("Start my own journal").click();
    app.run();
    assert!(app.state().is_welcome());
    assert!(!journal.path.exists());
    app.get_by_label("Not yet: start my journal").click();
    app.run();
    assert!(!app.state().is_demo());
    assert!(journal.store().is_empty().unwrap());
}

#[test]
fn a_new_user_logs_a_day_and_finds_it_after_reopening() {
    let journal = TestJournal::missing();
    let mut app = journal.app(View::Today);

    app.get_by_label("Not yet: start my journal").click();
    app.run();
    // The passphrase is offered as a step of the setup, and can be left for later.
    app.get_by_label("Protect your journal with a passphrase?");
    app.get_by_label("Not now").click();
    app.run();
    app.get_by_label("Pain 5").click();
    app.get_by_label("Save").click();
    app.run();
    drop(app);

    let app = journal.app(View::Today);
    assert!(!app.state().is_welcome());
    app.get_by_label("Saved. Change anything and save again to update this day.");
    assert_eq!(journal.saved_entry(today()).unwrap().pain.get(), 5);
}

#[test]
fn a_file_that_is_not_a_journal_is_explained_and_left_alone() {
    let journal = TestJournal::missing();
    std::fs::write(&journal.path, "shopping list").unwrap();
    let app = journal.app(View::Today);

    app.get_by_label("Your journal could not be opened");
    assert!(
        app.state()
            .notice()
            .unwrap()
            .contains("not a Relief Journal file")
    );
    assert_eq!(
        std::fs::read_to_string(&journal.path).unwrap(),
        "shopping list"
    );
}

#[test]
fn opening_a_journal_takes_the_daily_backup_but_the_demo_gets_none() {
    let journal = crate::common_ui::TestJournal::with_entries(&[(today(), 4)]);
    let _app = journal.app(View::Today);

    let backups = relief_journal::store::list_backups(&journal.path).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, "daily");

    let first_run = TestJournal::missing();
    let mut app = first_run.app(View::Today);
    app.get_by_label("Explore with demo data").click();
    app.run();
    let demo = first_run.dir.path().join("demo.db");
    assert!(
        relief_journal::store::list_backups(&demo)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn the_welcome_reads_in_spanish_on_a_spanish_system() {
    let journal = TestJournal::missing();
    let mut app = journal.app_on_system(View::Today, &["es_MX.UTF-8"]);
    assert!(app.state().is_welcome());

    app.get_by_label("Le damos la bienvenida a Relief Journal");
    app.get_by_label("¿Ya empezaron sus infusiones de ketamina?");
    app.get_by_label("Explorar con datos de ejemplo");
    assert!(app.query_by_label("Not yet: start my journal").is_none());

    app.get_by_label("Todavía no: empezar mi diario").click();
    app.run();
    // The new journal chose no language, so it keeps the system's: the setup's passphrase step
    // and the side bar are in Spanish too.
    app.get_by_label("¿Proteger su diario con una contraseña?");
    app.get_by_label("Ahora no");
    app.get_by_label("Configuración");
    app.get_by_label("Hoy");
}
