//! The index queue: rows written in the same transaction as a change, drained by the index writer.

use chrono::Utc;
use diesel::prelude::*;

use super::schema::index_queue;
use super::{DbConnection, DbError};
use crate::domain::ContentKind;

/// Records that `object_id` changed and must be (re)indexed or removed from the index.
pub fn enqueue_index(conn: &mut DbConnection, kind: ContentKind, object_id: &str) -> Result<(), DbError> {
    diesel::insert_into(index_queue::table)
        .values((index_queue::object_kind.eq(kind.as_str()), index_queue::object_id.eq(object_id), index_queue::created_at.eq(Utc::now().naive_utc())))
        .execute(conn)?;
    Ok(())
}

/// Queue rows for one object, oldest first (for tests and diagnostics).
pub fn pending_for(conn: &mut DbConnection, object_id: &str) -> Result<Vec<i64>, DbError> {
    index_queue::table.filter(index_queue::object_id.eq(object_id)).select(index_queue::id).order(index_queue::id).load(conn)
}

pub fn pending_count(conn: &mut DbConnection) -> Result<i64, DbError> {
    index_queue::table.count().get_result(conn)
}
