//! Soak: two real node processes (the release `deelwijs` binary, SQLite) that follow each
//! other, under a mixed read/write/federation load at a fixed share of the capacity measured
//! first, for a set time. Prints errors, latency (p50/p99) and both nodes' resident memory per
//! window, then whether everything written reached the other node.
//!
//! `cargo bench -p deelwijs-server --bench soak -- --minutes 30 [--load 0.8 | --rate 500] [--window-secs 60] [--verbose]`
//!
//! `--verbose` adds, per window, p50/p99 per kind of request and each node's database, WAL and
//! index sizes and row counts: where to look when latency or memory climbs.
//!
//! Latency is measured from when a request was due, not when it was sent, so a node that
//! falls behind shows it (no coordinated omission). Not run in CI.
//!
//! `DEELWIJS_SOAK_HEAPTRACK=FILE` runs one node (A, or B with `DEELWIJS_SOAK_HEAPTRACK_NODE=b`)
//! under heaptrack (Debian's `heaptrack`) from its start, writing FILE.zst: every allocation
//! still live at the end, by call stack. Build with `--no-default-features` so heaptrack sees
//! the system allocator rather than mimalloc's arenas.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark fails loudly

use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

struct Args {
    minutes: f64,
    load: f64,
    /// A fixed rate instead of `load` × the capacity measured: to compare two builds at the
    /// same load, since the capacity measured swings from run to run (717 to 1,061 requests/s
    /// in six runs of nearly the same code on one machine).
    rate: Option<f64>,
    window: Duration,
    clients: usize,
    verbose: bool,
}

fn args() -> Args {
    let raw: Vec<String> = std::env::args().collect();
    let value = |flag: &str, default: f64| raw.iter().position(|a| a == flag).and_then(|i| raw.get(i + 1)).map_or(default, |v| v.parse().unwrap());
    Args {
        minutes: value("--minutes", 30.0),
        load: value("--load", 0.8),
        rate: raw.iter().any(|a| a == "--rate").then(|| value("--rate", 0.0)),
        window: Duration::from_secs_f64(value("--window-secs", 60.0)),
        clients: value("--clients", 16.0) as usize,
        verbose: raw.iter().any(|a| a == "--verbose"),
    }
}

/// A node process with its own data directory, killed on drop.
struct Node {
    child: Child,
    url: String,
    data: tempfile::TempDir,
}

impl Node {
    fn start(name: &str) -> Node {
        let data = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let url = format!("http://localhost:{port}");
        let binary = env!("CARGO_BIN_EXE_deelwijs");
        let dir = data.path().to_string_lossy().into_owned();
        for (user, role) in [("beheer", "admin"), ("schrijver", "member")] {
            let status = Command::new(binary)
                .args(["admin", "create-user", "--data-dir", &dir, "--username", user, "--email", &format!("{user}@{name}.example"), "--role", role])
                .env("DEELWIJS_PASSWORD", "soak-wachtwoord-lang")
                .stdout(Stdio::null())
                .status()
                .unwrap();
            assert!(status.success());
        }
        let serve = ["serve", "--data-dir", &dir, "--bind", &format!("127.0.0.1:{port}"), "--public-url", &url, "--insecure-local-federation"];
        let traced = std::env::var("DEELWIJS_SOAK_HEAPTRACK_NODE").unwrap_or_else(|_| "a".to_owned());
        let mut command = match std::env::var("DEELWIJS_SOAK_HEAPTRACK").ok().filter(|_| name == traced) {
            Some(output) => {
                let mut command = Command::new("heaptrack");
                command.args(["--output", &output, binary]).args(serve);
                command
            }
            None => {
                let mut command = Command::new(binary);
                command.args(serve);
                command
            }
        };
        let child = command.env("DEELWIJS_LOG", "warn").stdout(Stdio::null()).stderr(Stdio::inherit()).spawn().unwrap();
        let node = Node { child, url, data };
        let client = reqwest::blocking::Client::new();
        let started = Instant::now();
        while client.get(format!("{}/healthz", node.url)).send().map(|r| !r.status().is_success()).unwrap_or(true) {
            assert!(started.elapsed() < Duration::from_secs(30), "{name} did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        node
    }

    fn token(&self, client: &reqwest::blocking::Client, user: &str) -> String {
        let response: Value = client
            .post(format!("{}/api/v1/auth/token", self.url))
            .json(&json!({"username": user, "password": "soak-wachtwoord-lang"}))
            .send()
            .unwrap()
            .json()
            .unwrap();
        response["token"].as_str().unwrap().to_owned()
    }

    /// Sizes (MiB) of the database, its WAL and the search index, and the rows of the tables
    /// that could grow under churn: what to look at first when latency or memory climbs.
    fn state(&self) -> String {
        use diesel::{Connection, RunQueryDsl};
        let dir = self.data.path();
        let mib = |path: std::path::PathBuf| std::fs::metadata(path).map(|m| m.len() as f64 / 1048576.0).unwrap_or(0.0);
        let index: u64 = std::fs::read_dir(dir.join("index")).map(|d| d.flatten().filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum()).unwrap_or(0);
        let mut counts = String::new();
        if let Ok(mut conn) = diesel::SqliteConnection::establish(&format!("file:{}?mode=ro", dir.join("deelwijs.db").display())) {
            #[derive(diesel::QueryableByName)]
            struct Count {
                #[diesel(sql_type = diesel::sql_types::BigInt)]
                n: i64,
            }
            let _ = diesel::sql_query("PRAGMA busy_timeout = 5000").execute(&mut conn);
            for table in ["materials", "material_versions", "index_queue", "outbox", "deliveries", "inbox_seen", "federated_objects", "actors"] {
                let n = diesel::sql_query(format!("SELECT count(*) AS n FROM {table}")).get_result::<Count>(&mut conn).map_or(-1, |c| c.n);
                counts.push_str(&format!(" {table}={n}"));
            }
        }
        format!(
            "{}; db {:.1} wal {:.1} index {:.1} MiB ({} files);{counts}",
            self.cpu(),
            mib(dir.join("deelwijs.db")),
            mib(dir.join("deelwijs.db-wal")),
            index as f64 / 1048576.0,
            std::fs::read_dir(dir.join("index")).map(|d| d.count()).unwrap_or(0)
        )
    }

    /// CPU seconds so far, of the whole process and of tantivy's merge threads, so a window's
    /// latency can be set against the background work done in it.
    fn cpu(&self) -> String {
        // utime + stime, fields 14 and 15 of `stat`, counted after the `(comm)` field, in
        // clock ticks (100 per second on Linux).
        let seconds = |stat: &str| -> f64 {
            let fields: Vec<&str> = stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
            fields.get(11..13).map_or(0.0, |f| f.iter().filter_map(|v| v.parse::<f64>().ok()).sum::<f64>() / 100.0)
        };
        let pid = self.server_pid();
        let process = seconds(&std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default());
        let mut merges = 0.0;
        for task in std::fs::read_dir(format!("/proc/{pid}/task")).into_iter().flatten().flatten() {
            let comm = std::fs::read_to_string(task.path().join("comm")).unwrap_or_default();
            if comm.starts_with("merge_thread") {
                merges += seconds(&std::fs::read_to_string(task.path().join("stat")).unwrap_or_default());
            }
        }
        // Threads come and go (tantivy starts an indexing thread at every commit; blocking threads
        // end after 10 idle minutes); with per-thread allocator heaps, churn is a suspect
        // when memory steps up.
        let threads = std::fs::read_dir(format!("/proc/{pid}/task")).map(|d| d.count()).unwrap_or(0);
        format!("cpu {process:.0} s, merges {merges:.0} s, {threads} threads")
    }

    /// Resident memory in MiB: all of it, and its anonymous part (heap and stacks). The rest is
    /// mapped files, the search index (tantivy) and the database (SQLite) both read through
    /// `mmap`: it follows what was read lately and the kernel may drop it at any time, so a leak
    /// shows in the anonymous part.
    fn rss_mib(&self) -> (f64, f64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.server_pid())).unwrap_or_default();
        let kib = |key: &str| -> f64 {
            status.lines().find_map(|l| l.strip_prefix(key)).and_then(|v| v.split_whitespace().next()).and_then(|v| v.parse().ok()).unwrap_or(0.0)
        };
        (kib("VmRSS:") / 1024.0, kib("RssAnon:") / 1024.0)
    }

    /// The server's process: the child, or under heaptrack the `deelwijs` process it started.
    fn server_pid(&self) -> u32 {
        let mut pending = vec![self.child.id()];
        while let Some(pid) = pending.pop() {
            if std::fs::read_to_string(format!("/proc/{pid}/comm")).is_ok_and(|comm| comm.trim() == "deelwijs") {
                return pid;
            }
            let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
            pending.extend(children.split_whitespace().filter_map(|c| c.parse::<u32>().ok()));
        }
        self.child.id()
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let server = self.server_pid();
        if server != self.child.id() {
            // Under heaptrack: stop the server gently so heaptrack writes what is still allocated.
            let _ = Command::new("kill").args(["-TERM", &server.to_string()]).status();
        } else {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// What one request of the mix does.
#[derive(Clone, Copy, Debug)]
enum Op {
    MaterialPage,
    MaterialJson,
    Search,
    Home,
    Timeline,
    Create,
    Edit,
    Delete,
    CreateOnPartner,
    DeleteOnPartner,
}

/// The mix, as a school's node sees it: mostly reading (pages, the API, search), one request
/// in seven a write on the node under test (each federates to its follower) or on the partner
/// (arriving in the inbox). Creates and deletes balance once a node holds `KEEP` materials, so
/// what is live (pages, search, the index) stays the same size. The database still grows: a
/// deleted material stays as a tombstone with its versions, and every edit adds a version (at
/// the default load, node A's file grows by about 500 MiB an hour), so each read touches a
/// little more of it as the run goes on.
const MIX: &[(Op, u32)] = &[
    (Op::MaterialPage, 30),
    (Op::MaterialJson, 15),
    (Op::Search, 25),
    (Op::Home, 8),
    (Op::Timeline, 7),
    (Op::Create, 3),
    (Op::Edit, 5),
    (Op::Delete, 3),
    (Op::CreateOnPartner, 2),
    (Op::DeleteOnPartner, 2),
];

/// Materials each node keeps before a delete removes one.
const KEEP: usize = 1_000;

const WORDS: &[&str] = &["breuken", "pizza", "getallenlijn", "klimaat", "lezen", "burgerschap", "fractions", "programmeren", "water", "verhalen"];

struct Shared {
    a: String,
    b: String,
    token_a: String,
    token_b: String,
    ids: Mutex<Vec<String>>,
    partner_ids: Mutex<Vec<String>>,
}

fn pick(n: usize) -> Op {
    let total: u32 = MIX.iter().map(|(_, w)| w).sum();
    let mut ticket = (n as u32).wrapping_mul(2_654_435_761) % total;
    for (op, weight) in MIX {
        if ticket < *weight {
            return *op;
        }
        ticket -= weight;
    }
    Op::Home
}

/// Runs one request; `Ok` for a 2xx/3xx answer.
fn run(client: &reqwest::blocking::Client, shared: &Shared, op: Op, n: usize) -> Result<(), String> {
    let word = WORDS[n % WORDS.len()];
    let some_id = || {
        let ids = shared.ids.lock().unwrap();
        (!ids.is_empty()).then(|| ids[n % ids.len()].clone())
    };
    let material = |title: String| {
        json!({"title": title, "summary": format!("Over {word}"), "body": format!("## {word}\n\nEen les over {word} voor groep 6. {}", "Tekst. ".repeat(n % 40)),
               "language": "nl", "license": "CC-BY-4.0", "education_levels": ["po"], "subjects": ["rekenen-wiskunde"], "resource_type": "lesson_plan",
               "keywords": [word], "status": "published"})
    };
    let response = match op {
        Op::MaterialPage => match some_id() {
            Some(id) => client.get(format!("{}/materials/{id}", shared.a)).send(),
            None => client.get(format!("{}/materials", shared.a)).send(),
        },
        Op::MaterialJson => match some_id() {
            Some(id) => client.get(format!("{}/api/v1/materials/{id}", shared.a)).send(),
            None => client.get(format!("{}/api/v1/materials", shared.a)).send(),
        },
        Op::Search => client.get(format!("{}/api/v1/search?q={word}&level=po", shared.a)).send(),
        Op::Home => client.get(&shared.a).send(),
        Op::Timeline => client.get(format!("{}/api/v1/timeline", shared.a)).send(),
        Op::Create | Op::CreateOnPartner => {
            let (base, token, ids, title) = match op {
                Op::Create => (&shared.a, &shared.token_a, &shared.ids, format!("Soak {n} over {word}")),
                _ => (&shared.b, &shared.token_b, &shared.partner_ids, format!("Partner {n} over {word}")),
            };
            match client.post(format!("{base}/api/v1/materials")).bearer_auth(token).json(&material(title)).send() {
                Ok(r) if r.status().is_success() => {
                    let body: Value = r.json().map_err(|e| e.to_string())?;
                    ids.lock().unwrap().push(body["id"].as_str().unwrap_or_default().to_owned());
                    return Ok(());
                }
                other => other,
            }
        }
        Op::Edit => match some_id() {
            Some(id) => client
                .patch(format!("{}/api/v1/materials/{id}", shared.a))
                .bearer_auth(&shared.token_a)
                .json(&json!({"summary": format!("Bijgewerkt {n}")}))
                .send(),
            None => return Ok(()),
        },
        Op::Delete | Op::DeleteOnPartner => {
            let (base, token, ids) = match op {
                Op::Delete => (&shared.a, &shared.token_a, &shared.ids),
                _ => (&shared.b, &shared.token_b, &shared.partner_ids),
            };
            let oldest = {
                let mut ids = ids.lock().unwrap();
                (ids.len() > KEEP).then(|| ids.remove(0))
            };
            match oldest {
                Some(id) => client.delete(format!("{base}/api/v1/materials/{id}")).bearer_auth(token).send(),
                None => return Ok(()),
            }
        }
    };
    match response {
        Ok(r) if r.status().is_success() || r.status().is_redirection() => Ok(()),
        // The generator itself deleted that material between picking and asking for it.
        Ok(r) if r.status() == reqwest::StatusCode::NOT_FOUND && matches!(op, Op::MaterialPage | Op::MaterialJson | Op::Edit) => {
            let path = r.url().path().to_owned();
            if shared.ids.lock().unwrap().iter().any(|id| path.ends_with(id.as_str())) {
                Err(format!("{op:?}: 404 for a live material"))
            } else {
                Ok(())
            }
        }
        Ok(r) => Err(format!("{op:?}: {}", r.status())),
        Err(e) => {
            // The cause chain: reqwest's own message ("error sending request") says little.
            let mut message = format!("{op:?}: {e}");
            let mut source = std::error::Error::source(&e);
            while let Some(cause) = source {
                message.push_str(&format!(": {cause}"));
                source = cause.source();
            }
            Err(message)
        }
    }
}

/// Sends `rate` requests a second for `duration` (or as fast as `clients` can if `rate` is
/// `None`); returns the latencies (ms, from when each was due) and the errors.
fn drive(shared: &Arc<Shared>, clients: usize, rate: Option<f64>, duration: Duration, offset: usize) -> (Vec<(Op, f64)>, Vec<String>) {
    let (sender, receiver) = mpsc::sync_channel::<(usize, Instant)>(clients * 4);
    let receiver = Arc::new(Mutex::new(receiver));
    let results = Arc::new(Mutex::new((Vec::new(), Vec::new())));
    let workers: Vec<_> = (0..clients)
        .map(|_| {
            let (receiver, results, shared) = (receiver.clone(), results.clone(), shared.clone());
            std::thread::spawn(move || {
                // Idle connections are dropped before the server's 5 s keep-alive closes them:
                // a request sent on a connection the server is closing at that moment fails in
                // the client (a browser would retry it), which is not the node's error.
                let client = reqwest::blocking::Client::builder().timeout(Duration::from_secs(30)).pool_idle_timeout(Duration::from_secs(2)).build().unwrap();
                loop {
                    let next = receiver.lock().unwrap().recv();
                    let Ok((n, due)) = next else { break };
                    let op = pick(n);
                    let outcome = run(&client, &shared, op, n);
                    let latency = due.elapsed().as_secs_f64() * 1000.0;
                    let mut results = results.lock().unwrap();
                    results.0.push((op, latency));
                    if let Err(e) = outcome {
                        results.1.push(e);
                    }
                }
            })
        })
        .collect();
    let started = Instant::now();
    let mut n = offset;
    while started.elapsed() < duration {
        let due = match rate {
            Some(rate) => {
                let due = started + Duration::from_secs_f64((n - offset) as f64 / rate);
                if let Some(wait) = due.checked_duration_since(Instant::now()) {
                    std::thread::sleep(wait);
                }
                due
            }
            None => Instant::now(),
        };
        if sender.send((n, due)).is_err() {
            break;
        }
        n += 1;
    }
    drop(sender);
    for worker in workers {
        worker.join().unwrap();
    }
    Arc::try_unwrap(results).unwrap().into_inner().unwrap()
}

/// p50/p99 (ms) per kind of request, service time included queueing.
fn per_op(timed: &[(Op, f64)]) -> String {
    let mut by_op: Vec<(String, Vec<f64>)> = Vec::new();
    for (op, ms) in timed {
        let name = format!("{op:?}");
        match by_op.iter_mut().find(|(n, _)| *n == name) {
            Some((_, all)) => all.push(*ms),
            None => by_op.push((name, vec![*ms])),
        }
    }
    by_op.sort_by(|x, y| x.0.cmp(&y.0));
    by_op
        .into_iter()
        .map(|(name, mut all)| {
            all.sort_by(f64::total_cmp);
            format!("{name} {:.0}/{:.0}", percentile(&all, 0.5), percentile(&all, 0.99))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Least-squares slope of `y` over `x` and its standard error (both 0 for fewer than three
/// points): a run whose memory swings by tens of MiB a minute needs the error to tell a trend
/// from noise.
fn slope(points: &[(f64, f64)]) -> (f64, f64) {
    let n = points.len() as f64;
    let (mean_x, mean_y) = (points.iter().map(|p| p.0).sum::<f64>() / n, points.iter().map(|p| p.1).sum::<f64>() / n);
    let covariance: f64 = points.iter().map(|(x, y)| (x - mean_x) * (y - mean_y)).sum();
    let variance: f64 = points.iter().map(|(x, _)| (x - mean_x).powi(2)).sum();
    if points.len() < 3 || variance == 0.0 {
        return (0.0, 0.0);
    }
    let slope = covariance / variance;
    let residuals: f64 = points.iter().map(|(x, y)| (y - mean_y - slope * (x - mean_x)).powi(2)).sum();
    (slope, (residuals / (n - 2.0) / variance).sqrt())
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let args = args();
    let (a, b) = (Node::start("a"), Node::start("b"));
    let client = reqwest::blocking::Client::new();
    let (token_a, token_b) = (a.token(&client, "schrijver"), b.token(&client, "schrijver"));
    // Each node follows the other's node actor: every write federates.
    for (from, token, to) in [(&a, &token_a, &b), (&b, &token_b, &a)] {
        let handle = format!("@materialen@{}", to.url.trim_start_matches("http://"));
        let status = client.post(format!("{}/api/v1/follows", from.url)).bearer_auth(token).json(&json!({"target": handle})).send().unwrap().status();
        assert!(status.is_success(), "follow: {status}");
    }
    let shared = Arc::new(Shared { a: a.url.clone(), b: b.url.clone(), token_a, token_b, ids: Mutex::new(Vec::new()), partner_ids: Mutex::new(Vec::new()) });

    // Capacity: as fast as the clients can. The first minute only warms up: it builds the
    // backlog of deliveries, inbox work and index commits that a sustained load keeps paying
    // for, so only the minute after it counts.
    let calibration = Duration::from_secs(60);
    let (warm_up, _) = drive(&shared, args.clients, None, calibration, 0);
    let (latencies, errors) = drive(&shared, args.clients, None, calibration, warm_up.len() + 1);
    let capacity = latencies.len() as f64 / calibration.as_secs_f64();
    let rate = args.rate.unwrap_or(capacity * args.load);
    println!(
        "capacity: {capacity:.0} requests/s over {} clients ({} errors); soak at {:.0}% = {rate:.0} requests/s for {} min",
        args.clients,
        errors.len(),
        rate / capacity * 100.0,
        args.minutes
    );
    for error in errors.iter().take(5) {
        println!("  calibration: {error}");
    }
    println!();
    println!("| minute | requests/s | errors | p50 ms | p99 ms | RSS A MiB | anon A MiB | RSS B MiB | anon B MiB |");
    println!("|---|---|---|---|---|---|---|---|---|");
    let total = Duration::from_secs_f64(args.minutes * 60.0);
    let (started, mut offset, mut all_errors, mut rss) = (Instant::now(), 1_000_000, Vec::new(), Vec::new());
    while started.elapsed() < total {
        let window = args.window.min(total.saturating_sub(started.elapsed()));
        let (timed, errors) = drive(&shared, args.clients, Some(rate), window, offset);
        offset += timed.len() + 1;
        let mut latencies: Vec<f64> = timed.iter().map(|(_, ms)| *ms).collect();
        latencies.sort_by(f64::total_cmp);
        let ((rss_a, heap_a), (rss_b, heap_b)) = (a.rss_mib(), b.rss_mib());
        rss.push((started.elapsed().as_secs_f64() / 60.0, (rss_a, heap_a), (rss_b, heap_b)));
        println!(
            "| {:.1} | {:.0} | {} | {:.2} | {:.2} | {rss_a:.0} | {heap_a:.0} | {rss_b:.0} | {heap_b:.0} |",
            started.elapsed().as_secs_f64() / 60.0,
            latencies.len() as f64 / window.as_secs_f64(),
            errors.len(),
            percentile(&latencies, 0.5),
            percentile(&latencies, 0.99)
        );
        if args.verbose {
            println!("|   | {} |", per_op(&timed));
            println!("|   | A: {} |", a.state());
            println!("|   | B: {} |", b.state());
        }
        all_errors.extend(errors);
    }
    println!();
    println!("errors: {}", all_errors.len());
    for error in all_errors.iter().take(20) {
        println!("  {error}");
    }
    // Memory after warm-up (the first fifth of the run): the growth to the end.
    let warm = rss.iter().find(|(minute, _, _)| *minute >= args.minutes / 5.0).or(rss.first()).copied().unwrap_or_default();
    let last = rss.last().copied().unwrap_or_default();
    println!(
        "RSS after warm-up (minute {:.1}) → end: A {:.0} → {:.0} MiB (anonymous {:.0} → {:.0}), B {:.0} → {:.0} MiB (anonymous {:.0} → {:.0})",
        warm.0, warm.1 .0, last.1 .0, warm.1 .1, last.1 .1, warm.2 .0, last.2 .0, warm.2 .1, last.2 .1
    );
    // Two points say little when memory swings by tens of MiB from minute to minute (allocator
    // purges, index commits and merges): the least-squares trend over every window after warm-up does.
    let after: Vec<_> = rss.iter().filter(|(minute, _, _)| *minute >= warm.0).collect();
    let nodes = [("A", after.iter().map(|w| (w.0, w.1 .1)).collect::<Vec<_>>()), ("B", after.iter().map(|w| (w.0, w.2 .1)).collect())];
    for (name, points) in nodes {
        let (low, high) = points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), (_, y)| (lo.min(*y), hi.max(*y)));
        let (per_minute, error) = slope(&points);
        println!(
            "anonymous memory of {name} after warm-up: trend {:+.0} ± {:.0} MiB/hour (one standard error), between {low:.0} and {high:.0} MiB",
            per_minute * 60.0,
            error * 60.0
        );
    }

    // What each node wrote reached the other one: A's own materials (all it shows, less its
    // timeline) are B's timeline, and back.
    let total = |url: String| -> u64 { client.get(url).send().ok().and_then(|r| r.json::<Value>().ok()).and_then(|v| v["total"].as_u64()).unwrap_or(0) };
    let own_and_copies = |own: &Node, other: &Node| {
        let shown = total(format!("{}/api/v1/materials?per_page=1", own.url));
        let remote = total(format!("{}/api/v1/timeline?per_page=1", own.url));
        (shown.saturating_sub(remote), total(format!("{}/api/v1/timeline?per_page=1", other.url)))
    };
    let deadline = Instant::now() + Duration::from_secs(300);
    let (mut from_a, mut from_b) = (own_and_copies(&a, &b), own_and_copies(&b, &a));
    while (from_a.0 != from_a.1 || from_b.0 != from_b.1) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(500));
        (from_a, from_b) = (own_and_copies(&a, &b), own_and_copies(&b, &a));
    }
    println!("federated: B shows {} of A's {} materials, A shows {} of B's {}", from_a.1, from_a.0, from_b.1, from_b.0);
}
