//! Time as the server stores it (Unix seconds, UTC) and shows it.
//!
//! Every handler reads the time from the `Clock` in `AppState`, never from
//! the system directly, so tests of retention move time forward by days
//! instead of waiting for them.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

pub const DAY: i64 = 24 * 60 * 60;

/// The system clock, plus an offset that only tests change.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset: Arc<AtomicI64>,
}

impl Clock {
    pub fn system() -> Self {
        Clock::default()
    }

    pub fn now(&self) -> i64 {
        OffsetDateTime::now_utc().unix_timestamp() + self.offset.load(Ordering::Relaxed)
    }

    /// Moves this clock (and every clone of it) `seconds` into the future.
    pub fn advance(&self, seconds: i64) {
        self.offset.fetch_add(seconds, Ordering::Relaxed);
    }
}

fn datetime(unix: i64) -> OffsetDateTime {
    // Stored times come from a `Clock`, so they are always in range.
    OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// `2026-11-28T10:00:00Z`
pub fn rfc3339(unix: i64) -> String {
    datetime(unix)
        .format(&Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".into())
}

/// `2026-11-28`
pub fn date(unix: i64) -> String {
    let d = datetime(unix).date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_utc_and_iso() {
        assert_eq!(rfc3339(1_795_860_000), "2026-11-28T10:00:00Z");
        assert_eq!(date(1_795_860_000), "2026-11-28");
    }

    #[test]
    fn an_advanced_clock_moves_all_its_clones() {
        let clock = Clock::system();
        let clone = clock.clone();
        let before = clone.now();
        clock.advance(90 * DAY);
        let moved = clone.now() - before;
        assert!((90 * DAY..90 * DAY + 5).contains(&moved), "moved {moved}");
    }
}
