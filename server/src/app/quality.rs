//! The node's quality mark: administrators publish the criteria (Markdown, on `/quality`),
//! moderators award the mark to a public material or case study — written here or a copy from
//! another node: the mark is this node's judgement — and withdraw it. The mark shows on the
//! item and is the search facet `quality=yes`.

use chrono::NaiveDateTime;

use super::outbox::is_public;
use super::{now, Actor, App, AppConfig, AppError, AppResult};
use crate::domain::authz::Action;
use crate::domain::validation::{self, FieldErrors};
use crate::domain::{markdown, ContentKind};
use crate::store::models::QualityMarkRow;
use crate::store::{case_studies, materials, quality as store, queue, settings, users, DbConnection};

const CRITERIA_KEY: &str = "quality_criteria";
/// The longest criteria text and award note, in bytes.
pub const MAX_CRITERIA: usize = 20_000;
pub const MAX_NOTE: usize = 500;

/// The criteria as written and as shown.
#[derive(Debug, Clone, Default)]
pub struct Criteria {
    pub markdown: String,
    pub html: String,
}

#[derive(Debug, Clone)]
pub struct QualityMark {
    pub note: String,
    pub awarded_at: NaiveDateTime,
    pub awarded_by: String,
}

/// A piece of content with the mark, for the criteria page.
#[derive(Debug, Clone)]
pub struct Marked {
    pub kind: ContentKind,
    pub title: String,
    pub url: String,
    pub mark: QualityMark,
}

fn criteria_in(conn: &mut DbConnection, config: &AppConfig) -> AppResult<Criteria> {
    let markdown = settings::get(conn, CRITERIA_KEY)?.unwrap_or_default();
    Ok(Criteria { html: markdown::to_safe_html(&markdown, &config.public_url), markdown })
}

pub async fn criteria(app: &App) -> AppResult<Criteria> {
    let config = app.config.clone();
    app.db.read(move |conn| criteria_in(conn, &config)).await
}

/// Publishes the criteria (administrators); empty withdraws them, and no mark can then be
/// awarded until there are criteria again (marks already given stay).
pub async fn set_criteria(app: &App, who: &Actor, text: &str) -> AppResult<Criteria> {
    who.require(Action::ConfigureNode, &who.id)?;
    let mut errors = FieldErrors::default();
    let text = validation::optional_text(&mut errors, "criteria", Some(text), MAX_CRITERIA);
    errors.into_result(())?;
    let config = app.config.clone();
    app.db
        .write(move |conn| {
            settings::set(conn, CRITERIA_KEY, &text)?;
            criteria_in(conn, &config)
        })
        .await
}

fn mark_view(conn: &mut DbConnection, row: QualityMarkRow) -> AppResult<QualityMark> {
    let awarded_by = users::by_id(conn, &row.awarded_by)?.map(|u| u.display_name).unwrap_or_default();
    Ok(QualityMark { note: row.note, awarded_at: row.awarded_at, awarded_by })
}

pub(crate) fn mark_in(conn: &mut DbConnection, kind: ContentKind, id: &str) -> AppResult<Option<QualityMark>> {
    store::of(conn, kind.as_str(), id)?.map(|row| mark_view(conn, row)).transpose()
}

pub async fn mark_of(app: &App, kind: ContentKind, id: &str) -> AppResult<Option<QualityMark>> {
    let id = id.to_owned();
    app.db.read(move |conn| mark_in(conn, kind, &id)).await
}

/// The title and page of public content that can carry the mark; not found otherwise.
fn markable(conn: &mut DbConnection, config: &AppConfig, kind: ContentKind, id: &str) -> AppResult<(String, String)> {
    let found = match kind {
        ContentKind::Material => {
            materials::by_id(conn, id)?.filter(|r| is_public(&r.status, r.hidden, r.deleted_at.is_some())).map(|r| (r.title, config.material_url(&r.id)))
        }
        ContentKind::CaseStudy => {
            case_studies::by_id(conn, id)?.filter(|r| is_public(&r.status, r.hidden, r.deleted_at.is_some())).map(|r| (r.title, config.case_study_url(&r.id)))
        }
        ContentKind::Collection | ContentKind::Question => None,
    };
    found.ok_or(AppError::NotFound)
}

/// A moderator awards the mark (again, with a new note, if it was awarded before).
pub async fn award(app: &App, who: &Actor, kind: ContentKind, id: &str, note: &str) -> AppResult<QualityMark> {
    who.require(Action::Hide, "")?;
    let mut errors = FieldErrors::default();
    let note = validation::optional_text(&mut errors, "note", Some(note), MAX_NOTE);
    errors.into_result(())?;
    let (config, id, who) = (app.config.clone(), id.to_owned(), who.clone());
    app.db
        .write(move |conn| {
            markable(conn, &config, kind, &id)?;
            if criteria_in(conn, &config)?.markdown.trim().is_empty() {
                return Err(AppError::bad_request("no_criteria", "Publish this node's quality criteria (on /quality) before awarding its mark."));
            }
            let row = QualityMarkRow { object_kind: kind.as_str().to_owned(), object_id: id.clone(), awarded_by: who.id.clone(), note, awarded_at: now() };
            store::put(conn, &row)?;
            queue::enqueue_index(conn, kind, &id)?;
            mark_view(conn, row)
        })
        .await
}

/// A moderator withdraws the mark.
pub async fn withdraw(app: &App, who: &Actor, kind: ContentKind, id: &str) -> AppResult<()> {
    who.require(Action::Hide, "")?;
    let id = id.to_owned();
    app.db
        .write(move |conn| {
            if !store::delete(conn, kind.as_str(), &id)? {
                return Err(AppError::NotFound);
            }
            queue::enqueue_index(conn, kind, &id)?;
            Ok(())
        })
        .await
}

/// The newest marks on content that is still public.
pub async fn marked(app: &App, limit: i64) -> AppResult<Vec<Marked>> {
    let config = app.config.clone();
    app.db
        .read(move |conn| {
            let mut items = Vec::new();
            for row in store::recent(conn, limit)? {
                let Some(kind) = ContentKind::parse(&row.object_kind) else { continue };
                let Ok((title, url)) = markable(conn, &config, kind, &row.object_id) else { continue };
                items.push(Marked { kind, title, url, mark: mark_view(conn, row)? });
            }
            Ok(items)
        })
        .await
}
