//! `/api/v1/follows`, `/followers`, `/timeline` and the federation policy: following remote
//! nodes, people and networks, and what they publish.

use activitypub_federation::config::Data;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use super::{json, PageQuery};
use crate::app::case_studies;
use crate::app::federation::{self as uc, FollowView};
use crate::app::materials::{self, ListScope};
use crate::app::remote_collections::{self, FollowedCollection};
use crate::app::{App, AppError};
use crate::domain::federation::Policy;
use crate::domain::vocab::FederationMode;
use crate::federation::resolve;
use crate::http::auth::require_bearer;
use crate::http::error::ApiResult;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowBody {
    target: String,
}

pub fn follow_json(view: &FollowView) -> Value {
    let a = &view.actor;
    json!({
        "id": a.id,
        "url": a.ap_id,
        "handle": format!("@{}@{}", a.username, a.host),
        "name": a.name,
        "kind": a.kind,
        "state": view.state,
        "since": view.since.and_utc().to_rfc3339(),
    })
}

/// A followed collection, in the shape of the follows list.
fn collection_follow_json(c: &FollowedCollection) -> Value {
    json!({ "id": c.id, "url": c.url, "name": c.title, "kind": "Collection", "state": c.state, "since": c.since.and_utc().to_rfc3339() })
}

/// Follows an actor (by handle or URL) or one collection on another node (by its URL).
pub async fn create(req: HttpRequest, data: Data<App>, body: web::Json<FollowBody>) -> ApiResult<HttpResponse> {
    let app: &App = data.app_data();
    let who = require_bearer(app, &req).await?;
    if let Some((collection, author)) = resolve::collection(&data, &body.target).await? {
        let followed = remote_collections::follow(app, &who, author, collection).await?;
        return Ok(HttpResponse::Created().json(collection_follow_json(&followed)));
    }
    let target = resolve::resolve_actor(&data, &body.target).await?;
    let view = uc::follow(app, &who, target).await?;
    Ok(HttpResponse::Created().json(follow_json(&view)))
}

pub async fn list(app: web::Data<App>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let follows = uc::following(&app, &who).await?;
    let collections = remote_collections::followed_by(&app, &who).await?;
    let items: Vec<Value> = follows.iter().map(follow_json).chain(collections.iter().map(collection_follow_json)).collect();
    Ok(HttpResponse::Ok().json(json!({ "total": items.len(), "items": items })))
}

pub async fn delete(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    // Actors and collections have ids of their own kind; either may be meant.
    match uc::unfollow(&app, &who, &id).await {
        Err(AppError::NotFound) => remote_collections::unfollow(&app, &who, &id).await?,
        other => other?,
    }
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
pub struct FollowersQuery {
    /// `node`, a username, or a network's name on this node.
    actor: Option<String>,
}

/// Followers of a local actor (the node by default).
pub async fn followers(app: web::Data<App>, req: HttpRequest, query: web::Query<FollowersQuery>) -> ApiResult<HttpResponse> {
    let viewer = crate::http::auth::bearer_actor(&app, &req).await?;
    let actor = match query.actor.as_deref() {
        None | Some("node") => uc::ensure_node_actor(&app).await?,
        // Accounts, then networks: they share one namespace of handles.
        Some(name) => match uc::ensure_user_actor(&app, name).await? {
            Some(actor) => actor,
            None => crate::app::networks::actor(&app, name).await?.ok_or(AppError::NotFound)?,
        },
    };
    let listed = match &viewer {
        Some(v) if actor.kind == "Group" => uc::may_list_followers(Some(v), &actor) || crate::app::networks::moderates_actor(&app, v, &actor).await?,
        _ => uc::may_list_followers(viewer.as_ref(), &actor),
    };
    let followers = uc::followers(&app, actor).await?;
    if !listed {
        // Others see how many follow, not who.
        return Ok(HttpResponse::Ok().json(json!({ "total": followers.iter().filter(|f| f.state == "accepted").count() })));
    }
    Ok(HttpResponse::Ok().json(json!({ "total": followers.len(), "items": followers.iter().map(follow_json).collect::<Vec<_>>() })))
}

/// What followed sources published, newest first.
pub async fn timeline(app: web::Data<App>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let paged = materials::list_in(&app, ListScope::PublicRemote, query.page()).await?;
    Ok(HttpResponse::Ok().json(json::paged(&paged, |m| json::material(&app.config, m))))
}

/// Case studies from followed sources, newest first.
pub async fn timeline_case_studies(app: web::Data<App>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let paged = case_studies::list_in(&app, ListScope::PublicRemote, query.page()).await?;
    Ok(HttpResponse::Ok().json(json::paged(&paged, |c| json::case_study(&app.config, c))))
}

fn policy_json(policy: &Policy) -> Value {
    json!({ "mode": policy.mode.as_str(), "instances": policy.instances })
}

/// The policy, with where outgoing deliveries stand per instance.
pub async fn policy(app: web::Data<App>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let status = uc::delivery_status(&app, &who).await?;
    let mut body = policy_json(&uc::policy(&app).await?);
    let instances: Vec<Value> = status
        .iter()
        .map(|i| {
            let state = i.state.as_ref();
            json!({
                "host": i.host,
                "pending": i.pending,
                "failures": state.map_or(0, |s| s.failures),
                "unreachable": state.is_some_and(|s| s.unreachable),
                "next_attempt_at": state.and_then(|s| s.next_attempt_at).map(|t| t.and_utc().to_rfc3339()),
                "last_success_at": state.and_then(|s| s.last_success_at).map(|t| t.and_utc().to_rfc3339()),
                "last_error": state.map(|s| s.last_error.as_str()).filter(|e| !e.is_empty()),
                "signature_scheme": state.map(|s| s.signature_scheme.as_str()).filter(|s| !s.is_empty()),
                "refused": i.refused.iter().map(|r| json!({
                    "activity": r.activity_id,
                    "type": r.kind,
                    "status": r.status,
                    "answer": r.answer,
                    "refused_at": r.at.and_utc().to_rfc3339(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    body["deliveries"] = json!({
        "pending": status.iter().map(|i| i.pending).sum::<i64>(),
        "refused": status.iter().map(|i| i.refused.len()).sum::<usize>(),
        "instances": instances,
    });
    Ok(HttpResponse::Ok().json(body))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyBody {
    mode: String,
    #[serde(default)]
    instances: Vec<String>,
}

pub async fn set_policy(app: web::Data<App>, req: HttpRequest, body: web::Json<PolicyBody>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let mode = FederationMode::parse(body.mode.trim()).ok_or_else(|| AppError::bad_request("unknown_mode", "mode must be open, blocklist or allowlist"))?;
    let instances = Policy::parse_instances(&body.instances.join(","));
    let policy = uc::set_policy(&app, &who, mode, instances).await?;
    Ok(HttpResponse::Ok().json(policy_json(&policy)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetryBody {
    host: String,
}

/// Puts the deliveries an instance refused back in the queue.
pub async fn retry_refused(app: web::Data<App>, req: HttpRequest, body: web::Json<RetryBody>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let retried = uc::retry_refused(&app, &who, &body.host).await?;
    Ok(HttpResponse::Ok().json(json!({ "host": body.host.trim().to_ascii_lowercase(), "retried": retried })))
}
