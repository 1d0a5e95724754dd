//! Node-wide settings an administrator configures: name, description, registration mode.

use super::{Actor, App, AppError, AppResult};
use crate::domain::authz::Action;
use crate::domain::validation::{FieldErrors, FieldProblem};
use crate::domain::vocab::RegistrationMode;
use crate::store::{case_studies, materials, settings};

pub const DEFAULT_NAME: &str = "Deelwijs";
pub const DEFAULT_DESCRIPTION: &str = "Open leermiddelen en praktijkvoorbeelden, gedeeld zonder centrale hub.";

/// The node's public description.
#[derive(Debug, Clone)]
pub struct NodeInfo {
    pub name: String,
    pub description: String,
    pub registration_mode: RegistrationMode,
    pub materials: i64,
    pub case_studies: i64,
}

/// What an administrator may change.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct NodeSettingsInput {
    pub name: Option<String>,
    pub description: Option<String>,
    #[schema(value_type = Option<RegistrationMode>)]
    pub registration_mode: Option<String>,
}

pub async fn info(app: &App) -> AppResult<NodeInfo> {
    app.db
        .read(|conn| {
            let name = settings::get(conn, "node_name")?.unwrap_or_else(|| DEFAULT_NAME.to_owned());
            let description = settings::get(conn, "node_description")?.unwrap_or_else(|| DEFAULT_DESCRIPTION.to_owned());
            let registration_mode = settings::get(conn, "registration_mode")?.and_then(|m| RegistrationMode::parse(&m)).unwrap_or(RegistrationMode::Open);
            Ok(NodeInfo { name, description, registration_mode, materials: materials::count_public(conn)?, case_studies: case_studies::count_public(conn)? })
        })
        .await
}

/// Just the node's name, for every page's header (no counting).
pub async fn name(app: &App) -> AppResult<String> {
    app.db.read(|conn| Ok(settings::get(conn, "node_name")?.unwrap_or_else(|| DEFAULT_NAME.to_owned()))).await
}

pub async fn update_settings(app: &App, actor: &Actor, input: NodeSettingsInput) -> AppResult<NodeInfo> {
    actor.require(Action::ConfigureNode, "")?;
    let mut errors = FieldErrors::default();
    let name = input.name.as_deref().map(str::trim);
    if name.is_some_and(|n| n.is_empty()) {
        errors.add("name", FieldProblem::Required);
    } else if name.is_some_and(|n| n.chars().count() > 100) {
        errors.add("name", FieldProblem::TooLong);
    }
    let description = input.description.as_deref().map(str::trim);
    if description.is_some_and(|d| d.len() > 2_000) {
        errors.add("description", FieldProblem::TooLong);
    }
    let mode = match input.registration_mode.as_deref() {
        None => None,
        Some(id) => {
            let parsed = RegistrationMode::parse(id.trim());
            if parsed.is_none() {
                errors.add("registration_mode", FieldProblem::UnknownValue);
            }
            parsed
        }
    };
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let (name, description) = (name.map(str::to_owned), description.map(str::to_owned));
    app.db
        .write(move |conn| {
            if let Some(name) = &name {
                settings::set(conn, "node_name", name)?;
            }
            if let Some(description) = &description {
                settings::set(conn, "node_description", description)?;
            }
            if let Some(mode) = mode {
                settings::set(conn, "registration_mode", mode.as_str())?;
            }
            Ok(())
        })
        .await?;
    info(app).await
}
