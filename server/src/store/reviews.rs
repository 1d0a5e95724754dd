//! Reviews of materials: one per reviewer (an actor, here or on another node) and material.

use diesel::prelude::*;

use super::models::{ActorRow, ReviewRow};
use super::schema::{actors, reviews};
use super::{DbConnection, DbError};

/// Writes a review, replacing the reviewer's earlier one of the same material.
pub fn put(conn: &mut DbConnection, row: &ReviewRow) -> Result<(), DbError> {
    diesel::delete(reviews::table.filter(reviews::material_id.eq(&row.material_id)).filter(reviews::actor_id.eq(&row.actor_id))).execute(conn)?;
    diesel::insert_into(reviews::table).values(row).execute(conn).map(drop)
}

/// The review an actor wrote of a material, if any.
pub fn of(conn: &mut DbConnection, material_id: &str, actor_id: &str) -> Result<Option<ReviewRow>, DbError> {
    reviews::table.filter(reviews::material_id.eq(material_id)).filter(reviews::actor_id.eq(actor_id)).select(ReviewRow::as_select()).first(conn).optional()
}

/// A review by its ActivityPub id.
pub fn by_ap_id(conn: &mut DbConnection, ap_id: &str) -> Result<Option<ReviewRow>, DbError> {
    reviews::table.filter(reviews::ap_id.eq(ap_id)).select(ReviewRow::as_select()).first(conn).optional()
}

/// Removes a review; `true` if there was one.
pub fn delete(conn: &mut DbConnection, id: &str) -> Result<bool, DbError> {
    Ok(diesel::delete(reviews::table.find(id)).execute(conn)? > 0)
}

/// A material's reviews with their reviewers, newest first.
pub fn of_material(conn: &mut DbConnection, material_id: &str, limit: i64) -> Result<Vec<(ReviewRow, ActorRow)>, DbError> {
    reviews::table
        .inner_join(actors::table)
        .filter(reviews::material_id.eq(material_id))
        .order(reviews::updated_at.desc())
        .limit(limit)
        .select((ReviewRow::as_select(), ActorRow::as_select()))
        .load(conn)
}

/// Each review's rating and whether it says the material was used in class.
pub fn ratings(conn: &mut DbConnection, material_id: &str) -> Result<Vec<(i32, bool)>, DbError> {
    let rows: Vec<(i32, Option<String>)> =
        reviews::table.filter(reviews::material_id.eq(material_id)).select((reviews::rating, reviews::used_level)).load(conn)?;
    Ok(rows.into_iter().map(|(rating, used)| (rating, used.is_some())).collect())
}

/// Each review's rating and used-in-class flag, for many materials at once (the index worker's
/// batch), by material id.
pub fn ratings_of(conn: &mut DbConnection, material_ids: &[&str]) -> Result<std::collections::HashMap<String, Vec<(i32, bool)>>, DbError> {
    let mut by_material: std::collections::HashMap<String, Vec<(i32, bool)>> = std::collections::HashMap::new();
    for chunk in material_ids.chunks(500) {
        let rows: Vec<(String, i32, Option<String>)> =
            reviews::table.filter(reviews::material_id.eq_any(chunk)).select((reviews::material_id, reviews::rating, reviews::used_level)).load(conn)?;
        for (material, rating, used) in rows {
            by_material.entry(material).or_default().push((rating, used.is_some()));
        }
    }
    Ok(by_material)
}
