//! End-to-end: a real headless Chromium drives the main flow on a real node (sign up, write
//! and publish a material with an attachment, view it, remix it, switch the UI language), and
//! following a partner node by handle on the network page, then setting an allowlist.
//! Saves `test-artifacts/material-page.png` and `network-page-en.png` to look at.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

#[path = "../api/support.rs"]
mod support;
mod webdriver;
mod xss;

use std::time::Duration;

use support::{Backend, TestNode};
use webdriver::{wait_until, Browser, Driver};

async fn wait_for_path(browser: &Browser, what: &str, matches: impl Fn(&str) -> bool) -> String {
    wait_until(Duration::from_secs(15), what, || async {
        let url = browser.current_url().await;
        matches(&url).then_some(url)
    })
    .await
}

#[actix_web::test]
async fn main_flow_in_a_real_browser() {
    // The UI does not depend on the backend; the API suites cover both databases.
    let node = TestNode::start(Backend::Sqlite).await;
    let driver = Driver::start().await;
    let profile = tempfile::tempdir().unwrap();
    let browser = Browser::open(&driver, profile.path()).await;
    let to = |path: &str| format!("{}{path}", node.url);

    // Sign up (the first account of a fresh node).
    browser.goto(&to("/sign-up")).await;
    browser.type_into("input[name=username]", "juf-anna").await;
    browser.type_into("input[name=email]", "anna@example.org").await;
    browser.type_into("input[name=display_name]", "Juf Anna").await;
    browser.type_into("input[name=password]", "een lang wachtwoord").await;
    browser.click("main form button[type=submit]").await;
    wait_for_path(&browser, "the account page", |url| url.contains("/account")).await;

    // Write and publish a material with an attachment.
    let attachment = profile.path().join("werkblad-breuken.txt");
    std::fs::write(&attachment, "Werkblad: kleur 3/8 van de pizza.").unwrap();
    browser.goto(&to("/materials/new")).await;
    browser.type_into("input[name=title]", "Breuken met pizza's").await;
    browser.type_into("textarea[name=summary]", "Leerlingen vergelijken breuken met pizzapunten.").await;
    browser.type_into("textarea[name=body]", "## Stap 1\n\nSnijd de pizza in acht stukken.\n\n## Stap 2\n\nKleur 3/8.").await;
    browser.click("input[name=education_levels][value=po]").await;
    browser.click("input[name=subjects][value=rekenen-wiskunde]").await;
    browser.click("select[name=license] option[value='CC-BY-SA-4.0']").await;
    browser.click("input[name=status][value=published]").await;
    browser.type_into("input[name=attachment]", &attachment.to_string_lossy()).await;
    browser.click("form[action='/materials'] button[value=save]").await;
    let material_url = wait_for_path(&browser, "the new material page", |url| url.contains("/materials/") && !url.ends_with("/new")).await;

    // View it.
    assert_eq!(browser.text("h1").await, "Breuken met pizza's");
    let source = browser.page_source().await;
    assert!(source.contains("werkblad-breuken.txt"), "the attachment is listed");
    assert!(source.contains("CC BY-SA 4.0"));
    let artifacts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let png = browser.screenshot().await;
    assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
    std::fs::write(artifacts.join("material-page.png"), png).unwrap();

    // Remix it: ShareAlike offers only its own licence.
    let material_path = material_url.split('?').next().unwrap().to_owned();
    browser.goto(&format!("{material_path}/remix")).await;
    assert_eq!(browser.count("input[name=license]").await, 1, "ShareAlike: one licence on offer");
    browser.type_into("input[name=title]", "Breuken met pizza's – groep 7").await;
    browser.click("main form button[type=submit]").await;
    wait_for_path(&browser, "the remix's edit form", |url| url.contains("/edit")).await;
    browser.click("input[name=status][value=published]").await;
    browser.click("main form[enctype='multipart/form-data'] button[value=save]").await;
    wait_for_path(&browser, "the published remix", |url| url.contains("done=saved")).await;
    let remix_page = browser.page_source().await;
    assert!(remix_page.contains("Breuken met pizza's – groep 7"));
    assert!(remix_page.contains(&material_path), "the remix links its source");

    browser.goto(&material_path).await;
    assert!(browser.page_source().await.contains("groep 7"), "the original lists its remix");

    // Switch the UI language.
    assert_eq!(browser.attribute("html", "lang").await.as_deref(), Some("nl"));
    browser.click("a[hreflang=en]").await;
    wait_until(Duration::from_secs(10), "the English UI", || async { (browser.attribute("html", "lang").await.as_deref() == Some("en")).then_some(()) }).await;
    let png = browser.screenshot().await;
    std::fs::write(artifacts.join("material-page-en.png"), png).unwrap();
    browser.close().await;
}

#[actix_web::test]
async fn follow_a_partner_node_in_a_real_browser() {
    let a = TestNode::start_federating(Backend::Sqlite).await;
    let b = TestNode::start_federating(Backend::Sqlite).await;
    let teacher = b.user("bas", deelwijs_server::domain::vocab::Role::Member).await;
    let driver = Driver::start().await;
    let profile = tempfile::tempdir().unwrap();
    let browser = Browser::open(&driver, profile.path()).await;
    let to = |path: &str| format!("{}{path}", a.url);

    // The first account of node A is its administrator.
    browser.goto(&to("/sign-up")).await;
    browser.type_into("input[name=username]", "beheer").await;
    browser.type_into("input[name=email]", "beheer@example.org").await;
    browser.type_into("input[name=display_name]", "Beheer").await;
    browser.type_into("input[name=password]", "een lang wachtwoord").await;
    browser.click("main form button[type=submit]").await;
    wait_for_path(&browser, "the account page", |url| url.contains("/account")).await;

    // Follow B's node by its handle, from the network page (no JavaScript involved).
    browser.click("a[href='/network']").await;
    wait_for_path(&browser, "the network page", |url| url.ends_with("/network")).await;
    let handle = format!("@materialen@{}", b.url.trim_start_matches("http://"));
    browser.type_into("input[name=target]", &handle).await;
    browser.click("form[action='/network/follow'] button[type=submit]").await;
    wait_for_path(&browser, "the network page after following", |url| url.contains("done=saved")).await;
    wait_until(Duration::from_secs(15), "the follow to be accepted", || async {
        browser.goto(&to("/network")).await;
        browser.page_source().await.contains(">gevolgd<").then_some(())
    })
    .await;

    // What B publishes now appears on A's timeline.
    b.material(&teacher, serde_json::json!({"title": "Breuken van de buren"})).await;
    wait_until(Duration::from_secs(15), "B's material on A's timeline", || async {
        browser.goto(&to("/timeline")).await;
        browser.page_source().await.contains("Breuken van de buren").then_some(())
    })
    .await;

    // The network page in English, for the partner school abroad.
    browser.goto(&to("/network")).await;
    browser.click("a[hreflang=en]").await;
    wait_until(Duration::from_secs(10), "the English network page", || async { (browser.text("h1").await == "Network").then_some(()) }).await;
    assert!(browser.page_source().await.contains(&handle));
    let artifacts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    std::fs::write(artifacts.join("network-page-en.png"), browser.screenshot().await).unwrap();

    // The admin switches to an allowlist with only B.
    browser.goto(&to("/admin")).await;
    browser.click("input[name=mode][value=allowlist]").await;
    browser.type_into("textarea[name=instances]", b.url.trim_start_matches("http://")).await;
    browser.click("form[action='/admin/federation'] button[type=submit]").await;
    wait_for_path(&browser, "the saved policy", |url| url.contains("done=saved")).await;
    let token = a.user("api-beheer", deelwijs_server::domain::vocab::Role::Admin).await;
    let (_, policy) = a.get("/admin/federation", Some(&token)).await;
    assert_eq!(policy["mode"], "allowlist", "{policy}");
    browser.close().await;
}
