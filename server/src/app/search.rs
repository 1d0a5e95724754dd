//! Search: turning database rows into index documents, the index worker that drains
//! `index_queue`, full rebuilds, and the search use case.
//!
//! The index is derived data (DESIGN.md invariant 1): every write queues its change in the
//! same transaction; the worker applies queued changes in batches and forgets them only after
//! the index has committed, so a crash at any point is repaired by the next run.

mod documents;

use std::collections::{BTreeMap, HashMap};

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use deelwijs_indexer::{SearchIndex, SearchQuery, SearchResults, WriterMode, GOAL_FILTER};

pub use documents::Documents;

use super::{App, AppError, AppResult};
use crate::domain::ContentKind;
use crate::store::{curricula, queue, ID_CHUNK};

/// Wakes the index worker after a commit, so a change is searchable at once rather than at
/// the next poll.
#[derive(Default)]
pub struct Wakeup {
    dirty: Mutex<bool>,
    signal: Condvar,
}

impl Wakeup {
    pub fn wake(&self) {
        if let Ok(mut dirty) = self.dirty.lock() {
            *dirty = true;
            self.signal.notify_all();
        }
    }

    /// Waits until woken or `timeout` passes.
    fn wait(&self, timeout: Duration) {
        if let Ok(dirty) = self.dirty.lock() {
            if let Ok((mut dirty, _)) = self.signal.wait_timeout_while(dirty, timeout, |dirty| !*dirty) {
                *dirty = false;
            }
        }
    }
}

/// Visible text of sanitized HTML, for indexing and snippets.
pub fn html_to_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) fn index_error(e: deelwijs_indexer::IndexError) -> AppError {
    AppError::Internal(e.to_string())
}

/// Applies up to `limit` queued changes; returns how many queue rows were consumed.
/// Blocking: runs on the worker thread or the CLI.
pub fn drain_once(app: &App, index: &SearchIndex, limit: i64) -> AppResult<usize> {
    drain(app, index, limit, |_| {})
}

/// `drain_once`, telling `pushed` each time another chunk of the batch has gone to the indexer
/// (how many items), so a long batch can show progress before it commits.
fn drain(app: &App, index: &SearchIndex, limit: i64, mut pushed: impl FnMut(usize)) -> AppResult<usize> {
    let mut conn = app.db.pool().get()?;
    let batch = queue::next_batch(&mut conn, limit)?;
    if batch.is_empty() {
        return Ok(0);
    }
    let ids: Vec<i64> = batch.iter().map(|(id, _, _)| *id).collect();
    let mut documents = Documents::new(&mut conn, &app.config);
    let mut seen = std::collections::HashSet::new();
    let items: Vec<(&str, &str)> = batch.iter().map(|(_, kind, object_id)| (kind.as_str(), object_id.as_str())).filter(|item| seen.insert(*item)).collect();
    // Documents go to the indexing threads a chunk at a time as they are read (the index batch
    // rolls back if a read fails), so reading and indexing overlap.
    let mut changes = index.batch().map_err(index_error)?;
    for chunk in items.chunks(ID_CHUNK) {
        for change in documents.changes(chunk)? {
            changes.push(&change).map_err(index_error)?;
        }
        pushed(chunk.len());
    }
    drop(documents);
    drop(conn);
    changes.commit().map_err(index_error)?;
    // Only now, with the index committed, are the queue rows forgotten. Through `Db::write`,
    // so on SQLite it waits its turn with the other writers of this process.
    app.db.write_blocking(|conn| Ok(queue::delete_ids(conn, &ids)?))?;
    Ok(batch.len())
}

/// Whether changes wait in the queue (an error counts as yes: the next drain reports it).
fn more_queued(app: &App) -> bool {
    let mut conn = match app.db.pool().get() {
        Ok(conn) => conn,
        Err(_) => return true,
    };
    queue::next_batch(&mut conn, 1).map_or(true, |batch| !batch.is_empty())
}

/// A running index worker; dropping it stops the thread and waits for it, so the index and
/// the database are never torn down under a batch in flight.
pub struct Worker {
    stop: Arc<AtomicBool>,
    wakeup: Arc<Wakeup>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.wakeup.wake();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Shortest time between the starts of two index commits while changes keep streaming in.
/// A commit costs the same for one document as for hundreds (a new segment, fsyncs, merges),
/// so under a stream of small writes batching them is what keeps the index worker from
/// taking the CPU the writes themselves need; a change after a quiet spell commits at once.
/// Each commit also ends tantivy's indexing thread and starts a new one with a fresh 4 MiB
/// term table, so fewer commits mean less thread and allocator churn. A second is what other
/// search engines take as their default refresh (Elasticsearch's `refresh_interval`).
const MIN_COMMIT_INTERVAL: Duration = Duration::from_secs(1);

/// The index worker: one thread, the only writer. Drains the queue whenever woken, and at
/// least every second (changes made by other processes, such as the CLI, only show up so).
pub fn spawn_worker(app: App, index: Arc<SearchIndex>, wakeup: Arc<Wakeup>) -> std::io::Result<Worker> {
    let stop = Arc::new(AtomicBool::new(false));
    let (stop_flag, wake) = (stop.clone(), wakeup.clone());
    let thread = std::thread::Builder::new().name("index-worker".into()).spawn(move || {
        let mut failures = 0u32;
        while !stop_flag.load(Ordering::SeqCst) {
            let started = Instant::now();
            match drain_once(&app, &index, 500) {
                Ok(0) => {
                    failures = 0;
                    wake.wait(Duration::from_secs(1));
                }
                Ok(_) => {
                    failures = 0;
                    // More arrived while this batch committed: a stream. Let it gather.
                    if more_queued(&app) {
                        std::thread::sleep(MIN_COMMIT_INTERVAL.saturating_sub(started.elapsed()));
                    }
                }
                Err(error) => {
                    failures = failures.saturating_add(1);
                    tracing::error!(%error, failures, "index worker: batch failed; retrying");
                    wake.wait(Duration::from_millis(200u64.saturating_mul(1 << failures.min(6))));
                }
            }
        }
    })?;
    Ok(Worker { stop, wakeup, thread: Some(thread) })
}

/// Queue rows a rebuild applies per index commit. Large on purpose: each commit ends every
/// indexing thread's segment, and segments of this batch's share (100k documents on two
/// threads) are big enough for the merge policy to leave alone, so a rebuild is written once
/// and never rewritten by merges. Memory stays bounded by the writer's budget, which flushes a
/// segment early when documents are large; a crash loses at most one batch of progress, as the
/// queue rows stay until their batch has committed.
pub const REBUILD_BATCH: usize = 200_000;

/// Rebuilds the index from the database: clears it, queues everything, drains with progress.
pub fn rebuild(app: &App, index: &SearchIndex, progress: impl Fn(usize, usize)) -> AppResult<usize> {
    index.set_mode(WriterMode::Bulk).map_err(index_error)?;
    let rebuilt = rebuild_with_bulk_writer(app, index, progress);
    // Back to the live writer even after a failure, so a serving node's worker does not keep
    // starting a thread per core at each small commit.
    let live = index.set_mode(WriterMode::Live).map_err(index_error);
    let total = rebuilt?;
    live?;
    Ok(total)
}

fn rebuild_with_bulk_writer(app: &App, index: &SearchIndex, progress: impl Fn(usize, usize)) -> AppResult<usize> {
    index.clear().map_err(index_error)?;
    let total = app.db.write_blocking(|conn| Ok(queue::requeue_all(conn)?))?;
    let mut done = 0;
    loop {
        let mut in_batch = 0;
        let consumed = drain(app, index, REBUILD_BATCH as i64, |items| {
            in_batch += items;
            progress((done + in_batch).min(total), total);
        })?;
        if consumed == 0 {
            break;
        }
        done += consumed;
        progress(done.min(total), total);
    }
    Ok(total)
}

/// How many goals the goal facet lists: those with the most matches. A node may know
/// thousands and a broad query touches hundreds; listing them all would make every answer tens
/// of kilobytes longer, for a sidebar that shows a dozen.
pub const GOAL_FACET_SIZE: usize = 50;

/// Runs a search; a goal given by URI or id is resolved to our id first.
pub async fn search(app: &App, query: SearchQuery) -> AppResult<SearchResults> {
    search_counting_goals(app, query, GOAL_FACET_SIZE).await
}

/// A page of results whose materials are grouped with their translations: a work found in
/// several languages shows once (its best-ranked language), with the other languages it exists
/// in. Grouping is within the page, so a page may hold fewer hits than asked for; `total`
/// counts every match.
pub async fn search_grouped(app: &App, query: SearchQuery) -> AppResult<(SearchResults, HashMap<String, Vec<super::translations::TranslationRef>>)> {
    let mut results = search(app, query).await?;
    let materials: Vec<String> = results.hits.iter().filter(|h| h.kind == ContentKind::Material.as_str()).map(|h| h.id.clone()).collect();
    let (kept, others) = super::translations::group(app, materials).await?;
    results.hits.retain(|h| h.kind != ContentKind::Material.as_str() || kept.contains(&h.id));
    Ok((results, others))
}

/// How many matches of `query` each goal has, by URI: every goal, not only the most frequent
/// (the coverage picture colours each goal of a framework).
pub async fn goal_counts(app: &App, mut query: SearchQuery) -> AppResult<BTreeMap<String, u64>> {
    query.page = 1;
    query.per_page = 1;
    query.with_facets = true;
    let mut results = search_counting_goals(app, query, usize::MAX).await?;
    Ok(results.facets.remove(GOAL_FILTER).unwrap_or_default())
}

/// A search whose goal facet keeps the `goals` most frequent goals.
async fn search_counting_goals(app: &App, mut query: SearchQuery, goals: usize) -> AppResult<SearchResults> {
    let Some(index) = app.search.clone() else { return Err(AppError::Internal("this process has no search index".into())) };
    if let Some(goal) = query.goal.take() {
        let resolved = app.db.read(move |conn| Ok(curricula::goal_by_key(conn, &goal)?.map(|g| g.id))).await?;
        // An unknown goal matches nothing (rather than everything).
        query.goal = Some(resolved.unwrap_or_else(|| "-unknown-goal-".to_owned()));
    }
    let mut results = super::tx::run_blocking(move || index.search(&query).map_err(index_error)).await?;
    // Goals are counted by our ids; the API and the goal filter speak their URIs.
    if let Some(by_id) = results.facets.remove(GOAL_FILTER).filter(|counts| !counts.is_empty()) {
        let mut top: Vec<(String, u64)> = by_id.into_iter().collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        top.truncate(goals);
        let uris = goal_uris(app, top.iter().map(|(id, _)| id.clone()).collect()).await?;
        let by_uri = top.into_iter().filter_map(|(id, count)| uris.get(&id).map(|uri| (uri.clone(), count))).collect();
        results.facets.insert(GOAL_FILTER, by_uri);
    }
    Ok(results)
}

/// The URIs of goals by id, from memory; ids not seen before are read once (a search would
/// otherwise read hundreds of goal rows each time).
async fn goal_uris(app: &App, ids: Vec<String>) -> AppResult<HashMap<String, String>> {
    let cached = |ids: &[String]| -> (HashMap<String, String>, Vec<String>) {
        let Ok(map) = app.caches.goal_uris.lock() else { return (HashMap::new(), ids.to_vec()) };
        let mut found = HashMap::with_capacity(ids.len());
        let mut missing = Vec::new();
        for id in ids {
            if let Some(uri) = map.get(id) {
                found.insert(id.clone(), uri.clone());
            } else {
                missing.push(id.clone());
            }
        }
        (found, missing)
    };
    let (mut found, missing) = cached(&ids);
    if missing.is_empty() {
        return Ok(found);
    }
    let rows = app
        .db
        .read(move |conn| {
            let mut rows = Vec::with_capacity(missing.len());
            for chunk in missing.chunks(ID_CHUNK) {
                rows.extend(curricula::goals_by_ids(conn, chunk)?);
            }
            Ok(rows)
        })
        .await?;
    if let Ok(mut map) = app.caches.goal_uris.lock() {
        for row in &rows {
            map.insert(row.id.clone(), row.uri.clone());
        }
    }
    found.extend(rows.into_iter().map(|row| (row.id, row.uri)));
    Ok(found)
}
