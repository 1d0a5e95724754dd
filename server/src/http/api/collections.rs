//! `/api/v1/collections`: create, read, edit, delete, items, versions, copy.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use super::json::{CollectionBody, CollectionPage, VersionBody, VersionPage};
use super::{optional_json, HiddenBody, PageQuery, RestoreInput};
use crate::app::collections::{self, CopyInput, ListScope};
use crate::app::App;
use crate::domain::collection::{CollectionInput, ItemInput};
use crate::http::auth::{bearer_actor, require_bearer};
use crate::http::error::ApiResult;

/// `?owner=me` lists the caller's own collections, drafts included; otherwise the public ones.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// `me`: the caller's own collections, drafts included (needs a token).
    owner: Option<String>,
    #[serde(flatten)]
    #[param(ignore)]
    page: PageQuery,
}

#[utoipa::path(get, path = "/collections", tag = "collections", params(ListQuery, PageQuery), security((), ("bearer" = [])),
    responses((status = 200, description = "Public collections, or with `owner=me` the caller's own.", body = CollectionPage)))]
pub async fn list(app: web::Data<App>, req: HttpRequest, query: web::Query<ListQuery>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let scope = match query.owner.as_deref() {
        Some("me") => ListScope::Owner(require_bearer(&app, &req).await?.id),
        _ => ListScope::Public,
    };
    let paged = collections::list(&app, viewer.as_ref(), scope, query.page.page()).await?;
    Ok(HttpResponse::Ok().json(CollectionPage::new(&paged, |c| CollectionBody::new(&app.config, c))))
}

#[utoipa::path(post, path = "/collections", tag = "collections", request_body = CollectionInput, security(("bearer" = [])),
    responses((status = 201, description = "Created; `Location` is its page.", body = CollectionBody)))]
pub async fn create(app: web::Data<App>, req: HttpRequest, body: web::Json<CollectionInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let collection = collections::create(&app, &actor, body.into_inner()).await?;
    Ok(HttpResponse::Created().insert_header(("Location", collection.url.clone())).json(CollectionBody::new(&app.config, &collection)))
}

#[utoipa::path(get, path = "/collections/{id}", tag = "collections", params(("id" = String, Path, description = "The collection's id")), security((), ("bearer" = [])),
    responses((status = 200, description = "The collection, with `likes`.", body = CollectionBody)))]
pub async fn show(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let collection = collections::get(&app, viewer.as_ref(), &id).await?;
    let mut body = CollectionBody::new(&app.config, &collection);
    body.likes = Some(crate::app::reactions::like_count(&app, crate::domain::ContentKind::Collection, &collection.id).await?);
    Ok(HttpResponse::Ok().json(body))
}

#[utoipa::path(patch, path = "/collections/{id}", tag = "collections", params(("id" = String, Path, description = "The collection's id")), request_body = CollectionInput, security(("bearer" = [])),
    responses((status = 200, description = "Fields present replace the stored ones; a new version.", body = CollectionBody)))]
pub async fn update(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<CollectionInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let collection = collections::update(&app, &actor, &id, body.into_inner(), "edited").await?;
    Ok(HttpResponse::Ok().json(CollectionBody::new(&app.config, &collection)))
}

#[utoipa::path(delete, path = "/collections/{id}", tag = "collections", params(("id" = String, Path, description = "The collection's id")), security(("bearer" = [])),
    responses((status = 204, description = "Deleted.")))]
pub async fn delete(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    collections::delete(&app, &actor, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(put, path = "/collections/{id}/hidden", tag = "moderation", params(("id" = String, Path, description = "The collection's id")), request_body = HiddenBody, security(("bearer" = [])),
    responses((status = 200, description = "Hidden or shown again (moderators).", body = CollectionBody)))]
pub async fn set_hidden(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<HiddenBody>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let collection = collections::set_hidden(&app, &actor, &id, body.hidden).await?;
    Ok(HttpResponse::Ok().json(CollectionBody::new(&app.config, &collection)))
}

/// `{"network": name}` lets a network here own the collection; `{"network": null}` ends that.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SetNetworkInput {
    network: Option<String>,
}

#[utoipa::path(put, path = "/collections/{id}/network", tag = "collections", params(("id" = String, Path, description = "The collection's id")), request_body = SetNetworkInput, security(("bearer" = [])),
    responses((status = 200, description = "The owning network set or cleared.", body = CollectionBody)))]
pub async fn set_network(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<SetNetworkInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let collection = collections::set_network(&app, &actor, &id, body.into_inner().network).await?;
    Ok(HttpResponse::Ok().json(CollectionBody::new(&app.config, &collection)))
}

#[utoipa::path(post, path = "/collections/{id}/items", tag = "collections", params(("id" = String, Path, description = "The collection's id")), request_body = ItemInput, security(("bearer" = [])),
    responses((status = 200, description = "The item appended (or its note updated).", body = CollectionBody)))]
/// `{"material": id or URL, "note": …}` appends an item (or updates the note of one listed).
pub async fn add_item(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<ItemInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let collection = collections::add_item(&app, &actor, &id, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(CollectionBody::new(&app.config, &collection)))
}

/// Which item to remove: its material's URL or its id here.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ItemQuery {
    material: String,
}

#[utoipa::path(delete, path = "/collections/{id}/items", tag = "collections", params(("id" = String, Path, description = "The collection's id"), ItemQuery), security(("bearer" = [])),
    responses((status = 200, description = "The item removed.", body = CollectionBody)))]
pub async fn remove_item(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, query: web::Query<ItemQuery>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let collection = collections::remove_item(&app, &actor, &id, &query.material).await?;
    Ok(HttpResponse::Ok().json(CollectionBody::new(&app.config, &collection)))
}

#[utoipa::path(get, path = "/collections/{id}/versions", tag = "collections", params(("id" = String, Path, description = "The collection's id"), PageQuery), security((), ("bearer" = [])),
    responses((status = 200, description = "Its history, newest first.", body = VersionPage)))]
pub async fn versions(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let paged = collections::versions(&app, viewer.as_ref(), &id, query.page()).await?;
    Ok(HttpResponse::Ok().json(VersionPage::new(&paged, VersionBody::new)))
}

#[utoipa::path(get, path = "/collections/{id}/versions/{version}", tag = "collections",
    params(("id" = String, Path, description = "The collection's id"), ("version" = i32, Path, description = "The version number, from 1")), security((), ("bearer" = [])),
    responses((status = 200, description = "The collection as it was, with `version_info`.", body = CollectionBody)))]
pub async fn version(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, i32)>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let (collection, info) = collections::version(&app, viewer.as_ref(), &path.0, path.1).await?;
    let mut body = CollectionBody::new(&app.config, &collection);
    body.version_info = Some(VersionBody::new(&info));
    Ok(HttpResponse::Ok().json(body))
}

#[utoipa::path(post, path = "/collections/{id}/versions/{version}/restore", tag = "collections",
    params(("id" = String, Path, description = "The collection's id"), ("version" = i32, Path, description = "The version to restore")),
    request_body(content = Option<RestoreInput>, description = "Optional: `status` changes the visibility as well."), security(("bearer" = [])),
    responses((status = 200, description = "Restored as a new version.", body = CollectionBody)))]
pub async fn restore(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, i32)>, body: web::Bytes) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let input = optional_json::<RestoreInput>(&req, &body)?;
    let collection = collections::restore(&app, &actor, &path.0, path.1, input.status).await?;
    Ok(HttpResponse::Ok().json(CollectionBody::new(&app.config, &collection)))
}

#[utoipa::path(post, path = "/collections/{id}/copy", tag = "collections", params(("id" = String, Path, description = "The collection's id")),
    request_body(content = Option<CopyInput>, description = "Optional: a title and status for the copy."), security(("bearer" = [])),
    responses((status = 201, description = "The copy, the caller's, crediting the original.", body = CollectionBody)))]
/// Copies a collection into the caller's own (optional body: `title`, `status`).
pub async fn copy(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Bytes) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let input = optional_json::<CopyInput>(&req, &body)?;
    let collection = collections::copy(&app, &actor, &id, input).await?;
    Ok(HttpResponse::Created().insert_header(("Location", collection.url.clone())).json(CollectionBody::new(&app.config, &collection)))
}
