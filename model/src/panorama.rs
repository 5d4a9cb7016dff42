//! 360° scenes: how a panorama's picture is laid out (equirectangular: 360°
//! around by 180° up and down, width twice the height), where a hotspot's
//! `x`, `y` point, and how a view (where one looks, and how wide) maps
//! directions to the screen and back. The viewer's shader does the same
//! per pixel; the editor places hotspots with `View::unproject`.
//!
//! Directions are unit vectors: `x` right, `y` up, `-z` ahead at the
//! picture's centre (`x` = 0.5, `y` = 0.5). Around: `yaw` in radians, 0 at
//! the centre, growing to the right; up and down: `pitch`, +π/2 straight up.

use crate::error::FieldError;
use crate::error::Message;
use serde::{Deserialize, Serialize};
use std::f64::consts::{FRAC_PI_2, PI, TAU};

/// How a scene's picture is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Projection {
    /// A picture, shown as it is.
    #[default]
    Flat,
    /// A 360° × 180° panorama, looked around in.
    Equirectangular,
}

impl Projection {
    pub fn is_flat(&self) -> bool {
        *self == Projection::Flat
    }
}

/// The narrowest and widest field of view, in degrees.
pub const FOV_MIN: f64 = 30.0;
pub const FOV_MAX: f64 = 120.0;
/// The field of view a panorama opens with unless its owner chose one.
pub const FOV_DEFAULT: f64 = 90.0;
/// The largest panorama, in pixels.
pub const PANORAMA_MAX_WIDTH: u32 = 8192;
pub const PANORAMA_MAX_HEIGHT: u32 = 4096;

/// Where a panorama's viewer starts looking: the direction as a point of
/// the picture (as hotspots give it) and the horizontal field of view.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct InitialView {
    pub x: f64,
    pub y: f64,
    pub fov: f64,
}

impl Default for InitialView {
    fn default() -> Self {
        InitialView {
            x: 0.5,
            y: 0.5,
            fov: FOV_DEFAULT,
        }
    }
}

impl InitialView {
    pub fn validate(&self) -> Result<(), FieldError> {
        let inside = |v: f64| v.is_finite() && (0.0..=1.0).contains(&v);
        if !inside(self.x) || !inside(self.y) {
            return Err(FieldError::new(
                "image.initial_view",
                Message::new("error-start-view-outside"),
            ));
        }
        if !(self.fov.is_finite() && (FOV_MIN..=FOV_MAX).contains(&self.fov)) {
            return Err(FieldError::new(
                "image.initial_view.fov",
                Message::new("error-field-of-view")
                    .number("min", FOV_MIN)
                    .number("max", FOV_MAX),
            ));
        }
        Ok(())
    }

    pub fn view(&self) -> View {
        View::facing(self.x, self.y, self.fov)
    }
}

/// Whether a picture of this size can be a panorama: twice as wide as
/// high (within 1%, for pictures cropped by a pixel or two), and no larger
/// than 8192 × 4096.
pub fn fits_panorama(width: u32, height: u32) -> bool {
    let (w, h) = (f64::from(width), f64::from(height));
    height > 0
        && width <= PANORAMA_MAX_WIDTH
        && height <= PANORAMA_MAX_HEIGHT
        && (w / h - 2.0).abs() <= 0.02
}

/// A unit vector.
pub type Direction = [f64; 3];

/// The direction of the picture's point (`x`, `y`).
pub fn direction(x: f64, y: f64) -> Direction {
    let (yaw, pitch) = angles(x, y);
    from_angles(yaw, pitch)
}

/// The picture's point (`x`, `y`) a direction meets.
pub fn point(d: Direction) -> (f64, f64) {
    let yaw = d[0].atan2(-d[2]);
    let pitch = d[1].clamp(-1.0, 1.0).asin();
    let x = (0.5 + yaw / TAU).rem_euclid(1.0);
    (x, 0.5 - pitch / PI)
}

/// Around (`yaw`) and up (`pitch`), in radians, of the point (`x`, `y`).
pub fn angles(x: f64, y: f64) -> (f64, f64) {
    ((x - 0.5) * TAU, (0.5 - y) * PI)
}

fn from_angles(yaw: f64, pitch: f64) -> Direction {
    let (sy, cy) = yaw.sin_cos();
    let (sp, cp) = pitch.sin_cos();
    [cp * sy, sp, -cp * cy]
}

fn dot(a: Direction, b: Direction) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

fn normalized(a: Direction) -> Direction {
    let length = dot(a, a).sqrt();
    [a[0] / length, a[1] / length, a[2] / length]
}

/// Where one looks and how wide: `fov` is the horizontal field of view in
/// degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub yaw: f64,
    pub pitch: f64,
    pub fov: f64,
}

/// Where a direction falls on the screen: -1..1 from left to right and
/// from bottom to top when `on_screen`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenPoint {
    pub x: f64,
    pub y: f64,
}

impl ScreenPoint {
    pub fn on_screen(&self) -> bool {
        self.x.abs() <= 1.0 && self.y.abs() <= 1.0
    }
}

impl View {
    /// Looking at the picture's point (`x`, `y`).
    pub fn facing(x: f64, y: f64, fov: f64) -> View {
        let (yaw, pitch) = angles(x, y);
        View { yaw, pitch, fov }.clamped()
    }

    /// The same view with its angles in range: around wraps, up and down
    /// stop at the poles, the field of view stays within its limits.
    pub fn clamped(self) -> View {
        let fov = if self.fov.is_finite() {
            self.fov.clamp(FOV_MIN, FOV_MAX)
        } else {
            FOV_DEFAULT
        };
        View {
            yaw: (self.yaw + PI).rem_euclid(TAU) - PI,
            pitch: self.pitch.clamp(-FRAC_PI_2, FRAC_PI_2),
            fov,
        }
    }

    /// The point of the picture at the centre of the view, and the field
    /// of view: what `initial_view` stores.
    pub fn initial_view(&self) -> InitialView {
        let (x, y) = point(self.ahead());
        InitialView {
            x,
            y,
            fov: self.fov,
        }
    }

    /// The direction at the centre of the view.
    pub fn ahead(&self) -> Direction {
        from_angles(self.yaw, self.pitch)
    }

    /// The camera's right and up directions.
    pub fn basis(&self) -> (Direction, Direction) {
        let (sy, cy) = self.yaw.sin_cos();
        let right = [cy, 0.0, sy];
        let f = self.ahead();
        // up = right × ahead
        let up = [
            right[1] * f[2] - right[2] * f[1],
            right[2] * f[0] - right[0] * f[2],
            right[0] * f[1] - right[1] * f[0],
        ];
        (right, up)
    }

    /// Half the view's width and height at unit distance, for a screen
    /// `aspect` (width / height) wide.
    pub fn half_extent(&self, aspect: f64) -> (f64, f64) {
        let half_width = (self.fov.to_radians() / 2.0).tan();
        (half_width, half_width / aspect.max(1e-6))
    }

    /// Where `d` falls on a screen of `aspect`; `None` when it is behind.
    pub fn project(&self, d: Direction, aspect: f64) -> Option<ScreenPoint> {
        let depth = dot(d, self.ahead());
        if depth <= 1e-9 {
            return None;
        }
        let (right, up) = self.basis();
        let (half_width, half_height) = self.half_extent(aspect);
        Some(ScreenPoint {
            x: dot(d, right) / depth / half_width,
            y: dot(d, up) / depth / half_height,
        })
    }

    /// The direction through the screen point (`sx`, `sy`), -1..1 each.
    pub fn unproject(&self, sx: f64, sy: f64, aspect: f64) -> Direction {
        let (right, up) = self.basis();
        let (half_width, half_height) = self.half_extent(aspect);
        let f = self.ahead();
        let (a, b) = (sx * half_width, sy * half_height);
        normalized([
            f[0] + right[0] * a + up[0] * b,
            f[1] + right[1] * a + up[1] * b,
            f[2] + right[2] * a + up[2] * b,
        ])
    }

    /// Turned by `yaw` and `pitch` radians.
    pub fn turned(&self, yaw: f64, pitch: f64) -> View {
        View {
            yaw: self.yaw + yaw,
            pitch: self.pitch + pitch,
            fov: self.fov,
        }
        .clamped()
    }

    /// Zoomed to `fov` degrees (kept within its limits).
    pub fn zoomed(&self, fov: f64) -> View {
        View { fov, ..*self }.clamped()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn the_pictures_centre_is_ahead_and_its_edges_behind() {
        assert!(close(direction(0.5, 0.5)[2], -1.0));
        assert!(close(direction(0.0, 0.5)[2], 1.0));
        assert!(close(direction(1.0, 0.5)[2], 1.0));
        assert!(close(direction(0.75, 0.5)[0], 1.0), "a quarter right");
        assert!(close(direction(0.3, 0.0)[1], 1.0), "the top is straight up");
        assert!(
            close(direction(0.3, 1.0)[1], -1.0),
            "the bottom straight down"
        );
    }

    #[test]
    fn points_and_directions_make_a_round_trip() {
        for i in 0..=40 {
            for j in 1..40 {
                let (x, y) = (f64::from(i) / 40.0 * 0.999, f64::from(j) / 40.0);
                let (bx, by) = point(direction(x, y));
                assert!(close(bx, x) && close(by, y), "({x}, {y}) → ({bx}, {by})");
            }
        }
    }

    #[test]
    fn what_is_ahead_falls_at_the_centre_of_the_screen() {
        for (x, y) in [(0.5, 0.5), (0.1, 0.3), (0.9, 0.8), (0.0, 0.5)] {
            let view = View::facing(x, y, 90.0);
            let at = view.project(direction(x, y), 16.0 / 9.0).unwrap();
            assert!(close(at.x, 0.0) && close(at.y, 0.0), "{at:?}");
        }
    }

    #[test]
    fn projecting_and_unprojecting_agree() {
        let view = View {
            yaw: 0.7,
            pitch: -0.3,
            fov: 75.0,
        };
        for (sx, sy) in [(0.0, 0.0), (1.0, 1.0), (-0.5, 0.25), (0.9, -0.9)] {
            let d = view.unproject(sx, sy, 1.5);
            let back = view.project(d, 1.5).unwrap();
            assert!(
                close(back.x, sx) && close(back.y, sy),
                "{sx},{sy} → {back:?}"
            );
        }
    }

    #[test]
    fn the_screens_edges_are_the_field_of_view() {
        let view = View::facing(0.5, 0.5, 90.0);
        // 45° to the right is the right edge of a 90° view.
        let right = view.project(direction(0.625, 0.5), 2.0).unwrap();
        assert!(close(right.x, 1.0) && close(right.y, 0.0));
        // Right is right and up is up on the screen.
        assert!(view.project(direction(0.55, 0.5), 1.0).unwrap().x > 0.0);
        assert!(view.project(direction(0.5, 0.45), 1.0).unwrap().y > 0.0);
    }

    #[test]
    fn what_is_behind_is_not_on_the_screen() {
        let view = View::facing(0.5, 0.5, 120.0);
        assert_eq!(view.project(direction(0.0, 0.5), 1.0), None);
        assert_eq!(view.project(direction(0.99, 0.5), 1.0), None);
        let wide = view.project(direction(0.68, 0.5), 1.0).unwrap();
        assert!(!wide.on_screen(), "65° to the side is off a 120° screen");
        assert!(view.project(direction(0.65, 0.5), 1.0).unwrap().on_screen());
    }

    #[test]
    fn views_wrap_around_and_stop_at_the_poles() {
        let view = View::facing(0.5, 0.5, 90.0).turned(3.0 * PI, 10.0);
        assert!(close(view.yaw.abs(), PI));
        assert!(close(view.pitch, FRAC_PI_2));
        assert_eq!(view.zoomed(10.0).fov, FOV_MIN);
        assert_eq!(view.zoomed(500.0).fov, FOV_MAX);
        assert_eq!(view.zoomed(f64::NAN).fov, FOV_DEFAULT);
    }

    #[test]
    fn the_start_view_is_where_the_view_looks() {
        let start = InitialView {
            x: 0.2,
            y: 0.4,
            fov: 60.0,
        };
        let back = start.view().initial_view();
        assert!(close(back.x, 0.2) && close(back.y, 0.4) && close(back.fov, 60.0));
        assert!(start.validate().is_ok());
        for bad in [
            InitialView { x: 1.5, ..start },
            InitialView { y: -0.1, ..start },
            InitialView { fov: 20.0, ..start },
            InitialView {
                fov: 121.0,
                ..start
            },
            InitialView {
                x: f64::NAN,
                ..start
            },
        ] {
            assert!(bad.validate().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn only_two_to_one_pictures_up_to_8192_are_panoramas() {
        assert!(fits_panorama(8192, 4096));
        assert!(fits_panorama(4096, 2048));
        assert!(fits_panorama(2000, 1001), "a pixel off");
        assert!(!fits_panorama(8194, 4097), "too large");
        assert!(!fits_panorama(4000, 3000));
        assert!(!fits_panorama(3000, 1000));
        assert!(!fits_panorama(2, 0));
    }
}
