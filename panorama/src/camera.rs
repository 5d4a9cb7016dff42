//! The camera people turn: drag or swipe to look around (what is under the
//! finger stays under it), a flick keeps turning and slows down, arrow
//! keys turn by steps, `+` and `-`, the wheel and a pinch zoom. Pure state
//! with times passed in, so it is tested natively; the page feeds it
//! events and draws `view()`.

use model::panorama::View;

/// How fast a flick's turning dies down: its speed falls by e every this
/// many milliseconds.
const FRICTION_MS: f64 = 300.0;
/// A release this long after the last move is a stop, not a flick.
const FLICK_WITHIN_MS: f64 = 60.0;
/// Turning slower than this (radians per millisecond) has stopped.
const STILL: f64 = 2e-5;
/// A key turns the view by this share of its field of view.
const KEY_STEP: f64 = 1.0 / 8.0;
/// A key or wheel notch zooms by this factor.
const ZOOM_STEP: f64 = 1.2;
/// Its natural logarithm: a wheel's zoom is `exp(notches × ln 1.2)`, which
/// needs no `powf` (a few kilobytes of Wasm).
const LN_ZOOM_STEP: f64 = 0.182_321_556_793_954_6;

/// What a key does to the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyTurn {
    Left,
    Right,
    Up,
    Down,
    ZoomIn,
    ZoomOut,
}

impl KeyTurn {
    /// The key's meaning (`KeyboardEvent.key`), if it has one here.
    pub fn from_key(key: &str) -> Option<KeyTurn> {
        Some(match key {
            "ArrowLeft" => KeyTurn::Left,
            "ArrowRight" => KeyTurn::Right,
            "ArrowUp" => KeyTurn::Up,
            "ArrowDown" => KeyTurn::Down,
            "+" | "=" => KeyTurn::ZoomIn,
            "-" | "_" => KeyTurn::ZoomOut,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug)]
struct Drag {
    x: f64,
    y: f64,
    at: f64,
    /// Radians per millisecond, yaw and pitch, of the latest moves.
    speed: (f64, f64),
}

#[derive(Clone, Debug)]
pub struct Camera {
    view: View,
    spin: (f64, f64),
    drag: Option<Drag>,
    reduced_motion: bool,
}

impl Camera {
    /// A camera looking along `view`; with `reduced_motion` (the visitor's
    /// `prefers-reduced-motion`) a flick stops where the finger leaves.
    pub fn new(view: View, reduced_motion: bool) -> Camera {
        Camera {
            view: view.clamped(),
            spin: (0.0, 0.0),
            drag: None,
            reduced_motion,
        }
    }

    pub fn view(&self) -> View {
        self.view
    }

    /// Looks along `view` at once, stopping any turning.
    pub fn set_view(&mut self, view: View) {
        self.view = view.clamped();
        self.spin = (0.0, 0.0);
    }

    /// Radians the view turns for a pixel dragged across a `width` pixels
    /// wide screen: the picture follows the pointer.
    fn per_pixel(&self, width: f64) -> f64 {
        self.view.fov.to_radians() / width.max(1.0)
    }

    /// A pointer went down at (`x`, `y`), in pixels, at `at` milliseconds.
    pub fn press(&mut self, x: f64, y: f64, at: f64) {
        self.spin = (0.0, 0.0);
        self.drag = Some(Drag {
            x,
            y,
            at,
            speed: (0.0, 0.0),
        });
    }

    pub fn dragging(&self) -> bool {
        self.drag.is_some()
    }

    /// The pointer moved to (`x`, `y`) on a screen `width` pixels wide;
    /// answers whether the view changed.
    pub fn drag_to(&mut self, x: f64, y: f64, at: f64, width: f64) -> bool {
        let per_pixel = self.per_pixel(width);
        let Some(drag) = self.drag.as_mut() else {
            return false;
        };
        let (yaw, pitch) = (-(x - drag.x) * per_pixel, (y - drag.y) * per_pixel);
        let elapsed = (at - drag.at).max(1.0);
        // Mostly the latest move: a flick's speed is its end's.
        let weight = 0.7;
        drag.speed = (
            weight * yaw / elapsed + (1.0 - weight) * drag.speed.0,
            weight * pitch / elapsed + (1.0 - weight) * drag.speed.1,
        );
        (drag.x, drag.y, drag.at) = (x, y, at);
        if yaw == 0.0 && pitch == 0.0 {
            return false;
        }
        self.view = self.view.turned(yaw, pitch);
        true
    }

    /// The pointer went up at `at`: a flick goes on turning, a stop stops.
    pub fn release(&mut self, at: f64) {
        if let Some(drag) = self.drag.take() {
            let flick = at - drag.at <= FLICK_WITHIN_MS && !self.reduced_motion;
            self.spin = if flick { drag.speed } else { (0.0, 0.0) };
        }
    }

    /// Whether the view is still turning by itself.
    pub fn moving(&self) -> bool {
        self.spin != (0.0, 0.0)
    }

    /// Advances a flick by `elapsed` milliseconds; answers whether the
    /// view changed.
    pub fn step(&mut self, elapsed: f64) -> bool {
        if !self.moving() || elapsed <= 0.0 {
            return false;
        }
        // The distance covered while the speed decays over `elapsed`.
        let decay = (-elapsed / FRICTION_MS).exp();
        let covered = FRICTION_MS * (1.0 - decay);
        self.view = self
            .view
            .turned(self.spin.0 * covered, self.spin.1 * covered);
        self.spin = (self.spin.0 * decay, self.spin.1 * decay);
        if self.spin.0.hypot(self.spin.1) < STILL {
            self.spin = (0.0, 0.0);
        }
        true
    }

    /// Turns or zooms for a key.
    pub fn key(&mut self, turn: KeyTurn) {
        let step = self.view.fov.to_radians() * KEY_STEP;
        self.spin = (0.0, 0.0);
        self.view = match turn {
            KeyTurn::Left => self.view.turned(-step, 0.0),
            KeyTurn::Right => self.view.turned(step, 0.0),
            KeyTurn::Up => self.view.turned(0.0, step),
            KeyTurn::Down => self.view.turned(0.0, -step),
            KeyTurn::ZoomIn => self.view.zoomed(self.view.fov / ZOOM_STEP),
            KeyTurn::ZoomOut => self.view.zoomed(self.view.fov * ZOOM_STEP),
        };
    }

    /// Zooms for a wheel's `delta_y` (pixels; down zooms out).
    pub fn wheel(&mut self, delta_y: f64) {
        let notches = (delta_y / 100.0).clamp(-3.0, 3.0);
        self.view = self
            .view
            .zoomed(self.view.fov * (notches * LN_ZOOM_STEP).exp());
    }

    /// Zooms to `fov` degrees (a pinch: the field of view at its start
    /// times the fingers' distance then over their distance now).
    pub fn zoom_to(&mut self, fov: f64) {
        self.view = self.view.zoomed(fov);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::panorama::{direction, FOV_MAX, FOV_MIN};

    fn camera() -> Camera {
        Camera::new(View::facing(0.5, 0.5, 90.0), false)
    }

    #[test]
    fn what_is_under_the_pointer_follows_it() {
        let mut camera = camera();
        camera.press(500.0, 300.0, 0.0);
        // Dragging right by half the screen pulls the picture right: the
        // view now looks 45° to the left.
        assert!(camera.drag_to(1000.0, 300.0, 100.0, 1000.0));
        assert!((camera.view().yaw + 45f64.to_radians()).abs() < 1e-9);
        // Dragging down looks up.
        camera.drag_to(1000.0, 400.0, 200.0, 1000.0);
        assert!(camera.view().pitch > 0.0);
    }

    #[test]
    fn a_flick_keeps_turning_and_slows_to_a_stop() {
        let mut camera = camera();
        camera.press(0.0, 0.0, 0.0);
        camera.drag_to(-100.0, 0.0, 16.0, 1000.0);
        camera.release(30.0);
        assert!(camera.moving());
        let mut last = camera.view().yaw;
        let mut steps = 0;
        while camera.step(16.0) {
            assert!(camera.view().yaw >= last, "keeps turning the same way");
            last = camera.view().yaw;
            steps += 1;
            assert!(steps < 1000, "stops");
        }
        assert!(!camera.moving());
    }

    #[test]
    fn stopping_before_letting_go_stops() {
        let mut camera = camera();
        camera.press(0.0, 0.0, 0.0);
        camera.drag_to(-100.0, 0.0, 16.0, 1000.0);
        camera.release(300.0);
        assert!(!camera.moving());
        let mut calm = Camera::new(View::facing(0.5, 0.5, 90.0), true);
        calm.press(0.0, 0.0, 0.0);
        calm.drag_to(-100.0, 0.0, 16.0, 1000.0);
        calm.release(20.0);
        assert!(!calm.moving(), "reduced motion: no flick");
    }

    #[test]
    fn keys_turn_and_zoom() {
        let mut camera = camera();
        camera.key(KeyTurn::Right);
        assert!(camera.view().yaw > 0.0);
        camera.key(KeyTurn::Left);
        camera.key(KeyTurn::Left);
        assert!(camera.view().yaw < 0.0);
        camera.key(KeyTurn::Up);
        assert!(camera.view().pitch > 0.0);
        let before = camera.view().fov;
        camera.key(KeyTurn::ZoomIn);
        assert!(camera.view().fov < before);
        for _ in 0..20 {
            camera.key(KeyTurn::ZoomOut);
        }
        assert_eq!(camera.view().fov, FOV_MAX);
        for _ in 0..20 {
            camera.wheel(-100.0);
        }
        assert_eq!(camera.view().fov, FOV_MIN);
        assert_eq!(KeyTurn::from_key("ArrowUp"), Some(KeyTurn::Up));
        assert_eq!(KeyTurn::from_key("-"), Some(KeyTurn::ZoomOut));
        assert_eq!(KeyTurn::from_key("Enter"), None);
    }

    #[test]
    fn a_wheel_notch_zooms_as_far_as_a_key() {
        assert!((LN_ZOOM_STEP.exp() - ZOOM_STEP).abs() < 1e-12);
        let (mut wheel, mut key) = (camera(), camera());
        wheel.wheel(100.0);
        key.key(KeyTurn::ZoomOut);
        assert!((wheel.view().fov - key.view().fov).abs() < 1e-9);
    }

    #[test]
    fn turning_right_brings_what_is_right_to_the_centre() {
        let mut camera = camera();
        let right = direction(0.6, 0.5);
        let before = camera.view().project(right, 1.0).unwrap().x;
        camera.key(KeyTurn::Right);
        let after = camera.view().project(right, 1.0).unwrap().x;
        assert!(after.abs() < before.abs());
    }
}
