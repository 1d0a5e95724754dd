//! Everything stored about one account, table by table: what an export gathers (AVG/GDPR
//! articles 15 and 20) and what deleting the account must clear.

use diesel::prelude::*;

use super::models::{
    ApiTokenRow, AttachmentRow, CaseStudyRow, CaseStudyVersionRow, CollectionFollowRow, CollectionItemRow, CollectionRow, CollectionVersionRow, FollowRow,
    LikeRow, MailRow, MaterialRow, MaterialVersionRow, NetworkMemberRow, ReportRow, ReviewRow, SessionRow,
};
use super::schema::*;
use super::{DbConnection, DbError, ID_CHUNK};

/// Every material the account owns: drafts, hidden and deleted ones too.
pub fn materials(conn: &mut DbConnection, user_id: &str) -> Result<Vec<MaterialRow>, DbError> {
    materials::table.filter(materials::owner_id.eq(user_id)).order(materials::created_at.asc()).select(MaterialRow::as_select()).load(conn)
}

pub fn material_versions(conn: &mut DbConnection, ids: &[String]) -> Result<Vec<MaterialVersionRow>, DbError> {
    let mut rows = Vec::new();
    for chunk in ids.chunks(ID_CHUNK) {
        rows.extend(
            material_versions::table
                .filter(material_versions::material_id.eq_any(chunk))
                .order((material_versions::material_id.asc(), material_versions::version.asc()))
                .select(MaterialVersionRow::as_select())
                .load(conn)?,
        );
    }
    Ok(rows)
}

pub fn attachments(conn: &mut DbConnection, material_ids: &[String]) -> Result<Vec<AttachmentRow>, DbError> {
    let mut rows = Vec::new();
    for chunk in material_ids.chunks(ID_CHUNK) {
        rows.extend(attachments::table.filter(attachments::material_id.eq_any(chunk)).select(AttachmentRow::as_select()).load(conn)?);
    }
    Ok(rows)
}

/// The goals content of one kind is aligned to: (content id, goal id, alignment type).
pub fn alignments(conn: &mut DbConnection, kind: &str, ids: &[String]) -> Result<Vec<(String, String, String)>, DbError> {
    let mut rows = Vec::new();
    for chunk in ids.chunks(ID_CHUNK) {
        rows.extend(
            alignments::table
                .filter(alignments::content_kind.eq(kind))
                .filter(alignments::content_id.eq_any(chunk))
                .select((alignments::content_id, alignments::goal_id, alignments::alignment_type))
                .load(conn)?,
        );
    }
    Ok(rows)
}

pub fn case_studies(conn: &mut DbConnection, user_id: &str) -> Result<Vec<CaseStudyRow>, DbError> {
    case_studies::table.filter(case_studies::owner_id.eq(user_id)).order(case_studies::created_at.asc()).select(CaseStudyRow::as_select()).load(conn)
}

pub fn case_study_versions(conn: &mut DbConnection, ids: &[String]) -> Result<Vec<CaseStudyVersionRow>, DbError> {
    let mut rows = Vec::new();
    for chunk in ids.chunks(ID_CHUNK) {
        rows.extend(
            case_study_versions::table
                .filter(case_study_versions::case_study_id.eq_any(chunk))
                .order((case_study_versions::case_study_id.asc(), case_study_versions::version.asc()))
                .select(CaseStudyVersionRow::as_select())
                .load(conn)?,
        );
    }
    Ok(rows)
}

pub fn collections(conn: &mut DbConnection, user_id: &str) -> Result<Vec<CollectionRow>, DbError> {
    collections::table.filter(collections::owner_id.eq(user_id)).order(collections::created_at.asc()).select(CollectionRow::as_select()).load(conn)
}

pub fn collection_items(conn: &mut DbConnection, ids: &[String]) -> Result<Vec<CollectionItemRow>, DbError> {
    let mut rows = Vec::new();
    for chunk in ids.chunks(ID_CHUNK) {
        rows.extend(collection_items::table.filter(collection_items::collection_id.eq_any(chunk)).select(CollectionItemRow::as_select()).load(conn)?);
    }
    Ok(rows)
}

pub fn collection_versions(conn: &mut DbConnection, ids: &[String]) -> Result<Vec<CollectionVersionRow>, DbError> {
    let mut rows = Vec::new();
    for chunk in ids.chunks(ID_CHUNK) {
        rows.extend(
            collection_versions::table
                .filter(collection_versions::collection_id.eq_any(chunk))
                .order((collection_versions::collection_id.asc(), collection_versions::version.asc()))
                .select(CollectionVersionRow::as_select())
                .load(conn)?,
        );
    }
    Ok(rows)
}

/// The help questions an account asked, with every answer they received.
pub fn questions(conn: &mut DbConnection, user_id: &str) -> Result<Vec<serde_json::Value>, DbError> {
    let mut asked = Vec::new();
    for id in super::questions::ids_of_owner(conn, user_id)? {
        let Some(row) = super::questions::by_id(conn, &id)? else { continue };
        let answers = super::questions::answers(conn, &id)?;
        asked.push(serde_json::json!({ "question": row, "answers": answers }));
    }
    Ok(asked)
}

/// The answers an actor wrote, to questions here and elsewhere.
pub fn answers(conn: &mut DbConnection, actor_id: &str) -> Result<Vec<super::models::AnswerRow>, DbError> {
    super::questions::answers_by_actor(conn, actor_id)
}

/// The reviews an actor wrote.
pub fn reviews(conn: &mut DbConnection, actor_id: &str) -> Result<Vec<ReviewRow>, DbError> {
    reviews::table.filter(reviews::actor_id.eq(actor_id)).select(ReviewRow::as_select()).load(conn)
}

pub fn likes(conn: &mut DbConnection, actor_id: &str) -> Result<Vec<LikeRow>, DbError> {
    likes::table.filter(likes::actor_id.eq(actor_id)).select(LikeRow::as_select()).load(conn)
}

pub fn reports(conn: &mut DbConnection, actor_id: &str) -> Result<Vec<ReportRow>, DbError> {
    reports::table.filter(reports::reporter_actor_id.eq(actor_id)).select(ReportRow::as_select()).load(conn)
}

/// Who and what the account follows, with the followed actor's id on the ActivityPub side.
pub fn follows(conn: &mut DbConnection, actor_id: &str) -> Result<Vec<(FollowRow, String)>, DbError> {
    follows::table
        .inner_join(actors::table.on(actors::id.eq(follows::target_id)))
        .filter(follows::follower_id.eq(actor_id))
        .select((FollowRow::as_select(), actors::ap_id))
        .load(conn)
}

/// Collections the account follows, with the collection's id on the ActivityPub side.
pub fn collection_follows(conn: &mut DbConnection, actor_id: &str) -> Result<Vec<(CollectionFollowRow, Option<String>)>, DbError> {
    collection_follows::table
        .inner_join(collections::table.on(collections::id.eq(collection_follows::collection_id)))
        .filter(collection_follows::actor_id.eq(actor_id))
        .select((CollectionFollowRow::as_select(), collections::ap_id))
        .load(conn)
}

/// Network memberships, with the network's name.
pub fn memberships(conn: &mut DbConnection, actor_id: &str) -> Result<Vec<(NetworkMemberRow, String)>, DbError> {
    network_members::table
        .inner_join(networks::table.on(networks::id.eq(network_members::network_id)))
        .filter(network_members::actor_id.eq(actor_id))
        .select((NetworkMemberRow::as_select(), networks::name))
        .load(conn)
}

pub fn sessions(conn: &mut DbConnection, user_id: &str) -> Result<Vec<SessionRow>, DbError> {
    sessions::table.filter(sessions::user_id.eq(user_id)).select(SessionRow::as_select()).load(conn)
}

pub fn api_tokens(conn: &mut DbConnection, user_id: &str) -> Result<Vec<ApiTokenRow>, DbError> {
    api_tokens::table.filter(api_tokens::user_id.eq(user_id)).select(ApiTokenRow::as_select()).load(conn)
}

pub fn mail(conn: &mut DbConnection, user_id: &str) -> Result<Vec<MailRow>, DbError> {
    mail_queue::table.filter(mail_queue::user_id.eq(user_id)).order(mail_queue::created_at.asc()).select(MailRow::as_select()).load(conn)
}

// ---- deleting an account -----------------------------------------------------------------

/// Clears what a deleted material said: its text, its versions, files and goals. The row stays
/// as a tombstone (its URL answers 410 Gone and a late copy cannot bring it back).
pub fn erase_material(conn: &mut DbConnection, id: &str) -> Result<(), DbError> {
    diesel::update(materials::table.find(id))
        .set((
            materials::title.eq(""),
            materials::summary.eq(""),
            materials::body_md.eq(""),
            materials::body_html.eq(""),
            materials::keywords.eq("[]"),
            materials::authors.eq("[]"),
            materials::links.eq("[]"),
            materials::goals.eq("[]"),
        ))
        .execute(conn)?;
    diesel::delete(material_versions::table.filter(material_versions::material_id.eq(id))).execute(conn)?;
    diesel::delete(attachments::table.filter(attachments::material_id.eq(id))).execute(conn)?;
    diesel::delete(alignments::table.filter(alignments::content_kind.eq("material")).filter(alignments::content_id.eq(id))).execute(conn)?;
    Ok(())
}

pub fn erase_case_study(conn: &mut DbConnection, id: &str) -> Result<(), DbError> {
    diesel::update(case_studies::table.find(id))
        .set((
            case_studies::title.eq(""),
            case_studies::summary.eq(""),
            case_studies::school_type.eq(""),
            case_studies::school_size.eq(""),
            case_studies::challenge.eq(""),
            case_studies::approach.eq(""),
            case_studies::results.eq(""),
            case_studies::lessons.eq(""),
            case_studies::scaling.eq(""),
            case_studies::related_materials.eq("[]"),
            case_studies::contact.eq(None::<String>),
            case_studies::goals.eq("[]"),
        ))
        .execute(conn)?;
    diesel::delete(case_study_versions::table.filter(case_study_versions::case_study_id.eq(id))).execute(conn)?;
    diesel::delete(alignments::table.filter(alignments::content_kind.eq("case_study")).filter(alignments::content_id.eq(id))).execute(conn)?;
    Ok(())
}

pub fn erase_collection(conn: &mut DbConnection, id: &str) -> Result<(), DbError> {
    diesel::update(collections::table.find(id))
        .set((collections::title.eq(""), collections::introduction_md.eq(""), collections::introduction_html.eq(""), collections::goals.eq("[]")))
        .execute(conn)?;
    diesel::delete(collection_items::table.filter(collection_items::collection_id.eq(id))).execute(conn)?;
    diesel::delete(collection_versions::table.filter(collection_versions::collection_id.eq(id))).execute(conn)?;
    diesel::delete(alignments::table.filter(alignments::content_kind.eq("collection")).filter(alignments::content_id.eq(id))).execute(conn)?;
    Ok(())
}

/// Removes the contact details from a kept case study and from every version of it: they are
/// the author's, not part of the shared work.
pub fn drop_case_study_contact(conn: &mut DbConnection, id: &str) -> Result<(), DbError> {
    diesel::update(case_studies::table.find(id)).set(case_studies::contact.eq(None::<String>)).execute(conn)?;
    let versions: Vec<(i32, String)> = case_study_versions::table
        .filter(case_study_versions::case_study_id.eq(id))
        .select((case_study_versions::version, case_study_versions::snapshot))
        .load(conn)?;
    for (version, snapshot) in versions {
        let Ok(mut value) = serde_json::from_str::<serde_json::Value>(&snapshot) else { continue };
        if let Some(object) = value.as_object_mut() {
            if object.contains_key("contact") {
                object.insert("contact".to_owned(), serde_json::Value::Null);
                diesel::update(case_study_versions::table.find((id, version))).set(case_study_versions::snapshot.eq(value.to_string())).execute(conn)?;
            }
        }
    }
    Ok(())
}

/// Deletes what the account did and was given that is about the person, not the shared work:
/// sessions, tokens, mailed links, identities at providers, mail, likes, reviews, reports made, follows both ways,
/// network memberships and collection follows.
pub fn delete_personal(conn: &mut DbConnection, user_id: &str, actor_id: &str) -> Result<(), DbError> {
    diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(api_tokens::table.filter(api_tokens::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(account_tokens::table.filter(account_tokens::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(user_identities::table.filter(user_identities::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(notifications::table.filter(notifications::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(notification_settings::table.filter(notification_settings::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(goal_follows::table.filter(goal_follows::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(saved_searches::table.filter(saved_searches::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(oidc_logins::table.filter(oidc_logins::link_user_id.eq(user_id))).execute(conn)?;
    diesel::delete(mail_queue::table.filter(mail_queue::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(likes::table.filter(likes::actor_id.eq(actor_id))).execute(conn)?;
    diesel::delete(reviews::table.filter(reviews::actor_id.eq(actor_id))).execute(conn)?;
    diesel::delete(reports::table.filter(reports::reporter_actor_id.eq(actor_id))).execute(conn)?;
    diesel::delete(follows::table.filter(follows::follower_id.eq(actor_id).or(follows::target_id.eq(actor_id)))).execute(conn)?;
    diesel::delete(network_members::table.filter(network_members::actor_id.eq(actor_id))).execute(conn)?;
    diesel::delete(collection_follows::table.filter(collection_follows::actor_id.eq(actor_id))).execute(conn)?;
    Ok(())
}

/// What is left of a deleted account: its id (content and versions point at it), its username
/// (never given out again, as its URLs were public) and, when the work was kept, the name the
/// work is attributed to. `email` is a unique placeholder, as the column must be.
pub fn scrub_user(conn: &mut DbConnection, user_id: &str, display_name: &str, status: &str) -> Result<(), DbError> {
    diesel::update(users::table.find(user_id))
        .set((
            users::email.eq(format!("{user_id}@deleted.invalid")),
            users::email_verified_at.eq(None::<chrono::NaiveDateTime>),
            users::display_name.eq(display_name),
            users::bio.eq(""),
            users::password_hash.eq(""),
            users::status.eq(status),
        ))
        .execute(conn)
        .map(drop)
}

/// Whether any attachment row or version of another material still names a blob.
pub fn blob_in_use(conn: &mut DbConnection, sha256: &str) -> Result<bool, DbError> {
    let current: i64 = attachments::table.filter(attachments::sha256.eq(sha256)).count().get_result(conn)?;
    if current > 0 {
        return Ok(true);
    }
    let in_versions: i64 = material_versions::table.filter(material_versions::attachments.like(format!("%{sha256}%"))).count().get_result(conn)?;
    Ok(in_versions > 0)
}

pub fn notifications(conn: &mut DbConnection, user_id: &str) -> Result<Vec<super::models::NotificationRow>, DbError> {
    notifications::table
        .filter(notifications::user_id.eq(user_id))
        .order(notifications::created_at.asc())
        .select(super::models::NotificationRow::as_select())
        .load(conn)
}
