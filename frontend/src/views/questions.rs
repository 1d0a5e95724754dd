//! View models of help questions: the list, the page with answers and matches, the form.

use super::{Choice, Pager};

/// A question in a list.
#[derive(Debug, Clone)]
pub struct QuestionCard {
    pub url: String,
    pub title: String,
    pub help_type: String,
    /// `open`, `answered` or `closed`, and its label.
    pub state_id: String,
    pub state: String,
    pub level: String,
    pub country: String,
    pub asker: String,
    pub asked: String,
    pub answers: usize,
    /// The node it was asked on; `None` here.
    pub origin: Option<String>,
    pub language_code: String,
}

#[derive(Debug, Clone)]
pub struct QuestionList {
    pub heading: String,
    pub items: Vec<QuestionCard>,
    pub pager: Pager,
    pub new_url: Option<String>,
}

/// An answer under a question.
#[derive(Debug, Clone)]
pub struct AnswerView {
    pub id: String,
    pub author: String,
    pub author_url: String,
    /// The author's node; empty for this one.
    pub node: String,
    /// Safe HTML.
    pub html: String,
    pub date: String,
    pub helpful: bool,
    /// The asker's "this helped" (or "not the helpful one") button.
    pub mark_action: Option<String>,
    /// The author's "withdraw".
    pub withdraw_action: Option<String>,
}

/// Something matchmaking found.
#[derive(Debug, Clone)]
pub struct MatchView {
    pub kind: String,
    pub title: String,
    pub url: String,
    pub node: String,
    /// Why it matched, in words.
    pub reasons: Vec<String>,
    /// Whom the asker can invite (ActivityPub id and name), and whether they were.
    pub invite: Option<(String, String, bool)>,
}

#[derive(Debug, Clone)]
pub struct QuestionPage {
    pub url: String,
    pub title: String,
    pub language_code: String,
    pub situation_html: String,
    /// Label → value: kind of help, level, themes, languages, country, deadline.
    pub facts: Vec<(String, String)>,
    pub state_id: String,
    pub state: String,
    pub hidden: bool,
    pub asker: String,
    pub asker_url: String,
    pub asked: String,
    /// Where it was asked, when elsewhere: the node and the original.
    pub origin: Option<(String, String)>,
    pub answers: Vec<AnswerView>,
    /// The answer form, for someone signed in while the question is not closed.
    pub answer_action: Option<String>,
    pub answer_text: String,
    pub answer_errors: Vec<(String, String)>,
    /// The asker's controls: change state (value, label), edit, delete.
    pub state_action: Option<String>,
    pub next_states: Vec<(String, String)>,
    pub edit_url: Option<String>,
    pub delete_action: Option<String>,
    /// Matches (for everyone), and where the asker's invitations go.
    pub matches: Vec<MatchView>,
    pub invite_action: Option<String>,
    pub invited: Vec<String>,
}

/// The form to ask or change a question.
#[derive(Debug, Clone, Default)]
pub struct QuestionForm {
    pub action: String,
    pub is_new: bool,
    pub cancel: String,
    pub errors: Vec<(String, String)>,
    pub title: String,
    pub situation: String,
    pub help_types: Vec<Choice>,
    pub themes: Vec<Choice>,
    pub levels: Vec<Choice>,
    /// Comma-separated BCP 47 tags.
    pub languages: String,
    pub country: String,
    pub deadline: String,
    pub language: String,
}
