//! The History view: every entry in a table (newest first) with a date-range filter, a month
//! calendar coloured by pain, opening a day to edit it, and delete with confirmation.

use chrono::{Datelike, Duration, NaiveDate};
use eframe::egui;
use egui::{Button, RichText, Ui, Vec2};
use egui_extras::{Column, TableBuilder};

use crate::domain::{Entry, RescueDoses};

use super::actions::{Action, JournalAction};
use super::data::JournalData;
use super::theme;
use super::widgets::{
    day_label, day_label_in_sentence, labelled_date_field_ui, small_buttons_width, text_width,
    typed_decimal,
};
use crate::t;
use crate::wording::format;

/// Which entries the table shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeFilter {
    /// Every entry.
    All,
    /// The last this many days up to today.
    LastDays(i64),
    /// From one day to another, both included.
    Between(NaiveDate, NaiveDate),
}

/// The state of the History view.
#[derive(Debug, Clone)]
pub struct HistoryState {
    /// The date range shown in the table.
    pub filter: RangeFilter,
    /// The first day of the month shown in the calendar.
    pub month: NaiveDate,
    /// A day whose deletion waits for confirmation.
    pub confirm_delete: Option<NaiveDate>,
}

impl HistoryState {
    /// Starts on all entries and the month of `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            filter: RangeFilter::All,
            month: first_of_month(today),
            confirm_delete: None,
        }
    }

    /// The first and last day shown, given today and the journal.
    fn range(&self, data: &JournalData, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        match self.filter {
            RangeFilter::All => (
                data.entries
                    .first()
                    .map_or(today, |entry| entry.date.min(today)),
                data.entries
                    .last()
                    .map_or(today, |entry| entry.date.max(today)),
            ),
            RangeFilter::LastDays(days) => (today - Duration::days(days - 1), today),
            RangeFilter::Between(from, to) => (from, to),
        }
    }
}

fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// Draws the History view.
pub fn history_ui(
    ui: &mut Ui,
    state: &mut HistoryState,
    data: &JournalData,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    filter_ui(ui, state, data, today);
    ui.separator();
    // The calendar beside the table when both fit, otherwise folded above it.
    let beside = ui.available_width() >= table_min_width(ui) + CALENDAR_WIDTH;
    if beside {
        egui::Panel::right("history_calendar")
            .resizable(false)
            .show(ui, |ui| calendar_ui(ui, state, data, today, actions));
    } else {
        egui::CollapsingHeader::new(t!("history-month-calendar"))
            .id_salt("history_calendar_folded")
            .show(ui, |ui| calendar_ui(ui, state, data, today, actions));
    }
    let (from, to) = state.range(data, today);
    let shown: Vec<&Entry> = data
        .entries
        .iter()
        .rev()
        .filter(|entry| from <= entry.date && entry.date <= to)
        .collect();
    egui::CentralPanel::default_margins().show(ui, |ui| {
        ui.label(t!(
            "history-entries-shown",
            count = shown.len(),
            from = day_label_in_sentence(from),
            to = day_label_in_sentence(to)
        ));
        if shown.is_empty() {
            ui.label(t!("history-no-entries"));
        } else {
            entries_table_ui(ui, state, &shown, data.read_only.is_none(), actions);
        }
    });
    confirm_delete_ui(ui, state, data, actions);
}

/// The columns of the entries table before the note, each with its heading and width in points:
/// the widths the English words need, or more where the language's words are longer, so that no
/// heading runs into the next and the Edit and Delete buttons are never cut short.
fn table_columns(ui: &Ui) -> Vec<(String, f32)> {
    let (edit, delete) = (t!("history-edit"), t!("history-delete"));
    let buttons = (small_buttons_width(ui, &[&edit, &delete]) + 4.0).max(112.0);
    let mut columns = vec![
        (t!("history-column-date"), 110.0),
        (String::new(), buttons),
        (t!("history-column-pain"), 36.0),
        (t!("history-column-sleep"), 70.0),
        (t!("history-column-mobility"), 62.0),
        (t!("history-column-mood"), 40.0),
        (t!("history-column-rescue"), 50.0),
    ];
    for (title, width) in &mut columns {
        *width = width.max(text_width(ui, title, egui::TextStyle::Body) + 6.0);
    }
    columns
}

/// The columns a narrow window shows: the date, Edit and Delete, and pain (then the note).
const NARROW_COLUMNS: usize = 3;

/// The width the entries table needs to show every column, in points.
fn table_min_width(ui: &Ui) -> f32 {
    table_columns(ui)
        .iter()
        .map(|(_, width)| width)
        .sum::<f32>()
        + NOTE_AND_SPACING_WIDTH
}

/// What the table needs beyond its columns before the note: the note's narrowest and the
/// spacing between columns, in points.
const NOTE_AND_SPACING_WIDTH: f32 = 110.0;

/// The width of the month calendar beside the table, in points.
const CALENDAR_WIDTH: f32 = 280.0;

/// Presets and the from/to pickers.
fn filter_ui(ui: &mut Ui, state: &mut HistoryState, data: &JournalData, today: NaiveDate) {
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("history-show"));
        for (filter, name) in [
            (RangeFilter::LastDays(30), t!("history-last-30-days")),
            (RangeFilter::LastDays(90), t!("history-last-90-days")),
            (RangeFilter::LastDays(365), t!("history-last-year")),
            (RangeFilter::All, t!("history-all")),
        ] {
            if ui.selectable_label(state.filter == filter, name).clicked() {
                state.filter = filter;
            }
        }
        ui.separator();
        let (mut from, mut to) = state.range(data, today);
        let from_changed = labelled_date_field_ui(
            ui,
            &t!("history-from"),
            "history_from",
            &mut from,
            &t!("history-from-name"),
            today,
        );
        let to_changed = labelled_date_field_ui(
            ui,
            &t!("history-to"),
            "history_to",
            &mut to,
            &t!("history-to-name"),
            today,
        );
        if from_changed || to_changed {
            state.filter = RangeFilter::Between(from.min(to), to.max(from));
        }
    });
}

/// The entries table, newest first; only the visible rows are laid out. Every column when they
/// fit; in a narrower window the date, Edit and Delete, pain and the note, so nothing runs past
/// the edge (the rest of a day is one Edit away).
fn entries_table_ui(
    ui: &mut Ui,
    state: &mut HistoryState,
    shown: &[&Entry],
    writable: bool,
    actions: &mut Vec<Action>,
) {
    let dark_mode = ui.visuals().dark_mode;
    let row_height = 26.0;
    let every_column = ui.available_width() >= table_min_width(ui);
    let mut columns = table_columns(ui);
    if !every_column {
        columns.truncate(NARROW_COLUMNS);
    }
    let note = (t!("history-column-note"), 0.0);
    let (edit, delete) = (t!("history-edit"), t!("history-delete"));
    let mut table = TableBuilder::new(ui)
        .id_salt("history_table")
        .striped(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for (_, width) in &columns {
        table = table.column(Column::exact(*width));
    }
    table
        .column(Column::remainder().at_least(40.0).clip(true))
        .header(22.0, |mut header| {
            for (title, _) in columns.iter().chain([&note]) {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(row_height, shown.len(), |mut row| {
                let Some(entry) = shown.get(row.index()) else {
                    return;
                };
                row.col(|ui| {
                    ui.label(day_label(entry.date));
                });
                row.col(|ui| {
                    if ui
                        .small_button(&edit)
                        .accessible_name(t!("history-edit-name", date = entry.date.to_string()))
                        .clicked()
                    {
                        actions.push(super::actions::Navigation::OpenDay(entry.date).into());
                    }
                    // A journal open for reading only shows Delete as unavailable, and why.
                    if ui
                        .add_enabled(writable, egui::Button::new(&delete).small())
                        .on_disabled_hover_text(t!("app-read-only-unavailable"))
                        .accessible_name(t!("history-delete-name", date = entry.date.to_string()))
                        .clicked()
                    {
                        state.confirm_delete = Some(entry.date);
                    }
                });
                row.col(|ui| {
                    let pain = entry.pain.get();
                    let text = RichText::new(pain.to_string())
                        .color(theme::text_on_pain())
                        .background_color(theme::pain_color(pain, dark_mode));
                    ui.label(text);
                });
                if every_column {
                    row.col(|ui| {
                        ui.label(sleep_text(entry));
                    });
                    row.col(|ui| {
                        ui.label(optional(entry.mobility.map(|score| score.get())));
                    });
                    row.col(|ui| {
                        ui.label(optional(entry.mood.map(|score| score.get())));
                    });
                    row.col(|ui| {
                        ui.label(optional(entry.rescue_doses.map(RescueDoses::get)));
                    });
                }
                row.col(|ui| {
                    // Cut short to the column, whole on hover.
                    let note = entry.note.lines().next().unwrap_or_default();
                    ui.add(egui::Label::new(note).truncate());
                });
            });
        });
}

fn sleep_text(entry: &Entry) -> String {
    let hours = |hours: crate::domain::SleepHours| typed_decimal(hours.get());
    match (entry.sleep_hours, entry.sleep_quality) {
        (Some(slept), Some(quality)) => t!(
            "history-sleep-hours-quality",
            hours = hours(slept),
            quality = quality.get()
        ),
        (Some(slept), None) => t!("history-sleep-hours", hours = hours(slept)),
        (None, Some(quality)) => t!("history-sleep-quality", quality = quality.get()),
        (None, None) => "–".to_owned(),
    }
}

fn optional(value: Option<u8>) -> String {
    value.map_or_else(|| "–".to_owned(), |value| value.to_string())
}

/// A month of days coloured by pain; a click opens the day in Today.
fn calendar_ui(
    ui: &mut Ui,
    state: &mut HistoryState,
    data: &JournalData,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        if ui
            .button("<")
            .accessible_name(t!("history-previous-month"))
            .clicked()
        {
            state.month = first_of_month(state.month - Duration::days(1));
        }
        ui.strong(format::month_year(state.month));
        if ui
            .button(">")
            .accessible_name(t!("history-next-month"))
            .clicked()
        {
            state.month = first_of_month(state.month + Duration::days(31));
        }
    });
    let dark_mode = ui.visuals().dark_mode;
    let cell = Vec2::new(34.0, 30.0);
    egui::Grid::new("history_month")
        .spacing([3.0, 3.0])
        .show(ui, |ui| {
            for weekday in 1..=7 {
                ui.small(t!("history-calendar-weekday", weekday = weekday));
            }
            ui.end_row();
            let lead = state.month.weekday().num_days_from_monday();
            for _ in 0..lead {
                ui.label("");
            }
            let mut day = state.month;
            while day.month() == state.month.month() {
                let entry = data.entry(day);
                let mut button = Button::new(day.day().to_string()).min_size(cell);
                let name = match entry {
                    Some(entry) => {
                        let pain = entry.pain.get();
                        button = Button::new(
                            RichText::new(day.day().to_string()).color(theme::text_on_pain()),
                        )
                        .min_size(cell)
                        .fill(theme::pain_color(pain, dark_mode));
                        t!(
                            "history-calendar-day-pain",
                            date = day_label(day),
                            pain = pain
                        )
                    }
                    None => t!("history-calendar-day-empty", date = day_label(day)),
                };
                let response = ui.add_enabled(day <= today, button).accessible_name(name);
                if response.clicked() {
                    actions.push(super::actions::Navigation::OpenDay(day).into());
                }
                if day.weekday() == chrono::Weekday::Sun {
                    ui.end_row();
                }
                day += Duration::days(1);
            }
        });
    ui.add_space(6.0);
    ui.small(t!("history-calendar-legend"));
}

/// Asks before deleting; the delete can still be undone afterwards.
fn confirm_delete_ui(
    ui: &mut Ui,
    state: &mut HistoryState,
    data: &JournalData,
    actions: &mut Vec<Action>,
) {
    let Some(date) = state.confirm_delete else {
        return;
    };
    let modal = egui::Modal::new(egui::Id::unique("confirm_delete_entry")).show(ui.ctx(), |ui| {
        ui.heading(t!("history-delete-title"));
        let day = day_label_in_sentence(date);
        ui.label(match data.entry(date) {
            Some(entry) => t!(
                "history-delete-what-pain",
                date = day,
                pain = entry.pain.get()
            ),
            None => t!("history-delete-what", date = day),
        });
        ui.label(t!("history-delete-undo"));
        ui.horizontal_wrapped(|ui| {
            if ui.button(t!("history-delete-confirm")).clicked() {
                actions.push(JournalAction::DeleteEntry(date).into());
                state.confirm_delete = None;
            }
            if ui.button(t!("history-delete-keep")).clicked() {
                state.confirm_delete = None;
            }
        });
    });
    if modal.should_close() {
        state.confirm_delete = None;
    }
}
