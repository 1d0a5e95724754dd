//! Federation tables: actors, follows, the outbox with its deliveries, instance delivery state,
//! inbound de-duplication, what we told followers about each object, and remote remixes.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use super::models::{ActorRow, DeliveryRow, FollowRow, InstanceRow, OutboxRow, RemoteRemixRow};
use super::schema::{actors, deliveries, federated_objects, follows, inbox_seen, instances, outbox, remote_remixes};
use super::{DbConnection, DbError};

// ---- actors ----------------------------------------------------------------------------

pub fn actor_by_ap_id(conn: &mut DbConnection, ap_id: &str) -> Result<Option<ActorRow>, DbError> {
    actors::table.filter(actors::ap_id.eq(ap_id)).select(ActorRow::as_select()).first(conn).optional()
}

pub fn actor_by_id(conn: &mut DbConnection, id: &str) -> Result<Option<ActorRow>, DbError> {
    actors::table.find(id).select(ActorRow::as_select()).first(conn).optional()
}

/// The local actor of an account, once it has one.
pub fn local_actor_of_user(conn: &mut DbConnection, user_id: &str) -> Result<Option<ActorRow>, DbError> {
    actors::table.filter(actors::user_id.eq(user_id)).filter(actors::local.eq(true)).select(ActorRow::as_select()).first(conn).optional()
}

/// The actor that owns a `users` row made for a remote author.
pub fn remote_actor_of_user(conn: &mut DbConnection, user_id: &str) -> Result<Option<ActorRow>, DbError> {
    actors::table.filter(actors::user_id.eq(user_id)).filter(actors::local.eq(false)).select(ActorRow::as_select()).first(conn).optional()
}

pub fn insert_actor(conn: &mut DbConnection, row: &ActorRow) -> Result<(), DbError> {
    diesel::insert_into(actors::table).values(row).execute(conn).map(drop)
}

pub fn update_actor(conn: &mut DbConnection, row: &ActorRow) -> Result<(), DbError> {
    diesel::update(actors::table.find(&row.id)).set(row).execute(conn).map(drop)
}

/// Refreshes what a remote actor's own document says, and nothing this node decided about it
/// (`user_id`, `local`): a refresh racing the transaction that links the actor to its `users`
/// row must not undo that link (PostgreSQL reads committed rows, so a whole-row update from a
/// stale read would).
pub fn refresh_remote_actor(conn: &mut DbConnection, row: &ActorRow) -> Result<(), DbError> {
    diesel::update(actors::table.find(&row.id))
        .set((
            actors::kind.eq(&row.kind),
            actors::host.eq(&row.host),
            actors::username.eq(&row.username),
            actors::name.eq(&row.name),
            actors::summary.eq(&row.summary),
            actors::inbox.eq(&row.inbox),
            actors::shared_inbox.eq(&row.shared_inbox),
            actors::outbox.eq(&row.outbox),
            actors::followers.eq(&row.followers),
            actors::public_key_pem.eq(&row.public_key_pem),
            actors::fetched_at.eq(row.fetched_at),
        ))
        .execute(conn)
        .map(drop)
}

// ---- follows ---------------------------------------------------------------------------

pub fn follow(conn: &mut DbConnection, follower_id: &str, target_id: &str) -> Result<Option<FollowRow>, DbError> {
    follows::table.find((follower_id, target_id)).select(FollowRow::as_select()).first(conn).optional()
}

pub fn follow_by_activity_id(conn: &mut DbConnection, activity_id: &str) -> Result<Option<FollowRow>, DbError> {
    follows::table.filter(follows::activity_id.eq(activity_id)).select(FollowRow::as_select()).first(conn).optional()
}

/// Inserts or replaces the follow of `follower_id` → `target_id`.
pub fn put_follow(conn: &mut DbConnection, row: &FollowRow) -> Result<(), DbError> {
    delete_follow(conn, &row.follower_id, &row.target_id)?;
    diesel::insert_into(follows::table).values(row).execute(conn).map(drop)
}

pub fn set_follow_state(conn: &mut DbConnection, follower_id: &str, target_id: &str, state: &str) -> Result<usize, DbError> {
    diesel::update(follows::table.find((follower_id, target_id))).set(follows::state.eq(state)).execute(conn)
}

pub fn delete_follow(conn: &mut DbConnection, follower_id: &str, target_id: &str) -> Result<usize, DbError> {
    diesel::delete(follows::table.find((follower_id, target_id))).execute(conn)
}

/// Accepted followers of any of `target_ids`.
pub fn followers_of(conn: &mut DbConnection, target_ids: &[String]) -> Result<Vec<ActorRow>, DbError> {
    let follower_ids = follows::table.filter(follows::target_id.eq_any(target_ids)).filter(follows::state.eq("accepted")).select(follows::follower_id);
    actors::table.filter(actors::id.eq_any(follower_ids)).select(ActorRow::as_select()).order(actors::ap_id).load(conn)
}

/// Followers (every state) of one actor, with their follow rows.
pub fn follows_of_target(conn: &mut DbConnection, target_id: &str) -> Result<Vec<(FollowRow, ActorRow)>, DbError> {
    follows::table
        .inner_join(actors::table.on(actors::id.eq(follows::follower_id)))
        .filter(follows::target_id.eq(target_id))
        .order(follows::created_at.desc())
        .select((FollowRow::as_select(), ActorRow::as_select()))
        .load(conn)
}

/// What `follower_id` follows, with the followed actors.
pub fn following(conn: &mut DbConnection, follower_id: &str) -> Result<Vec<(FollowRow, ActorRow)>, DbError> {
    follows::table
        .inner_join(actors::table.on(actors::id.eq(follows::target_id)))
        .filter(follows::follower_id.eq(follower_id))
        .order(follows::created_at.desc())
        .select((FollowRow::as_select(), ActorRow::as_select()))
        .load(conn)
}

/// Every remote actor any local actor follows (accepted): the timeline's sources.
/// Does any local actor follow `actor_id` (accepted)?
pub fn followers_of_local(conn: &mut DbConnection, actor_id: &str) -> Result<bool, DbError> {
    let local = actors::table.filter(actors::local.eq(true)).select(actors::id);
    let n: i64 = follows::table
        .filter(follows::target_id.eq(actor_id))
        .filter(follows::state.eq("accepted"))
        .filter(follows::follower_id.eq_any(local))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Does a local actor follow an actor of this kind on `host` (a node's `Application`, say)?
pub fn follows_kind_on_host(conn: &mut DbConnection, host: &str, kind: &str) -> Result<bool, DbError> {
    let local = actors::table.filter(actors::local.eq(true)).select(actors::id);
    let targets = actors::table.filter(actors::host.eq(host)).filter(actors::kind.eq(kind)).select(actors::id);
    let n: i64 = follows::table
        .filter(follows::target_id.eq_any(targets))
        .filter(follows::state.eq("accepted"))
        .filter(follows::follower_id.eq_any(local))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Hosts of every remote actor we know.
pub fn known_remote_hosts(conn: &mut DbConnection) -> Result<Vec<String>, DbError> {
    actors::table.filter(actors::local.eq(false)).select(actors::host).distinct().load(conn)
}

/// Ends every follow between us and actors of `host`.
pub fn delete_follows_with_host(conn: &mut DbConnection, host: &str) -> Result<usize, DbError> {
    let theirs = actors::table.filter(actors::host.eq(host)).filter(actors::local.eq(false)).select(actors::id);
    let theirs2 = actors::table.filter(actors::host.eq(host)).filter(actors::local.eq(false)).select(actors::id);
    diesel::delete(follows::table.filter(follows::follower_id.eq_any(theirs).or(follows::target_id.eq_any(theirs2)))).execute(conn)
}

// ---- outbox and deliveries -------------------------------------------------------------

/// Stores an outgoing activity; returns its row id.
pub fn insert_outbox(conn: &mut DbConnection, activity_id: &str, actor_ap_id: &str, body: &str, at: NaiveDateTime) -> Result<i64, DbError> {
    diesel::insert_into(outbox::table)
        .values((outbox::activity_id.eq(activity_id), outbox::actor_ap_id.eq(actor_ap_id), outbox::body.eq(body), outbox::created_at.eq(at)))
        .execute(conn)?;
    outbox::table.filter(outbox::activity_id.eq(activity_id)).select(outbox::id).first(conn)
}

pub fn insert_delivery(conn: &mut DbConnection, outbox_id: i64, host: &str, inbox: &str, at: NaiveDateTime) -> Result<(), DbError> {
    diesel::insert_into(deliveries::table)
        .values((deliveries::outbox_id.eq(outbox_id), deliveries::host.eq(host), deliveries::inbox.eq(inbox), deliveries::created_at.eq(at)))
        .execute(conn)
        .map(drop)
}

/// Hosts with deliveries waiting whose backoff (if any) has passed. Refused deliveries wait
/// for an admin, not for time.
pub fn hosts_due(conn: &mut DbConnection, now: NaiveDateTime) -> Result<Vec<String>, DbError> {
    let waiting = instances::table.filter(instances::next_attempt_at.gt(now).or(instances::unreachable.eq(true))).select(instances::host);
    deliveries::table.filter(deliveries::refused_at.is_null()).filter(deliveries::host.ne_all(waiting)).select(deliveries::host).distinct().load(conn)
}

/// The oldest waiting (not refused) deliveries to one host, with their activities.
pub fn next_deliveries(conn: &mut DbConnection, host: &str, limit: i64) -> Result<Vec<(DeliveryRow, OutboxRow)>, DbError> {
    deliveries::table
        .inner_join(outbox::table)
        .filter(deliveries::host.eq(host))
        .filter(deliveries::refused_at.is_null())
        .order(deliveries::id.asc())
        .limit(limit)
        .select((DeliveryRow::as_select(), OutboxRow::as_select()))
        .load(conn)
}

pub fn delete_deliveries(conn: &mut DbConnection, ids: &[i64]) -> Result<usize, DbError> {
    diesel::delete(deliveries::table.filter(deliveries::id.eq_any(ids))).execute(conn)
}

/// Deletes up to `limit` outgoing activities written before `before` that no delivery waits
/// for any more (all sent, or none was ever due); returns how many. Nothing reads an outbox row
/// but its deliveries: the published outboxes are built from the content tables.
pub fn prune_outbox(conn: &mut DbConnection, before: NaiveDateTime, limit: i64) -> Result<usize, DbError> {
    let ids: Vec<i64> = outbox::table
        .filter(outbox::created_at.lt(before))
        .filter(diesel::dsl::not(diesel::dsl::exists(deliveries::table.filter(deliveries::outbox_id.eq(outbox::id)))))
        .select(outbox::id)
        .order(outbox::id.asc())
        .limit(limit)
        .load(conn)?;
    let mut deleted = 0;
    for chunk in ids.chunks(super::ID_CHUNK) {
        deleted += diesel::delete(outbox::table.filter(outbox::id.eq_any(chunk))).execute(conn)?;
    }
    Ok(deleted)
}

/// Marks a delivery the peer refused: it stays, out of the queue, with the peer's answer.
pub fn mark_refused(conn: &mut DbConnection, id: i64, status: i32, answer: &str, at: NaiveDateTime) -> Result<usize, DbError> {
    diesel::update(deliveries::table.find(id))
        .set((deliveries::refused_status.eq(Some(status)), deliveries::refused_answer.eq(Some(answer)), deliveries::refused_at.eq(Some(at))))
        .execute(conn)
}

/// Puts an instance's refused deliveries back in the queue; returns how many.
pub fn retry_refused(conn: &mut DbConnection, host: &str) -> Result<usize, DbError> {
    diesel::update(deliveries::table.filter(deliveries::host.eq(host)).filter(deliveries::refused_at.is_not_null()))
        .set((deliveries::refused_status.eq(None::<i32>), deliveries::refused_answer.eq(None::<String>), deliveries::refused_at.eq(None::<NaiveDateTime>)))
        .execute(conn)
}

/// Waiting deliveries per host (refused ones not counted).
pub fn pending_by_host(conn: &mut DbConnection) -> Result<Vec<(String, i64)>, DbError> {
    deliveries::table
        .filter(deliveries::refused_at.is_null())
        .group_by(deliveries::host)
        .select((deliveries::host, diesel::dsl::count_star()))
        .order(deliveries::host.asc())
        .load(conn)
}

/// Refused deliveries, newest first, with the activity they carried.
pub fn refused(conn: &mut DbConnection, limit: i64) -> Result<Vec<(DeliveryRow, OutboxRow)>, DbError> {
    deliveries::table
        .inner_join(outbox::table)
        .filter(deliveries::refused_at.is_not_null())
        .order(deliveries::id.desc())
        .limit(limit)
        .select((DeliveryRow::as_select(), OutboxRow::as_select()))
        .load(conn)
}

// ---- instances -------------------------------------------------------------------------

/// Every instance we have delivery state for.
pub fn instances(conn: &mut DbConnection) -> Result<Vec<InstanceRow>, DbError> {
    instances::table.order(instances::host.asc()).select(InstanceRow::as_select()).load(conn)
}

pub fn instance(conn: &mut DbConnection, host: &str) -> Result<Option<InstanceRow>, DbError> {
    instances::table.find(host).select(InstanceRow::as_select()).first(conn).optional()
}

pub fn put_instance(conn: &mut DbConnection, row: &InstanceRow) -> Result<(), DbError> {
    if diesel::update(instances::table.find(&row.host)).set(row).execute(conn)? == 0 {
        diesel::insert_into(instances::table).values(row).execute(conn)?;
    }
    Ok(())
}

// ---- inbound de-duplication ------------------------------------------------------------

/// Records an inbound activity id; `false` if it was seen before.
pub fn mark_seen(conn: &mut DbConnection, activity_id: &str, at: NaiveDateTime) -> Result<bool, DbError> {
    match diesel::insert_into(inbox_seen::table).values((inbox_seen::activity_id.eq(activity_id), inbox_seen::received_at.eq(at))).execute(conn) {
        Ok(_) => Ok(true),
        Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(false),
        Err(e) => Err(e),
    }
}

/// Forgets up to `limit` inbound activity ids received before `before`; returns how many.
pub fn prune_seen(conn: &mut DbConnection, before: NaiveDateTime, limit: i64) -> Result<usize, DbError> {
    let ids: Vec<String> = inbox_seen::table.filter(inbox_seen::received_at.lt(before)).select(inbox_seen::activity_id).limit(limit).load(conn)?;
    let mut deleted = 0;
    for chunk in ids.chunks(super::ID_CHUNK) {
        deleted += diesel::delete(inbox_seen::table.filter(inbox_seen::activity_id.eq_any(chunk))).execute(conn)?;
    }
    Ok(deleted)
}

pub fn seen(conn: &mut DbConnection, activity_id: &str) -> Result<bool, DbError> {
    let n: i64 = inbox_seen::table.filter(inbox_seen::activity_id.eq(activity_id)).count().get_result(conn)?;
    Ok(n > 0)
}

// ---- what followers were told ----------------------------------------------------------

pub fn federated_state(conn: &mut DbConnection, kind: &str, id: &str) -> Result<Option<String>, DbError> {
    federated_objects::table.find((kind, id)).select(federated_objects::state).first(conn).optional()
}

pub fn set_federated_state(conn: &mut DbConnection, kind: &str, id: &str, state: &str) -> Result<(), DbError> {
    let updated = diesel::update(federated_objects::table.find((kind, id))).set(federated_objects::state.eq(state)).execute(conn)?;
    if updated == 0 {
        diesel::insert_into(federated_objects::table)
            .values((federated_objects::object_kind.eq(kind), federated_objects::object_id.eq(id), federated_objects::state.eq(state)))
            .execute(conn)?;
    }
    Ok(())
}

// ---- remote remixes --------------------------------------------------------------------

pub fn put_remote_remix(conn: &mut DbConnection, row: &RemoteRemixRow) -> Result<(), DbError> {
    diesel::delete(remote_remixes::table.find((&row.material_id, &row.url))).execute(conn)?;
    diesel::insert_into(remote_remixes::table).values(row).execute(conn).map(drop)
}

pub fn delete_remote_remix(conn: &mut DbConnection, url: &str) -> Result<usize, DbError> {
    diesel::delete(remote_remixes::table.filter(remote_remixes::url.eq(url))).execute(conn)
}

/// Forgets the remixes another node told us about (when that node is no longer allowed).
pub fn delete_remote_remixes_on(conn: &mut DbConnection, node: &str) -> Result<usize, DbError> {
    diesel::delete(remote_remixes::table.filter(remote_remixes::node.eq(node))).execute(conn)
}

pub fn remote_remixes_of(conn: &mut DbConnection, material_id: &str) -> Result<Vec<RemoteRemixRow>, DbError> {
    remote_remixes::table.filter(remote_remixes::material_id.eq(material_id)).order(remote_remixes::created_at).select(RemoteRemixRow::as_select()).load(conn)
}

/// Remote actors of one kind (`Group`: networks on other nodes) that this node knows, most
/// recently fetched first.
pub fn remote_actors_of_kind(conn: &mut DbConnection, kind: &str, limit: i64) -> Result<Vec<ActorRow>, DbError> {
    actors::table
        .filter(actors::kind.eq(kind))
        .filter(actors::local.eq(false))
        .order(actors::fetched_at.desc())
        .limit(limit)
        .select(ActorRow::as_select())
        .load(conn)
}
