//! OAI-PMH records and their sets: written in the transaction of the change they describe,
//! read a page at a time by `seq` (each page one index range, never a scan from the start).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{oai_records, oai_set_members};
use super::{DbConnection, DbError};

/// One record's header: what it is, where it stands in the order of change, and whether it is
/// a tombstone.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = oai_records)]
pub struct OaiRecordRow {
    pub kind: String,
    pub content_id: String,
    pub seq: i64,
    pub datestamp: NaiveDateTime,
    pub deleted: bool,
}

/// Makes the calling transaction the only one changing records until it commits, so `seq`
/// order is commit order: a harvester that read up to `seq` n never later finds a record
/// below n it has not seen. SQLite already lets one writer in at a time.
pub fn lock_for_change(conn: &mut DbConnection) -> Result<(), DbError> {
    if let DbConnection::Pg(pg) = conn {
        // Any fixed key: it only has to be the same for every writer of these tables.
        diesel::sql_query("SELECT pg_advisory_xact_lock(7405123919)").execute(pg)?;
    }
    Ok(())
}

/// The newest record, whose `seq` and datestamp the next change must exceed (or equal).
pub fn newest(conn: &mut DbConnection) -> Result<Option<OaiRecordRow>, DbError> {
    oai_records::table.order(oai_records::seq.desc()).select(OaiRecordRow::as_select()).first(conn).optional()
}

pub fn oldest_datestamp(conn: &mut DbConnection) -> Result<Option<NaiveDateTime>, DbError> {
    oai_records::table.select(diesel::dsl::min(oai_records::datestamp)).get_result(conn)
}

pub fn by_content(conn: &mut DbConnection, kind: &str, content_id: &str) -> Result<Option<OaiRecordRow>, DbError> {
    oai_records::table.find((kind, content_id)).select(OaiRecordRow::as_select()).first(conn).optional()
}

/// Writes a record (new or changed) and puts it in `sets` at its new `seq`.
pub fn put(conn: &mut DbConnection, row: &OaiRecordRow, sets: &[String]) -> Result<(), DbError> {
    diesel::delete(oai_records::table.find((&row.kind, &row.content_id))).execute(conn)?;
    diesel::insert_into(oai_records::table).values(row).execute(conn)?;
    diesel::delete(oai_set_members::table.filter(oai_set_members::kind.eq(&row.kind)).filter(oai_set_members::content_id.eq(&row.content_id))).execute(conn)?;
    for spec in sets {
        diesel::insert_into(oai_set_members::table)
            .values((
                oai_set_members::spec.eq(spec),
                oai_set_members::seq.eq(row.seq),
                oai_set_members::kind.eq(&row.kind),
                oai_set_members::content_id.eq(&row.content_id),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The first `seq` whose datestamp is at or after `from` (a harvest's lower bound).
pub fn first_seq_from(conn: &mut DbConnection, from: NaiveDateTime) -> Result<Option<i64>, DbError> {
    oai_records::table.filter(oai_records::datestamp.ge(from)).select(diesel::dsl::min(oai_records::seq)).get_result(conn)
}

/// The last `seq` whose datestamp is at or before `until` (a harvest's upper bound).
pub fn last_seq_until(conn: &mut DbConnection, until: NaiveDateTime) -> Result<Option<i64>, DbError> {
    oai_records::table.filter(oai_records::datestamp.le(until)).select(diesel::dsl::max(oai_records::seq)).get_result(conn)
}

/// Up to `limit` records with `after < seq <= until`, in `seq` order, in `set` if one is given.
pub fn page(conn: &mut DbConnection, set: Option<&str>, after: i64, until: i64, limit: i64) -> Result<Vec<OaiRecordRow>, DbError> {
    match set {
        None => oai_records::table
            .filter(oai_records::seq.gt(after))
            .filter(oai_records::seq.le(until))
            .order(oai_records::seq)
            .limit(limit)
            .select(OaiRecordRow::as_select())
            .load(conn),
        Some(spec) => oai_set_members::table
            .inner_join(oai_records::table.on(oai_records::kind.eq(oai_set_members::kind).and(oai_records::content_id.eq(oai_set_members::content_id))))
            .filter(oai_set_members::spec.eq(spec))
            .filter(oai_set_members::seq.gt(after))
            .filter(oai_set_members::seq.le(until))
            .order(oai_set_members::seq)
            .limit(limit)
            .select(OaiRecordRow::as_select())
            .load(conn),
    }
}

/// The sets one record is in.
pub fn sets_of(conn: &mut DbConnection, kind: &str, content_id: &str) -> Result<Vec<String>, DbError> {
    oai_set_members::table
        .filter(oai_set_members::kind.eq(kind))
        .filter(oai_set_members::content_id.eq(content_id))
        .order(oai_set_members::spec)
        .select(oai_set_members::spec)
        .load(conn)
}

/// The sets of many records at once, as `(kind, content_id, spec)`.
pub fn sets_of_many(conn: &mut DbConnection, kind: &str, content_ids: &[&str]) -> Result<Vec<(String, String)>, DbError> {
    let mut found = Vec::new();
    for chunk in content_ids.chunks(super::ID_CHUNK) {
        let rows: Vec<(String, String)> = oai_set_members::table
            .filter(oai_set_members::kind.eq(kind))
            .filter(oai_set_members::content_id.eq_any(chunk))
            .order((oai_set_members::content_id, oai_set_members::spec))
            .select((oai_set_members::content_id, oai_set_members::spec))
            .load(conn)?;
        found.extend(rows);
    }
    Ok(found)
}

/// Local content that federation counts as public but that has no record yet: what a node
/// upgraded to a version with OAI-PMH starts its records from. `(kind, id)` pairs.
pub fn public_without_record(conn: &mut DbConnection) -> Result<Vec<(String, String)>, DbError> {
    use super::schema::federated_objects;
    federated_objects::table
        .left_join(oai_records::table.on(oai_records::kind.eq(federated_objects::object_kind).and(oai_records::content_id.eq(federated_objects::object_id))))
        .filter(federated_objects::state.eq("public"))
        .filter(federated_objects::object_kind.eq_any(["material", "case_study"]))
        .filter(oai_records::seq.is_null())
        .select((federated_objects::object_kind, federated_objects::object_id))
        .load(conn)
}
