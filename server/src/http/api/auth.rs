//! `POST /api/v1/auth/token` (password → bearer token), `GET /api/v1/me` and its export.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::{accounts, App};
use crate::http::auth::{client_addr, require_bearer};
use crate::http::error::ApiResult;

/// Credentials; `Debug` is hand-written so the password never reaches a log.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    username: String,
    password: String,
    /// A name for the token, shown on the account page (default `API`).
    #[serde(default)]
    label: Option<String>,
}

impl std::fmt::Debug for TokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenRequest").field("username", &self.username).finish_non_exhaustive()
    }
}

#[utoipa::path(post, path = "/auth/token", tag = "account", request_body = TokenRequest,
    responses((status = 201, description = "A bearer token for the account (wrong passwords are rate limited: 429 with `Retry-After`).", body = Token)))]
pub async fn token(app: web::Data<App>, req: HttpRequest, body: web::Json<TokenRequest>) -> ApiResult<HttpResponse> {
    let user = accounts::sign_in(&app, &client_addr(&app, &req), &body.username, &body.password).await?;
    let label = body.label.clone().unwrap_or_else(|| "API".to_owned());
    let token = accounts::issue_token(&app, &user.id, &label).await?;
    Ok(HttpResponse::Created().json(Token { token, token_type: "Bearer".to_owned(), expires_in_days: accounts::TOKEN_DAYS, username: user.username }))
}

#[utoipa::path(get, path = "/me", tag = "account", security(("bearer" = [])), responses((status = 200, description = "The token's account.", body = Me)))]
pub async fn me(app: web::Data<App>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let url = app.config.user_url(&actor.username);
    Ok(HttpResponse::Ok().json(Me { id: actor.id, username: actor.username, display_name: actor.display_name, role: actor.role, url }))
}

#[utoipa::path(get, path = "/me/export", tag = "account", security(("bearer" = [])),
    responses((status = 200, description = "Everything about the account (GDPR art. 15 and 20): JSON files and attachments.", content_type = "application/zip", body = Vec<u8>)))]
/// Everything about the account, as a ZIP archive.
pub async fn export(app: web::Data<App>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let export = crate::app::account_export::export(&app, &actor).await?;
    Ok(crate::http::archive::download(&req, export)?)
}

/// What `DELETE /api/v1/me` needs: the password, and what happens to published work.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteRequest {
    password: String,
    /// `delete`: published work goes too; `keep`: it stays, credited to `keep_name` (or no name).
    #[schema(pattern = "^(delete|keep)$")]
    published: String,
    #[serde(default)]
    keep_name: String,
}

#[utoipa::path(delete, path = "/me", tag = "account", request_body = DeleteRequest, security(("bearer" = [])),
    responses((status = 204, description = "The account is deleted; what it published goes or stays, as asked.")))]
/// Deletes the account.
pub async fn delete(app: web::Data<App>, req: HttpRequest, body: web::Json<DeleteRequest>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let published = crate::app::account_deletion::PublishedWork::parse(&body.published, &body.keep_name).map_err(crate::app::AppError::Validation)?;
    crate::app::account_deletion::delete_account(&app, &actor, &client_addr(&app, &req), &body.password, published).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A new bearer token.
#[derive(Serialize, ToSchema)]
pub struct Token {
    /// Send as `Authorization: Bearer <token>`.
    token: String,
    /// `Bearer`.
    token_type: String,
    expires_in_days: i64,
    username: String,
}

/// The account a token belongs to.
#[derive(Serialize, ToSchema)]
pub struct Me {
    id: String,
    username: String,
    display_name: String,
    role: crate::domain::vocab::Role,
    url: String,
}
