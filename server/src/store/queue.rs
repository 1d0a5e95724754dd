//! The index queue: rows written in the same transaction as a change, drained by the index writer.

use chrono::Utc;
use diesel::prelude::*;

use super::schema::index_queue;
use super::{DbConnection, DbError};
use crate::domain::ContentKind;

/// Queues a change by its kind's name (as stored in `alignments`).
pub fn enqueue_index_named(conn: &mut DbConnection, kind: &str, object_id: &str) -> Result<(), DbError> {
    diesel::insert_into(index_queue::table)
        .values((index_queue::object_kind.eq(kind), index_queue::object_id.eq(object_id), index_queue::created_at.eq(Utc::now().naive_utc())))
        .execute(conn)?;
    Ok(())
}

/// Records that `object_id` changed and must be (re)indexed or removed from the index.
pub fn enqueue_index(conn: &mut DbConnection, kind: ContentKind, object_id: &str) -> Result<(), DbError> {
    enqueue_index_named(conn, kind.as_str(), object_id)
}

/// Queue rows for one object, oldest first (for tests and diagnostics).
pub fn pending_for(conn: &mut DbConnection, object_id: &str) -> Result<Vec<i64>, DbError> {
    index_queue::table.filter(index_queue::object_id.eq(object_id)).select(index_queue::id).order(index_queue::id).load(conn)
}

pub fn pending_count(conn: &mut DbConnection) -> Result<i64, DbError> {
    index_queue::table.count().get_result(conn)
}

/// One queued change: (queue id, object kind, object id).
pub type QueuedChange = (i64, String, String);

/// The oldest queued changes.
pub fn next_batch(conn: &mut DbConnection, limit: i64) -> Result<Vec<QueuedChange>, DbError> {
    index_queue::table.select((index_queue::id, index_queue::object_kind, index_queue::object_id)).order(index_queue::id.asc()).limit(limit).load(conn)
}

/// Forgets the queue rows a batch consumed, once the index has committed them. Exactly those
/// ids, not "everything up to the largest": on PostgreSQL a transaction can commit a smaller id
/// after a larger one was read, and that row must not be lost.
pub fn delete_ids(conn: &mut DbConnection, ids: &[i64]) -> Result<usize, DbError> {
    let mut deleted = 0;
    for chunk in ids.chunks(super::ID_CHUNK) {
        deleted += diesel::delete(index_queue::table.filter(index_queue::id.eq_any(chunk))).execute(conn)?;
    }
    Ok(deleted)
}

/// Makes the queue hold every material and case study once (a full rebuild through the normal
/// path). Rows already waiting are dropped: each names content the new rows cover, and keeping
/// them would index that content twice. In one transaction, so no change is lost in between.
pub fn requeue_all(conn: &mut DbConnection) -> Result<usize, DbError> {
    diesel::delete(index_queue::table).execute(conn)?;
    enqueue_all(conn)
}

fn enqueue_all(conn: &mut DbConnection) -> Result<usize, DbError> {
    let materials = diesel::sql_query("INSERT INTO index_queue (object_kind, object_id, created_at) SELECT 'material', id, CURRENT_TIMESTAMP FROM materials")
        .execute(conn)?;
    let case_studies =
        diesel::sql_query("INSERT INTO index_queue (object_kind, object_id, created_at) SELECT 'case_study', id, CURRENT_TIMESTAMP FROM case_studies")
            .execute(conn)?;
    let collections =
        diesel::sql_query("INSERT INTO index_queue (object_kind, object_id, created_at) SELECT 'collection', id, CURRENT_TIMESTAMP FROM collections")
            .execute(conn)?;
    Ok(materials + case_studies + collections)
}

pub fn max_id(conn: &mut DbConnection) -> Result<Option<i64>, DbError> {
    index_queue::table.select(diesel::dsl::max(index_queue::id)).first(conn)
}
