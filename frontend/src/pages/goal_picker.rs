//! The goal section of the material and case-study forms: goals aligned (checked), goals
//! suggested (unchecked), a search by code or words, and the "suggest goals" button that sends
//! the form back with its text kept and fresh suggestions, so it works without JavaScript.

use maud::{html, Markup};

use super::parts::goal_text;
use crate::i18n::Lang;
use crate::views::{GoalBrowseView, GoalChoiceView, GoalNodeView};

/// What the section shows.
pub(crate) struct GoalSection<'a> {
    pub choices: &'a [GoalChoiceView],
    /// Whether the node has a framework (the section shows before any text is typed).
    pub available: bool,
    /// The goal search typed, kept on re-render.
    pub query: &'a str,
    pub error: Option<&'a str>,
    /// The trees to browse, when asked for.
    pub browse: &'a [GoalBrowseView],
}

impl<'a> GoalSection<'a> {
    pub fn of(choices: &'a [GoalChoiceView], available: bool, query: &'a str, errors: &'a [(String, String)], browse: &'a [GoalBrowseView]) -> GoalSection<'a> {
        GoalSection { choices, available, query, error: errors.iter().find(|(field, _)| field == "goals").map(|(_, message)| message.as_str()), browse }
    }
}

/// The goals to align, as checkboxes named `goals`, in two groups; then the search and the
/// button. Nothing when the node has no framework and nothing is aligned.
pub(crate) fn goal_section(l: Lang, section: &GoalSection<'_>) -> Markup {
    let choices = section.choices;
    let aligned: Vec<(usize, &GoalChoiceView)> = choices.iter().enumerate().filter(|(_, c)| c.checked).collect();
    let suggested: Vec<(usize, &GoalChoiceView)> = choices.iter().enumerate().filter(|(_, c)| !c.checked).collect();
    let error = section.error;
    let described_by = if error.is_some() { "error-goals hint-goals" } else { "hint-goals" };
    html! {
        @if section.available || !choices.is_empty() {
            fieldset.field.choice-group.goal-choices.field--invalid[error.is_some()] id="field-goals" aria-describedby=(described_by) {
                legend.field__label { (l.t("learning-goals")) }
                p.field__hint id="hint-goals" { (l.t("checked-goals-are-aligned")) }
                @if let Some(error) = error {
                    p.field__error id="error-goals" { span.visually-hidden { (l.t("error")) } (error) }
                }
                @if !aligned.is_empty() {
                    p.goal-choices__group { (l.t("aligned")) }
                    (goal_checkboxes(&aligned))
                }
                @if !suggested.is_empty() {
                    p.goal-choices__group {
                        @if section.query.trim().is_empty() { (l.t("suggested-from-your-text")) }
                        @else { (l.t("found-for")) " ‘" (section.query) "’" }
                    }
                    (goal_checkboxes(&suggested))
                }
                div.goal-choices__find {
                    label.field__label for="field-goal_query" { (l.t("find-a-goal")) }
                    input #field-goal_query type="search" name="goal_query" value=(section.query)
                        placeholder=(l.t("for-example-kerndoel-26"));
                    button.button.button--secondary type="submit" name="intent" value="suggest" formnovalidate {
                        (l.t("suggest-goals"))
                    }
                    button.button.button--secondary type="submit" name="intent" value="browse" formnovalidate {
                        (l.t("browse-the-goals"))
                    }
                }
                @for tree in section.browse {
                    (browse_tree(l, tree))
                }
            }
        }
    }
}

/// A framework's tree as folded groups (subject areas, domains) with a checkbox per goal; goals
/// the form aligns already say so instead.
fn browse_tree(l: Lang, tree: &GoalBrowseView) -> Markup {
    html! {
        div.goal-browse {
            p.goal-choices__group {
                (tree.title)
                @if let Some(level) = &tree.level { " · " (level) }
            }
            @if tree.roots.is_empty() {
                p.muted { (l.t("no-goals-for-this")) }
            }
            @for node in &tree.roots { (browse_node(l, node, &tree.aligned)) }
        }
    }
}

fn browse_node(l: Lang, node: &GoalNodeView, aligned: &[String]) -> Markup {
    html! {
        @if node.children.is_empty() {
            div.choice {
                @if aligned.contains(&node.uri) {
                    span.goal-browse__aligned { (goal_text(&node.code, &node.statement)) " " span.badge { (l.t("aligned-2")) } }
                } @else {
                    @let id = format!("field-browse-{}", node.uri.bytes().fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b))));
                    input type="checkbox" id=(id) name="goals" value=(node.uri);
                    label for=(id) { (goal_text(&node.code, &node.statement)) }
                }
            }
        } @else {
            details.goal-browse__group {
                summary { (goal_text(&node.code, &node.statement)) }
                div.goal-browse__children {
                    @for child in &node.children { (browse_node(l, child, aligned)) }
                }
            }
        }
    }
}

fn goal_checkboxes(choices: &[(usize, &GoalChoiceView)]) -> Markup {
    html! {
        div.choice-group__options {
            @for (index, choice) in choices {
                @let id = format!("field-goals-{index}");
                div.choice {
                    input type="checkbox" id=(id) name="goals" value=(choice.uri) checked[choice.checked];
                    label for=(id) { (goal_text(&choice.code, &choice.statement)) }
                }
            }
        }
    }
}
