//! Collections across nodes: copies of collections from other nodes (arriving as `Create`,
//! `Update`, `Announce`, or fetched when someone here follows one), their `Add`/`Remove` of
//! items, and follows of a single collection in both directions.

use chrono::NaiveDateTime;

use super::federation::{author_user, followed, read_policy};
use super::outbox::enqueue;
use super::{new_id, now, Actor, App, AppConfig, AppError, AppResult};
use crate::activitypub::collection::RemoteCollection;
use crate::activitypub::{activities, host_of};
use crate::domain::collection::CollectionFields;
use crate::domain::ContentKind;
use crate::store::collections as store;
use crate::store::models::{ActorRow, CollectionFollowRow, CollectionItemRow, CollectionRow};
use crate::store::{federation as fed_store, json_list, queue, DbConnection};

const PENDING: &str = "pending";
const ACCEPTED: &str = "accepted";

/// A collection followed from here, for the follows list.
#[derive(Debug, Clone)]
pub struct FollowedCollection {
    /// Its id here.
    pub id: String,
    pub url: String,
    pub title: String,
    pub state: String,
    pub since: NaiveDateTime,
}

/// The item rows of a remote collection: each item linked to the copy this node holds (or to
/// our own material, when a collection elsewhere lists one of ours).
fn item_rows(
    conn: &mut DbConnection,
    config: &AppConfig,
    collection_id: &str,
    remote: &RemoteCollection,
    fields: &CollectionFields,
) -> AppResult<Vec<CollectionItemRow>> {
    let mut rows = Vec::with_capacity(fields.items.len());
    for (position, item) in fields.items.iter().enumerate() {
        let named = remote.titles.iter().find(|(url, _)| *url == item.material).map(|(_, title)| title.clone()).unwrap_or_default();
        let held = super::collections::find_material(conn, config, &item.material)?;
        let origin = url::Url::parse(&item.material).ok().map(|u| host_of(&u)).filter(|h| *h != config.host());
        rows.push(CollectionItemRow {
            collection_id: collection_id.to_owned(),
            position: i32::try_from(position).unwrap_or(i32::MAX),
            item_url: item.material.clone(),
            title: if named.is_empty() { held.as_ref().map(|m| m.title.clone()).unwrap_or_default() } else { named },
            material_id: held.map(|m| m.id),
            origin,
            note: item.note.clone(),
        });
    }
    Ok(rows)
}

/// Stores a remote collection (new, or a new version of the copy held here), in the caller's
/// transaction. Returns its id here.
fn upsert(conn: &mut DbConnection, config: &AppConfig, author: &ActorRow, remote: &RemoteCollection, revive: bool) -> AppResult<Option<String>> {
    let ap_id = remote.id.to_string();
    let origin = host_of(&remote.id);
    let fields = CollectionFields::parse_remote(&remote.input, &config.limits)?;
    super::foreign_goals::learn(conn, &fields.goals, &remote.goals, &origin)?;
    let owner_id = author_user(conn, author)?;
    let (mut row, before) = match store::by_ap_id(conn, &ap_id)? {
        Some(row) if row.deleted_at.is_some() && !revive => return Ok(None),
        Some(row) => {
            let items = store::items(conn, &row.id)?;
            (row, Some(items))
        }
        None => {
            let at = now();
            let row = CollectionRow {
                id: new_id(),
                owner_id: owner_id.clone(),
                title: String::new(),
                introduction_md: String::new(),
                introduction_html: String::new(),
                language: String::new(),
                license: String::new(),
                education_levels: String::new(),
                subjects: String::new(),
                goals: String::new(),
                status: String::new(),
                hidden: false,
                version: 0,
                derived_from_id: None,
                derived_from_version: None,
                created_at: at,
                updated_at: at,
                deleted_at: None,
                ap_id: Some(ap_id.clone()),
                origin: Some(origin.clone()),
                network_id: None,
            };
            store::insert(conn, &row)?;
            (row, None)
        }
    };
    let items = item_rows(conn, config, &row.id, remote, &fields)?;
    let unchanged = match &before {
        Some(old) => row.deleted_at.is_none() && *old == items && super::collections::fields_of(&row, old)? == fields,
        None => false,
    };
    if unchanged {
        return Ok(Some(row.id));
    }
    row.title = fields.title.clone();
    row.introduction_md = fields.introduction_md.clone();
    row.introduction_html = crate::domain::markdown::to_safe_html(&fields.introduction_md, &config.public_url);
    row.language = fields.language.as_str().to_owned();
    row.license = fields.license.spdx().to_owned();
    row.education_levels = json_list(&fields.education_levels.iter().map(|l| l.as_str()).collect::<Vec<_>>());
    row.subjects = json_list(&fields.subjects.iter().map(|s| s.as_str()).collect::<Vec<_>>());
    row.goals = json_list(&fields.goals.iter().map(|g| g.to_ref()).collect::<Vec<_>>());
    row.status = fields.status.as_str().to_owned();
    row.deleted_at = None;
    row.owner_id = owner_id.clone();
    row.derived_from_id = match &remote.based_on {
        Some(source) => store::by_ap_id(conn, source.as_str())?.map(|s| s.id),
        None => None,
    };
    row.version += 1;
    row.updated_at = now();
    store::update(conn, &row)?;
    store::set_items(conn, &row.id, &items)?;
    super::curricula::store_alignments(conn, ContentKind::Collection, &row.id, &fields.goals)?;
    super::collections::write_version(conn, &row, &fields, &owner_id, &format!("received from {origin}"))?;
    queue::enqueue_index(conn, ContentKind::Collection, &row.id)?;
    Ok(Some(row.id))
}

/// A remote collection arrived. It is stored when it is wanted here: we hold it already, someone
/// here follows it, its sender or its author; `revives` as for materials (a `Create` or an
/// `Announce` brings back a copy deleted here, a late `Update` does not).
pub async fn receive(app: &App, activity_id: Option<String>, sender: ActorRow, author: ActorRow, remote: RemoteCollection, revives: bool) -> AppResult<()> {
    let config = app.config.clone();
    app.db
        .write(move |conn| {
            if let Some(id) = &activity_id {
                if !fed_store::mark_seen(conn, id, now())? {
                    return Ok(());
                }
            }
            let origin = host_of(&remote.id);
            if origin == config.host() {
                return Ok(());
            }
            let policy = read_policy(conn)?;
            if !policy.allows(&origin) || !policy.allows(&sender.host) {
                return Ok(());
            }
            let held = store::by_ap_id(conn, remote.id.as_str())?;
            let wanted = match &held {
                Some(row) if row.deleted_at.is_none() => true,
                Some(row) if !revives => store::followed_here(conn, &row.id)?,
                Some(row) => store::followed_here(conn, &row.id)? || followed(conn, &sender)? || followed(conn, &author)?,
                None => followed(conn, &sender)? || followed(conn, &author)?,
            };
            if wanted {
                upsert(conn, &config, &author, &remote, true)?;
            }
            Ok(())
        })
        .await
}

/// `Add` or `Remove` of one item by the collection's author, applied to the copy held here.
/// Activities about collections we do not hold, or from anyone but their author, change nothing.
pub async fn receive_item_change(app: &App, activity_id: &str, sender: ActorRow, add: bool, collection_url: &str, item: (String, String)) -> AppResult<()> {
    let (config, activity_id, collection_url) = (app.config.clone(), activity_id.to_owned(), collection_url.to_owned());
    app.db
        .write(move |conn| {
            if !fed_store::mark_seen(conn, &activity_id, now())? {
                return Ok(());
            }
            let Some(mut row) = store::by_ap_id(conn, &collection_url)?.filter(|r| r.deleted_at.is_none()) else { return Ok(()) };
            let author = fed_store::remote_actor_of_user(conn, &row.owner_id)?;
            if author.as_ref().map(|a| a.ap_id.as_str()) != Some(sender.ap_id.as_str()) {
                tracing::info!(activity = %activity_id, sender = %sender.ap_id, "ignored: only a collection's author changes its items");
                return Ok(());
            }
            let mut items = store::items(conn, &row.id)?;
            let (url, title) = item;
            let present = items.iter().position(|i| i.item_url == url);
            match (add, present) {
                (true, None) => {
                    if items.len() >= crate::domain::collection::MAX_ITEMS {
                        return Ok(());
                    }
                    let held = super::collections::find_material(conn, &config, &url)?;
                    items.push(CollectionItemRow {
                        collection_id: row.id.clone(),
                        position: 0,
                        title: if title.is_empty() { held.as_ref().map(|m| m.title.clone()).unwrap_or_default() } else { title },
                        material_id: held.map(|m| m.id),
                        origin: url::Url::parse(&url).ok().map(|u| host_of(&u)).filter(|h| *h != config.host()),
                        item_url: url,
                        note: String::new(),
                    });
                }
                (false, Some(index)) => {
                    items.remove(index);
                }
                _ => return Ok(()),
            }
            for (index, item) in items.iter_mut().enumerate() {
                item.position = i32::try_from(index).unwrap_or(i32::MAX);
            }
            let fields = super::collections::fields_of(&row, &items)?;
            row.version += 1;
            row.updated_at = now();
            store::update(conn, &row)?;
            store::set_items(conn, &row.id, &items)?;
            let origin = row.origin.clone().unwrap_or_default();
            let owner = row.owner_id.clone();
            super::collections::write_version(conn, &row, &fields, &owner, &format!("received from {origin}"))?;
            queue::enqueue_index(conn, ContentKind::Collection, &row.id)?;
            Ok(())
        })
        .await
}

/// Someone here follows a collection elsewhere: its copy is stored now (so it shows at once),
/// and a `Follow` naming the collection goes to its author. Pending until they accept.
pub async fn follow(app: &App, who: &Actor, author: ActorRow, remote: RemoteCollection) -> AppResult<FollowedCollection> {
    if host_of(&remote.id) == app.config.host() {
        return Err(AppError::bad_request("local_target", "This collection is on this node already."));
    }
    let follower = super::federation::ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let config = app.config.clone();
    app.db
        .write(move |conn| {
            let policy = read_policy(conn)?;
            if !policy.allows(&author.host) {
                return Err(AppError::bad_request("instance_blocked", "This node does not federate with that instance."));
            }
            let id = upsert(conn, &config, &author, &remote, true)?.ok_or_else(|| AppError::Internal("collection copy not stored".into()))?;
            let row = store::by_id(conn, &id)?.ok_or(AppError::NotFound)?;
            if let Some(existing) = store::follow(conn, &id, &follower.id)? {
                return Ok(FollowedCollection { url: remote.id.to_string(), title: row.title, state: existing.state, since: existing.created_at, id });
            }
            let activity_id = activities::new_activity_id(&config.public_url, "Follow");
            let follow =
                CollectionFollowRow { collection_id: id.clone(), actor_id: follower.id.clone(), activity_id, state: PENDING.to_owned(), created_at: now() };
            store::put_follow(conn, &follow)?;
            let activity = activities::follow(&follow.activity_id, &follower.ap_id, remote.id.as_str());
            enqueue(conn, &config, &activity, &follower.ap_id, vec![author.inbox.clone()])?;
            Ok(FollowedCollection { url: remote.id.to_string(), title: row.title, state: follow.state, since: follow.created_at, id })
        })
        .await
}

/// Stops following a collection elsewhere (by its id here): an `Undo` goes to its author. The
/// copy stays until its origin deletes it or nobody here wants it (as for other content).
pub async fn unfollow(app: &App, who: &Actor, collection_id: &str) -> AppResult<()> {
    let follower = super::federation::ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let (config, collection_id) = (app.config.clone(), collection_id.to_owned());
    app.db
        .write(move |conn| {
            let follow = store::follow(conn, &collection_id, &follower.id)?.ok_or(AppError::NotFound)?;
            let row = store::by_id(conn, &collection_id)?.ok_or(AppError::NotFound)?;
            let ap_id = row.ap_id.clone().ok_or(AppError::NotFound)?;
            let author = fed_store::remote_actor_of_user(conn, &row.owner_id)?.ok_or(AppError::NotFound)?;
            store::delete_follow(conn, &collection_id, &follower.id)?;
            let original = activities::follow(&follow.activity_id, &follower.ap_id, &ap_id);
            let undo = activities::undo(&activities::new_activity_id(&config.public_url, "Undo"), &follower.ap_id, original, &author.ap_id);
            enqueue(conn, &config, &undo, &follower.ap_id, vec![author.inbox.clone()])?;
            Ok(())
        })
        .await
}

/// The collections elsewhere that an account here follows.
pub async fn followed_by(app: &App, who: &Actor) -> AppResult<Vec<FollowedCollection>> {
    let user_id = who.id.clone();
    app.db
        .read(move |conn| {
            let Some(me) = fed_store::local_actor_of_user(conn, &user_id)? else { return Ok(Vec::new()) };
            Ok(store::followed_by(conn, &me.id)?
                .into_iter()
                .map(|(follow, row)| FollowedCollection {
                    url: row.ap_id.unwrap_or_default(),
                    id: row.id,
                    title: row.title,
                    state: follow.state,
                    since: follow.created_at,
                })
                .collect())
        })
        .await
}

/// The local collection a URL names, if it is one of ours (`…/collections/{id}`).
pub fn local_id(config: &AppConfig, url: &str) -> Option<String> {
    let rest = url.strip_prefix(&format!("{}/collections/", config.public_url))?;
    (!rest.is_empty() && !rest.contains(['/', '?', '#'])).then(|| rest.to_owned())
}

/// A remote actor follows one of our collections: accepted at once when it is public, by its
/// author (whose actor signs the `Accept`).
pub async fn incoming_follow(app: &App, activity_id: &str, follower: ActorRow, collection_id: &str) -> AppResult<()> {
    let (config, collection_id) = (app.config.clone(), collection_id.to_owned());
    let owner = {
        let id = collection_id.clone();
        app.db
            .read(move |conn| {
                let row = store::by_id(conn, &id)?.filter(|r| r.origin.is_none()).ok_or(AppError::NotFound)?;
                if !super::outbox::is_public(&row.status, row.hidden, row.deleted_at.is_some()) {
                    return Err(AppError::NotFound);
                }
                Ok(crate::store::users::by_id(conn, &row.owner_id)?.ok_or(AppError::NotFound)?.username)
            })
            .await?
    };
    let author = super::federation::ensure_user_actor(app, &owner).await?.ok_or(AppError::NotFound)?;
    let activity_id = activity_id.to_owned();
    app.db
        .write(move |conn| {
            if !fed_store::mark_seen(conn, &activity_id, now())? {
                return Ok(());
            }
            let follow = CollectionFollowRow {
                collection_id: collection_id.clone(),
                actor_id: follower.id.clone(),
                activity_id: activity_id.clone(),
                state: ACCEPTED.to_owned(),
                created_at: now(),
            };
            store::put_follow(conn, &follow)?;
            let accept = activities::answer_object_follow(
                "Accept",
                &activities::new_activity_id(&config.public_url, "Accept"),
                &author.ap_id,
                &activity_id,
                &follower.ap_id,
                &config.collection_url(&collection_id),
            );
            enqueue(conn, &config, &accept, &author.ap_id, vec![follower.inbox.clone()])?;
            Ok(())
        })
        .await
}

/// An answer to one of our collection follows, found by the `Follow`'s id. `None`: the id names
/// no collection follow (an actor follow, handled elsewhere).
pub async fn follow_answered(app: &App, activity_id: &str, sender: &ActorRow, follow_id: &str, accepted: bool) -> AppResult<Option<bool>> {
    let (activity_id, follow_id, sender) = (activity_id.to_owned(), follow_id.to_owned(), sender.clone());
    app.db
        .write(move |conn| {
            let Some(follow) = store::follow_by_activity_id(conn, &follow_id)? else { return Ok(None) };
            if !fed_store::mark_seen(conn, &activity_id, now())? {
                return Ok(Some(false));
            }
            // Only the collection's author answers for it.
            let Some(row) = store::by_id(conn, &follow.collection_id)? else { return Ok(Some(false)) };
            let author = fed_store::remote_actor_of_user(conn, &row.owner_id)?;
            if author.map(|a| a.ap_id) != Some(sender.ap_id.clone()) {
                return Ok(Some(false));
            }
            if accepted {
                store::set_follow_state(conn, &follow.collection_id, &follow.actor_id, ACCEPTED)?;
            } else {
                store::delete_follow(conn, &follow.collection_id, &follow.actor_id)?;
            }
            Ok(Some(accepted))
        })
        .await
}

/// A remote actor stopped following one of our collections.
pub async fn incoming_unfollow(app: &App, activity_id: &str, follower: ActorRow, collection_id: &str) -> AppResult<()> {
    let (activity_id, collection_id) = (activity_id.to_owned(), collection_id.to_owned());
    app.db
        .write(move |conn| {
            if fed_store::mark_seen(conn, &activity_id, now())? {
                store::delete_follow(conn, &collection_id, &follower.id)?;
            }
            Ok(())
        })
        .await
}
