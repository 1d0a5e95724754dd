//! Case-study rows and their versions.

use diesel::prelude::*;

use super::materials::Scope;
use super::models::{CaseStudyRow, CaseStudyVersionRow};
use super::schema::{case_studies, case_study_versions};
use super::{DbConnection, DbError, Page};

pub fn insert(conn: &mut DbConnection, row: &CaseStudyRow) -> Result<(), DbError> {
    diesel::insert_into(case_studies::table).values(row).execute(conn).map(drop)
}

pub fn update(conn: &mut DbConnection, row: &CaseStudyRow) -> Result<(), DbError> {
    diesel::update(case_studies::table.find(&row.id)).set(row).execute(conn).map(drop)
}

/// Ids of content that came from `host` and is still here.
pub fn ids_from_origin(conn: &mut DbConnection, host: &str) -> Result<Vec<String>, DbError> {
    case_studies::table.filter(case_studies::origin.eq(host)).filter(case_studies::deleted_at.is_null()).select(case_studies::id).load(conn)
}

/// Remote content by its ActivityPub id.
pub fn by_ap_id(conn: &mut DbConnection, ap_id: &str) -> Result<Option<CaseStudyRow>, DbError> {
    case_studies::table.filter(case_studies::ap_id.eq(ap_id)).select(CaseStudyRow::as_select()).first(conn).optional()
}

pub fn by_id(conn: &mut DbConnection, id: &str) -> Result<Option<CaseStudyRow>, DbError> {
    case_studies::table.find(id).select(CaseStudyRow::as_select()).first(conn).optional()
}

/// The rows with these ids, in no particular order; ids without a row are left out. In chunks
/// of `ID_CHUNK`, so the index worker reads a batch in a few queries rather than one per row.
pub fn by_ids(conn: &mut DbConnection, ids: &[&str]) -> Result<Vec<CaseStudyRow>, DbError> {
    let mut rows = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(super::ID_CHUNK) {
        rows.extend(case_studies::table.filter(case_studies::id.eq_any(chunk)).select(CaseStudyRow::as_select()).load(conn)?);
    }
    Ok(rows)
}

pub fn list(conn: &mut DbConnection, scope: Scope<'_>, page: Page) -> Result<(Vec<CaseStudyRow>, i64), DbError> {
    let filtered = || {
        let query = case_studies::table.filter(case_studies::deleted_at.is_null()).into_boxed();
        match scope {
            Scope::Public => query.filter(case_studies::status.eq("published")).filter(case_studies::hidden.eq(false)),
            Scope::Owner(owner) => query.filter(case_studies::owner_id.eq(owner.to_owned())),
            Scope::PublicIds(ids) => {
                query.filter(case_studies::status.eq("published")).filter(case_studies::hidden.eq(false)).filter(case_studies::id.eq_any(ids.to_vec()))
            }
            Scope::PublicOwner(owner) => {
                query.filter(case_studies::status.eq("published")).filter(case_studies::hidden.eq(false)).filter(case_studies::owner_id.eq(owner.to_owned()))
            }
            Scope::PublicLocal => {
                query.filter(case_studies::status.eq("published")).filter(case_studies::hidden.eq(false)).filter(case_studies::origin.is_null())
            }
            Scope::PublicRemote => {
                query.filter(case_studies::status.eq("published")).filter(case_studies::hidden.eq(false)).filter(case_studies::origin.is_not_null())
            }
        }
    };
    let total = filtered().count().get_result(conn)?;
    let rows = filtered()
        .select(CaseStudyRow::as_select())
        .order((case_studies::created_at.desc(), case_studies::id.asc()))
        .limit(page.per_page)
        .offset(page.offset())
        .load(conn)?;
    Ok((rows, total))
}

pub fn insert_version(conn: &mut DbConnection, row: &CaseStudyVersionRow) -> Result<(), DbError> {
    diesel::insert_into(case_study_versions::table).values(row).execute(conn).map(drop)
}

/// A page of versions, newest first; `with_drafts: false` leaves out those saved as drafts.
pub fn versions(conn: &mut DbConnection, case_study_id: &str, with_drafts: bool, page: Page) -> Result<(Vec<CaseStudyVersionRow>, i64), DbError> {
    let drafts = if with_drafts { "" } else { "draft" };
    let total = case_study_versions::table
        .filter(case_study_versions::case_study_id.eq(case_study_id))
        .filter(case_study_versions::status.ne(drafts))
        .count()
        .get_result(conn)?;
    let rows = case_study_versions::table
        .filter(case_study_versions::case_study_id.eq(case_study_id))
        .filter(case_study_versions::status.ne(drafts))
        .select(CaseStudyVersionRow::as_select())
        .order(case_study_versions::version.desc())
        .limit(page.per_page)
        .offset(page.offset())
        .load(conn)?;
    Ok((rows, total))
}

pub fn version(conn: &mut DbConnection, case_study_id: &str, version: i32) -> Result<Option<CaseStudyVersionRow>, DbError> {
    case_study_versions::table.find((case_study_id, version)).select(CaseStudyVersionRow::as_select()).first(conn).optional()
}

pub fn count_public(conn: &mut DbConnection) -> Result<i64, DbError> {
    case_studies::table
        .filter(case_studies::deleted_at.is_null())
        .filter(case_studies::status.eq("published"))
        .filter(case_studies::hidden.eq(false))
        .count()
        .get_result(conn)
}
