//! Identities at OpenID Connect providers (`user_identities`) and sign-ins under way
//! (`oidc_logins`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::models::{IdentityRow, OidcLoginRow};
use super::schema::{oidc_logins, user_identities};
use super::{DbConnection, DbError};

pub fn insert_login(conn: &mut DbConnection, row: &OidcLoginRow) -> Result<(), DbError> {
    diesel::insert_into(oidc_logins::table).values(row).execute(conn).map(drop)
}

/// Takes a sign-in under way by its state: returns it and deletes it, so a callback works once.
pub fn take_login(conn: &mut DbConnection, state_hash: &str) -> Result<Option<OidcLoginRow>, DbError> {
    let row = oidc_logins::table.find(state_hash).select(OidcLoginRow::as_select()).first(conn).optional()?;
    if row.is_some() {
        diesel::delete(oidc_logins::table.find(state_hash)).execute(conn)?;
    }
    Ok(row)
}

pub fn delete_expired_logins(conn: &mut DbConnection, now: NaiveDateTime) -> Result<usize, DbError> {
    diesel::delete(oidc_logins::table.filter(oidc_logins::expires_at.le(now))).execute(conn)
}

pub fn find(conn: &mut DbConnection, provider: &str, subject: &str) -> Result<Option<IdentityRow>, DbError> {
    user_identities::table.find((provider, subject)).select(IdentityRow::as_select()).first(conn).optional()
}

pub fn of_user(conn: &mut DbConnection, user_id: &str) -> Result<Vec<IdentityRow>, DbError> {
    user_identities::table.filter(user_identities::user_id.eq(user_id)).order(user_identities::created_at.asc()).select(IdentityRow::as_select()).load(conn)
}

pub fn insert(conn: &mut DbConnection, row: &IdentityRow) -> Result<(), DbError> {
    diesel::insert_into(user_identities::table).values(row).execute(conn).map(drop)
}

pub fn touch(conn: &mut DbConnection, provider: &str, subject: &str, email: &str, at: NaiveDateTime) -> Result<(), DbError> {
    diesel::update(user_identities::table.find((provider, subject)))
        .set((user_identities::last_used_at.eq(at), user_identities::email.eq(email)))
        .execute(conn)
        .map(drop)
}

pub fn delete_of_user(conn: &mut DbConnection, user_id: &str, provider: &str) -> Result<usize, DbError> {
    diesel::delete(user_identities::table.filter(user_identities::user_id.eq(user_id)).filter(user_identities::provider.eq(provider))).execute(conn)
}

pub fn delete_all_of_user(conn: &mut DbConnection, user_id: &str) -> Result<usize, DbError> {
    diesel::delete(user_identities::table.filter(user_identities::user_id.eq(user_id))).execute(conn)
}
