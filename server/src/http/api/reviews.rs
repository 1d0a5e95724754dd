//! Reviews over the API: `GET /materials/{id}/reviews`, and the caller's own review with
//! `PUT` and `DELETE /materials/{id}/review`.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use super::json::timestamp;
use crate::app::reviews::{self as uc, Reviews};
use crate::app::App;
use crate::domain::review::{ReviewInput, ReviewSummary};
use crate::domain::vocab::EducationLevel;
use crate::http::auth::{bearer_actor, require_bearer};
use crate::http::error::ApiResult;

/// A material's reviews summed up.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = ReviewSummary)]
pub struct ReviewSummaryBody {
    /// The average rating (1–5, one decimal); absent without reviews.
    pub average: Option<f64>,
    pub count: i64,
    /// How many reviewers used it in class.
    pub used_in_class: i64,
}

impl ReviewSummaryBody {
    pub fn new(summary: &ReviewSummary) -> ReviewSummaryBody {
        ReviewSummaryBody { average: summary.average, count: summary.count, used_in_class: summary.used_in_class }
    }
}

/// One review.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Review)]
pub struct ReviewBody {
    /// The review as an ActivityPub `Note` replying to the material.
    url: String,
    rating: i32,
    text: String,
    used_with_level: Option<EducationLevel>,
    reviewer: String,
    reviewer_url: String,
    /// The reviewer's node; empty for one here.
    node: String,
    /// Whether the caller wrote it.
    mine: bool,
    #[schema(format = DateTime)]
    updated_at: String,
}

/// A material's reviews: the summary and the latest (at most 100), newest first.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Reviews)]
pub struct ReviewsBody {
    summary: ReviewSummaryBody,
    items: Vec<ReviewBody>,
}

fn body(reviews: &Reviews) -> ReviewsBody {
    ReviewsBody {
        summary: ReviewSummaryBody::new(&reviews.summary),
        items: reviews
            .items
            .iter()
            .map(|r| ReviewBody {
                url: r.url.clone(),
                rating: r.rating,
                text: r.text.clone(),
                used_with_level: r.used_with,
                reviewer: r.reviewer.clone(),
                reviewer_url: r.reviewer_url.clone(),
                node: r.node.clone(),
                mine: r.mine,
                updated_at: timestamp(r.updated_at),
            })
            .collect(),
    }
}

#[utoipa::path(get, path = "/materials/{id}/reviews", tag = "reviews", params(("id" = String, Path, description = "The material's id")), security((), ("bearer" = [])),
    responses((status = 200, description = "The material's reviews, from this node and others.", body = ReviewsBody)))]
pub async fn list(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let viewer = bearer_actor(&app, &req).await?;
    Ok(HttpResponse::Ok().json(body(&uc::of_material(&app, viewer.as_ref(), &id).await?)))
}

#[utoipa::path(put, path = "/materials/{id}/review", tag = "reviews", params(("id" = String, Path, description = "The material's id")),
    request_body = ReviewInput, security(("bearer" = [])),
    responses((status = 200, description = "The caller's review is written (one per person; a second replaces the first); the reviews as they are now.", body = ReviewsBody)))]
pub async fn put(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, input: web::Json<ReviewInput>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    Ok(HttpResponse::Ok().json(body(&uc::review(&app, &who, &id, input.into_inner()).await?)))
}

#[utoipa::path(delete, path = "/materials/{id}/review", tag = "reviews", params(("id" = String, Path, description = "The material's id")),
    security(("bearer" = [])), responses((status = 200, description = "The caller's review is withdrawn; the reviews as they are now.", body = ReviewsBody)))]
pub async fn delete(app: web::Data<App>, req: HttpRequest, id: web::Path<String>) -> ApiResult<HttpResponse> {
    let who = require_bearer(&app, &req).await?;
    Ok(HttpResponse::Ok().json(body(&uc::withdraw(&app, &who, &id).await?)))
}
