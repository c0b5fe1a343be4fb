//! Every colour the app, the chart images and the PDF use, named by what it shows, written once.
//!
//! Three variants: [`Palette::LIGHT`] and [`Palette::DARK`] for the screen, [`Palette::PRINT`]
//! for chart images and the report (white paper). Plain values with no drawing library: the app
//! turns them into egui colours in `ui::theme`, the chart renderer into plotters colours, the PDF
//! into krilla paints. Not for: the app icon, whose colours live in its SVG source.

/// A colour as red, green, blue and opacity (0 transparent to 255 opaque), not premultiplied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    /// Red, 0 to 255.
    pub red: u8,
    /// Green, 0 to 255.
    pub green: u8,
    /// Blue, 0 to 255.
    pub blue: u8,
    /// Opacity, 0 (transparent) to 255 (opaque).
    pub alpha: u8,
}

impl Colour {
    /// An opaque colour.
    pub const fn rgb(red: u8, green: u8, blue: u8) -> Self {
        Self {
            red,
            green,
            blue,
            alpha: 255,
        }
    }

    /// The same colour with opacity `alpha` (0 to 255).
    pub const fn with_alpha(self, alpha: u8) -> Self {
        Self { alpha, ..self }
    }

    /// Relative luminance (0 black to 1 white) as WCAG 2 defines it, ignoring opacity.
    pub fn luminance(self) -> f64 {
        let channel = |value: u8| {
            let value = f64::from(value) / 255.0;
            if value <= 0.040_45 {
                value / 12.92
            } else {
                ((value + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.red) + 0.7152 * channel(self.green) + 0.0722 * channel(self.blue)
    }

    /// The WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
    pub fn contrast(self, other: Self) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// This colour drawn at its opacity over an opaque `background`, as the eye sees it.
    pub fn over(self, background: Self) -> Self {
        let alpha = f64::from(self.alpha) / 255.0;
        let mix = |top: u8, bottom: u8| {
            (f64::from(top) * alpha + f64::from(bottom) * (1.0 - alpha)).round() as u8
        };
        Self::rgb(
            mix(self.red, background.red),
            mix(self.green, background.green),
            mix(self.blue, background.blue),
        )
    }
}

/// The colours of one variant, by meaning.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    /// The page or panel behind everything.
    pub background: Colour,
    /// Ordinary text.
    pub text: Colour,
    /// Secondary text: notes, footers, the method paragraph.
    pub muted_text: Colour,
    /// Warnings and errors in text.
    pub warning: Colour,
    /// Grid lines of charts.
    pub grid: Colour,
    /// Table rules.
    pub rule: Colour,
    /// Shading behind table headers.
    pub header_fill: Colour,
    /// Daily pain points.
    pub daily_pain: Colour,
    /// The 7-day mean of pain.
    pub pain_mean: Colour,
    /// Sleep quality.
    pub sleep_quality: Colour,
    /// Mobility.
    pub mobility: Colour,
    /// Infusions of the loading phase.
    pub loading: Colour,
    /// Maintenance infusions.
    pub maintenance: Colour,
    /// Planned infusions.
    pub planned: Colour,
    /// The shaded span from loss of meaningful relief to the next infusion.
    pub relief_lost_span: Colour,
    /// The meaningful-relief threshold line, and marks of relief lost or never reached.
    pub meaningful_threshold: Colour,
    /// The substantial-relief threshold line.
    pub substantial_threshold: Colour,
    /// The latest cycle's relief curve.
    pub latest_cycle: Colour,
    /// Earlier cycles' relief curves.
    pub earlier_cycles: Colour,
    /// Bars of how long meaningful relief lasted.
    pub relief_bar: Colour,
    /// Bars of the days to the next infusion.
    pub interval_bar: Colour,
    /// The trend line of relief duration.
    pub trend: Colour,
    /// The pain scale's colours at 0, 5 and 10 (green, yellow, red), blended between.
    pub pain_scale: [Colour; 3],
    /// Text on a pain-scale colour.
    pub text_on_pain: Colour,
    /// The demo-data banner: its background and its text.
    pub demo_banner: (Colour, Colour),
}

/// Pain-scale stops shared by every variant, opaque: a pain number is drawn on them in
/// [`Palette::text_on_pain`] at body size, which needs 4.5:1 (see-through on the dark panel, the
/// red of 10 fell to 3.7:1).
const PAIN_SCALE: [Colour; 3] = [
    Colour::rgb(120, 200, 120),
    Colour::rgb(240, 200, 90),
    Colour::rgb(220, 80, 70),
];

impl Palette {
    /// The light screen theme.
    pub const LIGHT: Self = Self {
        background: Colour::rgb(248, 248, 248),
        text: Colour::rgb(60, 60, 60),
        muted_text: Colour::rgb(100, 100, 100),
        warning: Colour::rgb(170, 30, 20),
        grid: Colour::rgb(222, 226, 230),
        rule: Colour::rgb(206, 212, 218),
        header_fill: Colour::rgb(241, 243, 245),
        daily_pain: Colour::rgb(134, 142, 150),
        pain_mean: Colour::rgb(51, 110, 204),
        sleep_quality: Colour::rgb(124, 92, 220),
        mobility: Colour::rgb(18, 150, 110),
        loading: Colour::rgb(176, 74, 201),
        maintenance: Colour::rgb(16, 152, 173),
        planned: Colour::rgb(240, 110, 30),
        relief_lost_span: Colour::rgb(220, 60, 60).with_alpha(36),
        meaningful_threshold: Colour::rgb(214, 60, 60),
        substantial_threshold: Colour::rgb(214, 60, 60).with_alpha(153),
        latest_cycle: Colour::rgb(51, 110, 204),
        earlier_cycles: Colour::rgb(140, 148, 156).with_alpha(120),
        relief_bar: Colour::rgb(51, 110, 204),
        interval_bar: Colour::rgb(170, 178, 186),
        trend: Colour::rgb(240, 110, 30),
        pain_scale: PAIN_SCALE,
        text_on_pain: Colour::rgb(20, 20, 20),
        demo_banner: (Colour::rgb(255, 225, 130), Colour::rgb(40, 30, 0)),
    };

    /// The dark screen theme: the chart colours of the light one, light text on a dark panel.
    pub const DARK: Self = Self {
        background: Colour::rgb(27, 27, 27),
        text: Colour::rgb(210, 210, 210),
        muted_text: Colour::rgb(150, 150, 150),
        warning: Colour::rgb(255, 140, 130),
        grid: Colour::rgb(70, 70, 70),
        rule: Colour::rgb(80, 80, 80),
        header_fill: Colour::rgb(45, 45, 45),
        demo_banner: (Colour::rgb(95, 72, 0), Colour::rgb(255, 240, 200)),
        ..Self::LIGHT
    };

    /// Chart images and the PDF: darker, opaque colours that hold up on white paper and in print.
    pub const PRINT: Self = Self {
        background: Colour::rgb(255, 255, 255),
        text: Colour::rgb(33, 37, 41),
        muted_text: Colour::rgb(96, 103, 112),
        warning: Colour::rgb(201, 42, 42),
        grid: Colour::rgb(222, 226, 230),
        rule: Colour::rgb(206, 212, 218),
        header_fill: Colour::rgb(241, 243, 245),
        daily_pain: Colour::rgb(134, 142, 150),
        pain_mean: Colour::rgb(25, 84, 166),
        sleep_quality: Colour::rgb(95, 61, 196),
        mobility: Colour::rgb(8, 127, 91),
        loading: Colour::rgb(156, 54, 181),
        maintenance: Colour::rgb(12, 133, 153),
        planned: Colour::rgb(232, 89, 12),
        relief_lost_span: Colour::rgb(255, 227, 227),
        meaningful_threshold: Colour::rgb(201, 42, 42),
        substantial_threshold: Colour::rgb(201, 42, 42),
        latest_cycle: Colour::rgb(25, 84, 166),
        earlier_cycles: Colour::rgb(173, 181, 189),
        relief_bar: Colour::rgb(25, 84, 166),
        interval_bar: Colour::rgb(206, 212, 218),
        trend: Colour::rgb(201, 42, 42),
        pain_scale: PAIN_SCALE,
        text_on_pain: Colour::rgb(20, 20, 20),
        demo_banner: (Colour::rgb(255, 225, 130), Colour::rgb(40, 30, 0)),
    };

    /// The screen variant for a dark or a light theme.
    pub fn screen(dark_mode: bool) -> &'static Self {
        if dark_mode { &Self::DARK } else { &Self::LIGHT }
    }

    /// The colour of a pain score (0 to 10; higher counts as 10): green at 0, yellow at 5, red
    /// at 10, blended in between.
    pub fn pain_colour(&self, pain: u8) -> Colour {
        let t = f32::from(pain.min(10)) / 10.0;
        let [low, middle, high] = self.pain_scale;
        let (from, to, s) = if t <= 0.5 {
            (low, middle, t / 0.5)
        } else {
            (middle, high, (t - 0.5) / 0.5)
        };
        let blend = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * s) as u8;
        Colour {
            red: blend(from.red, to.red),
            green: blend(from.green, to.green),
            blue: blend(from.blue, to.blue),
            alpha: from.alpha,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 AA: 4.5 for body text, 3 for large text (18 pt, or 14 pt bold).
    const BODY_TEXT: f64 = 4.5;

    #[test]
    fn contrast_of_black_on_white_is_twenty_one() {
        let black = Colour::rgb(0, 0, 0);
        let white = Colour::rgb(255, 255, 255);
        assert!((black.contrast(white) - 21.0).abs() < 1e-9);
        assert!((white.contrast(white) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn text_of_every_variant_reads_on_its_background() {
        for (name, palette) in [
            ("light", &Palette::LIGHT),
            ("dark", &Palette::DARK),
            ("print", &Palette::PRINT),
        ] {
            let background = palette.background;
            for (what, colour) in [
                ("text", palette.text),
                ("muted text", palette.muted_text),
                ("warning", palette.warning),
            ] {
                let ratio = colour.contrast(background);
                assert!(ratio >= BODY_TEXT, "{name} {what}: {ratio:.2}");
            }
            let (fill, text) = palette.demo_banner;
            let ratio = text.contrast(fill.over(background));
            assert!(ratio >= BODY_TEXT, "{name} demo banner: {ratio:.2}");
        }
    }

    #[test]
    fn pain_scores_read_on_their_pain_colour() {
        for palette in [&Palette::LIGHT, &Palette::DARK, &Palette::PRINT] {
            for pain in 0..=10 {
                let fill = palette.pain_colour(pain).over(palette.background);
                let ratio = palette.text_on_pain.contrast(fill);
                // Body size: History's pain cells, the calendars' day numbers, the report's
                // calendar; the chosen pain button is larger.
                assert!(ratio >= BODY_TEXT, "pain {pain}: {ratio:.2}");
            }
        }
    }

    #[test]
    fn chart_and_table_text_reads_on_what_it_is_drawn_on() {
        // Table headers on their shading, legends on the chart's background, in every variant.
        for (name, palette) in [
            ("light", &Palette::LIGHT),
            ("dark", &Palette::DARK),
            ("print", &Palette::PRINT),
        ] {
            let header = palette.header_fill.over(palette.background);
            for (what, text, background) in [
                ("header", palette.text, header),
                ("muted text on a header", palette.muted_text, header),
            ] {
                let ratio = text.contrast(background);
                assert!(ratio >= BODY_TEXT, "{name} {what}: {ratio:.2}");
            }
        }
    }

    #[test]
    fn pain_scale_runs_green_yellow_red() {
        let palette = &Palette::LIGHT;
        assert_eq!(palette.pain_colour(0), Colour::rgb(120, 200, 120));
        assert_eq!(palette.pain_colour(5), Colour::rgb(240, 200, 90));
        assert_eq!(palette.pain_colour(10), Colour::rgb(220, 80, 70));
        assert_eq!(palette.pain_colour(12), palette.pain_colour(10));
        // Half way from green to yellow: (120 + 240) / 2, 200, (120 + 90) / 2.
        assert_eq!(palette.pain_colour(2).red, 168);
        assert_eq!(Palette::DARK.pain_colour(7).alpha, 255);
    }
}
