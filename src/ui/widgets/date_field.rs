//! A date field that reads dates as people type them, with a calendar to pick from, and the choice
//! of how numeric dates are read.

use chrono::{Datelike, NaiveDate};
use eframe::egui;
use egui::{Button, RichText, TextEdit, Ui, Vec2};

use crate::domain::{DateOrder, read_date};

use crate::t;
use crate::wording::format;

use super::{day_label, day_label_in_sentence, error_ui};

/// What a date field keeps between frames: the text being typed (while the field has focus)
/// and the month its calendar shows.
#[derive(Debug, Clone, Default)]
struct DateFieldMemory {
    typing: Option<String>,
    /// Why the last text typed was not taken, shown until the field is used again.
    refused: Option<String>,
    month_shown: Option<NaiveDate>,
}

/// The order of numeric dates such as 12/01 typed on this computer, from its locale
/// (`LC_ALL`, `LC_TIME` or `LANG`): month first for the United States and a few others, year
/// first for East Asian locales, day first elsewhere; `None` when no locale is set, so an
/// ambiguous date is refused with both readings named.
pub fn system_date_order() -> Option<DateOrder> {
    // The locale does not change while the app runs: read it once.
    static ORDER: std::sync::OnceLock<Option<DateOrder>> = std::sync::OnceLock::new();
    *ORDER.get_or_init(read_system_date_order)
}

fn read_system_date_order() -> Option<DateOrder> {
    let locale = ["LC_ALL", "LC_TIME", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())?;
    let region = locale.split(['.', '@']).next().unwrap_or_default();
    match region {
        "" | "C" | "POSIX" => None,
        "en_US" | "en_PH" | "es_US" | "en_AS" | "en_GU" | "en_UM" | "en_VI" => Some(DateOrder::Mdy),
        region
            if ["zh", "ja", "ko", "hu", "lt", "mn"]
                .iter()
                .any(|language| region.starts_with(language)) =>
        {
            Some(DateOrder::Ymd)
        }
        _ => Some(DateOrder::Dmy),
    }
}

/// A date field: the day is typed (2026-01-12, 12 Jan, 12/01 in the computer's date order,
/// "yesterday") or picked from a calendar, and shown back with its weekday.
///
/// Clicking the field empties it for typing (leaving it empty keeps the date). A typed date
/// takes effect on Enter or when the field loses focus; while typing, the day it reads as, or
/// why it is not a date, is shown beside it. The calendar names its month and
/// year, its buttons say where they go, and one click chooses a day. `name` names the field for
/// screen readers. Returns whether the date changed.
pub fn date_field_ui(
    ui: &mut Ui,
    id_salt: &str,
    date: &mut NaiveDate,
    name: &str,
    today: NaiveDate,
) -> bool {
    let id = ui.make_persistent_id(id_salt);
    let mut memory: DateFieldMemory = ui
        .data(|data| data.get_temp::<DateFieldMemory>(id))
        .unwrap_or_default();
    let mut changed = false;
    // In a row that wraps, the field and its calendar button go to the next line together
    // rather than run past the edge.
    if ui.layout().main_wrap && ui.available_size_before_wrap().x < DATE_FIELD_WIDTH {
        ui.end_row();
    }
    ui.horizontal_wrapped(|ui| {
        let mut text = memory.typing.clone().unwrap_or_else(|| day_label(*date));
        let field = ui
            .add(
                TextEdit::singleline(&mut text)
                    .id(id.with("text"))
                    .desired_width(DATE_TEXT_WIDTH)
                    .hint_text(t!(
                        "widget-date-hint",
                        date = format::day_month(super::example_date(today))
                    )),
            )
            .accessible_name(name)
            .on_hover_text(t!("widget-date-tooltip"));
        if field.gained_focus() {
            // Typing replaces the date shown; leaving the field empty keeps it.
            text.clear();
            memory.refused = None;
        }
        // The text is read only while the field is in use, not on every frame it is drawn.
        let in_use = field.has_focus() || field.lost_focus();
        let reading = in_use.then(|| read_date(&text, system_date_order(), today));
        if field.has_focus()
            && let Some(reading) = &reading
        {
            memory.typing = Some(text.clone());
            if !text.trim().is_empty() && text != day_label(*date) {
                match reading {
                    Ok(read) => {
                        ui.label(t!(
                            "widget-date-reads-as",
                            date = day_label_in_sentence(*read)
                        ));
                    }
                    Err(error) => error_ui(ui, &error.to_string()),
                }
            }
        }
        if field.lost_focus()
            && let Some(reading) = reading
        {
            memory.typing = None;
            match reading {
                Ok(read) if read != *date => {
                    *date = read;
                    changed = true;
                }
                Ok(_) => {}
                Err(_) if text.trim().is_empty() || text == day_label(*date) => {}
                Err(error) => {
                    memory.refused = Some(t!(
                        "widget-date-refused",
                        error = error.to_string(),
                        date = day_label_in_sentence(*date)
                    ));
                }
            }
        }
        if let Some(refused) = &memory.refused
            && !field.has_focus()
        {
            error_ui(ui, refused);
        }
        let button = ui
            .button(t!("widget-date-calendar"))
            .accessible_name(t!("widget-date-calendar-name", name = name));
        if button.clicked() {
            memory.month_shown = date.with_day(1);
        }
        let popup_id = egui::Popup::default_response_id(&button);
        egui::Popup::from_toggle_button_response(&button)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show(|ui| {
                if let Some(picked) = calendar_ui(ui, &mut memory, *date, today) {
                    if picked != *date {
                        *date = picked;
                        changed = true;
                    }
                    egui::Popup::close_id(ui.ctx(), popup_id);
                }
            });
    });
    ui.data_mut(|data| data.insert_temp(id, memory));
    changed
}

/// A visible label and a date field after it ("From [date]"), kept on one line: in a row that
/// wraps, both go to the next line together when the field would not fit after the label.
/// `name` names the field for screen readers. Returns whether the date changed.
pub fn labelled_date_field_ui(
    ui: &mut Ui,
    label: &str,
    id_salt: &str,
    date: &mut NaiveDate,
    name: &str,
    today: NaiveDate,
) -> bool {
    let needed = super::text_width(ui, label, egui::TextStyle::Body)
        + ui.spacing().item_spacing.x
        + DATE_FIELD_WIDTH;
    if ui.layout().main_wrap && ui.available_size_before_wrap().x < needed {
        ui.end_row();
    }
    ui.label(label);
    date_field_ui(ui, id_salt, date, name, today)
}

/// The width of a date field's text, in points.
const DATE_TEXT_WIDTH: f32 = 140.0;

/// The width of a date field with its calendar button, in points.
const DATE_FIELD_WIDTH: f32 = DATE_TEXT_WIDTH + 90.0;

/// One month of days to click: the month and year named, buttons to the neighbouring months
/// and years, weekdays from Monday. Returns the day clicked.
fn calendar_ui(
    ui: &mut Ui,
    memory: &mut DateFieldMemory,
    date: NaiveDate,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let month = memory
        .month_shown
        .or_else(|| date.with_day(1))
        .unwrap_or(date);
    let step = |months: i32| {
        let index = month.year() * 12 + i32::try_from(month.month0()).unwrap_or(0) + months;
        NaiveDate::from_ymd_opt(
            index.div_euclid(12),
            u32::try_from(index.rem_euclid(12)).unwrap_or(0) + 1,
            1,
        )
    };
    let mut picked = None;
    ui.horizontal(|ui| {
        for (months, text) in [
            (-12, format!("< {}", month.year() - 1)),
            (
                -1,
                step(-1).map_or_else(String::new, |m| {
                    format!("< {}", format::month_abbreviation(m))
                }),
            ),
        ] {
            if ui.button(text).clicked() {
                memory.month_shown = step(months);
            }
        }
        ui.label(RichText::new(format::month_year(month)).strong());
        for (months, text) in [
            (
                1,
                step(1).map_or_else(String::new, |m| {
                    format!("{} >", format::month_abbreviation(m))
                }),
            ),
            (12, format!("{} >", month.year() + 1)),
        ] {
            if ui.button(text).clicked() {
                memory.month_shown = step(months);
            }
        }
    });
    egui::Grid::new("calendar")
        .spacing([2.0, 2.0])
        .show(ui, |ui| {
            // The weekdays of any week, Monday first.
            let monday =
                month - chrono::Duration::days(i64::from(month.weekday().num_days_from_monday()));
            for day in monday.iter_days().take(7) {
                ui.label(RichText::new(format::weekday_abbreviation(day)).strong());
            }
            ui.end_row();
            for _ in 0..month.weekday().num_days_from_monday() {
                ui.label("");
            }
            let mut day = month;
            while day.month() == month.month() {
                let mut text = RichText::new(day.day().to_string());
                if day == today {
                    text = text.strong().underline();
                }
                let button = Button::selectable(day == date, text).min_size(Vec2::new(32.0, 26.0));
                if ui.add(button).accessible_name(day_label(day)).clicked() {
                    picked = Some(day);
                }
                if day.weekday() == chrono::Weekday::Sun {
                    ui.end_row();
                }
                day = day.succ_opt()?;
            }
            Some(())
        });
    picked
}

/// How numeric dates like 03/04/2025 are read: radio buttons for day first, month first, year
/// first and "not set" (ambiguous dates are then refused, naming both readings). Returns
/// whether the choice changed.
pub fn date_order_ui(ui: &mut Ui, order: &mut Option<DateOrder>) -> bool {
    let mut changed = false;
    ui.label(t!("widget-date-order-intro"));
    ui.horizontal_wrapped(|ui| {
        for (choice, text) in [
            (Some(DateOrder::Dmy), t!("widget-date-order-day-first")),
            (Some(DateOrder::Mdy), t!("widget-date-order-month-first")),
            (Some(DateOrder::Ymd), t!("widget-date-order-year-first")),
            (None, t!("widget-date-order-unset")),
        ] {
            changed |= ui.radio_value(order, choice, text).changed();
        }
    });
    changed
}
