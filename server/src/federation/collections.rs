//! Published collections and objects: outboxes (paged `OrderedCollection`s of what an actor
//! published) and content as ActivityPub JSON, with `Tombstone`s for what was withdrawn.

use actix_web::http::StatusCode;
use serde_json::{json, Value};

use crate::activitypub::activities;
use crate::activitypub::context::with_context;
use crate::activitypub::objects;
use crate::app::outbox::{self, case_study_object, material_object};
use crate::app::{App, AppError, AppResult};
use crate::domain::ContentKind;
use crate::store::case_studies as case_store;
use crate::store::collections as collection_store;
use crate::store::materials::{self as material_store, Scope};
use crate::store::models::{CaseStudyRow, MaterialRow, QuestionRow};
use crate::store::{networks, users, Page};

const PAGE_SIZE: i64 = 20;
/// The deepest outbox page (10,000 items): followers backfill from the newest pages.
const MAX_OUTBOX_PAGE: i64 = 500;

/// An outbox: the node's (its Announces of everything public made here) or an account's (its
/// Creates). Without `page`, the collection with a link to its first page.
pub async fn outbox(app: &App, username: Option<String>, page: Option<i64>) -> AppResult<Value> {
    let config = app.config.clone();
    app.db
        .read(move |conn| {
            let (actor_url, owner) = match &username {
                None => (config.node_actor_url(), None),
                Some(name) => {
                    let user = users::by_username(conn, name)?.filter(|u| u.status == "active").ok_or(AppError::NotFound)?;
                    (config.user_url(&user.username), Some(user))
                }
            };
            let scope = match &owner {
                None => Scope::PublicLocal,
                Some(user) => Scope::PublicOwner(&user.id),
            };
            let id = format!("{actor_url}/outbox");
            let number = page.unwrap_or(1).clamp(1, MAX_OUTBOX_PAGE);
            // Page n of the two kinds merged by date: the first n pages of each, merged, and the
            // n-th slice of that, so every page is strictly newest-first and holds PAGE_SIZE items.
            let paging = Page { page: 1, per_page: number * PAGE_SIZE };
            let (materials, material_total) = material_store::list(conn, scope, paging)?;
            let (case_studies, case_total) = case_store::list(conn, scope, paging)?;
            let (questions, question_total) = crate::store::questions::list(conn, owner.as_ref().map(|u| u.id.as_str()), true, paging)?;
            let total = material_total + case_total + question_total;
            if page.is_none() {
                return Ok(with_context(json!({ "type": "OrderedCollection", "id": id, "totalItems": total, "first": format!("{id}?page=1") })));
            }
            enum Row<'a> {
                Material(&'a MaterialRow),
                CaseStudy(&'a CaseStudyRow),
                Question(&'a QuestionRow),
            }
            let mut merged: Vec<(chrono::NaiveDateTime, Row)> = materials
                .iter()
                .map(|m| (m.created_at, Row::Material(m)))
                .chain(case_studies.iter().map(|c| (c.created_at, Row::CaseStudy(c))))
                .chain(questions.iter().map(|q| (q.created_at, Row::Question(q))))
                .collect();
            merged.sort_by_key(|item| std::cmp::Reverse(item.0));
            let mut items = Vec::new();
            let mut owners = std::collections::HashMap::new();
            for (at, row) in merged.into_iter().skip(((number - 1) * PAGE_SIZE) as usize).take(PAGE_SIZE as usize) {
                let object = match row {
                    Row::Material(material) => {
                        let name = owner_name(conn, &mut owners, &material.owner_id)?;
                        (material_object(conn, &config, material, &name)?, config.user_url(&name))
                    }
                    Row::CaseStudy(case_study) => {
                        let name = owner_name(conn, &mut owners, &case_study.owner_id)?;
                        (case_study_object(conn, &config, case_study, &name)?, config.user_url(&name))
                    }
                    Row::Question(question) => {
                        let name = owner_name(conn, &mut owners, &question.owner_id)?;
                        (outbox::question_object(conn, &config, question, &name)?, config.user_url(&name))
                    }
                };
                items.push((at, object.0, object.1));
            }
            let ordered: Vec<Value> = items
                .into_iter()
                .map(|(at, object, author)| {
                    let published = at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                    let object_id = object.get("id").and_then(Value::as_str).unwrap_or_default().to_owned();
                    let mut activity = match &owner {
                        None => activities::announce(&format!("{object_id}#announce"), &actor_url, &format!("{actor_url}/followers"), object, &published),
                        Some(_) => {
                            activities::about_object("Create", &format!("{object_id}#create"), &author, &format!("{author}/followers"), object, &published)
                        }
                    };
                    if let Value::Object(map) = &mut activity {
                        map.remove("@context");
                    }
                    activity
                })
                .collect();
            let has_next = number * PAGE_SIZE < total && number < MAX_OUTBOX_PAGE;
            let mut body =
                json!({ "type": "OrderedCollectionPage", "id": format!("{id}?page={number}"), "partOf": id, "totalItems": total, "orderedItems": ordered });
            if has_next {
                body["next"] = Value::String(format!("{id}?page={}", number + 1));
            }
            Ok(with_context(body))
        })
        .await
}

/// A network's outbox: its `Announce`s of what was posted to it, newest first, each naming the
/// object by its URL (followers fetch it from its origin).
pub async fn group_outbox(app: &App, name: &str, page: Option<i64>) -> AppResult<Value> {
    let (config, name) = (app.config.clone(), name.to_owned());
    app.db
        .read(move |conn| {
            let network = networks::by_name(conn, &name)?.ok_or(AppError::NotFound)?;
            let actor_url = config.group_url(&network.name);
            let id = format!("{actor_url}/outbox");
            let total = networks::post_count(conn, &actor_url)?;
            let Some(number) = page.map(|p| p.clamp(1, 10_000)) else {
                return Ok(with_context(json!({ "type": "OrderedCollection", "id": id, "totalItems": total, "first": format!("{id}?page=1") })));
            };
            let mut ordered = Vec::new();
            for post in networks::posts(conn, &actor_url, PAGE_SIZE, (number - 1) * PAGE_SIZE)? {
                let object_url = match ContentKind::parse(&post.kind) {
                    Some(ContentKind::Material) => material_store::by_id(conn, &post.content_id)?
                        .filter(|m| outbox::is_public(&m.status, m.hidden, m.deleted_at.is_some()))
                        .map(|m| m.ap_id.unwrap_or_else(|| config.material_url(&m.id))),
                    Some(ContentKind::CaseStudy) => case_store::by_id(conn, &post.content_id)?
                        .filter(|c| outbox::is_public(&c.status, c.hidden, c.deleted_at.is_some()))
                        .map(|c| c.ap_id.unwrap_or_else(|| config.case_study_url(&c.id))),
                    Some(ContentKind::Collection) => collection_store::by_id(conn, &post.content_id)?
                        .filter(|c| outbox::is_public(&c.status, c.hidden, c.deleted_at.is_some()))
                        .map(|c| c.ap_id.unwrap_or_else(|| config.collection_url(&c.id))),
                    Some(ContentKind::Question) | None => None,
                };
                let Some(object_url) = object_url else { continue };
                let published = post.created_at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                let mut activity = activities::announce(
                    &format!("{actor_url}/posts/{}/{}#announce", post.kind, post.content_id),
                    &actor_url,
                    &format!("{actor_url}/followers"),
                    Value::String(object_url),
                    &published,
                );
                if let Value::Object(map) = &mut activity {
                    map.remove("@context");
                }
                ordered.push(activity);
            }
            let mut body =
                json!({ "type": "OrderedCollectionPage", "id": format!("{id}?page={number}"), "partOf": id, "totalItems": total, "orderedItems": ordered });
            if number * PAGE_SIZE < total {
                body["next"] = Value::String(format!("{id}?page={}", number + 1));
            }
            Ok(with_context(body))
        })
        .await
}

fn owner_name(conn: &mut crate::store::DbConnection, cache: &mut std::collections::HashMap<String, String>, owner_id: &str) -> AppResult<String> {
    if let Some(name) = cache.get(owner_id) {
        return Ok(name.clone());
    }
    let user = users::by_id(conn, owner_id)?.ok_or_else(|| AppError::Internal(format!("owner {owner_id} missing")))?;
    cache.insert(owner_id.to_owned(), user.username.clone());
    Ok(user.username)
}

/// A local material as ActivityPub JSON: 200 when public, 410 with a Tombstone when it was
/// deleted or withdrawn after being published, 404 otherwise (drafts never leave the node).
pub async fn material(app: &App, id: &str) -> AppResult<(StatusCode, Value)> {
    let (config, id) = (app.config.clone(), id.to_owned());
    app.db
        .read(move |conn| {
            let row = material_store::by_id(conn, &id)?.filter(|r| r.origin.is_none()).ok_or(AppError::NotFound)?;
            let public = row.status == "published" && !row.hidden && row.deleted_at.is_none();
            if public {
                let owner = users::by_id(conn, &row.owner_id)?.ok_or(AppError::NotFound)?;
                return Ok((StatusCode::OK, with_context(material_object(conn, &config, &row, &owner.username)?)));
            }
            if crate::store::federation::federated_state(conn, "material", &row.id)?.is_some() {
                return Ok((StatusCode::GONE, with_context(objects::tombstone(&config.material_url(&row.id), objects::MATERIAL, row.updated_at))));
            }
            Err(AppError::NotFound)
        })
        .await
}

pub async fn case_study(app: &App, id: &str) -> AppResult<(StatusCode, Value)> {
    let (config, id) = (app.config.clone(), id.to_owned());
    app.db
        .read(move |conn| {
            let row = case_store::by_id(conn, &id)?.filter(|r| r.origin.is_none()).ok_or(AppError::NotFound)?;
            let public = row.status == "published" && !row.hidden && row.deleted_at.is_none();
            if public {
                let owner = users::by_id(conn, &row.owner_id)?.ok_or(AppError::NotFound)?;
                return Ok((StatusCode::OK, with_context(case_study_object(conn, &config, &row, &owner.username)?)));
            }
            if crate::store::federation::federated_state(conn, "case_study", &row.id)?.is_some() {
                return Ok((StatusCode::GONE, with_context(objects::tombstone(&config.case_study_url(&row.id), objects::CASE_STUDY, row.updated_at))));
            }
            Err(AppError::NotFound)
        })
        .await
}

/// A local help question as an `Article` (or its `Tombstone` once it is gone).
pub async fn question(app: &App, id: &str) -> AppResult<(StatusCode, Value)> {
    let (config, id) = (app.config.clone(), id.to_owned());
    app.db
        .read(move |conn| {
            let row = crate::store::questions::by_id(conn, &id)?.filter(|r| r.origin.is_none()).ok_or(AppError::NotFound)?;
            if !row.hidden && row.deleted_at.is_none() {
                let owner = users::by_id(conn, &row.owner_id)?.ok_or(AppError::NotFound)?;
                return Ok((StatusCode::OK, with_context(outbox::question_object(conn, &config, &row, &owner.username)?)));
            }
            if crate::store::federation::federated_state(conn, "question", &row.id)?.is_some() {
                let tombstone = objects::tombstone(&config.question_url(&row.id), crate::activitypub::question::HELP_QUESTION, row.updated_at);
                return Ok((StatusCode::GONE, with_context(tombstone)));
            }
            Err(AppError::NotFound)
        })
        .await
}

/// A local collection as an `OrderedCollection` (or its `Tombstone` once it is gone).
pub async fn collection(app: &App, id: &str) -> AppResult<(StatusCode, Value)> {
    let (config, id) = (app.config.clone(), id.to_owned());
    app.db
        .read(move |conn| {
            let row = collection_store::by_id(conn, &id)?.filter(|r| r.origin.is_none()).ok_or(AppError::NotFound)?;
            let public = row.status == "published" && !row.hidden && row.deleted_at.is_none();
            if public {
                let owner = users::by_id(conn, &row.owner_id)?.ok_or(AppError::NotFound)?;
                return Ok((StatusCode::OK, with_context(outbox::collection_object(conn, &config, &row, &owner.username)?)));
            }
            if crate::store::federation::federated_state(conn, "collection", &row.id)?.is_some() {
                let mut tombstone = objects::tombstone(&config.collection_url(&row.id), crate::activitypub::collection::COLLECTION, row.updated_at);
                tombstone["formerType"] = Value::String("OrderedCollection".into());
                return Ok((StatusCode::GONE, with_context(tombstone)));
            }
            Err(AppError::NotFound)
        })
        .await
}
