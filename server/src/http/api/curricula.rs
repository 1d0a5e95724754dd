//! `/api/v1/curricula` and `/api/v1/goals`: frameworks, their goals, and import (administrators).

use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use super::PageQuery;
use crate::app::{curricula, suggestions, App, AppError};
use crate::domain::alignment::Alignment;
use crate::domain::validation::{vocabulary_list, FieldErrors};
use crate::domain::vocab::{EducationLevel, Subject};
use crate::http::auth::{bearer_actor, require_bearer};
use crate::http::error::ApiResult;
use crate::store::models::{FrameworkRow, GoalRow};

fn framework_json(app: &App, row: &FrameworkRow, goal_count: Option<i64>) -> Value {
    json!({
        "id": row.id, "identifier": row.identifier, "uri": row.uri, "title": row.title, "creator": row.creator,
        "publisher": row.publisher, "description": row.description, "language": row.language, "version": row.version,
        "adoption_status": row.adoption_status, "last_change": row.last_change, "goal_count": goal_count,
        // Set for a framework learned from other nodes' content (foreign goals): the node that described it.
        "origin": row.origin,
        "url": format!("{}/api/v1/curricula/{}", app.config.public_url, row.id),
    })
}

pub fn goal_json(app: &App, goal: &GoalRow) -> Value {
    json!({
        "id": goal.id, "identifier": goal.identifier, "uri": goal.uri, "human_coding_scheme": goal.human_coding_scheme,
        "full_statement": goal.full_statement, "abbreviated_statement": goal.abbreviated_statement, "item_type": goal.item_type,
        "education_levels": curricula::education_levels(goal), "language": goal.language, "retired": goal.retired,
        "foreign": crate::app::foreign_goals::is_foreign(goal),
        "url": format!("{}/api/v1/goals/{}", app.config.public_url, goal.id),
    })
}

pub async fn list(app: web::Data<App>) -> ApiResult<HttpResponse> {
    let frameworks = curricula::frameworks(&app).await?;
    let items: Vec<Value> = frameworks.iter().map(|f| framework_json(&app, &f.row, Some(f.goal_count))).collect();
    Ok(HttpResponse::Ok().json(json!({ "total": items.len(), "items": items })))
}

/// `POST /api/v1/curricula` with a CASE CFPackage as the body (administrators only).
pub async fn import(app: web::Data<App>, req: HttpRequest, body: web::Json<Value>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let report = curricula::import(&app, Some(&actor), body.into_inner()).await?;
    Ok(HttpResponse::Created().json(report))
}

pub async fn goals(app: web::Data<App>, id: web::Path<String>, query: web::Query<PageQuery>) -> ApiResult<HttpResponse> {
    let page = query.page();
    let (framework, total, goals) = curricula::goals(&app, &id, page).await?;
    let items: Vec<Value> = goals
        .iter()
        .map(|(goal, parents)| {
            let mut value = goal_json(&app, goal);
            value["parent_ids"] = json!(parents);
            value
        })
        .collect();
    Ok(HttpResponse::Ok().json(
        json!({ "framework": framework_json(&app, &framework, Some(total)), "total": total, "page": page.page, "per_page": page.per_page, "items": items }),
    ))
}

/// A piece of content in a goal's lists: enough to link to it and see why it is there.
fn aligned_json(id: &str, url: &str, title: &str, goals: &[Alignment]) -> Value {
    json!({ "id": id, "url": url, "title": title, "goals": goals.iter().map(|g| &g.uri).collect::<Vec<_>>() })
}

/// `GET /api/v1/goals/{id or url-encoded uri}`.
pub async fn goal(app: web::Data<App>, req: HttpRequest, key: web::Path<String>) -> ApiResult<HttpResponse> {
    // Only to refuse a bad token loudly; goals are public.
    bearer_actor(&app, &req).await?;
    let detail = curricula::goal(&app, &key).await?;
    let list = |goals: &[GoalRow]| goals.iter().map(|g| goal_json(&app, g)).collect::<Vec<_>>();
    let mut body = goal_json(&app, &detail.goal);
    body["framework"] = framework_json(&app, &detail.framework, None);
    body["parents"] = json!(list(&detail.parents));
    body["children"] = json!(list(&detail.children));
    body["replaced_by"] = json!(list(&detail.replaced_by));
    body["replaces"] = json!(list(&detail.replaces));
    let materials: Vec<Value> = detail.materials.iter().map(|m| aligned_json(&m.id, &m.url, &m.fields.title, &m.fields.goals)).collect();
    body["materials"] = json!({ "total": materials.len(), "items": materials });
    let case_studies: Vec<Value> = detail.case_studies.iter().map(|c| aligned_json(&c.id, &c.url, &c.fields.title, &c.fields.goals)).collect();
    body["case_studies"] = json!({ "total": case_studies.len(), "items": case_studies });
    Ok(HttpResponse::Ok().json(body))
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuggestRequest {
    text: String,
    /// Accepted for clients that know it; the text is analyzed in every supported language.
    #[serde(default, rename = "language")]
    _language: Option<String>,
    /// Only goals written for these levels (or for any level) are suggested.
    #[serde(default)]
    education_levels: Vec<String>,
    /// Goals under subject areas of these names rank higher.
    #[serde(default)]
    subjects: Vec<String>,
    #[serde(default)]
    limit: Option<usize>,
}

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
    let items: Vec<Value> = ranked
        .iter()
        .map(|(goal, score)| {
            let mut value = goal_json(&app, goal);
            value["score"] = json!(score);
            value
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "total": items.len(), "items": items })))
}
