//! One-click unsubscribe from notification mail (RFC 8058): the link in every notification and
//! its `List-Unsubscribe` header name the person, the kind (or `all`) and a signature by the
//! node, so it works without signing in. `GET` asks to confirm (mail scanners open links);
//! `POST` — the button, or a mail client's one-click request — turns the notifications off.

use actix_web::{web, HttpResponse};

use super::Page;
use crate::app::notifications;
use crate::domain::notification::NotificationKind;

/// `GET /unsubscribe/{user}/{scope}/{signature}`: a page with one button.
pub async fn confirm(page: Page, path: web::Path<(String, String, String)>) -> HttpResponse {
    let (user, scope, signature) = path.into_inner();
    let l = page.lang();
    let what = match NotificationKind::parse(&scope) {
        Some(kind) => l.term("notification", kind.as_str()).to_owned(),
        None => l.t("all-notifications-by-mail").to_owned(),
    };
    let action = format!("/unsubscribe/{user}/{scope}/{signature}");
    page.ok(deelwijs_frontend::unsubscribe(&page.ctx, &what, Some(&action)))
}

/// `POST /unsubscribe/{user}/{scope}/{signature}`: turns them off; no body is read.
pub async fn one_click(page: Page, path: web::Path<(String, String, String)>) -> HttpResponse {
    let (user, scope, signature) = path.into_inner();
    match notifications::unsubscribe(&page.app, &user, &scope, &signature).await {
        Ok(_) => page.ok(deelwijs_frontend::unsubscribe(&page.ctx, "", None)),
        Err(error) => page.error_page(&error),
    }
}
