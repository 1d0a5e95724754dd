//! `/api/v1/materials`: create, read, edit, delete, versions, attachments, remix.

use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::json;

use super::{json, optional_json, HiddenBody, PageQuery, RestoreInput};
use crate::app::materials::{self, RemixInput};
use crate::app::{attachments, App, AppError};
use crate::domain::material::MaterialInput;
use crate::http::auth::{bearer_actor, require_bearer};
use crate::http::error::ApiResult;
use crate::http::form::{read_form, FormRules};

pub async fn list(app: web::Data<App>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let paged = materials::list(&app, None, query.page()).await?;
    Ok(HttpResponse::Ok().json(json::paged(&paged, |m| json::material(&app.config, m))))
}

pub async fn create(app: web::Data<App>, req: HttpRequest, body: web::Json<MaterialInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let material = materials::create(&app, &actor, body.into_inner()).await?;
    Ok(HttpResponse::Created().insert_header(("Location", material.url.clone())).json(json::material(&app.config, &material)))
}

pub async fn show(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let material = materials::get(&app, viewer.as_ref(), &id).await?;
    let mut body = json::material(&app.config, &material);
    body["likes"] = json!(crate::app::reactions::like_count(&app, crate::domain::ContentKind::Material, &material.id).await?);
    Ok(HttpResponse::Ok().json(body))
}

pub async fn update(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<MaterialInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let material = materials::update(&app, &actor, &id, body.into_inner(), "edited").await?;
    Ok(HttpResponse::Ok().json(json::material(&app.config, &material)))
}

pub async fn delete(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    materials::delete(&app, &actor, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn set_hidden(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<HiddenBody>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let material = materials::set_hidden(&app, &actor, &id, body.hidden).await?;
    Ok(HttpResponse::Ok().json(json::material(&app.config, &material)))
}

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
    let mut created: Vec<_> = attachments::add_attachments(&app, &actor, &id, uploads).await?.iter().map(json::attachment).collect();
    let body = if created.len() == 1 { created.remove(0) } else { json!({ "items": created }) };
    Ok(HttpResponse::Created().json(body))
}

pub async fn remove_attachment(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, String)>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    attachments::remove_attachment(&app, &actor, &path.0, &path.1).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn versions(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let paged = materials::versions(&app, viewer.as_ref(), &id, query.page()).await?;
    Ok(HttpResponse::Ok().json(json::paged(&paged, json::version)))
}

pub async fn version(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, i32)>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let (material, info) = materials::version(&app, viewer.as_ref(), &path.0, path.1).await?;
    let mut body = json::material(&app.config, &material);
    body["version_info"] = json::version(&info);
    Ok(HttpResponse::Ok().json(body))
}

/// The body is optional: `{"status": …}` changes the visibility as well; without it, it stays.
pub async fn restore(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, i32)>, body: web::Bytes) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let input = optional_json::<RestoreInput>(&req, &body)?;
    let material = materials::restore(&app, &actor, &path.0, path.1, input.status).await?;
    Ok(HttpResponse::Ok().json(json::material(&app.config, &material)))
}

/// Which licences a remix may carry (or why none).
pub async fn remix_options(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let (material, allowed) = materials::remix_options(&app, viewer.as_ref(), &id).await?;
    Ok(HttpResponse::Ok().json(match allowed {
        Ok(licenses) => json!({ "source_license": material.fields.license.spdx(), "remix_allowed": true, "allowed_licenses": licenses.iter().map(|l| l.spdx()).collect::<Vec<_>>() }),
        Err(reason) => json!({ "source_license": material.fields.license.spdx(), "remix_allowed": false, "allowed_licenses": [], "reason": reason.to_string() }),
    }))
}

/// The body is optional (a remix with the defaults), but one that is sent must be JSON.
pub async fn remix(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Bytes) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let input = optional_json::<RemixInput>(&req, &body)?;
    let material = materials::remix(&app, &actor, &id, input).await?;
    Ok(HttpResponse::Created().insert_header(("Location", material.url.clone())).json(json::material(&app.config, &material)))
}
