//! `/api/v1/admin`: node settings and accounts, for administrators.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use super::json::timestamp;
use crate::app::node::{self, NodeInfo, NodeSettingsInput};
use crate::app::{accounts, App, AppError};
use crate::domain::authz::Action;
use crate::domain::validation::{FieldErrors, FieldProblem};
use crate::domain::vocab::{AccountStatus, Role};
use crate::http::auth::require_bearer;
use crate::http::error::ApiResult;

fn settings_json(info: &NodeInfo) -> Value {
    json!({ "name": info.name, "description": info.description, "registration_mode": info.registration_mode.as_str() })
}

pub async fn settings(app: web::Data<App>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    actor.require(Action::ConfigureNode, "")?;
    Ok(HttpResponse::Ok().json(settings_json(&node::info(&app).await?)))
}

pub async fn update_settings(app: web::Data<App>, req: HttpRequest, body: web::Json<NodeSettingsInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let info = node::update_settings(&app, &actor, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(settings_json(&info)))
}

#[derive(Debug, Deserialize)]
pub struct UsersQuery {
    status: Option<String>,
}

pub async fn users(app: web::Data<App>, req: HttpRequest, query: web::Query<UsersQuery>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let status = match query.status.as_deref() {
        None => None,
        Some(s) => Some(AccountStatus::parse(s).ok_or_else(|| AppError::bad_request("unknown_status", "status must be active, pending or suspended"))?),
    };
    let rows = accounts::list(&app, &actor, status).await?;
    let items: Vec<Value> = rows
        .iter()
        .map(|u| json!({ "id": u.id, "username": u.username, "display_name": u.display_name, "email": u.email, "role": u.role, "status": u.status, "created_at": timestamp(u.created_at) }))
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "total": items.len(), "items": items })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserChange {
    role: Option<String>,
    status: Option<String>,
}

pub async fn update_user(app: web::Data<App>, req: HttpRequest, id: web::Path<String>, body: web::Json<UserChange>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let mut errors = FieldErrors::default();
    let role = body.role.as_deref().map(|r| Role::parse(r).ok_or(()));
    let status = body.status.as_deref().map(|s| AccountStatus::parse(s).ok_or(()));
    if matches!(role, Some(Err(()))) {
        errors.add("role", FieldProblem::UnknownValue);
    }
    if matches!(status, Some(Err(()))) {
        errors.add("status", FieldProblem::UnknownValue);
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors).into());
    }
    accounts::administer(&app, &actor, &id, status.and_then(Result::ok), role.and_then(Result::ok)).await?;
    Ok(HttpResponse::NoContent().finish())
}
