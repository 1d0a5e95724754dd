//! The index schema: stored fields for hits, one analyzed field per language for title and
//! text, an exact-match field, facets, the goal filter field and the sort field.

use tantivy::schema::{Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING};

use crate::analyzers::{analyzer_name, PLAIN, STEMMED};

/// Bump when the schema or analysis changes: an index with another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 1;

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
    /// (language suffix, title field, text field), `other` last.
    pub analyzed: Vec<(&'static str, Field, Field)>,
    pub exact: Field,
    /// Facet fields in the order of `FACETS`.
    pub facets: Vec<Field>,
    pub goal_filter: Field,
    pub updated: Field,
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
    let mut analyzed_fields = Vec::new();
    for (code, _) in STEMMED {
        let name = analyzer_name(code);
        let title_field = builder.add_text_field(&format!("title_{code}"), analyzed(&name));
        let text_field = builder.add_text_field(&format!("text_{code}"), analyzed(&name));
        analyzed_fields.push((*code, title_field, text_field));
    }
    let title_other = builder.add_text_field("title_other", analyzed(PLAIN));
    let text_other = builder.add_text_field("text_other", analyzed(PLAIN));
    analyzed_fields.push(("other", title_other, text_other));
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
