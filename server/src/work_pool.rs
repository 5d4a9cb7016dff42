//! Where CPU- and memory-heavy work runs: password hashing and image
//! decoding. About one job runs per core on blocking threads; a bounded
//! number wait their turn, and past that the answer is 429 (`busy`) at
//! once, so a flood of such requests queues briefly or is refused instead
//! of taking every thread and all the memory.

use crate::error::{AppError, AppResult};
use std::sync::LazyLock;
use tokio::sync::Semaphore;

/// How many jobs may wait for a free core before more are refused.
const MAX_WAITING: usize = 64;

struct WorkPool {
    /// One permit a job that may run now.
    running: Semaphore,
    /// One permit a job that may run or wait.
    admitted: Semaphore,
}

impl WorkPool {
    fn new(running: usize, waiting: usize) -> Self {
        WorkPool {
            running: Semaphore::new(running),
            admitted: Semaphore::new(running + waiting),
        }
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> AppResult<T> {
        let _admitted = self.admitted.try_acquire().map_err(|_| AppError::Busy)?;
        let _running = self.running.acquire().await.map_err(|_| AppError::Busy)?;
        tokio::task::spawn_blocking(work)
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

    #[tokio::test]
    async fn past_the_waiting_room_the_pool_answers_busy_at_once() {
        let pool = std::sync::Arc::new(WorkPool::new(1, 1));
        let (started, running) = tokio::sync::oneshot::channel();
        let (finish, finished) = std::sync::mpsc::channel::<()>();
        // One job runs (and blocks), one waits: the pool is full.
        let first = tokio::spawn({
            let pool = pool.clone();
            async move {
                pool.run(move || {
                    let _ = started.send(());
                    finished.recv().ok()
                })
                .await
            }
        });
        running.await.unwrap();
        let second = tokio::spawn({
            let pool = pool.clone();
            async move { pool.run(|| 2).await }
        });
        while pool.admitted.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        let refused = pool.run(|| 3).await;
        assert!(
            matches!(
                refused,
                Err(AppError::TooManyRequests { retry_after: 1, .. })
            ),
            "{refused:?}"
        );
        finish.send(()).unwrap();
        assert!(first.await.unwrap().is_ok());
        assert_eq!(second.await.unwrap().unwrap(), 2);
        assert_eq!(pool.run(|| 4).await.unwrap(), 4);
    }
}
