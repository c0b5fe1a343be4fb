//! Part of the Infusions view: done infusions from a list of dates pasted from a clinic letter
//! ("12 Jan, 15 Jan and 19 Jan 2026"), read by [`read_date_list`], shown with their weekdays,
//! with the dates already in the journal, the dates still ahead and the pieces that are not
//! dates pointed out, before anything is added.

use chrono::NaiveDate;
use eframe::egui;
use egui::{RichText, TextEdit, Ui};

use crate::domain::{DateList, DateOrder, Infusion, InfusionStatus, read_date_list};

use super::actions::{Action, JournalAction};
use super::data::JournalData;
use super::widgets::{date_order_ui, day_label, error_ui, example_series};
use crate::t;
use crate::wording::format;

/// The pasted text and what it would add.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PasteState {
    /// The text as pasted.
    pub text: String,
    /// How numeric dates are read; `None` names a date that reads two ways instead.
    pub date_order: Option<DateOrder>,
    /// What the text would add, worked out when the text or the order changes.
    pub preview: Option<PastePreview>,
}

/// What a pasted list would add.
#[derive(Debug, Clone, PartialEq)]
pub struct PastePreview {
    /// The dates as read.
    pub list: DateList,
    /// Dates that would be added as done infusions, earliest first.
    pub new: Vec<NaiveDate>,
    /// Dates that already have an infusion in the journal, with its status; not added again.
    pub existing: Vec<(NaiveDate, InfusionStatus)>,
    /// Dates after today, which cannot be done infusions yet.
    pub ahead: Vec<NaiveDate>,
}

impl PastePreview {
    /// Reads `text` and compares its dates with the journal as of `today`.
    pub fn new(text: &str, order: Option<DateOrder>, data: &JournalData, today: NaiveDate) -> Self {
        let list = read_date_list(text, order, today);
        let mut preview = Self {
            new: Vec::new(),
            existing: Vec::new(),
            ahead: Vec::new(),
            list,
        };
        for date in &preview.list.dates {
            let stored = data
                .infusions
                .iter()
                .find(|stored| stored.infusion.date == *date);
            if let Some(stored) = stored {
                preview.existing.push((*date, stored.infusion.status));
            } else if *date > today {
                preview.ahead.push(*date);
            } else {
                preview.new.push(*date);
            }
        }
        preview
    }

    /// The infusions that would be added: done, phase left to the analysis.
    pub fn infusions(&self) -> Vec<Infusion> {
        self.new.iter().map(|date| Infusion::done(*date)).collect()
    }
}

impl PasteState {
    /// Empties the box after the dates were added.
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}

fn days_text(days: impl IntoIterator<Item = NaiveDate>) -> String {
    days.into_iter()
        .map(day_label)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The paste box, the date order, the preview and the button that adds the dates.
pub fn paste_dates_ui(
    ui: &mut Ui,
    state: &mut PasteState,
    data: &JournalData,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    ui.heading(t!("infusions-paste-title"));
    let [first, second, last] = example_series(today);
    let (first, second, last) = (
        format::day_month(first),
        format::day_month(second),
        format::date(last),
    );
    ui.label(t!(
        "infusions-paste-intro",
        first = first.as_str(),
        second = second.as_str(),
        last = last.as_str()
    ));
    let label = ui.label(t!("infusions-paste-label"));
    let mut changed = ui
        .add(
            TextEdit::multiline(&mut state.text)
                .desired_rows(3)
                .desired_width(f32::INFINITY)
                .hint_text(t!(
                    "infusions-paste-hint",
                    first = first.as_str(),
                    second = second.as_str(),
                    last = last.as_str()
                )),
        )
        .labelled_by(label.id)
        .changed();
    changed |= date_order_ui(ui, &mut state.date_order);
    if changed {
        state.preview = (!state.text.trim().is_empty())
            .then(|| PastePreview::new(&state.text, state.date_order, data, today));
    }
    let Some(preview) = &state.preview else {
        return;
    };
    ui.add_space(4.0);
    if preview.new.is_empty() {
        ui.label(t!("infusions-paste-nothing-new"));
    } else {
        ui.label(RichText::new(t!("infusions-paste-would-add")).strong());
        for date in &preview.new {
            ui.label(day_label(*date));
        }
    }
    if !preview.existing.is_empty() {
        let listed: Vec<String> = preview
            .existing
            .iter()
            .map(|(date, status)| {
                t!(
                    "infusions-paste-existing-day",
                    date = day_label(*date),
                    status = match status {
                        InfusionStatus::Done => "done",
                        InfusionStatus::Planned => "planned",
                    }
                )
            })
            .collect();
        ui.label(t!("infusions-paste-existing", dates = listed.join(", ")));
    }
    if !preview.list.repeated.is_empty() {
        ui.label(t!(
            "infusions-paste-repeated",
            dates = days_text(preview.list.repeated.iter().copied())
        ));
    }
    if !preview.ahead.is_empty() {
        error_ui(
            ui,
            &t!(
                "infusions-paste-ahead",
                dates = days_text(preview.ahead.iter().copied())
            ),
        );
    }
    for error in &preview.list.unreadable {
        error_ui(
            ui,
            &t!("infusions-paste-not-read", error = error.to_string()),
        );
    }
    let count = preview.new.len();
    let mut clear = false;
    ui.horizontal_wrapped(|ui| {
        let text = t!("infusions-paste-add", count = count);
        if ui
            .add_enabled(count > 0, egui::Button::new(RichText::new(text).strong()))
            .clicked()
        {
            actions.push(JournalAction::AddInfusions(preview.infusions()).into());
        }
        clear = ui.button(t!("infusions-paste-clear")).clicked();
    });
    if clear {
        state.clear();
    }
}
