//! `/api/v1/case-studies`: create, read, edit, delete, versions.

use actix_web::{web, HttpRequest, HttpResponse};

use super::{json, optional_json, HiddenBody, PageQuery, RestoreInput};
use crate::app::case_studies;
use crate::app::App;
use crate::domain::case_study::CaseStudyInput;
use crate::http::auth::{bearer_actor, require_bearer};
use crate::http::error::ApiResult;

pub async fn list(app: web::Data<App>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let paged = case_studies::list(&app, None, query.page()).await?;
    Ok(HttpResponse::Ok().json(json::paged(&paged, |m| json::case_study(&app.config, m))))
}

pub async fn create(app: web::Data<App>, req: HttpRequest, body: web::Json<CaseStudyInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let case_study = case_studies::create(&app, &actor, body.into_inner()).await?;
    Ok(HttpResponse::Created().insert_header(("Location", case_study.url.clone())).json(json::case_study(&app.config, &case_study)))
}

pub async fn show(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let case_study = case_studies::get(&app, viewer.as_ref(), &id).await?;
    let mut body = json::case_study(&app.config, &case_study);
    body["likes"] = serde_json::json!(crate::app::reactions::like_count(&app, crate::domain::ContentKind::CaseStudy, &case_study.id).await?);
    Ok(HttpResponse::Ok().json(body))
}

pub async fn update(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<CaseStudyInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let case_study = case_studies::update(&app, &actor, &id, body.into_inner(), "edited").await?;
    Ok(HttpResponse::Ok().json(json::case_study(&app.config, &case_study)))
}

pub async fn delete(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    case_studies::delete(&app, &actor, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

pub async fn set_hidden(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<HiddenBody>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let case_study = case_studies::set_hidden(&app, &actor, &id, body.hidden).await?;
    Ok(HttpResponse::Ok().json(json::case_study(&app.config, &case_study)))
}

pub async fn versions(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let paged = case_studies::versions(&app, viewer.as_ref(), &id, query.page()).await?;
    Ok(HttpResponse::Ok().json(json::paged(&paged, json::version)))
}

pub async fn version(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, i32)>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let (case_study, info) = case_studies::version(&app, viewer.as_ref(), &path.0, path.1).await?;
    let mut body = json::case_study(&app.config, &case_study);
    body["version_info"] = json::version(&info);
    Ok(HttpResponse::Ok().json(body))
}

/// The body is optional: `{"status": …}` changes the visibility as well; without it, it stays.
pub async fn restore(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, i32)>, body: web::Bytes) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let input = optional_json::<RestoreInput>(&req, &body)?;
    let case_study = case_studies::restore(&app, &actor, &path.0, path.1, input.status).await?;
    Ok(HttpResponse::Ok().json(json::case_study(&app.config, &case_study)))
}
