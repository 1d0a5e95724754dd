//! Static assets embedded in the binary, and a health check.

use actix_web::http::header;
use actix_web::HttpResponse;

pub async fn style() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(deelwijs_frontend::assets::STYLE_CSS)
}

pub async fn favicon() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("image/svg+xml")
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(deelwijs_frontend::assets::FAVICON_SVG)
}

pub async fn icon_png() -> HttpResponse {
    HttpResponse::Ok().content_type("image/png").insert_header((header::CACHE_CONTROL, "public, max-age=86400")).body(deelwijs_frontend::assets::ICON_PNG)
}

pub async fn health() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}
