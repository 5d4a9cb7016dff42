//! PostgreSQL: a pool of connections and its own migrations, applied by
//! one server at a time.

use super::conn::PgClient;
use anyhow::Context;

/// Numbered migrations, applied in order; `schema_migrations` records them.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/postgres/0001_schema.sql"),
    include_str!("../../migrations/postgres/0002_school_accounts.sql"),
    include_str!("../../migrations/postgres/0003_lti.sql"),
    include_str!("../../migrations/postgres/0004_lti_deep_linking.sql"),
    include_str!("../../migrations/postgres/0005_language.sql"),
];

/// Most connections one server keeps open, unless `PINPOINT_DATABASE_POOL`
/// says otherwise. Measured on 2 cores, 8 serve as many requests as 16
/// (docs/SCALING.md); PostgreSQL's own limit is the sum over all servers.
const POOL_SIZE: u32 = 8;
const POOL_SIZE_VAR: &str = "PINPOINT_DATABASE_POOL";

fn pool_size() -> anyhow::Result<u32> {
    match std::env::var(POOL_SIZE_VAR) {
        Err(_) => Ok(POOL_SIZE),
        Ok(n) => n
            .trim()
            .parse()
            .ok()
            .filter(|n| (1..=1000).contains(n))
            .with_context(|| format!("{POOL_SIZE_VAR} must be a number of connections, 1 to 1000")),
    }
}

/// Opens connections for the pool (without TLS: see docs/SCALING.md).
pub struct Manager {
    config: postgres::Config,
}

impl r2d2::ManageConnection for Manager {
    type Connection = PgClient;
    type Error = postgres::Error;

    fn connect(&self) -> Result<PgClient, postgres::Error> {
        Ok(PgClient::new(self.config.connect(postgres::NoTls)?))
    }

    fn is_valid(&self, conn: &mut PgClient) -> Result<(), postgres::Error> {
        conn.client().simple_query("").map(|_| ())
    }

    fn has_broken(&self, conn: &mut PgClient) -> bool {
        conn.is_closed()
    }
}

pub type Pool = r2d2::Pool<Manager>;

/// Runs `work` where the blocking PostgreSQL client may run: the client
/// drives its connection with a runtime of its own, which cannot start on
/// a thread already running async tasks (a command's or a test's), so
/// such work moves to a thread of its own.
pub fn blocking<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    if tokio::runtime::Handle::try_current().is_err() {
        return work();
    }
    std::thread::scope(|scope| {
        scope
            .spawn(work)
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Connects to `url` (`postgres://user:password@host:port/database`) and
/// brings its schema up to date.
pub fn open(url: &str) -> anyhow::Result<Pool> {
    blocking(|| open_here(url))
}

fn open_here(url: &str) -> anyhow::Result<Pool> {
    let config: postgres::Config = url
        .parse()
        .context("reading the PostgreSQL URL (postgres://user:password@host/database)")?;
    let pool = r2d2::Pool::builder()
        .max_size(pool_size()?)
        .min_idle(Some(2))
        // `has_broken` catches a closed connection; a round trip before
        // every request would cost more than it finds.
        .test_on_check_out(false)
        .connection_timeout(std::time::Duration::from_secs(10))
        .build(Manager { config })
        .context("connecting to PostgreSQL")?;
    migrate(pool.get()?.client())?;
    Ok(pool)
}

fn migrate(client: &mut postgres::Client) -> anyhow::Result<()> {
    // Servers starting together take turns; the lock ends with the
    // session if a server dies while holding it.
    let lock = "SELECT pg_advisory_lock(hashtextextended('pinpoint migrations', 0))";
    client.batch_execute(lock)?;
    let result = apply(client);
    client
        .batch_execute("SELECT pg_advisory_unlock(hashtextextended('pinpoint migrations', 0))")?;
    result
}

fn apply(client: &mut postgres::Client) -> anyhow::Result<()> {
    client.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version     BIGINT PRIMARY KEY,
             applied_at  TIMESTAMPTZ NOT NULL DEFAULT now()
         )",
    )?;
    let applied: i64 = client
        .query_one(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            &[],
        )?
        .get(0);
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(applied as usize) {
        let version = index as i64 + 1;
        let mut tx = client.transaction()?;
        tx.batch_execute(sql)
            .with_context(|| format!("PostgreSQL migration {version}"))?;
        tx.execute(
            "INSERT INTO schema_migrations (version) VALUES ($1)",
            &[&version],
        )?;
        tx.commit()?;
        tracing::info!(migration = version, "applied PostgreSQL migration");
    }
    Ok(())
}
