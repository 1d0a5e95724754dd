//! Signing in with a school's account in a real browser: the sign-in page's button, the round
//! trip through a real OpenID Connect provider (npm `oidc-provider`), and the account page it
//! lands on, with axe-core checking both pages.

use std::time::Duration;

use crate::support::{free_port, Backend, Extras, OidcProviderProcess, TestNode};
use crate::webdriver::{wait_until, Browser, Driver};

#[actix_web::test]
async fn sign_in_with_a_school_account_in_a_real_browser() {
    let port = free_port();
    let spec = format!(
        "id=school,name=Entree (test),issuer=http://127.0.0.1:{port},client_id=deelwijs,client_secret=test-secret-for-deelwijs,scopes=openid email profile"
    );
    let provider = deelwijs_server::app::identities::OidcProvider::parse(&spec).unwrap();
    let node = TestNode::start_with_extras(Backend::Sqlite, Extras { oidc: vec![provider], ..Extras::default() }).await;
    let idp = OidcProviderProcess::start(port, &[format!("{}/sign-in/oidc/school/callback", node.url)]);
    idp.next(serde_json::json!({"sub": "lotte-7", "email": "lotte@school.example", "email_verified": true, "name": "Lotte Bakker"}), "normal").await;

    let driver = Driver::start().await;
    let profile = tempfile::tempdir().unwrap();
    let browser = Browser::open(&driver, profile.path()).await;
    let axe = crate::axe_source();
    browser.goto(&format!("{}/sign-in?next=/account", node.url)).await;
    let mut problems = browser.accessibility_violations(&axe).await;
    browser.click("a[href^='/sign-in/oidc/school']").await;
    wait_until(Duration::from_secs(15), "back on the node, signed in", || async {
        let url = browser.current_url().await;
        (url.starts_with(&node.url) && url.ends_with("/account")).then_some(())
    })
    .await;
    let page = browser.page_source().await;
    assert!(page.contains("Lotte Bakker") && page.contains("lotte@school.example"), "the account made from the school's answer");
    assert!(page.contains("Entree (test)"), "the linked provider is listed");
    problems.extend(browser.accessibility_violations(&axe).await);
    assert!(problems.is_empty(), "WCAG 2.1 A/AA violations:\n{}", problems.join("\n"));
    browser.close().await;
}
