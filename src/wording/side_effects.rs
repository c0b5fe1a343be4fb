//! How side effects read: their names in the patient's language, and the report's side-effect
//! summary (its introduction, the cycle and infusion cells, and the sentence for a period
//! without side effects). Described as recorded, never judged.
//!
//! The side effects offered as quick choices are stored under English names (`nausea`, see
//! [`COMMON_SIDE_EFFECTS`]); they are shown in the patient's language, and what is stored or
//! exported never changes. Side effects typed in by the patient are shown as typed.

use chrono::{Datelike, NaiveDate};

use crate::domain::COMMON_SIDE_EFFECTS;
use crate::t;

/// A side effect as the patient reads it: a quick choice (stored in English, in any case and
/// with any spaces around it) in the current language, anything else as it was typed.
pub fn side_effect_name(stored: &str) -> String {
    let key = stored.trim();
    let known = COMMON_SIDE_EFFECTS
        .iter()
        .position(|common| common.eq_ignore_ascii_case(key));
    match known {
        Some(0) => t!("analysis-side-effect-nausea"),
        Some(1) => t!("analysis-side-effect-dissociation"),
        Some(2) => t!("analysis-side-effect-drowsiness"),
        Some(3) => t!("analysis-side-effect-dizziness"),
        Some(4) => t!("analysis-side-effect-headache"),
        Some(5) => t!("analysis-side-effect-high-blood-pressure"),
        Some(6) => t!("analysis-side-effect-bladder"),
        _ => stored.to_owned(),
    }
}

/// The heading of the side-effect page.
pub fn side_effects_heading() -> String {
    t!("report-side-effects-heading")
}

/// What the side-effect table shows, read before it.
pub fn side_effects_intro() -> String {
    t!("report-side-effects-intro")
}

/// The row label of a cycle: `Cycle 3: 12 Mar to 22 Apr 2026`, or `Cycle 4: from 23 Apr 2026`
/// while it is still open.
pub fn cycle_label(index: u32, first: NaiveDate, last: NaiveDate, open: bool) -> String {
    if open {
        t!(
            "report-cycle-open",
            index = index,
            date = super::date(first)
        )
    } else if first == last {
        t!("report-cycle-day", index = index, date = super::date(first))
    } else {
        t!(
            "report-cycle-range",
            index = index,
            from = short_date(first, last),
            to = super::date(last)
        )
    }
}

/// The label of the days before the first infusion, with their dates.
pub fn before_infusions_label(first: NaiveDate, last: NaiveDate) -> String {
    t!(
        "report-before-infusions",
        from = short_date(first, last),
        to = super::date(last)
    )
}

/// `12 Mar` when the year is the same as `other`'s, else `12 Mar 2025`.
fn short_date(date: NaiveDate, other: NaiveDate) -> String {
    if date.year() == other.year() {
        super::format::day_month(date)
    } else {
        super::date(date)
    }
}

/// The days-logged cell: `28 of 42`.
pub fn logged_cell(logged: usize, days: usize) -> String {
    t!("report-logged-cell", logged = logged, days = days)
}

/// What was noted on the infusions of a series: `none noted` when nothing was; the side effects
/// of a single infusion listed; for several infusions, each side effect with on how many of them
/// it was noted: `nausea (2 of 5), dissociation (1 of 5)`.
///
/// `effects` holds each side effect (as stored) with the number of infusions it was noted on.
pub fn infusion_cell(infusions: usize, effects: &[(String, usize)]) -> String {
    if effects.is_empty() {
        return t!("report-none-noted");
    }
    // A cell lists its items with commas, as the other cells of the table do.
    let items: Vec<String> = if infusions <= 1 {
        effects
            .iter()
            .map(|(name, _)| side_effect_name(name))
            .collect()
    } else {
        effects
            .iter()
            .map(|(name, count)| {
                t!(
                    "report-side-effect-on-infusions",
                    name = side_effect_name(name),
                    count = (*count),
                    infusions = infusions
                )
            })
            .collect()
    };
    items.join(", ")
}

/// A day-count cell: the number of days, `-` for none.
pub fn days_cell(days: usize) -> String {
    if days == 0 {
        "-".to_owned()
    } else {
        days.to_string()
    }
}

/// The cell of side effects that had no column of their own: `tinnitus 2, rash 1`.
pub fn other_cell(effects: &[(String, usize)]) -> String {
    if effects.is_empty() {
        return "-".to_owned();
    }
    effects
        .iter()
        .map(|(name, days)| {
            t!(
                "report-side-effect-days",
                name = side_effect_name(name),
                days = (*days)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The sentence for a period in which no side effect was noted.
pub fn no_side_effects_sentence(logged_days: usize, infusions: usize) -> String {
    match (logged_days, infusions) {
        (_, 0) => t!("report-no-side-effects-days", days = logged_days),
        (0, _) => t!("report-no-side-effects-infusions", infusions = infusions),
        _ => t!(
            "report-no-side-effects-both",
            days = logged_days,
            infusions = infusions
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Locale;
    use crate::wording::language::with_locale;

    #[test]
    fn quick_choices_read_in_the_language_and_typed_ones_as_typed() {
        assert_eq!(side_effect_name("nausea"), "nausea");
        assert_eq!(side_effect_name("tinnitus"), "tinnitus");
        let spanish = Locale::parse("es_MX").unwrap_or_default();
        with_locale(spanish, || {
            assert_eq!(side_effect_name("nausea"), "náuseas");
            assert_eq!(side_effect_name(" Dizziness"), "mareo");
            assert_eq!(
                side_effect_name("bladder or urinary symptoms"),
                "molestias de la vejiga o al orinar"
            );
            assert_eq!(side_effect_name("zumbido de oídos"), "zumbido de oídos");
            assert_eq!(
                infusion_cell(5, &[("nausea".to_owned(), 2)]),
                "náuseas (2 de 5)"
            );
        });
    }

    #[test]
    fn a_period_without_side_effects_counts_days_and_infusions_in_words() {
        assert_eq!(
            no_side_effects_sentence(1, 0),
            "No side effects were noted on the 1 logged day of this period."
        );
        assert_eq!(
            no_side_effects_sentence(3, 1),
            "No side effects were noted on the 3 logged days or with the 1 infusion of this \
             period."
        );
        let spanish = Locale::parse("es_MX").unwrap_or_default();
        with_locale(spanish, || {
            assert_eq!(
                no_side_effects_sentence(1, 2),
                "No se anotaron efectos secundarios en el único día registrado ni con las 2 \
                 infusiones de este periodo."
            );
            assert_eq!(
                no_side_effects_sentence(0, 1),
                "No se anotaron efectos secundarios con la única infusión de este periodo."
            );
        });
    }
}
