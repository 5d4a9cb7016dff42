//! Where CPU- and memory-heavy work runs: password hashing and image
//! decoding. About one job runs per core on blocking threads; a bounded
//! number wait their turn, and past that the answer is 429 (`busy`) at
//! once, so a flood of such requests queues briefly or is refused instead
//! of taking every thread and all the memory.

use crate::error::{AppError, AppResult};
use std::sync::{Arc, LazyLock};
use tokio::sync::Semaphore;

/// How many jobs may wait for a free core before more are refused.
const MAX_WAITING: usize = 64;

struct WorkPool {
    /// One permit a job that may run now.
    running: Arc<Semaphore>,
    /// One permit a job that may run or wait.
    admitted: Arc<Semaphore>,
}

impl WorkPool {
    fn new(running: usize, waiting: usize) -> Self {
        WorkPool {
            running: Arc::new(Semaphore::new(running)),
            admitted: Arc::new(Semaphore::new(running + waiting)),
        }
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> AppResult<T> {
        let admitted = self
            .admitted
            .clone()
            .try_acquire_owned()
            .map_err(|_| AppError::Busy)?;
        let running = self
            .running
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| AppError::Busy)?;
        // The permits go with the job, not with the request: a client that
        // hangs up cannot free its place while its hash still runs.
        tokio::task::spawn_blocking(move || {
            let _permits = (admitted, running);
            work()
        })
        .await
        .map_err(|e| AppError::Internal(e.into()))
    }
}

static POOL: LazyLock<WorkPool> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    WorkPool::new(cores, MAX_WAITING)
});

/// Runs `work` when a core is free, or answers 429 when too many wait.
pub async fn in_pool<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> AppResult<T> {
    POOL.run(work).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::Sender;
    use std::sync::Arc;
    use tokio::task::JoinHandle;

    /// A request whose job runs in `pool` (once this returns) until the
    /// sender is sent to.
    async fn blocking_job(pool: &Arc<WorkPool>) -> (JoinHandle<AppResult<Option<()>>>, Sender<()>) {
        let (started, running) = tokio::sync::oneshot::channel();
        let (finish, finished) = std::sync::mpsc::channel::<()>();
        let pool = pool.clone();
        let request = tokio::spawn(async move {
            pool.run(move || {
                let _ = started.send(());
                finished.recv().ok()
            })
            .await
        });
        running.await.unwrap();
        (request, finish)
    }

    #[tokio::test]
    async fn past_the_waiting_room_the_pool_answers_busy_at_once() {
        let pool = Arc::new(WorkPool::new(1, 1));
        // One job runs (and blocks), one waits: the pool is full.
        let (first, finish) = blocking_job(&pool).await;
        let second = tokio::spawn({
            let pool = pool.clone();
            async move { pool.run(|| 2).await }
        });
        while pool.admitted.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        let refused = pool.run(|| 3).await;
        assert!(matches!(refused, Err(AppError::Busy)), "{refused:?}");
        finish.send(()).unwrap();
        assert!(first.await.unwrap().is_ok());
        assert_eq!(second.await.unwrap().unwrap(), 2);
        assert_eq!(pool.run(|| 4).await.unwrap(), 4);
    }

    #[tokio::test]
    async fn a_request_that_goes_away_keeps_its_place_until_its_job_ends() {
        let pool = Arc::new(WorkPool::new(1, 0));
        let (request, finish) = blocking_job(&pool).await;
        // The client hangs up: its request is dropped, its job runs on.
        request.abort();
        let _ = request.await;
        assert!(matches!(pool.run(|| 1).await, Err(AppError::Busy)));
        finish.send(()).unwrap();
        let mut freed = false;
        for _ in 0..200 {
            if pool.admitted.available_permits() == 1 {
                freed = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        assert!(freed, "the place comes back when the job ends");
        assert_eq!(pool.run(|| 2).await.unwrap(), 2);
    }
}
