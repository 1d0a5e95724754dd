//! HTTP: the JSON API (`api`) and the HTML pages (`pages`), with security headers and
//! one log line per request. Handlers are thin: parse → use case → render.

pub mod api;
pub mod auth;
pub mod error;
pub mod federation;
pub mod form;
pub mod pages;

use std::net::TcpListener;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::middleware::{from_fn, Next};
use actix_web::{web, App as ActixApp, HttpServer};

use activitypub_federation::config::{FederationConfig, FederationMiddleware};

use crate::app::App;
use error::json_error;

/// Pages may load only our own CSS and images; no script at all, no framing, no third parties.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Starts serving on an already-bound listener (tests bind port 0).
pub fn serve(app: App, federation: FederationConfig<App>, listener: TcpListener, workers: usize) -> std::io::Result<Server> {
    let limits = app.config.limits.clone();
    // JSON bodies: the Markdown body plus room for the other fields.
    let json_limit = limits.max_body_bytes.saturating_mul(6).saturating_add(64 * 1024);
    let data = web::Data::new(app);
    let server = HttpServer::new(move || {
        ActixApp::new()
            .app_data(data.clone())
            .app_data(web::JsonConfig::default().limit(json_limit).error_handler(|err, _req| {
                let (status, code) = match &err {
                    actix_web::error::JsonPayloadError::OverflowKnownLength { .. } | actix_web::error::JsonPayloadError::Overflow { .. } => {
                        (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large")
                    }
                    actix_web::error::JsonPayloadError::ContentType => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "expected_json"),
                    _ => (StatusCode::BAD_REQUEST, "invalid_json"),
                };
                let message = format!("The request body is not acceptable JSON: {err}");
                actix_web::error::InternalError::from_response(err, json_error(status, code, &message)).into()
            }))
            .app_data(web::PathConfig::default().error_handler(|err, _req| {
                let response = json_error(StatusCode::NOT_FOUND, "not_found", "No such resource.");
                actix_web::error::InternalError::from_response(err, response).into()
            }))
            .app_data(web::QueryConfig::default().error_handler(|err, _req| {
                let message = format!("Bad query string: {err}");
                let response = json_error(StatusCode::BAD_REQUEST, "invalid_query", &message);
                actix_web::error::InternalError::from_response(err, response).into()
            }))
            .wrap(FederationMiddleware::new(federation.clone()))
            .wrap(from_fn(security_headers))
            .wrap(from_fn(log_request))
            .configure(federation::routes)
            .configure(api::routes)
            .configure(pages::routes)
    })
    .workers(workers)
    .listen(listener)?
    .run();
    Ok(server)
}

/// One line per request: method, path (never the query, which may hold tokens), status, latency.
async fn log_request(req: ServiceRequest, next: Next<impl MessageBody>) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let (method, path) = (req.method().clone(), req.path().to_owned());
    let response = next.call(req).await?;
    tracing::info!(%method, %path, status = response.status().as_u16(), ms = %format_args!("{:.2}", started.elapsed().as_secs_f64() * 1000.0), "request");
    Ok(response)
}

async fn security_headers(req: ServiceRequest, next: Next<impl MessageBody>) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let mut response = next.call(req).await?;
    let headers = response.headers_mut();
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    }
    headers.insert(
        header::HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("interest-cohort=(), camera=(), microphone=(), geolocation=()"),
    );
    Ok(response)
}
