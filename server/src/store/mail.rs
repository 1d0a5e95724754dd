//! The mail queue (`mail_queue`) and the single-use account tokens sent by mail.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::models::{AccountTokenRow, MailRow};
use super::schema::{account_tokens, mail_queue};
use super::{DbConnection, DbError};

/// Queues a mail unless one was queued for the same event already. Returns whether it was new.
pub fn enqueue(conn: &mut DbConnection, row: &MailRow) -> Result<bool, DbError> {
    let seen: i64 = mail_queue::table.filter(mail_queue::event_key.eq(&row.event_key)).count().get_result(conn)?;
    if seen > 0 {
        return Ok(false);
    }
    diesel::insert_into(mail_queue::table).values(row).execute(conn)?;
    Ok(true)
}

/// Queued mail whose time has come, oldest first.
pub fn due(conn: &mut DbConnection, now: NaiveDateTime, limit: i64) -> Result<Vec<MailRow>, DbError> {
    mail_queue::table
        .filter(mail_queue::status.eq("queued"))
        .filter(mail_queue::next_attempt_at.le(now))
        .order((mail_queue::next_attempt_at.asc(), mail_queue::created_at.asc()))
        .limit(limit)
        .select(MailRow::as_select())
        .load(conn)
}

/// When the next queued mail is due, if any is queued.
pub fn next_due(conn: &mut DbConnection) -> Result<Option<NaiveDateTime>, DbError> {
    mail_queue::table.filter(mail_queue::status.eq("queued")).select(diesel::dsl::min(mail_queue::next_attempt_at)).first(conn)
}

pub fn by_id(conn: &mut DbConnection, id: &str) -> Result<Option<MailRow>, DbError> {
    mail_queue::table.find(id).select(MailRow::as_select()).first(conn).optional()
}

pub fn mark_sent(conn: &mut DbConnection, id: &str, now: NaiveDateTime) -> Result<(), DbError> {
    diesel::update(mail_queue::table.find(id))
        .set((mail_queue::status.eq("sent"), mail_queue::sent_at.eq(Some(now)), mail_queue::last_error.eq(None::<String>), mail_queue::params.eq("{}")))
        .execute(conn)
        .map(drop)
}

/// Records a failed attempt: `status` stays `queued` with a later `next_attempt_at`, or
/// becomes `failed`/`refused`.
pub fn mark_attempt(conn: &mut DbConnection, id: &str, status: &str, next_attempt_at: NaiveDateTime, error: &str) -> Result<(), DbError> {
    diesel::update(mail_queue::table.find(id))
        .set((
            mail_queue::status.eq(status),
            mail_queue::attempts.eq(mail_queue::attempts + 1),
            mail_queue::next_attempt_at.eq(next_attempt_at),
            mail_queue::last_error.eq(Some(error)),
        ))
        .execute(conn)
        .map(drop)
}

/// Puts failed and refused mail back in the queue (an administrator's retry).
pub fn retry_problems(conn: &mut DbConnection, now: NaiveDateTime) -> Result<usize, DbError> {
    diesel::update(mail_queue::table.filter(mail_queue::status.eq_any(["failed", "refused"])))
        .set((mail_queue::status.eq("queued"), mail_queue::attempts.eq(0), mail_queue::next_attempt_at.eq(now)))
        .execute(conn)
}

/// How many mails are in each status.
pub fn counts(conn: &mut DbConnection) -> Result<Vec<(String, i64)>, DbError> {
    mail_queue::table.group_by(mail_queue::status).select((mail_queue::status, diesel::dsl::count_star())).load(conn)
}

/// Mail that failed, was refused, or is waiting after a failed attempt, newest first.
pub fn problems(conn: &mut DbConnection, limit: i64) -> Result<Vec<MailRow>, DbError> {
    mail_queue::table
        .filter(mail_queue::last_error.is_not_null())
        .filter(mail_queue::status.ne("sent"))
        .order(mail_queue::created_at.desc())
        .limit(limit)
        .select(MailRow::as_select())
        .load(conn)
}

/// Forgets sent mail older than `before` (what was sent to whom is personal data).
pub fn prune_sent(conn: &mut DbConnection, before: NaiveDateTime) -> Result<usize, DbError> {
    diesel::delete(mail_queue::table.filter(mail_queue::status.eq("sent")).filter(mail_queue::sent_at.lt(before))).execute(conn)
}

pub fn insert_token(conn: &mut DbConnection, row: &AccountTokenRow) -> Result<(), DbError> {
    diesel::insert_into(account_tokens::table).values(row).execute(conn).map(drop)
}

/// Takes a live token for a purpose: returns it and deletes it, so it works once.
pub fn take_token(conn: &mut DbConnection, token_hash: &str, purpose: &str, now: NaiveDateTime) -> Result<Option<AccountTokenRow>, DbError> {
    let row = account_tokens::table
        .find(token_hash)
        .filter(account_tokens::purpose.eq(purpose))
        .filter(account_tokens::expires_at.gt(now))
        .select(AccountTokenRow::as_select())
        .first(conn)
        .optional()?;
    if row.is_some() {
        diesel::delete(account_tokens::table.find(token_hash)).execute(conn)?;
    }
    Ok(row)
}

/// Whether a live token for a purpose exists (the reset form checks before asking for a password).
pub fn token_is_live(conn: &mut DbConnection, token_hash: &str, purpose: &str, now: NaiveDateTime) -> Result<bool, DbError> {
    let n: i64 = account_tokens::table
        .find(token_hash)
        .filter(account_tokens::purpose.eq(purpose))
        .filter(account_tokens::expires_at.gt(now))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Ends every outstanding token of an account for a purpose (a reset used ends the others).
pub fn delete_tokens(conn: &mut DbConnection, user_id: &str, purpose: &str) -> Result<usize, DbError> {
    diesel::delete(account_tokens::table.filter(account_tokens::user_id.eq(user_id)).filter(account_tokens::purpose.eq(purpose))).execute(conn)
}

pub fn delete_expired_tokens(conn: &mut DbConnection, now: NaiveDateTime) -> Result<usize, DbError> {
    diesel::delete(account_tokens::table.filter(account_tokens::expires_at.le(now))).execute(conn)
}
