//! Case-study pages: list, view, create/edit forms, history, moderation.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::views::{Appreciation, HistoryPage, ListPage, RelatedChoice};

use super::convert;
use super::goal_choices::{self, FormPage};
use super::{redirect, Page};
use crate::app::{case_studies, materials, reactions, search, AppError, AppResult};
use crate::domain::alignment::GoalRef;
use crate::domain::authz::Action;
use crate::domain::case_study::CaseStudyInput;
use crate::domain::validation::FieldErrors;
use crate::domain::vocab::Status;
use crate::domain::ContentKind;
use crate::http::api::search::SearchParams;
use crate::http::api::PageQuery;
use crate::http::form::FormData;

fn case_study_input(form: &FormData) -> CaseStudyInput {
    CaseStudyInput {
        title: Some(form.text("title")),
        summary: Some(form.text("summary")),
        sector: Some(form.text("sector")),
        school_type: Some(form.text("school_type")),
        school_size: Some(form.text("school_size")),
        challenge: Some(form.text("challenge")),
        approach: Some(form.text("approach")),
        results: Some(form.text("results")),
        lessons: Some(form.text("lessons")),
        scaling: Some(form.text("scaling")),
        themes: Some(form.all("themes")),
        stage: Some(form.text("stage")),
        erasmus_action: Some(form.text("erasmus_action")),
        // Ticked boxes: those related already and those found by the form's search.
        related_materials: Some({
            let mut ids = form.all("related_materials");
            let mut seen = std::collections::HashSet::new();
            ids.retain(|id| seen.insert(id.clone()));
            ids
        }),
        contact: Some(form.text("contact")),
        language: Some(form.text("language")),
        license: Some(form.text("license")),
        status: Some(form.text("status")),
        // Checkboxes: aligned goals come checked, suggestions unchecked (see `goal_choices`).
        goals: Some(form.all("goals").into_iter().map(|uri| GoalRef { uri, alignment_type: None }).collect()),
    }
}

/// The materials a case study may name as related: those it names (with their titles) and,
/// for a search, up to eight found by their words or by the address of their page.
async fn related_choices(page: &Page, named: &[String], query: &str) -> AppResult<Vec<RelatedChoice>> {
    let mut choices = Vec::new();
    for id in named {
        let title = match materials::get(&page.app, page.actor.as_ref(), id).await {
            Ok(material) => material.fields.title,
            Err(AppError::NotFound) => format!("{} ({id})", page.lang().t("not-found")),
            Err(other) => return Err(other),
        };
        choices.push(RelatedChoice { id: id.clone(), title, checked: true });
    }
    let query = query.trim();
    if query.is_empty() {
        return Ok(choices);
    }
    let own_page = format!("{}/materials/", page.app.config.public_url);
    let found: Vec<(String, String)> = match query.strip_prefix(&own_page).map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default()) {
        Some(id) => match materials::get(&page.app, page.actor.as_ref(), id).await {
            Ok(material) => vec![(material.id, material.fields.title)],
            Err(AppError::NotFound) => Vec::new(),
            Err(other) => return Err(other),
        },
        None => {
            let params =
                SearchParams { q: Some(query.to_owned()), kind: Some("material".to_owned()), per_page: Some("8".to_owned()), ..SearchParams::default() };
            search::search(&page.app, params.to_query()).await?.hits.into_iter().map(|hit| (hit.id, hit.title)).collect()
        }
    };
    for (id, title) in found {
        if !choices.iter().any(|c| c.id == id) {
            choices.push(RelatedChoice { id, title, checked: false });
        }
    }
    Ok(choices)
}

async fn form_page(page: &Page, form: FormPage, input: &CaseStudyInput, errors: &FieldErrors, related_query: &str) -> AppResult<HttpResponse> {
    let mut view = convert::case_study_form(page.lang(), form.action, form.is_new, input, errors, form.cancel);
    view.related = related_choices(page, input.related_materials.as_deref().unwrap_or_default(), related_query).await?;
    view.related_query = related_query.to_owned();
    let text = [&input.title, &input.summary, &input.challenge, &input.approach, &input.results].into_iter().flatten().cloned().collect::<Vec<_>>().join("\n");
    let levels: Vec<String> = input.sector.iter().cloned().collect();
    let draft = goal_choices::Draft {
        aligned: input.goals.iter().flatten().map(|g| g.uri.clone()).collect(),
        text,
        levels: &levels,
        subjects: &[],
        query: &form.goal_query,
    };
    view.goal_choices = goal_choices::choices(page, draft).await?;
    view.goals_available = goal_choices::available(page).await?;
    view.goal_query = form.goal_query;
    if form.browse {
        let aligned: Vec<String> = input.goals.iter().flatten().map(|g| g.uri.clone()).collect();
        view.goal_browse = goal_choices::browse(page, &levels, &aligned).await?;
    }
    Ok(page.html(form.status, deelwijs_frontend::case_study_form(&page.ctx, &view)))
}

pub async fn list(mut page: Page, req: HttpRequest, query: web::Query<PageQuery>) -> HttpResponse {
    let title = page.lang().t("new-case-studies").to_owned();
    super::feeds::offer(&mut page, &title, "/feed", &super::feeds::feed_query(&[("kind", "case_study")], req.query_string()));
    if let Some(searched) = super::search::for_list(&page, req.query_string(), "/case-studies", ContentKind::CaseStudy).await {
        return page.respond(searched);
    }
    let result = async {
        let paged = case_studies::list(&page.app, None, query.page()).await?;
        let lang = page.lang();
        let view = ListPage {
            heading: lang.t("case-studies").to_owned(),
            items: paged.items.iter().map(|c| convert::case_study_card(lang, c, false)).collect(),
            pager: convert::pager(&paged, "/case-studies"),
            new_url: page.actor.as_ref().map(|_| "/case-studies/new".to_owned()),
            tabs: convert::list_tabs(lang, "/case-studies", false),
        };
        Ok(page.ok(deelwijs_frontend::case_study_list(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn show(page: Page, req: HttpRequest, id: web::Path<String>) -> HttpResponse {
    let result = async {
        let case_study = case_studies::get(&page.app, page.actor.as_ref(), &id).await?;
        let mut view = convert::case_study_page(page.lang(), &page.app.config, page.actor.as_ref(), &case_study);
        if let Some(json_ld) = super::with_structured_data(&page, &req, ContentKind::CaseStudy, &case_study.id, &mut view.head).await? {
            return Ok(json_ld);
        }
        let (likes, liked) = reactions::likes_for(&page.app, page.actor.as_ref(), ContentKind::CaseStudy, &case_study.id).await?;
        let public = case_study.fields.status == Status::Published && !case_study.hidden;
        view.appreciation = Appreciation { likes, liked, can_react: public && page.actor.is_some() };
        view.network_share = super::groups::share_panel(&page, ContentKind::CaseStudy, &case_study.id, &case_study.owner.id).await?;
        view.quality = super::quality::view(&page, ContentKind::CaseStudy, &case_study.id, &format!("/case-studies/{}", case_study.id), public).await?;
        Ok(super::negotiated(page.ok(deelwijs_frontend::case_study(&page.ctx, &view))))
    }
    .await;
    page.respond(result)
}

pub async fn new_form(page: Page) -> HttpResponse {
    let result = async {
        page.actor()?;
        let form = FormPage {
            status: StatusCode::OK,
            action: "/case-studies".to_owned(),
            is_new: true,
            cancel: "/case-studies".to_owned(),
            goal_query: String::new(),
            browse: false,
        };
        form_page(&page, form, &CaseStudyInput::default(), &FieldErrors::default(), "").await
    }
    .await;
    page.respond(result)
}

pub async fn create(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let input = case_study_input(&form);
        let new_form = |status| FormPage {
            status,
            action: "/case-studies".to_owned(),
            is_new: true,
            cancel: "/case-studies".to_owned(),
            goal_query: form.text("goal_query"),
            browse: form.get("intent") == Some("browse"),
        };
        // "Doelen voorstellen": the same form again, nothing saved, with fresh suggestions.
        if matches!(form.get("intent"), Some("suggest" | "browse" | "find_related")) {
            return form_page(&page, new_form(StatusCode::OK), &input, &FieldErrors::default(), &form.text("related_query")).await;
        }
        match case_studies::create(&page.app, &actor, input.clone()).await {
            Ok(created) => Ok(redirect(&format!("{}?done=created", created.url))),
            Err(AppError::Validation(errors)) => form_page(&page, new_form(StatusCode::UNPROCESSABLE_ENTITY), &input, &errors, "").await,
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

pub async fn edit_form(page: Page, id: web::Path<String>) -> HttpResponse {
    let result = async {
        let actor = page.actor()?;
        let case_study = case_studies::get(&page.app, Some(actor), &id).await?;
        actor.require(Action::Edit, &case_study.owner.id)?;
        let form = FormPage {
            status: StatusCode::OK,
            action: format!("{}/edit", case_study.url),
            is_new: false,
            cancel: case_study.url.clone(),
            goal_query: String::new(),
            browse: false,
        };
        form_page(&page, form, &case_study.fields.to_input(), &FieldErrors::default(), "").await
    }
    .await;
    page.respond(result)
}

pub async fn edit(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let mut input = case_study_input(&form);
        // Only who may edit it gets its form back, also when asking for goal suggestions.
        let current = case_studies::get(&page.app, Some(&actor), &id).await?;
        actor.require(Action::Edit, &current.owner.id)?;
        let url = page.app.config.case_study_url(&id);
        let edit_form = |status| FormPage {
            status,
            action: format!("{url}/edit"),
            is_new: false,
            cancel: url.clone(),
            goal_query: form.text("goal_query"),
            browse: form.get("intent") == Some("browse"),
        };
        if matches!(form.get("intent"), Some("suggest" | "browse" | "find_related")) {
            return form_page(&page, edit_form(StatusCode::OK), &input, &FieldErrors::default(), &form.text("related_query")).await;
        }
        // A goal that stays checked keeps its alignment type (which the API may have set).
        for goal in input.goals.iter_mut().flatten() {
            goal.alignment_type = current.fields.goals.iter().find(|a| a.uri == goal.uri).map(|a| a.alignment_type.as_str().to_owned());
        }
        match case_studies::update(&page.app, &actor, &id, input.clone(), "edited").await {
            Ok(updated) => Ok(redirect(&format!("{}?done=saved", updated.url))),
            Err(AppError::Validation(errors)) => form_page(&page, edit_form(StatusCode::UNPROCESSABLE_ENTITY), &input, &errors, "").await,
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

pub async fn history(page: Page, id: web::Path<String>, query: web::Query<PageQuery>) -> HttpResponse {
    let result = async {
        let case_study = case_studies::get(&page.app, page.actor.as_ref(), &id).await?;
        let paged = case_studies::versions(&page.app, page.actor.as_ref(), &id, query.page()).await?;
        let can_edit = convert::permissions(page.actor.as_ref(), &case_study.owner.id).edit;
        let view = HistoryPage {
            title: case_study.fields.title.clone(),
            back_url: case_study.url.clone(),
            versions: paged.items.iter().map(|v| convert::version_view(page.lang(), &case_study.url, v, case_study.version, can_edit)).collect(),
            pager: convert::pager(&paged, &format!("{}/history", case_study.url)),
        };
        Ok(page.ok(deelwijs_frontend::history(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn version(page: Page, path: web::Path<(String, String)>) -> HttpResponse {
    let result = async {
        let number: i32 = path.1.parse().map_err(|_| AppError::NotFound)?;
        let (case_study, info) = case_studies::version(&page.app, page.actor.as_ref(), &path.0, number).await?;
        let current = case_studies::get(&page.app, page.actor.as_ref(), &path.0).await?.version;
        let mut view = convert::case_study_page(page.lang(), &page.app.config, page.actor.as_ref(), &case_study);
        view.viewing_version = Some(convert::version_view(page.lang(), &case_study.url, &info, current, view.can.edit));
        Ok(super::negotiated(page.ok(deelwijs_frontend::case_study(&page.ctx, &view))))
    }
    .await;
    page.respond(result)
}

pub async fn restore(page: Page, req: HttpRequest, path: web::Path<(String, String)>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        let number: i32 = path.1.parse().map_err(|_| AppError::NotFound)?;
        let case_study = case_studies::restore(&page.app, &actor, &path.0, number, None).await?;
        Ok(redirect(&format!("{}?done=restored", case_study.url)))
    }
    .await;
    page.respond(result)
}

pub async fn delete(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        case_studies::delete(&page.app, &actor, &id).await?;
        Ok(redirect("/account?done=deleted"))
    }
    .await;
    page.respond(result)
}

/// The page's "Publiceren" / "Terug naar concept": a new version that differs only in status.
pub async fn set_status(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let status = form.text("status");
        let patch = CaseStudyInput { status: Some(status.clone()), ..CaseStudyInput::default() };
        let case_study = case_studies::update(&page.app, &actor, &id, patch, "edited").await?;
        Ok(redirect(&format!("{}?done={}", case_study.url, if status == "draft" { "draft" } else { "published" })))
    }
    .await;
    page.respond(result)
}

pub async fn hide(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let hidden = form.get("hidden") == Some("true");
        let case_study = case_studies::set_hidden(&page.app, &actor, &id, hidden).await?;
        Ok(redirect(&format!("{}?done={}", case_study.url, if hidden { "hidden" } else { "shown" })))
    }
    .await;
    page.respond(result)
}
