//! OAI-PMH harvest benchmark: a full `ListRecords` harvest in `lom` of a node with N materials
//! (SQLite, the release `deelwijs` binary in a process of its own), page after page through
//! the resumption tokens, as Edurep would harvest it. Prints records/s, page latency and the
//! server's resident memory as the harvest goes (and its peak), in a table.
//!
//! `cargo bench -p deelwijs-server --bench oai -- [--sizes 100000]`
//!
//! The materials are written straight into the database as a node upgraded from a version
//! without OAI-PMH holds them; opening the database makes their records (timed too).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark fails loudly

#[allow(dead_code)]
mod corpus;
#[allow(dead_code)]
mod serve;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use deelwijs_server::domain::Limits;
use deelwijs_server::startup::{self, Settings};
use deelwijs_server::store::{self, DatabaseUrl};
use diesel::connection::SimpleConnection;

fn sizes() -> Vec<usize> {
    let raw: Vec<String> = std::env::args().collect();
    raw.iter()
        .position(|a| a == "--sizes")
        .and_then(|i| raw.get(i + 1))
        .map(|v| v.split(',').map(|s| s.parse().unwrap()).collect())
        .unwrap_or_else(|| vec![100_000])
}

fn settings(dir: &std::path::Path) -> Settings {
    Settings {
        data_dir: dir.into(),
        database_url: DatabaseUrl::Sqlite(dir.join("deelwijs.db").to_string_lossy().into()),
        public_url: "http://localhost:8080".into(),
        limits: Limits::default(),
        federation: Default::default(),
        behind_proxy: false,
        mail: None,
        privacy: Default::default(),
        oidc: Vec::new(),
        password_sign_in: true,
    }
}

/// Resident and peak resident memory of a process, MiB.
fn memory(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status.lines().find(|l| l.starts_with(name)).and_then(|l| l.split_whitespace().nth(1)).and_then(|kb| kb.parse::<f64>().ok()).unwrap_or(0.0) / 1024.0
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Writes `size` public materials, aligned to SLO goals, as rows (and their federation state,
/// which is what a node upgraded to this version starts its OAI-PMH records from).
fn fill(dir: &std::path::Path, size: usize) {
    let app = startup::open_app(&settings(dir)).unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/curriculum/slo-kerndoelen-2025-11.case.json");
    let slo: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).expect("the SLO package in ../shared")).unwrap();
    actix_web::rt::System::new().block_on(deelwijs_server::app::curricula::import(&app, None, slo)).unwrap();
    let owner = serve::create_bench_user(&app);
    let uris: Vec<String> = {
        let mut conn = app.db.pool().get().unwrap();
        store::curricula::goals_imported_here(&mut conn).unwrap().into_iter().filter(|g| g.item_type == "Kerndoel").map(|g| g.uri).collect()
    };
    let docs = corpus::generate(size, uris.len(), 42, corpus::Model::Topics);
    corpus::insert_materials(&mut app.db.pool().get().unwrap(), &docs, &owner, &uris, true);
}

struct Row {
    size: usize,
    prepare: Duration,
    records: usize,
    pages: usize,
    elapsed: Duration,
    page_p50: f64,
    page_p99: f64,
    rss_start: f64,
    rss_samples: Vec<(usize, f64)>,
    peak: f64,
}

fn run(size: usize) -> Row {
    let dir = tempfile::tempdir().unwrap();
    eprintln!("== {size} materials: writing the database");
    fill(dir.path(), size);
    // Opening the database makes the records, as the first start after an upgrade does.
    let opened = Instant::now();
    let app = startup::open_app(&settings(dir.path())).unwrap();
    let prepare = opened.elapsed();
    eprintln!("   {size} records made in {:.1} s", prepare.as_secs_f64());
    // The search index is built once beforehand, so the harvest does not compete with it.
    {
        let app = startup::open_search(app).unwrap();
        let mut conn = app.db.pool().get().unwrap();
        conn.batch_execute("DELETE FROM index_queue").unwrap();
    }

    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let base = format!("http://localhost:{port}");
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_deelwijs"))
        .args(["serve", "--data-dir", &dir.path().to_string_lossy(), "--bind", &format!("127.0.0.1:{port}"), "--public-url", &base])
        .env("DEELWIJS_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let client = reqwest::blocking::Client::builder().timeout(Duration::from_secs(120)).build().unwrap();
    while client.get(format!("{base}/healthz")).send().map(|r| !r.status().is_success()).unwrap_or(true) {
        assert!(started.elapsed() < Duration::from_secs(600), "the node did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let pid = child.id();
    let (rss_start, _) = memory(pid);
    eprintln!("   node up in {:.1} s, RSS {rss_start:.0} MiB; harvesting", started.elapsed().as_secs_f64());

    let mut url = format!("{base}/oai?verb=ListRecords&metadataPrefix=lom");
    let (mut records, mut pages, mut page_ms) = (0usize, 0usize, Vec::new());
    let mut rss_samples = Vec::new();
    let harvest = Instant::now();
    loop {
        let asked = Instant::now();
        let body = client.get(&url).send().unwrap().text().unwrap();
        page_ms.push(asked.elapsed().as_secs_f64() * 1000.0);
        assert!(!body.contains("<error"), "{}", &body[..body.len().min(2000)]);
        records += body.matches("<record>").count();
        pages += 1;
        if pages % 100 == 0 {
            rss_samples.push((records, memory(pid).0));
        }
        let token = body.split("<resumptionToken").nth(1).and_then(|rest| {
            let (tag, rest) = rest.split_once('>')?;
            (!tag.ends_with('/')).then(|| rest.split("</resumptionToken>").next().unwrap_or_default().to_owned())
        });
        match token.filter(|t| !t.is_empty()) {
            Some(token) => {
                url = format!("{base}/oai?verb=ListRecords&resumptionToken={}", url::form_urlencoded::byte_serialize(token.as_bytes()).collect::<String>())
            }
            None => break,
        }
    }
    let elapsed = harvest.elapsed();
    rss_samples.push((records, memory(pid).0));
    let (_, peak) = memory(pid);
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(records, size, "every material harvested once");
    page_ms.sort_by(f64::total_cmp);
    let at = |q: f64| page_ms[((page_ms.len() as f64 * q) as usize).min(page_ms.len() - 1)];
    Row { size, prepare, records, pages, elapsed, page_p50: at(0.5), page_p99: at(0.99), rss_start, rss_samples, peak }
}

fn main() {
    let rows: Vec<Row> = sizes().into_iter().map(run).collect();
    println!();
    println!("| materials | records made for existing content at upgrade (s) | records harvested | pages | harvest (s) | records/s | page p50 / p99 (ms) | server RSS at start → end (MiB) | server peak RSS (MiB) |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for r in &rows {
        println!(
            "| {} | {:.1} | {} | {} | {:.1} | {:.0} | {:.1} / {:.1} | {:.0} → {:.0} | {:.0} |",
            r.size,
            r.prepare.as_secs_f64(),
            r.records,
            r.pages,
            r.elapsed.as_secs_f64(),
            r.records as f64 / r.elapsed.as_secs_f64(),
            r.page_p50,
            r.page_p99,
            r.rss_start,
            r.rss_samples.last().map_or(0.0, |s| s.1),
            r.peak
        );
    }
    for r in &rows {
        println!();
        println!("RSS during the harvest of {} materials (records harvested: MiB):", r.size);
        println!("{}", r.rss_samples.iter().map(|(n, mib)| format!("{n}: {mib:.0}")).collect::<Vec<_>>().join(", "));
    }
}
