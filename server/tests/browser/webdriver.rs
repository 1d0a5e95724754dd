//! A minimal W3C WebDriver client over reqwest, enough to drive Chromium through chromedriver.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A chromedriver process, killed on drop.
pub struct Driver {
    child: Child,
    pub url: String,
}

impl Driver {
    /// Starts chromedriver on a free port and waits until it reports ready.
    pub async fn start() -> Driver {
        let binary = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].into_iter().find(|p| std::path::Path::new(p).exists()).unwrap_or_else(|| {
            panic!("chromedriver is not installed. Run `.ci/test` (it installs Debian's chromium and chromium-driver) or `apt-get install chromium chromium-driver`.")
        });
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(binary).arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        let driver = Driver { child, url: format!("http://127.0.0.1:{port}") };
        let client = reqwest::Client::new();
        wait_until(Duration::from_secs(20), "chromedriver ready", || {
            let client = client.clone();
            let status = format!("{}/status", driver.url);
            async move { client.get(status).send().await.ok()?.json::<Value>().await.ok().filter(|v| v["value"]["ready"] == true).map(|_| ()) }
        })
        .await;
        driver
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls `probe` until it yields `Some`, or panics after `timeout`. No fixed sleeps elsewhere.
pub async fn wait_until<T, F, Fut>(timeout: Duration, what: &str, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let started = Instant::now();
    loop {
        if let Some(value) = probe().await {
            return value;
        }
        assert!(started.elapsed() < timeout, "timed out after {timeout:?} waiting for {what}");
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
}

/// One browser session.
pub struct Browser {
    client: reqwest::Client,
    session: String,
}

pub struct Element(String);

impl Browser {
    pub async fn open(driver: &Driver, profile_dir: &std::path::Path) -> Browser {
        let client = reqwest::Client::new();
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "prefs": { "intl.accept_languages": "nl-NL,nl" },
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                         format!("--user-data-dir={}", profile_dir.display()), "--lang=nl-NL"]
            }
        }}});
        let response: Value = client.post(format!("{}/session", driver.url)).json(&capabilities).send().await.unwrap().json().await.unwrap();
        let session = response["value"]["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {response}")).to_owned();
        Browser { client, session: format!("{}/session/{session}", driver.url) }
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let mut request = self.client.request(method, format!("{}{path}", self.session));
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response: Value = request.send().await.unwrap().json().await.unwrap();
        if let Some(error) = response["value"]["error"].as_str() {
            panic!("webdriver {path}: {error}: {}", response["value"]["message"]);
        }
        response["value"].clone()
    }

    pub async fn goto(&self, url: &str) {
        self.call(reqwest::Method::POST, "/url", Some(json!({ "url": url }))).await;
    }

    pub async fn current_url(&self) -> String {
        self.call(reqwest::Method::GET, "/url", None).await.as_str().unwrap().to_owned()
    }

    pub async fn find(&self, css: &str) -> Element {
        let value = self.call(reqwest::Method::POST, "/element", Some(json!({ "using": "css selector", "value": css }))).await;
        Element(value[ELEMENT_KEY].as_str().unwrap_or_else(|| panic!("no element {css}: {value}")).to_owned())
    }

    pub async fn count(&self, css: &str) -> usize {
        self.call(reqwest::Method::POST, "/elements", Some(json!({ "using": "css selector", "value": css }))).await.as_array().map_or(0, Vec::len)
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css).await;
        self.call(reqwest::Method::POST, &format!("/element/{}/clear", element.0), Some(json!({}))).await;
        self.call(reqwest::Method::POST, &format!("/element/{}/value", element.0), Some(json!({ "text": text }))).await;
    }

    pub async fn click(&self, css: &str) {
        let element = self.find(css).await;
        self.call(reqwest::Method::POST, &format!("/element/{}/click", element.0), Some(json!({}))).await;
    }

    pub async fn text(&self, css: &str) -> String {
        let element = self.find(css).await;
        self.call(reqwest::Method::GET, &format!("/element/{}/text", element.0), None).await.as_str().unwrap_or_default().to_owned()
    }

    pub async fn attribute(&self, css: &str, name: &str) -> Option<String> {
        let element = self.find(css).await;
        self.call(reqwest::Method::GET, &format!("/element/{}/attribute/{name}", element.0), None).await.as_str().map(str::to_owned)
    }

    /// Runs a script in the page (WebDriver runs it whatever the page's CSP says) and returns
    /// its result.
    pub async fn execute(&self, script: &str) -> Value {
        self.call(reqwest::Method::POST, "/execute/sync", Some(json!({ "script": script, "args": [] }))).await
    }

    /// Runs axe-core's WCAG 2.1 A and AA rules on the page as it is now; returns one line per
    /// violation (rule, impact, what to fix, where), empty when there is none.
    pub async fn accessibility_violations(&self, axe_source: &str) -> Vec<String> {
        let script = format!(
            "{axe_source}\n;const done = arguments[arguments.length - 1];\
             axe.run(document, {{ runOnly: {{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }} }})\
             .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))\
             .catch(e => done(['axe could not run: ' + e]));"
        );
        let found = self.call(reqwest::Method::POST, "/execute/async", Some(json!({ "script": script, "args": [] }))).await;
        found.as_array().unwrap_or_else(|| panic!("axe answered {found}")).iter().map(|v| v.as_str().unwrap_or_default().to_owned()).collect()
    }

    /// Resizes the window (a phone is 390 × 844 CSS pixels).
    pub async fn resize(&self, width: u32, height: u32) {
        self.call(reqwest::Method::POST, "/window/rect", Some(json!({ "width": width, "height": height }))).await;
    }

    pub async fn page_source(&self) -> String {
        self.call(reqwest::Method::GET, "/source", None).await.as_str().unwrap_or_default().to_owned()
    }

    /// A PNG of the viewport.
    pub async fn screenshot(&self) -> Vec<u8> {
        use base64_decode as decode;
        decode(self.call(reqwest::Method::GET, "/screenshot", None).await.as_str().unwrap())
    }

    pub async fn close(self) {
        let _ = self.client.delete(&self.session).send().await;
    }
}

/// Standard base64 (the screenshot encoding), decoded without another dependency.
fn base64_decode(input: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let clean: Vec<u8> = input.bytes().filter(|c| !c.is_ascii_whitespace() && *c != b'=').collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let mut buffer = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            buffer |= u32::from(value(c)) << (18 - 6 * i);
        }
        let bytes = buffer.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    out
}
