//! Files written from the open journal (report, chart image, export) and read into it (import):
//! the question before making a folder or replacing a file, and the system's file dialog.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use super::super::actions::{FileUse, FileWrite, JournalAction};
use super::super::files;
use super::super::import::PendingImport;
use super::super::outcome::Outcome;
use super::Session;
use crate::t;
use crate::wording::language;

/// A question before writing to a typed path: its folder is missing or the file exists.
pub(super) struct WriteQuestion {
    /// What would be written.
    write: FileWrite,
    /// The file that would be written.
    pub(super) file: PathBuf,
    /// The folder that would be made first.
    pub(super) missing_folder: Option<PathBuf>,
    /// Whether a file is already there.
    pub(super) exists: bool,
}

impl Session {
    fn report_outcome(&mut self, outcome: Result<String, files::FileError>) {
        match outcome {
            Ok(text) => self.info(text),
            Err(error) => self.error(error.to_string()),
        }
    }

    /// Writes a report, chart or export to a typed path, first asking when its folder does not
    /// exist or a file is already there.
    pub(super) fn ask_before_writing(&mut self, path: &Path, write: FileWrite, today: NaiveDate) {
        let file = write.file(path);
        let missing_folder = file
            .parent()
            .filter(|folder| !folder.as_os_str().is_empty() && !folder.exists())
            .map(Path::to_path_buf);
        let exists = file.exists();
        if missing_folder.is_none() && !exists {
            self.write_file(&file, write, today);
            return;
        }
        self.write_question = Some(WriteQuestion {
            write,
            file,
            missing_folder,
            exists,
        });
    }

    /// Goes ahead with the write that was asked about: makes its folder, then writes.
    pub(super) fn confirm_write(&mut self, today: NaiveDate) {
        let Some(question) = self.write_question.take() else {
            return;
        };
        if let Some(folder) = &question.missing_folder
            && let Err(error) = std::fs::create_dir_all(folder)
        {
            self.error(t!(
                "app-write-folder-not-made",
                folder = folder.display().to_string(),
                error = error.to_string()
            ));
            return;
        }
        self.write_file(&question.file, question.write, today);
    }

    /// Writes a report, chart or export and says where it went.
    fn write_file(&mut self, file: &Path, write: FileWrite, today: NaiveDate) {
        match write {
            FileWrite::Report(options, language) => {
                // The report speaks its own language, chosen in the Report view.
                let locale = self.locale_for(language);
                let outcome = language::with_locale(locale, || {
                    files::save_report(&self.data, file, &options)
                });
                let saved = outcome.is_ok();
                self.report_outcome(outcome);
                if saved {
                    self.remember_patient_name(&options.patient_name, today);
                }
            }
            FileWrite::Chart(kind, range) => {
                let outcome = files::save_chart_image(&self.data, file, kind, range);
                self.report_outcome(outcome);
            }
            FileWrite::Export(kind) => {
                let outcome = files::export(&self.data, file, kind);
                self.report_outcome(outcome);
            }
        }
    }

    /// Asks the system's file dialog for a file, then saves, exports or previews with it.
    pub(super) fn choose_file(&mut self, file_use: FileUse, now: NaiveDateTime, today: NaiveDate) {
        let target = file_use.target();
        let Some(path) = files::choose_file(target, &file_use.suggested_name(today)) else {
            self.info(t!("app-write-no-file-chosen"));
            return;
        };
        self.tell(Outcome::FileChosen(target, path.clone()), today);
        match file_use {
            // The system's dialog has already asked about replacing a file.
            FileUse::Write(write) => self.write_file(&path, write, today),
            FileUse::Import => self.apply(JournalAction::PreviewImport(path, None), now, today),
        }
    }

    /// Reads a file to import (a workbook's named sheet, or its first); the Report view shows
    /// what importing it would change.
    pub(super) fn preview_import(
        &mut self,
        path: PathBuf,
        sheet: Option<String>,
        today: NaiveDate,
    ) {
        match files::read_import(&path, sheet.as_deref(), today) {
            Ok(read) => {
                self.notice = None;
                let pending = PendingImport::new(path, read, &self.data, today);
                self.tell(Outcome::ImportRead(Box::new(pending)), today);
            }
            Err(error) => {
                self.tell(Outcome::ImportClosed, today);
                self.error(error.to_string());
            }
        }
    }

    /// Imports the previewed file after a backup; nothing happens without a preview that can
    /// be imported, and a failed import keeps the preview.
    pub(super) fn confirm_import(&mut self, now: NaiveDateTime, today: NaiveDate) {
        let Some(Ok(preview)) = self.report.import.as_ref().map(|pending| &pending.preview) else {
            return;
        };
        match files::import(&mut self.store, preview, now) {
            Ok(text) => {
                self.info(text.clone());
                self.reload(today);
                self.tell(Outcome::Imported(text), today);
            }
            Err(error) => self.error(error.to_string()),
        }
    }
}
