//! A learning material (leermiddel): its input form, validation and the validated fields.

use serde::{Deserialize, Serialize};

use super::alignment::{self, Alignment, GoalRef};
use super::language::LanguageTag;
use super::license::License;
use super::validation::{self, FieldErrors, FieldProblem};
use super::vocab::{EducationLevel, ResourceType, Status, Subject};
use super::Limits;

/// A link shown with a material (a video elsewhere, a source, a tool).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// Material fields as they arrive from a form or the API: every field optional and unchecked.
/// Also the shape of a stored version snapshot, so old versions can be shown and restored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct MaterialInput {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub body: Option<String>,
    /// BCP 47 language tag (default `nl`).
    #[schema(example = "nl")]
    pub language: Option<String>,
    #[schema(value_type = Option<License>)]
    pub license: Option<String>,
    #[schema(value_type = Option<Vec<EducationLevel>>)]
    pub education_levels: Option<Vec<String>>,
    /// ISCED 2011 level, 0–8.
    #[schema(minimum = 0, maximum = 8)]
    pub isced_level: Option<i32>,
    #[schema(value_type = Option<Vec<Subject>>)]
    pub subjects: Option<Vec<String>>,
    #[schema(value_type = Option<ResourceType>)]
    pub resource_type: Option<String>,
    pub duration_minutes: Option<i32>,
    pub keywords: Option<Vec<String>>,
    pub authors: Option<Vec<String>>,
    pub links: Option<Vec<Link>>,
    #[schema(value_type = Option<Status>)]
    pub status: Option<String>,
    /// Curriculum goals by URI, with `alignment_type` teaches (default), assesses or requires.
    pub goals: Option<Vec<GoalRef>>,
    /// The material this one translates or adapts to another language or culture: its id here,
    /// or its URL (here, or on another node whose copy this node holds); `""` takes the link away.
    pub translation_of: Option<String>,
    /// What was adapted beyond the words (examples, money, holidays, school system), as plain text.
    pub adaptation_notes: Option<String>,
}

impl MaterialInput {
    /// Fields present in `patch` replace those in `self` (PATCH semantics).
    pub fn merge(mut self, patch: MaterialInput) -> MaterialInput {
        macro_rules! take {
            ($($field:ident),*) => { $(if patch.$field.is_some() { self.$field = patch.$field; })* };
        }
        take!(
            title,
            summary,
            body,
            language,
            license,
            education_levels,
            isced_level,
            subjects,
            resource_type,
            duration_minutes,
            keywords,
            authors,
            links,
            status,
            goals,
            translation_of,
            adaptation_notes
        );
        self
    }
}

/// Validated material content; every value is in its vocabulary and within limits.
#[derive(Debug, Clone, PartialEq)]
pub struct MaterialFields {
    pub title: String,
    pub summary: String,
    pub body_md: String,
    pub language: LanguageTag,
    pub license: License,
    pub education_levels: Vec<EducationLevel>,
    pub isced_level: Option<i32>,
    pub subjects: Vec<Subject>,
    pub resource_type: ResourceType,
    pub duration_minutes: Option<i32>,
    pub keywords: Vec<String>,
    pub authors: Vec<String>,
    pub links: Vec<Link>,
    pub status: Status,
    pub goals: Vec<Alignment>,
    pub adaptation_notes: String,
}

impl MaterialFields {
    pub fn parse(input: &MaterialInput, limits: &Limits) -> Result<MaterialFields, FieldErrors> {
        Self::parse_as(input, limits, false)
    }

    /// Content from another server, Deelwijs or not: the same limits on size, but what the
    /// origin leaves out is unknown rather than missing (language `und`, licence
    /// `license::UNKNOWN`, no education level), and values outside our vocabularies are left
    /// out instead of refused. Merely unusual content gets in; only what breaks a limit is an
    /// error.
    pub fn parse_remote(input: &MaterialInput, limits: &Limits) -> Result<MaterialFields, FieldErrors> {
        let known = |values: &Option<Vec<String>>, parse: &dyn Fn(&str) -> bool| -> Option<Vec<String>> {
            values.as_ref().map(|v| v.iter().filter(|x| parse(x.trim())).cloned().collect())
        };
        let lenient = MaterialInput {
            language: input.language.clone().filter(|l| LanguageTag::parse(l).is_some()),
            license: input.license.clone().filter(|l| License::parse(l).is_some()),
            education_levels: known(&input.education_levels, &|x| EducationLevel::parse(x).is_some()),
            subjects: known(&input.subjects, &|x| Subject::parse(x).is_some()),
            resource_type: input.resource_type.clone().filter(|t| ResourceType::parse(t.trim()).is_some()),
            isced_level: input.isced_level.filter(|l| (0..=8).contains(l)),
            duration_minutes: input.duration_minutes.filter(|m| (1..=100_000).contains(m)),
            keywords: input.keywords.as_ref().map(|k| validation::clip_tags(k, 30, 60)),
            authors: input.authors.as_ref().map(|a| validation::clip_tags(a, 20, 120)),
            links: input
                .links
                .as_ref()
                .map(|links| links.iter().filter(|l| l.url.trim().len() <= 2_000 && validation::is_web_url(l.url.trim())).take(20).cloned().collect()),
            goals: input.goals.as_ref().map(|goals| alignment::usable(goals)),
            status: Some(Status::Published.as_str().to_owned()),
            ..input.clone()
        };
        let mut fields = Self::parse_as(&lenient, limits, true)?;
        if lenient.language.is_none() {
            fields.language = LanguageTag::undetermined();
        }
        if lenient.license.is_none() {
            fields.license = super::license::UNKNOWN;
        }
        Ok(fields)
    }

    fn parse_as(input: &MaterialInput, limits: &Limits, remote: bool) -> Result<MaterialFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = validation::required_text(&mut errors, "title", input.title.as_deref(), 300);
        let summary = validation::optional_text(&mut errors, "summary", input.summary.as_deref(), 4_000);
        let body_md = validation::optional_text(&mut errors, "body", input.body.as_deref(), limits.max_body_bytes);
        let language =
            if remote && input.language.is_none() { Some(LanguageTag::undetermined()) } else { parse_language(&mut errors, input.language.as_deref()) };
        let license = parse_license(&mut errors, input.license.as_deref());
        let education_levels =
            validation::vocabulary_list(&mut errors, "education_levels", input.education_levels.as_deref().unwrap_or_default(), EducationLevel::parse, !remote);
        let subjects = validation::vocabulary_list(&mut errors, "subjects", input.subjects.as_deref().unwrap_or_default(), Subject::parse, false);
        let resource_type = match input.resource_type.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => ResourceType::Other,
            Some(id) => ResourceType::parse(id).unwrap_or_else(|| {
                errors.add("resource_type", FieldProblem::UnknownValue);
                ResourceType::Other
            }),
        };
        let status = parse_status(&mut errors, input.status.as_deref());
        if input.isced_level.is_some_and(|level| !(0..=8).contains(&level)) {
            errors.add("isced_level", FieldProblem::OutOfRange);
        }
        if input.duration_minutes.is_some_and(|minutes| !(1..=100_000).contains(&minutes)) {
            errors.add("duration_minutes", FieldProblem::OutOfRange);
        }
        let keywords = validation::tag_list(&mut errors, "keywords", input.keywords.as_deref().unwrap_or_default(), 30, 60);
        let authors = validation::tag_list(&mut errors, "authors", input.authors.as_deref().unwrap_or_default(), 20, 120);
        let links = parse_links(&mut errors, input.links.as_deref().unwrap_or_default());
        let goals = alignment::parse_goals(&mut errors, input.goals.as_deref().unwrap_or_default());
        let adaptation_notes = validation::optional_text(&mut errors, "adaptation_notes", input.adaptation_notes.as_deref(), 4_000);
        if input.translation_of.as_deref().is_some_and(|t| t.chars().count() > 2_000) {
            errors.add("translation_of", FieldProblem::TooLong);
        }
        errors.into_result(MaterialFields {
            title,
            summary,
            body_md,
            language: language.unwrap_or_else(default_language),
            license: license.unwrap_or(DEFAULT_LICENSE),
            education_levels,
            isced_level: input.isced_level,
            subjects,
            resource_type,
            duration_minutes: input.duration_minutes,
            keywords,
            authors,
            links,
            status,
            goals,
            adaptation_notes,
        })
    }

    /// The input form of these fields: used for version snapshots and edit forms.
    pub fn to_input(&self) -> MaterialInput {
        MaterialInput {
            title: Some(self.title.clone()),
            summary: Some(self.summary.clone()),
            body: Some(self.body_md.clone()),
            language: Some(self.language.as_str().to_owned()),
            license: Some(self.license.spdx().to_owned()),
            education_levels: Some(self.education_levels.iter().map(|l| l.as_str().to_owned()).collect()),
            isced_level: self.isced_level,
            subjects: Some(self.subjects.iter().map(|s| s.as_str().to_owned()).collect()),
            resource_type: Some(self.resource_type.as_str().to_owned()),
            duration_minutes: self.duration_minutes,
            keywords: Some(self.keywords.clone()),
            authors: Some(self.authors.clone()),
            links: Some(self.links.clone()),
            status: Some(self.status.as_str().to_owned()),
            goals: Some(self.goals.iter().map(Alignment::to_ref).collect()),
            // The link to an original is the row's, not the version's: restoring an old
            // version leaves it as it is.
            translation_of: None,
            adaptation_notes: Some(self.adaptation_notes.clone()),
        }
    }
}

pub const DEFAULT_LICENSE: License = super::license::ALL[1]; // CC-BY-4.0

pub(crate) fn default_language() -> LanguageTag {
    // "nl" is always in the language table; the fallback only runs when an error was recorded.
    LanguageTag::parse("nl").unwrap_or_else(|| unreachable!("nl is a known language"))
}

pub(crate) fn parse_language(errors: &mut FieldErrors, value: Option<&str>) -> Option<LanguageTag> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => {
            errors.add("language", FieldProblem::Required);
            None
        }
        Some(tag) => LanguageTag::parse(tag).or_else(|| {
            errors.add("language", FieldProblem::UnknownLanguage);
            None
        }),
    }
}

pub(crate) fn parse_license(errors: &mut FieldErrors, value: Option<&str>) -> Option<License> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Some(DEFAULT_LICENSE),
        Some(spdx) => License::parse(spdx).or_else(|| {
            errors.add("license", FieldProblem::UnknownLicense);
            None
        }),
    }
}

pub(crate) fn parse_status(errors: &mut FieldErrors, value: Option<&str>) -> Status {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Status::Draft,
        Some(id) => Status::parse(id).unwrap_or_else(|| {
            errors.add("status", FieldProblem::UnknownValue);
            Status::Draft
        }),
    }
}

fn parse_links(errors: &mut FieldErrors, links: &[Link]) -> Vec<Link> {
    if links.len() > 20 {
        errors.add("links", FieldProblem::TooMany);
    }
    let mut parsed = Vec::new();
    for link in links {
        let url = link.url.trim();
        if url.is_empty() {
            continue;
        }
        if !validation::is_web_url(url) || url.len() > 2_000 {
            errors.add("links", FieldProblem::InvalidUrl);
            continue;
        }
        let title = link.title.trim();
        parsed.push(Link { title: if title.is_empty() { url.to_owned() } else { title.chars().take(200).collect() }, url: url.to_owned() });
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> MaterialInput {
        MaterialInput {
            title: Some("Breuken met pizza's".into()),
            language: Some("nl".into()),
            license: Some("CC-BY-SA-4.0".into()),
            education_levels: Some(vec!["po".into()]),
            ..MaterialInput::default()
        }
    }

    fn check_error(patch: MaterialInput, field: &str, problem: FieldProblem) {
        let errors = MaterialFields::parse(&valid().merge(patch), &Limits::default()).unwrap_err();
        assert_eq!(errors.get(field), Some(problem), "{errors:?}");
    }

    #[test]
    fn valid_input_gets_defaults() {
        let fields = MaterialFields::parse(&valid(), &Limits::default()).unwrap();
        assert_eq!(fields.status, Status::Draft);
        assert_eq!(fields.resource_type, ResourceType::Other);
        assert_eq!(fields.to_input().license.as_deref(), Some("CC-BY-SA-4.0"));
    }

    #[test]
    fn remote_content_keeps_what_it_has_and_leaves_the_rest_unknown() {
        let bare = MaterialInput { title: Some("Breuken".into()), ..Default::default() };
        let fields = MaterialFields::parse_remote(&bare, &Limits::default()).unwrap();
        assert!(fields.language.is_undetermined());
        assert!(fields.license.is_unknown());
        assert!(fields.education_levels.is_empty());
        assert_eq!(fields.status, Status::Published);
        let odd = MaterialInput {
            title: Some("Bruchrechnen".into()),
            language: Some("de".into()),
            license: Some("MIT".into()),
            education_levels: Some(vec!["primarstufe".into(), "po".into()]),
            keywords: Some(vec!["x".repeat(200), "brüche".into()]),
            links: Some(vec![Link { title: "x".into(), url: "javascript:alert(1)".into() }]),
            ..Default::default()
        };
        let fields = MaterialFields::parse_remote(&odd, &Limits::default()).unwrap();
        assert_eq!(fields.language.as_str(), "de");
        assert!(fields.license.is_unknown());
        assert_eq!(fields.education_levels, vec![EducationLevel::parse("po").unwrap()]);
        assert_eq!(fields.keywords.len(), 2);
        assert!(fields.links.is_empty());
        // Limits still hold: a title far too long is an error, not shortened.
        let long = MaterialInput { title: Some("x".repeat(5_000)), ..Default::default() };
        assert_eq!(MaterialFields::parse_remote(&long, &Limits::default()).unwrap_err().get("title"), Some(FieldProblem::TooLong));
    }

    #[test]
    fn bad_fields_are_named() {
        check_error(MaterialInput { title: Some("  ".into()), ..Default::default() }, "title", FieldProblem::Required);
        check_error(MaterialInput { license: Some("MIT".into()), ..Default::default() }, "license", FieldProblem::UnknownLicense);
        check_error(MaterialInput { language: Some("xx".into()), ..Default::default() }, "language", FieldProblem::UnknownLanguage);
        check_error(MaterialInput { education_levels: Some(vec!["kleuter".into()]), ..Default::default() }, "education_levels", FieldProblem::UnknownValue);
        check_error(MaterialInput { isced_level: Some(9), ..Default::default() }, "isced_level", FieldProblem::OutOfRange);
        check_error(MaterialInput { body: Some("x".repeat(Limits::default().max_body_bytes + 1)), ..Default::default() }, "body", FieldProblem::TooLong);
        let bad_link = Link { title: "x".into(), url: "javascript:alert(1)".into() };
        check_error(MaterialInput { links: Some(vec![bad_link]), ..Default::default() }, "links", FieldProblem::InvalidUrl);
    }
}
