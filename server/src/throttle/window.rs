//! A guessing limit's window: how tries count up in one fixed window of
//! `WINDOW_SECONDS` and when the limit says to wait. Pure arithmetic, kept
//! by `db::throttle` and applied by `throttle`.

/// Failed tries allowed per key in one window.
pub const MAX_FAILURES: u32 = 10;
/// The window's length, in seconds.
pub const WINDOW_SECONDS: i64 = 15 * 60;

/// One key's window as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub started_at: i64,
    pub failures: u32,
}

/// A window after one more try at `now`: the same window counting one
/// more, or a fresh one when the old has passed.
pub fn after_try(window: Option<Window>, now: i64) -> Window {
    match window {
        Some(w) if now < w.started_at + WINDOW_SECONDS => Window {
            failures: w.failures.saturating_add(1),
            ..w
        },
        _ => Window {
            started_at: now,
            failures: 1,
        },
    }
}

/// Seconds to wait before another try is allowed, if the window (already
/// counting this try) is over the limit.
pub fn wait(window: Window, now: i64) -> Option<u64> {
    let ends = window.started_at + WINDOW_SECONDS;
    (window.failures > MAX_FAILURES && now < ends).then(|| (ends - now) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tries_count_up_within_a_window_and_start_again_after_it() {
        let first = after_try(None, 1000);
        assert_eq!(
            first,
            Window {
                started_at: 1000,
                failures: 1
            }
        );
        let second = after_try(Some(first), 1000 + WINDOW_SECONDS - 1);
        assert_eq!(second.failures, 2);
        assert_eq!(second.started_at, 1000);
        let fresh = after_try(Some(second), 1000 + WINDOW_SECONDS);
        assert_eq!(
            fresh,
            Window {
                started_at: 1000 + WINDOW_SECONDS,
                failures: 1
            }
        );
    }

    #[test]
    fn the_limit_allows_exactly_max_failures_then_says_how_long_to_wait() {
        let mut window = None;
        for n in 1..=MAX_FAILURES {
            let w = after_try(window, 1000 + i64::from(n));
            assert_eq!(wait(w, 1000 + i64::from(n)), None, "try {n}");
            window = Some(w);
        }
        let over = after_try(window, 1100);
        assert_eq!(
            wait(over, 1100),
            Some((1001 + WINDOW_SECONDS - 1100) as u64)
        );
        // Once the window has passed, tries are allowed again.
        let later = 1001 + WINDOW_SECONDS;
        assert_eq!(wait(after_try(Some(over), later), later), None);
    }
}
