//! The one place that opens transactions, always off the async executor (DESIGN.md invariant 6).

use std::sync::{Arc, Mutex};

use diesel::Connection;

use super::error::{AppError, AppResult};
use super::search::Wakeup;
use crate::store::{DbConnection, DbPool};

/// Runs database work on the blocking thread pool.
#[derive(Clone)]
pub struct Db {
    pool: DbPool,
    /// SQLite allows one writer; taking this lock before `BEGIN` avoids the lock-upgrade
    /// deadlock two deferred transactions in this process would otherwise hit. `None` on PostgreSQL.
    sqlite_write_lock: Option<Arc<Mutex<()>>>,
    /// Told after every commit, so the index worker picks queued changes up at once.
    wakeup: Arc<Wakeup>,
    /// Told after every commit, so the delivery worker sends new activities at once.
    outbox_notify: Arc<tokio::sync::Notify>,
}

impl Db {
    pub fn new(pool: DbPool, is_sqlite: bool) -> Db {
        Db { pool, sqlite_write_lock: is_sqlite.then(|| Arc::new(Mutex::new(()))), wakeup: Arc::new(Wakeup::default()), outbox_notify: Arc::default() }
    }

    /// Reads without a transaction.
    pub async fn read<T, F>(&self, work: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
    {
        let pool = self.pool.clone();
        run_blocking(move || {
            let mut conn = pool.get()?;
            work(&mut conn)
        })
        .await
    }

    /// Runs `work` in one transaction: all of its writes (rows, versions, queue rows) commit
    /// together or not at all.
    pub async fn write<T, F>(&self, work: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
    {
        let db = self.clone();
        run_blocking(move || db.write_blocking(work)).await
    }

    /// The same as `write`, for callers already on a blocking thread (CLI, workers).
    pub fn write_blocking<T, F>(&self, work: F) -> AppResult<T>
    where
        F: FnOnce(&mut DbConnection) -> AppResult<T>,
    {
        let mut conn = self.pool.get()?;
        let _guard = match &self.sqlite_write_lock {
            Some(lock) => Some(lock.lock().map_err(|_| AppError::Internal("sqlite write lock poisoned".into()))?),
            None => None,
        };
        let conn: &mut DbConnection = &mut conn;
        let result = conn.transaction(work);
        if result.is_ok() {
            self.wakeup.wake();
            self.outbox_notify.notify_one();
        }
        result
    }

    pub fn pool(&self) -> &DbPool {
        &self.pool
    }

    pub fn outbox_notify(&self) -> Arc<tokio::sync::Notify> {
        self.outbox_notify.clone()
    }

    pub fn wakeup(&self) -> Arc<Wakeup> {
        self.wakeup.clone()
    }
}

/// Runs blocking work (diesel, hashing, file IO) on tokio's blocking pool.
pub async fn run_blocking<T, F>(work: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> AppResult<T> + Send + 'static,
{
    tokio::task::spawn_blocking(work).await.map_err(|e| AppError::Internal(format!("blocking task failed: {e}")))?
}
