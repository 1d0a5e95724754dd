//! An innovation case study (praktijkvoorbeeld): what a school tried, what it found, and how it scaled.

use serde::{Deserialize, Serialize};

use super::alignment::{self, Alignment, GoalRef};
use super::language::LanguageTag;
use super::license::License;
use super::material::{parse_language, parse_license, parse_status, DEFAULT_LICENSE};
use super::validation::{self, FieldErrors, FieldProblem};
use super::vocab::{EducationLevel, ErasmusAction, Stage, Status, Theme};
use super::Limits;

/// Case-study fields as they arrive, unchecked; also the version snapshot format.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct CaseStudyInput {
    pub title: Option<String>,
    pub summary: Option<String>,
    #[schema(value_type = Option<EducationLevel>)]
    pub sector: Option<String>,
    pub school_type: Option<String>,
    pub school_size: Option<String>,
    pub challenge: Option<String>,
    pub approach: Option<String>,
    pub results: Option<String>,
    pub lessons: Option<String>,
    pub scaling: Option<String>,
    #[schema(value_type = Option<Vec<Theme>>)]
    pub themes: Option<Vec<String>>,
    #[schema(value_type = Option<Stage>)]
    pub stage: Option<String>,
    #[schema(value_type = Option<ErasmusAction>)]
    pub erasmus_action: Option<String>,
    pub related_materials: Option<Vec<String>>,
    pub contact: Option<String>,
    /// BCP 47 language tag (default `nl`).
    #[schema(example = "nl")]
    pub language: Option<String>,
    #[schema(value_type = Option<License>)]
    pub license: Option<String>,
    #[schema(value_type = Option<Status>)]
    pub status: Option<String>,
    /// Curriculum goals by URI (see `MaterialInput::goals`).
    pub goals: Option<Vec<GoalRef>>,
}

impl CaseStudyInput {
    /// Fields present in `patch` replace those in `self` (PATCH semantics).
    pub fn merge(mut self, patch: CaseStudyInput) -> CaseStudyInput {
        macro_rules! take {
            ($($field:ident),*) => { $(if patch.$field.is_some() { self.$field = patch.$field; })* };
        }
        take!(
            title,
            summary,
            sector,
            school_type,
            school_size,
            challenge,
            approach,
            results,
            lessons,
            scaling,
            themes,
            stage,
            erasmus_action,
            related_materials,
            contact,
            language,
            license,
            status,
            goals
        );
        self
    }
}

/// The narrative sections of a case study, each Markdown.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Narrative {
    pub challenge: String,
    pub approach: String,
    pub results: String,
    pub lessons: String,
    pub scaling: String,
}

/// Validated case-study content.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseStudyFields {
    pub title: String,
    pub summary: String,
    pub sector: EducationLevel,
    pub school_type: String,
    pub school_size: String,
    pub narrative: Narrative,
    pub themes: Vec<Theme>,
    pub stage: Stage,
    pub erasmus_action: ErasmusAction,
    pub related_materials: Vec<String>,
    pub contact: Option<String>,
    pub language: LanguageTag,
    pub license: License,
    pub status: Status,
    pub goals: Vec<Alignment>,
}

impl CaseStudyFields {
    pub fn parse(input: &CaseStudyInput, limits: &Limits) -> Result<CaseStudyFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = validation::required_text(&mut errors, "title", input.title.as_deref(), 300);
        let summary = validation::optional_text(&mut errors, "summary", input.summary.as_deref(), 4_000);
        let sector = parse_required_vocab(&mut errors, "sector", input.sector.as_deref(), EducationLevel::parse).unwrap_or(EducationLevel::Po);
        let school_type = validation::optional_text(&mut errors, "school_type", input.school_type.as_deref(), 200);
        let school_size = validation::optional_text(&mut errors, "school_size", input.school_size.as_deref(), 200);
        let section =
            |errors: &mut FieldErrors, field: &str, value: &Option<String>| validation::optional_text(errors, field, value.as_deref(), limits.max_body_bytes);
        let narrative = Narrative {
            challenge: section(&mut errors, "challenge", &input.challenge),
            approach: section(&mut errors, "approach", &input.approach),
            results: section(&mut errors, "results", &input.results),
            lessons: section(&mut errors, "lessons", &input.lessons),
            scaling: section(&mut errors, "scaling", &input.scaling),
        };
        let themes = validation::vocabulary_list(&mut errors, "themes", input.themes.as_deref().unwrap_or_default(), Theme::parse, false);
        let stage = match input.stage.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Stage::Idea,
            Some(id) => Stage::parse(id).unwrap_or_else(|| {
                errors.add("stage", FieldProblem::UnknownValue);
                Stage::Idea
            }),
        };
        let erasmus_action = match input.erasmus_action.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => ErasmusAction::None,
            Some(id) => ErasmusAction::parse(id).unwrap_or_else(|| {
                errors.add("erasmus_action", FieldProblem::UnknownValue);
                ErasmusAction::None
            }),
        };
        let related_materials = validation::tag_list(&mut errors, "related_materials", input.related_materials.as_deref().unwrap_or_default(), 50, 64);
        let contact = Some(validation::optional_text(&mut errors, "contact", input.contact.as_deref(), 500)).filter(|c| !c.is_empty());
        let language = parse_language(&mut errors, input.language.as_deref());
        let license = parse_license(&mut errors, input.license.as_deref());
        let status = parse_status(&mut errors, input.status.as_deref());
        let goals = alignment::parse_goals(&mut errors, input.goals.as_deref().unwrap_or_default());
        errors.into_result(CaseStudyFields {
            title,
            summary,
            sector,
            school_type,
            school_size,
            narrative,
            themes,
            stage,
            erasmus_action,
            related_materials,
            contact,
            language: language.unwrap_or_else(unreachable_language),
            license: license.unwrap_or(DEFAULT_LICENSE),
            status,
            goals,
        })
    }

    pub fn to_input(&self) -> CaseStudyInput {
        let n = &self.narrative;
        CaseStudyInput {
            title: Some(self.title.clone()),
            summary: Some(self.summary.clone()),
            sector: Some(self.sector.as_str().to_owned()),
            school_type: Some(self.school_type.clone()),
            school_size: Some(self.school_size.clone()),
            challenge: Some(n.challenge.clone()),
            approach: Some(n.approach.clone()),
            results: Some(n.results.clone()),
            lessons: Some(n.lessons.clone()),
            scaling: Some(n.scaling.clone()),
            themes: Some(self.themes.iter().map(|t| t.as_str().to_owned()).collect()),
            stage: Some(self.stage.as_str().to_owned()),
            erasmus_action: Some(self.erasmus_action.as_str().to_owned()),
            related_materials: Some(self.related_materials.clone()),
            contact: Some(self.contact.clone().unwrap_or_default()),
            language: Some(self.language.as_str().to_owned()),
            license: Some(self.license.spdx().to_owned()),
            status: Some(self.status.as_str().to_owned()),
            goals: Some(self.goals.iter().map(Alignment::to_ref).collect()),
        }
    }
}

// Only reached when an error was already recorded, so the value is never used.
fn unreachable_language() -> LanguageTag {
    LanguageTag::parse("nl").unwrap_or_else(|| unreachable!("nl is a known language"))
}

pub(crate) fn parse_required_vocab<T>(errors: &mut FieldErrors, field: &str, value: Option<&str>, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => {
            errors.add(field, FieldProblem::Required);
            None
        }
        Some(id) => parse(id).or_else(|| {
            errors.add(field, FieldProblem::UnknownValue);
            None
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_errors() {
        let input = CaseStudyInput {
            title: Some("Open leermiddelen in het bestuur".into()),
            sector: Some("vo".into()),
            language: Some("nl".into()),
            themes: Some(vec!["ethics".into(), "vision".into()]),
            ..Default::default()
        };
        let fields = CaseStudyFields::parse(&input, &Limits::default()).unwrap();
        assert_eq!(fields.license.spdx(), "CC-BY-4.0");
        assert_eq!(fields.stage, Stage::Idea);
        assert_eq!(fields.themes, vec![Theme::Ethics, Theme::Vision]);
        assert_eq!(fields.contact, None);

        let bad = CaseStudyInput { sector: Some("kinderopvang".into()), stage: Some("done".into()), ..input };
        let errors = CaseStudyFields::parse(&bad, &Limits::default()).unwrap_err();
        assert_eq!(errors.get("sector"), Some(FieldProblem::UnknownValue));
        assert_eq!(errors.get("stage"), Some(FieldProblem::UnknownValue));
    }
}
