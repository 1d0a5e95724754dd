//! Local materials and case studies as `standards::Resource`s: the public fields, their
//! authors, files, sources and goals (with the goals above each), read for many at once.
//! What OAI-PMH (and the other standards) write is made from these.

use std::collections::HashMap;

use serde_json::Value;

use super::outbox::is_public;
use super::{App, AppConfig, AppResult};
use crate::domain::alignment::Alignment;
use crate::domain::vocab::Subject;
use crate::domain::ContentKind;
use crate::standards::{schema_org, Agent, File, FrameworkPath, Goal, Related, Resource, Taxon};
use crate::store::models::{CaseStudyRow, FrameworkRow, GoalRow, MaterialRow, UserRow};
use crate::store::{case_studies, curricula, materials, settings, users, DbConnection};

/// The node as publisher: its name and its front page.
pub(crate) fn publisher(conn: &mut DbConnection, config: &AppConfig) -> AppResult<Agent> {
    let name = settings::get(conn, "node_name")?.unwrap_or_else(|| super::node::DEFAULT_NAME.to_owned());
    Ok(Agent { name, url: Some(format!("{}/", config.public_url)) })
}

/// Where this node describes its own vocabularies (the source of their taxon paths and concepts).
pub(crate) fn vocabularies_url(config: &AppConfig) -> String {
    format!("{}/api/v1/vocabularies", config.public_url)
}

/// The schema.org JSON-LD of a material or case study made here, while it is public (what
/// search engines and OER portals may pick up; drafts and unlisted content say nothing).
pub async fn structured_data(app: &App, kind: ContentKind, id: &str) -> AppResult<Option<Value>> {
    let config = app.config.clone();
    let id = id.to_owned();
    app.db
        .read(move |conn| {
            let publisher = publisher(conn, &config)?;
            let mut reader = Reader::default();
            let resource = match kind {
                ContentKind::Material => match materials::by_id(conn, &id)? {
                    Some(row) if row.origin.is_none() && is_public(&row.status, row.hidden, row.deleted_at.is_some()) => {
                        Some(reader.material(conn, &config, &publisher, &row)?)
                    }
                    _ => None,
                },
                ContentKind::CaseStudy => match case_studies::by_id(conn, &id)? {
                    Some(row) if row.origin.is_none() && is_public(&row.status, row.hidden, row.deleted_at.is_some()) => {
                        Some(reader.case_study(conn, &config, &publisher, &row)?)
                    }
                    _ => None,
                },
                ContentKind::Collection | ContentKind::Question => None,
            };
            Ok(resource.map(|r| schema_org::document(&r, &vocabularies_url(&config))))
        })
        .await
}

/// How many goals up a taxon path may go: frameworks are a few levels deep, and a graph with
/// a cycle must not loop.
const MAX_DEPTH: usize = 12;

/// What several resources of one page share: owners, goals and the paths above them.
#[derive(Default)]
pub struct Reader {
    users: HashMap<String, Option<UserRow>>,
    frameworks: HashMap<String, Option<FrameworkRow>>,
    paths: HashMap<String, Vec<Taxon>>,
    subjects: HashMap<Subject, Vec<FrameworkPath>>,
}

impl Reader {
    fn owner(&mut self, conn: &mut DbConnection, id: &str) -> AppResult<Option<UserRow>> {
        if let Some(known) = self.users.get(id) {
            return Ok(known.clone());
        }
        let row = users::by_id(conn, id)?;
        self.users.insert(id.to_owned(), row.clone());
        Ok(row)
    }

    /// The goals above `goal_id`, from the top of its framework down (first parent each step).
    fn path_above(&mut self, conn: &mut DbConnection, goal_id: &str) -> AppResult<Vec<Taxon>> {
        if let Some(known) = self.paths.get(goal_id) {
            return Ok(known.clone());
        }
        let mut path = Vec::new();
        let mut seen = vec![goal_id.to_owned()];
        let mut current = goal_id.to_owned();
        while path.len() < MAX_DEPTH {
            let Some(parent_id) = curricula::parents_of(conn, &current)?.into_iter().next() else { break };
            if seen.contains(&parent_id) {
                break;
            }
            let Some(parent) = curricula::goal_by_id(conn, &parent_id)? else { break };
            path.push(taxon_of(&parent));
            seen.push(parent_id.clone());
            current = parent_id;
        }
        path.reverse();
        self.paths.insert(goal_id.to_owned(), path.clone());
        Ok(path)
    }

    /// A framework imported here, once per reader.
    fn framework(&mut self, conn: &mut DbConnection, id: &str) -> AppResult<Option<FrameworkRow>> {
        if !self.frameworks.contains_key(id) {
            let framework = curricula::framework_by_id(conn, id)?;
            self.frameworks.insert(id.to_owned(), framework);
        }
        Ok(self.frameworks.get(id).cloned().flatten())
    }

    /// For each subject, the items of frameworks imported here that carry its name (Dutch or
    /// English) and group others: one path per framework. A subject of our vocabulary is then
    /// also a taxon path through the curriculum a harvester knows (SLO's vakleergebieden).
    fn subject_paths(&mut self, conn: &mut DbConnection, subjects: &[Subject]) -> AppResult<Vec<FrameworkPath>> {
        let mut paths = Vec::new();
        for subject in subjects {
            if !self.subjects.contains_key(subject) {
                let names = vec![subject.label("nl").to_owned(), subject.label("en").to_owned()];
                let mut found: Vec<FrameworkPath> = Vec::new();
                let mut frameworks_seen = Vec::new();
                for item in curricula::group_items_named(conn, &names)? {
                    if frameworks_seen.contains(&item.framework_id) {
                        continue;
                    }
                    let Some(framework) = self.framework(conn, &item.framework_id)? else { continue };
                    frameworks_seen.push(item.framework_id.clone());
                    let mut taxa = self.path_above(conn, &item.id)?;
                    taxa.push(taxon_of(&item));
                    let framework_uri = if framework.uri.is_empty() { framework.identifier } else { framework.uri };
                    found.push(FrameworkPath { framework_uri, language: item.language.clone(), taxa });
                }
                self.subjects.insert(*subject, found);
            }
            paths.extend(self.subjects.get(subject).into_iter().flatten().cloned());
        }
        Ok(paths)
    }

    fn goals(&mut self, conn: &mut DbConnection, aligned: &[Alignment]) -> AppResult<Vec<Goal>> {
        if aligned.is_empty() {
            return Ok(Vec::new());
        }
        let mut goals = Vec::new();
        for row in curricula::goals_by_uris(conn, &aligned.iter().map(|a| a.uri.clone()).collect::<Vec<_>>())? {
            let Some(alignment) = aligned.iter().find(|a| a.uri == row.uri) else { continue };
            let Some(framework) = self.framework(conn, &row.framework_id)? else { continue };
            // The same description (and the same cleaning) as the goals our ActivityPub objects carry.
            let Some(d) = super::curricula::describe_goal(&row, &framework).cleaned() else { continue };
            goals.push(Goal {
                statement: if d.description.is_empty() { d.name.clone() } else { d.description.clone() },
                language: row.language.clone(),
                alignment: alignment.alignment_type,
                above: self.path_above(conn, &row.id)?,
                uri: d.uri,
                code: d.code,
                framework: d.framework,
                framework_uri: d.framework_uri,
            });
        }
        Ok(goals)
    }

    fn authors(&mut self, conn: &mut DbConnection, config: &AppConfig, credited: &[String], owner_id: &str) -> AppResult<Vec<Agent>> {
        if !credited.is_empty() {
            return Ok(credited.iter().map(|name| Agent { name: name.clone(), url: None }).collect());
        }
        Ok(match self.owner(conn, owner_id)? {
            Some(owner) => vec![Agent { name: owner.display_name.clone(), url: Some(config.user_url(&owner.username)) }],
            None => Vec::new(),
        })
    }

    /// A public local material.
    pub fn material(&mut self, conn: &mut DbConnection, config: &AppConfig, publisher: &Agent, row: &MaterialRow) -> AppResult<Resource> {
        let fields = super::materials::fields_of(row)?;
        let url = config.material_url(&row.id);
        let files = materials::attachments_of(conn, &row.id)?
            .into_iter()
            .map(|a| File { url: format!("{url}/files/{}", a.id), name: a.file_name, content_type: a.content_type, size: a.size_bytes, sha256: a.sha256 })
            .collect();
        let based_on = match row.derived_from_id.as_deref().map(|s| materials::by_id(conn, s)).transpose()?.flatten() {
            Some(source) => Some(Related { url: source.ap_id.clone().unwrap_or_else(|| config.material_url(&source.id)), title: source.title }),
            None => None,
        };
        // Translations are named by where they are read publicly: a copy by its own node's URL.
        let public = |conn: &mut DbConnection, t: &super::translations::TranslationRef| -> AppResult<String> {
            Ok(match materials::by_id(conn, &t.id)? {
                Some(row) => row.ap_id.unwrap_or_else(|| t.url.clone()),
                None => t.url.clone(),
            })
        };
        let translation_of = match super::translations::original_of(conn, config, row)? {
            Some(t) => Some(Related { url: public(conn, &t)?, title: t.title }),
            None => None,
        };
        let mut translations = Vec::new();
        for t in super::translations::translations_of(conn, config, &row.id)? {
            translations.push((Related { url: public(conn, &t)?, title: t.title.clone() }, t.language.clone()));
        }
        Ok(Resource {
            kind: ContentKind::Material,
            url,
            title: fields.title,
            description: fields.summary,
            language: fields.language.as_str().to_owned(),
            keywords: fields.keywords,
            authors: self.authors(conn, config, &fields.authors, &row.owner_id)?,
            publisher: publisher.clone(),
            created: row.created_at,
            modified: row.updated_at,
            version: row.version,
            license: fields.license,
            levels: fields.education_levels,
            isced_level: fields.isced_level,
            subject_paths: self.subject_paths(conn, &fields.subjects)?,
            subjects: fields.subjects,
            resource_type: Some(fields.resource_type),
            themes: Vec::new(),
            duration_minutes: fields.duration_minutes,
            files,
            based_on,
            translation_of,
            translations,
            references: Vec::new(),
            goals: self.goals(conn, &fields.goals)?,
        })
    }

    /// A public local case study.
    pub fn case_study(&mut self, conn: &mut DbConnection, config: &AppConfig, publisher: &Agent, row: &CaseStudyRow) -> AppResult<Resource> {
        let fields = super::case_studies::fields_of(row)?;
        let mut references = Vec::new();
        for related in materials::by_ids(conn, &fields.related_materials.iter().map(String::as_str).collect::<Vec<_>>())? {
            if is_public(&related.status, related.hidden, related.deleted_at.is_some()) {
                references.push(Related { url: related.ap_id.clone().unwrap_or_else(|| config.material_url(&related.id)), title: related.title });
            }
        }
        Ok(Resource {
            kind: ContentKind::CaseStudy,
            url: config.case_study_url(&row.id),
            title: fields.title,
            description: fields.summary,
            language: fields.language.as_str().to_owned(),
            keywords: Vec::new(),
            authors: self.authors(conn, config, &[], &row.owner_id)?,
            publisher: publisher.clone(),
            created: row.created_at,
            modified: row.updated_at,
            version: row.version,
            license: fields.license,
            levels: vec![fields.sector],
            isced_level: None,
            subjects: Vec::new(),
            subject_paths: Vec::new(),
            resource_type: None,
            themes: fields.themes,
            duration_minutes: None,
            files: Vec::new(),
            based_on: None,
            translation_of: None,
            translations: Vec::new(),
            references,
            goals: self.goals(conn, &fields.goals)?,
        })
    }
}

/// An item of a framework as one step of a taxon path: its URI (or identifier) and its code and
/// short statement.
fn taxon_of(item: &GoalRow) -> Taxon {
    let statement = if item.abbreviated_statement.is_empty() { &item.full_statement } else { &item.abbreviated_statement };
    let label = if item.human_coding_scheme.is_empty() { statement.clone() } else { format!("{} {statement}", item.human_coding_scheme) };
    Taxon { id: if item.uri.is_empty() { item.identifier.clone() } else { item.uri.clone() }, label }
}
