//! `/api/v1/case-studies`: create, read, edit, delete, versions.

use actix_web::{web, HttpRequest, HttpResponse};

use super::json::{CaseStudyBody, CaseStudyPage, VersionBody, VersionPage};
use super::{optional_json, HiddenBody, PageQuery, RestoreInput};
use crate::app::case_studies;
use crate::app::App;
use crate::domain::case_study::CaseStudyInput;
use crate::http::auth::{bearer_actor, require_bearer};
use crate::http::error::ApiResult;

#[utoipa::path(get, path = "/case-studies", tag = "case-studies", params(PageQuery),
    responses((status = 200, description = "Public case studies made here, newest first.", body = CaseStudyPage)))]
pub async fn list(app: web::Data<App>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let paged = case_studies::list(&app, None, query.page()).await?;
    Ok(HttpResponse::Ok().json(CaseStudyPage::new(&paged, |c| CaseStudyBody::new(&app.config, c))))
}

#[utoipa::path(post, path = "/case-studies", tag = "case-studies", request_body = CaseStudyInput, security(("bearer" = [])),
    responses((status = 201, description = "Created; `Location` is its page.", body = CaseStudyBody)))]
pub async fn create(app: web::Data<App>, req: HttpRequest, body: web::Json<CaseStudyInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let case_study = case_studies::create(&app, &actor, body.into_inner()).await?;
    Ok(HttpResponse::Created().insert_header(("Location", case_study.url.clone())).json(CaseStudyBody::new(&app.config, &case_study)))
}

#[utoipa::path(get, path = "/case-studies/{id}", tag = "case-studies", params(("id" = String, Path, description = "The case study's id")), security((), ("bearer" = [])),
    responses((status = 200, description = "The case study, with `likes`.", body = CaseStudyBody)))]
pub async fn show(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let case_study = case_studies::get(&app, viewer.as_ref(), &id).await?;
    let mut body = CaseStudyBody::new(&app.config, &case_study);
    body.likes = Some(crate::app::reactions::like_count(&app, crate::domain::ContentKind::CaseStudy, &case_study.id).await?);
    body.quality_mark = crate::app::quality::mark_of(&app, crate::domain::ContentKind::CaseStudy, &case_study.id)
        .await?
        .map(|m| super::json::QualityMarkBody::new(&app.config, &m));
    Ok(HttpResponse::Ok().json(body))
}

#[utoipa::path(patch, path = "/case-studies/{id}", tag = "case-studies", params(("id" = String, Path, description = "The case study's id")), request_body = CaseStudyInput, security(("bearer" = [])),
    responses((status = 200, description = "Fields present replace the stored ones; a new version.", body = CaseStudyBody)))]
pub async fn update(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<CaseStudyInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let case_study = case_studies::update(&app, &actor, &id, body.into_inner(), "edited").await?;
    Ok(HttpResponse::Ok().json(CaseStudyBody::new(&app.config, &case_study)))
}

#[utoipa::path(delete, path = "/case-studies/{id}", tag = "case-studies", params(("id" = String, Path, description = "The case study's id")), security(("bearer" = [])),
    responses((status = 204, description = "Deleted.")))]
pub async fn delete(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    case_studies::delete(&app, &actor, &id).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(put, path = "/case-studies/{id}/hidden", tag = "moderation", params(("id" = String, Path, description = "The case study's id")), request_body = HiddenBody, security(("bearer" = [])),
    responses((status = 200, description = "Hidden or shown again (moderators).", body = CaseStudyBody)))]
pub async fn set_hidden(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<HiddenBody>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let case_study = case_studies::set_hidden(&app, &actor, &id, body.hidden).await?;
    Ok(HttpResponse::Ok().json(CaseStudyBody::new(&app.config, &case_study)))
}

#[utoipa::path(get, path = "/case-studies/{id}/versions", tag = "case-studies", params(("id" = String, Path, description = "The case study's id"), PageQuery), security((), ("bearer" = [])),
    responses((status = 200, description = "Its history, newest first.", body = VersionPage)))]
pub async fn versions(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let paged = case_studies::versions(&app, viewer.as_ref(), &id, query.page()).await?;
    Ok(HttpResponse::Ok().json(VersionPage::new(&paged, VersionBody::new)))
}

#[utoipa::path(get, path = "/case-studies/{id}/versions/{version}", tag = "case-studies",
    params(("id" = String, Path, description = "The case study's id"), ("version" = i32, Path, description = "The version number, from 1")), security((), ("bearer" = [])),
    responses((status = 200, description = "The case study as it was, with `version_info`.", body = CaseStudyBody)))]
pub async fn version(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, i32)>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    let (case_study, info) = case_studies::version(&app, viewer.as_ref(), &path.0, path.1).await?;
    let mut body = CaseStudyBody::new(&app.config, &case_study);
    body.version_info = Some(VersionBody::new(&info));
    Ok(HttpResponse::Ok().json(body))
}

#[utoipa::path(post, path = "/case-studies/{id}/versions/{version}/restore", tag = "case-studies",
    params(("id" = String, Path, description = "The case study's id"), ("version" = i32, Path, description = "The version to restore")),
    request_body(content = Option<RestoreInput>, description = "Optional: `status` changes the visibility as well."), security(("bearer" = [])),
    responses((status = 200, description = "Restored as a new version.", body = CaseStudyBody)))]
/// The body is optional: `{"status": …}` changes the visibility as well; without it, it stays.
pub async fn restore(app: web::Data<App>, req: HttpRequest, path: web::Path<(String, i32)>, body: web::Bytes) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let input = optional_json::<RestoreInput>(&req, &body)?;
    let case_study = case_studies::restore(&app, &actor, &path.0, path.1, input.status).await?;
    Ok(HttpResponse::Ok().json(CaseStudyBody::new(&app.config, &case_study)))
}
