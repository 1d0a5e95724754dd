//! Housekeeping: a job, every five minutes, that deletes what no longer serves a purpose, so a
//! busy node's database grows with its content, not with its traffic. Outgoing activities every
//! follower has received, inbound activity ids older than any retry, expired sign-in sessions
//! and mailed links, and sent mail and notifications after 30 days. It also queues the daily and
//! weekly notification digests that have come due.
//!
//! Kept on purpose: deleted materials and case studies stay as tombstones (a fetch of one
//! answers 410 Gone, and a late `Create` from elsewhere cannot bring it back), versions are the
//! history, refused deliveries wait for an administrator.

use std::time::Duration;

use chrono::NaiveDateTime;

use super::{now, App, AppResult};
use crate::store::{federation as federation_store, mail, users};

/// How often the job runs; the first run is one `FIRST_RUN` after start. Often, because a busy
/// node writes an outgoing activity (a few KiB) per change and follower: the soak wrote about
/// 3,700 a minute, so an hourly run let the database grow by hundreds of MiB in between.
pub const INTERVAL: Duration = Duration::from_secs(300);
const FIRST_RUN: Duration = Duration::from_secs(60);

/// How long an outgoing activity stays after it was written once no delivery waits for it.
/// Nothing reads it then; the margin only keeps what an administrator looking at a fresh
/// problem might want to see.
const OUTBOX_KEPT: chrono::Duration = chrono::Duration::minutes(10);

/// How long an inbound activity id is remembered. A signature older than an hour is refused
/// anyway, so this only has to outlast a peer retrying a delivery we answered but it did not
/// hear (Mastodon retries for days): an activity delivered twice is handled once.
const SEEN_KEPT: chrono::Duration = chrono::Duration::days(30);

/// How long a sent mail's row stays (to whom, what kind, when): enough for an administrator to
/// answer "did the reset mail go out?", short because it is personal data. Failed and refused
/// mail stays until an administrator retries it or the account is deleted.
const SENT_MAIL_KEPT: chrono::Duration = chrono::Duration::days(30);

/// Rows deleted per transaction: short transactions, so writers on SQLite's single write lock
/// wait milliseconds, not seconds, while a large backlog is pruned. On SQLite a chunk shares
/// its commit with the requests writing at that moment (group commit), so a chunk's time is
/// added to theirs.
const CHUNK: i64 = 1_000;

/// What one run deleted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pruned {
    pub outbox: usize,
    pub inbox_seen: usize,
    pub sessions: usize,
    /// Expired single-use links (verification, password reset).
    pub account_tokens: usize,
    /// Sent mail older than `SENT_MAIL_KEPT`.
    pub mail: usize,
    /// Notifications mailed longer than `SENT_MAIL_KEPT` ago.
    pub notifications: usize,
    /// New hits of saved searches told.
    pub saved_searches: usize,
    /// Daily and weekly digests queued (this job is also what sends them out on time).
    pub digests: usize,
}

/// Deletes what has served its purpose as of `at`.
pub async fn prune(app: &App, at: NaiveDateTime) -> AppResult<Pruned> {
    Ok(Pruned {
        outbox: in_chunks(app, move |conn| Ok(federation_store::prune_outbox(conn, at - OUTBOX_KEPT, CHUNK)?)).await?,
        inbox_seen: in_chunks(app, move |conn| Ok(federation_store::prune_seen(conn, at - SEEN_KEPT, CHUNK)?)).await?,
        sessions: app.db.write(move |conn| Ok(users::delete_expired_sessions(conn, at)?)).await?,
        account_tokens: app.db.write(move |conn| Ok(mail::delete_expired_tokens(conn, at)?)).await?,
        mail: app.db.write(move |conn| Ok(mail::prune_sent(conn, at - SENT_MAIL_KEPT)?)).await?,
        notifications: app.db.write(move |conn| Ok(crate::store::notifications::prune_mailed(conn, at - SENT_MAIL_KEPT)?)).await?,
        saved_searches: super::saved_searches::check(app, 500).await?,
        digests: super::notifications::queue_digests(app, at).await?,
    })
}

/// Pause after each full chunk. Deleting a backlog at full speed stalled the whole node for a
/// moment every five minutes in the soak (reads as much as writes); paced, the work of one run
/// (about 17 chunks there) is spread over a few seconds.
const CHUNK_PAUSE: Duration = Duration::from_millis(200);

/// Runs `step` (which deletes at most `CHUNK` rows) in its own transaction until it deletes
/// fewer, pausing in between; returns the total.
async fn in_chunks<F>(app: &App, step: F) -> AppResult<usize>
where
    F: Fn(&mut crate::store::DbConnection) -> AppResult<usize> + Clone + Send + 'static,
{
    let mut total = 0;
    loop {
        let step = step.clone();
        let deleted = app.db.write(move |conn| step(conn)).await?;
        total += deleted;
        if deleted < CHUNK as usize {
            return Ok(total);
        }
        tokio::time::sleep(CHUNK_PAUSE).await;
    }
}

/// The running job; dropping it stops it between runs.
pub struct Worker {
    handle: tokio::task::JoinHandle<()>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.handle.abort();
    }
}

/// Starts the job (inside the node's async runtime).
pub fn spawn(app: App) -> Worker {
    Worker {
        handle: tokio::spawn(async move {
            tokio::time::sleep(FIRST_RUN).await;
            loop {
                match prune(&app, now()).await {
                    Ok(pruned) if pruned != Pruned::default() => tracing::info!(?pruned, "housekeeping: pruned"),
                    Ok(_) => {}
                    Err(error) => tracing::error!(%error, "housekeeping failed; trying again at the next run"),
                }
                tokio::time::sleep(INTERVAL).await;
            }
        }),
    }
}
