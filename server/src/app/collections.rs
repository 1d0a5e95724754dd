//! Collection (arrangement) use cases: create, edit (every edit a version), add and remove items,
//! restore, delete, hide, copy into one's own collection. Items are materials here or copies of
//! materials from followed nodes, named by their ActivityPub id so a list means the same on
//! every node.

use chrono::NaiveDateTime;
use serde::Deserialize;

use super::materials::{sees_drafts, version_infos, visible, Owner, VersionInfo};
use super::{new_id, now, Actor, App, AppConfig, AppError, AppResult, Paged};
use crate::domain::attribution::Credit;
use crate::domain::authz::Action;
use crate::domain::collection::{CollectionFields, CollectionInput, Item, ItemInput};
use crate::domain::markdown;
use crate::domain::validation::{FieldErrors, FieldProblem};
use crate::domain::vocab::Status;
use crate::domain::{ContentKind, Limits};
use crate::store::collections::{self as store, Scope};
use crate::store::models::{CollectionItemRow, CollectionRow, CollectionVersionRow, MaterialRow};
use crate::store::{json_list, materials as material_store, parse_json_list, queue, users, DbConnection, Page};

/// One entry as pages and the API show it.
#[derive(Debug, Clone)]
pub struct CollectionItem {
    /// The material's ActivityPub id: its URL where it lives.
    pub item_url: String,
    /// Where to read it: its page here when this node holds it, else `item_url`.
    pub url: String,
    /// Its id here, when this node holds it.
    pub material_id: Option<String>,
    pub title: String,
    pub note: String,
    /// The node it lives on, when that is not this one.
    pub origin: Option<String>,
    /// Whether the viewer can open it (it may have been deleted, hidden or taken back to draft).
    pub available: bool,
}

/// A collection as pages and the API show it.
#[derive(Debug, Clone)]
pub struct Collection {
    pub id: String,
    pub url: String,
    pub owner: Owner,
    pub fields: CollectionFields,
    pub introduction_html: String,
    pub items: Vec<CollectionItem>,
    pub version: i32,
    pub hidden: bool,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The collection this one was copied from, and whom to credit, nearest first.
    pub derived_from: Option<super::materials::DerivedFrom>,
    pub attribution: Vec<Credit>,
    /// For a collection from another node: its host and its URL there.
    pub origin: Option<String>,
    pub original_url: Option<String>,
    /// Remote actors following it (for one made here) or local ones (for one from elsewhere).
    pub followers: i64,
    /// The network here that owns it (its moderators edit it too): (name, title).
    pub network: Option<(String, String)>,
}

/// What a teacher chooses when copying a collection into their own.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct CopyInput {
    pub title: Option<String>,
    #[schema(value_type = Option<Status>)]
    pub status: Option<String>,
}

const NO_LIMITS: Limits = Limits { max_body_bytes: usize::MAX, max_upload_bytes: u64::MAX };

/// The stored row and its items back as validated fields (items by their URL).
pub(crate) fn fields_of(row: &CollectionRow, items: &[CollectionItemRow]) -> AppResult<CollectionFields> {
    let input = CollectionInput {
        title: Some(row.title.clone()),
        introduction: Some(row.introduction_md.clone()),
        language: Some(row.language.clone()),
        license: Some(row.license.clone()),
        education_levels: Some(parse_json_list(&row.education_levels)),
        subjects: Some(parse_json_list(&row.subjects)),
        status: Some(row.status.clone()),
        goals: Some(parse_json_list(&row.goals)),
        items: Some(items.iter().map(|i| ItemInput { material: i.item_url.clone(), note: Some(i.note.clone()) }).collect()),
    };
    // A copy from another node was accepted by the lenient rules; it is read back by them.
    let parsed = if row.origin.is_some() { CollectionFields::parse_remote(&input, &NO_LIMITS) } else { CollectionFields::parse(&input, &NO_LIMITS) };
    parsed.map_err(|e| AppError::Internal(format!("stored collection {} no longer validates: {e:?}", row.id)))
}

fn apply_fields(row: &mut CollectionRow, fields: &CollectionFields, own_origin: &str) {
    row.title = fields.title.clone();
    row.introduction_md = fields.introduction_md.clone();
    row.introduction_html = markdown::to_safe_html(&fields.introduction_md, own_origin);
    row.language = fields.language.as_str().to_owned();
    row.license = fields.license.spdx().to_owned();
    row.education_levels = json_list(&fields.education_levels.iter().map(|l| l.as_str()).collect::<Vec<_>>());
    row.subjects = json_list(&fields.subjects.iter().map(|s| s.as_str()).collect::<Vec<_>>());
    row.goals = json_list(&fields.goals.iter().map(|g| g.to_ref()).collect::<Vec<_>>());
    row.status = fields.status.as_str().to_owned();
}

fn new_row(owner_id: &str, derived_from: Option<(&str, i32)>) -> CollectionRow {
    let at = now();
    CollectionRow {
        id: new_id(),
        owner_id: owner_id.to_owned(),
        title: String::new(),
        introduction_md: String::new(),
        introduction_html: String::new(),
        language: String::new(),
        license: String::new(),
        education_levels: String::new(),
        subjects: String::new(),
        goals: String::new(),
        status: String::new(),
        hidden: false,
        version: 1,
        derived_from_id: derived_from.map(|(id, _)| id.to_owned()),
        derived_from_version: derived_from.map(|(_, v)| v),
        created_at: at,
        updated_at: at,
        deleted_at: None,
        ap_id: None,
        origin: None,
        network_id: None,
    }
}

/// The material an item names: its id here, its URL here, or the URL of a copy held here.
pub(super) fn find_material(conn: &mut DbConnection, config: &AppConfig, reference: &str) -> AppResult<Option<MaterialRow>> {
    let local_prefix = format!("{}/materials/", config.public_url);
    if let Some(rest) = reference.strip_prefix(&local_prefix) {
        let id = rest.split(['/', '?', '#']).next().unwrap_or_default();
        return Ok(material_store::by_id(conn, id)?.filter(|m| m.origin.is_none()));
    }
    if reference.starts_with("https://") || reference.starts_with("http://") {
        return Ok(material_store::by_ap_id(conn, reference)?);
    }
    Ok(material_store::by_id(conn, reference)?)
}

/// The item row for a material held here.
fn item_row(config: &AppConfig, collection_id: &str, position: usize, material: &MaterialRow, note: &str) -> CollectionItemRow {
    CollectionItemRow {
        collection_id: collection_id.to_owned(),
        position: i32::try_from(position).unwrap_or(i32::MAX),
        item_url: material.ap_id.clone().unwrap_or_else(|| config.material_url(&material.id)),
        material_id: Some(material.id.clone()),
        title: material.title.clone(),
        origin: material.origin.clone(),
        note: note.to_owned(),
    }
}

/// Resolves what a person listed: every new item must be a material the editor can see, here or
/// a copy from a followed node; unknown ones are field errors naming the item. Items the list
/// has already (by URL or by id here) stay as they are, also when their material has since been
/// taken back or deleted: an edit of the title must not fail on someone else's draft.
fn resolve_items(
    conn: &mut DbConnection,
    config: &AppConfig,
    editor: &Actor,
    collection_id: &str,
    current: &[CollectionItemRow],
    items: &[Item],
) -> AppResult<Vec<CollectionItemRow>> {
    let mut errors = FieldErrors::default();
    let mut rows = Vec::with_capacity(items.len());
    for (position, item) in items.iter().enumerate() {
        let listed = current.iter().find(|c| c.item_url == item.material || c.material_id.as_deref() == Some(item.material.as_str()));
        if let Some(listed) = listed {
            if rows.iter().any(|r: &CollectionItemRow| r.item_url == listed.item_url) {
                errors.add(&format!("items[{position}].material"), FieldProblem::Taken);
            }
            let position = i32::try_from(position).unwrap_or(i32::MAX);
            rows.push(CollectionItemRow { collection_id: collection_id.to_owned(), position, note: item.note.clone(), ..listed.clone() });
            continue;
        }
        match find_material(conn, config, &item.material)? {
            Some(m) if visible(Some(editor), &m.owner_id, &m.status, m.hidden, m.deleted_at.is_some()) => {
                let row = item_row(config, collection_id, position, &m, &item.note);
                // The same material by id and by URL is still the same material.
                if rows.iter().any(|r: &CollectionItemRow| r.item_url == row.item_url) {
                    errors.add(&format!("items[{position}].material"), FieldProblem::Taken);
                }
                rows.push(row);
            }
            _ => errors.add(&format!("items[{position}].material"), FieldProblem::UnknownValue),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(AppError::Validation(errors))
    }
}

/// Items of an old version, by URL: whatever this node still holds is linked again; an item it
/// no longer knows keeps its URL (and what the current list called it, if it is there).
fn restore_items(conn: &mut DbConnection, config: &AppConfig, collection_id: &str, items: &[Item]) -> AppResult<Vec<CollectionItemRow>> {
    let current = store::items(conn, collection_id)?;
    let mut rows = Vec::with_capacity(items.len());
    for (position, item) in items.iter().enumerate() {
        let row = match find_material(conn, config, &item.material)? {
            Some(m) => item_row(config, collection_id, position, &m, &item.note),
            None => CollectionItemRow {
                collection_id: collection_id.to_owned(),
                position: i32::try_from(position).unwrap_or(i32::MAX),
                item_url: item.material.clone(),
                material_id: None,
                title: current.iter().find(|c| c.item_url == item.material).map(|c| c.title.clone()).unwrap_or_default(),
                origin: url::Url::parse(&item.material).ok().map(|u| crate::activitypub::host_of(&u)),
                note: item.note.clone(),
            },
        };
        rows.push(row);
    }
    Ok(rows)
}

/// Whether `actor` edits it as a moderator of the network that owns it.
fn by_its_network(conn: &mut DbConnection, actor: Option<&Actor>, row: &CollectionRow) -> AppResult<bool> {
    match (actor, &row.network_id) {
        (Some(actor), Some(network)) => super::networks::moderates_network(conn, actor, network),
        _ => Ok(false),
    }
}

fn load_visible(conn: &mut DbConnection, viewer: Option<&Actor>, id: &str) -> AppResult<CollectionRow> {
    let row = store::by_id(conn, id)?.ok_or(AppError::NotFound)?;
    let seen =
        visible(viewer, &row.owner_id, &row.status, row.hidden, row.deleted_at.is_some()) || (row.deleted_at.is_none() && by_its_network(conn, viewer, &row)?);
    if !seen {
        return Err(AppError::NotFound);
    }
    Ok(row)
}

/// The row, when `actor` may do `action` to it: as its author (or staff), or, to edit or delete
/// it, as a moderator of the network that owns it.
fn load_for(conn: &mut DbConnection, actor: &Actor, id: &str, action: Action) -> AppResult<CollectionRow> {
    let row = load_visible(conn, Some(actor), id)?;
    if let Err(refused) = actor.require(action, &row.owner_id) {
        if !(matches!(action, Action::Edit | Action::Delete) && by_its_network(conn, Some(actor), &row)?) {
            return Err(refused);
        }
    }
    if let (Action::Edit, Some(origin)) = (action, &row.origin) {
        return Err(AppError::bad_request("remote_content", format!("This collection lives on {origin} and is edited there; copy it to make your own.")));
    }
    Ok(row)
}

/// Items as `viewer` may see them: a material held here shows as it is now (its title only
/// when the viewer may see it); one elsewhere as its collection last named it.
fn shown_items(conn: &mut DbConnection, config: &AppConfig, viewer: Option<&Actor>, items: Vec<CollectionItemRow>) -> AppResult<Vec<CollectionItem>> {
    let material_ids: Vec<&str> = items.iter().filter_map(|i| i.material_id.as_deref()).collect();
    let held = material_store::by_ids(conn, &material_ids)?;
    Ok(items
        .into_iter()
        .map(|item| {
            let material = item.material_id.as_deref().and_then(|id| held.iter().find(|m| m.id == id));
            let available = match material {
                Some(m) => visible(viewer, &m.owner_id, &m.status, m.hidden, m.deleted_at.is_some()),
                // Not held here: it lives elsewhere, where its own node decides.
                None => item.origin.is_some(),
            };
            CollectionItem {
                url: match (material, available) {
                    (Some(m), true) => config.material_url(&m.id),
                    _ => item.item_url.clone(),
                },
                // What a draft or hidden material is called is not for everyone to read.
                title: match material {
                    Some(m) if available => m.title.clone(),
                    _ if available => item.title.clone(),
                    _ => String::new(),
                },
                material_id: item.material_id.filter(|_| available),
                item_url: item.item_url,
                note: item.note,
                origin: item.origin,
                available,
            }
        })
        .collect())
}

/// The collection with its items as `viewer` may see them, its source and whom to credit.
fn detail(conn: &mut DbConnection, config: &AppConfig, viewer: Option<&Actor>, row: &CollectionRow) -> AppResult<Collection> {
    let items = store::items(conn, &row.id)?;
    let fields = fields_of(row, &items)?;
    let owner = users::by_id(conn, &row.owner_id)?.ok_or_else(|| AppError::Internal(format!("owner {} missing", row.owner_id)))?;
    let shown = shown_items(conn, config, viewer, items)?;
    let mut attribution = Vec::new();
    let mut derived_from = None;
    let mut next = row.derived_from_id.clone().zip(row.derived_from_version);
    // Walk up the chain of sources; bounded, and a deleted source still gets its credit.
    while let Some((source_id, source_version)) = next.take() {
        let Some(source) = store::by_id(conn, &source_id)? else { break };
        if derived_from.is_none() {
            derived_from = Some(super::materials::DerivedFrom {
                id: source.id.clone(),
                url: config.collection_url(&source.id),
                version: source_version,
                title: source.title.clone(),
            });
        }
        let author = users::by_id(conn, &source.owner_id)?.map(|u| u.display_name).unwrap_or_default();
        let license = crate::domain::license::License::parse(&source.license).unwrap_or(crate::domain::license::UNKNOWN);
        let source_url = source.ap_id.clone().unwrap_or_else(|| config.collection_url(&source.id));
        attribution.push(Credit { title: source.title.clone(), authors: vec![author], source_url, license });
        if attribution.len() < 20 {
            next = source.derived_from_id.clone().zip(source.derived_from_version);
        }
    }
    Ok(Collection {
        id: row.id.clone(),
        url: config.collection_url(&row.id),
        owner: Owner { id: owner.id, username: owner.username, display_name: owner.display_name },
        fields,
        introduction_html: row.introduction_html.clone(),
        items: shown,
        version: row.version,
        hidden: row.hidden,
        created_at: row.created_at,
        updated_at: row.updated_at,
        derived_from,
        attribution,
        origin: row.origin.clone(),
        original_url: row.ap_id.clone(),
        followers: store::follower_count(conn, &row.id)?,
        network: match &row.network_id {
            Some(id) => crate::store::networks::by_id(conn, id)?.map(|n| (n.name, n.title)),
            None => None,
        },
    })
}

pub(super) fn write_version(conn: &mut DbConnection, row: &CollectionRow, fields: &CollectionFields, editor_id: &str, note: &str) -> AppResult<()> {
    store::insert_version(
        conn,
        &CollectionVersionRow {
            collection_id: row.id.clone(),
            version: row.version,
            snapshot: serde_json::to_string(&fields.to_input()).map_err(|e| AppError::Internal(format!("snapshot: {e}")))?,
            editor_id: editor_id.to_owned(),
            note: note.to_owned(),
            created_at: row.updated_at,
            status: fields.status.as_str().to_owned(),
        },
    )?;
    Ok(())
}

/// Queues a changed collection for the index and tells followers (same transaction); `before`
/// is the list of item URLs it had, so added and removed items go out as `Add` and `Remove`.
pub(super) fn changed(conn: &mut DbConnection, config: &AppConfig, id: &str, before: &[String]) -> AppResult<()> {
    queue::enqueue_index(conn, ContentKind::Collection, id)?;
    super::outbox::collection_changed(conn, config, id, before)
}

/// Items as their URLs, in order.
fn item_urls(items: &[CollectionItemRow]) -> Vec<String> {
    items.iter().map(|i| i.item_url.clone()).collect()
}

pub async fn create(app: &App, actor: &Actor, input: CollectionInput) -> AppResult<Collection> {
    actor.require(Action::Create, &actor.id)?;
    let fields = CollectionFields::parse(&input, &app.config.limits)?;
    let (actor, config) = (actor.clone(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = new_row(&actor.id, None);
            apply_fields(&mut row, &fields, &config.public_url);
            let items = resolve_items(conn, &config, &actor, &row.id, &[], &fields.items)?;
            store::insert(conn, &row)?;
            store::set_items(conn, &row.id, &items)?;
            let fields = fields_of(&row, &items)?;
            super::curricula::store_alignments(conn, ContentKind::Collection, &row.id, &fields.goals)?;
            write_version(conn, &row, &fields, &actor.id, "created")?;
            changed(conn, &config, &row.id, &[])?;
            detail(conn, &config, Some(&actor), &row)
        })
        .await
}

pub async fn get(app: &App, viewer: Option<&Actor>, id: &str) -> AppResult<Collection> {
    let (viewer, id, config) = (viewer.cloned(), id.to_owned(), app.config.clone());
    app.db
        .read(move |conn| {
            let row = load_visible(conn, viewer.as_ref(), &id)?;
            detail(conn, &config, viewer.as_ref(), &row)
        })
        .await
}

/// Which collections a list shows.
#[derive(Debug, Clone)]
pub enum ListScope {
    Public,
    /// One account's own, drafts included.
    Owner(String),
}

pub async fn list(app: &App, viewer: Option<&Actor>, scope: ListScope, page: Page) -> AppResult<Paged<Collection>> {
    let (viewer, config) = (viewer.cloned(), app.config.clone());
    app.db
        .read(move |conn| {
            let store_scope = match &scope {
                ListScope::Public => Scope::Public,
                ListScope::Owner(owner) => Scope::Owner(owner),
            };
            let (rows, total) = store::list(conn, store_scope, page)?;
            let items = rows.iter().map(|row| detail(conn, &config, viewer.as_ref(), row)).collect::<AppResult<Vec<_>>>()?;
            Ok(Paged { total, items, page })
        })
        .await
}

/// Applies a partial change (a PATCH, or a whole form); nothing changed stores no version.
pub async fn update(app: &App, actor: &Actor, id: &str, patch: CollectionInput, note: &str) -> AppResult<Collection> {
    let (actor, id, config, note) = (actor.clone(), id.to_owned(), app.config.clone(), note.to_owned());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Edit)?;
            let current_items = store::items(conn, &row.id)?;
            let current = fields_of(&row, &current_items)?;
            let merged = current.to_input().merge(patch);
            let fields = CollectionFields::parse(&merged, &config.limits)?;
            let items = resolve_items(conn, &config, &actor, &row.id, &current_items, &fields.items)?;
            apply(conn, &config, &actor.id, &mut row, Change { fields: &fields, current_items, items }, &note)?;
            detail(conn, &config, Some(&actor), &row)
        })
        .await
}

/// A change to store: the new fields, the list before and the list after.
struct Change<'a> {
    fields: &'a CollectionFields,
    current_items: Vec<CollectionItemRow>,
    items: Vec<CollectionItemRow>,
}

/// Stores new fields and items as a new version when anything changed.
fn apply(conn: &mut DbConnection, config: &AppConfig, editor_id: &str, row: &mut CollectionRow, change: Change<'_>, note: &str) -> AppResult<()> {
    let Change { fields, current_items, items } = change;
    let before = fields_of(row, &current_items)?;
    let mut next = row.clone();
    apply_fields(&mut next, fields, &config.public_url);
    let after = fields_of(&next, &items)?;
    if after == before {
        return Ok(());
    }
    *row = next;
    row.version += 1;
    row.updated_at = now();
    store::update(conn, row)?;
    store::set_items(conn, &row.id, &items)?;
    super::curricula::store_alignments(conn, ContentKind::Collection, &row.id, &after.goals)?;
    write_version(conn, row, &after, editor_id, note)?;
    changed(conn, config, &row.id, &item_urls(&current_items))
}

/// Appends one material; one listed already stays where it is (with the note given, if any).
pub async fn add_item(app: &App, actor: &Actor, id: &str, item: ItemInput) -> AppResult<Collection> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Edit)?;
            let current_items = store::items(conn, &row.id)?;
            let fields = fields_of(&row, &current_items)?;
            let mut wanted = fields.to_input();
            let resolved =
                resolve_items(conn, &config, &actor, &row.id, &current_items, &[Item { material: item.material.trim().to_owned(), note: String::new() }])
                    .map_err(|e| rename_item_error(e, "material"))?;
            let url = resolved.first().map(|r| r.item_url.clone()).unwrap_or_default();
            let list = wanted.items.get_or_insert_with(Vec::new);
            match list.iter_mut().find(|i| i.material == url) {
                // Listed already: a note given replaces the one it has.
                Some(existing) if item.note.is_some() => existing.note = item.note.clone(),
                Some(_) => {}
                None => list.push(ItemInput { material: url, note: item.note.clone() }),
            }
            let fields = CollectionFields::parse(&wanted, &config.limits).map_err(|e| rename_item_errors(e, list_len(&wanted)))?;
            let items = resolve_items(conn, &config, &actor, &row.id, &current_items, &fields.items)?;
            apply(conn, &config, &actor.id, &mut row, Change { fields: &fields, current_items, items }, "item added")?;
            detail(conn, &config, Some(&actor), &row)
        })
        .await
}

fn list_len(input: &CollectionInput) -> usize {
    input.items.as_ref().map_or(0, Vec::len)
}

/// A problem with the single item of `add_item` is reported on its own fields.
fn rename_item_error(error: AppError, field: &str) -> AppError {
    match error {
        AppError::Validation(errors) => {
            let mut renamed = FieldErrors::default();
            for (_, problem) in errors.0 {
                renamed.add(field, problem);
            }
            AppError::Validation(renamed)
        }
        other => other,
    }
}

/// The added item is the last: `items[N].note` becomes `note`; a full list stays `items`.
fn rename_item_errors(errors: FieldErrors, len: usize) -> FieldErrors {
    let last = format!("items[{}].", len.saturating_sub(1));
    let mut renamed = FieldErrors::default();
    for (field, problem) in errors.0 {
        renamed.add(field.strip_prefix(&last).unwrap_or(&field), problem);
    }
    renamed
}

/// Takes one item out, named by its URL or by the id of the material here.
pub async fn remove_item(app: &App, actor: &Actor, id: &str, item: &str) -> AppResult<Collection> {
    let (actor, id, config, item) = (actor.clone(), id.to_owned(), app.config.clone(), item.to_owned());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Edit)?;
            let current_items = store::items(conn, &row.id)?;
            let position =
                current_items.iter().position(|i| i.item_url == item || i.material_id.as_deref() == Some(item.as_str())).ok_or(AppError::NotFound)?;
            let mut items = current_items.clone();
            items.remove(position);
            for (index, entry) in items.iter_mut().enumerate() {
                entry.position = i32::try_from(index).unwrap_or(i32::MAX);
            }
            let fields = fields_of(&row, &items)?;
            apply(conn, &config, &actor.id, &mut row, Change { fields: &fields, current_items, items }, "item removed")?;
            detail(conn, &config, Some(&actor), &row)
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

/// One old version as it was: its fields and its list (items resolved as they are now).
pub async fn version(app: &App, viewer: Option<&Actor>, id: &str, version: i32) -> AppResult<(Collection, VersionInfo)> {
    let (viewer, id, config) = (viewer.cloned(), id.to_owned(), app.config.clone());
    app.db
        .read(move |conn| {
            let row = load_visible(conn, viewer.as_ref(), &id)?;
            let stored = store::version(conn, &id, version)?
                .filter(|v| v.status != Status::Draft.as_str() || sees_drafts(viewer.as_ref(), &row.owner_id))
                .ok_or(AppError::NotFound)?;
            let input: CollectionInput = serde_json::from_str(&stored.snapshot).map_err(|e| AppError::Internal(format!("bad snapshot: {e}")))?;
            let fields = CollectionFields::parse(&input, &NO_LIMITS).map_err(|e| AppError::Internal(format!("bad snapshot: {e:?}")))?;
            let mut collection = detail(conn, &config, viewer.as_ref(), &row)?;
            let items = restore_items(conn, &config, &id, &fields.items)?;
            collection.items = shown_items(conn, &config, viewer.as_ref(), items)?;
            collection.introduction_html = markdown::to_safe_html(&fields.introduction_md, &config.public_url);
            collection.fields = fields;
            collection.version = stored.version;
            let info = version_infos(
                conn,
                std::iter::once((stored.version, stored.editor_id.as_str(), stored.note.as_str(), stored.status.as_str(), stored.created_at)),
            )?
            .remove(0);
            Ok((collection, info))
        })
        .await
}

/// A new version with an old version's content and list; the visibility stays as it is now
/// unless `status` says otherwise.
pub async fn restore(app: &App, actor: &Actor, id: &str, version: i32, status: Option<String>) -> AppResult<Collection> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Edit)?;
            let stored = store::version(conn, &id, version)?.ok_or(AppError::NotFound)?;
            let mut input: CollectionInput = serde_json::from_str(&stored.snapshot).map_err(|e| AppError::Internal(format!("bad snapshot: {e}")))?;
            input.status = Some(status.unwrap_or_else(|| row.status.clone()));
            let fields = CollectionFields::parse(&input, &NO_LIMITS)?;
            let current_items = store::items(conn, &row.id)?;
            let items = restore_items(conn, &config, &row.id, &fields.items)?;
            apply(conn, &config, &actor.id, &mut row, Change { fields: &fields, current_items, items }, &format!("restored version {version}"))?;
            detail(conn, &config, Some(&actor), &row)
        })
        .await
}

pub async fn delete(app: &App, actor: &Actor, id: &str) -> AppResult<()> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Delete)?;
            let before = item_urls(&store::items(conn, &row.id)?);
            row.deleted_at = Some(now());
            row.hidden |= row.origin.is_some();
            store::update(conn, &row)?;
            changed(conn, &config, &row.id, &before)
        })
        .await
}

pub async fn set_hidden(app: &App, actor: &Actor, id: &str, hidden: bool) -> AppResult<Collection> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Hide)?;
            let before = item_urls(&store::items(conn, &row.id)?);
            row.hidden = hidden;
            store::update(conn, &row)?;
            changed(conn, &config, &row.id, &before)?;
            detail(conn, &config, Some(&actor), &row)
        })
        .await
}

/// Copies a collection (here, or one from another node held here) into the actor's own, as a
/// draft unless asked otherwise: the list, notes and introduction come along, the source is
/// credited, and its licence is kept (a collection's licence covers its own text and order).
pub async fn copy(app: &App, actor: &Actor, id: &str, input: CopyInput) -> AppResult<Collection> {
    actor.require(Action::Create, &actor.id)?;
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let source = load_visible(conn, Some(&actor), &id)?;
            let source_items = store::items(conn, &source.id)?;
            let source_fields = fields_of(&source, &source_items)?;
            source_fields.license.allowed_remix_licenses()?;
            let mut wanted = source_fields.to_input();
            wanted.title = Some(input.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| source_fields.title.clone()));
            wanted.status = Some(input.status.clone().unwrap_or_else(|| Status::Draft.as_str().to_owned()));
            let fields = CollectionFields::parse(&wanted, &config.limits)?;
            let mut row = new_row(&actor.id, Some((&source.id, source.version)));
            apply_fields(&mut row, &fields, &config.public_url);
            // The copy lists what the source lists, items not held here included.
            let items: Vec<CollectionItemRow> = source_items.into_iter().map(|i| CollectionItemRow { collection_id: row.id.clone(), ..i }).collect();
            store::insert(conn, &row)?;
            store::set_items(conn, &row.id, &items)?;
            let fields = fields_of(&row, &items)?;
            super::curricula::store_alignments(conn, ContentKind::Collection, &row.id, &fields.goals)?;
            let source_url = source.ap_id.clone().unwrap_or_else(|| config.collection_url(&source.id));
            write_version(conn, &row, &fields, &actor.id, &format!("copied from version {} of {source_url}", source.version))?;
            changed(conn, &config, &row.id, &[])?;
            detail(conn, &config, Some(&actor), &row)
        })
        .await
}

/// The actor's own collections (for "add to a collection" on a material page).
pub async fn own(app: &App, actor: &Actor) -> AppResult<Vec<(String, String)>> {
    let owner = actor.id.clone();
    app.db
        .read(move |conn| {
            let (rows, _) = store::list(conn, Scope::Owner(&owner), Page { page: 1, per_page: 200 })?;
            Ok(rows.into_iter().filter(|r| r.origin.is_none()).map(|r| (r.id, r.title)).collect())
        })
        .await
}

/// Lets a network here own the collection (or no network: `None`): its moderators may then edit
/// it too, and the network lists it and passes it on to its followers. Only the author does this,
/// for a network they are a member of.
pub async fn set_network(app: &App, actor: &Actor, id: &str, network: Option<String>) -> AppResult<Collection> {
    let (actor_owned, id_owned, name) = (actor.clone(), id.to_owned(), network.clone());
    let network_url = app
        .db
        .read(move |conn| {
            let row = load_for(conn, &actor_owned, &id_owned, Action::Edit)?;
            actor_owned.require(Action::Edit, &row.owner_id)?;
            match name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
                None => Ok(None),
                Some(name) => {
                    let network = crate::store::networks::by_name(conn, name)?
                        .ok_or_else(|| AppError::bad_request("unknown_network", "No such network on this node."))?;
                    if !super::networks::is_member(conn, &actor_owned, &network)? {
                        return Err(AppError::bad_request("not_a_member", "Join this network before giving it a collection."));
                    }
                    let group = crate::store::federation::actor_by_id(conn, &network.actor_id)?.ok_or(AppError::NotFound)?;
                    Ok(Some((network.id, group.ap_id)))
                }
            }
        })
        .await?;
    if let Some((_, group_url)) = &network_url {
        // Listed by the network (and passed on to its followers) like a post.
        super::networks::post(app, actor, ContentKind::Collection, id, group_url).await?;
    }
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Edit)?;
            row.network_id = network_url.map(|(network_id, _)| network_id);
            store::update(conn, &row)?;
            detail(conn, &config, Some(&actor), &row)
        })
        .await
}
