//! The window on the screens consultants own: 1366×768 and 1280×720
//! laptops, 1024×768 projectors. The window opens inside the screen and may
//! be made as small as [`MIN_WINDOW`] whatever the zoom; panels narrow (or
//! step aside) before the canvas shrinks; workshop mode's type grows with
//! the screen; floating windows stay in the work area below the menu bar.

use egui::{Context, Id, Rect, Vec2, ViewportCommand, vec2};

/// The smallest window, in screen pixels (logical pixels, before the
/// interface size and workshop mode's zoom): a 1024×768 projector with a
/// title bar and a task bar has room for it.
pub const MIN_WINDOW: Vec2 = vec2(960.0, 600.0);

/// The window width (in points) below which the personas panel steps aside
/// so the canvas keeps its width (View > Personas brings it back when the
/// window is wider).
pub const PERSONAS_NEED: f32 = 1180.0;

/// The inspector's width (in points) for a window `width` wide: its usual
/// 340 on a large screen, narrower on a small one, never under 220.
pub fn inspector_width(width: f32) -> f32 {
    (width * 0.27).clamp(220.0, 340.0)
}

/// The widest the inspector may be dragged in a window `width` wide: the
/// canvas keeps most of the window.
pub fn inspector_max(width: f32) -> f32 {
    (width * 0.3).max(inspector_width(width))
}

/// What the window did last frame, kept in egui's memory.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Fitted {
    /// The minimum size last sent, in points.
    min_size: Option<Vec2>,
    /// Whether the window was checked against the screen once it was known.
    placed: bool,
}

fn fitted_id() -> Id {
    Id::unique("klantreis-window-fitted")
}

/// Keeps the window usable on the screen it is on: its minimum size stays
/// [`MIN_WINDOW`] pixels whatever the zoom (egui counts it in points, which
/// grow with the zoom), and a window that does not fit its screen on the
/// first frame that knows the screen is maximised (the desktop then keeps it
/// clear of the task bar).
pub fn keep_window_fitting(ctx: &Context) {
    let mut fitted: Fitted = ctx.data(|d| d.get_temp(fitted_id()).unwrap_or_default());
    let min_size = MIN_WINDOW / ctx.zoom_factor();
    if fitted.min_size != Some(min_size) {
        ctx.send_viewport_cmd(ViewportCommand::MinInnerSize(min_size));
        fitted.min_size = Some(min_size);
    }
    // The desktop maps the window after the first frames; a request before
    // then is forgotten.
    if !fitted.placed && ctx.cumulative_frame_nr() < 3 {
        ctx.request_repaint();
    } else if !fitted.placed {
        let (monitor, outer) = ctx.input(|i| (i.viewport().monitor_size, i.viewport().outer_rect));
        if let (Some(monitor), Some(outer)) = (monitor, outer) {
            fitted.placed = true;
            if !fits(outer, monitor) {
                ctx.send_viewport_cmd(ViewportCommand::Maximized(true));
            }
        }
    }
    ctx.data_mut(|d| d.insert_temp(fitted_id(), fitted));
}

/// Room a desktop takes around a window, in points: a title bar and a
/// task bar above or below, borders at the sides.
const DESKTOP_ROOM: Vec2 = vec2(16.0, 72.0);

/// Whether a window fits a screen of `monitor` points with its title bar
/// and the desktop's task bar, and starts on it (a second screen to the
/// right or below still counts). Before the desktop has framed the window
/// its outer rectangle is its inner one, so the room for them is counted.
pub fn fits(outer: Rect, monitor: Vec2) -> bool {
    let room = monitor - DESKTOP_ROOM;
    outer.width() <= room.x
        && outer.height() <= room.y
        && outer.min.x >= -1.0
        && outer.min.y >= -1.0
}

/// Workshop mode's zoom for a screen of `pixels` (logical pixels): 1.2 on a
/// 1280×720 laptop, about 1 on a 1024×768 projector, 1.8 at 1920×1080, so
/// the room reads the same on every screen.
pub fn workshop_zoom_for(pixels: Vec2) -> f32 {
    (pixels.x / 1000.0).min(pixels.y / 600.0).clamp(1.0, 2.6)
}

/// Workshop mode's zoom for the screen the window is on (or, before the
/// screen is known, for the window itself).
pub fn workshop_zoom(ctx: &Context) -> f32 {
    let zoom = ctx.zoom_factor();
    let points = ctx.input(|i| i.viewport().monitor_size.unwrap_or(i.content_rect().size()));
    workshop_zoom_for(points * zoom)
}

fn work_area_id() -> Id {
    Id::unique("klantreis-work-area")
}

/// Remembers the work area, the window below the menu bar and above the
/// status bar, for the floating windows of this frame and the next.
pub fn set_work_area(ctx: &Context, area: Rect) {
    ctx.data_mut(|d| d.insert_temp(work_area_id(), area));
}

/// Where floating windows (compare, persona card, export, shortcuts) may
/// go: the work area below the menu bar, or the whole window before it is
/// known (workshop mode has no menu bar).
pub fn work_area(ctx: &Context) -> Rect {
    let whole = ctx.content_rect();
    ctx.data(|d| d.get_temp::<Rect>(work_area_id()))
        .map_or(whole, |area| area.intersect(whole))
}

/// A floating window placed in the work area: it opens there and cannot be
/// dragged over the menu bar or off the window.
pub fn floating<'a>(window: egui::Window<'a>, ctx: &Context) -> egui::Window<'a> {
    let area = work_area(ctx);
    window
        .constrain_to(area)
        .default_pos(area.left_top() + vec2(24.0, 16.0))
        .max_height(area.height() - 40.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inspector_narrows_on_small_windows_and_keeps_its_width_on_large_ones() {
        assert_eq!(inspector_width(1920.0), 340.0);
        assert!(inspector_width(1024.0) < 280.0);
        assert_eq!(inspector_width(700.0), 220.0);
    }

    #[test]
    fn workshop_type_grows_with_the_screen() {
        let laptop = workshop_zoom_for(vec2(1280.0, 720.0));
        let projector = workshop_zoom_for(vec2(1024.0, 768.0));
        let large = workshop_zoom_for(vec2(1920.0, 1080.0));
        assert!((1.0..=1.25).contains(&laptop), "{laptop}");
        assert!((1.0..=1.1).contains(&projector), "{projector}");
        assert!(large > 1.7, "{large}");
    }

    #[test]
    fn a_window_larger_than_its_screen_does_not_fit() {
        let screen = vec2(1024.0, 768.0);
        let inside = Rect::from_min_size(egui::pos2(10.0, 10.0), vec2(960.0, 640.0));
        let too_tall = Rect::from_min_size(egui::pos2(0.0, 0.0), vec2(1024.0, 768.0));
        let off = Rect::from_min_size(egui::pos2(-300.0, 100.0), vec2(900.0, 600.0));
        assert!(fits(inside, screen));
        assert!(!fits(too_tall, screen));
        assert!(!fits(off, screen));
    }
}
