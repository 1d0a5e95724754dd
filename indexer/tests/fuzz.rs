//! Property-based fuzzing of the search grammar and query execution: any text a visitor types
//! (with any filters, sort and paging) is answered, within the page size and the index's size,
//! and a snippet never carries markup that was not ours. See `server/tests/fuzz/main.rs` for
//! how to run millions of cases.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

// The same runner and hostile-text generators as the server's fuzz targets.
#[path = "../../server/tests/fuzz/support.rs"]
mod support;

use deelwijs_indexer::{Change, IndexDocument, SearchIndex, SearchQuery, Sort, FACETS};
use proptest::prelude::*;

use support::{fuzz, hostile_text};

const WORDS: &[&str] = &["breuken", "breuk", "pizza", "groep", "6", "fractions", "Brüche", "fraction", "les", "de", "the", "a", "getallenlijn"];

fn document(n: usize) -> Change {
    let word = |i: usize| WORDS[(n * 7 + i) % WORDS.len()];
    Change::Upsert(Box::new(IndexDocument {
        id: format!("doc{n}"),
        kind: if n.is_multiple_of(3) { "case_study" } else { "material" }.into(),
        title: format!("{} {} <b>{n}</b>", word(0), word(1)),
        summary: format!("{} {} & {}", word(2), word(3), word(4)),
        body: format!("{} {} {} \"{}\" {}-{}", word(5), word(6), word(7), word(8), word(9), word(10)),
        keywords: vec![word(11).into()],
        language: ["nl", "en", "de", "fr", "x-none"][n % 5].into(),
        levels: vec![["po", "vo", "so"][n % 3].into()],
        subjects: vec!["rekenen-wiskunde".into()],
        resource_type: "lesson_plan".into(),
        license: "CC-BY-4.0".into(),
        origin: "local".into(),
        goal_filter_ids: vec![format!("goal{}", n % 4)],
        url: format!("http://localhost/materials/doc{n}"),
        updated_at: n as i64,
        ..IndexDocument::default()
    }))
}

/// Queries built from the grammar's pieces (words, phrases, prefixes, exclusions, OR, facet
/// filters, brackets) with hostile text mixed in.
fn query_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(WORDS.to_vec()).prop_map(str::to_owned),
        prop::sample::select(WORDS.to_vec()).prop_map(|w| format!("\"{w} {w}")),
        prop::sample::select(WORDS.to_vec()).prop_map(|w| format!("\"{w} breuken\"")),
        prop::sample::select(WORDS.to_vec()).prop_map(|w| format!("{w}*")),
        prop::sample::select(WORDS.to_vec()).prop_map(|w| format!("-{w}")),
        Just("OR".to_owned()),
        Just("AND".to_owned()),
        Just("*".to_owned()),
        Just("-".to_owned()),
        Just("\"".to_owned()),
        Just("(".to_owned()),
        Just("title:(((".to_owned()),
        prop::sample::select(FACETS.to_vec()).prop_map(|f| format!("{f}:po")),
        prop::sample::select(FACETS.to_vec()).prop_map(|f| format!("{f}:")),
        hostile_text(),
    ];
    prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.join(" "))
}

fn search_query() -> impl Strategy<Value = SearchQuery> {
    (
        query_text(),
        prop::collection::vec((prop::sample::select(FACETS.to_vec()), prop_oneof![Just("po".to_owned()), Just("nl".to_owned()), hostile_text()]), 0..3),
        prop::option::of(prop_oneof![Just("goal1".to_owned()), hostile_text()]),
        any::<bool>(),
        0usize..50,
        0usize..200,
        any::<bool>(),
    )
        .prop_map(|(text, filters, goal, newest, page, per_page, with_facets)| SearchQuery {
            text,
            filters: filters.into_iter().map(|(f, v)| (f.to_owned(), v)).collect(),
            goal,
            sort: if newest { Sort::Newest } else { Sort::Relevance },
            page,
            per_page,
            with_facets,
        })
}

#[test]
fn any_query_is_answered_within_bounds() {
    let dir = tempfile::tempdir().unwrap();
    let (index, _) = SearchIndex::open(dir.path()).unwrap();
    let documents: Vec<Change> = (0..40).map(document).collect();
    index.apply(&documents).unwrap();
    let total = index.num_docs() as usize;
    fuzz("search query", file!(), search_query(), |query| {
        let results = index.search(&query).unwrap_or_else(|e| panic!("{query:?}: {e}"));
        assert!(results.total <= total, "{query:?}");
        assert!(results.hits.len() <= results.per_page.max(1), "{query:?}");
        for counts in results.facets.values() {
            assert!(counts.values().all(|&n| n as usize <= results.total), "{query:?}");
        }
        for hit in &results.hits {
            // The stored title's `<b>` was text: it comes back escaped; only highlighting is markup.
            let without_highlights = hit.snippet_html.replace("<b>", "").replace("</b>", "");
            assert!(!without_highlights.contains('<'), "{query:?}: {}", hit.snippet_html);
        }
    });
}

/// Found by fuzzing: excluding a phrase that matches nothing in a segment reached a debug
/// assertion inside tantivy (see the workspace `Cargo.toml`). The answers are right: such an
/// exclusion excludes nothing, and a phrase that does match excludes exactly its documents.
#[test]
fn an_excluded_phrase_that_matches_nothing_excludes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (index, _) = SearchIndex::open(dir.path()).unwrap();
    index.apply(&(0..40).map(document).collect::<Vec<_>>()).unwrap();
    let ids = |text: &str| -> Vec<String> {
        let mut ids: Vec<String> = index
            .search(&SearchQuery { text: text.to_owned(), per_page: 100, page: 1, ..SearchQuery::default() })
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect();
        ids.sort();
        ids
    };
    let all = ids("breuken");
    assert!(!all.is_empty());
    assert_eq!(ids("breuken -\"zeldzaam woord nergens\""), all);
    let with_phrase = ids("\"pizza groep\"");
    assert!(!with_phrase.is_empty() && with_phrase.len() < all.len(), "{with_phrase:?}");
    let without: Vec<String> = all.iter().filter(|id| !with_phrase.contains(id)).cloned().collect();
    assert_eq!(ids("breuken -\"pizza groep\""), without);
}
