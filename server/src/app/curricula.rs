//! Curriculum use cases: import an IMS CASE package (update in place by identifier), browse
//! frameworks and goals, align content to goals, and find content aligned under a goal.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use super::case_studies::{self, CaseStudy};
use super::materials::{self, Material};
use super::{new_id, now, Actor, App, AppError, AppResult};
use crate::domain::alignment::{Alignment, DescribedGoal};
use crate::domain::authz::Action;
use crate::domain::curriculum::{parse_package, CasePackage, NodeEnd};
use crate::domain::validation::{FieldErrors, FieldProblem};
use crate::domain::ContentKind;
use crate::store::curricula as store;
use crate::store::models::{FrameworkRow, GoalRow};
use crate::store::{json_list, parse_json_list, DbConnection, Page};

/// What an import did.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ImportReport {
    pub framework_id: String,
    pub title: String,
    pub goals: usize,
    pub created: usize,
    pub updated: usize,
    pub retired: usize,
    pub parent_links: usize,
    pub replacements: usize,
    /// Crosswalk associations stored (goals of two frameworks that match).
    pub matches: usize,
    pub other_associations: usize,
}

/// A framework with its number of current goals.
#[derive(Debug, Clone)]
pub struct Framework {
    pub row: FrameworkRow,
    pub goal_count: i64,
}

/// A goal with its place in the graph and the content aligned under it.
#[derive(Debug, Clone)]
pub struct GoalDetail {
    pub goal: GoalRow,
    pub framework: FrameworkRow,
    pub parents: Vec<GoalRow>,
    pub children: Vec<GoalRow>,
    pub replaced_by: Vec<GoalRow>,
    pub replaces: Vec<GoalRow>,
    /// Goals of other frameworks this one matches (crosswalks): their content is listed too.
    pub matches: Vec<GoalMatchView>,
    /// Public materials aligned to this goal, a goal below it, or a goal it replaced.
    pub materials: Vec<Material>,
    pub case_studies: Vec<CaseStudy>,
}

/// Imports (or re-imports) a CASE package in one transaction: a refused package changes nothing.
/// `actor` is `None` for the command line, which the operator runs with the node's rights.
pub async fn import(app: &App, actor: Option<&Actor>, json: Value) -> AppResult<ImportReport> {
    if let Some(actor) = actor {
        actor.require(Action::ConfigureNode, "")?;
    }
    let package = parse_package(&json).map_err(|e| AppError::bad_request("invalid_case_package", e.to_string()))?;
    let sources = super::case_provider::sources_of(&json);
    let report = app
        .db
        .write(move |conn| {
            let report = import_in(conn, &package)?;
            super::case_provider::keep_sources(conn, &report.framework_id, sources)?;
            Ok(report)
        })
        .await?;
    if let Ok(mut uris) = app.caches.goal_uris.lock() {
        uris.clear();
    }
    Ok(report)
}

fn import_in(conn: &mut DbConnection, package: &CasePackage) -> AppResult<ImportReport> {
    let doc = &package.document;
    let existing = store::framework_by_identifier(conn, &doc.identifier)?;
    let framework = FrameworkRow {
        id: existing.as_ref().map_or_else(new_id, |f| f.id.clone()),
        identifier: doc.identifier.clone(),
        uri: doc.uri.clone(),
        title: doc.title.clone(),
        creator: doc.creator.clone(),
        publisher: doc.publisher.clone(),
        description: doc.description.clone(),
        language: doc.language.clone(),
        version: doc.version.clone(),
        adoption_status: doc.adoption_status.clone(),
        last_change: doc.last_change.clone(),
        imported_at: now(),
        origin: None,
    };
    match existing {
        Some(_) => store::update_framework(conn, &framework)?,
        None => store::insert_framework(conn, &framework)?,
    }
    let (mut created, mut updated) = (0, 0);
    let mut ids: HashMap<&str, String> = HashMap::new();
    for item in &package.items {
        let current = store::goal_by_identifier(conn, &item.identifier)?;
        if let Some(other) = current.as_ref().filter(|g| g.framework_id != framework.id) {
            return Err(AppError::bad_request(
                "invalid_case_package",
                format!("item {} already belongs to another framework (goal {})", item.identifier, other.uri),
            ));
        }
        let row = GoalRow {
            id: current.as_ref().map_or_else(new_id, |g| g.id.clone()),
            framework_id: framework.id.clone(),
            identifier: item.identifier.clone(),
            uri: item.uri.clone(),
            human_coding_scheme: item.human_coding_scheme.clone(),
            full_statement: item.full_statement.clone(),
            abbreviated_statement: item.abbreviated_statement.clone(),
            item_type: item.item_type.clone(),
            education_levels: json_list(&item.education_levels),
            language: if item.language.is_empty() { doc.language.clone() } else { item.language.clone() },
            position: item.position,
            retired: false,
        };
        if current.is_some() {
            store::update_goal(conn, &row)?;
            updated += 1;
        } else if let Some(known) = store::goal_by_uri(conn, &row.uri)? {
            // A goal other nodes' content described before its framework was imported here:
            // it joins the framework in place, so content aligned to it stays aligned.
            if !super::foreign_goals::is_foreign(&known) {
                return Err(AppError::bad_request("invalid_case_package", format!("an item with uri {} exists under another identifier", row.uri)));
            }
            let row = GoalRow { id: known.id.clone(), ..row };
            store::update_goal(conn, &row)?;
            created += 1;
            ids.insert(item.identifier.as_str(), row.id);
            continue;
        } else {
            store::insert_goal(conn, &row)?;
            created += 1;
        }
        ids.insert(item.identifier.as_str(), row.id);
    }
    // Goals that left the framework stay (content may be aligned to them), marked retired.
    let mut retired = 0;
    for goal in store::goals_of(conn, &framework.id, true)? {
        if !ids.contains_key(goal.identifier.as_str()) && !goal.retired {
            store::update_goal(conn, &GoalRow { retired: true, ..goal })?;
            retired += 1;
        }
    }
    store::delete_edges_of(conn, &framework.id)?;
    let mut seen = HashSet::new();
    for (child, parent, position) in &package.child_of {
        if let (Some(child), Some(parent)) = (ids.get(child.as_str()), ids.get(parent.as_str())) {
            if seen.insert((child.clone(), parent.clone())) {
                store::insert_parent(conn, child, parent, *position)?;
            }
        }
    }
    let mut replacements = 0;
    for (old, new) in &package.replaced_by {
        if let (Some(old), Some(new)) = (ids.get(old.as_str()), ids.get(new.as_str())) {
            if seen.insert((format!("r:{old}"), new.clone())) {
                store::insert_replacement(conn, old, new)?;
                replacements += 1;
            }
        }
    }
    // Crosswalks: each end is an item of this package, a goal known here (imported or
    // foreign), or an external reference, kept as a foreign goal so the match holds once
    // content aligned to it arrives.
    store::delete_matches_from(conn, &framework.id)?;
    let mut matched_goals: Vec<String> = Vec::new();
    for stated in &package.matches {
        let (Some(one), Some(other)) = (match_end(conn, &stated.origin, &ids)?, match_end(conn, &stated.destination, &ids)?) else { continue };
        if one != other {
            store::insert_match(conn, &one, &other, &stated.kind, &framework.id)?;
            matched_goals.extend([one, other]);
        }
    }
    // Goal filters in the index carry ancestors, successors and matches: a new hierarchy or
    // crosswalk means aligned content must be indexed again, queued in this same transaction.
    for (kind, id) in store::content_aligned_in(conn, &framework.id)? {
        crate::store::queue::enqueue_index_named(conn, &kind, &id)?;
    }
    let mut below: HashSet<String> = HashSet::new();
    for goal in &matched_goals {
        below.extend(store::goals_under(conn, goal)?);
    }
    let below: Vec<String> = below.into_iter().collect();
    for kind in [ContentKind::Material, ContentKind::CaseStudy] {
        for id in store::content_aligned_to(conn, kind.as_str(), &below)? {
            crate::store::queue::enqueue_index_named(conn, kind.as_str(), &id)?;
        }
    }
    Ok(ImportReport {
        framework_id: framework.id,
        title: framework.title,
        goals: package.items.len(),
        created,
        updated,
        retired,
        parent_links: seen.len() - replacements,
        replacements,
        matches: matched_goals.len() / 2,
        other_associations: package.other_associations,
    })
}

/// Our goal id for one end of a crosswalk association.
fn match_end(conn: &mut DbConnection, end: &NodeEnd, ids: &HashMap<&str, String>) -> AppResult<Option<String>> {
    match end {
        NodeEnd::Item(identifier) => Ok(ids.get(identifier.as_str()).cloned()),
        NodeEnd::External { uri, title } => {
            if let Some(goal) = store::goal_by_uri(conn, uri)? {
                return Ok(Some(goal.id));
            }
            super::foreign_goals::external_reference(conn, uri, title)
        }
    }
}

pub async fn frameworks(app: &App) -> AppResult<Vec<Framework>> {
    app.db
        .read(|conn| {
            let rows = store::list_frameworks(conn)?;
            let mut listed = Vec::with_capacity(rows.len());
            for row in rows {
                let goal_count = store::count_goals(conn, &row.id)?;
                // A framework learned from other nodes whose goals were all adopted by an
                // import since has nothing left to show.
                if row.origin.is_some() && goal_count == 0 {
                    continue;
                }
                listed.push(Framework { row, goal_count });
            }
            Ok(listed)
        })
        .await
}

/// One framework's current goals in file order, each with its parents' ids.
pub async fn goals(app: &App, framework_id: &str, page: Page) -> AppResult<(FrameworkRow, i64, Vec<(GoalRow, Vec<String>)>)> {
    let framework_id = framework_id.to_owned();
    app.db
        .read(move |conn| {
            let framework = store::framework_by_id(conn, &framework_id)?.ok_or(AppError::NotFound)?;
            let all = store::goals_of(conn, &framework.id, false)?;
            let links = store::parent_links_of(conn, &framework.id)?;
            let mut parents: HashMap<String, Vec<String>> = HashMap::new();
            for (child, parent) in links {
                parents.entry(child).or_default().push(parent);
            }
            let total = all.len() as i64;
            let items = all
                .into_iter()
                .skip(usize::try_from(page.offset()).unwrap_or(usize::MAX))
                .take(usize::try_from(page.per_page).unwrap_or(0))
                .map(|goal| {
                    let of = parents.remove(&goal.id).unwrap_or_default();
                    (goal, of)
                })
                .collect();
            Ok((framework, total, items))
        })
        .await
}

/// Just the goal row, by our short id or its framework URI (for labels).
pub async fn goal_row(app: &App, id_or_uri: &str) -> AppResult<GoalRow> {
    let key = id_or_uri.to_owned();
    app.db.read(move |conn| store::goal_by_key(conn, &key)?.ok_or(AppError::NotFound)).await
}

/// A goal by our short id or by its framework URI.
pub async fn goal(app: &App, id_or_uri: &str) -> AppResult<GoalDetail> {
    let key = id_or_uri.to_owned();
    let (goal, framework, parents, children, replaced_by, replaces, material_ids, case_study_ids) = app
        .db
        .read(move |conn| {
            let goal = store::goal_by_key(conn, &key)?.ok_or(AppError::NotFound)?;
            let framework = store::framework_by_id(conn, &goal.framework_id)?.ok_or(AppError::NotFound)?;
            let own = std::slice::from_ref(&goal.id);
            let (parent_ids, child_ids) = (store::parents_of(conn, &goal.id)?, store::children_of(conn, own)?);
            let (successor_ids, predecessor_ids) = (store::successors_of(conn, &goal.id)?, store::predecessors_of(conn, own)?);
            let parents = store::goals_by_ids(conn, &parent_ids)?;
            let children = store::goals_by_ids(conn, &child_ids)?;
            let replaced_by = store::goals_by_ids(conn, &successor_ids)?;
            let replaces = store::goals_by_ids(conn, &predecessor_ids)?;
            let under = store::goals_under(conn, &goal.id)?;
            let material_ids = store::content_aligned_to(conn, ContentKind::Material.as_str(), &under)?;
            let case_study_ids = store::content_aligned_to(conn, ContentKind::CaseStudy.as_str(), &under)?;
            Ok((goal, framework, parents, children, replaced_by, replaces, material_ids, case_study_ids))
        })
        .await?;
    // One query per kind, public rows only: private or deleted content is simply left out.
    let page = Page::new(Some(1), Some(Page::MAX_PER_PAGE));
    let mut materials = materials::list_in(app, materials::ListScope::PublicIds(material_ids), page).await?.items;
    materials.sort_by_key(|m| std::cmp::Reverse(m.updated_at));
    let mut case_studies = case_studies::list_in(app, materials::ListScope::PublicIds(case_study_ids), page).await?.items;
    case_studies.sort_by_key(|c| std::cmp::Reverse(c.updated_at));
    let goal_id = goal.id.clone();
    let matches = app
        .db
        .read(move |conn| {
            let mut found = Vec::new();
            for (_, other, kind) in store::matches_of(conn, std::slice::from_ref(&goal_id))? {
                if let Some(row) = store::goals_by_ids(conn, std::slice::from_ref(&other))?.pop() {
                    let title = store::framework_by_id(conn, &row.framework_id)?.map(|f| f.title).unwrap_or_default();
                    found.push(GoalMatchView { goal: row, framework: title, kind });
                }
            }
            Ok(found)
        })
        .await?;
    Ok(GoalDetail { goal, framework, parents, children, replaced_by, replaces, matches, materials, case_studies })
}

/// A goal another framework matches with this one (a crosswalk), and how.
#[derive(Debug, Clone)]
pub struct GoalMatchView {
    pub goal: GoalRow,
    /// The matched goal's framework's title.
    pub framework: String,
    /// The CASE association type: `exactMatchOf`, `isRelatedTo`, …
    pub kind: String,
}

/// Resolves alignments to goal ids and stores them for the content, in the caller's
/// transaction. A URI this node does not know is a field error, and the write rolls back.
pub(crate) fn store_alignments(conn: &mut DbConnection, kind: ContentKind, content_id: &str, goals: &[Alignment]) -> AppResult<()> {
    let uris: Vec<String> = goals.iter().map(|g| g.uri.clone()).collect();
    let known = if uris.is_empty() { Vec::new() } else { store::goals_by_uris(conn, &uris)? };
    let mut resolved = Vec::with_capacity(goals.len());
    for goal in goals {
        match known.iter().find(|k| k.uri == goal.uri) {
            Some(row) => resolved.push((row.id.clone(), goal.alignment_type.as_str().to_owned())),
            None => {
                let mut errors = FieldErrors::default();
                errors.add("goals", FieldProblem::UnknownValue);
                return Err(AppError::Validation(errors));
            }
        }
    }
    store::set_alignments(conn, kind.as_str(), content_id, &resolved)?;
    Ok(())
}

/// One goal as we describe it to others (see `describe_goals`).
pub fn describe_goal(goal: &GoalRow, framework: &FrameworkRow) -> DescribedGoal {
    let name = if goal.abbreviated_statement.is_empty() { goal.full_statement.clone() } else { goal.abbreviated_statement.clone() };
    DescribedGoal {
        uri: goal.uri.clone(),
        code: goal.human_coding_scheme.clone(),
        name,
        description: goal.full_statement.clone(),
        framework: framework.title.clone(),
        framework_uri: framework.uri.clone(),
    }
}

/// What we know of each aligned goal, to describe it to other nodes (LRMI `AlignmentObject`s
/// with code, statements and framework): ours from the imported framework, foreign ones as
/// they were described to us. A goal we know nothing of is left out of the list; its URI
/// still travels in the alignment.
pub(crate) fn describe_goals(conn: &mut DbConnection, aligned: &[Alignment]) -> AppResult<Vec<DescribedGoal>> {
    if aligned.is_empty() {
        return Ok(Vec::new());
    }
    let uris: Vec<String> = aligned.iter().map(|a| a.uri.clone()).collect();
    let mut frameworks: HashMap<String, Option<FrameworkRow>> = HashMap::new();
    let mut described = Vec::new();
    for goal in store::goals_by_uris(conn, &uris)? {
        if !frameworks.contains_key(&goal.framework_id) {
            let framework = store::framework_by_id(conn, &goal.framework_id)?;
            frameworks.insert(goal.framework_id.clone(), framework);
        }
        if let Some(framework) = frameworks.get(&goal.framework_id).cloned().flatten() {
            described.push(describe_goal(&goal, &framework));
        }
    }
    Ok(described.into_iter().filter_map(DescribedGoal::cleaned).collect())
}

/// Goal rows for a list of alignments, for showing codes and statements.
/// The ids of goals a newer goal replaced (CASE `replacedBy`).
pub async fn replaced_goal_ids(app: &App) -> AppResult<Vec<String>> {
    app.db.read(|conn| Ok(store::replaced_goal_ids(conn)?)).await
}

pub async fn goal_rows(app: &App, uris: Vec<String>) -> AppResult<Vec<GoalRow>> {
    if uris.is_empty() {
        return Ok(Vec::new());
    }
    app.db.read(move |conn| Ok(store::goals_by_uris(conn, &uris)?)).await
}

/// Title and origin of the foreign frameworks among these goals', by framework id.
pub async fn foreign_frameworks(app: &App, goals: &[GoalRow]) -> AppResult<HashMap<String, (String, String)>> {
    let ids: HashSet<String> = goals.iter().filter(|g| super::foreign_goals::is_foreign(g)).map(|g| g.framework_id.clone()).collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    app.db
        .read(move |conn| {
            let mut found = HashMap::new();
            for id in ids {
                if let Some(framework) = store::framework_by_id(conn, &id)? {
                    found.insert(id, (framework.title, framework.origin.unwrap_or_default()));
                }
            }
            Ok(found)
        })
        .await
}

/// Education levels of a goal as stored.
pub fn education_levels(goal: &GoalRow) -> Vec<String> {
    parse_json_list(&goal.education_levels)
}
