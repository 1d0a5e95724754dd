//! Notifications (`notifications`) and each person's choice of how often to hear of each kind
//! (`notification_settings`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::models::{NotificationRow, SavedSearchRow};
use super::schema::{alignments, goal_follows, notification_settings, notifications, saved_searches, users};
use super::{DbConnection, DbError, ID_CHUNK};

pub fn insert(conn: &mut DbConnection, row: &NotificationRow) -> Result<(), DbError> {
    diesel::insert_into(notifications::table).values(row).execute(conn).map(drop)
}

/// A person's choices: (kind, frequency).
pub fn settings(conn: &mut DbConnection, user_id: &str) -> Result<Vec<(String, String)>, DbError> {
    notification_settings::table
        .filter(notification_settings::user_id.eq(user_id))
        .select((notification_settings::kind, notification_settings::frequency))
        .load(conn)
}

pub fn set(conn: &mut DbConnection, user_id: &str, kind: &str, frequency: &str) -> Result<(), DbError> {
    diesel::delete(notification_settings::table.find((user_id, kind))).execute(conn)?;
    diesel::insert_into(notification_settings::table)
        .values((notification_settings::user_id.eq(user_id), notification_settings::kind.eq(kind), notification_settings::frequency.eq(frequency)))
        .execute(conn)
        .map(drop)
}

/// Notifications waiting for a digest that happened before `before`, with their recipient's
/// language, oldest first.
pub fn waiting(conn: &mut DbConnection, before: NaiveDateTime, limit: i64) -> Result<Vec<NotificationRow>, DbError> {
    notifications::table
        .filter(notifications::mailed_at.is_null())
        .filter(notifications::created_at.lt(before))
        .order(notifications::created_at.asc())
        .limit(limit)
        .select(NotificationRow::as_select())
        .load(conn)
}

pub fn by_ids(conn: &mut DbConnection, ids: &[String]) -> Result<Vec<NotificationRow>, DbError> {
    let mut rows = Vec::new();
    for chunk in ids.chunks(ID_CHUNK) {
        rows.extend(notifications::table.filter(notifications::id.eq_any(chunk)).select(NotificationRow::as_select()).load(conn)?);
    }
    rows.sort_by_key(|r| r.created_at);
    Ok(rows)
}

pub fn mark_mailed(conn: &mut DbConnection, ids: &[String], at: NaiveDateTime) -> Result<(), DbError> {
    for chunk in ids.chunks(ID_CHUNK) {
        diesel::update(notifications::table.filter(notifications::id.eq_any(chunk))).set(notifications::mailed_at.eq(Some(at))).execute(conn)?;
    }
    Ok(())
}

/// Forgets notifications mailed before `before`.
pub fn prune_mailed(conn: &mut DbConnection, before: NaiveDateTime) -> Result<usize, DbError> {
    diesel::delete(notifications::table.filter(notifications::mailed_at.lt(before))).execute(conn)
}

/// Whether the account may receive notifications (a local account that is active).
pub fn is_active_local(conn: &mut DbConnection, user_id: &str) -> Result<bool, DbError> {
    let n: i64 = users::table.find(user_id).filter(users::status.eq("active")).count().get_result(conn)?;
    Ok(n > 0)
}

pub fn follow_goal(conn: &mut DbConnection, user_id: &str, goal_id: &str, at: NaiveDateTime) -> Result<(), DbError> {
    if follows_goal(conn, user_id, goal_id)? {
        return Ok(());
    }
    diesel::insert_into(goal_follows::table)
        .values((goal_follows::user_id.eq(user_id), goal_follows::goal_id.eq(goal_id), goal_follows::created_at.eq(at)))
        .execute(conn)
        .map(drop)
}

pub fn unfollow_goal(conn: &mut DbConnection, user_id: &str, goal_id: &str) -> Result<usize, DbError> {
    diesel::delete(goal_follows::table.find((user_id, goal_id))).execute(conn)
}

pub fn follows_goal(conn: &mut DbConnection, user_id: &str, goal_id: &str) -> Result<bool, DbError> {
    let n: i64 = goal_follows::table.find((user_id, goal_id)).count().get_result(conn)?;
    Ok(n > 0)
}

/// The goals an account follows.
pub fn followed_goals(conn: &mut DbConnection, user_id: &str) -> Result<Vec<String>, DbError> {
    goal_follows::table.filter(goal_follows::user_id.eq(user_id)).select(goal_follows::goal_id).load(conn)
}

/// Who follows any of these goals: (user id, goal id).
pub fn goal_followers(conn: &mut DbConnection, goal_ids: &[String]) -> Result<Vec<(String, String)>, DbError> {
    let mut rows = Vec::new();
    for chunk in goal_ids.chunks(ID_CHUNK) {
        rows.extend(
            goal_follows::table
                .filter(goal_follows::goal_id.eq_any(chunk))
                .select((goal_follows::user_id, goal_follows::goal_id))
                .load::<(String, String)>(conn)?,
        );
    }
    Ok(rows)
}

/// The goals a piece of content is aligned to.
pub fn goals_of_content(conn: &mut DbConnection, kind: &str, id: &str) -> Result<Vec<String>, DbError> {
    alignments::table.filter(alignments::content_kind.eq(kind)).filter(alignments::content_id.eq(id)).select(alignments::goal_id).load(conn)
}

pub fn insert_search(conn: &mut DbConnection, row: &SavedSearchRow) -> Result<(), DbError> {
    diesel::insert_into(saved_searches::table).values(row).execute(conn).map(drop)
}

pub fn searches_of(conn: &mut DbConnection, user_id: &str) -> Result<Vec<SavedSearchRow>, DbError> {
    saved_searches::table.filter(saved_searches::user_id.eq(user_id)).order(saved_searches::created_at.asc()).select(SavedSearchRow::as_select()).load(conn)
}

/// Saved searches checked longest ago first.
pub fn searches_to_check(conn: &mut DbConnection, limit: i64) -> Result<Vec<SavedSearchRow>, DbError> {
    saved_searches::table.order(saved_searches::checked_at.asc()).limit(limit).select(SavedSearchRow::as_select()).load(conn)
}

pub fn set_seen(conn: &mut DbConnection, id: &str, seen: &str, at: NaiveDateTime) -> Result<(), DbError> {
    diesel::update(saved_searches::table.find(id)).set((saved_searches::seen.eq(seen), saved_searches::checked_at.eq(at))).execute(conn).map(drop)
}

pub fn delete_search(conn: &mut DbConnection, user_id: &str, id: &str) -> Result<usize, DbError> {
    diesel::delete(saved_searches::table.filter(saved_searches::user_id.eq(user_id)).filter(saved_searches::id.eq(id))).execute(conn)
}
