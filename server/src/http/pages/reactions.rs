//! The like button and the report form on material and case study pages.

use actix_web::{web, HttpRequest, HttpResponse};

use super::{redirect, Page};
use crate::app::reactions;
use crate::domain::ContentKind;

/// The content a path names, and its page (`/materials/{id}`, `/case-studies/{id}`, `/collections/{id}`).
fn target(req: &HttpRequest, id: &str) -> (ContentKind, String) {
    let kind = ContentKind::of_path(req.path());
    (kind, format!("/{}/{id}", kind.path_segment()))
}

/// Likes or withdraws the like (`liked=true|false`), then back to the page.
pub async fn like(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let (kind, back) = target(&req, &id);
        if form.get("liked") == Some("false") {
            reactions::unlike(&page.app, &actor, kind, &id).await?;
        } else {
            reactions::like(&page.app, &actor, kind, &id).await?;
        }
        Ok(redirect(&format!("{back}?done=saved")))
    }
    .await;
    page.respond(result)
}

/// Reports the content to the moderators (here, and at its origin when it came from elsewhere).
pub async fn report(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let (kind, back) = target(&req, &id);
        reactions::report(&page.app, &actor, kind, &id, &form.text("comment")).await?;
        Ok(redirect(&format!("{back}?done=reported")))
    }
    .await;
    page.respond(result)
}
