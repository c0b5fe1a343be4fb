//! The command line, run as a user would: exit codes, messages and what reaches the file.
#![allow(clippy::unwrap_used)]

use std::fs;

use crate::common::{dump, run, run_ok, stderr};
use crate::damaged::{damaged_files, replace_journal};

#[test]
fn log_saves_a_day_and_replaces_it_when_logged_again() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let first = run_ok(
        &db,
        &[
            "log",
            "--date",
            "2026-01-01",
            "--pain",
            "6",
            "--sleep-hours",
            "6.5",
        ],
    );
    assert!(first.contains("new entry"), "{first}");
    let second = run_ok(
        &db,
        &[
            "log",
            "--date",
            "2026-01-01",
            "--pain",
            "4",
            "--tag",
            "weather",
            "--wearing-off",
        ],
    );
    assert!(second.contains("replaced"), "{second}");
    let journal = dump(&db);
    assert!(journal.contains("\"pain\": 4"), "{journal}");
    assert!(!journal.contains("\"pain\": 6"), "{journal}");
    run_ok(&db, &["log", "--pain", "3"]);
    assert!(dump(&db).contains(crate::common::TODAY));
}

#[test]
fn rescue_doses_not_given_are_not_recorded_and_stay_apart_from_zero_in_every_format() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["log", "--date", "2026-01-01", "--pain", "6"]);
    run_ok(
        &db,
        &[
            "log",
            "--date",
            "2026-01-02",
            "--pain",
            "5",
            "--rescue",
            "0",
        ],
    );
    let json = dump(&db);
    assert!(json.contains("\"rescue_doses\": null"), "{json}");
    assert!(json.contains("\"rescue_doses\": 0"), "{json}");

    let csv_path = folder.path().join("entries.csv");
    run_ok(&db, &["export", csv_path.to_str().unwrap()]);
    let csv = fs::read_to_string(&csv_path).unwrap();
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let column = header
        .iter()
        .position(|name| *name == "rescue_doses")
        .unwrap();
    let cells: Vec<String> = csv
        .lines()
        .skip(1)
        .map(|line| line.split(',').nth(column).unwrap().to_owned())
        .collect();
    assert_eq!(cells, ["", "0"]);

    // Both formats come back as they went out.
    for file in ["entries.csv", "journal.json"] {
        let path = folder.path().join(file);
        if file.ends_with(".json") {
            run_ok(&db, &["export", path.to_str().unwrap()]);
        }
        let copy = folder.path().join(format!("copy-{file}.db"));
        run_ok(&copy, &["import", path.to_str().unwrap()]);
        let again = dump(&copy);
        assert!(again.contains("\"rescue_doses\": null"), "{file}: {again}");
        assert!(again.contains("\"rescue_doses\": 0"), "{file}: {again}");
    }
}

#[test]
fn out_of_range_values_exit_2_naming_field_value_and_range_and_write_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["log", "--date", "2025-12-31", "--pain", "5"]);
    let before = dump(&db);
    for (args, field, value, range) in [
        (vec!["--pain", "11"], "pain", "11", "0 to 10"),
        (vec!["--pain", "-1"], "pain", "-1", "0 to 10"),
        (
            vec!["--pain", "5", "--worst-pain", "11"],
            "worst_pain",
            "11",
            "0 to 10",
        ),
        (
            vec!["--pain", "5", "--sleep-hours", "24.25"],
            "sleep_hours",
            "24.25",
            "0 to 24",
        ),
        (
            vec!["--pain", "5", "--sleep-hours", "7.1"],
            "sleep_hours",
            "7.1",
            "quarter hours",
        ),
        (
            vec!["--pain", "5", "--sleep-quality", "11"],
            "sleep_quality",
            "11",
            "0 to 10",
        ),
        (
            vec!["--pain", "5", "--mobility", "-1"],
            "mobility",
            "-1",
            "0 to 10",
        ),
        (vec!["--pain", "5", "--mood", "11"], "mood", "11", "0 to 10"),
        (
            vec!["--pain", "5", "--rescue", "51"],
            "rescue_doses",
            "51",
            "0 to 50",
        ),
        (vec!["--pain", "five"], "pain", "five", "0 to 10"),
    ] {
        let mut full = vec!["log", "--date", "2026-01-01"];
        full.extend(args);
        let output = run(&db, &full);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{full:?}: {message}");
        assert_eq!(message.lines().count(), 1, "{message}");
        for part in [field, value, range] {
            assert!(message.contains(part), "{full:?}: {message} lacks {part}");
        }
    }
    let output = run(&db, &["log", "--date", "2026-02-30", "--pain", "5"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("YYYY-MM-DD"));
    assert_eq!(dump(&db), before);
}

#[test]
fn the_edges_of_every_range_are_accepted() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    for value in ["0", "10"] {
        run_ok(
            &db,
            &[
                "log",
                "--date",
                "2026-01-01",
                "--pain",
                value,
                "--worst-pain",
                value,
                "--sleep-quality",
                value,
                "--mobility",
                value,
                "--mood",
                value,
            ],
        );
    }
    for (hours, rescue) in [("0", "0"), ("24", "50")] {
        run_ok(
            &db,
            &[
                "log",
                "--date",
                "2026-01-02",
                "--pain",
                "5",
                "--sleep-hours",
                hours,
                "--rescue",
                rescue,
            ],
        );
    }
}

#[test]
fn infusions_are_recorded_and_bad_ones_refused() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(
        &db,
        &[
            "infusion",
            "--date",
            "2026-01-10",
            "--phase",
            "loading",
            "--dose-mg",
            "35",
            "--duration-min",
            "45",
        ],
    );
    run_ok(&db, &["infusion", "--date", "2026-03-01", "--planned"]);
    let journal = dump(&db);
    assert!(journal.contains("\"status\": \"planned\""), "{journal}");
    assert!(journal.contains("\"phase\": \"loading\""), "{journal}");
    for (args, field) in [
        (vec!["--phase", "booster"], "phase"),
        (vec!["--dose-mg", "0"], "dose_mg"),
        (vec!["--duration-min", "0"], "duration_min"),
    ] {
        let mut full = vec!["infusion", "--date", "2026-01-12"];
        full.extend(args);
        let output = run(&db, &full);
        assert_eq!(output.status.code(), Some(2));
        assert!(stderr(&output).contains(field), "{}", stderr(&output));
    }
    assert_eq!(dump(&db), journal);
}

#[test]
fn demo_export_import_export_gives_identical_files() {
    let folder = tempfile::tempdir().unwrap();
    let a = folder.path().join("a.db");
    let b = folder.path().join("b.db");
    let a_json = folder.path().join("a.json");
    let b_json = folder.path().join("b.json");
    let said = run_ok(&a, &["demo"]);
    assert!(said.contains("demo journal"), "{said}");
    run_ok(&a, &["export", a_json.to_str().unwrap()]);
    let summary = run_ok(&b, &["import", a_json.to_str().unwrap()]);
    assert!(summary.contains("added"), "{summary}");
    run_ok(&b, &["export", b_json.to_str().unwrap()]);
    let first = fs::read(&a_json).unwrap();
    assert_eq!(first, fs::read(&b_json).unwrap());

    let journal: serde_json::Value = serde_json::from_slice(&first).unwrap();
    let entries = journal["entries"].as_array().unwrap();
    let first_day: chrono::NaiveDate = entries[0]["date"].as_str().unwrap().parse().unwrap();
    let today: chrono::NaiveDate = crate::common::TODAY.parse().unwrap();
    assert!((today - first_day).num_days() >= 365);
    assert!(entries.len() > 250, "{} entries", entries.len());
    let infusions = journal["infusions"].as_array().unwrap();
    assert!(infusions.len() >= 10);
    assert!(
        infusions
            .iter()
            .any(|infusion| infusion["status"] == "planned")
    );
}

#[test]
fn demo_refuses_a_journal_with_data_unless_forced() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["log", "--date", "2026-01-01", "--pain", "5"]);
    let before = dump(&db);
    let output = run(&db, &["demo"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--force"));
    assert_eq!(dump(&db), before);
    run_ok(&db, &["demo", "--force", "--seed", "3"]);
    assert!(
        !dump(&db)
            .contains("\"date\": \"2026-01-01\",\n      \"pain\": 5,\n      \"worst_pain\": null")
    );
}

#[test]
fn a_bad_csv_row_names_its_line_and_changes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["demo"]);
    let before = dump(&db);
    let csv = folder.path().join("entries.csv");
    // Line 1 is the header; line N holds day N - 1 of 2010, and line 57 has pain 12.
    let mut text = String::from("date,pain,sleep_hours,note\n");
    for line in 2..=80_i64 {
        let date =
            chrono::NaiveDate::from_ymd_opt(2010, 1, 1).unwrap() + chrono::Duration::days(line - 2);
        let pain = if line == 57 { 12 } else { 4 };
        text.push_str(&format!("{date},{pain},7,\"note, line {line}\"\n"));
    }
    fs::write(&csv, text).unwrap();
    let output = run(&db, &["import", csv.to_str().unwrap()]);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{message}");
    assert!(message.contains("entries.csv"), "{message}");
    assert!(message.contains("line 57"), "{message}");
    assert!(message.contains("pain"), "{message}");
    assert!(message.contains("12"), "{message}");
    assert!(message.contains("0 to 10"), "{message}");
    assert_eq!(dump(&db), before);
}

#[test]
fn foreign_json_and_unknown_file_types_are_refused() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    let foreign = folder.path().join("other.json");
    fs::write(&foreign, r#"{"format": "something-else", "version": 1}"#).unwrap();
    let output = run(&db, &["import", foreign.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("something-else"));
    let newer = folder.path().join("newer.json");
    fs::write(&newer, r#"{"format": "relief-journal", "version": 9}"#).unwrap();
    let output = run(&db, &["import", newer.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("version 9"));
    let text = folder.path().join("notes.txt");
    fs::write(&text, "hello").unwrap();
    let output = run(&db, &["import", text.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let output = run(
        &db,
        &["export", folder.path().join("out.xlsx").to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains(".json or .csv"));
}

#[test]
fn csv_exports_round_trip_through_the_command_line() {
    let folder = tempfile::tempdir().unwrap();
    let a = folder.path().join("a.db");
    let b = folder.path().join("b.db");
    run_ok(&a, &["demo", "--seed", "5"]);
    let entries = folder.path().join("entries.csv");
    let infusions = folder.path().join("infusions.csv");
    run_ok(&a, &["export", entries.to_str().unwrap()]);
    run_ok(&a, &["export", "--infusions", infusions.to_str().unwrap()]);
    run_ok(&b, &["import", entries.to_str().unwrap()]);
    run_ok(&b, &["import", infusions.to_str().unwrap()]);
    let entries_again = folder.path().join("entries2.csv");
    let infusions_again = folder.path().join("infusions2.csv");
    run_ok(&b, &["export", entries_again.to_str().unwrap()]);
    run_ok(
        &b,
        &["export", "--infusions", infusions_again.to_str().unwrap()],
    );
    assert_eq!(
        fs::read(&entries).unwrap(),
        fs::read(&entries_again).unwrap()
    );
    assert_eq!(
        fs::read(&infusions).unwrap(),
        fs::read(&infusions_again).unwrap()
    );
}

#[test]
fn files_that_are_not_journals_exit_2_and_stay_unchanged() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    for damaged in damaged_files() {
        replace_journal(&db, &damaged.bytes);
        for args in [&["log", "--pain", "5"][..], &["analyze"], &["backup"]] {
            let output = run(&db, args);
            assert_eq!(output.status.code(), Some(2), "{}: {args:?}", damaged.kind);
            assert!(
                stderr(&output).contains(damaged.reason),
                "{}: {}",
                damaged.kind,
                stderr(&output)
            );
            assert_eq!(
                fs::read(&db).unwrap(),
                damaged.bytes,
                "{} changed",
                damaged.kind
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn the_journal_is_private_and_sound_after_a_demo() {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("journal.db");
    run_ok(&db, &["demo"]);
    let mode = fs::metadata(&db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let store = relief_journal::store::Store::open(&db).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let exported = folder.path().join("out.json");
    run_ok(&db, &["export", exported.to_str().unwrap()]);
    let mode = fs::metadata(&exported).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn the_environment_variable_chooses_the_journal() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("from-env.db");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_relief-journal"))
        .env("RELIEF_JOURNAL_DB", &db)
        .args(["log", "--date", "2026-01-01", "--pain", "5"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(dump(&db).contains("2026-01-01"));
}

/// The language: `--lang`, `RELIEF_JOURNAL_LANG`, the journal's setting, the system's.
mod language {
    use std::fs;

    use crate::common::{dump, program_on_system, run, run_ok, run_on_system, stderr};

    fn stdout(output: &std::process::Output) -> String {
        assert!(output.status.success(), "{}", stderr(output));
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    #[test]
    fn a_summary_writes_decimals_as_the_region_does() {
        let folder = tempfile::tempdir().unwrap();
        let db = folder.path().join("journal.db");
        let args = [
            "log",
            "--date",
            "2026-01-12",
            "--pain",
            "6",
            "--sleep-hours",
            "6.5",
        ];
        assert_eq!(
            stdout(&run_on_system("es_ES.UTF-8", &db, &args)),
            "Se guardó el registro del 12 ene 2026: dolor 6, 6,5 h de sueño (registro nuevo).\n"
        );
        assert_eq!(
            stdout(&run_on_system("es_MX.UTF-8", &db, &args)),
            "Se guardó el registro del 12 ene 2026: dolor 6, 6.5 h de sueño (reemplazó al \
             registro anterior).\n"
        );
        assert_eq!(
            run_ok(&db, &args),
            "Saved 12 Jan 2026: pain 6, 6.5 h of sleep (replaced the earlier entry).\n"
        );
        assert_eq!(
            run_ok(&db, &["log", "--date", "2026-01-13", "--pain", "5"]),
            "Saved 13 Jan 2026: pain 5 (new entry).\n"
        );
    }

    #[test]
    fn lang_c_speaks_english() {
        let folder = tempfile::tempdir().unwrap();
        let db = folder.path().join("journal.db");
        let output = run_on_system("C", &db, &["log", "--date", "2026-01-12", "--pain", "6"]);
        assert_eq!(stdout(&output), "Saved 12 Jan 2026: pain 6 (new entry).\n");
        let output = run_on_system("C.UTF-8", &db, &["log", "--pain", "11"]);
        assert_eq!(output.status.code(), Some(2));
        assert!(
            stderr(&output).starts_with("error: "),
            "{}",
            stderr(&output)
        );
        assert!(stderr(&output).contains("0 to 10"), "{}", stderr(&output));
    }

    #[test]
    fn a_refusal_speaks_spanish_and_names_the_field_and_range() {
        let folder = tempfile::tempdir().unwrap();
        let db = folder.path().join("journal.db");
        run_ok(&db, &["log", "--date", "2026-01-01", "--pain", "5"]);
        let before = dump(&db);
        let output = run_on_system("es_MX.UTF-8", &db, &["log", "--pain", "11"]);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{message}");
        assert_eq!(message.lines().count(), 1, "{message}");
        assert!(message.starts_with("error: "), "{message}");
        for part in ["\"11\"", "0", "10"] {
            assert!(message.contains(part), "{message} lacks {part}");
        }
        assert_eq!(dump(&db), before);
    }

    #[test]
    fn the_demo_refusal_speaks_spanish() {
        let folder = tempfile::tempdir().unwrap();
        let db = folder.path().join("journal.db");
        run_ok(&db, &["log", "--date", "2026-01-01", "--pain", "5"]);
        let output = run_on_system("es_MX.UTF-8", &db, &["demo"]);
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(
            stderr(&output),
            "error: este diario ya tiene datos; use --force para reemplazarlos con datos de \
             ejemplo, o --db para elegir otro archivo\n"
        );
    }

    #[test]
    fn a_language_the_program_does_not_speak_is_refused_naming_those_it_speaks() {
        let folder = tempfile::tempdir().unwrap();
        let db = folder.path().join("journal.db");
        let output = run(&db, &["--lang", "fr", "log", "--pain", "5"]);
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(
            stderr(&output),
            "error: the language \"fr\" is not one this program speaks (languages: en, es)\n"
        );
        // Refused in the system's language, by the flag or by the variable.
        let output = program_on_system("es_MX.UTF-8")
            .env("RELIEF_JOURNAL_LANG", "fr_FR")
            .arg("--db")
            .arg(&db)
            .args(["log", "--pain", "5"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(
            stderr(&output),
            "error: el programa no está disponible en el idioma \"fr_FR\" (idiomas: en, es)\n"
        );
        assert!(!db.exists(), "a refused language must write nothing");
    }

    #[test]
    fn the_journal_s_setting_chooses_the_language_unless_lang_is_given() {
        let folder = tempfile::tempdir().unwrap();
        let db = folder.path().join("journal.db");
        run_ok(&db, &["log", "--date", "2026-01-01", "--pain", "5"]);
        let mut store = relief_journal::store::Store::open(&db).unwrap();
        let mut settings = store.settings().unwrap();
        settings.language = "es".into();
        store.save_settings(&settings).unwrap();
        drop(store);
        let args = ["log", "--date", "2026-01-02", "--pain", "4"];
        assert_eq!(
            stdout(&run_on_system("C", &db, &args)),
            "Se guardó el registro del 2 ene 2026: dolor 4 (registro nuevo).\n"
        );
        // A Spanish-from-Spain system gives the journal's Spanish its region.
        let output = run_on_system(
            "es_ES.UTF-8",
            &db,
            &[
                "log",
                "--date",
                "2026-01-02",
                "--pain",
                "4",
                "--sleep-hours",
                "7.25",
            ],
        );
        assert!(stdout(&output).contains("7,25 h de sueño"), "{output:?}");
        // RELIEF_JOURNAL_LANG=en, as every test runs, wins over the setting.
        assert_eq!(
            run_ok(&db, &args),
            "Saved 2 Jan 2026: pain 4 (replaced the earlier entry).\n"
        );
    }

    #[test]
    fn the_fallback_language_stands_in_for_the_system_s() {
        let folder = tempfile::tempdir().unwrap();
        let db = folder.path().join("journal.db");
        let log = |fallback: &str, system: &str| {
            let output = program_on_system(system)
                .arg("--db")
                .arg(&db)
                .args(["--today", "2026-11-28", "--fallback-lang", fallback])
                .args(["log", "--date", "2026-01-12", "--pain", "6"])
                .output()
                .unwrap();
            stdout(&output)
        };
        assert!(log("es_MX", "C").starts_with("Se guardó el registro del 12 ene 2026"));
        // A tag the program does not speak is ignored: the system's language.
        assert!(log("fr_FR", "C").starts_with("Saved 12 Jan 2026"));
        // The journal's own setting comes first.
        let mut store = relief_journal::store::Store::open(&db).unwrap();
        let mut settings = store.settings().unwrap();
        settings.language = "en".into();
        store.save_settings(&settings).unwrap();
        drop(store);
        assert!(log("es_MX", "es_MX.UTF-8").starts_with("Saved 12 Jan 2026"));
    }

    #[test]
    fn analyze_json_keeps_its_keys_and_values_in_every_language() {
        let folder = tempfile::tempdir().unwrap();
        let db = folder.path().join("journal.db");
        run_ok(&db, &["demo", "--seed", "4"]);
        let parse = |text: &str| -> serde_json::Value { serde_json::from_str(text).unwrap() };
        let english = parse(&run_ok(&db, &["analyze", "--json"]));
        let spanish = parse(&stdout(&run_on_system(
            "es_ES.UTF-8",
            &db,
            &["analyze", "--json"],
        )));
        // Only the words of each flag follow the language.
        let without_words = |mut value: serde_json::Value| {
            for flag in value["flags"].as_array_mut().unwrap() {
                let flag = flag.as_object_mut().unwrap();
                assert!(flag.remove("message").unwrap().is_string());
                assert!(flag.remove("evidence").unwrap().is_string());
            }
            value
        };
        assert!(!english["flags"].as_array().unwrap().is_empty());
        assert_eq!(without_words(english), without_words(spanish));
    }

    #[test]
    fn commands_print_their_results_in_spanish() {
        let folder = tempfile::tempdir().unwrap();
        let db = folder.path().join("journal.db");
        let es = |args: &[&str]| stdout(&run_on_system("es_MX.UTF-8", &db, args));
        assert_eq!(
            es(&["infusion", "--date", "2026-01-10", "--phase", "loading"]),
            "Se guardó la infusión realizada del 10 ene 2026 (fase de carga).\n"
        );
        assert_eq!(
            es(&["infusion", "--date", "2026-12-10", "--planned"]),
            "Se guardó la infusión programada del 10 dic 2026 (el análisis deducirá la fase).\n"
        );
        let csv = folder.path().join("entries.csv");
        es(&["log", "--date", "2026-01-11", "--pain", "3"]);
        assert_eq!(
            es(&["export", csv.to_str().unwrap()]),
            format!("Se exportó 1 registro a {}.\n", csv.display())
        );
        let json = folder.path().join("journal.json");
        assert_eq!(
            es(&["export", json.to_str().unwrap()]),
            format!(
                "Se exportaron 1 registro y 2 infusiones a {}.\n",
                json.display()
            )
        );
        let other = folder.path().join("other.db");
        let imported = stdout(&run_on_system(
            "es_MX.UTF-8",
            &other,
            &["import", json.to_str().unwrap()],
        ));
        assert_eq!(
            imported,
            format!(
                "Se importó {}: 1 registro (1 agregado, 0 reemplazados), 2 infusiones (2 \
                 agregadas, 0 reemplazadas); también se actualizó la configuración.\n",
                json.display()
            )
        );
        let analysis = es(&["analyze"]);
        assert!(
            analysis.starts_with("Análisis del alivio al 28 nov 2026\n"),
            "{analysis}"
        );
        assert!(analysis.contains("\nn.º  fase"), "{analysis}");
        let pdf = folder.path().join("report.pdf");
        let said = stdout(&run(
            &db,
            &["report", "--out", pdf.to_str().unwrap(), "--lang", "es"],
        ));
        assert_eq!(
            said,
            format!(
                "Se guardó el informe del 29 ago 2026 al 28 nov 2026 en {}.\n",
                pdf.display()
            )
        );
        assert!(fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    }
}
