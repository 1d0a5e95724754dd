//! View models of the node's quality mark: on an item, and the criteria page.

/// This node's quality mark on a material or case study.
#[derive(Debug, Clone, Default)]
pub struct QualityView {
    /// The mark, when awarded: the note and the date.
    pub mark: Option<(String, String)>,
    /// Where moderators award or withdraw it (`None` for everyone else, or without criteria).
    pub action: Option<String>,
}

/// The criteria page: what the mark means, what carries it, and the administrators' form.
#[derive(Debug, Clone, Default)]
pub struct QualityPage {
    pub criteria_html: String,
    /// Title, URL, kind label, note and date of each marked item.
    pub items: Vec<(String, String, String, String, String)>,
    /// The administrators' form, with the criteria as written.
    pub edit: Option<String>,
    pub errors: Vec<(String, String)>,
}
