//! `/api/v1/follows`, `/followers`, `/timeline` and the federation policy: following remote
//! nodes, people and networks, and what they publish.

use activitypub_federation::config::Data;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::json::{list_of, rfc3339, CaseStudyBody, CaseStudyPage, MaterialBody, MaterialPage};
use super::PageQuery;
use crate::app::case_studies;
use crate::app::federation::{self as uc, FollowView, InstanceStatus};
use crate::app::materials::{self, ListScope};
use crate::app::remote_collections::{self, FollowedCollection};
use crate::app::{App, AppError};
use crate::domain::federation::Policy;
use crate::domain::vocab::FederationMode;
use crate::federation::resolve;
use crate::http::auth::require_bearer;
use crate::http::error::ApiResult;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowInput {
    /// A handle (`@name@host`), an actor URL, or the URL of a collection on another node.
    target: String,
}

/// A follow (or follower): an actor (a node, person or network) or one collection.
#[derive(Debug, Serialize, ToSchema)]
pub struct Follow {
    /// Its id here (for `DELETE /follows/{id}`).
    id: String,
    url: String,
    /// `@name@host` (actors only).
    #[serde(skip_serializing_if = "Option::is_none")]
    handle: Option<String>,
    name: String,
    /// The ActivityPub type: `Application`, `Person`, `Group`, `Service`, … or `Collection`.
    kind: String,
    /// `pending` until the other side accepts, then `accepted`.
    state: String,
    #[schema(format = DateTime)]
    since: String,
}

impl Follow {
    fn of_actor(view: &FollowView) -> Follow {
        let a = &view.actor;
        Follow {
            id: a.id.clone(),
            url: a.ap_id.clone(),
            handle: Some(format!("@{}@{}", a.username, a.host)),
            name: a.name.clone(),
            kind: a.kind.clone(),
            state: view.state.clone(),
            since: rfc3339(view.since),
        }
    }

    fn of_collection(c: &FollowedCollection) -> Follow {
        Follow {
            id: c.id.clone(),
            url: c.url.clone(),
            handle: None,
            name: c.title.clone(),
            kind: "Collection".to_owned(),
            state: c.state.clone(),
            since: rfc3339(c.since),
        }
    }
}

list_of!(
    /// Follows, actors first.
    FollowList,
    Follow
);

#[utoipa::path(post, path = "/follows", tag = "federation", request_body = FollowInput, security(("bearer" = [])),
    responses((status = 201, description = "Following (pending until accepted).", body = Follow)))]
/// Follows an actor (by handle or URL) or one collection on another node (by its URL).
pub async fn create(req: HttpRequest, data: Data<App>, body: web::Json<FollowInput>) -> ApiResult<HttpResponse> {
    let app: &App = data.app_data();
    let who = require_bearer(app, &req).await?;
    if let Some((collection, author)) = resolve::collection(&data, &body.target).await? {
        let followed = remote_collections::follow(app, &who, author, collection).await?;
        return Ok(HttpResponse::Created().json(Follow::of_collection(&followed)));
    }
    let target = resolve::resolve_actor(&data, &body.target).await?;
    let view = uc::follow(app, &who, target).await?;
    Ok(HttpResponse::Created().json(Follow::of_actor(&view)))
}

#[utoipa::path(get, path = "/follows", tag = "federation", security(("bearer" = [])),
    responses((status = 200, description = "What the caller follows.", body = FollowList)))]
pub async fn list(app: web::Data<App>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let follows = uc::following(&app, &who).await?;
    let collections = remote_collections::followed_by(&app, &who).await?;
    let items: Vec<Follow> = follows.iter().map(Follow::of_actor).chain(collections.iter().map(Follow::of_collection)).collect();
    Ok(HttpResponse::Ok().json(FollowList::from(items)))
}

#[utoipa::path(delete, path = "/follows/{id}", tag = "federation", params(("id" = String, Path, description = "The follow's `id`")), security(("bearer" = [])),
    responses((status = 204, description = "Unfollowed.")))]
pub async fn delete(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    // Actors and collections have ids of their own kind; either may be meant.
    match uc::unfollow(&app, &who, &id).await {
        Err(AppError::NotFound) => remote_collections::unfollow(&app, &who, &id).await?,
        other => other?,
    }
    Ok(HttpResponse::NoContent().finish())
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FollowersQuery {
    /// `node` (default), a username, or a network's name on this node.
    actor: Option<String>,
}

/// Who follows an actor: everyone sees how many, the actor (and a network's moderators) who.
#[derive(Debug, Serialize, ToSchema)]
pub struct Followers {
    /// Accepted followers; for the actor itself, requests too.
    total: usize,
    /// Only for the actor itself (and a network's moderators).
    #[serde(skip_serializing_if = "Option::is_none")]
    items: Option<Vec<Follow>>,
}

#[utoipa::path(get, path = "/followers", tag = "federation", params(FollowersQuery), security((), ("bearer" = [])),
    responses((status = 200, description = "Followers of a local actor.", body = Followers)))]
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
        return Ok(HttpResponse::Ok().json(Followers { total: followers.iter().filter(|f| f.state == "accepted").count(), items: None }));
    }
    Ok(HttpResponse::Ok().json(Followers { total: followers.len(), items: Some(followers.iter().map(Follow::of_actor).collect()) }))
}

#[utoipa::path(get, path = "/timeline", tag = "federation", params(PageQuery),
    responses((status = 200, description = "Materials from followed sources, newest first.", body = MaterialPage)))]
/// What followed sources published, newest first.
pub async fn timeline(app: web::Data<App>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let paged = materials::list_in(&app, ListScope::PublicRemote, query.page()).await?;
    Ok(HttpResponse::Ok().json(MaterialPage::new(&paged, |m| MaterialBody::new(&app.config, m))))
}

#[utoipa::path(get, path = "/timeline/case-studies", tag = "federation", params(PageQuery),
    responses((status = 200, description = "Case studies from followed sources, newest first.", body = CaseStudyPage)))]
/// Case studies from followed sources, newest first.
pub async fn timeline_case_studies(app: web::Data<App>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let paged = case_studies::list_in(&app, ListScope::PublicRemote, query.page()).await?;
    Ok(HttpResponse::Ok().json(CaseStudyPage::new(&paged, |c| CaseStudyBody::new(&app.config, c))))
}

/// The node's federation policy.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = FederationPolicy)]
pub struct PolicyBody {
    mode: FederationMode,
    /// The hosts the mode lists (blocked, or the only ones allowed).
    instances: Vec<String>,
}

impl PolicyBody {
    fn new(policy: &Policy) -> PolicyBody {
        PolicyBody { mode: policy.mode, instances: policy.instances.clone() }
    }
}

/// A delivery an instance refused (4xx), kept until an administrator retries it.
#[derive(Debug, Serialize, ToSchema)]
pub struct RefusedDelivery {
    activity: String,
    /// The activity's type (`Create`, `Update`, …).
    #[serde(rename = "type")]
    kind: String,
    status: i32,
    /// The first KiB of the instance's answer.
    answer: String,
    #[schema(format = DateTime)]
    refused_at: String,
}

/// Where outgoing deliveries to one instance stand.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstanceDeliveries {
    host: String,
    /// Activities waiting to be delivered there.
    pending: i64,
    failures: i32,
    unreachable: bool,
    #[schema(format = DateTime)]
    next_attempt_at: Option<String>,
    #[schema(format = DateTime)]
    last_success_at: Option<String>,
    last_error: Option<String>,
    /// The HTTP signature scheme it answered to (`rfc9421` or `cavage`).
    signature_scheme: Option<String>,
    refused: Vec<RefusedDelivery>,
}

impl InstanceDeliveries {
    fn new(i: &InstanceStatus) -> InstanceDeliveries {
        let state = i.state.as_ref();
        InstanceDeliveries {
            host: i.host.clone(),
            pending: i.pending,
            failures: state.map_or(0, |s| s.failures),
            unreachable: state.is_some_and(|s| s.unreachable),
            next_attempt_at: state.and_then(|s| s.next_attempt_at).map(rfc3339),
            last_success_at: state.and_then(|s| s.last_success_at).map(rfc3339),
            last_error: state.map(|s| s.last_error.clone()).filter(|e| !e.is_empty()),
            signature_scheme: state.map(|s| s.signature_scheme.clone()).filter(|s| !s.is_empty()),
            refused: i
                .refused
                .iter()
                .map(|r| RefusedDelivery {
                    activity: r.activity_id.clone(),
                    kind: r.kind.clone(),
                    status: r.status,
                    answer: r.answer.clone(),
                    refused_at: rfc3339(r.at),
                })
                .collect(),
        }
    }
}

/// Outgoing deliveries in all.
#[derive(Debug, Serialize, ToSchema)]
pub struct Deliveries {
    pending: i64,
    refused: usize,
    instances: Vec<InstanceDeliveries>,
}

/// The policy, with where outgoing deliveries stand.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = FederationStatus)]
pub struct StatusBody {
    #[serde(flatten)]
    policy: PolicyBody,
    deliveries: Deliveries,
}

#[utoipa::path(get, path = "/admin/federation", tag = "admin", security(("bearer" = [])),
    responses((status = 200, description = "The federation policy and delivery status (administrators).", body = StatusBody)))]
/// The policy, with where outgoing deliveries stand per instance.
pub async fn policy(app: web::Data<App>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let status = uc::delivery_status(&app, &who).await?;
    let policy = PolicyBody::new(&uc::policy(&app).await?);
    let deliveries = Deliveries {
        pending: status.iter().map(|i| i.pending).sum(),
        refused: status.iter().map(|i| i.refused.len()).sum(),
        instances: status.iter().map(InstanceDeliveries::new).collect(),
    };
    Ok(HttpResponse::Ok().json(StatusBody { policy, deliveries }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyInput {
    #[schema(value_type = FederationMode)]
    mode: String,
    /// Hosts, e.g. `school.example` or `localhost:8081`; a domain covers its subdomains.
    #[serde(default)]
    instances: Vec<String>,
}

#[utoipa::path(put, path = "/admin/federation", tag = "admin", request_body = PolicyInput, security(("bearer" = [])),
    responses((status = 200, description = "The policy as stored (administrators).", body = PolicyBody)))]
pub async fn set_policy(app: web::Data<App>, req: HttpRequest, body: web::Json<PolicyInput>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let mode = FederationMode::parse(body.mode.trim()).ok_or_else(|| AppError::bad_request("unknown_mode", "mode must be open, blocklist or allowlist"))?;
    let instances = Policy::parse_instances(&body.instances.join(","));
    let policy = uc::set_policy(&app, &who, mode, instances).await?;
    Ok(HttpResponse::Ok().json(PolicyBody::new(&policy)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RetryInput {
    /// The instance's host.
    host: String,
}

/// How many refused deliveries went back in the queue.
#[derive(Debug, Serialize, ToSchema)]
pub struct Retried {
    host: String,
    retried: usize,
}

#[utoipa::path(post, path = "/admin/federation/retry", tag = "admin", request_body = RetryInput, security(("bearer" = [])),
    responses((status = 200, description = "The instance's refused deliveries queued again (administrators).", body = Retried)))]
/// Puts the deliveries an instance refused back in the queue.
pub async fn retry_refused(app: web::Data<App>, req: HttpRequest, body: web::Json<RetryInput>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let retried = uc::retry_refused(&app, &who, &body.host).await?;
    Ok(HttpResponse::Ok().json(Retried { host: body.host.trim().to_ascii_lowercase(), retried }))
}
