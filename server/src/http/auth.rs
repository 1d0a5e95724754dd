//! Who is asking: API bearer tokens for `/api`, a session cookie for pages.

use actix_web::HttpRequest;

use crate::app::{accounts, Actor, App, AppError, AppResult};

pub const SESSION_COOKIE: &str = "deelwijs_session";
pub const CSRF_COOKIE: &str = "deelwijs_csrf";
pub const LANG_COOKIE: &str = "deelwijs_lang";
/// The education level a visitor last filtered search on: the home page shows it first.
pub const LEVEL_COOKIE: &str = "deelwijs_level";

/// The account behind `Authorization: Bearer <token>`, if any. A malformed or unknown
/// token is an error (not anonymous), so a client with a stale token finds out.
pub async fn bearer_actor(app: &App, req: &HttpRequest) -> AppResult<Option<Actor>> {
    let Some(header) = req.headers().get(actix_web::http::header::AUTHORIZATION) else { return Ok(None) };
    let token = header.to_str().ok().and_then(|h| h.strip_prefix("Bearer ")).map(str::trim).ok_or(AppError::Unauthenticated)?;
    match accounts::token_user(app, token).await? {
        Some(user) => Ok(Some(Actor::from_row(&user))),
        None => Err(AppError::Unauthenticated),
    }
}

/// The account behind the bearer token; required.
pub async fn require_bearer(app: &App, req: &HttpRequest) -> AppResult<Actor> {
    bearer_actor(app, req).await?.ok_or(AppError::Unauthenticated)
}

/// The account behind the session cookie, if it is live.
pub async fn session_actor(app: &App, req: &HttpRequest) -> AppResult<Option<Actor>> {
    let Some(cookie) = req.cookie(SESSION_COOKIE) else { return Ok(None) };
    Ok(accounts::session_user(app, cookie.value()).await?.map(|user| Actor::from_row(&user)))
}

/// The client's address, for throttling: the connection's peer, or behind our reverse proxy
/// (`--behind-proxy`) the last `X-Forwarded-For` entry, the one the proxy itself added
/// (earlier entries come from the client and can be anything).
pub fn client_addr(app: &App, req: &HttpRequest) -> String {
    if app.config.behind_proxy {
        let forwarded = req.headers().get_all("x-forwarded-for").filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).map(str::trim).last();
        if let Some(addr) = forwarded.filter(|a| !a.is_empty()) {
            return addr.to_owned();
        }
    }
    req.peer_addr().map(|a| a.ip().to_string()).unwrap_or_default()
}
