//! Signing in with a school's identity provider: `/sign-in/oidc/{provider}` sends the browser
//! to the provider, `/sign-in/oidc/{provider}/callback` comes back with a code; linking and
//! unlinking a provider on `/account`. Every failure is a page a teacher understands.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::views::ErrorPage;
use serde::Deserialize;

use super::{redirect, safe_local_path, Page};
use crate::app::account_deletion::PublishedWork;
use crate::app::identities::{self, LoginPurpose, NewLogin};
use crate::app::{accounts, new_secret, AppError, AppResult};
use crate::http::auth::SESSION_COOKIE;
use crate::oidc::{self, OidcError};

/// Binds a sign-in to the browser that began it (see `identities::NewLogin::browser`).
const BROWSER_COOKIE: &str = "deelwijs_oidc";

#[derive(Deserialize)]
pub struct StartQuery {
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

fn callback_url(page: &Page, provider: &str) -> String {
    format!("{}/sign-in/oidc/{provider}/callback", page.app.config.public_url)
}

/// `GET /sign-in/oidc/{provider}?next=/path`.
pub async fn start(page: Page, provider: web::Path<String>, query: web::Query<StartQuery>) -> HttpResponse {
    let next = safe_local_path(query.next.as_deref());
    begin(&page, &provider, &next, LoginPurpose::SignIn).await
}

/// `POST /account/identities/{provider}/link`: the same round trip, to link the provider to the
/// signed-in account (a form with its CSRF token, so no other site can start it).
pub async fn link(page: Page, req: HttpRequest, provider: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let actor = match page.actor() {
        Ok(actor) => actor.clone(),
        Err(error) => return page.respond(Err(error)),
    };
    if let Err(error) = page.form(&req, payload).await {
        return page.respond(Err(error));
    }
    begin(&page, &provider, "/account", LoginPurpose::Link(&actor.id)).await
}

/// Sends a signed-in account without a password to its provider to confirm deleting itself
/// (`payload`: what becomes of its work).
pub(super) async fn confirm_deletion(page: &Page, provider: &str, user_id: &str, payload: &str) -> HttpResponse {
    begin(page, provider, "/", LoginPurpose::Delete { user_id, payload }).await
}

async fn begin(page: &Page, provider_id: &str, next: &str, purpose: LoginPurpose<'_>) -> HttpResponse {
    let provider = match identities::provider(&page.app, provider_id) {
        Ok(provider) => provider.clone(),
        Err(error) => return page.error_page(&error),
    };
    let reauthenticate = matches!(purpose, LoginPurpose::Delete { .. });
    let started = match oidc::start(&provider, &callback_url(page, &provider.id), reauthenticate).await {
        Ok(started) => started,
        Err(error) => return problem(page, &provider.name, &error),
    };
    let browser = new_secret();
    let login = NewLogin {
        provider: &provider.id,
        state: &started.state,
        browser: &browser,
        nonce: &started.nonce,
        pkce_verifier: &started.pkce_verifier,
        next_path: next,
        purpose,
    };
    if let Err(error) = identities::remember_login(&page.app, login).await {
        return page.error_page(&error);
    }
    let mut response = redirect(&started.url);
    // Lax: the provider's redirect back is a top-level navigation, which carries it.
    let cookie = Cookie::build(BROWSER_COOKIE, browser)
        .path("/sign-in/oidc")
        .http_only(true)
        .secure(page.app.config.public_url.starts_with("https://"))
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::minutes(10))
        .finish();
    match response.add_cookie(&cookie) {
        Ok(()) => response,
        Err(e) => page.error_page(&AppError::Internal(e.to_string())),
    }
}

/// `GET /sign-in/oidc/{provider}/callback?code=…&state=…` (or `?error=…`).
pub async fn callback(page: Page, req: HttpRequest, provider: web::Path<String>, query: web::Query<CallbackQuery>) -> HttpResponse {
    let provider = match identities::provider(&page.app, &provider) {
        Ok(provider) => provider.clone(),
        Err(error) => return page.error_page(&error),
    };
    let l = page.lang();
    let browser = req.cookie(BROWSER_COOKIE).map(|c| c.value().to_owned());
    let login = match identities::take_login(&page.app, &provider.id, query.state.as_deref().unwrap_or_default(), browser.as_deref()).await {
        Ok(login) => login,
        Err(AppError::BadRequest { .. }) => return message(&page, StatusCode::BAD_REQUEST, l.t("sign-in-expired"), l.t("this-sign-in-has")),
        Err(error) => return page.error_page(&error),
    };
    if let Some(error) = &query.error {
        tracing::info!(provider = %provider.id, error = ?error, "sign-in at the provider did not complete");
        let (heading, text) = if error == "access_denied" {
            (l.t("sign-in-cancelled"), l.t("you-cancelled-signing-in"))
        } else {
            (l.t("sign-in-failed"), l.t("your-schools-sign-in"))
        };
        return message(&page, StatusCode::BAD_REQUEST, heading, text);
    }
    let Some(code) = query.code.as_deref() else {
        return message(&page, StatusCode::BAD_REQUEST, l.t("sign-in-failed"), l.t("no-answer-came-back"));
    };
    let identity = match oidc::finish(&provider, &callback_url(&page, &provider.id), code, &login.nonce, &login.pkce_verifier).await {
        Ok(identity) => identity,
        Err(error) => return problem(&page, &provider.name, &error),
    };
    let result: AppResult<HttpResponse> = async {
        match (login.purpose.as_str(), &login.link_user_id) {
            ("link", Some(user_id)) => {
                identities::link(&page.app, user_id, identity).await?;
                return Ok(redirect("/account?done=provider_linked#sign-in-title"));
            }
            ("delete", Some(user_id)) => {
                // Only the very identity linked to this account confirms its deletion, signed in at
                // the provider just now (not an old session there).
                let fresh = identity.authenticated_at.is_some_and(|at| at >= login.created_at - chrono::Duration::minutes(1));
                if !fresh || !identities::confirms(&page.app, user_id, &identity).await? {
                    return Err(AppError::Forbidden);
                }
                let published = PublishedWork::from_payload(&login.payload);
                crate::app::account_deletion::delete_confirmed(&page.app, user_id, published).await?;
                let mut response = redirect("/?done=account_deleted");
                let mut removal = Cookie::build(SESSION_COOKIE, "").path("/").finish();
                removal.make_removal();
                response.add_cookie(&removal).map_err(|e| AppError::Internal(e.to_string()))?;
                return Ok(response);
            }
            _ => {}
        }
        let user = identities::sign_in_with(&page.app, identity).await?;
        let secret = accounts::start_session(&page.app, &user.id).await?;
        let target = if login.next_path == "/" { "/?done=welcome".to_owned() } else { login.next_path.clone() };
        let mut response = redirect(&target);
        response.add_cookie(&page.cookie(SESSION_COOKIE, secret, SameSite::Lax)).map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(response)
    }
    .await;
    match result {
        Ok(response) => response,
        Err(error) => refusal(&page, &error),
    }
}

/// `POST /account/identities/{provider}/unlink`.
pub async fn unlink(page: Page, req: HttpRequest, provider: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        let keep = req.cookie(SESSION_COOKIE).map(|c| c.value().to_owned());
        identities::unlink(&page.app, &actor, &provider, keep.as_deref()).await?;
        Ok(redirect("/account?done=provider_unlinked#sign-in-title"))
    }
    .await;
    page.respond(result)
}

fn message(page: &Page, status: StatusCode, heading: &str, text: &str) -> HttpResponse {
    page.html(status, deelwijs_frontend::error(&page.ctx, &ErrorPage { status: status.as_u16(), heading: heading.to_owned(), message: text.to_owned() }))
}

/// The provider could not be reached, refused, or answered something that did not verify.
fn problem(page: &Page, provider: &str, error: &OidcError) -> HttpResponse {
    let l = page.lang();
    tracing::warn!(%provider, %error, "sign-in through an identity provider failed");
    match error {
        OidcError::Unreachable(_) => {
            message(page, StatusCode::BAD_GATEWAY, l.t("sign-in-service-unreachable"), &format!("{provider}: {}", l.t("your-schools-sign-in-service")))
        }
        OidcError::Refused(_) | OidcError::Invalid(_) => message(page, StatusCode::BAD_REQUEST, l.t("sign-in-failed"), l.t("the-sign-in-services")),
    }
}

/// A verified sign-in that this node does not let in (yet).
fn refusal(page: &Page, error: &AppError) -> HttpResponse {
    let l = page.lang();
    let (status, heading, text) = match error {
        AppError::AccountPending => (StatusCode::FORBIDDEN, l.t("awaiting-approval-2"), l.t("your-account-was-created-and")),
        AppError::AccountSuspended => (StatusCode::FORBIDDEN, l.t("no-access"), l.t("this-account-is-suspended")),
        AppError::RegistrationClosed => (StatusCode::FORBIDDEN, l.t("no-new-accounts"), l.t("this-node-does-not-accept-new")),
        AppError::BadRequest { code: "oidc_not_allowed", .. } => (StatusCode::FORBIDDEN, l.t("no-access"), l.t("accounts-of-your-school")),
        AppError::BadRequest { code: "oidc_email_in_use", .. } => (StatusCode::CONFLICT, l.t("you-already-have-an"), l.t("there-already-is-an")),
        AppError::BadRequest { code: "oidc_identity_in_use", .. } => (StatusCode::CONFLICT, l.t("already-linked"), l.t("this-school-account-is")),
        other => return page.error_page(other),
    };
    message(page, status, heading, text)
}
