//! `/api/v1/curricula` and `/api/v1/goals`: frameworks, their goals, and import (administrators).

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use super::json::list_of;
use super::PageQuery;
use crate::app::curricula::ImportReport;
use crate::app::{curricula, suggestions, App, AppError};
use crate::domain::alignment::Alignment;
use crate::domain::validation::{vocabulary_list, FieldErrors};
use crate::domain::vocab::{EducationLevel, Subject};
use crate::http::auth::{bearer_actor, require_bearer};
use crate::http::error::ApiResult;
use crate::store::models::{FrameworkRow, GoalRow};

/// A curriculum framework (an IMS CASE CFDocument) held here.
#[derive(Serialize, ToSchema)]
#[schema(as = Framework)]
pub struct FrameworkBody {
    id: String,
    /// The CASE identifier it was imported with.
    identifier: String,
    uri: String,
    title: String,
    creator: String,
    publisher: String,
    description: String,
    language: String,
    version: String,
    adoption_status: String,
    last_change: String,
    /// Its current goals (absent where not counted).
    #[serde(skip_serializing_if = "Option::is_none")]
    goal_count: Option<i64>,
    /// Set for a framework learned from other nodes' content (foreign goals): the node that described it.
    origin: Option<String>,
    url: String,
}

impl FrameworkBody {
    fn new(app: &App, row: &FrameworkRow, goal_count: Option<i64>) -> FrameworkBody {
        FrameworkBody {
            id: row.id.clone(),
            identifier: row.identifier.clone(),
            uri: row.uri.clone(),
            title: row.title.clone(),
            creator: row.creator.clone(),
            publisher: row.publisher.clone(),
            description: row.description.clone(),
            language: row.language.clone(),
            version: row.version.clone(),
            adoption_status: row.adoption_status.clone(),
            last_change: row.last_change.clone(),
            goal_count,
            origin: row.origin.clone(),
            url: format!("{}/api/v1/curricula/{}", app.config.public_url, row.id),
        }
    }
}

/// A learning goal (an IMS CASE CFItem).
#[derive(Serialize, ToSchema)]
#[schema(as = Goal)]
pub struct GoalBody {
    id: String,
    identifier: String,
    /// What content aligns to (`goals[].uri`).
    uri: String,
    human_coding_scheme: String,
    full_statement: String,
    abbreviated_statement: String,
    item_type: String,
    education_levels: Vec<String>,
    language: String,
    /// Replaced or withdrawn in a later version of its framework.
    retired: bool,
    /// Learned from other nodes' content, not imported here.
    foreign: bool,
    url: String,
    /// Its parents' ids (only in a framework's list of goals).
    #[serde(skip_serializing_if = "Option::is_none")]
    parent_ids: Option<Vec<String>>,
    /// How well it matches the text (only in suggestions).
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f32>,
}

impl GoalBody {
    pub fn new(app: &App, goal: &GoalRow) -> GoalBody {
        GoalBody {
            id: goal.id.clone(),
            identifier: goal.identifier.clone(),
            uri: goal.uri.clone(),
            human_coding_scheme: goal.human_coding_scheme.clone(),
            full_statement: goal.full_statement.clone(),
            abbreviated_statement: goal.abbreviated_statement.clone(),
            item_type: goal.item_type.clone(),
            education_levels: curricula::education_levels(goal),
            language: goal.language.clone(),
            retired: goal.retired,
            foreign: crate::app::foreign_goals::is_foreign(goal),
            url: format!("{}/api/v1/goals/{}", app.config.public_url, goal.id),
            parent_ids: None,
            score: None,
        }
    }
}

list_of!(
    /// The frameworks held here.
    FrameworkList,
    FrameworkBody
);

list_of!(
    /// Goals, best match first.
    GoalList,
    GoalBody
);

/// A page of a framework's goals, in the framework's order.
#[derive(Serialize, ToSchema)]
pub struct GoalPage {
    framework: FrameworkBody,
    total: i64,
    page: i64,
    per_page: i64,
    items: Vec<GoalBody>,
}

/// A piece of content in a goal's lists: enough to link to it and see why it is there.
#[derive(Serialize, ToSchema)]
pub struct Aligned {
    id: String,
    url: String,
    title: String,
    /// The goals it is aligned to.
    goals: Vec<String>,
}

impl Aligned {
    fn new(id: &str, url: &str, title: &str, goals: &[Alignment]) -> Aligned {
        Aligned { id: id.to_owned(), url: url.to_owned(), title: title.to_owned(), goals: goals.iter().map(|g| g.uri.clone()).collect() }
    }
}

list_of!(
    /// Content aligned to a goal (or to a goal below it, or one it replaced or matches).
    AlignedList,
    Aligned
);

/// A goal with its framework, its place in the tree, what replaced it, and what is aligned to it.
#[derive(Serialize, ToSchema)]
pub struct GoalDetail {
    #[serde(flatten)]
    goal: GoalBody,
    framework: FrameworkBody,
    parents: Vec<GoalBody>,
    children: Vec<GoalBody>,
    replaced_by: Vec<GoalBody>,
    replaces: Vec<GoalBody>,
    materials: AlignedList,
    case_studies: AlignedList,
}

#[utoipa::path(get, path = "/curricula", tag = "curricula", responses((status = 200, description = "The frameworks held here.", body = FrameworkList)))]
pub async fn list(app: web::Data<App>) -> ApiResult<HttpResponse> {
    let frameworks = curricula::frameworks(&app).await?;
    let items: Vec<FrameworkBody> = frameworks.iter().map(|f| FrameworkBody::new(&app, &f.row, Some(f.goal_count))).collect();
    Ok(HttpResponse::Ok().json(FrameworkList::from(items)))
}

#[utoipa::path(post, path = "/curricula", tag = "curricula", security(("bearer" = [])),
    request_body(content = Object, description = "An IMS CASE 1.0 CFPackage (JSON), as `GET /ims/case/v1p0/CFPackages/{id}` serves one."),
    responses((status = 201, description = "Imported or updated (administrators); goals no longer in the package are retired, never deleted.", body = ImportReport)))]
/// `POST /api/v1/curricula` with a CASE CFPackage as the body (administrators only).
pub async fn import(app: web::Data<App>, req: HttpRequest, body: web::Json<Value>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let report = curricula::import(&app, Some(&actor), body.into_inner()).await?;
    Ok(HttpResponse::Created().json(report))
}

#[utoipa::path(get, path = "/curricula/{id}/goals", tag = "curricula", params(("id" = String, Path, description = "The framework's id"), PageQuery),
    responses((status = 200, description = "The framework's goals, in its order, with their parents.", body = GoalPage)))]
pub async fn goals(app: web::Data<App>, id: web::Path<String>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let page = query.page();
    let (framework, total, goals) = curricula::goals(&app, &id, page).await?;
    let items: Vec<GoalBody> = goals.into_iter().map(|(goal, parents)| GoalBody { parent_ids: Some(parents), ..GoalBody::new(&app, &goal) }).collect();
    let framework = FrameworkBody::new(&app, &framework, Some(total));
    Ok(HttpResponse::Ok().json(GoalPage { framework, total, page: page.page, per_page: page.per_page, items }))
}

#[utoipa::path(get, path = "/goals/{key}", tag = "curricula", params(("key" = String, Path, description = "The goal's id here, or its URI (URL-encoded)")),
    security((), ("bearer" = [])), responses((status = 200, description = "The goal, its place in the framework, and what is aligned to it.", body = GoalDetail)))]
/// `GET /api/v1/goals/{id or url-encoded uri}`.
pub async fn goal(app: web::Data<App>, req: HttpRequest, key: web::Path<String>) -> ApiResult<HttpResponse> {
    // Only to refuse a bad token loudly; goals are public.
    bearer_actor(&app, &req).await?;
    let detail = curricula::goal(&app, &key).await?;
    let list = |goals: &[GoalRow]| goals.iter().map(|g| GoalBody::new(&app, g)).collect::<Vec<_>>();
    let materials: Vec<Aligned> = detail.materials.iter().map(|m| Aligned::new(&m.id, &m.url, &m.fields.title, &m.fields.goals)).collect();
    let case_studies: Vec<Aligned> = detail.case_studies.iter().map(|c| Aligned::new(&c.id, &c.url, &c.fields.title, &c.fields.goals)).collect();
    Ok(HttpResponse::Ok().json(GoalDetail {
        goal: GoalBody::new(&app, &detail.goal),
        framework: FrameworkBody::new(&app, &detail.framework, None),
        parents: list(&detail.parents),
        children: list(&detail.children),
        replaced_by: list(&detail.replaced_by),
        replaces: list(&detail.replaces),
        materials: materials.into(),
        case_studies: case_studies.into(),
    }))
}

#[derive(Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SuggestRequest {
    /// What the content is about (a title, a summary, a lesson text).
    text: String,
    /// Accepted for clients that know it; the text is analyzed in every supported language.
    #[serde(default, rename = "language")]
    _language: Option<String>,
    /// Only goals written for these levels (or for any level) are suggested.
    #[serde(default)]
    #[schema(value_type = Vec<EducationLevel>)]
    education_levels: Vec<String>,
    /// Goals under subject areas of these names rank higher.
    #[serde(default)]
    #[schema(value_type = Vec<Subject>)]
    subjects: Vec<String>,
    /// How many (default 10).
    #[serde(default)]
    #[schema(minimum = 1, maximum = 100)]
    limit: Option<usize>,
}

#[utoipa::path(post, path = "/goals/suggest", tag = "curricula", request_body = SuggestRequest,
    responses((status = 200, description = "Current goals ranked by how well they match the text.", body = GoalList)))]
/// `POST /api/v1/goals/suggest {text, education_levels?, subjects?, limit?}`: current goals
/// ranked by how well they match the text, for the given levels.
pub async fn suggest(app: web::Data<App>, body: web::Json<SuggestRequest>) -> ApiResult<HttpResponse> {
    let body = body.into_inner();
    let mut errors = FieldErrors::default();
    let levels = vocabulary_list(&mut errors, "education_levels", &body.education_levels, EducationLevel::parse, false);
    let subjects = vocabulary_list(&mut errors, "subjects", &body.subjects, Subject::parse, false);
    errors.into_result(()).map_err(AppError::Validation)?;
    let draft = suggestions::SuggestFor { text: body.text, levels, subjects, limit: body.limit.unwrap_or(10) };
    let ranked = suggestions::suggest(&app, draft).await?;
    let items: Vec<GoalBody> = ranked.iter().map(|(goal, score)| GoalBody { score: Some(*score), ..GoalBody::new(&app, goal) }).collect();
    Ok(HttpResponse::Ok().json(GoalList::from(items)))
}
