//! The IMS CASE 1.0 provider endpoints (`/ims/case/v1p0/…`): the frameworks imported here as
//! CASE JSON. An unknown id gets CASE's own status document (`imsx_codeMinor` `unknownobject`)
//! with a 404, plus our usual `code` and `message`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde_json::{json, Value};

use super::error::ApiResult;
use crate::app::{case_provider, App, AppError, AppResult};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/ims/case/v1p0")
            .route("/CFDocuments", web::get().to(documents))
            .route("/CFDocuments/{id}", web::get().to(document))
            .route("/CFPackages/{id}", web::get().to(package))
            .route("/CFItems/{id}", web::get().to(item))
            .route("/CFAssociations/{id}", web::get().to(association)),
    );
}

/// The answer, or CASE's "unknown object" status for something not here.
fn answer(found: AppResult<Value>, id: &str) -> ApiResult<HttpResponse> {
    match found {
        Ok(value) => Ok(HttpResponse::Ok().insert_header(("cache-control", "public, max-age=300")).json(value)),
        Err(AppError::NotFound) => Ok(HttpResponse::build(StatusCode::NOT_FOUND).json(json!({
            "imsx_codeMajor": "failure",
            "imsx_severity": "error",
            "imsx_description": format!("No framework, item or association with sourcedId {id} is held here."),
            "imsx_codeMinor": { "imsx_codeMinorField": [{ "imsx_codeMinorFieldName": "sourcedId", "imsx_codeMinorFieldValue": "unknownobject" }] },
            "code": "not_found",
            "message": "No such CASE object on this node.",
        }))),
        Err(other) => Err(other.into()),
    }
}

async fn documents(app: web::Data<App>) -> ApiResult<HttpResponse> {
    let documents = case_provider::documents(&app).await?;
    Ok(HttpResponse::Ok().json(json!({ "CFDocuments": documents })))
}

async fn document(app: web::Data<App>, id: web::Path<String>) -> ApiResult<HttpResponse> {
    answer(case_provider::document(&app, &id).await, &id)
}

async fn package(app: web::Data<App>, id: web::Path<String>) -> ApiResult<HttpResponse> {
    answer(case_provider::package(&app, &id).await, &id)
}

async fn item(app: web::Data<App>, id: web::Path<String>) -> ApiResult<HttpResponse> {
    answer(case_provider::item(&app, &id).await, &id)
}

async fn association(app: web::Data<App>, id: web::Path<String>) -> ApiResult<HttpResponse> {
    answer(case_provider::association(&app, &id).await, &id)
}
