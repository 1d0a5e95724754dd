//! Goal suggestions for a draft: which current goals of the frameworks imported here its text
//! is about, for its education level. The suggester (`deelwijs_indexer::GoalSuggester`) is
//! built from the goals, the names above them and the content aligned to them, and cached.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use deelwijs_indexer::{Draft, GoalEntry, GoalSuggester};

use super::{tx, App, AppError, AppResult};
use crate::domain::curriculum::level_sectors;
use crate::domain::vocab::{EducationLevel, Subject};
use crate::store::curricula::{self as store, ContentText};
use crate::store::models::GoalRow;
use crate::store::parse_json_list;

/// How far up the goal graph names count (a kerndoel's domain and subject area).
const ANCESTOR_DEPTH: usize = 3;
/// Aligned content read per kind, newest first, and kept per goal.
const EXAMPLES_READ: i64 = 20_000;
const EXAMPLES_PER_GOAL: usize = 25;
/// New alignments are learned from at most this often (a rebuild reads them all).
const RELEARN_AFTER: Duration = Duration::from_secs(300);

/// What a teacher asks suggestions for.
#[derive(Debug, Clone, Default)]
pub struct SuggestFor {
    pub text: String,
    pub levels: Vec<EducationLevel>,
    pub subjects: Vec<Subject>,
    pub limit: usize,
}

/// The cached suggester and what it was built from.
pub struct Cached {
    goals: String,
    alignments: i64,
    built: Instant,
    suggester: Arc<GoalSuggester>,
}

/// Current goals that best match the draft, best first. Retired and replaced goals are never
/// suggested, nor the subject areas and domains that only group others.
pub async fn suggest(app: &App, draft: SuggestFor) -> AppResult<Vec<(GoalRow, f32)>> {
    let suggester = suggester(app).await?;
    let levels: Vec<String> = draft.levels.iter().map(|l| l.as_str().to_owned()).collect();
    let subjects = draft.subjects.iter().flat_map(|s| [s.label("nl"), s.label("en")]).collect::<Vec<_>>().join(" ");
    let ranked = tx::run_blocking(move || {
        suggester.suggest(&Draft { text: &draft.text, levels: &levels, subjects: &subjects }, draft.limit).map_err(|e| AppError::Internal(e.to_string()))
    })
    .await?;
    // The suggester knows goals by URI: the same on every node, so equal scores rank the same
    // everywhere (row ids differ per import).
    let uris: Vec<String> = ranked.iter().map(|(uri, _)| uri.clone()).collect();
    let rows = app.db.read(move |conn| Ok(store::goals_by_uris(conn, &uris)?)).await?;
    Ok(ranked.into_iter().filter_map(|(uri, score)| rows.iter().find(|g| g.uri == uri).map(|g| (g.clone(), score))).collect())
}

/// The cached suggester; rebuilt when goals were imported since, or when content was aligned
/// since and the last build is older than `RELEARN_AFTER`.
async fn suggester(app: &App) -> AppResult<Arc<GoalSuggester>> {
    let (goals, alignments) = app.db.read(|conn| Ok((store::goals_signature(conn)?, store::alignment_count(conn)?))).await?;
    if let Ok(cache) = app.caches.goal_suggester.lock() {
        if let Some(cached) = cache.as_ref() {
            if cached.goals == goals && (cached.alignments == alignments || cached.built.elapsed() < RELEARN_AFTER) {
                return Ok(cached.suggester.clone());
            }
        }
    }
    let (rows, parents, replaced, examples) = app
        .db
        .read(|conn| {
            Ok((
                store::goals_imported_here(conn)?,
                store::all_goal_parents(conn)?,
                store::replaced_goal_ids(conn)?,
                store::aligned_content_texts(conn, EXAMPLES_READ)?,
            ))
        })
        .await?;
    let suggester = tx::run_blocking(move || {
        let entries = entries(&rows, &parents, &replaced.into_iter().collect(), &examples);
        GoalSuggester::build(&entries).map_err(|e| AppError::Internal(e.to_string()))
    })
    .await?;
    let suggester = Arc::new(suggester);
    if let Ok(mut cache) = app.caches.goal_suggester.lock() {
        *cache = Some(Cached { goals, alignments, built: Instant::now(), suggester: suggester.clone() });
    }
    Ok(suggester)
}

/// What the suggester knows of each goal it may suggest: current goals that group no others.
fn entries(rows: &[GoalRow], parents: &[(String, String)], replaced: &HashSet<String>, examples: &[ContentText]) -> Vec<GoalEntry> {
    let by_id: HashMap<&str, &GoalRow> = rows.iter().map(|g| (g.id.as_str(), g)).collect();
    let mut parents_of: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut has_children: HashSet<&str> = HashSet::new();
    for (goal, parent) in parents {
        parents_of.entry(goal.as_str()).or_default().push(parent.as_str());
        if by_id.get(goal.as_str()).is_some_and(|g| !g.retired && !replaced.contains(&g.id)) {
            has_children.insert(parent.as_str());
        }
    }
    let mut texts: HashMap<&str, Vec<(String, String)>> = HashMap::new();
    for (goal, language, title, summary, keywords) in examples {
        let list = texts.entry(goal.as_str()).or_default();
        if list.len() < EXAMPLES_PER_GOAL {
            let summary: String = summary.chars().take(300).collect();
            list.push((language.clone(), format!("{title}. {summary} {}", parse_json_list::<String>(keywords).join(" "))));
        }
    }
    rows.iter()
        .filter(|g| !g.retired && !replaced.contains(&g.id) && !has_children.contains(g.id.as_str()))
        .map(|g| GoalEntry {
            id: g.uri.clone(),
            text: format!("{} {} {}", g.human_coding_scheme, g.abbreviated_statement, g.full_statement),
            context: ancestor_names(&g.id, &by_id, &parents_of).join(". "),
            examples: texts.remove(g.id.as_str()).unwrap_or_default(),
            language: g.language.clone(),
            levels: level_sectors(&parse_json_list(&g.education_levels)).iter().map(|l| l.as_str().to_owned()).collect(),
        })
        .collect()
}

/// The names of the goals above `id`, nearest first, each once.
fn ancestor_names(id: &str, by_id: &HashMap<&str, &GoalRow>, parents_of: &HashMap<&str, Vec<&str>>) -> Vec<String> {
    let (mut names, mut seen, mut frontier) = (Vec::new(), HashSet::new(), vec![id]);
    for _ in 0..ANCESTOR_DEPTH {
        let mut next = Vec::new();
        for goal in frontier {
            for parent in parents_of.get(goal).into_iter().flatten() {
                if seen.insert(*parent) {
                    if let Some(row) = by_id.get(parent) {
                        let name = if row.abbreviated_statement.is_empty() { &row.full_statement } else { &row.abbreviated_statement };
                        names.push(name.chars().take(200).collect());
                    }
                    next.push(*parent);
                }
            }
        }
        frontier = next;
    }
    names
}
