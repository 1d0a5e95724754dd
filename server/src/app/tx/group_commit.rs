//! Group commit for SQLite: writers that arrive while another write holds the one write lock
//! queue their work, and the next lock holder runs everything queued in one transaction, each
//! work in its own savepoint, then answers each writer after COMMIT.
//!
//! Why: SQLite has one writer and every commit is an fsync (`synchronous = FULL`). With many
//! small writes in flight (an inbox receiving activities from many peers) the fsyncs, not the
//! work, set the pace. One fsync per batch keeps the same guarantees: a writer is answered only
//! after the transaction holding its work has committed, a work that fails rolls back to its own
//! savepoint without touching the others, and works in one batch see each other in queue order,
//! exactly as if they had run one after another.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use diesel::Connection;

use crate::app::error::{AppError, AppResult};
use crate::store::{DbConnection, DbPool};

/// Most works in one transaction, so one batch cannot hold the lock for long.
const MAX_BATCH: usize = 64;

/// The queue of waiting works and the lock whose holder runs them.
#[derive(Default)]
pub struct GroupCommit {
    queue: Mutex<Vec<Box<dyn Job>>>,
    write_lock: Mutex<()>,
}

/// Whether a batch committed; told to every work in it.
type Committed<'a> = Result<(), &'a AppError>;

impl GroupCommit {
    /// Takes the write lock alone, for work that must not share a transaction (or is not `Send`).
    /// The lock only orders writers and guards no data, so a panic elsewhere does not close it.
    pub fn lock(&self) -> MutexGuard<'_, ()> {
        self.write_lock.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `work` in a transaction, possibly shared with other queued works, and returns its
    /// result once that transaction has committed. `after_commit` runs once per committed batch.
    pub fn write<T, F>(&self, pool: &DbPool, work: F, after_commit: impl Fn()) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
    {
        let slot: Arc<Mutex<Option<AppResult<T>>>> = Arc::default();
        self.enqueue(Box::new(Write { work: Some(work), result: None, slot: slot.clone(), answered: false }));
        loop {
            let guard = self.lock();
            if let Some(result) = take(&slot) {
                return result;
            }
            // Our work is still queued: this thread leads the next batch.
            self.run_batch(pool, &after_commit);
            drop(guard);
            if let Some(result) = take(&slot) {
                return result;
            }
        }
    }

    fn enqueue(&self, job: Box<dyn Job>) {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner).push(job);
    }

    /// Runs up to `MAX_BATCH` queued works in one transaction; the caller holds the write lock.
    fn run_batch(&self, pool: &DbPool, after_commit: &impl Fn()) {
        let mut jobs: Vec<Box<dyn Job>> = {
            let mut queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
            let take = queue.len().min(MAX_BATCH);
            queue.drain(..take).collect()
        };
        if jobs.is_empty() {
            return;
        }
        let mut conn = match pool.get() {
            Ok(conn) => conn,
            Err(error) => {
                let error = AppError::from(error);
                jobs.into_iter().for_each(|job| job.finish(Err(&error)));
                return;
            }
        };
        let conn: &mut DbConnection = &mut conn;
        let outcome = conn.transaction(|conn| {
            for job in &mut jobs {
                job.run(conn);
            }
            Ok::<(), AppError>(())
        });
        if outcome.is_ok() {
            after_commit();
        }
        if let Err(error) = &outcome {
            tracing::error!(%error, works = jobs.len(), "a batch of writes failed to commit");
        }
        for job in jobs {
            job.finish(outcome.as_ref().map(|_| ()));
        }
    }
}

fn take<T>(slot: &Mutex<Option<T>>) -> Option<T> {
    slot.lock().unwrap_or_else(PoisonError::into_inner).take()
}

/// One queued write, with its result type erased.
trait Job: Send {
    /// Runs the work in a savepoint of the batch's transaction.
    fn run(&mut self, conn: &mut DbConnection);
    /// Answers the writer once the batch's fate is known.
    fn finish(self: Box<Self>, committed: Committed<'_>);
}

struct Write<T, F> {
    work: Option<F>,
    result: Option<AppResult<T>>,
    slot: Arc<Mutex<Option<AppResult<T>>>>,
    answered: bool,
}

impl<T, F> Job for Write<T, F>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
{
    fn run(&mut self, conn: &mut DbConnection) {
        if let Some(work) = self.work.take() {
            // Nested: diesel makes this a savepoint, so a failing work undoes only itself.
            self.result = Some(conn.transaction(work));
        }
    }

    fn finish(mut self: Box<Self>, committed: Committed<'_>) {
        let result = match (self.result.take(), committed) {
            (Some(Err(error)), _) => Err(error),
            (Some(Ok(value)), Ok(())) => Ok(value),
            (Some(Ok(_)), Err(error)) | (None, Err(error)) => Err(AppError::Internal(format!("the transaction did not commit: {error}"))),
            (None, Ok(())) => Err(AppError::Internal("the write did not run".into())),
        };
        *self.slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(result);
        self.answered = true;
    }
}

impl<T, F> Drop for Write<T, F> {
    /// A write dropped unanswered (a panic in the batch) still answers its writer, who would
    /// otherwise wait for a result that never comes.
    fn drop(&mut self) {
        if !self.answered {
            let error = AppError::Internal("the write was abandoned: another write in its batch panicked".into());
            *self.slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(Err(error));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::{Duration, Instant};

    use diesel::connection::SimpleConnection;
    use diesel::sql_types::BigInt;
    use diesel::RunQueryDsl;

    use super::*;
    use crate::store::{self, DatabaseUrl};

    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }

    fn count(conn: &mut DbConnection) -> i64 {
        diesel::sql_query("SELECT count(*) AS n FROM t").get_result::<Count>(conn).map(|c| c.n).unwrap_or(-1)
    }

    /// Starts a writer thread running `work` through `group`.
    fn spawn_write<T, F>(group: &Arc<GroupCommit>, pool: &DbPool, work: F, after_commit: impl Fn() + Send + 'static) -> std::thread::JoinHandle<AppResult<T>>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
    {
        let (group, pool) = (group.clone(), pool.clone());
        std::thread::spawn(move || group.write(&pool, work, after_commit))
    }

    /// Waits (bounded) until `n` writers are queued behind the held write lock.
    fn wait_until_queued(group: &GroupCommit, n: usize) {
        let started = Instant::now();
        while group.queue.lock().unwrap().len() < n {
            assert!(started.elapsed() < Duration::from_secs(10), "writers did not queue");
            std::thread::yield_now();
        }
    }

    /// Holds the write lock while `works` writers queue behind it, then lets them go: they
    /// must all land in one batch. Returns what each writer got and how many batches committed.
    fn queued_batch(pool: &DbPool, works: usize, fail: usize) -> (Vec<AppResult<i64>>, usize) {
        let group = Arc::new(GroupCommit::default());
        let commits = Arc::new(AtomicUsize::new(0));
        let guard = group.lock();
        let writers: Vec<_> = (0..works)
            .map(|n| {
                let commits = commits.clone();
                let work = move |conn: &mut DbConnection| {
                    conn.batch_execute(&format!("INSERT INTO t (n) VALUES ({n})"))?;
                    // Each work sees the ones queued before it, as if they ran in turn.
                    let seen = count(conn);
                    if n == fail {
                        return Err(AppError::Internal("this work fails after writing".into()));
                    }
                    Ok(seen)
                };
                spawn_write(&group, pool, work, move || {
                    commits.fetch_add(1, Ordering::SeqCst);
                })
            })
            .collect();
        wait_until_queued(&group, works);
        drop(guard);
        let results = writers.into_iter().map(|w| w.join().unwrap()).collect();
        (results, commits.load(Ordering::SeqCst))
    }

    fn sqlite_pool(dir: &tempfile::TempDir) -> DbPool {
        let pool = store::open(&DatabaseUrl::Sqlite(dir.path().join("g.db").to_string_lossy().into())).unwrap();
        pool.get().unwrap().batch_execute("CREATE TABLE t (n INTEGER NOT NULL UNIQUE)").unwrap();
        pool
    }

    #[test]
    fn queued_writes_share_one_commit_and_a_failure_undoes_only_itself() {
        let dir = tempfile::tempdir().unwrap();
        let pool = sqlite_pool(&dir);
        let (results, commits) = queued_batch(&pool, 10, 3);
        assert_eq!(commits, 1, "ten queued writes, one commit");
        let failed: Vec<usize> = results.iter().enumerate().filter(|(_, r)| r.is_err()).map(|(n, _)| n).collect();
        assert_eq!(failed, vec![3]);
        // Every other write is there after the commit, and the failed one left nothing.
        let mut conn = pool.get().unwrap();
        assert_eq!(count(&mut conn), 9);
        // Within the batch the writes ran one after another: each saw a distinct count.
        let mut seen: Vec<i64> = results.into_iter().filter_map(Result::ok).collect();
        seen.sort_unstable();
        assert_eq!(seen, (1..=9).collect::<Vec<_>>());
    }

    #[test]
    fn a_failed_commit_answers_every_writer_with_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let pool = sqlite_pool(&dir);
        // A foreign key checked only at COMMIT makes the whole batch fail there.
        pool.get()
            .unwrap()
            .batch_execute("CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (p INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);")
            .unwrap();
        let group = Arc::new(GroupCommit::default());
        let guard = group.lock();
        let writers: Vec<_> = (0..4)
            .map(|n| {
                let work = move |conn: &mut DbConnection| {
                    let sql = if n == 2 { "INSERT INTO child (p) VALUES (42)".to_owned() } else { format!("INSERT INTO t (n) VALUES ({n})") };
                    conn.batch_execute(&sql)?;
                    Ok(())
                };
                spawn_write(&group, &pool, work, || {})
            })
            .collect();
        wait_until_queued(&group, 4);
        drop(guard);
        for writer in writers {
            assert!(writer.join().unwrap().is_err(), "nobody is told a write landed that did not");
        }
        assert_eq!(count(&mut pool.get().unwrap()), 0);
        // The lock and the queue still work afterwards.
        group.write(&pool, |conn| Ok(conn.batch_execute("INSERT INTO t (n) VALUES (7)")?), || {}).unwrap();
        assert_eq!(count(&mut pool.get().unwrap()), 1);
    }

    #[test]
    fn a_panicking_work_fails_its_batch_without_stranding_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let pool = sqlite_pool(&dir);
        let (results, _) = queued_batch(&pool, 3, usize::MAX);
        assert!(results.iter().all(Result::is_ok));
        let group = Arc::new(GroupCommit::default());
        let guard = group.lock();
        let panicking = spawn_write(&group, &pool, |_conn| -> AppResult<()> { panic!("a bug in a work") }, || {});
        wait_until_queued(&group, 1);
        let other = spawn_write(&group, &pool, |conn| Ok(conn.batch_execute("INSERT INTO t (n) VALUES (100)")?), || {});
        wait_until_queued(&group, 2);
        drop(guard);
        // Whichever thread led the batch unwinds with the panic; the other is answered (with an
        // error, as its write shared the batch), never left waiting.
        assert!(!matches!(panicking.join(), Ok(Ok(()))));
        let other_landed = matches!(other.join(), Ok(Ok(())));
        let stored = count(&mut pool.get().unwrap());
        assert_eq!(stored, if other_landed { 4 } else { 3 }, "an answer matches what is stored");
        group.write(&pool, |conn| Ok(conn.batch_execute("INSERT INTO t (n) VALUES (101)")?), || {}).unwrap();
    }
}
