//! Likes and reports over the API: `PUT/DELETE /{kind}/{id}/like`, `POST /{kind}/{id}/report`,
//! and the moderators' `GET /admin/reports`, `PUT /admin/reports/{id}`.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::json::{list_of, rfc3339};
use crate::app::reactions as uc;
use crate::app::App;
use crate::domain::ContentKind;
use crate::http::auth::require_bearer;
use crate::http::error::ApiResult;

/// How many like a piece of content, and whether the caller does.
#[derive(Debug, Serialize, ToSchema)]
pub struct Likes {
    likes: i64,
    liked: bool,
}

async fn like(app: &App, req: &HttpRequest, kind: ContentKind, id: &str) -> ApiResult<HttpResponse> {
    let who = require_bearer(app, req).await?;
    let likes = uc::like(app, &who, kind, id).await?;
    Ok(HttpResponse::Ok().json(Likes { likes, liked: true }))
}

async fn unlike(app: &App, req: &HttpRequest, kind: ContentKind, id: &str) -> ApiResult<HttpResponse> {
    let who = require_bearer(app, req).await?;
    let likes = uc::unlike(app, &who, kind, id).await?;
    Ok(HttpResponse::Ok().json(Likes { likes, liked: false }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportBody {
    /// What is wrong, for the moderators (optional).
    #[serde(default)]
    comment: String,
}

/// A report as the reporter sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportReceipt {
    id: String,
    object_url: String,
    /// `open`.
    state: String,
}

async fn report(app: &App, req: &HttpRequest, kind: ContentKind, id: &str, body: &ReportBody) -> ApiResult<HttpResponse> {
    let who = require_bearer(app, req).await?;
    let row = uc::report(app, &who, kind, id, &body.comment).await?;
    Ok(HttpResponse::Created().json(ReportReceipt { id: row.id, object_url: row.object_url, state: row.state }))
}

/// The like, unlike and report handlers of one kind of content, each with its OpenAPI operation.
macro_rules! reactions_of {
    ($kind:expr, $tag:literal, $like:ident, $unlike:ident, $report:ident, $like_path:literal, $report_path:literal) => {
        #[utoipa::path(put, path = $like_path, tag = $tag, params(("id" = String, Path, description = "The content's id")), security(("bearer" = [])),
            responses((status = 200, description = "Liked (idempotent); its followers hear of it.", body = Likes)))]
        pub async fn $like(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
            like(&app, &req, $kind, &id).await
        }

        #[utoipa::path(delete, path = $like_path, tag = $tag, params(("id" = String, Path, description = "The content's id")), security(("bearer" = [])),
            responses((status = 200, description = "No longer liked (idempotent).", body = Likes)))]
        pub async fn $unlike(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
            unlike(&app, &req, $kind, &id).await
        }

        #[utoipa::path(post, path = $report_path, tag = $tag, params(("id" = String, Path, description = "The content's id")), request_body = ReportBody,
            security(("bearer" = [])), responses((status = 201, description = "Reported to the moderators here (and, for content from elsewhere, to its node).", body = ReportReceipt)))]
        pub async fn $report(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<ReportBody>) -> ApiResult<HttpResponse> {
            report(&app, &req, $kind, &id, &body).await
        }
    };
}

reactions_of!(ContentKind::Material, "materials", like_material, unlike_material, report_material, "/materials/{id}/like", "/materials/{id}/report");
reactions_of!(
    ContentKind::CaseStudy,
    "case-studies",
    like_case_study,
    unlike_case_study,
    report_case_study,
    "/case-studies/{id}/like",
    "/case-studies/{id}/report"
);
reactions_of!(
    ContentKind::Collection,
    "collections",
    like_collection,
    unlike_collection,
    report_collection,
    "/collections/{id}/like",
    "/collections/{id}/report"
);

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportsQuery {
    /// `open` (default) or `resolved`.
    state: Option<String>,
}

/// Who reported: an account here or an actor elsewhere.
#[derive(Debug, Serialize, ToSchema)]
pub struct Reporter {
    url: String,
    host: String,
    local: bool,
}

/// A report, as the moderators see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Report {
    id: String,
    /// `material`, `case_study` or `collection`, when the content is known here.
    kind: Option<String>,
    content_id: Option<String>,
    object_url: String,
    comment: String,
    /// `open` or `resolved`.
    state: String,
    reporter: Reporter,
    #[schema(format = DateTime)]
    created_at: String,
}

list_of!(
    /// Reports, newest first.
    ReportList,
    Report
);

#[utoipa::path(get, path = "/admin/reports", tag = "moderation", params(ReportsQuery), security(("bearer" = [])),
    responses((status = 200, description = "Reports in a state (moderators).", body = ReportList)))]
pub async fn reports(app: web::Data<App>, req: HttpRequest, query: web::Query<ReportsQuery>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    let list = uc::reports(&app, &who, query.state.as_deref().unwrap_or(uc::OPEN)).await?;
    let items: Vec<Report> = list
        .into_iter()
        .map(|v| Report {
            id: v.report.id,
            kind: v.report.kind,
            content_id: v.report.content_id,
            object_url: v.report.object_url,
            comment: v.report.comment,
            state: v.report.state,
            reporter: Reporter { url: v.reporter.ap_id, host: v.reporter.host, local: v.reporter.local },
            created_at: rfc3339(v.report.created_at),
        })
        .collect();
    Ok(HttpResponse::Ok().json(ReportList::from(items)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportStateBody {
    /// `open` or `resolved`.
    #[schema(pattern = "^(open|resolved)$")]
    state: String,
}

#[utoipa::path(put, path = "/admin/reports/{id}", tag = "moderation", params(("id" = String, Path, description = "The report's id")), request_body = ReportStateBody,
    security(("bearer" = [])), responses((status = 204, description = "The report's state set (moderators).")))]
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
