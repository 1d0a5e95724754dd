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
/// The writer's indexing budget. Memory is taken as a batch grows, so only bulk builds come near
/// it; a large budget lets such a build write a few large segments instead of many small ones
/// that then have to be merged (1M materials: 118 s at 512 MiB against 174 s at 64 MiB).
const WRITER_MEMORY: usize = 512 * 1024 * 1024;

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
}

/// The index and its one writer. Cheap to share behind an `Arc`.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
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
                    drop(existing.writer::<TantivyDocument>(WRITER_MEMORY).map_err(|e| lock_error(e, dir))?);
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
        let mut index = Index::open_or_create(directory, schema)?;
        // Search segments in parallel: a query over a large index uses every core.
        index.set_default_multithread_executor()?;
        analyzers::register(index.tokenizers());
        let writer: IndexWriter = index.writer(WRITER_MEMORY).map_err(|e| lock_error(e, dir))?;
        writer.set_merge_policy(Box::new(merge_policy::SettledSegments::new(merge_policy::SETTLED_DOCS)));
        std::fs::write(&version_path, SCHEMA_VERSION.to_string())?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let facets = facets::FacetBitsets::new(fields.filters);
        facets.warm(&reader.searcher())?;
        Ok((SearchIndex { index, reader, writer: Mutex::new(writer), fields, facets }, opened))
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
        Ok(Batch { index: self, writer, open: true })
    }

    /// Removes everything (before a rebuild).
    pub fn clear(&self) -> Result<(), IndexError> {
        let mut writer = self.writer.lock().map_err(|_| IndexError::Poisoned)?;
        writer.delete_all_documents()?;
        writer.commit()?;
        drop(writer);
        self.reload()
    }

    /// Makes committed changes visible and prepares the new segments' facet bitsets.
    fn reload(&self) -> Result<(), IndexError> {
        self.reader.reload()?;
        self.facets.warm(&self.reader.searcher())?;
        Ok(())
    }

    /// Stops the writer once its background merges have finished, so a bulk build leaves merged
    /// segments behind instead of abandoning the merges it started.
    pub fn close(self) -> Result<(), IndexError> {
        let writer = self.writer.into_inner().map_err(|_| IndexError::Poisoned)?;
        writer.wait_merging_threads()?;
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
    writer: MutexGuard<'a, IndexWriter>,
    /// Pushed changes not yet committed or rolled back.
    open: bool,
}

impl Batch<'_> {
    pub fn push(&mut self, change: &Change) -> Result<(), IndexError> {
        let id_field = self.index.fields.id;
        match change {
            Change::Upsert(document) => {
                self.writer.delete_term(Term::from_field_text(id_field, &document.id));
                self.writer.add_document(search::to_tantivy(&self.index.fields, document))?;
            }
            Change::Delete { id } => {
                self.writer.delete_term(Term::from_field_text(id_field, id));
            }
        }
        Ok(())
    }

    /// Commits the pushed changes; visible to searches when this returns.
    pub fn commit(mut self) -> Result<(), IndexError> {
        // A failed commit returns with the batch still open, and so rolls it back.
        self.writer.commit()?;
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
            let _ = self.writer.rollback();
        }
    }
}

fn lock_error(error: tantivy::TantivyError, dir: &Path) -> IndexError {
    match error {
        tantivy::TantivyError::LockFailure(..) => IndexError::Locked(dir.to_path_buf()),
        other => IndexError::Tantivy(other),
    }
}
