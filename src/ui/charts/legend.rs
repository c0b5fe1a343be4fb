//! A chart's legend drawn above its plot, wrapped to the width, so it never covers the data
//! (egui_plot's own legend sits inside the plot, over the lines and bars in its corner).

use eframe::egui;
use egui::{Color32, Pos2, Rect, Sense, Stroke, Ui, Vec2, pos2, vec2};

/// How a series is drawn, as its legend shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// A solid line.
    Line,
    /// A dashed line.
    Dashed,
    /// A dotted line.
    Dotted,
    /// A dot.
    Dot,
    /// A cross.
    Cross,
    /// A plus sign.
    Plus,
    /// A filled diamond.
    Diamond,
    /// A filled bar.
    Bar,
    /// A bar drawn as an outline on a faint fill.
    OutlinedBar,
    /// A shaded stretch.
    Band,
    /// A vertical marker line, as for an infusion.
    Marker,
    /// A dashed vertical marker line.
    DashedMarker,
}

/// One series in a legend.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    /// The series' name.
    pub name: String,
    /// Its colour.
    pub color: Color32,
    /// How it is drawn.
    pub mark: Mark,
}

impl LegendItem {
    /// A series named `name`, drawn as `mark` in `color`.
    pub fn new(name: impl Into<String>, color: Color32, mark: Mark) -> Self {
        Self {
            name: name.into(),
            color,
            mark,
        }
    }
}

/// The width of a legend's sample of a series, in points.
const SAMPLE_WIDTH: f32 = 18.0;

/// Draws `items` left to right in small type, wrapping at the width, each a sample of its mark
/// and its name (one piece each, so a name never parts from its sample).
pub fn legend_ui(ui: &mut Ui, items: &[LegendItem]) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 14.0;
        for item in items {
            item_ui(ui, item);
        }
    });
}

fn item_ui(ui: &mut Ui, item: &LegendItem) {
    let galley = egui::WidgetText::from(item.name.as_str()).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Small,
    );
    let gap = 4.0;
    let size = vec2(
        SAMPLE_WIDTH + gap + galley.size().x,
        galley.size().y.max(12.0),
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, item.name.as_str()));
    if !ui.is_rect_visible(rect) {
        return;
    }
    let sample = Rect::from_min_size(rect.min, vec2(SAMPLE_WIDTH, rect.height()));
    paint_mark(ui.painter(), sample, item.mark, item.color);
    let text_at = pos2(
        sample.right() + gap,
        rect.center().y - galley.size().y / 2.0,
    );
    ui.painter()
        .galley(text_at, galley, ui.visuals().text_color());
}

fn paint_mark(painter: &egui::Painter, sample: Rect, mark: Mark, color: Color32) {
    let centre = sample.center();
    let across = |half: f32| {
        [
            pos2(centre.x - half, centre.y),
            pos2(centre.x + half, centre.y),
        ]
    };
    let block = Rect::from_center_size(centre, Vec2::new(10.0, sample.height().min(12.0)));
    match mark {
        Mark::Line => {
            painter.line_segment(across(8.0), Stroke::new(2.5, color));
        }
        Mark::Dashed => {
            let points = across(8.0);
            painter.extend(egui::Shape::dashed_line(
                &points,
                Stroke::new(2.0, color),
                4.0,
                3.0,
            ));
        }
        Mark::Dotted => {
            for step in 0..5 {
                let x = centre.x - 8.0 + 4.0 * step as f32;
                painter.circle_filled(pos2(x, centre.y), 1.2, color);
            }
        }
        Mark::Dot => {
            painter.circle_filled(centre, 3.5, color);
        }
        Mark::Plus => {
            let stroke = Stroke::new(1.5, color);
            painter.line_segment(across(5.0), stroke);
            painter.line_segment(
                [
                    pos2(centre.x, centre.y - 5.0),
                    pos2(centre.x, centre.y + 5.0),
                ],
                stroke,
            );
        }
        Mark::Diamond => {
            let arm = 5.0;
            painter.add(egui::Shape::convex_polygon(
                vec![
                    pos2(centre.x, centre.y - arm),
                    pos2(centre.x + arm, centre.y),
                    pos2(centre.x, centre.y + arm),
                    pos2(centre.x - arm, centre.y),
                ],
                color,
                Stroke::NONE,
            ));
        }
        Mark::Cross => {
            let arm = 4.0;
            let stroke = Stroke::new(1.5, color);
            painter.line_segment(
                [centre - Vec2::splat(arm), centre + Vec2::splat(arm)],
                stroke,
            );
            painter.line_segment(
                [
                    Pos2::new(centre.x - arm, centre.y + arm),
                    Pos2::new(centre.x + arm, centre.y - arm),
                ],
                stroke,
            );
        }
        Mark::Bar => {
            painter.rect_filled(block, 1.0, color);
        }
        Mark::OutlinedBar => {
            painter.rect_filled(block, 1.0, color.gamma_multiply(0.25));
            painter.rect_stroke(
                block,
                1.0,
                Stroke::new(1.5, color),
                egui::StrokeKind::Inside,
            );
        }
        Mark::Band => {
            painter.rect_filled(sample.shrink2(vec2(1.0, 1.0)), 1.0, color);
        }
        Mark::Marker => {
            painter.line_segment(
                [
                    pos2(centre.x, sample.top() + 1.0),
                    pos2(centre.x, sample.bottom() - 1.0),
                ],
                Stroke::new(2.0, color),
            );
        }
        Mark::DashedMarker => {
            let points = [
                pos2(centre.x, sample.top() + 1.0),
                pos2(centre.x, sample.bottom() - 1.0),
            ];
            painter.extend(egui::Shape::dashed_line(
                &points,
                Stroke::new(2.0, color),
                3.0,
                2.0,
            ));
        }
    }
}
