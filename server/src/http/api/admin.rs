//! `/api/v1/admin`: node settings and accounts, for administrators.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::json::{list_of, timestamp};
use crate::app::node::{self, NodeInfo, NodeSettingsInput};
use crate::app::{accounts, App, AppError};
use crate::domain::authz::Action;
use crate::domain::validation::{FieldErrors, FieldProblem};
use crate::domain::vocab::{AccountStatus, RegistrationMode, Role};
use crate::http::auth::require_bearer;
use crate::http::error::ApiResult;

/// What an administrator may change about the node.
#[derive(Serialize, ToSchema)]
pub struct NodeSettings {
    name: String,
    description: String,
    registration_mode: RegistrationMode,
}

fn settings_json(info: NodeInfo) -> NodeSettings {
    NodeSettings { name: info.name, description: info.description, registration_mode: info.registration_mode }
}

/// An account, as administrators see it.
#[derive(Serialize, ToSchema)]
pub struct Account {
    id: String,
    username: String,
    display_name: String,
    email: String,
    #[schema(value_type = Role)]
    role: String,
    #[schema(value_type = AccountStatus)]
    status: String,
    #[schema(format = DateTime)]
    created_at: String,
}

list_of!(
    /// Accounts.
    AccountList,
    Account
);

#[utoipa::path(get, path = "/admin/settings", tag = "admin", security(("bearer" = [])),
    responses((status = 200, description = "The node's settings (administrators).", body = NodeSettings)))]
pub async fn settings(app: web::Data<App>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    actor.require(Action::ConfigureNode, "")?;
    Ok(HttpResponse::Ok().json(settings_json(node::info(&app).await?)))
}

#[utoipa::path(patch, path = "/admin/settings", tag = "admin", request_body = NodeSettingsInput, security(("bearer" = [])),
    responses((status = 200, description = "The settings as stored (administrators).", body = NodeSettings)))]
pub async fn update_settings(app: web::Data<App>, req: HttpRequest, body: web::Json<NodeSettingsInput>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let info = node::update_settings(&app, &actor, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(settings_json(info)))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UsersQuery {
    /// Only accounts in this state.
    #[param(value_type = Option<AccountStatus>)]
    status: Option<String>,
}

#[utoipa::path(get, path = "/admin/users", tag = "admin", params(UsersQuery), security(("bearer" = [])),
    responses((status = 200, description = "Accounts (administrators).", body = AccountList)))]
pub async fn users(app: web::Data<App>, req: HttpRequest, query: web::Query<UsersQuery>) -> ApiResult<HttpResponse> {
    let actor = require_bearer(&app, &req).await?;
    let status = match query.status.as_deref() {
        None => None,
        Some(s) => Some(AccountStatus::parse(s).ok_or_else(|| AppError::bad_request("unknown_status", "status must be active, pending or suspended"))?),
    };
    let rows = accounts::list(&app, &actor, status).await?;
    let items: Vec<Account> = rows
        .into_iter()
        .map(|u| Account {
            id: u.id,
            username: u.username,
            display_name: u.display_name,
            email: u.email,
            role: u.role,
            status: u.status,
            created_at: timestamp(u.created_at),
        })
        .collect();
    Ok(HttpResponse::Ok().json(AccountList::from(items)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserChange {
    #[schema(value_type = Option<Role>)]
    role: Option<String>,
    #[schema(value_type = Option<AccountStatus>)]
    status: Option<String>,
}

#[utoipa::path(patch, path = "/admin/users/{id}", tag = "admin", params(("id" = String, Path, description = "The account's id")), request_body = UserChange,
    security(("bearer" = [])), responses((status = 204, description = "Role or status changed (administrators; not their own).")))]
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
