//! Collection rows, their items in order, their versions and who follows them.

use diesel::prelude::*;

use super::models::{ActorRow, CollectionFollowRow, CollectionItemRow, CollectionRow, CollectionVersionRow};
use super::schema::{actors, collection_follows, collection_items, collection_versions, collections};
use super::{DbConnection, DbError, Page};

pub fn insert(conn: &mut DbConnection, row: &CollectionRow) -> Result<(), DbError> {
    diesel::insert_into(collections::table).values(row).execute(conn).map(drop)
}

pub fn update(conn: &mut DbConnection, row: &CollectionRow) -> Result<(), DbError> {
    diesel::update(collections::table.find(&row.id)).set(row).execute(conn).map(drop)
}

pub fn by_id(conn: &mut DbConnection, id: &str) -> Result<Option<CollectionRow>, DbError> {
    collections::table.find(id).select(CollectionRow::as_select()).first(conn).optional()
}

/// A collection from another node by its ActivityPub id.
pub fn by_ap_id(conn: &mut DbConnection, ap_id: &str) -> Result<Option<CollectionRow>, DbError> {
    collections::table.filter(collections::ap_id.eq(ap_id)).select(CollectionRow::as_select()).first(conn).optional()
}

/// The rows with these ids (for the index worker), in chunks.
pub fn by_ids(conn: &mut DbConnection, ids: &[&str]) -> Result<Vec<CollectionRow>, DbError> {
    let mut rows = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(super::ID_CHUNK) {
        rows.extend(collections::table.filter(collections::id.eq_any(chunk)).select(CollectionRow::as_select()).load(conn)?);
    }
    Ok(rows)
}

/// Ids of collections that came from `host` and are still here.
pub fn ids_from_origin(conn: &mut DbConnection, host: &str) -> Result<Vec<String>, DbError> {
    collections::table.filter(collections::origin.eq(host)).filter(collections::deleted_at.is_null()).select(collections::id).load(conn)
}

/// Every id (for a full reindex).
pub fn all_ids(conn: &mut DbConnection) -> Result<Vec<String>, DbError> {
    collections::table.select(collections::id).load(conn)
}

/// Which collections a list shows.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Published, not hidden, not deleted.
    Public,
    /// Everything of one owner that is not deleted (their own list, drafts included).
    Owner(&'a str),
}

pub fn list(conn: &mut DbConnection, scope: Scope<'_>, page: Page) -> Result<(Vec<CollectionRow>, i64), DbError> {
    let filtered = || {
        let query = collections::table.filter(collections::deleted_at.is_null()).into_boxed();
        match scope {
            Scope::Public => query.filter(collections::status.eq("published")).filter(collections::hidden.eq(false)),
            Scope::Owner(owner) => query.filter(collections::owner_id.eq(owner.to_owned())),
        }
    };
    let total = filtered().count().get_result(conn)?;
    let rows = filtered()
        .select(CollectionRow::as_select())
        .order((collections::updated_at.desc(), collections::id.asc()))
        .limit(page.per_page)
        .offset(page.offset())
        .load(conn)?;
    Ok((rows, total))
}

/// Copies made on this node from `id`, public ones only.
pub fn copies_of(conn: &mut DbConnection, id: &str) -> Result<Vec<CollectionRow>, DbError> {
    collections::table
        .filter(collections::derived_from_id.eq(id))
        .filter(collections::deleted_at.is_null())
        .filter(collections::status.eq("published"))
        .filter(collections::hidden.eq(false))
        .select(CollectionRow::as_select())
        .order(collections::created_at.asc())
        .limit(200)
        .load(conn)
}

pub fn items(conn: &mut DbConnection, collection_id: &str) -> Result<Vec<CollectionItemRow>, DbError> {
    collection_items::table
        .filter(collection_items::collection_id.eq(collection_id))
        .select(CollectionItemRow::as_select())
        .order(collection_items::position.asc())
        .load(conn)
}

/// Replaces the whole list (positions are rewritten in the given order).
pub fn set_items(conn: &mut DbConnection, collection_id: &str, items: &[CollectionItemRow]) -> Result<(), DbError> {
    diesel::delete(collection_items::table.filter(collection_items::collection_id.eq(collection_id))).execute(conn)?;
    // One row at a time: `MultiConnection` has no batch insert for SQLite.
    for item in items {
        diesel::insert_into(collection_items::table).values(item).execute(conn)?;
    }
    Ok(())
}

/// Ids of the collections that list this material (to reindex them when its title changes).
pub fn listing(conn: &mut DbConnection, material_id: &str) -> Result<Vec<String>, DbError> {
    collection_items::table.filter(collection_items::material_id.eq(material_id)).select(collection_items::collection_id).distinct().load(conn)
}

/// Keeps what items call a material in step with its title (what other nodes are sent).
pub fn retitle_items(conn: &mut DbConnection, material_id: &str, title: &str) -> Result<usize, DbError> {
    diesel::update(collection_items::table.filter(collection_items::material_id.eq(material_id)).filter(collection_items::title.ne(title)))
        .set(collection_items::title.eq(title))
        .execute(conn)
}

/// Points items that name `item_url` at the row now holding it (a copy that just arrived).
pub fn link_items(conn: &mut DbConnection, item_url: &str, material_id: &str) -> Result<usize, DbError> {
    diesel::update(collection_items::table.filter(collection_items::item_url.eq(item_url)).filter(collection_items::material_id.is_null()))
        .set(collection_items::material_id.eq(material_id))
        .execute(conn)
}

pub fn insert_version(conn: &mut DbConnection, row: &CollectionVersionRow) -> Result<(), DbError> {
    diesel::insert_into(collection_versions::table).values(row).execute(conn).map(drop)
}

/// A page of versions, newest first; `with_drafts: false` leaves out those saved as drafts.
pub fn versions(conn: &mut DbConnection, collection_id: &str, with_drafts: bool, page: Page) -> Result<(Vec<CollectionVersionRow>, i64), DbError> {
    let drafts = if with_drafts { "" } else { "draft" };
    let total = collection_versions::table
        .filter(collection_versions::collection_id.eq(collection_id))
        .filter(collection_versions::status.ne(drafts))
        .count()
        .get_result(conn)?;
    let rows = collection_versions::table
        .filter(collection_versions::collection_id.eq(collection_id))
        .filter(collection_versions::status.ne(drafts))
        .select(CollectionVersionRow::as_select())
        .order(collection_versions::version.desc())
        .limit(page.per_page)
        .offset(page.offset())
        .load(conn)?;
    Ok((rows, total))
}

pub fn version(conn: &mut DbConnection, collection_id: &str, version: i32) -> Result<Option<CollectionVersionRow>, DbError> {
    collection_versions::table.find((collection_id, version)).select(CollectionVersionRow::as_select()).first(conn).optional()
}

pub fn put_follow(conn: &mut DbConnection, row: &CollectionFollowRow) -> Result<(), DbError> {
    diesel::delete(collection_follows::table.find((&row.collection_id, &row.actor_id))).execute(conn)?;
    diesel::insert_into(collection_follows::table).values(row).execute(conn).map(drop)
}

pub fn follow(conn: &mut DbConnection, collection_id: &str, actor_id: &str) -> Result<Option<CollectionFollowRow>, DbError> {
    collection_follows::table.find((collection_id, actor_id)).select(CollectionFollowRow::as_select()).first(conn).optional()
}

pub fn follow_by_activity_id(conn: &mut DbConnection, activity_id: &str) -> Result<Option<CollectionFollowRow>, DbError> {
    collection_follows::table.filter(collection_follows::activity_id.eq(activity_id)).select(CollectionFollowRow::as_select()).first(conn).optional()
}

pub fn set_follow_state(conn: &mut DbConnection, collection_id: &str, actor_id: &str, state: &str) -> Result<(), DbError> {
    diesel::update(collection_follows::table.find((collection_id, actor_id))).set(collection_follows::state.eq(state)).execute(conn).map(drop)
}

pub fn delete_follow(conn: &mut DbConnection, collection_id: &str, actor_id: &str) -> Result<usize, DbError> {
    diesel::delete(collection_follows::table.find((collection_id, actor_id))).execute(conn)
}

/// The actors following a collection (accepted follows only).
pub fn followers(conn: &mut DbConnection, collection_id: &str) -> Result<Vec<ActorRow>, DbError> {
    collection_follows::table
        .inner_join(actors::table)
        .filter(collection_follows::collection_id.eq(collection_id))
        .filter(collection_follows::state.eq("accepted"))
        .select(ActorRow::as_select())
        .load(conn)
}

/// How many follow a collection (accepted).
pub fn follower_count(conn: &mut DbConnection, collection_id: &str) -> Result<i64, DbError> {
    collection_follows::table
        .filter(collection_follows::collection_id.eq(collection_id))
        .filter(collection_follows::state.eq("accepted"))
        .count()
        .get_result(conn)
}

/// The collections (ids here) that local actors follow, with the follow's state.
pub fn followed_by(conn: &mut DbConnection, actor_id: &str) -> Result<Vec<(CollectionFollowRow, CollectionRow)>, DbError> {
    collection_follows::table
        .inner_join(collections::table)
        .filter(collection_follows::actor_id.eq(actor_id))
        .select((CollectionFollowRow::as_select(), CollectionRow::as_select()))
        .order(collection_follows::created_at.desc())
        .load(conn)
}

/// Whether any local actor follows this (remote) collection.
pub fn followed_here(conn: &mut DbConnection, collection_id: &str) -> Result<bool, DbError> {
    let count: i64 = collection_follows::table
        .inner_join(actors::table)
        .filter(collection_follows::collection_id.eq(collection_id))
        .filter(actors::local.eq(true))
        .count()
        .get_result(conn)?;
    Ok(count > 0)
}

/// Removes follows of collections by actors of `host` (its federation was ended).
pub fn delete_follows_with_host(conn: &mut DbConnection, host: &str) -> Result<usize, DbError> {
    let ids: Vec<String> = actors::table.filter(actors::host.eq(host)).select(actors::id).load(conn)?;
    diesel::delete(collection_follows::table.filter(collection_follows::actor_id.eq_any(ids))).execute(conn)
}
