//! The first window's size: it must fit the monitor's work area at any display scale.
//!
//! eframe only keeps the window within the whole monitor, so at 125% to 200% scaling the
//! default size filled the screen from top to bottom, with no room for the title bar or the
//! taskbar. Once the first frame reports the monitor's size (in points, so after scaling), the
//! window is made smaller if it does not leave that room, and on a small screen it starts
//! maximized.

use eframe::egui::{self, Context, Vec2, ViewportCommand, vec2};

/// The window's size at start, in points, where the screen has room for it.
pub const DEFAULT_SIZE: [f32; 2] = [1100.0, 760.0];

/// The smallest size the window can be made, in points.
pub const MIN_SIZE: [f32; 2] = [640.0, 480.0];

/// Room left on the monitor, in points: across for the window's borders, and down for the title
/// bar and a taskbar, dock or top bar (Windows' taskbar is 48 px, GNOME's top bar and dock
/// together under 100).
pub const MONITOR_MARGIN: Vec2 = vec2(48.0, 112.0);

/// What to do with the first window on a monitor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WindowFit {
    /// It fits, with room to spare.
    AsItIs,
    /// Make it this size (points) and centre it.
    Resize(Vec2),
    /// A small screen: maximize it, at this size (points) where the system cannot maximize.
    Maximize(Vec2),
}

/// How a window of `inner` points fits a monitor of `monitor` points.
pub fn window_fit(monitor: Vec2, inner: Vec2) -> WindowFit {
    let room = (monitor - MONITOR_MARGIN).max(Vec2::from(MIN_SIZE));
    if room.x < DEFAULT_SIZE[0] || room.y < DEFAULT_SIZE[1] {
        WindowFit::Maximize(room)
    } else if inner.x > room.x || inner.y > room.y {
        WindowFit::Resize(inner.min(room))
    } else {
        WindowFit::AsItIs
    }
}

/// Fits the window to its monitor once the monitor's size is known; returns whether that was
/// done (so it is done once).
pub fn fit_to_monitor(ctx: &Context) -> bool {
    let (monitor, inner) = ctx.input(|input| {
        let viewport = input.viewport();
        (viewport.monitor_size, viewport.inner_rect)
    });
    let (Some(monitor), Some(inner)) = (monitor, inner) else {
        return false;
    };
    if monitor.x <= 0.0 || monitor.y <= 0.0 {
        return false;
    }
    let fit = window_fit(monitor, inner.size());
    log::info!(
        "window {:.0}x{:.0} points on a {:.0}x{:.0}-point monitor: {fit:?}",
        inner.width(),
        inner.height(),
        monitor.x,
        monitor.y
    );
    match fit {
        WindowFit::AsItIs => {}
        WindowFit::Resize(size) => {
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(size));
            let corner =
                ((monitor - size - vec2(0.0, MONITOR_MARGIN.y / 2.0)) * 0.5).max(Vec2::ZERO);
            ctx.send_viewport_cmd(ViewportCommand::OuterPosition(egui::pos2(
                corner.x, corner.y,
            )));
        }
        WindowFit::Maximize(size) => {
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(size));
            ctx.send_viewport_cmd(ViewportCommand::OuterPosition(egui::Pos2::ZERO));
            ctx.send_viewport_cmd(ViewportCommand::Maximized(true));
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_screen_keeps_the_default_size() {
        // 1920x1080 at 100%: 1100x760 leaves 820 across and 320 down.
        let fit = window_fit(vec2(1920.0, 1080.0), Vec2::from(DEFAULT_SIZE));
        assert_eq!(fit, WindowFit::AsItIs);
    }

    #[test]
    fn a_window_taller_than_the_room_is_made_smaller() {
        // 2560x1440 at 150% is 1706.7x960 points; a window 1100x900 leaves 60 down, fewer than
        // 112: it is made 960 - 112 = 848 tall, as wide as it was.
        let fit = window_fit(vec2(1706.7, 960.0), vec2(1100.0, 900.0));
        assert_eq!(fit, WindowFit::Resize(vec2(1100.0, 848.0)));
    }

    #[test]
    fn scaled_and_small_screens_start_maximized() {
        // 1920x1080 at 150% is 1280x720 points: room 1232x608, less than 1100x760.
        let fit = window_fit(vec2(1280.0, 720.0), vec2(1100.0, 720.0));
        assert_eq!(fit, WindowFit::Maximize(vec2(1232.0, 608.0)));
        // 1366x768 at 100%: room 1318x656.
        let fit = window_fit(vec2(1366.0, 768.0), Vec2::from(DEFAULT_SIZE));
        assert_eq!(fit, WindowFit::Maximize(vec2(1318.0, 656.0)));
        // 1920x1080 at 200% is 960x540 points: room 912x428, held at the smallest 640x480.
        let fit = window_fit(vec2(960.0, 540.0), vec2(960.0, 540.0));
        assert_eq!(fit, WindowFit::Maximize(vec2(912.0, 480.0)));
    }

    #[test]
    fn at_125_percent_a_full_hd_screen_is_too_short_for_the_default() {
        // 1920x1080 at 125% is 1536x864 points: room 1488x752, short of 760 down, so it starts maximized.
        let fit = window_fit(vec2(1536.0, 864.0), Vec2::from(DEFAULT_SIZE));
        assert_eq!(fit, WindowFit::Maximize(vec2(1488.0, 752.0)));
    }
}
