//! Sign-in, sign-up, sign-out and the language switch.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::i18n::Lang;
use deelwijs_frontend::views::AuthForm;
use serde::Deserialize;

use super::{convert, redirect, safe_local_path, Page};
use crate::app::{accounts, node, AppError};
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
    AuthForm { registration_open: mode != RegistrationMode::Closed, approval_needed: mode == RegistrationMode::Approval, ..AuthForm::default() }
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
            Err(error @ (AppError::InvalidCredentials | AppError::AccountPending | AppError::AccountSuspended)) => {
                let l = page.lang();
                let message = match error {
                    AppError::AccountPending => {
                        l.t("Je account wacht nog op goedkeuring door een beheerder.", "Your account still awaits approval by an administrator.")
                    }
                    AppError::AccountSuspended => l.t("Dit account is geschorst.", "This account is suspended."),
                    _ => l.t("Gebruikersnaam of wachtwoord klopt niet.", "Wrong username or password."),
                };
                let view = AuthForm { username, message: Some(message.to_owned()), ..auth_form(&page).await };
                Ok(page.html(StatusCode::UNAUTHORIZED, deelwijs_frontend::sign_in(&page.ctx, &view)))
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
        match accounts::sign_up(&page.app, &client_addr(&page.app, &req), input.clone()).await {
            Ok(Some(user)) => {
                let secret = accounts::start_session(&page.app, &user.id).await?;
                let mut response = redirect("/account?done=welcome");
                response.add_cookie(&page.cookie(SESSION_COOKIE, secret, SameSite::Lax)).map_err(|e| AppError::Internal(e.to_string()))?;
                Ok(response)
            }
            Ok(_) => Ok(redirect("/sign-in?done=pending")),
            Err(AppError::Validation(errors)) => {
                let view = redisplay(convert::errors(page.lang(), &errors), None, auth_form(&page).await);
                Ok(page.html(StatusCode::UNPROCESSABLE_ENTITY, deelwijs_frontend::sign_up(&page.ctx, &view)))
            }
            Err(AppError::RegistrationClosed) => {
                let message = page.lang().t("Deze node neemt geen nieuwe accounts aan.", "This node does not accept new accounts.").to_owned();
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
pub async fn switch_language(page: Page, code: web::Path<String>, query: web::Query<NextQuery>) -> HttpResponse {
    let lang = Lang::parse(&code).unwrap_or_default();
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
