//! Federation benchmark: fan-out of one new material to 1,000 followers spread over 100
//! instances (small receiving servers in this process, on loopback), and inbound throughput of
//! signed `Create` activities (signature check, storage, indexing), once signed with
//! draft-cavage and once with RFC 9421. Prints a table.
//!
//! `cargo bench -p deelwijs-server --bench federation [-- --inbound 2000 --senders 10 --concurrency 8]`

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark fails loudly

mod serve;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine;
use deelwijs_server::activitypub::signatures::rfc9421;
use deelwijs_server::app::federation as fed;
use deelwijs_server::domain::Limits;
use deelwijs_server::startup::{self, Settings};
use deelwijs_server::store::models::{ActorRow, FollowRow};
use deelwijs_server::store::{self, DatabaseUrl};
use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
use rsa::signature::{SignatureEncoding, Signer};
use serde_json::{json, Value};
use sha2::Digest;

struct Args {
    inbound: usize,
    senders: usize,
    concurrency: usize,
}

fn args() -> Args {
    let raw: Vec<String> = std::env::args().collect();
    let value = |flag: &str, default: usize| raw.iter().position(|a| a == flag).and_then(|i| raw.get(i + 1)).map_or(default, |v| v.parse().unwrap());
    Args { inbound: value("--inbound", 2000), senders: value("--senders", 10), concurrency: value("--concurrency", 8) }
}

/// A receiving instance: counts the activities posted to it, and serves actor documents.
struct Instance {
    host: String,
    received: Arc<AtomicUsize>,
}

fn start_instance() -> Instance {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let host = format!("localhost:{}", listener.local_addr().unwrap().port());
    let received = spawn_instance(listener, Vec::new());
    Instance { host, received }
}

/// Serves a listener, one thread per connection; returns the count of POSTs received.
fn spawn_instance(listener: TcpListener, actors: Vec<(String, String)>) -> Arc<AtomicUsize> {
    let received = Arc::new(AtomicUsize::new(0));
    let counter = received.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (counter, actors) = (counter.clone(), actors.clone());
            std::thread::spawn(move || {
                let _ = serve(stream, &counter, &actors);
            });
        }
    });
    received
}

/// Answers requests on one connection (keep-alive): POST → 202 and a count, GET of a known
/// actor path → its document.
fn serve(stream: TcpStream, counter: &AtomicUsize, actors: &[(String, String)]) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut out = stream;
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line)? == 0 {
            return Ok(());
        }
        let mut content_length = 0usize;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line)? == 0 || line == "\r\n" {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    content_length = value.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0; content_length];
        reader.read_exact(&mut body)?;
        let mut parts = request_line.split_whitespace();
        let (method, path) = (parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
        let (status, content) = match method {
            "POST" => {
                counter.fetch_add(1, Ordering::SeqCst);
                ("202 Accepted", "")
            }
            _ => match actors.iter().find(|(p, _)| p == path) {
                Some((_, document)) => ("200 OK", document.as_str()),
                None => ("404 Not Found", ""),
            },
        };
        write!(out, "HTTP/1.1 {status}\r\nContent-Type: application/activity+json\r\nContent-Length: {}\r\n\r\n{content}", content.len())?;
    }
}

fn remote_actor(host: &str, name: &str, shared_inbox: bool) -> ActorRow {
    let ap_id = format!("http://{host}/users/{name}");
    ActorRow {
        id: deelwijs_server::app::new_id(),
        ap_id: ap_id.clone(),
        kind: "Person".into(),
        local: false,
        user_id: None,
        host: host.into(),
        username: name.into(),
        name: name.into(),
        summary: String::new(),
        inbox: format!("{ap_id}/inbox"),
        shared_inbox: shared_inbox.then(|| format!("http://{host}/inbox")),
        outbox: None,
        followers: None,
        public_key_pem: String::new(),
        private_key_pem: None,
        fetched_at: chrono::Utc::now().naive_utc(),
    }
}

fn follow_row(follower: &str, target: &str) -> FollowRow {
    FollowRow {
        follower_id: follower.into(),
        target_id: target.into(),
        state: "accepted".into(),
        activity_id: format!("http://bench.invalid/follows/{}", deelwijs_server::app::new_id()),
        created_at: chrono::Utc::now().naive_utc(),
    }
}

fn main() {
    // Problems on the node's side show in the log (warnings and errors only, so the table stays readable).
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::new("warn")).with_writer(std::io::stderr).init();
    let args = args();
    let temp = tempfile::tempdir().unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let base = format!("http://localhost:{port}");
    let mut settings = Settings {
        data_dir: temp.path().into(),
        database_url: DatabaseUrl::Sqlite(temp.path().join("deelwijs.db").to_string_lossy().into()),
        public_url: base.clone(),
        limits: Limits::default(),
        federation: Default::default(),
        behind_proxy: false,
        mail: None,
        privacy: Default::default(),
        oidc: Vec::new(),
        password_sign_in: true,
    };
    settings.federation.insecure_local = true;
    settings.federation.retry_base = Duration::from_millis(100);
    let app = startup::open_search(startup::open_app(&settings).unwrap()).unwrap();
    serve::in_background(app.clone(), listener);
    let client = serve::client();
    let token = serve::bench_account(&app, &base, &client);
    let author = actix_web::rt::System::new().block_on(fed::ensure_user_actor(&app, "bench")).unwrap().unwrap();
    let publish = |title: &str| {
        let response = client
            .post(format!("{base}/api/v1/materials"))
            .bearer_auth(&token)
            .json(&json!({"title": title, "language": "nl", "education_levels": ["po"], "status": "published"}))
            .send()
            .unwrap();
        assert_eq!(response.status(), 201);
    };

    let mut rows = Vec::new();
    // 1. Fan-out: 1,000 followers on 100 instances, with shared inboxes and without.
    for shared in [true, false] {
        let instances: Vec<Instance> = (0..100).map(|_| start_instance()).collect();
        {
            let mut conn = app.db.pool().get().unwrap();
            // A fresh author per round, so each round's followers are exactly these 1,000.
            for old in store::federation::follows_of_target(&mut conn, &author.id).unwrap() {
                store::federation::delete_follow(&mut conn, &old.0.follower_id, &author.id).unwrap();
            }
            for (i, instance) in instances.iter().enumerate() {
                for f in 0..10 {
                    let actor = remote_actor(&instance.host, &format!("f{i}x{f}"), shared);
                    store::federation::insert_actor(&mut conn, &actor).unwrap();
                    store::federation::put_follow(&mut conn, &follow_row(&actor.id, &author.id)).unwrap();
                }
            }
        }
        let expected = if shared { 100 } else { 1000 };
        let started = Instant::now();
        publish(&format!("Fan-out {}", if shared { "gedeeld" } else { "per volger" }));
        let acknowledged = started.elapsed();
        while instances.iter().map(|i| i.received.load(Ordering::SeqCst)).sum::<usize>() < expected {
            assert!(started.elapsed() < Duration::from_secs(120), "fan-out did not complete in 120 s");
            std::thread::sleep(Duration::from_millis(1));
        }
        let done = started.elapsed();
        rows.push(format!(
            "| fan-out, 1,000 followers on 100 instances ({}) | {expected} requests | {:.0} ms to acknowledge, {:.2} s until every instance has it | {:.0} deliveries/s |",
            if shared { "shared inboxes" } else { "one inbox per follower" },
            acknowledged.as_secs_f64() * 1000.0,
            done.as_secs_f64(),
            expected as f64 / done.as_secs_f64()
        ));
        eprintln!("{}", rows.last().unwrap());
    }

    // 2. Inbound: signed Creates from remote senders the author follows.
    let senders: Vec<(String, rsa::RsaPrivateKey, String)> = (0..args.senders)
        .map(|s| {
            let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
            let pem = key.to_public_key().to_public_key_pem(LineEnding::LF).unwrap();
            (format!("s{s}"), key, pem)
        })
        .collect();
    let mut sender_hosts = Vec::new();
    for (name, _, pem) in &senders {
        // Each sender on its own instance, serving its actor document.
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let host = format!("localhost:{}", listener.local_addr().unwrap().port());
        let id = format!("http://{host}/users/{name}");
        let document = json!({
            "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
            "id": id, "type": "Person", "preferredUsername": name, "inbox": format!("{id}/inbox"),
            "publicKey": { "id": format!("{id}#main-key"), "owner": id, "publicKeyPem": pem }
        })
        .to_string();
        spawn_instance(listener, vec![(format!("/users/{name}"), document)]);
        sender_hosts.push((host, id));
    }
    // The author follows every sender (so their content is stored): resolve each once.
    for (_, id) in &sender_hosts {
        let response = client.post(format!("{base}/api/v1/follows")).bearer_auth(&token).json(&json!({ "target": id })).send().unwrap();
        assert!(response.status().is_success(), "{}", response.text().unwrap());
    }
    {
        let mut conn = app.db.pool().get().unwrap();
        for (_, id) in &sender_hosts {
            let actor = store::federation::actor_by_ap_id(&mut conn, id).unwrap().unwrap();
            store::federation::set_follow_state(&mut conn, &author.id, &actor.id, "accepted").unwrap();
        }
    }
    // Every request signed beforehand: the clock measures the receiving node only. Twice with
    // draft-cavage and twice with RFC 9421 (and RFC 9530 Content-Digest), alternating, each
    // round with its own items: a later round meets a larger database and index, so the
    // alternation keeps that from favouring one scheme.
    let inbox = format!("{base}/inbox");
    for (round, scheme) in ["draft-cavage", "RFC 9421", "RFC 9421", "draft-cavage"].into_iter().enumerate() {
        let marker = format!("instroomtest{round}");
        let requests: Vec<(String, Vec<(String, String)>)> = (0..args.inbound)
            .map(|i| {
                let n = round * args.inbound + i;
                let (_, key, _) = &senders[n % senders.len()];
                let (host, id) = &sender_hosts[n % senders.len()];
                let object_id = format!("http://{host}/materials/{n}");
                let body = json!({
                    "@context": "https://www.w3.org/ns/activitystreams",
                    "type": "Create",
                    "id": format!("http://{host}/activities/{n}"),
                    "actor": id,
                    "object": {
                        "type": "Article", "id": object_id, "url": object_id, "attributedTo": id,
                        "name": format!("Inkomend lesmateriaal {n} {marker}"), "summary": "Een les over breuken.",
                        "content": "<p>Breuken vergelijken met pizzapunten.</p>", "inLanguage": "nl",
                        "license": "https://creativecommons.org/licenses/by/4.0/", "educationalLevel": ["po"],
                        "published": "2026-11-22T10:00:00Z"
                    }
                })
                .to_string();
                let date = httpdate::fmt_http_date(std::time::SystemTime::now());
                let mut headers = vec![
                    ("Host".to_owned(), format!("localhost:{port}")),
                    ("Date".to_owned(), date.clone()),
                    ("Content-Type".to_owned(), "application/activity+json".to_owned()),
                ];
                if scheme == "draft-cavage" {
                    let digest = format!("SHA-256={}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(body.as_bytes())));
                    let signing_string = format!("(request-target): post /inbox\nhost: localhost:{port}\ndate: {date}\ndigest: {digest}");
                    let signer = rsa::pkcs1v15::SigningKey::<sha2::Sha256>::new(key.clone());
                    let signature = base64::engine::general_purpose::STANDARD.encode(signer.sign(signing_string.as_bytes()).to_bytes());
                    let header = format!(r#"keyId="{id}#main-key",algorithm="rsa-sha256",headers="(request-target) host date digest",signature="{signature}""#);
                    headers.extend([("Digest".to_owned(), digest), ("Signature".to_owned(), header)]);
                } else {
                    let mut signed = reqwest::header::HeaderMap::new();
                    signed.insert("content-type", reqwest::header::HeaderValue::from_static("application/activity+json"));
                    let content_digest = rfc9421::content_digest(body.as_bytes());
                    signed.insert("content-digest", reqwest::header::HeaderValue::from_str(&content_digest).unwrap());
                    let target = url::Url::parse(&inbox).unwrap();
                    let request = rfc9421::Request { method: "POST", target: &target, headers: &signed };
                    let pem = key.to_pkcs8_pem(LineEnding::LF).unwrap();
                    let created = chrono::Utc::now().timestamp();
                    let components = ["@method", "@target-uri", "content-type", "content-digest"];
                    let (input, signature) = rfc9421::sign(&request, &components, &format!("{id}#main-key"), &pem, created, rfc9421::RSA_V1_5_SHA256).unwrap();
                    headers.extend([("Content-Digest".to_owned(), content_digest), ("Signature-Input".to_owned(), input), ("Signature".to_owned(), signature)]);
                }
                (body, headers)
            })
            .collect();
        let requests = Arc::new(requests);
        let next = Arc::new(AtomicUsize::new(0));
        eprintln!("inbound ({scheme}): posting {} signed activities over {} connections", args.inbound, args.concurrency);
        let started = Instant::now();
        let workers: Vec<_> = (0..args.concurrency)
            .map(|_| {
                let (requests, next, inbox) = (requests.clone(), next.clone(), inbox.clone());
                std::thread::spawn(move || {
                    let client = serve::client();
                    loop {
                        let n = next.fetch_add(1, Ordering::SeqCst);
                        let Some((body, headers)) = requests.get(n) else { return };
                        let mut request = client.post(&inbox).body(body.clone());
                        for (name, value) in headers {
                            request = request.header(name, value);
                        }
                        let response = request.send().unwrap();
                        assert!(response.status().is_success(), "inbound {n}: {} {}", response.status(), response.text().unwrap_or_default());
                    }
                })
            })
            .collect();
        for worker in workers {
            worker.join().unwrap();
        }
        let acknowledged = started.elapsed();
        // Stored and acknowledged; now until the index has every one of them.
        loop {
            let found: Value =
                client.get(format!("{base}/api/v1/search")).query(&[("q", marker.as_str()), ("facets", "false")]).send().unwrap().json().unwrap();
            if found["total"].as_u64() == Some(args.inbound as u64) {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(300), "inbound content not indexed after 300 s: {found}");
            std::thread::sleep(Duration::from_millis(5));
        }
        let indexed = started.elapsed();
        rows.push(format!(
            "| inbound signed Creates, {scheme} ({} senders, {} connections, SQLite) | {} activities | verified + stored in {:.2} s, searchable after {:.2} s | {:.0} activities/s acknowledged, {:.0}/s searchable |",
            args.senders,
            args.concurrency,
            args.inbound,
            acknowledged.as_secs_f64(),
            indexed.as_secs_f64(),
            args.inbound as f64 / acknowledged.as_secs_f64(),
            args.inbound as f64 / indexed.as_secs_f64()
        ));
        eprintln!("{}", rows.last().unwrap());
    }
    println!();
    println!("| scenario | volume | time | rate |");
    println!("|---|---|---|---|");
    for row in rows {
        println!("{row}");
    }
}
