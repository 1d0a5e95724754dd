//! Alignment of content to curriculum goals, by the goal's framework URI.

use serde::{Deserialize, Serialize};

use super::validation::{is_web_url, FieldErrors, FieldProblem};
use super::vocab::AlignmentType;

/// A goal as given in input: its URI and, optionally, how the content relates to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalRef {
    pub uri: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alignment_type: Option<String>,
}

/// A validated alignment. Whether the goal exists is checked against the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alignment {
    pub uri: String,
    pub alignment_type: AlignmentType,
}

impl Alignment {
    pub fn to_ref(&self) -> GoalRef {
        GoalRef { uri: self.uri.clone(), alignment_type: Some(self.alignment_type.as_str().to_owned()) }
    }
}

pub const MAX_GOALS: usize = 50;

/// Checks the shape of goal references: well-formed URIs, known alignment types (default
/// `teaches`), no duplicates, a bounded count.
pub fn parse_goals(errors: &mut FieldErrors, refs: &[GoalRef]) -> Vec<Alignment> {
    if refs.len() > MAX_GOALS {
        errors.add("goals", FieldProblem::TooMany);
    }
    let mut parsed: Vec<Alignment> = Vec::new();
    for goal in refs {
        let uri = goal.uri.trim();
        if !is_web_url(uri) {
            errors.add("goals", FieldProblem::InvalidUrl);
            continue;
        }
        let alignment_type = match goal.alignment_type.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            None => AlignmentType::Teaches,
            Some(t) => match AlignmentType::parse(t) {
                Some(t) => t,
                None => {
                    errors.add("goals", FieldProblem::UnknownValue);
                    continue;
                }
            },
        };
        if !parsed.iter().any(|a| a.uri == uri) {
            parsed.push(Alignment { uri: uri.to_owned(), alignment_type });
        }
    }
    parsed
}
