//! Queries: lenient parsing over every language's fields, facet filters, facet counts,
//! relevance or newest-first order, and highlighted snippets.

use std::collections::BTreeMap;

use tantivy::collector::{Count, MultiCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::query_grammar::{self, Delimiter, Occur as GrammarOccur, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::schema::{Field, IndexRecordOption, TantivyDocument, Term, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Index, Order, Searcher};

use crate::analyzers::field_language;
use crate::document::IndexDocument;
use crate::facets::{FacetBitsets, FacetCollector};
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
    if let Some(language) = fields.analyzed.iter().find(|l| l.code == suffix) {
        doc.add_text(language.title, &d.title);
        doc.add_text(language.title_pairs, &d.title);
        for text in [&d.summary, &d.body].into_iter().chain(&d.keywords).chain(&d.goal_statements).chain(&d.authors) {
            doc.add_text(language.text, text);
            doc.add_text(language.text_pairs, text);
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
    for language in &fields.analyzed {
        default_fields.push(language.title);
        default_fields.push(language.text);
    }
    default_fields.push(fields.exact);
    let mut parser = QueryParser::for_index(index, default_fields);
    parser.set_conjunction_by_default();
    for language in &fields.analyzed {
        parser.set_field_boost(language.title, 3.0);
        parser.set_field_boost(language.title_pairs, 3.0);
    }
    parser.set_field_boost(fields.exact, 1.5);
    // Lenient: syntax errors and unknown fields degrade to what can be understood.
    let (ast, _errors) = query_grammar::parse_query_lenient(text);
    let ast = phrases_to_pairs(ast, index, fields);
    let (query, _errors) = parser.build_query_from_user_input_ast_lenient(ast);
    query
}

/// Rewrites each quoted two-word phrase without a field into a word-pair lookup, language by
/// language, where that language's analysis leaves two adjacent words (so the pair says exactly
/// what the phrase says). Longer phrases, and phrases with a stop word inside, stay positional
/// phrases on the ordinary fields: their words together are rare enough to check positions.
fn phrases_to_pairs(ast: UserInputAst, index: &Index, fields: &Fields) -> UserInputAst {
    match ast {
        UserInputAst::Clause(clauses) => {
            UserInputAst::Clause(clauses.into_iter().map(|(occur, clause)| (occur, phrases_to_pairs(clause, index, fields))).collect())
        }
        UserInputAst::Boost(inner, boost) => UserInputAst::Boost(Box::new(phrases_to_pairs(*inner, index, fields)), boost),
        UserInputAst::Leaf(leaf) => match *leaf {
            UserInputLeaf::Literal(literal) if literal.field_name.is_none() && literal.delimiter != Delimiter::None && literal.slop == 0 && !literal.prefix => {
                let schema = index.schema();
                let mut per_field = Vec::new();
                for language in &fields.analyzed {
                    let words = token_count(index, language.text, &literal.phrase);
                    let pairs = token_count(index, language.text_pairs, &literal.phrase);
                    let targets = if words == 2 && pairs == 1 { [language.title_pairs, language.text_pairs] } else { [language.title, language.text] };
                    for field in targets {
                        let literal = UserInputLiteral { field_name: Some(schema.get_field_name(field).to_owned()), ..literal.clone() };
                        per_field.push((Some(GrammarOccur::Should), UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(literal)))));
                    }
                }
                UserInputAst::Clause(per_field)
            }
            other => UserInputAst::Leaf(Box::new(other)),
        },
    }
}

/// How many tokens a field's analyzer makes of a text.
fn token_count(index: &Index, field: Field, text: &str) -> usize {
    let Ok(mut analyzer) = index.tokenizer_for_field(field) else { return 0 };
    let mut stream = analyzer.token_stream(text);
    let mut count = 0;
    while stream.advance() {
        count += 1;
    }
    count
}

pub(crate) fn run(
    index: &Index,
    searcher: &Searcher,
    fields: &Fields,
    facet_bitsets: &FacetBitsets,
    request: &SearchQuery,
) -> Result<SearchResults, IndexError> {
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

    // One pass over the matches: the page of hits, the total and (if asked) the facet counts.
    let limit = if offset >= MAX_OFFSET { 0 } else { per_page.min(MAX_OFFSET - offset) };
    let mut collectors = MultiCollector::new();
    let count_handle = if request.with_facets { None } else { Some(collectors.add_collector(Count)) };
    let facet_handle = request.with_facets.then(|| collectors.add_collector(FacetCollector(facet_bitsets)));
    let (score_handle, newest_handle) = match (limit, request.sort) {
        (0, _) => (None, None),
        (_, Sort::Relevance) => (Some(collectors.add_collector(TopDocs::with_limit(limit).and_offset(offset).order_by_score())), None),
        (_, Sort::Newest) => {
            (None, Some(collectors.add_collector(TopDocs::with_limit(limit).and_offset(offset).order_by_fast_field::<i64>("updated", Order::Desc))))
        }
    };
    let mut fruits = searcher.search(&query, &collectors)?;
    let (total, facets) = match (count_handle, facet_handle) {
        (Some(count), _) => (count.extract(&mut fruits), BTreeMap::new()),
        (None, Some(facets)) => {
            let (total, counts) = facets.extract(&mut fruits);
            (usize::try_from(total).unwrap_or(usize::MAX), counts)
        }
        (None, None) => (0, BTreeMap::new()),
    };
    let addresses: Vec<(f32, DocAddress)> = match (score_handle, newest_handle) {
        (Some(top), _) => top.extract(&mut fruits),
        (None, Some(top)) => top.extract(&mut fruits).into_iter().map(|(_, address)| (0.0, address)).collect(),
        (None, None) => Vec::new(),
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
        let snippet_html = match fields.analyzed.iter().find(|l| l.code == suffix) {
            Some(language) => {
                if !generators.contains_key(language.code) {
                    let mut generator = SnippetGenerator::create(searcher, &*text, language.text)?;
                    generator.set_max_num_chars(220);
                    generators.insert(language.code, generator);
                }
                let snippet = generators.get(language.code).map(|g| g.snippet(&format!("{summary}\n{body}")));
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
        assert_eq!(results.facets["lang"], BTreeMap::from([("en".to_owned(), 1), ("nl".to_owned(), 2)]), "exactly the values, no root");
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
    fn phrases_use_word_pairs_and_keep_their_meaning() {
        let dir = tempfile::tempdir().unwrap();
        let (index, _) = SearchIndex::open(dir.path()).unwrap();
        index
            .apply(&[
                doc("a", "Breuken met pizza", "nl", &["po"], &[], 1),
                doc("d", "Pizza breuken eerlijk delen", "nl", &["po"], &[], 2),
                doc("e", "Sharing pizza fractions fairly", "en", &["po"], &[], 3),
                doc("f", "Pizza breuken", "fy", &["po"], &[], 4),
            ])
            .unwrap();
        let text = |t: &str| SearchQuery { text: t.into(), ..SearchQuery::default() };
        // Two adjacent words: answered from the pair fields, in every language's analysis.
        check(&index, text("\"pizza breuken\""), &["d", "f"]);
        check(&index, text("\"pizza breuk\""), &["d"]);
        check(&index, text("\"pizza breuken eerlijk\""), &["d"]);
        check(&index, text("\"pizza fraction\""), &["e"]);
        // Order and adjacency still matter.
        check(&index, text("\"breuken pizza\""), &[]);
        check(&index, text("\"pizza eerlijk breuken\""), &[]);
        check(&index, text("\"pizza breuken delen\""), &[]);
        // Longer phrases, or a stop word inside: the positional phrase on the ordinary fields.
        check(&index, text("\"breuken met pizza\""), &["a"]);
        // Which fields a phrase goes to: pairs where the words are adjacent, positions elsewhere.
        let targets = |phrase: &str| {
            let (ast, _) = query_grammar::parse_query_lenient(phrase);
            format!("{:?}", phrases_to_pairs(ast, &index.index, &index.fields))
        };
        assert!(targets("\"pizza breuken\"").contains(r#""text_pairs_nl":"pizza breuken""#), "{}", targets("\"pizza breuken\""));
        assert!(targets("\"breuken met pizza\"").contains(r#""text_nl":"breuken met pizza""#));
        assert!(targets("\"breuken met pizza\"").contains(r#""text_en":"breuken met pizza""#));
        // A phrase mixed with other words and filters.
        check(&index, SearchQuery { filters: vec![("lang".into(), "nl".into())], ..text("eerlijk \"pizza breuken\"") }, &["d"]);
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
