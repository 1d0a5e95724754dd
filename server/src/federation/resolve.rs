//! Finding remote actors and their content: handles through WebFinger, URLs by fetching, and
//! backfill of a newly followed actor's outbox.

use activitypub_federation::fetch::fetch_object_http;
use activitypub_federation::fetch::object_id::ObjectId;
use activitypub_federation::fetch::webfinger::webfinger_resolve_actor;
use serde_json::Value;
use url::Url;

use super::actors::ActorRecord;
use super::error::{FedError, FedResult};
use super::FedData;
use crate::activitypub::host_of;
use crate::activitypub::objects::{first_url, parse_article};
use crate::app::AppError;
use crate::store::models::ActorRow;

/// An actor from `@name@host`, `name@host` or its URL.
pub async fn resolve_actor(data: &FedData, target: &str) -> FedResult<ActorRow> {
    let target = target.trim();
    let record: ActorRecord = if target.starts_with("https://") || target.starts_with("http://") {
        let url = Url::parse(target).map_err(|e| FedError::App(AppError::bad_request("invalid_target", format!("{target} is not a URL: {e}"))))?;
        ObjectId::<ActorRecord>::from(url).dereference(data).await?
    } else {
        let handle = target.trim_start_matches('@');
        let valid = handle.split_once('@').is_some_and(|(name, host)| !name.is_empty() && !host.is_empty() && !host.contains('@'));
        if !valid {
            return Err(FedError::App(AppError::bad_request("invalid_target", "Give a handle like @name@school.example or an actor URL.")));
        }
        webfinger_resolve_actor::<crate::app::App, ActorRecord>(handle, data).await?
    };
    Ok(record.row)
}

/// A remote actor by URL, fetched when unknown or stale.
pub async fn actor(data: &FedData, url: &Url) -> FedResult<ActorRow> {
    Ok(ObjectId::<ActorRecord>::from(url.clone()).dereference(data).await?.row)
}

/// Takes an article out of what an activity carries: the article itself, a URL to it, or a
/// Create/Update wrapping it (as a network's Announce does). An embedded copy is trusted only
/// when it comes from its own origin; anything else is fetched from there.
pub async fn article_from(data: &FedData, carried: &Value, sender_host: &str) -> FedResult<Value> {
    let inner = match carried.get("type").and_then(Value::as_str) {
        Some("Create") | Some("Update") => carried.get("object").cloned().unwrap_or(Value::Null),
        _ => carried.clone(),
    };
    let id = first_url(&inner).ok_or_else(|| FedError::invalid("the activity carries no object id"))?;
    if inner.is_object() && host_of(&id) == sender_host {
        return Ok(inner);
    }
    Ok(fetch_object_http::<_, Value>(&id, data).await?.object)
}

/// The collection a URL names, with its author, when it is a Deelwijs collection on another
/// node; `None` for anything else (an actor, say).
pub async fn collection(data: &FedData, target: &str) -> FedResult<Option<(crate::activitypub::collection::RemoteCollection, ActorRow)>> {
    let Ok(url) = Url::parse(target.trim()) else { return Ok(None) };
    if !matches!(url.scheme(), "https" | "http") {
        return Ok(None);
    }
    let Ok(fetched) = fetch_object_http::<_, Value>(&url, data).await else { return Ok(None) };
    if !crate::activitypub::collection::is_collection(&fetched.object) {
        return Ok(None);
    }
    let remote = crate::activitypub::collection::parse_collection(&fetched.object)?;
    if host_of(&remote.id) != host_of(&url) {
        return Err(FedError::invalid("the collection's id is on another host than its URL"));
    }
    let author = actor(data, &remote.attributed_to).await?;
    if author.host != host_of(&remote.id) {
        return Err(FedError::invalid("the collection's author must be on the collection's own host"));
    }
    Ok(Some((remote, author)))
}

/// Imports the most recent public items of a followed actor's outbox (at most `limit`).
pub async fn backfill(data: &FedData, followed: &ActorRow, limit: usize) -> FedResult<usize> {
    let Some(outbox) = followed.outbox.as_deref().and_then(|u| Url::parse(u).ok()) else { return Ok(0) };
    let collection = fetch_object_http::<_, Value>(&outbox, data).await?.object;
    let mut page = match collection.get("first") {
        Some(Value::String(url)) => Some(fetch_object_http::<_, Value>(&Url::parse(url).map_err(|e| FedError::invalid(e.to_string()))?, data).await?.object),
        Some(embedded @ Value::Object(_)) => Some(embedded.clone()),
        _ => Some(collection),
    };
    let mut imported = 0;
    let mut seen_pages = 0;
    while let Some(current) = page.take() {
        seen_pages += 1;
        let items = current.get("orderedItems").or_else(|| current.get("items")).and_then(Value::as_array).cloned().unwrap_or_default();
        for item in items {
            if imported >= limit {
                return Ok(imported);
            }
            let kind = item.get("type").and_then(Value::as_str).unwrap_or_default();
            if !matches!(kind, "Create" | "Announce") {
                continue;
            }
            let carried = item.get("object").cloned().unwrap_or(Value::Null);
            // Each item gets its own request budget; the page walk is bounded below.
            match import_one(&data.reset_request_count(), followed, &carried).await {
                Ok(()) => imported += 1,
                Err(error) => tracing::info!(%error, actor = %followed.ap_id, "backfill skipped an item"),
            }
        }
        if seen_pages >= 20 {
            break;
        }
        if let Some(next) = current.get("next").and_then(first_url) {
            page = Some(fetch_object_http::<_, Value>(&next, data).await?.object);
        }
    }
    Ok(imported)
}

async fn import_one(data: &FedData, followed: &ActorRow, carried: &Value) -> FedResult<()> {
    let article = article_from(data, carried, &followed.host).await?;
    let object = parse_article(&article)?;
    let author = actor(data, &object.attributed_to).await?;
    if host_of(&object.id) != author.host {
        return Err(FedError::invalid("an object's author must be on the object's own host"));
    }
    let mut object = object;
    object.remix_confirmed = super::inbox::remix_is_genuine(data, followed, &object).await;
    crate::app::federation::receive_content(data.app_data(), None, followed.clone(), author, object, None, false).await?;
    Ok(())
}

/// Whether an object is gone at its origin: answered 410 Gone, or a `Tombstone`.
pub async fn is_gone(data: &FedData, id: &Url) -> FedResult<bool> {
    match fetch_object_http::<_, Value>(id, data).await {
        Ok(fetched) => Ok(fetched.object.get("type").and_then(Value::as_str) == Some("Tombstone")),
        Err(activitypub_federation::error::Error::ObjectDeleted(_)) => Ok(true),
        Err(error) => Err(error.into()),
    }
}

/// An account here (`name`, `@name` or `@name@our-host`) or an actor elsewhere (handle or URL).
pub async fn resolve_anyone(data: &FedData, target: &str) -> FedResult<ActorRow> {
    let app = data.app_data();
    let handle = target.trim().trim_start_matches('@');
    let local_name = match handle.split_once('@') {
        None if !handle.contains('/') => Some(handle),
        Some((name, host)) if host.eq_ignore_ascii_case(&app.config.host()) => Some(name),
        _ => None,
    };
    match local_name {
        Some(name) => crate::app::federation::ensure_user_actor(app, name)
            .await?
            .ok_or_else(|| FedError::App(AppError::bad_request("unknown_account", format!("There is no active account {name} on this node.")))),
        None => resolve_actor(data, target).await,
    }
}
