//! Likes and reports over the API: `PUT/DELETE /{kind}/{id}/like`, `POST /{kind}/{id}/report`,
//! and the moderators' `GET /admin/reports`, `PUT /admin/reports/{id}`.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::app::reactions as uc;
use crate::app::App;
use crate::domain::ContentKind;
use crate::http::auth::require_bearer;
use crate::http::error::ApiResult;

/// The kind of content a path names.
fn kind_of(req: &HttpRequest) -> ContentKind {
    ContentKind::of_path(req.path())
}

pub async fn like(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let likes = uc::like(&app, &who, kind_of(&req), &id).await?;
    Ok(HttpResponse::Ok().json(json!({ "likes": likes, "liked": true })))
}

pub async fn unlike(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let likes = uc::unlike(&app, &who, kind_of(&req), &id).await?;
    Ok(HttpResponse::Ok().json(json!({ "likes": likes, "liked": false })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportBody {
    #[serde(default)]
    comment: String,
}

pub async fn report(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<ReportBody>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let row = uc::report(&app, &who, kind_of(&req), &id, &body.comment).await?;
    Ok(HttpResponse::Created().json(json!({ "id": row.id, "object_url": row.object_url, "state": row.state })))
}

#[derive(Deserialize)]
pub struct ReportsQuery {
    state: Option<String>,
}

pub async fn reports(app: web::Data<App>, req: HttpRequest, query: web::Query<ReportsQuery>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let list = uc::reports(&app, &who, query.state.as_deref().unwrap_or(uc::OPEN)).await?;
    let items: Vec<_> = list
        .iter()
        .map(|v| {
            json!({
                "id": v.report.id,
                "kind": v.report.kind,
                "content_id": v.report.content_id,
                "object_url": v.report.object_url,
                "comment": v.report.comment,
                "state": v.report.state,
                "reporter": { "url": v.reporter.ap_id, "host": v.reporter.host, "local": v.reporter.local },
                "created_at": v.report.created_at.and_utc().to_rfc3339(),
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "total": items.len(), "items": items })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportStateBody {
    state: String,
}

pub async fn set_report_state(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<ReportStateBody>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let resolved = match body.state.as_str() {
        uc::RESOLVED => true,
        uc::OPEN => false,
        _ => return Err(crate::app::AppError::bad_request("unknown_state", "state must be open or resolved").into()),
    };
    uc::set_report_state(&app, &who, &id, resolved).await?;
    Ok(HttpResponse::NoContent().finish())
}
