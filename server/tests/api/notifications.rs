//! Notifications by mail (issue 18) through a real SMTP server (aiosmtpd): at once for what
//! needs an answer, in a daily digest for the rest, each kind switchable on `/account`, and a
//! one-click unsubscribe (RFC 8058) that works without signing in. SQLite and PostgreSQL.

use deelwijs_server::app::{notifications, Actor};
use deelwijs_server::domain::vocab::Role;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::pages::csrf_of;
use crate::support::{backends, wait_until, SmtpSink, TestNode};

/// A browser with a session of `username` (password of the test accounts), signed in with the form.
async fn signed_in(node: &TestNode, username: &str) -> reqwest::Client {
    let browser = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let html = browser.get(format!("{}/sign-in", node.url)).send().await.unwrap().text().await.unwrap();
    let form = [("username", username), ("password", "correct horse battery"), ("csrf", &csrf_of(&html))];
    assert_eq!(browser.post(format!("{}/sign-in", node.url)).form(&form).send().await.unwrap().status(), StatusCode::SEE_OTHER);
    browser
}

async fn mails_to(node: &TestNode, address: &str) -> i64 {
    let address = address.to_owned();
    node.app
        .db
        .read(move |conn| {
            use deelwijs_server::store::schema::mail_queue;
            use diesel::prelude::*;
            Ok(mail_queue::table.filter(mail_queue::to_address.eq(address)).count().get_result::<i64>(conn)?)
        })
        .await
        .unwrap()
}

#[actix_web::test]
async fn notifications_come_at_once_or_in_a_digest_and_stop_in_one_click() {
    for backend in backends() {
        let smtp = SmtpSink::start();
        let node = TestNode::start_with_mail(backend, smtp.port).await;
        let anna = node.user("anna", Role::Member).await;
        let bas = node.user("bas", Role::Member).await;
        let lesson = node.material(&anna, json!({"title": "Breuken met pizza's"})).await;
        let lesson_id = lesson["id"].as_str().unwrap();

        // A remix, once published: at once (the default for remixes), with the unsubscribe headers.
        let (status, remix) = node.post(&format!("/materials/{lesson_id}/remix"), Some(&bas), &json!({"title": "Breuken met taart"})).await;
        assert_eq!(status, StatusCode::CREATED, "{remix}");
        assert_eq!(mails_to(&node, "anna@example.org").await, 0, "{backend:?}: a draft remix is not news yet");
        node.patch(&format!("/materials/{}", remix["id"].as_str().unwrap()), Some(&bas), &json!({"status": "published"})).await;
        let mail = smtp.wait_for("anna@example.org", "Je werk is geremixt").await;
        assert!(mail["text"].as_str().unwrap().contains("Breuken met taart") && mail["text"].as_str().unwrap().contains("Teacher bas"), "{mail}");
        let unsubscribe = mail["headers"]["list-unsubscribe"].as_str().unwrap().trim_matches(['<', '>']).to_owned();
        assert!(unsubscribe.starts_with(&format!("{}/unsubscribe/", node.url)), "{unsubscribe}");
        assert_eq!(mail["headers"]["list-unsubscribe-post"], "List-Unsubscribe=One-Click");

        // A like waits for the daily digest (at 06:00 UTC), which goes out once.
        assert!(node.send(Method::PUT, &format!("/materials/{lesson_id}/like"), Some(&bas), &Value::Null).await.0.is_success());
        assert!(!smtp.messages().iter().any(|m| m["headers"]["subject"].as_str().unwrap().contains("dagoverzicht")));
        let tomorrow = (deelwijs_server::app::now() + chrono::Duration::days(1)).date().and_hms_opt(6, 30, 0).unwrap();
        assert_eq!(notifications::queue_digests(&node.app, tomorrow).await.unwrap(), 1);
        assert_eq!(notifications::queue_digests(&node.app, tomorrow + chrono::Duration::hours(1)).await.unwrap(), 0, "one digest per day");
        let digest = smtp.wait_for("anna@example.org", "Je dagoverzicht").await;
        assert!(digest["text"].as_str().unwrap().contains("Iemand vindt je werk goed: Breuken met pizza's (Teacher bas)"), "{digest}");
        assert!(digest["html"].as_str().unwrap().contains(&format!("href=\"{}/materials/{lesson_id}\"", node.url)));

        // Weekly instead: a like waits for Monday 06:00 UTC.
        let anna_row = deelwijs_server::app::accounts::by_username(&node.app, "anna").await.unwrap();
        notifications::save_settings(&node.app, &Actor::from_row(&anna_row), vec![("liked".into(), "weekly".into())]).await.unwrap();
        let dirk = node.user("dirk", Role::Member).await;
        assert!(node.send(Method::PUT, &format!("/materials/{lesson_id}/like"), Some(&dirk), &Value::Null).await.0.is_success());
        // The first Monday 06:00 UTC after now: today, when this runs on a Monday night.
        let now = deelwijs_server::app::now();
        let monday = now.date() + chrono::Duration::days(i64::from((7 - chrono::Datelike::weekday(&now.date()).num_days_from_monday()) % 7));
        let mut due = monday.and_hms_opt(6, 0, 0).unwrap();
        if due <= now {
            due += chrono::Duration::days(7);
        }
        assert_eq!(notifications::queue_digests(&node.app, due - chrono::Duration::hours(1)).await.unwrap(), 0, "not before Monday 06:00");
        assert_eq!(notifications::queue_digests(&node.app, due + chrono::Duration::minutes(5)).await.unwrap(), 1);
        let weekly = smtp.wait_for("anna@example.org", "Je weekoverzicht").await;
        assert!(weekly["text"].as_str().unwrap().contains("(Teacher dirk)"), "{weekly}");

        // One click, without signing in: no more remix mail. Opening the link alone changes nothing.
        let anonymous = reqwest::Client::new();
        assert_eq!(anonymous.get(&unsubscribe).send().await.unwrap().status(), StatusCode::OK);
        // The signature with its last digit changed (never to itself).
        let last = if unsubscribe.ends_with('0') { '1' } else { '0' };
        let forged = format!("{}{last}", &unsubscribe[..unsubscribe.len() - 1]);
        assert_eq!(anonymous.post(&forged).body("List-Unsubscribe=One-Click").send().await.unwrap().status(), StatusCode::NOT_FOUND);
        let done =
            anonymous.post(&unsubscribe).header("Content-Type", "application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").send().await.unwrap();
        assert_eq!(done.status(), StatusCode::OK, "{backend:?}");
        let before = mails_to(&node, "anna@example.org").await;
        let (_, second) = node.post(&format!("/materials/{lesson_id}/remix"), Some(&bas), &json!({"title": "Nog een remix", "status": "published"})).await;
        assert_eq!(second["status"], "published");
        assert_eq!(mails_to(&node, "anna@example.org").await, before, "unsubscribed from remixes");

        // On /account: likes at once from now on.
        let browser = signed_in(&node, "anna").await;
        let page = browser.get(format!("{}/account", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Meldingen per mail") && page.contains("<option value=\"off\" selected>"), "the unsubscribed kind shows as off");
        let form = [("liked", "immediate"), ("remixed", "off"), ("csrf", &csrf_of(&page))];
        let saved = browser.post(format!("{}/account/notifications", node.url)).form(&form).send().await.unwrap();
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        let carla = node.user("carla", Role::Member).await;
        node.send(Method::PUT, &format!("/materials/{lesson_id}/like"), Some(&carla), &Value::Null).await;
        smtp.wait_for("anna@example.org", "Iemand vindt je werk goed").await;

        // A join request reaches the network's moderators at once.
        assert!(node.post("/networks", Some(&anna), &json!({"name": "rekenen-samen", "title": "Rekenen samen", "join_mode": "approval"})).await.0.is_success());
        assert!(node.post("/networks/rekenen-samen/join", Some(&carla), &Value::Null).await.0.is_success());
        let join = smtp.wait_for("anna@example.org", "Iemand wil lid worden").await;
        assert!(join["text"].as_str().unwrap().contains("Teacher carla"), "{join}");

        // A handled report: its reporter hears.
        let report = node.post(&format!("/materials/{lesson_id}/report"), Some(&carla), &json!({"comment": "Bron ontbreekt"})).await;
        assert!(report.0.is_success(), "{}", report.1);
        let admin_row = deelwijs_server::app::accounts::by_username(&node.app, "anna").await.unwrap();
        let moderator = Actor { role: Role::Moderator, ..Actor::from_row(&admin_row) };
        deelwijs_server::app::reactions::set_report_state(&node.app, &moderator, report.1["id"].as_str().unwrap(), true).await.unwrap();
        smtp.wait_for("carla@example.org", "Een melding van jou is afgehandeld").await;
        wait_until("every mail sent", || async { node.app.db.read(|conn| Ok(deelwijs_server::store::mail::next_due(conn)?)).await.unwrap().is_none() }).await;
    }
}

/// Across nodes: new work from a followed person, a remix made on another node, and a network
/// elsewhere passing one's work on each reach the person here by mail.
#[actix_web::test]
async fn news_from_other_nodes_is_mailed_too() {
    for backend in backends() {
        let smtp = SmtpSink::start();
        let a = TestNode::start_federating_with_mail(backend, smtp.port).await;
        let b = TestNode::start_federating(backend).await;
        let host = |node: &TestNode| node.url.trim_start_matches("http://").to_owned();
        let anna = a.user("anna", Role::Member).await;
        let bas = b.user("bas", Role::Member).await;
        // Anna hears of what she follows at once.
        let anna_row = deelwijs_server::app::accounts::by_username(&a.app, "anna").await.unwrap();
        notifications::save_settings(&a.app, &Actor::from_row(&anna_row), vec![("followed_content".into(), "immediate".into())]).await.unwrap();
        let (status, follow) = a.post("/follows", Some(&anna), &json!({"target": format!("@bas@{}", host(&b))})).await;
        assert_eq!(status, StatusCode::CREATED, "{follow}");
        wait_until("the follow accepted", || async {
            a.get("/follows", Some(&anna)).await.1["items"].as_array().is_some_and(|items| items.iter().any(|f| f["state"] == "accepted"))
        })
        .await;
        b.material(&bas, json!({"title": "Breuken van de buren"})).await;
        let news = smtp.wait_for("anna@example.org", "Nieuw werk van wie of wat je volgt").await;
        assert!(news["text"].as_str().unwrap().contains("Breuken van de buren"), "{news}");

        // Bas follows anna, remixes her lesson on his node and publishes it: anna hears.
        a.material(&anna, json!({"title": "Breuken met pizza's"})).await;
        let (status, _) = b.post("/follows", Some(&bas), &json!({"target": format!("@anna@{}", host(&a))})).await;
        assert_eq!(status, StatusCode::CREATED);
        let copy = wait_for_copy(&b, "Breuken met pizza's").await;
        let (status, remix) =
            b.post(&format!("/materials/{copy}/remix"), Some(&bas), &json!({"title": "Breuken met pizza's, voor groep 5", "status": "published"})).await;
        assert_eq!(status, StatusCode::CREATED, "{remix}");
        let remixed = smtp.wait_for("anna@example.org", "Je werk is geremixt").await;
        assert!(remixed["text"].as_str().unwrap().contains(&host(&b)), "{remixed}");
    }
}

/// The id of the copy of a material with this title on `node`, once it arrived.
async fn wait_for_copy(node: &TestNode, title: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let (_, timeline) = node.get("/timeline?per_page=100", None).await;
        if let Some(item) = timeline["items"].as_array().and_then(|items| items.iter().find(|m| m["title"] == title)) {
            return item["id"].as_str().unwrap().to_owned();
        }
        assert!(std::time::Instant::now() < deadline, "no copy of {title:?} arrived within 20 s");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// A goal followed on its page: new public work aligned to a goal below it is news; a draft is
/// not, until it is published.
#[actix_web::test]
async fn a_followed_goal_tells_of_new_work_below_it() {
    for backend in backends() {
        let smtp = SmtpSink::start();
        let node = TestNode::start_with_mail(backend, smtp.port).await;
        let slo = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/demo/slo-kerndoelen-2025-11.case.json")).unwrap();
        deelwijs_server::app::curricula::import(&node.app, None, serde_json::from_str(&slo).unwrap()).await.unwrap();
        node.user("anna", Role::Member).await;
        let bas = node.user("bas", Role::Member).await;
        // A goal with a goal below it.
        let (parent, child) = node
            .app
            .db
            .read(|conn| {
                use deelwijs_server::store::schema::{goal_parents, goals};
                use diesel::prelude::*;
                let (child, parent): (String, String) = goal_parents::table.select((goal_parents::goal_id, goal_parents::parent_id)).first(conn)?;
                let uri: String = goals::table.find(&child).select(goals::uri).first(conn)?;
                Ok((parent, (child, uri)))
            })
            .await
            .unwrap();
        let anna_row = deelwijs_server::app::accounts::by_username(&node.app, "anna").await.unwrap();
        notifications::save_settings(&node.app, &Actor::from_row(&anna_row), vec![("followed_goal".into(), "immediate".into())]).await.unwrap();
        // Follow with the form on the goal page.
        let browser = signed_in(&node, "anna").await;
        let page = browser.get(format!("{}/goals/{parent}", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Volg dit doel"), "{backend:?}");
        let followed = browser.post(format!("{}/goals/{parent}/follow", node.url)).form(&[("follow", "1"), ("csrf", &csrf_of(&page))]).send().await.unwrap();
        assert_eq!(followed.status(), StatusCode::SEE_OTHER);
        assert!(browser.get(format!("{}/goals/{parent}", node.url)).send().await.unwrap().text().await.unwrap().contains("Niet meer volgen"));

        let draft = node.material(&bas, json!({"title": "Concept bij het doel", "status": "draft", "goals": [{"uri": child.1}]})).await;
        assert_eq!(mails_to(&node, "anna@example.org").await, 0, "a draft is not news");
        node.patch(&format!("/materials/{}", draft["id"].as_str().unwrap()), Some(&bas), &json!({"status": "published"})).await;
        let mail = smtp.wait_for("anna@example.org", "Nieuw werk bij een doel dat je volgt").await;
        assert!(mail["text"].as_str().unwrap().contains("Concept bij het doel"), "{mail}");
    }
}

/// A saved search: saved from the search page, it tells of new work it finds (not of what it
/// found when saved), and can be deleted on `/account`.
#[actix_web::test]
async fn a_saved_search_tells_of_new_hits() {
    for backend in backends() {
        let smtp = SmtpSink::start();
        let node = TestNode::start_with_mail(backend, smtp.port).await;
        node.user("anna", Role::Member).await;
        let bas = node.user("bas", Role::Member).await;
        let anna_row = deelwijs_server::app::accounts::by_username(&node.app, "anna").await.unwrap();
        notifications::save_settings(&node.app, &Actor::from_row(&anna_row), vec![("saved_search".into(), "immediate".into())]).await.unwrap();
        node.material(&bas, json!({"title": "Breuken met pizza's"})).await;
        wait_until("indexed", || async { node.get("/search?q=pizza", None).await.1["total"] == 1 }).await;
        let browser = signed_in(&node, "anna").await;
        let page = browser.get(format!("{}/search?q=pizza&level=po", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Bewaar deze zoekopdracht"), "{backend:?}");
        let saved = browser.post(format!("{}/search/save", node.url)).form(&[("query", "q=pizza&level=po"), ("csrf", &csrf_of(&page))]).send().await.unwrap();
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        assert_eq!(deelwijs_server::app::saved_searches::check(&node.app, 100).await.unwrap(), 0, "what it found when saved is not news");
        node.material(&bas, json!({"title": "Pizza's verdelen in groep 6"})).await;
        node.material(&bas, json!({"title": "Pizza's voor het vo", "education_levels": ["vo"]})).await;
        wait_until("indexed", || async { node.get("/search?q=pizza", None).await.1["total"] == 3 }).await;
        assert_eq!(deelwijs_server::app::saved_searches::check(&node.app, 100).await.unwrap(), 1, "only the new po hit");
        let mail = smtp.wait_for("anna@example.org", "Nieuw werk voor een bewaarde zoekopdracht").await;
        assert!(mail["text"].as_str().unwrap().contains("Pizza's verdelen in groep 6") && !mail["text"].as_str().unwrap().contains("voor het vo"), "{mail}");
        assert_eq!(deelwijs_server::app::saved_searches::check(&node.app, 100).await.unwrap(), 0, "told once");
        let account = browser.get(format!("{}/account", node.url)).send().await.unwrap().text().await.unwrap();
        assert!(account.contains("Bewaarde zoekopdrachten") && account.contains("/search?q=pizza&amp;level=po"), "{backend:?}");
        let start = account.find("/account/searches/").unwrap();
        let action = &account[start..start + account[start..].find('"').unwrap()];
        let deleted = browser.post(format!("{}{action}", node.url)).form(&[("csrf", csrf_of(&account))]).send().await.unwrap();
        assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
        assert!(!browser.get(format!("{}/account", node.url)).send().await.unwrap().text().await.unwrap().contains("Bewaarde zoekopdrachten"));
    }
}

/// A network elsewhere passing one's work on: its author hears.
#[actix_web::test]
async fn a_network_elsewhere_passing_work_on_is_news() {
    for backend in backends() {
        let smtp = SmtpSink::start();
        let a = TestNode::start_federating(backend).await;
        let b = TestNode::start_federating_with_mail(backend, smtp.port).await;
        let b_host = b.url.trim_start_matches("http://").to_owned();
        let anna = a.user("anna", Role::Member).await;
        let bas = b.user("bas", Role::Member).await;
        let bas_row = deelwijs_server::app::accounts::by_username(&b.app, "bas").await.unwrap();
        notifications::save_settings(&b.app, &Actor::from_row(&bas_row), vec![("posted_to_network".into(), "immediate".into())]).await.unwrap();
        let (status, network) = a.post("/networks", Some(&anna), &json!({"name": "rekenen-samen", "title": "Rekenen samen", "join_mode": "approval"})).await;
        assert_eq!(status, StatusCode::CREATED, "{network}");
        let group_url = network["url"].as_str().unwrap().to_owned();
        let (status, _) = b.post("/follows", Some(&bas), &json!({"target": group_url})).await;
        assert_eq!(status, StatusCode::CREATED);
        wait_until("the network follow accepted", || async {
            b.get("/follows", Some(&bas)).await.1["items"].as_array().is_some_and(|items| items.iter().any(|f| f["state"] == "accepted"))
        })
        .await;
        let (status, member) = a.send(Method::PUT, "/networks/rekenen-samen/members", Some(&anna), &json!({"target": format!("@bas@{b_host}")})).await;
        assert_eq!(status, StatusCode::OK, "{member}");
        let material = b.material(&bas, json!({"title": "Breuken in het netwerk"})).await;
        let (status, posted) = b.post(&format!("/materials/{}/networks", material["id"].as_str().unwrap()), Some(&bas), &json!({"network": group_url})).await;
        assert_eq!(status, StatusCode::OK, "{posted}");
        let mail = smtp.wait_for("bas@example.org", "Je werk is in een netwerk geplaatst").await;
        assert!(
            mail["text"].as_str().unwrap().contains("Breuken in het netwerk") && mail["text"].as_str().unwrap().contains("Rekenen samen"),
            "{backend:?}: {mail}"
        );
    }
}
