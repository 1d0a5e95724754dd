//! Facet counts from bitsets, the way bitmap-based engines count facets: each segment gets
//! one bitset per facet value, built once from that value's postings; a query marks its
//! matches in a bitset, and a value's count is a popcount of (matches AND value).
//!
//! Counting costs about one bit-set per matching document plus a fixed number of word
//! operations per segment, instead of a column lookup per document and facet, which is what
//! makes facet counts over hundreds of thousands of matches affordable.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, Searcher, SegmentOrdinal, SegmentReader, TERMINATED};

use crate::schema::FACETS;

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
}

/// The value bitsets of one segment.
#[derive(Debug)]
struct SegmentFacets {
    /// (index into `FACETS`, value, documents having it).
    values: Vec<(usize, String, Bits)>,
}

impl SegmentFacets {
    fn build(reader: &SegmentReader, fields: &[Field]) -> tantivy::Result<SegmentFacets> {
        let mut values = Vec::new();
        for (facet_index, field) in fields.iter().enumerate() {
            let inverted = reader.inverted_index(*field)?;
            let mut terms = inverted.terms().stream()?;
            while terms.advance() {
                // The root facet is indexed for every document; it is not a value.
                let Ok(facet) = Facet::from_encoded(terms.key().to_vec()) else { continue };
                let Some(value) = facet.to_path().last().filter(|s| !s.is_empty()).map(|s| (*s).to_owned()) else { continue };
                let mut bits = Bits::new(reader.max_doc());
                let mut postings = inverted.read_postings_from_terminfo(terms.value(), IndexRecordOption::Basic)?;
                while postings.doc() != TERMINATED {
                    bits.insert(postings.doc());
                    postings.advance();
                }
                // Deleted documents may still be set here; they never match a query, so the
                // AND with the matches drops them.
                values.push((facet_index, value, bits));
            }
        }
        Ok(SegmentFacets { values })
    }
}

/// The per-segment bitsets of the current searcher, kept in step with reloads.
#[derive(Debug)]
pub(crate) struct FacetBitsets {
    fields: Vec<Field>,
    segments: Mutex<HashMap<SegmentId, Arc<SegmentFacets>>>,
}

impl FacetBitsets {
    pub(crate) fn new(fields: Vec<Field>) -> FacetBitsets {
        FacetBitsets { fields, segments: Mutex::new(HashMap::new()) }
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
        let built = Arc::new(SegmentFacets::build(reader, &self.fields)?);
        if let Ok(mut segments) = self.segments.lock() {
            segments.insert(id, built.clone());
        }
        Ok(built)
    }
}

/// Facet name → value → count, plus the number of matching documents.
pub(crate) type FacetCounts = (u64, BTreeMap<&'static str, BTreeMap<String, u64>>);

/// Counts every facet value over a query's matches, and the matches themselves.
pub(crate) struct FacetCollector<'a>(pub(crate) &'a FacetBitsets);

pub(crate) struct FacetSegmentCollector {
    facets: Arc<SegmentFacets>,
    matched: Bits,
    total: u64,
}

impl Collector for FacetCollector<'_> {
    type Fruit = FacetCounts;
    type Child = FacetSegmentCollector;

    fn for_segment(&self, _: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<FacetSegmentCollector> {
        Ok(FacetSegmentCollector { facets: self.0.segment(reader)?, matched: Bits::new(reader.max_doc()), total: 0 })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FacetCounts>) -> tantivy::Result<FacetCounts> {
        let mut total = 0;
        let mut merged: BTreeMap<&'static str, BTreeMap<String, u64>> = FACETS.iter().map(|name| (*name, BTreeMap::new())).collect();
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

impl SegmentCollector for FacetSegmentCollector {
    type Fruit = FacetCounts;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.matched.insert(doc);
        self.total += 1;
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        for doc in docs {
            self.matched.insert(*doc);
        }
        self.total += docs.len() as u64;
    }

    fn harvest(self) -> FacetCounts {
        let mut counts: BTreeMap<&'static str, BTreeMap<String, u64>> = BTreeMap::new();
        if self.total == 0 {
            return (0, counts);
        }
        // Only words holding a match matter: sparse results touch few words.
        let words: Vec<usize> = self.matched.0.iter().enumerate().filter(|(_, w)| **w != 0).map(|(i, _)| i).collect();
        let dense = words.len() * 2 > self.matched.0.len();
        for (facet_index, value, bits) in &self.facets.values {
            let count: u64 = if dense {
                self.matched.0.iter().zip(&bits.0).map(|(m, b)| u64::from((m & b).count_ones())).sum()
            } else {
                words.iter().map(|&i| u64::from((self.matched.0[i] & bits.0[i]).count_ones())).sum()
            };
            if count > 0 {
                let name = FACETS[*facet_index];
                counts.entry(name).or_default().insert(value.clone(), count);
            }
        }
        (self.total, counts)
    }
}
