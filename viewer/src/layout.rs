//! Where things go on screen: markers inside the picture, popups beside
//! their hotspot.

/// A rectangle in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    fn right(&self) -> f64 {
        self.left + self.width
    }
    fn bottom(&self) -> f64 {
        self.top + self.height
    }
}

/// A marker's `left` and `top` for a hotspot at fractions (x, y) of the
/// picture: there, as percentages, but never hanging over the picture's
/// edge (17px is half a marker, as `assets/viewer.css` draws it). Set on
/// the marker itself rather than through custom properties: a custom
/// property of its own makes each of thousands of markers a style of its
/// own for the browser to work out.
pub fn marker_position(x: f64, y: f64) -> (String, String) {
    let at = |f: f64| {
        let at = percent(f.clamp(0.0, 1.0) * 100.0);
        format!("clamp(17px, {at}, calc(100% - 17px))")
    };
    (at(x), at(y))
}

/// `value` as a CSS percentage to three decimals ("25.000%"), written with
/// integers: Rust's float formatting costs the viewer about 12 KB of Wasm.
pub fn percent(value: f64) -> String {
    let thousandths = (value * 1000.0).round() as i64;
    let sign = if thousandths < 0 { "-" } else { "" };
    let magnitude = thousandths.unsigned_abs();
    format!("{sign}{}.{:03}%", magnitude / 1000, magnitude % 1000)
}

/// Space kept between a popup, its hotspot and the window's edge.
const GAP: f64 = 12.0;

/// Where a popup of `size` opens for a hotspot at `marker`, in a window of
/// `viewport`: beside the hotspot on the side with room (right, left, below,
/// above, in that order), so it never covers its own hotspot where space
/// allows; otherwise centred. Always inside the window.
pub fn popup_position(marker: Rect, size: (f64, f64), viewport: (f64, f64)) -> (f64, f64) {
    let (w, h) = size;
    let (vw, vh) = viewport;
    let fits_x = |left: f64| left >= GAP && left + w <= vw - GAP;
    let fits_y = |top: f64| top >= GAP && top + h <= vh - GAP;
    // `max` then `min` rather than `f64::clamp`, whose check of its bounds
    // formats floats with `Debug` and so keeps Rust's float printing
    // (about 12 KB) in the viewer. The upper bound is never below GAP.
    let clamp_x = |left: f64| left.max(GAP).min((vw - w - GAP).max(GAP));
    let clamp_y = |top: f64| top.max(GAP).min((vh - h - GAP).max(GAP));
    let centre_y = clamp_y(marker.top + marker.height / 2.0 - h / 2.0);
    let centre_x = clamp_x(marker.left + marker.width / 2.0 - w / 2.0);

    let right = marker.right() + GAP;
    let left = marker.left - GAP - w;
    let below = marker.bottom() + GAP;
    let above = marker.top - GAP - h;
    if fits_x(right) && h <= vh - 2.0 * GAP {
        (right, centre_y)
    } else if fits_x(left) && h <= vh - 2.0 * GAP {
        (left, centre_y)
    } else if fits_y(below) {
        (centre_x, below)
    } else if fits_y(above) {
        (centre_x, above)
    } else {
        (clamp_x((vw - w) / 2.0), clamp_y((vh - h) / 2.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(left: f64, top: f64) -> Rect {
        Rect {
            left,
            top,
            width: 34.0,
            height: 34.0,
        }
    }

    fn overlaps(a: Rect, b: Rect) -> bool {
        a.left < b.right() && b.left < a.right() && a.top < b.bottom() && b.top < a.bottom()
    }

    #[test]
    fn popups_open_beside_their_hotspot_and_inside_the_window() {
        let viewport = (1280.0, 800.0);
        let size = (400.0, 300.0);
        for (x, y) in [
            (100.0, 100.0),
            (1200.0, 400.0),
            (640.0, 20.0),
            (640.0, 760.0),
            (5.0, 5.0),
        ] {
            let m = marker(x, y);
            let (left, top) = popup_position(m, size, viewport);
            let popup = Rect {
                left,
                top,
                width: size.0,
                height: size.1,
            };
            assert!(
                !overlaps(popup, m),
                "popup covers the hotspot at ({x}, {y})"
            );
            assert!(
                left >= GAP && left + size.0 <= viewport.0 - GAP,
                "inside horizontally at ({x}, {y})"
            );
            assert!(
                top >= GAP && top + size.1 <= viewport.1 - GAP,
                "inside vertically at ({x}, {y})"
            );
        }
    }

    #[test]
    fn the_right_side_is_preferred_then_the_left() {
        let (left, _) = popup_position(marker(100.0, 300.0), (300.0, 200.0), (1280.0, 800.0));
        assert_eq!(left, 100.0 + 34.0 + GAP);
        let (left, _) = popup_position(marker(1100.0, 300.0), (300.0, 200.0), (1280.0, 800.0));
        assert_eq!(left, 1100.0 - GAP - 300.0);
    }

    #[test]
    fn on_a_phone_the_popup_goes_below_or_above() {
        let phone = (390.0, 844.0);
        let size = (366.0, 300.0);
        let (_, top) = popup_position(marker(180.0, 100.0), size, phone);
        assert_eq!(top, 100.0 + 34.0 + GAP);
        let (_, top) = popup_position(marker(180.0, 700.0), size, phone);
        assert_eq!(top, 700.0 - GAP - 300.0);
    }

    #[test]
    fn a_popup_larger_than_the_window_is_centred_and_starts_inside_it() {
        let (left, top) = popup_position(marker(100.0, 100.0), (2000.0, 2000.0), (390.0, 844.0));
        assert_eq!((left, top), (GAP, GAP));
    }

    #[test]
    fn marker_positions_are_percentages_within_the_picture() {
        assert_eq!(
            marker_position(0.25, 1.0),
            (
                "clamp(17px, 25.000%, calc(100% - 17px))".to_string(),
                "clamp(17px, 100.000%, calc(100% - 17px))".to_string()
            )
        );
        assert_eq!(
            marker_position(7.0, -1.0),
            (
                "clamp(17px, 100.000%, calc(100% - 17px))".to_string(),
                "clamp(17px, 0.000%, calc(100% - 17px))".to_string()
            )
        );
        assert_eq!(
            marker_position(1.0 / 3.0, 0.0001).0,
            "clamp(17px, 33.333%, calc(100% - 17px))"
        );
    }

    #[test]
    fn percentages_match_rusts_float_formatting() {
        for value in [
            0.0, 0.0004, 0.0006, 1.5, 33.3334, 99.9996, 100.0, -0.25, -12.3456, 140.0,
        ] {
            assert_eq!(percent(value), format!("{value:.3}%"), "{value}");
        }
    }
}
