//! Outgoing activities, written in the transaction of the change they describe (DESIGN.md
//! invariant 2): an `outbox` row plus one `deliveries` row per distinct inbox. The delivery
//! worker drains them; nothing outgoing lives only in memory.

use serde_json::Value;

use super::network_relay;
use super::{now, AppConfig, AppError, AppResult};
use crate::activitypub::collection::{self as collection_ap, CollectionDoc, ItemDoc};
use crate::activitypub::objects::{self, CaseStudyDoc, MaterialDoc};
use crate::activitypub::question::{self, ListedAnswer, QuestionDoc};
use crate::activitypub::{activities, host_of};
use crate::domain::markdown;
use crate::domain::vocab::Status;
use crate::domain::ContentKind;
use crate::store::models::{ActorRow, CaseStudyRow, CollectionRow, MaterialRow, QuestionRow};
use crate::store::{case_studies, collections, federation as store, materials, networks, questions, users, DbConnection};

/// Where activities for an actor go: its shared inbox when it has one, so each activity
/// reaches an instance once however many of its actors follow us.
pub fn delivery_inbox(actor: &ActorRow) -> String {
    actor.shared_inbox.clone().unwrap_or_else(|| actor.inbox.clone())
}

/// Stores `activity` for delivery to each distinct remote inbox (none: nothing is stored).
pub fn enqueue(conn: &mut DbConnection, config: &AppConfig, activity: &Value, actor_ap_id: &str, inboxes: Vec<String>) -> AppResult<()> {
    let own_host = config.host();
    let mut targets: Vec<(String, String)> = Vec::new();
    for inbox in inboxes {
        let Ok(url) = url::Url::parse(&inbox) else { continue };
        let host = host_of(&url);
        if host == own_host || targets.iter().any(|(_, i)| *i == inbox) {
            continue;
        }
        targets.push((host, inbox));
    }
    if targets.is_empty() {
        return Ok(());
    }
    let activity_id = activity.get("id").and_then(Value::as_str).ok_or_else(|| AppError::Internal("outgoing activity without id".into()))?;
    let at = now();
    let outbox_id = store::insert_outbox(conn, activity_id, actor_ap_id, &activity.to_string(), at)?;
    for (host, inbox) in targets {
        store::insert_delivery(conn, outbox_id, &host, &inbox, at)?;
    }
    Ok(())
}

/// The published state of a local object and the activity that describes it.
struct Described {
    public: bool,
    object: Value,
    author_user_id: String,
    author_url: String,
    /// The remote material this one remixes: its author hears about the remix.
    remixed_remote_author: Option<ActorRow>,
    /// Who follows this object itself (a collection), beside its author's followers.
    object_followers: Vec<ActorRow>,
}

/// A public local material as an `Article`.
pub fn material_object(conn: &mut DbConnection, config: &AppConfig, row: &MaterialRow, owner_username: &str) -> AppResult<Value> {
    let url = config.material_url(&row.id);
    let author_url = config.user_url(owner_username);
    let based_on = match row.derived_from_id.as_deref().map(|s| materials::by_id(conn, s)).transpose()?.flatten() {
        Some(source) => Some(source.ap_id.clone().unwrap_or_else(|| config.material_url(&source.id))),
        None => None,
    };
    // The original a translation names, where it is read publicly (its own node's URL).
    let translation_of = match row.translation_of_id.as_deref().map(|s| materials::by_id(conn, s)).transpose()?.flatten() {
        Some(original) => Some(original.ap_id.clone().unwrap_or_else(|| config.material_url(&original.id))),
        None => None,
    };
    let fields = super::materials::fields_of(row)?;
    let attachments = materials::attachments_of(conn, &row.id)?;
    let followers = format!("{author_url}/followers");
    let search_url = format!("{}/search", config.public_url);
    let audience = networks::networks_of(conn, ContentKind::Material.as_str(), &row.id)?;
    let goals = super::curricula::describe_goals(conn, &fields.goals)?;
    let mut article = objects::material_article(&MaterialDoc {
        url: &url,
        fields: &fields,
        goals: &goals,
        body_html: &row.body_html,
        author: &author_url,
        followers: &followers,
        attachments: &attachments,
        based_on: based_on.as_deref(),
        translation_of: translation_of.as_deref(),
        reviews: super::reviews::summary(conn, row)?,
        published: row.created_at,
        updated: row.updated_at,
        search_url: &search_url,
    });
    activities::address(&mut article, &audience, "audience");
    Ok(article)
}

/// Published, not hidden, not deleted: what federates, what can be liked, and what is searchable.
pub(crate) fn is_public(status: &str, hidden: bool, deleted: bool) -> bool {
    status == Status::Published.as_str() && !hidden && !deleted
}

fn describe_material(conn: &mut DbConnection, config: &AppConfig, id: &str) -> AppResult<Option<Described>> {
    let Some(row) = materials::by_id(conn, id)? else { return Ok(None) };
    if row.origin.is_some() {
        return Ok(None);
    }
    let owner = users::by_id(conn, &row.owner_id)?.ok_or_else(|| AppError::Internal(format!("owner of {id} missing")))?;
    let public = is_public(&row.status, row.hidden, row.deleted_at.is_some());
    let remixed_remote_author = match row.derived_from_id.as_deref().map(|s| materials::by_id(conn, s)).transpose()?.flatten() {
        Some(source) if source.ap_id.is_some() => store::remote_actor_of_user(conn, &source.owner_id)?,
        _ => None,
    };
    let object = if public {
        material_object(conn, config, &row, &owner.username)?
    } else {
        objects::tombstone(&config.material_url(&row.id), objects::MATERIAL, now())
    };
    Ok(Some(Described {
        public,
        object,
        author_user_id: owner.id,
        author_url: config.user_url(&owner.username),
        remixed_remote_author,
        object_followers: Vec::new(),
    }))
}

/// The narrative of a case study as one HTML document, with headings in its own language.
pub fn case_study_html(fields: &crate::domain::case_study::CaseStudyFields, own_origin: &str) -> String {
    let dutch = fields.language.as_str().starts_with("nl");
    let n = &fields.narrative;
    let sections = [
        (if dutch { "Uitdaging" } else { "Challenge" }, &n.challenge),
        (if dutch { "Aanpak" } else { "Approach" }, &n.approach),
        (if dutch { "Resultaten" } else { "Results" }, &n.results),
        (if dutch { "Lessen" } else { "Lessons" }, &n.lessons),
        (if dutch { "Opschalen" } else { "Scaling up" }, &n.scaling),
    ];
    let markdown_text: String =
        sections.iter().filter(|(_, text)| !text.trim().is_empty()).map(|(heading, text)| format!("## {heading}\n\n{text}\n\n")).collect();
    markdown::to_safe_html(&markdown_text, own_origin)
}

/// A public local case study as an `Article`.
pub fn case_study_object(conn: &mut DbConnection, config: &AppConfig, row: &CaseStudyRow, owner_username: &str) -> AppResult<Value> {
    let url = config.case_study_url(&row.id);
    let author_url = config.user_url(owner_username);
    let fields = super::case_studies::fields_of(row)?;
    let followers = format!("{author_url}/followers");
    let search_url = format!("{}/search", config.public_url);
    let audience = networks::networks_of(conn, ContentKind::CaseStudy.as_str(), &row.id)?;
    let goals = super::curricula::describe_goals(conn, &fields.goals)?;
    let mut article = objects::case_study_article(&CaseStudyDoc {
        url: &url,
        fields: &fields,
        goals: &goals,
        content_html: &case_study_html(&fields, &config.public_url),
        author: &author_url,
        followers: &followers,
        published: row.created_at,
        updated: row.updated_at,
        search_url: &search_url,
    });
    activities::address(&mut article, &audience, "audience");
    Ok(article)
}

fn describe_case_study(conn: &mut DbConnection, config: &AppConfig, id: &str) -> AppResult<Option<Described>> {
    let Some(row) = case_studies::by_id(conn, id)? else { return Ok(None) };
    if row.origin.is_some() {
        return Ok(None);
    }
    let owner = users::by_id(conn, &row.owner_id)?.ok_or_else(|| AppError::Internal(format!("owner of {id} missing")))?;
    let public = is_public(&row.status, row.hidden, row.deleted_at.is_some());
    let object = if public {
        case_study_object(conn, config, &row, &owner.username)?
    } else {
        objects::tombstone(&config.case_study_url(&row.id), objects::CASE_STUDY, now())
    };
    Ok(Some(Described {
        public,
        object,
        author_user_id: owner.id,
        author_url: config.user_url(&owner.username),
        remixed_remote_author: None,
        object_followers: Vec::new(),
    }))
}

/// A local help question as an `Article` with its answers (see `activitypub::question`).
pub fn question_object(conn: &mut DbConnection, config: &AppConfig, row: &QuestionRow, owner_username: &str) -> AppResult<Value> {
    let url = config.question_url(&row.id);
    let author_url = config.user_url(owner_username);
    let fields = super::questions::fields_of(row)?;
    let followers = format!("{author_url}/followers");
    let answers: Vec<ListedAnswer> = questions::answers(conn, &row.id)?
        .into_iter()
        .map(|a| ListedAnswer {
            id: a.ap_id,
            author_url: a.author_url,
            author_name: a.author_name,
            html: a.body_html,
            published: objects::timestamp(a.created_at),
        })
        .collect();
    let facts = super::questions::facts_html(&fields);
    Ok(question::question_article(&QuestionDoc {
        url: &url,
        author: &author_url,
        followers: &followers,
        fields: &fields,
        situation_html: &row.situation_html,
        facts_html: &facts,
        answers: &answers,
        helpful: row.helpful_answer.as_deref(),
        published: row.created_at,
        updated: row.updated_at,
    }))
}

fn describe_question(conn: &mut DbConnection, config: &AppConfig, id: &str) -> AppResult<Option<Described>> {
    let Some(row) = questions::by_id(conn, id)? else { return Ok(None) };
    if row.origin.is_some() {
        return Ok(None);
    }
    let owner = users::by_id(conn, &row.owner_id)?.ok_or_else(|| AppError::Internal(format!("owner of {id} missing")))?;
    let public = !row.hidden && row.deleted_at.is_none();
    let object = if public {
        question_object(conn, config, &row, &owner.username)?
    } else {
        objects::tombstone(&config.question_url(&row.id), question::HELP_QUESTION, now())
    };
    Ok(Some(Described {
        public,
        object,
        author_user_id: owner.id,
        author_url: config.user_url(&owner.username),
        remixed_remote_author: None,
        object_followers: Vec::new(),
    }))
}

/// Tells followers about a change to local content: Create (and the node's Announce) when it
/// became public, Update while it stays public, Delete when it stopped being public. Drafts,
/// unlisted-then-never-published and remote content send nothing. Returns whether the content
/// became public just now (what notifications of new work go by).
pub fn content_changed(conn: &mut DbConnection, config: &AppConfig, kind: ContentKind, id: &str) -> AppResult<bool> {
    let described = match kind {
        ContentKind::Material => describe_material(conn, config, id)?,
        ContentKind::CaseStudy => describe_case_study(conn, config, id)?,
        ContentKind::Collection => describe_collection(conn, config, id)?,
        ContentKind::Question => describe_question(conn, config, id)?,
    };
    let Some(d) = described else { return Ok(false) };
    let was_public = store::federated_state(conn, kind.as_str(), id)?.as_deref() == Some("public");
    let verb = match (was_public, d.public) {
        (false, true) => "Create",
        (true, true) => "Update",
        (true, false) => "Delete",
        (false, false) => return Ok(false),
    };
    store::set_federated_state(conn, kind.as_str(), id, if d.public { "public" } else { "deleted" })?;

    let node = store::actor_by_ap_id(conn, &config.node_actor_url())?;
    let author = store::local_actor_of_user(conn, &d.author_user_id)?;
    let author_followers: Vec<ActorRow> = match &author {
        Some(a) => store::followers_of(conn, std::slice::from_ref(&a.id))?,
        None => Vec::new(),
    };
    let node_followers: Vec<ActorRow> = match &node {
        Some(n) => store::followers_of(conn, std::slice::from_ref(&n.id))?,
        None => Vec::new(),
    };
    let published = now().and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let followers_url = format!("{}/followers", d.author_url);

    let mut author_inboxes: Vec<String> = author_followers.iter().chain(&d.object_followers).map(delivery_inbox).collect();
    if let Some(origin_author) = &d.remixed_remote_author {
        author_inboxes.push(delivery_inbox(origin_author));
    }
    if verb != "Create" {
        // Node followers got the object through the node's Announce; its author now updates
        // or deletes it for them too.
        author_inboxes.extend(node_followers.iter().map(delivery_inbox));
    }
    // Networks it was posted to: one elsewhere hears from the author and relays it itself; one
    // hosted here relays it at once.
    let posted_to = networks::networks_of(conn, kind.as_str(), id)?;
    let (local_groups, remote_groups) = network_relay::split(conn, &posted_to)?;
    author_inboxes.extend(remote_groups.iter().map(delivery_inbox));
    let mut activity =
        activities::about_object(verb, &activities::new_activity_id(&config.public_url, verb), &d.author_url, &followers_url, d.object.clone(), &published);
    activities::address(&mut activity, &posted_to, "cc");
    enqueue(conn, config, &activity, &d.author_url, author_inboxes)?;
    for group in &local_groups {
        network_relay::announce(conn, config, group, if verb == "Create" { &d.object } else { &activity })?;
    }

    if verb == "Create" {
        let node_url = config.node_actor_url();
        let announce = activities::announce(
            &activities::new_activity_id(&config.public_url, "Announce"),
            &node_url,
            &format!("{node_url}/followers"),
            d.object,
            &published,
        );
        enqueue(conn, config, &announce, &node_url, node_followers.iter().map(delivery_inbox).collect())?;
    }
    Ok(verb == "Create")
}

/// A public local collection as an `OrderedCollection`.
pub fn collection_object(conn: &mut DbConnection, config: &AppConfig, row: &CollectionRow, owner_username: &str) -> AppResult<Value> {
    let url = config.collection_url(&row.id);
    let author_url = config.user_url(owner_username);
    let items = collections::items(conn, &row.id)?;
    let fields = super::collections::fields_of(row, &items)?;
    let based_on = match row.derived_from_id.as_deref().map(|s| collections::by_id(conn, s)).transpose()?.flatten() {
        Some(source) => Some(source.ap_id.clone().unwrap_or_else(|| config.collection_url(&source.id))),
        None => None,
    };
    // Items that are not public here (deleted, hidden, back to draft) are left out of what
    // others see; the list here keeps them.
    let held: Vec<MaterialRow> = materials::by_ids(conn, &items.iter().filter_map(|i| i.material_id.as_deref()).collect::<Vec<_>>())?;
    let shown: Vec<ItemDoc<'_>> = items
        .iter()
        .filter(|i| match i.material_id.as_deref().and_then(|id| held.iter().find(|m| m.id == id)) {
            Some(m) => is_public(&m.status, m.hidden, m.deleted_at.is_some()),
            None => true,
        })
        .map(|i| ItemDoc { url: &i.item_url, title: &i.title })
        .collect();
    let mut public_fields = fields.clone();
    public_fields.items.retain(|item| shown.iter().any(|s| s.url == item.material));
    let goals = super::curricula::describe_goals(conn, &fields.goals)?;
    let followers = format!("{author_url}/followers");
    let mut object = collection_ap::collection_object(&CollectionDoc {
        url: &url,
        fields: &public_fields,
        introduction_html: &row.introduction_html,
        goals: &goals,
        items: &shown,
        author: &author_url,
        followers: &followers,
        based_on: based_on.as_deref(),
        published: row.created_at,
        updated: row.updated_at,
    });
    let audience = networks::networks_of(conn, ContentKind::Collection.as_str(), &row.id)?;
    activities::address(&mut object, &audience, "audience");
    Ok(object)
}

fn describe_collection(conn: &mut DbConnection, config: &AppConfig, id: &str) -> AppResult<Option<Described>> {
    let Some(row) = collections::by_id(conn, id)? else { return Ok(None) };
    if row.origin.is_some() {
        return Ok(None);
    }
    let owner = users::by_id(conn, &row.owner_id)?.ok_or_else(|| AppError::Internal(format!("owner of {id} missing")))?;
    let public = is_public(&row.status, row.hidden, row.deleted_at.is_some());
    let object = if public {
        collection_object(conn, config, &row, &owner.username)?
    } else {
        let mut tombstone = objects::tombstone(&config.collection_url(&row.id), collection_ap::COLLECTION, now());
        tombstone["formerType"] = Value::String("OrderedCollection".into());
        tombstone
    };
    let object_followers = collections::followers(conn, &row.id)?;
    Ok(Some(Described {
        public,
        object,
        author_user_id: owner.id,
        author_url: config.user_url(&owner.username),
        remixed_remote_author: None,
        object_followers,
    }))
}

/// Tells followers about a changed local collection: what `content_changed` sends (Create,
/// Update or Delete), and, while it stays public, each item added or removed since `before` (its
/// item URLs) as an `Add` or `Remove` with the collection as `target`.
pub fn collection_changed(conn: &mut DbConnection, config: &AppConfig, id: &str, before: &[String]) -> AppResult<()> {
    let was_public = store::federated_state(conn, ContentKind::Collection.as_str(), id)?.as_deref() == Some("public");
    content_changed(conn, config, ContentKind::Collection, id)?;
    let Some(row) = collections::by_id(conn, id)? else { return Ok(()) };
    if !was_public || !is_public(&row.status, row.hidden, row.deleted_at.is_some()) || row.origin.is_some() {
        return Ok(());
    }
    let items = collections::items(conn, id)?;
    let added: Vec<_> = items.iter().filter(|i| !before.contains(&i.item_url)).collect();
    let removed: Vec<&String> = before.iter().filter(|url| !items.iter().any(|i| &i.item_url == *url)).collect();
    if added.is_empty() && removed.is_empty() {
        return Ok(());
    }
    let owner = users::by_id(conn, &row.owner_id)?.ok_or_else(|| AppError::Internal(format!("owner of {id} missing")))?;
    let author_url = config.user_url(&owner.username);
    let followers_url = format!("{author_url}/followers");
    let mut inboxes: Vec<String> = collections::followers(conn, id)?.iter().map(delivery_inbox).collect();
    if let Some(author) = store::local_actor_of_user(conn, &owner.id)? {
        inboxes.extend(store::followers_of(conn, std::slice::from_ref(&author.id))?.iter().map(delivery_inbox));
    }
    if let Some(node) = store::actor_by_ap_id(conn, &config.node_actor_url())? {
        inboxes.extend(store::followers_of(conn, std::slice::from_ref(&node.id))?.iter().map(delivery_inbox));
    }
    let published = now().and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let collection_url = config.collection_url(id);
    let changes = added
        .iter()
        .map(|i| ("Add", collection_ap::item_reference(&i.item_url, &i.title)))
        .chain(removed.iter().map(|url| ("Remove", collection_ap::item_reference(url, ""))));
    for (kind, item) in changes {
        let activity = collection_ap::item_change(
            kind,
            &activities::new_activity_id(&config.public_url, kind),
            &author_url,
            &followers_url,
            item,
            &collection_url,
            &published,
        );
        enqueue(conn, config, &activity, &author_url, inboxes.clone())?;
    }
    Ok(())
}
