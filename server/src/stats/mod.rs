//! Anonymous viewer statistics in memory: the counts of events received
//! since the last write (`counts`; flushed to the database every second,
//! when they pile up, before statistics are read and at shutdown), the
//! daily salt that tells visitors apart without knowing who they are, and
//! the rate limit on `POST /api/events`. `report` turns stored counts into
//! what an owner is shown.
//!
//! Neither an IP address nor a user agent is kept here: both go into a
//! keyed hash at once, and only the hash stays.

pub mod counts;
pub mod report;

use crate::clock;
use crate::db;
use crate::error::AppResult;
use crate::AppState;
use counts::{Counts, VisitorHash};
use hmac::{Hmac, Mac};
use model::ViewerEvent;
use rand::RngCore;
use sha2::Sha256;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// How often the counts are written.
pub const FLUSH_EVERY: Duration = Duration::from_secs(1);

/// The limits of `POST /api/events`. The defaults suit a real server; the
/// load example raises them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Batches one source may send at once.
    pub burst: u32,
    /// Seconds until a source may send one more batch.
    pub refill_seconds: u32,
    /// Sources remembered before idle ones are forgotten.
    pub max_sources: usize,
    /// Events held in memory before a write starts without waiting for
    /// the next second.
    pub flush_threshold: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            burst: 30,
            refill_seconds: 1,
            max_sources: 100_000,
            flush_threshold: 10_000,
        }
    }
}

/// A token bucket per source. Sources are keyed hashes of their address,
/// so the table holds no address either.
#[derive(Debug)]
struct RateLimiter {
    limits: Limits,
    sources: HashMap<[u8; 16], Bucket>,
}

#[derive(Clone, Copy, Debug)]
struct Bucket {
    tokens: u32,
    /// When `tokens` was last brought up to date (Unix seconds).
    at: i64,
}

impl RateLimiter {
    /// The bucket's tokens at `now`, refilled since it was last used.
    fn refilled(&self, bucket: Bucket, now: i64) -> u32 {
        let every = i64::from(self.limits.refill_seconds.max(1));
        let earned = (now - bucket.at).max(0) / every;
        let earned = u32::try_from(earned).unwrap_or(u32::MAX);
        bucket.tokens.saturating_add(earned).min(self.limits.burst)
    }

    /// Takes one token from `source`'s bucket; answers whether there was one.
    fn allow(&mut self, source: [u8; 16], now: i64) -> bool {
        if self.sources.len() >= self.limits.max_sources && !self.sources.contains_key(&source) {
            self.prune(now);
        }
        let burst = self.limits.burst;
        let bucket = self.sources.get(&source).copied().unwrap_or(Bucket {
            tokens: burst,
            at: now,
        });
        let mut tokens = self.refilled(bucket, now);
        // Time earned but not yet a whole token is kept, unless the bucket
        // is full anyway.
        let every = i64::from(self.limits.refill_seconds.max(1));
        let at = if tokens == burst {
            now
        } else {
            bucket.at + (now - bucket.at).max(0) / every * every
        };
        let allowed = tokens > 0;
        if allowed {
            tokens -= 1;
        }
        self.sources.insert(source, Bucket { tokens, at });
        allowed
    }

    /// Forgets sources whose buckets have filled up again (they are as good
    /// as new). If that is not enough, as under a flood of new addresses,
    /// it forgets them all: a moment of laxness beats unbounded memory.
    fn prune(&mut self, now: i64) {
        let full: Vec<[u8; 16]> = self
            .sources
            .iter()
            .filter(|(_, b)| self.refilled(**b, now) >= self.limits.burst)
            .map(|(k, _)| *k)
            .collect();
        for key in full {
            self.sources.remove(&key);
        }
        if self.sources.len() >= self.limits.max_sources {
            self.sources.clear();
        }
    }
}

/// The statistics state in `AppState`; cheap to clone.
#[derive(Clone)]
pub struct Stats {
    inner: Arc<Inner>,
}

struct Inner {
    pending: Mutex<Counts>,
    limiter: Mutex<RateLimiter>,
    /// Today's salt, once read: (day, salt).
    salt: Mutex<Option<(String, [u8; 16])>>,
    /// Keys the hash of a source's address for the rate limit; random per
    /// process, so the hashes mean nothing elsewhere.
    source_key: [u8; 32],
    /// One write at a time, so a read that writes first waits for a write
    /// already under way.
    writing: tokio::sync::Mutex<()>,
    /// An early write has been started and has not yet taken the counts.
    early_write: AtomicBool,
}

impl Default for Stats {
    fn default() -> Self {
        Stats::new(Limits::default())
    }
}

/// Locks a mutex even if a panicking thread left it poisoned: counts are
/// plain numbers, always in a usable state.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

fn hmac(key: &[u8]) -> Hmac<Sha256> {
    <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length")
}

fn first_16(mac: Hmac<Sha256>) -> [u8; 16] {
    let mut out = [0u8; 16];
    out.copy_from_slice(&mac.finalize().into_bytes()[..16]);
    out
}

/// Each part with its length first, so no two inputs run together.
fn update_part(mac: &mut Hmac<Sha256>, part: &[u8]) {
    mac.update(&(part.len() as u64).to_be_bytes());
    mac.update(part);
}

fn ip_bytes(ip: Option<IpAddr>) -> Vec<u8> {
    match ip {
        Some(IpAddr::V4(v4)) => v4.octets().to_vec(),
        Some(IpAddr::V6(v6)) => v6.octets().to_vec(),
        None => Vec::new(),
    }
}

/// A visitor of `scene` on the day of `salt`: who they are cannot be
/// recovered from it, and once the salt is gone, nor can it be recomputed.
pub fn visitor_hash(
    salt: &[u8; 16],
    scene: &str,
    ip: Option<IpAddr>,
    user_agent: &[u8],
) -> VisitorHash {
    let mut mac = hmac(salt);
    update_part(&mut mac, scene.as_bytes());
    update_part(&mut mac, &ip_bytes(ip));
    update_part(&mut mac, user_agent);
    first_16(mac)
}

impl Stats {
    pub fn new(limits: Limits) -> Stats {
        let mut source_key = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut source_key);
        Stats {
            inner: Arc::new(Inner {
                pending: Mutex::new(Counts::default()),
                limiter: Mutex::new(RateLimiter {
                    limits,
                    sources: HashMap::new(),
                }),
                salt: Mutex::new(None),
                source_key,
                writing: tokio::sync::Mutex::new(()),
                early_write: AtomicBool::new(false),
            }),
        }
    }

    pub fn limits(&self) -> Limits {
        lock(&self.inner.limiter).limits
    }

    /// Changes the limits from now on (sources already seen keep their
    /// tokens, up to the new burst).
    pub fn set_limits(&self, limits: Limits) {
        lock(&self.inner.limiter).limits = limits;
    }

    /// The rate limit's key for an address. An IPv6 address counts by its
    /// /64 network, which is what one home or phone is given.
    fn source(&self, ip: Option<IpAddr>) -> [u8; 16] {
        let mut bytes = ip_bytes(ip);
        if bytes.len() == 16 {
            bytes.truncate(8);
        }
        let mut mac = hmac(&self.inner.source_key);
        update_part(&mut mac, &bytes);
        first_16(mac)
    }

    /// Takes one batch from the sender's allowance; false when it is spent.
    pub fn allow(&self, ip: Option<IpAddr>, now: i64) -> bool {
        let source = self.source(ip);
        lock(&self.inner.limiter).allow(source, now)
    }

    /// Adds validated events and their visitors. Answers true when enough
    /// are held that a write should start now (only once until it does).
    pub fn add(
        &self,
        day: &str,
        events: &[ViewerEvent],
        visitors: &[(String, VisitorHash)],
        views_only: bool,
    ) -> bool {
        let threshold = self.limits().flush_threshold;
        let held = {
            let mut pending = lock(&self.inner.pending);
            pending.add(day, events, views_only);
            for (scene, hash) in visitors {
                pending
                    .visitors
                    .insert((scene.clone(), day.to_string(), *hash));
            }
            pending.events + pending.visitors.len()
        };
        held >= threshold && !self.inner.early_write.swap(true, Ordering::AcqRel)
    }

    /// Everything held, leaving nothing.
    fn take(&self) -> Counts {
        self.inner.early_write.store(false, Ordering::Release);
        std::mem::take(&mut *lock(&self.inner.pending))
    }

    /// Today's salt, made the first time the day is asked for; the salts
    /// and visitor hashes of earlier days are destroyed then (and by the
    /// hourly purge, whichever comes first), so once a day has ended its
    /// visitors can no longer be told apart or linked to anyone.
    pub async fn salt(&self, state: &AppState, now: i64) -> AppResult<[u8; 16]> {
        let day = clock::date(now);
        if let Some((cached_day, salt)) = lock(&self.inner.salt).as_ref() {
            if *cached_day == day {
                return Ok(*salt);
            }
        }
        let wanted = day.clone();
        let salt = state
            .db
            .call(move |conn| {
                let mut tx = conn.transaction()?;
                let salt = db::stats::salt(&mut tx, &wanted)?;
                db::stats::purge_salts(&mut tx, &wanted)?;
                db::stats::purge_visitors(&mut tx, &wanted)?;
                tx.commit()?;
                Ok(salt)
            })
            .await?;
        *lock(&self.inner.salt) = Some((day, salt));
        Ok(salt)
    }

    /// Forgets a salt kept in memory from before `today`.
    pub fn forget_salt_before(&self, today: &str) {
        let mut cached = lock(&self.inner.salt);
        if cached.as_ref().is_some_and(|(day, _)| day.as_str() < today) {
            *cached = None;
        }
    }
}

/// Writes everything held to the database in one transaction. Counts that
/// fail to be written are logged and lost: statistics are worth less than
/// a server that keeps running.
pub async fn flush(state: &AppState) -> AppResult<()> {
    let _one_at_a_time = state.stats.inner.writing.lock().await;
    let counts = state.stats.take();
    if counts.is_empty() {
        return Ok(());
    }
    let events = counts.events;
    state
        .db
        .call(move |conn| {
            // The write lock first: a transaction that reads and then
            // writes could find another commit in between and fail at once.
            let mut tx = conn.transaction_locked("statistics")?;
            db::stats::add(&mut tx, &counts)?;
            tx.commit()?;
            Ok(())
        })
        .await
        .inspect_err(|e| tracing::error!(error = %e, events, "statistics lost: the write failed"))
}

/// Writes the counts every `FLUSH_EVERY` for as long as the server runs.
pub async fn flush_every_second(state: AppState) {
    let mut ticks = tokio::time::interval(FLUSH_EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        // A failure is logged by `flush`; the next tick tries again.
        let _ = flush(&state).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(scene: &str) -> ViewerEvent {
        ViewerEvent::View {
            scene: scene.into(),
        }
    }

    fn limiter(burst: u32, refill_seconds: u32, max_sources: usize) -> RateLimiter {
        RateLimiter {
            limits: Limits {
                burst,
                refill_seconds,
                max_sources,
                flush_threshold: 10,
            },
            sources: HashMap::new(),
        }
    }

    #[test]
    fn a_source_gets_its_burst_then_one_batch_a_refill() {
        let mut limiter = limiter(3, 2, 100);
        let a = [1; 16];
        let b = [2; 16];
        let t = 1_000;
        assert!((0..3).all(|_| limiter.allow(a, t)));
        assert!(!limiter.allow(a, t), "the burst is spent");
        assert!(!limiter.allow(a, t + 1), "half a refill is not a token");
        assert!(limiter.allow(b, t + 1), "sources are counted apart");
        assert!(limiter.allow(a, t + 2), "one token after a refill");
        assert!(!limiter.allow(a, t + 2));
        assert!(limiter.allow(a, t + 4));
        assert!((0..3).all(|_| limiter.allow(a, t + 100)), "full again");
        assert!(!limiter.allow(a, t + 100), "never more than the burst");
    }

    #[test]
    fn the_sources_table_stays_within_its_bound() {
        let mut flooded = limiter(2, 1, 10);
        for i in 0..1_000u32 {
            let mut source = [0; 16];
            source[..4].copy_from_slice(&i.to_be_bytes());
            flooded.allow(source, 5_000);
            assert!(flooded.sources.len() <= 10, "{}", flooded.sources.len());
        }
        // A limited source is not forgotten while others come and go idle.
        let mut pruned = limiter(2, 1, 3);
        let busy = [9; 16];
        pruned.allow(busy, 10);
        pruned.allow(busy, 10);
        pruned.allow([1; 16], 0);
        pruned.allow([2; 16], 0);
        pruned.allow([3; 16], 10);
        assert_eq!(pruned.sources.len(), 2, "the idle ones went");
        assert!(!pruned.allow(busy, 10), "still limited after a prune");
    }

    #[test]
    fn a_visitor_hash_depends_on_every_part_and_not_on_anything_else() {
        let salt = [7; 16];
        let ip: Option<IpAddr> = Some("192.0.2.1".parse().unwrap());
        let base = visitor_hash(&salt, "scene", ip, b"Firefox");
        assert_eq!(base, visitor_hash(&salt, "scene", ip, b"Firefox"));
        assert_ne!(base, visitor_hash(&[8; 16], "scene", ip, b"Firefox"));
        assert_ne!(base, visitor_hash(&salt, "other", ip, b"Firefox"));
        assert_ne!(
            base,
            visitor_hash(
                &salt,
                "scene",
                Some("192.0.2.2".parse().unwrap()),
                b"Firefox"
            )
        );
        assert_ne!(base, visitor_hash(&salt, "scene", ip, b"Chrome"));
        // Lengths keep the parts apart: "ab" + "c" is not "a" + "bc".
        assert_ne!(
            visitor_hash(&salt, "ab", None, b"c"),
            visitor_hash(&salt, "a", None, b"bc")
        );
    }

    #[test]
    fn an_ipv6_source_is_its_64_network() {
        let stats = Stats::default();
        let a = stats.source(Some("2001:db8:1:2::1".parse().unwrap()));
        let b = stats.source(Some("2001:db8:1:2:ffff::9".parse().unwrap()));
        let c = stats.source(Some("2001:db8:1:3::1".parse().unwrap()));
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(
            stats.source(Some("192.0.2.1".parse().unwrap())),
            stats.source(Some("192.0.2.2".parse().unwrap()))
        );
    }

    #[test]
    fn an_early_write_is_asked_for_once_past_the_threshold() {
        let stats = Stats::new(Limits {
            flush_threshold: 3,
            ..Limits::default()
        });
        let day = "2026-11-28";
        assert!(!stats.add(day, &[view("s")], &[], false));
        assert!(!stats.add(day, &[view("s")], &[], false));
        assert!(stats.add(day, &[view("s")], &[], false));
        assert!(!stats.add(day, &[view("s")], &[], false), "asked already");
        assert_eq!(stats.take().events, 4);
        assert!(!stats.add(day, &[view("s")], &[], false));
    }
}
