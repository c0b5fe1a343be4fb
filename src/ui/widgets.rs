//! Small widgets shared by the views: score rows, a date picker, a stepper, labelled fields.

use std::cell::RefCell;
use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate};
use eframe::egui;
use egui::emath::Numeric;
use egui::{Button, DragValue, RichText, TextEdit, Ui, Vec2};

use crate::domain::ValidationError;

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
    let size = if big {
        Vec2::new(46.0, theme::PAIN_BUTTON_HEIGHT)
    } else {
        Vec2::new(30.0, 26.0)
    };
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = if big { 6.0 } else { 4.0 };
        for score in 0..=10u8 {
            let selected = *value == Some(score);
            let mut text = RichText::new(score.to_string());
            if big {
                text = text.size(22.0).strong();
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
        let width = size.x * 11.0 + ui.spacing().item_spacing.x * 10.0;
        ui.set_max_width(width);
        ui.small(format!("0 = {}", anchors.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.small(format!("10 = {}", anchors.1));
        });
    });
    changed
}

/// A date picker button for a chrono date. Returns whether the user picked another day.
pub fn date_picker_ui(ui: &mut Ui, id_salt: &str, date: &mut NaiveDate, name: &str) -> bool {
    let Some(mut picked) = to_jiff(*date) else {
        ui.label(date.to_string());
        return false;
    };
    let response = ui
        .add(
            egui_extras::DatePickerButton::new(&mut picked)
                .id_salt(id_salt)
                .show_icon(false)
                // Its year/month/day combo boxes have no accessible names; the arrows and the
                // calendar reach every day.
                .combo_boxes(false)
                .calendar_week(false)
                .format("%a %-d %b %Y"),
        )
        .accessible_name(format!("{name}: {}", day_label(*date)));
    match from_jiff(picked) {
        Some(new_date) if new_date != *date && response.changed() => {
            *date = new_date;
            true
        }
        _ => false,
    }
}

/// Converts a chrono date for egui_extras' date picker.
pub fn to_jiff(date: NaiveDate) -> Option<jiff::civil::Date> {
    let year = i16::try_from(date.year()).ok()?;
    let month = i8::try_from(date.month()).ok()?;
    let day = i8::try_from(date.day()).ok()?;
    jiff::civil::Date::new(year, month, day).ok()
}

/// Converts a date picker's date back to chrono.
pub fn from_jiff(date: jiff::civil::Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::try_from(date.month()).ok()?,
        u32::try_from(date.day()).ok()?,
    )
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

/// A "−  n  +" stepper for a small count. Returns whether the value changed.
pub fn stepper_ui(ui: &mut Ui, name: &str, value: &mut u8, max: u8) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        let size = Vec2::new(32.0, 28.0);
        let fewer = ui
            .add_enabled(
                *value > 0,
                Button::new(RichText::new("−").size(18.0)).min_size(size),
            )
            .accessible_name(format!("Fewer {name}"));
        if fewer.clicked() {
            *value = value.saturating_sub(1);
            changed = true;
        }
        ui.label(RichText::new(value.to_string()).size(18.0).strong());
        let more = ui
            .add_enabled(
                *value < max,
                Button::new(RichText::new("+").size(18.0)).min_size(size),
            )
            .accessible_name(format!("More {name}"));
        if more.clicked() {
            *value = value.saturating_add(1).min(max);
            changed = true;
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
    fn dates_survive_the_trip_through_the_date_picker() {
        let date = NaiveDate::from_ymd_opt(2026, 2, 28).unwrap();
        assert_eq!(from_jiff(to_jiff(date).unwrap()), Some(date));
        assert_eq!(day_label(date), "Sat 28 Feb 2026");
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
