//! HTTP: the JSON API (`api`) and the HTML pages (`pages`), with security headers and
//! one log line per request. Handlers are thin: parse → use case → render.

pub mod api;
pub mod archive;
pub mod auth;
pub mod case;
pub mod error;
pub mod federation;
pub mod federation_error;
pub mod form;
pub mod oai;
pub mod pages;

use std::net::TcpListener;
use std::time::Instant;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Server, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::Method;
use actix_web::http::StatusCode;
use actix_web::middleware::{from_fn, Compress, Next};
use actix_web::{web, App as ActixApp, HttpServer};

use activitypub_federation::config::{FederationConfig, FederationMiddleware};

use crate::app::App;
use error::json_error;

/// Pages may load only our own CSS and images; no script at all, no framing, no third parties.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Starts serving on an already-bound listener (tests bind port 0).
pub fn serve(app: App, federation: FederationConfig<App>, listener: TcpListener, workers: usize) -> std::io::Result<Server> {
    let json_limit = json_limit(&app.config.limits);
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
            // Innermost: the router sees a HEAD as a GET.
            .wrap(from_fn(head_as_get))
            .wrap(FederationMiddleware::new(federation.clone()))
            .wrap(from_fn(edge_guard))
            .wrap(Compress::default())
            .wrap(from_fn(files_uncompressed))
            .wrap(from_fn(security_headers))
            .wrap(from_fn(log_request))
            .configure(federation::routes)
            .configure(api::routes)
            .configure(oai::routes)
            .configure(case::routes)
            .configure(pages::routes)
    })
    .workers(workers)
    .listen(listener)?
    .run();
    Ok(server)
}

/// `HEAD` is answered wherever `GET` is (uptime monitors and link checkers use it): the request
/// is routed as a `GET`, and actix-http, which remembers that the request was a `HEAD`, sends
/// the headers (with the body's length) and no body.
async fn head_as_get(mut req: ServiceRequest, next: Next<impl MessageBody>) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if req.method() == Method::HEAD {
        req.head_mut().method = Method::GET;
    }
    next.call(req).await
}

/// Uploaded files are sent as they are: most are compressed already (PDF, Office, images), and
/// compressing a large download would cost the node CPU for nothing. Pages, CSS and JSON are
/// compressed (gzip or brotli) when the client asks.
async fn files_uncompressed(mut req: ServiceRequest, next: Next<impl MessageBody>) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if is_attachment_download(req.path()) {
        req.headers_mut().remove(header::ACCEPT_ENCODING);
    }
    next.call(req).await
}

/// `/materials/{id}/files/{attachment}`.
fn is_attachment_download(path: &str) -> bool {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    matches!(parts.as_slice(), ["materials", _, "files", _])
}

/// JSON bodies: the Markdown body plus room for the other fields (as forms).
fn json_limit(limits: &crate::domain::Limits) -> usize {
    form::FormRules::text_limit_for(limits)
}

/// Longest request target (path and query) we accept.
pub const MAX_URI_BYTES: usize = 8 * 1024;

/// Refuses, before any handler runs and in the JSON error shape, what no handler should see:
/// an overlong request target (414), and a NUL character in the path, the query or a JSON body
/// (400 `invalid_characters`). PostgreSQL cannot store NUL and SQLite truncates at it, so it is
/// refused the same way whichever database a node runs on. Forms are checked as they are read
/// (`form.rs`); JSON bodies are read here, within the JSON limit, and handed on unchanged.
async fn edge_guard(mut req: ServiceRequest, next: Next<impl MessageBody>) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let target = req.uri().path_and_query().map(|pq| pq.as_str()).unwrap_or_default();
    if target.len() > MAX_URI_BYTES {
        let message = format!("The request's address is longer than {MAX_URI_BYTES} bytes.");
        return Ok(req.into_response(json_error(StatusCode::URI_TOO_LONG, "uri_too_long", &message)).map_into_right_body());
    }
    if target.to_ascii_lowercase().contains("%00") {
        return Ok(req.into_response(nul_refused()).map_into_right_body());
    }
    if has_json_body(req.headers()) {
        // Inboxes take activities of at most 1 MiB; the API takes JSON as large as its forms.
        let json_limit = match req.path().ends_with("/inbox") {
            true => federation::MAX_ACTIVITY_BYTES,
            false => req.app_data::<web::Data<App>>().map_or(0, |app| json_limit(&app.config.limits)),
        };
        let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<usize>().ok());
        if declared.is_some_and(|n| n > json_limit) {
            let message = format!("The request is too large; the limit is {json_limit} bytes.");
            return Ok(req.into_response(json_error(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", &message)).map_into_right_body());
        }
        let mut payload = req.parts_mut().1.take();
        let mut body = web::BytesMut::new();
        while let Some(chunk) = futures_util::StreamExt::next(&mut payload).await {
            let Ok(chunk) = chunk else {
                let response = json_error(StatusCode::BAD_REQUEST, "invalid_body", "Could not read the request body.");
                return Ok(req.into_response(response).map_into_right_body());
            };
            if body.len() + chunk.len() > json_limit {
                let message = format!("The request is too large; the limit is {json_limit} bytes.");
                return Ok(req.into_response(json_error(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", &message)).map_into_right_body());
            }
            body.extend_from_slice(&chunk);
        }
        if json_has_nul(&body) {
            return Ok(req.into_response(nul_refused()).map_into_right_body());
        }
        req.set_payload(actix_web::dev::Payload::from(body.freeze()));
    }
    Ok(next.call(req).await?.map_into_left_body())
}

/// Whether a request says its body is JSON (`application/json`, `application/activity+json`, …).
pub fn has_json_body(headers: &header::HeaderMap) -> bool {
    headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.to_ascii_lowercase().contains("json"))
}

fn nul_refused() -> actix_web::HttpResponse {
    json_error(StatusCode::BAD_REQUEST, "invalid_characters", "The request contains a NUL character, which no field may contain.")
}

/// Whether JSON text holds a NUL: as the escape `\u0000`, or raw (which is invalid JSON anyway).
/// An escaped backslash (`\\u0000`, the six characters) is not a NUL.
pub fn json_has_nul(body: &[u8]) -> bool {
    let mut index = 0;
    while index < body.len() {
        match body[index] {
            0 => return true,
            b'\\' => {
                if body.get(index + 1) == Some(&b'u') && body.get(index + 2..index + 6) == Some(b"0000".as_slice()) {
                    return true;
                }
                index += 2;
            }
            _ => index += 1,
        }
    }
    false
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
