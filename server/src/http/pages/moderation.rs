//! The moderators' page (`/moderation`): open reports, and marking one resolved. Moderators and
//! admins only; everyone else gets the sign-in page or a 403.

use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::views::{ModerationPage, ReportLine};

use super::{convert, redirect, Page};
use crate::app::reactions;

pub async fn show(page: Page) -> HttpResponse {
    let result = async {
        let actor = page.actor()?;
        let lang = page.lang();
        let reports = reactions::reports(&page.app, actor, reactions::OPEN).await?;
        let view = ModerationPage {
            reports: reports
                .iter()
                .map(|r| ReportLine {
                    object_url: r.report.object_url.clone(),
                    comment: r.report.comment.clone(),
                    reporter: if r.reporter.local { format!("@{}", r.reporter.username) } else { r.reporter.host.clone() },
                    created: convert::date(lang, r.report.created_at),
                    resolve_url: format!("/moderation/reports/{}/resolve", r.report.id),
                })
                .collect(),
        };
        Ok(page.ok(deelwijs_frontend::moderation(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn resolve_report(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        reactions::set_report_state(&page.app, &actor, &id, true).await?;
        Ok(redirect("/moderation?done=saved"))
    }
    .await;
    page.respond(result)
}
