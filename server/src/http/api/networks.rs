//! `/api/v1/networks`: innovation networks hosted here (create, join, leave, members and
//! requests), and posting content to a network (`POST /{materials|case-studies}/{id}/networks`).

use activitypub_federation::config::Data;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::app::networks::{self as uc, Member, Network, NetworkDetail};
use crate::app::{App, AppConfig, AppError};
use crate::domain::network::{MemberRole, NetworkInput};
use crate::domain::ContentKind;
use crate::federation::resolve;
use crate::http::auth::{bearer_actor, require_bearer};
use crate::http::error::ApiResult;

pub fn network_json(config: &AppConfig, n: &Network) -> Value {
    json!({
        "name": n.row.name,
        "url": n.actor.ap_id,
        "handle": format!("@{}@{}", n.row.name, config.host()),
        "title": n.row.title,
        "summary": n.row.summary,
        "join_mode": n.row.join_mode,
        "created_at": n.row.created_at.and_utc().to_rfc3339(),
    })
}

pub fn member_json(m: &Member) -> Value {
    json!({
        "actor_id": m.actor.id,
        "url": m.actor.ap_id,
        "handle": format!("@{}@{}", m.actor.username, m.actor.host),
        "name": m.actor.name,
        "role": m.role.as_str(),
        "state": if m.requested { "requested" } else { "member" },
        "since": m.since.and_utc().to_rfc3339(),
    })
}

fn detail_json(config: &AppConfig, d: &NetworkDetail) -> Value {
    let mut body = network_json(config, &d.network);
    body["members"] = d.members.iter().filter(|m| !m.requested).map(member_json).collect();
    if d.can_moderate {
        body["requests"] = d.members.iter().filter(|m| m.requested).map(member_json).collect();
    }
    body["membership"] = d.membership.as_ref().map(member_json).unwrap_or(Value::Null);
    body["posts"] = d
        .posts
        .iter()
        .map(|p| {
            let url = match p.kind {
                ContentKind::Material => config.material_url(&p.id),
                ContentKind::CaseStudy => config.case_study_url(&p.id),
                ContentKind::Collection => config.collection_url(&p.id),
            };
            json!({ "kind": p.kind.as_str(), "id": p.id, "title": p.title, "summary": p.summary, "author": p.author, "origin": p.origin, "url": url })
        })
        .collect();
    body
}

pub async fn list(app: web::Data<App>) -> ApiResult<HttpResponse> {
    let networks = uc::list(&app).await?;
    let items: Vec<Value> = networks.iter().map(|n| network_json(&app.config, n)).collect();
    Ok(HttpResponse::Ok().json(json!({ "total": items.len(), "items": items })))
}

pub async fn create(app: web::Data<App>, req: HttpRequest, body: web::Json<NetworkInput>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let network = uc::create(&app, &who, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(network_json(&app.config, &network)))
}

pub async fn show(app: web::Data<App>, req: HttpRequest, name: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let detail = uc::detail(&app, viewer.as_ref(), &name).await?;
    Ok(HttpResponse::Ok().json(detail_json(&app.config, &detail)))
}

pub async fn join(app: web::Data<App>, req: HttpRequest, name: web::Path<String>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let member = uc::join(&app, &who, &name).await?;
    Ok(HttpResponse::Ok().json(member_json(&member)))
}

pub async fn leave(app: web::Data<App>, req: HttpRequest, name: web::Path<String>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    uc::leave(&app, &who, &name).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberBody {
    /// A username here, or a handle or actor URL elsewhere.
    target: String,
    #[serde(default)]
    role: Option<String>,
}

/// A moderator adds a member, accepts a request or sets a role.
pub async fn put_member(req: HttpRequest, data: Data<App>, name: web::Path<String>, body: web::Json<MemberBody>) -> ApiResult<HttpResponse> {
    let app: &App = data.app_data();
    let who = require_bearer(app, &req).await?;
    let role = match body.role.as_deref() {
        None => MemberRole::Member,
        Some(text) => MemberRole::parse(text).ok_or_else(|| AppError::bad_request("unknown_role", "role must be member or moderator"))?,
    };
    let target = resolve::resolve_anyone(&data, &body.target).await?;
    let member = uc::put_member(app, &who, &name, target, role).await?;
    Ok(HttpResponse::Ok().json(member_json(&member)))
}

pub async fn remove_member(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, String)>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let (name, actor_id) = path.into_inner();
    uc::remove_member(&app, &who, &name, &actor_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostBody {
    /// The network's actor URL (or, for one here, its name).
    network: String,
}

/// The author posts their content to a network.
pub async fn post(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<PostBody>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let kind = ContentKind::of_path(req.path());
    let network = body.network.trim();
    let url = if network.contains("://") { network.to_owned() } else { app.config.group_url(network.trim_start_matches('@')) };
    uc::post(&app, &who, kind, &id, &url).await?;
    Ok(HttpResponse::Ok().json(json!({ "network": url, "kind": kind.as_str(), "id": id.into_inner() })))
}

/// A moderator takes a post out of the network (`kind`: `material` or `case_study`).
pub async fn remove_post(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, String, String)>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let (name, kind, id) = path.into_inner();
    let kind = ContentKind::parse(&kind).ok_or_else(|| AppError::bad_request("unknown_kind", "kind must be material, case_study or collection"))?;
    uc::remove_post(&app, &who, &name, kind, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}
