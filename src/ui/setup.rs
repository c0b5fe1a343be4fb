//! "Your treatment so far": the short setup for someone whose infusions have already started.
//!
//! It asks for the infusions the patient knows (several dates in one line, so a loading series is
//! quick), the next planned one, and their typical pain before ketamine. That answer is stored as
//! the **remembered baseline** (the settings' `baseline_pain`), so relief is measured against
//! untreated pain rather than the pain just before each booster. Every question may be left
//! blank; the setup can be skipped and opened again from Settings or the Today card.

use chrono::{Datelike, NaiveDate};
use eframe::egui;
use egui::{Button, RichText, TextEdit, Ui};

use crate::analysis::MIN_BASELINE_PAIN;
use crate::domain::{DateTextError, Infusion, Settings, read_date, read_date_list};
use crate::t;
use crate::wording::format::{self, weekday_date_in_text};

use super::actions::{Action, JournalAction, TreatmentSoFar};
use super::data::JournalData;
use super::widgets::{Scale, day_label, error_ui, example_series, score_row_ui, system_date_order};

/// The answer to "Before ketamine, what was your pain on a typical day?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RememberedAnswer {
    /// Not answered yet: the stored value is kept as it is.
    Unanswered,
    /// A pain score from 0 to 10.
    Pain(u8),
    /// "I don't remember": no remembered baseline.
    DontRemember,
}

/// What the patient typed into the setup, kept while they look elsewhere.
#[derive(Debug, Clone, PartialEq)]
pub struct SetupState {
    /// The infusions already had, as typed ("12 Jan, 15 Jan and 19 Jan 2026").
    pub past_text: String,
    /// The next planned infusion, as typed; blank when none is booked.
    pub planned_text: String,
    /// Typical pain before ketamine.
    pub remembered: RememberedAnswer,
}

impl SetupState {
    /// A blank setup, showing the remembered baseline already stored, if any.
    pub fn new(settings: &Settings) -> Self {
        let remembered = match settings.baseline_pain {
            // The stored value is 1.0 to 10.0 with one decimal; the buttons show whole points.
            Some(pain) => RememberedAnswer::Pain(pain.round().clamp(0.0, 10.0) as u8),
            None => RememberedAnswer::Unanswered,
        };
        Self {
            past_text: String::new(),
            planned_text: String::new(),
            remembered,
        }
    }

    /// What saving would store, or the first problem in plain words.
    ///
    /// # Errors
    /// A message naming the date text that could not be read, a past infusion dated after
    /// `today`, or a planned infusion dated before it.
    pub fn treatment(&self, data: &JournalData, today: NaiveDate) -> Result<Plan, String> {
        let past = read_dates(&self.past_text, today)
            .map_err(|error| t!("setup-past-unreadable", error = error.to_string()))?;
        if let Some(late) = past.iter().find(|date| **date > today) {
            return Err(t!(
                "setup-past-in-future",
                day = weekday_date_in_text(*late)
            ));
        }
        let planned = match self.planned_text.trim() {
            "" => None,
            text => {
                let date = read_date(text, system_date_order(), today)
                    .map_err(|error| t!("setup-planned-unreadable", error = error.to_string()))?;
                if date < today {
                    return Err(t!(
                        "setup-planned-in-past",
                        day = weekday_date_in_text(date)
                    ));
                }
                Some(date)
            }
        };
        let recorded = |date: NaiveDate| {
            data.infusions
                .iter()
                .any(|stored| stored.infusion.date == date)
        };
        let (already, new_past): (Vec<NaiveDate>, Vec<NaiveDate>) =
            past.into_iter().partition(|date| recorded(*date));
        let planned_already = planned.filter(|date| recorded(*date));
        let baseline_pain = match self.remembered {
            RememberedAnswer::Unanswered => data.settings.baseline_pain,
            RememberedAnswer::DontRemember => None,
            RememberedAnswer::Pain(pain) if f64::from(pain) < MIN_BASELINE_PAIN => None,
            RememberedAnswer::Pain(pain) => Some(f64::from(pain)),
        };
        Ok(Plan {
            past: new_past,
            already,
            planned: planned.filter(|date| !recorded(*date)),
            planned_already,
            baseline_pain,
            remembered_no_pain: matches!(self.remembered, RememberedAnswer::Pain(pain) if f64::from(pain) < MIN_BASELINE_PAIN),
        })
    }
}

/// What the setup would store, checked against the journal.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Past infusions not yet in the journal, oldest first.
    pub past: Vec<NaiveDate>,
    /// Past infusions typed that the journal already holds (left as they are).
    pub already: Vec<NaiveDate>,
    /// The planned infusion, when it is not already in the journal.
    pub planned: Option<NaiveDate>,
    /// The planned infusion typed, when the journal already holds an infusion that day.
    pub planned_already: Option<NaiveDate>,
    /// The remembered baseline to store (pain 1 to 10), `None` for none.
    pub baseline_pain: Option<f64>,
    /// The answer was 0: no pain to measure relief from, so nothing is stored.
    pub remembered_no_pain: bool,
}

impl Plan {
    /// What the session stores: the new infusions and the settings with the remembered baseline.
    pub fn into_treatment(self, settings: &Settings) -> TreatmentSoFar {
        let mut infusions: Vec<Infusion> = self.past.into_iter().map(Infusion::done).collect();
        infusions.extend(self.planned.map(Infusion::planned));
        TreatmentSoFar {
            infusions,
            settings: Settings {
                baseline_pain: self.baseline_pain,
                ..settings.clone()
            },
        }
    }
}

/// Reads the past infusions typed, several in one line ("12 Jan, 15 Jan and 19 Jan 2026"), as
/// the Infusions view reads a pasted list. Dates written without a year that would fall after
/// today are read in the year before: these infusions were already had.
fn read_dates(text: &str, today: NaiveDate) -> Result<Vec<NaiveDate>, DateTextError> {
    let read = |reference: NaiveDate| {
        let list = read_date_list(text, system_date_order(), reference);
        match list.unreadable.into_iter().next() {
            Some(error) => Err(error),
            None => Ok(list.dates),
        }
    };
    let dates = read(today)?;
    if dates.iter().any(|date| *date > today)
        && let Some(year_before) = today.with_year(today.year() - 1)
        && let Ok(earlier) = read(year_before)
        && earlier.iter().all(|date| *date <= today)
    {
        return Ok(earlier);
    }
    Ok(dates)
}

/// Draws the setup: the three questions, what would be stored, Save and Skip.
pub fn setup_ui(
    ui: &mut Ui,
    state: &mut SetupState,
    data: &JournalData,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .id_salt("setup_scroll")
        .show(ui, |ui| {
            ui.label(
                RichText::new(t!("setup-title"))
                    .size(super::theme::text_size::SCREEN_TITLE)
                    .strong(),
            );
            ui.label(t!("setup-intro"));
            ui.add_space(12.0);

            let past_label = ui.label(
                RichText::new(t!("setup-past-question"))
                    .size(super::theme::text_size::LARGE)
                    .strong(),
            );
            let [first, second, last] = example_series(today);
            ui.label(t!(
                "setup-past-help",
                first = format::day_month(first),
                second = format::day_month(second),
                last = format::date(last)
            ));
            ui.add(
                TextEdit::singleline(&mut state.past_text)
                    .hint_text(t!(
                        "setup-past-hint",
                        date = format::date(last),
                        iso = last.to_string()
                    ))
                    .desired_width(420.0),
            )
            .labelled_by(past_label.id);
            ui.add_space(12.0);

            let planned_label = ui.label(
                RichText::new(t!("setup-planned-question"))
                    .size(super::theme::text_size::LARGE)
                    .strong(),
            );
            ui.add(
                TextEdit::singleline(&mut state.planned_text)
                    .hint_text(t!("setup-planned-hint"))
                    .desired_width(240.0),
            )
            .labelled_by(planned_label.id);
            ui.add_space(12.0);

            ui.label(
                RichText::new(t!("setup-remembered-question"))
                    .size(super::theme::text_size::LARGE)
                    .strong(),
            );
            let mut score = match state.remembered {
                RememberedAnswer::Pain(pain) => Some(pain),
                _ => None,
            };
            if score_row_ui(
                ui,
                &t!("setup-remembered-score"),
                &mut score,
                (
                    Scale::Pain,
                    (&t!("setup-remembered-low"), &t!("setup-remembered-high")),
                ),
                false,
                false,
            ) && let Some(pain) = score
            {
                state.remembered = RememberedAnswer::Pain(pain);
            }
            let dont = state.remembered == RememberedAnswer::DontRemember;
            if ui
                .add(Button::new(t!("setup-dont-remember")).selected(dont))
                .clicked()
            {
                state.remembered = if dont {
                    RememberedAnswer::Unanswered
                } else {
                    RememberedAnswer::DontRemember
                };
            }
            ui.add_space(12.0);

            let plan = state.treatment(data, today);
            match &plan {
                Ok(plan) => plan_ui(ui, plan),
                Err(message) => error_ui(ui, message),
            }
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                let save = ui.add_enabled(
                    plan.is_ok(),
                    Button::new(
                        RichText::new(t!("setup-save"))
                            .size(super::theme::text_size::PRIMARY)
                            .strong(),
                    )
                    .min_size([120.0, 36.0].into()),
                );
                if save.clicked()
                    && let Ok(plan) = plan
                {
                    let treatment = plan.into_treatment(&data.settings);
                    actions.push(JournalAction::SaveSetup(treatment).into());
                }
                if ui
                    .add(Button::new(t!("setup-skip")).min_size([120.0, 36.0].into()))
                    .clicked()
                {
                    actions.push(super::actions::Navigation::CloseSetup.into());
                }
            });
        });
}

/// What Save would store, in words.
fn plan_ui(ui: &mut Ui, plan: &Plan) {
    // Days inside a sentence, so a weekday never reads as part of the list ("sábado 10 oct 2026,
    // sábado 7 nov 2026").
    let dates = |dates: &[NaiveDate]| {
        dates
            .iter()
            .map(|date| weekday_date_in_text(*date))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = Vec::new();
    if !plan.past.is_empty() {
        lines.push(t!(
            "setup-plan-past",
            count = plan.past.len(),
            dates = dates(&plan.past)
        ));
    }
    if !plan.already.is_empty() {
        lines.push(t!("setup-plan-already", dates = dates(&plan.already)));
    }
    if let Some(date) = plan.planned {
        lines.push(t!("setup-plan-planned", day = day_label(date)));
    }
    if let Some(date) = plan.planned_already {
        lines.push(t!(
            "setup-plan-planned-already",
            day = weekday_date_in_text(date)
        ));
    }
    lines.push(match plan.baseline_pain {
        Some(pain) => t!("setup-plan-remembered", pain = format::decimal(pain, 0)),
        None if plan.remembered_no_pain => t!("setup-plan-no-pain"),
        None => t!("setup-plan-not-remembered"),
    });
    ui.label(RichText::new(t!("setup-plan-heading")).strong());
    for line in lines {
        ui.label(format!("• {line}"));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn a_loading_series_is_typed_in_one_line_with_the_year_once() {
        let today = date(2026, 11, 28);
        let dates = read_dates("12 Jan, 15 Jan and 19 Jan 2025", today).unwrap();
        assert_eq!(
            dates,
            [date(2025, 1, 12), date(2025, 1, 15), date(2025, 1, 19)]
        );
    }

    #[test]
    fn dates_in_any_accepted_form_are_sorted_and_deduplicated() {
        let today = date(2026, 11, 28);
        let dates = read_dates("2026-11-03; yesterday\n3 Nov 2026", today).unwrap();
        assert_eq!(dates, [date(2026, 11, 3), date(2026, 11, 27)]);
    }

    #[test]
    fn a_date_without_a_year_is_never_in_the_future() {
        let dates = read_dates("20 Dec, 23 Dec", date(2026, 1, 5)).unwrap();
        assert_eq!(dates, [date(2025, 12, 20), date(2025, 12, 23)]);
    }

    #[test]
    fn an_unreadable_piece_is_named() {
        let error = read_dates("3 Nov, the day after", date(2026, 11, 28)).unwrap_err();
        assert!(error.to_string().contains("\"the day after\""), "{error}");
    }
}
