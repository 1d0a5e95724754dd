//! A help question (hulpvraag): a teacher, school or network asks colleagues here and abroad
//! for a partner school, experience with an approach, a material for a goal, or a visit.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::case_study::parse_required_vocab;
use super::language::LanguageTag;
use super::material::parse_language;
use super::validation::{self, FieldErrors, FieldProblem};
use super::vocab::{EducationLevel, HelpType, QuestionState, Theme};

/// The longest situation description, in bytes.
pub const MAX_SITUATION: usize = 20_000;
/// How many working languages a question may list.
pub const MAX_LANGUAGES: usize = 8;

/// A question as it arrives from a form, the API or another node, unchecked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct QuestionInput {
    pub title: Option<String>,
    /// The situation, in Markdown: what the school faces and what it has tried.
    pub situation: Option<String>,
    #[schema(value_type = Option<HelpType>)]
    pub help_type: Option<String>,
    #[schema(value_type = Option<Vec<Theme>>)]
    pub themes: Option<Vec<String>>,
    #[schema(value_type = Option<EducationLevel>)]
    pub education_level: Option<String>,
    /// BCP 47 tags of the languages the asker can work in (default: the question's language).
    #[schema(example = json!(["nl", "en"]))]
    pub languages: Option<Vec<String>>,
    /// ISO 3166-1 alpha-2 code of the asker's country (default `NL`).
    #[schema(example = "NL")]
    pub country: Option<String>,
    /// `YYYY-MM-DD`; empty for none.
    #[schema(example = "2027-03-01")]
    pub deadline: Option<String>,
    #[schema(value_type = Option<QuestionState>)]
    pub state: Option<String>,
    /// BCP 47 tag of the text (default `nl`).
    #[schema(example = "nl")]
    pub language: Option<String>,
}

impl QuestionInput {
    /// Fields present in `patch` replace those in `self` (PATCH semantics).
    pub fn merge(mut self, patch: QuestionInput) -> QuestionInput {
        macro_rules! take {
            ($($field:ident),*) => { $(if patch.$field.is_some() { self.$field = patch.$field; })* };
        }
        take!(title, situation, help_type, themes, education_level, languages, country, deadline, state, language);
        self
    }
}

/// A checked question.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionFields {
    pub title: String,
    pub situation: String,
    pub help_type: HelpType,
    pub themes: Vec<Theme>,
    pub education_level: EducationLevel,
    pub languages: Vec<LanguageTag>,
    pub country: String,
    pub deadline: Option<NaiveDate>,
    pub state: QuestionState,
    pub language: LanguageTag,
}

impl QuestionFields {
    pub fn parse(input: &QuestionInput) -> Result<QuestionFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = validation::required_text(&mut errors, "title", input.title.as_deref(), 300);
        let situation = validation::required_text(&mut errors, "situation", input.situation.as_deref(), MAX_SITUATION);
        let help_type = parse_required_vocab(&mut errors, "help_type", input.help_type.as_deref(), HelpType::parse).unwrap_or(HelpType::Experience);
        let themes = validation::vocabulary_list(&mut errors, "themes", input.themes.as_deref().unwrap_or_default(), Theme::parse, false);
        let education_level =
            parse_required_vocab(&mut errors, "education_level", input.education_level.as_deref(), EducationLevel::parse).unwrap_or(EducationLevel::Po);
        let language = parse_language(&mut errors, Some(input.language.as_deref().unwrap_or("nl")));
        let mut languages = Vec::new();
        for tag in input.languages.as_deref().unwrap_or_default().iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            match LanguageTag::parse(tag) {
                Some(tag) if !languages.contains(&tag) => languages.push(tag),
                Some(_) => {}
                None => errors.add("languages", FieldProblem::UnknownLanguage),
            }
        }
        if languages.len() > MAX_LANGUAGES {
            errors.add("languages", FieldProblem::TooMany);
        }
        if languages.is_empty() {
            languages.extend(language.clone());
        }
        let country = match input.country.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            None => "NL".to_owned(),
            Some(code) if code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()) => code.to_ascii_uppercase(),
            Some(_) => {
                errors.add("country", FieldProblem::InvalidFormat);
                String::new()
            }
        };
        let deadline = match input.deadline.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            None => None,
            Some(date) => NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|_| errors.add("deadline", FieldProblem::InvalidFormat)).ok(),
        };
        let state = match input.state.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => QuestionState::Open,
            Some(id) => QuestionState::parse(id).unwrap_or_else(|| {
                errors.add("state", FieldProblem::UnknownValue);
                QuestionState::Open
            }),
        };
        let Some(language) = language else { return Err(errors) };
        errors.into_result(QuestionFields { title, situation, help_type, themes, education_level, languages, country, deadline, state, language })
    }

    pub fn to_input(&self) -> QuestionInput {
        QuestionInput {
            title: Some(self.title.clone()),
            situation: Some(self.situation.clone()),
            help_type: Some(self.help_type.as_str().to_owned()),
            themes: Some(self.themes.iter().map(|t| t.as_str().to_owned()).collect()),
            education_level: Some(self.education_level.as_str().to_owned()),
            languages: Some(self.languages.iter().map(|l| l.as_str().to_owned()).collect()),
            country: Some(self.country.clone()),
            deadline: Some(self.deadline.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()),
            state: Some(self.state.as_str().to_owned()),
            language: Some(self.language.as_str().to_owned()),
        }
    }
}

/// The longest answer, in bytes of Markdown.
pub const MAX_ANSWER: usize = 10_000;

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> QuestionInput {
        QuestionInput {
            title: Some("Partnerschool gezocht voor burgerschap".into()),
            situation: Some("Wij zoeken een school in Duitsland.".into()),
            help_type: Some("partner_ka2".into()),
            themes: Some(vec!["innovating_together".into()]),
            education_level: Some("vo".into()),
            languages: Some(vec!["nl".into(), "en".into(), "de".into(), "en".into()]),
            country: Some("nl".into()),
            deadline: Some("2027-03-01".into()),
            ..Default::default()
        }
    }

    #[test]
    fn defaults_normalising_and_round_trip() {
        let fields = QuestionFields::parse(&input()).unwrap();
        assert_eq!(fields.state, QuestionState::Open);
        assert_eq!(fields.country, "NL");
        assert_eq!(fields.languages.iter().map(LanguageTag::as_str).collect::<Vec<_>>(), ["nl", "en", "de"]);
        assert_eq!(fields.deadline, NaiveDate::from_ymd_opt(2027, 3, 1));
        assert_eq!(QuestionFields::parse(&fields.to_input()).unwrap(), fields);
        let bare = QuestionFields::parse(&QuestionInput { languages: None, language: Some("fr".into()), ..input() }).unwrap();
        assert_eq!(bare.languages.iter().map(LanguageTag::as_str).collect::<Vec<_>>(), ["fr"]);
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = QuestionInput {
            title: Some(" ".into()),
            help_type: Some("money".into()),
            education_level: None,
            languages: Some(vec!["not a tag!".into()]),
            country: Some("NLD".into()),
            deadline: Some("1 maart".into()),
            state: Some("done".into()),
            ..input()
        };
        let errors = QuestionFields::parse(&bad).unwrap_err();
        for (field, problem) in [
            ("title", FieldProblem::Required),
            ("help_type", FieldProblem::UnknownValue),
            ("education_level", FieldProblem::Required),
            ("languages", FieldProblem::UnknownLanguage),
            ("country", FieldProblem::InvalidFormat),
            ("deadline", FieldProblem::InvalidFormat),
            ("state", FieldProblem::UnknownValue),
        ] {
            assert_eq!(errors.get(field), Some(problem), "{field}");
        }
    }
}
