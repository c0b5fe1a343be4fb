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
///
/// Where the window is wide enough, the month calendar sits beside the table and the table
/// fills the height left. Otherwise the calendar folds above the table and the whole view
/// scrolls, the table keeping room for a few days however little height the window has.
pub fn history_ui(
    ui: &mut Ui,
    state: &mut HistoryState,
    data: &JournalData,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    let (from, to) = state.range(data, today);
    let shown: Vec<&Entry> = data
        .entries
        .iter()
        .rev()
        .filter(|entry| from <= entry.date && entry.date <= to)
        .collect();
    // A journal open for reading only shows Delete as unavailable, and why.
    let writable = data.read_only.is_none();
    // The calendar beside the table only when the table keeps a column for every field.
    // The one-line table's columns, measured once a frame for every use below.
    let columns = table_columns(ui);
    let beside =
        ui.available_width() >= one_line_width(ui, &columns) + CALENDAR_PANEL_WIDTH + PANEL_MARGINS;
    if beside {
        filter_ui(ui, state, data, today);
        ui.separator();
        egui::Panel::right("history_calendar")
            .resizable(false)
            .exact_size(CALENDAR_PANEL_WIDTH)
            .show(ui, |ui| calendar_ui(ui, state, data, today, actions));
        egui::CentralPanel::default_margins().show(ui, |ui| {
            entries_ui(ui, state, &shown, (from, to), &columns, writable, actions);
        });
    } else {
        egui::ScrollArea::vertical()
            .id_salt("history_scroll")
            .auto_shrink(false)
            .show(ui, |ui| {
                filter_ui(ui, state, data, today);
                ui.separator();
                egui::CollapsingHeader::new(t!("history-month-calendar"))
                    .id_salt("history_calendar_folded")
                    .show(ui, |ui| calendar_ui(ui, state, data, today, actions));
                entries_ui(ui, state, &shown, (from, to), &columns, writable, actions);
            });
    }
    confirm_delete_ui(ui, state, data, actions);
}

/// The count of entries shown and their table.
fn entries_ui(
    ui: &mut Ui,
    state: &mut HistoryState,
    shown: &[&Entry],
    (from, to): (NaiveDate, NaiveDate),
    columns: &[(String, f32)],
    writable: bool,
    actions: &mut Vec<Action>,
) {
    ui.label(t!(
        "history-entries-shown",
        count = shown.len(),
        from = day_label_in_sentence(from),
        to = day_label_in_sentence(to)
    ));
    if shown.is_empty() {
        ui.label(t!("history-no-entries"));
    } else {
        entries_table_ui(ui, state, shown, columns, writable, actions);
    }
}

/// The columns of the one-line table before the note, each with its heading and width in
/// points: the widths the English words need, or more where the language's words are longer,
/// so that no heading runs into the next and the Edit and Delete buttons are never cut short.
fn table_columns(ui: &Ui) -> Vec<(String, f32)> {
    let mut columns = vec![
        (t!("history-column-date"), date_width(ui)),
        (String::new(), buttons_width(ui)),
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

/// The width of the date column: the longest day's name in the language.
fn date_width(ui: &Ui) -> f32 {
    // A Wednesday in September, the longest names in English and Spanish.
    let longest = NaiveDate::from_ymd_opt(2026, 9, 30).map_or(0.0, |day| {
        text_width(ui, &day_label(day), egui::TextStyle::Body)
    });
    (longest + 6.0).max(110.0)
}

/// The width of the Edit and Delete buttons side by side.
fn buttons_width(ui: &Ui) -> f32 {
    let (edit, delete) = (t!("history-edit"), t!("history-delete"));
    (small_buttons_width(ui, &[&edit, &delete]) + 4.0).max(112.0)
}

/// The width the one-line table of `columns` ([`table_columns`]) needs to show every column, in
/// points: the columns, the note at its narrowest, the spacing between columns and the scroll
/// bar.
fn one_line_width(ui: &Ui, columns: &[(String, f32)]) -> f32 {
    let spacing = ui.spacing();
    columns.iter().map(|(_, width)| width).sum::<f32>()
        + NOTE_MIN_WIDTH
        + spacing.item_spacing.x * (columns.len() + 1) as f32
        + spacing.scroll.allocated_width()
}

/// The narrowest the note column gets in the one-line table, in points.
const NOTE_MIN_WIDTH: f32 = 80.0;

/// The width of the month calendar's panel beside the table, in points: seven days of
/// [`CALENDAR_CELL`] and the spaces between them, and the panel's margins.
const CALENDAR_PANEL_WIDTH: f32 = 7.0 * CALENDAR_CELL.x + 6.0 * CALENDAR_GAP + 2.0 * 8.0;

/// The margins of the panel around the table beside the calendar, in points.
const PANEL_MARGINS: f32 = 2.0 * 8.0;

/// The size of a day in the month calendar, in points.
const CALENDAR_CELL: Vec2 = Vec2::new(34.0, 30.0);

/// The space between two days of the month calendar, in points.
const CALENDAR_GAP: f32 = 3.0;

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

/// How the entries table is laid out in the width it has.
#[derive(Debug, Clone, Copy, PartialEq)]
enum TableLayout {
    /// One line a day, a column for every field.
    OneLine,
    /// A narrow window: a day's name above its Edit and Delete buttons, and beside them every
    /// field named ("Sleep 7.5 h, 6"), wrapped on as many lines as the width needs, then the
    /// note.
    Cards {
        /// The width of the day's column, in points.
        day_width: f32,
        /// The lines the fields take, in the narrowest case (the widest values).
        field_lines: usize,
    },
}

impl TableLayout {
    /// The layout for a table `width` points wide.
    fn fitting(ui: &Ui, width: f32, columns: &[(String, f32)]) -> Self {
        if width >= one_line_width(ui, columns) {
            return Self::OneLine;
        }
        let day_width = date_width(ui).max(buttons_width(ui));
        let spacing = ui.spacing();
        let fields_width =
            width - day_width - 2.0 * spacing.item_spacing.x - spacing.scroll.allocated_width();
        Self::Cards {
            day_width,
            field_lines: wrapped_lines(&widest_fields(ui), fields_width, FIELD_GAP),
        }
    }

    /// The height of a day's row, in points, with or without a note.
    fn row_height(self, ui: &Ui, has_note: bool) -> f32 {
        match self {
            Self::OneLine => ONE_LINE_ROW_HEIGHT,
            Self::Cards { field_lines, .. } => {
                let lines = (field_lines + usize::from(has_note)).max(2);
                let line = ui
                    .spacing()
                    .interact_size
                    .y
                    .max(ui.text_style_height(&egui::TextStyle::Body));
                lines as f32 * line + (lines - 1) as f32 * ui.spacing().item_spacing.y + 4.0
            }
        }
    }
}

/// The height of a row of the one-line table, in points.
const ONE_LINE_ROW_HEIGHT: f32 = 26.0;

/// The space between two fields of a day in the narrow layout, in points.
const FIELD_GAP: f32 = 14.0;

/// The fewest days the table shows at once; the view scrolls to bring them all into view.
const MIN_ROWS_SHOWN: f32 = 3.0;

/// The widths of a day's fields with the widest values each can hold, in the narrow layout.
fn widest_fields(ui: &Ui) -> Vec<f32> {
    let widest_sleep = t!(
        "history-sleep-hours-quality",
        hours = typed_decimal(10.25),
        quality = 10
    );
    [
        (t!("history-column-pain"), "10".to_owned()),
        (t!("history-column-sleep"), widest_sleep),
        (t!("history-column-mobility"), "10".to_owned()),
        (t!("history-column-mood"), "10".to_owned()),
        (t!("history-column-rescue"), "50".to_owned()),
    ]
    .iter()
    .map(|(name, value)| {
        let job = field_job(ui, name, &FieldValue::Plain(value.clone()));
        ui.fonts_mut(|fonts| fonts.layout_job(job)).size().x + 2.0
    })
    .collect()
}

/// The lines items of `widths` take when laid out left to right and wrapped at `room` points,
/// `gap` points apart (an item wider than the room has a line of its own).
fn wrapped_lines(widths: &[f32], room: f32, gap: f32) -> usize {
    let mut lines = 0;
    let mut used = f32::INFINITY;
    for &width in widths {
        if used + gap + width <= room {
            used += gap + width;
        } else {
            lines += 1;
            used = width;
        }
    }
    lines.max(1)
}

/// The entries table, newest first; only the visible rows are laid out. A column for every
/// field where they fit; in a narrower window each day names its fields beside its date, so a
/// day shows all it holds at any width.
fn entries_table_ui(
    ui: &mut Ui,
    state: &mut HistoryState,
    shown: &[&Entry],
    columns: &[(String, f32)],
    writable: bool,
    actions: &mut Vec<Action>,
) {
    let layout = TableLayout::fitting(ui, ui.available_width(), columns);
    let heights: Vec<f32> = shown
        .iter()
        .map(|entry| layout.row_height(ui, !entry.note.trim().is_empty()))
        .collect();
    let header_height = 22.0;
    // In a short window the view scrolls and the table keeps room for a few days.
    let least = header_height
        + MIN_ROWS_SHOWN * (layout.row_height(ui, true) + ui.spacing().item_spacing.y);
    let height = (ui.available_height() - header_height).max(least);
    let mut table = TableBuilder::new(ui)
        .id_salt("history_table")
        .striped(true)
        .min_scrolled_height(height)
        .max_scroll_height(height)
        .auto_shrink(false);
    match layout {
        TableLayout::OneLine => {
            table = table.cell_layout(egui::Layout::left_to_right(egui::Align::Center));
            for (_, width) in columns {
                table = table.column(Column::exact(*width));
            }
            let note = (t!("history-column-note"), 0.0);
            table
                .column(Column::remainder().at_least(40.0).clip(true))
                .header(header_height, |mut header| {
                    for (title, _) in columns.iter().chain([&note]) {
                        header.col(|ui| {
                            ui.strong(title);
                        });
                    }
                })
                .body(|body| {
                    body.heterogeneous_rows(heights.into_iter(), |mut row| {
                        let Some(entry) = shown.get(row.index()) else {
                            return;
                        };
                        row.col(|ui| {
                            ui.label(day_label(entry.date));
                        });
                        row.col(|ui| day_buttons_ui(ui, state, entry.date, writable, actions));
                        row.col(|ui| pain_badge_ui(ui, entry.pain.get()));
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
                        row.col(|ui| note_ui(ui, entry));
                    });
                });
        }
        TableLayout::Cards { day_width, .. } => {
            table
                .cell_layout(egui::Layout::top_down(egui::Align::Min))
                .column(Column::exact(day_width))
                .column(Column::remainder().at_least(40.0).clip(true))
                .header(header_height, |mut header| {
                    header.col(|ui| {
                        ui.strong(t!("history-column-date"));
                    });
                    header.col(|ui| {
                        ui.strong(t!("history-column-logged"));
                    });
                })
                .body(|body| {
                    body.heterogeneous_rows(heights.into_iter(), |mut row| {
                        let Some(entry) = shown.get(row.index()) else {
                            return;
                        };
                        row.col(|ui| {
                            ui.label(day_label(entry.date));
                            ui.horizontal(|ui| {
                                day_buttons_ui(ui, state, entry.date, writable, actions)
                            });
                        });
                        row.col(|ui| {
                            fields_ui(ui, entry);
                            if !entry.note.trim().is_empty() {
                                note_ui(ui, entry);
                            }
                        });
                    });
                });
        }
    }
}

/// A day's Edit and Delete buttons; Delete unavailable, saying why, unless `writable`.
fn day_buttons_ui(
    ui: &mut Ui,
    state: &mut HistoryState,
    date: NaiveDate,
    writable: bool,
    actions: &mut Vec<Action>,
) {
    if ui
        .small_button(t!("history-edit"))
        .accessible_name(t!("history-edit-name", date = date.to_string()))
        .clicked()
    {
        actions.push(super::actions::Navigation::OpenDay(date).into());
    }
    if ui
        .add_enabled(writable, Button::new(t!("history-delete")).small())
        .on_disabled_hover_text(t!("app-read-only-unavailable"))
        .accessible_name(t!("history-delete-name", date = date.to_string()))
        .clicked()
    {
        state.confirm_delete = Some(date);
    }
}

/// A pain score on its colour.
fn pain_badge_ui(ui: &mut Ui, pain: u8) {
    let dark_mode = ui.visuals().dark_mode;
    let text = RichText::new(pain.to_string())
        .color(theme::text_on_pain(dark_mode))
        .background_color(theme::pain_color(pain, dark_mode));
    ui.label(text);
}

/// Every field of a day, each named, wrapped to the cell's width: "Pain 4  Sleep 7.5 h, 6
/// Mobility 6  Mood 7  Rescue 0". Each field is one label, so a field never breaks between its
/// name and its value.
fn fields_ui(ui: &mut Ui, entry: &Entry) {
    let dark_mode = ui.visuals().dark_mode;
    let pain = entry.pain.get();
    let pain_value = FieldValue::OnColour(
        pain.to_string(),
        theme::text_on_pain(dark_mode),
        theme::pain_color(pain, dark_mode),
    );
    let fields = [
        (t!("history-column-pain"), pain_value),
        (
            t!("history-column-sleep"),
            FieldValue::Plain(sleep_text(entry)),
        ),
        (
            t!("history-column-mobility"),
            FieldValue::Plain(optional(entry.mobility.map(|score| score.get()))),
        ),
        (
            t!("history-column-mood"),
            FieldValue::Plain(optional(entry.mood.map(|score| score.get()))),
        ),
        (
            t!("history-column-rescue"),
            FieldValue::Plain(optional(entry.rescue_doses.map(RescueDoses::get))),
        ),
    ];
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = FIELD_GAP;
        for (name, value) in fields {
            ui.add(
                egui::Label::new(field_job(ui, &name, &value))
                    .wrap_mode(egui::TextWrapMode::Extend),
            );
        }
    });
}

/// A field's value in the narrow layout: plain, or (pain) on its colour.
enum FieldValue {
    /// Drawn in the body's colour.
    Plain(String),
    /// Drawn in the first colour on the second.
    OnColour(String, egui::Color32, egui::Color32),
}

/// A field's name, dimmed, a space that never breaks, and its value.
fn field_job(ui: &Ui, name: &str, value: &FieldValue) -> egui::text::LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let format = |color| egui::TextFormat::simple(font.clone(), color);
    let mut job = egui::text::LayoutJob::default();
    job.append(name, 0.0, format(ui.visuals().weak_text_color()));
    job.append("\u{a0}", 0.0, format(ui.visuals().text_color()));
    match value {
        FieldValue::Plain(text) => job.append(text, 0.0, format(ui.visuals().text_color())),
        FieldValue::OnColour(text, color, background) => job.append(
            text,
            0.0,
            egui::TextFormat {
                background: *background,
                ..format(*color)
            },
        ),
    }
    job
}

/// The first line of a day's note, cut short to the column, whole on hover.
fn note_ui(ui: &mut Ui, entry: &Entry) {
    let note = entry.note.lines().next().unwrap_or_default();
    ui.add(egui::Label::new(note).truncate());
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
    let cell = CALENDAR_CELL;
    egui::Grid::new("history_month")
        .spacing([CALENDAR_GAP, CALENDAR_GAP])
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
                            RichText::new(day.day().to_string())
                                .color(theme::text_on_pain(dark_mode)),
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
