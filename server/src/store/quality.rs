//! The node's quality marks on content.

use diesel::prelude::*;

use super::models::QualityMarkRow;
use super::schema::quality_marks;
use super::{DbConnection, DbError};

/// Awards (or re-awards, with a new note) the mark.
pub fn put(conn: &mut DbConnection, row: &QualityMarkRow) -> Result<(), DbError> {
    delete(conn, &row.object_kind, &row.object_id)?;
    diesel::insert_into(quality_marks::table).values(row).execute(conn).map(drop)
}

/// Withdraws the mark; `true` if there was one.
pub fn delete(conn: &mut DbConnection, kind: &str, id: &str) -> Result<bool, DbError> {
    Ok(diesel::delete(quality_marks::table.find((kind, id))).execute(conn)? > 0)
}

pub fn of(conn: &mut DbConnection, kind: &str, id: &str) -> Result<Option<QualityMarkRow>, DbError> {
    quality_marks::table.find((kind, id)).select(QualityMarkRow::as_select()).first(conn).optional()
}

/// Which of these pieces of content carry the mark (the index worker's batch).
pub fn marked_among(conn: &mut DbConnection, kind: &str, ids: &[&str]) -> Result<Vec<String>, DbError> {
    let mut marked = Vec::new();
    for chunk in ids.chunks(super::ID_CHUNK) {
        marked.extend(
            quality_marks::table
                .filter(quality_marks::object_kind.eq(kind))
                .filter(quality_marks::object_id.eq_any(chunk))
                .select(quality_marks::object_id)
                .load::<String>(conn)?,
        );
    }
    Ok(marked)
}

/// The newest marks first.
pub fn recent(conn: &mut DbConnection, limit: i64) -> Result<Vec<QualityMarkRow>, DbError> {
    quality_marks::table.order(quality_marks::awarded_at.desc()).limit(limit).select(QualityMarkRow::as_select()).load(conn)
}
