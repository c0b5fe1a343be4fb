//! Whether a control can be seen whole and used: read from the accessibility tree the app
//! hands to screen readers, with each control's rectangle and the panels around it.
//!
//! A control is shown whole when its rectangle lies inside the window and no panel it does not
//! belong to (the side bar, the message bar, a view's side panel) covers it. A control that is
//! not shown whole counts as reachable when asking for it to be scrolled into view (as a screen
//! reader or keyboard focus does) brings it into view whole.

use eframe::egui::{self, Rect, accesskit};
use egui_kittest::kittest::NodeT;
use egui_kittest::{Harness, Node};

/// How far, in points, a rectangle may stick out of the window or into a panel and still count
/// as inside: rounding, not layout.
const TOLERANCE: f32 = 1.0;

/// A control in the accessibility tree: something that can be clicked or focused.
#[derive(Debug, Clone)]
pub struct Control {
    /// Its node in the accessibility tree (the same from frame to frame).
    pub id: accesskit::NodeId,
    /// What a screen reader calls it, with its role.
    pub name: String,
}

/// Every control of the frame shown, in the order of the tree.
pub fn controls<State>(app: &Harness<'_, State>) -> Vec<Control> {
    app.root()
        .children_recursive()
        .filter(is_control)
        .map(|node| Control {
            id: node_id(&node),
            name: describe(&node),
        })
        .collect()
}

/// The controls that cannot be brought into view whole, each described with its rectangle.
///
/// Each control not shown whole is scrolled into view and looked at again; the app is left
/// scrolled wherever the last one took it.
pub fn unreachable_controls<State>(app: &mut Harness<'_, State>) -> Vec<String> {
    let mut unreachable = Vec::new();
    for control in controls(app) {
        if shown_whole(app, control.id) != Some(false) {
            continue;
        }
        if let Some(node) = find(app, control.id) {
            node.scroll_to_me();
        }
        app.run();
        match shown_whole(app, control.id) {
            Some(true) => {}
            Some(false) => {
                let rect = find(app, control.id).and_then(|node| bounds(app, &node));
                unreachable.push(format!(
                    "{} at {rect:?} in a window of {:?}",
                    control.name,
                    app.ctx.content_rect().size()
                ));
            }
            None => unreachable.push(format!("{} vanished when scrolled to", control.name)),
        }
    }
    unreachable
}

/// The pairs of controls drawn over each other, each described with both rectangles.
///
/// Text is left out: the rectangle of a label that wraps in a row starts at the row's left edge,
/// under whatever came before it on its first line, without any letter drawn there. So are
/// drawing areas without a role (a chart), whose legend sits on them by design.
pub fn overlapping_controls<State>(app: &Harness<'_, State>) -> Vec<String> {
    let shown: Vec<(Control, Rect, Vec<accesskit::NodeId>)> = controls(app)
        .into_iter()
        .filter_map(|control| {
            let node = find(app, control.id)?;
            if matches!(
                node.accesskit_node().role(),
                accesskit::Role::Label | accesskit::Role::Unknown
            ) {
                return None;
            }
            let rect = bounds(app, &node)?;
            let ancestors = std::iter::successors(node.parent(), NodeT::parent)
                .map(|ancestor| node_id(&ancestor))
                .collect();
            Some((control, rect, ancestors))
        })
        .collect();
    let mut overlapping = Vec::new();
    for (index, (first, first_rect, first_ancestors)) in shown.iter().enumerate() {
        for (second, second_rect, second_ancestors) in &shown[index + 1..] {
            let nested =
                first_ancestors.contains(&second.id) || second_ancestors.contains(&first.id);
            if !nested && overlaps(*first_rect, *second_rect) {
                overlapping.push(format!(
                    "{} at {first_rect:?} and {} at {second_rect:?}",
                    first.name, second.name
                ));
            }
        }
    }
    overlapping
}

/// Whether the control named `label` is shown whole right now, without any scrolling.
pub fn label_shown_whole<State>(app: &Harness<'_, State>, label: &str) -> bool {
    let node = app
        .root()
        .children_recursive()
        .find(|node| node.accesskit_node().label().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no control named {label:?}"));
    shown_whole(app, node_id(&node)) == Some(true)
}

/// Whether the control is inside the window and under no panel it does not belong to; `None`
/// when the frame no longer shows it.
pub fn shown_whole<State>(app: &Harness<'_, State>, id: accesskit::NodeId) -> Option<bool> {
    let node = find(app, id)?;
    let rect = bounds(app, &node)?;
    let window = app.ctx.content_rect().expand(TOLERANCE);
    if !window.contains_rect(rect) {
        return Some(false);
    }
    let ancestors: Vec<accesskit::NodeId> = std::iter::successors(node.parent(), NodeT::parent)
        .map(|ancestor| node_id(&ancestor))
        .collect();
    let covered = app
        .root()
        .children_recursive()
        .filter(|pane| pane.accesskit_node().role() == accesskit::Role::Pane)
        .filter(|pane| !ancestors.contains(&node_id(pane)))
        .filter_map(|pane| bounds(app, &pane))
        .any(|pane| overlaps(pane, rect));
    Some(!covered)
}

/// The rectangle of `node` in points, if it has one (a panel not drawn this frame has none).
fn bounds<State>(app: &Harness<'_, State>, node: &Node<'_>) -> Option<Rect> {
    let rect = node.accesskit_node().bounding_box()?;
    let scale = f64::from(app.ctx.pixels_per_point());
    // Screen coordinates fit an f32.
    let point = |x: f64, y: f64| egui::pos2((x / scale) as f32, (y / scale) as f32);
    Some(Rect::from_min_max(
        point(rect.x0, rect.y0),
        point(rect.x1, rect.y1),
    ))
}

fn overlaps(pane: Rect, control: Rect) -> bool {
    let shared = pane.intersect(control);
    shared.is_positive() && shared.width() > TOLERANCE && shared.height() > TOLERANCE
}

fn find<'tree, State>(
    app: &'tree Harness<'_, State>,
    id: accesskit::NodeId,
) -> Option<Node<'tree>> {
    app.root()
        .children_recursive()
        .find(|node| node_id(node) == id)
}

fn node_id(node: &Node<'_>) -> accesskit::NodeId {
    node.accesskit_node().locate().0
}

fn is_control(node: &Node<'_>) -> bool {
    let node = node.accesskit_node();
    let data = node.data();
    !node.is_hidden()
        && node.role() != accesskit::Role::ScrollBar
        && (data.supports_action(accesskit::Action::Click)
            || data.supports_action(accesskit::Action::Focus))
}

fn describe(node: &Node<'_>) -> String {
    let node = node.accesskit_node();
    let name = node.label().or_else(|| node.value()).unwrap_or_default();
    format!("{:?} {name:?}", node.role())
}

/// Every control of `view` that cannot be reached or is drawn over another, on the 2-year demo
/// journal in the language `tag`, in the smallest supported window (800x600) and the default
/// one (1100x760), at 100% and at 200% text (at 200% a window holds half as many points).
pub fn unreachable_in_language(view: relief_journal::ui::View, tag: &str) -> Vec<String> {
    let mut unreachable = Vec::new();
    for text_scale in [1.0, 2.0] {
        let journal = super::TestJournal::demo(text_scale).speaking(tag);
        for (width, height) in [(800.0, 600.0), (1100.0, 760.0)] {
            let points = egui::vec2(width, height) / text_scale;
            let mut app = journal.app_sized(view, super::today(), points);
            let at = format!("{width}x{height} at {}%", text_scale * 100.0);
            unreachable.extend(
                overlapping_controls(&app)
                    .into_iter()
                    .map(|pair| format!("{at}: overlap: {pair}")),
            );
            unreachable.extend(
                unreachable_controls(&mut app)
                    .into_iter()
                    .map(|control| format!("{at}: {control}")),
            );
        }
    }
    unreachable
}
