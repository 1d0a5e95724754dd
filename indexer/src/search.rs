//! Queries: lenient parsing over every language's fields, facet filters, facet counts,
//! relevance or newest-first order, and highlighted snippets.

use std::collections::BTreeMap;

use tantivy::collector::{Count, FacetCollector, MultiCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::{IndexRecordOption, TantivyDocument, Term, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Index, Order, Searcher};

use crate::analyzers::field_language;
use crate::document::IndexDocument;
use crate::schema::{facet, Fields, FACETS};
use crate::IndexError;

/// Deepest result a query may page to; beyond it, pages are empty rather than slow.
pub const MAX_OFFSET: usize = 10_000;
pub const MAX_PER_PAGE: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Relevance,
    Newest,
}

/// A search: free text plus optional filters, one value per facet.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub text: String,
    /// Facet name (see `FACETS`) → the value to keep.
    pub filters: Vec<(String, String)>,
    /// A goal id: content aligned to it, below it, or to a goal it replaced.
    pub goal: Option<String>,
    pub sort: Sort,
    /// 1-based.
    pub page: usize,
    pub per_page: usize,
    pub with_facets: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub snippet_html: String,
    pub url: String,
    pub language: String,
    pub license: String,
    pub origin: String,
    pub goals: Vec<String>,
    pub score: f32,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Facet name → value → number of matching documents.
    pub facets: BTreeMap<&'static str, BTreeMap<String, u64>>,
    pub page: usize,
    pub per_page: usize,
}

pub(crate) fn to_tantivy(fields: &Fields, d: &IndexDocument) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, &d.id);
    doc.add_text(fields.kind, &d.kind);
    doc.add_text(fields.title, &d.title);
    doc.add_text(fields.summary, &d.summary);
    doc.add_text(fields.body, &d.body);
    doc.add_text(fields.url, &d.url);
    doc.add_text(fields.language, &d.language);
    doc.add_text(fields.license, &d.license);
    doc.add_text(fields.origin, &d.origin);
    for uri in &d.goal_uris {
        doc.add_text(fields.goals, uri);
    }
    let suffix = field_language(&d.language);
    if let Some((_, title_field, text_field)) = fields.analyzed.iter().find(|(code, _, _)| *code == suffix) {
        doc.add_text(*title_field, &d.title);
        for text in [&d.summary, &d.body].into_iter().chain(&d.keywords).chain(&d.goal_statements).chain(&d.authors) {
            doc.add_text(*text_field, text);
        }
    }
    doc.add_text(fields.exact, &d.title);
    for keyword in &d.keywords {
        doc.add_text(fields.exact, keyword);
    }
    let values: [Vec<&str>; 7] = [
        vec![d.kind.as_str()],
        d.levels.iter().map(String::as_str).collect(),
        d.subjects.iter().map(String::as_str).collect(),
        vec![d.resource_type.as_str()],
        vec![d.license.as_str()],
        vec![d.language.as_str()],
        vec![d.origin.as_str()],
    ];
    for (field, values) in fields.facets.iter().zip(values) {
        for value in values.into_iter().filter(|v| !v.is_empty()) {
            doc.add_facet(*field, facet(value));
        }
    }
    for goal in &d.goal_filter_ids {
        doc.add_text(fields.goal_filter, goal);
    }
    doc.add_i64(fields.updated, d.updated_at);
    doc
}

fn text_query(index: &Index, fields: &Fields, text: &str) -> Box<dyn Query> {
    if text.trim().is_empty() {
        return Box::new(AllQuery);
    }
    let mut default_fields = Vec::new();
    for (_, title, body) in &fields.analyzed {
        default_fields.push(*title);
        default_fields.push(*body);
    }
    default_fields.push(fields.exact);
    let mut parser = QueryParser::for_index(index, default_fields);
    parser.set_conjunction_by_default();
    for (_, title, _) in &fields.analyzed {
        parser.set_field_boost(*title, 3.0);
    }
    parser.set_field_boost(fields.exact, 1.5);
    // Lenient: syntax errors and unknown fields degrade to what can be understood.
    let (query, _errors) = parser.parse_query_lenient(text);
    query
}

pub(crate) fn run(index: &Index, searcher: &Searcher, fields: &Fields, request: &SearchQuery) -> Result<SearchResults, IndexError> {
    let per_page = request.per_page.clamp(1, MAX_PER_PAGE);
    let page = request.page.max(1);
    let offset = (page - 1).saturating_mul(per_page);
    let text = text_query(index, fields, &request.text);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text.box_clone())];
    for (name, value) in &request.filters {
        if let Some(position) = FACETS.iter().position(|f| f == name) {
            let term = Term::from_facet(fields.facets[position], &facet(value));
            clauses.push((Occur::Must, Box::new(TermQuery::new(term, IndexRecordOption::Basic))));
        }
    }
    if let Some(goal) = &request.goal {
        clauses.push((Occur::Must, Box::new(TermQuery::new(Term::from_field_text(fields.goal_filter, goal), IndexRecordOption::Basic))));
    }
    let query = BooleanQuery::new(clauses);

    let mut collectors = MultiCollector::new();
    let count_handle = collectors.add_collector(Count);
    let mut facet_handles = Vec::new();
    if request.with_facets {
        for (name, field) in FACETS.iter().zip(&fields.facets) {
            let mut collector = FacetCollector::for_field(searcher.schema().get_field_name(*field));
            collector.add_facet("/");
            facet_handles.push((*name, collectors.add_collector(collector)));
        }
    }
    let mut fruits = searcher.search(&query, &collectors)?;
    let total = count_handle.extract(&mut fruits);
    let mut facets = BTreeMap::new();
    for (name, handle) in facet_handles {
        let counts = handle.extract(&mut fruits);
        let values: BTreeMap<String, u64> =
            counts.get("/").map(|(facet, count)| (facet.to_path().last().map(|s| (*s).to_owned()).unwrap_or_default(), count)).collect();
        facets.insert(name, values);
    }

    let addresses: Vec<(f32, DocAddress)> = if offset >= MAX_OFFSET || offset >= total {
        Vec::new()
    } else {
        let limit = per_page.min(MAX_OFFSET - offset);
        match request.sort {
            Sort::Relevance => searcher.search(&query, &TopDocs::with_limit(limit).and_offset(offset).order_by_score())?,
            Sort::Newest => searcher
                .search(&query, &TopDocs::with_limit(limit).and_offset(offset).order_by_fast_field::<i64>("updated", Order::Desc))?
                .into_iter()
                .map(|(_, address)| (0.0, address))
                .collect(),
        }
    };

    let mut generators: BTreeMap<&'static str, SnippetGenerator> = BTreeMap::new();
    let mut hits = Vec::with_capacity(addresses.len());
    for (score, address) in addresses {
        let doc: TantivyDocument = searcher.doc(address)?;
        let get = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
        let language = get(fields.language);
        let suffix = field_language(&language);
        let body = get(fields.body);
        let summary = get(fields.summary);
        let snippet_html = match fields.analyzed.iter().find(|(code, _, _)| *code == suffix) {
            Some((code, _, text_field)) => {
                if !generators.contains_key(code) {
                    let mut generator = SnippetGenerator::create(searcher, &*text, *text_field)?;
                    generator.set_max_num_chars(220);
                    generators.insert(code, generator);
                }
                let snippet = generators.get(code).map(|g| g.snippet(&format!("{summary}\n{body}")));
                snippet.filter(|s| !s.highlighted().is_empty()).map(|s| s.to_html()).unwrap_or_default()
            }
            None => String::new(),
        };
        hits.push(Hit {
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
        });
    }
    Ok(SearchResults { total, hits, facets, page, per_page })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Change, SearchIndex};

    fn doc(id: &str, title: &str, language: &str, levels: &[&str], goals: &[&str], updated_at: i64) -> Change {
        Change::Upsert(Box::new(IndexDocument {
            id: id.into(),
            kind: "material".into(),
            title: title.into(),
            summary: format!("Samenvatting van {title}"),
            body: format!("{title}. Een les voor de klas."),
            language: language.into(),
            levels: levels.iter().map(|s| (*s).to_owned()).collect(),
            subjects: vec!["rekenen-wiskunde".into()],
            resource_type: "lesson_plan".into(),
            license: "CC-BY-4.0".into(),
            origin: "local".into(),
            goal_filter_ids: goals.iter().map(|s| (*s).to_owned()).collect(),
            url: format!("http://localhost/materials/{id}"),
            updated_at,
            ..IndexDocument::default()
        }))
    }

    fn check(index: &SearchIndex, query: SearchQuery, expected_ids: &[&str]) -> SearchResults {
        let results = index.search(&SearchQuery { per_page: 20, page: 1, ..query }).unwrap();
        let mut ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
        ids.sort_unstable();
        let mut expected = expected_ids.to_vec();
        expected.sort_unstable();
        assert_eq!(ids, expected);
        results
    }

    #[test]
    fn stemming_filters_facets_goals_and_deletes() {
        let dir = tempfile::tempdir().unwrap();
        let (index, opened) = SearchIndex::open(dir.path()).unwrap();
        assert_eq!(opened, crate::Opened::Fresh);
        index
            .apply(&[
                doc("a", "Breuken met pizza", "nl", &["po"], &["g1", "g0"], 1),
                doc("b", "Fractions with pizza", "en", &["vo"], &["g2", "g0"], 2),
                doc("c", "Klimaat en water", "nl", &["po", "vo"], &[], 3),
            ])
            .unwrap();
        let text = |t: &str| SearchQuery { text: t.into(), ..SearchQuery::default() };
        check(&index, text("breuk"), &["a"]);
        check(&index, text("breuken groep"), &[]);
        check(&index, text("fraction"), &["b"]);
        check(&index, text("pizza"), &["a", "b"]);
        check(&index, text("\"breuken met pizza\""), &["a"]);
        let results = check(&index, SearchQuery { with_facets: true, ..text("") }, &["a", "b", "c"]);
        assert_eq!(results.facets["level"]["po"], 2);
        assert_eq!(results.facets["lang"]["nl"], 2);
        check(&index, SearchQuery { filters: vec![("level".into(), "vo".into()), ("lang".into(), "nl".into())], ..text("") }, &["c"]);
        check(&index, SearchQuery { goal: Some("g0".into()), ..text("") }, &["a", "b"]);
        check(&index, SearchQuery { goal: Some("g1".into()), ..text("") }, &["a"]);
        let newest = index.search(&SearchQuery { sort: Sort::Newest, per_page: 3, page: 1, ..text("") }).unwrap();
        assert_eq!(newest.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), ["c", "b", "a"]);
        let snippet = &index.search(&SearchQuery { per_page: 1, page: 1, ..text("klimaat") }).unwrap().hits[0].snippet_html;
        assert!(snippet.contains("<b>Klimaat</b>"), "{snippet}");
        // Lenient parsing and absurd paging never fail.
        for odd in ["title:(((", "\"unclosed", "nosuchfield:x AND", "*", "-"] {
            index.search(&SearchQuery { per_page: 10, page: 1, ..text(odd) }).unwrap();
        }
        assert!(index.search(&SearchQuery { per_page: 10, page: usize::MAX / 2, ..text("") }).unwrap().hits.is_empty());
        index.apply(&[Change::Delete { id: "a".into() }]).unwrap();
        check(&index, text("pizza"), &["b"]);
    }

    #[test]
    fn a_second_writer_gets_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let (_first, _) = SearchIndex::open(dir.path()).unwrap();
        match SearchIndex::open(dir.path()) {
            Err(crate::IndexError::Locked(path)) => assert_eq!(path, dir.path()),
            Err(other) => panic!("expected Locked, got {other}"),
            Ok(_) => panic!("a second writer must not open the index"),
        }
    }

    #[test]
    fn a_schema_version_change_starts_fresh() {
        let dir = tempfile::tempdir().unwrap();
        {
            let (index, _) = SearchIndex::open(dir.path()).unwrap();
            index.apply(&[doc("a", "Breuken", "nl", &["po"], &[], 1)]).unwrap();
        }
        let (index, opened) = SearchIndex::open(dir.path()).unwrap();
        assert_eq!((opened, index.num_docs()), (crate::Opened::Existing, 1));
        drop(index);
        std::fs::write(dir.path().join("deelwijs-schema-version"), "0").unwrap();
        let (index, opened) = SearchIndex::open(dir.path()).unwrap();
        assert_eq!((opened, index.num_docs()), (crate::Opened::Fresh, 0));
    }
}
