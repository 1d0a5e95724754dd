//! Migrations run up, down and up again on both backends.

use deelwijs_server::store::{self, DatabaseUrl};
use diesel::RunQueryDsl;

use crate::support::{backends, Backend, PgDatabase};

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

fn count_tables(conn: &mut store::DbConnection) -> i64 {
    let sql = match conn {
        store::DbConnection::Sqlite(_) => {
            "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '__diesel_schema_migrations'"
        }
        store::DbConnection::Pg(_) => {
            "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name != '__diesel_schema_migrations'"
        }
    };
    diesel::sql_query(sql).get_result::<Count>(conn).unwrap().n
}

/// Every table of the schema (foundation: 10, curricula: 5, federation: 8, reactions: 2,
/// networks: 3, open federation: 1 — `goal_matches`, collections: 4, mail: 2, identities: 2, notifications: 2, follows of goals and searches: 2,
/// OAI-PMH: 2, CASE sources: 1, reviews: 1).
const TABLES: i64 = 49;

#[test]
fn migrations_up_down_up() {
    for backend in backends() {
        let temp = tempfile::tempdir().unwrap();
        let pg = (backend == Backend::Postgres).then(PgDatabase::create);
        let url = match &pg {
            Some(db) => DatabaseUrl::Postgres(db.url.clone()),
            None => DatabaseUrl::Sqlite(temp.path().join("m.db").to_string_lossy().into_owned()),
        };
        let pool = store::open(&url).unwrap();
        let mut conn = pool.get().unwrap();
        assert_eq!(count_tables(&mut conn), TABLES, "{backend:?}: all tables exist after migrating up");
        assert!(store::revert_all_migrations(&mut conn).unwrap() >= 1);
        assert_eq!(count_tables(&mut conn), 0, "{backend:?}: nothing left after migrating down");
        assert!(store::run_migrations(&mut conn).unwrap() >= 1);
        assert_eq!(count_tables(&mut conn), TABLES);
        assert_eq!(store::run_migrations(&mut conn).unwrap(), 0, "nothing pending the second time");
    }
}
