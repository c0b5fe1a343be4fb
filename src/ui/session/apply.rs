//! Journal actions applied to the store: entries, infusions, settings, the setup, undo and
//! backups. Each ends in a notice, a reload, and an outcome the views follow.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::Settings;
use crate::store::{BackupReason, SaveOutcome};

use super::super::View;
use super::super::actions::{JournalAction, Navigation, TreatmentSoFar};
use super::super::outcome::Outcome;
use super::super::widgets::day_label;
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
            self.error(format!(
                "Nothing was saved: {reason}. Copy the journal somewhere you can write to, or choose another journal."
            ));
            return;
        }
        // Every saved change reaches the sync folder (the sync's own actions ask for theirs).
        let sync_after = action.writes_journal()
            && !matches!(action, JournalAction::Sync(_) | JournalAction::BackupNow);
        match action {
            JournalAction::SaveEntry(entry) => match self.store.save_entry(&entry) {
                Ok(outcome) => {
                    let verb = match outcome {
                        SaveOutcome::Added => "Saved",
                        SaveOutcome::Replaced => "Updated",
                    };
                    self.info(format!(
                        "{verb} {}: pain {}.",
                        day_label(entry.date),
                        entry.pain.get()
                    ));
                    self.reload(today);
                }
                Err(error) => self.error(format!(
                    "{} was not saved: {error}. Your changes are still in the form.",
                    day_label(entry.date)
                )),
            },
            JournalAction::DeleteEntry(date) => match self.store.delete_entry(date) {
                Ok(Some(entry)) => {
                    self.info(format!("Deleted the entry for {}.", day_label(date)));
                    self.undo = Some(Undo::Entry(entry));
                    self.reload(today);
                }
                Ok(None) => self.error(format!(
                    "There was no entry for {} to delete.",
                    day_label(date)
                )),
                Err(error) => self.error(format!(
                    "The entry for {} was not deleted: {error}",
                    day_label(date)
                )),
            },
            JournalAction::AddInfusion(infusion) => match self.store.add_infusion(&infusion) {
                Ok(_) => {
                    self.info(format!(
                        "Added the {} infusion on {}.",
                        infusion.status,
                        day_label(infusion.date)
                    ));
                    self.reload(today);
                    self.tell(Outcome::InfusionSaved, today);
                }
                Err(error) => self.error(format!("The infusion was not added: {error}")),
            },
            JournalAction::AddInfusions(infusions) => match self.store.add_infusions(&infusions) {
                Ok(added) => {
                    self.info(format!(
                        "Added {} done infusion{}.",
                        added,
                        if added == 1 { "" } else { "s" }
                    ));
                    self.reload(today);
                    self.tell(Outcome::InfusionsAdded, today);
                }
                Err(error) => self.error(format!(
                    "The infusions were not added: {error}. The dates are still in the box."
                )),
            },
            JournalAction::UpdateInfusion(id, infusion) => match self
                .store
                .update_infusion(id, &infusion)
            {
                Ok(true) => {
                    self.info(format!(
                        "Saved the infusion on {}.",
                        day_label(infusion.date)
                    ));
                    self.reload(today);
                    self.tell(Outcome::InfusionSaved, today);
                }
                Ok(false) => self.error("That infusion no longer exists; add it again.".to_owned()),
                Err(error) => self.error(format!("The infusion was not saved: {error}")),
            },
            JournalAction::DeleteInfusion(id) => match self.store.delete_infusion(id) {
                Ok(Some(infusion)) => {
                    self.info(format!(
                        "Deleted the infusion on {}.",
                        day_label(infusion.date)
                    ));
                    self.undo = Some(Undo::Infusion(infusion));
                    self.reload(today);
                }
                Ok(None) => self.error("That infusion was already deleted.".to_owned()),
                Err(error) => self.error(format!("The infusion was not deleted: {error}")),
            },
            JournalAction::SaveSettings(settings) => match self.store.save_settings(&settings) {
                Ok(()) => {
                    self.reload(today);
                    self.tell(Outcome::SettingsSaved, today);
                    self.info("Settings saved.".to_owned());
                }
                Err(error) => self.error(format!("Settings were not saved: {error}")),
            },
            JournalAction::SetReminder(at) => self.set_reminder(at),
            JournalAction::CloseReminderOffer => self.settings.reminder.first_run_offer = false,
            JournalAction::SaveSetup(treatment) => self.save_setup(&treatment, today),
            JournalAction::Undo => self.undo(today),
            JournalAction::OpenFolder(path) => {
                if let Err(error) = crate::platform::open_containing_folder(&path) {
                    self.error(format!("The folder could not be opened: {error}"));
                }
            }
            JournalAction::ChooseFile(file_use) => self.choose_file(file_use, now, today),
            JournalAction::WriteFile(path, write) => self.ask_before_writing(&path, write, today),
            JournalAction::ConfirmWrite => self.confirm_write(today),
            JournalAction::CancelWrite => {
                self.write_question = None;
                self.info("Nothing was saved.".to_owned());
            }
            JournalAction::PreviewImport(path, sheet) => self.preview_import(path, sheet, today),
            JournalAction::CancelImport => {
                self.tell(Outcome::ImportClosed, today);
                self.info("Import cancelled; nothing changed.".to_owned());
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
                let mut saved = vec![match done {
                    0 => "no new past infusions".to_owned(),
                    1 => "1 past infusion".to_owned(),
                    count => format!("{count} past infusions"),
                }];
                if let Some(planned) = treatment.infusions.iter().find(|i| !i.is_done()) {
                    saved.push(format!("the one planned on {}", day_label(planned.date)));
                }
                let baseline = match treatment.settings.baseline_pain {
                    Some(pain) => format!("your remembered pain before ketamine ({pain:.0})"),
                    None => "no remembered pain before ketamine".to_owned(),
                };
                let infusions = saved.join(", ");
                self.info(format!("Saved {infusions} and {baseline}."));
                self.reload(today);
                self.tell(Outcome::SetupSaved, today);
                self.navigate(Navigation::ShowView(View::Today), today);
            }
            Err(error) => self.error(format!(
                "Your treatment so far was not saved: {error}. Your answers are still in the form."
            )),
        }
    }

    /// Takes a backup on request and lists it in Settings.
    fn backup_now(&mut self, now: NaiveDateTime, today: NaiveDate) {
        match self.store.backup(now, BackupReason::Manual) {
            Ok(Some(path)) => {
                self.reload(today);
                self.info(format!("Backed up the journal to {}.", path.display()));
            }
            Ok(None) => {
                self.info("This journal is not saved to a file, so it has no backups.".into())
            }
            Err(error) => self.error(format!("The backup could not be taken: {error}")),
        }
    }

    /// Keeps the name printed on a report as the default for the next one (the Settings field).
    pub(super) fn remember_patient_name(&mut self, name: &str, today: NaiveDate) {
        if self.data.settings.patient_name == name {
            return;
        }
        let settings = Settings {
            patient_name: name.to_owned(),
            ..self.data.settings.clone()
        };
        match self.store.save_settings(&settings) {
            Ok(()) => self.reload(today),
            Err(error) => self.error(format!(
                "The report was saved, but the name was not kept for next time: {error}"
            )),
        }
    }

    fn undo(&mut self, today: NaiveDate) {
        let Some(undo) = self.undo.take() else {
            return;
        };
        match undo {
            Undo::Entry(entry) => match self.store.save_entry(&entry) {
                Ok(_) => {
                    self.info(format!("Restored the entry for {}.", day_label(entry.date)));
                    self.reload(today);
                }
                Err(error) => {
                    self.error(format!("The entry could not be restored: {error}"));
                    self.undo = Some(Undo::Entry(entry));
                }
            },
            Undo::Merge(undo) => self.undo_merge(undo, today),
            Undo::Infusion(infusion) => match self.store.add_infusion(&infusion) {
                Ok(_) => {
                    self.info(format!(
                        "Restored the infusion on {}.",
                        day_label(infusion.date)
                    ));
                    self.reload(today);
                }
                Err(error) => {
                    self.error(format!("The infusion could not be restored: {error}"));
                    self.undo = Some(Undo::Infusion(infusion));
                }
            },
        }
    }
}
