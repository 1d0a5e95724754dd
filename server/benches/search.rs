//! Search benchmark: indexing rate, publish-to-searchable latency, and query latency through
//! the HTTP API, raw tantivy, PostgreSQL full-text search and SQLite FTS5 — the same corpus
//! and the same query mix, in one run. Prints a table.
//!
//! `cargo bench -p deelwijs-server --bench search -- --sizes 10000,100000,1000000 [--queries 60] [--corpus topics|soup] [--skip-pg] [--skip-fts5] [--skip-reindex]`

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark fails loudly

mod corpus;
mod serve;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use deelwijs_indexer::{Change, IndexDocument, SearchIndex, SearchQuery, Sort};
use deelwijs_server::app::curricula;
use deelwijs_server::app::search::REBUILD_BATCH;
use deelwijs_server::domain::Limits;
use deelwijs_server::startup::{self, Settings};
use deelwijs_server::store::{self, DatabaseUrl};
use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection, RunQueryDsl, SqliteConnection};

struct Args {
    sizes: Vec<usize>,
    queries: usize,
    pg: bool,
    fts5: bool,
    reindex: bool,
    model: corpus::Model,
}

fn args() -> Args {
    let raw: Vec<String> = std::env::args().collect();
    let value = |flag: &str| raw.iter().position(|a| a == flag).and_then(|i| raw.get(i + 1)).cloned();
    Args {
        sizes: value("--sizes").unwrap_or_else(|| "10000,100000".into()).split(',').map(|s| s.trim().parse().unwrap()).collect(),
        queries: value("--queries").map_or(60, |q| q.parse().unwrap()),
        pg: !raw.iter().any(|a| a == "--skip-pg"),
        fts5: !raw.iter().any(|a| a == "--skip-fts5"),
        reindex: !raw.iter().any(|a| a == "--skip-reindex"),
        model: corpus::Model::parse(&value("--corpus").unwrap_or_default()),
    }
}

/// A query of the fixed mix: (kind, text, filters, goal).
#[derive(Clone)]
struct MixQuery {
    kind: &'static str,
    text: String,
    filters: Vec<(&'static str, &'static str)>,
    goal: Option<String>,
}

fn mix(goal_ids: &[String], n: usize) -> Vec<MixQuery> {
    let one = ["breuken", "klimaat", "water", "lezen", "privacy", "lesson", "fractions", "programmeren", "museum", "gezond"];
    let multi = ["breuken groep", "klimaat water", "digitale geletterdheid", "lesson pupils", "robot programmeren", "geld sparen"];
    let phrase = ["\"digitale geletterdheid\"", "\"les leerlingen\"", "\"lesson pupils\"", "\"groep rekenen\""];
    let mut out = Vec::new();
    for i in 0..n {
        out.push(MixQuery { kind: "one-word", text: one[i % one.len()].into(), filters: vec![], goal: None });
        out.push(MixQuery { kind: "multi-word", text: multi[i % multi.len()].into(), filters: vec![], goal: None });
        out.push(MixQuery { kind: "phrase", text: phrase[i % phrase.len()].into(), filters: vec![], goal: None });
        out.push(MixQuery { kind: "goal filter", text: "les".into(), filters: vec![], goal: Some(goal_ids[i % goal_ids.len()].clone()) });
        out.push(MixQuery { kind: "two facets", text: one[(i + 3) % one.len()].into(), filters: vec![("level", "po"), ("license", "CC-BY-4.0")], goal: None });
    }
    out
}

/// CPU time this process has used, all threads (Linux: `/proc/self/stat`, in clock ticks of
/// 1/100 s, the kernel's `USER_HZ` on every architecture we run on).
fn process_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").expect("/proc/self/stat (Linux)");
    // Fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')').expect("a stat line").1.split_whitespace().collect();
    // utime and stime: fields 14 and 15 of the line; the first field after the name is field 3.
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    Duration::from_millis(ticks * 10)
}

fn percentiles(mut samples: Vec<Duration>) -> (f64, f64, f64) {
    samples.sort();
    let at = |p: f64| samples[((samples.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1000.0;
    (at(0.50), at(0.95), at(0.99))
}

fn fmt((p50, p95, p99): (f64, f64, f64)) -> String {
    format!("{p50:.2} / {p95:.2} / {p99:.2}")
}

/// p50, p95, p99 in milliseconds.
type Percentiles = (f64, f64, f64);

struct Row {
    size: usize,
    index_rate: f64,
    /// How long the merges the bulk build started ran on after its last commit.
    merge_tail: Duration,
    /// CPU time of the bulk build, merges included, per document (µs): less noisy than the
    /// rate when machines differ in speed from run to run.
    index_cpu_us: f64,
    /// Segments the queries ran over.
    segments: usize,
    /// `deelwijs reindex`: the same materials read from SQLite, documents/s.
    reindex: Option<f64>,
    publish: (f64, f64),
    api: (f64, f64, f64),
    /// The API searches as the server timed them (Server-Timing).
    server_side: (f64, f64, f64),
    /// Any request's round trip (`/healthz`): the client's and the HTTP stack's share.
    floor: (f64, f64, f64),
    raw: (f64, f64, f64),
    pg: Option<(f64, f64, f64)>,
    fts5: Option<(f64, f64, f64)>,
    /// Query kind → API p50 / p99 and raw tantivy p50 / p99.
    by_kind: BTreeMap<&'static str, (Percentiles, Percentiles)>,
}

fn main() {
    let args = args();
    let mut rows = Vec::new();
    for &size in &args.sizes {
        eprintln!("== {size} materials");
        let row = run(size, &args);
        // Each size's figures as soon as they exist, so a long run can be stopped early.
        eprintln!(
            "   done: index {:.0} docs/s ({:.0} µs CPU each; merges {:.1} s more, {} segments), reindex from SQLite {}, publish p50 {:.0} ms, API {} (in the server {}, any request {}), raw {}, PG {}, FTS5 {}",
            row.index_rate,
            row.index_cpu_us,
            row.merge_tail.as_secs_f64(),
            row.segments,
            row.reindex.map_or("skipped".into(), |r| format!("{r:.0} docs/s")),
            row.publish.0,
            fmt(row.api),
            fmt(row.server_side),
            fmt(row.floor),
            fmt(row.raw),
            row.pg.map_or("skipped".into(), fmt),
            row.fts5.map_or("skipped".into(), fmt)
        );
        rows.push(row);
    }
    println!();
    println!("corpus: {}", args.model.name());
    println!("| materials | bulk index (docs/s) | CPU per document (µs) | merges after the last commit (s) | segments | `deelwijs reindex` from SQLite (docs/s) | publish→searchable ms (p50 / max) | API p50 / p95 / p99 ms (facets on) | of which in the server (Server-Timing) | any request (`/healthz`) | raw tantivy p50 / p95 / p99 ms | PostgreSQL FTS p50 / p95 / p99 ms | SQLite FTS5 p50 / p95 / p99 ms | PG ÷ API (p50) | FTS5 ÷ API (p50) |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for r in &rows {
        let ratio = |other: Option<(f64, f64, f64)>| other.map_or("—".to_owned(), |o| format!("{:.1}×", o.0 / r.api.0));
        println!(
            "| {} | {:.0} | {:.0} | {:.1} | {} | {} | {:.0} / {:.0} | {} | {} | {} | {} | {} | {} | {} | {} |",
            r.size,
            r.index_rate,
            r.index_cpu_us,
            r.merge_tail.as_secs_f64(),
            r.segments,
            r.reindex.map_or("skipped".into(), |rate| format!("{rate:.0}")),
            r.publish.0,
            r.publish.1,
            fmt(r.api),
            fmt(r.server_side),
            fmt(r.floor),
            fmt(r.raw),
            r.pg.map_or("skipped".into(), fmt),
            r.fts5.map_or("skipped".into(), fmt),
            ratio(r.pg),
            ratio(r.fts5)
        );
    }
    println!();
    println!("| materials | query kind | API p50 / p95 / p99 ms | raw tantivy p50 / p95 / p99 ms |");
    println!("|---|---|---|---|");
    for r in &rows {
        for (kind, (api, raw)) in &r.by_kind {
            println!("| {} | {kind} | {} | {} |", r.size, fmt(*api), fmt(*raw));
        }
    }
}

fn slo_package() -> serde_json::Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/curriculum/slo-kerndoelen-2025-11.case.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("the SLO package in ../shared")).unwrap()
}

/// A node on the embedded default: SQLite and the index in `dir`.
fn sqlite_settings(dir: &std::path::Path, public_url: &str) -> Settings {
    Settings {
        data_dir: dir.into(),
        database_url: DatabaseUrl::Sqlite(dir.join("deelwijs.db").to_string_lossy().into()),
        public_url: public_url.to_owned(),
        limits: Limits::default(),
        federation: Default::default(),
        behind_proxy: false,
        mail: None,
        privacy: Default::default(),
        oidc: Vec::new(),
        password_sign_in: true,
    }
}

fn run(size: usize, args: &Args) -> Row {
    let temp = tempfile::tempdir().unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let settings = sqlite_settings(temp.path(), &base);
    let app = startup::open_app(&settings).unwrap();
    let system = actix_web::rt::System::new();
    system.block_on(curricula::import(&app, None, slo_package())).unwrap();

    // Goals and the ids a goal filter matches under, as the server computes them.
    let (goal_ids, closures, uris, statements) = {
        let mut conn = app.db.pool().get().unwrap();
        let goals = store::curricula::goals_imported_here(&mut conn).unwrap();
        let kerndoelen: Vec<_> = goals.iter().filter(|g| g.item_type == "Kerndoel").collect();
        let closures: Vec<Vec<String>> = kerndoelen.iter().map(|g| store::curricula::filter_closure(&mut conn, std::slice::from_ref(&g.id)).unwrap()).collect();
        let areas: Vec<String> = goals.iter().filter(|g| g.item_type == "Vakleergebied").map(|g| g.id.clone()).collect();
        // What the index worker adds to a document for each goal it is aligned to.
        let statements: Vec<String> = kerndoelen.iter().map(|g| format!("{} {}", g.human_coding_scheme, g.full_statement)).collect();
        (areas, closures, kerndoelen.iter().map(|g| g.uri.clone()).collect::<Vec<_>>(), statements)
    };

    eprintln!("   generating");
    let docs = corpus::generate(size, closures.len(), 42, args.model);
    let to_index = |d: &corpus::Doc| IndexDocument {
        id: d.id.clone(),
        kind: "material".into(),
        title: d.title.clone(),
        summary: d.summary.clone(),
        body: d.body.clone(),
        language: d.language.into(),
        levels: d.levels.iter().map(|s| (*s).to_owned()).collect(),
        subjects: d.subjects.iter().map(|s| (*s).to_owned()).collect(),
        resource_type: d.resource_type.into(),
        license: d.license.into(),
        origin: "local".into(),
        goal_uris: d.goals.iter().map(|g| uris[*g].clone()).collect(),
        goal_statements: d.goals.iter().map(|g| statements[*g].clone()).collect(),
        // As the worker indexes them: the owner's display name among the authors.
        authors: vec!["Bench".into()],
        goal_filter_ids: {
            // Once each, as the worker lists them.
            let mut ids: Vec<String> = d.goals.iter().flat_map(|g| closures[*g].clone()).collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        },
        url: format!("{base}/materials/{}", d.id),
        updated_at: d.updated_at,
        ..IndexDocument::default()
    };

    // 1. Bulk indexing rate (documents built beforehand; the clock runs over apply + commit),
    // then the merges the build started, waited for, so queries do not compete with them.
    eprintln!("   bulk indexing");
    let (index_rate, merge_tail, index_cpu_us) = {
        let (index, _) = SearchIndex::open(&app.config.index_dir()).unwrap();
        let changes: Vec<Change> = docs.iter().map(|d| Change::Upsert(Box::new(to_index(d)))).collect();
        let cpu_before = process_cpu();
        let started = Instant::now();
        // Committed in the batches a rebuild commits.
        for chunk in changes.chunks(REBUILD_BATCH) {
            index.apply(chunk).unwrap();
        }
        let searchable = started.elapsed();
        index.close().unwrap();
        let cpu = process_cpu() - cpu_before;
        (size as f64 / searchable.as_secs_f64(), started.elapsed() - searchable, cpu.as_secs_f64() * 1e6 / size as f64)
    };

    // 2. The node, serving that index over HTTP.
    let app = startup::open_search(app).unwrap();
    serve::in_background(app.clone(), listener);
    let client = serve::client();
    let queries = mix(&goal_ids, args.queries);

    eprintln!("   queries through the API and raw tantivy");
    let mut api = Vec::new();
    let mut raw = Vec::new();
    // The server's own measure of each API search (Server-Timing), to tell the search apart
    // from HTTP and the client.
    let mut server_side = Vec::new();
    let mut per_kind: BTreeMap<&'static str, (Vec<Duration>, Vec<Duration>)> = BTreeMap::new();
    let index = app.search.clone().unwrap();
    let segments = index.num_segments();
    // API and raw tantivy take turns going first, so neither always finds the other's work in
    // the caches.
    for (i, q) in queries.iter().enumerate() {
        let mut params: Vec<(&str, String)> = vec![("q", q.text.clone())];
        params.extend(q.filters.iter().map(|(k, v)| (*k, (*v).to_owned())));
        if let Some(goal) = &q.goal {
            params.push(("goal", goal.clone()));
        }
        let mut through_api = || {
            let started = Instant::now();
            let response = client.get(format!("{base}/api/v1/search")).query(&params).send().unwrap();
            assert!(response.status().is_success());
            let timing = response.headers().get("server-timing").and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("search;dur="));
            server_side.push(Duration::from_secs_f64(timing.and_then(|ms| ms.parse::<f64>().ok()).unwrap_or_default() / 1000.0));
            let _ = response.bytes().unwrap();
            started.elapsed()
        };
        let query = SearchQuery {
            text: q.text.clone(),
            filters: q.filters.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect(),
            goal: q.goal.clone(),
            sort: Sort::Relevance,
            page: 1,
            per_page: 20,
            with_facets: true,
        };
        let direct = || {
            let started = Instant::now();
            index.search(&query).unwrap();
            started.elapsed()
        };
        let (api_time, raw_time) = if i % 2 == 0 {
            let a = through_api();
            (a, direct())
        } else {
            let r = direct();
            (through_api(), r)
        };
        api.push(api_time);
        raw.push(raw_time);
        let entry = per_kind.entry(q.kind).or_default();
        entry.0.push(api_time);
        entry.1.push(raw_time);
    }

    // What any request costs here (client, loopback, actix), for comparison with the API figures.
    let floor = percentiles(
        (0..200)
            .map(|_| {
                let started = Instant::now();
                let response = client.get(format!("{base}/healthz")).send().unwrap();
                let _ = response.bytes().unwrap();
                started.elapsed()
            })
            .collect(),
    );

    // 3. Publish → searchable, through the API, 20 times.
    eprintln!("   publish to searchable");
    let publish = {
        let token = serve::bench_account(&app, &base, &client);
        let mut samples = Vec::new();
        for n in 0..20 {
            let word = format!("zoekwoord{n}x{size}");
            let started = Instant::now();
            let created = client
                .post(format!("{base}/api/v1/materials"))
                .bearer_auth(&token)
                .json(&serde_json::json!({"title": format!("Nieuw {word}"), "language": "nl", "education_levels": ["po"], "status": "published"}))
                .send()
                .unwrap();
            assert_eq!(created.status(), 201);
            loop {
                let found: serde_json::Value =
                    client.get(format!("{base}/api/v1/search")).query(&[("q", word.as_str()), ("facets", "false")]).send().unwrap().json().unwrap();
                if found["total"] == 1 {
                    break;
                }
                assert!(started.elapsed() < Duration::from_secs(30), "not searchable after 30 s");
            }
            samples.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        samples.sort_by(|a, b| a.total_cmp(b));
        (samples[samples.len() / 2], samples[samples.len() - 1])
    };
    drop(app);

    let reindex = args.reindex.then(|| reindex_from_sqlite(&docs, &uris));
    let pg = args.pg.then(|| postgres_fts(&docs, &closures, &queries, &goal_ids));
    let fts5 = args.fts5.then(|| sqlite_fts5(temp.path(), &docs, &closures, &queries));
    let by_kind = per_kind.into_iter().map(|(kind, (a, r))| (kind, (percentiles(a), percentiles(r)))).collect();
    Row {
        size,
        index_rate,
        merge_tail,
        index_cpu_us,
        segments,
        reindex,
        publish,
        api: percentiles(api),
        server_side: percentiles(server_side),
        floor,
        raw: percentiles(raw),
        pg,
        fts5,
        by_kind,
    }
}

/// What `deelwijs reindex` does with these materials stored in SQLite: read each one back
/// through the same code as the index worker, index, commit in batches, wait for the merges.
/// A database and an index of their own, so the serving node's worker takes no part.
fn reindex_from_sqlite(docs: &[corpus::Doc], goal_uris: &[String]) -> f64 {
    use deelwijs_server::app::search;
    eprintln!("   reindex from SQLite: loading the database");
    let temp = tempfile::tempdir().unwrap();
    let settings = sqlite_settings(temp.path(), "http://localhost:8080");
    let app = startup::open_app(&settings).unwrap();
    let system = actix_web::rt::System::new();
    system.block_on(curricula::import(&app, None, slo_package())).unwrap();
    let owner = serve::create_bench_user(&app);
    corpus::insert_materials(&mut app.db.pool().get().unwrap(), docs, &owner, goal_uris, false);
    eprintln!("   reindex from SQLite: indexing");
    let mut app = startup::open_search(app).unwrap();
    let index = app.search.take().unwrap();
    let started = Instant::now();
    let total = search::rebuild(&app, &index, |_, _| {}).unwrap();
    assert_eq!((total, index.num_docs() as usize), (docs.len(), docs.len()), "every material indexed once");
    drop(app);
    std::sync::Arc::try_unwrap(index).ok().unwrap().close().unwrap();
    docs.len() as f64 / started.elapsed().as_secs_f64()
}

fn sql_list(values: &[String]) -> String {
    values.iter().map(|v| format!("'{}'", v.replace('\'', "''"))).collect::<Vec<_>>().join(",")
}

#[derive(diesel::QueryableByName)]
struct TextResult {
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    result: Option<String>,
}

fn pg_config(language: &str) -> &'static str {
    match language {
        "nl" => "dutch",
        "en" => "english",
        "de" => "german",
        "fr" => "french",
        _ => "simple",
    }
}

fn postgres_fts(docs: &[corpus::Doc], closures: &[Vec<String>], queries: &[MixQuery], goal_ids: &[String]) -> (f64, f64, f64) {
    let _ = goal_ids;
    eprintln!("   PostgreSQL: loading");
    let admin_url = std::env::var("DEELWIJS_TEST_PG_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let name = format!("deelwijs_bench_{}", std::process::id());
    let mut admin = PgConnection::establish(&admin_url).expect("PostgreSQL on 127.0.0.1:5432 (or --skip-pg)");
    diesel::sql_query(format!("DROP DATABASE IF EXISTS {name}")).execute(&mut admin).unwrap();
    diesel::sql_query(format!("CREATE DATABASE {name}")).execute(&mut admin).unwrap();
    let url = format!("{}/{name}", admin_url.rsplit_once('/').unwrap().0);
    let mut conn = PgConnection::establish(&url).unwrap();
    conn.batch_execute("CREATE TABLE docs (id text PRIMARY KEY, language text, title text, body text, levels text[], subjects text[], resource_type text, license text, goals text[], tsv tsvector)").unwrap();
    for chunk in docs.chunks(2_000) {
        let values: Vec<String> = chunk
            .iter()
            .map(|d| {
                let goals: Vec<String> = d.goals.iter().flat_map(|g| closures[*g].clone()).collect();
                let cfg = pg_config(d.language);
                format!(
                    "('{}','{}','{}','{}',ARRAY[{}]::text[],ARRAY[{}]::text[],'{}','{}',ARRAY[{}]::text[], setweight(to_tsvector('{cfg}','{}'),'A') || to_tsvector('{cfg}','{} {}'))",
                    d.id,
                    d.language,
                    d.title,
                    d.body,
                    sql_list(&d.levels.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>()),
                    sql_list(&d.subjects.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>()),
                    d.resource_type,
                    d.license,
                    sql_list(&goals),
                    d.title,
                    d.summary,
                    d.body
                )
            })
            .collect();
        conn.batch_execute(&format!("INSERT INTO docs VALUES {}", values.join(","))).unwrap();
    }
    conn.batch_execute("CREATE INDEX docs_tsv ON docs USING GIN (tsv); CREATE INDEX docs_goals ON docs USING GIN (goals); CREATE INDEX docs_levels ON docs USING GIN (levels); ANALYZE docs;").unwrap();
    eprintln!("   PostgreSQL: queries");
    let mut samples = Vec::new();
    for q in queries {
        let mut filters = String::new();
        for (name, value) in &q.filters {
            match *name {
                "level" => filters.push_str(&format!(" AND d.levels @> ARRAY['{value}']")),
                "license" => filters.push_str(&format!(" AND d.license = '{value}'")),
                _ => {}
            }
        }
        if let Some(goal) = &q.goal {
            filters.push_str(&format!(" AND d.goals @> ARRAY['{goal}']"));
        }
        let sql = format!(
            "WITH q AS (SELECT websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('english', $1) AS q), \
             m AS (SELECT d.id, d.levels, d.subjects, d.resource_type, d.license, d.language, ts_rank_cd(d.tsv, q.q) AS rank FROM docs d, q WHERE d.tsv @@ q.q{filters}) \
             SELECT json_build_object( \
               'hits', (SELECT json_agg(t) FROM (SELECT id, rank FROM m ORDER BY rank DESC LIMIT 20) t), \
               'total', (SELECT count(*) FROM m), \
               'level', (SELECT json_object_agg(v, c) FROM (SELECT unnest(levels) v, count(*) c FROM m GROUP BY 1) x), \
               'subject', (SELECT json_object_agg(v, c) FROM (SELECT unnest(subjects) v, count(*) c FROM m GROUP BY 1) x), \
               'resource_type', (SELECT json_object_agg(resource_type, c) FROM (SELECT resource_type, count(*) c FROM m GROUP BY 1) x), \
               'license', (SELECT json_object_agg(license, c) FROM (SELECT license, count(*) c FROM m GROUP BY 1) x), \
               'lang', (SELECT json_object_agg(language, c) FROM (SELECT language, count(*) c FROM m GROUP BY 1) x) \
             )::text AS result"
        );
        let started = Instant::now();
        let rows: Vec<TextResult> = diesel::sql_query(sql).bind::<diesel::sql_types::Text, _>(&q.text).load(&mut conn).unwrap();
        samples.push(started.elapsed());
        assert!(rows[0].result.is_some());
    }
    drop(conn);
    diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut admin).unwrap();
    percentiles(samples)
}

fn sqlite_fts5(dir: &std::path::Path, docs: &[corpus::Doc], closures: &[Vec<String>], queries: &[MixQuery]) -> (f64, f64, f64) {
    eprintln!("   SQLite FTS5: loading");
    let path = dir.join("fts5.db");
    let mut conn = SqliteConnection::establish(&path.to_string_lossy()).unwrap();
    conn.batch_execute(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; \
         CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT, language TEXT, levels TEXT, subjects TEXT, resource_type TEXT, license TEXT, goals TEXT); \
         CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');",
    )
    .unwrap();
    let json = |values: Vec<String>| serde_json::to_string(&values).unwrap();
    conn.batch_execute("BEGIN").unwrap();
    for (chunk_index, chunk) in docs.chunks(2_000).enumerate() {
        let mut doc_rows = Vec::new();
        let mut fts_rows = Vec::new();
        for (i, d) in chunk.iter().enumerate() {
            let rowid = chunk_index * 2_000 + i + 1;
            let goals: Vec<String> = d.goals.iter().flat_map(|g| closures[*g].clone()).collect();
            doc_rows.push(format!(
                "({rowid},'{}','{}','{}','{}','{}','{}','{}')",
                d.id,
                d.language,
                json(d.levels.iter().map(|s| (*s).to_owned()).collect()),
                json(d.subjects.iter().map(|s| (*s).to_owned()).collect()),
                d.resource_type,
                d.license,
                json(goals)
            ));
            fts_rows.push(format!("({rowid},'{}','{} {}')", d.title, d.summary, d.body));
        }
        conn.batch_execute(&format!("INSERT INTO docs VALUES {}; INSERT INTO fts(rowid, title, body) VALUES {};", doc_rows.join(","), fts_rows.join(",")))
            .unwrap();
    }
    conn.batch_execute("COMMIT; ANALYZE;").unwrap();
    eprintln!("   SQLite FTS5: queries");
    let mut samples = Vec::new();
    for q in queries {
        let mut filters = String::new();
        for (name, value) in &q.filters {
            match *name {
                "level" => filters.push_str(&format!(" AND EXISTS (SELECT 1 FROM json_each(docs.levels) WHERE value = '{value}')")),
                "license" => filters.push_str(&format!(" AND docs.license = '{value}'")),
                _ => {}
            }
        }
        if let Some(goal) = &q.goal {
            filters.push_str(&format!(" AND EXISTS (SELECT 1 FROM json_each(docs.goals) WHERE value = '{goal}')"));
        }
        let sql = format!(
            "WITH m AS (SELECT docs.*, bm25(fts, 3.0, 1.0) AS rank FROM fts JOIN docs ON docs.rowid = fts.rowid WHERE fts MATCH ?1{filters}) \
             SELECT json_object( \
               'hits', (SELECT json_group_array(id) FROM (SELECT id FROM m ORDER BY rank LIMIT 20)), \
               'total', (SELECT count(*) FROM m), \
               'level', (SELECT json_group_object(v, c) FROM (SELECT j.value v, count(*) c FROM m, json_each(m.levels) j GROUP BY 1)), \
               'subject', (SELECT json_group_object(v, c) FROM (SELECT j.value v, count(*) c FROM m, json_each(m.subjects) j GROUP BY 1)), \
               'resource_type', (SELECT json_group_object(resource_type, c) FROM (SELECT resource_type, count(*) c FROM m GROUP BY 1)), \
               'license', (SELECT json_group_object(license, c) FROM (SELECT license, count(*) c FROM m GROUP BY 1)), \
               'lang', (SELECT json_group_object(language, c) FROM (SELECT language, count(*) c FROM m GROUP BY 1)) \
             ) AS result"
        );
        let started = Instant::now();
        let rows: Vec<TextResult> = diesel::sql_query(sql).bind::<diesel::sql_types::Text, _>(&q.text).load(&mut conn).unwrap();
        samples.push(started.elapsed());
        assert!(rows[0].result.is_some());
    }
    percentiles(samples)
}
