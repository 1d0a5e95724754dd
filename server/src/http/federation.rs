//! ActivityPub over HTTP: WebFinger, NodeInfo, actor documents, inboxes, outboxes and follower
//! collections, and ActivityPub JSON for content URLs when a client asks for it.

use activitypub_federation::config::Data;
use actix_web::guard::{self, GuardContext};
use actix_web::http::header;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::activitypub::context::{wants_activity_json, with_context, ACTIVITY_JSON};
use crate::activitypub::objects::first_url;
use crate::activitypub::signatures::{self, rfc9421, CavageSignature, Scheme};
use crate::app::{accounts, federation as uc, networks, App, AppError};
use crate::domain::network::MemberRole;
use crate::federation::actors::{ActorJson, ActorRecord};
use crate::federation::fetch_gate::{self, Gate};
use crate::federation::inbox::{check_json_shape, InboxActivity};
use crate::federation::{collections, FedError};
use crate::http::error::{ApiError, ApiResult};

/// Largest inbound activity.
pub const MAX_ACTIVITY_BYTES: usize = 1024 * 1024;
const MAX_DEPTH: usize = 32;
const MAX_STRING: usize = 512 * 1024;

fn ap_guard(ctx: &GuardContext<'_>) -> bool {
    ctx.head().headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(wants_activity_json)
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/.well-known/webfinger", web::get().to(webfinger))
        .route("/.well-known/nodeinfo", web::get().to(nodeinfo_links))
        .route("/nodeinfo/2.1", web::get().to(nodeinfo))
        .route("/inbox", web::post().to(inbox))
        .route("/actor/inbox", web::post().to(inbox))
        .route("/users/{name}/inbox", web::post().to(inbox))
        .route("/groups/{name}/inbox", web::post().to(inbox))
        .route("/groups/{name}/outbox", web::get().to(group_outbox))
        .route("/groups/{name}/followers", web::get().to(group_followers))
        .route("/groups/{name}/moderators", web::get().to(group_moderators))
        .route("/groups/{name}/following", web::get().to(empty_following))
        .service(web::resource("/groups/{name}").guard(guard::fn_guard(ap_guard)).route(web::get().to(group_actor)))
        .route("/actor", web::get().to(node_actor))
        .route("/actor/outbox", web::get().to(node_outbox))
        .route("/actor/followers", web::get().to(node_followers))
        .route("/actor/following", web::get().to(empty_following))
        .route("/users/{name}/outbox", web::get().to(user_outbox))
        .route("/users/{name}/followers", web::get().to(user_followers))
        .route("/users/{name}/following", web::get().to(empty_following))
        .service(web::resource("/users/{name}").guard(guard::fn_guard(ap_guard)).route(web::get().to(user_actor)))
        .service(web::resource("/materials/{id}").guard(guard::fn_guard(ap_guard)).route(web::get().to(material_object)))
        .service(web::resource("/case-studies/{id}").guard(guard::fn_guard(ap_guard)).route(web::get().to(case_study_object)))
        .service(web::resource("/questions/{id}").guard(guard::fn_guard(ap_guard)).route(web::get().to(question_object)))
        .service(web::resource("/collections/{id}").guard(guard::fn_guard(ap_guard)).route(web::get().to(collection_object)))
        .route("/reviews/{id}", web::get().to(review_object))
        .route("/answers/{id}", web::get().to(answer_object));
}

fn activity_json(status: StatusCode, body: &Value) -> HttpResponse {
    HttpResponse::build(status).content_type(ACTIVITY_JSON).body(body.to_string())
}

#[derive(Deserialize)]
pub struct WebfingerQuery {
    resource: String,
}

async fn webfinger(app: web::Data<App>, query: web::Query<WebfingerQuery>) -> ApiResult<HttpResponse> {
    let config = &app.config;
    let resource = query.resource.trim();
    let name = match resource.strip_prefix("acct:") {
        Some(acct) => {
            let (name, host) = acct.rsplit_once('@').ok_or_else(|| AppError::bad_request("invalid_resource", "Use acct:name@host."))?;
            if !host.eq_ignore_ascii_case(&config.host()) {
                return Err(AppError::NotFound.into());
            }
            name.to_owned()
        }
        None if resource == config.node_actor_url() => config.federation.node_handle.clone(),
        None => resource
            .strip_prefix(&format!("{}/users/", config.public_url))
            .or_else(|| resource.strip_prefix(&format!("{}/groups/", config.public_url)))
            .ok_or(AppError::NotFound)?
            .to_owned(),
    };
    let (url, kind) = if name == config.federation.node_handle {
        (config.node_actor_url(), "Application")
    } else if let Some(actor) = uc::ensure_user_actor(&app, &name).await? {
        (actor.ap_id, "Person")
    } else {
        let group = networks::actor(&app, &name).await?.ok_or(AppError::NotFound)?;
        (group.ap_id, "Group")
    };
    let body = json!({
        "subject": format!("acct:{name}@{}", config.host()),
        "aliases": [url],
        "links": [
            { "rel": "self", "type": ACTIVITY_JSON, "href": url, "properties": { "https://www.w3.org/ns/activitystreams#type": kind } },
            { "rel": "http://webfinger.net/rel/profile-page", "type": "text/html", "href": url }
        ]
    });
    Ok(HttpResponse::Ok().content_type("application/jrd+json").body(body.to_string()))
}

async fn nodeinfo_links(app: web::Data<App>) -> HttpResponse {
    HttpResponse::Ok().json(json!({
        "links": [{ "rel": "http://nodeinfo.diaspora.software/ns/schema/2.1", "href": format!("{}/nodeinfo/2.1", app.config.public_url) }]
    }))
}

async fn nodeinfo(app: web::Data<App>) -> ApiResult<HttpResponse> {
    let info = crate::app::node::info(&app).await?;
    let users = uc::local_account_count(&app).await?;
    let body = json!({
        "version": "2.1",
        "software": {
            "name": "deelwijs",
            "version": env!("CARGO_PKG_VERSION"),
            "repository": env!("CARGO_PKG_REPOSITORY"),
        },
        "protocols": ["activitypub"],
        "services": { "inbound": [], "outbound": [] },
        "openRegistrations": info.registration_mode == crate::domain::vocab::RegistrationMode::Open,
        "usage": { "users": { "total": users }, "localPosts": info.materials + info.case_studies },
        "metadata": { "nodeName": info.name, "nodeDescription": info.description }
    });
    Ok(HttpResponse::Ok().content_type(r#"application/json; profile="http://nodeinfo.diaspora.software/ns/schema/2.1#""#).body(body.to_string()))
}

async fn node_actor(req: HttpRequest, data: Data<App>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::KeyOnly).await?;
    let app = data.app_data();
    let node = uc::ensure_node_actor(app).await?;
    let json = serde_json::to_value(ActorRecord::new(node)?.to_json()?).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(activity_json(StatusCode::OK, &with_context(json)))
}

async fn user_actor(req: HttpRequest, data: Data<App>, name: web::Path<String>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let app = data.app_data();
    let Some(actor) = uc::ensure_user_actor(app, &name).await? else {
        // An account its owner deleted: gone for good, as Mastodon and others expect.
        if accounts::is_deleted(app, &name).await? {
            let tombstone = json!({ "type": "Tombstone", "id": app.config.user_url(&name), "formerType": "Person" });
            return Ok(activity_json(StatusCode::GONE, &with_context(tombstone)));
        }
        return Err(AppError::NotFound.into());
    };
    let json = serde_json::to_value(ActorRecord::new(actor)?.to_json()?).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(activity_json(StatusCode::OK, &with_context(json)))
}

async fn group_actor(req: HttpRequest, data: Data<App>, name: web::Path<String>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let app = data.app_data();
    let actor = networks::actor(app, &name).await?.ok_or(AppError::NotFound)?;
    let json = serde_json::to_value(ActorRecord::new(actor)?.to_json()?).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(activity_json(StatusCode::OK, &with_context(json)))
}

async fn group_followers(req: HttpRequest, data: Data<App>, name: web::Path<String>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let app = data.app_data();
    let actor = networks::actor(app, &name).await?.ok_or(AppError::NotFound)?;
    followers_collection(app, actor).await
}

/// A network's moderators, which its actor names in `attributedTo` (FEP-1b12).
async fn group_moderators(req: HttpRequest, data: Data<App>, name: web::Path<String>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let app = data.app_data();
    let detail = networks::detail(app, None, &name).await?;
    let moderators: Vec<&str> = detail.members.iter().filter(|m| m.role == MemberRole::Moderator && !m.requested).map(|m| m.actor.ap_id.as_str()).collect();
    let id = format!("{}/moderators", detail.network.actor.ap_id);
    Ok(activity_json(
        StatusCode::OK,
        &with_context(json!({ "type": "OrderedCollection", "id": id, "totalItems": moderators.len(), "orderedItems": moderators })),
    ))
}

async fn group_outbox(req: HttpRequest, data: Data<App>, name: web::Path<String>, query: web::Query<CollectionQuery>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let app = data.app_data();
    let body = collections::group_outbox(app, &name, query.page).await?;
    Ok(activity_json(StatusCode::OK, &body))
}

#[derive(Deserialize)]
pub struct CollectionQuery {
    page: Option<i64>,
}

async fn node_outbox(req: HttpRequest, data: Data<App>, query: web::Query<CollectionQuery>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let app = data.app_data();
    let body = collections::outbox(app, None, query.page).await?;
    Ok(activity_json(StatusCode::OK, &body))
}

async fn user_outbox(req: HttpRequest, data: Data<App>, name: web::Path<String>, query: web::Query<CollectionQuery>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let app = data.app_data();
    let body = collections::outbox(app, Some(name.into_inner()), query.page).await?;
    Ok(activity_json(StatusCode::OK, &body))
}

async fn node_followers(req: HttpRequest, data: Data<App>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let app = data.app_data();
    let node = uc::ensure_node_actor(app).await?;
    followers_collection(app, node).await
}

async fn user_followers(req: HttpRequest, data: Data<App>, name: web::Path<String>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let app = data.app_data();
    let actor = uc::ensure_user_actor(app, &name).await?.ok_or(AppError::NotFound)?;
    followers_collection(app, actor).await
}

/// Followers as a count (who follows whom is not published).
async fn followers_collection(app: &App, actor: crate::store::models::ActorRow) -> Result<HttpResponse, FedError> {
    let id = format!("{}/followers", actor.ap_id);
    let total = uc::followers(app, actor).await?.iter().filter(|f| f.state == "accepted").count();
    Ok(activity_json(StatusCode::OK, &with_context(json!({ "type": "OrderedCollection", "id": id, "totalItems": total }))))
}

async fn empty_following(req: HttpRequest) -> HttpResponse {
    let id = format!("{}", req.uri());
    activity_json(StatusCode::OK, &with_context(json!({ "type": "OrderedCollection", "id": id, "totalItems": 0, "orderedItems": [] })))
}

async fn material_object(req: HttpRequest, data: Data<App>, id: web::Path<String>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let app = data.app_data();
    let (status, body) = collections::material(app, &id).await?;
    Ok(activity_json(status, &body))
}

async fn case_study_object(req: HttpRequest, data: Data<App>, id: web::Path<String>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let app = data.app_data();
    let (status, body) = collections::case_study(app, &id).await?;
    Ok(activity_json(status, &body))
}

async fn collection_object(req: HttpRequest, data: Data<App>, id: web::Path<String>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let app = data.app_data();
    let (status, body) = collections::collection(app, &id).await?;
    Ok(activity_json(status, &body))
}

async fn question_object(req: HttpRequest, data: Data<App>, id: web::Path<String>) -> Result<HttpResponse, FedError> {
    fetch_gate::check(&req, &data, Gate::Signed).await?;
    let (status, body) = collections::question(data.app_data(), &id).await?;
    Ok(activity_json(status, &body))
}

/// An answer's id: the `Note` for ActivityPub clients, the question's page for a browser.
async fn answer_object(req: HttpRequest, data: Data<App>, id: web::Path<String>) -> Result<HttpResponse, FedError> {
    let (note, page) = crate::app::questions::answer_object(data.app_data(), &id).await?;
    if req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(wants_activity_json) {
        fetch_gate::check(&req, &data, Gate::Signed).await?;
        return Ok(activity_json(StatusCode::OK, &note));
    }
    Ok(HttpResponse::SeeOther().insert_header(("Location", page)).finish())
}

/// A review's id: the `Note` for ActivityPub clients, the material's page for a browser.
async fn review_object(req: HttpRequest, data: Data<App>, id: web::Path<String>) -> Result<HttpResponse, FedError> {
    let (note, page) = crate::app::reviews::note(data.app_data(), &id).await?;
    if req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(wants_activity_json) {
        fetch_gate::check(&req, &data, Gate::Signed).await?;
        return Ok(activity_json(StatusCode::OK, &note));
    }
    Ok(HttpResponse::SeeOther().insert_header(("Location", page)).finish())
}

/// Every inbox: bounds first (media type, size, nesting, age of the signature), then the
/// signature of a sender we do not know yet is checked before anything about it is stored,
/// then the library verifies digest and signature against the sender's key, then the activity
/// is handled. Every refusal has the JSON error shape.
async fn inbox(req: HttpRequest, payload: web::Payload, data: Data<App>) -> Result<HttpResponse, FedError> {
    let peer = req.connection_info().peer_addr().unwrap_or_default().to_owned();
    let mut known = (None, None);
    let result = receive(req, payload, &data, &mut known).await;
    if let Err(error) = &result {
        // One line per refusal, with what the sender would need to fix it.
        let (activity, actor) = (known.0.map(String::from).unwrap_or_default(), known.1.map(String::from).unwrap_or_default());
        tracing::info!(%activity, %actor, %peer, status = error.status_code().as_u16(), reason = %super::federation_error::refusal_reason(error), "inbound activity refused");
    }
    result
}

/// The inbox's steps; `known` receives the activity id and actor once they are read, for the
/// log line of a refusal.
async fn receive(
    req: HttpRequest,
    payload: web::Payload,
    data: &Data<App>,
    known: &mut (Option<url::Url>, Option<url::Url>),
) -> Result<HttpResponse, FedError> {
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_ascii_lowercase();
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    if !matches!(essence, "application/activity+json" | "application/ld+json" | "application/json") {
        return Err(FedError::UnsupportedMediaType(format!("An activity is sent as application/activity+json, not {essence:?}.")));
    }
    let body = read_body(payload, MAX_ACTIVITY_BYTES).await?;
    check_json_shape(&body, MAX_DEPTH, MAX_STRING)?;
    let signature = match Scheme::of_request(req.headers()) {
        Some(Scheme::Cavage) => {
            let signature = req.headers().get("signature").and_then(|v| v.to_str().ok()).unwrap_or_default();
            let missing = signatures::missing_signed_headers(signature);
            if !missing.is_empty() {
                return Err(FedError::Unauthorized(format!(
                    "The signature must cover {}; it does not cover {}.",
                    signatures::REQUIRED_SIGNED.join(", "),
                    missing.join(", ")
                )));
            }
            let date = req
                .headers()
                .get(header::DATE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| httpdate::parse_http_date(v).ok())
                .ok_or_else(|| FedError::Unauthorized("The request has no valid Date header.".into()))?;
            check_age(chrono::DateTime::<chrono::Utc>::from(date).timestamp())?;
            Inbound::Cavage(CavageSignature::parse(signature).map_err(FedError::Unauthorized)?)
        }
        Some(Scheme::Rfc9421) => Inbound::Rfc9421(Box::new(rfc9421_signature(&req, &body)?)),
        None => return Err(FedError::Unauthorized("The request is not signed (RFC 9421 HTTP Message Signatures or draft-cavage HTTP Signatures).".into())),
    };
    let activity: Value = serde_json::from_slice(&body).map_err(|e| FedError::invalid(format!("The body is not JSON: {e}")))?;
    let (id, actor) = match (activity.get("id").and_then(first_url), activity.get("actor").and_then(first_url)) {
        (Some(id), Some(actor)) => (id, actor),
        _ => return Err(FedError::invalid("An activity needs an id and an actor.")),
    };
    *known = (Some(id.clone()), Some(actor.clone()));
    // Same scheme, host and port: another port on the same host is another server.
    if id.origin() != actor.origin() {
        return Err(FedError::invalid("The activity's id must be on its actor's server (same scheme, host and port)."));
    }
    match signature {
        Inbound::Cavage(signature) => {
            verify_unknown_sender(&req, &signature, &actor, data).await?;
            let body = web::Bytes::from(body);
            activitypub_federation::actix_web::inbox::receive_activity::<InboxActivity, ActorRecord, App>(req, body, data).await?;
        }
        Inbound::Rfc9421(signature) => {
            verify_rfc9421_sender(&req, &signature, &actor, data).await?;
            let activity: InboxActivity = serde_json::from_value(activity).map_err(|e| FedError::invalid(format!("The activity cannot be read: {e}")))?;
            crate::federation::inbox::receive_verified(activity, data).await?;
        }
    }
    Ok(HttpResponse::Accepted().finish())
}

/// How an inbound request is signed.
enum Inbound {
    Cavage(CavageSignature),
    Rfc9421(Box<rfc9421::MessageSignature>),
}

/// A signature's time must be recent (an old request may be a replay) and not in the future.
fn check_age(signed_at: i64) -> Result<(), FedError> {
    if !signatures::fresh(signed_at) {
        return Err(FedError::Unauthorized("The request's signature time is too old or in the future; it may be a replay.".into()));
    }
    Ok(())
}

/// The RFC 9421 signature of an inbound POST that we can rely on: one that covers the method,
/// the target and the body's `Content-Digest` (which must match the body), with a recent
/// `created` time (or a covered, recent `Date`).
fn rfc9421_signature(req: &HttpRequest, body: &[u8]) -> Result<rfc9421::MessageSignature, FedError> {
    let signature = rfc9421::covering(req.headers(), true).map_err(FedError::Unauthorized)?;
    let signed_at = match signature.created {
        Some(created) => created,
        None if signature.component_names().iter().any(|n| n == "date") => req
            .headers()
            .get(header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok())
            .map(|d| chrono::DateTime::<chrono::Utc>::from(d).timestamp())
            .ok_or_else(|| FedError::Unauthorized("The request has no valid Date header.".into()))?,
        None => return Err(FedError::Unauthorized("An RFC 9421 signature needs a created time or a covered Date.".into())),
    };
    check_age(signed_at)?;
    if signature.expires.is_some_and(|e| e < chrono::Utc::now().timestamp()) {
        return Err(FedError::Unauthorized("The signature has expired.".into()));
    }
    let digest = req.headers().get_all("content-digest").filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(", ");
    rfc9421::verify_content_digest(&digest, body).map_err(FedError::Unauthorized)?;
    Ok(signature)
}

/// Checks an RFC 9421 signature against the sender's key: the key must be the activity's
/// actor's (`…#main-key` or a path below the actor), the actor's instance must be allowed, and
/// an actor we do not know yet is stored only after its signature verified.
async fn verify_rfc9421_sender(req: &HttpRequest, signature: &rfc9421::MessageSignature, actor: &url::Url, data: &Data<App>) -> Result<(), FedError> {
    use activitypub_federation::traits::Object;
    let mut key_owner = url::Url::parse(&signature.key_id).map_err(|_| FedError::Unauthorized("The signature's keyid is not a URL.".into()))?;
    key_owner.set_fragment(None);
    let own_key = key_owner == *actor || key_owner.as_str().starts_with(&format!("{}/", actor.as_str().trim_end_matches('/')));
    if !own_key {
        return Err(FedError::Unauthorized("The request is signed with a key that is not the actor's.".into()));
    }
    if !uc::policy(data.app_data()).await?.allows(&crate::activitypub::host_of(actor)) {
        return Err(FedError::Blocked);
    }
    let target = signatures::request_target(req, &data.app_data().config.public_url).ok_or_else(|| FedError::invalid("The request target is not a path."))?;
    let request = rfc9421::Request { method: req.method().as_str(), target: &target, headers: req.headers() };
    match uc::actor_by_ap_id(data.app_data(), actor).await? {
        Some(known) => rfc9421::verify(&request, signature, &known.public_key_pem).map_err(FedError::Unauthorized),
        None => {
            let fetched = activitypub_federation::fetch::fetch_object_http::<_, ActorJson>(actor, data).await?.object;
            rfc9421::verify(&request, signature, &fetched.public_key.public_key_pem).map_err(FedError::Unauthorized)?;
            ActorRecord::verify(&fetched, actor, data).await?;
            ActorRecord::from_json(fetched, data).await?;
            Ok(())
        }
    }
}

/// Reads a body up to `limit` bytes; more is refused with 413 in the JSON error shape.
async fn read_body(mut payload: web::Payload, limit: usize) -> Result<Vec<u8>, FedError> {
    use futures_util::StreamExt;
    let mut body = Vec::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| FedError::invalid(format!("Could not read the body: {e}")))?;
        if body.len() + chunk.len() > limit {
            return Err(FedError::App(AppError::PayloadTooLarge { limit: limit as u64 }));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A sender we have never seen: its actor document is fetched and the signature checked
/// against its key before the actor is stored, so a forged request leaves nothing behind.
/// A known sender's signature is checked by the library against the key we hold.
async fn verify_unknown_sender(req: &HttpRequest, signature: &CavageSignature, actor: &url::Url, data: &Data<App>) -> Result<(), FedError> {
    use activitypub_federation::traits::Object;
    if uc::actor_by_ap_id(data.app_data(), actor).await?.is_some() {
        return Ok(());
    }
    let fetched = activitypub_federation::fetch::fetch_object_http::<_, ActorJson>(actor, data).await?.object;
    let target = req.uri().path_and_query().map_or_else(|| req.path().to_owned(), |pq| pq.as_str().to_owned());
    signature.verify(req.headers(), req.method().as_str(), &target, &fetched.public_key.public_key_pem).map_err(FedError::Unauthorized)?;
    ActorRecord::verify(&fetched, actor, data).await?;
    ActorRecord::from_json(fetched, data).await?;
    Ok(())
}

impl From<FedError> for ApiError {
    fn from(error: FedError) -> Self {
        match error {
            FedError::App(e) => ApiError(e),
            other => ApiError(AppError::bad_request("federation_failed", other.to_string())),
        }
    }
}
