//! HTML pages over real HTTP: language negotiation, CSRF-protected forms, sign-up, the
//! material form with an attachment, validation messages, security headers.

use std::time::Duration;

use deelwijs_server::domain::vocab::Role;
use reqwest::multipart::{Form, Part};
use reqwest::StatusCode;
use serde_json::json;

use crate::search::wait_for_search;
use crate::support::{backends, TestNode};

fn browser() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// The hidden CSRF field's value in a page.
pub fn csrf_of(html: &str) -> String {
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
            .text("link_title", "Uitleg")
            .text("link_url", "https://example.org/breuken")
            .text("link_title", "")
            .text("link_url", "")
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
        assert_eq!(
            list["items"][0]["links"],
            json!([{ "title": "Uitleg", "url": "https://example.org/breuken" }]),
            "one link row filled, the empty one skipped"
        );
    }
}

/// Signs a browser-like client in through the form and returns it with a fresh CSRF token.
pub(crate) async fn signed_in(node: &TestNode, username: &str) -> (reqwest::Client, String) {
    let client = browser();
    let (_, html) = page(&client, &format!("{}/sign-in", node.url)).await;
    let csrf = csrf_of(&html);
    let response = client
        .post(format!("{}/sign-in", node.url))
        .form(&[("username", username), ("password", "correct horse battery"), ("csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "sign-in as {username}");
    let (_, html) = page(&client, &format!("{}/account", node.url)).await;
    (client, csrf_of(&html))
}

#[actix_web::test]
async fn history_restore_remix_moderation_and_admin_pages() {
    use deelwijs_server::domain::vocab::Role;
    use serde_json::json;
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let owner_token = node.user("eigenaar", Role::Member).await;
        node.user("remixer", Role::Member).await;
        node.user("moderator", Role::Moderator).await;
        node.user("beheer", Role::Admin).await;
        let material = node.material(&owner_token, json!({"title": "Versie een", "license": "CC-BY-NC-4.0"})).await;
        let url = material["url"].as_str().unwrap().to_owned();
        node.patch(&format!("/materials/{}", material["id"].as_str().unwrap()), Some(&owner_token), &json!({"title": "Versie twee"})).await;

        // History and an old version, as anyone sees them.
        let (status, html) = page(&browser(), &format!("{url}/history")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains(&format!("{url}/versions/1")), "{html}");
        let (status, html) = page(&browser(), &format!("{url}/versions/1")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Versie een"));
        assert_eq!(page(&browser(), &format!("{url}/versions/99")).await.0, StatusCode::NOT_FOUND);

        // The owner restores version 1 through the form.
        let (owner, csrf) = signed_in(&node, "eigenaar").await;
        let restored = owner.post(format!("{url}/versions/1/restore")).form(&[("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(restored.status(), StatusCode::SEE_OTHER);
        assert_eq!(node.get(&format!("/materials/{}", material["id"].as_str().unwrap()), None).await.1["title"], "Versie een");
        // The history speaks the page's language: what happened and who could see each version.
        let (_, html) = page(&browser(), &format!("{url}/history")).await;
        for shown in ["Versie 1 teruggezet", "Bewerkt", "Aangemaakt", "Gepubliceerd", "Zichtbaarheid"] {
            assert!(html.contains(shown), "{shown} in {html}");
        }
        assert!(!html.contains("restored version"), "no stored vocabulary on the page");

        // Someone else remixes through the form: NC offers only NC licences, and a wrong one is refused.
        let (remixer, csrf) = signed_in(&node, "remixer").await;
        let (_, html) = page(&remixer, &format!("{url}/remix")).await;
        assert!(html.contains("CC-BY-NC-SA-4.0") && !html.contains("value=\"CC-BY-4.0\""), "{html}");
        let refused =
            remixer.post(format!("{url}/remix")).form(&[("csrf", csrf.as_str()), ("title", "Mijn versie"), ("license", "CC-BY-4.0")]).send().await.unwrap();
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let made = remixer
            .post(format!("{url}/remix"))
            .form(&[("csrf", csrf.as_str()), ("title", "Mijn versie"), ("license", "CC-BY-NC-SA-4.0")])
            .send()
            .await
            .unwrap();
        assert_eq!(made.status(), StatusCode::SEE_OTHER);
        assert!(made.headers()["location"].to_str().unwrap().ends_with("/edit?done=remixed"));
        let edit = remixer.post(format!("{url}/edit")).form(&[("csrf", csrf.as_str()), ("title", "Overgenomen")]).send().await.unwrap();
        assert_eq!(edit.status(), StatusCode::FORBIDDEN, "members edit only their own material");

        // The moderator hides it; it is gone for the public; the owner still sees it.
        let (moderator, csrf) = signed_in(&node, "moderator").await;
        let hidden = moderator.post(format!("{url}/hide")).form(&[("csrf", csrf.as_str()), ("hidden", "true")]).send().await.unwrap();
        assert_eq!(hidden.status(), StatusCode::SEE_OTHER);
        assert_eq!(page(&browser(), &url).await.0, StatusCode::NOT_FOUND);
        assert_eq!(page(&owner, &url).await.0, StatusCode::OK);
        let forged = moderator.post(format!("{url}/delete")).form(&[("csrf", "0".repeat(64).as_str())]).send().await.unwrap();
        assert_eq!(forged.status(), StatusCode::BAD_REQUEST, "a wrong CSRF token deletes nothing");
        assert_eq!(page(&owner, &url).await.0, StatusCode::OK);

        // The admin page is for admins only, and changes settings through its form.
        assert_eq!(page(&moderator, &format!("{}/admin", node.url)).await.0, StatusCode::FORBIDDEN);
        let (admin, csrf) = signed_in(&node, "beheer").await;
        let (status, html) = page(&admin, &format!("{}/admin", node.url)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("eigenaar@example.org"));
        let saved = admin
            .post(format!("{}/admin/settings", node.url))
            .form(&[("csrf", csrf.as_str()), ("name", "Scholengroep Zuid"), ("description", "Samen delen."), ("registration_mode", "approval")])
            .send()
            .await
            .unwrap();
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        assert!(page(&browser(), &node.url).await.1.contains("Scholengroep Zuid"));

        // API tokens from the account page: shown once, then usable.
        let created = owner
            .post(format!("{}/account/tokens", node.url))
            .form(&[("csrf", csrf_of(&page(&owner, &format!("{}/account", node.url)).await.1).as_str()), ("label", "script")])
            .send()
            .await
            .unwrap();
        let html = created.text().await.unwrap();
        let start = html.find("dw_").expect("the new token is shown once");
        let token: String = html[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        assert_eq!(node.get("/me", Some(&token)).await.1["username"], "eigenaar");
        assert!(!page(&owner, &format!("{}/account", node.url)).await.1.contains(&token), "never shown again");
    }
}

/// Polls a page until `done` holds (or fails after `timeout`).
async fn wait_for_page(client: &reqwest::Client, url: &str, timeout: std::time::Duration, done: impl Fn(&str) -> bool) -> String {
    let started = std::time::Instant::now();
    loop {
        let (_, html) = page(client, url).await;
        if done(&html) {
            return html;
        }
        assert!(started.elapsed() < timeout, "timed out waiting on {url}:\n{html}");
        actix_web::rt::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[actix_web::test]
async fn network_pages_follow_by_handle_and_admins_set_the_policy_without_javascript() {
    use deelwijs_server::domain::vocab::Role;
    use std::time::Duration;
    for backend in backends() {
        let a = TestNode::start_federating(backend).await;
        let b = TestNode::start_federating(backend).await;
        let b_host = b.url.trim_start_matches("http://").to_owned();
        a.user("anna", Role::Member).await;
        a.user("beheer", Role::Admin).await;
        let b_teacher = b.user("bas", Role::Member).await;
        let (client, csrf) = signed_in(&a, "anna").await;
        let to = |path: &str| format!("{}{path}", a.url);

        let signed_out = browser().get(to("/network")).send().await.unwrap();
        assert_eq!(signed_out.status(), StatusCode::SEE_OTHER, "the network page is for signed-in accounts");
        let (status, html) = page(&client, &to("/network")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("action=\"/network/follow\"") && html.contains(&format!("@anna@{}", a.url.trim_start_matches("http://"))));

        // Refused without the CSRF token; an empty or unknown handle is explained on the page.
        let no_csrf = client.post(to("/network/follow")).form(&[("target", "@x@y")]).send().await.unwrap();
        assert_eq!(no_csrf.status(), StatusCode::BAD_REQUEST);
        let empty = client.post(to("/network/follow")).form(&[("target", " "), ("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(empty.text().await.unwrap().contains("Vul een handle of adres in."));
        let unknown_handle = format!("@niemand@{b_host}");
        let unknown = client.post(to("/network/follow")).form(&[("target", unknown_handle.as_str()), ("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = unknown.text().await.unwrap();
        assert!(html.contains("niet gevonden") && html.contains(&format!("value=\"{unknown_handle}\"")), "the typed handle is kept");

        // Follow B's node by handle: accepted, then B's new material is on A's timeline page.
        let handle = format!("@materialen@{b_host}");
        let followed = client.post(to("/network/follow")).form(&[("target", handle.as_str()), ("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(followed.status(), StatusCode::SEE_OTHER);
        wait_for_page(&client, &to("/network"), Duration::from_secs(15), |html| html.contains(&handle) && html.contains(">gevolgd<")).await;
        b.material(&b_teacher, serde_json::json!({"title": "Breuken van de buren"})).await;
        wait_for_page(&browser(), &to("/timeline"), Duration::from_secs(15), |html| html.contains("Breuken van de buren")).await;

        // Unfollow with the form.
        let html = page(&client, &to("/network")).await.1;
        let start = html.find("/network/follows/").unwrap();
        let action = &html[start..start + html[start..].find('"').unwrap()];
        let unfollowed = client.post(to(action)).form(&[("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(unfollowed.status(), StatusCode::SEE_OTHER);
        assert!(page(&client, &to("/network")).await.1.contains("Je volgt nog niemand."));

        // An admin sets an allowlist on /admin, in English; the API reports the same policy.
        let (admin, admin_csrf) = signed_in(&a, "beheer").await;
        admin.get(to("/lang/en?back=/admin")).send().await.unwrap();
        let (_, html) = page(&admin, &to("/admin")).await;
        assert!(html.contains("Who this node federates with") && html.contains("href=\"/moderation\""), "admins moderate too");
        assert!(page(&admin, &to("/moderation")).await.1.contains("There are no open reports."));
        let bad = admin.post(to("/admin/federation")).form(&[("mode", "sometimes"), ("csrf", &admin_csrf)]).send().await.unwrap();
        assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let instances = format!("{b_host}\npartner.example.org");
        let saved =
            admin.post(to("/admin/federation")).form(&[("mode", "allowlist"), ("instances", instances.as_str()), ("csrf", &admin_csrf)]).send().await.unwrap();
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        let (_, html) = page(&admin, &to("/admin")).await;
        assert!(html.contains(&format!("{b_host}\npartner.example.org</textarea>")), "{html}");
        let member = client.post(to("/admin/federation")).form(&[("mode", "open"), ("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(member.status(), StatusCode::FORBIDDEN, "only admins change the policy");
        let token = a.user("api-beheer", Role::Admin).await;
        let (_, policy) = a.get("/admin/federation", Some(&token)).await;
        assert_eq!(policy["mode"], "allowlist");
        assert_eq!(policy["instances"], serde_json::json!([b_host, "partner.example.org"]));
    }
}

#[actix_web::test]
async fn like_and_report_from_material_and_case_study_pages() {
    use deelwijs_server::domain::vocab::Role;
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let author = node.user("auteur", Role::Member).await;
        node.user("lezer", Role::Member).await;
        let moderator = node.user("moderator", Role::Moderator).await;
        let material = node.material(&author, serde_json::json!({})).await;
        let path = format!("/materials/{}", material["id"].as_str().unwrap());
        let to = |p: &str| format!("{}{p}", node.url);

        let (_, anonymous) = page(&browser(), &to(&path)).await;
        assert!(anonymous.contains("0 waarderingen") && !anonymous.contains(&format!("action=\"{path}/like\"")), "a count, no button");
        let (client, csrf) = signed_in(&node, "lezer").await;
        let liked = client.post(to(&format!("{path}/like"))).form(&[("liked", "true"), ("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(liked.status(), StatusCode::SEE_OTHER);
        let (_, html) = page(&client, &to(&path)).await;
        assert!(html.contains("1 waardering") && html.contains("Waardering intrekken") && html.contains("aria-pressed=\"true\""), "{html}");
        client.post(to(&format!("{path}/like"))).form(&[("liked", "false"), ("csrf", &csrf)]).send().await.unwrap();
        assert!(page(&client, &to(&path)).await.1.contains("0 waarderingen"));

        let reported = client.post(to(&format!("{path}/report"))).form(&[("comment", "Klopt niet."), ("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(reported.status(), StatusCode::SEE_OTHER);
        assert!(reported.headers()["location"].to_str().unwrap().ends_with("done=reported"));
        let too_long = "x".repeat(2_001);
        let refused = client.post(to(&format!("{path}/report"))).form(&[("comment", too_long.as_str()), ("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
        let (_, reports) = node.get("/admin/reports", Some(&moderator)).await;
        assert_eq!(reports["total"], 1, "{reports}");
        assert_eq!(reports["items"][0]["comment"], "Klopt niet.");

        // The same on a case study page.
        let body = serde_json::json!({
            "title": "Samen leren", "summary": "Een netwerk.", "sector": "po", "challenge": "c", "approach": "a", "results": "r",
            "lessons": "l", "scaling": "s", "themes": ["innovating_together"], "stage": "pilot", "language": "nl", "status": "published"
        });
        let (_, case_study) = node.post("/case-studies", Some(&author), &body).await;
        let case_path = format!("/case-studies/{}", case_study["id"].as_str().unwrap());
        let liked = client.post(to(&format!("{case_path}/like"))).form(&[("liked", "true"), ("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(liked.status(), StatusCode::SEE_OTHER);
        assert!(page(&client, &to(&case_path)).await.1.contains("1 waardering"));
        let reported = client.post(to(&format!("{case_path}/report"))).form(&[("comment", "Verouderd."), ("csrf", &csrf)]).send().await.unwrap();
        assert_eq!(reported.status(), StatusCode::SEE_OTHER);
        assert_eq!(node.get("/admin/reports", Some(&moderator)).await.1["total"], 2);

        // Moderators see and resolve reports on their own page; members may not.
        let (status, _) = page(&client, &to("/moderation")).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (mod_client, mod_csrf) = signed_in(&node, "moderator").await;
        let (status, html) = page(&mod_client, &to("/moderation")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Klopt niet.") && html.contains("Verouderd.") && html.contains("href=\"/moderation\""), "{html}");
        let (_, reports) = node.get("/admin/reports", Some(&moderator)).await;
        let first = reports["items"][0]["id"].as_str().unwrap().to_owned();
        let resolved = mod_client.post(to(&format!("/moderation/reports/{first}/resolve"))).form(&[("csrf", &mod_csrf)]).send().await.unwrap();
        assert_eq!(resolved.status(), StatusCode::SEE_OTHER);
        assert_eq!(node.get("/admin/reports", Some(&moderator)).await.1["total"], 1);
    }
}

#[actix_web::test]
async fn networks_are_started_joined_approved_and_shared_to_without_javascript() {
    use deelwijs_server::domain::vocab::Role;
    for backend in backends() {
        let node = TestNode::start(backend).await;
        node.user("coordinator", Role::Member).await;
        let teacher = node.user("leraar", Role::Member).await;
        let to = |p: &str| format!("{}{p}", node.url);

        let (status, html) = page(&browser(), &to("/groups")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Innovatienetwerken") && !html.contains("action=\"/groups\""), "no form when signed out");

        // A failed start keeps what was typed and says why; then it works.
        let (coordinator, csrf) = signed_in(&node, "coordinator").await;
        let form = |name: &'static str| {
            vec![("csrf", csrf.clone()), ("name", name.to_owned()), ("title", "Talen samen".to_owned()), ("join_mode", "approval".to_owned())]
        };
        let refused = coordinator.post(to("/groups")).form(&form("geen spaties")).send().await.unwrap();
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = refused.text().await.unwrap();
        assert!(html.contains("value=\"geen spaties\"") && html.contains("field--invalid"), "{html}");
        let started = coordinator.post(to("/groups")).form(&form("talen-samen")).send().await.unwrap();
        assert_eq!(started.status(), StatusCode::SEE_OTHER);
        assert!(started.headers()["location"].to_str().unwrap().starts_with("/groups/talen-samen"));

        // A teacher asks to join; the coordinator approves on the page.
        let (client, teacher_csrf) = signed_in(&node, "leraar").await;
        let joined = client.post(to("/groups/talen-samen/join")).form(&[("csrf", &teacher_csrf)]).send().await.unwrap();
        assert_eq!(joined.status(), StatusCode::SEE_OTHER);
        assert!(page(&client, &to("/groups/talen-samen")).await.1.contains("Je aanvraag wacht op een moderator."));
        let (_, html) = page(&coordinator, &to("/groups/talen-samen")).await;
        assert!(html.contains("Aanvragen") && html.contains("Goedkeuren"), "{html}");
        let leraar_url = format!("{}/users/leraar", node.url);
        let approved = coordinator
            .post(to("/groups/talen-samen/members"))
            .form(&[("csrf", csrf.as_str()), ("target", &leraar_url), ("role", "member")])
            .send()
            .await
            .unwrap();
        assert_eq!(approved.status(), StatusCode::SEE_OTHER);
        assert!(page(&client, &to("/groups/talen-samen")).await.1.contains("Je bent lid van dit netwerk."));
        let unknown = coordinator.post(to("/groups/talen-samen/members")).form(&[("csrf", csrf.as_str()), ("target", "niemand")]).send().await.unwrap();
        assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);

        // The teacher shares a material from its page; the network lists it.
        let material = node.material(&teacher, serde_json::json!({ "title": "Franse werkwoorden oefenen" })).await;
        let path = format!("/materials/{}", material["id"].as_str().unwrap());
        let (_, html) = page(&client, &to(&path)).await;
        assert!(html.contains("Delen in een netwerk") && html.contains("Talen samen"), "{html}");
        let group_url = format!("{}/groups/talen-samen", node.url);
        let shared = client.post(to(&format!("{path}/networks"))).form(&[("csrf", teacher_csrf.as_str()), ("network", &group_url)]).send().await.unwrap();
        assert_eq!(shared.status(), StatusCode::SEE_OTHER);
        let (_, html) = page(&browser(), &to("/groups/talen-samen")).await;
        assert!(html.contains("Franse werkwoorden oefenen"), "{html}");
        assert!(!page(&browser(), &to(&path)).await.1.contains("Delen in een netwerk"), "only the author sees the form");
    }
}

#[actix_web::test]
async fn the_owner_publishes_and_unpublishes_from_the_page_itself() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("juf", Role::Member).await;
        node.user("meester", Role::Member).await;
        let material = node.material(&token, json!({ "title": "Concept over breuken", "status": "draft" })).await;
        let case = node.post("/case-studies", Some(&token), &json!({ "title": "Concept praktijkvoorbeeld", "language": "nl", "sector": "po" })).await.1;
        for url in [material["url"].as_str().unwrap().to_owned(), case["url"].as_str().unwrap().to_owned()] {
            let (owner, csrf) = signed_in(&node, "juf").await;
            let (_, html) = page(&owner, &url).await;
            assert!(html.contains(&format!("action=\"{url}/status\"")) && html.contains(">Publiceren<"), "{backend:?}: the owner sees Publiceren");
            let (other, other_csrf) = signed_in(&node, "meester").await;
            assert_eq!(page(&other, &url).await.0, StatusCode::NOT_FOUND, "{backend:?}: a draft is the owner's");
            // Someone else cannot publish it.
            let refused = other.post(format!("{url}/status")).form(&[("csrf", other_csrf.as_str()), ("status", "published")]).send().await.unwrap();
            assert_eq!(refused.status(), StatusCode::NOT_FOUND);

            let published = owner.post(format!("{url}/status")).form(&[("csrf", csrf.as_str()), ("status", "published")]).send().await.unwrap();
            assert_eq!(published.status(), StatusCode::SEE_OTHER);
            assert!(published.headers()["location"].to_str().unwrap().ends_with("?done=published"));
            assert_eq!(page(&node.client, &url).await.0, StatusCode::OK, "{backend:?}: visitors see it now");
            let (_, html) = page(&owner, &format!("{url}?done=published")).await;
            assert!(html.contains("Gepubliceerd: iedereen kan het nu vinden.") && html.contains(">Terug naar concept<"), "{backend:?}");

            let back = owner.post(format!("{url}/status")).form(&[("csrf", csrf.as_str()), ("status", "draft")]).send().await.unwrap();
            assert_eq!(back.status(), StatusCode::SEE_OTHER);
            assert_eq!(page(&node.client, &url).await.0, StatusCode::NOT_FOUND, "{backend:?}: a draft again");
            let bogus = owner.post(format!("{url}/status")).form(&[("csrf", csrf.as_str()), ("status", "openbaar")]).send().await.unwrap();
            assert_eq!(bogus.status(), StatusCode::UNPROCESSABLE_ENTITY, "{backend:?}: an unknown status is refused");
        }
    }
}

/// A node with SLO's kerndoelen imported, its administrator's API token, and a browser signed
/// in as that administrator (with the form token).
async fn with_slo_signed_in(node: &TestNode) -> (String, reqwest::Client, String) {
    let admin = node.user("beheer", Role::Admin).await;
    let (status, report) = node.post("/curricula", Some(&admin), &crate::curricula::shared_package("slo-kerndoelen-2025-11.case.json")).await;
    assert_eq!(status, StatusCode::CREATED, "{report}");
    let (client, csrf) = signed_in(node, "beheer").await;
    (admin, client, csrf)
}

#[actix_web::test]
async fn the_new_material_form_offers_goals_before_anything_is_saved() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let (admin, client, csrf) = with_slo_signed_in(&node).await;
        let (_, html) = page(&client, &format!("{}/materials/new", node.url)).await;
        assert!(
            html.contains("name=\"intent\" value=\"suggest\"") && html.contains("Doelen voorstellen"),
            "{backend:?}: the goal section is there from the start"
        );

        // "Doelen voorstellen" with the text so far: the form again, text kept, nothing saved.
        let title = "Breuken op de getallenlijn";
        let body = "De kinderen zetten breuken en kommagetallen op een getallenlijn en vergelijken ze.";
        let fields = |extra: &[(&'static str, &str)]| {
            let mut fields = vec![("csrf", csrf.clone()), ("title", title.to_owned()), ("body", body.to_owned()), ("language", "nl".to_owned())];
            fields.extend([("education_levels", "po"), ("license", "CC-BY-4.0"), ("status", "published")].map(|(k, v)| (k, v.to_owned())));
            fields.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
            fields
        };
        let suggested = client.post(format!("{}/materials", node.url)).form(&fields(&[("intent", "suggest")])).send().await.unwrap();
        assert_eq!(suggested.status(), StatusCode::OK);
        let html = suggested.text().await.unwrap();
        assert!(html.contains(&format!("value=\"{title}\"")), "{backend:?}: the title is kept");
        assert!(html.contains("PO Kerndoel 26"), "{backend:?}: the kerndoel on fractions is suggested");
        assert_eq!(node.get("/materials", Some(&admin)).await.1["total"], 0, "{backend:?}: nothing was saved");

        // Searching by code, for the level chosen.
        let found = client.post(format!("{}/materials", node.url)).form(&fields(&[("intent", "suggest"), ("goal_query", "kerndoel 26")])).send().await.unwrap();
        let html = found.text().await.unwrap();
        let first = html.find("name=\"goals\"").unwrap();
        assert!(html[first..].find("PO Kerndoel 26").unwrap() < 600, "{backend:?}: the code finds its goal first");
        assert!(html.contains("Gevonden voor ‘kerndoel 26’"));

        // Ticking it and saving aligns the new material.
        let uri_start = html[first..].find("value=\"").unwrap() + first + 7;
        let uri = html[uri_start..].split('"').next().unwrap().to_owned();
        let saved = client.post(format!("{}/materials", node.url)).form(&fields(&[("goals", uri.as_str())])).send().await.unwrap();
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        let (_, list) = node.get("/materials", Some(&admin)).await;
        assert_eq!(list["items"][0]["goals"][0]["uri"], uri.as_str(), "{backend:?}: aligned from the first save");
    }
}

/// "Bladeren door de doelen": the form comes back with the framework's tree for the level
/// chosen, folded by subject area, a box per goal; the text typed is kept and nothing is saved.
#[actix_web::test]
async fn the_goal_tree_can_be_browsed_in_the_form() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let (admin, client, csrf) = with_slo_signed_in(&node).await;
        let browse = |level: &'static str| {
            let fields = vec![
                ("csrf", csrf.clone()),
                ("title", "Breuken".to_owned()),
                ("education_levels", level.to_owned()),
                ("intent", "browse".to_owned()),
                ("language", "nl".to_owned()),
            ];
            let request = client.post(format!("{}/collections", node.url)).form(&fields);
            async move {
                let response = request.send().await.unwrap();
                assert_eq!(response.status(), StatusCode::OK);
                response.text().await.unwrap()
            }
        };
        let po = browse("po").await;
        assert!(po.contains("class=\"goal-browse\""), "{backend:?}: the tree is there");
        assert!(po.contains("details class=\"goal-browse__group\""), "{backend:?}: folded by subject area");
        assert!(po.contains("PO Kerndoel 26") && !po.contains("VO Kerndoel"), "{backend:?}: PO goals only");
        assert!(po.contains("value=\"Breuken\""), "{backend:?}: the title is kept");
        let vo = browse("vo").await;
        assert!(vo.contains("Kerndoel") && !vo.contains("PO Kerndoel 26"), "{backend:?}: VO goals only");
        assert_eq!(node.get("/collections?owner=me", Some(&admin)).await.1["total"], 0, "{backend:?}: nothing was saved");
    }
}

#[actix_web::test]
async fn the_home_page_puts_material_in_the_visitors_language_first() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let token = node.user("juf", Role::Member).await;
        node.material(&token, json!({ "title": "Breuken vergelijken", "language": "nl", "status": "published" })).await;
        for n in 0..3 {
            node.material(&token, json!({ "title": format!("Les fractions {n}"), "language": "fr", "status": "published" })).await;
        }
        let home = |lang: &'static str| {
            let request = node.client.get(&node.url).header("Accept-Language", lang);
            async move { request.send().await.unwrap().text().await.unwrap() }
        };
        let dutch = home("nl").await;
        assert!(
            dutch.find("Breuken vergelijken").unwrap() < dutch.find("Les fractions 2").unwrap(),
            "{backend:?}: Dutch first for a Dutch visitor, though older"
        );
        let english = home("en").await;
        assert!(english.find("Les fractions 2").unwrap() < english.find("Breuken vergelijken").unwrap(), "{backend:?}: otherwise newest first");
        // And the level the visitor last filtered search on: remembered in a cookie.
        node.material(&token, json!({ "title": "Breuken in de brugklas", "language": "nl", "education_levels": ["vo"], "status": "published" })).await;
        let plain = home("nl").await;
        assert!(plain.find("Breuken in de brugklas").unwrap() < plain.find("Breuken vergelijken").unwrap(), "{backend:?}: newest first");
        let searched = node.client.get(format!("{}/search?q=breuken&level=po", node.url)).send().await.unwrap();
        let cookies: Vec<&str> = searched.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap()).collect();
        assert!(cookies.iter().any(|c| c.starts_with("deelwijs_level=po;") && c.contains("HttpOnly")), "{backend:?}: {cookies:?}");
        let primary =
            node.client.get(&node.url).header("Accept-Language", "nl").header("Cookie", "deelwijs_level=po").send().await.unwrap().text().await.unwrap();
        assert!(primary.find("Breuken vergelijken").unwrap() < primary.find("Breuken in de brugklas").unwrap(), "{backend:?}: the visitor's level first");
        // The lists have the search page's filters and sort for their kind, at their own address.
        for list in ["/materials", "/case-studies", "/collections"] {
            let html = node.client.get(format!("{}{list}", node.url)).send().await.unwrap().text().await.unwrap();
            assert!(html.contains(&format!("href=\"{list}?sort=newest\">Filteren en sorteren</a>")), "{backend:?}: {list}");
        }
    }
}

#[actix_web::test]
async fn the_case_study_form_offers_goals_and_keeps_them() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let (admin, client, csrf) = with_slo_signed_in(&node).await;
        let (_, html) = page(&client, &format!("{}/case-studies/new", node.url)).await;
        assert!(html.contains("name=\"intent\" value=\"suggest\""), "{backend:?}: goals from the start");
        let fields = |extra: &[(&'static str, &str)]| {
            let mut fields: Vec<(&str, String)> = vec![
                ("csrf", csrf.clone()),
                ("title", "Leesplezier met een boekenkring".into()),
                ("challenge", "Kinderen lazen weinig voor hun plezier; we wilden dat ze graag verhalen en gedichten lezen.".into()),
                ("sector", "po".into()),
                ("language", "nl".into()),
                ("license", "CC-BY-4.0".into()),
                ("status", "published".into()),
            ];
            fields.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
            fields
        };
        let suggested = client.post(format!("{}/case-studies", node.url)).form(&fields(&[("intent", "suggest")])).send().await.unwrap();
        assert_eq!(suggested.status(), StatusCode::OK);
        let html = suggested.text().await.unwrap();
        assert!(html.contains("PO Kerndoel 09"), "{backend:?}: reading for pleasure is suggested for a PO case study");
        assert!(!html.contains("VO Kerndoel"), "{backend:?}: the sector is the level");
        assert_eq!(node.get("/case-studies", Some(&admin)).await.1["total"], 0, "{backend:?}: nothing saved");

        let start = html.find("name=\"goals\" value=\"").unwrap() + "name=\"goals\" value=\"".len();
        let uri = html[start..].split('"').next().unwrap().to_owned();
        let saved = client.post(format!("{}/case-studies", node.url)).form(&fields(&[("goals", uri.as_str())])).send().await.unwrap();
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        let location = saved.headers()["location"].to_str().unwrap().split('?').next().unwrap().to_owned();
        let (_, list) = node.get("/case-studies", Some(&admin)).await;
        assert_eq!(list["items"][0]["goals"][0]["uri"], uri.as_str(), "{backend:?}: aligned from the form");
        // The edit form shows it checked; saving it unchanged keeps it.
        let (_, edit) = page(&client, &format!("{location}/edit")).await;
        assert!(edit.contains(&format!("name=\"goals\" value=\"{uri}\" checked")), "{backend:?}");
        let again = client.post(format!("{location}/edit")).form(&fields(&[("goals", uri.as_str())])).send().await.unwrap();
        assert_eq!(again.status(), StatusCode::SEE_OTHER);
        assert_eq!(node.get("/case-studies", Some(&admin)).await.1["items"][0]["goals"][0]["uri"], uri.as_str());
        // Related materials are found by their words (or by their page's address) and ticked,
        // not typed as ids.
        let lesson = node.material(&admin, json!({ "title": "Leeskring met prentenboeken", "status": "published" })).await;
        let lesson_id = lesson["id"].as_str().unwrap();
        wait_for_search(&node, "q=prentenboeken", Duration::from_secs(10), |body| body["total"] == 1).await;
        for query in ["prentenboeken", lesson["url"].as_str().unwrap()] {
            let found = client.post(format!("{location}/edit")).form(&fields(&[("intent", "find_related"), ("related_query", query)])).send().await.unwrap();
            let html = found.text().await.unwrap();
            assert!(html.contains(&format!("name=\"related_materials\" value=\"{lesson_id}\">")), "{backend:?}: found, unticked, by {query}");
            assert!(html.contains("Leeskring met prentenboeken"));
        }
        let related = client.post(format!("{location}/edit")).form(&fields(&[("goals", uri.as_str()), ("related_materials", lesson_id)])).send().await.unwrap();
        assert_eq!(related.status(), StatusCode::SEE_OTHER);
        let id = location.rsplit('/').next().unwrap();
        assert_eq!(node.get(&format!("/case-studies/{id}"), None).await.1["related_materials"], json!([lesson_id]), "{backend:?}");
        let (_, edit) = page(&client, &format!("{location}/edit")).await;
        assert!(edit.contains(&format!("name=\"related_materials\" value=\"{lesson_id}\" checked")), "{backend:?}: ticked, with its title");
        // Someone else gets no edit form back, not even to suggest goals.
        node.user("meester", Role::Member).await;
        let (other, other_csrf) = signed_in(&node, "meester").await;
        let mut foreign = fields(&[("intent", "suggest")]);
        foreign[0].1 = other_csrf;
        let refused = other.post(format!("{location}/edit")).form(&foreign).send().await.unwrap();
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "{backend:?}");
    }
}
