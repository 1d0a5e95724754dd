//! `/oai`: the OAI-PMH endpoint. A request is a query string (GET) or the same as a form
//! (POST); the answer is always an OAI-PMH document, protocol errors included.

use actix_web::{web, HttpRequest, HttpResponse};

use super::error::ApiResult;
use crate::app::App;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/oai", web::get().to(get)).route("/oai", web::post().to(post));
}

/// The arguments in the order given, repeats kept (a repeated argument is an error to report).
fn arguments(encoded: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(encoded).into_owned().collect()
}

async fn get(app: web::Data<App>, request: HttpRequest) -> ApiResult<HttpResponse> {
    respond(&app, arguments(request.query_string().as_bytes())).await
}

async fn post(app: web::Data<App>, body: web::Bytes) -> ApiResult<HttpResponse> {
    respond(&app, arguments(&body)).await
}

async fn respond(app: &App, arguments: Vec<(String, String)>) -> ApiResult<HttpResponse> {
    let document = crate::app::oai::answer(app, arguments).await?;
    Ok(HttpResponse::Ok().content_type("text/xml; charset=utf-8").body(document))
}
