//! What the index stores about a piece of content, as the server hands it over.

/// One searchable material or case study. Only public content is ever indexed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexDocument {
    pub id: String,
    /// `material`, `case_study`, `collection` or `question`.
    pub kind: String,
    pub title: String,
    pub summary: String,
    /// Plain text of the body (or of a case study's sections).
    pub body: String,
    pub keywords: Vec<String>,
    pub authors: Vec<String>,
    /// Statements of the aligned goals, so a search for a goal's words finds its content.
    pub goal_statements: Vec<String>,
    /// BCP 47 tag of the content.
    pub language: String,
    /// More languages the `lang` facet finds it under: those a help question's asker can work in.
    pub also_languages: Vec<String>,
    pub levels: Vec<String>,
    pub subjects: Vec<String>,
    pub resource_type: String,
    pub license: String,
    /// `local`, or the host of the node it came from.
    pub origin: String,
    /// A case study's themes, stage and Erasmus+ action (ids); empty for materials.
    pub themes: Vec<String>,
    pub stage: String,
    pub erasmus_action: String,
    /// URIs of the goals the content is aligned to (returned with hits).
    pub goal_uris: Vec<String>,
    /// Ids of every goal a goal filter should find this under: the aligned goals, all their
    /// ancestors, and their successors, so a filter includes descendants and replaced goals.
    pub goal_filter_ids: Vec<String>,
    /// A help question's kind of help and state (ids); empty for other content.
    pub help_type: String,
    pub state: String,
    /// Average review rating (1–5), how many reviews, and how many say it was used in class.
    pub rating: Option<f64>,
    pub rating_count: i64,
    pub used_in_class: i64,
    /// Carries this node's quality mark.
    pub quality: bool,
    pub url: String,
    /// Unix seconds of the last change, for "newest first".
    pub updated_at: i64,
}

/// A change to apply to the index.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Upsert(Box<IndexDocument>),
    Delete { id: String },
}
