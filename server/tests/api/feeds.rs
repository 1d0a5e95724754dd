//! Feeds (issue 19): Atom and RSS 2.0 for what is new here, for any search, a goal, a network
//! and a person, read by feedparser (PyPI, `tests/standards/feeds.py`) with no bozo errors, and
//! linked from the pages with `<link rel="alternate">`.

use std::time::Duration;

use deelwijs_server::domain::vocab::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::curricula::shared_package;
use crate::search::wait_for_search;
use crate::support::{backends, test_python, TestNode};

fn read_feeds(urls: &[String]) -> Value {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/standards/feeds.py");
    let python = test_python();
    let output = std::process::Command::new(&python).arg(script).args(urls).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "feeds.py failed ({python}; .ci/test installs feedparser): {stderr}");
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("feeds.py output: {e}: {stderr}"))
}

fn links(feed: &Value) -> Vec<String> {
    let mut links: Vec<String> = feed["entries"].as_array().unwrap().iter().map(|e| e["link"].as_str().unwrap().to_owned()).collect();
    links.sort();
    links
}

fn sorted(mut urls: Vec<String>) -> Vec<String> {
    urls.sort();
    urls
}

#[actix_web::test]
async fn feeds_for_new_work_searches_goals_networks_and_people_parse_cleanly() {
    for backend in backends() {
        let node = TestNode::start(backend).await;
        let admin = node.user("beheer", Role::Admin).await;
        let anna = node.user("anna", Role::Member).await;
        let bas = node.user("bas", Role::Member).await;
        let slo = shared_package("slo-kerndoelen-2025-11.case.json");
        let (status, _) = node.post("/curricula", Some(&admin), &slo).await;
        assert_eq!(status, StatusCode::CREATED);
        let goal_uri = slo["CFItems"].as_array().unwrap().iter().find(|i| i["CFItemType"] == "Kerndoel").unwrap()["uri"].as_str().unwrap().to_owned();
        let uri = goal_uri.clone();
        let goal_key: String = node.app.db.read(move |conn| Ok(deelwijs_server::store::curricula::goal_by_uri(conn, &uri)?.unwrap().id)).await.unwrap();

        let pizza = node.material(&anna, json!({"title": "Breuken & pizza's <3", "goals": [{"uri": goal_uri}]})).await;
        let english = node.material(&bas, json!({"title": "Irregular verbs", "language": "en", "education_levels": ["vo"], "subjects": ["engels"]})).await;
        let (status, case) = node
            .post("/case-studies", Some(&anna), &json!({"title": "Samen leren", "summary": "Zo ging het.", "sector": "vo", "challenge": "Dure methodes.", "approach": "Samen maken.", "results": "Het werkt.", "themes": ["innovating_together"], "stage": "scaling", "language": "nl", "status": "published"}))
            .await;
        assert_eq!(status, StatusCode::CREATED);
        let draft = node.material(&anna, json!({"title": "Nog niet af", "status": "draft"})).await;
        let (status, _) = node.post("/networks", Some(&anna), &json!({"name": "rekenen", "title": "Rekenen samen"})).await;
        assert_eq!(status, StatusCode::CREATED);
        let (status, posted) = node.post(&format!("/materials/{}/networks", pizza["id"].as_str().unwrap()), Some(&anna), &json!({"network": "rekenen"})).await;
        assert_eq!(status, StatusCode::OK, "{posted}");
        wait_for_search(&node, "sort=newest", Duration::from_secs(20), |b| b["total"].as_u64() >= Some(3)).await;

        let url_of = |kind: &str, v: &Value| format!("{}/{kind}/{}", node.url, v["id"].as_str().unwrap());
        let (pizza_url, english_url, case_url) = (url_of("materials", &pizza), url_of("materials", &english), url_of("case-studies", &case));
        let feeds = [
            ("/feed.atom".to_owned(), "atom10", vec![pizza_url.clone(), english_url.clone(), case_url.clone()]),
            ("/feed.rss".to_owned(), "rss20", vec![pizza_url.clone(), english_url.clone(), case_url.clone()]),
            ("/feed.atom?level=po&lang=nl".to_owned(), "atom10", vec![pizza_url.clone()]),
            ("/feed.rss?kind=case_study".to_owned(), "rss20", vec![case_url.clone()]),
            ("/feed.atom?q=verbs".to_owned(), "atom10", vec![english_url.clone()]),
            (format!("/goals/{goal_key}/feed.atom"), "atom10", vec![pizza_url.clone()]),
            ("/groups/rekenen/feed.rss".to_owned(), "rss20", vec![pizza_url.clone()]),
            ("/users/anna/feed.atom".to_owned(), "atom10", vec![pizza_url.clone(), case_url.clone()]),
        ];
        let urls: Vec<String> = feeds.iter().map(|(path, _, _)| format!("{}{path}", node.url)).collect();
        let report = read_feeds(&urls);
        for ((path, version, expected), url) in feeds.iter().zip(&urls) {
            let feed = &report[url.as_str()];
            assert_eq!(feed["status"], 200, "{path}: {feed}");
            assert_eq!(feed["bozo"], false, "{path}: {}", feed["bozo_exception"]);
            assert_eq!(feed["version"], *version, "{path}");
            assert_eq!(links(feed), sorted(expected.clone()), "{path}");
            assert!(feed["title"].as_str().is_some_and(|t| !t.is_empty()), "{path}");
            assert!(!links(feed).contains(&url_of("materials", &draft)), "{path}: drafts are never in a feed");
        }
        let everything = &report[urls[0].as_str()];
        let first = everything["entries"].as_array().unwrap().iter().find(|e| e["link"] == pizza_url.as_str()).unwrap();
        assert_eq!(first["title"], "Breuken & pizza's <3");
        assert_eq!(first["author"], "Teacher anna");
        assert!(first["tags"].as_array().unwrap().contains(&json!("po")));
        assert_eq!(everything["self"], urls[0].as_str());

        // Pages link their feeds.
        for (page, feed) in [
            ("/".to_owned(), "/feed.atom".to_owned()),
            ("/search?q=breuken&level=po&page=2".to_owned(), "/feed.atom?q=breuken&amp;level=po".to_owned()),
            ("/materials".to_owned(), "/feed.rss?kind=material".to_owned()),
            ("/case-studies".to_owned(), "/feed.atom?kind=case_study".to_owned()),
            (format!("/goals/{goal_key}"), format!("/goals/{goal_key}/feed.atom")),
            ("/groups/rekenen".to_owned(), "/groups/rekenen/feed.rss".to_owned()),
            ("/users/anna".to_owned(), "/users/anna/feed.atom".to_owned()),
        ] {
            let html = node.client.get(format!("{}{page}", node.url)).send().await.unwrap().text().await.unwrap();
            assert!(html.contains(&format!("href=\"{feed}\"")) && html.contains("rel=\"alternate\""), "{page} links {feed}");
        }
        for missing in ["/feed.json", "/users/niemand/feed.atom", "/groups/niets/feed.rss", "/goals/geen-doel/feed.atom"] {
            let status = node.client.get(format!("{}{missing}", node.url)).send().await.unwrap().status();
            assert_eq!(status, StatusCode::NOT_FOUND, "{missing}");
        }
    }
}
