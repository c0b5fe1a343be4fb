//! A row of 0 to 10 buttons for a score, sized to the room there is.

use eframe::egui;
use egui::{Button, RichText, Ui, Vec2};

use crate::t;

use super::super::theme::{self, text_size};

/// The 0 to 10 scales of the journal, for the meaning of both ends of a score row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// Pain and worst pain: no pain to worst imaginable.
    Pain,
    /// Sleep quality: very poor to excellent.
    SleepQuality,
    /// Mobility: could not do daily tasks to no limits.
    Mobility,
    /// Mood: very low to very good.
    Mood,
}

impl Scale {
    /// What 0 and 10 mean on this scale, short, as a score row shows them.
    pub fn anchors(self) -> (String, String) {
        match self {
            Self::Pain => (t!("widget-scale-pain-low"), t!("widget-scale-pain-high")),
            Self::SleepQuality => (t!("widget-scale-sleep-low"), t!("widget-scale-sleep-high")),
            Self::Mobility => (
                t!("widget-scale-mobility-low"),
                t!("widget-scale-mobility-high"),
            ),
            Self::Mood => (t!("widget-scale-mood-low"), t!("widget-scale-mood-high")),
        }
    }

    /// The colour a chosen `score` (0 to 10) sits on: green at the good end of the scale, through
    /// yellow, to red at the bad end. Pain is good at 0; sleep quality, mobility and mood at 10.
    pub fn colour(self, score: u8, dark_mode: bool) -> egui::Color32 {
        let badness = match self {
            Self::Pain => score,
            Self::SleepQuality | Self::Mobility | Self::Mood => 10_u8.saturating_sub(score),
        };
        theme::pain_color(badness, dark_mode)
    }
}

/// A row of 0 to 10 buttons for a score, with the meaning of both ends underneath.
///
/// `name` names every button for screen readers ("Pain 6"); `anchors` say what 0 and 10 mean
/// ([`Scale::anchors`]); `scale` colours the chosen score ([`Scale::colour`]). When `clearable`,
/// clicking the chosen score again clears it. Returns whether the value changed.
pub fn score_row_ui(
    ui: &mut Ui,
    name: &str,
    value: &mut Option<u8>,
    (scale, anchors): (Scale, (&str, &str)),
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
            if selected {
                // The chosen score sits on its scale's colour: dark text reads on all of them.
                text = text.color(theme::text_on_pain(dark_mode));
            }
            let mut button = Button::selectable(selected, text).min_size(size);
            if selected {
                button = button
                    .fill(scale.colour(score, dark_mode))
                    .stroke(egui::Stroke::new(2.0, ui.visuals().strong_text_color()));
            }
            let response = ui.add(button).accessible_name(t!(
                "widget-score-option",
                name = name,
                score = score
            ));
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
                .add(Button::new(t!("widget-score-clear")).min_size(Vec2::new(0.0, size.y)))
                .accessible_name(t!("widget-score-clear-name", name = name));
            if response.clicked() {
                *value = None;
                changed = true;
            }
        }
    });
    ui.horizontal(|ui| {
        let width = size.x * 11.0 + gap * 10.0;
        ui.set_max_width(width);
        ui.small(t!("widget-score-low-end", meaning = anchors.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.small(t!("widget-score-high-end", meaning = anchors.1));
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
            text_size: Some(text_size::PAIN_NUMBER),
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
            text_size: Some(if fitted >= 40.0 {
                text_size::PAIN_NUMBER
            } else {
                text_size::PAIN_NUMBER_NARROW
            }),
        }
    }

    /// The width of one row of all eleven buttons.
    fn row_width(self) -> f32 {
        self.size.x * 11.0 + self.gap * 10.0
    }
}

/// The narrowest a big score button gets before the row wraps, in points.
const MIN_SCORE_BUTTON_WIDTH: f32 = 30.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bad_end_of_every_scale_is_red_and_the_good_end_green() {
        for dark_mode in [false, true] {
            let red = theme::pain_color(10, dark_mode);
            let green = theme::pain_color(0, dark_mode);
            assert_eq!(Scale::Pain.colour(10, dark_mode), red);
            assert_eq!(Scale::Pain.colour(0, dark_mode), green);
            for better_when_higher in [Scale::SleepQuality, Scale::Mobility, Scale::Mood] {
                assert_eq!(better_when_higher.colour(0, dark_mode), red);
                assert_eq!(better_when_higher.colour(10, dark_mode), green);
                // Sleep quality 2 ("very poor" end) sits where pain 8 does.
                assert_eq!(
                    better_when_higher.colour(2, dark_mode),
                    theme::pain_color(8, dark_mode)
                );
            }
        }
    }
}
