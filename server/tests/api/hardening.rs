//! Issue 22: one regression test per finding of the attack run on a live node (the federation
//! findings 1 and 10 are in federation-tests, which can sign as a remote server). Where
//! storage is involved, each runs on SQLite and on PostgreSQL.

use std::time::Duration;

use deelwijs_server::domain::vocab::Role;
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::json;

use crate::pages::csrf_of;
use crate::support::{ap_get, backends, check_error, read, walk, Backend, TestNode};

fn browser() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// Sends a request head and the start of a body over a raw connection, never the rest, and
/// returns the status line of the answer: proof the server answered without reading (or
/// buffering) a body it was never sent.
async fn answer_to_partial_request(node: &TestNode, head: &str, body_start: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = node.url.trim_start_matches("http://").replace("localhost", "127.0.0.1");
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body_start).await.unwrap();
    let mut answer = Vec::new();
    let mut buffer = [0u8; 4096];
    while !answer.windows(4).any(|w| w == b"\r\n\r\n") {
        match tokio::time::timeout(Duration::from_secs(20), stream.read(&mut buffer)).await {
            Ok(Ok(0)) => break,
            Ok(Ok(n)) => answer.extend_from_slice(&buffer[..n]),
            Ok(Err(e)) => panic!("connection failed: {e}"),
            Err(_) => panic!("no answer before the body was complete ({head})"),
        }
    }
    String::from_utf8_lossy(&answer).lines().next().unwrap_or_default().to_owned()
}

/// Finding 2: nothing is buffered before the form has proved where it came from, and files
/// are streamed to disk.
#[actix_web::test]
async fn issue22_finding2_bodies_are_not_read_before_the_checks() {
    let node = TestNode::start(Backend::Sqlite).await;
    let host = node.url.trim_start_matches("http://").to_owned();
    let cookie = "a".repeat(64);
    // A declared 10 GiB body is refused from its headers.
    let head = format!(
        "POST /sign-in HTTP/1.1\r\nHost: {host}\r\nCookie: deelwijs_csrf={cookie}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 10737418240\r\n\r\n"
    );
    assert!(answer_to_partial_request(&node, &head, b"--x\r\n").await.contains(" 413 "));
    // No CSRF cookie: refused before a byte of the (endless, chunked) body is read.
    let head = format!("POST /sign-in HTTP/1.1\r\nHost: {host}\r\nContent-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n\r\n");
    let part = b"--x\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.bin\"\r\n\r\n";
    let chunk = format!("{:x}\r\n{}\r\n", part.len(), String::from_utf8_lossy(part));
    assert!(answer_to_partial_request(&node, &head, chunk.as_bytes()).await.contains(" 400 "));
    // With a CSRF cookie, a file part that comes before the form's csrf field is refused at once.
    let head = format!(
        "POST /sign-in HTTP/1.1\r\nHost: {host}\r\nCookie: deelwijs_csrf={cookie}\r\nContent-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    assert!(answer_to_partial_request(&node, &head, chunk.as_bytes()).await.contains(" 400 "));

    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("anna", Role::Member).await;
        let material = node.material(&token, json!({})).await;
        let id = material["id"].as_str().unwrap();
        // Signed-out forms take no files, even with a valid CSRF token.
        let client = browser();
        let html = client.get(format!("{}/sign-in", node.url)).send().await.unwrap().text().await.unwrap();
        let csrf = csrf_of(&html);
        let form = Form::new().text("csrf", csrf).part("f", Part::bytes(vec![1u8; 1024]).file_name("a.bin"));
        let response = client.post(format!("{}/sign-in", node.url)).multipart(form).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert!(response.text().await.unwrap().contains("This form takes no files."));
        // A streamed upload of 3 MiB arrives whole, and no temporary file stays behind.
        let bytes: Vec<u8> = (0..3 * 1024 * 1024).map(|i| (i % 251) as u8).collect();
        let form = Form::new().part("file", Part::bytes(bytes.clone()).file_name("groot.bin"));
        let (status, attachment) =
            read(node.client.post(node.api(&format!("/materials/{id}/attachments"))).bearer_auth(&token).multipart(form).send().await.unwrap()).await;
        assert_eq!(status, StatusCode::CREATED, "{attachment}");
        assert_eq!(std::fs::read_dir(node.data_dir.join("files/tmp")).unwrap().count(), 0);
        // Downloads are streamed with Range support.
        let url = attachment["url"].as_str().unwrap();
        let full = node.client.get(url).send().await.unwrap();
        assert_eq!(full.headers()["accept-ranges"], "bytes");
        assert_eq!(full.bytes().await.unwrap().as_ref(), bytes.as_slice());
        let part = node.client.get(url).header("Range", "bytes=1000-1999").send().await.unwrap();
        assert_eq!(part.status(), StatusCode::PARTIAL_CONTENT);
        assert_eq!(part.headers()["content-range"], format!("bytes 1000-1999/{}", bytes.len()));
        assert!(part.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
        assert_eq!(part.bytes().await.unwrap().as_ref(), &bytes[1000..2000]);
    }
}

/// Finding 3: `?back=` and `?next=` never leave the site, and a CR or LF gives no 500.
#[actix_web::test]
async fn issue22_finding3_no_open_redirect() {
    let node = TestNode::start(Backend::Sqlite).await;
    let client = browser();
    for (back, expected) in [
        ("/%09/evil.example", "/"),
        ("/%0a/evil.example", "/"),
        ("//evil.example", "/"),
        ("/%5Cevil.example", "/"),
        ("https://evil.example/", "/"),
        ("/%0d%0aSet-Cookie:%20x=1", "/"),
        ("/search?q=breuken%20groep%206", "/search?q=breuken%20groep%206"),
        ("/materials", "/materials"),
    ] {
        let response = client.get(format!("{}/lang/en?back={back}", node.url)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{back}");
        assert_eq!(response.headers()["location"], expected, "{back}");
    }
    // Sign-in with a CR/LF in `next`: a normal sign-in that lands on the home page.
    node.user("anna", Role::Member).await;
    let html = client.get(format!("{}/sign-in", node.url)).send().await.unwrap().text().await.unwrap();
    let form = [("username", "anna"), ("password", "correct horse battery"), ("csrf", &csrf_of(&html))];
    let response = client.post(format!("{}/sign-in?next=/%0d%0a/evil.example", node.url)).form(&form).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/?done=welcome");
}

/// Finding 4: a NUL byte anywhere is a 400 with a code, the same on both databases.
#[actix_web::test]
async fn issue22_finding4_nul_is_refused_at_the_edge() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("anna", Role::Member).await;
        let host = node.url.trim_start_matches("http://").to_owned();
        for path in ["/api/v1/materials/a%00b", "/users/a%00b", &format!("/.well-known/webfinger?resource=acct:a%00b@{host}"), "/search?q=a%00"] {
            let response = node.client.get(format!("{}{path}", node.url)).send().await.unwrap();
            check_error(&read(response).await, StatusCode::BAD_REQUEST, "invalid_characters");
        }
        check_error(&node.post("/auth/token", None, &json!({"username": "a\u{0}b", "password": "x"})).await, StatusCode::BAD_REQUEST, "invalid_characters");
        for field in ["title", "body", "summary"] {
            let mut body = json!({"title": "t", "summary": "s", "body": "b", "language": "nl", "license": "CC0-1.0", "education_levels": ["po"]});
            body[field] = json!("voor\u{0}na");
            let result = node.post("/materials", Some(&token), &body).await;
            check_error(&result, StatusCode::BAD_REQUEST, "invalid_characters");
        }
        let network = node.post("/networks", Some(&token), &json!({"name": "net", "title": "Net", "summary": "x\u{0}"})).await;
        check_error(&network, StatusCode::BAD_REQUEST, "invalid_characters");
        // The six characters `\u0000` (an escaped backslash) are text, not a NUL.
        let material = node.material(&token, json!({"title": "Escape \\u0000 als tekst"})).await;
        assert_eq!(material["title"], "Escape \\u0000 als tekst");
        // A form field with NUL.
        let client = browser();
        let html = client.get(format!("{}/sign-in", node.url)).send().await.unwrap().text().await.unwrap();
        let form = [("username", "a\u{0}b"), ("password", "x"), ("csrf", &csrf_of(&html))];
        let response = client.post(format!("{}/sign-in", node.url)).form(&form).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    }
}

/// Finding 5: text written while a material was a draft stays private after publication.
#[actix_web::test]
async fn issue22_finding5_draft_versions_stay_private() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let owner = node.user("anna", Role::Member).await;
        let other = node.user("bram", Role::Member).await;
        let draft = node.material(&owner, json!({"status": "draft", "body": "Geheime kladtekst"})).await;
        let id = draft["id"].as_str().unwrap();
        let (status, _) = node.patch(&format!("/materials/{id}"), Some(&owner), &json!({"status": "published", "body": "Openbare tekst"})).await;
        assert_eq!(status, StatusCode::OK);
        for viewer in [None, Some(other.as_str())] {
            let (status, versions) = node.get(&format!("/materials/{id}/versions"), viewer).await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(versions["total"], 1, "{versions}");
            assert_eq!(versions["items"][0]["version"], 2, "{versions}");
            check_error(&node.get(&format!("/materials/{id}/versions/1"), viewer).await, StatusCode::NOT_FOUND, "not_found");
        }
        let page = node.client.get(format!("{}/materials/{id}/versions/1", node.url)).send().await.unwrap();
        assert_eq!(page.status(), StatusCode::NOT_FOUND);
        assert!(!page.text().await.unwrap().contains("Geheime"));
        // The author still sees the whole history.
        let (_, versions) = node.get(&format!("/materials/{id}/versions"), Some(&owner)).await;
        assert_eq!(versions["total"], 2, "{versions}");
        let (status, v1) = node.get(&format!("/materials/{id}/versions/1"), Some(&owner)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(v1.to_string().contains("Geheime kladtekst"));
    }
}

/// Finding 6: sign-in is throttled per account and per address, with 429 and Retry-After.
#[actix_web::test]
async fn issue22_finding6_sign_in_is_throttled() {
    let node = TestNode::start(Backend::Sqlite).await;
    node.user("anna", Role::Member).await;
    let wrong = json!({"username": "anna", "password": "fout fout fout"});
    for _ in 0..10 {
        check_error(&node.post("/auth/token", None, &wrong).await, StatusCode::UNAUTHORIZED, "invalid_credentials");
    }
    let response = node.client.post(node.api("/auth/token")).json(&wrong).send().await.unwrap();
    let retry_after: u64 = response.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=30).contains(&retry_after), "the owner waits at most half a minute, not {retry_after} s");
    check_error(&read(response).await, StatusCode::TOO_MANY_REQUESTS, "rate_limited");
    // Another account from the same address is not locked, until the address runs out too.
    node.user("bram", Role::Member).await;
    let mut statuses = Vec::new();
    for _ in 0..30 {
        statuses.push(node.post("/auth/token", None, &json!({"username": "bram", "password": "fout"})).await.0);
    }
    assert_eq!(statuses[0], StatusCode::UNAUTHORIZED);
    assert_eq!(statuses.last(), Some(&StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
    // The form says so too, in the page language.
    let client = browser();
    let html = client.get(format!("{}/sign-in", node.url)).send().await.unwrap().text().await.unwrap();
    let form = [("username", "anna"), ("password", "correct horse battery"), ("csrf", &csrf_of(&html))];
    let response = client.post(format!("{}/sign-in", node.url)).form(&form).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().contains_key("retry-after"));
    assert!(response.text().await.unwrap().contains("Te veel pogingen"));
}

/// Finding 7: a multi-file upload with one bad file keeps none of them.
#[actix_web::test]
async fn issue22_finding7_uploads_are_all_or_nothing() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("anna", Role::Member).await;
        let material = node.material(&token, json!({})).await;
        let id = material["id"].as_str().unwrap();
        let form = Form::new()
            .part("a", Part::bytes(b"een".to_vec()).file_name("een.pdf"))
            .part("b", Part::bytes(b"twee".to_vec()).file_name("twee.pdf"))
            .part("c", Part::bytes(b"drie".to_vec()).file_name("../drie.pdf"));
        let result = read(node.client.post(node.api(&format!("/materials/{id}/attachments"))).bearer_auth(&token).multipart(form).send().await.unwrap()).await;
        check_error(&result, StatusCode::BAD_REQUEST, "invalid_file_name");
        let (_, material) = node.get(&format!("/materials/{id}"), Some(&token)).await;
        assert_eq!(material["attachments"], json!([]));
        let blobs = walk(&node.data_dir.join("files"));
        assert!(blobs.is_empty(), "{blobs:?}");
        // Eleven files are more than a request may carry.
        let mut form = Form::new();
        for n in 0..11 {
            form = form.part(format!("f{n}"), Part::bytes(vec![n as u8 + 1]).file_name(format!("{n}.txt")));
        }
        let result = read(node.client.post(node.api(&format!("/materials/{id}/attachments"))).bearer_auth(&token).multipart(form).send().await.unwrap()).await;
        check_error(&result, StatusCode::BAD_REQUEST, "too_many_files");
        // Two good files: both.
        let form = Form::new().part("a", Part::bytes(b"een".to_vec()).file_name("een.pdf")).part("b", Part::bytes(b"twee".to_vec()).file_name("twee.pdf"));
        let (status, added) =
            read(node.client.post(node.api(&format!("/materials/{id}/attachments"))).bearer_auth(&token).multipart(form).send().await.unwrap()).await;
        assert_eq!(status, StatusCode::CREATED);
        assert_eq!(added["items"].as_array().unwrap().len(), 2);
    }
}

/// Finding 8: a remix body that is sent must be JSON.
#[actix_web::test]
async fn issue22_finding8_remix_bodies_must_be_json() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("anna", Role::Member).await;
        let material = node.material(&token, json!({})).await;
        let remix = node.api(&format!("/materials/{}/remix", material["id"].as_str().unwrap()));
        let garbage = node.client.post(&remix).bearer_auth(&token).header("content-type", "text/plain").body("garbage").send().await.unwrap();
        check_error(&read(garbage).await, StatusCode::UNSUPPORTED_MEDIA_TYPE, "expected_json");
        let broken = node.client.post(&remix).bearer_auth(&token).header("content-type", "application/json").body("{\"title\":").send().await.unwrap();
        check_error(&read(broken).await, StatusCode::BAD_REQUEST, "invalid_json");
        assert_eq!(material_rows(&node).await, 1, "no remix was made");
        let empty = node.client.post(&remix).bearer_auth(&token).send().await.unwrap();
        assert_eq!(empty.status(), StatusCode::CREATED, "no body: a remix with the defaults");
        let (status, _) = node.post(&format!("/materials/{}/remix", material["id"].as_str().unwrap()), Some(&token), &json!({"title": "Mijn remix"})).await;
        assert_eq!(status, StatusCode::CREATED);
    }
}

/// Finding 9: reporting a draft you cannot see is the same 404 as reading it.
#[actix_web::test]
async fn issue22_finding9_reports_do_not_reveal_drafts() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let owner = node.user("anna", Role::Member).await;
        let other = node.user("bram", Role::Member).await;
        let draft = node.material(&owner, json!({"status": "draft"})).await;
        let path = format!("/materials/{}", draft["id"].as_str().unwrap());
        let read_it = node.get(&path, Some(&other)).await;
        check_error(&read_it, StatusCode::NOT_FOUND, "not_found");
        let report = node.post(&format!("{path}/report"), Some(&other), &json!({"comment": "bestaat dit?"})).await;
        check_error(&report, StatusCode::NOT_FOUND, "not_found");
        assert_eq!(report.1, read_it.1, "the same answer as reading it");
        let missing = node.post("/materials/bestaatniet1/report", Some(&other), &json!({"comment": "x"})).await;
        assert_eq!(missing.1, report.1);
    }
}

/// Finding 11: addresses compare without case; an approval-mode node answers a taken address
/// as it answers a new one.
#[actix_web::test]
async fn issue22_finding11_sign_up_does_not_reveal_addresses() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        let sign_up = |username: &str, email: &str| deelwijs_server::domain::account::SignUpInput {
            username: username.into(),
            email: email.into(),
            display_name: String::new(),
            password: "lang genoeg wachtwoord".into(),
        };
        // Open mode: the same address in other capitals is taken.
        let result = deelwijs_server::app::accounts::sign_up(&node.app, "192.0.2.1", sign_up("tweede", "BEHEER@Example.ORG"), "nl").await;
        assert!(matches!(result, Err(deelwijs_server::app::AppError::Validation(ref e)) if format!("{e:?}").contains("email")), "{result:?}");
        // Approval mode: a taken address and a new one get the same answer; only the new one
        // becomes an account.
        node.patch("/admin/settings", Some(&admin), &json!({"registration_mode": "approval"})).await;
        let taken = deelwijs_server::app::accounts::sign_up(&node.app, "192.0.2.2", sign_up("derde", "Beheer@example.org"), "nl").await.unwrap();
        let fresh = deelwijs_server::app::accounts::sign_up(&node.app, "192.0.2.3", sign_up("vierde", "vierde@example.org"), "nl").await.unwrap();
        assert!(taken.is_none() && fresh.is_none());
        let (_, pending) = node.get("/admin/users?status=pending", Some(&admin)).await;
        let names: Vec<&str> = pending["items"].as_array().unwrap().iter().filter_map(|u| u["username"].as_str()).collect();
        assert_eq!(names, ["vierde"], "{pending}");
        // Through the form: both land on the same page.
        let client = browser();
        let mut locations = Vec::new();
        for (username, email) in [("vijfde", "BEHEER@example.org"), ("zesde", "zesde@example.org")] {
            let html = client.get(format!("{}/sign-up", node.url)).send().await.unwrap().text().await.unwrap();
            let csrf = csrf_of(&html);
            let form = [("username", username), ("email", email), ("display_name", ""), ("password", "lang genoeg wachtwoord"), ("csrf", &csrf)];
            let response = client.post(format!("{}/sign-up", node.url)).form(&form).send().await.unwrap();
            locations.push((response.status(), response.headers().get("location").cloned()));
        }
        assert_eq!(locations[0], locations[1]);
        // Sign-ups are throttled per address: 5, then one a minute.
        let mut statuses = Vec::new();
        for n in 0..6 {
            let html = client.get(format!("{}/sign-up", node.url)).send().await.unwrap().text().await.unwrap();
            let csrf = csrf_of(&html);
            let (username, email) = (format!("veel{n}"), format!("veel{n}@example.org"));
            let form = [("username", username.as_str()), ("email", &email), ("display_name", ""), ("password", "lang genoeg wachtwoord"), ("csrf", &csrf)];
            statuses.push(client.post(format!("{}/sign-up", node.url)).form(&form).send().await.unwrap().status());
        }
        assert_eq!(statuses.last(), Some(&StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
    }
}

/// Findings 13 and 14 through the API: a bidi override is stripped from a file name, and a
/// third-party image becomes a link in what the API serves and in the ActivityPub article.
#[actix_web::test]
async fn issue22_findings13_14_file_names_and_images() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("anna", Role::Member).await;
        let body = format!("![pixel](https://tracker.example/p.gif)\n\n![eigen]({}/materials/x/files/y)", node.url);
        let material = node.material(&token, json!({"body": body})).await;
        let html = material["body_html"].as_str().unwrap();
        assert!(!html.contains("<img src=\"https://tracker.example"), "{html}");
        assert!(html.contains("<a href=\"https://tracker.example/p.gif\""), "{html}");
        assert!(html.contains(&format!("<img src=\"{}/materials/x/files/y\"", node.url)), "{html}");
        let id = material["id"].as_str().unwrap();
        // And in what federates: the ActivityPub article's HTML is the same safe HTML.
        let article = ap_get(&node, &format!("{}/materials/{id}", node.url)).await;
        let content = article["content"].as_str().unwrap();
        assert!(!content.contains("<img src=\"https://tracker.example"), "{content}");
        assert!(content.contains("<a href=\"https://tracker.example/p.gif\""), "{content}");
        assert!(content.contains(&format!("<img src=\"{}/materials/x/files/y\"", node.url)), "{content}");
        let form = Form::new().part("file", Part::bytes(b"MZ".to_vec()).file_name("invoice\u{202e}fdp.exe"));
        let (status, attachment) =
            read(node.client.post(node.api(&format!("/materials/{id}/attachments"))).bearer_auth(&token).multipart(form).send().await.unwrap()).await;
        assert_eq!(status, StatusCode::CREATED, "{attachment}");
        assert_eq!(attachment["file_name"], "invoicefdp.exe");
    }
}

/// How many materials the node stores, drafts included.
async fn material_rows(node: &TestNode) -> i64 {
    use diesel::{QueryDsl, RunQueryDsl};
    node.app.db.read(|conn| Ok(deelwijs_server::store::schema::materials::table.count().get_result::<i64>(conn)?)).await.unwrap()
}

/// Found by fuzzing (tests/fuzz/multipart.rs): actix-multipart 0.7.2 panics on a boundary of
/// under four characters followed by a short line. Such a body is refused with a 400, and the
/// node goes on serving.
#[actix_web::test]
async fn fuzz_finding_short_multipart_boundaries_are_refused() {
    let node = TestNode::start(Backend::Sqlite).await;
    let token = node.user("anna", Role::Member).await;
    let material = node.material(&token, json!({})).await;
    let upload = node.api(&format!("/materials/{}/attachments", material["id"].as_str().unwrap()));
    for boundary in ["a", "ab", "abc"] {
        let body = format!("--\n--{boundary}\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\nx\r\n--{boundary}--\r\n");
        let response = node
            .client
            .post(&upload)
            .bearer_auth(&token)
            .header("content-type", format!("multipart/form-data; boundary={boundary}"))
            .body(body)
            .send()
            .await
            .unwrap();
        check_error(&read(response).await, StatusCode::BAD_REQUEST, "invalid_multipart");
    }
    let body = "--abcd\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\nx\r\n--abcd--\r\n";
    let response = node.client.post(&upload).bearer_auth(&token).header("content-type", "multipart/form-data; boundary=abcd").body(body).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
}

/// Found by fuzzing (tests/fuzz/multipart.rs): actix-multipart 0.7.2 waits forever when the
/// body ends inside a part. Such a request is answered 400 soon after its body has ended,
/// instead of holding the connection and its handler open for good.
#[actix_web::test]
async fn fuzz_finding_a_body_that_ends_inside_a_part_is_answered() {
    let node = TestNode::start(Backend::Sqlite).await;
    let token = node.user("anna", Role::Member).await;
    let material = node.material(&token, json!({})).await;
    let upload = node.api(&format!("/materials/{}/attachments", material["id"].as_str().unwrap()));
    let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
    for body in [
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"\"\r\n\r\n\r\n"),
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\nhalf a file"),
    ] {
        let request = node.client.post(&upload).bearer_auth(&token).header("content-type", format!("multipart/form-data; boundary={boundary}")).body(body);
        let response = tokio::time::timeout(Duration::from_secs(30), request.send()).await.expect("answered, not left hanging").unwrap();
        check_error(&read(response).await, StatusCode::BAD_REQUEST, "invalid_multipart");
    }
}
