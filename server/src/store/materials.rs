//! Material rows, their versions and attachments.

use diesel::prelude::*;

use super::models::{AttachmentRow, MaterialRow, MaterialVersionRow};
use super::schema::{attachments, material_versions, materials};
use super::{DbConnection, DbError, Page};

pub fn insert(conn: &mut DbConnection, row: &MaterialRow) -> Result<(), DbError> {
    diesel::insert_into(materials::table).values(row).execute(conn).map(drop)
}

pub fn update(conn: &mut DbConnection, row: &MaterialRow) -> Result<(), DbError> {
    diesel::update(materials::table.find(&row.id)).set(row).execute(conn).map(drop)
}

/// Ids of content that came from `host` and is still here.
pub fn ids_from_origin(conn: &mut DbConnection, host: &str) -> Result<Vec<String>, DbError> {
    materials::table.filter(materials::origin.eq(host)).filter(materials::deleted_at.is_null()).select(materials::id).load(conn)
}

/// Remote content by its ActivityPub id.
pub fn by_ap_id(conn: &mut DbConnection, ap_id: &str) -> Result<Option<MaterialRow>, DbError> {
    materials::table.filter(materials::ap_id.eq(ap_id)).select(MaterialRow::as_select()).first(conn).optional()
}

pub fn by_id(conn: &mut DbConnection, id: &str) -> Result<Option<MaterialRow>, DbError> {
    materials::table.find(id).select(MaterialRow::as_select()).first(conn).optional()
}

/// The rows with these ids, in no particular order; ids without a row are left out. In chunks
/// of `ID_CHUNK`, so the index worker reads a batch in a few queries rather than one per row.
pub fn by_ids(conn: &mut DbConnection, ids: &[&str]) -> Result<Vec<MaterialRow>, DbError> {
    let mut rows = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(super::ID_CHUNK) {
        rows.extend(materials::table.filter(materials::id.eq_any(chunk)).select(MaterialRow::as_select()).load(conn)?);
    }
    Ok(rows)
}

/// Which rows a list shows.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Published, not hidden, not deleted: what anyone may see.
    Public,
    /// Everything of one owner that is not deleted.
    Owner(&'a str),
    /// What anyone may see of one owner (their public profile).
    PublicOwner(&'a str),
    /// What anyone may see among the given ids.
    PublicIds(&'a [String]),
    /// What anyone may see that was made on this node (what it federates).
    PublicLocal,
    /// What anyone may see that came from other nodes (the timeline).
    PublicRemote,
}

pub fn list(conn: &mut DbConnection, scope: Scope<'_>, page: Page) -> Result<(Vec<MaterialRow>, i64), DbError> {
    let filtered = || {
        let query = materials::table.filter(materials::deleted_at.is_null()).into_boxed();
        match scope {
            Scope::Public => query.filter(materials::status.eq("published")).filter(materials::hidden.eq(false)),
            Scope::Owner(owner) => query.filter(materials::owner_id.eq(owner.to_owned())),
            Scope::PublicIds(ids) => {
                query.filter(materials::status.eq("published")).filter(materials::hidden.eq(false)).filter(materials::id.eq_any(ids.to_vec()))
            }
            Scope::PublicOwner(owner) => {
                query.filter(materials::status.eq("published")).filter(materials::hidden.eq(false)).filter(materials::owner_id.eq(owner.to_owned()))
            }
            Scope::PublicLocal => query.filter(materials::status.eq("published")).filter(materials::hidden.eq(false)).filter(materials::origin.is_null()),
            Scope::PublicRemote => query.filter(materials::status.eq("published")).filter(materials::hidden.eq(false)).filter(materials::origin.is_not_null()),
        }
    };
    let total = filtered().count().get_result(conn)?;
    let rows = filtered()
        .select(MaterialRow::as_select())
        .order((materials::created_at.desc(), materials::id.asc()))
        .limit(page.per_page)
        .offset(page.offset())
        .load(conn)?;
    Ok((rows, total))
}

/// Public materials that point at `$id` through `$column` (a remix's source, a translation's
/// original), oldest first.
macro_rules! public_pointing_at {
    ($column:expr, $id:expr) => {
        materials::table
            .filter($column.eq($id))
            .filter(materials::deleted_at.is_null())
            .filter(materials::status.eq("published"))
            .filter(materials::hidden.eq(false))
            .select(MaterialRow::as_select())
            .order(materials::created_at.asc())
            .limit(200)
    };
}

/// Public materials that name `id` as the original they translate.
pub fn translations_of(conn: &mut DbConnection, id: &str) -> Result<Vec<MaterialRow>, DbError> {
    public_pointing_at!(materials::translation_of_id, id).load(conn)
}

/// Public remixes made on this node from `id`.
pub fn remixes_of(conn: &mut DbConnection, id: &str) -> Result<Vec<MaterialRow>, DbError> {
    public_pointing_at!(materials::derived_from_id, id).load(conn)
}

pub fn insert_version(conn: &mut DbConnection, row: &MaterialVersionRow) -> Result<(), DbError> {
    diesel::insert_into(material_versions::table).values(row).execute(conn).map(drop)
}

/// A page of versions, newest first; `with_drafts: false` leaves out those saved as drafts.
pub fn versions(conn: &mut DbConnection, material_id: &str, with_drafts: bool, page: Page) -> Result<(Vec<MaterialVersionRow>, i64), DbError> {
    let drafts = if with_drafts { "" } else { "draft" };
    let total = material_versions::table
        .filter(material_versions::material_id.eq(material_id))
        .filter(material_versions::status.ne(drafts))
        .count()
        .get_result(conn)?;
    let rows = material_versions::table
        .filter(material_versions::material_id.eq(material_id))
        .filter(material_versions::status.ne(drafts))
        .select(MaterialVersionRow::as_select())
        .order(material_versions::version.desc())
        .limit(page.per_page)
        .offset(page.offset())
        .load(conn)?;
    Ok((rows, total))
}

pub fn version(conn: &mut DbConnection, material_id: &str, version: i32) -> Result<Option<MaterialVersionRow>, DbError> {
    material_versions::table.find((material_id, version)).select(MaterialVersionRow::as_select()).first(conn).optional()
}

pub fn insert_attachment(conn: &mut DbConnection, row: &AttachmentRow) -> Result<(), DbError> {
    diesel::insert_into(attachments::table).values(row).execute(conn).map(drop)
}

pub fn attachments_of(conn: &mut DbConnection, material_id: &str) -> Result<Vec<AttachmentRow>, DbError> {
    attachments::table.filter(attachments::material_id.eq(material_id)).select(AttachmentRow::as_select()).order(attachments::created_at.asc()).load(conn)
}

pub fn attachment(conn: &mut DbConnection, material_id: &str, attachment_id: &str) -> Result<Option<AttachmentRow>, DbError> {
    attachments::table
        .filter(attachments::material_id.eq(material_id))
        .filter(attachments::id.eq(attachment_id))
        .select(AttachmentRow::as_select())
        .first(conn)
        .optional()
}

pub fn delete_attachment(conn: &mut DbConnection, material_id: &str, attachment_id: &str) -> Result<usize, DbError> {
    diesel::delete(attachments::table.filter(attachments::material_id.eq(material_id)).filter(attachments::id.eq(attachment_id))).execute(conn)
}

/// How many public materials there are (for the node summary).
pub fn count_public(conn: &mut DbConnection) -> Result<i64, DbError> {
    materials::table
        .filter(materials::deleted_at.is_null())
        .filter(materials::status.eq("published"))
        .filter(materials::hidden.eq(false))
        .count()
        .get_result(conn)
}

#[cfg(test)]
mod tests {
    use diesel::sql_types::Text;

    use super::*;
    use crate::store::{self, DatabaseUrl};

    #[derive(diesel::QueryableByName)]
    struct Step {
        #[diesel(sql_type = Text)]
        detail: String,
    }

    /// SQLite's plan for a query as diesel writes it; unbound parameters do not change it.
    fn plan(conn: &mut DbConnection, sql: &str) -> String {
        let sql = sql.split(" -- binds:").next().unwrap();
        let steps: Vec<Step> = diesel::sql_query(format!("EXPLAIN QUERY PLAN {sql}")).load(conn).unwrap();
        steps.into_iter().map(|s| s.detail).collect::<Vec<_>>().join("; ")
    }

    /// A material's page looks up its remixes and translations; on SQLite that must seek the
    /// pointing column's index, not walk every public material (as it did with a plan on
    /// `materials_recent`), so the page costs the same on a node of any size.
    #[test]
    fn remixes_and_translations_are_found_through_their_own_index() {
        let dir = tempfile::tempdir().unwrap();
        let pool = store::open(&DatabaseUrl::Sqlite(dir.path().join("plan.db").to_string_lossy().into())).unwrap();
        let mut conn = pool.get().unwrap();
        let remixes = diesel::debug_query::<diesel::sqlite::Sqlite, _>(&public_pointing_at!(materials::derived_from_id, "m1")).to_string();
        let translations = diesel::debug_query::<diesel::sqlite::Sqlite, _>(&public_pointing_at!(materials::translation_of_id, "m1")).to_string();
        let remix_plan = plan(&mut conn, &remixes);
        let translation_plan = plan(&mut conn, &translations);
        assert!(remix_plan.contains("USING INDEX materials_derived (derived_from_id=?"), "{remix_plan}");
        assert!(translation_plan.contains("USING INDEX materials_translation_of (translation_of_id=?"), "{translation_plan}");
    }
}
