//! Number fields that say what they did with a value out of range or not a number.

use std::cell::RefCell;
use std::ops::RangeInclusive;

use eframe::egui;
use egui::emath::Numeric;
use egui::{DragValue, Ui};

use crate::t;
use crate::wording::format;

use super::error_ui;

/// What a number field said about the last value typed into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldNotice {
    /// The field's label, as shown.
    pub field: String,
    /// The message: the value typed, what is allowed and what the field kept.
    pub message: String,
}

/// A number field limited to `range`, for screen readers labelled by the label `labelled_by`
/// or, without one, named `field`.
///
/// egui clamps a typed value that is out of range without a word; this field says so. When the
/// text typed is out of range or not a number, `notice` gets one message naming the field, the
/// value, what is allowed and what the field now holds; a valid value clears the field's notice.
/// `style` sets speed, decimals and suffix.
pub fn bounded_number_ui<Num: Numeric>(
    ui: &mut Ui,
    field: &str,
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
    // The limits and the value kept as the region writes numbers ("7.5", "7,5").
    let number = |x: f64| {
        if Num::INTEGRAL {
            format::decimal(x, 0)
        } else {
            format::number(x)
        }
    };
    let outcome = match parsed {
        Some(typed) if typed < low || typed > high => Some("set"),
        None if !text.is_empty() => Some("kept"),
        _ => None,
    };
    match outcome {
        Some(outcome) => {
            let message = t!(
                "widget-number-refused",
                field = field,
                value = text.as_str(),
                kind = if Num::INTEGRAL { "whole" } else { "number" },
                low = number(low),
                high = number(high),
                outcome = outcome,
                now = number(value.to_f64())
            );
            *notice = Some(FieldNotice {
                field: field.to_owned(),
                message,
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_refused_number_is_one_sentence_in_each_language() {
        let refused = |outcome: &str| {
            crate::t!(
                "widget-number-refused",
                field = "Meaningful relief",
                value = "120",
                kind = "whole",
                low = "5",
                high = "95",
                outcome = outcome,
                now = "95"
            )
        };
        assert_eq!(
            refused("set"),
            "Meaningful relief: \"120\" is not allowed; expected a whole number from 5 to 95. \
             Set to 95."
        );
        let spanish = crate::domain::Locale::parse("es_MX").unwrap_or_default();
        crate::wording::language::with_locale(spanish, || {
            assert_eq!(
                refused("set"),
                "Meaningful relief: no se acepta \"120\"; escriba un número entero del 5 al 95. \
                 Se ajustó a 95."
            );
            assert!(refused("kept").ends_with("Se conservó 95."));
        });
    }
}
