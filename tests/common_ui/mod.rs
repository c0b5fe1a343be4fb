//! Shared helpers for the UI tests: build the real app on a temporary journal and a fixed clock.
#![allow(dead_code, clippy::unwrap_used)]

pub mod reach;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDate;
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use relief_journal::domain::{Entry, FixedClock, Score};
use relief_journal::reminders::{Platform, Scheduler};
use relief_journal::store::Store;
use relief_journal::ui::{AppConfig, ReliefApp, View};

/// The fixed "today" every UI test runs on.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// A day relative to [`today`].
pub fn days_ago(days: i64) -> NaiveDate {
    today() - chrono::Duration::days(days)
}

/// A journal file in a temporary folder, removed at the end of the test.
pub struct TestJournal {
    /// Keeps the folder alive.
    pub dir: tempfile::TempDir,
    /// The journal file.
    pub path: PathBuf,
}

impl TestJournal {
    /// An existing, empty journal.
    pub fn empty() -> Self {
        let journal = Self::missing();
        Store::open(&journal.path).unwrap();
        journal
    }

    /// No journal file yet: the app starts with the welcome.
    pub fn missing() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        Self { dir, path }
    }

    /// A journal with these days and pain scores.
    pub fn with_entries(entries: &[(NaiveDate, i64)]) -> Self {
        let journal = Self::empty();
        let mut store = journal.store();
        for (date, pain) in entries {
            store
                .save_entry(&Entry::new(*date, Score::new("pain", *pain).unwrap()))
                .unwrap();
        }
        journal
    }

    /// The 2-year demo journal, made as the welcome's "Explore with demo data" makes it, shown
    /// at `text_scale` (1.0 is 100%).
    pub fn demo(text_scale: f32) -> Self {
        let welcome = Self::missing();
        let mut app = welcome.app(View::Today);
        app.get_by_label("Explore with demo data").click();
        app.run();
        drop(app);
        let dir = welcome.dir;
        let path = dir.path().join("demo.db");
        let mut store = Store::open(&path).unwrap();
        let mut settings = store.settings().unwrap();
        settings.text_scale = text_scale;
        store.save_settings(&settings).unwrap();
        Self { dir, path }
    }

    /// The same journal with its language set to `tag` (`es`), as Settings sets it.
    pub fn speaking(self, tag: &str) -> Self {
        let mut store = self.store();
        let mut settings = store.settings().unwrap();
        settings.language = tag.to_owned();
        store.save_settings(&settings).unwrap();
        drop(store);
        self
    }

    /// Opens the journal file, as a second reader would.
    pub fn store(&self) -> Store {
        Store::open(&self.path).unwrap()
    }

    /// The entry of `date` as saved in the file.
    pub fn saved_entry(&self, date: NaiveDate) -> Option<Entry> {
        self.store().entry(date).unwrap()
    }

    /// Starts the real app on this journal, on `view`, at noon on [`today`], and lets it settle.
    pub fn app(&self, view: View) -> Harness<'static, ReliefApp> {
        self.app_on(view, today())
    }

    /// Starts the real app on this journal, on `view`, at noon on `date`, and lets it settle.
    pub fn app_on(&self, view: View, date: NaiveDate) -> Harness<'static, ReliefApp> {
        self.app_sized(view, date, egui::vec2(1200.0, 900.0))
    }

    /// Starts the real app on this journal in a window of `size` points (pixels divided by the
    /// text scale), on `view`, at noon on `date`, and lets it settle.
    pub fn app_sized(
        &self,
        view: View,
        date: NaiveDate,
        size: egui::Vec2,
    ) -> Harness<'static, ReliefApp> {
        self.app_with(view, date, size, false, None, Vec::new())
    }

    /// Starts the real app on this journal, on `view`, at noon on [`today`], on a system whose
    /// preferred locales are `system_locales` (`["es_MX.UTF-8"]`, say), most preferred first.
    pub fn app_on_system(
        &self,
        view: View,
        system_locales: &[&str],
    ) -> Harness<'static, ReliefApp> {
        let locales = system_locales
            .iter()
            .map(|locale| (*locale).to_owned())
            .collect();
        self.app_with(
            view,
            today(),
            egui::vec2(1200.0, 900.0),
            false,
            None,
            locales,
        )
    }

    /// Starts the real app on this journal, on `view`, at noon on [`today`], with the reminder
    /// to log installed through [`TestJournal::scheduler`].
    pub fn app_with_reminders(&self, view: View) -> Harness<'static, ReliefApp> {
        self.app_with(
            view,
            today(),
            egui::vec2(1200.0, 900.0),
            false,
            Some(self.scheduler()),
            Vec::new(),
        )
    }

    /// A systemd scheduler inside the test's folder: units under `config/systemd/user`, and a
    /// stand-in `systemctl` (in `tools/`) that answers as a running user session does.
    pub fn scheduler(&self) -> Scheduler {
        self.scheduler_answering("#!/bin/sh\n[ \"$2\" = is-enabled ] && echo enabled\nexit 0\n")
    }

    /// [`TestJournal::scheduler`] where no systemd user session runs (a container, a remote
    /// session): its `systemctl --user` fails as systemd's does there.
    pub fn scheduler_without_session(&self) -> Scheduler {
        self.scheduler_answering(
            "#!/bin/sh\necho 'Failed to connect to bus: No medium found' >&2\nexit 1\n",
        )
    }

    /// Starts the real app on this journal, on `view`, at noon on [`today`], with `scheduler`
    /// for the reminder to log.
    pub fn app_with_scheduler(
        &self,
        view: View,
        scheduler: Scheduler,
    ) -> Harness<'static, ReliefApp> {
        self.app_with(
            view,
            today(),
            egui::vec2(1200.0, 900.0),
            false,
            Some(scheduler),
            Vec::new(),
        )
    }

    fn scheduler_answering(&self, script: &str) -> Scheduler {
        let tools = self.dir.path().join("tools");
        std::fs::create_dir_all(&tools).unwrap();
        let systemctl = tools.join("systemctl");
        std::fs::write(&systemctl, script).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&systemctl, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        Scheduler {
            platform: Platform::Systemd,
            home: self.dir.path().join("home"),
            config_home: self.dir.path().join("config"),
            tools: Some(tools),
        }
    }

    /// Starts the real app on this journal opened for reading only (`--read-only`), on `view`.
    pub fn app_read_only(&self, view: View) -> Harness<'static, ReliefApp> {
        self.app_with(
            view,
            today(),
            egui::vec2(1200.0, 900.0),
            true,
            None,
            Vec::new(),
        )
    }

    /// [`TestJournal::app_read_only`] in a window of `size` points.
    pub fn app_read_only_sized(&self, view: View, size: egui::Vec2) -> Harness<'static, ReliefApp> {
        self.app_with(view, today(), size, true, None, Vec::new())
    }

    fn app_with(
        &self,
        view: View,
        date: NaiveDate,
        size: egui::Vec2,
        read_only: bool,
        reminders: Option<Scheduler>,
        system_locales: Vec<String>,
    ) -> Harness<'static, ReliefApp> {
        let config = AppConfig {
            journal_path: self.path.clone(),
            clock: Arc::new(FixedClock::at_noon(date)),
            start_view: view,
            screenshot: None,
            started: Instant::now(),
            reminders,
            read_only,
            // English unless a test names the system's locales, whatever the machine's language.
            system_locales,
        };
        let mut harness = Harness::builder()
            .with_size(size)
            .build_eframe(move |cc| ReliefApp::new(cc, config));
        harness.run();
        // The first frame applies the text scale, and egui then scales the window by it: set the
        // size asked for again.
        harness.set_size(size);
        harness.run();
        harness
    }
}

/// Asks the window to close, as the title bar's close button does (the next frame reads it).
pub fn request_close(app: &mut Harness<'_, ReliefApp>) {
    app.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
}

/// Clicks the field named `label` and types `text` into it.
pub fn type_into(app: &mut Harness<'_, ReliefApp>, label: &str, text: &str) {
    app.get_by_label(label).click();
    app.run();
    app.get_by_label(label).type_text(text);
    app.run();
}

/// Types `text` into the field named `label` and presses Enter, as a number field needs.
pub fn enter_into(app: &mut Harness<'_, ReliefApp>, label: &str, text: &str) {
    type_into(app, label, text);
    app.key_press(egui::Key::Enter);
    app.run();
}

/// Presses Ctrl+S (Cmd+S on macOS).
pub fn press_save(harness: &mut Harness<'_, ReliefApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
}
