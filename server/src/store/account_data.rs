//! Everything stored about one account, table by table: what an export gathers (AVG/GDPR
//! articles 15 and 20) and what deleting the account must clear.

use diesel::prelude::*;

use super::models::{
    ApiTokenRow, AttachmentRow, CaseStudyRow, CaseStudyVersionRow, CollectionFollowRow, CollectionItemRow, CollectionRow, CollectionVersionRow, FollowRow,
    LikeRow, MailRow, MaterialRow, MaterialVersionRow, NetworkMemberRow, ReportRow, SessionRow,
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
