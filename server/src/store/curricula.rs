//! Curriculum frameworks, their goals, the goal graph (parents, replacements) and alignments.

use diesel::prelude::*;

use super::models::{FrameworkRow, GoalRow};
use super::schema::{alignments, frameworks, goal_matches, goal_parents, goal_replacements, goals};
use super::{DbConnection, DbError};

pub fn framework_by_identifier(conn: &mut DbConnection, identifier: &str) -> Result<Option<FrameworkRow>, DbError> {
    frameworks::table.filter(frameworks::identifier.eq(identifier)).select(FrameworkRow::as_select()).first(conn).optional()
}

pub fn framework_by_id(conn: &mut DbConnection, id: &str) -> Result<Option<FrameworkRow>, DbError> {
    frameworks::table.find(id).select(FrameworkRow::as_select()).first(conn).optional()
}

pub fn insert_framework(conn: &mut DbConnection, row: &FrameworkRow) -> Result<(), DbError> {
    diesel::insert_into(frameworks::table).values(row).execute(conn).map(drop)
}

pub fn update_framework(conn: &mut DbConnection, row: &FrameworkRow) -> Result<(), DbError> {
    diesel::update(frameworks::table.find(&row.id)).set(row).execute(conn).map(drop)
}

pub fn list_frameworks(conn: &mut DbConnection) -> Result<Vec<FrameworkRow>, DbError> {
    frameworks::table.select(FrameworkRow::as_select()).order(frameworks::title.asc()).load(conn)
}

pub fn count_goals(conn: &mut DbConnection, framework_id: &str) -> Result<i64, DbError> {
    goals::table.filter(goals::framework_id.eq(framework_id)).filter(goals::retired.eq(false)).count().get_result(conn)
}

/// Goals of a framework in file order; retired goals only when asked.
pub fn goals_of(conn: &mut DbConnection, framework_id: &str, include_retired: bool) -> Result<Vec<GoalRow>, DbError> {
    let mut query = goals::table.filter(goals::framework_id.eq(framework_id)).select(GoalRow::as_select()).order(goals::position.asc()).into_boxed();
    if !include_retired {
        query = query.filter(goals::retired.eq(false));
    }
    query.load(conn)
}

pub fn goal_by_identifier(conn: &mut DbConnection, identifier: &str) -> Result<Option<GoalRow>, DbError> {
    goals::table.filter(goals::identifier.eq(identifier)).select(GoalRow::as_select()).first(conn).optional()
}

pub fn goal_by_id(conn: &mut DbConnection, id: &str) -> Result<Option<GoalRow>, DbError> {
    goals::table.find(id).select(GoalRow::as_select()).first(conn).optional()
}

pub fn goal_by_uri(conn: &mut DbConnection, uri: &str) -> Result<Option<GoalRow>, DbError> {
    goals::table.filter(goals::uri.eq(uri)).select(GoalRow::as_select()).first(conn).optional()
}

/// A goal by our short id, or else by its framework URI.
pub fn goal_by_key(conn: &mut DbConnection, key: &str) -> Result<Option<GoalRow>, DbError> {
    match goal_by_id(conn, key)? {
        Some(goal) => Ok(Some(goal)),
        None => goal_by_uri(conn, key),
    }
}

pub fn goals_by_uris(conn: &mut DbConnection, uris: &[String]) -> Result<Vec<GoalRow>, DbError> {
    goals::table.filter(goals::uri.eq_any(uris)).select(GoalRow::as_select()).load(conn)
}

pub fn goals_by_ids(conn: &mut DbConnection, ids: &[String]) -> Result<Vec<GoalRow>, DbError> {
    goals::table.filter(goals::id.eq_any(ids)).select(GoalRow::as_select()).order(goals::position.asc()).load(conn)
}

pub fn insert_goal(conn: &mut DbConnection, row: &GoalRow) -> Result<(), DbError> {
    diesel::insert_into(goals::table).values(row).execute(conn).map(drop)
}

pub fn update_goal(conn: &mut DbConnection, row: &GoalRow) -> Result<(), DbError> {
    diesel::update(goals::table.find(&row.id)).set(row).execute(conn).map(drop)
}

/// Removes a framework's parent and replacement links before a re-import writes them anew.
pub fn delete_edges_of(conn: &mut DbConnection, framework_id: &str) -> Result<(), DbError> {
    let ids = goals::table.filter(goals::framework_id.eq(framework_id)).select(goals::id);
    diesel::delete(goal_parents::table.filter(goal_parents::goal_id.eq_any(ids))).execute(conn)?;
    let ids = goals::table.filter(goals::framework_id.eq(framework_id)).select(goals::id);
    diesel::delete(goal_replacements::table.filter(goal_replacements::goal_id.eq_any(ids))).execute(conn)?;
    Ok(())
}

pub fn insert_parent(conn: &mut DbConnection, goal_id: &str, parent_id: &str, position: i32) -> Result<(), DbError> {
    diesel::insert_into(goal_parents::table)
        .values((goal_parents::goal_id.eq(goal_id), goal_parents::parent_id.eq(parent_id), goal_parents::position.eq(position)))
        .execute(conn)
        .map(drop)
}

pub fn insert_replacement(conn: &mut DbConnection, goal_id: &str, replaced_by_id: &str) -> Result<(), DbError> {
    diesel::insert_into(goal_replacements::table)
        .values((goal_replacements::goal_id.eq(goal_id), goal_replacements::replaced_by_id.eq(replaced_by_id)))
        .execute(conn)
        .map(drop)
}

/// Every (child, parent) link among a framework's goals.
pub fn parent_links_of(conn: &mut DbConnection, framework_id: &str) -> Result<Vec<(String, String)>, DbError> {
    let ids = goals::table.filter(goals::framework_id.eq(framework_id)).select(goals::id);
    goal_parents::table
        .filter(goal_parents::goal_id.eq_any(ids))
        .select((goal_parents::goal_id, goal_parents::parent_id))
        .order(goal_parents::position.asc())
        .load(conn)
}

pub fn parents_of(conn: &mut DbConnection, goal_id: &str) -> Result<Vec<String>, DbError> {
    goal_parents::table.filter(goal_parents::goal_id.eq(goal_id)).select(goal_parents::parent_id).order(goal_parents::position.asc()).load(conn)
}

pub fn children_of(conn: &mut DbConnection, goal_ids: &[String]) -> Result<Vec<String>, DbError> {
    goal_parents::table.filter(goal_parents::parent_id.eq_any(goal_ids)).select(goal_parents::goal_id).order(goal_parents::position.asc()).load(conn)
}

/// Successors of a goal (`replacedBy`).
pub fn successors_of(conn: &mut DbConnection, goal_id: &str) -> Result<Vec<String>, DbError> {
    goal_replacements::table.filter(goal_replacements::goal_id.eq(goal_id)).select(goal_replacements::replaced_by_id).load(conn)
}

/// Goals that the given goals replaced.
pub fn predecessors_of(conn: &mut DbConnection, goal_ids: &[String]) -> Result<Vec<String>, DbError> {
    goal_replacements::table.filter(goal_replacements::replaced_by_id.eq_any(goal_ids)).select(goal_replacements::goal_id).load(conn)
}

/// Forgets the matches a framework's package stated (before a re-import states them again).
pub fn delete_matches_from(conn: &mut DbConnection, source: &str) -> Result<usize, DbError> {
    diesel::delete(goal_matches::table.filter(goal_matches::source.eq(source))).execute(conn)
}

/// Records that two goals match (a crosswalk); a second statement of the same pair is kept once.
pub fn insert_match(conn: &mut DbConnection, goal_id: &str, matched_id: &str, kind: &str, source: &str) -> Result<(), DbError> {
    let exists: i64 = goal_matches::table.filter(goal_matches::goal_id.eq(goal_id)).filter(goal_matches::matched_id.eq(matched_id)).count().get_result(conn)?;
    if exists == 0 {
        diesel::insert_into(goal_matches::table)
            .values((goal_matches::goal_id.eq(goal_id), goal_matches::matched_id.eq(matched_id), goal_matches::kind.eq(kind), goal_matches::source.eq(source)))
            .execute(conn)?;
    }
    Ok(())
}

/// Goals matched with any of these (either direction), with the kind of match.
pub fn matches_of(conn: &mut DbConnection, goal_ids: &[String]) -> Result<Vec<(String, String, String)>, DbError> {
    let mut found: Vec<(String, String, String)> = goal_matches::table
        .filter(goal_matches::goal_id.eq_any(goal_ids))
        .select((goal_matches::goal_id, goal_matches::matched_id, goal_matches::kind))
        .load(conn)?;
    let reverse: Vec<(String, String, String)> = goal_matches::table
        .filter(goal_matches::matched_id.eq_any(goal_ids))
        .select((goal_matches::matched_id, goal_matches::goal_id, goal_matches::kind))
        .load(conn)?;
    found.extend(reverse);
    Ok(found)
}

fn matched(conn: &mut DbConnection, frontier: &[String]) -> Result<Vec<String>, DbError> {
    Ok(matches_of(conn, frontier)?.into_iter().map(|(_, other, _)| other).collect())
}

/// Replaces a piece of content's alignments.
pub fn set_alignments(conn: &mut DbConnection, content_kind: &str, content_id: &str, aligned: &[(String, String)]) -> Result<(), DbError> {
    diesel::delete(alignments::table.filter(alignments::content_kind.eq(content_kind)).filter(alignments::content_id.eq(content_id))).execute(conn)?;
    for (goal_id, alignment_type) in aligned {
        diesel::insert_into(alignments::table)
            .values((
                alignments::content_kind.eq(content_kind),
                alignments::content_id.eq(content_id),
                alignments::goal_id.eq(goal_id),
                alignments::alignment_type.eq(alignment_type),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Ids of content of one kind aligned to any of the goals.
pub fn content_aligned_to(conn: &mut DbConnection, content_kind: &str, goal_ids: &[String]) -> Result<Vec<String>, DbError> {
    alignments::table
        .filter(alignments::content_kind.eq(content_kind))
        .filter(alignments::goal_id.eq_any(goal_ids))
        .select(alignments::content_id)
        .distinct()
        .load(conn)
}

/// Walks the goal graph from `start` one `step` at a time until nothing new turns up
/// (bounded, so a malformed graph cannot run away). Returns `start` and everything reached.
fn walk(
    conn: &mut DbConnection,
    start: &[String],
    step: impl Fn(&mut DbConnection, &[String]) -> Result<Vec<String>, DbError>,
) -> Result<Vec<String>, DbError> {
    let mut found: Vec<String> = start.to_vec();
    let mut seen: std::collections::HashSet<String> = found.iter().cloned().collect();
    let mut frontier = found.clone();
    while !frontier.is_empty() && found.len() < 10_000 {
        frontier = step(conn, &frontier)?.into_iter().filter(|id| seen.insert(id.clone())).collect();
        found.extend(frontier.iter().cloned());
    }
    Ok(found)
}

/// Every goal a goal filter should match content aligned to `goal_ids` under: the goals,
/// their successors, the goals they match in other frameworks (crosswalks), and all ancestors
/// of those.
pub fn filter_closure(conn: &mut DbConnection, goal_ids: &[String]) -> Result<Vec<String>, DbError> {
    walk(conn, goal_ids, |conn, frontier| {
        let mut next: Vec<String> = goal_parents::table.filter(goal_parents::goal_id.eq_any(frontier)).select(goal_parents::parent_id).load(conn)?;
        next.extend(
            goal_replacements::table.filter(goal_replacements::goal_id.eq_any(frontier)).select(goal_replacements::replaced_by_id).load::<String>(conn)?,
        );
        next.extend(matched(conn, frontier)?);
        Ok(next)
    })
}

/// The goal, every goal below it, every goal any of those replaced, and the goals they match:
/// what a goal page lists.
pub fn goals_under(conn: &mut DbConnection, goal_id: &str) -> Result<Vec<String>, DbError> {
    walk(conn, &[goal_id.to_owned()], |conn, frontier| {
        let mut next = children_of(conn, frontier)?;
        next.extend(predecessors_of(conn, frontier)?);
        next.extend(matched(conn, frontier)?);
        Ok(next)
    })
}

/// Every goal of the frameworks imported here (not those learned from federated content), with
/// retired and replaced ones: the suggester offers only current goals, and names the ones above
/// them, which may be retired.
pub fn goals_imported_here(conn: &mut DbConnection) -> Result<Vec<GoalRow>, DbError> {
    let imported = frameworks::table.filter(frameworks::origin.is_null()).select(frameworks::id);
    goals::table.filter(goals::framework_id.eq_any(imported)).select(GoalRow::as_select()).load(conn)
}

/// Current items of frameworks imported here whose statement is one of `names` and that group
/// others (a subject area, say, not a goal of its own), in import order.
pub fn group_items_named(conn: &mut DbConnection, names: &[String]) -> Result<Vec<GoalRow>, DbError> {
    let imported = frameworks::table.filter(frameworks::origin.is_null()).select(frameworks::id);
    let groups = goal_parents::table.select(goal_parents::parent_id);
    goals::table
        .filter(goals::framework_id.eq_any(imported))
        .filter(goals::retired.eq(false))
        .filter(goals::full_statement.eq_any(names))
        .filter(goals::id.eq_any(groups))
        .order((goals::framework_id.asc(), goals::position.asc()))
        .select(GoalRow::as_select())
        .load(conn)
}

/// Every (goal, parent) link.
pub fn all_goal_parents(conn: &mut DbConnection) -> Result<Vec<(String, String)>, DbError> {
    goal_parents::table.select((goal_parents::goal_id, goal_parents::parent_id)).order(goal_parents::position.asc()).load(conn)
}

/// The goals a newer goal replaced (CASE `replacedBy`).
pub fn replaced_goal_ids(conn: &mut DbConnection) -> Result<Vec<String>, DbError> {
    goal_replacements::table.select(goal_replacements::goal_id).distinct().load(conn)
}

/// What an aligned item says about its goal: (goal id, language, title, summary, keywords as JSON).
pub type ContentText = (String, String, String, String, String);

/// What public content aligned to goals says about them: the newest `limit` alignments of
/// materials and of case studies, here and from followed nodes.
pub fn aligned_content_texts(conn: &mut DbConnection, limit: i64) -> Result<Vec<ContentText>, DbError> {
    use super::schema::{case_studies, materials};
    let mut rows: Vec<ContentText> = alignments::table
        .inner_join(materials::table.on(materials::id.eq(alignments::content_id)))
        .filter(alignments::content_kind.eq("material"))
        .filter(materials::status.eq("published"))
        .filter(materials::hidden.eq(false))
        .filter(materials::deleted_at.is_null())
        .order(materials::updated_at.desc())
        .limit(limit)
        .select((alignments::goal_id, materials::language, materials::title, materials::summary, materials::keywords))
        .load(conn)?;
    let cases: Vec<(String, String, String, String)> = alignments::table
        .inner_join(case_studies::table.on(case_studies::id.eq(alignments::content_id)))
        .filter(alignments::content_kind.eq("case_study"))
        .filter(case_studies::status.eq("published"))
        .filter(case_studies::hidden.eq(false))
        .filter(case_studies::deleted_at.is_null())
        .order(case_studies::updated_at.desc())
        .limit(limit)
        .select((alignments::goal_id, case_studies::language, case_studies::title, case_studies::summary))
        .load(conn)?;
    rows.extend(cases.into_iter().map(|(goal, language, title, summary)| (goal, language, title, summary, "[]".to_owned())));
    Ok(rows)
}

/// The number of alignments: when it changes, the suggester learns from the content again.
pub fn alignment_count(conn: &mut DbConnection) -> Result<i64, DbError> {
    alignments::table.count().get_result(conn)
}

/// Changes whenever goals are imported: the number of goals and the last import time.
pub fn goals_signature(conn: &mut DbConnection) -> Result<String, DbError> {
    let count: i64 = goals::table.count().get_result(conn)?;
    let last: Option<chrono::NaiveDateTime> = frameworks::table.select(diesel::dsl::max(frameworks::imported_at)).first(conn)?;
    Ok(format!("{count}:{last:?}"))
}

/// Content aligned to any goal of a framework: (kind, id), for re-indexing after a re-import.
pub fn content_aligned_in(conn: &mut DbConnection, framework_id: &str) -> Result<Vec<(String, String)>, DbError> {
    let ids = goals::table.filter(goals::framework_id.eq(framework_id)).select(goals::id);
    alignments::table.filter(alignments::goal_id.eq_any(ids)).select((alignments::content_kind, alignments::content_id)).distinct().load(conn)
}
