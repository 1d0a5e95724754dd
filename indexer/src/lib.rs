//! The Deelwijs search index (tantivy): schema, analyzers per language, the single writer,
//! queries with facets and snippets. Knows nothing of the database or HTTP.

mod analyzers;
mod by_language;
mod document;
mod facets;
mod hits;
mod merge_policy;
mod pairs;
mod query;
mod schema;
mod search;
mod similar;
mod suggest;
mod token_memo;
mod word_memo;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use tantivy::directory::MmapDirectory;
use tantivy::schema::{TantivyDocument, Term};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy};

pub use document::{Change, IndexDocument};
pub use schema::{FACETS, GOAL_FILTER, SCHEMA_VERSION};
pub use search::{Hit, SearchQuery, SearchResults, Sort, MAX_OFFSET, MAX_PER_PAGE};
pub use similar::Similar;
pub use suggest::{Draft, GoalEntry, GoalSuggester};

use schema::Fields;

const VERSION_FILE: &str = "deelwijs-schema-version";
/// The bulk writer's indexing budget, split over one thread per core. Memory is taken as a
/// batch grows, so only bulk builds come near it; a large budget lets such a build write a few
/// large segments instead of many small ones that then have to be merged (1M materials: 118 s
/// at 512 MiB against 174 s at 64 MiB).
const BULK_WRITER_MEMORY: usize = 512 * 1024 * 1024;
/// The live writer's budget, on one thread. Tantivy ends its indexing threads at every commit
/// and starts new ones, each with a fresh 4 MiB term table; the live writer commits up to once
/// a second, so one thread instead of one per core halves that churn, and its batches (hundreds
/// of documents) never need more.
const LIVE_WRITER_MEMORY: usize = 48 * 1024 * 1024;

/// Which writer the index holds: see `SearchIndex::set_mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriterMode {
    /// Small batches as content changes: one indexing thread, a small budget.
    Live,
    /// A rebuild: a thread per core and a large budget, for few large segments.
    Bulk,
}

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("the search index at {0} is in use by another process (stop the other `deelwijs` first)")]
    Locked(PathBuf),
    #[error("search index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index file error: {0}")]
    Io(#[from] std::io::Error),
    #[error("search index writer lock poisoned")]
    Poisoned,
    #[error("the search index has no writer (opening one failed when switching modes)")]
    NoWriter,
}

/// The index and its one writer. Cheap to share behind an `Arc`.
pub struct SearchIndex {
    index: Index,
    /// The index's directory, kept to prune its cache of mapped files (see `reload`).
    directory: MmapDirectory,
    reader: IndexReader,
    /// `None` only if opening a writer failed while switching modes.
    writer: Mutex<Option<(WriterMode, IndexWriter)>>,
    fields: Fields,
    facets: facets::FacetBitsets,
}

/// How an index was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    /// An existing index with the current schema.
    Existing,
    /// A new, empty index (first start, or the schema version changed): rebuild it.
    Fresh,
}

impl SearchIndex {
    /// Opens (or creates) the index in `dir`. An index written with another schema version is
    /// wiped and reported as `Fresh`, so the caller rebuilds it from the database.
    pub fn open(dir: &Path) -> Result<(SearchIndex, Opened), IndexError> {
        std::fs::create_dir_all(dir)?;
        let version_path = dir.join(VERSION_FILE);
        let on_disk = std::fs::read_to_string(&version_path).ok().and_then(|v| v.trim().parse::<u32>().ok());
        let has_index = dir.join("meta.json").exists();
        let mut opened = Opened::Existing;
        if !has_index || on_disk != Some(SCHEMA_VERSION) {
            opened = Opened::Fresh;
            if has_index {
                // Refuse to wipe an index another process is writing to.
                if let Ok(existing) = Index::open_in_dir(dir) {
                    drop(existing.writer::<TantivyDocument>(LIVE_WRITER_MEMORY).map_err(|e| lock_error(e, dir))?);
                }
                for entry in std::fs::read_dir(dir)? {
                    let path = entry?.path();
                    if path.is_file() {
                        std::fs::remove_file(path)?;
                    }
                }
            }
        }
        let (schema, fields) = schema::build();
        let directory = MmapDirectory::open(dir).map_err(|e| IndexError::Io(std::io::Error::other(e.to_string())))?;
        let mut index = Index::open_or_create(directory.clone(), schema)?;
        // Search segments in parallel: a query over a large index uses every core.
        index.set_default_multithread_executor()?;
        analyzers::register(index.tokenizers());
        let writer = open_writer(&index, WriterMode::Live).map_err(|e| lock_error(e, dir))?;
        std::fs::write(&version_path, SCHEMA_VERSION.to_string())?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let facets = facets::FacetBitsets::new(fields.filters);
        facets.warm(&reader.searcher())?;
        Ok((SearchIndex { index, directory, reader, writer: Mutex::new(Some((WriterMode::Live, writer))), fields, facets }, opened))
    }

    /// Switches to the writer for `mode` (a no-op if it is already in use). The old writer
    /// finishes its merges first, as tantivy allows one writer per index. Uncommitted changes
    /// cannot exist here: a `Batch` holds the writer until it commits or rolls back.
    pub fn set_mode(&self, mode: WriterMode) -> Result<(), IndexError> {
        let mut slot = self.writer.lock().map_err(|_| IndexError::Poisoned)?;
        if matches!(&*slot, Some((current, _)) if *current == mode) {
            return Ok(());
        }
        if let Some((_, old)) = slot.take() {
            old.wait_merging_threads()?;
        }
        *slot = Some((mode, open_writer(&self.index, mode)?));
        Ok(())
    }

    /// Applies changes and commits them; visible to searches when this returns.
    pub fn apply(&self, changes: &[Change]) -> Result<(), IndexError> {
        let mut batch = self.batch()?;
        for change in changes {
            batch.push(change)?;
        }
        batch.commit()
    }

    /// A batch of changes to push one by one and then commit. The indexing threads start on
    /// each document as it is pushed, so the caller can read the next one meanwhile (a rebuild
    /// from the database does). A batch dropped without `commit` is rolled back.
    pub fn batch(&self) -> Result<Batch<'_>, IndexError> {
        let writer = self.writer.lock().map_err(|_| IndexError::Poisoned)?;
        if writer.is_none() {
            return Err(IndexError::NoWriter);
        }
        Ok(Batch { index: self, writer, open: true })
    }

    /// Removes everything (before a rebuild).
    pub fn clear(&self) -> Result<(), IndexError> {
        let mut slot = self.writer.lock().map_err(|_| IndexError::Poisoned)?;
        let (_, writer) = slot.as_mut().ok_or(IndexError::NoWriter)?;
        writer.delete_all_documents()?;
        writer.commit()?;
        drop(slot);
        self.reload()
    }

    /// Makes committed changes visible and prepares the new segments' facet bitsets.
    fn reload(&self) -> Result<(), IndexError> {
        self.reader.reload()?;
        // Tantivy's directory remembers every file it ever mapped, by path, and forgets the
        // unmapped ones only when asked for its cache statistics. Segment and delete files get
        // new names at each commit, so without this a live node's map grew by a dozen entries a
        // second, for good.
        drop(self.directory.get_cache_info());
        self.facets.warm(&self.reader.searcher())?;
        Ok(())
    }

    /// Stops the writer once its background merges have finished, so a bulk build leaves merged
    /// segments behind instead of abandoning the merges it started.
    pub fn close(self) -> Result<(), IndexError> {
        if let Some((_, writer)) = self.writer.into_inner().map_err(|_| IndexError::Poisoned)? {
            writer.wait_merging_threads()?;
        }
        Ok(())
    }

    pub fn num_segments(&self) -> usize {
        self.reader.searcher().segment_readers().len()
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn search(&self, query: &SearchQuery) -> Result<SearchResults, IndexError> {
        search::run(&self.index, &self.reader.searcher(), &self.fields, &self.facets, query)
    }

    /// Content of one kind like a text, best first (see `similar`).
    pub fn similar(&self, request: &Similar) -> Result<Vec<Hit>, IndexError> {
        similar::run(&self.index, &self.reader.searcher(), &self.fields, request)
    }
}

/// Changes on their way into the index; see `SearchIndex::batch`. Holds the writer.
pub struct Batch<'a> {
    index: &'a SearchIndex,
    /// Always `Some`: `SearchIndex::batch` checks before it hands out a batch.
    writer: MutexGuard<'a, Option<(WriterMode, IndexWriter)>>,
    /// Pushed changes not yet committed or rolled back.
    open: bool,
}

impl Batch<'_> {
    fn writer(&mut self) -> Result<&mut IndexWriter, IndexError> {
        self.writer.as_mut().map(|(_, writer)| writer).ok_or(IndexError::NoWriter)
    }

    pub fn push(&mut self, change: &Change) -> Result<(), IndexError> {
        let fields = &self.index.fields;
        let id_field = fields.id;
        match change {
            Change::Upsert(document) => {
                let document_for_index = search::to_tantivy(fields, document);
                let writer = self.writer()?;
                writer.delete_term(Term::from_field_text(id_field, &document.id));
                writer.add_document(document_for_index)?;
            }
            Change::Delete { id } => {
                self.writer()?.delete_term(Term::from_field_text(id_field, id));
            }
        }
        Ok(())
    }

    /// Commits the pushed changes; visible to searches when this returns.
    pub fn commit(mut self) -> Result<(), IndexError> {
        // A failed commit returns with the batch still open, and so rolls it back.
        self.writer()?.commit()?;
        self.open = false;
        let index = self.index;
        drop(self);
        index.reload()
    }
}

impl Drop for Batch<'_> {
    fn drop(&mut self) {
        if self.open {
            // Should the rollback fail, the next commit takes these changes in; that is
            // harmless, as a change is always re-applied from the queue, and applying one twice
            // gives the same index.
            if let Ok(writer) = self.writer() {
                let _ = writer.rollback();
            }
        }
    }
}

/// A writer for `mode`, with our merge policy.
fn open_writer(index: &Index, mode: WriterMode) -> Result<IndexWriter, tantivy::TantivyError> {
    let writer: IndexWriter = match mode {
        WriterMode::Live => index.writer_with_num_threads(1, LIVE_WRITER_MEMORY)?,
        WriterMode::Bulk => index.writer(BULK_WRITER_MEMORY)?,
    };
    writer.set_merge_policy(Box::new(merge_policy::SettledSegments::new(merge_policy::SETTLED_DOCS)));
    Ok(writer)
}

fn lock_error(error: tantivy::TantivyError, dir: &Path) -> IndexError {
    match error {
        tantivy::TantivyError::LockFailure(..) => IndexError::Locked(dir.to_path_buf()),
        other => IndexError::Tantivy(other),
    }
}
