//! Foreign goals: curriculum goals this node never imported, as the remote content aligned to
//! them describes them. Kept in the same tables as imported goals (under a framework with an
//! `origin`), so pages, search facets and goal filters treat them alike; importing the real
//! framework later adopts them in place.

use super::{new_id, now, AppResult};
use crate::domain::alignment::{Alignment, DescribedGoal};
use crate::store::curricula as store;
use crate::store::models::{FrameworkRow, GoalRow};
use crate::store::DbConnection;

/// The identifier prefix of frameworks and goals learned from federation: never a CASE
/// identifier (those are UUIDs), so an import cannot collide with one.
const PREFIX: &str = "foreign:";

/// Makes sure every goal `aligned` names exists here, in the caller's transaction: a goal we
/// do not know is stored as described by `origin` (or by its URI alone if it came without a
/// description). Re-describing a foreign goal updates it only when the same origin sends it,
/// so a third node cannot rewrite what another node told us. Imported goals never change.
pub(crate) fn learn(conn: &mut DbConnection, aligned: &[Alignment], described: &[DescribedGoal], origin: &str) -> AppResult<()> {
    if aligned.is_empty() {
        return Ok(());
    }
    let uris: Vec<String> = aligned.iter().map(|a| a.uri.clone()).collect();
    let known = store::goals_by_uris(conn, &uris)?;
    for alignment in aligned {
        let description = described
            .iter()
            .find(|d| d.uri == alignment.uri)
            .cloned()
            .or_else(|| DescribedGoal { uri: alignment.uri.clone(), ..DescribedGoal::default() }.cleaned());
        let Some(description) = description else { continue };
        match known.iter().find(|g| g.uri == alignment.uri) {
            None => {
                let framework_id = framework_for(conn, &description, origin)?;
                store::insert_goal(conn, &goal_row(new_id(), framework_id, &description))?;
            }
            Some(goal) => {
                let Some(framework) = store::framework_by_id(conn, &goal.framework_id)? else { continue };
                let from_same_origin = framework.origin.as_deref() == Some(origin);
                let says_more = !description.description.is_empty() || !description.name.is_empty();
                if from_same_origin && says_more {
                    let row = goal_row(goal.id.clone(), goal.framework_id.clone(), &description);
                    if row.full_statement != goal.full_statement || row.human_coding_scheme != goal.human_coding_scheme {
                        store::update_goal(conn, &row)?;
                    }
                }
            }
        }
    }
    Ok(())
}

fn goal_row(id: String, framework_id: String, goal: &DescribedGoal) -> GoalRow {
    GoalRow {
        id,
        framework_id,
        identifier: format!("{PREFIX}{}", goal.uri),
        uri: goal.uri.clone(),
        human_coding_scheme: goal.code.clone(),
        full_statement: goal.statement().to_owned(),
        abbreviated_statement: goal.name.clone(),
        item_type: String::new(),
        education_levels: "[]".to_owned(),
        language: String::new(),
        position: 0,
        retired: false,
    }
}

/// The framework a foreign goal belongs to: by the framework URI when given, else by the
/// framework's title as `origin` names it. Created on first sight.
fn framework_for(conn: &mut DbConnection, goal: &DescribedGoal, origin: &str) -> AppResult<String> {
    let identifier = if goal.framework_uri.is_empty() { format!("{PREFIX}{origin}:{}", goal.framework) } else { format!("{PREFIX}{}", goal.framework_uri) };
    if let Some(existing) = store::framework_by_identifier(conn, &identifier)? {
        return Ok(existing.id);
    }
    let row = FrameworkRow {
        id: new_id(),
        identifier,
        uri: goal.framework_uri.clone(),
        title: if goal.framework.is_empty() { origin.to_owned() } else { goal.framework.clone() },
        creator: String::new(),
        publisher: String::new(),
        description: String::new(),
        language: String::new(),
        version: String::new(),
        adoption_status: String::new(),
        last_change: String::new(),
        imported_at: now(),
        origin: Some(origin.to_owned()),
    };
    store::insert_framework(conn, &row)?;
    Ok(row.id)
}

/// A goal a crosswalk names that this node does not know: kept as a foreign goal (described
/// by its URI and the association's title, from the URI's host), so the match holds once
/// content aligned to it arrives. `None` if the URI is not a web URL.
pub(crate) fn external_reference(conn: &mut DbConnection, uri: &str, title: &str) -> AppResult<Option<String>> {
    let Some(described) = (DescribedGoal { uri: uri.to_owned(), name: title.to_owned(), ..DescribedGoal::default() }).cleaned() else { return Ok(None) };
    let origin = url::Url::parse(&described.uri).ok().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_default();
    let alignment = Alignment { uri: described.uri.clone(), alignment_type: crate::domain::vocab::AlignmentType::Teaches };
    learn(conn, std::slice::from_ref(&alignment), std::slice::from_ref(&described), &origin)?;
    Ok(store::goal_by_uri(conn, &described.uri)?.map(|g| g.id))
}

/// Whether a goal row is a foreign goal (learned, not imported).
pub fn is_foreign(goal: &GoalRow) -> bool {
    goal.identifier.starts_with(PREFIX)
}
