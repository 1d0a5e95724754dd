//! Facet counts from bitsets, the way bitmap-based engines count facets: each segment gets
//! one bitset per facet value, built once from that value's postings; a query marks its
//! matches in a bitset, and a value's count is a popcount of (matches AND value).
//!
//! Counting costs about one bit-set per matching document plus a fixed number of word
//! operations per segment, instead of a column lookup per document and facet, which is what
//! makes facet counts over hundreds of thousands of matches affordable. Filters are applied the
//! same way: the text's matches ANDed with the filter values' bitsets.
//!
//! Goals are counted too (`GOAL_FILTER`: a goal, everything below it and what matches it), and
//! a node may know thousands of them, most aligned to few documents. A value held by fewer than
//! one document in `SPARSE_BELOW` keeps a sorted list of doc ids instead of a bitset: at 1M
//! documents a goal of 100 documents costs 400 bytes instead of 125 KB, and counting it costs
//! 100 bit tests instead of 15,625 word operations. Counting every goal still visits all goal
//! postings whatever the query, so a query matching less than half a segment counts goals the
//! other way: from each match to its goals (`GoalsByDoc`).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::query::Weight;
use tantivy::schema::{Field, IndexRecordOption, Term};
use tantivy::{DocId, DocSet, Score, Searcher, SegmentOrdinal, SegmentReader, TERMINATED};

use crate::schema::{split_filter_term, FACETS, GOAL_FILTER};

/// A value held by fewer than `max_doc / SPARSE_BELOW` documents is kept as a list: a doc id is
/// 32 bits, so below 1/32 of the documents the list is the smaller of the two.
const SPARSE_BELOW: u32 = 32;

/// The names counted: the filter facets and goals.
fn counted_name(name: &str) -> Option<&'static str> {
    FACETS.iter().copied().chain([GOAL_FILTER]).find(|f| *f == name)
}

/// A fixed-size bitset over a segment's doc ids.
#[derive(Debug, Clone)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(max_doc: u32) -> Bits {
        Bits(vec![0; (max_doc as usize).div_ceil(64)])
    }

    fn insert(&mut self, doc: DocId) {
        if let Some(word) = self.0.get_mut((doc / 64) as usize) {
            *word |= 1u64 << (doc % 64);
        }
    }

    /// Clears the documents `keep` says no to.
    fn retain(&mut self, keep: impl Fn(DocId) -> bool) {
        for (index, word) in self.0.iter_mut().enumerate() {
            let mut rest = *word;
            while rest != 0 {
                let bit = rest.trailing_zeros();
                rest &= rest - 1;
                if !keep(index as DocId * 64 + bit) {
                    *word &= !(1u64 << bit);
                }
            }
        }
    }

    /// Every document of a segment with `max_doc` documents.
    fn fill(&mut self, max_doc: u32) {
        self.0.fill(u64::MAX);
        let tail = max_doc % 64;
        if let (Some(last), true) = (self.0.last_mut(), tail != 0) {
            *last = (1u64 << tail) - 1;
        }
    }

    fn and(&mut self, other: &Bits) {
        for (word, other) in self.0.iter_mut().zip(&other.0) {
            *word &= other;
        }
    }

    fn contains(&self, doc: DocId) -> bool {
        self.0.get((doc / 64) as usize).is_some_and(|word| word & (1u64 << (doc % 64)) != 0)
    }

    /// Keeps only the documents `docs` holds.
    fn and_docs(&mut self, docs: &Docs) {
        match docs {
            Docs::Dense(bits) => self.and(bits),
            Docs::Sparse(list) => {
                let mut kept = Bits(vec![0; self.0.len()]);
                for doc in list.iter().filter(|doc| self.contains(**doc)) {
                    kept.insert(*doc);
                }
                *self = kept;
            }
        }
    }
}

/// The documents of a segment holding one facet value.
#[derive(Debug, Clone)]
enum Docs {
    Dense(Bits),
    /// Sorted doc ids, for values few documents hold.
    Sparse(Vec<DocId>),
}

impl Docs {
    /// How many of `matched` hold the value; `words` lists the non-zero words of `matched`
    /// when it is sparse (then only those are visited).
    fn count(&self, matched: &Bits, words: Option<&[usize]>) -> u64 {
        match (self, words) {
            (Docs::Dense(bits), None) => matched.0.iter().zip(&bits.0).map(|(m, b)| u64::from((m & b).count_ones())).sum(),
            (Docs::Dense(bits), Some(words)) => words.iter().map(|&i| u64::from((matched.0[i] & bits.0[i]).count_ones())).sum(),
            (Docs::Sparse(list), _) => list.iter().filter(|doc| matched.contains(**doc)).count() as u64,
        }
    }
}

/// The value bitsets of one segment.
#[derive(Debug)]
struct SegmentFacets {
    /// (facet name, value, documents having it).
    values: Vec<(&'static str, String, Docs)>,
    /// The goal values of each document, for counting goals over few matches.
    goals_by_doc: GoalsByDoc,
    max_doc: u32,
}

/// Each document's goal values (indexes into `SegmentFacets::values`), in compressed-row form:
/// document `d` has `values[starts[d]..starts[d + 1]]`.
///
/// Counting every goal value by its own list costs all of the goals' postings whatever the
/// query; over few matches it is cheaper to go the other way, from each match to its goals.
#[derive(Debug, Default)]
struct GoalsByDoc {
    starts: Vec<u32>,
    values: Vec<u32>,
}

impl GoalsByDoc {
    fn build(max_doc: u32, mut pairs: Vec<(DocId, u32)>) -> GoalsByDoc {
        pairs.sort_unstable();
        let mut starts = Vec::with_capacity(max_doc as usize + 1);
        let mut next = 0;
        for doc in 0..=max_doc {
            while next < pairs.len() && pairs[next].0 < doc {
                next += 1;
            }
            starts.push(next as u32);
        }
        GoalsByDoc { starts, values: pairs.into_iter().map(|(_, value)| value).collect() }
    }

    fn of(&self, doc: DocId) -> &[u32] {
        let (Some(start), Some(end)) = (self.starts.get(doc as usize), self.starts.get(doc as usize + 1)) else { return &[] };
        self.values.get(*start as usize..*end as usize).unwrap_or_default()
    }

    /// Goal postings in all: what counting goal by goal would cost.
    fn postings(&self) -> usize {
        self.values.len()
    }
}

impl SegmentFacets {
    /// The documents having a facet value, by its filter term.
    fn value_docs(&self, filter: &str) -> Option<&Docs> {
        let (name, value) = split_filter_term(filter)?;
        self.values.iter().find(|(n, v, _)| *n == name && v == value).map(|(_, _, docs)| docs)
    }

    fn build(reader: &SegmentReader, field: Field) -> tantivy::Result<SegmentFacets> {
        let mut values = Vec::new();
        let mut goal_pairs: Vec<(DocId, u32)> = Vec::new();
        let inverted = reader.inverted_index(field)?;
        let mut terms = inverted.terms().stream()?;
        while terms.advance() {
            let Some((name, value)) = std::str::from_utf8(terms.key()).ok().and_then(split_filter_term) else { continue };
            let Some(name) = counted_name(name) else { continue };
            let mut postings = inverted.read_postings_from_terminfo(terms.value(), IndexRecordOption::Basic)?;
            // Deleted documents may still be here; matches never include them, so counting
            // against the matches drops them.
            let mut list = Vec::with_capacity(terms.value().doc_freq as usize);
            while postings.doc() != TERMINATED {
                list.push(postings.doc());
                postings.advance();
            }
            if name == GOAL_FILTER {
                let index = values.len() as u32;
                goal_pairs.extend(list.iter().map(|doc| (*doc, index)));
            }
            let docs = if list.len() < (reader.max_doc() / SPARSE_BELOW) as usize {
                Docs::Sparse(list)
            } else {
                let mut bits = Bits::new(reader.max_doc());
                for doc in list {
                    bits.insert(doc);
                }
                Docs::Dense(bits)
            };
            values.push((name, value.to_owned(), docs));
        }
        Ok(SegmentFacets { values, goals_by_doc: GoalsByDoc::build(reader.max_doc(), goal_pairs), max_doc: reader.max_doc() })
    }
}

/// The per-segment bitsets of the current searcher, kept in step with reloads.
#[derive(Debug)]
pub(crate) struct FacetBitsets {
    /// The filter-term field.
    field: Field,
    segments: Mutex<HashMap<SegmentId, Arc<SegmentFacets>>>,
}

impl FacetBitsets {
    pub(crate) fn new(field: Field) -> FacetBitsets {
        FacetBitsets { field, segments: Mutex::new(HashMap::new()) }
    }

    /// Builds bitsets for new segments and forgets merged-away ones. Called after each reload,
    /// by the writer, so queries rarely build anything themselves.
    pub(crate) fn warm(&self, searcher: &Searcher) -> tantivy::Result<()> {
        for reader in searcher.segment_readers() {
            self.segment(reader)?;
        }
        let live: Vec<SegmentId> = searcher.segment_readers().iter().map(SegmentReader::segment_id).collect();
        if let Ok(mut segments) = self.segments.lock() {
            segments.retain(|id, _| live.contains(id));
        }
        Ok(())
    }

    fn segment(&self, reader: &SegmentReader) -> tantivy::Result<Arc<SegmentFacets>> {
        let id = reader.segment_id();
        if let Some(found) = self.segments.lock().ok().and_then(|s| s.get(&id).cloned()) {
            return Ok(found);
        }
        // Built outside the lock: a query racing the writer at worst builds a segment twice.
        let built = Arc::new(SegmentFacets::build(reader, self.field)?);
        if let Ok(mut segments) = self.segments.lock() {
            segments.insert(id, built.clone());
        }
        Ok(built)
    }
}

/// Facet name → value → count, plus the number of matching documents.
pub(crate) type FacetCounts = (u64, BTreeMap<&'static str, BTreeMap<String, u64>>);

/// Counts every facet value over a query's matches, and the matches themselves.
///
/// The query it runs with is the text part alone; the filters (facet values, goal ids) are
/// applied here, as an AND of bitsets, which costs a few word operations per segment instead of
/// a posting-list seek per match.
pub(crate) struct FacetCollector<'a> {
    pub bitsets: &'a FacetBitsets,
    /// Filter terms (see `schema::filter_term`) every match must have.
    pub filters: &'a [String],
    /// The text query matches every document: start from all of them, not from its postings.
    pub text_matches_all: bool,
    /// The text query as a conjunction of term alternatives, where it is one: then the matches
    /// are read straight from the postings, block by block, instead of document by document.
    pub text_terms: Option<&'a [Vec<Term>]>,
}

pub(crate) struct FacetSegmentCollector {
    facets: Arc<SegmentFacets>,
    matched: Bits,
}

impl Collector for FacetCollector<'_> {
    type Fruit = FacetCounts;
    type Child = FacetSegmentCollector;

    fn for_segment(&self, _: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<FacetSegmentCollector> {
        Ok(FacetSegmentCollector { facets: self.bitsets.segment(reader)?, matched: Bits::new(reader.max_doc()) })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn collect_segment(&self, weight: &dyn Weight, segment: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<FacetCounts> {
        let mut collector = self.for_segment(segment, reader)?;
        let matched = &mut collector.matched;
        let alive = reader.alive_bitset();
        if self.text_matches_all {
            matched.fill(reader.max_doc());
            if let Some(alive) = alive {
                matched.retain(|doc| alive.is_alive(doc));
            }
        } else if let Some(conjunction) = self.text_terms {
            for (i, alternatives) in conjunction.iter().enumerate() {
                if i == 0 {
                    or_postings(reader, alternatives, matched)?;
                } else {
                    let mut clause = Bits::new(reader.max_doc());
                    or_postings(reader, alternatives, &mut clause)?;
                    matched.and(&clause);
                }
            }
            if let Some(alive) = alive {
                matched.retain(|doc| alive.is_alive(doc));
            }
        } else {
            weight.for_each_no_score(reader, &mut |docs| {
                for doc in docs {
                    if alive.is_none_or(|alive| alive.is_alive(*doc)) {
                        matched.insert(*doc);
                    }
                }
            })?;
        }
        for filter in self.filters {
            match collector.facets.value_docs(filter) {
                Some(docs) => collector.matched.and_docs(docs),
                // Values no document in this segment has: their postings are empty.
                None => {
                    let mut bits = Bits::new(reader.max_doc());
                    or_postings(reader, &[Term::from_field_text(self.bitsets.field, filter)], &mut bits)?;
                    collector.matched.and(&bits);
                }
            }
        }
        Ok(collector.harvest())
    }

    fn merge_fruits(&self, fruits: Vec<FacetCounts>) -> tantivy::Result<FacetCounts> {
        let mut total = 0;
        let mut merged: BTreeMap<&'static str, BTreeMap<String, u64>> =
            FACETS.iter().copied().chain([GOAL_FILTER]).map(|name| (name, BTreeMap::new())).collect();
        for (count, facets) in fruits {
            total += count;
            for (name, values) in facets {
                let into = merged.entry(name).or_default();
                for (value, n) in values {
                    *into.entry(value).or_default() += n;
                }
            }
        }
        Ok((total, merged))
    }
}

/// Adds the documents having any of the terms, a block of postings at a time.
fn or_postings(reader: &SegmentReader, terms: &[Term], bits: &mut Bits) -> tantivy::Result<()> {
    for term in terms {
        let inverted = reader.inverted_index(term.field())?;
        let Some(mut block) = inverted.read_block_postings(term, IndexRecordOption::Basic)? else { continue };
        while !block.docs().is_empty() {
            for doc in block.docs() {
                bits.insert(*doc);
            }
            block.advance();
        }
    }
    Ok(())
}

impl SegmentCollector for FacetSegmentCollector {
    type Fruit = FacetCounts;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.matched.insert(doc);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        for doc in docs {
            self.matched.insert(*doc);
        }
    }

    fn harvest(self) -> FacetCounts {
        let mut counts: BTreeMap<&'static str, BTreeMap<String, u64>> = BTreeMap::new();
        let total: u64 = self.matched.0.iter().map(|w| u64::from(w.count_ones())).sum();
        if total == 0 {
            return (0, counts);
        }
        // Only words holding a match matter: sparse results touch few words.
        let words: Vec<usize> = self.matched.0.iter().enumerate().filter(|(_, w)| **w != 0).map(|(i, _)| i).collect();
        let sparse_matches = (words.len() * 2 <= self.matched.0.len()).then_some(words.as_slice());
        // Goals: from each match to its goals when that visits fewer postings than goal by
        // goal would (a narrow query over a node with many goals).
        let goals_by_doc = &self.facets.goals_by_doc;
        let per_match = goals_by_doc.postings() as u64 * total / u64::from(self.facets.max_doc.max(1));
        let mut goal_counts: Option<Vec<u64>> = None;
        if per_match * 2 < goals_by_doc.postings() as u64 {
            let mut by_value = vec![0u64; self.facets.values.len()];
            for &i in &words {
                let mut word = self.matched.0[i];
                while word != 0 {
                    let doc = i as DocId * 64 + word.trailing_zeros();
                    word &= word - 1;
                    for value in goals_by_doc.of(doc) {
                        if let Some(count) = by_value.get_mut(*value as usize) {
                            *count += 1;
                        }
                    }
                }
            }
            goal_counts = Some(by_value);
        }
        for (index, (name, value, docs)) in self.facets.values.iter().enumerate() {
            let count = match &goal_counts {
                Some(by_value) if *name == GOAL_FILTER => by_value.get(index).copied().unwrap_or(0),
                _ => docs.count(&self.matched, sparse_matches),
            };
            if count > 0 {
                counts.entry(*name).or_default().insert(value.clone(), count);
            }
        }
        (total, counts)
    }
}
