//! The first window's size: it must fit the monitor's work area at any display scale and any
//! text size.
//!
//! eframe only keeps the window within the whole monitor, so at 125% to 200% scaling the
//! default size filled the screen from top to bottom, with no room for the title bar or the
//! taskbar. Once the first frame reports the monitor's size, the window is made smaller if it
//! does not leave that room, and on a small screen it starts maximized.
//!
//! Sizes here are the system's logical pixels (egui's points at a text size of 100%): the
//! window's borders, the taskbar and the screen do not grow with the text size. egui turns a
//! size sent to the window into pixels at the text size in force when the frame ends, so the
//! size sent is divided by that text size (a window sent 752 points wide at 200% would be 1504
//! pixels wide, twice an 800-pixel screen). The sizes egui reports are in points at the text
//! size before the pass, and a text size set during a pass applies from the next pass, which
//! may be in the same frame; so the app fits the window only once the text size it asked for
//! has been in force for a whole pass.

use eframe::egui::{self, Context, Vec2, ViewportCommand, vec2};

/// The window's size at start, in logical pixels, where the screen has room for it.
pub const DEFAULT_SIZE: [f32; 2] = [1100.0, 760.0];

/// The smallest size the window can be made, in logical pixels (whatever the text size: every
/// view works down to this size at 200% text, 320 by 240 points, by wrapping and scrolling).
pub const MIN_SIZE: [f32; 2] = [640.0, 480.0];

/// Room left on the monitor, in logical pixels: across for the window's borders, and down for the title
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

/// How a window of `inner` logical pixels fits a monitor of `monitor` logical pixels.
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
    // The text size this frame is drawn at, which the sizes below are in and which egui uses
    // for the commands this frame sends; one set during this frame applies from the next.
    let zoom = ctx.zoom_factor();
    let (monitor, inner) = ctx.input(|input| {
        let viewport = input.viewport();
        (viewport.monitor_size, viewport.inner_rect)
    });
    let (Some(monitor), Some(inner)) = (monitor, inner) else {
        return false;
    };
    if monitor.x <= 0.0 || monitor.y <= 0.0 || zoom.is_nan() || zoom <= 0.0 {
        return false;
    }
    let (monitor, inner) = (monitor * zoom, inner.size() * zoom);
    let fit = window_fit(monitor, inner);
    log::info!(
        "window {:.0}x{:.0} on a {:.0}x{:.0} monitor (logical pixels), text at {:.0}%: {fit:?}",
        inner.x,
        inner.y,
        monitor.x,
        monitor.y,
        zoom * 100.0
    );
    for command in fit_commands(fit, monitor, zoom) {
        ctx.send_viewport_cmd(command);
    }
    true
}

/// What to tell the window for `fit` on a monitor of `monitor` logical pixels, in points at the
/// text size `zoom`.
pub fn fit_commands(fit: WindowFit, monitor: Vec2, zoom: f32) -> Vec<ViewportCommand> {
    match fit {
        WindowFit::AsItIs => Vec::new(),
        WindowFit::Resize(size) => {
            let corner =
                ((monitor - size - vec2(0.0, MONITOR_MARGIN.y / 2.0)) * 0.5).max(Vec2::ZERO);
            vec![
                ViewportCommand::InnerSize(size / zoom),
                ViewportCommand::OuterPosition(egui::pos2(corner.x / zoom, corner.y / zoom)),
            ]
        }
        WindowFit::Maximize(size) => vec![
            ViewportCommand::InnerSize(size / zoom),
            ViewportCommand::OuterPosition(egui::Pos2::ZERO),
            ViewportCommand::Maximized(true),
        ],
    }
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

    #[test]
    fn at_200_percent_text_the_window_is_sent_half_as_many_points() {
        // 800x600 at 100% display scaling: room 752x488 logical pixels, which at 200% text are
        // 376x244 points, so the window stays 752x488 pixels rather than 1504x976.
        let monitor = vec2(800.0, 600.0);
        let fit = window_fit(monitor, Vec2::from(DEFAULT_SIZE));
        assert_eq!(fit, WindowFit::Maximize(vec2(752.0, 488.0)));
        let commands = fit_commands(fit, monitor, 2.0);
        assert_eq!(commands[0], ViewportCommand::InnerSize(vec2(376.0, 244.0)));
        // At 100% the points are the pixels.
        let commands = fit_commands(fit, monitor, 1.0);
        assert_eq!(commands[0], ViewportCommand::InnerSize(vec2(752.0, 488.0)));
    }

    #[test]
    fn a_resized_window_is_centred_whatever_the_text_size() {
        let monitor = vec2(1706.7, 960.0);
        let fit = window_fit(monitor, vec2(1100.0, 900.0));
        let at_100 = fit_commands(fit, monitor, 1.0);
        let at_150 = fit_commands(fit, monitor, 1.5);
        let (
            ViewportCommand::OuterPosition(corner_100),
            ViewportCommand::OuterPosition(corner_150),
        ) = (&at_100[1], &at_150[1])
        else {
            panic!("a resize moves the window: {at_100:?}");
        };
        assert!((corner_100.x - corner_150.x * 1.5).abs() < 0.01);
        assert!((corner_100.y - corner_150.y * 1.5).abs() < 0.01);
    }
}
