//! Collection pages: list, view, the form (new and edit), items, history, copy, the Atom feed,
//! and "add to a collection" from a material page.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use deelwijs_frontend::views::{Appreciation, Choice, HistoryPage, ListPage, Tab};
use serde::Deserialize;

use super::convert;
use super::goal_choices::{self, FormPage};
use super::{redirect, Page};
use crate::app::collections::{self, Collection, CopyInput, ListScope};
use crate::app::{curricula, reactions, AppError, AppResult};
use crate::domain::alignment::GoalRef;
use crate::domain::authz::Action;
use crate::domain::collection::{CollectionInput, ItemInput};
use crate::domain::validation::FieldErrors;
use crate::domain::vocab::Status;
use crate::domain::ContentKind;
use crate::http::api::PageQuery;
use crate::http::form::FormData;

/// The form's fields. Items come as rows of (material, note, position); a row whose box
/// "remove" is ticked, or that is empty, is left out; the rest is ordered by position (ties
/// keep the order of the rows).
fn collection_input(form: &FormData) -> CollectionInput {
    let removed = form.all("item_remove");
    let positions = form.all("item_position");
    let mut rows: Vec<(usize, i64, ItemInput)> = form
        .all("item_material")
        .into_iter()
        .zip(form.all("item_note"))
        .enumerate()
        .filter(|(_, (material, _))| !material.trim().is_empty() && !removed.contains(material))
        .map(|(index, (material, note))| {
            let position = positions.get(index).and_then(|p| p.trim().parse::<i64>().ok()).unwrap_or(i64::MAX);
            (index, position, ItemInput { material: material.trim().to_owned(), note: Some(note) })
        })
        .collect();
    rows.sort_by_key(|(index, position, _)| (*position, *index));
    CollectionInput {
        title: Some(form.text("title")),
        introduction: Some(form.text("introduction")),
        language: Some(form.text("language")),
        license: Some(form.text("license")),
        education_levels: Some(form.all("education_levels")),
        subjects: Some(form.all("subjects")),
        status: Some(form.text("status")),
        goals: Some(form.all("goals").into_iter().map(|uri| GoalRef { uri, alignment_type: None }).collect()),
        items: Some(rows.into_iter().map(|(_, _, item)| item).collect()),
    }
}

async fn form_page(page: &Page, form: FormPage, input: &CollectionInput, titles: &[(String, String)], errors: &FieldErrors) -> AppResult<HttpResponse> {
    let mut view = convert::collection_form(page.lang(), form.action, form.is_new, input, titles, errors, form.cancel);
    let mut text = [&input.title, &input.introduction].into_iter().flatten().cloned().collect::<Vec<_>>();
    text.extend(titles.iter().map(|(_, title)| title.clone()));
    let draft = goal_choices::Draft {
        aligned: input.goals.iter().flatten().map(|g| g.uri.clone()).collect(),
        text: text.join("\n"),
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
    Ok(page.html(form.status, deelwijs_frontend::collection_form(&page.ctx, &view)))
}

/// What the items of a collection are called, by URL (for the form's rows).
fn titles_of(collection: &Collection) -> Vec<(String, String)> {
    collection.items.iter().map(|i| (i.item_url.clone(), if i.title.is_empty() { i.item_url.clone() } else { i.title.clone() })).collect()
}

#[derive(Deserialize)]
pub struct ListQuery {
    mine: Option<String>,
    #[serde(flatten)]
    page: PageQuery,
}

pub async fn list(page: Page, req: HttpRequest, query: web::Query<ListQuery>) -> HttpResponse {
    if let Some(searched) = super::search::for_list(&page, req.query_string(), "/collections", ContentKind::Collection).await {
        return page.respond(searched);
    }
    let result = async {
        let lang = page.lang();
        let mine = query.mine.is_some() && page.actor.is_some();
        let scope = match (&page.actor, mine) {
            (Some(actor), true) => ListScope::Owner(actor.id.clone()),
            _ => ListScope::Public,
        };
        let paged = collections::list(&page.app, page.actor.as_ref(), scope, query.page.page()).await?;
        let mut tabs = vec![Tab { title: lang.t("all-collections").to_owned(), url: "/collections".to_owned(), current: !mine }];
        if page.actor.is_some() {
            tabs.push(Tab { title: lang.t("my-collections").to_owned(), url: "/collections?mine=1".to_owned(), current: mine });
        }
        tabs.push(Tab { title: lang.t("filter-and-sort").to_owned(), url: "/collections?sort=newest".to_owned(), current: false });
        let view = ListPage {
            heading: lang.t("collections").to_owned(),
            items: paged.items.iter().map(|c| convert::collection_card(lang, c, mine)).collect(),
            pager: {
                let mut pager = convert::pager(&paged, "/collections");
                if mine {
                    for link in [&mut pager.prev_url, &mut pager.next_url].into_iter().flatten() {
                        *link = link.replacen("?page=", "?mine=1&page=", 1);
                    }
                }
                pager
            },
            new_url: page.actor.as_ref().map(|_| "/collections/new".to_owned()),
            tabs,
        };
        Ok(page.ok(deelwijs_frontend::collection_list(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

async fn page_view(page: &Page, collection: &Collection) -> AppResult<deelwijs_frontend::views::CollectionPage> {
    let mut view = convert::collection_page(page.lang(), &page.app.config, page.actor.as_ref(), collection);
    let rows = curricula::goal_rows(&page.app, collection.fields.goals.iter().map(|g| g.uri.clone()).collect()).await?;
    let frameworks = curricula::foreign_frameworks(&page.app, &rows).await?;
    view.goals = rows.iter().map(|g| super::curricula::goal_link_in(g, &frameworks)).collect();
    let (likes, liked) = reactions::likes_for(&page.app, page.actor.as_ref(), ContentKind::Collection, &collection.id).await?;
    let public = collection.fields.status == Status::Published && !collection.hidden;
    view.appreciation = Appreciation { likes, liked, can_react: public && page.actor.is_some() };
    if collection.origin.is_none() {
        view.network_share = super::groups::share_panel(page, ContentKind::Collection, &collection.id, &collection.owner.id).await?;
        // Its author may give it to a network here they belong to.
        if let Some(actor) = page.actor.as_ref().filter(|a| a.id == collection.owner.id) {
            let chosen = collection.network.as_ref().map(|(name, _)| name.as_str());
            view.network_choices = crate::app::networks::postable(&page.app, actor)
                .await?
                .into_iter()
                .filter(|group| group.local)
                .map(|group| Choice {
                    selected: chosen == Some(group.username.as_str()),
                    label: if group.name.is_empty() { group.username.clone() } else { group.name.clone() },
                    id: group.username,
                })
                .collect();
        }
    }
    Ok(view)
}

pub async fn show(page: Page, id: web::Path<String>) -> HttpResponse {
    let result = async {
        let collection = collections::get(&page.app, page.actor.as_ref(), &id).await?;
        let view = page_view(&page, &collection).await?;
        Ok(page.ok(deelwijs_frontend::collection(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

#[derive(Deserialize)]
pub struct NewQuery {
    /// A material to start the collection with (from "new collection with this").
    material: Option<String>,
}

pub async fn new_form(page: Page, query: web::Query<NewQuery>) -> HttpResponse {
    let result = async {
        page.actor()?;
        let mut input = CollectionInput { language: Some(page.lang().code().to_owned()), ..CollectionInput::default() };
        let mut titles = Vec::new();
        if let Some(id) = query.material.as_deref() {
            let material = crate::app::materials::get(&page.app, page.actor.as_ref(), id).await?;
            let url = material.original_url.clone().unwrap_or_else(|| material.url.clone());
            input.items = Some(vec![ItemInput { material: url.clone(), note: None }]);
            input.education_levels = Some(material.fields.education_levels.iter().map(|l| l.as_str().to_owned()).collect());
            input.subjects = Some(material.fields.subjects.iter().map(|s| s.as_str().to_owned()).collect());
            titles.push((url, material.fields.title.clone()));
        }
        let form = FormPage {
            status: StatusCode::OK,
            action: "/collections".to_owned(),
            is_new: true,
            cancel: "/collections".to_owned(),
            goal_query: String::new(),
            browse: false,
        };
        form_page(&page, form, &input, &titles, &FieldErrors::default()).await
    }
    .await;
    page.respond(result)
}

/// The titles the form showed for its kept rows, so a re-rendered form shows them again.
fn titles_in_form(form: &FormData) -> Vec<(String, String)> {
    form.all("item_material").into_iter().zip(form.all("item_title")).filter(|(_, title)| !title.is_empty()).collect()
}

pub async fn create(page: Page, req: HttpRequest, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let input = collection_input(&form);
        let titles = titles_in_form(&form);
        let new_form = |status| FormPage {
            status,
            action: "/collections".to_owned(),
            is_new: true,
            cancel: "/collections".to_owned(),
            goal_query: form.text("goal_query"),
            browse: form.get("intent") == Some("browse"),
        };
        if matches!(form.get("intent"), Some("suggest" | "browse")) {
            return form_page(&page, new_form(StatusCode::OK), &input, &titles, &FieldErrors::default()).await;
        }
        match collections::create(&page.app, &actor, input.clone()).await {
            Ok(created) => Ok(redirect(&format!("{}?done=created", created.url))),
            Err(AppError::Validation(errors)) => form_page(&page, new_form(StatusCode::UNPROCESSABLE_ENTITY), &input, &titles, &errors).await,
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

pub async fn edit_form(page: Page, id: web::Path<String>) -> HttpResponse {
    let result = async {
        let actor = page.actor()?;
        let collection = collections::get(&page.app, Some(actor), &id).await?;
        actor.require(Action::Edit, &collection.owner.id)?;
        let form = FormPage {
            status: StatusCode::OK,
            action: format!("{}/edit", collection.url),
            is_new: false,
            cancel: collection.url.clone(),
            goal_query: String::new(),
            browse: false,
        };
        form_page(&page, form, &collection.fields.to_input(), &titles_of(&collection), &FieldErrors::default()).await
    }
    .await;
    page.respond(result)
}

pub async fn edit(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let mut input = collection_input(&form);
        let current = collections::get(&page.app, Some(&actor), &id).await?;
        actor.require(Action::Edit, &current.owner.id)?;
        let titles = titles_of(&current);
        let url = current.url.clone();
        let edit_form = |status| FormPage {
            status,
            action: format!("{url}/edit"),
            is_new: false,
            cancel: url.clone(),
            goal_query: form.text("goal_query"),
            browse: form.get("intent") == Some("browse"),
        };
        if matches!(form.get("intent"), Some("suggest" | "browse")) {
            return form_page(&page, edit_form(StatusCode::OK), &input, &titles, &FieldErrors::default()).await;
        }
        for goal in input.goals.iter_mut().flatten() {
            goal.alignment_type = current.fields.goals.iter().find(|a| a.uri == goal.uri).map(|a| a.alignment_type.as_str().to_owned());
        }
        match collections::update(&page.app, &actor, &id, input.clone(), "edited").await {
            Ok(updated) => Ok(redirect(&format!("{}?done=saved", updated.url))),
            Err(AppError::Validation(errors)) => form_page(&page, edit_form(StatusCode::UNPROCESSABLE_ENTITY), &input, &titles, &errors).await,
            Err(other) => Err(other),
        }
    }
    .await;
    page.respond(result)
}

/// The author gives the collection to a network here (or takes it back: an empty choice).
pub async fn set_network(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let network = Some(form.text("network")).filter(|n| !n.is_empty());
        let collection = collections::set_network(&page.app, &actor, &id, network).await?;
        Ok(redirect(&format!("{}?done=saved", collection.url)))
    }
    .await;
    page.respond(result)
}

pub async fn remove_item(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let collection = collections::remove_item(&page.app, &actor, &id, &form.text("material")).await?;
        Ok(redirect(&format!("{}?done=saved", collection.url)))
    }
    .await;
    page.respond(result)
}

/// "Add to a collection" on a material page.
pub async fn collect(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let material = crate::app::materials::get(&page.app, Some(&actor), &id).await?;
        let item = ItemInput { material: material.original_url.clone().unwrap_or_else(|| material.url.clone()), note: Some(form.text("note")) };
        let collection = collections::add_item(&page.app, &actor, &form.text("collection"), item).await?;
        Ok(redirect(&format!("{}?done=collected", collection.url)))
    }
    .await;
    page.respond(result)
}

pub async fn copy(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        let copied = collections::copy(&page.app, &actor, &id, CopyInput::default()).await?;
        Ok(redirect(&format!("{}/edit", copied.url)))
    }
    .await;
    page.respond(result)
}

pub async fn history(page: Page, id: web::Path<String>, query: web::Query<PageQuery>) -> HttpResponse {
    let result = async {
        let collection = collections::get(&page.app, page.actor.as_ref(), &id).await?;
        let paged = collections::versions(&page.app, page.actor.as_ref(), &id, query.page()).await?;
        let can_edit = convert::permissions(page.actor.as_ref(), &collection.owner.id).edit && collection.origin.is_none();
        let view = HistoryPage {
            title: collection.fields.title.clone(),
            back_url: collection.url.clone(),
            versions: paged.items.iter().map(|v| convert::version_view(page.lang(), &collection.url, v, collection.version, can_edit)).collect(),
            pager: convert::pager(&paged, &format!("{}/history", collection.url)),
        };
        Ok(page.ok(deelwijs_frontend::history(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn version(page: Page, path: web::Path<(String, String)>) -> HttpResponse {
    let result = async {
        let number: i32 = path.1.parse().map_err(|_| AppError::NotFound)?;
        let (collection, info) = collections::version(&page.app, page.actor.as_ref(), &path.0, number).await?;
        let current = collections::get(&page.app, page.actor.as_ref(), &path.0).await?.version;
        let mut view = page_view(&page, &collection).await?;
        view.viewing_version = Some(convert::version_view(page.lang(), &collection.url, &info, current, view.can.edit));
        // An old version is read, not edited: its items are taken out of the current one.
        view.items.iter_mut().for_each(|i| i.remove_url = None);
        Ok(page.ok(deelwijs_frontend::collection(&page.ctx, &view)))
    }
    .await;
    page.respond(result)
}

pub async fn restore(page: Page, req: HttpRequest, path: web::Path<(String, String)>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        let number: i32 = path.1.parse().map_err(|_| AppError::NotFound)?;
        let collection = collections::restore(&page.app, &actor, &path.0, number, None).await?;
        Ok(redirect(&format!("{}?done=restored", collection.url)))
    }
    .await;
    page.respond(result)
}

pub async fn delete(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        page.form(&req, payload).await?;
        collections::delete(&page.app, &actor, &id).await?;
        Ok(redirect("/collections?mine=1&done=deleted"))
    }
    .await;
    page.respond(result)
}

pub async fn set_status(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let status = form.text("status");
        let patch = CollectionInput { status: Some(status.clone()), ..CollectionInput::default() };
        let collection = collections::update(&page.app, &actor, &id, patch, "edited").await?;
        Ok(redirect(&format!("{}?done={}", collection.url, if status == "draft" { "draft" } else { "published" })))
    }
    .await;
    page.respond(result)
}

pub async fn hide(page: Page, req: HttpRequest, id: web::Path<String>, payload: web::Payload) -> HttpResponse {
    let result = async {
        let actor = page.actor()?.clone();
        let form = page.form(&req, payload).await?;
        let hidden = form.get("hidden") == Some("true");
        let collection = collections::set_hidden(&page.app, &actor, &id, hidden).await?;
        Ok(redirect(&format!("{}?done={}", collection.url, if hidden { "hidden" } else { "shown" })))
    }
    .await;
    page.respond(result)
}

/// The collection as an Atom feed (RFC 4287): one entry per item, in the collection's order,
/// with the note as its summary. Feed readers see items come and go.
pub async fn feed(page: Page, id: web::Path<String>) -> HttpResponse {
    let result = async {
        let collection = collections::get(&page.app, None, &id).await?;
        let updated = collection.updated_at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
        let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.push_str(&format!("<id>{}</id>\n<title>{}</title>\n<updated>{updated}</updated>\n", escape(&collection.url), escape(&collection.fields.title)));
        xml.push_str(&format!("<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", escape(&collection.url)));
        xml.push_str(&format!("<link rel=\"self\" href=\"{}/feed.atom\"/>\n", escape(&collection.url)));
        xml.push_str(&format!("<author><name>{}</name></author>\n", escape(&collection.owner.display_name)));
        xml.push_str(&format!("<rights>{}</rights>\n", escape(collection.fields.license.spdx())));
        for item in collection.items.iter().filter(|i| i.available) {
            xml.push_str("<entry>\n");
            xml.push_str(&format!("<id>{}</id>\n<title>{}</title>\n<updated>{updated}</updated>\n", escape(&item.item_url), escape(&item.title)));
            xml.push_str(&format!("<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", escape(&item.url)));
            if !item.note.is_empty() {
                xml.push_str(&format!("<summary>{}</summary>\n", escape(&item.note)));
            }
            xml.push_str("</entry>\n");
        }
        xml.push_str("</feed>\n");
        Ok(HttpResponse::Ok().insert_header((header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")).body(xml))
    }
    .await;
    page.respond(result)
}
