//! HTML pages: a `Page` extractor that knows the language, the signed-in account and the
//! CSRF token, and handlers that render `deelwijs_frontend` templates.

mod account;
mod admin;
pub(crate) mod api_reference;
mod assets;
mod auth;
mod case_studies;
mod collections;
mod convert;
mod coverage;
mod curricula;
mod feeds;
mod goal_choices;
pub(crate) mod groups;
mod materials;
mod moderation;
mod network;
mod oidc;
mod privacy;
mod quality;
mod questions;
mod reactions;
mod search;
mod unsubscribe;

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::header;
use actix_web::http::StatusCode;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use deelwijs_frontend::i18n::Lang;
use deelwijs_frontend::views::{ErrorPage, PageCtx, UserView};

use super::auth::{session_actor, CSRF_COOKIE, LANG_COOKIE, LEVEL_COOKIE};
use super::error::{log_if_internal, status_and_code};
use super::form::{self, FormData, FormRules};
use crate::app::{new_secret, node, Actor, App, AppError, AppResult};
use crate::domain::vocab::Role;

pub fn routes(cfg: &mut web::ServiceConfig) {
    // Before `/materials/{id}` and the like, which would take `feed.atom` for an id.
    feeds::routes(cfg);
    cfg.route("/", web::get().to(materials::home))
        .route("/assets/style.css", web::get().to(assets::style))
        .route("/favicon.svg", web::get().to(assets::favicon))
        .route("/icon.png", web::get().to(assets::icon_png))
        .route("/healthz", web::get().to(assets::health))
        .route("/privacy", web::get().to(privacy::show))
        .route("/lang/{code}", web::get().to(auth::switch_language))
        .route("/sign-in", web::get().to(auth::sign_in_form))
        .route("/sign-in", web::post().to(auth::sign_in))
        .route("/sign-up", web::get().to(auth::sign_up_form))
        .route("/sign-up", web::post().to(auth::sign_up))
        .route("/sign-out", web::post().to(auth::sign_out))
        .route("/sign-in/oidc/{provider}", web::get().to(oidc::start))
        .route("/sign-in/oidc/{provider}/callback", web::get().to(oidc::callback))
        .route("/account/identities/{provider}/link", web::post().to(oidc::link))
        .route("/account/identities/{provider}/unlink", web::post().to(oidc::unlink))
        .route("/password-reset", web::get().to(auth::reset_request_form))
        .route("/password-reset", web::post().to(auth::request_reset))
        .route("/password-reset/{secret}", web::get().to(auth::reset_form))
        .route("/password-reset/{secret}", web::post().to(auth::reset))
        .route("/verify-email/{secret}", web::get().to(auth::verify_email))
        .route("/account", web::get().to(account::show))
        .route("/account/export", web::get().to(account::export))
        .route("/account/notifications", web::post().to(account::save_notifications))
        .route("/unsubscribe/{user}/{scope}/{signature}", web::get().to(unsubscribe::confirm))
        .route("/unsubscribe/{user}/{scope}/{signature}", web::post().to(unsubscribe::one_click))
        .route("/account/delete", web::post().to(account::delete))
        .route("/account/email", web::post().to(account::change_email))
        .route("/account/password", web::post().to(account::change_password))
        .route("/account/sessions/end-others", web::post().to(account::end_other_sessions))
        .route("/account/sessions/{prefix}/end", web::post().to(account::end_session))
        .route("/account/tokens", web::post().to(account::create_token))
        .route("/account/tokens/{prefix}/revoke", web::post().to(account::revoke_token))
        .route("/users/{username}", web::get().to(account::profile))
        .route("/admin", web::get().to(admin::show))
        .route("/admin/settings", web::post().to(admin::save_settings))
        .route("/admin/users/{id}", web::post().to(admin::update_user))
        .route("/admin/federation", web::post().to(admin::save_federation))
        .route("/admin/federation/retry", web::post().to(admin::retry_refused))
        .route("/admin/mail/retry", web::post().to(admin::retry_mail))
        .route("/moderation", web::get().to(moderation::show))
        .route("/moderation/reports/{id}/resolve", web::post().to(moderation::resolve_report))
        .route("/network", web::get().to(network::show))
        .route("/network/follow", web::post().to(network::follow))
        .route("/network/follows/{id}/unfollow", web::post().to(network::unfollow))
        .route("/timeline", web::get().to(network::timeline))
        .route("/timeline/case-studies", web::get().to(network::timeline_case_studies))
        .route("/groups", web::get().to(groups::list))
        .route("/groups", web::post().to(groups::create))
        .route("/groups/{name}", web::get().to(groups::show))
        .route("/groups/{name}/join", web::post().to(groups::membership))
        .route("/groups/{name}/leave", web::post().to(groups::membership))
        .route("/groups/{name}/members", web::post().to(groups::put_member))
        .route("/groups/{name}/members/{actor_id}/remove", web::post().to(groups::remove_member))
        .route("/groups/{name}/posts/{kind}/{id}/remove", web::post().to(groups::remove_post))
        .route("/materials/{id}/networks", web::post().to(groups::post))
        .route("/case-studies/{id}/networks", web::post().to(groups::post))
        .route("/search", web::get().to(search::show))
        .route("/search/save", web::post().to(search::save))
        .route("/account/searches/{id}/delete", web::post().to(account::delete_search))
        .route("/curricula", web::get().to(curricula::list))
        .route("/curricula", web::post().to(curricula::import))
        .route("/curricula/{id}", web::get().to(curricula::framework))
        .route("/curricula/{id}/coverage", web::get().to(coverage::show))
        .route("/goals/{key}", web::get().to(curricula::goal))
        .route("/goals/{id}/follow", web::post().to(curricula::follow_goal))
        .route("/materials", web::get().to(materials::list))
        .route("/materials", web::post().to(materials::create))
        .route("/materials/new", web::get().to(materials::new_form))
        .route("/materials/{id}", web::get().to(materials::show))
        .route("/materials/{id}/edit", web::get().to(materials::edit_form))
        .route("/materials/{id}/edit", web::post().to(materials::edit))
        .route("/materials/{id}/history", web::get().to(materials::history))
        .route("/materials/{id}/versions/{version}", web::get().to(materials::version))
        .route("/materials/{id}/versions/{version}/restore", web::post().to(materials::restore))
        .route("/materials/{id}/remix", web::get().to(materials::remix_form))
        .route("/materials/{id}/remix", web::post().to(materials::remix))
        .route("/materials/{id}/review", web::post().to(materials::review))
        .route("/materials/{id}/review/delete", web::post().to(materials::withdraw_review))
        .route("/materials/{id}/delete", web::post().to(materials::delete))
        .route("/materials/{id}/hide", web::post().to(materials::hide))
        .route("/materials/{id}/status", web::post().to(materials::set_status))
        .route("/materials/{id}/like", web::post().to(reactions::like))
        .route("/materials/{id}/report", web::post().to(reactions::report))
        .route("/materials/{id}/attachments", web::post().to(materials::upload))
        .route("/materials/{id}/attachments/{attachment}/delete", web::post().to(materials::remove_attachment))
        .route("/materials/{id}/files/{attachment}", web::get().to(materials::download))
        .route("/materials/{id}/versions/{version}/files/{attachment}", web::get().to(materials::version_download))
        .route("/collections", web::get().to(collections::list))
        .route("/collections", web::post().to(collections::create))
        .route("/collections/new", web::get().to(collections::new_form))
        .route("/collections/{id}", web::get().to(collections::show))
        .route("/collections/{id}/edit", web::get().to(collections::edit_form))
        .route("/collections/{id}/edit", web::post().to(collections::edit))
        .route("/collections/{id}/items/remove", web::post().to(collections::remove_item))
        .route("/collections/{id}/copy", web::post().to(collections::copy))
        .route("/collections/{id}/network", web::post().to(collections::set_network))
        .route("/collections/{id}/history", web::get().to(collections::history))
        .route("/collections/{id}/versions/{version}", web::get().to(collections::version))
        .route("/collections/{id}/versions/{version}/restore", web::post().to(collections::restore))
        .route("/collections/{id}/delete", web::post().to(collections::delete))
        .route("/collections/{id}/status", web::post().to(collections::set_status))
        .route("/collections/{id}/hide", web::post().to(collections::hide))
        .route("/collections/{id}/feed.atom", web::get().to(collections::feed))
        .route("/collections/{id}/like", web::post().to(reactions::like))
        .route("/collections/{id}/report", web::post().to(reactions::report))
        .route("/collections/{id}/networks", web::post().to(groups::post))
        .route("/materials/{id}/collect", web::post().to(collections::collect))
        .route("/quality", web::get().to(quality::show))
        .route("/quality", web::post().to(quality::set_criteria))
        .route("/materials/{id}/quality-mark", web::post().to(quality::mark_material))
        .route("/case-studies/{id}/quality-mark", web::post().to(quality::mark_case_study))
        .route("/questions", web::get().to(questions::list))
        .route("/questions", web::post().to(questions::create))
        .route("/questions/new", web::get().to(questions::new_form))
        .route("/questions/{id}", web::get().to(questions::show))
        .route("/questions/{id}/edit", web::get().to(questions::edit_form))
        .route("/questions/{id}/edit", web::post().to(questions::edit))
        .route("/questions/{id}/answers", web::post().to(questions::answer))
        .route("/questions/{id}/answers/{answer}/withdraw", web::post().to(questions::withdraw))
        .route("/questions/{id}/helpful", web::post().to(questions::helpful))
        .route("/questions/{id}/state", web::post().to(questions::set_state))
        .route("/questions/{id}/invite", web::post().to(questions::invite))
        .route("/questions/{id}/delete", web::post().to(questions::delete))
        .route("/case-studies", web::get().to(case_studies::list))
        .route("/case-studies", web::post().to(case_studies::create))
        .route("/case-studies/new", web::get().to(case_studies::new_form))
        .route("/case-studies/{id}", web::get().to(case_studies::show))
        .route("/case-studies/{id}/edit", web::get().to(case_studies::edit_form))
        .route("/case-studies/{id}/edit", web::post().to(case_studies::edit))
        .route("/case-studies/{id}/history", web::get().to(case_studies::history))
        .route("/case-studies/{id}/versions/{version}", web::get().to(case_studies::version))
        .route("/case-studies/{id}/versions/{version}/restore", web::post().to(case_studies::restore))
        .route("/case-studies/{id}/status", web::post().to(case_studies::set_status))
        .route("/case-studies/{id}/delete", web::post().to(case_studies::delete))
        .route("/case-studies/{id}/hide", web::post().to(case_studies::hide))
        .route("/case-studies/{id}/like", web::post().to(reactions::like))
        .route("/case-studies/{id}/report", web::post().to(reactions::report))
        .default_service(web::to(not_found));
}

/// The request as a page sees it.
pub struct Page {
    pub app: web::Data<App>,
    pub ctx: PageCtx,
    pub actor: Option<Actor>,
    /// The CSRF cookie value as the browser sent it; `None` when we just minted one.
    csrf_cookie: Option<String>,
    /// The education level the visitor last filtered search on (`LEVEL_COOKIE`), if valid.
    pub level: Option<crate::domain::vocab::EducationLevel>,
}

impl FromRequest for Page {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Page, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, _payload: &mut actix_web::dev::Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let app = req.app_data::<web::Data<App>>().cloned().ok_or_else(|| actix_web::error::ErrorInternalServerError("app data missing"))?;
            Ok(Page::load(app, &req).await)
        })
    }
}

impl Page {
    async fn load(app: web::Data<App>, req: &HttpRequest) -> Page {
        let lang =
            Lang::negotiate(req.cookie(LANG_COOKIE).as_ref().map(Cookie::value), req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()));
        // A broken session must not break every page: treat it as signed out.
        let actor = session_actor(&app, req).await.unwrap_or_else(|e| {
            log_if_internal(&e);
            None
        });
        let node_name = node::name(&app).await.unwrap_or_else(|_| node::DEFAULT_NAME.to_owned());
        let csrf_cookie = req.cookie(CSRF_COOKIE).map(|c| c.value().to_owned()).filter(|v| v.len() == 64);
        let path = match req.query_string() {
            "" => req.path().to_owned(),
            q => format!("{}?{q}", req.path()),
        };
        let notice = web::Query::<NoticeQuery>::from_query(req.query_string()).ok().and_then(|q| q.done.clone()).and_then(|code| notice_text(lang, &code));
        let ctx = PageCtx {
            lang,
            user: actor.as_ref().map(|a| UserView {
                username: a.username.clone(),
                display_name: a.display_name.clone(),
                is_admin: a.role == Role::Admin,
                is_moderator: matches!(a.role, Role::Admin | Role::Moderator),
            }),
            csrf: csrf_cookie.clone().unwrap_or_else(new_secret),
            path,
            node_name,
            notice,
            feeds: Vec::new(),
        };
        let level = req.cookie(LEVEL_COOKIE).and_then(|c| crate::domain::vocab::EducationLevel::parse(c.value()));
        Page { app, ctx, actor, csrf_cookie, level }
    }

    pub fn lang(&self) -> Lang {
        self.ctx.lang
    }

    /// The signed-in account, or the error that sends the browser to sign in.
    pub fn actor(&self) -> AppResult<&Actor> {
        self.actor.as_ref().ok_or(AppError::Unauthenticated)
    }

    /// Reads a posted form and checks it came from one of our pages (double submit: the
    /// form's `csrf` field must equal the cookie, which is SameSite=Strict and HttpOnly, so
    /// another site can neither send nor read it). Nothing is read without the cookie; a file
    /// part is read only after the `csrf` field, which our forms send first; signed-out forms
    /// are small and take no files.
    pub async fn form(&self, req: &HttpRequest, payload: web::Payload) -> AppResult<FormData> {
        let Some(expected) = self.csrf_cookie.as_deref() else {
            return Err(form::csrf_failed());
        };
        let limits = &self.app.config.limits;
        let files_dir = self.app.config.files_dir();
        let signed_in = self.actor.is_some();
        let rules = FormRules {
            limits,
            text_limit: if signed_in { FormRules::text_limit_for(limits) } else { form::SIGNED_OUT_TEXT_LIMIT },
            files_dir: signed_in.then_some(files_dir.as_path()),
            csrf: Some(expected),
        };
        form::read_form(req, payload, &rules).await
    }

    /// A rendered page, setting the CSRF cookie when we minted one.
    pub fn html(&self, status: StatusCode, body: String) -> HttpResponse {
        let mut response = HttpResponse::build(status);
        response.content_type("text/html; charset=utf-8").insert_header((header::CACHE_CONTROL, "no-store"));
        if self.csrf_cookie.is_none() {
            response.cookie(self.cookie(CSRF_COOKIE, self.ctx.csrf.clone(), SameSite::Strict));
        }
        response.body(body)
    }

    pub fn ok(&self, body: String) -> HttpResponse {
        self.html(StatusCode::OK, body)
    }

    pub fn cookie(&self, name: &'static str, value: String, same_site: SameSite) -> Cookie<'static> {
        Cookie::build(name, value)
            .path("/")
            .http_only(true)
            .secure(self.app.config.public_url.starts_with("https://"))
            .same_site(same_site)
            .max_age(actix_web::cookie::time::Duration::days(30))
            .finish()
    }

    /// Turns a use-case result into a response: errors become friendly pages, and
    /// "sign in first" becomes a redirect to the sign-in form.
    pub fn respond(&self, result: AppResult<HttpResponse>) -> HttpResponse {
        match result {
            Ok(response) => response,
            Err(AppError::Unauthenticated) => {
                redirect(&format!("/sign-in?next={}", url::form_urlencoded::byte_serialize(self.ctx.path.as_bytes()).collect::<String>()))
            }
            Err(error) => self.error_page(&error),
        }
    }

    pub fn error_page(&self, error: &AppError) -> HttpResponse {
        log_if_internal(error);
        let (status, _) = status_and_code(error);
        let l = self.lang();
        let (heading, message) = match error {
            AppError::NotFound => (l.t("not-found"), l.t("this-page-does-not").to_owned()),
            AppError::Forbidden => (l.t("not-allowed"), l.t("your-account-may-not").to_owned()),
            AppError::Remix(e) => (l.t("remix-not-allowed"), e.to_string()),
            AppError::BadRequest { message, .. } => (l.t("that-did-not-work"), message.clone()),
            AppError::PayloadTooLarge { limit } => (l.t("too-large"), format!("{} {limit} bytes.", l.t("the-limit-is"))),
            AppError::RateLimited { retry_after } => (l.t("please-wait"), format!("{} {retry_after} {}", l.t("too-many-attempts-try"), l.t("seconds"))),
            e if e.is_internal() => (l.t("something-went-wrong"), l.t("something-went-wrong-on").to_owned()),
            other => (l.t("that-did-not-work"), super::error::public_message(other)),
        };
        let body = deelwijs_frontend::error(&self.ctx, &ErrorPage { status: status.as_u16(), heading: heading.to_owned(), message });
        let mut response = self.html(status, body);
        if let AppError::RateLimited { retry_after } = error {
            if let Ok(value) = header::HeaderValue::from_str(&retry_after.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        response
    }
}

#[derive(serde::Deserialize)]
struct NoticeQuery {
    done: Option<String>,
}

fn notice_text(lang: Lang, code: &str) -> Option<String> {
    let text = match code {
        "saved" => lang.t("saved"),
        "created" => lang.t("created-3"),
        "deleted" => lang.t("deleted"),
        "reported" => lang.t("thank-you-your-report"),
        "restored" => lang.t("version-restored"),
        "remixed" => lang.t("remix-created-adapt-it"),
        "collected" => lang.t("added-to-the-collection"),
        "uploaded" => lang.t("attachment-added-2"),
        "hidden" => lang.t("hidden-from-others"),
        "shown" => lang.t("visible-again"),
        "published" => lang.t("published-anyone-can-find"),
        "draft" => lang.t("back-to-draft-only"),
        "welcome" => lang.t("welcome-you-are-signed"),
        "pending" => lang.t("your-account-was-created"),
        "signed_out" => lang.t("you-are-signed-out"),
        "check_mail" => lang.t("check-your-mail-we"),
        "email_verified" => lang.t("your-e-mail-address-is"),
        "reset_sent" => lang.t("if-this-address-belongs"),
        "password_reset" => lang.t("your-new-password-is"),
        "password_changed" => lang.t("your-password-was-changed"),
        "session_ended" => lang.t("session-ended"),
        "search_saved" => lang.t("search-saved-you-get"),
        "unsubscribed" => lang.t("you-are-unsubscribed-from"),
        "provider_linked" => lang.t("linked-you-can-now"),
        "provider_unlinked" => lang.t("unlinked-your-other-sessions"),
        "account_deleted" => lang.t("your-account-is-deleted"),
        "mail_retried" => lang.t("the-failed-mail-is"),
        _ => return None,
    };
    Some(text.to_owned())
}

/// Whether a request's first choice is JSON-LD or JSON rather than a page. (ActivityPub's
/// `application/ld+json` with the ActivityStreams profile is routed to the federation handlers
/// before it gets here.)
pub(super) fn wants_json(req: &HttpRequest) -> bool {
    let accept = req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).unwrap_or_default().to_ascii_lowercase();
    let first = accept.split(',').next().unwrap_or_default().trim();
    first.starts_with("application/ld+json") || first.starts_with("application/json")
}

/// A content page, or its schema.org JSON-LD when that is what was asked for: the document is
/// also embedded in the page's head. Content that is not public here (drafts, unlisted, copies
/// from elsewhere) has no document: a 404 to a JSON request, nothing in its page.
pub(super) async fn with_structured_data(
    page: &Page,
    req: &HttpRequest,
    kind: crate::domain::ContentKind,
    id: &str,
    head: &mut deelwijs_frontend::views::Head,
) -> crate::app::AppResult<Option<HttpResponse>> {
    let document = crate::app::resources::structured_data(&page.app, kind, id).await?;
    if wants_json(req) {
        let document = document.ok_or(crate::app::AppError::NotFound)?;
        return Ok(Some(HttpResponse::Ok().content_type("application/ld+json").insert_header((header::VARY, "Accept")).json(document)));
    }
    head.structured_data = document.as_ref().map(crate::standards::schema_org::for_html);
    Ok(None)
}

/// A page that another representation of the same URL exists for (`Vary: Accept`).
pub(super) fn negotiated(mut response: HttpResponse) -> HttpResponse {
    response.headers_mut().insert(header::VARY, header::HeaderValue::from_static("Accept"));
    response
}

/// 303 See Other: after a POST, the browser GETs the new location.
pub fn redirect(location: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, location.to_owned())).finish()
}

/// A local path only, so `?next=` and `?back=` cannot send people to another site.
///
/// The candidate is resolved the way a browser resolves a `Location` (the WHATWG URL parser,
/// which drops tabs and newlines and reads a backslash as a slash) against a placeholder origin, and kept
/// only if it stays on that origin. What comes back is the parser's serialization: percent-
/// encoded, so it can never carry a control character into a header.
pub fn safe_local_path(candidate: Option<&str>) -> String {
    const HOME: &str = "/";
    let Some(candidate) = candidate else { return HOME.to_owned() };
    if !candidate.starts_with('/') || candidate.chars().any(|c| c.is_control() || c == '\\') {
        return HOME.to_owned();
    }
    let Ok(base) = url::Url::parse("http://deelwijs.invalid/") else { return HOME.to_owned() };
    match base.join(candidate) {
        Ok(resolved) if resolved.origin() == base.origin() && resolved.username().is_empty() => resolved[url::Position::BeforePath..].to_owned(),
        _ => HOME.to_owned(),
    }
}

async fn not_found(page: Page) -> HttpResponse {
    page.error_page(&AppError::NotFound)
}
