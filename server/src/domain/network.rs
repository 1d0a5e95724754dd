//! Innovation networks: the input that creates one, how people join, and who may do what in it.

use serde::Deserialize;

use super::account::is_valid_username;
use super::validation::{optional_text, required_text, FieldErrors, FieldProblem};

/// How people become members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum JoinMode {
    /// Anyone may join.
    Open,
    /// A moderator accepts each request.
    Approval,
}

impl JoinMode {
    pub fn as_str(self) -> &'static str {
        match self {
            JoinMode::Open => "open",
            JoinMode::Approval => "approval",
        }
    }

    pub fn parse(text: &str) -> Option<JoinMode> {
        match text {
            "open" => Some(JoinMode::Open),
            "approval" => Some(JoinMode::Approval),
            _ => None,
        }
    }
}

/// A member's part in a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum MemberRole {
    Moderator,
    Member,
}

impl MemberRole {
    pub fn as_str(self) -> &'static str {
        match self {
            MemberRole::Moderator => "moderator",
            MemberRole::Member => "member",
        }
    }

    pub fn parse(text: &str) -> Option<MemberRole> {
        match text {
            "moderator" => Some(MemberRole::Moderator),
            "member" => Some(MemberRole::Member),
            _ => None,
        }
    }
}

/// Membership states: a request waits for a moderator.
pub const MEMBER: &str = "member";
pub const REQUESTED: &str = "requested";

/// A new network as a form or the API sends it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NetworkInput {
    /// The handle: `@name@host`.
    pub name: Option<String>,
    pub title: Option<String>,
    pub summary: Option<String>,
    /// `open` (default): anyone joins; `approval`: a moderator accepts each request.
    #[schema(value_type = Option<JoinMode>)]
    pub join_mode: Option<String>,
}

/// A validated network: `name` is its handle (`@name@host`), so it follows the username rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkFields {
    pub name: String,
    pub title: String,
    pub summary: String,
    pub join_mode: JoinMode,
}

impl NetworkFields {
    pub fn parse(input: &NetworkInput) -> Result<NetworkFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = input.name.as_deref().unwrap_or_default().trim().to_ascii_lowercase();
        if name.is_empty() {
            errors.add("name", FieldProblem::Required);
        } else if !is_valid_username(&name) {
            errors.add("name", FieldProblem::InvalidFormat);
        }
        let title = required_text(&mut errors, "title", input.title.as_deref(), 200);
        let summary = optional_text(&mut errors, "summary", input.summary.as_deref(), 2_000);
        let join_mode = match input.join_mode.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
            None => JoinMode::Open,
            Some(text) => JoinMode::parse(text).unwrap_or_else(|| {
                errors.add("join_mode", FieldProblem::UnknownValue);
                JoinMode::Open
            }),
        };
        errors.into_result(NetworkFields { name, title, summary, join_mode })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_handles_and_modes_are_known() {
        let ok = NetworkInput { name: Some(" Digitale-Geletterdheid ".into()), title: Some("Digitale geletterdheid".into()), ..Default::default() };
        let fields = NetworkFields::parse(&ok).unwrap();
        assert_eq!(fields.name, "digitale-geletterdheid");
        assert_eq!(fields.join_mode, JoinMode::Open);

        let bad = NetworkInput { name: Some("no spaces".into()), title: None, join_mode: Some("secret".into()), ..Default::default() };
        let errors = NetworkFields::parse(&bad).unwrap_err();
        assert_eq!(errors.get("name"), Some(FieldProblem::InvalidFormat));
        assert_eq!(errors.get("title"), Some(FieldProblem::Required));
        assert_eq!(errors.get("join_mode"), Some(FieldProblem::UnknownValue));
    }
}
