//! The index schema: stored fields for hits, one text field analysed per document language
//! (with a word-pair companion), an exact-match field, one field of filter terms (facet values
//! and goal ids) and the sort field.

use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING};

use crate::analyzers::{BY_LANGUAGE, BY_LANGUAGE_PAIRS, PLAIN};

/// Bump when the schema or analysis changes: an index with another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 8;

/// How many times a title counts in `text` (BM25F's field weight, written into the index): a
/// field weight at query time would be an optional clause, which costs every matching document
/// a lookup and rules out skipping over blocks that cannot reach the top hits.
pub const TITLE_WEIGHT: usize = 3;

/// The steps of the `reviews` facet: at least this many reviews.
pub const REVIEW_COUNTS: [i64; 4] = [1, 3, 10, 25];

/// The filter name of goal ids (content aligned to a goal, below it, or to one it replaced).
pub const GOAL_FILTER: &str = "goal";

/// The facets a search can count and filter on, with their API names. `theme`, `stage` and
/// `erasmus_action` are what makes a case study a case study; `help` and `state` a help
/// question's kind of help and whether it is still open; `rating` holds `n` for an average of
/// at least `n` stars (so filtering on `4` keeps 4 and up), `reviews` each of `REVIEW_COUNTS` a
/// material has at least that many reviews for, `used` is `yes` for material that a reviewer
/// used in class; `quality` is `yes` for content with this node's quality mark.
pub const FACETS: &[&str] = &[
    "kind",
    "level",
    "subject",
    "resource_type",
    "license",
    "lang",
    "origin",
    "theme",
    "stage",
    "erasmus_action",
    "help",
    "state",
    "rating",
    "reviews",
    "used",
    "quality",
];

#[derive(Debug, Clone)]
pub struct Fields {
    pub id: Field,
    pub kind: Field,
    pub title: Field,
    pub summary: Field,
    pub body: Field,
    pub url: Field,
    pub language: Field,
    pub license: Field,
    pub origin: Field,
    pub goals: Field,
    /// Everything searchable (title, summary, body, keywords, goal statements, authors), each
    /// value analysed in its document's language (see `by_language`). The title is in it
    /// `TITLE_WEIGHT` times: a title match weighs more, at no cost to a query.
    pub text: Field,
    /// The same texts as adjacent word pairs, for two-word phrases (see `pairs`).
    pub pairs: Field,
    /// Title and keywords, unstemmed: the best hits rank higher where the words match as typed.
    pub exact: Field,
    /// Facet values and goal-filter ids as terms (`filter_term`): what filters match and what
    /// facet counts count.
    pub filters: Field,
    pub updated: Field,
    /// Reviews as one sortable number (`search::rating_rank`), and their count.
    pub rating: Field,
    pub reviews: Field,
}

fn indexing(tokenizer: &str, record: IndexRecordOption) -> TextFieldIndexing {
    TextFieldIndexing::default().set_tokenizer(tokenizer).set_index_option(record)
}

fn indexed(tokenizer: &str, record: IndexRecordOption) -> TextOptions {
    TextOptions::default().set_indexing_options(indexing(tokenizer, record))
}

/// Indexed without field norms: a term's score does not depend on the document's length.
fn indexed_without_norms(tokenizer: &str, record: IndexRecordOption) -> TextOptions {
    TextOptions::default().set_indexing_options(indexing(tokenizer, record).set_fieldnorms(false))
}

pub(crate) fn analyzed(name: &str) -> TextOptions {
    indexed(name, IndexRecordOption::WithFreqsAndPositions)
}

pub fn build() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let id = builder.add_text_field("id", STRING | STORED);
    let kind = builder.add_text_field("kind", STORED);
    let title = builder.add_text_field("title", STORED);
    let summary = builder.add_text_field("summary", STORED);
    let body = builder.add_text_field("body", STORED);
    let url = builder.add_text_field("url", STORED);
    let language = builder.add_text_field("language", STORED);
    let license = builder.add_text_field("license", STORED);
    let origin = builder.add_text_field("origin", STORED);
    let goals = builder.add_text_field("goals", STORED);
    let text = builder.add_text_field("text", analyzed(BY_LANGUAGE));
    // Word pairs need no positions: a pair is already two adjacent words. Nor field norms: with
    // them, tantivy prepares a BM25 table for every term it writes, and most pairs occur in a
    // single document (measured: 12% of the instructions spent indexing). Without norms a pair
    // still scores by its rarity and how often it occurs (a title's pairs `TITLE_WEIGHT` times),
    // only not by the document's length.
    let pairs = builder.add_text_field("pairs", indexed_without_norms(BY_LANGUAGE_PAIRS, IndexRecordOption::WithFreqs));
    let exact = builder.add_text_field("exact", indexed(PLAIN, IndexRecordOption::WithFreqs));
    // Frequencies (always 1) but no field norms: a filter term then scores the same in every
    // document, so it does not change the order, and a query of filters and words stays a
    // conjunction of plain terms, which tantivy can prune block by block.
    let filters = builder.add_text_field("filters", indexed_without_norms("raw", IndexRecordOption::WithFreqs));
    let updated = builder.add_i64_field("updated", INDEXED | FAST);
    let rating = builder.add_i64_field("rating", FAST);
    let reviews = builder.add_i64_field("reviews", FAST);
    let fields = Fields { id, kind, title, summary, body, url, language, license, origin, goals, text, pairs, exact, filters, updated, rating, reviews };
    (builder.build(), fields)
}

/// Separates a filter term's name from its value.
const FILTER_SEPARATOR: char = ':';

/// The term a filter matches: a facet name from `FACETS` (or `goal`) and a value.
pub fn filter_term(name: &str, value: &str) -> String {
    format!("{name}{FILTER_SEPARATOR}{value}")
}

/// A filter term's name and value.
pub fn split_filter_term(term: &str) -> Option<(&str, &str)> {
    term.split_once(FILTER_SEPARATOR)
}
