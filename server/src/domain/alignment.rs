//! Alignment of content to curriculum goals, by the goal's framework URI.

use serde::{Deserialize, Serialize};

use super::validation::{is_web_url, FieldErrors, FieldProblem};
use super::vocab::AlignmentType;

/// A goal as given in input: its URI and, optionally, how the content relates to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GoalRef {
    /// The goal's URI (as in `GET /api/v1/curricula/{id}/goals`).
    pub uri: String,
    /// `teaches` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<AlignmentType>)]
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

/// The references another server sent that `parse_goals` accepts (web URIs, known alignment
/// types), at most `MAX_GOALS`: remote content is not refused for one odd alignment.
pub fn usable(refs: &[GoalRef]) -> Vec<GoalRef> {
    refs.iter()
        .filter(|g| is_web_url(g.uri.trim()))
        .filter(|g| match g.alignment_type.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            None => true,
            Some(t) => AlignmentType::parse(t).is_some(),
        })
        .take(MAX_GOALS)
        .cloned()
        .collect()
}

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

/// A goal as the content that aligns to it describes it (an LRMI `AlignmentObject` from
/// another node): what a node that never imported the goal's framework keeps of it, so the
/// goal can be shown, searched and filtered on like its own.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DescribedGoal {
    pub uri: String,
    /// The framework's code for the goal (CASE `humanCodingScheme`), if any.
    pub code: String,
    /// A short statement.
    pub name: String,
    /// The full statement.
    pub description: String,
    /// The framework's title.
    pub framework: String,
    /// The framework's URI, if given.
    pub framework_uri: String,
}

/// Bounds on what another node may tell us about a goal (characters).
const MAX_CODE: usize = 64;
const MAX_NAME: usize = 500;
const MAX_DESCRIPTION: usize = 4_000;
const MAX_FRAMEWORK: usize = 300;
const MAX_URI: usize = 2_000;

impl DescribedGoal {
    /// Keeps a description within bounds, without control characters; `None` when its URI
    /// (or a given framework URI) is not a web URL.
    pub fn cleaned(self) -> Option<DescribedGoal> {
        let uri = self.uri.trim();
        if uri.len() > MAX_URI || !is_web_url(uri) {
            return None;
        }
        let framework_uri = self.framework_uri.trim();
        let framework_uri = if framework_uri.len() <= MAX_URI && is_web_url(framework_uri) { framework_uri.to_owned() } else { String::new() };
        let clip = |text: &str, max: usize| -> String {
            let single: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
            let joined = single.split_whitespace().collect::<Vec<_>>().join(" ");
            joined.chars().take(max).collect()
        };
        let description = clip(&self.description, MAX_DESCRIPTION);
        let mut name = clip(&self.name, MAX_NAME);
        if name.is_empty() {
            name = description.chars().take(MAX_NAME).collect();
        }
        Some(DescribedGoal {
            uri: uri.to_owned(),
            code: clip(&self.code, MAX_CODE),
            name,
            description,
            framework: clip(&self.framework, MAX_FRAMEWORK),
            framework_uri,
        })
    }

    /// The statement to show: the full one, else the short one, else the URI itself.
    pub fn statement(&self) -> &str {
        [&self.description, &self.name].into_iter().find(|s| !s.is_empty()).map_or(self.uri.as_str(), String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_is_bounded_and_needs_a_web_uri() {
        let long = DescribedGoal {
            uri: " https://curricula.example.be/goal/1 ".into(),
            code: "WIS\n1.2".into(),
            name: String::new(),
            description: "x".repeat(10_000),
            framework: "Leerplan\u{0}".into(),
            framework_uri: "javascript:alert(1)".into(),
        }
        .cleaned()
        .unwrap();
        assert_eq!(long.uri, "https://curricula.example.be/goal/1");
        assert_eq!(long.code, "WIS 1.2");
        assert_eq!(long.description.chars().count(), MAX_DESCRIPTION);
        assert_eq!(long.name.chars().count(), MAX_NAME);
        assert_eq!(long.framework, "Leerplan");
        assert_eq!(long.framework_uri, "");
        assert!(DescribedGoal { uri: "urn:x:1".into(), ..Default::default() }.cleaned().is_none());
        let bare = DescribedGoal { uri: "https://x.example/g".into(), ..Default::default() }.cleaned().unwrap();
        assert_eq!(bare.statement(), "https://x.example/g");
    }
}
