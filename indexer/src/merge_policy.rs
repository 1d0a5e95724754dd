//! Which segments the writer merges: small ones by size level (tantivy's `LogMergePolicy`);
//! large ones only once many of their documents are deleted.
//!
//! Why not the log policy alone: it also merges large segments of similar size, so a bulk
//! build that writes ten segments of 100k documents then rewrites eight of them into one. At
//! 1M materials that rewrite cost a fifth of the build's CPU and ran on after it (measured with
//! the search benchmark), while queries over ten segments were no slower than over five: the
//! search runs segments in parallel. A segment of `settled` documents is big enough to stay.

use tantivy::index::SegmentMeta;
use tantivy::merge_policy::{LogMergePolicy, MergeCandidate, MergePolicy};

/// Documents from which a segment is left alone by size-level merges.
pub(crate) const SETTLED_DOCS: u32 = 50_000;

/// Share of deleted documents at which a settled segment is rewritten (edits delete the old
/// version of a document, so without this its space and scoring weight would stay forever).
const EXPUNGE_RATIO: f32 = 0.25;

#[derive(Debug)]
pub(crate) struct SettledSegments {
    settled: u32,
    small: LogMergePolicy,
}

impl SettledSegments {
    pub(crate) fn new(settled: u32) -> SettledSegments {
        let mut small = LogMergePolicy::default();
        small.set_max_docs_before_merge((settled as usize).saturating_sub(1));
        SettledSegments { settled, small }
    }
}

impl MergePolicy for SettledSegments {
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let (settled, small): (Vec<&SegmentMeta>, Vec<&SegmentMeta>) = segments.iter().partition(|segment| segment.num_docs() >= self.settled);
        let small: Vec<SegmentMeta> = small.into_iter().cloned().collect();
        let mut candidates = self.small.compute_merge_candidates(&small);
        candidates.extend(
            settled
                .into_iter()
                .filter(|segment| segment.num_deleted_docs() as f32 > EXPUNGE_RATIO * segment.max_doc() as f32)
                .map(|segment| MergeCandidate(vec![segment.id()])),
        );
        candidates
    }
}

#[cfg(test)]
mod tests {
    use tantivy::schema::{Schema, STRING};
    use tantivy::{doc, Index, IndexWriter, TantivyDocument, Term};

    use super::*;

    /// Segment sizes (live documents) after the writer has finished merging.
    fn sizes(writer: IndexWriter, index: &Index) -> Vec<u32> {
        writer.wait_merging_threads().unwrap();
        let mut sizes: Vec<u32> = index.searchable_segment_metas().unwrap().iter().map(SegmentMeta::num_docs).collect();
        sizes.sort_unstable();
        sizes
    }

    #[test]
    fn merges_small_segments_keeps_settled_ones_and_expunges_deletes() {
        let mut builder = Schema::builder();
        let id = builder.add_text_field("id", STRING);
        let index = Index::create_in_ram(builder.build());
        let writer = || {
            let writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(1, 15_000_000).unwrap();
            writer.set_merge_policy(Box::new(SettledSegments::new(100)));
            writer
        };
        let mut w = writer();
        let mut next = 0;
        let mut commit = |w: &mut IndexWriter, docs: usize| {
            for _ in 0..docs {
                w.add_document(doc!(id => next.to_string())).unwrap();
                next += 1;
            }
            w.commit().unwrap();
        };
        // Ten settled segments of similar size: the log policy alone would merge eight.
        for _ in 0..10 {
            commit(&mut w, 150);
        }
        // Eight small ones: merged into one.
        for _ in 0..8 {
            commit(&mut w, 5);
        }
        let after = sizes(w, &index);
        assert_eq!(after, [40, 150, 150, 150, 150, 150, 150, 150, 150, 150, 150]);

        // A third of one settled segment deleted: that segment alone is rewritten.
        let mut w = writer();
        for doc in 0..50 {
            w.delete_term(Term::from_field_text(id, &doc.to_string()));
        }
        w.commit().unwrap();
        let after = sizes(w, &index);
        assert_eq!(after, [40, 100, 150, 150, 150, 150, 150, 150, 150, 150, 150]);
        assert_eq!(index.searchable_segment_metas().unwrap().iter().map(SegmentMeta::num_deleted_docs).sum::<u32>(), 0);
    }
}
