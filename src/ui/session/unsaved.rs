//! "Save and close": every unsaved change of the open journal saved at once, as each view's own
//! Save would save it (days' entries, the infusion form, pasted infusion dates, settings), with
//! what could not be saved said in words.

use chrono::{NaiveDate, NaiveDateTime};

use crate::t;
use crate::wording::format::weekday_date_in_text;

use super::super::outcome::Outcome;
use super::super::paste_dates::PastePreview;
use super::Session;

impl Session {
    /// Whether the journal can be written (it was not opened for reading only).
    pub(in super::super) fn is_writable(&self) -> bool {
        self.read_only.is_none()
    }

    /// Saves every unsaved change; returns why each change that could not be saved was not,
    /// one line each (empty when everything was saved). What was saved stays saved.
    pub(in super::super) fn save_unsaved(
        &mut self,
        now: NaiveDateTime,
        today: NaiveDate,
    ) -> Vec<String> {
        if let Some(reason) = &self.read_only {
            return vec![t!("app-read-only-refused", reason = reason.as_str())];
        }
        let mut not_saved = self.save_unsaved_entries();
        not_saved.extend(self.save_unsaved_infusions(now, today));
        not_saved.extend(self.save_unsaved_settings());
        self.reload(today);
        if not_saved.is_empty() {
            self.notice = None;
        }
        not_saved
    }

    /// The days' entries: the day shown and every draft.
    fn save_unsaved_entries(&mut self) -> Vec<String> {
        let mut not_saved = Vec::new();
        for (date, entry) in self.today.unsaved_entries() {
            let saved = entry.and_then(|entry| {
                self.store
                    .save_entry(&entry)
                    .map_err(|error| error.to_string())
            });
            match saved {
                Ok(_) => self.today.forget_draft(date),
                Err(error) => not_saved.push(t!(
                    "app-close-entry-not-saved",
                    day = weekday_date_in_text(date),
                    error = error
                )),
            }
        }
        not_saved
    }

    /// The infusion form, then the dates pasted into the Infusions view.
    fn save_unsaved_infusions(&mut self, now: NaiveDateTime, today: NaiveDate) -> Vec<String> {
        let mut not_saved = Vec::new();
        if self.infusions.form_is_modified(&self.data, today) {
            match self.infusions.save_action(today) {
                Some(action) => {
                    self.apply(action, now, today);
                    if self.infusions.form_is_modified(&self.data, today) {
                        not_saved.push(t!(
                            "app-close-infusion-not-saved",
                            error = self.notice_text()
                        ));
                    }
                }
                None => not_saved.push(t!(
                    "app-close-infusion-not-saved",
                    error = self.infusions.error.clone().unwrap_or_default()
                )),
            }
        }
        let paste = &self.infusions.paste;
        if paste.text.trim().is_empty() {
            return not_saved;
        }
        let preview = PastePreview::new(&paste.text, paste.date_order, &self.data, today);
        if !preview.list.unreadable.is_empty() || !preview.ahead.is_empty() {
            not_saved.push(t!("app-close-paste-not-added"));
        } else if preview.new.is_empty() {
            // Every date is already in the journal: nothing is left to save.
            self.infusions.pasted_saved();
        } else {
            self.apply(
                super::super::actions::JournalAction::AddInfusions(preview.infusions()),
                now,
                today,
            );
            if !self.infusions.paste.text.trim().is_empty() {
                not_saved.push(t!("app-close-paste-not-saved", error = self.notice_text()));
            }
        }
        not_saved
    }

    /// The settings draft.
    fn save_unsaved_settings(&mut self) -> Vec<String> {
        if !self.settings.is_modified() {
            return Vec::new();
        }
        let draft = self.settings.draft.clone();
        let saved = draft
            .validate()
            .map_err(|error| error.to_string())
            .and_then(|()| {
                self.store
                    .save_settings(&draft)
                    .map_err(|error| error.to_string())
            });
        match saved {
            Ok(()) => {
                self.settings.sync(&draft);
                self.tell(Outcome::SettingsSaved, self.data.analysed_on);
                Vec::new()
            }
            Err(error) => vec![t!("app-close-settings-not-saved", error = error)],
        }
    }

    /// The notice bar's text, empty when it shows none.
    fn notice_text(&self) -> String {
        self.notice
            .as_ref()
            .map(|notice| notice.text.clone())
            .unwrap_or_default()
    }
}
