//! Journal actions applied to the store: entries, infusions, settings, the setup, undo and
//! backups. Each ends in a notice, a reload, and an outcome the views follow.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::Settings;
use crate::store::{BackupReason, SaveOutcome};
use crate::t;
use crate::wording::format::{self, weekday_date_in_text};
use crate::wording::language;

use super::super::View;
use super::super::actions::{JournalAction, TreatmentSoFar};
use super::super::outcome::Outcome;
use super::{Session, Undo};

impl Session {
    /// Applies one journal action; `now` stamps backups, `today` is the journal day. A journal
    /// opened for reading only refuses every action that would write, and says why.
    pub(in super::super) fn apply(
        &mut self,
        action: JournalAction,
        now: NaiveDateTime,
        today: NaiveDate,
    ) {
        if let Some(reason) = &self.read_only
            && action.writes_journal()
        {
            self.error(t!("app-read-only-refused", reason = reason.as_str()));
            return;
        }
        // Every saved change reaches the sync folder (the sync's own actions ask for theirs).
        let sync_after = action.writes_journal()
            && !matches!(action, JournalAction::Sync(_) | JournalAction::BackupNow);
        // Undo belongs to the change it follows: after a later change it would put back an
        // older version over that change too (a merge's replaced days over a day edited since,
        // a deleted day over the one logged again), so a later change ends it.
        if sync_after && !matches!(action, JournalAction::Undo) {
            self.undo = None;
        }
        match action {
            JournalAction::SaveEntry(entry) => match self.store.save_entry(&entry) {
                Ok(outcome) => {
                    let day = weekday_date_in_text(entry.date);
                    let pain = entry.pain.get().to_string();
                    self.info(match outcome {
                        SaveOutcome::Added => t!("app-entry-saved", day = day, pain = pain),
                        SaveOutcome::Replaced => t!("app-entry-updated", day = day, pain = pain),
                    });
                    self.reload(today);
                }
                Err(error) => self.error(t!(
                    "app-entry-not-saved",
                    day = weekday_date_in_text(entry.date),
                    error = error.to_string()
                )),
            },
            JournalAction::DeleteEntry(date) => match self.store.delete_entry(date) {
                Ok(Some(entry)) => {
                    self.info(t!("app-entry-deleted", day = weekday_date_in_text(date)));
                    self.undo = Some(Undo::Entry(entry));
                    self.reload(today);
                }
                Ok(None) => self.error(t!(
                    "app-entry-nothing-to-delete",
                    day = weekday_date_in_text(date)
                )),
                Err(error) => self.error(t!(
                    "app-entry-not-deleted",
                    day = weekday_date_in_text(date),
                    error = error.to_string()
                )),
            },
            JournalAction::AddInfusion(infusion) => match self.store.add_infusion(&infusion) {
                Ok(_) => {
                    let status = if infusion.is_done() {
                        "done"
                    } else {
                        "planned"
                    };
                    self.info(t!(
                        "app-infusion-added",
                        status = status,
                        day = weekday_date_in_text(infusion.date)
                    ));
                    self.reload(today);
                    self.tell(Outcome::InfusionSaved, today);
                }
                Err(error) => self.error(t!("app-infusion-not-added", error = error.to_string())),
            },
            JournalAction::AddInfusions(infusions) => match self.store.add_infusions(&infusions) {
                Ok(added) => {
                    self.info(t!("app-infusions-added", count = added));
                    self.reload(today);
                    self.tell(Outcome::InfusionsAdded, today);
                }
                Err(error) => self.error(t!("app-infusions-not-added", error = error.to_string())),
            },
            JournalAction::UpdateInfusion(id, infusion) => match self
                .store
                .update_infusion(id, &infusion)
            {
                Ok(true) => {
                    self.info(t!(
                        "app-infusion-saved",
                        day = weekday_date_in_text(infusion.date)
                    ));
                    self.reload(today);
                    self.tell(Outcome::InfusionSaved, today);
                }
                Ok(false) => self.error(t!("app-infusion-gone")),
                Err(error) => self.error(t!("app-infusion-not-saved", error = error.to_string())),
            },
            JournalAction::DeleteInfusion(id) => match self.store.delete_infusion(id) {
                Ok(Some(infusion)) => {
                    self.info(t!(
                        "app-infusion-deleted",
                        day = weekday_date_in_text(infusion.date)
                    ));
                    self.undo = Some(Undo::Infusion(infusion));
                    self.reload(today);
                }
                Ok(None) => self.error(t!("app-infusion-already-deleted")),
                Err(error) => self.error(t!("app-infusion-not-deleted", error = error.to_string())),
            },
            JournalAction::SaveSettings { base, edited } => match self
                .store
                .save_settings_changes(&base, &edited)
            {
                Ok(_) => {
                    self.reload(today);
                    self.tell(Outcome::SettingsSaved, today);
                    // In the language just chosen, when that is what changed.
                    let _language = language::enter(self.locale());
                    self.info(t!("app-settings-saved"));
                }
                Err(error) => self.error(t!("app-settings-not-saved", error = error.to_string())),
            },
            JournalAction::SetReminder(at) => self.set_reminder(at),
            JournalAction::CloseReminderOffer => self.settings.reminder.first_run_offer = false,
            JournalAction::SaveSetup(treatment) => self.save_setup(&treatment, today),
            JournalAction::Undo => self.undo(today),
            JournalAction::OpenFolder(path) => {
                if let Err(error) = crate::platform::open_containing_folder(&path) {
                    self.error(t!("app-folder-not-opened", error = error.to_string()));
                }
            }
            JournalAction::ChooseFile(file_use) => self.choose_file(file_use, now, today),
            JournalAction::WriteFile(path, write) => self.ask_before_writing(&path, write, today),
            JournalAction::ConfirmWrite => self.confirm_write(today),
            JournalAction::CancelWrite => {
                self.write_question = None;
                self.info(t!("app-write-nothing-saved"));
            }
            JournalAction::PreviewImport(path, sheet) => self.preview_import(path, sheet, today),
            JournalAction::CancelImport => {
                self.tell(Outcome::ImportClosed, today);
                self.info(t!("app-import-cancelled"));
            }
            JournalAction::ConfirmImport => self.confirm_import(now, today),
            JournalAction::BackupNow => self.backup_now(now, today),
            JournalAction::Sync(action) => self.apply_sync(action, now),
        }
        if sync_after {
            self.sync_after_save();
        }
    }

    /// Stores the setup's infusions and remembered baseline in one transaction, then shows Today.
    fn save_setup(&mut self, treatment: &TreatmentSoFar, today: NaiveDate) {
        match self
            .store
            .import(&[], &treatment.infusions, Some(&treatment.settings))
        {
            Ok(_) => {
                let done = treatment
                    .infusions
                    .iter()
                    .filter(|infusion| infusion.is_done())
                    .count();
                let (baseline, pain) = match treatment.settings.baseline_pain {
                    Some(pain) => ("remembered", format::decimal(pain, 0)),
                    None => ("none", String::new()),
                };
                let planned = treatment.infusions.iter().find(|i| !i.is_done());
                self.info(match planned {
                    Some(planned) => t!(
                        "app-setup-saved-planned",
                        count = done,
                        day = weekday_date_in_text(planned.date),
                        baseline = baseline,
                        pain = pain
                    ),
                    None => t!(
                        "app-setup-saved",
                        count = done,
                        baseline = baseline,
                        pain = pain
                    ),
                });
                self.reload(today);
                self.tell(Outcome::SetupSaved, today);
                // The first run's steps left follow the setup.
                self.show_view(View::Today, today);
            }
            Err(error) => self.error(t!("app-setup-not-saved", error = error.to_string())),
        }
    }

    /// Takes a backup on request and lists it in Settings.
    fn backup_now(&mut self, now: NaiveDateTime, today: NaiveDate) {
        match self.store.backup(now, BackupReason::Manual) {
            Ok(Some(path)) => {
                self.reload(today);
                self.info(t!("app-backup-taken", path = path.display().to_string()));
            }
            Ok(None) => self.info(t!("app-backup-no-file")),
            Err(error) => self.error(t!("app-backup-not-taken", error = error.to_string())),
        }
    }

    /// Keeps the name printed on a report as the default for the next one (the Settings field).
    pub(super) fn remember_patient_name(&mut self, name: &str, today: NaiveDate) {
        if self.data.settings.patient_name == name {
            return;
        }
        let base = self.data.settings.clone();
        let edited = Settings {
            patient_name: name.to_owned(),
            ..base.clone()
        };
        match self.store.save_settings_changes(&base, &edited) {
            Ok(_) => self.reload(today),
            Err(error) => self.error(t!("app-patient-name-not-kept", error = error.to_string())),
        }
    }

    fn undo(&mut self, today: NaiveDate) {
        let Some(undo) = self.undo.take() else {
            return;
        };
        match undo {
            Undo::Entry(entry) => match self.store.save_entry(&entry) {
                Ok(_) => {
                    self.info(t!(
                        "app-entry-restored",
                        day = weekday_date_in_text(entry.date)
                    ));
                    self.reload(today);
                }
                Err(error) => {
                    self.error(t!("app-entry-not-restored", error = error.to_string()));
                    self.undo = Some(Undo::Entry(entry));
                }
            },
            Undo::Merge(undo) => self.undo_merge(undo, today),
            Undo::Infusion(infusion) => match self.store.restore_infusion(&infusion) {
                Ok(_) => {
                    self.info(t!(
                        "app-infusion-restored",
                        day = weekday_date_in_text(infusion.date)
                    ));
                    self.reload(today);
                }
                Err(error) => {
                    self.error(t!("app-infusion-not-restored", error = error.to_string()));
                    self.undo = Some(Undo::Infusion(infusion));
                }
            },
        }
    }
}
