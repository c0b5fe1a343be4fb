//! Small widgets shared by the views: score rows, a date picker, a stepper, labelled fields.

mod date_field;
mod number;
mod score;

use chrono::{Datelike, NaiveDate};
use eframe::egui;
use egui::{Button, RichText, TextEdit, Ui, Vec2};

use crate::domain::{COMMON_SIDE_EFFECTS, ValidationError};
use crate::t;
use crate::wording::format;

use super::theme::{self, text_size};
pub use date_field::{date_field_ui, date_order_ui, labelled_date_field_ui, system_date_order};
pub use number::{FieldNotice, bounded_number_ui, clear_notice, field_notice_ui};
pub use score::{Scale, score_row_ui};

/// A day as people read it, standing alone (a label, a cell, a button): "Sat 28 Nov 2026",
/// "sáb, 28 nov 2026".
pub fn day_label(date: NaiveDate) -> String {
    format::weekday_date(date)
}

/// A day as a sentence names it ("the entry for …"): "Sat 28 Nov 2026", "sábado 28 nov 2026".
pub fn day_label_in_sentence(date: NaiveDate) -> String {
    format::weekday_date_in_sentence(date)
}

/// A day as a sentence names it, as briefly as is clear: "Pain on Sun 29 Nov" in the year of
/// `today` ("Dolor del domingo 29 nov"), otherwise with its year ("Sun 29 Nov 2025").
pub fn day_label_near_in_sentence(date: NaiveDate, today: NaiveDate) -> String {
    if date.year() == today.year() {
        format::weekday_day_month_in_sentence(date)
    } else {
        day_label_in_sentence(date)
    }
}

/// A decimal as a form field shows it for editing: as many decimals as it has (at most two), with
/// the region's decimal mark: "7.25", "7,5", "120". Fields read both marks back.
pub fn typed_decimal(value: f64) -> String {
    let places = (0..2)
        .find(|places| {
            let scale = 10f64.powi(*places);
            ((value * scale).round() - value * scale).abs() < 1e-9
        })
        .unwrap_or(2);
    format::decimal(value, usize::try_from(places).unwrap_or(2))
}

/// The name of a side effect offered as a quick choice (stored under its English key, such as
/// `nausea`), in the patient's language; any other side effect as it was typed.
pub fn side_effect_name(effect: &str) -> String {
    match effect {
        "nausea" => t!("widget-side-effect-nausea"),
        "dissociation" => t!("widget-side-effect-dissociation"),
        "drowsiness" => t!("widget-side-effect-drowsiness"),
        "dizziness" => t!("widget-side-effect-dizziness"),
        "headache" => t!("widget-side-effect-headache"),
        "high blood pressure" => t!("widget-side-effect-high-blood-pressure"),
        "bladder or urinary symptoms" => t!("widget-side-effect-bladder"),
        other => other.to_owned(),
    }
}

/// The key of the quick-choice side effect a typed item names, by its key or by its name in the
/// patient's language, letters in any case: `Náuseas` and `nausea` are both `nausea`.
pub fn common_side_effect(typed: &str) -> Option<&'static str> {
    let typed = typed.trim().to_lowercase();
    COMMON_SIDE_EFFECTS
        .into_iter()
        .find(|key| *key == typed || side_effect_name(key).to_lowercase() == typed)
}

/// A side effect as it is stored: the key of a quick choice named in any language, any other as
/// typed.
pub fn stored_side_effect(typed: &str) -> &str {
    common_side_effect(typed).unwrap_or(typed)
}

/// The width of `text` on one line in the text style `style`, in points: what a column or a row
/// must leave for a label whose length depends on the language.
pub fn text_width(ui: &Ui, text: &str, style: egui::TextStyle) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, style)
        .size()
        .x
}

/// The width of a row of small buttons labelled `labels`, side by side, in points.
pub fn small_buttons_width(ui: &Ui, labels: &[&str]) -> f32 {
    let spacing = ui.spacing();
    let padding = 2.0 * spacing.button_padding.x;
    let gaps = spacing.item_spacing.x * labels.len().saturating_sub(1) as f32;
    labels
        .iter()
        .map(|label| text_width(ui, label, egui::TextStyle::Button) + padding)
        .sum::<f32>()
        + gaps
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
/// until touched, "+" from there records 0, and "−" from 0 goes back to not recorded. `names`
/// are the two buttons' names for screen readers ("Fewer rescue doses", "More rescue doses").
/// Returns whether the value changed.
pub fn stepper_ui(ui: &mut Ui, names: (&str, &str), value: &mut Option<u8>, max: u8) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        let size = Vec2::new(32.0, 28.0);
        let fewer = ui
            .add_enabled(
                value.is_some(),
                Button::new(RichText::new("−").size(text_size::LARGE)).min_size(size),
            )
            .accessible_name(names.0);
        if fewer.clicked() {
            *value = value.and_then(|count| count.checked_sub(1));
            changed = true;
        }
        let shown = value.map_or_else(
            || t!("widget-stepper-not-recorded"),
            |count| count.to_string(),
        );
        ui.label(RichText::new(shown).size(text_size::LARGE).strong());
        let more = ui
            .add_enabled(
                value.is_none_or(|count| count < max),
                Button::new(RichText::new("+").size(text_size::LARGE)).min_size(size),
            )
            .accessible_name(names.1);
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
    t!(
        "widget-value-refused",
        field = label,
        value = typed,
        allowed = error.allowed.to_string()
    )
}

/// An item of a comma-separated list the domain refused, for the form: its `label`, the item,
/// and what the domain allows.
pub fn list_error(label: &str, error: &ValidationError) -> String {
    t!(
        "widget-list-item-refused",
        field = label,
        value = error.value.as_str(),
        allowed = error.allowed.to_string()
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

/// How long before today the examples' loading series ends, in days: a recent series, already
/// had.
const EXAMPLE_SERIES_WEEKS_AGO: i64 = 6;

/// The dates the examples beside date fields show: a loading series of three infusions (7 and
/// 3 days apart) ending some weeks before `today`, all in one calendar year so the year written
/// once after the last covers them all. Never after `today`, so no example reads as a future
/// date.
pub fn example_series(today: NaiveDate) -> [NaiveDate; 3] {
    let mut last = today - chrono::Duration::weeks(EXAMPLE_SERIES_WEEKS_AGO);
    if (last - chrono::Duration::days(7)).year() != last.year() {
        // Early January: the series a year-end earlier, in December.
        last = NaiveDate::from_ymd_opt(last.year() - 1, 12, 19).unwrap_or(last);
    }
    [
        last - chrono::Duration::days(7),
        last - chrono::Duration::days(4),
        last,
    ]
}

/// A single example date for a date field: the last of [`example_series`].
pub fn example_date(today: NaiveDate) -> NaiveDate {
    example_series(today)[2]
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
        assert_eq!(day_label_near_in_sentence(date, today), "Sat 28 Feb");
        let last_year = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
        assert_eq!(
            day_label_near_in_sentence(last_year, today),
            "Wed 31 Dec 2025"
        );
        // Spanish writes the weekday out inside a sentence, and abbreviates it standing alone.
        let spanish = crate::domain::Locale::parse("es_MX").unwrap();
        crate::wording::language::with_locale(spanish, || {
            assert_eq!(day_label(date), "sáb, 28 feb 2026");
            assert_eq!(day_label_near_in_sentence(date, today), "sábado 28 feb");
            assert_eq!(
                day_label_near_in_sentence(last_year, today),
                "miércoles 31 dic 2025"
            );
        });
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
    fn refusals_read_in_spanish() {
        let spanish = crate::domain::Locale::parse("es_MX").unwrap();
        let error = crate::domain::DoseMg::parse("6000").unwrap_err();
        let message =
            crate::wording::language::with_locale(spanish, || value_error("Dosis", "6000", &error));
        assert!(
            message.starts_with("Dosis: no se acepta \"6000\"; escriba "),
            "{message}"
        );
    }

    #[test]
    fn quick_side_effects_are_named_in_the_patients_language_and_stored_by_key() {
        assert_eq!(side_effect_name("nausea"), "nausea");
        assert_eq!(side_effect_name("tinnitus"), "tinnitus");
        assert_eq!(stored_side_effect(" Nausea "), "nausea");
        let spanish = crate::domain::Locale::parse("es_MX").unwrap();
        crate::wording::language::with_locale(spanish, || {
            assert_eq!(side_effect_name("nausea"), "náuseas");
            assert_eq!(side_effect_name("high blood pressure"), "presión alta");
            assert_eq!(stored_side_effect("Náuseas"), "nausea");
            assert_eq!(stored_side_effect("nausea"), "nausea");
            assert_eq!(stored_side_effect("zumbido"), "zumbido");
        });
    }

    #[test]
    fn typed_decimals_keep_their_places_and_the_regions_mark() {
        assert_eq!(typed_decimal(7.25), "7.25");
        assert_eq!(typed_decimal(7.5), "7.5");
        assert_eq!(typed_decimal(120.0), "120");
        let spain = crate::domain::Locale::parse("es_ES").unwrap();
        crate::wording::language::with_locale(spain, || {
            assert_eq!(typed_decimal(7.5), "7,5");
        });
        let mexico = crate::domain::Locale::parse("es_MX").unwrap();
        crate::wording::language::with_locale(mexico, || {
            assert_eq!(typed_decimal(7.5), "7.5");
        });
    }

    #[test]
    fn lists_split_on_commas_and_drop_blanks() {
        assert_eq!(split_list(" weather, ,stress "), ["weather", "stress"]);
    }
}
