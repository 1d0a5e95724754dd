//! `GET /api/v1/node`: what this node is.

use actix_web::{web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::{node, App};
use crate::domain::vocab::RegistrationMode;
use crate::http::error::ApiResult;

/// The software a node runs.
#[derive(Serialize, ToSchema)]
pub struct Software {
    name: &'static str,
    version: &'static str,
    repository: &'static str,
    license: &'static str,
}

/// How much the node holds.
#[derive(Serialize, ToSchema)]
pub struct NodeStats {
    materials: i64,
    case_studies: i64,
}

/// Where the API is.
#[derive(Serialize, ToSchema)]
pub struct ApiInfo {
    version: u32,
    base: String,
}

/// What this node is.
#[derive(Serialize, ToSchema)]
pub struct Node {
    name: String,
    description: String,
    url: String,
    software: Software,
    registration: RegistrationMode,
    /// The languages of the interface.
    languages: Vec<&'static str>,
    stats: NodeStats,
    api: ApiInfo,
}

#[utoipa::path(get, path = "/node", tag = "node", responses((status = 200, description = "What this node is.", body = Node)))]
pub async fn show(app: web::Data<App>) -> ApiResult<HttpResponse> {
    let info = node::info(&app).await?;
    Ok(HttpResponse::Ok().json(Node {
        name: info.name,
        description: info.description,
        url: app.config.public_url.clone(),
        software: Software {
            name: "deelwijs",
            version: env!("CARGO_PKG_VERSION"),
            repository: "https://example.invalid/deelwijs",
            license: "AGPL-3.0-or-later",
        },
        registration: info.registration_mode,
        languages: vec!["nl", "en"],
        stats: NodeStats { materials: info.materials, case_studies: info.case_studies },
        api: ApiInfo { version: 1, base: format!("{}/api/v1", app.config.public_url) },
    }))
}
