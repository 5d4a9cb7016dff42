//! Where a hotspot goes when it is added without a click on the picture
//! (the "Add hotspot" button, by keyboard): the free place nearest the
//! picture's centre, so that hotspots added one after another never cover
//! each other.

/// Grid step across, as a fraction of the picture's width: a little more
/// than one marker on a picture of editor size. Down, the step is as long
/// on screen.
const STEP: f64 = 0.06;
/// How far from the centre the grid reaches, each way (8 % to 92 %).
const REACH: f64 = 0.42;

/// The free grid place nearest the centre of a picture `aspect` (width
/// over height), in reading order among equals (above, then left, right,
/// below); the centre itself when every place is taken.
pub fn free_spot(taken: &[(f64, f64)], aspect: f64) -> (f64, f64) {
    let aspect = if aspect.is_finite() && aspect > 0.0 {
        aspect
    } else {
        1.0
    };
    let row_step = STEP * aspect;
    let reach = |step: f64| (REACH / step).floor() as i32;
    let (columns, rows) = (reach(STEP), reach(row_step));
    let mut places: Vec<(i32, i32)> = (-rows..=rows)
        .flat_map(|row| (-columns..=columns).map(move |column| (column, row)))
        .collect();
    // Stable: equals keep the reading order of the grid.
    places.sort_by_key(|&(column, row)| column * column + row * row);
    places
        .into_iter()
        .map(|(column, row)| {
            (
                0.5 + f64::from(column) * STEP,
                0.5 + f64::from(row) * row_step,
            )
        })
        .find(|&place| taken.iter().all(|&other| apart(place, other, aspect)))
        .unwrap_or((0.5, 0.5))
}

/// The free place nearest `centre` of a panorama (a point of its 2:1
/// picture, around which `x` wraps): `free_spot`'s search, moved there.
pub fn free_spot_around(centre: (f64, f64), taken: &[(f64, f64)]) -> (f64, f64) {
    let (cx, cy) = centre;
    let moved: Vec<(f64, f64)> = taken
        .iter()
        .map(|&(x, y)| ((x - cx + 0.5).rem_euclid(1.0), y - cy + 0.5))
        .collect();
    let (x, y) = free_spot(&moved, 2.0);
    (
        (x + cx - 0.5).rem_euclid(1.0),
        (y + cy - 0.5).clamp(0.0, 1.0),
    )
}

/// Far enough apart on screen that neither marker hides the other.
fn apart(a: (f64, f64), b: (f64, f64), aspect: f64) -> bool {
    (a.0 - b.0).hypot((a.1 - b.1) / aspect) >= STEP * 0.99
}

/// Which ninth of the picture a place is in: what the editor says when it
/// adds a hotspot there ("in the middle", "top left", …, in the page's
/// language).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    TopLeft,
    Top,
    TopRight,
    Left,
    Middle,
    Right,
    BottomLeft,
    Bottom,
    BottomRight,
}

/// Where a place is: its ninth of the picture.
pub fn describe(x: f64, y: f64) -> Place {
    let third = |v: f64| (v * 3.0).floor().clamp(0.0, 2.0) as usize;
    [
        [Place::TopLeft, Place::Top, Place::TopRight],
        [Place::Left, Place::Middle, Place::Right],
        [Place::BottomLeft, Place::Bottom, Place::BottomRight],
    ][third(y)][third(x)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_goes_to_the_centre_and_the_next_beside_it_as_far_on_screen() {
        let first = free_spot(&[], 1.5);
        assert_eq!(first, (0.5, 0.5));
        let second = free_spot(&[first], 1.5);
        assert!(
            second.0 == 0.5 && (second.1 - (0.5 - STEP * 1.5)).abs() < 1e-9,
            "above: {second:?}"
        );
        let third = free_spot(&[first, second], 1.5);
        assert!(
            (third.0 - (0.5 - STEP)).abs() < 1e-9 && third.1 == 0.5,
            "left: {third:?}"
        );
    }

    #[test]
    fn in_a_panorama_the_first_goes_where_one_looks_and_the_next_beside_it() {
        let first = free_spot_around((0.9, 0.4), &[]);
        assert!((first.0 - 0.9).abs() < 1e-9 && (first.1 - 0.4).abs() < 1e-9);
        let second = free_spot_around((0.99, 0.4), &[(0.99, 0.4)]);
        assert_ne!(second, (0.99, 0.4));
        assert!((0.0..1.0).contains(&second.0), "wraps around: {second:?}");
        assert!(
            (second.0 - 0.99).abs().min(1.0 - (second.0 - 0.99).abs()) < 0.1,
            "beside it, across the seam if need be: {second:?}"
        );
    }

    #[test]
    fn no_new_hotspot_covers_another_until_the_grid_is_full() {
        for aspect in [0.5, 1.0, 1.5, 2.0, f64::NAN] {
            let shape = if aspect.is_nan() { 1.0 } else { aspect };
            let mut taken = Vec::new();
            loop {
                let place = free_spot(&taken, aspect);
                if taken.contains(&place) {
                    break;
                }
                assert!(
                    taken.iter().all(|&other| apart(place, other, shape)),
                    "{aspect}"
                );
                assert!((0.05..=0.95).contains(&place.0) && (0.05..=0.95).contains(&place.1));
                taken.push(place);
            }
            assert!(taken.len() >= 50, "{aspect}: room for {} only", taken.len());
            assert_eq!(
                free_spot(&taken, aspect),
                (0.5, 0.5),
                "full: the centre again"
            );
        }
    }

    #[test]
    fn hotspots_placed_by_hand_are_avoided_too() {
        let by_hand = [(0.49, 0.51), (0.44, 0.5)];
        let place = free_spot(&by_hand, 1.5);
        assert!(by_hand.iter().all(|&other| apart(place, other, 1.5)));
    }

    #[test]
    fn places_are_told_by_their_ninth_of_the_picture() {
        assert_eq!(describe(0.5, 0.5), Place::Middle);
        assert_eq!(describe(0.1, 0.5), Place::Left);
        assert_eq!(describe(0.5, 0.9), Place::Bottom);
        assert_eq!(describe(0.9, 0.05), Place::TopRight);
        assert_eq!(describe(1.0, 1.0), Place::BottomRight);
    }
}
