//! What a feed lists: the newest public content for a search (the node's new work, a goal and
//! any `/search` are searches), a network's posts, or one person's work. Entries are read from
//! the database, so their dates and authors are the stored ones.

use std::collections::HashMap;

use super::{networks, App, AppError, AppResult};
use crate::domain::ContentKind;
use crate::standards::feeds::Entry;
use crate::store::materials::Scope;
use crate::store::models::{CaseStudyRow, MaterialRow};
use crate::store::{case_studies, collections, materials, users, DbConnection, Page};
use deelwijs_indexer::{SearchQuery, Sort};

/// How many entries a feed holds.
pub const FEED_SIZE: usize = 50;

/// The entry for one piece of content; its author's name read once per feed.
fn entry(conn: &mut DbConnection, authors: &mut HashMap<String, String>, url: String, parts: EntryParts<'_>) -> AppResult<Entry> {
    let author = match authors.get(parts.owner_id) {
        Some(name) => name.clone(),
        None => {
            let name = users::by_id(conn, parts.owner_id)?.map(|u| u.display_name).unwrap_or_default();
            authors.insert(parts.owner_id.to_owned(), name.clone());
            name
        }
    };
    Ok(Entry {
        url,
        title: parts.title.to_owned(),
        summary: parts.summary,
        author,
        published: parts.created,
        updated: parts.updated,
        categories: parts.categories,
    })
}

/// What an entry takes from a row.
struct EntryParts<'a> {
    owner_id: &'a str,
    title: &'a str,
    summary: String,
    created: chrono::NaiveDateTime,
    updated: chrono::NaiveDateTime,
    categories: Vec<String>,
}

fn material_entry(conn: &mut DbConnection, authors: &mut HashMap<String, String>, app: &App, row: &MaterialRow) -> AppResult<Entry> {
    let mut categories = vec!["material".to_owned(), row.resource_type.clone()];
    categories.extend(serde_json::from_str::<Vec<String>>(&row.education_levels).unwrap_or_default());
    categories.extend(serde_json::from_str::<Vec<String>>(&row.subjects).unwrap_or_default());
    let parts =
        EntryParts { owner_id: &row.owner_id, title: &row.title, summary: row.summary.clone(), created: row.created_at, updated: row.updated_at, categories };
    entry(conn, authors, app.config.material_url(&row.id), parts)
}

fn case_study_entry(conn: &mut DbConnection, authors: &mut HashMap<String, String>, app: &App, row: &CaseStudyRow) -> AppResult<Entry> {
    let mut categories = vec!["case_study".to_owned(), row.sector.clone()];
    categories.extend(serde_json::from_str::<Vec<String>>(&row.themes).unwrap_or_default());
    let parts =
        EntryParts { owner_id: &row.owner_id, title: &row.title, summary: row.summary.clone(), created: row.created_at, updated: row.updated_at, categories };
    entry(conn, authors, app.config.case_study_url(&row.id), parts)
}

/// The newest public content a search finds, in the order it finds it.
pub async fn search(app: &App, mut query: SearchQuery) -> AppResult<Vec<Entry>> {
    query.sort = Sort::Newest;
    query.page = 1;
    query.per_page = FEED_SIZE;
    query.with_facets = false;
    let hits = super::search::search(app, query).await?.hits;
    let app2 = app.clone();
    app.db
        .read(move |conn| {
            let mut entries = Vec::new();
            let mut authors = HashMap::new();
            for hit in &hits {
                let entry = match ContentKind::parse(&hit.kind) {
                    Some(ContentKind::Material) => match materials::by_id(conn, &hit.id)? {
                        Some(row) => Some(material_entry(conn, &mut authors, &app2, &row)?),
                        None => None,
                    },
                    Some(ContentKind::CaseStudy) => match case_studies::by_id(conn, &hit.id)? {
                        Some(row) => Some(case_study_entry(conn, &mut authors, &app2, &row)?),
                        None => None,
                    },
                    Some(ContentKind::Collection) => match collections::by_id(conn, &hit.id)? {
                        Some(row) => {
                            let parts = EntryParts {
                                owner_id: &row.owner_id,
                                title: &row.title,
                                summary: row.introduction_md.chars().take(300).collect(),
                                created: row.created_at,
                                updated: row.updated_at,
                                categories: vec!["collection".to_owned()],
                            };
                            Some(entry(conn, &mut authors, app2.config.collection_url(&row.id), parts)?)
                        }
                        None => None,
                    },
                    Some(ContentKind::Question) => match crate::store::questions::by_id(conn, &hit.id)? {
                        Some(row) => {
                            let parts = EntryParts {
                                owner_id: &row.owner_id,
                                title: &row.title,
                                summary: row.situation.chars().take(300).collect(),
                                created: row.created_at,
                                updated: row.updated_at,
                                categories: vec!["question".to_owned(), row.help_type.clone()],
                            };
                            Some(entry(conn, &mut authors, app2.config.question_url(&row.id), parts)?)
                        }
                        None => None,
                    },
                    None => None,
                };
                entries.extend(entry);
            }
            Ok(entries)
        })
        .await
}

/// One person's public materials and case studies, newest first. `None`: no such person here.
pub async fn person(app: &App, username: &str) -> AppResult<(String, Vec<Entry>)> {
    let (app2, username) = (app.clone(), username.to_owned());
    app.db
        .read(move |conn| {
            let user = users::by_username(conn, &username)?.filter(|u| u.status == "active" || u.status == "former").ok_or(AppError::NotFound)?;
            let page = Page::new(Some(1), Some(FEED_SIZE as i64));
            let mut entries = Vec::new();
            let mut authors = HashMap::from([(user.id.clone(), user.display_name.clone())]);
            for row in materials::list(conn, Scope::PublicOwner(&user.id), page)?.0 {
                entries.push(material_entry(conn, &mut authors, &app2, &row)?);
            }
            for row in case_studies::list(conn, Scope::PublicOwner(&user.id), page)?.0 {
                entries.push(case_study_entry(conn, &mut authors, &app2, &row)?);
            }
            entries.sort_by_key(|e| std::cmp::Reverse(e.published));
            entries.truncate(FEED_SIZE);
            Ok((user.display_name, entries))
        })
        .await
}

/// What was posted to a network here, newest first, with the network's title.
pub async fn network(app: &App, name: &str) -> AppResult<(String, Vec<Entry>)> {
    let detail = networks::detail(app, None, name).await?;
    let entries = detail
        .posts
        .into_iter()
        .take(FEED_SIZE)
        .map(|post| Entry {
            url: app.config.content_url(post.kind.as_str(), &post.id),
            title: post.title,
            summary: post.summary,
            author: post.author,
            published: post.posted_at,
            updated: post.posted_at,
            categories: vec![post.kind.as_str().to_owned()],
        })
        .collect();
    Ok((detail.network.row.title, entries))
}
