//! The one place that opens transactions, always off the async executor (DESIGN.md invariant 6).

mod group_commit;

use std::sync::Arc;

use diesel::Connection;

use self::group_commit::GroupCommit;
use super::error::{AppError, AppResult};
use super::search::Wakeup;
use crate::store::{DbConnection, DbPool};

/// Runs database work on the blocking thread pool.
#[derive(Clone)]
pub struct Db {
    pool: DbPool,
    /// SQLite allows one writer: writes take this process-wide lock before `BEGIN` (which avoids
    /// the lock-upgrade deadlock two deferred transactions would otherwise hit), and writes that
    /// queue behind it share one transaction and one fsync. `None` on PostgreSQL.
    sqlite_writes: Option<Arc<GroupCommit>>,
    /// Told after every commit, so the index worker picks queued changes up at once.
    wakeup: Arc<Wakeup>,
    /// Told after every commit, so the delivery worker sends new activities at once.
    outbox_notify: Arc<tokio::sync::Notify>,
    /// Told after every commit, so the mail worker sends queued mail at once.
    mail_notify: Arc<tokio::sync::Notify>,
}

impl Db {
    pub fn new(pool: DbPool, is_sqlite: bool) -> Db {
        Db {
            pool,
            sqlite_writes: is_sqlite.then(Arc::default),
            wakeup: Arc::new(Wakeup::default()),
            outbox_notify: Arc::default(),
            mail_notify: Arc::default(),
        }
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
    /// together or not at all, and the result comes back only after the commit. On SQLite the
    /// transaction may be shared with other writes (group commit); `work` then runs in its own
    /// savepoint, so its failure undoes only its own writes.
    pub async fn write<T, F>(&self, work: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
    {
        let db = self.clone();
        run_blocking(move || match &db.sqlite_writes {
            Some(group) => group.write(&db.pool, work, || db.committed()),
            None => db.write_alone(work),
        })
        .await
    }

    /// The same as `write` for callers already on a blocking thread (CLI, workers), always in a
    /// transaction of its own.
    pub fn write_blocking<T, F>(&self, work: F) -> AppResult<T>
    where
        F: FnOnce(&mut DbConnection) -> AppResult<T>,
    {
        let _guard = self.sqlite_writes.as_ref().map(|group| group.lock());
        self.write_alone(work)
    }

    fn write_alone<T, F>(&self, work: F) -> AppResult<T>
    where
        F: FnOnce(&mut DbConnection) -> AppResult<T>,
    {
        let mut conn = self.pool.get()?;
        let conn: &mut DbConnection = &mut conn;
        let result = conn.transaction(work);
        if result.is_ok() {
            self.committed();
        }
        result
    }

    /// Wakes the workers that derive from queue tables after a commit.
    fn committed(&self) {
        self.wakeup.wake();
        self.outbox_notify.notify_one();
        self.mail_notify.notify_one();
    }

    /// Whether the database is SQLite (one file in the data directory) rather than PostgreSQL.
    pub fn is_sqlite(&self) -> bool {
        self.sqlite_writes.is_some()
    }

    pub fn pool(&self) -> &DbPool {
        &self.pool
    }

    pub fn outbox_notify(&self) -> Arc<tokio::sync::Notify> {
        self.outbox_notify.clone()
    }

    pub fn mail_notify(&self) -> Arc<tokio::sync::Notify> {
        self.mail_notify.clone()
    }

    pub fn wakeup(&self) -> Arc<Wakeup> {
        self.wakeup.clone()
    }
}

/// Runs blocking work (diesel, hashing, file IO) on the process's blocking pool.
pub async fn run_blocking<T, F>(work: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> AppResult<T> + Send + 'static,
{
    let task = match blocking_pool() {
        Some(pool) => pool.spawn_blocking(work),
        None => tokio::task::spawn_blocking(work),
    };
    task.await.map_err(|e| AppError::Internal(format!("blocking task failed: {e}")))?
}

/// Most blocking threads a node runs at once; work beyond waits for one to come free.
const BLOCKING_THREADS: usize = 128;
/// How long an idle blocking thread waits for work before it ends.
const BLOCKING_KEEP_ALIVE: std::time::Duration = std::time::Duration::from_secs(600);

/// One blocking pool for the whole process, whose threads live long. Without it each actix
/// worker's runtime has a pool of its own that ends a thread idle for 10 s, so a node under
/// uneven load starts and ends threads all the time; every new thread gets a fresh allocator
/// heap, and what a dead thread leaves behind is a suspect in the soak's memory climb (with this
/// pool the soak's thread count stays nearly constant and its memory rose less). `None` only if
/// the runtime could not be built, and then each runtime's own pool does the work.
fn blocking_pool() -> Option<&'static tokio::runtime::Handle> {
    static POOL: std::sync::OnceLock<Option<tokio::runtime::Runtime>> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            // The one worker thread only wakes whoever awaits a finished task.
            .worker_threads(1)
            .max_blocking_threads(BLOCKING_THREADS)
            .thread_keep_alive(BLOCKING_KEEP_ALIVE)
            .thread_name("deelwijs-blocking")
            .build()
            .inspect_err(|error| tracing::error!(%error, "no shared blocking pool; each runtime uses its own"))
            .ok()
    })
    .as_ref()
    .map(tokio::runtime::Runtime::handle)
}
