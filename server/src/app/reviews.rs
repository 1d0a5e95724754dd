//! Teachers' reviews of materials: one per person per material, editable and withdrawable.
//! A review of a material from another node is kept here and sent to the material's origin as
//! a `Note` replying to it (Create, then Update; Delete when withdrawn), in the same
//! transaction; reviews arriving from other nodes are counted with ours, so a material's
//! origin knows every review of it.

use chrono::NaiveDateTime;

use super::federation::ensure_user_actor;
use super::{new_id, now, Actor, App, AppConfig, AppError, AppResult};
use crate::activitypub::activities;
use crate::activitypub::objects::timestamp;
use crate::activitypub::review::{review_note, ReviewDoc, ReviewNote};
use crate::app::outbox::{enqueue, is_public};
use crate::domain::review::{ReviewFields, ReviewInput, ReviewSummary};
use crate::domain::vocab::EducationLevel;
use crate::store::models::{ActorRow, MaterialRow, ReviewRow};
use crate::store::{federation as fed_store, materials as material_store, reviews as store, DbConnection};

/// How many reviews a material's page and the API list.
pub const LISTED: i64 = 100;

/// A review as pages and the API show it.
#[derive(Debug, Clone)]
pub struct Review {
    /// Its ActivityPub id (a `Note`), here or on the reviewer's node.
    pub url: String,
    pub rating: i32,
    pub text: String,
    pub used_with: Option<EducationLevel>,
    /// The reviewer's name, and where they are (their profile here or on their node).
    pub reviewer: String,
    pub reviewer_url: String,
    /// Their node's host; empty for a reviewer here.
    pub node: String,
    pub mine: bool,
    pub updated_at: NaiveDateTime,
}

/// A material's reviews: the summary and the latest ones.
#[derive(Debug, Clone, Default)]
pub struct Reviews {
    pub summary: ReviewSummary,
    pub items: Vec<Review>,
}

fn material(conn: &mut DbConnection, id: &str) -> AppResult<MaterialRow> {
    material_store::by_id(conn, id)?.filter(|m| is_public(&m.status, m.hidden, m.deleted_at.is_some())).ok_or(AppError::NotFound)
}

/// Sums up a material's reviews: for ours, every review of it here (from any node); for a copy
/// of a material from another node, what its origin says of all of them (once it has said so).
pub(crate) fn summary(conn: &mut DbConnection, m: &MaterialRow) -> AppResult<ReviewSummary> {
    // The row at hand says whether the origin has counted; only our own reviews need reading.
    if m.origin.is_some() && m.origin_rating_count > 0 {
        return Ok(ReviewSummary { average: m.origin_rating, count: i64::from(m.origin_rating_count), used_in_class: i64::from(m.origin_used_in_class) });
    }
    Ok(ReviewSummary::of(store::ratings(conn, &m.id)?))
}

/// Keeps what a material's origin says of its reviews on this node's copy `ap_id`.
pub(crate) fn keep_origin_summary(conn: &mut DbConnection, config: &AppConfig, ap_id: &str, summary: Option<ReviewSummary>) -> AppResult<()> {
    let Some(mut row) = material_store::by_ap_id(conn, ap_id)? else { return Ok(()) };
    let summary = summary.unwrap_or_default();
    let (count, used) = (i32::try_from(summary.count).unwrap_or(i32::MAX), i32::try_from(summary.used_in_class).unwrap_or(i32::MAX));
    if (row.origin_rating, row.origin_rating_count, row.origin_used_in_class) != (summary.average, count, used) {
        (row.origin_rating, row.origin_rating_count, row.origin_used_in_class) = (summary.average, count, used);
        material_store::update(conn, &row)?;
        super::materials::changed(conn, config, &row.id)?;
    }
    Ok(())
}

fn view(config: &AppConfig, row: ReviewRow, actor: ActorRow, me: Option<&str>) -> Review {
    Review {
        url: row.ap_id.clone(),
        rating: row.rating,
        text: row.body,
        used_with: row.used_level.as_deref().and_then(EducationLevel::parse),
        reviewer: if actor.name.is_empty() { actor.username.clone() } else { actor.name.clone() },
        reviewer_url: if actor.local { config.user_url(&actor.username) } else { actor.ap_id.clone() },
        node: if actor.local { String::new() } else { actor.host.clone() },
        mine: me == Some(actor.id.as_str()),
        updated_at: row.updated_at,
    }
}

/// A public material's reviews, newest first, with `viewer`'s marked.
pub async fn of_material(app: &App, viewer: Option<&Actor>, id: &str) -> AppResult<Reviews> {
    let (id, user, config) = (id.to_owned(), viewer.map(|v| v.id.clone()), app.config.clone());
    app.db
        .read(move |conn| {
            let m = material(conn, &id)?;
            let me = match &user {
                Some(user) => fed_store::local_actor_of_user(conn, user)?.map(|a| a.id),
                None => None,
            };
            let items = store::of_material(conn, &m.id, LISTED)?.into_iter().map(|(row, actor)| view(&config, row, actor, me.as_deref())).collect();
            Ok(Reviews { summary: summary(conn, &m)?, items })
        })
        .await
}

/// Writes (or rewrites) the signed-in account's review of a public material.
pub async fn review(app: &App, who: &Actor, id: &str, input: ReviewInput) -> AppResult<Reviews> {
    let fields = ReviewFields::parse(&input)?;
    let me = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let (config, material_id, who_id) = (app.config.clone(), id.to_owned(), who.id.clone());
    app.db
        .write(move |conn| {
            let m = material(conn, &material_id)?;
            // Reviews are what colleagues think: not one's own work.
            if m.owner_id == who_id {
                return Err(AppError::bad_request("own_material", "You cannot review your own material."));
            }
            let at = now();
            let earlier = store::of(conn, &m.id, &me.id)?;
            let review_id = earlier.as_ref().map_or_else(new_id, |r| r.id.clone());
            let row = ReviewRow {
                ap_id: format!("{}/reviews/{review_id}", config.public_url),
                id: review_id,
                material_id: m.id.clone(),
                actor_id: me.id.clone(),
                rating: fields.rating,
                body: fields.text.clone(),
                used_level: fields.used_with.map(|l| l.as_str().to_owned()),
                created_at: earlier.as_ref().map_or(at, |r| r.created_at),
                updated_at: at,
            };
            store::put(conn, &row)?;
            tell_origin(conn, &config, &m, &me, &row, if earlier.is_some() { "Update" } else { "Create" })?;
            super::materials::changed(conn, &config, &m.id)?;
            Ok(())
        })
        .await?;
    of_material(app, Some(who), id).await
}

/// Withdraws the signed-in account's review, if any.
pub async fn withdraw(app: &App, who: &Actor, id: &str) -> AppResult<Reviews> {
    let me = ensure_user_actor(app, &who.username).await?.ok_or(AppError::Forbidden)?;
    let (config, material_id) = (app.config.clone(), id.to_owned());
    app.db
        .write(move |conn| {
            let m = material_store::by_id(conn, &material_id)?.ok_or(AppError::NotFound)?;
            if let Some(row) = store::of(conn, &m.id, &me.id)? {
                store::delete(conn, &row.id)?;
                tell_origin(conn, &config, &m, &me, &row, "Delete")?;
                super::materials::changed(conn, &config, &m.id)?;
            }
            Ok(())
        })
        .await?;
    of_material(app, Some(who), id).await
}

/// A review as a `Note` replying to its material (where the material is read publicly), with
/// the material's author addressed.
fn note_of(conn: &mut DbConnection, config: &AppConfig, m: &MaterialRow, reviewer: &ActorRow, row: &ReviewRow) -> AppResult<serde_json::Value> {
    let material_url = m.ap_id.clone().unwrap_or_else(|| config.material_url(&m.id));
    let material_author = match fed_store::remote_actor_of_user(conn, &m.owner_id)? {
        Some(author) => author.ap_id,
        None => crate::store::users::by_id(conn, &m.owner_id)?.map(|u| config.user_url(&u.username)).unwrap_or_default(),
    };
    let (published, updated) = (timestamp(row.created_at), timestamp(row.updated_at));
    let label = row.used_level.as_deref().and_then(EducationLevel::parse).map(|l| l.label("en"));
    Ok(review_note(&ReviewDoc {
        id: &row.ap_id,
        author: &reviewer.ap_id,
        material: &material_url,
        material_author: &material_author,
        rating: row.rating,
        text: &row.body,
        used_with_level: row.used_level.as_deref(),
        used_with_label: label,
        published: &published,
        updated: &updated,
    }))
}

/// A review of a material from another node goes to that material's author, whose server
/// counts it (our own materials count it here already).
fn tell_origin(conn: &mut DbConnection, config: &AppConfig, m: &MaterialRow, me: &ActorRow, row: &ReviewRow, kind: &str) -> AppResult<()> {
    if m.ap_id.is_none() {
        return Ok(());
    }
    let Some(author) = fed_store::remote_actor_of_user(conn, &m.owner_id)? else { return Ok(()) };
    let object = if kind == "Delete" { serde_json::json!({ "type": "Tombstone", "id": row.ap_id }) } else { note_of(conn, config, m, me, row)? };
    let activity =
        activities::about_object(kind, &activities::new_activity_id(&config.public_url, kind), &me.ap_id, &author.ap_id, object, &timestamp(row.updated_at));
    enqueue(conn, config, &activity, &me.ap_id, vec![author.inbox.clone()])
}

/// One of this node's reviews, as `/reviews/{id}` serves it: the note (with its context), and
/// the page of the material it reviews. Not found for a review written elsewhere or of a
/// material that is not public.
pub async fn note(app: &App, id: &str) -> AppResult<(serde_json::Value, String)> {
    let (config, id) = (app.config.clone(), id.to_owned());
    app.db
        .read(move |conn| {
            let row = store::by_ap_id(conn, &format!("{}/reviews/{id}", config.public_url))?.ok_or(AppError::NotFound)?;
            let reviewer = fed_store::actor_by_id(conn, &row.actor_id)?.filter(|a| a.local).ok_or(AppError::NotFound)?;
            let m = material(conn, &row.material_id)?;
            let note = crate::activitypub::context::with_context(note_of(conn, &config, &m, &reviewer, &row)?);
            Ok((note, format!("{}#reviews", config.material_url(&m.id))))
        })
        .await
}

/// A review from another node of one of our materials (a `Note` replying to it, fetched from its
/// author's server): kept, or replaced by the author's newer version. Reviews of anything else
/// are recorded as seen and ignored.
pub async fn receive(app: &App, activity_id: Option<&str>, author: ActorRow, note: ReviewNote) -> AppResult<()> {
    let (config, activity_id) = (app.config.clone(), activity_id.map(str::to_owned));
    app.db
        .write(move |conn| {
            if let Some(id) = &activity_id {
                if !fed_store::mark_seen(conn, id, now())? {
                    return Ok(());
                }
            }
            let prefix = format!("{}/materials/", config.public_url);
            let Some(local_id) = note.in_reply_to.as_str().strip_prefix(&prefix) else { return Ok(()) };
            let Some(m) = material_store::by_id(conn, local_id)?.filter(|m| m.origin.is_none() && is_public(&m.status, m.hidden, m.deleted_at.is_some()))
            else {
                return Ok(());
            };
            // A note id is its author's: another account (even on the same host) cannot take it over.
            if store::by_ap_id(conn, note.id.as_str())?.is_some_and(|r| r.actor_id != author.id) {
                return Ok(());
            }
            let earlier = store::of(conn, &m.id, &author.id)?;
            let at = now();
            let fields =
                ReviewFields::parse(&ReviewInput { rating: Some(note.rating), text: Some(note.text.clone()), used_with_level: note.used_with_level.clone() })
                    // An unknown level is dropped rather than the whole review.
                    .or_else(|_| ReviewFields::parse(&ReviewInput { rating: Some(note.rating), text: Some(note.text.clone()), used_with_level: None }))?;
            let row = ReviewRow {
                id: earlier.as_ref().map_or_else(new_id, |r| r.id.clone()),
                material_id: m.id.clone(),
                actor_id: author.id.clone(),
                rating: fields.rating,
                body: fields.text,
                used_level: fields.used_with.map(|l| l.as_str().to_owned()),
                ap_id: note.id.to_string(),
                created_at: earlier.as_ref().map_or(at, |r| r.created_at),
                updated_at: at,
            };
            store::put(conn, &row)?;
            super::materials::changed(conn, &config, &m.id)?;
            Ok(())
        })
        .await
}

/// Another node's account took its review back (a `Delete` of the note).
pub(crate) fn receive_delete(conn: &mut DbConnection, config: &AppConfig, object_id: &str, origin: &str) -> AppResult<()> {
    let Some(row) = store::by_ap_id(conn, object_id)? else { return Ok(()) };
    let by_origin = fed_store::actor_by_id(conn, &row.actor_id)?.is_some_and(|a| !a.local && a.host == origin);
    if by_origin {
        store::delete(conn, &row.id)?;
        super::materials::changed(conn, config, &row.material_id)?;
    }
    Ok(())
}
