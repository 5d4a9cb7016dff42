//! Time as the server stores it (Unix seconds, UTC) and shows it.
//!
//! Every handler reads the time from the `Clock` in `AppState`, never from
//! the system directly, so tests of retention move time forward by days
//! instead of waiting for them.

use crate::error::{AppError, AppResult};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime};

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

fn parse_day(day: &str) -> AppResult<Date> {
    Date::parse(day, format_description!("[year]-[month]-[day]"))
        .map_err(|e| AppError::Internal(anyhow::anyhow!("not a day {day:?}: {e}")))
}

/// Every day from `from` to `to` (`YYYY-MM-DD`, both included), in order.
pub fn days_between(from: &str, to: &str) -> AppResult<Vec<String>> {
    let (mut day, last) = (parse_day(from)?, parse_day(to)?);
    let mut days = Vec::new();
    while day <= last {
        days.push(date(day.midnight().assume_utc().unix_timestamp()));
        match day.next_day() {
            Some(next) => day = next,
            None => break,
        }
    }
    Ok(days)
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

    #[test]
    fn days_between_counts_every_day_across_months_and_years() {
        assert_eq!(
            days_between("2026-12-30", "2027-01-02").unwrap(),
            ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]
        );
        assert_eq!(
            days_between("2028-02-28", "2028-03-01").unwrap(),
            ["2028-02-28", "2028-02-29", "2028-03-01"]
        );
        assert_eq!(
            days_between("2026-11-28", "2026-11-28").unwrap(),
            ["2026-11-28"]
        );
        assert!(days_between("2026-11-29", "2026-11-28").unwrap().is_empty());
        assert!(days_between("yesterday", "2026-11-28").is_err());
    }
}
