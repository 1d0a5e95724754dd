//! Signing in with a school's account (issue 18) against a real OpenID Connect provider (npm
//! `oidc-provider`): account creation, the same account on return, linking and unlinking on
//! `/account`, the allowed domains, a closed node opening one provider, and every way the round
//! trip can go wrong — a tampered ID token, a wrong audience, a wrong or replayed state, a
//! replayed code, a cancelled sign-in, a provider that is down, another browser. SQLite and
//! PostgreSQL.

use deelwijs_server::app::identities::OidcProvider;
use deelwijs_server::domain::vocab::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::pages::csrf_of;
use crate::support::{backends, free_port, Backend, Extras, OidcProviderProcess, TestNode};

fn browser() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

fn location(response: &reqwest::Response) -> String {
    response.headers().get("location").map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default()
}

fn provider(id: &str, port: u16, extra: &str) -> OidcProvider {
    OidcProvider::parse(&format!(
        "id={id},name=School {id},issuer=http://127.0.0.1:{port},client_id=deelwijs,client_secret=test-secret-for-deelwijs,scopes=openid email profile schac_home_organization{extra}"
    ))
    .unwrap()
}

fn person(sub: &str, email: &str, name: &str) -> Value {
    json!({"sub": sub, "email": email, "email_verified": true, "name": name, "preferred_username": sub.split('-').next().unwrap(), "schac_home_organization": "school.example"})
}

/// A node with providers `school` (no limits), `strict` (school.example addresses only) and
/// `open` (accounts=open), all at one real provider.
async fn setup(backend: Backend) -> (TestNode, OidcProviderProcess) {
    let port = free_port();
    let providers = vec![provider("school", port, ""), provider("strict", port, ",domains=school.example"), provider("open", port, ",accounts=open")];
    let node = TestNode::start_with_extras(backend, Extras { oidc: providers, ..Extras::default() }).await;
    let redirects: Vec<String> = ["school", "strict", "open"].iter().map(|id| format!("{}/sign-in/oidc/{id}/callback", node.url)).collect();
    (node, OidcProviderProcess::start(port, &redirects))
}

/// Follows the round trip from "sign in with" to the provider and back, and returns the
/// callback URL the provider sends the browser to (not yet opened).
async fn to_callback(client: &reqwest::Client, node: &TestNode, start: reqwest::Response) -> String {
    assert_eq!(start.status(), StatusCode::SEE_OTHER, "{:?}", start.text().await);
    let mut url = location(&start);
    for _ in 0..10 {
        if url.starts_with(&node.url) {
            return url;
        }
        let response = client.get(&url).send().await.unwrap();
        let next = location(&response);
        if next.is_empty() {
            panic!("the provider stopped at {url}: {} {}", response.status(), response.text().await.unwrap_or_default());
        }
        url = if next.starts_with('/') { format!("{}{next}", url.split('/').take(3).collect::<Vec<_>>().join("/")) } else { next };
    }
    panic!("no way back to the node");
}

async fn sign_in(client: &reqwest::Client, node: &TestNode, provider: &str) -> reqwest::Response {
    let start = client.get(format!("{}/sign-in/oidc/{provider}?next=/account", node.url)).send().await.unwrap();
    let callback = to_callback(client, node, start).await;
    client.get(callback).send().await.unwrap()
}

fn sets_session(response: &reqwest::Response) -> bool {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .any(|c| c.to_str().unwrap().starts_with("deelwijs_session=") && !c.to_str().unwrap().starts_with("deelwijs_session=;"))
}

async fn account_page(client: &reqwest::Client, node: &TestNode) -> (StatusCode, String) {
    let response = client.get(format!("{}/account", node.url)).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

#[actix_web::test]
async fn school_accounts_sign_in_come_back_and_link() {
    for backend in backends() {
        let (node, idp) = setup(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        // First sign-in: a new account from the provider's name and address.
        idp.next(person("anna-01", "Anna@School.example", "Anna de Vries"), "normal").await;
        let anna = browser();
        let first = sign_in(&anna, &node, "school").await;
        assert_eq!((first.status(), location(&first)), (StatusCode::SEE_OTHER, "/account".to_owned()), "{backend:?}");
        assert!(sets_session(&first));
        let (status, page) = account_page(&anna, &node).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Anna de Vries") && page.contains("anna@school.example") && page.contains("gekoppeld"), "{backend:?}");
        // Later sign-ins find the same account by the subject, whatever else changed.
        idp.next(person("anna-01", "anna.devries@school.example", "Anna de Vries-Jansen"), "normal").await;
        let again = sign_in(&browser(), &node, "school").await;
        assert!(sets_session(&again));
        let (_, users) = node.get("/admin/users", Some(&admin)).await;
        let annas = users["items"].as_array().unwrap().iter().filter(|u| u["username"].as_str().unwrap().starts_with("anna")).count();
        assert_eq!(annas, 1, "{users}");

        // Only school.example addresses through `strict`.
        idp.next(person("piet-01", "piet@elders.example", "Piet"), "normal").await;
        let refused = sign_in(&browser(), &node, "strict").await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        assert!(!sets_session(&refused));
        assert!(refused.text().await.unwrap().contains("kunnen op deze node niet inloggen"));

        // An address that already has a password account here is not taken over.
        node.user("bas", Role::Member).await;
        idp.next(person("bas-99", "bas@example.org", "Bas"), "normal").await;
        let clash = sign_in(&browser(), &node, "school").await;
        assert_eq!(clash.status(), StatusCode::CONFLICT);
        assert!(!sets_session(&clash));

        // Bas links the provider from his account page (a form with its CSRF token), and from
        // then on signs in with it.
        let bas = browser();
        let html = bas.get(format!("{}/sign-in", node.url)).send().await.unwrap().text().await.unwrap();
        let form = [("username", "bas"), ("password", "correct horse battery"), ("csrf", &csrf_of(&html))];
        assert_eq!(bas.post(format!("{}/sign-in", node.url)).form(&form).send().await.unwrap().status(), StatusCode::SEE_OTHER);
        let (_, page) = account_page(&bas, &node).await;
        let start = bas.post(format!("{}/account/identities/school/link", node.url)).form(&[("csrf", csrf_of(&page))]).send().await.unwrap();
        let callback = to_callback(&bas, &node, start).await;
        let linked = bas.get(callback).send().await.unwrap();
        assert_eq!(location(&linked), "/account?done=provider_linked#sign-in-title");
        let phone = browser();
        assert!(sets_session(&sign_in(&phone, &node, "school").await));
        assert!(account_page(&phone, &node).await.1.contains("bas@example.org"), "{backend:?}: the provider leads to bas's account");
        // Unlinking ends the other sessions; the password still works.
        let (_, page) = account_page(&bas, &node).await;
        let unlinked = bas.post(format!("{}/account/identities/school/unlink", node.url)).form(&[("csrf", csrf_of(&page))]).send().await.unwrap();
        assert_eq!(location(&unlinked), "/account?done=provider_unlinked#sign-in-title");
        assert_ne!(account_page(&phone, &node).await.0, StatusCode::OK, "the provider's session ended");
        assert_eq!(account_page(&bas, &node).await.0, StatusCode::OK);
        // Anna has no password: her only provider cannot be unlinked.
        let (_, page) = account_page(&anna, &node).await;
        let last = anna.post(format!("{}/account/identities/school/unlink", node.url)).form(&[("csrf", csrf_of(&page))]).send().await.unwrap();
        assert_eq!(last.status(), StatusCode::BAD_REQUEST);

        // Without a password, Anna confirms deleting her account at her provider — as herself:
        // another person's sign-in there does not confirm it.
        let (_, page) = account_page(&anna, &node).await;
        assert!(page.contains("Je bevestigt door opnieuw in te loggen bij"), "{backend:?}");
        idp.next(person("iemand-anders", "iemand@school.example", "Iemand"), "normal").await;
        let form = [("published", "delete"), ("keep_name", ""), ("csrf", &csrf_of(&page))];
        let start = anna.post(format!("{}/account/delete", node.url)).form(&form).send().await.unwrap();
        // Someone else at the provider (a browser without Anna's session there).
        let callback = to_callback(&browser(), &node, start).await;
        assert_eq!(anna.get(callback).send().await.unwrap().status(), StatusCode::FORBIDDEN);
        assert_eq!(account_page(&anna, &node).await.0, StatusCode::OK, "not deleted");
        idp.next(person("anna-01", "anna@school.example", "Anna de Vries"), "normal").await;
        let (_, page) = account_page(&anna, &node).await;
        let form = [("published", "delete"), ("keep_name", ""), ("csrf", &csrf_of(&page))];
        let start = anna.post(format!("{}/account/delete", node.url)).form(&form).send().await.unwrap();
        let callback = to_callback(&anna, &node, start).await;
        let deleted = anna.get(callback).send().await.unwrap();
        assert_eq!(location(&deleted), "/?done=account_deleted");
        let (_, users) = node.get("/admin/users", Some(&admin)).await;
        assert!(!users["items"].as_array().unwrap().iter().any(|u| u["username"].as_str().unwrap().starts_with("anna")), "{users}");
    }
}

#[actix_web::test]
async fn a_closed_node_can_open_one_provider_and_approval_waits() {
    for backend in backends() {
        let (node, idp) = setup(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        node.patch("/admin/settings", Some(&admin), &json!({"registration_mode": "closed"})).await;
        idp.next(person("nieuw-01", "nieuw@school.example", "Nieuwe Docent"), "normal").await;
        let closed = sign_in(&browser(), &node, "school").await;
        assert_eq!(closed.status(), StatusCode::FORBIDDEN, "{backend:?}");
        assert!(closed.text().await.unwrap().contains("geen nieuwe accounts"));
        assert!(sets_session(&sign_in(&browser(), &node, "open").await), "`accounts=open` opens this provider on a closed node");
        node.patch("/admin/settings", Some(&admin), &json!({"registration_mode": "approval"})).await;
        idp.next(person("wacht-01", "wacht@school.example", "Wachtende"), "normal").await;
        let waiting = sign_in(&browser(), &node, "school").await;
        assert_eq!(waiting.status(), StatusCode::FORBIDDEN);
        assert!(waiting.text().await.unwrap().contains("wacht op goedkeuring"));
        let (_, pending) = node.get("/admin/users?status=pending", Some(&admin)).await;
        assert_eq!(pending["items"][0]["username"], "wacht", "{pending}");
    }
}

#[actix_web::test]
async fn answers_that_do_not_check_out_are_refused() {
    for backend in backends() {
        let (node, idp) = setup(backend).await;
        let refused_with = |response: &reqwest::Response, status: StatusCode| {
            assert_eq!(response.status(), status, "{backend:?}");
            assert!(!sets_session(response), "no session on a refusal");
        };
        idp.next(person("eva-01", "eva@school.example", "Eva"), "tamper_signature").await;
        refused_with(&sign_in(&browser(), &node, "school").await, StatusCode::BAD_REQUEST);
        idp.next(person("eva-01", "eva@school.example", "Eva"), "wrong_audience").await;
        refused_with(&sign_in(&browser(), &node, "school").await, StatusCode::BAD_REQUEST);
        idp.next(person("eva-01", "eva@school.example", "Eva"), "cancel").await;
        let cancelled = sign_in(&browser(), &node, "school").await;
        refused_with(&cancelled, StatusCode::BAD_REQUEST);
        assert!(cancelled.text().await.unwrap().contains("Inloggen geannuleerd"));

        idp.next(person("eva-01", "eva@school.example", "Eva"), "normal").await;
        let client = browser();
        let start = client.get(format!("{}/sign-in/oidc/school", node.url)).send().await.unwrap();
        let callback = to_callback(&client, &node, start).await;
        // A wrong state, then the callback in another browser: both refused, and the real
        // one still works once; opened again, it is refused.
        let forged = callback.replace("state=", "state=x");
        refused_with(&client.get(&forged).send().await.unwrap(), StatusCode::BAD_REQUEST);
        let start = client.get(format!("{}/sign-in/oidc/school", node.url)).send().await.unwrap();
        let callback = to_callback(&client, &node, start).await;
        refused_with(&browser().get(&callback).send().await.unwrap(), StatusCode::BAD_REQUEST);
        let start = client.get(format!("{}/sign-in/oidc/school", node.url)).send().await.unwrap();
        let callback = to_callback(&client, &node, start).await;
        assert!(sets_session(&client.get(&callback).send().await.unwrap()));
        refused_with(&client.get(&callback).send().await.unwrap(), StatusCode::BAD_REQUEST);
        // The used code with a fresh state: the provider refuses a code twice.
        let code = url::Url::parse(&callback).unwrap().query_pairs().find(|(k, _)| k == "code").unwrap().1.into_owned();
        let fresh = client.get(format!("{}/sign-in/oidc/school", node.url)).send().await.unwrap();
        let state = url::Url::parse(&location(&fresh)).unwrap().query_pairs().find(|(k, _)| k == "state").unwrap().1.into_owned();
        let replay = client.get(format!("{}/sign-in/oidc/school/callback?code={code}&state={state}", node.url)).send().await.unwrap();
        refused_with(&replay, StatusCode::BAD_REQUEST);
        // Only eva's one good sign-in made an account.
        let (_, page) = account_page(&client, &node).await;
        assert!(page.contains("eva@school.example"));

        // The provider is down: a page that says so.
        drop(idp);
        let down = browser().get(format!("{}/sign-in/oidc/school", node.url)).send().await.unwrap();
        assert_eq!(down.status(), StatusCode::BAD_GATEWAY);
        assert!(down.text().await.unwrap().contains("niet bereikbaar"));
    }
}

#[actix_web::test]
async fn a_node_without_passwords_offers_only_the_providers() {
    for backend in backends() {
        let port = free_port();
        let node = TestNode::start_with_extras(backend, Extras { oidc: vec![provider("school", port, "")], passwords_off: true, ..Extras::default() }).await;
        node.user("beheer", Role::Admin).await;
        let page = node.client.get(format!("{}/sign-in", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Inloggen met School school") && !page.contains("name=\"password\""), "{backend:?}");
        let (status, body) = node.post("/auth/token", None, &json!({"username": "beheer", "password": "correct horse battery"})).await;
        assert_eq!((status, body["error"]["code"].as_str()), (StatusCode::BAD_REQUEST, Some("password_sign_in_off")));
    }
}
