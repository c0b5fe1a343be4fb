//! The insights panel: each flag with its evidence, the forecast for the current cycle, and what
//! the analysis does ("About this analysis").

use eframe::egui;
use egui::{RichText, Ui};

use crate::analysis::{Analysis, BaselineSource, Forecast};
use crate::report::DISCLAIMER;

/// The forecast as a sentence, e.g. "In past cycles relief has usually faded around day 35; in
/// this cycle that is about 17 Apr. Next infusion planned 24 Apr."
pub fn forecast_sentence(forecast: &Forecast) -> String {
    let fade = match (forecast.expected_fade_day, forecast.expected_fade_date) {
        (Some(day), Some(date)) => format!(
            "In past cycles relief has usually faded around day {day}; in this cycle that is about {}.",
            date.format("%-d %b")
        ),
        _ => "Past cycles do not yet show when relief usually fades.".to_owned(),
    };
    match forecast.planned_next_infusion {
        Some(date) => format!("{fade} Next infusion planned {}.", date.format("%-d %b")),
        None => format!("{fade} No next infusion is planned in the journal."),
    }
}

/// Draws the flags and the forecast.
pub fn insights_ui(ui: &mut Ui, analysis: &Analysis) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new("Insights").strong().size(16.0));
            ui.add_space(4.0);
            if analysis.flags.is_empty() {
                ui.label("No patterns flagged: relief has not been seen ending early, shortening, missing, or rescue doses rising late.");
            }
            for flag in &analysis.flags {
                ui.label(RichText::new(&flag.message).strong());
                ui.label(RichText::new(&flag.evidence).weak());
                ui.add_space(4.0);
            }
            ui.label(forecast_sentence(&analysis.forecast));
            ui.add_space(2.0);
            ui.small(DISCLAIMER);
        });
}

/// Draws "About this analysis": the method, the thresholds in use and the disclaimer.
pub fn about_ui(ui: &mut Ui, analysis: &Analysis) {
    let settings = &analysis.settings;
    egui::CollapsingHeader::new("About this analysis")
        .default_open(true)
        .show(ui, |ui| {
            let baseline = match (analysis.baseline.pain, analysis.baseline.source) {
                (Some(pain), Some(BaselineSource::Manual)) => {
                    format!("Baseline pain {pain:.1}, set by hand in Settings.")
                }
                (Some(pain), _) => format!(
                    "Baseline pain {pain:.1}: the mean of the {} days before the first infusion.",
                    settings.baseline_days
                ),
                (None, _) => "Baseline: each cycle's own week before its infusion (no untreated week was logged).".to_owned(),
            };
            ui.label(baseline);
            ui.label(format!(
                "Relief is how far the 7-day smoothed pain is below the baseline, in percent. \
                 {:.0}% counts as meaningful and {:.0}% as substantial (IMMPACT). A window needs \
                 at least {} logged days; missing days are never filled in.",
                settings.meaningful_relief_pct,
                settings.substantial_relief_pct,
                settings.min_logged_per_week
            ));
            ui.label(format!(
                "Relief is lost when it stays below {:.0}% for {} days. When relief still held at \
                 the next infusion the cycle is drawn as \"at least\": relief outlasted the interval. \
                 Infusions up to {} days apart form one series; a cycle runs from a series' last \
                 infusion to the next series.",
                settings.meaningful_relief_pct, settings.persistence_days, settings.series_gap_days
            ));
            ui.label(format!(
                "\"Relief ends early\" is flagged when, in 2 of the last 3 cycles, relief was lost \
                 at least {} days before the next infusion. The fitted decay is an exponential \
                 curve through relief after its peak.",
                settings.early_warning_days
            ));
            ui.label(RichText::new(DISCLAIMER).strong());
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forecast_reads_as_a_sentence() {
        let forecast = Forecast {
            expected_fade_day: Some(35),
            expected_fade_date: "2026-04-17".parse().ok(),
            planned_next_infusion: "2026-04-24".parse().ok(),
        };
        assert_eq!(
            forecast_sentence(&forecast),
            "In past cycles relief has usually faded around day 35; in this cycle that is about 17 Apr. Next infusion planned 24 Apr."
        );
        assert!(forecast_sentence(&Forecast::default()).starts_with("Past cycles do not yet"));
    }
}
