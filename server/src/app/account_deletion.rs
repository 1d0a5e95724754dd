//! Deleting one's account (AVG/GDPR article 17). The person chooses what happens to what they
//! published under a Creative Commons licence: it is deleted with the account, or it stays,
//! attributed to a name they choose (the licence stays). Either way drafts are erased, and so
//! is everything about the person: address, password, sessions, tokens, mail, likes, reports,
//! follows, memberships. Other nodes get a `Delete` of each erased object and of the actor.
//!
//! One transaction does it all, so a failure leaves the account as it was; the files no other
//! material uses are removed after the commit.

use super::files::blob_path;
use super::{accounts, case_studies, collections, materials, now, Actor, App, AppError, AppResult};
use crate::activitypub::activities;
use crate::domain::validation::{FieldErrors, FieldProblem};
use crate::domain::vocab::AccountStatus;
use crate::store::{account_data as data, federation as federation_store, DbConnection};

/// What happens to the person's published work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublishedWork {
    /// Deleted together with the account.
    Delete,
    /// Kept (public as before), attributed to this name.
    KeepAs(String),
}

impl PublishedWork {
    /// As kept with a sign-in at a provider: `delete`, or `keep:` and the name.
    pub fn to_payload(&self) -> String {
        match self {
            PublishedWork::Delete => "delete".to_owned(),
            PublishedWork::KeepAs(name) => format!("keep:{name}"),
        }
    }

    pub fn from_payload(payload: &str) -> PublishedWork {
        match payload.strip_prefix("keep:") {
            Some(name) => PublishedWork::KeepAs(name.to_owned()),
            None => PublishedWork::Delete,
        }
    }

    /// From the form: `choice` is `delete` or `keep`, `name` the attribution for `keep`.
    pub fn parse(choice: &str, name: &str) -> Result<PublishedWork, FieldErrors> {
        let mut errors = FieldErrors::default();
        match choice {
            "delete" => return Ok(PublishedWork::Delete),
            "keep" => {
                let name = name.trim();
                if name.is_empty() {
                    errors.add("keep_name", FieldProblem::Required);
                } else if name.chars().count() > 100 {
                    errors.add("keep_name", FieldProblem::TooLong);
                } else {
                    return Ok(PublishedWork::KeepAs(name.to_owned()));
                }
            }
            "" => errors.add("published", FieldProblem::Required),
            _ => errors.add("published", FieldProblem::UnknownValue),
        }
        Err(errors)
    }
}

/// Deletes the signed-in person's account after their password. Administrators may delete their
/// own account only while another administrator remains.
pub async fn delete_account(app: &App, actor: &Actor, client: &str, password: &str, published: PublishedWork) -> AppResult<()> {
    let user = accounts::check_password(app, actor, client, password).await?;
    delete_confirmed(app, &user.id, published).await
}

/// Deletes an account whose owner has just confirmed it: with their password, or, for an
/// account without one, by signing in again at their identity provider.
pub async fn delete_confirmed(app: &App, user_id: &str, published: PublishedWork) -> AppResult<()> {
    let config = app.config.clone();
    let user = app
        .db
        .read({
            let id = user_id.to_owned();
            move |conn| crate::store::users::by_id(conn, &id)?.ok_or(AppError::NotFound)
        })
        .await?;
    let user_id = user.id.clone();
    let freed: Vec<String> = app
        .db
        .write(move |conn| {
            if user.role == crate::domain::vocab::Role::Admin.as_str() && crate::store::users::count_admins(conn)? <= 1 {
                return Err(AppError::bad_request(
                    "last_administrator",
                    "This is the node's only administrator account: make someone else administrator first.",
                ));
            }
            // This transaction changes many pieces of content, each taking the OAI-PMH records'
            // lock on PostgreSQL: taken first, so no other writer waits on it while holding a
            // row this one is about to change (a deadlock).
            crate::store::oai::lock_for_change(conn)?;
            let keep = matches!(published, PublishedWork::KeepAs(_));
            let mut blobs = Vec::new();
            for row in data::materials(conn, &user_id)? {
                if keep && is_shared(&row.status, row.deleted_at.is_some()) {
                    continue;
                }
                blobs.extend(data::attachments(conn, std::slice::from_ref(&row.id))?.into_iter().map(|a| a.sha256));
                blobs.extend(version_blobs(conn, &row.id)?);
                if row.deleted_at.is_none() {
                    crate::store::materials::update(conn, &crate::store::models::MaterialRow { deleted_at: Some(now()), ..row.clone() })?;
                    materials::changed(conn, &config, &row.id)?;
                }
                data::erase_material(conn, &row.id)?;
            }
            for row in data::case_studies(conn, &user_id)? {
                if keep && is_shared(&row.status, row.deleted_at.is_some()) {
                    data::drop_case_study_contact(conn, &row.id)?;
                    continue;
                }
                if row.deleted_at.is_none() {
                    crate::store::case_studies::update(conn, &crate::store::models::CaseStudyRow { deleted_at: Some(now()), ..row.clone() })?;
                    case_studies::changed(conn, &config, &row.id)?;
                }
                data::erase_case_study(conn, &row.id)?;
            }
            for row in data::collections(conn, &user_id)? {
                if keep && is_shared(&row.status, row.deleted_at.is_some()) {
                    continue;
                }
                if row.deleted_at.is_none() {
                    let before: Vec<String> = crate::store::collections::items(conn, &row.id)?.into_iter().map(|i| i.item_url).collect();
                    crate::store::collections::update(conn, &crate::store::models::CollectionRow { deleted_at: Some(now()), ..row.clone() })?;
                    collections::changed(conn, &config, &row.id, &before)?;
                }
                data::erase_collection(conn, &row.id)?;
            }
            let actor = federation_store::local_actor_of_user(conn, &user_id)?;
            super::questions::forget_account(conn, &config, &user_id, actor.as_ref())?;
            // The actor's followers hear it is gone before the follows go.
            if let Some(actor) = actor {
                let mut inboxes: Vec<String> =
                    federation_store::followers_of(conn, std::slice::from_ref(&actor.id))?.iter().map(super::outbox::delivery_inbox).collect();
                if let Some(node) = federation_store::actor_by_ap_id(conn, &config.node_actor_url())? {
                    inboxes.extend(federation_store::followers_of(conn, std::slice::from_ref(&node.id))?.iter().map(super::outbox::delivery_inbox));
                }
                let activity =
                    activities::delete_actor(&activities::new_activity_id(&config.public_url, "Delete"), &actor.ap_id, &format!("{}/followers", actor.ap_id));
                super::outbox::enqueue(conn, &config, &activity, &actor.ap_id, inboxes)?;
                data::delete_personal(conn, &user_id, &actor.id)?;
                federation_store::update_actor(conn, &crate::store::models::ActorRow { name: String::new(), summary: String::new(), ..actor })?;
            } else {
                data::delete_personal(conn, &user_id, "")?;
            }
            let (name, status) = match &published {
                PublishedWork::KeepAs(name) => (name.as_str(), AccountStatus::Former),
                PublishedWork::Delete => ("", AccountStatus::Deleted),
            };
            data::scrub_user(conn, &user_id, name, status.as_str())?;
            blobs.sort();
            blobs.dedup();
            let mut freed = Vec::new();
            for sha256 in blobs {
                if !data::blob_in_use(conn, &sha256)? {
                    freed.push(sha256);
                }
            }
            Ok(freed)
        })
        .await?;
    // After the commit: a crash here leaves unused files, never a row pointing at a missing one.
    let files_dir = app.config.files_dir();
    for sha256 in freed {
        if let Ok(path) = blob_path(&files_dir, &sha256) {
            if let Err(error) = std::fs::remove_file(&path) {
                tracing::warn!(%sha256, %error, "a deleted account's file could not be removed");
            }
        }
    }
    tracing::info!(user = %user.id, "account deleted by its owner");
    Ok(())
}

/// Published work that others may have (and may keep using under its licence).
fn is_shared(status: &str, deleted: bool) -> bool {
    !deleted && status != "draft"
}

/// The files the versions of a material had.
fn version_blobs(conn: &mut DbConnection, material_id: &str) -> AppResult<Vec<String>> {
    let versions = data::material_versions(conn, &[material_id.to_owned()])?;
    Ok(versions
        .iter()
        .filter_map(|v| v.attachments.as_deref())
        .filter_map(|json| serde_json::from_str::<Vec<serde_json::Value>>(json).ok())
        .flatten()
        .filter_map(|file| file["sha256"].as_str().map(str::to_owned))
        .collect())
}
