//! What networks (ActivityPub `Group`s, FEP-1b12) send: a network passes what its members post
//! on to its followers with an `Announce`, written in the transaction of the post.
//!
//! A new post is announced as the object itself, which Mastodon shows as a boost and Lemmy and
//! Deelwijs read as a post in the group. An edit or a removal is announced as the member's
//! `Update` or `Delete` activity, unchanged: an object alone cannot say that it changed or went.

use serde_json::Value;

use super::outbox::{delivery_inbox, enqueue};
use super::{now, AppConfig, AppResult};
use crate::activitypub::activities;
use crate::domain::network::MEMBER;
use crate::store::models::ActorRow;
use crate::store::{federation as store, networks, DbConnection};

/// The network's `Announce` of `carried` (an object or an activity) to its followers.
pub fn announce(conn: &mut DbConnection, config: &AppConfig, group: &ActorRow, carried: &Value) -> AppResult<()> {
    let mut carried = carried.clone();
    if let Value::Object(map) = &mut carried {
        map.remove("@context");
    }
    let followers = store::followers_of(conn, std::slice::from_ref(&group.id))?;
    let published = now().and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let followers_url = group.followers.clone().unwrap_or_else(|| format!("{}/followers", group.ap_id));
    let activity = activities::announce(&activities::new_activity_id(&config.public_url, "Announce"), &group.ap_id, &followers_url, carried, &published);
    enqueue(conn, config, &activity, &group.ap_id, followers.iter().map(delivery_inbox).collect())
}

/// Tells a network about a post it did not hear of yet (content already public when its author
/// posted it there): a network here announces it at once; one elsewhere gets the author's
/// `Create`, addressed to it, and relays it itself.
pub fn tell_network(conn: &mut DbConnection, config: &AppConfig, group: &ActorRow, author_url: &str, object: Value) -> AppResult<()> {
    if group.local {
        return announce(conn, config, group, &object);
    }
    let published = now().and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let id = activities::new_activity_id(&config.public_url, "Create");
    let mut create = activities::about_object("Create", &id, author_url, &format!("{author_url}/followers"), object, &published);
    activities::address(&mut create, std::slice::from_ref(&group.ap_id), "cc");
    enqueue(conn, config, &create, author_url, vec![delivery_inbox(group)])
}

/// The network takes back its `Announce` of `object_url` from its followers.
pub fn unannounce(conn: &mut DbConnection, config: &AppConfig, group: &ActorRow, object_url: &str) -> AppResult<()> {
    let followers = store::followers_of(conn, std::slice::from_ref(&group.id))?;
    let followers_url = group.followers.clone().unwrap_or_else(|| format!("{}/followers", group.ap_id));
    let undo = activities::undo_announce(&activities::new_activity_id(&config.public_url, "Undo"), &group.ap_id, &followers_url, object_url);
    enqueue(conn, config, &undo, &group.ap_id, followers.iter().map(delivery_inbox).collect())
}

/// The networks among `urls`, split into those hosted here and those elsewhere.
pub fn split(conn: &mut DbConnection, urls: &[String]) -> AppResult<(Vec<ActorRow>, Vec<ActorRow>)> {
    let (mut local, mut remote) = (Vec::new(), Vec::new());
    for url in urls {
        match store::actor_by_ap_id(conn, url)? {
            Some(actor) if actor.kind == "Group" && actor.local => local.push(actor),
            Some(actor) if actor.kind == "Group" => remote.push(actor),
            _ => {}
        }
    }
    Ok((local, remote))
}

/// The networks hosted here, among `groups`, that `sender` is a member of: those relay what it
/// sends them. Anyone else's post to a network goes nowhere.
pub fn relaying_for(conn: &mut DbConnection, groups: &[ActorRow], sender: &ActorRow) -> AppResult<Vec<ActorRow>> {
    let mut relaying = Vec::new();
    for group in groups.iter().filter(|g| g.local && g.kind == "Group") {
        let Some(network) = networks::by_actor(conn, &group.id)? else { continue };
        if networks::member(conn, &network.id, &sender.id)?.is_some_and(|m| m.state == MEMBER) {
            relaying.push(group.clone());
        }
    }
    Ok(relaying)
}
