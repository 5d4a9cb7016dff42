//! The statistics chart's geometry: bars for views, a line for visitors,
//! a y axis with round ticks. Plain arithmetic (tested natively); the
//! component turns it into SVG.
//!
//! A count may be unknown below a threshold (`None`: "fewer than 5" for a
//! student's scene); it is drawn at half the threshold and marked, so the
//! chart never claims more precision than the numbers it was given.
//!
//! The words (`count_text`, the axis's numbers and dates) are the page's
//! language's, so they exist in the browser only; the geometry is tested
//! natively, the words in `tests/components.rs`.

pub use model::stats::SMALL_COUNT_BELOW as HIDDEN_BELOW;

/// The drawing area inside the SVG's view box, in its units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plot {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Plot {
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// Drawn from a hidden count ("fewer than 5"), not an exact one.
    pub approximate: bool,
}

/// The value a count is drawn at.
fn drawn(count: Option<u64>) -> f64 {
    count.map_or(HIDDEN_BELOW as f64 / 2.0, |c| c as f64)
}

/// The top of the y axis: a round number at or above `max` (1, 2 or 5
/// times a power of ten), and at least 5 so small counts do not fill it.
pub fn axis_max(max: u64) -> u64 {
    let max = max.max(HIDDEN_BELOW);
    let mut unit = 1;
    loop {
        for step in [1, 2, 5] {
            if step * unit >= max {
                return step * unit;
            }
        }
        unit *= 10;
    }
}

/// Evenly spaced round ticks from 0 to `axis_max` (at most six): the
/// smallest step of 1, 2 or 5 times a power of ten that divides it into five
/// parts or fewer.
pub fn ticks(axis_max: u64) -> Vec<u64> {
    let mut unit = 1;
    let step = loop {
        if let Some(step) = [1, 2, 5]
            .into_iter()
            .map(|s| s * unit)
            .find(|s| axis_max / s <= 5 && axis_max.is_multiple_of(*s))
        {
            break step;
        }
        unit *= 10;
    };
    (0..=axis_max / step).map(|i| i * step).collect()
}

/// The largest drawn value among several series.
pub fn largest(series: &[&[Option<u64>]]) -> u64 {
    series
        .iter()
        .flat_map(|s| s.iter())
        .map(|c| c.unwrap_or(HIDDEN_BELOW - 1))
        .max()
        .unwrap_or(0)
}

fn y_of(value: f64, axis_max: u64, plot: &Plot) -> f64 {
    plot.bottom() - value / axis_max as f64 * plot.height
}

/// One bar per count, evenly across the plot, with a gap between.
pub fn bars(counts: &[Option<u64>], axis_max: u64, plot: &Plot) -> Vec<Bar> {
    let slot = plot.width / counts.len().max(1) as f64;
    counts
        .iter()
        .enumerate()
        .map(|(i, &count)| {
            let y = y_of(drawn(count), axis_max, plot);
            Bar {
                x: plot.left + i as f64 * slot + slot * 0.15,
                y,
                width: slot * 0.7,
                height: plot.bottom() - y,
                approximate: count.is_none(),
            }
        })
        .collect()
}

/// The line through the middle of each bar's slot, as SVG `points`.
pub fn line(counts: &[Option<u64>], axis_max: u64, plot: &Plot) -> String {
    let slot = plot.width / counts.len().max(1) as f64;
    counts
        .iter()
        .enumerate()
        .map(|(i, &count)| {
            let x = plot.left + (i as f64 + 0.5) * slot;
            format!("{x:.1},{:.1}", y_of(drawn(count), axis_max, plot))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Which of `days` dates get a label under the axis: about `room` of them,
/// always the last (today).
pub fn labelled(days: usize, room: usize) -> Vec<usize> {
    if days == 0 {
        return Vec::new();
    }
    let every = days.div_ceil(room.max(1));
    (0..days)
        .filter(|i| (days - 1 - i).is_multiple_of(every))
        .collect()
}

/// How a count reads in words and tables: the number as the page's
/// language writes it, or "fewer than 5".
#[cfg(target_arch = "wasm32")]
pub fn count_text(count: Option<u64>) -> String {
    match count {
        Some(n) => crate::text::number(n as f64),
        None => crate::text::t_with(
            "stats-fewer-than",
            &[("count", crate::text::Arg::Number(HIDDEN_BELOW as f64))],
        ),
    }
}

/// A tick's number on the y axis.
#[cfg(target_arch = "wasm32")]
pub fn tick_text(tick: u64) -> String {
    crate::text::number(tick as f64)
}

/// A day's label under the x axis ("30 Nov"), from its `YYYY-MM-DD`.
#[cfg(target_arch = "wasm32")]
pub fn axis_date(day: &str) -> String {
    crate::text::date(day, crate::text::DateStyle::DayMonth)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLOT: Plot = Plot {
        left: 40.0,
        top: 10.0,
        width: 300.0,
        height: 100.0,
    };

    #[test]
    fn the_axis_ends_on_a_round_number_of_at_least_five() {
        let cases = [
            (0, 5),
            (3, 5),
            (5, 5),
            (6, 10),
            (11, 20),
            (23, 50),
            (99, 100),
            (101, 200),
            (4_999, 5_000),
        ];
        for (max, expected) in cases {
            assert_eq!(axis_max(max), expected, "max {max}");
        }
    }

    #[test]
    fn ticks_are_few_round_and_reach_the_top() {
        assert_eq!(ticks(5), [0, 1, 2, 3, 4, 5]);
        assert_eq!(ticks(10), [0, 2, 4, 6, 8, 10]);
        assert_eq!(ticks(20), [0, 5, 10, 15, 20]);
        assert_eq!(ticks(50), [0, 10, 20, 30, 40, 50]);
        assert_eq!(ticks(200), [0, 50, 100, 150, 200]);
        assert_eq!(ticks(5_000), [0, 1_000, 2_000, 3_000, 4_000, 5_000]);
    }

    #[test]
    fn bars_stand_on_the_axis_and_scale_to_it() {
        let bars = bars(&[Some(0), Some(5), Some(10), None], 10, &PLOT);
        assert_eq!(bars.len(), 4);
        assert_eq!(bars[0].height, 0.0);
        assert_eq!(bars[1].height, 50.0);
        assert_eq!((bars[2].y, bars[2].height), (10.0, 100.0));
        assert!(
            bars[3].approximate && bars[3].height == 25.0,
            "{:?}",
            bars[3]
        );
        assert!(bars.iter().all(|b| b.y + b.height == PLOT.bottom()));
        // Evenly spaced, none overlapping.
        assert!(bars.windows(2).all(|w| w[0].x + w[0].width < w[1].x));
        assert_eq!(bars[0].x, 40.0 + 75.0 * 0.15);
    }

    #[test]
    fn the_line_runs_through_the_middle_of_each_day() {
        assert_eq!(
            line(&[Some(0), Some(10)], 10, &PLOT),
            "115.0,110.0 265.0,10.0"
        );
    }

    // How they read ("fewer than 5") needs the page's catalogue: see
    // `on_a_students_scene_small_counts_read_fewer_than_5` in
    // tests/components.rs.
    #[test]
    fn hidden_counts_count_as_four_for_the_axis() {
        assert_eq!(HIDDEN_BELOW, 5);
        assert_eq!(largest(&[&[None, Some(2)], &[Some(1)]]), 4);
        assert_eq!(largest(&[&[Some(12)], &[None]]), 12);
    }

    #[test]
    fn labels_fall_evenly_and_always_on_today() {
        assert_eq!(labelled(7, 7), [0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(labelled(30, 6), [4, 9, 14, 19, 24, 29]);
        assert_eq!(labelled(1, 6), [0]);
        assert!(labelled(0, 6).is_empty());
    }
}
