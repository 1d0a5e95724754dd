//! From the top documents to hits: stored fields and highlighted snippets, fetched on the
//! search threads a few hits per task (each hit costs a block decompression and an analysis of
//! its text, about what a search over a large segment costs).

use std::collections::BTreeMap;

use tantivy::schema::{Field, TantivyDocument, Term, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TokenizerManager;
use tantivy::{DocAddress, Index, Searcher};

use crate::analyzers::{analyzer_name, field_language, PLAIN};
use crate::query::TextQuery;
use crate::schema::Fields;
use crate::search::Hit;

/// Hits per task.
const HITS_PER_TASK: usize = 5;
/// Longest snippet fragment.
const SNIPPET_CHARS: usize = 220;

/// The words to highlight → weight (rarer words weigh more when choosing the fragment).
pub(crate) struct Highlight(BTreeMap<String, f32>);

impl Highlight {
    pub(crate) fn new(searcher: &Searcher, fields: &Fields, text: &TextQuery) -> tantivy::Result<Highlight> {
        let mut words = BTreeMap::new();
        for word in text.highlight_words(fields) {
            let doc_freq = searcher.doc_freq(&Term::from_field_text(fields.text, &word))?;
            if doc_freq > 0 {
                words.insert(word, 1.0 / (1.0 + doc_freq as f32));
            }
        }
        Ok(Highlight(words))
    }
}

pub(crate) fn fetch(index: &Index, searcher: &Searcher, fields: &Fields, highlight: &Highlight, top: &[(f32, DocAddress)]) -> tantivy::Result<Vec<Hit>> {
    let tasks = index.search_executor().map(
        |chunk: &[(f32, DocAddress)]| {
            let mut snippets = Snippets { highlight, analyzers: index.tokenizers(), text: fields.text, generators: BTreeMap::new() };
            chunk.iter().map(|(score, address)| hit(searcher, fields, &mut snippets, *score, *address)).collect::<tantivy::Result<Vec<Hit>>>()
        },
        top.chunks(HITS_PER_TASK),
    )?;
    Ok(tasks.into_iter().flatten().collect())
}

fn hit(searcher: &Searcher, fields: &Fields, snippets: &mut Snippets, score: f32, address: DocAddress) -> tantivy::Result<Hit> {
    let doc: TantivyDocument = searcher.doc(address)?;
    let get = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
    let language = get(fields.language);
    let summary = get(fields.summary);
    let snippet_html = snippets.html(&language, &summary, &get(fields.body));
    Ok(Hit {
        id: get(fields.id),
        kind: get(fields.kind),
        title: get(fields.title),
        summary,
        snippet_html,
        url: get(fields.url),
        language,
        license: get(fields.license),
        origin: get(fields.origin),
        goals: doc.get_all(fields.goals).filter_map(|v| v.as_str().map(str::to_owned)).collect(),
        score,
    })
}

/// Highlighted snippets: the query's words, found in a hit's text by that hit's language analysis.
struct Snippets<'a> {
    highlight: &'a Highlight,
    analyzers: &'a TokenizerManager,
    text: Field,
    /// One generator per language met among the hits.
    generators: BTreeMap<&'static str, SnippetGenerator>,
}

impl Snippets<'_> {
    fn html(&mut self, language: &str, summary: &str, body: &str) -> String {
        if self.highlight.0.is_empty() {
            return String::new();
        }
        let code = field_language(language);
        if !self.generators.contains_key(code) {
            let name = if code == "other" { PLAIN.to_owned() } else { analyzer_name(code) };
            let Some(analyzer) = self.analyzers.get(&name) else { return String::new() };
            self.generators.insert(code, SnippetGenerator::new(self.highlight.0.clone(), analyzer, self.text, SNIPPET_CHARS));
        }
        let Some(generator) = self.generators.get(code) else { return String::new() };
        let snippet = generator.snippet(&format!("{summary}\n{body}"));
        if snippet.highlighted().is_empty() {
            String::new()
        } else {
            snippet.to_html()
        }
    }
}
