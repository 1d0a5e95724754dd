//! Turning database rows into index changes, one batch of the index queue at a time.

use std::collections::{HashMap, HashSet};

use deelwijs_indexer::{Change, IndexDocument};

use super::html_to_text;
use crate::app::outbox::is_public;
use crate::app::{AppConfig, AppResult};
use crate::domain::alignment::Alignment;
use crate::domain::review::ReviewSummary;
use crate::domain::vocab::ErasmusAction;
use crate::domain::ContentKind;
use crate::store::models::{CaseStudyRow, CollectionRow, GoalRow, MaterialRow, QuestionRow};
use crate::store::{
    case_studies as case_store, collections as collection_store, curricula, materials as material_store, quality as quality_store, questions as question_store,
    reviews as review_store, users, DbConnection,
};

/// A document's goals: their URIs (stored), their statements (searched), and the ids a goal
/// filter matches them under (see `curricula::filter_closure`).
struct GoalParts {
    uris: Vec<String>,
    statements: Vec<String>,
    filter_ids: Vec<String>,
}

const MATERIAL: &str = ContentKind::Material.as_str();
const CASE_STUDY: &str = ContentKind::CaseStudy.as_str();
const COLLECTION: &str = ContentKind::Collection.as_str();
const QUESTION: &str = ContentKind::Question.as_str();

/// Builds the documents of one batch. Goals, their filter closures and owners' names are looked
/// up once per batch, not once per document: a batch shares a few hundred goals at most, and the
/// per-document lookups were most of a rebuild's time (5.9k documents/s at 100k materials).
/// Living for one batch, it never serves a goal from before a curriculum re-import for long.
pub struct Documents<'a> {
    conn: &'a mut DbConnection,
    config: &'a AppConfig,
    /// By URI; `None` for a URI no imported framework has.
    goals: HashMap<String, Option<GoalRow>>,
    /// Goal id → `curricula::filter_closure` of that goal alone.
    closures: HashMap<String, Vec<String>>,
    /// User id → display name.
    owners: HashMap<String, String>,
    /// Material id → its reviews' ratings and used-in-class flags, read once per batch.
    ratings: HashMap<String, Vec<(i32, bool)>>,
    /// Ids of the batch's materials and case studies with the quality mark.
    marked: HashSet<String>,
}

impl<'a> Documents<'a> {
    pub fn new(conn: &'a mut DbConnection, config: &'a AppConfig) -> Self {
        Documents { conn, config, goals: HashMap::new(), closures: HashMap::new(), owners: HashMap::new(), ratings: HashMap::new(), marked: HashSet::new() }
    }

    /// The index changes for these pieces of content (kind, id), in the same order: an upsert
    /// for what may be found, a delete for what must not be (draft, unlisted, hidden, deleted,
    /// or gone). Rows are read a chunk at a time, not one query per piece.
    pub fn changes(&mut self, items: &[(&str, &str)]) -> AppResult<Vec<Change>> {
        let ids_of = |kind: &str| items.iter().filter(|(k, _)| *k == kind).map(|(_, id)| *id).collect::<Vec<_>>();
        let mut materials: HashMap<String, MaterialRow> =
            material_store::by_ids(self.conn, &ids_of(MATERIAL))?.into_iter().map(|row| (row.id.clone(), row)).collect();
        let mut case_studies: HashMap<String, CaseStudyRow> =
            case_store::by_ids(self.conn, &ids_of(CASE_STUDY))?.into_iter().map(|row| (row.id.clone(), row)).collect();
        let mut collections: HashMap<String, CollectionRow> =
            collection_store::by_ids(self.conn, &ids_of(COLLECTION))?.into_iter().map(|row| (row.id.clone(), row)).collect();
        let mut questions: HashMap<String, QuestionRow> =
            question_store::by_ids(self.conn, &ids_of(QUESTION))?.into_iter().map(|row| (row.id.clone(), row)).collect();
        self.ratings = review_store::ratings_of(self.conn, &ids_of(MATERIAL))?;
        self.marked = quality_store::marked_among(self.conn, MATERIAL, &ids_of(MATERIAL))?.into_iter().collect();
        self.marked.extend(quality_store::marked_among(self.conn, CASE_STUDY, &ids_of(CASE_STUDY))?);
        let mut changes = Vec::with_capacity(items.len());
        for (kind, id) in items {
            let document = match *kind {
                MATERIAL => materials.remove(*id).map(|row| self.material(&row)).transpose()?.flatten(),
                CASE_STUDY => case_studies.remove(*id).map(|row| self.case_study(&row)).transpose()?.flatten(),
                COLLECTION => collections.remove(*id).map(|row| self.collection(&row)).transpose()?.flatten(),
                QUESTION => questions.remove(*id).map(|row| self.question(&row)).transpose()?.flatten(),
                _ => None,
            };
            changes.push(match document {
                Some(document) => Change::Upsert(Box::new(document)),
                None => Change::Delete { id: (*id).to_owned() },
            });
        }
        Ok(changes)
    }

    fn material(&mut self, row: &MaterialRow) -> AppResult<Option<IndexDocument>> {
        if !is_public(&row.status, row.hidden, row.deleted_at.is_some()) {
            return Ok(None);
        }
        let fields = crate::app::materials::fields_of(row)?;
        let goals = self.goal_parts(&fields.goals)?;
        let mut authors = fields.authors.clone();
        authors.push(self.owner(&row.owner_id)?);
        // As `reviews::summary`: a copy counts what its origin says, once it has said it.
        let reviews = if row.origin.is_some() && row.origin_rating_count > 0 {
            ReviewSummary { average: row.origin_rating, count: i64::from(row.origin_rating_count), used_in_class: i64::from(row.origin_used_in_class) }
        } else {
            ReviewSummary::of(self.ratings.remove(&row.id).unwrap_or_default())
        };
        Ok(Some(IndexDocument {
            id: row.id.clone(),
            kind: MATERIAL.to_owned(),
            title: fields.title.clone(),
            summary: fields.summary.clone(),
            body: html_to_text(&row.body_html),
            keywords: fields.keywords.clone(),
            authors,
            goal_statements: goals.statements,
            language: fields.language.as_str().to_owned(),
            also_languages: Vec::new(),
            levels: fields.education_levels.iter().map(|l| l.as_str().to_owned()).collect(),
            subjects: fields.subjects.iter().map(|s| s.as_str().to_owned()).collect(),
            resource_type: fields.resource_type.as_str().to_owned(),
            license: fields.license.spdx().to_owned(),
            origin: row.origin.clone().unwrap_or_else(|| "local".to_owned()),
            // Case-study facets; a material has none.
            themes: Vec::new(),
            stage: String::new(),
            erasmus_action: String::new(),
            help_type: String::new(),
            state: String::new(),
            rating: reviews.average,
            rating_count: reviews.count,
            used_in_class: reviews.used_in_class,
            quality: self.marked.contains(&row.id),
            goal_uris: goals.uris,
            goal_filter_ids: goals.filter_ids,
            url: self.config.material_url(&row.id),
            updated_at: row.updated_at.and_utc().timestamp(),
        }))
    }

    fn case_study(&mut self, row: &CaseStudyRow) -> AppResult<Option<IndexDocument>> {
        if !is_public(&row.status, row.hidden, row.deleted_at.is_some()) {
            return Ok(None);
        }
        let fields = crate::app::case_studies::fields_of(row)?;
        let goals = self.goal_parts(&fields.goals)?;
        let n = &fields.narrative;
        let body =
            [&n.challenge, &n.approach, &n.results, &n.lessons, &n.scaling].map(|s| html_to_text(&crate::domain::markdown::to_safe_html(s, ""))).join(" ");
        Ok(Some(IndexDocument {
            id: row.id.clone(),
            kind: CASE_STUDY.to_owned(),
            title: fields.title.clone(),
            summary: fields.summary.clone(),
            body,
            // A theme is found by its name in any UI language.
            keywords: fields.themes.iter().flat_map(|t| t.labels()).map(str::to_owned).collect(),
            authors: vec![self.owner(&row.owner_id)?],
            goal_statements: goals.statements,
            language: fields.language.as_str().to_owned(),
            levels: vec![fields.sector.as_str().to_owned()],
            subjects: Vec::new(),
            resource_type: String::new(),
            license: fields.license.spdx().to_owned(),
            origin: row.origin.clone().unwrap_or_else(|| "local".to_owned()),
            themes: fields.themes.iter().map(|t| t.as_str().to_owned()).collect(),
            stage: fields.stage.as_str().to_owned(),
            // "None" is no action: not a value to filter on.
            erasmus_action: if fields.erasmus_action == ErasmusAction::None { String::new() } else { fields.erasmus_action.as_str().to_owned() },
            goal_uris: goals.uris,
            goal_filter_ids: goals.filter_ids,
            url: self.config.case_study_url(&row.id),
            updated_at: row.updated_at.and_utc().timestamp(),
            quality: self.marked.contains(&row.id),
            ..IndexDocument::default()
        }))
    }

    /// A collection is found by its own words, its goals, and the titles and notes of what it
    /// lists: "everything for kerndoel 26" is found by the goal and by what is in it.
    fn collection(&mut self, row: &CollectionRow) -> AppResult<Option<IndexDocument>> {
        if !is_public(&row.status, row.hidden, row.deleted_at.is_some()) {
            return Ok(None);
        }
        let items = collection_store::items(self.conn, &row.id)?;
        let fields = crate::app::collections::fields_of(row, &items)?;
        let goals = self.goal_parts(&fields.goals)?;
        let listed: Vec<String> = items.iter().flat_map(|i| [i.title.clone(), i.note.clone()]).filter(|s| !s.is_empty()).collect();
        Ok(Some(IndexDocument {
            id: row.id.clone(),
            kind: COLLECTION.to_owned(),
            title: fields.title.clone(),
            summary: html_to_text(&row.introduction_html).chars().take(400).collect(),
            body: format!("{} {}", html_to_text(&row.introduction_html), listed.join(" ")),
            keywords: Vec::new(),
            authors: vec![self.owner(&row.owner_id)?],
            goal_statements: goals.statements,
            language: fields.language.as_str().to_owned(),
            levels: fields.education_levels.iter().map(|l| l.as_str().to_owned()).collect(),
            subjects: fields.subjects.iter().map(|s| s.as_str().to_owned()).collect(),
            resource_type: String::new(),
            license: fields.license.spdx().to_owned(),
            origin: row.origin.clone().unwrap_or_else(|| "local".to_owned()),
            themes: Vec::new(),
            stage: String::new(),
            erasmus_action: String::new(),
            goal_uris: goals.uris,
            goal_filter_ids: goals.filter_ids,
            url: self.config.collection_url(&row.id),
            updated_at: row.updated_at.and_utc().timestamp(),
            ..IndexDocument::default()
        }))
    }

    /// A help question is found by its words and themes (by name in any UI language), and
    /// counted by its kind of help, state, level and working languages.
    fn question(&mut self, row: &QuestionRow) -> AppResult<Option<IndexDocument>> {
        if row.hidden || row.deleted_at.is_some() {
            return Ok(None);
        }
        let fields = crate::app::questions::fields_of(row)?;
        Ok(Some(IndexDocument {
            id: row.id.clone(),
            kind: QUESTION.to_owned(),
            title: fields.title.clone(),
            summary: html_to_text(&row.situation_html).chars().take(400).collect(),
            body: html_to_text(&row.situation_html),
            keywords: fields.themes.iter().flat_map(|t| t.labels()).map(str::to_owned).collect(),
            authors: vec![self.owner(&row.owner_id)?],
            language: fields.language.as_str().to_owned(),
            also_languages: fields.languages.iter().map(|l| l.as_str().to_owned()).collect(),
            levels: vec![fields.education_level.as_str().to_owned()],
            origin: row.origin.clone().unwrap_or_else(|| "local".to_owned()),
            themes: fields.themes.iter().map(|t| t.as_str().to_owned()).collect(),
            help_type: fields.help_type.as_str().to_owned(),
            state: fields.state.as_str().to_owned(),
            url: self.config.question_url(&row.id),
            updated_at: row.updated_at.and_utc().timestamp(),
            ..IndexDocument::default()
        }))
    }

    fn owner(&mut self, user_id: &str) -> AppResult<String> {
        if let Some(name) = self.owners.get(user_id) {
            return Ok(name.clone());
        }
        let name = users::by_id(self.conn, user_id)?.map(|u| u.display_name).unwrap_or_default();
        self.owners.insert(user_id.to_owned(), name.clone());
        Ok(name)
    }

    /// What a document carries of its aligned goals. Unknown URIs add no statements or ids.
    fn goal_parts(&mut self, aligned: &[Alignment]) -> AppResult<GoalParts> {
        let uris: Vec<String> = aligned.iter().map(|g| g.uri.clone()).collect();
        let missing: Vec<String> = uris.iter().filter(|uri| !self.goals.contains_key(*uri)).cloned().collect();
        if !missing.is_empty() {
            let found = curricula::goals_by_uris(self.conn, &missing)?;
            for uri in missing {
                self.goals.insert(uri, None);
            }
            for goal in found {
                self.goals.insert(goal.uri.clone(), Some(goal));
            }
        }
        let goals: Vec<GoalRow> = uris.iter().filter_map(|uri| self.goals.get(uri).cloned().flatten()).collect();
        let statements = goals.iter().map(|g| format!("{} {}", g.human_coding_scheme, g.full_statement)).collect();
        // The closure of a set of goals is the union of each goal's closure (a graph walk from
        // each), without repeats: a filter term counts once per document.
        for goal in &goals {
            if !self.closures.contains_key(&goal.id) {
                let closure = curricula::filter_closure(self.conn, std::slice::from_ref(&goal.id))?;
                self.closures.insert(goal.id.clone(), closure);
            }
        }
        let mut filter_ids = Vec::new();
        let mut seen = HashSet::new();
        for id in goals.iter().filter_map(|goal| self.closures.get(&goal.id)).flatten() {
            if seen.insert(id.as_str()) {
                filter_ids.push(id.clone());
            }
        }
        Ok(GoalParts { uris, statements, filter_ids })
    }
}
