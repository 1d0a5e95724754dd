//! A collection (arrangement): an ordered list of materials, each with an optional note, with an
//! introduction, a licence and curriculum goals of its own. Input form, validation, validated fields.

use serde::{Deserialize, Serialize};

use super::alignment::{self, Alignment, GoalRef};
use super::language::LanguageTag;
use super::license::License;
use super::material::{default_language, parse_language, parse_license, parse_status, DEFAULT_LICENSE};
use super::validation::{self, FieldErrors, FieldProblem};
use super::vocab::{EducationLevel, Status, Subject};
use super::Limits;

/// Most items one collection holds: a year's lesson series fits, an unbounded list does not.
pub const MAX_ITEMS: usize = 500;

/// Longest note on one item, in characters.
pub const MAX_NOTE: usize = 2_000;

/// One entry of a collection as it arrives: the material (its id here, or its URL: here, or
/// on another node whose copy this node holds) and a note on why or how to use it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ItemInput {
    pub material: String,
    pub note: Option<String>,
}

/// Collection fields as they arrive from a form or the API; also a version's snapshot.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct CollectionInput {
    pub title: Option<String>,
    pub introduction: Option<String>,
    /// BCP 47 language tag (default `nl`).
    #[schema(example = "nl")]
    pub language: Option<String>,
    #[schema(value_type = Option<License>)]
    pub license: Option<String>,
    #[schema(value_type = Option<Vec<EducationLevel>>)]
    pub education_levels: Option<Vec<String>>,
    #[schema(value_type = Option<Vec<Subject>>)]
    pub subjects: Option<Vec<String>>,
    #[schema(value_type = Option<Status>)]
    pub status: Option<String>,
    pub goals: Option<Vec<GoalRef>>,
    /// The whole ordered list; a PATCH without `items` keeps the list as it is.
    pub items: Option<Vec<ItemInput>>,
}

impl CollectionInput {
    /// Fields present in `patch` replace those in `self` (PATCH semantics).
    pub fn merge(mut self, patch: CollectionInput) -> CollectionInput {
        macro_rules! take {
            ($($field:ident),*) => { $(if patch.$field.is_some() { self.$field = patch.$field; })* };
        }
        take!(title, introduction, language, license, education_levels, subjects, status, goals, items);
        self
    }
}

/// A validated entry: the material reference is trimmed and non-empty; the app resolves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub material: String,
    pub note: String,
}

/// Validated collection content.
#[derive(Debug, Clone, PartialEq)]
pub struct CollectionFields {
    pub title: String,
    pub introduction_md: String,
    pub language: LanguageTag,
    pub license: License,
    pub education_levels: Vec<EducationLevel>,
    pub subjects: Vec<Subject>,
    pub status: Status,
    pub goals: Vec<Alignment>,
    pub items: Vec<Item>,
}

impl CollectionFields {
    pub fn parse(input: &CollectionInput, limits: &Limits) -> Result<CollectionFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = validation::required_text(&mut errors, "title", input.title.as_deref(), 300);
        let introduction_md = validation::optional_text(&mut errors, "introduction", input.introduction.as_deref(), limits.max_body_bytes);
        // The language of the introduction and notes; without one, the node's default.
        let language = match input.language.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
            None => Some(default_language()),
            Some(language) => parse_language(&mut errors, Some(language)),
        };
        let license = parse_license(&mut errors, input.license.as_deref());
        // A collection may span levels and subjects, or name none (a theme week for the school).
        let education_levels =
            validation::vocabulary_list(&mut errors, "education_levels", input.education_levels.as_deref().unwrap_or_default(), EducationLevel::parse, false);
        let subjects = validation::vocabulary_list(&mut errors, "subjects", input.subjects.as_deref().unwrap_or_default(), Subject::parse, false);
        let status = parse_status(&mut errors, input.status.as_deref());
        let goals = alignment::parse_goals(&mut errors, input.goals.as_deref().unwrap_or_default());
        let items = parse_items(&mut errors, input.items.as_deref().unwrap_or_default());
        errors.into_result(CollectionFields {
            title,
            introduction_md,
            language: language.unwrap_or_else(default_language),
            license: license.unwrap_or(DEFAULT_LICENSE),
            education_levels,
            subjects,
            status,
            goals,
            items,
        })
    }

    /// A collection from another node: the same limits, but what the origin leaves out or
    /// names outside our vocabularies is unknown rather than an error (as for materials).
    pub fn parse_remote(input: &CollectionInput, limits: &Limits) -> Result<CollectionFields, FieldErrors> {
        let known = |values: &Option<Vec<String>>, parse: &dyn Fn(&str) -> bool| -> Option<Vec<String>> {
            values.as_ref().map(|v| v.iter().filter(|x| parse(x.trim())).cloned().collect())
        };
        let lenient = CollectionInput {
            language: input.language.clone().filter(|l| LanguageTag::parse(l).is_some()),
            license: input.license.clone().filter(|l| License::parse(l).is_some()),
            education_levels: known(&input.education_levels, &|x| EducationLevel::parse(x).is_some()),
            subjects: known(&input.subjects, &|x| Subject::parse(x).is_some()),
            goals: input.goals.as_ref().map(|goals| alignment::usable(goals)),
            status: Some(Status::Published.as_str().to_owned()),
            ..input.clone()
        };
        let mut fields = Self::parse(&lenient, limits)?;
        if lenient.language.is_none() {
            fields.language = LanguageTag::undetermined();
        }
        if lenient.license.is_none() {
            fields.license = super::license::UNKNOWN;
        }
        Ok(fields)
    }

    /// The input form of these fields: version snapshots and edit forms.
    pub fn to_input(&self) -> CollectionInput {
        CollectionInput {
            title: Some(self.title.clone()),
            introduction: Some(self.introduction_md.clone()),
            language: Some(self.language.as_str().to_owned()),
            license: Some(self.license.spdx().to_owned()),
            education_levels: Some(self.education_levels.iter().map(|l| l.as_str().to_owned()).collect()),
            subjects: Some(self.subjects.iter().map(|s| s.as_str().to_owned()).collect()),
            status: Some(self.status.as_str().to_owned()),
            goals: Some(self.goals.iter().map(Alignment::to_ref).collect()),
            items: Some(self.items.iter().map(|i| ItemInput { material: i.material.clone(), note: Some(i.note.clone()) }).collect()),
        }
    }
}

/// Items in order; a material listed twice is refused (which of the two notes would count?).
/// Errors name the item: `items[3].note`.
fn parse_items(errors: &mut FieldErrors, items: &[ItemInput]) -> Vec<Item> {
    if items.len() > MAX_ITEMS {
        errors.add("items", FieldProblem::TooMany);
        return Vec::new();
    }
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let material = item.material.trim();
        let note = item.note.as_deref().map(str::trim).unwrap_or_default();
        if material.is_empty() {
            errors.add(&format!("items[{index}].material"), FieldProblem::Required);
        } else if material.len() > 2_000 || material.chars().any(char::is_control) {
            errors.add(&format!("items[{index}].material"), FieldProblem::InvalidFormat);
        } else if out.iter().any(|i| i.material == material) {
            errors.add(&format!("items[{index}].material"), FieldProblem::Taken);
        }
        if note.chars().count() > MAX_NOTE {
            errors.add(&format!("items[{index}].note"), FieldProblem::TooLong);
        }
        out.push(Item { material: material.to_owned(), note: note.to_owned() });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> CollectionInput {
        CollectionInput {
            title: Some("Breuken in groep 6".into()),
            items: Some(vec![ItemInput { material: "a".into(), note: Some("Start hiermee".into()) }, ItemInput { material: "b".into(), note: None }]),
            ..CollectionInput::default()
        }
    }

    #[test]
    fn defaults_and_order_are_kept() {
        let fields = CollectionFields::parse(&valid(), &Limits::default()).unwrap();
        assert_eq!(fields.items.iter().map(|i| i.material.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(fields.items[1].note, "");
        assert_eq!(fields.status, Status::Draft);
        assert_eq!(fields.license, DEFAULT_LICENSE);
        assert_eq!(CollectionFields::parse(&fields.to_input(), &Limits::default()).unwrap(), fields, "a snapshot reads back the same");
    }

    #[test]
    fn bad_items_are_named_by_position() {
        let mut input = valid();
        input.items = Some(vec![
            ItemInput { material: "a".into(), note: None },
            ItemInput { material: " ".into(), note: None },
            ItemInput { material: "a".into(), note: Some("x".repeat(MAX_NOTE + 1)) },
        ]);
        let errors = CollectionFields::parse(&input, &Limits::default()).unwrap_err();
        assert_eq!(errors.get("items[1].material"), Some(FieldProblem::Required));
        assert_eq!(errors.get("items[2].material"), Some(FieldProblem::Taken));
        assert_eq!(errors.get("items[2].note"), Some(FieldProblem::TooLong));
        input.items = Some(vec![ItemInput::default(); MAX_ITEMS + 1]);
        assert_eq!(CollectionFields::parse(&input, &Limits::default()).unwrap_err().get("items"), Some(FieldProblem::TooMany));
        input.items = None;
        input.title = None;
        assert_eq!(CollectionFields::parse(&input, &Limits::default()).unwrap_err().get("title"), Some(FieldProblem::Required));
    }
}
