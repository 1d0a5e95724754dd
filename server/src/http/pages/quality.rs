//! The quality mark's pages: `/quality` (the criteria, what carries the mark, and the
//! administrators' form) and the moderators' award/withdraw form on an item.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::views::{QualityPage, QualityView};

use super::{convert, redirect, Page};
use crate::app::{quality, AppError, AppResult};
use crate::domain::authz::Action;
use crate::domain::validation::FieldErrors;
use crate::domain::ContentKind;

/// The mark on an item and, for moderators while criteria are published, the form.
pub async fn view(page: &Page, kind: ContentKind, id: &str, base: &str, public: bool) -> AppResult<QualityView> {
    let mark = quality::mark_of(&page.app, kind, id).await?;
    let moderates = page.actor.as_ref().is_some_and(|a| a.require(Action::Hide, "").is_ok());
    let has_criteria = moderates && !quality::criteria(&page.app).await?.markdown.trim().is_empty();
    Ok(QualityView {
        mark: mark.map(|m| (m.note, convert::date(page.lang(), m.awarded_at))),
        action: (public && has_criteria).then(|| format!("{base}/quality-mark")),
    })
}

async fn render(page: &Page, status: StatusCode, typed: Option<&str>, errors: &FieldErrors) -> AppResult<HttpResponse> {
    let l = page.lang();
    let criteria = quality::criteria(&page.app).await?;
    let items = quality::marked(&page.app, 100)
        .await?
        .into_iter()
        .map(|m| {
            let kind = if m.kind == ContentKind::CaseStudy { l.t("case-study") } else { l.t("material") };
            (m.title, m.url, kind.to_owned(), m.mark.note, convert::date(l, m.mark.awarded_at))
        })
        .collect();
    let admin = page.actor.as_ref().is_some_and(|a| a.require(Action::ConfigureNode, &a.id).is_ok());
    let view = QualityPage {
        criteria_html: criteria.html,
        items,
        edit: admin.then(|| typed.map_or(criteria.markdown, str::to_owned)),
        errors: convert::errors(l, errors),
    };
    Ok(page.html(status, deelwijs_frontend::quality(&page.ctx, &view)))
}

pub async fn show(page: Page) -> HttpResponse {
    let result = render(&page, StatusCode::OK, None, &FieldErrors::default()).await;
    page.respond(result)
}

pub async fn set_criteria(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let text = form.text("criteria");
        match quality::set_criteria(&page.app, &actor, &text).await {
            Ok(_) => Ok(redirect("/quality?done=saved")),
            Err(AppError::Validation(errors)) => render(&page, StatusCode::UNPROCESSABLE_ENTITY, Some(&text), &errors).await,
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

async fn mark(page: Page, req: HttpRequest, payload: web::Payload, kind: ContentKind, id: &str) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        if form.get("intent") == Some("withdraw") {
            quality::withdraw(&page.app, &actor, kind, id).await?;
        } else {
            quality::award(&page.app, &actor, kind, id, &form.text("note")).await?;
        }
        Ok(redirect(&format!("{}?done=saved", page.app.config.content_url(kind.as_str(), id))))
    }
    .await;
    page.respond(result)
}

pub async fn mark_material(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    mark(page, req, payload, ContentKind::Material, &id).await
}

pub async fn mark_case_study(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    mark(page, req, payload, ContentKind::CaseStudy, &id).await
}
