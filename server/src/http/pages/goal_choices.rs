//! The goals a form offers: those aligned (checked) and up to five suggested (unchecked) from
//! what the teacher searched for, else from the text so far, for the levels and subjects chosen.
//! Shared by the material and case-study forms.

use deelwijs_frontend::views::{GoalBrowseView, GoalChoiceView};

use super::Page;
use crate::app::{curricula, suggestions, AppResult};
use crate::domain::vocab::{EducationLevel, Subject};

/// What a form page with a goal section needs besides its fields.
pub struct FormPage {
    pub status: actix_web::http::StatusCode,
    pub action: String,
    pub is_new: bool,
    pub cancel: String,
    /// The goal search typed, if any.
    pub goal_query: String,
    /// The teacher asked to browse the goal tree ("Bladeren"): the form comes back with the
    /// tree of each framework here, narrowed to the level chosen.
    pub browse: bool,
}

/// Suggestions shown besides the aligned goals.
const SUGGESTED: usize = 5;

/// What a form knows when it offers goals.
pub struct Draft<'a> {
    /// URIs of the goals aligned (checked in the form).
    pub aligned: Vec<String>,
    /// The text typed so far.
    pub text: String,
    pub levels: &'a [String],
    pub subjects: &'a [String],
    /// What the teacher searched for ("kerndoel 26"); empty: suggest from `text`.
    pub query: &'a str,
}

pub async fn choices(page: &Page, draft: Draft<'_>) -> AppResult<Vec<GoalChoiceView>> {
    let aligned_count = draft.aligned.len();
    let mut choices: Vec<GoalChoiceView> = curricula::goal_rows(&page.app, draft.aligned)
        .await?
        .into_iter()
        .map(|g| GoalChoiceView { uri: g.uri, code: g.human_coding_scheme, statement: g.full_statement, checked: true })
        .collect();
    let text = match draft.query.trim() {
        "" => draft.text,
        query => query.to_owned(),
    };
    if !text.trim().is_empty() {
        let suggest = suggestions::SuggestFor {
            text,
            levels: draft.levels.iter().filter_map(|l| EducationLevel::parse(l)).collect(),
            subjects: draft.subjects.iter().filter_map(|s| Subject::parse(s)).collect(),
            limit: 12,
        };
        for (goal, _) in suggestions::suggest(&page.app, suggest).await? {
            if choices.len() >= aligned_count + SUGGESTED {
                break;
            }
            if !choices.iter().any(|c| c.uri == goal.uri) {
                choices.push(GoalChoiceView { uri: goal.uri, code: goal.human_coding_scheme, statement: goal.full_statement, checked: false });
            }
        }
    }
    Ok(choices)
}

/// The goal trees to browse in a form: each framework imported here, narrowed to the one level
/// chosen (all levels when none or several are), without its retired goals; goals already
/// aligned are marked, not offered twice.
pub async fn browse(page: &Page, levels: &[String], aligned: &[String]) -> AppResult<Vec<GoalBrowseView>> {
    let chosen: Vec<EducationLevel> = levels.iter().filter_map(|l| EducationLevel::parse(l)).collect();
    let sectors: Vec<EducationLevel> =
        [EducationLevel::Po, EducationLevel::So, EducationLevel::Vo, EducationLevel::Vso].into_iter().filter(|l| chosen.contains(l)).collect();
    let level = match sectors.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    let mut trees = Vec::new();
    for framework in curricula::frameworks(&page.app).await?.into_iter().filter(|f| f.row.origin.is_none()) {
        let (row, _, roots, _) = super::curricula::goal_tree(&page.app, &framework.row.id, level).await?;
        trees.push(GoalBrowseView { title: row.title, level: level.map(|l| l.label(page.lang().code()).to_owned()), roots, aligned: aligned.to_vec() });
    }
    Ok(trees)
}

/// Whether the node has a framework to align to.
pub async fn available(page: &Page) -> AppResult<bool> {
    Ok(!curricula::frameworks(&page.app).await?.is_empty())
}
