//! Small widgets shared by the views: score rows, a date picker, a stepper, labelled fields.

mod date_field;
mod number;
mod score;

use chrono::{Datelike, NaiveDate};
use eframe::egui;
use egui::{Button, RichText, TextEdit, Ui, Vec2};

use crate::domain::ValidationError;

use super::theme::{self, text_size};
pub use date_field::{date_field_ui, date_order_ui, system_date_order};
pub use number::{FieldNotice, bounded_number_ui, clear_notice, field_notice_ui};
pub use score::score_row_ui;

/// A day as people read it: "Sat 28 Nov 2026".
pub fn day_label(date: NaiveDate) -> String {
    crate::wording::weekday_date(date)
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
                Button::new(RichText::new("−").size(text_size::LARGE)).min_size(size),
            )
            .accessible_name(format!("Fewer {name}"));
        if fewer.clicked() {
            *value = value.and_then(|count| count.checked_sub(1));
            changed = true;
        }
        let shown = value.map_or_else(|| "not recorded".to_owned(), |count| count.to_string());
        ui.label(RichText::new(shown).size(text_size::LARGE).strong());
        let more = ui
            .add_enabled(
                value.is_none_or(|count| count < max),
                Button::new(RichText::new("+").size(text_size::LARGE)).min_size(size),
            )
            .accessible_name(format!("More {name}"));
        if more.clicked() {
            *value = Some(value.map_or(0, |count| count.saturating_add(1).min(max)));
            changed = true;
        }
    });
    changed
}

/// A typed value the domain refused, for the form: `Dose "6000" is not a number of milligrams
/// above 0 and at most 5000.`, with the form's `label` for the field, the value as typed, and
/// what is allowed as the domain says it (so a limit is written once, where it is checked).
pub fn value_error(label: &str, typed: &str, error: &ValidationError) -> String {
    format!("{label} \"{typed}\" is not {}.", error.allowed)
}

/// An item of a comma-separated list the domain refused, for the form: its `label`, the item,
/// and what the domain allows.
pub fn list_error(label: &str, error: &ValidationError) -> String {
    format!(
        "{label}: \"{}\" is not allowed; expected {}. Separate items with commas.",
        error.value, error.allowed
    )
}

/// An error message in plain words.
pub fn error_ui(ui: &mut Ui, message: &str) {
    let color = theme::error_color(ui.visuals().dark_mode);
    ui.label(RichText::new(message).color(color));
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
    fn refused_values_are_explained_with_the_domains_own_limits() {
        let error = crate::domain::DoseMg::parse("6000").unwrap_err();
        assert_eq!(
            value_error("Dose", "6000", &error),
            "Dose \"6000\" is not a number of milligrams above 0 and at most 5000."
        );
        let long = "x".repeat(81);
        let error = crate::domain::TextList::new("tags", [long.as_str()]).unwrap_err();
        assert_eq!(
            list_error("Tags", &error),
            format!(
                "Tags: \"{long}\" is not allowed; expected items of at most 80 characters \
                 without ';' or line breaks. Separate items with commas."
            )
        );
    }

    #[test]
    fn lists_split_on_commas_and_drop_blanks() {
        assert_eq!(split_list(" weather, ,stress "), ["weather", "stress"]);
    }
}
