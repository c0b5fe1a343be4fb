//! Small widgets shared by the views: score rows, a date picker, a stepper, labelled fields.

use std::cell::RefCell;
use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate};
use eframe::egui;
use egui::emath::Numeric;
use egui::{Button, DragValue, RichText, TextEdit, Ui, Vec2};

use crate::domain::{DateOrder, ValidationError, read_date};

use super::theme;

/// A day as people read it: "Sat 28 Nov 2026".
pub fn day_label(date: NaiveDate) -> String {
    date.format("%a %-d %b %Y").to_string()
}

/// A day named as briefly as is clear: "Sun 29 Nov" in the year of `today`, otherwise with its
/// year ("Sun 29 Nov 2025").
pub fn day_label_near(date: NaiveDate, today: NaiveDate) -> String {
    if date.year() == today.year() {
        date.format("%a %-d %b").to_string()
    } else {
        day_label(date)
    }
}

/// A row of 0 to 10 buttons for a score, with the meaning of both ends underneath.
///
/// `name` names every button for screen readers ("Pain 6"). When `clearable`, clicking the
/// chosen score again clears it. Returns whether the value changed.
pub fn score_row_ui(
    ui: &mut Ui,
    name: &str,
    value: &mut Option<u8>,
    anchors: (&str, &str),
    big: bool,
    clearable: bool,
) -> bool {
    let mut changed = false;
    let dark_mode = ui.visuals().dark_mode;
    let ScoreButtons {
        size,
        gap,
        text_size,
    } = ScoreButtons::fitting(ui.available_width(), big);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for score in 0..=10u8 {
            let selected = *value == Some(score);
            let mut text = RichText::new(score.to_string());
            if let Some(text_size) = text_size {
                text = text.size(text_size).strong();
            }
            let mut button = Button::selectable(selected, text).min_size(size);
            if selected {
                button = button
                    .fill(theme::pain_color(score, dark_mode))
                    .stroke(egui::Stroke::new(2.0, ui.visuals().strong_text_color()));
            }
            let response = ui.add(button).accessible_name(format!("{name} {score}"));
            if response.clicked() {
                if selected && clearable {
                    *value = None;
                } else {
                    *value = Some(score);
                }
                changed = true;
            }
        }
        if clearable && value.is_some() {
            let response = ui
                .add(Button::new("Clear").min_size(Vec2::new(0.0, size.y)))
                .accessible_name(format!("Clear {}", name.to_lowercase()));
            if response.clicked() {
                *value = None;
                changed = true;
            }
        }
    });
    ui.horizontal(|ui| {
        let width = size.x * 11.0 + gap * 10.0;
        ui.set_max_width(width);
        ui.small(format!("0 = {}", anchors.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.small(format!("10 = {}", anchors.1));
        });
    });
    changed
}

/// The size of the eleven buttons of a score row.
#[derive(Debug, Clone, Copy, PartialEq)]
struct ScoreButtons {
    /// The smallest size of one button.
    size: Vec2,
    /// The space between two buttons.
    gap: f32,
    /// The size of the numbers on big buttons; `None` for the normal text size.
    text_size: Option<f32>,
}

impl ScoreButtons {
    /// Big buttons (pain) shrink to fit all eleven in one row of `width` points, down to a
    /// width a pointer still hits easily; below that they wrap. Small buttons keep their size.
    fn fitting(width: f32, big: bool) -> Self {
        if !big {
            return Self {
                size: Vec2::new(30.0, 26.0),
                gap: 4.0,
                text_size: None,
            };
        }
        let full = Self {
            size: Vec2::new(46.0, theme::PAIN_BUTTON_HEIGHT),
            gap: 6.0,
            text_size: Some(22.0),
        };
        if width >= full.row_width() {
            return full;
        }
        let gap = 2.0;
        let fitted = ((width - 10.0 * gap) / 11.0).floor();
        Self {
            size: Vec2::new(
                fitted.max(MIN_SCORE_BUTTON_WIDTH),
                theme::PAIN_BUTTON_HEIGHT - 8.0,
            ),
            gap,
            text_size: Some(if fitted >= 40.0 { 22.0 } else { 15.0 }),
        }
    }

    /// The width of one row of all eleven buttons.
    fn row_width(self) -> f32 {
        self.size.x * 11.0 + self.gap * 10.0
    }
}

/// The narrowest a big score button gets before the row wraps, in points.
const MIN_SCORE_BUTTON_WIDTH: f32 = 30.0;

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
                    .hint_text("e.g. 12 Jan"),
            )
            .accessible_name(name)
            .on_hover_text(
                "Type a date (2026-01-12, 12 Jan, 12/01, yesterday) or use the calendar",
            );
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
                        ui.label(format!("reads as {}", day_label(*read)));
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
                    memory.refused = Some(format!("{error}. The date stays {}.", day_label(*date)));
                }
            }
        }
        if let Some(refused) = &memory.refused
            && !field.has_focus()
        {
            error_ui(ui, refused);
        }
        let button = ui
            .button("Calendar")
            .accessible_name(format!("Choose {name} from a calendar"));
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
                step(-1).map_or_else(String::new, |m| format!("< {}", m.format("%b"))),
            ),
        ] {
            if ui.button(text).clicked() {
                memory.month_shown = step(months);
            }
        }
        ui.label(RichText::new(month.format("%B %Y").to_string()).strong());
        for (months, text) in [
            (
                1,
                step(1).map_or_else(String::new, |m| format!("{} >", m.format("%b"))),
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
            for weekday in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] {
                ui.label(RichText::new(weekday).strong());
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

/// A label and a one-line text field tied to it for screen readers. Returns the field's response.
pub fn text_field_ui(
    ui: &mut Ui,
    label: &str,
    text: &mut String,
    hint: &str,
    width: f32,
) -> egui::Response {
    let label = ui.label(label);
    ui.add(
        TextEdit::singleline(text)
            .hint_text(hint)
            .desired_width(width),
    )
    .labelled_by(label.id)
}

/// A "−  n  +" stepper for a small count that may be left unrecorded: it shows "not recorded"
/// until touched, "+" from there records 0, and "−" from 0 goes back to not recorded. Returns
/// whether the value changed.
pub fn stepper_ui(ui: &mut Ui, name: &str, value: &mut Option<u8>, max: u8) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        let size = Vec2::new(32.0, 28.0);
        let fewer = ui
            .add_enabled(
                value.is_some(),
                Button::new(RichText::new("−").size(18.0)).min_size(size),
            )
            .accessible_name(format!("Fewer {name}"));
        if fewer.clicked() {
            *value = value.and_then(|count| count.checked_sub(1));
            changed = true;
        }
        let shown = value.map_or_else(|| "not recorded".to_owned(), |count| count.to_string());
        ui.label(RichText::new(shown).size(18.0).strong());
        let more = ui
            .add_enabled(
                value.is_none_or(|count| count < max),
                Button::new(RichText::new("+").size(18.0)).min_size(size),
            )
            .accessible_name(format!("More {name}"));
        if more.clicked() {
            *value = Some(value.map_or(0, |count| count.saturating_add(1).min(max)));
            changed = true;
        }
    });
    changed
}

/// How numeric dates like 03/04/2025 are read: radio buttons for day first, month first, year
/// first and "not set" (ambiguous dates are then refused, naming both readings). Returns
/// whether the choice changed.
pub fn date_order_ui(ui: &mut Ui, order: &mut Option<DateOrder>) -> bool {
    let mut changed = false;
    ui.label("Numeric dates such as 03/04/2025:");
    ui.horizontal_wrapped(|ui| {
        for (choice, text) in [
            (Some(DateOrder::Dmy), "Day first (3 April)"),
            (Some(DateOrder::Mdy), "Month first (4 March)"),
            (Some(DateOrder::Ymd), "Year first (2025/04/03)"),
            (None, "Not set (ask when unclear)"),
        ] {
            changed |= ui.radio_value(order, choice, text).changed();
        }
    });
    changed
}

/// An error message in plain words.
pub fn error_ui(ui: &mut Ui, message: &str) {
    let color = theme::error_color(ui.visuals().dark_mode);
    ui.label(RichText::new(message).color(color));
}

/// What a number field said about the last value typed into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldNotice {
    /// The field's label.
    pub field: &'static str,
    /// The message: the value typed, what is allowed and what the field kept.
    pub message: String,
}

/// A number field limited to `range`, for screen readers labelled by the label `labelled_by`
/// or, without one, named `field`.
///
/// egui clamps a typed value that is out of range without a word; this field says so. When the
/// text typed is out of range or not a number, `notice` gets a message naming the field, the value,
/// what is allowed and what the field now holds; a valid value clears the field's notice.
/// `style` sets speed, decimals and suffix.
pub fn bounded_number_ui<Num: Numeric>(
    ui: &mut Ui,
    field: &'static str,
    labelled_by: Option<egui::Id>,
    value: &mut Num,
    range: RangeInclusive<Num>,
    style: impl for<'v> FnOnce(DragValue<'v>) -> DragValue<'v>,
    notice: &mut Option<FieldNotice>,
) -> egui::Response {
    let typed: RefCell<Option<(String, Option<f64>)>> = RefCell::new(None);
    let (low, high) = (range.start().to_f64(), range.end().to_f64());
    let response = {
        let parser = |text: &str| {
            let parsed = parse_typed_number(text, Num::INTEGRAL);
            *typed.borrow_mut() = Some((text.trim().to_owned(), parsed));
            parsed
        };
        // Typed text counts on Enter or when the field loses focus, not at every keystroke
        // (typing "10" into a 5 to 95 field would clamp the "1" first).
        let drag = style(
            DragValue::new(&mut *value)
                .range(range)
                .update_while_editing(false)
                .custom_parser(parser),
        );
        let response = ui.add(drag);
        match labelled_by {
            Some(label) => response.labelled_by(label),
            None => response.accessible_name(field),
        }
    };
    let Some((text, parsed)) = typed.into_inner() else {
        // Dragged or stepped: always within range.
        if response.changed() {
            clear_notice(notice, field);
        }
        return response;
    };
    let number = |x: f64| {
        if Num::INTEGRAL {
            format!("{x:.0}")
        } else {
            format!("{x}")
        }
    };
    let kind = if Num::INTEGRAL {
        "a whole number"
    } else {
        "a number"
    };
    let allowed = format!("{kind} from {} to {}", number(low), number(high));
    let outcome = match parsed {
        Some(typed) if typed < low || typed > high => Some("Set to"),
        None if !text.is_empty() => Some("Kept"),
        _ => None,
    };
    match outcome {
        Some(outcome) => {
            let error = ValidationError::new(field, &text, allowed);
            let now = number(value.to_f64());
            *notice = Some(FieldNotice {
                field,
                message: format!("{error}. {outcome} {now}."),
            });
        }
        None => clear_notice(notice, field),
    }
    response
}

/// Removes `notice` when it belongs to `field`.
pub fn clear_notice(notice: &mut Option<FieldNotice>, field: &str) {
    if notice.as_ref().is_some_and(|shown| shown.field == field) {
        *notice = None;
    }
}

/// Shows `notice` when it belongs to `field`.
pub fn field_notice_ui(ui: &mut Ui, notice: Option<&FieldNotice>, field: &str) {
    if let Some(notice) = notice.filter(|notice| notice.field == field) {
        error_ui(ui, &notice.message);
    }
}

/// Reads a number typed into a field: spaces are ignored and the minus sign U+2212 is accepted.
/// A whole-number field refuses fractions and commas ("1,000" is not a thousand days); other
/// fields take a decimal comma.
fn parse_typed_number(text: &str, whole: bool) -> Option<f64> {
    let mut cleaned = String::new();
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        match c {
            '−' => cleaned.push('-'),
            ',' | '.' if whole => return None,
            ',' => cleaned.push('.'),
            other => cleaned.push(other),
        }
    }
    cleaned.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// Splits a comma-separated list typed by the user.
pub fn split_list(text: &str) -> Vec<&str> {
    text.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn days_are_named_with_their_weekday_and_the_year_only_when_it_differs() {
        let date = NaiveDate::from_ymd_opt(2026, 2, 28).unwrap();
        assert_eq!(day_label(date), "Sat 28 Feb 2026");
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        assert_eq!(day_label_near(date, today), "Sat 28 Feb");
        let last_year = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        assert_eq!(day_label_near(last_year, today), "Wed 31 Dec 2025");
    }

    #[test]
    fn typed_numbers_are_read_strictly_in_whole_number_fields() {
        assert_eq!(parse_typed_number(" 1 4 ", true), Some(14.0));
        assert_eq!(parse_typed_number("−3", true), Some(-3.0));
        assert_eq!(parse_typed_number("1,000", true), None);
        assert_eq!(parse_typed_number("2.9", true), None);
        assert_eq!(parse_typed_number("7,5", false), Some(7.5));
        assert_eq!(parse_typed_number("7.5", false), Some(7.5));
        assert_eq!(parse_typed_number("lots", false), None);
        assert_eq!(parse_typed_number("inf", false), None);
    }

    #[test]
    fn lists_split_on_commas_and_drop_blanks() {
        assert_eq!(split_list(" weather, ,stress "), ["weather", "stress"]);
    }
}
