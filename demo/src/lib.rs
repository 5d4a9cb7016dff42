//! The 360° demo picture, drawn when a fresh installation makes its demo, so Pinpoint
//! ships no third-party panorama: standing on a volcano's crater rim, the
//! crater's layered walls and its lava lake below, the sea on the far
//! side, the sky and the sun above. An equirectangular picture: each
//! column is a direction around, each row a height (see
//! `model::panorama`). Whatever depends only on the direction around or
//! only on the height is worked out once per column or row.

use image::{ImageEncoder, Rgb, RgbImage};
use std::f64::consts::{PI, TAU};

pub const WIDTH: u32 = 4096;
pub const HEIGHT: u32 = 2048;

type Colour = [f64; 3];

fn mix(a: Colour, b: Colour, t: f64) -> Colour {
    let t = t.clamp(0.0, 1.0);
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

fn scale(a: Colour, by: f64) -> Colour {
    [a[0] * by, a[1] * by, a[2] * by]
}

/// Where the sun is: around and up, in radians.
const SUN: (f64, f64) = (0.9, 0.55);

/// `sin` and `cos` of an angle, kept together: `sin(a + b)` of a row's
/// angle and a column's is then two products, not a call.
#[derive(Clone, Copy)]
struct Turn {
    sin: f64,
    cos: f64,
}

impl Turn {
    fn of(angle: f64) -> Turn {
        let (sin, cos) = angle.sin_cos();
        Turn { sin, cos }
    }

    /// `sin(self + other)`.
    fn sin_plus(self, other: Turn) -> f64 {
        self.sin * other.cos + self.cos * other.sin
    }

    /// `sin(self - other)`.
    fn sin_minus(self, other: Turn) -> f64 {
        self.sin * other.cos - self.cos * other.sin
    }
}

/// What lies in one direction around.
struct Column {
    /// The crater rim's height against the sky; where it dips below the
    /// horizon (0), the sea shows between them.
    rim: f64,
    /// Where the crater's wall meets its floor.
    floor: f64,
    /// Light on the wall facing the sun.
    light: f64,
    /// `cos` of the angle around from the sun.
    sunward: f64,
    clouds: [Turn; 2],
    /// The wall's layers' waviness.
    layers: [Turn; 2],
    cracks: [Turn; 2],
    glint: f64,
}

fn column(x: u32) -> Column {
    let yaw = (f64::from(x) + 0.5) / f64::from(WIDTH) * TAU - PI;
    let rim = 0.035
        + 0.05 * (3.0 * yaw + 1.0).sin()
        + 0.025 * (7.0 * yaw + 2.0).sin()
        + 0.012 * (17.0 * yaw + 0.5).sin()
        + 0.005 * (41.0 * yaw).sin();
    let wobble = (5.0 * yaw).sin() * 0.6 + (13.0 * yaw + 1.0).sin() * 0.25;
    Column {
        rim,
        floor: -0.62 + 0.05 * (4.0 * yaw + 0.3).sin() + 0.02 * (11.0 * yaw).sin(),
        light: 0.75 + 0.25 * (yaw - SUN.0).cos(),
        sunward: (yaw - SUN.0).cos(),
        clouds: [Turn::of(3.0 * yaw), Turn::of(7.0 * yaw)],
        layers: [Turn::of(3.0 * wobble), Turn::of(9.0 * wobble)],
        cracks: [Turn::of(23.0 * yaw), Turn::of(17.0 * yaw)],
        glint: (60.0 * yaw).sin(),
    }
}

/// What lies at one height.
struct Row {
    pitch: f64,
    /// The sky's colour here, before clouds and sun.
    sky: Colour,
    /// How much cloud this height holds.
    band: f64,
    clouds: [Turn; 2],
    layers: [Turn; 2],
    cracks: [Turn; 2],
    glint: f64,
    sun: Turn,
}

fn row(y: u32) -> Row {
    let pitch = PI / 2.0 - (f64::from(y) + 0.5) / f64::from(HEIGHT) * PI;
    let horizon = [0.80, 0.87, 0.95];
    let zenith = [0.18, 0.38, 0.75];
    Row {
        pitch,
        sky: mix(horizon, zenith, (pitch.max(0.0) / 1.2).powf(0.6)),
        band: (-(pitch - 0.35).powi(2) / 0.02).exp(),
        clouds: [Turn::of(9.0 * pitch), Turn::of(4.0 * pitch)],
        layers: [Turn::of(70.0 * pitch), Turn::of(260.0 * pitch)],
        cracks: [Turn::of(31.0 * pitch), Turn::of(47.0 * pitch)],
        glint: (400.0 * pitch).sin(),
        sun: Turn::of(pitch),
    }
}

fn sky(c: &Column, r: &Row) -> Colour {
    // Clouds: soft bands drifting around.
    let cloud = (c.clouds[0].sin_plus(r.clouds[0]) * c.clouds[1].sin_minus(r.clouds[1])).max(0.0);
    let colour = mix(r.sky, [0.97, 0.97, 0.98], cloud * r.band * 0.8);
    // The sun and its glow.
    let (sun_sin, sun_cos) = SUN.1.sin_cos();
    let cos_angle = r.sun.sin * sun_sin + r.sun.cos * sun_cos * c.sunward;
    if cos_angle < 0.3 {
        return colour;
    }
    let angle = cos_angle.min(1.0).acos();
    if angle < 0.045 {
        return [1.0, 0.98, 0.88];
    }
    mix(colour, [1.0, 0.93, 0.75], (-angle / 0.25).exp() * 0.7)
}

fn sea(c: &Column, r: &Row) -> Colour {
    let depth = (-r.pitch / 0.04).clamp(0.0, 1.0);
    let glint = (c.glint * r.glint).max(0.0) * 0.15;
    let base = mix([0.35, 0.55, 0.70], [0.10, 0.28, 0.45], depth);
    mix(base, [0.9, 0.95, 1.0], glint)
}

fn wall(c: &Column, r: &Row) -> Colour {
    // Layers of ash and lava, tilted and wavy.
    let layer = r.layers[0].sin_plus(c.layers[0]) * 0.5 + 0.5;
    let fine = r.layers[1].sin_plus(c.layers[1]) * 0.5 + 0.5;
    let rock = mix([0.36, 0.28, 0.24], [0.55, 0.45, 0.38], layer);
    let rock = mix(rock, [0.25, 0.22, 0.21], fine * 0.35);
    // Darker deeper down, lit where it faces the sun.
    let depth = ((c.rim - r.pitch) / (c.rim - c.floor)).clamp(0.0, 1.0);
    scale(rock, c.light * (1.0 - 0.5 * depth))
}

fn floor(c: &Column, r: &Row) -> Colour {
    // The lava lake fills the middle of the floor, straight down, its
    // crust cracked where two sets of waves cross zero.
    let down = (r.pitch + PI / 2.0) / (PI / 2.0 + c.floor);
    if down < 0.7 {
        let heat = 1.0 - down / 0.7;
        let lava = mix([0.95, 0.35, 0.05], [1.0, 0.85, 0.30], heat);
        let a = c.cracks[0].sin_plus(r.cracks[0]).abs();
        let b = c.cracks[1].sin_minus(r.cracks[1]).abs();
        let crack = (1.0 - a.min(b) / 0.12).max(0.0);
        let crust = mix([0.22, 0.09, 0.05], [0.45, 0.16, 0.06], heat);
        return mix(crust, lava, crack.max(heat * heat * 0.6));
    }
    let edge = ((down - 0.7) / 0.08).clamp(0.0, 1.0);
    mix([0.65, 0.22, 0.06], [0.20, 0.16, 0.15], edge)
}

/// The picture, `WIDTH` × `HEIGHT`.
pub fn render() -> RgbImage {
    let columns: Vec<Column> = (0..WIDTH).map(column).collect();
    let rows: Vec<Row> = (0..HEIGHT).map(row).collect();
    RgbImage::from_fn(WIDTH, HEIGHT, |x, y| {
        let (c, r) = (&columns[x as usize], &rows[y as usize]);
        let colour = if r.pitch > c.rim.max(0.0) {
            sky(c, r)
        } else if r.pitch > c.rim {
            sea(c, r)
        } else if r.pitch > c.floor {
            wall(c, r)
        } else {
            floor(c, r)
        };
        let byte = |v: f64| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
        Rgb([byte(colour[0]), byte(colour[1]), byte(colour[2])])
    })
}

/// The picture as a JPEG.
pub fn jpeg() -> anyhow::Result<Vec<u8>> {
    let picture = render();
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85).write_image(
        picture.as_raw(),
        WIDTH,
        HEIGHT,
        image::ExtendedColorType::Rgb8,
    )?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sky_is_up_the_lava_down_and_it_wraps_around() {
        let picture = render();
        assert_eq!(picture.dimensions(), (WIDTH, HEIGHT));
        assert!(model::panorama::fits_panorama(WIDTH, HEIGHT));
        let top = picture.get_pixel(100, 10);
        assert!(top[2] > top[0], "blue sky above: {top:?}");
        let bottom = picture.get_pixel(2000, HEIGHT - 5);
        assert!(bottom[0] > 200 && bottom[2] < 120, "lava below: {bottom:?}");
        // Left and right edges meet: no seam behind the start.
        for y in (0..HEIGHT).step_by(64) {
            let (a, b) = (picture.get_pixel(0, y), picture.get_pixel(WIDTH - 1, y));
            let diff: i32 = (0..3)
                .map(|i| (i32::from(a[i]) - i32::from(b[i])).abs())
                .sum();
            assert!(diff < 60, "row {y}: {a:?} against {b:?}");
        }
    }
}
