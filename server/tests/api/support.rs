//! Test support: real nodes on port 0 over a real SQLite file or a fresh PostgreSQL database.
#![allow(dead_code)] // shared by several test binaries; each uses a part

use std::path::PathBuf;

use deelwijs_server::app::{accounts, App, FederationSettings};
use deelwijs_server::domain::account::{SignUp, SignUpInput};
use deelwijs_server::domain::vocab::Role;
use deelwijs_server::domain::Limits;
use deelwijs_server::startup::{self, Settings};
use deelwijs_server::store::DatabaseUrl;
use diesel::{Connection, PgConnection, RunQueryDsl};
use reqwest::StatusCode;
use serde_json::Value;

pub const PG_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The backends every test runs on. PostgreSQL is required unless `DEELWIJS_SKIP_POSTGRES=1`
/// is set explicitly, and then the skip is announced loudly.
pub fn backends() -> Vec<Backend> {
    if std::env::var("DEELWIJS_SKIP_POSTGRES").is_ok_and(|v| v == "1") {
        eprintln!("\n*** WARNING: DEELWIJS_SKIP_POSTGRES=1 — PostgreSQL tests are SKIPPED; only SQLite is tested ***\n");
        return vec![Backend::Sqlite];
    }
    if let Err(e) = PgConnection::establish(&pg_admin_url()) {
        panic!(
            "cannot reach PostgreSQL at {} ({e}).\nStart it (e.g. `pg_ctlcluster 15 main start`) or set DEELWIJS_TEST_PG_URL, \
             or set DEELWIJS_SKIP_POSTGRES=1 to test SQLite only.",
            pg_admin_url()
        );
    }
    vec![Backend::Sqlite, Backend::Postgres]
}

pub fn pg_admin_url() -> String {
    std::env::var("DEELWIJS_TEST_PG_URL").unwrap_or_else(|_| PG_ADMIN_URL.to_owned())
}

/// A fresh, empty PostgreSQL database, dropped when this value drops.
pub struct PgDatabase {
    pub name: String,
    pub url: String,
}

impl PgDatabase {
    pub fn create() -> PgDatabase {
        let name = format!("deelwijs_test_{}", deelwijs_server::app::new_id());
        let mut admin = PgConnection::establish(&pg_admin_url()).unwrap();
        diesel::sql_query(format!("CREATE DATABASE {name}")).execute(&mut admin).unwrap();
        let base = pg_admin_url();
        let url = format!("{}/{name}", base.rsplit_once('/').unwrap().0);
        PgDatabase { name, url }
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut admin) = PgConnection::establish(&pg_admin_url()) {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name)).execute(&mut admin);
        }
    }
}

/// A running node with its own data directory and database.
pub struct TestNode {
    /// First, so it stops before the database and the data directory go away.
    _workers: startup::Workers,
    pub backend: Backend,
    pub url: String,
    pub app: App,
    pub client: reqwest::Client,
    pub data_dir: PathBuf,
    _temp: tempfile::TempDir,
    _pg: Option<PgDatabase>,
}

impl TestNode {
    pub async fn start(backend: Backend) -> TestNode {
        Self::start_with(backend, Limits::default()).await
    }

    pub async fn start_with(backend: Backend, limits: Limits) -> TestNode {
        Self::start_full(backend, limits, true, "127.0.0.1").await
    }

    /// A node without a search index or index worker: queued changes stay in the queue.
    pub async fn start_without_search(backend: Backend) -> TestNode {
        Self::start_full(backend, Limits::default(), false, "127.0.0.1").await
    }

    /// A node named `localhost:PORT`, which other nodes can follow: federation needs a domain
    /// name, not an IP address, in handles and actor ids.
    pub async fn start_federating(backend: Backend) -> TestNode {
        Self::start_full(backend, Limits::default(), true, "localhost").await
    }

    async fn start_full(backend: Backend, limits: Limits, with_search: bool, public_host: &str) -> TestNode {
        let temp = tempfile::tempdir().unwrap();
        let data_dir = temp.path().to_path_buf();
        let pg = (backend == Backend::Postgres).then(PgDatabase::create);
        let database_url = match &pg {
            Some(db) => DatabaseUrl::Postgres(db.url.clone()),
            None => DatabaseUrl::Sqlite(data_dir.join("deelwijs.db").to_string_lossy().into_owned()),
        };
        // Bind first so the public URL carries the real port.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let url = format!("http://{public_host}:{port}");
        let federation = FederationSettings { insecure_local: true, ..FederationSettings::default() };
        let settings = Settings { data_dir: data_dir.clone(), database_url, public_url: url.clone(), limits, federation, behind_proxy: false };
        let app = startup::open_app(&settings).unwrap();
        let app = if with_search { startup::open_search(app).unwrap() } else { app };
        let fed = startup::federation(&app).await.unwrap();
        let workers = startup::start_workers(&app, &fed).unwrap();
        let server = deelwijs_server::http::serve(app.clone(), fed, listener, 2).unwrap();
        actix_web::rt::spawn(server);
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        TestNode { _workers: workers, backend, url, app, client, data_dir, _temp: temp, _pg: pg }
    }

    pub fn api(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.url)
    }

    /// Creates an account directly through the use case and returns an API token for it.
    pub async fn user(&self, username: &str, role: Role) -> String {
        let input = SignUpInput {
            username: username.into(),
            email: format!("{username}@example.org"),
            display_name: format!("Teacher {username}"),
            password: "correct horse battery".into(),
        };
        let user = accounts::create_account(&self.app, SignUp::parse(&input).unwrap(), role).await.unwrap();
        // Through the use case, not `/auth/token`: a test may create more accounts than the
        // sign-in throttle lets one address sign in at once (`accounts.rs` tests that route).
        accounts::issue_token(&self.app, &user.id, "test").await.unwrap()
    }

    /// Signs in over the API, as a client would, and returns the token.
    pub async fn sign_in(&self, username: &str) -> String {
        let response = self
            .client
            .post(self.api("/auth/token"))
            .json(&serde_json::json!({"username": username, "password": "correct horse battery"}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        response.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned()
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> (StatusCode, Value) {
        let mut request = self.client.get(self.api(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        read(request.send().await.unwrap()).await
    }

    pub async fn send(&self, method: reqwest::Method, path: &str, token: Option<&str>, body: &Value) -> (StatusCode, Value) {
        let mut request = self.client.request(method, self.api(path)).json(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        read(request.send().await.unwrap()).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> (StatusCode, Value) {
        self.send(reqwest::Method::POST, path, token, body).await
    }

    pub async fn patch(&self, path: &str, token: Option<&str>, body: &Value) -> (StatusCode, Value) {
        self.send(reqwest::Method::PATCH, path, token, body).await
    }

    pub async fn delete(&self, path: &str, token: Option<&str>) -> StatusCode {
        let mut request = self.client.delete(self.api(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.unwrap().status()
    }

    /// Creates a published material with sensible defaults, overridden by `fields`.
    pub async fn material(&self, token: &str, fields: Value) -> Value {
        let mut body = serde_json::json!({
            "title": "Breuken met pizza's", "summary": "Breuken vergelijken met pizzapunten.", "body": "## Stap 1\n\nSnijd de pizza.",
            "language": "nl", "license": "CC-BY-4.0", "education_levels": ["po"], "subjects": ["rekenen-wiskunde"],
            "resource_type": "lesson_plan", "keywords": ["breuken"], "status": "published"
        });
        for (key, value) in fields.as_object().unwrap() {
            body[key] = value.clone();
        }
        let (status, material) = self.post("/materials", Some(token), &body).await;
        assert_eq!(status, StatusCode::CREATED, "{material}");
        material
    }
}

pub async fn read(response: reqwest::Response) -> (StatusCode, Value) {
    let status = response.status();
    let text = response.text().await.unwrap();
    let value = if text.is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON ({status}): {text}")) };
    (status, value)
}

/// Asserts an API error: the status, the machine-readable code, and a human message.
#[track_caller]
pub fn check_error(actual: &(StatusCode, Value), status: StatusCode, code: &str) {
    assert_eq!(actual.0, status, "{}", actual.1);
    assert_eq!(actual.1["error"]["code"], code, "{}", actual.1);
    assert!(actual.1["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "{}", actual.1);
}

/// Asserts a validation error on one field with one problem code.
#[track_caller]
pub fn check_field_error(actual: &(StatusCode, Value), field: &str, problem: &str) {
    check_error(actual, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
    assert_eq!(actual.1["error"]["fields"][field]["code"], problem, "{}", actual.1);
}

/// GETs `url` as ActivityPub JSON, expecting 200.
pub async fn ap_get(node: &TestNode, url: &str) -> Value {
    let response = node.client.get(url).header("Accept", "application/activity+json").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{url}");
    response.json().await.unwrap()
}

/// Every file below `dir` (the blobs a node stored, say).
pub fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}
