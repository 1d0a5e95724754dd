//! `POST /api/v1/auth/token` (password → bearer token), `GET /api/v1/me` and its export.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::app::{accounts, App};
use crate::http::auth::{client_addr, require_bearer};
use crate::http::error::ApiResult;

/// Credentials; `Debug` is hand-written so the password never reaches a log.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    username: String,
    password: String,
    #[serde(default)]
    label: Option<String>,
}

impl std::fmt::Debug for TokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenRequest").field("username", &self.username).finish_non_exhaustive()
    }
}

pub async fn token(app: web::Data<App>, req: HttpRequest, body: web::Json<TokenRequest>) -> ApiResult<HttpResponse> {
    let user = accounts::sign_in(&app, &client_addr(&app, &req), &body.username, &body.password).await?;
    let label = body.label.clone().unwrap_or_else(|| "API".to_owned());
    let token = accounts::issue_token(&app, &user.id, &label).await?;
    Ok(HttpResponse::Created().json(json!({ "token": token, "token_type": "Bearer", "expires_in_days": accounts::TOKEN_DAYS, "username": user.username })))
}

pub async fn me(app: web::Data<App>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    Ok(HttpResponse::Ok().json(json!({
        "id": actor.id, "username": actor.username, "display_name": actor.display_name, "role": actor.role,
        "url": app.config.user_url(&actor.username),
    })))
}

/// `GET /api/v1/me/export`: everything about the account, as a ZIP archive.
pub async fn export(app: web::Data<App>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let export = crate::app::account_export::export(&app, &actor).await?;
    Ok(crate::http::archive::download(&req, export)?)
}

/// What `DELETE /api/v1/me` needs: the password, and what happens to published work.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeleteRequest {
    password: String,
    /// `delete` or `keep`.
    published: String,
    #[serde(default)]
    keep_name: String,
}

/// `DELETE /api/v1/me`: deletes the account (204).
pub async fn delete(app: web::Data<App>, req: HttpRequest, body: web::Json<DeleteRequest>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let published = crate::app::account_deletion::PublishedWork::parse(&body.published, &body.keep_name).map_err(crate::app::AppError::Validation)?;
    crate::app::account_deletion::delete_account(&app, &actor, &client_addr(&app, &req), &body.password, published).await?;
    Ok(HttpResponse::NoContent().finish())
}
