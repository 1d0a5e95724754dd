//! Accounts, browser sessions and API tokens.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::models::{ApiTokenRow, SessionRow, UserRow};
use super::schema::{api_tokens, sessions, users};
use super::{DbConnection, DbError};

pub fn insert(conn: &mut DbConnection, row: &UserRow) -> Result<(), DbError> {
    diesel::insert_into(users::table).values(row).execute(conn).map(drop)
}

pub fn by_id(conn: &mut DbConnection, id: &str) -> Result<Option<UserRow>, DbError> {
    users::table.find(id).select(UserRow::as_select()).first(conn).optional()
}

pub fn by_username(conn: &mut DbConnection, username: &str) -> Result<Option<UserRow>, DbError> {
    users::table.filter(users::username.eq(username)).select(UserRow::as_select()).first(conn).optional()
}

diesel::define_sql_function!(fn lower(text: diesel::sql_types::Text) -> diesel::sql_types::Text);

/// Whether an account has this address, compared without regard to case.
pub fn email_taken(conn: &mut DbConnection, email: &str) -> Result<bool, DbError> {
    let n: i64 = users::table.filter(lower(users::email).eq(email.to_lowercase())).count().get_result(conn)?;
    Ok(n > 0)
}

pub fn by_ids(conn: &mut DbConnection, ids: &[String]) -> Result<Vec<UserRow>, DbError> {
    users::table.filter(users::id.eq_any(ids)).select(UserRow::as_select()).load(conn)
}

pub fn list(conn: &mut DbConnection, status: Option<&str>) -> Result<Vec<UserRow>, DbError> {
    let mut query =
        users::table.select(UserRow::as_select()).filter(users::status.ne_all(["remote", "former", "deleted"])).order(users::created_at.asc()).into_boxed();
    if let Some(status) = status {
        query = query.filter(users::status.eq(status.to_owned()));
    }
    query.limit(500).load(conn)
}

/// Accounts of this node (authors from other nodes are not counted).
pub fn count(conn: &mut DbConnection) -> Result<i64, DbError> {
    users::table.filter(users::status.ne("remote")).count().get_result(conn)
}

pub fn set_display_name(conn: &mut DbConnection, id: &str, name: &str) -> Result<usize, DbError> {
    diesel::update(users::table.find(id)).set(users::display_name.eq(name)).execute(conn)
}

pub fn set_status(conn: &mut DbConnection, id: &str, status: &str) -> Result<usize, DbError> {
    diesel::update(users::table.find(id)).set(users::status.eq(status)).execute(conn)
}

pub fn set_role(conn: &mut DbConnection, id: &str, role: &str) -> Result<usize, DbError> {
    diesel::update(users::table.find(id)).set(users::role.eq(role)).execute(conn)
}

pub fn insert_session(conn: &mut DbConnection, row: &SessionRow) -> Result<(), DbError> {
    diesel::insert_into(sessions::table).values(row).execute(conn).map(drop)
}

/// The account behind a live session.
pub fn by_session(conn: &mut DbConnection, token_hash: &str, now: NaiveDateTime) -> Result<Option<UserRow>, DbError> {
    sessions::table
        .inner_join(users::table)
        .filter(sessions::token_hash.eq(token_hash))
        .filter(sessions::expires_at.gt(now))
        .select(UserRow::as_select())
        .first(conn)
        .optional()
}

pub fn delete_session(conn: &mut DbConnection, token_hash: &str) -> Result<(), DbError> {
    diesel::delete(sessions::table.find(token_hash)).execute(conn).map(drop)
}

pub fn delete_expired_sessions(conn: &mut DbConnection, now: NaiveDateTime) -> Result<usize, DbError> {
    diesel::delete(sessions::table.filter(sessions::expires_at.le(now))).execute(conn)
}

pub fn insert_token(conn: &mut DbConnection, row: &ApiTokenRow) -> Result<(), DbError> {
    diesel::insert_into(api_tokens::table).values(row).execute(conn).map(drop)
}

/// The account behind a live API token.
pub fn by_token(conn: &mut DbConnection, token_hash: &str, now: NaiveDateTime) -> Result<Option<UserRow>, DbError> {
    api_tokens::table
        .inner_join(users::table)
        .filter(api_tokens::token_hash.eq(token_hash))
        .filter(api_tokens::expires_at.gt(now))
        .select(UserRow::as_select())
        .first(conn)
        .optional()
}

pub fn tokens_of(conn: &mut DbConnection, user_id: &str) -> Result<Vec<ApiTokenRow>, DbError> {
    api_tokens::table.filter(api_tokens::user_id.eq(user_id)).select(ApiTokenRow::as_select()).order(api_tokens::created_at.desc()).load(conn)
}

pub fn delete_token(conn: &mut DbConnection, user_id: &str, token_hash_prefix: &str) -> Result<usize, DbError> {
    diesel::delete(api_tokens::table.filter(api_tokens::user_id.eq(user_id)).filter(api_tokens::token_hash.like(format!("{token_hash_prefix}%")))).execute(conn)
}

/// The local account with this address (compared without regard to case), if any.
pub fn by_email(conn: &mut DbConnection, email: &str) -> Result<Option<UserRow>, DbError> {
    users::table.filter(lower(users::email).eq(email.to_lowercase())).filter(users::status.ne("remote")).select(UserRow::as_select()).first(conn).optional()
}

/// Records a confirmed address (which may be a new one).
pub fn set_verified_email(conn: &mut DbConnection, id: &str, email: &str, at: NaiveDateTime) -> Result<usize, DbError> {
    diesel::update(users::table.find(id)).set((users::email.eq(email), users::email_verified_at.eq(Some(at)))).execute(conn)
}

pub fn set_password_hash(conn: &mut DbConnection, id: &str, hash: &str) -> Result<usize, DbError> {
    diesel::update(users::table.find(id)).set(users::password_hash.eq(hash)).execute(conn)
}

pub fn set_lang(conn: &mut DbConnection, id: &str, lang: &str) -> Result<usize, DbError> {
    diesel::update(users::table.find(id)).set(users::lang.eq(lang)).execute(conn)
}

/// An account's live browser sessions, newest first.
pub fn sessions_of(conn: &mut DbConnection, user_id: &str, now: NaiveDateTime) -> Result<Vec<SessionRow>, DbError> {
    sessions::table
        .filter(sessions::user_id.eq(user_id))
        .filter(sessions::expires_at.gt(now))
        .order(sessions::created_at.desc())
        .select(SessionRow::as_select())
        .load(conn)
}

/// Ends one of an account's sessions, named by the start of its hash.
pub fn delete_session_of(conn: &mut DbConnection, user_id: &str, token_hash_prefix: &str) -> Result<usize, DbError> {
    diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id)).filter(sessions::token_hash.like(format!("{token_hash_prefix}%")))).execute(conn)
}

/// Ends every session of an account but one (`keep`: the hash of the session making the change).
pub fn delete_other_sessions(conn: &mut DbConnection, user_id: &str, keep: Option<&str>) -> Result<usize, DbError> {
    let query = sessions::table.filter(sessions::user_id.eq(user_id)).into_boxed();
    let query = match keep {
        Some(keep) => query.filter(sessions::token_hash.ne(keep.to_owned())),
        None => query,
    };
    let hashes: Vec<String> = query.select(sessions::token_hash).load(conn)?;
    if hashes.is_empty() {
        return Ok(0);
    }
    diesel::delete(sessions::table.filter(sessions::token_hash.eq_any(&hashes))).execute(conn)
}

/// Changes the address without confirmation (a node without mail).
pub fn set_unverified_email(conn: &mut DbConnection, id: &str, email: &str) -> Result<usize, DbError> {
    diesel::update(users::table.find(id)).set((users::email.eq(email), users::email_verified_at.eq(None::<NaiveDateTime>))).execute(conn)
}

/// Active administrators of this node.
pub fn count_admins(conn: &mut DbConnection) -> Result<i64, DbError> {
    users::table.filter(users::role.eq("admin")).filter(users::status.eq("active")).count().get_result(conn)
}
