//! `/api/v1/quality`: this node's quality criteria and the content carrying its mark;
//! awarding and withdrawing the mark on a material or case study (moderators).

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::json::QualityMarkBody;
use crate::app::{quality, App};
use crate::domain::ContentKind;
use crate::http::auth::require_bearer;
use crate::http::error::ApiResult;

/// The criteria and the newest marked content.
#[derive(Debug, Serialize, ToSchema)]
pub struct QualityBody {
    /// As written (Markdown) and as shown (safe HTML); empty until an administrator publishes them.
    criteria: String,
    criteria_html: String,
    items: Vec<MarkedBody>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MarkedBody {
    /// `material` or `case_study`.
    kind: &'static str,
    title: String,
    url: String,
    mark: QualityMarkBody,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CriteriaInput {
    /// Markdown.
    criteria: String,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct AwardInput {
    /// Why, in a sentence.
    note: String,
}

async fn body(app: &App) -> ApiResult<QualityBody> {
    let criteria = quality::criteria(app).await?;
    let items = quality::marked(app, 100)
        .await?
        .into_iter()
        .map(|m| MarkedBody { kind: m.kind.as_str(), title: m.title, url: m.url, mark: QualityMarkBody::new(&app.config, &m.mark) })
        .collect();
    Ok(QualityBody { criteria: criteria.markdown, criteria_html: criteria.html, items })
}

#[utoipa::path(get, path = "/quality", tag = "moderation",
    responses((status = 200, description = "The criteria of this node's quality mark, and the newest content that carries it.", body = QualityBody)))]
pub async fn show(app: web::Data<App>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(body(&app).await?))
}

#[utoipa::path(put, path = "/quality/criteria", tag = "admin", request_body = CriteriaInput, security(("bearer" = [])),
    responses((status = 200, description = "Published (administrators); empty withdraws them.", body = QualityBody)))]
pub async fn set_criteria(app: web::Data<App>, req: HttpRequest, input: web::Json<CriteriaInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    quality::set_criteria(&app, &actor, &input.criteria).await?;
    Ok(HttpResponse::Ok().json(body(&app).await?))
}

/// The body is optional (`{"note": …}`); one that is there must be valid.
async fn award(app: &App, req: &HttpRequest, kind: ContentKind, id: &str, body: &web::Bytes) -> ApiResult<HttpResponse> {
    let actor = require_bearer(app, req).await?;
    let note = super::optional_json::<AwardInput>(req, body)?.note;
    let mark = quality::award(app, &actor, kind, id, &note).await?;
    Ok(HttpResponse::Ok().json(QualityMarkBody::new(&app.config, &mark)))
}

async fn withdraw(app: &App, req: &HttpRequest, kind: ContentKind, id: &str) -> ApiResult<HttpResponse> {
    let actor = require_bearer(app, req).await?;
    quality::withdraw(app, &actor, kind, id).await?;
    Ok(HttpResponse::NoContent().finish())
}

#[utoipa::path(put, path = "/materials/{id}/quality-mark", tag = "moderation", params(("id" = String, Path, description = "The material's id")),
    request_body(content = Option<AwardInput>, description = "Optional: a note on why."), security(("bearer" = [])),
    responses((status = 200, description = "Awarded (moderators); needs published criteria.", body = QualityMarkBody)))]
pub async fn award_material(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Bytes) -> ApiResult<HttpResponse> {
    award(&app, &req, ContentKind::Material, &id, &body).await
}

#[utoipa::path(delete, path = "/materials/{id}/quality-mark", tag = "moderation", params(("id" = String, Path, description = "The material's id")),
    security(("bearer" = [])), responses((status = 204, description = "Withdrawn.")))]
pub async fn withdraw_material(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    withdraw(&app, &req, ContentKind::Material, &id).await
}

#[utoipa::path(put, path = "/case-studies/{id}/quality-mark", tag = "moderation", params(("id" = String, Path, description = "The case study's id")),
    request_body(content = Option<AwardInput>, description = "Optional: a note on why."), security(("bearer" = [])),
    responses((status = 200, description = "Awarded (moderators); needs published criteria.", body = QualityMarkBody)))]
pub async fn award_case_study(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Bytes) -> ApiResult<HttpResponse> {
    award(&app, &req, ContentKind::CaseStudy, &id, &body).await
}

#[utoipa::path(delete, path = "/case-studies/{id}/quality-mark", tag = "moderation", params(("id" = String, Path, description = "The case study's id")),
    security(("bearer" = [])), responses((status = 204, description = "Withdrawn.")))]
pub async fn withdraw_case_study(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    withdraw(&app, &req, ContentKind::CaseStudy, &id).await
}
