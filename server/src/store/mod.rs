//! Storage: the diesel schema, rows and queries over one `DbConnection` that is either SQLite or PostgreSQL.
//!
//! Only this module (and `app::tx`, which opens transactions) knows diesel.

pub mod account_data;
pub mod case_sources;
pub mod case_studies;
pub mod collections;
pub mod curricula;
pub mod federation;
pub mod identities;
pub mod mail;
pub mod materials;
pub mod models;
pub mod networks;
pub mod notifications;
pub mod oai;
pub mod quality;
pub mod questions;
pub mod queue;
pub mod reactions;
pub mod reviews;
pub mod schema;
pub mod settings;
pub mod users;

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::r2d2::{self, ManageConnection, R2D2Connection};
use diesel::{Connection, PgConnection, SqliteConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

pub use diesel::result::Error as DbError;

/// One connection type over both backends, so every query is written once.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(SqliteConnection),
    Pg(PgConnection),
}

/// How many ids one `IN (…)` list takes: well under both backends' limits on bound
/// parameters, and large enough that a batch costs a few queries.
pub const ID_CHUNK: usize = 500;

pub type DbPool = r2d2::Pool<DbManager>;
pub type PooledConnection = r2d2::PooledConnection<DbManager>;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/postgres");

/// Where the database lives. Chosen explicitly from the URL scheme: diesel's derived
/// `establish` would try each backend in turn, and SQLite accepts any string as a file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite(String),
    Postgres(String),
}

impl DatabaseUrl {
    pub fn parse(url: &str) -> DatabaseUrl {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            DatabaseUrl::Postgres(url.to_owned())
        } else {
            DatabaseUrl::Sqlite(url.strip_prefix("sqlite://").unwrap_or(url).to_owned())
        }
    }

    pub fn is_sqlite(&self) -> bool {
        matches!(self, DatabaseUrl::Sqlite(_))
    }

    /// The URL with any password removed, for logs.
    pub fn redacted(&self) -> String {
        match self {
            DatabaseUrl::Sqlite(path) => format!("sqlite:{path}"),
            DatabaseUrl::Postgres(url) => match url::Url::parse(url) {
                Ok(mut parsed) => {
                    if parsed.password().is_some() {
                        let _ = parsed.set_password(Some("***"));
                    }
                    parsed.to_string()
                }
                Err(_) => "postgres://(unparseable url)".to_owned(),
            },
        }
    }
}

/// How each pooled SQLite connection is set up: WAL (readers never wait for the writer), full
/// fsync (no acknowledged write is lost), foreign keys, a busy timeout, and the database file
/// read through a memory map.
///
/// Why the map: in WAL mode a connection empties its whole page cache whenever it begins a read
/// after another connection wrote (its pager cannot tell which pages changed), and a busy node
/// writes many times a second, so nearly every statement read every page it needed again with
/// `pread`: about 100 read calls per request on the soak's busier node, a third of its CPU in
/// the kernel. Through the map a page of the database file comes from the kernel's page cache
/// without a call or a copy (pages still in the WAL are read as before). SQLite drops the map
/// at the same moments it empties its cache, so the pages are faulted in again: in the soak the
/// read calls fell tenfold but the CPU per request only by about 5 %. The size is how much of
/// the file is mapped (address space, not memory; 2 GiB less 64 KiB is the most SQLite maps on
/// Linux); pages beyond it are read as before. The cost: an I/O error on a mapped page ends the
/// process with SIGBUS instead of returning an error, and the database is then as intact as
/// after any crash.
const SQLITE_SETUP: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; \
    PRAGMA busy_timeout = 10000; PRAGMA mmap_size = 2147418112;";

/// Opens connections for the r2d2 pool and sets SQLite up for a server (`SQLITE_SETUP`).
#[derive(Debug, Clone)]
pub struct DbManager {
    url: DatabaseUrl,
}

impl ManageConnection for DbManager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        match &self.url {
            DatabaseUrl::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(path).map_err(r2d2::Error::ConnectionError)?;
                conn.batch_execute(SQLITE_SETUP).map_err(r2d2::Error::QueryError)?;
                Ok(DbConnection::Sqlite(conn))
            }
            DatabaseUrl::Postgres(url) => Ok(DbConnection::Pg(PgConnection::establish(url).map_err(r2d2::Error::ConnectionError)?)),
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.ping().map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        conn.is_broken()
    }
}

/// Why the database could not be opened or migrated.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("could not connect to the database {url}: {source}")]
    Connect { url: String, source: r2d2::PoolError },
    #[error("database migration failed: {0}")]
    Migrate(String),
}

/// Opens a pool and applies pending migrations.
pub fn open(url: &DatabaseUrl) -> Result<DbPool, OpenError> {
    let max_size = if url.is_sqlite() { 8 } else { 16 };
    let pool = r2d2::Pool::builder()
        .max_size(max_size)
        .connection_timeout(Duration::from_secs(10))
        .build(DbManager { url: url.clone() })
        .map_err(|source| OpenError::Connect { url: url.redacted(), source })?;
    let mut conn = pool.get().map_err(|source| OpenError::Connect { url: url.redacted(), source })?;
    run_migrations(&mut conn)?;
    Ok(pool)
}

/// Applies every pending migration of the connection's backend; returns how many ran.
pub fn run_migrations(conn: &mut DbConnection) -> Result<usize, OpenError> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
        DbConnection::Pg(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|v| v.len()),
    };
    applied.map_err(|e| OpenError::Migrate(e.to_string()))
}

/// Reverts every migration (used by `deelwijs migrate --revert-all` and the migration tests).
pub fn revert_all_migrations(conn: &mut DbConnection) -> Result<usize, OpenError> {
    let reverted = match conn {
        DbConnection::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
        DbConnection::Pg(c) => c.revert_all_migrations(POSTGRES_MIGRATIONS).map(|v| v.len()),
    };
    reverted.map_err(|e| OpenError::Migrate(e.to_string()))
}

/// One page of a list, 1-based, with a clamped size so no request can ask for everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub page: i64,
    pub per_page: i64,
}

impl Page {
    pub const MAX_PER_PAGE: i64 = 100;

    pub fn new(page: Option<i64>, per_page: Option<i64>) -> Page {
        Page { page: page.unwrap_or(1).clamp(1, 100_000), per_page: per_page.unwrap_or(20).clamp(1, Self::MAX_PER_PAGE) }
    }

    pub fn offset(self) -> i64 {
        (self.page - 1) * self.per_page
    }
}

/// Encodes a list as the JSON text stored in list-valued columns.
pub fn json_list<T: serde::Serialize>(items: &[T]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".to_owned())
}

/// Decodes a list column; a damaged value reads as empty rather than failing the page.
pub fn parse_json_list<T: serde::de::DeserializeOwned>(text: &str) -> Vec<T> {
    serde_json::from_str(text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use diesel::sql_types::{BigInt, Text};
    use diesel::RunQueryDsl;

    use super::*;

    #[derive(diesel::QueryableByName)]
    struct Mode {
        #[diesel(sql_type = Text)]
        journal_mode: String,
    }

    #[derive(diesel::QueryableByName)]
    struct Mapped {
        #[diesel(sql_type = BigInt)]
        mmap_size: i64,
    }

    #[derive(diesel::QueryableByName)]
    struct Synchronous {
        #[diesel(sql_type = BigInt)]
        synchronous: i64,
    }

    /// Every connection the pool hands out, not only the first, is set up as `SQLITE_SETUP`
    /// says: these settings live per connection and a new one starts with SQLite's defaults.
    #[test]
    fn every_pooled_sqlite_connection_is_set_up_for_a_server() {
        let dir = tempfile::tempdir().unwrap();
        let pool = open(&DatabaseUrl::Sqlite(dir.path().join("setup.db").to_string_lossy().into())).unwrap();
        let mut held: Vec<PooledConnection> = (0..3).map(|_| pool.get().unwrap()).collect();
        for conn in &mut held {
            let mode: Vec<Mode> = diesel::sql_query("PRAGMA journal_mode").load(&mut **conn).unwrap();
            assert_eq!(mode[0].journal_mode, "wal");
            let sync: Vec<Synchronous> = diesel::sql_query("PRAGMA synchronous").load(&mut **conn).unwrap();
            assert_eq!(sync[0].synchronous, 2, "FULL: a commit is on disk before it is acknowledged");
            let mapped: Vec<Mapped> = diesel::sql_query("PRAGMA mmap_size").load(&mut **conn).unwrap();
            assert_eq!(mapped[0].mmap_size, 2_147_418_112, "the whole file up to SQLite's limit is read through a map");
        }
    }
}
