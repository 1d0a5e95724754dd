//! Material pages: home, list, view, create/edit forms, history, remix flow, attachments.

use actix_web::http::header::{self, Charset, ContentDisposition, DispositionParam, DispositionType, ExtendedValue};
use actix_web::http::StatusCode;
use actix_web::mime;
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::views::{
    AddToCollection, Appreciation, Choice, GoalLinkView, HistoryPage, HomePage, ListPage, RemixPage, ReviewFormView, ReviewView, ReviewsView,
};

use super::convert;
use super::goal_choices::{self, FormPage};
use super::{redirect, Page};
use crate::app::materials::{self, RemixInput};
use crate::app::translations::{self, TranslateInput};
use crate::app::{attachments, case_studies, curricula, node, reactions, reviews, AppError, AppResult};
use crate::domain::alignment::GoalRef;
use crate::domain::license::License;
use crate::domain::material::Link;
use crate::domain::material::MaterialInput;
use crate::domain::review::ReviewInput;
use crate::domain::validation::{FieldErrors, FieldProblem};
use crate::domain::vocab::{EducationLevel, Status};
use crate::domain::ContentKind;
use crate::http::api::PageQuery;
use crate::http::form::FormData;
use crate::store::Page as PageNumber;

/// Materials the home page chooses its nine from.
const HOME_CANDIDATES: i64 = 36;

pub async fn home(mut page: Page) -> HttpResponse {
    let title = page.lang().t("new-here").to_owned();
    super::feeds::offer(&mut page, &title, "/feed", "");
    let result = async {
        let info = node::info(&page.app).await?;
        // The newest materials, those in the visitor's language first: a Dutch teacher's first
        // row should not be French secondary-school material because it happened to arrive last.
        let recent = materials::list(&page.app, None, PageNumber::new(Some(1), Some(HOME_CANDIDATES))).await?;
        let cases = case_studies::list(&page.app, None, PageNumber::new(Some(1), Some(6))).await?;
        let lang = page.lang();
        // And those for the visitor's level: the one they last filtered search on, else the
        // levels of what a signed-in teacher publishes.
        let levels: Vec<EducationLevel> = match (page.level, &page.actor) {
            (Some(level), _) => vec![level],
            (None, Some(actor)) => {
                let own = materials::list(&page.app, Some(actor.id.as_str()), PageNumber::new(Some(1), Some(20))).await?;
                let mut levels: Vec<EducationLevel> = own.items.iter().flat_map(|m| m.fields.education_levels.iter().copied()).collect();
                levels.sort_by_key(|l| l.as_str());
                levels.dedup();
                levels
            }
            (None, None) => Vec::new(),
        };
        let mut newest: Vec<&materials::Material> = recent.items.iter().collect();
        // A stable sort: within each group the newest stay first.
        newest.sort_by_key(|m| {
            let other_language = m.fields.language.primary() != lang.code();
            let other_level = !levels.is_empty() && !m.fields.education_levels.iter().any(|l| levels.contains(l));
            (other_language, other_level)
        });
        let view = HomePage {
            node_description: info.description,
            materials: newest.into_iter().take(9).map(|m| convert::material_card(lang, m, false)).collect(),
            case_studies: cases.items.iter().map(|c| convert::case_study_card(lang, c, false)).collect(),
            material_count: info.materials,
            case_study_count: info.case_studies,
        };
        Ok(page.ok(deelwijs_frontend::home(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn list(mut page: Page, req: HttpRequest, query: web::Query<PageQuery>) -> HttpResponse {
    let title = page.lang().t("new-materials").to_owned();
    super::feeds::offer(&mut page, &title, "/feed", &super::feeds::feed_query(&[("kind", "material")], req.query_string()));
    if let Some(searched) = super::search::for_list(&page, req.query_string(), "/materials", ContentKind::Material).await {
        return page.respond(searched);
    }
    let result = async {
        let paged = materials::list(&page.app, None, query.page()).await?;
        let lang = page.lang();
        let view = ListPage {
            heading: lang.t("learning-materials").to_owned(),
            items: paged.items.iter().map(|m| convert::material_card(lang, m, false)).collect(),
            pager: convert::pager(&paged, "/materials"),
            new_url: page.actor.as_ref().map(|_| "/materials/new".to_owned()),
            tabs: convert::list_tabs(lang, "/materials", false),
        };
        Ok(page.ok(deelwijs_frontend::material_list(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn show(page: Page, req: HttpRequest, id: web::Path<String>) -> HttpResponse {
    let result = async {
        let material = materials::get(&page.app, page.actor.as_ref(), &id).await?;
        let mut view = convert::material_page(page.lang(), &page.app.config, page.actor.as_ref(), &material);
        if let Some(json_ld) = super::with_structured_data(&page, &req, ContentKind::Material, &material.id, &mut view.head).await? {
            return Ok(json_ld);
        }
        view.goals = aligned_goals(&page, &material).await?;
        let (likes, liked) = reactions::likes_for(&page.app, page.actor.as_ref(), ContentKind::Material, &material.id).await?;
        let public = material.fields.status == Status::Published && !material.hidden;
        view.appreciation = Appreciation { likes, liked, can_react: public && page.actor.is_some() };
        view.network_share = super::groups::share_panel(&page, ContentKind::Material, &material.id, &material.owner.id).await?;
        if public {
            view.reviews = Some(reviews_view(&page, &material.id, &material.owner.id, None).await?);
        }
        view.quality = super::quality::view(&page, ContentKind::Material, &material.id, &format!("/materials/{}", material.id), public).await?;
        // Anyone signed in can put public material in a collection of their own.
        if let (Some(actor), true) = (page.actor.as_ref(), public) {
            view.add_to_collection = Some(AddToCollection {
                action: format!("/materials/{}/collect", material.id),
                options: crate::app::collections::own(&page.app, actor).await?,
                new_url: format!("/collections/new?material={}", material.id),
            });
        }
        Ok(super::negotiated(page.ok(deelwijs_frontend::material(&page.ctx, &view))))
    }
    .await;
    page.respond(result)
}

/// A public material's reviews and, for someone signed in, the form with their own review (or
/// what they typed, with its problems).
async fn reviews_view(page: &Page, id: &str, owner_id: &str, typed: Option<(&ReviewInput, &FieldErrors)>) -> AppResult<ReviewsView> {
    let lang = page.lang();
    let reviews = reviews::of_material(&page.app, page.actor.as_ref(), id).await?;
    let mine = reviews.items.iter().find(|r| r.mine);
    // Colleagues review; the author does not review their own work.
    let form = page.actor.as_ref().filter(|a| a.id != owner_id).map(|_| {
        let (rating, text, level) = match typed {
            Some((input, _)) => (input.rating.unwrap_or(0), input.text.clone().unwrap_or_default(), input.used_with_level.clone().unwrap_or_default()),
            None => {
                mine.map_or((0, String::new(), String::new()), |r| (r.rating, r.text.clone(), r.used_with.map(|l| l.as_str().to_owned()).unwrap_or_default()))
            }
        };
        ReviewFormView {
            action: format!("/materials/{id}/review"),
            delete_action: mine.map(|_| format!("/materials/{id}/review/delete")),
            rating,
            text,
            levels: EducationLevel::ALL
                .iter()
                .map(|l| Choice { id: l.as_str().to_owned(), label: l.label(lang.code()).to_owned(), selected: l.as_str() == level })
                .collect(),
            errors: typed.map(|(_, errors)| convert::errors(lang, errors)).unwrap_or_default(),
        }
    });
    Ok(ReviewsView {
        average: reviews.summary.average,
        count: reviews.summary.count,
        used_in_class: reviews.summary.used_in_class,
        items: reviews
            .items
            .iter()
            .map(|r| ReviewView {
                reviewer: r.reviewer.clone(),
                reviewer_url: r.reviewer_url.clone(),
                node: r.node.clone(),
                rating: r.rating,
                text: r.text.clone(),
                used_with: r.used_with.map(|l| l.label(lang.code()).to_owned()),
                date: convert::date(lang, r.updated_at),
                mine: r.mine,
            })
            .collect(),
        form,
    })
}

/// `POST /materials/{id}/review`: writes the signed-in teacher's review, then back to the
/// material; with problems, the page again with the form marked.
pub async fn review(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let rating = match form.text("rating").trim() {
            "" => None,
            value => Some(value.parse::<i32>().unwrap_or(0)),
        };
        let input = ReviewInput { rating, text: form.get("text").map(str::to_owned), used_with_level: form.get("used_with_level").map(str::to_owned) };
        match reviews::review(&page.app, &actor, &id, input.clone()).await {
            Ok(_) => Ok(redirect(&format!("/materials/{id}?done=saved#reviews"))),
            Err(AppError::Validation(errors)) => {
                let material = materials::get(&page.app, Some(&actor), &id).await?;
                let mut view = convert::material_page(page.lang(), &page.app.config, Some(&actor), &material);
                view.reviews = Some(reviews_view(&page, &id, &material.owner.id, Some((&input, &errors))).await?);
                Ok(page.html(StatusCode::UNPROCESSABLE_ENTITY, deelwijs_frontend::material(&page.ctx, &view)))
            }
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

/// `POST /materials/{id}/review/delete`: withdraws the signed-in teacher's review.
pub async fn withdraw_review(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        reviews::withdraw(&page.app, &actor, &id).await?;
        Ok(redirect(&format!("/materials/{id}?done=deleted#reviews")))
    }
    .await;
    page.respond(result)
}

/// Reads the material form. Lists come as repeated checkboxes, comma lists and
/// `title | url` lines; a non-numeric number becomes a field error.
fn material_input(form: &FormData, errors: &mut FieldErrors) -> MaterialInput {
    let mut number = |name: &str| {
        form.number(name).unwrap_or_else(|_| {
            errors.add(name, FieldProblem::InvalidFormat);
            None
        })
    };
    let isced_level = number("isced_level");
    let duration_minutes = number("duration_minutes");
    // One row per link: a title and an address; rows left empty are skipped.
    let links = form
        .all("link_title")
        .into_iter()
        .zip(form.all("link_url"))
        .filter(|(title, url)| !title.trim().is_empty() || !url.trim().is_empty())
        .map(|(title, url)| Link { title: title.trim().to_owned(), url: url.trim().to_owned() })
        .collect();
    // A language from the list, or "another language" with its code typed.
    let language = match form.text("language").as_str() {
        "other" => form.text("language_other"),
        chosen => chosen.to_owned(),
    };
    MaterialInput {
        title: Some(form.text("title")),
        summary: Some(form.text("summary")),
        body: Some(form.text("body")),
        language: Some(language),
        license: Some(form.text("license")),
        education_levels: Some(form.all("education_levels")),
        isced_level,
        subjects: Some(form.all("subjects")),
        resource_type: Some(form.text("resource_type")),
        duration_minutes,
        keywords: Some(form.comma_list("keywords")),
        authors: Some(form.comma_list("authors")),
        links: Some(links),
        status: Some(form.text("status")),
        // Checkboxes: aligned goals come checked, suggestions unchecked (see `goal_choices`).
        goals: Some(form.all("goals").into_iter().map(|uri| GoalRef { uri, alignment_type: None }).collect()),
        translation_of: form.get("translation_of").map(str::to_owned),
        adaptation_notes: form.get("adaptation_notes").map(str::to_owned),
    }
}

async fn form_page(page: &Page, form: FormPage, input: &MaterialInput, errors: &FieldErrors) -> AppResult<HttpResponse> {
    let mut view = convert::material_form(page.lang(), form.action, form.is_new, input, errors, form.cancel);
    let text = [&input.title, &input.summary, &input.body].into_iter().flatten().cloned().collect::<Vec<_>>().join("\n");
    let draft = goal_choices::Draft {
        aligned: input.goals.iter().flatten().map(|g| g.uri.clone()).collect(),
        text,
        levels: input.education_levels.as_deref().unwrap_or_default(),
        subjects: input.subjects.as_deref().unwrap_or_default(),
        query: &form.goal_query,
    };
    view.goal_choices = goal_choices::choices(page, draft).await?;
    view.goals_available = goal_choices::available(page).await?;
    view.goal_query = form.goal_query;
    if form.browse {
        let aligned: Vec<String> = input.goals.iter().flatten().map(|g| g.uri.clone()).collect();
        view.goal_browse = goal_choices::browse(page, input.education_levels.as_deref().unwrap_or_default(), &aligned).await?;
    }
    Ok(page.html(form.status, deelwijs_frontend::material_form(&page.ctx, &view)))
}

/// Aligned goals with their codes and statements, for the material page.
async fn aligned_goals(page: &Page, material: &materials::Material) -> AppResult<Vec<(GoalLinkView, String)>> {
    let rows = curricula::goal_rows(&page.app, material.fields.goals.iter().map(|g| g.uri.clone()).collect()).await?;
    let frameworks = curricula::foreign_frameworks(&page.app, &rows).await?;
    Ok(material
        .fields
        .goals
        .iter()
        .filter_map(|a| {
            rows.iter()
                .find(|g| g.uri == a.uri)
                .map(|g| (super::curricula::goal_link_in(g, &frameworks), a.alignment_type.label(page.lang().code()).to_owned()))
        })
        .collect())
}

pub async fn new_form(page: Page) -> HttpResponse {
    let result = async {
        page.actor()?;
        let input = MaterialInput { authors: page.actor.as_ref().map(|a| vec![a.display_name.clone()]), ..Default::default() };
        let form = FormPage {
            status: StatusCode::OK,
            action: "/materials".to_owned(),
            is_new: true,
            cancel: "/materials".to_owned(),
            goal_query: String::new(),
            browse: false,
        };
        form_page(&page, form, &input, &FieldErrors::default()).await
    }
    .await;
    page.respond(result)
}

pub async fn create(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let mut form = page.form(&req, payload).await?;
        let mut errors = FieldErrors::default();
        let input = material_input(&form, &mut errors);
        let new_form = |status| FormPage {
            status,
            action: "/materials".to_owned(),
            is_new: true,
            cancel: "/materials".to_owned(),
            goal_query: form.text("goal_query"),
            browse: form.get("intent") == Some("browse"),
        };
        // "Doelen voorstellen": the same form again, nothing saved, with fresh suggestions.
        if matches!(form.get("intent"), Some("suggest" | "browse")) {
            return form_page(&page, new_form(StatusCode::OK), &input, &FieldErrors::default()).await;
        }
        let created = if errors.is_empty() { materials::create(&page.app, &actor, input.clone()).await } else { Err(AppError::Validation(errors)) };
        match created {
            Ok(material) => {
                if let Some(upload) = form.take_file("attachment") {
                    attachments::add_attachment(&page.app, &actor, &material.id, upload).await?;
                }
                Ok(redirect(&format!("{}?done=created", material.url)))
            }
            Err(AppError::Validation(errors)) => form_page(&page, new_form(StatusCode::UNPROCESSABLE_ENTITY), &input, &errors).await,
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

pub async fn edit_form(page: Page, id: web::Path<String>) -> HttpResponse {
    let result = async {
        let actor = page.actor()?;
        let material = materials::get(&page.app, Some(actor), &id).await?;
        actor.require(crate::domain::authz::Action::Edit, &material.owner.id)?;
        let action = format!("{}/edit", material.url);
        let form = FormPage { status: StatusCode::OK, action, is_new: false, cancel: material.url.clone(), goal_query: String::new(), browse: false };
        // The edit form shows the original by its address (here, or its own node's).
        let input = MaterialInput { translation_of: material.translation_of.as_ref().map(|t| t.url.clone()), ..material.fields.to_input() };
        form_page(&page, form, &input, &FieldErrors::default()).await
    }
    .await;
    page.respond(result)
}

pub async fn edit(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let mut form = page.form(&req, payload).await?;
        let mut errors = FieldErrors::default();
        let mut input = material_input(&form, &mut errors);
        // Only who may edit it gets its form back, also when asking for goal suggestions.
        let current = materials::get(&page.app, Some(&actor), &id).await?;
        actor.require(crate::domain::authz::Action::Edit, &current.owner.id)?;
        let url = page.app.config.material_url(&id);
        let edit_form = |status| FormPage {
            status,
            action: format!("{url}/edit"),
            is_new: false,
            cancel: url.clone(),
            goal_query: form.text("goal_query"),
            browse: form.get("intent") == Some("browse"),
        };
        if matches!(form.get("intent"), Some("suggest" | "browse")) {
            return form_page(&page, edit_form(StatusCode::OK), &input, &FieldErrors::default()).await;
        }
        // A goal that stays checked keeps its alignment type (which the API may have set).
        for goal in input.goals.iter_mut().flatten() {
            goal.alignment_type = current.fields.goals.iter().find(|a| a.uri == goal.uri).map(|a| a.alignment_type.as_str().to_owned());
        }
        let updated =
            if errors.is_empty() { materials::update(&page.app, &actor, &id, input.clone(), "edited").await } else { Err(AppError::Validation(errors)) };
        match updated {
            Ok(material) => {
                if let Some(upload) = form.take_file("attachment") {
                    attachments::add_attachment(&page.app, &actor, &material.id, upload).await?;
                }
                Ok(redirect(&format!("{}?done=saved", material.url)))
            }
            Err(AppError::Validation(errors)) => form_page(&page, edit_form(StatusCode::UNPROCESSABLE_ENTITY), &input, &errors).await,
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

pub async fn history(page: Page, id: web::Path<String>, query: web::Query<PageQuery>) -> HttpResponse {
    let result = async {
        let material = materials::get(&page.app, page.actor.as_ref(), &id).await?;
        let paged = materials::versions(&page.app, page.actor.as_ref(), &id, query.page()).await?;
        let can_edit = convert::permissions(page.actor.as_ref(), &material.owner.id).edit;
        let view = HistoryPage {
            title: material.fields.title.clone(),
            back_url: material.url.clone(),
            versions: paged.items.iter().map(|v| convert::version_view(page.lang(), &material.url, v, material.version, can_edit)).collect(),
            pager: convert::pager(&paged, &format!("{}/history", material.url)),
        };
        Ok(page.ok(deelwijs_frontend::history(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn version(page: Page, path: web::Path<(String, String)>) -> HttpResponse {
    let result = async {
        let number: i32 = path.1.parse().map_err(|_| AppError::NotFound)?;
        let (material, info) = materials::version(&page.app, page.actor.as_ref(), &path.0, number).await?;
        let current = materials::get(&page.app, page.actor.as_ref(), &path.0).await?.version;
        let mut view = convert::material_page(page.lang(), &page.app.config, page.actor.as_ref(), &material);
        view.goals = aligned_goals(&page, &material).await?;
        view.viewing_version = Some(convert::version_view(page.lang(), &material.url, &info, current, view.can.edit));
        // Files are removed from the current version, not from history.
        view.attachments.iter_mut().for_each(|a| a.delete_url = None);
        Ok(page.ok(deelwijs_frontend::material(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn restore(page: Page, req: HttpRequest, path: web::Path<(String, String)>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        let number: i32 = path.1.parse().map_err(|_| AppError::NotFound)?;
        let material = materials::restore(&page.app, &actor, &path.0, number, None).await?;
        Ok(redirect(&format!("{}?done=restored", material.url)))
    }
    .await;
    page.respond(result)
}

fn remix_page(
    page: &Page,
    material: &materials::Material,
    allowed: &Result<Vec<License>, crate::domain::license::RemixError>,
    title: &str,
    errors: &FieldErrors,
) -> RemixPage {
    let lang = page.lang();
    let source_license = material.fields.license;
    let default = match allowed {
        Ok(list) if list.contains(&source_license) => source_license.spdx(),
        Ok(list) => list.first().map(|l| l.spdx()).unwrap_or_default(),
        Err(_) => "",
    };
    let rule = if !source_license.requires_attribution() {
        lang.t("cc0-anything-goes-attribution")
    } else if !source_license.allows_remix() {
        lang.t("noderivatives-remixing-is-not")
    } else if allowed.as_ref().is_ok_and(|l| l.len() <= 2) {
        lang.t("sharealike-your-remix-keeps")
    } else {
        lang.t("attribution-is-required-choose")
    };
    RemixPage {
        source_title: material.fields.title.clone(),
        source_url: material.url.clone(),
        source_license: source_license.short_name(),
        action: format!("{}/remix", material.url),
        title: title.to_owned(),
        licenses: allowed.as_ref().map(|list| convert::license_choices(list, default)).unwrap_or_default(),
        rule: rule.to_owned(),
        forbidden: allowed.as_ref().err().map(|_| lang.t("this-licence-does-not").to_owned()),
        errors: convert::errors(lang, errors),
        translate_into: String::new(),
        source_language: material.fields.language.as_str().to_owned(),
        adaptation_notes: String::new(),
    }
}

pub async fn remix_form(page: Page, id: web::Path<String>) -> HttpResponse {
    let result = async {
        page.actor()?;
        let (material, allowed) = materials::remix_options(&page.app, page.actor.as_ref(), &id).await?;
        let title = format!("Remix: {}", material.fields.title);
        let view = remix_page(&page, &material, &allowed, &title, &FieldErrors::default());
        Ok(page.ok(deelwijs_frontend::remix(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn remix(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let (license, title) = (form.get("license").map(str::to_owned), form.get("title").map(str::to_owned));
        // A language chosen to translate into makes the remix a translation of its source.
        let translate_into = form.text("translate_into").trim().to_owned();
        let made = if translate_into.is_empty() {
            materials::remix(&page.app, &actor, &id, RemixInput { license, title, status: None }).await
        } else {
            let notes = form.get("adaptation_notes").map(str::to_owned);
            let input = TranslateInput { language: Some(translate_into.clone()), title, license, status: None, adaptation_notes: notes };
            translations::translate(&page.app, &actor, &id, input).await
        };
        match made {
            Ok(remixed) => Ok(redirect(&format!("{}/edit?done=remixed", remixed.url))),
            Err(error @ (AppError::Remix(_) | AppError::Validation(_))) => {
                let (material, allowed) = materials::remix_options(&page.app, Some(&actor), &id).await?;
                let mut errors = FieldErrors::default();
                if let AppError::Validation(e) = &error {
                    // The API's `language` is the form's `translate_into`.
                    for (field, problem) in &e.0 {
                        errors.add(if field == "language" { "translate_into" } else { field }, *problem);
                    }
                } else {
                    errors.add("license", FieldProblem::UnknownLicense);
                }
                let mut view = remix_page(&page, &material, &allowed, &form.text("title"), &errors);
                view.translate_into = translate_into;
                view.adaptation_notes = form.text("adaptation_notes");
                Ok(page.html(StatusCode::UNPROCESSABLE_ENTITY, deelwijs_frontend::remix(&page.ctx, &view)))
            }
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

pub async fn delete(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        materials::delete(&page.app, &actor, &id).await?;
        Ok(redirect("/account?done=deleted"))
    }
    .await;
    page.respond(result)
}

pub async fn hide(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let hidden = form.get("hidden") == Some("true");
        let material = materials::set_hidden(&page.app, &actor, &id, hidden).await?;
        Ok(redirect(&format!("{}?done={}", material.url, if hidden { "hidden" } else { "shown" })))
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
        let patch = MaterialInput { status: Some(status.clone()), ..MaterialInput::default() };
        let material = materials::update(&page.app, &actor, &id, patch, "edited").await?;
        Ok(redirect(&format!("{}?done={}", material.url, if status == "draft" { "draft" } else { "published" })))
    }
    .await;
    page.respond(result)
}

pub async fn upload(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let mut form = page.form(&req, payload).await?;
        let upload = form.take_file("file").ok_or_else(|| AppError::bad_request("no_file", page.lang().t("choose-a-file-first")))?;
        attachments::add_attachment(&page.app, &actor, &id, upload).await?;
        Ok(redirect(&format!("{}?done=uploaded", page.app.config.material_url(&id))))
    }
    .await;
    page.respond(result)
}

pub async fn remove_attachment(page: Page, req: HttpRequest, path: web::Path<(String, String)>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        attachments::remove_attachment(&page.app, &actor, &path.0, &path.1).await?;
        Ok(redirect(&format!("{}?done=saved", page.app.config.material_url(&path.0))))
    }
    .await;
    page.respond(result)
}

/// Serves an attachment as a download: never rendered inline, never sniffed, sandboxed.
/// The file is streamed from disk (with `Range` and conditional requests), never read whole.
pub async fn download(page: Page, req: HttpRequest, path: web::Path<(String, String)>) -> HttpResponse {
    let (id, attachment) = path.into_inner();
    serve_file(page, req, id, attachment, None).await
}

/// A file as an old version had it (it may since have been removed or replaced).
pub async fn version_download(page: Page, req: HttpRequest, path: web::Path<(String, i32, String)>) -> HttpResponse {
    let (id, version, attachment) = path.into_inner();
    serve_file(page, req, id, attachment, Some(version)).await
}

async fn serve_file(page: Page, req: HttpRequest, id: String, attachment: String, version: Option<i32>) -> HttpResponse {
    let result: AppResult<HttpResponse> = async {
        let (row, file) = attachments::attachment_file(&page.app, page.actor.as_ref(), &id, &attachment, version).await?;
        let ascii_name: String = row.file_name.chars().map(|c| if c.is_ascii_alphanumeric() || ".-_ ".contains(c) { c } else { '_' }).collect();
        let disposition = ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![
                DispositionParam::Filename(ascii_name),
                DispositionParam::FilenameExt(ExtendedValue { charset: Charset::Ext("UTF-8".into()), language_tag: None, value: row.file_name.into_bytes() }),
            ],
        };
        let mime: mime::Mime = row.content_type.parse().unwrap_or(mime::APPLICATION_OCTET_STREAM);
        let named = actix_files::NamedFile::open_async(&file).await?.set_content_type(mime).set_content_disposition(disposition);
        let mut response = named.into_response(&req);
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_SECURITY_POLICY, header::HeaderValue::from_static("default-src 'none'; sandbox"));
        headers.insert(header::CACHE_CONTROL, header::HeaderValue::from_static("private, max-age=3600"));
        Ok(response)
    }
    .await;
    page.respond(result)
}
