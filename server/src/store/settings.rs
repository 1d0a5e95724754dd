//! Node settings: a small key/value table an administrator edits.

use diesel::prelude::*;

use super::schema::node_settings;
use super::{DbConnection, DbError};

pub fn get(conn: &mut DbConnection, key: &str) -> Result<Option<String>, DbError> {
    node_settings::table.find(key).select(node_settings::value).first(conn).optional()
}

/// Inserts or replaces a setting (no `ON CONFLICT`: the multi-backend connection lacks it).
pub fn set(conn: &mut DbConnection, key: &str, value: &str) -> Result<(), DbError> {
    let updated = diesel::update(node_settings::table.find(key)).set(node_settings::value.eq(value)).execute(conn)?;
    if updated == 0 {
        diesel::insert_into(node_settings::table).values((node_settings::key.eq(key), node_settings::value.eq(value))).execute(conn)?;
    }
    Ok(())
}
