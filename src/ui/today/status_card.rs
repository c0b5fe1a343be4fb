//! The Today view's status card: where today sits in the infusion cycle, the next planned infusion,
//! the baseline and the current flags.

use eframe::egui;

use chrono::NaiveDate;
use egui::{RichText, Ui};

use crate::analysis::BaselineSource;

use super::super::actions::Action;
use super::super::data::JournalData;
use super::super::widgets::day_label;

/// Where today sits in the infusion cycle, the next planned infusion and the current flags.
pub(super) fn status_card_ui(
    ui: &mut Ui,
    data: &JournalData,
    today: NaiveDate,
    actions: &mut Vec<Action>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("Where you are").size(18.0).strong());
        for line in status_lines(data, today) {
            ui.label(line);
        }
        ui.add_space(4.0);
        ui.label(crate::wording::baseline_text(
            &data.analysis.baseline,
            &data.settings.analysis,
        ));
        if needs_untreated_reference(data) {
            ui.add_space(6.0);
            ui.label(
                if data.analysis.baseline.source == Some(BaselineSource::WornOff) {
                    "Relief is being measured against an estimate from your pain once relief had \
                     worn off, because the journal does not know your pain before ketamine."
                } else {
                    "Relief is being measured against your pain just before each infusion, \
                     because the journal does not know your pain before ketamine."
                },
            );
            if ui.button("Tell it your pain before ketamine").clicked() {
                actions.push(super::super::actions::Navigation::ShowSetup.into());
            }
        }
        let flags = &data.analysis.flags;
        if !flags.is_empty() {
            ui.add_space(6.0);
            ui.label(RichText::new("Patterns worth a look").strong());
            for flag in flags {
                ui.label(format!("• {}", crate::wording::flag_message(flag)));
            }
        }
        ui.add_space(6.0);
        ui.small(crate::wording::DISCLAIMER);
    });
}

/// Whether relief has nothing untreated to be measured against: infusions are recorded, but
/// neither a logged untreated period nor a remembered baseline exists.
pub fn needs_untreated_reference(data: &JournalData) -> bool {
    !data.analysis.cycles.is_empty()
        && !matches!(
            data.analysis.baseline.source,
            Some(BaselineSource::Pretreatment | BaselineSource::Remembered)
        )
}

/// "Day 21 after your infusion of Tue 10 Nov 2026 (maintenance infusion 2, cycle 3).": where
/// `today` sits in the latest cycle; `None` without infusions or when the latest is after `today`.
pub(super) fn cycle_day_line(data: &JournalData, today: NaiveDate) -> Option<String> {
    let analysis = &data.analysis;
    let cycle = analysis
        .cycles
        .last()
        .filter(|cycle| cycle.anchor <= today)?;
    let which = match cycle.phase {
        crate::domain::Phase::Loading => {
            format!("the loading series ({} infusions)", cycle.infusions)
        }
        crate::domain::Phase::Maintenance => format!(
            "maintenance infusion {}",
            analysis.maintenance_number(cycle).unwrap_or_default()
        ),
    };
    let last = data
        .infusions
        .iter()
        .map(|stored| &stored.infusion)
        .filter(|infusion| infusion.is_done() && infusion.date <= today)
        .map(|infusion| infusion.date)
        .next_back()
        .unwrap_or(cycle.anchor);
    let since_last = (today - last).num_days();
    Some(format!(
        "Day {since_last} after your infusion of {} ({which}, cycle {}).",
        day_label(last),
        cycle.index
    ))
}

/// The status lines: days since the last infusion and which cycle, next planned infusion,
/// expected fade.
pub fn status_lines(data: &JournalData, today: NaiveDate) -> Vec<String> {
    let analysis = &data.analysis;
    let mut lines = Vec::new();
    match analysis.cycles.last() {
        None => lines.push(
            "No infusions recorded yet. Add them under Infusions to see how long relief lasts."
                .to_owned(),
        ),
        Some(cycle) => {
            if let Some(position) = cycle_day_line(data, today) {
                lines.push(position);
                lines.extend(crate::wording::stale_sentence(cycle, &analysis.settings));
            } else {
                lines.push(format!(
                    "The last recorded infusion is dated {}.",
                    day_label(cycle.anchor)
                ));
            }
        }
    }
    match analysis.forecast.planned_next_infusion {
        Some(date) => {
            let days = (date - today).num_days();
            let when = match days {
                0 => "today".to_owned(),
                1 => "tomorrow".to_owned(),
                days if days > 1 => format!("in {days} days"),
                days => format!("{} days ago", -days),
            };
            lines.push(format!(
                "Next planned infusion: {}, {when}.",
                day_label(date)
            ));
        }
        None => lines.push("No infusion planned.".to_owned()),
    }
    if analysis.forecast.expected_fade_day.is_some() {
        lines.push(crate::wording::fade_sentence(&analysis.forecast));
    }
    lines
}
