//! Time as the server stores it (Unix seconds, UTC) and shows it.

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

pub fn now() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

fn datetime(unix: i64) -> OffsetDateTime {
    // Stored times come from `now()`, so they are always in range.
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
}
