//! `GET /api/v1/node`: what this node is.

use actix_web::{web, HttpResponse};
use serde_json::json;

use crate::app::{node, App};
use crate::http::error::ApiResult;

pub async fn show(app: web::Data<App>) -> ApiResult<HttpResponse> {
    let info = node::info(&app).await?;
    Ok(HttpResponse::Ok().json(json!({
        "name": info.name,
        "description": info.description,
        "url": app.config.public_url,
        "software": { "name": "deelwijs", "version": env!("CARGO_PKG_VERSION"), "repository": "https://example.invalid/deelwijs", "license": "AGPL-3.0-or-later" },
        "registration": info.registration_mode.as_str(),
        "languages": ["nl", "en"],
        "stats": { "materials": info.materials, "case_studies": info.case_studies },
        "api": { "version": 1, "base": format!("{}/api/v1", app.config.public_url) },
    })))
}
