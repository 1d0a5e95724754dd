//! Notifications (`notifications`) and each person's choice of how often to hear of each kind
//! (`notification_settings`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::models::NotificationRow;
use super::schema::{notification_settings, notifications, users};
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
