//! `/api/v1/collections`: create, read, edit, delete, items, versions, copy.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use super::{json, optional_json, HiddenBody, PageQuery, RestoreInput};
use crate::app::collections::{self, CopyInput, ListScope};
use crate::app::App;
use crate::domain::collection::CollectionInput;
use crate::http::auth::{bearer_actor, require_bearer};
use crate::http::error::ApiResult;

/// `?owner=me` lists the caller's own collections, drafts included; otherwise the public ones.
#[derive(Debug, Deserialize)]
pub struct ListQuery {
    owner: Option<String>,
    #[serde(flatten)]
    page: PageQuery,
}

pub async fn list(app: web::Data<App>, req: HttpRequest, query: web::Query<ListQuery>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let scope = match query.owner.as_deref() {
        Some("me") => ListScope::Owner(require_bearer(&app, &req).await?.id),
        _ => ListScope::Public,
    };
    let paged = collections::list(&app, viewer.as_ref(), scope, query.page.page()).await?;
    Ok(HttpResponse::Ok().json(json::paged(&paged, |c| json::collection(&app.config, c))))
}

pub async fn create(app: web::Data<App>, req: HttpRequest, body: web::Json<CollectionInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let collection = collections::create(&app, &actor, body.into_inner()).await?;
    Ok(HttpResponse::Created().insert_header(("Location", collection.url.clone())).json(json::collection(&app.config, &collection)))
}

pub async fn show(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let collection = collections::get(&app, viewer.as_ref(), &id).await?;
    let mut body = json::collection(&app.config, &collection);
    body["likes"] = json!(crate::app::reactions::like_count(&app, crate::domain::ContentKind::Collection, &collection.id).await?);
    Ok(HttpResponse::Ok().json(body))
}

pub async fn update(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<CollectionInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let collection = collections::update(&app, &actor, &id, body.into_inner(), "edited").await?;
    Ok(HttpResponse::Ok().json(json::collection(&app.config, &collection)))
}

pub async fn delete(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    collections::delete(&app, &actor, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn set_hidden(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<HiddenBody>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let collection = collections::set_hidden(&app, &actor, &id, body.hidden).await?;
    Ok(HttpResponse::Ok().json(json::collection(&app.config, &collection)))
}

/// `{"network": name}` lets a network here own the collection; `{"network": null}` ends that.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NetworkBody {
    network: Option<String>,
}

pub async fn set_network(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<NetworkBody>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let collection = collections::set_network(&app, &actor, &id, body.into_inner().network).await?;
    Ok(HttpResponse::Ok().json(json::collection(&app.config, &collection)))
}

/// `{"material": id or URL, "note": …}` appends an item (or updates the note of one listed).
pub async fn add_item(
    app: web::Data<App>,
    req: HttpRequest,
    id: web::Path<String>,
    body: web::Json<crate::domain::collection::ItemInput>,
) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let collection = collections::add_item(&app, &actor, &id, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(json::collection(&app.config, &collection)))
}

/// Which item to remove: its material's URL or its id here.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemQuery {
    material: String,
}

pub async fn remove_item(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, query: web::Query<ItemQuery>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let collection = collections::remove_item(&app, &actor, &id, &query.material).await?;
    Ok(HttpResponse::Ok().json(json::collection(&app.config, &collection)))
}

pub async fn versions(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let paged = collections::versions(&app, viewer.as_ref(), &id, query.page()).await?;
    Ok(HttpResponse::Ok().json(json::paged(&paged, json::version)))
}

pub async fn version(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, i32)>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let (collection, info) = collections::version(&app, viewer.as_ref(), &path.0, path.1).await?;
    let mut body = json::collection(&app.config, &collection);
    body["version_info"] = json::version(&info);
    Ok(HttpResponse::Ok().json(body))
}

pub async fn restore(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, i32)>, body: web::Bytes) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let input = optional_json::<RestoreInput>(&req, &body)?;
    let collection = collections::restore(&app, &actor, &path.0, path.1, input.status).await?;
    Ok(HttpResponse::Ok().json(json::collection(&app.config, &collection)))
}

/// Copies a collection into the caller's own (optional body: `title`, `status`).
pub async fn copy(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Bytes) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let input = optional_json::<CopyInput>(&req, &body)?;
    let collection = collections::copy(&app, &actor, &id, input).await?;
    Ok(HttpResponse::Created().insert_header(("Location", collection.url.clone())).json(json::collection(&app.config, &collection)))
}
