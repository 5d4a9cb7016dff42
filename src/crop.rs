//! The picture cropper's geometry: which square of an image becomes the
//! user's picture, as the person zooms and drags. Plain arithmetic in image
//! pixels, so it is tested natively.

/// How far in the cropper zooms: a quarter of the shorter side.
pub const MAX_ZOOM: f64 = 4.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Crop {
    /// Image width and height, in pixels.
    pub width: f64,
    pub height: f64,
    /// 1 shows the largest square the image holds.
    pub zoom: f64,
    /// The square's centre, in image pixels; always keeps it inside.
    pub center_x: f64,
    pub center_y: f64,
}

impl Crop {
    /// The largest square, in the middle: what most portraits want.
    pub fn centred(width: f64, height: f64) -> Crop {
        Crop {
            width,
            height,
            zoom: 1.0,
            center_x: width / 2.0,
            center_y: height / 2.0,
        }
    }

    /// The square's side, in image pixels.
    pub fn side(&self) -> f64 {
        self.width.min(self.height) / self.zoom
    }

    /// The square's top-left corner and side, in image pixels.
    pub fn square(&self) -> (f64, f64, f64) {
        let side = self.side();
        (self.center_x - side / 2.0, self.center_y - side / 2.0, side)
    }

    pub fn zoomed(self, zoom: f64) -> Crop {
        Crop {
            zoom: zoom.clamp(1.0, MAX_ZOOM),
            ..self
        }
        .kept_inside()
    }

    /// Follows a drag of `dx`, `dy` screen pixels over a preview `view`
    /// pixels wide: the picture moves with the pointer, so the square moves
    /// the other way.
    pub fn dragged(self, dx: f64, dy: f64, view: f64) -> Crop {
        let scale = self.side() / view;
        Crop {
            center_x: self.center_x - dx * scale,
            center_y: self.center_y - dy * scale,
            ..self
        }
        .kept_inside()
    }

    fn kept_inside(self) -> Crop {
        let half = self.side() / 2.0;
        Crop {
            center_x: self.center_x.clamp(half, self.width - half),
            center_y: self.center_y.clamp(half, self.height - half),
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_picture_starts_as_its_middle_square() {
        let crop = Crop::centred(400.0, 200.0);
        assert_eq!(crop.square(), (100.0, 0.0, 200.0));
    }

    #[test]
    fn zooming_keeps_the_centre_and_stays_within_limits() {
        let crop = Crop::centred(400.0, 200.0).zoomed(2.0);
        assert_eq!(crop.square(), (150.0, 50.0, 100.0));
        assert_eq!(Crop::centred(400.0, 200.0).zoomed(9.0).zoom, MAX_ZOOM);
        assert_eq!(Crop::centred(400.0, 200.0).zoomed(0.2).zoom, 1.0);
    }

    #[test]
    fn dragging_moves_the_picture_with_the_pointer_but_never_off_the_square() {
        // Preview 100 px wide showing 200 image px: 1 screen px = 2 image px.
        let crop = Crop::centred(400.0, 200.0);
        let moved = crop.dragged(-25.0, 0.0, 100.0);
        assert_eq!(
            moved.square(),
            (150.0, 0.0, 200.0),
            "dragging left shows more of the right"
        );
        let far = crop.dragged(-1000.0, 1000.0, 100.0);
        assert_eq!(far.square(), (200.0, 0.0, 200.0), "stops at the edges");
    }

    #[test]
    fn zooming_out_near_an_edge_pulls_the_square_back_inside() {
        let crop = Crop::centred(400.0, 200.0)
            .zoomed(4.0)
            .dragged(1000.0, 1000.0, 100.0);
        assert_eq!(crop.square(), (0.0, 0.0, 50.0));
        assert_eq!(crop.zoomed(1.0).square(), (0.0, 0.0, 200.0));
    }
}
