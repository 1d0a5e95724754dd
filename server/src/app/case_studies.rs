//! Case-study use cases: create, edit (every edit a version), restore, delete, hide.

use chrono::NaiveDateTime;

use super::materials::{host_of, sees_drafts, version_infos, visible, ListScope, Owner, VersionInfo};
use super::{new_id, now, Actor, App, AppConfig, AppError, AppResult, Paged};
use crate::domain::authz::Action;
use crate::domain::case_study::{CaseStudyFields, CaseStudyInput};
use crate::domain::markdown;
use crate::domain::vocab::Status;
use crate::domain::{ContentKind, Limits};
use crate::store::case_studies as store;
use crate::store::materials::{self as material_store};
use crate::store::models::{CaseStudyRow, CaseStudyVersionRow};
use crate::store::{json_list, parse_json_list, queue, users, DbConnection, Page};

/// A related material, as linked from a case study.
#[derive(Debug, Clone)]
pub struct RelatedMaterial {
    pub id: String,
    pub url: String,
    pub title: String,
}

/// The narrative sections rendered to safe HTML.
#[derive(Debug, Clone, Default)]
pub struct NarrativeHtml {
    pub challenge: String,
    pub approach: String,
    pub results: String,
    pub lessons: String,
    pub scaling: String,
}

#[derive(Debug, Clone)]
pub struct CaseStudy {
    pub id: String,
    pub url: String,
    pub owner: Owner,
    pub fields: CaseStudyFields,
    pub html: NarrativeHtml,
    pub version: i32,
    pub hidden: bool,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub related: Vec<RelatedMaterial>,
    pub node: String,
    /// The host of the node it came from (`None`: written here), and its URL there.
    pub origin: Option<String>,
    pub original_url: Option<String>,
}

const NO_LIMITS: Limits = Limits { max_body_bytes: usize::MAX, max_upload_bytes: u64::MAX };

pub(crate) fn fields_of(row: &CaseStudyRow) -> AppResult<CaseStudyFields> {
    let input = CaseStudyInput {
        title: Some(row.title.clone()),
        summary: Some(row.summary.clone()),
        sector: Some(row.sector.clone()),
        school_type: Some(row.school_type.clone()),
        school_size: Some(row.school_size.clone()),
        challenge: Some(row.challenge.clone()),
        approach: Some(row.approach.clone()),
        results: Some(row.results.clone()),
        lessons: Some(row.lessons.clone()),
        scaling: Some(row.scaling.clone()),
        themes: Some(parse_json_list(&row.themes)),
        stage: Some(row.stage.clone()),
        erasmus_action: Some(row.erasmus_action.clone()),
        related_materials: Some(parse_json_list(&row.related_materials)),
        contact: row.contact.clone(),
        language: Some(row.language.clone()),
        license: Some(row.license.clone()),
        status: Some(row.status.clone()),
        goals: Some(parse_json_list(&row.goals)),
    };
    CaseStudyFields::parse(&input, &NO_LIMITS).map_err(|e| AppError::Internal(format!("stored case study {} no longer validates: {e:?}", row.id)))
}

fn apply_fields(row: &mut CaseStudyRow, f: &CaseStudyFields) {
    row.title = f.title.clone();
    row.summary = f.summary.clone();
    row.sector = f.sector.as_str().to_owned();
    row.school_type = f.school_type.clone();
    row.school_size = f.school_size.clone();
    row.challenge = f.narrative.challenge.clone();
    row.approach = f.narrative.approach.clone();
    row.results = f.narrative.results.clone();
    row.lessons = f.narrative.lessons.clone();
    row.scaling = f.narrative.scaling.clone();
    row.themes = json_list(&f.themes.iter().map(|t| t.as_str()).collect::<Vec<_>>());
    row.stage = f.stage.as_str().to_owned();
    row.erasmus_action = f.erasmus_action.as_str().to_owned();
    row.related_materials = json_list(&f.related_materials);
    row.contact = f.contact.clone();
    row.language = f.language.as_str().to_owned();
    row.license = f.license.spdx().to_owned();
    row.status = f.status.as_str().to_owned();
    row.goals = json_list(&f.goals.iter().map(|g| g.to_ref()).collect::<Vec<_>>());
}

fn html_of(fields: &CaseStudyFields, own_origin: &str) -> NarrativeHtml {
    let n = &fields.narrative;
    NarrativeHtml {
        challenge: markdown::to_safe_html(&n.challenge, own_origin),
        approach: markdown::to_safe_html(&n.approach, own_origin),
        results: markdown::to_safe_html(&n.results, own_origin),
        lessons: markdown::to_safe_html(&n.lessons, own_origin),
        scaling: markdown::to_safe_html(&n.scaling, own_origin),
    }
}

fn build(conn: &mut DbConnection, config: &AppConfig, row: &CaseStudyRow, with_related: bool) -> AppResult<CaseStudy> {
    let owner = users::by_id(conn, &row.owner_id)?.ok_or_else(|| AppError::Internal(format!("owner {} missing", row.owner_id)))?;
    let fields = fields_of(row)?;
    let mut related = Vec::new();
    if with_related {
        for material_id in &fields.related_materials {
            if let Some(m) = material_store::by_id(conn, material_id)? {
                if visible(None, &m.owner_id, &m.status, m.hidden, m.deleted_at.is_some()) {
                    related.push(RelatedMaterial { url: config.material_url(&m.id), id: m.id, title: m.title });
                }
            }
        }
    }
    Ok(CaseStudy {
        id: row.id.clone(),
        url: config.case_study_url(&row.id),
        owner: Owner { id: owner.id, username: owner.username, display_name: owner.display_name },
        html: html_of(&fields, &config.public_url),
        fields,
        version: row.version,
        hidden: row.hidden,
        created_at: row.created_at,
        updated_at: row.updated_at,
        related,
        node: host_of(&config.public_url),
        origin: row.origin.clone(),
        original_url: row.origin.as_ref().and(row.ap_id.clone()),
    })
}

fn load_visible(conn: &mut DbConnection, viewer: Option<&Actor>, id: &str) -> AppResult<CaseStudyRow> {
    let row = store::by_id(conn, id)?.ok_or(AppError::NotFound)?;
    if !visible(viewer, &row.owner_id, &row.status, row.hidden, row.deleted_at.is_some()) {
        return Err(AppError::NotFound);
    }
    Ok(row)
}

fn load_for(conn: &mut DbConnection, actor: &Actor, id: &str, action: Action) -> AppResult<CaseStudyRow> {
    let row = load_visible(conn, Some(actor), id)?;
    actor.require(action, &row.owner_id)?;
    if let (Action::Edit, Some(origin)) = (action, &row.origin) {
        return Err(AppError::bad_request("remote_content", format!("This case study lives on {origin} and is edited there.")));
    }
    Ok(row)
}

fn write_version(conn: &mut DbConnection, row: &CaseStudyRow, fields: &CaseStudyFields, editor_id: &str, note: &str) -> AppResult<()> {
    let snapshot = serde_json::to_string(&fields.to_input()).unwrap_or_default();
    store::insert_version(
        conn,
        &CaseStudyVersionRow {
            case_study_id: row.id.clone(),
            version: row.version,
            snapshot,
            editor_id: editor_id.to_owned(),
            note: note.to_owned(),
            created_at: row.updated_at,
            status: fields.status.as_str().to_owned(),
        },
    )?;
    Ok(())
}

/// A new row owned by `actor`, before its fields are applied.
fn new_row(actor: &Actor, at: NaiveDateTime) -> CaseStudyRow {
    CaseStudyRow {
        id: new_id(),
        owner_id: actor.id.clone(),
        title: String::new(),
        summary: String::new(),
        sector: String::new(),
        school_type: String::new(),
        school_size: String::new(),
        challenge: String::new(),
        approach: String::new(),
        results: String::new(),
        lessons: String::new(),
        scaling: String::new(),
        themes: String::new(),
        stage: String::new(),
        erasmus_action: String::new(),
        related_materials: String::new(),
        contact: None,
        language: String::new(),
        license: String::new(),
        status: String::new(),
        hidden: false,
        version: 1,
        created_at: at,
        updated_at: at,
        deleted_at: None,
        goals: String::new(),
        ap_id: None,
        origin: None,
    }
}

/// Queues a changed case study for the index and tells followers (same transaction).
pub(super) fn changed(conn: &mut DbConnection, config: &AppConfig, id: &str) -> AppResult<()> {
    queue::enqueue_index(conn, ContentKind::CaseStudy, id)?;
    super::oai::content_changed(conn, ContentKind::CaseStudy, id)?;
    // Newly public here: followers of its goals hear.
    if crate::app::outbox::content_changed(conn, config, ContentKind::CaseStudy, id)? {
        if let Some(row) = store::by_id(conn, id)? {
            let url = config.case_study_url(&row.id);
            super::notifications::new_work_for_goals(conn, config.mail.is_some(), ContentKind::CaseStudy, &row.id, &url, &row.title)?;
        }
    }
    Ok(())
}

/// Stores a case study from another node (new, or a new version of one we hold).
pub(crate) fn upsert_remote(conn: &mut DbConnection, config: &AppConfig, owner: &Actor, fields: &CaseStudyFields, remote: (&str, &str)) -> AppResult<()> {
    let note = format!("received from {}", remote.1);
    let (mut row, is_new) = match store::by_ap_id(conn, remote.0)? {
        None => {
            let mut row = new_row(owner, now());
            row.ap_id = Some(remote.0.to_owned());
            row.origin = Some(remote.1.to_owned());
            (row, true)
        }
        Some(mut row) => {
            // A deleted copy only comes back when the caller decided it revives.
            let revived = row.deleted_at.take().is_some();
            if !revived && fields_of(&row)? == *fields {
                return Ok(());
            }
            (row, false)
        }
    };
    apply_fields(&mut row, fields);
    if is_new {
        store::insert(conn, &row)?;
    } else {
        row.version += 1;
        row.updated_at = now();
        store::update(conn, &row)?;
    }
    super::curricula::store_alignments(conn, ContentKind::CaseStudy, &row.id, &fields.goals)?;
    write_version(conn, &row, fields, &owner.id, &note)?;
    changed(conn, config, &row.id)
}

pub async fn create(app: &App, actor: &Actor, input: CaseStudyInput) -> AppResult<CaseStudy> {
    actor.require(Action::Create, &actor.id)?;
    let fields = CaseStudyFields::parse(&input, &app.config.limits)?;
    let (actor, config) = (actor.clone(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = new_row(&actor, now());
            apply_fields(&mut row, &fields);
            store::insert(conn, &row)?;
            super::curricula::store_alignments(conn, ContentKind::CaseStudy, &row.id, &fields.goals)?;
            write_version(conn, &row, &fields, &actor.id, "created")?;
            changed(conn, &config, &row.id)?;
            build(conn, &config, &row, true)
        })
        .await
}

pub async fn get(app: &App, viewer: Option<&Actor>, id: &str) -> AppResult<CaseStudy> {
    let (viewer, id, config) = (viewer.cloned(), id.to_owned(), app.config.clone());
    app.db
        .read(move |conn| {
            let row = load_visible(conn, viewer.as_ref(), &id)?;
            build(conn, &config, &row, true)
        })
        .await
}

pub async fn list(app: &App, owner_id: Option<&str>, page: Page) -> AppResult<Paged<CaseStudy>> {
    list_in(app, owner_id.map_or(ListScope::Public, |o| ListScope::Owner(o.to_owned())), page).await
}

pub async fn list_in(app: &App, scope: ListScope, page: Page) -> AppResult<Paged<CaseStudy>> {
    let config = app.config.clone();
    app.db
        .read(move |conn| {
            let (rows, total) = store::list(conn, scope.as_store(), page)?;
            let items = rows.iter().map(|row| build(conn, &config, row, false)).collect::<AppResult<Vec<_>>>()?;
            Ok(Paged { total, items, page })
        })
        .await
}

pub async fn update(app: &App, actor: &Actor, id: &str, patch: CaseStudyInput, note: &str) -> AppResult<CaseStudy> {
    let (actor, id, config, note, limits) = (actor.clone(), id.to_owned(), app.config.clone(), note.to_owned(), app.config.limits.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Edit)?;
            let current = fields_of(&row)?;
            let fields = CaseStudyFields::parse(&current.to_input().merge(patch), &limits)?;
            if fields != current {
                apply_fields(&mut row, &fields);
                row.version += 1;
                row.updated_at = now();
                store::update(conn, &row)?;
                super::curricula::store_alignments(conn, ContentKind::CaseStudy, &row.id, &fields.goals)?;
                write_version(conn, &row, &fields, &actor.id, &note)?;
                changed(conn, &config, &row.id)?;
            }
            build(conn, &config, &row, true)
        })
        .await
}

pub async fn versions(app: &App, viewer: Option<&Actor>, id: &str, page: Page) -> AppResult<Paged<VersionInfo>> {
    let (viewer, id) = (viewer.cloned(), id.to_owned());
    app.db
        .read(move |conn| {
            let row = load_visible(conn, viewer.as_ref(), &id)?;
            let (rows, total) = store::versions(conn, &id, sees_drafts(viewer.as_ref(), &row.owner_id), page)?;
            let items = version_infos(conn, rows.iter().map(|r| (r.version, r.editor_id.as_str(), r.note.as_str(), r.status.as_str(), r.created_at)))?;
            Ok(Paged { total, items, page })
        })
        .await
}

pub async fn version(app: &App, viewer: Option<&Actor>, id: &str, version: i32) -> AppResult<(CaseStudy, VersionInfo)> {
    let (viewer, id, config) = (viewer.cloned(), id.to_owned(), app.config.clone());
    app.db
        .read(move |conn| {
            let row = load_visible(conn, viewer.as_ref(), &id)?;
            let stored = store::version(conn, &id, version)?
                .filter(|v| v.status != Status::Draft.as_str() || sees_drafts(viewer.as_ref(), &row.owner_id))
                .ok_or(AppError::NotFound)?;
            let input: CaseStudyInput = serde_json::from_str(&stored.snapshot).map_err(|e| AppError::Internal(format!("bad snapshot: {e}")))?;
            let fields = CaseStudyFields::parse(&input, &NO_LIMITS).map_err(|e| AppError::Internal(format!("bad snapshot: {e:?}")))?;
            let mut case_study = build(conn, &config, &row, true)?;
            case_study.html = html_of(&fields, &config.public_url);
            case_study.fields = fields;
            case_study.version = stored.version;
            let info = version_infos(
                conn,
                std::iter::once((stored.version, stored.editor_id.as_str(), stored.note.as_str(), stored.status.as_str(), stored.created_at)),
            )?
            .remove(0);
            Ok((case_study, info))
        })
        .await
}

/// Makes a new version with an old version's content. The visibility stays what it is now
/// (restoring the first draft of a published case study does not unpublish it), unless
/// `status` says otherwise.
pub async fn restore(app: &App, actor: &Actor, id: &str, version: i32, status: Option<String>) -> AppResult<CaseStudy> {
    let (id_owned, actor_owned) = (id.to_owned(), actor.clone());
    let snapshot = app
        .db
        .read(move |conn| {
            load_for(conn, &actor_owned, &id_owned, Action::Edit)?;
            Ok(store::version(conn, &id_owned, version)?.ok_or(AppError::NotFound)?.snapshot)
        })
        .await?;
    let mut input: CaseStudyInput = serde_json::from_str(&snapshot).map_err(|e| AppError::Internal(format!("bad snapshot: {e}")))?;
    input.status = status;
    update(app, actor, id, input, &format!("restored version {version}")).await
}

pub async fn delete(app: &App, actor: &Actor, id: &str) -> AppResult<()> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Delete)?;
            row.deleted_at = Some(now());
            // Removing content from elsewhere is a moderation decision here: should its origin
            // publish it again (which revives a deleted copy), it comes back hidden.
            row.hidden |= row.origin.is_some();
            store::update(conn, &row)?;
            changed(conn, &config, &row.id)?;
            Ok(())
        })
        .await
}

pub async fn set_hidden(app: &App, actor: &Actor, id: &str, hidden: bool) -> AppResult<CaseStudy> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Hide)?;
            row.hidden = hidden;
            store::update(conn, &row)?;
            changed(conn, &config, &row.id)?;
            build(conn, &config, &row, true)
        })
        .await
}
