//! Saved searches: a search someone asked to hear about. Saving remembers what it finds now;
//! the housekeeping job runs each saved search again (newest first) and what it finds that it
//! had not found before is news, through the notifications (`NotificationKind::SavedSearch`).

use deelwijs_indexer::{SearchQuery, Sort};
use serde_json::{json, Value};

use super::notifications::{self, Event};
use super::{new_id, now, Actor, App, AppError, AppResult};
use crate::domain::notification::NotificationKind;
use crate::store::models::SavedSearchRow;
use crate::store::notifications as store;

/// Searches a person may keep.
pub const MAX_PER_PERSON: usize = 20;
/// Hit ids remembered per search (newest first): enough that an older hit climbing back into
/// the top results is not news again.
const SEEN_KEPT: usize = 500;
/// New hits told per search and run: a flood means the search is too broad.
const TOLD_PER_RUN: usize = 10;

fn to_json(query: &SearchQuery) -> Value {
    json!({"text": query.text, "filters": query.filters, "goal": query.goal})
}

fn from_json(text: &str) -> SearchQuery {
    let value: Value = serde_json::from_str(text).unwrap_or_default();
    SearchQuery {
        text: value["text"].as_str().unwrap_or_default().to_owned(),
        filters: value["filters"]
            .as_array()
            .map(|pairs| pairs.iter().filter_map(|p| Some((p[0].as_str()?.to_owned(), p[1].as_str()?.to_owned()))).collect())
            .unwrap_or_default(),
        goal: value["goal"].as_str().map(str::to_owned),
        sort: Sort::Newest,
        page: 1,
        per_page: 100,
        with_facets: false,
    }
}

/// How a hit is remembered among those seen: kind and id.
fn hit_key(hit: &deelwijs_indexer::Hit) -> String {
    format!("{}:{}", hit.kind, hit.id)
}

async fn hit_ids(app: &App, query: SearchQuery) -> AppResult<Vec<String>> {
    Ok(super::search::search(app, query).await?.hits.iter().map(hit_key).collect())
}

/// Saves a search for the signed-in person; what it finds now is not news.
pub async fn save(app: &App, actor: &Actor, label: &str, query: SearchQuery) -> AppResult<()> {
    if app.config.mail.is_none() {
        return Err(AppError::bad_request("mail_off", "This node sends no mail, so it cannot tell you about new results."));
    }
    let seen = hit_ids(app, SearchQuery { sort: Sort::Newest, page: 1, per_page: 100, with_facets: false, ..query.clone() }).await?;
    let row = SavedSearchRow {
        id: new_id(),
        user_id: actor.id.clone(),
        label: label.trim().chars().take(200).collect(),
        query: to_json(&query).to_string(),
        seen: json!(seen).to_string(),
        created_at: now(),
        checked_at: now(),
    };
    app.db
        .write(move |conn| {
            if store::searches_of(conn, &row.user_id)?.len() >= MAX_PER_PERSON {
                return Err(AppError::bad_request("too_many_saved_searches", format!("You can keep at most {MAX_PER_PERSON} saved searches.")));
            }
            Ok(store::insert_search(conn, &row)?)
        })
        .await
}

pub async fn list(app: &App, actor: &Actor) -> AppResult<Vec<SavedSearchRow>> {
    let id = actor.id.clone();
    app.db.read(move |conn| Ok(store::searches_of(conn, &id)?)).await
}

pub async fn delete(app: &App, actor: &Actor, id: &str) -> AppResult<()> {
    let (user_id, id) = (actor.id.clone(), id.to_owned());
    match app.db.write(move |conn| Ok(store::delete_search(conn, &user_id, &id)?)).await? {
        0 => Err(AppError::NotFound),
        _ => Ok(()),
    }
}

/// Runs the saved searches checked longest ago (up to `limit`) and tells their owners of new
/// hits. Returns how many notifications were written.
pub async fn check(app: &App, limit: i64) -> AppResult<usize> {
    if app.config.mail.is_none() || app.search.is_none() {
        return Ok(0);
    }
    let searches = app.db.read(move |conn| Ok(store::searches_to_check(conn, limit)?)).await?;
    let mut told = 0;
    for search in searches {
        let query = from_json(&search.query);
        let results = super::search::search(app, query).await?;
        let mut seen: Vec<String> = serde_json::from_str(&search.seen).unwrap_or_default();
        let new: Vec<_> = results.hits.into_iter().filter(|h| !seen.contains(&hit_key(h))).take(TOLD_PER_RUN).collect();
        let mut fresh: Vec<String> = new.iter().map(hit_key).collect();
        fresh.append(&mut seen);
        fresh.truncate(SEEN_KEPT);
        let config = app.config.clone();
        told += new.len();
        app.db
            .write(move |conn| {
                for hit in &new {
                    let event = Event {
                        user_id: &search.user_id,
                        kind: NotificationKind::SavedSearch,
                        subject_url: config.content_url(&hit.kind, &hit.id),
                        subject_title: hit.title.clone(),
                        detail: search.label.clone(),
                    };
                    notifications::notify(conn, true, event)?;
                }
                Ok(store::set_seen(conn, &search.id, &json!(fresh).to_string(), now())?)
            })
            .await?;
    }
    Ok(told)
}
