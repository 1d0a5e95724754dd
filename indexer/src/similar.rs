//! "More like this": content of one kind ranked by how many of a text's words it shares and
//! which facet values (themes, levels, languages) it has. Matchmaking for help questions asks
//! this; a search would want every word, this wants any.

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Term};
use tantivy::{Index, Searcher};

use crate::hits::{self, Highlight};
use crate::query;
use crate::schema::{filter_term, Fields, FACETS};
use crate::search::Hit;
use crate::IndexError;

/// Most words of the text looked up: the first ones, where a title and the start of a
/// description say what it is about.
pub const MAX_WORDS: usize = 40;
/// What a shared facet value weighs against a shared word.
const FACET_BOOST: f32 = 2.0;

/// A request for content like something.
#[derive(Debug, Clone, Default)]
pub struct Similar {
    /// Free text; any of its words may match.
    pub text: String,
    /// Facet values (`FACETS` names) that raise a document's rank; none is required.
    pub boosts: Vec<(String, String)>,
    /// The kind of content wanted (`kind` facet value).
    pub kind: String,
    pub limit: usize,
}

pub(crate) fn run(index: &Index, searcher: &Searcher, fields: &Fields, request: &Similar) -> Result<Vec<Hit>, IndexError> {
    let words: Vec<&str> = request.text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 2).take(MAX_WORDS).collect();
    let text = query::build(index, fields, &words.join(" "));
    let term = |name: &str, value: &str| TermQuery::new(Term::from_field_text(fields.filters, &filter_term(name, value)), IndexRecordOption::Basic);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, Box::new(term("kind", &request.kind)))];
    // Each word (with its analyses) may match; none must.
    clauses.extend(text.clauses.iter().filter(|(occur, _)| *occur == Occur::Must).map(|(_, q)| (Occur::Should, q.box_clone())));
    for (name, value) in request.boosts.iter().filter(|(name, _)| FACETS.contains(&name.as_str())) {
        clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(term(name, value)), FACET_BOOST))));
    }
    let query = BooleanQuery::new(clauses);
    let top = searcher.search(&query, &TopDocs::with_limit(request.limit.clamp(1, 200)).order_by_score())?;
    let highlight = Highlight::new(searcher, fields, &text)?;
    Ok(hits::fetch(index, searcher, fields, &highlight, &top)?)
}
