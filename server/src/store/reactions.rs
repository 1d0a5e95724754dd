//! Likes and reports: who appreciated which content, and what was reported to the moderators.

use diesel::prelude::*;

use super::models::{ActorRow, LikeRow, ReportRow};
use super::schema::{actors, likes, reports};
use super::{DbConnection, DbError};

/// Records a like; `false` if this actor already liked this content.
pub fn insert_like(conn: &mut DbConnection, row: &LikeRow) -> Result<bool, DbError> {
    let existing = likes::table
        .filter(likes::kind.eq(&row.kind))
        .filter(likes::content_id.eq(&row.content_id))
        .filter(likes::actor_id.eq(&row.actor_id))
        .count()
        .get_result::<i64>(conn)?;
    if existing > 0 {
        return Ok(false);
    }
    diesel::insert_into(likes::table).values(row).execute(conn)?;
    Ok(true)
}

/// An actor's like of some content, if any.
pub fn like_of(conn: &mut DbConnection, kind: &str, content_id: &str, actor_id: &str) -> Result<Option<LikeRow>, DbError> {
    likes::table
        .filter(likes::kind.eq(kind))
        .filter(likes::content_id.eq(content_id))
        .filter(likes::actor_id.eq(actor_id))
        .select(LikeRow::as_select())
        .first(conn)
        .optional()
}

/// Removes a like by its activity id, only if `actor_id` made it (an Undo speaks for its own
/// actor only). Returns the removed like.
pub fn delete_like(conn: &mut DbConnection, activity_id: &str, actor_id: &str) -> Result<Option<LikeRow>, DbError> {
    let found = likes::table.find(activity_id).filter(likes::actor_id.eq(actor_id)).select(LikeRow::as_select()).first(conn).optional()?;
    if found.is_some() {
        diesel::delete(likes::table.find(activity_id)).execute(conn)?;
    }
    Ok(found)
}

pub fn like_count(conn: &mut DbConnection, kind: &str, content_id: &str) -> Result<i64, DbError> {
    likes::table.filter(likes::kind.eq(kind)).filter(likes::content_id.eq(content_id)).count().get_result(conn)
}

pub fn insert_report(conn: &mut DbConnection, row: &ReportRow) -> Result<(), DbError> {
    diesel::insert_into(reports::table).values(row).execute(conn).map(drop)
}

/// Reports in a state (`open` / `resolved`), newest first, with who reported them.
pub fn reports_in(conn: &mut DbConnection, state: &str, limit: i64) -> Result<Vec<(ReportRow, ActorRow)>, DbError> {
    reports::table
        .inner_join(actors::table)
        .filter(reports::state.eq(state))
        .order(reports::created_at.desc())
        .limit(limit)
        .select((ReportRow::as_select(), ActorRow::as_select()))
        .load(conn)
}

pub fn set_report_state(conn: &mut DbConnection, id: &str, state: &str) -> Result<usize, DbError> {
    diesel::update(reports::table.find(id)).set(reports::state.eq(state)).execute(conn)
}

pub fn report_by_id(conn: &mut DbConnection, id: &str) -> Result<Option<ReportRow>, DbError> {
    reports::table.find(id).select(ReportRow::as_select()).first(conn).optional()
}
