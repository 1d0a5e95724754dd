//! Material use cases: create, edit (every edit a version), restore, delete, hide, attach files, remix.

use chrono::NaiveDateTime;
use serde::Deserialize;

use super::attachments::{self, VersionFile};
use super::translations::{self, TranslationRef};
use super::{new_id, now, Actor, App, AppConfig, AppError, AppResult, Paged};
use crate::domain::attribution::Credit;
use crate::domain::authz::Action;
use crate::domain::license::License;
use crate::domain::markdown;
use crate::domain::material::{MaterialFields, MaterialInput};
use crate::domain::validation::{FieldErrors, FieldProblem};
use crate::domain::vocab::Status;
use crate::domain::{ContentKind, Limits};
use crate::store::materials::{self as store, Scope};
use crate::store::models::{MaterialRow, MaterialVersionRow, UserRow};
use crate::store::{json_list, parse_json_list, queue, users, DbConnection, Page};

/// The account that owns a piece of content, as shown publicly.
#[derive(Debug, Clone)]
pub struct Owner {
    pub id: String,
    pub username: String,
    pub display_name: String,
}

/// A material as pages and the API show it.
#[derive(Debug, Clone)]
pub struct Material {
    pub id: String,
    pub url: String,
    pub owner: Owner,
    pub fields: MaterialFields,
    pub body_html: String,
    pub version: i32,
    pub hidden: bool,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub derived_from: Option<DerivedFrom>,
    pub attachments: Vec<Attachment>,
    /// The remixes made of it, here and on other nodes.
    pub remixes: Vec<RemixRef>,
    /// The same remixes with those made of them in turn (here, and remix notices from other
    /// nodes), for the remix tree.
    pub remix_tree: Vec<RemixNode>,
    /// Who to credit, nearest source first (empty unless this is a remix).
    pub attribution: Vec<Credit>,
    /// The material this one translates or adapts, when it is public.
    pub translation_of: Option<TranslationRef>,
    /// Its translations and adaptations into other languages, here and on other nodes.
    pub translations: Vec<TranslationRef>,
    /// Teachers' reviews summed up (only when one material is read).
    pub reviews: crate::domain::review::ReviewSummary,
    /// For content from another node: its host and its URL there.
    pub origin: Option<String>,
    pub original_url: Option<String>,
}

#[derive(Debug, Clone)]
pub struct DerivedFrom {
    pub id: String,
    pub url: String,
    pub version: i32,
    pub title: String,
}

#[derive(Debug, Clone)]
pub struct Attachment {
    pub id: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub url: String,
}

/// A remix of a material, here or (later) on another node.
#[derive(Debug, Clone)]
pub struct RemixRef {
    pub id: String,
    pub url: String,
    pub title: String,
    pub node: String,
}

/// A remix and the remixes made of it.
#[derive(Debug, Clone)]
pub struct RemixNode {
    pub remix: RemixRef,
    /// Known for remixes held here.
    pub license: Option<License>,
    pub children: Vec<RemixNode>,
}

/// How many remixes a remix tree shows at most, and how many generations down.
const REMIX_TREE_LIMIT: usize = 100;
const REMIX_TREE_DEPTH: usize = 6;

/// The remixes of material `id`, with theirs below them; at most `budget` in all.
fn remixes_below(conn: &mut DbConnection, config: &AppConfig, id: &str, budget: &mut usize, depth: usize) -> AppResult<Vec<RemixNode>> {
    let mut nodes = Vec::new();
    for row in store::remixes_of(conn, id)? {
        let Some(left) = budget.checked_sub(1) else { break };
        *budget = left;
        let license = fields_of(&row).ok().map(|f| f.license);
        let children = if depth < REMIX_TREE_DEPTH { remixes_below(conn, config, &row.id, budget, depth + 1)? } else { Vec::new() };
        let remix = RemixRef { url: config.material_url(&row.id), id: row.id, title: row.title, node: host_of(&config.public_url) };
        nodes.push(RemixNode { remix, license, children });
    }
    for remote in super::federation::remote_remixes(conn, id)? {
        let Some(left) = budget.checked_sub(1) else { break };
        *budget = left;
        nodes.push(RemixNode {
            remix: RemixRef { id: String::new(), url: remote.url, title: remote.title, node: remote.node },
            license: None,
            children: Vec::new(),
        });
    }
    Ok(nodes)
}

/// One stored version.
#[derive(Debug, Clone)]
pub struct VersionInfo {
    pub version: i32,
    pub editor: String,
    /// What made this version, in the stored vocabulary: `created`, `edited`, `restored version
    /// N`, `remixed from version N of URL`, `received from HOST`, `attachment added: NAMES`,
    /// `attachment removed: NAME`.
    pub note: String,
    /// The status the content had in this version (`draft`, `published`, …).
    pub status: String,
    pub created_at: NaiveDateTime,
}

/// What a teacher chooses when remixing.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RemixInput {
    /// One of the licences the source allows for a remix (`GET /materials/{id}/remix`); the source's when absent.
    #[schema(value_type = Option<License>)]
    pub license: Option<String>,
    pub title: Option<String>,
    /// `draft` when absent.
    #[schema(value_type = Option<Status>)]
    pub status: Option<String>,
}

const NO_LIMITS: Limits = Limits { max_body_bytes: usize::MAX, max_upload_bytes: u64::MAX };

/// Reads stored content back into validated fields (stored rows were validated on the way in).
pub(crate) fn fields_of(row: &MaterialRow) -> AppResult<MaterialFields> {
    let input = MaterialInput {
        title: Some(row.title.clone()),
        summary: Some(row.summary.clone()),
        body: Some(row.body_md.clone()),
        language: Some(row.language.clone()),
        license: Some(row.license.clone()),
        education_levels: Some(parse_json_list(&row.education_levels)),
        isced_level: row.isced_level,
        subjects: Some(parse_json_list(&row.subjects)),
        resource_type: Some(row.resource_type.clone()),
        duration_minutes: row.duration_minutes,
        keywords: Some(parse_json_list(&row.keywords)),
        authors: Some(parse_json_list(&row.authors)),
        links: Some(parse_json_list(&row.links)),
        status: Some(row.status.clone()),
        goals: Some(parse_json_list(&row.goals)),
        translation_of: None,
        adaptation_notes: Some(row.adaptation_notes.clone()),
    };
    // A copy from another node was accepted with what it carried (unknown language or licence,
    // no level): read back by the same lenient rules.
    let parsed = if row.origin.is_some() { MaterialFields::parse_remote(&input, &NO_LIMITS) } else { MaterialFields::parse(&input, &NO_LIMITS) };
    parsed.map_err(|e| AppError::Internal(format!("stored material {} no longer validates: {e:?}", row.id)))
}

/// Writes validated fields into a row (rendering the Markdown once, on the way in).
fn apply_fields(row: &mut MaterialRow, fields: &MaterialFields, own_origin: &str) {
    row.title = fields.title.clone();
    row.summary = fields.summary.clone();
    row.adaptation_notes = fields.adaptation_notes.clone();
    row.body_md = fields.body_md.clone();
    row.body_html = markdown::to_safe_html(&fields.body_md, own_origin);
    row.language = fields.language.as_str().to_owned();
    row.license = fields.license.spdx().to_owned();
    row.education_levels = json_list(&fields.education_levels.iter().map(|l| l.as_str()).collect::<Vec<_>>());
    row.isced_level = fields.isced_level;
    row.subjects = json_list(&fields.subjects.iter().map(|s| s.as_str()).collect::<Vec<_>>());
    row.resource_type = fields.resource_type.as_str().to_owned();
    row.duration_minutes = fields.duration_minutes;
    row.keywords = json_list(&fields.keywords);
    row.authors = json_list(&fields.authors);
    row.links = json_list(&fields.links);
    row.status = fields.status.as_str().to_owned();
    row.goals = json_list(&fields.goals.iter().map(|g| g.to_ref()).collect::<Vec<_>>());
}

fn snapshot(fields: &MaterialFields) -> String {
    serde_json::to_string(&fields.to_input()).unwrap_or_default()
}

fn owner_of(conn: &mut DbConnection, owner_id: &str) -> AppResult<Owner> {
    let user = users::by_id(conn, owner_id)?.ok_or_else(|| AppError::Internal(format!("owner {owner_id} missing")))?;
    Ok(owner_from(&user))
}

fn owner_from(user: &UserRow) -> Owner {
    Owner { id: user.id.clone(), username: user.username.clone(), display_name: user.display_name.clone() }
}

/// May `viewer` see this row at all? Deleted rows are gone for everyone; drafts and hidden
/// rows only for their owner and staff; unlisted rows for anyone with the link.
pub(crate) fn visible(viewer: Option<&Actor>, owner_id: &str, status: &str, hidden: bool, deleted: bool) -> bool {
    if deleted {
        return false;
    }
    let public = status != Status::Draft.as_str() && !hidden;
    public || viewer.is_some_and(|v| v.can(Action::ViewPrivate, owner_id))
}

/// Whether `viewer` may read what `owner_id` saved as a draft (their own, or as a moderator).
/// Versions saved while content was a draft stay private after it is published.
pub(crate) fn sees_drafts(viewer: Option<&Actor>, owner_id: &str) -> bool {
    viewer.is_some_and(|v| v.can(Action::ViewPrivate, owner_id))
}

pub(super) fn load_visible(conn: &mut DbConnection, viewer: Option<&Actor>, id: &str) -> AppResult<MaterialRow> {
    let row = store::by_id(conn, id)?.ok_or(AppError::NotFound)?;
    if !visible(viewer, &row.owner_id, &row.status, row.hidden, row.deleted_at.is_some()) {
        return Err(AppError::NotFound);
    }
    Ok(row)
}

/// Loads the owner-editable row, or fails as the viewer should see it fail.
pub(super) fn load_for(conn: &mut DbConnection, actor: &Actor, id: &str, action: Action) -> AppResult<MaterialRow> {
    let row = load_visible(conn, Some(actor), id)?;
    actor.require(action, &row.owner_id)?;
    if let (Action::Edit, Some(origin)) = (action, &row.origin) {
        return Err(AppError::bad_request(
            "remote_content",
            format!("This material lives on {origin} and is edited there; remix it to make your own version."),
        ));
    }
    Ok(row)
}

fn summary_of(config: &AppConfig, row: &MaterialRow, owner: Owner) -> AppResult<Material> {
    Ok(Material {
        id: row.id.clone(),
        url: config.material_url(&row.id),
        owner,
        fields: fields_of(row)?,
        body_html: row.body_html.clone(),
        version: row.version,
        hidden: row.hidden,
        created_at: row.created_at,
        updated_at: row.updated_at,
        derived_from: None,
        attachments: Vec::new(),
        remixes: Vec::new(),
        remix_tree: Vec::new(),
        translation_of: None,
        translations: Vec::new(),
        reviews: Default::default(),
        attribution: Vec::new(),
        origin: row.origin.clone(),
        original_url: row.ap_id.clone(),
    })
}

/// The full material: owner, attachments, source, remixes, translations and attribution chain.
pub(super) fn detail(conn: &mut DbConnection, config: &AppConfig, row: &MaterialRow) -> AppResult<Material> {
    let mut material = summary_of(config, row, owner_of(conn, &row.owner_id)?)?;
    material.attachments = store::attachments_of(conn, &row.id)?
        .into_iter()
        .map(|a| Attachment {
            url: format!("{}/files/{}", material.url, a.id),
            id: a.id,
            file_name: a.file_name,
            content_type: a.content_type,
            size_bytes: a.size_bytes,
            sha256: a.sha256,
        })
        .collect();
    let mut budget = REMIX_TREE_LIMIT;
    material.remix_tree = remixes_below(conn, config, &row.id, &mut budget, 1)?;
    material.translation_of = translations::original_of(conn, config, row)?;
    material.translations = translations::translations_of(conn, config, &row.id)?;
    material.reviews = super::reviews::summary(conn, row)?;
    material.remixes = material.remix_tree.iter().map(|node| node.remix.clone()).collect();
    // Walk up the chain of sources; bounded, and a deleted source still gets its credit.
    let mut next = row.derived_from_id.clone().zip(row.derived_from_version);
    let mut depth = 0;
    while let Some((source_id, source_version)) = next.take() {
        let Some(source) = store::by_id(conn, &source_id)? else { break };
        let fields = fields_of(&source)?;
        if material.derived_from.is_none() {
            material.derived_from =
                Some(DerivedFrom { id: source.id.clone(), url: config.material_url(&source.id), version: source_version, title: source.title.clone() });
        }
        let authors = if fields.authors.is_empty() { vec![owner_of(conn, &source.owner_id)?.display_name] } else { fields.authors.clone() };
        // A source from another node is credited where it lives, not at our copy of it.
        let source_url = source.ap_id.clone().unwrap_or_else(|| config.material_url(&source.id));
        material.attribution.push(Credit { title: fields.title.clone(), authors, source_url, license: fields.license });
        depth += 1;
        if depth < 20 {
            next = source.derived_from_id.clone().zip(source.derived_from_version);
        }
    }
    Ok(material)
}

/// `host[:port]` of a URL given as text (empty when it does not parse).
pub(crate) fn host_of(url: &str) -> String {
    url::Url::parse(url).map(|u| crate::activitypub::host_of(&u)).unwrap_or_default()
}

/// Records the row as it is now, its files included, as version `row.version`.
fn write_version(conn: &mut DbConnection, row: &MaterialRow, fields: &MaterialFields, editor_id: &str, note: &str) -> AppResult<()> {
    let files = attachments::current_files(conn, &row.id)?;
    store::insert_version(
        conn,
        &MaterialVersionRow {
            material_id: row.id.clone(),
            version: row.version,
            snapshot: snapshot(fields),
            editor_id: editor_id.to_owned(),
            note: note.to_owned(),
            created_at: row.updated_at,
            status: fields.status.as_str().to_owned(),
            attachments: Some(attachments::files_json(&files)?),
        },
    )?;
    Ok(())
}

/// A new version of an unchanged text whose files changed (already written to the table).
pub(super) fn new_version(conn: &mut DbConnection, config: &AppConfig, row: &mut MaterialRow, editor_id: &str, note: &str) -> AppResult<()> {
    let fields = fields_of(row)?;
    row.version += 1;
    row.updated_at = now();
    store::update(conn, row)?;
    write_version(conn, row, &fields, editor_id, note)?;
    changed(conn, config, &row.id)
}

/// A version `viewer` may read: versions saved as drafts only for those who see drafts.
pub(super) fn visible_version(conn: &mut DbConnection, viewer: Option<&Actor>, row: &MaterialRow, version: i32) -> AppResult<MaterialVersionRow> {
    store::version(conn, &row.id, version)?.filter(|v| v.status != Status::Draft.as_str() || sees_drafts(viewer, &row.owner_id)).ok_or(AppError::NotFound)
}

pub async fn create(app: &App, actor: &Actor, input: MaterialInput) -> AppResult<Material> {
    actor.require(Action::Create, &actor.id)?;
    let fields = MaterialFields::parse(&input, &app.config.limits)?;
    let (actor, config) = (actor.clone(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = insert_new(conn, &config, &actor, &fields, Provenance { note: "created", ..Provenance::default() })?;
            if translations::apply(conn, &config, &mut row, input.translation_of.as_deref())? {
                store::update(conn, &row)?;
                changed(conn, &config, &row.id)?;
            }
            detail(conn, &config, &row)
        })
        .await
}

/// A new row owned by `actor`, before its fields are applied.
fn insert_row(actor: &Actor, derived_from: Option<(&str, i32)>, at: NaiveDateTime) -> MaterialRow {
    MaterialRow {
        id: new_id(),
        owner_id: actor.id.clone(),
        title: String::new(),
        summary: String::new(),
        body_md: String::new(),
        body_html: String::new(),
        language: String::new(),
        license: String::new(),
        education_levels: String::new(),
        isced_level: None,
        subjects: String::new(),
        resource_type: String::new(),
        duration_minutes: None,
        keywords: String::new(),
        authors: String::new(),
        links: String::new(),
        status: String::new(),
        hidden: false,
        version: 1,
        derived_from_id: derived_from.map(|(id, _)| id.to_owned()),
        derived_from_version: derived_from.map(|(_, v)| v),
        created_at: at,
        updated_at: at,
        deleted_at: None,
        goals: String::new(),
        ap_id: None,
        origin: None,
        translation_of_id: None,
        adaptation_notes: String::new(),
        origin_rating: None,
        origin_rating_count: 0,
        origin_used_in_class: 0,
    }
}

/// Where remote content came from: its ActivityPub id and origin host.
type Remote<'a> = Option<(&'a str, &'a str)>;

/// Where a new material comes from: the material it remixes, what its first version says, the
/// node it came from, and the files it starts with.
#[derive(Default)]
struct Provenance<'a> {
    derived_from: Option<(&'a str, i32)>,
    note: &'a str,
    remote: Remote<'a>,
    files: &'a [VersionFile],
}

fn insert_new(conn: &mut DbConnection, config: &AppConfig, actor: &Actor, fields: &MaterialFields, from: Provenance<'_>) -> AppResult<MaterialRow> {
    let Provenance { derived_from, note, remote, files } = from;
    let mut row = insert_row(actor, derived_from, now());
    row.ap_id = remote.map(|(ap_id, _)| ap_id.to_owned());
    row.origin = remote.map(|(_, origin)| origin.to_owned());
    apply_fields(&mut row, fields, &config.public_url);
    store::insert(conn, &row)?;
    attachments::set_files(conn, &row.id, files)?;
    super::curricula::store_alignments(conn, ContentKind::Material, &row.id, &fields.goals)?;
    write_version(conn, &row, fields, &actor.id, note)?;
    changed(conn, config, &row.id)?;
    Ok(row)
}

/// Queues a changed material for the index and tells followers (same transaction).
pub(super) fn changed(conn: &mut DbConnection, config: &AppConfig, id: &str) -> AppResult<()> {
    queue::enqueue_index(conn, ContentKind::Material, id)?;
    let Some(row) = store::by_id(conn, id)? else { return Ok(()) };
    // Collections listing it show (and are found by) its title; a copy that just arrived fills
    // the items that named it by URL before this node held it.
    if let Some(ap_id) = &row.ap_id {
        crate::store::collections::link_items(conn, ap_id, id)?;
    }
    if crate::store::collections::retitle_items(conn, id, &row.title)? > 0 {
        for collection in crate::store::collections::listing(conn, id)? {
            queue::enqueue_index(conn, ContentKind::Collection, &collection)?;
        }
    }
    let became_public = crate::app::outbox::content_changed(conn, config, ContentKind::Material, id)?;
    super::oai::content_changed(conn, ContentKind::Material, id)?;
    // New work here: followers of its goals hear, and so does the author of what it remixes
    // (remixes start as drafts the original's author could not see).
    if became_public {
        super::notifications::new_work_for_goals(conn, config.mail.is_some(), ContentKind::Material, &row.id, &config.material_url(&row.id), &row.title)?;
        if let Some(source) = row.derived_from_id.as_deref().map(|s| store::by_id(conn, s)).transpose()?.flatten() {
            if source.owner_id != row.owner_id && source.origin.is_none() {
                let by = crate::store::users::by_id(conn, &row.owner_id)?.map(|u| u.display_name).unwrap_or_default();
                let event = super::notifications::Event {
                    user_id: &source.owner_id,
                    kind: crate::domain::notification::NotificationKind::Remixed,
                    subject_url: config.material_url(&row.id),
                    subject_title: row.title.clone(),
                    detail: by,
                };
                super::notifications::notify(conn, config.mail.is_some(), event)?;
            }
        }
    }
    Ok(())
}

/// Stores a material from another node (new, or a new version of one we hold).
pub(crate) fn upsert_remote(
    conn: &mut DbConnection,
    config: &AppConfig,
    owner: &Actor,
    fields: &MaterialFields,
    remote: (&str, &str),
    source: Option<(&str, i32)>,
) -> AppResult<()> {
    let note = format!("received from {}", remote.1);
    match store::by_ap_id(conn, remote.0)? {
        None => {
            insert_new(conn, config, owner, fields, Provenance { derived_from: source, note: &note, remote: Some(remote), files: &[] })?;
        }
        Some(mut row) => {
            // A deleted copy only comes back when the caller decided it revives.
            let revived = row.deleted_at.take().is_some();
            if !revived && fields_of(&row)? == *fields {
                return Ok(());
            }
            apply_fields(&mut row, fields, &config.public_url);
            row.version += 1;
            row.updated_at = now();
            store::update(conn, &row)?;
            super::curricula::store_alignments(conn, ContentKind::Material, &row.id, &fields.goals)?;
            write_version(conn, &row, fields, &owner.id, &note)?;
            changed(conn, config, &row.id)?;
        }
    }
    Ok(())
}

pub async fn get(app: &App, viewer: Option<&Actor>, id: &str) -> AppResult<Material> {
    let (viewer, id, config) = (viewer.cloned(), id.to_owned(), app.config.clone());
    app.db
        .read(move |conn| {
            let row = load_visible(conn, viewer.as_ref(), &id)?;
            detail(conn, &config, &row)
        })
        .await
}

/// Public materials, newest first; or everything of one owner (their account page).
pub async fn list(app: &App, owner_id: Option<&str>, page: Page) -> AppResult<Paged<Material>> {
    list_in(app, owner_id.map_or(ListScope::Public, |o| ListScope::Owner(o.to_owned())), page).await
}

/// Which list to show.
#[derive(Debug, Clone)]
pub enum ListScope {
    Public,
    Owner(String),
    PublicOwner(String),
    PublicIds(Vec<String>),
    PublicLocal,
    PublicRemote,
}

impl ListScope {
    pub(crate) fn as_store(&self) -> Scope<'_> {
        match self {
            ListScope::Public => Scope::Public,
            ListScope::Owner(o) => Scope::Owner(o),
            ListScope::PublicOwner(o) => Scope::PublicOwner(o),
            ListScope::PublicIds(ids) => Scope::PublicIds(ids),
            ListScope::PublicLocal => Scope::PublicLocal,
            ListScope::PublicRemote => Scope::PublicRemote,
        }
    }
}

pub async fn list_in(app: &App, scope: ListScope, page: Page) -> AppResult<Paged<Material>> {
    let config = app.config.clone();
    app.db
        .read(move |conn| {
            let (rows, total) = store::list(conn, scope.as_store(), page)?;
            let owner_ids: Vec<String> = rows.iter().map(|r| r.owner_id.clone()).collect();
            let owners = users::by_ids(conn, &owner_ids)?;
            let items = rows
                .iter()
                .map(|row| {
                    let owner = owners.iter().find(|u| u.id == row.owner_id).map(owner_from).unwrap_or_else(|| Owner {
                        id: row.owner_id.clone(),
                        username: String::new(),
                        display_name: String::new(),
                    });
                    summary_of(&config, row, owner)
                })
                .collect::<AppResult<Vec<_>>>()?;
            Ok(Paged { total, items, page })
        })
        .await
}

/// Applies a partial change; a change that alters nothing stores no new version.
pub async fn update(app: &App, actor: &Actor, id: &str, patch: MaterialInput, note: &str) -> AppResult<Material> {
    let (actor, id, config, note) = (actor.clone(), id.to_owned(), app.config.clone(), note.to_owned());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Edit)?;
            apply_update(conn, &config, &actor, &mut row, patch, None, &note)?;
            detail(conn, &config, &row)
        })
        .await
}

/// Merges `patch` into the row and, with `files`, makes those its files; one new version
/// when anything changed.
fn apply_update(
    conn: &mut DbConnection,
    config: &AppConfig,
    actor: &Actor,
    row: &mut MaterialRow,
    patch: MaterialInput,
    files: Option<&[VersionFile]>,
    note: &str,
) -> AppResult<()> {
    let current = fields_of(row)?;
    let link_changed = translations::apply(conn, config, row, patch.translation_of.as_deref())?;
    let fields = MaterialFields::parse(&current.to_input().merge(patch), &config.limits)?;
    // A remix keeps its source's licence rules for as long as it exists.
    if fields.license != current.license {
        if let Some(source) = row.derived_from_id.as_deref().map(|id| store::by_id(conn, id)).transpose()?.flatten() {
            fields_of(&source)?.license.check_remix(fields.license)?;
        }
    }
    let files_changed = match files {
        Some(files) => attachments::set_files(conn, &row.id, files)?,
        None => false,
    };
    if fields != current || files_changed || link_changed {
        apply_fields(row, &fields, &config.public_url);
        row.version += 1;
        row.updated_at = now();
        store::update(conn, row)?;
        super::curricula::store_alignments(conn, ContentKind::Material, &row.id, &fields.goals)?;
        write_version(conn, row, &fields, &actor.id, note)?;
        changed(conn, config, &row.id)?;
    }
    Ok(())
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

/// One stored version as the history shows it: (version, editor id, note, status, created).
pub(crate) type VersionFacts<'a> = (i32, &'a str, &'a str, &'a str, NaiveDateTime);

pub(crate) fn version_infos<'a>(conn: &mut DbConnection, rows: impl Iterator<Item = VersionFacts<'a>>) -> AppResult<Vec<VersionInfo>> {
    let rows: Vec<_> = rows.collect();
    let editor_ids: Vec<String> = rows.iter().map(|r| r.1.to_owned()).collect();
    let editors = users::by_ids(conn, &editor_ids)?;
    Ok(rows
        .into_iter()
        .map(|(version, editor_id, note, status, created_at)| VersionInfo {
            version,
            editor: editors.iter().find(|u| u.id == editor_id).map(|u| u.display_name.clone()).unwrap_or_default(),
            note: note.to_owned(),
            status: status.to_owned(),
            created_at,
        })
        .collect())
}

/// One old version, rendered as it was.
pub async fn version(app: &App, viewer: Option<&Actor>, id: &str, version: i32) -> AppResult<(Material, VersionInfo)> {
    let (viewer, id, config) = (viewer.cloned(), id.to_owned(), app.config.clone());
    app.db
        .read(move |conn| {
            let row = load_visible(conn, viewer.as_ref(), &id)?;
            let stored = visible_version(conn, viewer.as_ref(), &row, version)?;
            let input: MaterialInput = serde_json::from_str(&stored.snapshot).map_err(|e| AppError::Internal(format!("bad snapshot: {e}")))?;
            let parsed = if row.origin.is_some() { MaterialFields::parse_remote(&input, &NO_LIMITS) } else { MaterialFields::parse(&input, &NO_LIMITS) };
            let fields = parsed.map_err(|e| AppError::Internal(format!("bad snapshot: {e:?}")))?;
            let mut material = detail(conn, &config, &row)?;
            material.body_html = markdown::to_safe_html(&fields.body_md, &config.public_url);
            material.fields = fields;
            material.version = stored.version;
            // The files this version had, served from the version (some may since be removed).
            let base = format!("{}/versions/{}", material.url, stored.version);
            material.attachments = attachments::files_of(&stored)?.unwrap_or_default().into_iter().map(|f| attachments::shown(&base, f)).collect();
            let info = version_infos(
                conn,
                std::iter::once((stored.version, stored.editor_id.as_str(), stored.note.as_str(), stored.status.as_str(), stored.created_at)),
            )?
            .remove(0);
            Ok((material, info))
        })
        .await
}

/// Makes an old version current again, as a new version (history is never rewritten).
/// Makes a new version with an old version's content. The visibility stays what it is now
/// (restoring the first draft of a published material does not unpublish it), unless
/// `status` says otherwise.
pub async fn restore(app: &App, actor: &Actor, id: &str, version: i32, status: Option<String>) -> AppResult<Material> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Edit)?;
            let stored = store::version(conn, &id, version)?.ok_or(AppError::NotFound)?;
            let mut input: MaterialInput = serde_json::from_str(&stored.snapshot).map_err(|e| AppError::Internal(format!("bad snapshot: {e}")))?;
            input.status = status;
            // A version from before versions recorded files leaves the files as they are.
            let files = attachments::files_of(&stored)?;
            apply_update(conn, &config, &actor, &mut row, input, files.as_deref(), &format!("restored version {version}"))?;
            detail(conn, &config, &row)
        })
        .await
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

pub async fn set_hidden(app: &App, actor: &Actor, id: &str, hidden: bool) -> AppResult<Material> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let mut row = load_for(conn, &actor, &id, Action::Hide)?;
            row.hidden = hidden;
            store::update(conn, &row)?;
            changed(conn, &config, &row.id)?;
            detail(conn, &config, &row)
        })
        .await
}

/// The licences a remix of this material may carry, or why it may not be remixed.
pub async fn remix_options(app: &App, viewer: Option<&Actor>, id: &str) -> AppResult<(Material, Result<Vec<License>, crate::domain::license::RemixError>)> {
    let material = get(app, viewer, id).await?;
    let allowed = material.fields.license.allowed_remix_licenses();
    Ok((material, allowed))
}

/// Creates a new material from an existing one, keeping the source and its licence rules.
pub async fn remix(app: &App, actor: &Actor, id: &str, input: RemixInput) -> AppResult<Material> {
    let (actor, id, config) = (actor.clone(), id.to_owned(), app.config.clone());
    app.db
        .write(move |conn| {
            let source = load_visible(conn, Some(&actor), &id)?;
            let row = remix_row(conn, &config, &actor, &source, &input, |_| {})?;
            detail(conn, &config, &row)
        })
        .await
}

/// Writes a remix of `source` (a translation is one too): its licence one the source allows,
/// its files the source's, its authors the remixer; `adjust` changes the draft's input before it
/// is validated (a translation's language).
pub(super) fn remix_row(
    conn: &mut DbConnection,
    config: &AppConfig,
    actor: &Actor,
    source: &MaterialRow,
    input: &RemixInput,
    adjust: impl FnOnce(&mut MaterialInput),
) -> AppResult<MaterialRow> {
    let source_fields = fields_of(source)?;
    let allowed = source_fields.license.allowed_remix_licenses()?;
    let license = match input.license.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        Some(spdx) => License::parse(spdx).ok_or_else(|| {
            let mut errors = FieldErrors::default();
            errors.add("license", FieldProblem::UnknownLicense);
            AppError::Validation(errors)
        })?,
        // Keep the source's licence when allowed (always, except CC0 → anything).
        None if allowed.contains(&source_fields.license) => source_fields.license,
        None => allowed.first().copied().ok_or_else(|| AppError::Internal("no licence allowed".into()))?,
    };
    source_fields.license.check_remix(license)?;
    let mut input_fields = source_fields.to_input();
    input_fields.license = Some(license.spdx().to_owned());
    input_fields.title = Some(input.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| format!("Remix: {}", source_fields.title)));
    input_fields.authors = Some(vec![actor.display_name.clone()]);
    input_fields.status = Some(input.status.clone().unwrap_or_else(|| Status::Draft.as_str().to_owned()));
    adjust(&mut input_fields);
    let fields = MaterialFields::parse(&input_fields, &NO_LIMITS)?;
    // Files come along: blobs are content-addressed, so this copies rows, not bytes.
    let files: Vec<VersionFile> = attachments::current_files(conn, &source.id)?.into_iter().map(|f| VersionFile { id: new_id(), ..f }).collect();
    let note = format!("remixed from version {} of {}", source.version, config.material_url(&source.id));
    let from = Provenance { derived_from: Some((&source.id, source.version)), note: &note, remote: None, files: &files };
    insert_new(conn, config, actor, &fields, from)
}
