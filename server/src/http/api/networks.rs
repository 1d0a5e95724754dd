//! `/api/v1/networks`: innovation networks hosted here (create, join, leave, members and
//! requests), and posting content to a network (`POST /{materials|case-studies}/{id}/networks`).

use activitypub_federation::config::Data;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::json::{list_of, rfc3339};

use crate::app::networks::{self as uc, Member, Network, NetworkDetail};
use crate::app::{App, AppConfig, AppError};
use crate::domain::network::{JoinMode, MemberRole, NetworkInput};
use crate::domain::ContentKind;
use crate::federation::resolve;
use crate::http::auth::{bearer_actor, require_bearer};
use crate::http::error::ApiResult;

/// An innovation network hosted here (an ActivityPub `Group`).
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Network)]
pub struct NetworkBody {
    /// Its handle's name.
    pub name: String,
    /// Its actor URL (also its page).
    pub url: String,
    /// `@name@host`, to follow it from other software.
    pub handle: String,
    pub title: String,
    pub summary: String,
    pub join_mode: JoinMode,
    #[schema(format = DateTime)]
    pub created_at: String,
}

impl NetworkBody {
    pub fn new(config: &AppConfig, n: &Network) -> NetworkBody {
        NetworkBody {
            name: n.row.name.clone(),
            url: n.actor.ap_id.clone(),
            handle: format!("@{}@{}", n.row.name, config.host()),
            title: n.row.title.clone(),
            summary: n.row.summary.clone(),
            join_mode: JoinMode::parse(&n.row.join_mode).unwrap_or(JoinMode::Open),
            created_at: rfc3339(n.row.created_at),
        }
    }
}

/// A member of a network, or someone asking to join.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = NetworkMember)]
pub struct MemberBody {
    /// Their actor's id here (for `DELETE .../members/{actor_id}`).
    pub actor_id: String,
    pub url: String,
    pub handle: String,
    pub name: String,
    pub role: MemberRole,
    /// `member`, or `requested` while a moderator has not accepted them.
    pub state: String,
    #[schema(format = DateTime)]
    pub since: String,
}

impl MemberBody {
    pub fn new(m: &Member) -> MemberBody {
        MemberBody {
            actor_id: m.actor.id.clone(),
            url: m.actor.ap_id.clone(),
            handle: format!("@{}@{}", m.actor.username, m.actor.host),
            name: m.actor.name.clone(),
            role: m.role,
            state: if m.requested { "requested" } else { "member" }.to_owned(),
            since: rfc3339(m.since),
        }
    }
}

/// Something posted to a network.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = NetworkPost)]
pub struct PostBody {
    /// `material`, `case_study` or `collection`.
    pub kind: String,
    pub id: String,
    pub title: String,
    pub summary: String,
    /// The author's display name.
    pub author: String,
    /// The host it came from, for content from elsewhere.
    pub origin: Option<String>,
    pub url: String,
}

/// A network with its members, posts, and the caller's own membership.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = NetworkDetail)]
pub struct DetailBody {
    #[serde(flatten)]
    pub network: NetworkBody,
    pub members: Vec<MemberBody>,
    /// Requests to join (only for its moderators).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requests: Option<Vec<MemberBody>>,
    pub membership: Option<MemberBody>,
    pub posts: Vec<PostBody>,
}

impl DetailBody {
    fn new(config: &AppConfig, d: &NetworkDetail) -> DetailBody {
        DetailBody {
            network: NetworkBody::new(config, &d.network),
            members: d.members.iter().filter(|m| !m.requested).map(MemberBody::new).collect(),
            requests: d.can_moderate.then(|| d.members.iter().filter(|m| m.requested).map(MemberBody::new).collect()),
            membership: d.membership.as_ref().map(MemberBody::new),
            posts: d
                .posts
                .iter()
                .map(|p| PostBody {
                    kind: p.kind.as_str().to_owned(),
                    id: p.id.clone(),
                    title: p.title.clone(),
                    summary: p.summary.clone(),
                    author: p.author.clone(),
                    origin: p.origin.clone(),
                    url: config.content_url(p.kind.as_str(), &p.id),
                })
                .collect(),
        }
    }
}

list_of!(
    /// The networks hosted here.
    NetworkList,
    NetworkBody
);

#[utoipa::path(get, path = "/networks", tag = "networks", responses((status = 200, description = "The networks hosted here.", body = NetworkList)))]
pub async fn list(app: web::Data<App>) -> ApiResult<HttpResponse> {
    let networks = uc::list(&app).await?;
    let items: Vec<NetworkBody> = networks.iter().map(|n| NetworkBody::new(&app.config, n)).collect();
    Ok(HttpResponse::Ok().json(NetworkList::from(items)))
}

#[utoipa::path(post, path = "/networks", tag = "networks", request_body = NetworkInput, security(("bearer" = [])),
    responses((status = 201, description = "Created; the caller is its first moderator.", body = NetworkBody)))]
pub async fn create(app: web::Data<App>, req: HttpRequest, body: web::Json<NetworkInput>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let network = uc::create(&app, &who, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(NetworkBody::new(&app.config, &network)))
}

#[utoipa::path(get, path = "/networks/{name}", tag = "networks", params(("name" = String, Path, description = "The network's name")), security((), ("bearer" = [])),
    responses((status = 200, description = "The network, its members and posts.", body = DetailBody)))]
pub async fn show(app: web::Data<App>, req: HttpRequest, name: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let detail = uc::detail(&app, viewer.as_ref(), &name).await?;
    Ok(HttpResponse::Ok().json(DetailBody::new(&app.config, &detail)))
}

#[utoipa::path(post, path = "/networks/{name}/join", tag = "networks", params(("name" = String, Path, description = "The network's name")), security(("bearer" = [])),
    responses((status = 200, description = "A member, or (`join_mode` approval) a request.", body = MemberBody)))]
pub async fn join(app: web::Data<App>, req: HttpRequest, name: web::Path<String>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let member = uc::join(&app, &who, &name).await?;
    Ok(HttpResponse::Ok().json(MemberBody::new(&member)))
}

#[utoipa::path(post, path = "/networks/{name}/leave", tag = "networks", params(("name" = String, Path, description = "The network's name")), security(("bearer" = [])),
    responses((status = 204, description = "Left (or request withdrawn).")))]
pub async fn leave(app: web::Data<App>, req: HttpRequest, name: web::Path<String>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    uc::leave(&app, &who, &name).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberInput {
    /// A username here, or a handle or actor URL elsewhere.
    target: String,
    /// `member` when absent.
    #[serde(default)]
    #[schema(value_type = Option<MemberRole>)]
    role: Option<String>,
}

#[utoipa::path(put, path = "/networks/{name}/members", tag = "networks", params(("name" = String, Path, description = "The network's name")), request_body = MemberInput,
    security(("bearer" = [])), responses((status = 200, description = "The member as they are now (moderators).", body = MemberBody)))]
/// A moderator adds a member, accepts a request or sets a role.
pub async fn put_member(req: HttpRequest, data: Data<App>, name: web::Path<String>, body: web::Json<MemberInput>) -> ApiResult<HttpResponse> {
    let app: &App = data.app_data();
    let who = require_bearer(app, &req).await?;
    let role = match body.role.as_deref() {
        None => MemberRole::Member,
        Some(text) => MemberRole::parse(text).ok_or_else(|| AppError::bad_request("unknown_role", "role must be member or moderator"))?,
    };
    let target = resolve::resolve_anyone(&data, &body.target).await?;
    let member = uc::put_member(app, &who, &name, target, role).await?;
    Ok(HttpResponse::Ok().json(MemberBody::new(&member)))
}

#[utoipa::path(delete, path = "/networks/{name}/members/{actor_id}", tag = "networks",
    params(("name" = String, Path, description = "The network's name"), ("actor_id" = String, Path, description = "The member's `actor_id`")), security(("bearer" = [])),
    responses((status = 204, description = "Removed, or request refused (moderators).")))]
pub async fn remove_member(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, String)>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let (name, actor_id) = path.into_inner();
    uc::remove_member(&app, &who, &name, &actor_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PostInput {
    /// The network's actor URL (or, for one here, its name).
    network: String,
}

/// Where a piece of content was posted.
#[derive(Debug, Serialize, ToSchema)]
pub struct Posted {
    /// The network's actor URL.
    network: String,
    kind: String,
    id: String,
}

/// The author posts their content to a network.
async fn post(app: &App, req: &HttpRequest, kind: ContentKind, id: String, body: &PostInput) -> ApiResult<HttpResponse> {
    let who = require_bearer(app, req).await?;
    let network = body.network.trim();
    let url = if network.contains("://") { network.to_owned() } else { app.config.group_url(network.trim_start_matches('@')) };
    uc::post(app, &who, kind, &id, &url).await?;
    Ok(HttpResponse::Ok().json(Posted { network: url, kind: kind.as_str().to_owned(), id }))
}

/// The handler that posts one kind of content to a network, with its OpenAPI operation.
macro_rules! post_of {
    ($kind:expr, $tag:literal, $name:ident, $path:literal) => {
        #[utoipa::path(post, path = $path, tag = $tag, params(("id" = String, Path, description = "The content's id")), request_body = PostInput,
                    security(("bearer" = [])), responses((status = 200, description = "Posted; the network shares it with its followers.", body = Posted)))]
        pub async fn $name(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<PostInput>) -> ApiResult<HttpResponse> {
            post(&app, &req, $kind, id.into_inner(), &body).await
        }
    };
}

post_of!(ContentKind::Material, "materials", post_material, "/materials/{id}/networks");
post_of!(ContentKind::CaseStudy, "case-studies", post_case_study, "/case-studies/{id}/networks");
post_of!(ContentKind::Collection, "collections", post_collection, "/collections/{id}/networks");

#[utoipa::path(delete, path = "/networks/{name}/posts/{kind}/{id}", tag = "networks",
    params(("name" = String, Path, description = "The network's name"), ("kind" = String, Path, description = "`material`, `case_study` or `collection`"), ("id" = String, Path, description = "The content's id")),
    security(("bearer" = [])), responses((status = 204, description = "Taken out of the network (moderators).")))]
/// A moderator takes a post out of the network (`kind`: `material` or `case_study`).
pub async fn remove_post(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, String, String)>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let (name, kind, id) = path.into_inner();
    let kind = ContentKind::parse(&kind).ok_or_else(|| AppError::bad_request("unknown_kind", "kind must be material, case_study or collection"))?;
    uc::remove_post(&app, &who, &name, kind, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}
