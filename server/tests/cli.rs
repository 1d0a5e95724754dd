//! The `deelwijs` binary as an operator uses it: environment variables, `admin create-user`,
//! `migrate`, `serve --demo`; and no password or token ever reaches its log.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PASSWORD: &str = "geheim-wachtwoord-123";

fn deelwijs() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_deelwijs"));
    command.env_remove("DEELWIJS_DATABASE_URL").env("DEELWIJS_LOG", "info");
    command
}

#[test]
fn operator_commands_and_quiet_logs() {
    let data = tempfile::tempdir().unwrap();
    let data_dir = data.path().to_str().unwrap();

    let migrated = deelwijs().args(["migrate"]).env("DEELWIJS_DATA_DIR", data_dir).output().unwrap();
    assert!(migrated.status.success(), "{}", String::from_utf8_lossy(&migrated.stderr));
    assert!(data.path().join("deelwijs.db").exists(), "SQLite is the default, in the data dir");

    let created = deelwijs()
        .args(["admin", "create-user", "--username", "beheer", "--email", "beheer@example.org", "--role", "admin"])
        .env("DEELWIJS_DATA_DIR", data_dir)
        .env("DEELWIJS_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    let again = deelwijs()
        .args(["admin", "create-user", "--data-dir", data_dir, "--username", "beheer", "--email", "x@example.org", "--password", PASSWORD])
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    assert!(!again.status.success(), "a taken username is refused");
    assert_eq!(again.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(stderr.contains("username"), "{stderr}");
    // One line for the operator, even where backtraces are switched on for developers.
    let last = stderr.lines().last().unwrap_or_default();
    assert!(last.starts_with("error: ") && !stderr.to_lowercase().contains("backtrace"), "{stderr}");
    let bad_role = deelwijs()
        .args(["admin", "create-user", "--data-dir", data_dir, "--username", "x1", "--email", "x1@example.org", "--password", PASSWORD, "--role", "king"])
        .output()
        .unwrap();
    assert!(!bad_role.status.success());

    let slo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/curriculum/slo-kerndoelen-2025-11.case.json");
    let imported = deelwijs().args(["curriculum", "import"]).arg(&slo).env("DEELWIJS_DATA_DIR", data_dir).output().unwrap();
    assert!(imported.status.success(), "{}", String::from_utf8_lossy(&imported.stderr));
    assert!(String::from_utf8_lossy(&imported.stdout).contains("533 goals (533 new"), "{}", String::from_utf8_lossy(&imported.stdout));
    let broken = data.path().join("broken.case.json");
    std::fs::write(&broken, r#"{"CFDocument": {"identifier": "x"}}"#).unwrap();
    let refused = deelwijs().args(["curriculum", "import"]).arg(&broken).env("DEELWIJS_DATA_DIR", data_dir).output().unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("CFDocument.uri is required"), "{}", String::from_utf8_lossy(&refused.stderr));

    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let base = format!("http://127.0.0.1:{port}");
    let (mut server, log) = spawn_server(data_dir, port, &["--demo"]);
    let client = reqwest::blocking::Client::new();
    let token: serde_json::Value =
        client.post(format!("{base}/api/v1/auth/token")).json(&serde_json::json!({"username": "beheer", "password": PASSWORD})).send().unwrap().json().unwrap();
    let token = token["token"].as_str().unwrap().to_owned();
    let me = client.get(format!("{base}/api/v1/me")).bearer_auth(&token).send().unwrap();
    assert_eq!(me.status(), 200);
    let materials: serde_json::Value = client.get(format!("{base}/api/v1/materials")).send().unwrap().json().unwrap();
    assert!(materials["total"].as_i64().unwrap() >= 30, "demo content is there: {}", materials["total"]);
    let curricula: serde_json::Value = client.get(format!("{base}/api/v1/curricula")).send().unwrap().json().unwrap();
    assert_eq!(curricula["items"][0]["goal_count"], 533, "the framework imported from the command line is served");
    // A request that carries a token in the query string must not leak it either.
    let _ = client.get(format!("{base}/api/v1/node?access_token={token}")).send().unwrap();

    // Wait until the request lines are in the log, then read it whole.
    let started = Instant::now();
    while !log.lock().unwrap().contains("/api/v1/me") {
        assert!(started.elapsed() < Duration::from_secs(10), "no request log line: {}", log.lock().unwrap());
        std::thread::sleep(Duration::from_millis(20));
    }
    server.kill().unwrap();
    server.wait().unwrap();
    let log = log.lock().unwrap().clone();
    assert!(log.contains("status=200"), "one line per request with its status: {log}");
    assert!(!log.contains(PASSWORD), "the password is in the log: {log}");
    assert!(!log.contains(&token), "the token is in the log: {log}");
    assert!(!log.contains(&token[3..20]), "part of the token is in the log: {log}");
}

/// Starts `deelwijs serve` on `port` and waits until it answers; its output is collected.
fn spawn_server(data_dir: &str, port: u16, extra: &[&str]) -> (std::process::Child, Arc<Mutex<String>>) {
    let base = format!("http://127.0.0.1:{port}");
    let mut server = deelwijs()
        .arg("serve")
        .args(extra)
        .env("DEELWIJS_DATA_DIR", data_dir)
        .env("DEELWIJS_BIND", format!("127.0.0.1:{port}"))
        .env("DEELWIJS_PUBLIC_URL", &base)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let log = Arc::new(Mutex::new(String::new()));
    for mut stream in [Box::new(server.stdout.take().unwrap()) as Box<dyn Read + Send>, Box::new(server.stderr.take().unwrap())] {
        let log = log.clone();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = stream.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                log.lock().unwrap().push_str(&String::from_utf8_lossy(&buffer[..n]));
            }
        });
    }
    let client = reqwest::blocking::Client::new();
    let started = Instant::now();
    while !client.get(format!("{base}/healthz")).send().map(|r| r.status().is_success()).unwrap_or(false) {
        assert!(started.elapsed() < Duration::from_secs(60), "server did not come up: {}", log.lock().unwrap());
        assert!(server.try_wait().unwrap().is_none(), "server exited: {}", log.lock().unwrap());
        std::thread::sleep(Duration::from_millis(50));
    }
    (server, log)
}

#[test]
fn killed_while_indexing_loses_nothing_and_reindex_needs_the_index_to_itself() {
    let data = tempfile::tempdir().unwrap();
    let data_dir = data.path().to_str().unwrap();
    let created = deelwijs()
        .args(["admin", "create-user", "--username", "docent", "--email", "docent@example.org"])
        .env("DEELWIJS_DATA_DIR", data_dir)
        .env("DEELWIJS_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(created.status.success());
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let base = format!("http://127.0.0.1:{port}");
    let (mut server, _log) = spawn_server(data_dir, port, &[]);
    let client = reqwest::blocking::Client::new();
    let token: serde_json::Value =
        client.post(format!("{base}/api/v1/auth/token")).json(&serde_json::json!({"username": "docent", "password": PASSWORD})).send().unwrap().json().unwrap();
    let token = token["token"].as_str().unwrap().to_owned();
    for n in 0..30 {
        let body = serde_json::json!({"title": format!("Kraakproef {n}"), "language": "nl", "education_levels": ["po"], "status": "published"});
        let response = client.post(format!("{base}/api/v1/materials")).bearer_auth(&token).json(&body).send().unwrap();
        assert_eq!(response.status(), 201);
    }
    // SIGKILL right after the last acknowledged write: no chance to finish indexing.
    server.kill().unwrap();
    server.wait().unwrap();

    let (mut server, _log) = spawn_server(data_dir, port, &[]);
    let started = Instant::now();
    loop {
        let found: serde_json::Value = client.get(format!("{base}/api/v1/search?q=kraakproef&facets=false")).send().unwrap().json().unwrap();
        if found["total"] == 30 {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "the index did not catch up after the restart: {found}");
        std::thread::sleep(Duration::from_millis(50));
    }

    // One writer per index: a reindex while the node runs is refused clearly.
    let refused = deelwijs().arg("reindex").env("DEELWIJS_DATA_DIR", data_dir).output().unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("in use by another process"), "{}", String::from_utf8_lossy(&refused.stderr));
    server.kill().unwrap();
    server.wait().unwrap();
    let rebuilt = deelwijs().arg("reindex").env("DEELWIJS_DATA_DIR", data_dir).output().unwrap();
    assert!(rebuilt.status.success(), "{}", String::from_utf8_lossy(&rebuilt.stderr));
    assert!(String::from_utf8_lossy(&rebuilt.stdout).contains("reindexed 30 documents (30 searchable)"), "{}", String::from_utf8_lossy(&rebuilt.stdout));
}
