//! Hostile payloads through the real pages, in a real Chromium, with and without the CSP:
//! every text a teacher, a remote node or a visitor controls (material and case-study fields,
//! an attachment name, a display name, a network, a CASE goal, a report, the search query) is
//! filled with script-running payloads, and the test fails if any of them runs, leaves an event
//! handler or a `javascript:` link in the DOM, or makes the browser request anything it names.
//!
//! Without the CSP: a small proxy on loopback serves the node's pages with the
//! Content-Security-Policy header removed, so only our escaping and sanitizing stand between a
//! payload and the browser.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use deelwijs_server::domain::vocab::Role;
use serde_json::{json, Value};

use crate::support::{Backend, TestNode};
use crate::webdriver::{wait_until, Browser, Driver};

/// Each payload, when it runs, marks the page (`data-xss` on `<html>`) and asks for `/xss/N`.
fn payloads() -> Vec<String> {
    let run = |n: usize| format!("top.document.documentElement.setAttribute('data-xss','{n}');fetch('/xss/{n}')");
    vec![
        format!("<script>{}</script>", run(1)),
        format!("<img src=x onerror=\"{}\">", run(2)),
        format!("<svg onload=\"{}\">", run(3)),
        format!("\"><img src=x onerror=\"{}\">", run(4)),
        format!("'><script>{}</script>", run(5)),
        format!("<iframe srcdoc=\"<script>{}</script>\"></iframe>", run(6).replace('\'', "&#39;")),
        format!("<details open ontoggle=\"{}\">x</details>", run(7)),
        format!("<a href=\"javascript:{}\">klik</a>", run(8)),
        format!("[klik](javascript:{})", run(9)),
        format!("<math><mtext><table><mglyph><style><img src=x onerror=\"{}\">", run(10)),
        format!("<noscript><p title=\"</noscript><img src=x onerror={}>\">", run(11).replace(' ', "")),
        format!("<input autofocus onfocus=\"{}\">", run(12)),
        format!("<video><source onerror=\"{}\"></video>", run(13)),
        format!("</textarea></title><script>{}</script>", run(14)),
        "<style>@import '/xss/15.css';</style><link rel=stylesheet href=/xss/16.css>".to_owned(),
        "<meta http-equiv=\"refresh\" content=\"0;url=/xss/17\">".to_owned(),
        format!("<object data=\"javascript:{}\"></object>", run(18)),
        "![x](/xss/19.png \"x\" onerror=\"alert(1)\") ![y](//xss.invalid/20.png)".to_owned(),
        format!("<form action=\"javascript:{}\"><button>x</button></form>", run(21)),
        format!("<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;(1) alt=\"{}\">", run(22)),
    ]
}

/// The proxy's state: the node's URL, the `/xss/…` requests seen, a client.
type ProxyState = (String, Arc<Mutex<Vec<String>>>, reqwest::Client);

/// Forwards every request to the node, with the response's CSP removed, and records requests
/// for `/xss/…` (which only a payload would make).
async fn start_proxy(target: String) -> (String, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let state = (target, seen.clone(), reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap());
    let server = HttpServer::new(move || {
        App::new().app_data(web::Data::new(state.clone())).default_service(web::to(
            |req: HttpRequest, body: web::Bytes, state: web::Data<ProxyState>| async move {
                let (target, seen, client) = state.get_ref();
                if req.path().starts_with("/xss") {
                    seen.lock().unwrap().push(req.uri().to_string());
                    return HttpResponse::NotFound().finish();
                }
                let mut forwarded = client.request(req.method().as_str().parse().unwrap(), format!("{target}{}", req.uri())).body(body.to_vec());
                for name in ["cookie", "content-type", "accept-language"] {
                    if let Some(value) = req.headers().get(name) {
                        forwarded = forwarded.header(name, value.as_bytes());
                    }
                }
                let answer = forwarded.send().await.unwrap();
                let mut response = HttpResponse::build(actix_web::http::StatusCode::from_u16(answer.status().as_u16()).unwrap());
                for (name, value) in answer.headers() {
                    if ["content-type", "set-cookie", "location", "content-disposition"].contains(&name.as_str()) {
                        response.append_header((name.as_str(), value.as_bytes()));
                    }
                }
                response.body(answer.bytes().await.unwrap().to_vec())
            },
        ))
    })
    .workers(1)
    .listen(listener)
    .unwrap()
    .run();
    actix_web::rt::spawn(server);
    (url, seen)
}

/// Waits until the sign-in form has been answered (the browser left `/sign-in`).
async fn signed_in(browser: &Browser) {
    wait_until(Duration::from_secs(15), "the sign-in to complete", || async { (!browser.current_url().await.contains("/sign-in")).then_some(()) }).await;
}

/// What the DOM of the current page holds that could run script.
async fn dangers(browser: &Browser) -> Value {
    browser
        .execute(
            r#"const found = [];
               const marker = document.documentElement.getAttribute('data-xss');
               if (marker) found.push('payload ' + marker + ' ran');
               for (const e of document.querySelectorAll('*')) {
                 for (const a of e.attributes) {
                   if (a.name.startsWith('on')) found.push(e.tagName + ' has ' + a.name);
                   if (['href', 'src', 'action', 'formaction', 'data', 'srcdoc'].includes(a.name) && /^\s*(javascript|vbscript):/i.test(a.value)) found.push(e.tagName + ' ' + a.name + '=' + a.value);
                 }
                 // The page's own schema.org description is a data block, which no browser runs:
                 // allowed once, in the head, and only while its text is still one JSON value.
                 const dataBlock = e.tagName === 'SCRIPT' && e.getAttribute('type') === 'application/ld+json' && e.parentElement === document.head
                   && document.querySelectorAll('script').length === 1 && (() => { try { JSON.parse(e.textContent); return true; } catch (_) { return false; } })();
                 if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(e.tagName) && !dataBlock) found.push('a ' + e.tagName + ' element');
                 if (e.tagName === 'META' && e.getAttribute('http-equiv')) found.push('meta http-equiv');
                 if (e.tagName === 'LINK' && e.getAttribute('rel') === 'stylesheet' && !e.getAttribute('href').startsWith('/assets/')) found.push('a foreign stylesheet');
               }
               return found;"#,
        )
        .await
}

#[actix_web::test]
async fn hostile_payloads_run_nowhere() {
    let node = TestNode::start(Backend::Sqlite).await;
    let admin = node.user("beheer", Role::Admin).await;
    let teacher = node.user("anna", Role::Member).await;
    let payloads = payloads();
    let all = payloads.join("\n\n");

    // Content: a material and a case study whose every text field carries the payloads.
    let (status, material) = node
        .post(
            "/materials",
            Some(&teacher),
            &json!({"title": payloads[1], "summary": payloads[3], "body": all, "language": "nl", "license": "CC-BY-4.0",
                    "education_levels": ["po"], "resource_type": "lesson_plan", "keywords": ["<svg/onload=alert(1)>", "\"><b onclick=x>k"],
                    "authors": [payloads[2]], "status": "published"}),
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::CREATED, "{material}");
    let material_id = material["id"].as_str().unwrap().to_owned();
    let (_, _) = node.patch(&format!("/materials/{material_id}"), Some(&teacher), &json!({"summary": payloads[5]})).await;
    let (status, case_study) = node
        .post(
            "/case-studies",
            Some(&teacher),
            &json!({"title": payloads[6], "summary": payloads[7], "challenge": all, "approach": all, "results": all,
                    "lessons": all, "scaling": all, "sector": "po", "language": "nl", "license": "CC-BY-4.0", "status": "published"}),
        )
        .await;
    assert!(status.is_success(), "{case_study}");
    let case_study_id = case_study["id"].as_str().unwrap_or_default().to_owned();
    // An attachment whose name is a payload (what the name rules let through of it).
    let form =
        reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(b"x".to_vec()).file_name("&lt;img src=x onerror=alert(1)&gt;'\".pdf"));
    node.client.post(node.api(&format!("/materials/{material_id}/attachments"))).bearer_auth(&teacher).multipart(form).send().await.unwrap();
    // A network, a report and a CASE framework with payloads.
    node.post("/networks", Some(&teacher), &json!({"name": "xss-netwerk", "title": payloads[8], "summary": all})).await;
    let (status, report) = node.post(&format!("/materials/{material_id}/report"), Some(&admin), &json!({"comment": payloads[9]})).await;
    assert!(status.is_success(), "{report}");
    let item = |id: &str, statement: &str| json!({"identifier": id, "uri": format!("https://example.org/{id}"), "fullStatement": statement, "humanCodingScheme": payloads[10], "lastChangeDateTime": "2025-01-01T00:00:00+00:00"});
    let package = json!({
        "CFDocument": {"identifier": "xss-doc", "uri": "https://example.org/xss-doc", "title": payloads[11], "creator": payloads[12], "lastChangeDateTime": "2025-01-01T00:00:00+00:00"},
        "CFItems": [item("xss-1", &payloads[13]), item("xss-2", &all)],
        "CFAssociations": [{"identifier": "a1", "uri": "https://example.org/a1", "associationType": "isChildOf", "lastChangeDateTime": "2025-01-01T00:00:00+00:00",
                            "originNodeURI": {"identifier": "xss-2", "uri": "https://example.org/xss-2"}, "destinationNodeURI": {"identifier": "xss-1", "uri": "https://example.org/xss-1"}}]
    });
    let (status, imported) = node.post("/curricula", Some(&admin), &package).await;
    assert!(status.is_success(), "{imported}");
    let framework = imported["framework_id"].as_str().or(imported["id"].as_str()).unwrap_or_default().to_owned();

    let (proxy, seen) = start_proxy(node.url.clone()).await;
    let driver = Driver::start().await;
    let profile = tempfile::tempdir().unwrap();
    let browser = Browser::open(&driver, profile.path()).await;
    node.user("moderator", Role::Moderator).await;
    let mut pages = vec![
        "/".to_owned(),
        "/materials".to_owned(),
        format!("/materials/{material_id}"),
        format!("/materials/{material_id}/history"),
        format!("/materials/{material_id}/versions/1"),
        format!("/materials/{material_id}/edit"),
        format!("/materials/{material_id}/remix"),
        format!("/case-studies/{case_study_id}"),
        "/case-studies".to_owned(),
        "/users/anna".to_owned(),
        "/groups".to_owned(),
        "/groups/xss-netwerk".to_owned(),
        "/curricula".to_owned(),
        format!("/curricula/{framework}"),
        "/search?q=klik".to_owned(),
        "/search?q=img".to_owned(),
    ];
    for payload in &payloads {
        pages.push(format!("/search?q={}", url::form_urlencoded::byte_serialize(payload.as_bytes()).collect::<String>()));
    }
    let mut problems = Vec::new();
    for (base, label) in [(proxy.as_str(), "without CSP"), (node.url.as_str(), "with CSP")] {
        // Signed in as the teacher who wrote it all (the edit form shows every field).
        browser.goto(&format!("{base}/sign-in")).await;
        browser.type_into("input[name=username]", "anna").await;
        browser.type_into("input[name=password]", "correct horse battery").await;
        browser.click("main form button[type=submit]").await;
        signed_in(&browser).await;
        for page in &pages {
            browser.goto(&format!("{base}{page}")).await;
            let found = dangers(&browser).await;
            if found.as_array().is_some_and(|f| !f.is_empty()) {
                problems.push(format!("{label} {page}: {found}"));
            }
        }
    }
    // The reports, as a moderator sees them.
    for base in [proxy.as_str(), node.url.as_str()] {
        browser.goto(&format!("{base}/sign-in")).await;
        browser.type_into("input[name=username]", "moderator").await;
        browser.type_into("input[name=password]", "correct horse battery").await;
        browser.click("main form button[type=submit]").await;
        signed_in(&browser).await;
        browser.goto(&format!("{base}/moderation")).await;
        let source = browser.page_source().await;
        assert!(source.contains("&lt;mglyph&gt;"), "{base}: the report's comment (payload 10) is listed, as text");
        let found = dangers(&browser).await;
        if found.as_array().is_some_and(|f| !f.is_empty()) {
            problems.push(format!("{base}/moderation: {found}"));
        }
    }
    browser.goto(&format!("{proxy}/")).await;
    let requested = seen.lock().unwrap().clone();
    assert!(requested.is_empty(), "payloads made the browser request {requested:?}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The payloads did reach the pages, as text.
    browser.goto(&format!("{proxy}/materials/{material_id}")).await;
    let source = browser.page_source().await;
    assert!(source.contains("onerror"), "the payloads are shown as text, not dropped before the page");
    assert!(source.contains("<script type=\"application/ld+json\">"), "the page's JSON-LD (with the payloads in it) was among what was checked");
    browser.close().await;
}
