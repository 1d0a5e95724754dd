//! The account page (own content, address and password, sessions, API tokens) and public
//! profiles.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::views::{AccountPage, CredentialsView, ProfilePage, SessionView, TokenView};

use super::{convert, redirect, Page};
use crate::app::account_deletion::{self, PublishedWork};
use crate::app::materials::ListScope;
use crate::app::{account_mail, accounts, case_studies, hash_secret, materials, AppError, AppResult};
use crate::http::auth::{client_addr, SESSION_COOKIE};
use crate::store::Page as PageNumber;

/// A form's field problems, with the current password's problem under this form's own name
/// for that field (ids on the account page are unique: `old_password`, `delete_password`).
fn password_errors(page: &Page, errors: &crate::domain::validation::FieldErrors, field: &str) -> Vec<(String, String)> {
    convert::errors(page.lang(), errors)
        .into_iter()
        .map(|(name, message)| (if name == "current_password" { field.to_owned() } else { name }, message))
        .collect()
}

/// The secret of the session this request came with.
fn current_session(req: &HttpRequest) -> Option<String> {
    req.cookie(SESSION_COOKIE).map(|c| c.value().to_owned())
}

async fn account_page(page: &Page, req: &HttpRequest, new_token: Option<String>, credentials: CredentialsView) -> AppResult<HttpResponse> {
    let actor = page.actor()?;
    let user = accounts::by_username(&page.app, &actor.username).await?;
    let current = current_session(req).map(|secret| hash_secret(&secret));
    let sessions = accounts::sessions(&page.app, actor).await?;
    let linked = crate::app::identities::linked(&page.app, actor).await?;
    let notification_settings = if page.app.config.mail.is_some() { crate::app::notifications::settings_of(&page.app, actor).await? } else { Vec::new() };
    let lang = page.lang();
    let all = PageNumber::new(Some(1), Some(PageNumber::MAX_PER_PAGE));
    let own_materials = materials::list(&page.app, Some(&actor.id), all).await?;
    let own_cases = case_studies::list(&page.app, Some(&actor.id), all).await?;
    let tokens = accounts::tokens(&page.app, actor).await?;
    let view = AccountPage {
        username: user.username.clone(),
        display_name: user.display_name.clone(),
        email: user.email.clone(),
        role: actor.role.label(lang.code()).to_owned(),
        profile_url: page.app.config.user_url(&user.username),
        materials: own_materials.items.iter().map(|m| convert::material_card(lang, m, true)).collect(),
        case_studies: own_cases.items.iter().map(|c| convert::case_study_card(lang, c, true)).collect(),
        tokens: tokens
            .iter()
            .map(|t| TokenView {
                label: t.label.clone(),
                created: convert::date(lang, t.created_at),
                expires: convert::date(lang, t.expires_at),
                revoke_url: format!("/account/tokens/{}/revoke", &t.token_hash[..16]),
            })
            .collect(),
        new_token,
        sessions: sessions
            .iter()
            .map(|s| SessionView {
                started: convert::date_time(lang, s.created_at),
                expires: convert::date(lang, s.expires_at),
                current: current.as_deref() == Some(s.token_hash.as_str()),
                end_url: format!("/account/sessions/{}/end", &s.token_hash[..16]),
            })
            .collect(),
        credentials: CredentialsView { email_confirmed: page.app.config.mail.as_ref().map(|_| user.email_verified_at.is_some()), ..credentials },
        providers: page
            .app
            .config
            .oidc
            .iter()
            .map(|p| (p.id.clone(), p.name.clone(), linked.iter().find(|i| i.provider == p.id).map(|i| i.email.clone())))
            .collect(),
        has_password: !user.password_hash.is_empty(),
        saved_searches: crate::app::saved_searches::list(&page.app, actor)
            .await?
            .into_iter()
            .map(|s| {
                let query: serde_json::Value = serde_json::from_str(&s.query).unwrap_or_default();
                let mut url = url::form_urlencoded::Serializer::new(String::new());
                url.append_pair("q", query["text"].as_str().unwrap_or_default());
                for pair in query["filters"].as_array().into_iter().flatten() {
                    url.append_pair(pair[0].as_str().unwrap_or_default(), pair[1].as_str().unwrap_or_default());
                }
                if let Some(goal) = query["goal"].as_str() {
                    url.append_pair("goal", goal);
                }
                (s.label, format!("/search?{}", url.finish()), format!("/account/searches/{}/delete", s.id))
            })
            .collect(),
        notifications: notification_settings
            .iter()
            .map(|(kind, frequency)| (kind.as_str().to_owned(), lang.term("notification", kind.as_str()).to_owned(), frequency.as_str().to_owned()))
            .collect(),
    };
    let status = if view.credentials.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(page.html(status, deelwijs_frontend::account(&page.ctx, &view)))
}

pub async fn show(page: Page, req: HttpRequest) -> HttpResponse {
    let result = account_page(&page, &req, None, CredentialsView::default()).await;
    page.respond(result)
}

/// `GET /account/export`: everything about the signed-in person, as a ZIP archive.
pub async fn export(page: Page, req: HttpRequest) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let export = crate::app::account_export::export(&page.app, &actor).await?;
        crate::http::archive::download(&req, export)
    }
    .await;
    page.respond(result)
}

/// `POST /account/delete`: deletes the account after its password; the browser is signed out.
pub async fn delete(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let (choice, name) = (form.text("published"), form.text("keep_name"));
        // An account without a password confirms at its identity provider instead.
        let linked = crate::app::identities::linked(&page.app, &actor).await?;
        let has_password = !accounts::by_username(&page.app, &actor.username).await?.password_hash.is_empty();
        if let (false, Some(identity), Ok(published)) = (has_password, linked.first(), PublishedWork::parse(&choice, &name)) {
            return Ok(super::oidc::confirm_deletion(&page, &identity.provider, &actor.id, &published.to_payload()).await);
        }
        let outcome = match PublishedWork::parse(&choice, &name) {
            Ok(published) => account_deletion::delete_account(&page.app, &actor, &client_addr(&page.app, &req), &form.text("delete_password"), published).await,
            Err(errors) => Err(AppError::Validation(errors)),
        };
        match outcome {
            Ok(()) => {
                let mut response = redirect("/?done=account_deleted");
                let mut removal = actix_web::cookie::Cookie::build(SESSION_COOKIE, "").path("/").finish();
                removal.make_removal();
                response.add_cookie(&removal).map_err(|e| AppError::Internal(e.to_string()))?;
                Ok(response)
            }
            Err(AppError::Validation(errors)) => {
                let errors = password_errors(&page, &errors, "delete_password");
                let credentials = CredentialsView { errors, errors_for: "delete".to_owned(), published: choice, keep_name: name, ..CredentialsView::default() };
                account_page(&page, &req, None, credentials).await
            }
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

/// `POST /account/notifications`: how often each kind of notification is mailed.
pub async fn save_notifications(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let choices = crate::domain::notification::NotificationKind::ALL
            .into_iter()
            .filter_map(|kind| form.get(kind.as_str()).map(|value| (kind.as_str().to_owned(), value.to_owned())))
            .collect();
        crate::app::notifications::save_settings(&page.app, &actor, choices).await?;
        Ok(redirect("/account?done=saved#notifications-title"))
    }
    .await;
    page.respond(result)
}

/// `POST /account/searches/{id}/delete`.
pub async fn delete_search(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        crate::app::saved_searches::delete(&page.app, &actor, &id).await?;
        Ok(redirect("/account?done=deleted#searches-title"))
    }
    .await;
    page.respond(result)
}

/// `POST /account/email`: a new address, confirmed by the current password.
pub async fn change_email(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let email = form.text("email");
        match account_mail::change_email(&page.app, &actor, &client_addr(&page.app, &req), &form.text("current_password"), &email).await {
            Ok(true) => Ok(redirect("/account?done=check_mail")),
            Ok(false) => Ok(redirect("/account?done=saved")),
            Err(AppError::Validation(errors)) => {
                let credentials = CredentialsView {
                    new_email: email,
                    errors: convert::errors(page.lang(), &errors),
                    errors_for: "email".to_owned(),
                    ..CredentialsView::default()
                };
                account_page(&page, &req, None, credentials).await
            }
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

/// `POST /account/password`: the current password and a new one; other sessions end.
pub async fn change_password(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let keep = current_session(&req);
        let client = client_addr(&page.app, &req);
        match accounts::change_password(&page.app, &actor, &client, keep.as_deref(), &form.text("old_password"), &form.text("password")).await {
            Ok(()) => Ok(redirect("/account?done=password_changed")),
            Err(AppError::Validation(errors)) => {
                let errors = password_errors(&page, &errors, "old_password");
                let credentials = CredentialsView { errors, errors_for: "password".to_owned(), ..CredentialsView::default() };
                account_page(&page, &req, None, credentials).await
            }
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

/// `POST /account/sessions/{prefix}/end`.
pub async fn end_session(page: Page, req: HttpRequest, prefix: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        accounts::end_session_of(&page.app, &actor, &prefix).await?;
        Ok(redirect("/account?done=session_ended#sessions-title"))
    }
    .await;
    page.respond(result)
}

/// `POST /account/sessions/end-others`: every session but this one.
pub async fn end_other_sessions(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        accounts::end_other_sessions(&page.app, &actor, current_session(&req).as_deref()).await?;
        Ok(redirect("/account?done=session_ended#sessions-title"))
    }
    .await;
    page.respond(result)
}

pub async fn create_token(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let label = Some(form.text("label")).filter(|l| !l.trim().is_empty()).unwrap_or_else(|| "API".to_owned());
        let token = accounts::issue_token(&page.app, &actor.id, label.trim()).await?;
        // Shown once, on this response only; it is stored as a hash.
        account_page(&page, &req, Some(token), CredentialsView::default()).await
    }
    .await;
    page.respond(result)
}

pub async fn revoke_token(page: Page, req: HttpRequest, prefix: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        accounts::revoke_token(&page.app, &actor, &prefix).await?;
        Ok(redirect("/account?done=deleted"))
    }
    .await;
    page.respond(result)
}

pub async fn profile(mut page: Page, username: web::Path<String>) -> HttpResponse {
    let title = page.lang().t("new-work-by-this").to_owned();
    super::feeds::offer(&mut page, &title, &format!("/users/{}/feed", username.as_str()), "");
    let result = async {
        let user = accounts::by_username(&page.app, &username).await?;
        let lang = page.lang();
        // Public lists only: drafts stay private even on the owner's profile.
        let recent = PageNumber::new(Some(1), Some(PageNumber::MAX_PER_PAGE));
        let public_materials = materials::list_in(&page.app, ListScope::PublicOwner(user.id.clone()), recent).await?;
        let public_cases = case_studies::list_in(&page.app, ListScope::PublicOwner(user.id.clone()), recent).await?;
        let view = ProfilePage {
            username: user.username.clone(),
            display_name: user.display_name.clone(),
            bio: user.bio.clone(),
            materials: public_materials.items.iter().map(|m| convert::material_card(lang, m, false)).collect(),
            case_studies: public_cases.items.iter().map(|c| convert::case_study_card(lang, c, false)).collect(),
        };
        Ok(page.ok(deelwijs_frontend::profile(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}
