//! The inbox: what each inbound activity means here. Signatures, digests and the sender's
//! identity are checked by activitypub_federation before `receive` runs; the HTTP handler
//! bounds size, nesting and age first. Unknown activity types are accepted and ignored.

use activitypub_federation::config::Data;
use activitypub_federation::fetch::fetch_object_http;
use activitypub_federation::traits::ActivityHandler;
use serde::Deserialize;
use serde_json::Value;
use url::Url;

use super::error::{FedError, FedResult};
use super::{resolve, FedData};
use crate::activitypub::collection::{is_collection, parse_collection, parse_item};
use crate::activitypub::host_of;
use crate::activitypub::objects::{addressed_publicly, first_url, is_content_type, parse_article, RemoteObject};
use crate::activitypub::{question, review};
use crate::app::federation::Relay;
use crate::app::{federation as uc, networks, reactions, remote_collections, App};
use crate::store::models::ActorRow;

/// Any activity: its type decides what happens.
#[derive(Debug, Deserialize)]
pub struct InboxActivity {
    pub id: Url,
    pub actor: Url,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub object: Value,
    /// A Flag's comment.
    #[serde(default)]
    pub content: Option<String>,
    /// Addressing: a post to a network names the network here (FEP-1b12).
    #[serde(default)]
    pub to: Value,
    #[serde(default)]
    pub cc: Value,
    #[serde(default)]
    pub audience: Value,
    /// The collection an `Add` or `Remove` changes.
    #[serde(default)]
    pub target: Value,
}

impl InboxActivity {
    /// The networks hosted here that this activity (or the object it carries) is addressed to.
    fn local_groups(&self, app: &App) -> Vec<String> {
        let prefix = format!("{}/groups/", app.config.public_url);
        let mut fields = vec![&self.to, &self.cc, &self.audience];
        for key in ["to", "cc", "audience"] {
            if let Some(value) = self.object.get(key) {
                fields.push(value);
            }
        }
        let mut urls: Vec<String> = Vec::new();
        for value in fields {
            let items = match value {
                Value::Array(items) => items.clone(),
                other => vec![other.clone()],
            };
            for url in items.iter().filter_map(first_url) {
                let url = url.as_str().trim_end_matches('/').to_owned();
                if url.starts_with(&prefix) && !url[prefix.len()..].contains('/') && !urls.contains(&url) {
                    urls.push(url);
                }
            }
        }
        urls
    }

    /// The activity as its sender sent it, for a network to announce unchanged.
    fn as_json(&self) -> Value {
        serde_json::json!({
            "type": self.kind, "id": self.id, "actor": self.actor, "object": self.object,
            "to": self.to, "cc": self.cc,
        })
    }
}

#[async_trait::async_trait]
impl ActivityHandler for InboxActivity {
    type DataType = App;
    type Error = FedError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        &self.actor
    }

    async fn verify(&self, _data: &Data<App>) -> Result<(), FedError> {
        Ok(())
    }

    async fn receive(self, data: &Data<App>) -> Result<(), FedError> {
        handle(self, data).await
    }
}

/// Handles an activity whose signature the HTTP layer verified itself (RFC 9421 requests,
/// which the library cannot check).
pub async fn receive_verified(activity: InboxActivity, data: &FedData) -> FedResult<()> {
    handle(activity, data).await
}

async fn handle(activity: InboxActivity, data: &FedData) -> FedResult<()> {
    let app = data.app_data();
    let id = activity.id.to_string();
    if uc::already_seen(app, &id).await? {
        return Ok(());
    }
    let sender = resolve::actor(data, &activity.actor).await?;
    uc::instance_contacted(app, &sender.host).await?;
    match activity.kind.as_str() {
        "Follow" => {
            let target_url = first_url(&activity.object).ok_or_else(|| FedError::invalid("Follow without an object"))?;
            // A follow of one collection here, answered by its author.
            if let Some(collection) = remote_collections::local_id(&app.config, target_url.as_str()) {
                remote_collections::incoming_follow(app, &id, sender, &collection).await?;
                return Ok(());
            }
            let target = uc::actor_by_ap_id(app, &target_url)
                .await?
                .filter(|a| a.local)
                .ok_or_else(|| FedError::invalid("Follow of an actor that is not on this node"))?;
            uc::incoming_follow(app, &id, sender, target).await?;
        }
        "Accept" | "Reject" => {
            let accepted = activity.kind == "Accept";
            if let Some(follow_id) = first_url(&activity.object) {
                if remote_collections::follow_answered(app, &id, &sender, follow_id.as_str(), accepted).await?.is_some() {
                    return Ok(());
                }
            }
            let follower = match activity.object.get("actor").and_then(first_url) {
                Some(url) => url.to_string(),
                None => {
                    let follow_id = first_url(&activity.object).ok_or_else(|| FedError::invalid("Accept without the follow it answers"))?;
                    uc::follower_of_follow(app, follow_id.as_str()).await?.ok_or_else(|| FedError::invalid("Accept of a follow we did not send"))?
                }
            };
            let newly = uc::follow_answered(app, &id, sender.clone(), &follower, accepted).await?;
            if newly {
                spawn_backfill(data, sender);
            }
        }
        "Join" | "Leave" => {
            let group = local_group(app, first_url(&activity.object)).await?;
            if activity.kind == "Join" {
                networks::incoming_join(app, &id, sender, group).await?;
            } else {
                networks::incoming_leave(app, &id, sender, group).await?;
            }
        }
        "Undo" => match activity.object.get("type").and_then(Value::as_str) {
            Some("Join") => {
                let group = local_group(app, activity.object.get("object").and_then(first_url)).await?;
                networks::incoming_leave(app, &id, sender, group).await?;
            }
            // A network (or node) taking back what it announced: only its own Announce.
            Some("Announce") => match activity.object.get("object").and_then(first_url) {
                Some(object) if activity.object.get("actor").and_then(first_url).is_none_or(|a| a == activity.actor) => {
                    uc::receive_unannounce(app, &id, sender, object.as_str()).await?
                }
                _ => uc::mark_seen(app, &id).await?,
            },
            Some("Follow") => {
                let target = activity.object.get("object").and_then(first_url).ok_or_else(|| FedError::invalid("Undo of a Follow without its object"))?;
                match remote_collections::local_id(&app.config, target.as_str()) {
                    Some(collection) => remote_collections::incoming_unfollow(app, &id, sender, &collection).await?,
                    None => uc::incoming_unfollow(app, &id, sender, target.as_str()).await?,
                }
            }
            // A Like, embedded or named by its id (only the sender's own like goes).
            Some("Like") | None => match first_url(&activity.object) {
                Some(like) => reactions::receive_unlike(app, &id, sender, like.as_str()).await?,
                None => uc::mark_seen(app, &id).await?,
            },
            _ => uc::mark_seen(app, &id).await?,
        },
        "Like" => {
            let object = first_url(&activity.object).ok_or_else(|| FedError::invalid("Like without an object"))?;
            reactions::receive_like(app, &id, sender, object.as_str()).await?;
        }
        "Flag" => {
            let objects: Vec<String> = match &activity.object {
                Value::Array(items) => items.iter().filter_map(first_url).map(String::from).collect(),
                other => first_url(other).map(String::from).into_iter().collect(),
            };
            reactions::receive_flag(app, &id, sender, objects, activity.content.as_deref().unwrap_or_default()).await?;
        }
        "Create" | "Update" => {
            let object_id = first_url(&activity.object).ok_or_else(|| FedError::invalid("no object"))?;
            if host_of(&object_id) != sender.host {
                return Err(FedError::invalid("the object's host must match the actor's host"));
            }
            if activity.kind == "Update" && activity.object.get("type").and_then(Value::as_str).is_some_and(is_actor_type) {
                // A profile change (Mastodon sends one to every follower's server): we keep no
                // profile beyond what verifying signatures fetches, so it is accepted and ignored.
                tracing::debug!(actor = %sender.ap_id, "ignoring an actor update");
                return Ok(());
            }
            let article = resolve::article_from(data, &activity.object, &sender.host).await.map_err(FedError::after_verification)?;
            let relay = relay_of(data, &activity).await?;
            let revives = activity.kind == "Create";
            if !addressed_publicly(&article, Some(&activity.as_json())) {
                tracing::info!(activity = %id, sender = %sender.ap_id, "accepted and ignored: not addressed to the public");
                uc::mark_seen(app, &id).await?;
                return Ok(());
            }
            if is_collection(&article) {
                receive_collection(data, Some(id), sender, &article, revives).await?;
                return Ok(());
            }
            receive_article(data, Some(id), sender, &article, relay, revives).await?;
        }
        "Announce" => match activity.object.get("type").and_then(Value::as_str) {
            // A network passing on a member's removal: believed once the origin says it is gone.
            Some("Delete") => {
                let object_id = activity.object.get("object").and_then(first_url).ok_or_else(|| FedError::invalid("Delete without an object"))?;
                if resolve::is_gone(data, &object_id).await? {
                    uc::receive_delete(app, &id, &host_of(&object_id), object_id.as_str(), None).await?;
                } else {
                    uc::mark_seen(app, &id).await?;
                }
            }
            _ => {
                // Our own work passed on by a network elsewhere: nothing to fetch or store, but
                // its author hears of it.
                if let Some(own) = first_url(&activity.object).filter(|url| host_of(url) == app.config.host()) {
                    uc::own_content_passed_on(app, &id, &sender, own.as_str()).await?;
                    return Ok(());
                }
                let article = resolve::article_from(data, &activity.object, &sender.host).await.map_err(FedError::after_verification)?;
                if is_collection(&article) {
                    receive_collection(data, Some(id), sender, &article, true).await?;
                } else {
                    receive_article(data, Some(id), sender, &article, None, true).await?;
                }
            }
        },
        // A collection's author adding or removing an item (Mastodon sends these for pinned
        // posts too: a target we do not hold changes nothing).
        "Add" | "Remove" => {
            let target = first_url(&activity.target).ok_or_else(|| FedError::invalid("Add or Remove without a target"))?;
            if host_of(&target) != sender.host {
                return Err(FedError::invalid("the target's host must match the actor's host"));
            }
            let item = parse_item(&activity.object).ok_or_else(|| FedError::invalid("Add or Remove without an item URL"))?;
            remote_collections::receive_item_change(app, &id, sender, activity.kind == "Add", target.as_str(), item).await?;
        }
        "Delete" => {
            let object_id = first_url(&activity.object).ok_or_else(|| FedError::invalid("Delete without an object"))?;
            if host_of(&object_id) != sender.host {
                return Err(FedError::invalid("the object's host must match the actor's host"));
            }
            let relay = relay_of(data, &activity).await?;
            let origin = sender.host.clone();
            uc::receive_delete(app, &id, &origin, object_id.as_str(), relay.map(|r| (r, sender))).await?;
        }
        other => tracing::debug!(kind = other, "ignoring an activity type we do not handle"),
    }
    Ok(())
}

/// A collection from another Deelwijs node: stored when it is wanted here.
async fn receive_collection(data: &FedData, activity_id: Option<String>, sender: ActorRow, value: &Value, revives: bool) -> FedResult<()> {
    let remote = parse_collection(value)?;
    let author = resolve::actor(data, &remote.attributed_to).await.map_err(FedError::after_verification)?;
    if host_of(&remote.id) != author.host {
        return Err(FedError::invalid("the collection's author must be on the collection's own host"));
    }
    remote_collections::receive(data.app_data(), activity_id, sender, author, remote, revives).await?;
    Ok(())
}

fn is_actor_type(kind: &str) -> bool {
    matches!(kind, "Person" | "Application" | "Group" | "Service" | "Organization")
}

async fn receive_article(data: &FedData, activity_id: Option<String>, sender: ActorRow, article: &Value, relay: Option<Relay>, revives: bool) -> FedResult<()> {
    // Notes (a Mastodon post, say), events, questions: well-formed, but not learning material.
    // Accepted and ignored, as other software does with types it does not show (FEDERATION.md).
    let kind = article.get("type").and_then(Value::as_str).unwrap_or_default();
    // A teacher's review of one of our materials, written on another node.
    if review::is_review(article) {
        let note = review::parse_review(article)?;
        let author = resolve::actor(data, &note.attributed_to).await.map_err(FedError::after_verification)?;
        if host_of(&note.id) != author.host || author.host != sender.host {
            return Err(FedError::invalid("a review's author must be on the review's own host, and send it"));
        }
        crate::app::reviews::receive(data.app_data(), activity_id.as_deref(), author, note).await?;
        return Ok(());
    }
    // An answer to one of our help questions: a reply to it, or (from software that replies by
    // linking) a post naming its URL.
    if !is_content_type(kind) {
        let questions = format!("{}/questions/", data.app_data().config.public_url);
        if let Some(answer) = question::parse_answer(article, &questions) {
            let note = answer?;
            let author = resolve::actor(data, &note.attributed_to).await.map_err(FedError::after_verification)?;
            if host_of(&note.id) != author.host || author.host != sender.host {
                return Err(FedError::invalid("an answer's author must be on the answer's own host, and send it"));
            }
            crate::app::questions::receive_answer(data.app_data(), activity_id.as_deref(), author, note).await?;
            return Ok(());
        }
    }
    if !is_content_type(kind) {
        tracing::info!(activity = activity_id.as_deref().unwrap_or_default(), sender = %sender.ap_id, kind, "accepted and ignored: not an Article or Page");
        if let Some(id) = &activity_id {
            uc::mark_seen(data.app_data(), id).await?;
        }
        return Ok(());
    }
    let object = parse_article(article)?;
    let author = resolve::actor(data, &object.attributed_to).await.map_err(FedError::after_verification)?;
    if host_of(&object.id) != author.host {
        return Err(FedError::invalid("the object's author must be on the object's own host"));
    }
    let relay = relay.map(|r| Relay { article: article.clone(), ..r });
    let mut object = object;
    object.remix_confirmed = remix_is_genuine(data, &sender, &object).await;
    uc::receive_content(data.app_data(), activity_id, sender, author, object, relay, revives).await?;
    Ok(())
}

/// Whether an object that says it is a remix of one of our materials may be listed as one
/// there: its id is an `https:` URL (`http:` only in insecure-local mode) on the sender's own
/// server, and the object as its origin serves it names the same source. Anyone can claim to
/// remix our work; only the remixer's own server can show it.
pub async fn remix_is_genuine(data: &FedData, sender: &ActorRow, object: &RemoteObject) -> bool {
    let config = &data.app_data().config;
    let Some(source) = remix_notice_source(&config.public_url, config.federation.insecure_local, &sender.host, object) else {
        return false;
    };
    match fetch_object_http::<_, Value>(&object.id, data).await.map_err(FedError::from).and_then(|fetched| Ok(parse_article(&fetched.object)?)) {
        Ok(served) => served.id == object.id && served.based_on.as_ref() == Some(source),
        Err(error) => {
            tracing::info!(%error, object = %object.id, "a remix notice could not be confirmed at its origin");
            false
        }
    }
}

/// What a remix notice must show before its origin is asked: a source that is one of our
/// materials, and an object on the sender's own host over `https` (`http` only between
/// loopback nodes in insecure-local mode). Returns the source.
fn remix_notice_source<'a>(public_url: &str, insecure_local: bool, sender_host: &str, object: &'a RemoteObject) -> Option<&'a Url> {
    let source = object.based_on.as_ref()?;
    let ours = source.as_str().starts_with(&format!("{public_url}/materials/"));
    let scheme_allowed = object.id.scheme() == "https" || (object.id.scheme() == "http" && insecure_local);
    (ours && scheme_allowed && host_of(&object.id) == sender_host).then_some(source)
}

/// A network hosted here, named by an activity's object.
async fn local_group(app: &App, url: Option<Url>) -> FedResult<ActorRow> {
    let url = url.ok_or_else(|| FedError::invalid("the activity names no network"))?;
    uc::actor_by_ap_id(app, &url).await?.filter(|a| a.local && a.kind == "Group").ok_or_else(|| FedError::invalid("the activity names no network on this node"))
}

/// The networks here that an activity is addressed to; whether they relay it depends on the
/// sender being a member, decided in the transaction that stores it.
async fn relay_of(data: &FedData, activity: &InboxActivity) -> FedResult<Option<Relay>> {
    let app = data.app_data();
    let mut groups = Vec::new();
    for url in activity.local_groups(app) {
        if let Ok(url) = Url::parse(&url) {
            if let Some(group) = uc::actor_by_ap_id(app, &url).await?.filter(|a| a.local && a.kind == "Group") {
                groups.push(group);
            }
        }
    }
    Ok((!groups.is_empty()).then(|| Relay { groups, activity: activity.as_json(), article: Value::Null }))
}

/// Imports recent items of a newly accepted follow in the background (the Accept is answered
/// at once; a failed backfill leaves the follow in place).
fn spawn_backfill(data: &FedData, followed: ActorRow) {
    let data = data.reset_request_count();
    let limit = data.app_data().config.federation.backfill_limit;
    actix_web::rt::spawn(async move {
        match resolve::backfill(&data, &followed, limit).await {
            Ok(imported) => tracing::info!(imported, actor = %followed.ap_id, "backfill done"),
            Err(error) => tracing::warn!(%error, actor = %followed.ap_id, "backfill failed"),
        }
    });
}

/// Bounds an inbound body before parsing: nesting depth and the length of any one string.
pub fn check_json_shape(body: &[u8], max_depth: usize, max_string: usize) -> FedResult<()> {
    let (mut depth, mut in_string, mut escaped, mut string_len) = (0usize, false, false, 0usize);
    for &b in body {
        if in_string {
            string_len += 1;
            if string_len > max_string {
                return Err(FedError::invalid(format!("a string in the activity is longer than {max_string} bytes")));
            }
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                string_len = 0;
            }
            b'{' | b'[' => {
                depth += 1;
                if depth > max_depth {
                    return Err(FedError::invalid(format!("the activity nests deeper than {max_depth} levels")));
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_limits() {
        assert!(check_json_shape(br#"{"a":[1,2,{"b":"c\"d"}]}"#, 3, 10).is_ok());
        assert!(check_json_shape(br#"{"a":[[[[1]]]]}"#, 3, 10).is_err());
        assert!(check_json_shape(br#"{"a":"0123456789ab"}"#, 3, 10).is_err());
        // Brackets inside strings do not count.
        assert!(check_json_shape(br#"{"a":"[[[[[["}"#, 2, 10).is_ok());
    }

    /// Issue 22, finding 1: before a remix notice's origin is even asked, the source must be one
    /// of our materials and the remix must live on the sender's own host over https.
    #[test]
    fn remix_notices_must_come_from_the_remixers_own_host() {
        let ours = "https://deelwijs.school.nl";
        let remix = |id: &str, based_on: Option<&str>| {
            let mut json = serde_json::json!({ "type": "Article", "id": id, "attributedTo": "https://partner.example/users/ans",
                "name": "Breuken, bewerkt", "content": "<p>Een remix.</p>", "mediaType": "text/html" });
            if let Some(source) = based_on {
                json["isBasedOn"] = source.into();
            }
            crate::activitypub::objects::parse_article(&json).unwrap()
        };
        let source = "https://deelwijs.school.nl/materials/m1";
        let from_partner = |object: &RemoteObject| remix_notice_source(ours, false, "partner.example", object).is_some();
        let genuine = remix("https://partner.example/materials/r1", Some(source));
        assert_eq!(remix_notice_source(ours, false, "partner.example", &genuine).map(Url::as_str), Some(source));
        // The sender speaks for another host, or for another port of its own.
        assert!(remix_notice_source(ours, false, "other.example", &genuine).is_none());
        assert!(remix_notice_source(ours, false, "partner.example:8443", &genuine).is_none());
        // Not a remix of ours, or of nothing.
        assert!(!from_partner(&remix("https://partner.example/materials/r1", Some("https://elders.example/materials/m1"))));
        assert!(!from_partner(&remix("https://partner.example/materials/r1", None)));
        // A prefix of our address is not our address.
        assert!(!from_partner(&remix("https://partner.example/materials/r1", Some("https://deelwijs.school.nl.evil.example/materials/m1"))));
        // Plain http only between loopback nodes in insecure-local mode.
        let plain = remix("http://partner.example/materials/r1", Some(source));
        assert!(!from_partner(&plain));
        assert!(remix_notice_source(ours, true, "partner.example", &plain).is_some());
    }
}
