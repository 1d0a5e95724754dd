//! The index schema: stored fields for hits, one analyzed field per language for title and
//! text, an exact-match field, facets, the goal filter field and the sort field.

use tantivy::schema::{Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING};

use crate::analyzers::{analyzer_name, pairs_analyzer_name, PLAIN, STEMMED};

/// Bump when the schema or analysis changes: an index with another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 2;

/// The facets a search can count and filter on, with their API names.
pub const FACETS: &[&str] = &["kind", "level", "subject", "resource_type", "license", "lang", "origin"];

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
    /// Per language, `other` last.
    pub analyzed: Vec<LanguageFields>,
    pub exact: Field,
    /// Facet fields in the order of `FACETS`.
    pub facets: Vec<Field>,
    pub goal_filter: Field,
    pub updated: Field,
}

/// The analyzed fields of one language: title and text, and their word-pair companions.
#[derive(Debug, Clone, Copy)]
pub struct LanguageFields {
    /// Field suffix: a language code or `other`.
    pub code: &'static str,
    pub title: Field,
    pub text: Field,
    pub title_pairs: Field,
    pub text_pairs: Field,
}

/// Word pairs need no positions: a two-word phrase is one pair term.
fn pairs(name: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(TextFieldIndexing::default().set_tokenizer(name).set_index_option(IndexRecordOption::WithFreqs))
}

pub(crate) fn analyzed(name: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(TextFieldIndexing::default().set_tokenizer(name).set_index_option(IndexRecordOption::WithFreqsAndPositions))
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
    let codes = STEMMED.iter().map(|(code, _, _)| (*code, analyzer_name(code))).chain([("other", PLAIN.to_owned())]);
    let analyzed_fields = codes
        .map(|(code, analyzer)| {
            let pair_analyzer = pairs_analyzer_name(&analyzer);
            LanguageFields {
                code,
                title: builder.add_text_field(&format!("title_{code}"), analyzed(&analyzer)),
                text: builder.add_text_field(&format!("text_{code}"), analyzed(&analyzer)),
                title_pairs: builder.add_text_field(&format!("title_pairs_{code}"), pairs(&pair_analyzer)),
                text_pairs: builder.add_text_field(&format!("text_pairs_{code}"), pairs(&pair_analyzer)),
            }
        })
        .collect();
    let exact = builder.add_text_field("exact", analyzed(PLAIN));
    let facets = FACETS.iter().map(|name| builder.add_facet_field(&format!("f_{name}"), FacetOptions::default())).collect();
    let goal_filter = builder.add_text_field("goal", STRING);
    let updated = builder.add_i64_field("updated", INDEXED | FAST);
    let fields =
        Fields { id, kind, title, summary, body, url, language, license, origin, goals, analyzed: analyzed_fields, exact, facets, goal_filter, updated };
    (builder.build(), fields)
}

/// A facet value for a vocabulary id; ids never contain `/`, but guard anyway.
pub fn facet(value: &str) -> Facet {
    Facet::from_path([value.replace('/', "_")])
}
