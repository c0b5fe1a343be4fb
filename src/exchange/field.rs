//! The journal fields a column or a reading can be mapped to, the scales scores were recorded
//! on, and numbers as cells write them: the words `mapping`, `readings`, `long` and `trackers`
//! share.

use super::problems::ScaleError;

/// A field of a daily entry that a column can be mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The journal day.
    Date,
    /// The time of day of a reading, to join the notes of a day with several readings in order
    /// (`08:30`, `10:00 pm`); not stored on its own.
    Time,
    /// Typical pain, 0 to 10.
    Pain,
    /// Worst pain, 0 to 10.
    WorstPain,
    /// Hours slept.
    SleepHours,
    /// Sleep quality, 0 to 10.
    SleepQuality,
    /// Mobility, 0 to 10.
    Mobility,
    /// Mood, 0 to 10.
    Mood,
    /// Rescue doses, 0 to 50.
    RescueDoses,
    /// "Relief wearing off", yes or no.
    WearingOff,
    /// Side effects, joined by `;`.
    SideEffects,
    /// Tags, joined by `;`.
    Tags,
    /// The note.
    Note,
}

impl Field {
    /// Every field, in the journal's column order.
    pub const ALL: [Self; 13] = [
        Self::Date,
        Self::Time,
        Self::Pain,
        Self::WorstPain,
        Self::SleepHours,
        Self::SleepQuality,
        Self::Mobility,
        Self::Mood,
        Self::RescueDoses,
        Self::WearingOff,
        Self::SideEffects,
        Self::Tags,
        Self::Note,
    ];

    /// The field's name as in the journal's JSON and CSV, e.g. `worst_pain`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Date => "date",
            Self::Time => "time",
            Self::Pain => "pain",
            Self::WorstPain => "worst_pain",
            Self::SleepHours => "sleep_hours",
            Self::SleepQuality => "sleep_quality",
            Self::Mobility => "mobility",
            Self::Mood => "mood",
            Self::RescueDoses => "rescue_doses",
            Self::WearingOff => "wearing_off",
            Self::SideEffects => "side_effects",
            Self::Tags => "tags",
            Self::Note => "note",
        }
    }

    /// The field named `name` (as in [`Field::name`], any case), or `None`.
    pub fn from_name(name: &str) -> Option<Self> {
        let name = name.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        Self::ALL.into_iter().find(|field| field.name() == name)
    }

    /// Whether the field is a 0 to 10 score, the only kind a [`Scale`] applies to.
    pub fn is_score(self) -> bool {
        matches!(
            self,
            Self::Pain | Self::WorstPain | Self::SleepQuality | Self::Mobility | Self::Mood
        )
    }

    /// Header words that name this field in other tables, lower case, beyond its own name, in
    /// English and in Spanish (the languages the app speaks), with and without accents.
    pub(super) fn usual_headers(self) -> &'static [&'static str] {
        match self {
            Self::Date => &["date", "day", "fecha", "día", "dia"],
            Self::Time => &["time", "time of day", "hora"],
            Self::Pain => &[
                "pain",
                "pain level",
                "pain score",
                "average pain",
                "dolor",
                "nivel de dolor",
            ],
            Self::WorstPain => &[
                "worst pain",
                "max pain",
                "maximum pain",
                "dolor más intenso",
                "dolor mas intenso",
                "dolor máximo",
                "dolor maximo",
            ],
            Self::SleepHours => &[
                "sleep",
                "sleep hours",
                "hours slept",
                "hours of sleep",
                "sueño",
                "sueno",
                "horas de sueño",
                "horas de sueno",
            ],
            Self::SleepQuality => &["sleep quality", "calidad del sueño", "calidad del sueno"],
            Self::Mobility => &["mobility", "function", "movilidad"],
            Self::Mood => &[
                "mood",
                "ánimo",
                "animo",
                "estado de ánimo",
                "estado de animo",
            ],
            Self::RescueDoses => &[
                "rescue",
                "rescue doses",
                "breakthrough doses",
                "dosis de rescate",
            ],
            Self::WearingOff => &["wearing off", "alivio disminuyendo"],
            Self::SideEffects => &["side effects", "efectos secundarios"],
            Self::Tags => &["tags", "etiquetas"],
            Self::Note => &[
                "note",
                "notes",
                "comment",
                "comments",
                "nota",
                "notas",
                "comentario",
                "comentarios",
            ],
        }
    }
}

/// The range a column's scores were recorded on, mapped linearly onto 0 to 10.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// The lowest value of the original scale (becomes 0).
    pub min: f64,
    /// The highest value of the original scale (becomes 10).
    pub max: f64,
}

impl Scale {
    /// A scale written `MIN-MAX`, e.g. `0-4` or `1-5`.
    ///
    /// # Errors
    /// [`ScaleError`] naming the text when it is not two numbers with the first below the
    /// second.
    pub fn parse(text: &str) -> Result<Self, ScaleError> {
        let refuse = || ScaleError {
            text: text.to_owned(),
        };
        let (min, max) = text.trim().split_once('-').ok_or_else(refuse)?;
        let min: f64 = min.trim().parse().map_err(|_| refuse())?;
        let max: f64 = max.trim().parse().map_err(|_| refuse())?;
        if !(min.is_finite() && max.is_finite() && min < max) {
            return Err(refuse());
        }
        Ok(Self { min, max })
    }

    /// `value` on this scale mapped linearly onto 0 to 10, not rounded, or `None` outside the
    /// scale.
    pub fn to_ten(self, value: f64) -> Option<f64> {
        (self.min..=self.max)
            .contains(&value)
            .then(|| 10.0 * (value - self.min) / (self.max - self.min))
    }

    /// `value` on this scale as a 0 to 10 score, rounded half up, or `None` outside the scale.
    pub fn to_score(self, value: f64) -> Option<u8> {
        let on_ten = self.to_ten(value)?;
        // The small allowance keeps exact halves (7.5 from 3 on 0-4) from rounding down
        // through floating-point error.
        let rounded = (on_ten + 0.5 + 1e-9).floor();
        Some(rounded.clamp(0.0, 10.0) as u8)
    }

    /// The scale as written, e.g. `0-4`.
    pub fn label(self) -> String {
        format!("{}-{}", number_text(self.min), number_text(self.max))
    }
}

/// A number typed in a cell; `decimal_comma` accepts `6,5` for 6.5.
pub(super) fn cell_number(cell: &str, decimal_comma: bool) -> Option<f64> {
    let cell = cell.trim();
    let value: f64 = if decimal_comma && cell.matches(',').count() == 1 && !cell.contains('.') {
        cell.replace(',', ".").parse().ok()?
    } else {
        cell.parse().ok()?
    };
    value.is_finite().then_some(value)
}

/// A number without a needless `.0`.
pub(super) fn number_text(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{}", (value * 1000.0).round() / 1000.0)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_scale_maps_linearly_onto_ten_rounding_half_up() {
        let scale = Scale::parse("0-4").unwrap();
        // 10 * v / 4: 0, 2.5, 5, 7.5, 10.
        let mapped: Vec<Option<u8>> = [0.0, 1.0, 2.0, 3.0, 4.0]
            .into_iter()
            .map(|value| scale.to_score(value))
            .collect();
        assert_eq!(mapped, [Some(0), Some(3), Some(5), Some(8), Some(10)]);
        assert_eq!(scale.to_score(4.5), None);
        let five = Scale::parse("1-5").unwrap();
        // 10 * (v - 1) / 4: 2 -> 2.5 -> 3.
        assert_eq!(five.to_score(2.0), Some(3));
        assert_eq!(five.to_score(0.0), None);
        assert!(Scale::parse("4-0").is_err());
        assert!(Scale::parse("a-b").is_err());
    }
}
