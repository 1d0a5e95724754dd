//! Imported CASE records as they came (`case_sources`): what the CASE provider serves back.

use diesel::prelude::*;

use super::schema::case_sources;
use super::{DbConnection, DbError};

/// One record of a framework's source: its CASE kind (`CFDocument`, `CFItem`, `CFAssociation`,
/// `CFDefinitions`), identifier, place in the package and JSON text.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = case_sources)]
pub struct CaseSourceRow {
    pub framework_id: String,
    pub kind: String,
    pub identifier: String,
    pub position: i32,
    pub body: String,
}

/// Makes `rows` the whole source of a framework.
pub fn replace(conn: &mut DbConnection, framework_id: &str, rows: &[CaseSourceRow]) -> Result<(), DbError> {
    diesel::delete(case_sources::table.filter(case_sources::framework_id.eq(framework_id))).execute(conn)?;
    // One row at a time: the connection over both backends has no batch insert.
    for row in rows {
        diesel::insert_into(case_sources::table).values(row).execute(conn)?;
    }
    Ok(())
}

/// A framework's source, in package order.
pub fn of_framework(conn: &mut DbConnection, framework_id: &str) -> Result<Vec<CaseSourceRow>, DbError> {
    case_sources::table
        .filter(case_sources::framework_id.eq(framework_id))
        .order((case_sources::kind, case_sources::position))
        .select(CaseSourceRow::as_select())
        .load(conn)
}

/// One record by kind and identifier (identifiers are UUIDs, unique across frameworks).
pub fn by_identifier(conn: &mut DbConnection, kind: &str, identifier: &str) -> Result<Option<CaseSourceRow>, DbError> {
    case_sources::table
        .filter(case_sources::kind.eq(kind))
        .filter(case_sources::identifier.eq(identifier))
        .select(CaseSourceRow::as_select())
        .first(conn)
        .optional()
}
