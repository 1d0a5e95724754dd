//! HTML pages over real HTTP: language negotiation, CSRF-protected forms, sign-up, the
//! material form with an attachment, validation messages, security headers.

use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;

use crate::support::{backends, TestNode};

fn browser() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// The hidden CSRF field's value in a page.
fn csrf_of(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).unwrap_or_else(|| panic!("no csrf field in {html}")) + marker.len();
    html[start..start + 64].to_owned()
}

async fn page(client: &reqwest::Client, url: &str) -> (StatusCode, String) {
    let response = client.get(url).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

#[actix_web::test]
async fn language_negotiation_and_headers() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let response = node.client.get(&node.url).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let csp = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
        assert!(csp.contains("default-src 'none'") && !csp.contains("script-src"), "{csp}");
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
        assert!(response.text().await.unwrap().contains("<html lang=\"nl\""));

        let english = node.client.get(&node.url).header("accept-language", "en-GB,en;q=0.9").send().await.unwrap().text().await.unwrap();
        assert!(english.contains("<html lang=\"en\""));

        let client = browser();
        let switch = client.get(format!("{}/lang/en?back=/materials", node.url)).send().await.unwrap();
        assert_eq!(switch.status(), StatusCode::SEE_OTHER);
        assert_eq!(switch.headers()["location"], "/materials");
        let (_, html) = page(&client, &format!("{}/materials", node.url)).await;
        assert!(html.contains("<html lang=\"en\""), "the choice sticks");
        let evil = client.get(format!("{}/lang/nl?back=//evil.example", node.url)).send().await.unwrap();
        assert_eq!(evil.headers()["location"], "/", "no open redirect");

        let (status, html) = page(&client, &format!("{}/no/such/page", node.url)).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(html.contains("<main"));
    }
}

#[actix_web::test]
async fn sign_up_write_and_publish_with_attachment() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let client = browser();
        let to = |path: &str| format!("{}{path}", node.url);

        let new_form = client.get(to("/materials/new")).send().await.unwrap();
        assert_eq!(new_form.status(), StatusCode::SEE_OTHER, "signed-out users are sent to sign in");
        assert!(new_form.headers()["location"].to_str().unwrap().starts_with("/sign-in?next="));

        let (_, html) = page(&client, &to("/sign-up")).await;
        let csrf = csrf_of(&html);
        let fields = [("username", "juf-anna"), ("email", "anna@example.org"), ("display_name", "Juf Anna"), ("password", "een lang wachtwoord")];
        let without = client.post(to("/sign-up")).form(&fields).send().await.unwrap();
        assert_eq!(without.status(), StatusCode::BAD_REQUEST, "no CSRF token, no account");
        let mut with: Vec<(&str, &str)> = fields.to_vec();
        with.push(("csrf", &csrf));
        let signed_up = client.post(to("/sign-up")).form(&with).send().await.unwrap();
        assert_eq!(signed_up.status(), StatusCode::SEE_OTHER);
        let (status, account) = page(&client, &to("/account")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(account.contains("Juf Anna"));

        // Invalid form: shown again with the message, nothing created.
        let (_, html) = page(&client, &to("/materials/new")).await;
        let csrf = csrf_of(&html);
        let invalid = Form::new().text("csrf", csrf.clone()).text("title", "").text("language", "nl").text("education_levels", "po");
        let response = client.post(to("/materials")).multipart(invalid).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = response.text().await.unwrap();
        assert!(html.contains("field-title") && html.contains("Dit veld is verplicht."), "{html}");

        let form = Form::new()
            .text("csrf", csrf)
            .text("title", "Breuken met pizza's")
            .text("summary", "Vergelijk breuken.")
            .text("body", "## Stap 1\n\n<script>alert('x')</script>Snijd de pizza.")
            .text("language", "nl")
            .text("license", "CC-BY-SA-4.0")
            .text("education_levels", "po")
            .text("education_levels", "so")
            .text("subjects", "rekenen-wiskunde")
            .text("resource_type", "lesson_plan")
            .text("keywords", "breuken, pizza")
            .text("links", "Uitleg | https://example.org/breuken")
            .text("status", "published")
            .part("attachment", Part::bytes(b"werkblad".to_vec()).file_name("werkblad.pdf").mime_str("application/pdf").unwrap());
        let created = client.post(to("/materials")).multipart(form).send().await.unwrap();
        assert_eq!(created.status(), StatusCode::SEE_OTHER);
        let location = created.headers()["location"].to_str().unwrap().to_owned();
        let (status, html) = page(&client, &location).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Breuken met pizza&#39;s") || html.contains("Breuken met pizza's"), "{html}");
        assert!(html.contains("werkblad.pdf"));
        assert!(!html.contains("<script>alert"), "script from Markdown never reaches the page");

        let (_, list) = node.get("/materials", None).await;
        assert_eq!(list["total"], 1);
        assert_eq!(list["items"][0]["education_levels"], serde_json::json!(["po", "so"]));
    }
}
