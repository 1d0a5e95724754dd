//! Sign-in, sign-up, sign-out and the language switch.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::i18n::Lang;
use deelwijs_frontend::views::{AuthForm, ResetForm};
use serde::Deserialize;

use super::{convert, redirect, safe_local_path, Page};
use crate::app::{account_mail, accounts, node, AppError};
use crate::domain::account::SignUpInput;
use crate::domain::vocab::RegistrationMode;
use crate::http::auth::{client_addr, LANG_COOKIE, SESSION_COOKIE};

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
    back: Option<String>,
}

async fn auth_form(page: &Page) -> AuthForm {
    let mode = node::info(&page.app).await.map(|i| i.registration_mode).unwrap_or(RegistrationMode::Open);
    AuthForm {
        registration_open: mode != RegistrationMode::Closed,
        approval_needed: mode == RegistrationMode::Approval,
        mail_on: page.app.config.mail.is_some(),
        providers: page.app.config.oidc.iter().map(|p| (p.id.clone(), p.name.clone())).collect(),
        password_sign_in: page.app.config.password_sign_in,
        ..AuthForm::default()
    }
}

pub async fn sign_in_form(page: Page) -> HttpResponse {
    let form = auth_form(&page).await;
    page.ok(deelwijs_frontend::sign_in(&page.ctx, &form))
}

pub async fn sign_in(page: Page, req: HttpRequest, query: web::Query<NextQuery>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let form = page.form(&req, payload).await?;
        let client = client_addr(&page.app, &req);
        let username = form.text("username");
        // Where to go next is settled before a session exists, so no failure after this
        // point can leave a session cookie on an error.
        let next = safe_local_path(query.next.as_deref().or(form.get("next")));
        let target = if next == "/" { "/?done=welcome".to_owned() } else { next };
        match accounts::sign_in(&page.app, &client, &username, form.get("password").unwrap_or_default()).await {
            Ok(user) => {
                let secret = accounts::start_session(&page.app, &user.id).await?;
                let mut response = redirect(&target);
                response.add_cookie(&page.cookie(SESSION_COOKIE, secret, SameSite::Lax)).map_err(|e| AppError::Internal(e.to_string()))?;
                Ok(response)
            }
            Err(error @ (AppError::InvalidCredentials | AppError::AccountPending | AppError::AccountSuspended | AppError::EmailUnverified)) => {
                let l = page.lang();
                let message = match error {
                    AppError::EmailUnverified => l.t("confirm-your-e-mail"),
                    AppError::AccountPending => l.t("your-account-still-awaits"),
                    AppError::AccountSuspended => l.t("this-account-is-suspended"),
                    _ => l.t("wrong-username-or-password"),
                };
                let view = AuthForm { username, message: Some(message.to_owned()), ..auth_form(&page).await };
                // The same status as the API gives: 401 for wrong credentials, 403 for an
                // account that may not sign in yet.
                let status = crate::http::error::status_and_code(&error).0;
                Ok(page.html(status, deelwijs_frontend::sign_in(&page.ctx, &view)))
            }
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

pub async fn sign_up_form(page: Page) -> HttpResponse {
    let form = auth_form(&page).await;
    page.ok(deelwijs_frontend::sign_up(&page.ctx, &form))
}

pub async fn sign_up(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let form = page.form(&req, payload).await?;
        let input = SignUpInput {
            username: form.text("username"),
            email: form.text("email"),
            display_name: form.text("display_name"),
            password: form.text("password"),
        };
        let redisplay = |errors: Vec<(String, String)>, message: Option<String>, base: AuthForm| AuthForm {
            username: input.username.clone(),
            email: input.email.clone(),
            display_name: input.display_name.clone(),
            errors,
            message,
            ..base
        };
        match accounts::sign_up(&page.app, &client_addr(&page.app, &req), input.clone(), page.lang().code()).await {
            Ok(Some(user)) => {
                let secret = accounts::start_session(&page.app, &user.id).await?;
                let mut response = redirect("/account?done=welcome");
                response.add_cookie(&page.cookie(SESSION_COOKIE, secret, SameSite::Lax)).map_err(|e| AppError::Internal(e.to_string()))?;
                Ok(response)
            }
            Ok(_) if page.app.config.mail.is_some() => Ok(redirect("/sign-in?done=check_mail")),
            Ok(_) => Ok(redirect("/sign-in?done=pending")),
            Err(AppError::Validation(errors)) => {
                let view = redisplay(convert::errors(page.lang(), &errors), None, auth_form(&page).await);
                Ok(page.html(StatusCode::UNPROCESSABLE_ENTITY, deelwijs_frontend::sign_up(&page.ctx, &view)))
            }
            Err(AppError::RegistrationClosed) => {
                let message = page.lang().t("this-node-does-not-accept").to_owned();
                let view = redisplay(Vec::new(), Some(message), auth_form(&page).await);
                Ok(page.html(StatusCode::FORBIDDEN, deelwijs_frontend::sign_up(&page.ctx, &view)))
            }
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

pub async fn sign_out(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        page.form(&req, payload).await?;
        if let Some(cookie) = req.cookie(SESSION_COOKIE) {
            accounts::end_session(&page.app, cookie.value()).await?;
        }
        let mut response = redirect("/?done=signed_out");
        let mut removal = Cookie::build(SESSION_COOKIE, "").path("/").finish();
        removal.make_removal();
        response.add_cookie(&removal).map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(response)
    }
    .await;
    page.respond(result)
}

/// `GET /lang/{code}?back=/path`: remembers the choice in a cookie; works without JavaScript.
/// A signed-in person's mail follows the choice too.
pub async fn switch_language(page: Page, code: web::Path<String>, query: web::Query<NextQuery>) -> HttpResponse {
    let lang = Lang::parse(&code).unwrap_or_default();
    if let Some(actor) = &page.actor {
        if let Err(error) = accounts::set_mail_lang(&page.app, actor, lang.code()).await {
            return page.error_page(&error);
        }
    }
    let mut response = redirect(&safe_local_path(query.back.as_deref()));
    let cookie = Cookie::build(LANG_COOKIE, lang.code().to_owned())
        .path("/")
        .same_site(SameSite::Lax)
        .secure(page.app.config.public_url.starts_with("https://"))
        .max_age(actix_web::cookie::time::Duration::days(365))
        .finish();
    match response.add_cookie(&cookie) {
        Ok(()) => response,
        Err(e) => page.error_page(&AppError::Internal(e.to_string())),
    }
}

/// `GET /password-reset`: the form asking for a link.
pub async fn reset_request_form(page: Page) -> HttpResponse {
    let form = reset_request(&page, String::new(), Vec::new());
    page.ok(deelwijs_frontend::password_reset(&page.ctx, &form))
}

fn reset_request(page: &Page, email: String, errors: Vec<(String, String)>) -> ResetForm {
    let message = page.app.config.mail.is_none().then(|| page.lang().t("this-node-does-not-send").to_owned());
    ResetForm { email, errors, message, action: "/password-reset".to_owned(), with_link: false }
}

/// `POST /password-reset`: the same answer whether or not the address has an account.
pub async fn request_reset(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let form = page.form(&req, payload).await?;
        let email = form.text("email");
        match account_mail::request_password_reset(&page.app, &client_addr(&page.app, &req), &email).await {
            Ok(()) => Ok(redirect("/sign-in?done=reset_sent")),
            Err(AppError::Validation(errors)) => {
                let view = reset_request(&page, email, convert::errors(page.lang(), &errors));
                Ok(page.html(StatusCode::UNPROCESSABLE_ENTITY, deelwijs_frontend::password_reset(&page.ctx, &view)))
            }
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

fn expired_link(page: &Page) -> ResetForm {
    let message = page.lang().t("this-link-has-expired").to_owned();
    ResetForm { message: Some(message), ..ResetForm::default() }
}

/// `GET /password-reset/{secret}`: the form for a new password, if the link still works.
/// Looking does not use the link up: mail scanners open links before people do.
pub async fn reset_form(page: Page, secret: web::Path<String>) -> HttpResponse {
    let result = async {
        if !account_mail::reset_link_works(&page.app, &secret).await? {
            return Ok(page.html(StatusCode::BAD_REQUEST, deelwijs_frontend::password_reset(&page.ctx, &expired_link(&page))));
        }
        let form = ResetForm { action: format!("/password-reset/{}", secret.as_str()), with_link: true, ..ResetForm::default() };
        Ok(page.ok(deelwijs_frontend::password_reset(&page.ctx, &form)))
    }
    .await;
    page.respond(result)
}

/// `POST /password-reset/{secret}`: sets the new password; every session of the account ends.
pub async fn reset(page: Page, req: HttpRequest, secret: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let form = page.form(&req, payload).await?;
        match account_mail::reset_password(&page.app, &secret, &form.text("password")).await {
            Ok(_) => Ok(redirect("/sign-in?done=password_reset")),
            Err(AppError::Validation(errors)) => {
                let view = ResetForm {
                    action: format!("/password-reset/{}", secret.as_str()),
                    with_link: true,
                    errors: convert::errors(page.lang(), &errors),
                    ..ResetForm::default()
                };
                Ok(page.html(StatusCode::UNPROCESSABLE_ENTITY, deelwijs_frontend::password_reset(&page.ctx, &view)))
            }
            Err(AppError::BadRequest { code: "link_expired", .. }) => {
                Ok(page.html(StatusCode::BAD_REQUEST, deelwijs_frontend::password_reset(&page.ctx, &expired_link(&page))))
            }
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

/// `GET /verify-email/{secret}`: confirms the address the link was sent to. A scanner opening
/// the link first confirms it too, which is what its owner asked for.
pub async fn verify_email(page: Page, secret: web::Path<String>) -> HttpResponse {
    match account_mail::verify_email(&page.app, &secret).await {
        Ok(_) if page.actor.is_some() => redirect("/account?done=email_verified"),
        Ok(_) => redirect("/sign-in?done=email_verified"),
        Err(AppError::BadRequest { code: "link_expired", .. }) => {
            let mut form = expired_link(&page);
            form.message = Some(page.lang().t("this-link-has-expired-or").to_owned());
            page.html(StatusCode::BAD_REQUEST, deelwijs_frontend::password_reset(&page.ctx, &form))
        }
        Err(error) => page.error_page(&error),
    }
}
