//! A panorama wider or higher than the GPU's largest texture is cut into
//! tiles that each fit; the renderer draws one pass per tile.

/// A piece of the picture, in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tile {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

/// The tiles of a `width` × `height` picture for textures of at most
/// `max` pixels a side: as few as fit, of equal size but for the last.
pub fn tiles(width: u32, height: u32, max: u32) -> Vec<Tile> {
    let max = max.max(1);
    let columns = width.div_ceil(max).max(1);
    let rows = height.div_ceil(max).max(1);
    let (tile_width, tile_height) = (width.div_ceil(columns), height.div_ceil(rows));
    let mut out = Vec::with_capacity((columns * rows) as usize);
    for row in 0..rows {
        for column in 0..columns {
            let (x, y) = (column * tile_width, row * tile_height);
            out.push(Tile {
                x,
                y,
                width: tile_width.min(width - x),
                height: tile_height.min(height - y),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_that_fits_is_one_tile() {
        assert_eq!(
            tiles(4096, 2048, 4096),
            vec![Tile {
                x: 0,
                y: 0,
                width: 4096,
                height: 2048
            }]
        );
    }

    #[test]
    fn a_wide_picture_splits_into_columns_covering_it_exactly() {
        for (width, height, max) in [(8192, 4096, 4096), (8000, 4000, 2048), (5001, 2500, 4096)] {
            let cut = tiles(width, height, max);
            assert!(cut.iter().all(|t| t.width <= max && t.height <= max));
            let area: u64 = cut
                .iter()
                .map(|t| u64::from(t.width) * u64::from(t.height))
                .sum();
            assert_eq!(area, u64::from(width) * u64::from(height));
            assert!(cut
                .iter()
                .all(|t| t.x + t.width <= width && t.y + t.height <= height));
        }
        assert_eq!(tiles(8192, 4096, 4096).len(), 2);
        assert_eq!(tiles(8192, 4096, 2048).len(), 8);
    }
}
