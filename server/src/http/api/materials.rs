//! `/api/v1/materials`: create, read, edit, delete, versions, attachments, remix.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use super::json::{AttachmentBody, MaterialBody, MaterialPage, VersionBody, VersionPage};
use super::{optional_json, HiddenBody, PageQuery, RestoreInput};
use crate::app::materials::{self, RemixInput};
use crate::app::translations::{self, TranslateInput};
use crate::app::{attachments, App, AppError};
use crate::domain::material::MaterialInput;
use crate::http::auth::{bearer_actor, require_bearer};
use crate::http::error::ApiResult;
use crate::http::form::{read_form, FormRules};

#[utoipa::path(get, path = "/materials", tag = "materials", params(PageQuery),
    responses((status = 200, description = "Public materials made here, newest first.", body = MaterialPage)))]
pub async fn list(app: web::Data<App>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let paged = materials::list(&app, None, query.page()).await?;
    Ok(HttpResponse::Ok().json(MaterialPage::new(&paged, |m| MaterialBody::new(&app.config, m))))
}

#[utoipa::path(post, path = "/materials", tag = "materials", request_body = MaterialInput, security(("bearer" = [])),
    responses((status = 201, description = "Created; `Location` is its page.", body = MaterialBody)))]
pub async fn create(app: web::Data<App>, req: HttpRequest, body: web::Json<MaterialInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let material = materials::create(&app, &actor, body.into_inner()).await?;
    Ok(HttpResponse::Created().insert_header(("Location", material.url.clone())).json(MaterialBody::new(&app.config, &material)))
}

#[utoipa::path(get, path = "/materials/{id}", tag = "materials", params(("id" = String, Path, description = "The material's id")), security((), ("bearer" = [])),
    responses((status = 200, description = "The material, with `likes`. Drafts only for those who may see them.", body = MaterialBody)))]
pub async fn show(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let material = materials::get(&app, viewer.as_ref(), &id).await?;
    let mut body = MaterialBody::new(&app.config, &material);
    body.likes = Some(crate::app::reactions::like_count(&app, crate::domain::ContentKind::Material, &material.id).await?);
    body.quality_mark = crate::app::quality::mark_of(&app, crate::domain::ContentKind::Material, &material.id)
        .await?
        .map(|m| super::json::QualityMarkBody::new(&app.config, &m));
    Ok(HttpResponse::Ok().json(body))
}

#[utoipa::path(patch, path = "/materials/{id}", tag = "materials", params(("id" = String, Path, description = "The material's id")), request_body = MaterialInput, security(("bearer" = [])),
    responses((status = 200, description = "Fields present replace the stored ones; a new version.", body = MaterialBody)))]
pub async fn update(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<MaterialInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let material = materials::update(&app, &actor, &id, body.into_inner(), "edited").await?;
    Ok(HttpResponse::Ok().json(MaterialBody::new(&app.config, &material)))
}

#[utoipa::path(delete, path = "/materials/{id}", tag = "materials", params(("id" = String, Path, description = "The material's id")), security(("bearer" = [])),
    responses((status = 204, description = "Deleted (its followers hear of it).")))]
pub async fn delete(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    materials::delete(&app, &actor, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(put, path = "/materials/{id}/hidden", tag = "moderation", params(("id" = String, Path, description = "The material's id")), request_body = HiddenBody, security(("bearer" = [])),
    responses((status = 200, description = "Hidden or shown again (moderators).", body = MaterialBody)))]
pub async fn set_hidden(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<HiddenBody>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let material = materials::set_hidden(&app, &actor, &id, body.hidden).await?;
    Ok(HttpResponse::Ok().json(MaterialBody::new(&app.config, &material)))
}

#[utoipa::path(post, path = "/materials/{id}/attachments", tag = "materials", params(("id" = String, Path, description = "The material's id")),
    request_body(content = UploadForm, content_type = "multipart/form-data", description = "One or more file parts (any field name, each with a file name); all are stored or none."),
    security(("bearer" = [])),
    responses((status = 201, description = "One file: the attachment; several: `{\"items\": [...]}`.", body = UploadedBody)))]
/// Multipart upload: one or more parts with a file name (any field name).
pub async fn upload(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let is_multipart =
        req.headers().get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    if !is_multipart {
        return Err(AppError::bad_request("expected_multipart", "Send the file as multipart/form-data.").into());
    }
    let limits = &app.config.limits;
    let files_dir = app.config.files_dir();
    let rules = FormRules { limits, text_limit: FormRules::text_limit_for(limits), files_dir: Some(&files_dir), csrf: None };
    let form = read_form(&req, payload, &rules).await?;
    if form.files.is_empty() {
        return Err(AppError::bad_request("no_file", "The request holds no file part.").into());
    }
    let uploads = form.files.into_iter().map(|(_, upload)| upload).collect();
    let mut created: Vec<_> = attachments::add_attachments(&app, &actor, &id, uploads).await?.iter().map(AttachmentBody::new).collect();
    let body = if created.len() == 1 { UploadedBody::One(created.remove(0)) } else { UploadedBody::Many { items: created } };
    Ok(HttpResponse::Created().json(body))
}

#[utoipa::path(delete, path = "/materials/{id}/attachments/{attachment}", tag = "materials",
    params(("id" = String, Path, description = "The material's id"), ("attachment" = String, Path, description = "The attachment's id")), security(("bearer" = [])),
    responses((status = 204, description = "Removed; a new version.")))]
pub async fn remove_attachment(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, String)>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    attachments::remove_attachment(&app, &actor, &path.0, &path.1).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(get, path = "/materials/{id}/versions", tag = "materials", params(("id" = String, Path, description = "The material's id"), PageQuery), security((), ("bearer" = [])),
    responses((status = 200, description = "Its history, newest first (versions saved as drafts only for those who may see drafts).", body = VersionPage)))]
pub async fn versions(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let paged = materials::versions(&app, viewer.as_ref(), &id, query.page()).await?;
    Ok(HttpResponse::Ok().json(VersionPage::new(&paged, VersionBody::new)))
}

#[utoipa::path(get, path = "/materials/{id}/versions/{version}", tag = "materials",
    params(("id" = String, Path, description = "The material's id"), ("version" = i32, Path, description = "The version number, from 1")), security((), ("bearer" = [])),
    responses((status = 200, description = "The material as it was, with `version_info`.", body = MaterialBody)))]
pub async fn version(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, i32)>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let (material, info) = materials::version(&app, viewer.as_ref(), &path.0, path.1).await?;
    let mut body = MaterialBody::new(&app.config, &material);
    body.version_info = Some(VersionBody::new(&info));
    Ok(HttpResponse::Ok().json(body))
}

#[utoipa::path(post, path = "/materials/{id}/versions/{version}/restore", tag = "materials",
    params(("id" = String, Path, description = "The material's id"), ("version" = i32, Path, description = "The version to restore")),
    request_body(content = Option<RestoreInput>, description = "Optional: `status` changes the visibility as well."), security(("bearer" = [])),
    responses((status = 200, description = "Restored as a new version.", body = MaterialBody)))]
/// The body is optional: `{"status": …}` changes the visibility as well; without it, it stays.
pub async fn restore(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, i32)>, body: web::Bytes) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let input = optional_json::<RestoreInput>(&req, &body)?;
    let material = materials::restore(&app, &actor, &path.0, path.1, input.status).await?;
    Ok(HttpResponse::Ok().json(MaterialBody::new(&app.config, &material)))
}

#[utoipa::path(get, path = "/materials/{id}/remix", tag = "materials", params(("id" = String, Path, description = "The material's id")), security((), ("bearer" = [])),
    responses((status = 200, description = "Which licences a remix may carry, or why none.", body = RemixOptions)))]
/// Which licences a remix may carry (or why none).
pub async fn remix_options(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let (material, allowed) = materials::remix_options(&app, viewer.as_ref(), &id).await?;
    let source_license = material.fields.license;
    Ok(HttpResponse::Ok().json(match allowed {
        Ok(licenses) => RemixOptions { source_license, remix_allowed: true, allowed_licenses: licenses, reason: None },
        Err(reason) => RemixOptions { source_license, remix_allowed: false, allowed_licenses: Vec::new(), reason: Some(reason.to_string()) },
    }))
}

#[utoipa::path(post, path = "/materials/{id}/remix", tag = "materials", params(("id" = String, Path, description = "The material to remix")),
    request_body(content = Option<RemixInput>, description = "Optional; without it a draft remix under the source's licence."), security(("bearer" = [])),
    responses((status = 201, description = "The remix, a draft of the caller's, crediting its sources.", body = MaterialBody)))]
/// The body is optional (a remix with the defaults), but one that is sent must be JSON.
pub async fn remix(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Bytes) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let input = optional_json::<RemixInput>(&req, &body)?;
    let material = materials::remix(&app, &actor, &id, input).await?;
    Ok(HttpResponse::Created().insert_header(("Location", material.url.clone())).json(MaterialBody::new(&app.config, &material)))
}

#[utoipa::path(post, path = "/materials/{id}/translate", tag = "materials", params(("id" = String, Path, description = "The material to translate")),
    request_body(content = TranslateInput, description = "The language to translate into, and optionally a title, licence, status and adaptation notes."),
    security(("bearer" = [])),
    responses((status = 201, description = "The translation, a draft of the caller's: a remix in the new language, linked to its original.", body = MaterialBody)))]
/// A translation is a remix (the original's licence must allow adaptations), in another language.
pub async fn translate(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Bytes) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let input = optional_json::<TranslateInput>(&req, &body)?;
    let material = translations::translate(&app, &actor, &id, input).await?;
    Ok(HttpResponse::Created().insert_header(("Location", material.url.clone())).json(MaterialBody::new(&app.config, &material)))
}

/// The body of an upload, for the OpenAPI description only (the parts are read as a stream).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct UploadForm {
    /// A file (any field name; each part with a file name).
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// What an upload made: the attachment, or all of them when several files were sent.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
#[schema(as = Uploaded)]
pub enum UploadedBody {
    One(AttachmentBody),
    Many { items: Vec<AttachmentBody> },
}

/// Whether a material may be remixed, and under which licences.
#[derive(Debug, Serialize, ToSchema)]
pub struct RemixOptions {
    source_license: crate::domain::license::License,
    remix_allowed: bool,
    allowed_licenses: Vec<crate::domain::license::License>,
    /// Why a remix is not allowed (a no-derivatives licence).
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}
