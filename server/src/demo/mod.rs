//! Demo content written for Deelwijs (`content.json`), seeded once by `deelwijs serve --demo`
//! through the same use cases a teacher uses, so demo data obeys every rule (licences too).
//! The seed also imports SLO's kerndoelen (the November 2025 release as an IMS CASE package,
//! MIT-licensed open data by SLO), so the demo's curriculum tree, goal pages and goal search
//! have a real framework to show; demo content aligns to its goals by their SLO URIs.

use std::collections::HashMap;

use serde::Deserialize;

use crate::app::materials::RemixInput;
use crate::app::{accounts, case_studies, collections, curricula, materials, questions, Actor, App, AppError};
use crate::domain::account::{SignUp, SignUpInput};
use crate::domain::alignment::GoalRef;
use crate::domain::case_study::CaseStudyInput;
use crate::domain::collection::{CollectionInput, ItemInput};
use crate::domain::material::{Link, MaterialInput};
use crate::domain::vocab::Role;
use crate::store::settings;

const CONTENT: &str = include_str!("content.json");
const SLO_KERNDOELEN: &str = include_str!("slo-kerndoelen-2025-11.case.json");

/// Every demo account has this password, so people can try editing (printed in the README).
pub const DEMO_PASSWORD: &str = "deelwijs-demo";

#[derive(Debug, Deserialize)]
struct Content {
    users: Vec<DemoUser>,
    materials: Vec<DemoMaterial>,
    case_studies: Vec<DemoCaseStudy>,
    #[serde(default)]
    collections: Vec<DemoCollection>,
    #[serde(default)]
    questions: Vec<DemoQuestion>,
}

/// A help question, with answers from other demo accounts.
#[derive(Debug, Deserialize)]
struct DemoQuestion {
    author: String,
    question: crate::domain::question::QuestionInput,
    answers: Vec<DemoAnswer>,
}

#[derive(Debug, Deserialize)]
struct DemoAnswer {
    author: String,
    text: String,
}

/// A collection of demo materials, named by their keys.
#[derive(Debug, Deserialize)]
struct DemoCollection {
    author: String,
    title: String,
    introduction: String,
    language: String,
    license: String,
    education_levels: Vec<String>,
    subjects: Vec<String>,
    goals: Vec<GoalRef>,
    items: Vec<DemoItem>,
}

#[derive(Debug, Deserialize)]
struct DemoItem {
    material: String,
    note: String,
}

#[derive(Debug, Deserialize)]
struct DemoUser {
    username: String,
    display_name: String,
    email: String,
    role: String,
    #[serde(default)]
    #[allow(dead_code)]
    bio: String,
}

#[derive(Debug, Deserialize)]
struct DemoMaterial {
    key: String,
    author: String,
    title: String,
    summary: String,
    body: String,
    language: String,
    license: String,
    education_levels: Vec<String>,
    isced_level: Option<i32>,
    subjects: Vec<String>,
    resource_type: String,
    duration_minutes: Option<i32>,
    keywords: Vec<String>,
    authors: Vec<String>,
    #[serde(default)]
    links: Vec<Link>,
    status: String,
    remix_of: Option<String>,
    remix_license: Option<String>,
    /// The key of the material this one translates.
    #[serde(default)]
    translation_of: Option<String>,
    #[serde(default)]
    adaptation_notes: String,
    #[serde(default)]
    goals: Vec<GoalRef>,
}

#[derive(Debug, Deserialize)]
struct DemoCaseStudy {
    #[allow(dead_code)]
    key: String,
    author: String,
    title: String,
    summary: String,
    sector: String,
    school_type: String,
    school_size: String,
    challenge: String,
    approach: String,
    results: String,
    lessons: String,
    scaling: String,
    themes: Vec<String>,
    stage: String,
    erasmus_action: String,
    related_materials: Vec<String>,
    contact: Option<String>,
    language: String,
    license: String,
    #[serde(default)]
    goals: Vec<GoalRef>,
}

/// What was seeded.
#[derive(Debug, Clone, Copy)]
pub struct SeedReport {
    pub users: usize,
    pub materials: usize,
    pub case_studies: usize,
    pub collections: usize,
}

/// Imports the SLO kerndoelen unless this framework is here already: an operator may have
/// imported a newer release, which an older copy must not overwrite.
async fn import_kerndoelen(app: &App) -> anyhow::Result<()> {
    let package: serde_json::Value = serde_json::from_str(SLO_KERNDOELEN)?;
    let identifier = package["CFDocument"]["identifier"].as_str().unwrap_or_default();
    if curricula::frameworks(app).await?.iter().any(|f| f.row.identifier == identifier) {
        return Ok(());
    }
    curricula::import(app, None, package).await.map_err(|e| anyhow::anyhow!("demo curriculum: {e}"))?;
    Ok(())
}

/// Seeds the demo content unless it was seeded before; `None` when there was nothing to do.
pub async fn seed(app: &App) -> anyhow::Result<Option<SeedReport>> {
    let already = app.db.read(|conn| Ok(settings::get(conn, "demo_seeded")?)).await?;
    if already.is_some() {
        return Ok(None);
    }
    let content: Content = serde_json::from_str(CONTENT)?;
    import_kerndoelen(app).await?;
    let mut actors: HashMap<String, Actor> = HashMap::new();
    for user in &content.users {
        let role = Role::parse(&user.role).unwrap_or(Role::Member);
        let input = SignUpInput {
            username: user.username.clone(),
            email: user.email.clone(),
            display_name: user.display_name.clone(),
            password: DEMO_PASSWORD.to_owned(),
        };
        let sign_up = SignUp::parse(&input).map_err(|e| anyhow::anyhow!("demo user {}: {e:?}", user.username))?;
        let row = match accounts::create_account(app, sign_up, role).await {
            Ok(row) => row,
            // An account with this name exists already (e.g. made by hand): use it.
            Err(AppError::Validation(_)) => accounts::by_username(app, &user.username).await?,
            Err(other) => return Err(other.into()),
        };
        actors.insert(user.username.clone(), Actor::from_row(&row));
    }
    let actor = |name: &str| actors.get(name).cloned().ok_or_else(|| anyhow::anyhow!("demo content names unknown user {name}"));
    let mut ids: HashMap<String, String> = HashMap::new();
    for m in &content.materials {
        let author = actor(&m.author)?;
        let input = MaterialInput {
            title: Some(m.title.clone()),
            summary: Some(m.summary.clone()),
            body: Some(m.body.clone()),
            language: Some(m.language.clone()),
            license: Some(m.remix_license.clone().unwrap_or_else(|| m.license.clone())),
            education_levels: Some(m.education_levels.clone()),
            isced_level: m.isced_level,
            subjects: Some(m.subjects.clone()),
            resource_type: Some(m.resource_type.clone()),
            duration_minutes: m.duration_minutes,
            keywords: Some(m.keywords.clone()),
            authors: Some(m.authors.clone()),
            links: Some(m.links.clone()),
            status: Some(m.status.clone()),
            goals: Some(m.goals.clone()),
            translation_of: m
                .translation_of
                .as_ref()
                .map(|key| ids.get(key).cloned().ok_or_else(|| anyhow::anyhow!("{} translates unknown {key}", m.key)))
                .transpose()?,
            adaptation_notes: Some(m.adaptation_notes.clone()),
        };
        let created = match &m.remix_of {
            Some(source_key) => {
                let source_id = ids.get(source_key).ok_or_else(|| anyhow::anyhow!("{} remixes unknown {source_key}", m.key))?;
                let remix = RemixInput { license: m.remix_license.clone(), title: Some(m.title.clone()), status: Some("draft".to_owned()) };
                let remixed = materials::remix(app, &author, source_id, remix).await.map_err(|e| anyhow::anyhow!("demo remix {}: {e}", m.key))?;
                materials::update(app, &author, &remixed.id, input, "adapted the remix").await.map_err(|e| anyhow::anyhow!("demo material {}: {e:?}", m.key))?
            }
            None => materials::create(app, &author, input).await.map_err(|e| anyhow::anyhow!("demo material {}: {e:?}", m.key))?,
        };
        ids.insert(m.key.clone(), created.id);
    }
    for c in &content.case_studies {
        let author = actor(&c.author)?;
        let input = CaseStudyInput {
            title: Some(c.title.clone()),
            summary: Some(c.summary.clone()),
            sector: Some(c.sector.clone()),
            school_type: Some(c.school_type.clone()),
            school_size: Some(c.school_size.clone()),
            challenge: Some(c.challenge.clone()),
            approach: Some(c.approach.clone()),
            results: Some(c.results.clone()),
            lessons: Some(c.lessons.clone()),
            scaling: Some(c.scaling.clone()),
            themes: Some(c.themes.clone()),
            stage: Some(c.stage.clone()),
            erasmus_action: Some(c.erasmus_action.clone()),
            related_materials: Some(c.related_materials.iter().filter_map(|key| ids.get(key).cloned()).collect()),
            contact: c.contact.clone(),
            language: Some(c.language.clone()),
            license: Some(c.license.clone()),
            status: Some("published".to_owned()),
            goals: Some(c.goals.clone()),
        };
        case_studies::create(app, &author, input).await.map_err(|e| anyhow::anyhow!("demo case study {}: {e:?}", c.title))?;
    }
    for c in &content.collections {
        let author = actor(&c.author)?;
        let items = c
            .items
            .iter()
            .map(|item| {
                let id = ids.get(&item.material).ok_or_else(|| anyhow::anyhow!("collection {} lists unknown {}", c.title, item.material))?;
                Ok(ItemInput { material: id.clone(), note: Some(item.note.clone()) })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let input = CollectionInput {
            title: Some(c.title.clone()),
            introduction: Some(c.introduction.clone()),
            language: Some(c.language.clone()),
            license: Some(c.license.clone()),
            education_levels: Some(c.education_levels.clone()),
            subjects: Some(c.subjects.clone()),
            status: Some("published".to_owned()),
            goals: Some(c.goals.clone()),
            items: Some(items),
        };
        collections::create(app, &author, input).await.map_err(|e| anyhow::anyhow!("demo collection {}: {e:?}", c.title))?;
    }
    for q in &content.questions {
        let asked = questions::create(app, &actor(&q.author)?, q.question.clone()).await.map_err(|e| anyhow::anyhow!("demo question: {e:?}"))?;
        for a in &q.answers {
            questions::answer(app, &actor(&a.author)?, &asked.id, &a.text).await.map_err(|e| anyhow::anyhow!("demo answer: {e:?}"))?;
        }
    }
    app.db.write(|conn| Ok(settings::set(conn, "demo_seeded", "1")?)).await?;
    Ok(Some(SeedReport {
        users: content.users.len(),
        materials: content.materials.len(),
        case_studies: content.case_studies.len(),
        collections: content.collections.len(),
    }))
}
