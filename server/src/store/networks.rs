//! Innovation networks: the networks hosted here, their members, and what was posted to a network.

use diesel::prelude::*;

use super::models::{ActorRow, NetworkMemberRow, NetworkPostRow, NetworkRow};
use super::schema::{actors, network_members, network_posts, networks};
use super::{DbConnection, DbError};

pub fn insert(conn: &mut DbConnection, row: &NetworkRow) -> Result<(), DbError> {
    diesel::insert_into(networks::table).values(row).execute(conn).map(drop)
}

pub fn by_id(conn: &mut DbConnection, id: &str) -> Result<Option<NetworkRow>, DbError> {
    networks::table.find(id).select(NetworkRow::as_select()).first(conn).optional()
}

pub fn by_name(conn: &mut DbConnection, name: &str) -> Result<Option<NetworkRow>, DbError> {
    networks::table.filter(networks::name.eq(name)).select(NetworkRow::as_select()).first(conn).optional()
}

pub fn by_actor(conn: &mut DbConnection, actor_id: &str) -> Result<Option<NetworkRow>, DbError> {
    networks::table.filter(networks::actor_id.eq(actor_id)).select(NetworkRow::as_select()).first(conn).optional()
}

/// Every network hosted here, by name.
pub fn all(conn: &mut DbConnection) -> Result<Vec<NetworkRow>, DbError> {
    networks::table.order(networks::name).select(NetworkRow::as_select()).load(conn)
}

pub fn member(conn: &mut DbConnection, network_id: &str, actor_id: &str) -> Result<Option<NetworkMemberRow>, DbError> {
    network_members::table.find((network_id, actor_id)).select(NetworkMemberRow::as_select()).first(conn).optional()
}

/// Inserts or replaces a membership.
pub fn put_member(conn: &mut DbConnection, row: &NetworkMemberRow) -> Result<(), DbError> {
    diesel::delete(network_members::table.find((&row.network_id, &row.actor_id))).execute(conn)?;
    diesel::insert_into(network_members::table).values(row).execute(conn).map(drop)
}

pub fn delete_member(conn: &mut DbConnection, network_id: &str, actor_id: &str) -> Result<usize, DbError> {
    diesel::delete(network_members::table.find((network_id, actor_id))).execute(conn)
}

/// Members and requests of a network with their actors, moderators first, then by join date.
pub fn members(conn: &mut DbConnection, network_id: &str) -> Result<Vec<(NetworkMemberRow, ActorRow)>, DbError> {
    network_members::table
        .inner_join(actors::table)
        .filter(network_members::network_id.eq(network_id))
        .order((network_members::role.desc(), network_members::created_at))
        .select((NetworkMemberRow::as_select(), ActorRow::as_select()))
        .load(conn)
}

/// The networks an actor belongs to (or asked to join), with their memberships.
pub fn memberships_of(conn: &mut DbConnection, actor_id: &str) -> Result<Vec<(NetworkMemberRow, NetworkRow)>, DbError> {
    network_members::table
        .inner_join(networks::table)
        .filter(network_members::actor_id.eq(actor_id))
        .order(networks::name)
        .select((NetworkMemberRow::as_select(), NetworkRow::as_select()))
        .load(conn)
}

/// Records that content was posted to a network; `false` if it already was.
pub fn put_post(conn: &mut DbConnection, row: &NetworkPostRow) -> Result<bool, DbError> {
    let existing = network_posts::table.find((&row.network_url, &row.kind, &row.content_id)).count().get_result::<i64>(conn)?;
    if existing > 0 {
        return Ok(false);
    }
    diesel::insert_into(network_posts::table).values(row).execute(conn)?;
    Ok(true)
}

/// The networks (their actor URLs) a piece of content was posted to.
pub fn networks_of(conn: &mut DbConnection, kind: &str, content_id: &str) -> Result<Vec<String>, DbError> {
    network_posts::table
        .filter(network_posts::kind.eq(kind))
        .filter(network_posts::content_id.eq(content_id))
        .order(network_posts::network_url)
        .select(network_posts::network_url)
        .load(conn)
}

/// What was posted to a network, newest first.
pub fn posts(conn: &mut DbConnection, network_url: &str, limit: i64, offset: i64) -> Result<Vec<NetworkPostRow>, DbError> {
    network_posts::table
        .filter(network_posts::network_url.eq(network_url))
        .order(network_posts::created_at.desc())
        .limit(limit)
        .offset(offset)
        .select(NetworkPostRow::as_select())
        .load(conn)
}

/// When each post to a network since `since` was made (for its activity per month).
pub fn post_times_since(conn: &mut DbConnection, network_url: &str, since: chrono::NaiveDateTime) -> Result<Vec<chrono::NaiveDateTime>, DbError> {
    network_posts::table
        .filter(network_posts::network_url.eq(network_url))
        .filter(network_posts::created_at.ge(since))
        .select(network_posts::created_at)
        .load(conn)
}

pub fn post_count(conn: &mut DbConnection, network_url: &str) -> Result<i64, DbError> {
    network_posts::table.filter(network_posts::network_url.eq(network_url)).count().get_result(conn)
}

pub fn delete_post(conn: &mut DbConnection, network_url: &str, kind: &str, content_id: &str) -> Result<usize, DbError> {
    diesel::delete(network_posts::table.find((network_url, kind, content_id))).execute(conn)
}
